"""Shell completion of event ids, actors, tags, sources and statuses from the store."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from carneytl.cli.completion import (
    MOST_OFFERS,
    complete_actors,
    complete_ids,
    complete_sources,
    complete_statuses,
    complete_tags,
)

STORE = """\
version: 1
sources:
  - id: bbc
    title: BBC News
  - id: ap
events:
  - id: meeting
    date: 2026-01-15
    title: A meeting
    actors: [Zoë Tremblay, Xi Jinping]
    tags: [visit, Trade]
    sources: [bbc]
  - id: meng
    date: 2018-12-01
    title: An arrest
    actors: [Meng Wanzhou]
    tags: [huawei]
    sources: [ap, bbc]
"""


def context(*stores):
    """What a callback reads from click's context: the parameters parsed so far."""
    return SimpleNamespace(params={"store": [str(s) for s in stores] if stores else None})


@pytest.fixture
def store(write_store):
    return write_store(STORE)


def names(offers):
    return [name for name, _ in offers]


def test_ids_come_with_their_titles(store):
    assert complete_ids(context(store), "me") == [("meeting", "A meeting"), ("meng", "An arrest")]
    assert complete_ids(context(store), "meng") == [("meng", "An arrest")]


def test_actors_tags_and_sources_complete_in_any_case_and_spelling(store):
    assert names(complete_actors(context(store), "zo")) == ["Zoë Tremblay"]
    assert names(complete_actors(context(store), "Zoe\u0308")) == ["Zoë Tremblay"]
    assert names(complete_tags(context(store), "t")) == ["Trade"]
    assert complete_sources(context(store), "") == [("ap", ""), ("bbc", "BBC News")]


def test_an_empty_word_offers_every_name_once_in_order(store):
    assert names(complete_actors(context(store), "")) == [
        "Meng Wanzhou",
        "Xi Jinping",
        "Zoë Tremblay",
    ]
    assert names(complete_tags(context(store), "")) == ["huawei", "Trade", "visit"]


def test_without_a_store_the_embedded_one_is_offered():
    assert (
        "meng-arrest",
        "Canada arrests Huawei finance chief Meng Wanzhou at Washington's request",
    ) in complete_ids(context(), "meng-a")


@pytest.mark.parametrize(
    "stores",
    [
        ["missing.yaml"],
        ["-"],
        [""],
    ],
)
def test_a_store_that_cannot_be_read_offers_nothing_and_never_raises(stores, tmp_path):
    ctx = SimpleNamespace(
        params={"store": [str(tmp_path / s) if s not in {"-", ""} else s for s in stores]}
    )
    assert complete_ids(ctx, "") == []
    assert complete_tags(ctx, "") == []


def test_a_broken_store_or_a_broken_context_offers_nothing(write_store):
    broken = write_store("events: [unclosed\n")
    assert complete_actors(context(broken), "") == []
    assert complete_ids(object(), "") == []  # no params at all


def test_a_huge_store_offers_a_bounded_list(write_store):
    lines = ["events:"]
    for n in range(MOST_OFFERS + 50):
        lines += [f"  - id: e{n}", "    date: 2020", f"    title: t{n}"]
    big = write_store("\n".join(lines) + "\n")
    assert len(complete_ids(context(big), "e")) == MOST_OFFERS


def test_statuses_complete_from_the_three_there_are():
    assert complete_statuses("") == ["upcoming", "ongoing", "past"]
    assert complete_statuses("U") == ["upcoming"]
    assert complete_statuses("x") == []


def complete(words: str, *, env=None):
    """Ask carneytl for completions as bash's completion script does."""
    done = subprocess.run(
        [sys.executable, "-m", "carneytl"],
        env={
            **os.environ,
            "_CARNEYTL_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout.split()


def test_the_shell_completes_ids_for_show_and_remove(store):
    assert complete(f"carneytl show --store {store} me") == ["meeting", "meng"]
    assert complete(f"carneytl remove -s {store} meng") == ["meng"]


def test_the_shell_completes_names_for_the_filters(store):
    assert complete(f"carneytl list -s {store} --tag v") == ["visit"]
    assert complete(f"carneytl stats -s {store} --source b") == ["bbc"]
    assert complete(f"carneytl list -s {store} --any-tag h") == ["huawei"]
    assert complete(f"carneytl timeline -s {store} --status p") == ["past"]


def test_the_shell_completion_reads_the_store_from_the_environment(store):
    assert complete("carneytl list --actor M", env={"CARNEYTL_STORE": str(store)}) == [
        "Meng",
        "Wanzhou",
    ]  # bash splits the one offer "Meng Wanzhou" at its space; the shell script quotes it


def test_the_shell_completion_reads_the_store_given_before_the_command(store):
    assert complete(f"carneytl --store {store} show mee") == ["meeting"]


def test_the_shell_completes_format_names(store):
    assert complete(f"carneytl list -s {store} --format js") == ["json", "jsonl"]


def test_the_shell_gets_nothing_and_no_error_from_a_missing_store(tmp_path):
    assert complete(f"carneytl show -s {tmp_path / 'gone.yaml'} m") == []


def test_completion_after_a_root_option_the_command_does_not_take_is_quiet():
    # Running it would be refused; completing it must neither fail nor print.
    assert "--help" in complete("carneytl --today 2026-01-01 schema --")
