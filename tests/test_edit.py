"""`carneytl add` and `remove`: validated first, in date order, the rest of the file untouched."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.editing.transaction import (
    NewEvent,
    add_event,
    reads_back_as,
    remove_event,
    slugify,
)
from carneytl.editing.yamlbatch import with_events_removed
from carneytl.editing.yamltext import with_event_removed
from carneytl.errors import CarneyError, NotFoundError, StoreError, UsageError
from carneytl.storage.stores import default_store_path, load_store
from carneytl.textkey import name_key

STORE = """\
# My story. Comments stay where they are.
version: 1

sources:
  - id: bbc   # the main one
    title: 'Single quoted, kept'
    publisher: BBC News

events:
  # --- 2017 ---
  - id: first
    date: 2017-12-03/2017-12-07
    title: "Double quoted, kept"
    actors: [Canada, China]

  # --- 2018 ---
  - id: second
    date: 2018-12-01
    title: Plain
    summary: >-
      Folded text that
      stays folded.
    sources: [bbc]

  - title: Keys in my own order
    date: 2021-09-24
    id: third
"""


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def without(lines: list[str], removed: list[str]) -> list[str]:
    """Remove one run of consecutive lines, checking it is there."""
    for start in range(len(lines)):
        if lines[start : start + len(removed)] == removed:
            return lines[:start] + lines[start + len(removed) :]
    raise AssertionError(f"{removed} not found in {lines}")


@pytest.fixture
def store(write_store):
    return write_store(STORE)


def test_add_inserts_in_date_order_and_leaves_every_other_line_alone(store):
    before = lines_of(store)
    event = add_event(store, NewEvent(date="2018-12-10", title="Kovrig and Spavor detained"))
    assert event.id == "kovrig-and-spavor-detained"
    after = lines_of(store)
    added = [
        "  - id: kovrig-and-spavor-detained",
        "    date: 2018-12-10",
        "    title: Kovrig and Spavor detained",
        "",
    ]
    assert without(after, added) == before
    assert after.index(added[0]) == before.index("  - title: Keys in my own order")
    assert [e.id for e in load_store(store).events] == [
        "first",
        "second",
        "kovrig-and-spavor-detained",
        "third",
    ]


def test_add_before_a_commented_event_keeps_the_comment_with_that_event(store):
    add_event(store, NewEvent(date="2018", title="Early"))
    after = lines_of(store)
    assert after[after.index("  - id: early") - 1] == ""
    assert after[after.index("  - id: early") + 4 :][:2] == ["  # --- 2018 ---", "  - id: second"]


def test_add_first_and_last(store):
    before = lines_of(store)
    add_event(store, NewEvent(date="../2000", title="Open start"))
    add_event(store, NewEvent(date="2030", title="Later"))
    after = lines_of(store)
    after = without(after, ["  - id: open-start", "    date: ../2000", "    title: Open start", ""])
    assert without(after, ["", "  - id: later", "    date: 2030", "    title: Later"]) == before
    assert [e.id for e in load_store(store).events][::4] == ["open-start", "later"]


def test_add_writes_every_field_in_the_usual_order(store):
    add_event(
        store,
        NewEvent(
            date="2019-05~",
            title="Arrested: formally",
            summary="Two lines\nof summary.",
            actors=("China", "yes"),
            tags=("detention",),
            location="Beijing",
            sources=("bbc",),
            as_written="in May 2019",
            id="formal-arrest",
        ),
    )
    text = store.read_text(encoding="utf-8")
    assert (
        "  - id: formal-arrest\n"
        "    date: 2019-05~\n"
        "    title: 'Arrested: formally'\n"
        "    summary: |-\n"
        "      Two lines\n"
        "      of summary.\n"
        "    actors: [China, 'yes']\n"
        "    tags: [detention]\n"
        "    location: Beijing\n"
        "    sources: [bbc]\n"
        "    as_written: in May 2019\n"
    ) in text
    event = next(e for e in load_store(store).events if e.id == "formal-arrest")
    assert event.actors == ("China", "yes")
    assert event.summary == "Two lines\nof summary."
    assert event.sources[0].title == "Single quoted, kept"


def test_add_then_remove_gives_back_the_same_bytes(store):
    before = store.read_bytes()
    for date in ("2016", "2018-06", "2019-01-01", "2040"):
        event = add_event(store, NewEvent(date=date, title="Round trip"))
        remove_event(store, event.id)
        assert store.read_bytes() == before


def test_remove_takes_the_event_and_its_own_comment(store):
    remove_event(store, "second")
    text = store.read_text(encoding="utf-8")
    assert "second" not in text
    assert "--- 2018 ---" not in text
    assert "--- 2017 ---" in text
    assert [e.id for e in load_store(store).events] == ["first", "third"]


def test_remove_the_last_event(store):
    remove_event(store, "third")
    assert store.read_text(encoding="utf-8").endswith("    sources: [bbc]\n")


def test_remove_the_only_event_leaves_an_empty_list(write_store):
    path = write_store("# mine\nevents:\n  - id: a\n    date: 2018\n    title: t\n")
    remove_event(path, "a")
    assert load_store(path).events == ()
    assert path.read_text(encoding="utf-8").startswith("# mine\n")


def test_remove_an_unknown_id_suggests_a_close_one(store):
    with pytest.raises(NotFoundError) as caught:
        remove_event(store, "secnod")
    assert caught.value.hint == "did you mean 'second'?"


def test_ids_are_made_from_titles_and_kept_unique(store):
    assert slugify("Carney's visit to Beijing, part 2") == "carneys-visit-to-beijing-part-2"
    assert slugify("Électricité & Québec") == "electricite-quebec"
    assert slugify("!!!") == "event"
    assert len(slugify("word " * 40)) <= 60
    ids = [add_event(store, NewEvent(date="2019", title="Same title")).id for _ in range(3)]
    assert ids == ["same-title", "same-title-2", "same-title-3"]


def test_the_new_event_is_validated_before_anything_is_written(store):
    before = store.read_bytes()
    with pytest.raises(UsageError) as caught:
        add_event(
            store,
            NewEvent(date="2018-02-30", title="t", actors=("",), sources=("bcc",)),
        )
    assert caught.value.message.splitlines() == [
        "--date: '2018-02-30' is not a real day: February 2018 has 28 days",
        "--actor: each of 'actors' must be non-empty text",
        "unknown source 'bcc' (did you mean 'bbc'?)",
    ]
    with pytest.raises(UsageError, match="already has an event 'first'"):
        add_event(store, NewEvent(date="2018", title="t", id="first"))
    with pytest.raises(UsageError, match="is not a slug"):
        add_event(store, NewEvent(date="2018", title="t", id="Not A Slug"))
    with pytest.raises(UsageError, match="ends before it starts"):
        add_event(store, NewEvent(date="2019/2018", title="t"))
    assert store.read_bytes() == before


def test_a_store_with_problems_is_not_edited(write_store):
    path = write_store("events:\n  - id: a\n    date: 2018-13\n    title: t\n")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        add_event(path, NewEvent(date="2018", title="t"))
    assert str(caught.value.problems[0]).endswith(
        ":3:11: '2018-13' is not a date: there is no month 13"
    )
    with pytest.raises(StoreError):
        remove_event(path, "a")
    assert path.read_bytes() == before


def test_only_yaml_stores_are_edited(write_store):
    path = write_store('{"events": []}', "s.json")
    with pytest.raises(UsageError, match="edits YAML stores"):
        add_event(path, NewEvent(date="2018", title="t"))


def test_permissions_are_kept_and_no_temporary_file_is_left(store):
    store.chmod(0o640)
    add_event(store, NewEvent(date="2018", title="t"))
    assert stat.S_IMODE(store.stat().st_mode) == 0o640
    leftovers = [p.name for p in store.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_symlinked_store_stays_a_symlink(store, tmp_path):
    link = tmp_path / "link.yaml"
    link.symlink_to(store)
    add_event(link, NewEvent(date="2018", title="Through the link"))
    assert link.is_symlink()
    assert "through-the-link" in store.read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_store_as_it_was(store, monkeypatch):
    before = store.read_bytes()

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(CarneyError, match="No space left on device"):
        add_event(store, NewEvent(date="2018", title="t"))
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == [store.name]


@pytest.mark.parametrize(
    "text",
    [
        "events: []\n",
        "events:\n",
        "version: 1\nevents: [{id: a, date: 2018, title: t}]\n",
        "- id: a\n  date: 2018\n  title: t\n",
        "events:\r\n  - id: a\r\n    date: 2018\r\n    title: t\r\n",
        "\ufeffevents:\n- id: a\n  date: 2018\n  title: t\n",
        "events:\n  - id: a\n    date: 2018\n    title: t",
    ],
    ids=["empty-flow", "null", "flow", "bare-list", "crlf", "bom-no-indent", "no-final-newline"],
)
def test_other_shapes_of_store_can_be_edited_both_ways(write_store, text):
    path = write_store(text)
    add_event(path, NewEvent(date="2019", title="New"))
    assert [e.id for e in load_store(path).events][-1] == "new"
    remove_event(path, "new")
    assert "new" not in [e.id for e in load_store(path).events]


def test_crlf_files_stay_crlf(write_store):
    path = write_store("events:\r\n  - id: a\r\n    date: 2018\r\n    title: t\r\n")
    add_event(path, NewEvent(date="2019", title="New"))
    assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")


def test_the_shipped_store_survives_an_add_and_remove_unchanged(tmp_path):
    copy = tmp_path / "events.yaml"
    shutil.copyfile(default_store_path(), copy)
    before = copy.read_bytes()
    event = add_event(copy, NewEvent(date="2019-06", title="Canola imports suspended"))
    assert len(load_store(copy).events) == len(load_store(None).events) + 1
    remove_event(copy, event.id)
    assert copy.read_bytes() == before


# --- the CLI ------------------------------------------------------------------------------------


def test_cli_add_prints_the_new_id_and_says_what_it_did(runner, store):
    result = runner.invoke(
        app,
        ["add", "--store", str(store), "--date", "2026-01-16", "--title", "Carney meets Xi",
         "--actor", "Mark Carney", "--actor", "Xi Jinping", "--tag", "visit", "--source", "bbc",
         "--location", "Beijing", "--as-written", "on Friday", "--summary", "s"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "carney-meets-xi\n"
    assert result.stderr == f"added 'carney-meets-xi' (2026-01-16) to {store}\n"
    listed = runner.invoke(app, ["list", "--store", str(store), "--json", "--fields", "id,actors"])
    assert '"Xi Jinping"' in listed.stdout


def test_cli_add_with_a_bad_option_exits_2_naming_it(runner, store):
    result = runner.invoke(app, ["add", "-s", str(store), "--date", "2018-13", "--title", "t"])
    assert result.exit_code == 2
    assert "--date: '2018-13' is not a date: there is no month 13" in result.stderr


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("Dec 2018", "2018-12"),
        ("1 Dec 2018", "2018-12-01"),
        ("Dec 1, 2018", "2018-12-01"),
        ("2018-12-1", "2018-12-01"),
        ("2018/12/01", "2018-12-01"),
        ("20181201", "2018-12-01"),
        ("today", "2026-11-28"),
        ("yesterday", "2026-11-27"),
        ("last month", "2026-10"),
        ("Q1 2026", "2026-01/2026-03"),
        ("2018/2019~", "2018/2019~"),
        ("2018-12?", "2018-12?"),
        ("../2018", "../2018"),
    ],
)
def test_cli_add_takes_any_bound_and_stores_it_as_iso_at_its_precision(
    runner, store, given, stored
):
    args = ["add", "-s", str(store), "--date", given, "--title", "t", "--today", "2026-11-28"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == f"added 't' ({stored}) to {store}\n"
    assert f"  - id: t\n    date: {stored}\n" in store.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("01/02/2018", "--date: '01/02/2018' is ambiguous"),
        ("soon", "--date: 'soon' is ambiguous or not a date carneytl understands"),
        ("..", "--date: '..' names no day"),
        ("2018-12-02/2018-12-01", "--date: '2018-12-02/2018-12-01' ends before it starts"),
    ],
)
def test_cli_add_refuses_a_date_that_is_neither_a_store_date_nor_a_bound(
    runner, store, given, message
):
    before = store.read_bytes()
    result = runner.invoke(app, ["add", "-s", str(store), "--date", given, "--title", "t"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert store.read_bytes() == before


def test_cli_add_to_a_broken_store_exits_1_with_its_problems(runner, write_store):
    path = write_store("events:\n  - id: a\n    titel: t\n    date: 2018\n")
    result = runner.invoke(app, ["add", "-s", str(path), "--date", "2018", "--title", "t"])
    assert result.exit_code == 1
    assert f"error: {path}:3:5: unknown field 'titel' (did you mean 'title'?)" in result.stderr


def test_cli_add_and_remove_need_a_store(runner):
    for args in (["add", "--date", "2018", "--title", "t"], ["remove", "first"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "needs the store to change: give --store PATH" in result.stderr


def test_cli_add_takes_the_store_from_the_environment(runner, store, monkeypatch):
    monkeypatch.setenv("CARNEYTL_STORE", str(store))
    result = runner.invoke(app, ["add", "--date", "2018", "--title", "From env"])
    assert result.exit_code == 0, result.output
    assert "from-env" in store.read_text(encoding="utf-8")


def test_cli_editing_takes_exactly_one_store(runner, store, write_store):
    other = write_store(STORE, "other.yaml")
    before = store.read_bytes()
    for args in (
        ["add", "--date", "2019", "--title", "t", "-s", str(store), "-s", str(other)],
        ["remove", "first", "-s", str(store), "-s", str(other)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(
            f"error: {args[0]} edits one store, but --store was given 2 times: {store}, {other}\n"
        )
    assert store.read_bytes() == before
    assert other.read_bytes() == before


def test_carneytl_store_is_split_on_the_path_separator_for_reading_and_editing_alike(
    runner, store, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CARNEYTL_STORE", f"my{os.pathsep}story.yaml")
    listed = runner.invoke(app, ["list"])
    assert listed.exit_code == 1
    assert listed.stderr.splitlines()[:2] == [
        "error: my: no such file",
        "error: story.yaml: no such file",
    ]
    added = runner.invoke(app, ["add", "--date", "2019", "--title", "t"])
    assert added.exit_code == 2
    assert added.stderr.splitlines()[:2] == [
        "error: add edits one store, but CARNEYTL_STORE names 2: my, story.yaml",
        (
            f"hint: CARNEYTL_STORE is split on {os.pathsep!r} like PATH; "
            "give --store PATH to choose the one to change"
        ),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [store.name]
    # --store on the command line takes the place of the environment's list.
    chosen = runner.invoke(app, ["add", "-s", str(store), "--date", "2019", "--title", "t"])
    assert chosen.exit_code == 0, chosen.output


def test_cli_add_to_a_missing_store_says_how_to_start_one_and_creates_nothing(
    runner, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["add", "-s", "my story.yaml", "--date", "2019", "--title", "t"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: my story.yaml: no such file\n"
        "hint: to start a new store: printf 'version: 1\\nevents: []\\n' > 'my story.yaml'\n"
    )
    assert list(tmp_path.iterdir()) == []
    # The hint's command, run as a shell runs it, gives a store that `add` then takes.
    (tmp_path / "my story.yaml").write_text("version: 1\nevents: []\n", encoding="utf-8")
    again = runner.invoke(app, ["add", "-s", "my story.yaml", "--date", "2019", "--title", "t"])
    assert again.exit_code == 0, again.output


def _readme_editing_example() -> tuple[str, list[list[str]]]:
    """The store file and the commands of the README's "Editing your own store" example."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Editing your own store", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    heredoc = re.fullmatch(r"cat > story\.yaml <<'EOF'\n(.*?)\nEOF\n(.*)", block, re.DOTALL)
    assert heredoc is not None, block
    commands = [
        shlex.split(line, comments=True)
        for line in heredoc.group(2).replace("\\\n", " ").splitlines()
    ]
    return heredoc.group(1) + "\n", commands


def test_the_readme_editing_example_works_in_an_empty_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text, commands = _readme_editing_example()
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    assert [command[:2] for command in commands] == [
        ["carneytl", "check"],
        ["carneytl", "check"],
        ["carneytl", "add"],
        ["carneytl", "list"],
        ["carneytl", "remove"],
    ]
    for command in commands:
        result = runner.invoke(app, command[1:])
        assert result.exit_code == 0, (command, result.output)
        if command[1] == "list":
            assert "Carney and Xi meet in Beijing" in result.stdout
    assert (tmp_path / "story.yaml").read_text(encoding="utf-8") == text


def test_cli_remove(runner, store):
    result = runner.invoke(app, ["remove", "second", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"removed 'second' from {store}\n"
    missing = runner.invoke(app, ["remove", "second", "--store", str(store)])
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"error: {store} has no event 'second'")


def test_a_read_only_store_is_not_edited(store, monkeypatch):
    before = store.read_bytes()
    store.chmod(0o444)
    # Root may write any file, so the check is asked directly rather than through root's eyes.
    monkeypatch.setattr(os, "access", lambda path, mode: not (path == store and mode == os.W_OK))
    with pytest.raises(CarneyError, match="is read-only"):
        add_event(store, NewEvent(date="2018", title="t"))
    assert store.read_bytes() == before


def test_a_store_rewritten_whole_keeps_its_comments_and_nulls(write_store):
    path = write_store(
        "# mine\nversion: 1\nsources:\n  - id: s   # kept\n    title: null\nevents: []\n"
    )
    add_event(path, NewEvent(date="2019", title="New", sources=("s",)))
    assert path.read_text(encoding="utf-8") == (
        "# mine\nversion: 1\nsources:\n  - id: s   # kept\n    title: null\n"
        "events:\n  - id: new\n    date: 2019\n    title: New\n    sources: [s]\n"
    )


def test_an_item_whose_mapping_starts_below_its_dash_can_be_edited(write_store):
    path = write_store("events:\n-\n  id: a\n  date: 2018\n  title: t\n")
    add_event(path, NewEvent(date="2019", title="New"))
    remove_event(path, "a")
    assert [e.id for e in load_store(path).events] == ["new"]


def test_a_store_with_no_list_yet_gets_the_usual_layout(write_store):
    path = write_store("version: 1\nevents:\n")
    add_event(path, NewEvent(date="2019", title="New"))
    assert path.read_text(encoding="utf-8") == (
        "version: 1\nevents:\n  - id: new\n    date: 2019\n    title: New\n"
    )


ONE_LINE = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
# A title holds no control character; a summary none but tabs and line feeds.
TITLE = st.characters(blacklist_categories=("Cs", "Cc"))
SUMMARY = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(TITLE, min_size=1, max_size=40).filter(str.strip),
    summary=st.none() | st.text(SUMMARY, max_size=40),
    # One name at most once per event: a repeat is refused (see tests/test_first_use.py).
    # Names and places are one line, without control characters (docs/store-format.md).
    actors=st.lists(
        st.text(ONE_LINE, min_size=1, max_size=10).filter(str.strip),
        max_size=3,
        unique_by=lambda name: name_key(name.strip()),
    ),
    location=st.none() | st.text(ONE_LINE, min_size=1, max_size=15).filter(str.strip),
    year=st.integers(min_value=1990, max_value=2040),
)
def test_any_event_added_reads_back_as_given_and_removes_cleanly(
    write_store, title, summary, actors, location, year
):
    path = write_store(STORE)
    before = path.read_bytes()
    new = NewEvent(
        date=str(year),
        title=title,
        summary=summary,
        actors=tuple(actors),
        tags=tuple(actors),
        location=location,
        as_written=location,
    )
    event = add_event(path, new)
    stored = next(e for e in load_store(path).events if e.id == event.id)
    assert stored.title == title.strip()
    assert stored.actors == stored.tags == tuple(a.strip() for a in actors)
    assert stored.location == stored.as_written == (location.strip() if location else None)
    assert stored.summary == (summary.strip() or None if summary is not None else None)
    remove_event(path, event.id)
    assert path.read_bytes() == before


# --- what `remove` takes with the event, and what it leaves ------------------------------------


# Each: the store before, the event removed, the store after.
REMOVALS = {
    "keeps_a_comment_that_a_blank_line_sets_apart_for_the_next_event": (
        (
            "version: 1\nevents:\n  - id: a\n    date: 2018\n    title: A\n\n"
            "  # section: 2019 (keep)\n\n  - id: b\n    date: 2019\n    title: B\n"
        ),
        "a",
        (
            "version: 1\nevents:\n  # section: 2019 (keep)\n\n"
            "  - id: b\n    date: 2019\n    title: B\n"
        ),
    ),
    "keeps_the_comments_between_a_flow_style_event_and_the_next": (
        (
            "events:\n  - {id: first, date: 2018, title: A}\n\n  # about 2019\n\n"
            "  - {id: second, date: 2019, title: B}\n\n  - {id: third, date: 2020, title: C}\n"
        ),
        "second",
        (
            "events:\n  - {id: first, date: 2018, title: A}\n\n  # about 2019\n\n"
            "  - {id: third, date: 2020, title: C}\n"
        ),
    ),
    "keeps_the_comment_directly_above_the_next_event": (
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n  - id: b\n    date: 2019\n"
            "    title: B\n  # about c\n  - id: c\n    date: 2020\n    title: C\n"
        ),
        "b",
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n"
            "  # about c\n  - id: c\n    date: 2020\n    title: C\n"
        ),
    ),
    "keeps_a_comment_below_the_event_and_its_blank_line_above": (
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n  - id: b\n    date: 2019\n"
            "    title: B\n  # written below b\n\n  - id: c\n    date: 2020\n    title: C\n"
        ),
        "b",
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n  # written below b\n\n"
            "  - id: c\n    date: 2020\n    title: C\n"
        ),
    ),
    "keeps_a_set_apart_comment_set_apart_from_the_event_before": (
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n  - id: b\n    date: 2019\n"
            "    title: B\n\n  # 2020\n\n  - id: c\n    date: 2020\n    title: C\n"
        ),
        "b",
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n\n  # 2020\n\n"
            "  - id: c\n    date: 2020\n    title: C\n"
        ),
    ),
    "takes_comments_on_the_event_s_own_lines_and_leaves_the_neighbours": (
        (
            "events:\n  - id: a  # a's note\n    date: 2018\n    title: A\n"
            "  - id: b  # b's note\n    date: 2019   # when\n    title: B\n"
            "    # still b\n  - id: c  # c's note\n    date: 2020\n    title: C\n"
        ),
        "b",
        (
            "events:\n  - id: a  # a's note\n    date: 2018\n    title: A\n"
            "  - id: c  # c's note\n    date: 2020\n    title: C\n"
        ),
    ),
    "the_last_event_keeps_the_comments_after_it": (
        (
            "events:\n  - id: a\n    date: 2018\n    title: A\n\n  # about b\n  - id: b\n"
            "    date: 2019\n    title: B\n\n  # more to come\n# end of file\n"
        ),
        "b",
        ("events:\n  - id: a\n    date: 2018\n    title: A\n\n  # more to come\n# end of file\n"),
    ),
}


@pytest.mark.parametrize(("before", "removed", "after"), REMOVALS.values(), ids=REMOVALS.keys())
def test_remove_takes_the_event_and_its_own_comment_and_leaves_everything_else(
    write_store, before, removed, after
):
    path = write_store(before)
    remove_event(path, removed)
    assert path.read_text(encoding="utf-8") == after


def test_remove_the_only_event_writes_an_empty_list_and_keeps_the_other_comments(write_store):
    path = write_store(
        "# mine\nevents:   # none yet\n  # about a\n  - id: a\n    date: 2018\n    title: A\n\n"
        "  # more to come\nsources: []\n"
    )
    remove_event(path, "a")
    assert path.read_text(encoding="utf-8") == (
        "# mine\nevents: []   # none yet\n\n  # more to come\nsources: []\n"
    )
    bare = write_store("- id: a\n  date: 2018\n  title: A\n", "bare.yaml")
    remove_event(bare, "a")
    assert bare.read_text(encoding="utf-8") == "[]\n"


def test_remove_from_a_crlf_file_keeps_its_line_ends_and_comments(write_store):
    path = write_store(
        "events:\r\n  - id: a\r\n    date: 2018\r\n    title: A\r\n\r\n  # keep\r\n\r\n"
        "  - id: b\r\n    date: 2019\r\n    title: B\r\n"
    )
    remove_event(path, "a")
    assert path.read_bytes() == (
        b"events:\r\n  # keep\r\n\r\n  - id: b\r\n    date: 2019\r\n    title: B\r\n"
    )


def _own_lines(n: int, *, flow: bool) -> list[str]:
    if flow:
        return [f"  - {{id: e{n}, date: {2000 + n}, title: T}}  # on {n}"]
    return [f"  - id: e{n}  # on {n}", f"    date: {2000 + n}", "    title: T"]


def _layout(items: list[tuple[int, bool, bool, bool]], *, tail: bool) -> str:
    """A store whose events are spaced and commented in the ways people write them."""
    text = "version: 1\nevents:\n"
    for n, (blanks, apart, attached, flow) in enumerate(items):
        text += "\n" * blanks
        if apart:
            text += f"  # apart {n}\n\n"
        if attached:
            text += f"  # about {n}\n"
        text += "".join(line + "\n" for line in _own_lines(n, flow=flow))
    return text + ("\n  # the end\n" if tail else "")


def _longest_blank_run(text: str) -> int:
    runs = re.findall(r"(?:^\n)+", text, flags=re.MULTILINE)
    return max((len(run) for run in runs), default=0)


def _items(min_size: int) -> st.SearchStrategy[list[tuple[int, bool, bool, bool]]]:
    """Events for :func:`_layout`: blank lines before, a comment apart, one attached, flow style."""
    item = st.tuples(st.integers(0, 2), st.booleans(), st.booleans(), st.booleans())
    return st.lists(item, min_size=min_size, max_size=4)


_WITH_FIXTURE = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


@settings(max_examples=40, **_WITH_FIXTURE)
@given(items=_items(2), tail=st.booleans(), data=st.data())
def test_remove_cuts_one_run_of_lines_the_event_its_own_comment_and_blank_lines(
    write_store, items, tail, data
):
    path = write_store(_layout(items, tail=tail))
    before = path.read_text(encoding="utf-8")
    index = data.draw(st.integers(0, len(items) - 1))
    remove_event(path, f"e{index}")
    after = path.read_text(encoding="utf-8")
    old, new = before.splitlines(), after.splitlines()
    start = next((n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new))
    cut = old[start : start + len(old) - len(new)]
    assert old[:start] + old[start + len(cut) :] == new
    _, _, attached, flow = items[index]
    own = _own_lines(index, flow=flow)
    assert [line for line in cut if line.strip()] == [f"  # about {index}"] * attached + own
    assert _longest_blank_run(after) <= _longest_blank_run(before)
    assert [e.id for e in load_store(path).events] == [
        f"e{n}" for n in range(len(items)) if n != index
    ]


@settings(max_examples=25, **_WITH_FIXTURE)
@given(items=_items(1), tail=st.booleans(), year=st.integers(1999, 2005))
def test_add_then_remove_gives_back_the_same_bytes_however_the_store_is_laid_out(
    write_store, items, tail, year
):
    path = write_store(_layout(items, tail=tail))
    before = path.read_bytes()
    event = add_event(path, NewEvent(date=str(year), title="New"))
    remove_event(path, event.id)
    assert path.read_bytes() == before


def test_add_to_an_empty_crlf_store_keeps_crlf_and_the_comment_after_the_list(write_store):
    path = write_store("")
    path.write_bytes(b"version: 1\r\nevents: []\r\n# events go above\r\n")
    add_event(path, NewEvent(date="2019", title="New"))
    assert path.read_bytes() == (
        b"version: 1\r\nevents:\r\n  - id: new\r\n    date: 2019\r\n    title: New\r\n"
        b"# events go above\r\n"
    )
    remove_event(path, "new")
    assert path.read_bytes() == b"version: 1\r\nevents: []\r\n# events go above\r\n"


@settings(max_examples=60, deadline=None)
@given(items=_items(1), tail=st.booleans(), data=st.data())
def test_removing_several_events_at_once_is_removing_them_one_at_a_time(items, tail, data):
    text = _layout(items, tail=tail)
    chosen = data.draw(st.sets(st.integers(0, len(items) - 1), min_size=1))
    one_at_a_time = text
    for index in sorted(chosen, reverse=True):
        one_at_a_time = with_event_removed(one_at_a_time, index)
    assert with_events_removed(text, chosen) == one_at_a_time


@st.composite
def _long_layout(draw: st.DrawFn) -> tuple[str, int]:
    """Up to a dozen events, each perhaps with comments after it too; then perhaps a key."""
    count = draw(st.integers(1, 12))
    text = "version: 1\nevents:\n"
    for n in range(count):
        text += "\n" * draw(st.integers(0, 3))
        if draw(st.booleans()):
            text += f"  # apart {n}\n" + "\n" * draw(st.integers(1, 2))
        if draw(st.booleans()):
            text += f"  # about {n}\n"
        text += "".join(line + "\n" for line in _own_lines(n, flow=draw(st.booleans())))
        if draw(st.booleans()):
            text += "      # deeper, the event's own\n"
        if draw(st.booleans()):
            text += f"  # after {n}\n"
    text += draw(st.sampled_from(["", "\n  # the end\n", "\nnotes: 1\n", "# x\nnotes: 1\n"]))
    return text, count


@settings(max_examples=300, deadline=None)
@given(layout=_long_layout(), data=st.data())
def test_removing_many_of_a_long_list_at_once_is_removing_them_one_at_a_time(layout, data):
    text, count = layout
    chosen = data.draw(st.sets(st.integers(0, count - 1), min_size=1))
    one_at_a_time = text
    for index in sorted(chosen, reverse=True):
        one_at_a_time = with_event_removed(one_at_a_time, index)
    assert with_events_removed(text, chosen) == one_at_a_time


def _three(head: str, item: str, tail: str = "", newline: str = "\n") -> str:
    """A store of three events a, b, c, each written as ``item`` lays it out."""
    body = "".join(item.format(n=n, y=2018 + i) for i, n in enumerate("abc"))
    return (head + body + tail).replace("\n", newline)


SHAPES = {
    "flow": "events: [{id: a, date: 2018, title: A}, {id: b, date: 2019, title: B}]\n",
    "bare-list": _three("", "- id: {n}\n  date: {y}\n  title: T\n"),
    "crlf-then-key": _three(
        "events:   # all\n", "  - id: {n}\n    date: {y}\n    title: T\n", "sources: []\n", "\r\n"
    ),
    "dash-alone": _three("events:\n", "-\n  id: {n}\n  date: {y}\n  title: T\n"),
    "key-after": _three(
        "events: # x\n", "  - id: {n}\n    date: {y}\n    title: T\n", "after: 1\n"
    ),
}


@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize("chosen", [{0}, {1}, {0, 1}, {1, 2}, {0, 2}, {0, 1, 2}])
def test_removing_several_events_at_once_from_any_shape_of_store(text, chosen):
    if max(chosen) >= text.count("id:"):
        chosen = {i for i in chosen if i < text.count("id:")} or {0}
    one_at_a_time = text
    for index in sorted(chosen, reverse=True):
        one_at_a_time = with_event_removed(one_at_a_time, index)
    assert with_events_removed(text, chosen) == one_at_a_time


def test_an_edit_is_kept_only_if_it_reads_back_as_the_events_expected(store):
    text = store.read_text(encoding="utf-8")
    events = load_store(store).events
    assert reads_back_as(text, "s", events)
    assert not reads_back_as(text, "s", events[1:])
    assert not reads_back_as(text + "  - [broken\n", "s", events)
    assert not reads_back_as(text, "s", events, lambda result: not result.sources)
