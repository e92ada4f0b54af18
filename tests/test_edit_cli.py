"""`remove` with several ids, and `--dry-run` on `add`, `remove` and `edit`: the diff, no write."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from carneytl.cli import app
from carneytl.storage.stores import load_store

STORE = """\
# mine
version: 1
events:
  - id: a
    date: 2018
    title: A

  # about b
  - id: b
    date: 2019
    title: B

  - id: c
    date: 2020
    title: C
"""


@pytest.fixture
def store(write_store):
    return write_store(STORE)


def listing(folder):
    return sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir())


def ids(path):
    return [e.id for e in load_store(path).events]


# --- remove several ----------------------------------------------------------------------------


def test_remove_takes_several_ids_at_once(runner, store):
    result = runner.invoke(app, ["remove", "c", "a", "-s", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"removed 'a', 'c' from {store}\n"
    assert result.stdout == ""
    assert store.read_text(encoding="utf-8") == (
        "# mine\nversion: 1\nevents:\n  # about b\n  - id: b\n    date: 2019\n    title: B\n"
    )


def test_remove_every_event_leaves_an_empty_list_and_a_repeated_id_counts_once(runner, store):
    result = runner.invoke(app, ["remove", "a", "b", "c", "b", "-s", str(store)])
    assert result.exit_code == 0, result.output
    assert ids(store) == []
    assert "events: []" in store.read_text(encoding="utf-8")


def test_remove_with_an_unknown_id_removes_nothing_and_names_it(runner, store, tmp_path):
    before = listing(tmp_path)
    result = runner.invoke(app, ["remove", "a", "bb", "-s", str(store)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {store} has no event 'bb', so none was removed",
        "hint: did you mean 'b'?",
    ]
    several = runner.invoke(app, ["remove", "a", "zzz", "cc", "-s", str(store)])
    assert several.exit_code == 1
    assert several.stderr.splitlines() == [
        f"error: {store} has no events 'zzz', 'cc', so none was removed",
        "hint: did you mean 'c' for 'cc'?",
    ]
    assert listing(tmp_path) == before


def test_remove_needs_at_least_one_id(runner, store):
    result = runner.invoke(app, ["remove", "-s", str(store)])
    assert result.exit_code == 2
    assert ids(store) == ["a", "b", "c"]


# --- dry runs -----------------------------------------------------------------------------------


def patched(path, diff: str) -> bytes:
    """The file that `patch` makes from ``path`` and ``diff``, the original left alone."""
    copy = path.with_name("copy.yaml")
    shutil.copyfile(path, copy)
    subprocess.run(
        ["patch", "--quiet", str(copy)],  # noqa: S607 - patch(1), found on PATH
        input=diff.encode(),
        check=True,
    )
    made = copy.read_bytes()
    copy.unlink()
    return made


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "--date", "2019-06", "--title", "Mid"], "would add 'mid' (2019-06) to {}"),
        (["remove", "b", "c"], "would remove 'b', 'c' from {}"),
    ],
)
def test_dry_run_prints_the_diff_that_the_edit_makes_and_writes_nothing(
    runner, store, tmp_path, args, said
):
    before = listing(tmp_path)
    dry = runner.invoke(app, [*args, "-s", str(store), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.stderr == said.format(store) + " (dry run: nothing written)\n"
    assert dry.stdout.startswith(f"--- {store}\n+++ {store}\n@@ ")
    assert listing(tmp_path) == before  # the store untouched, and no lock file made
    expected = patched(store, dry.stdout)
    real = runner.invoke(app, [*args, "-s", str(store)])
    assert real.exit_code == 0, real.output
    assert store.read_bytes() == expected


def test_a_dry_run_of_a_file_without_a_final_newline_is_a_diff_patch_takes(runner, write_store):
    path = write_store("events:\n  - id: a\n    date: 2018\n    title: A")
    dry = runner.invoke(
        app, ["add", "-s", str(path), "--date", "2019", "--title", "B", "--dry-run"]
    )
    assert dry.exit_code == 0, dry.output
    assert "\\ No newline at end of file\n" in dry.stdout
    expected = patched(path, dry.stdout)
    assert (
        runner.invoke(app, ["add", "-s", str(path), "--date", "2019", "--title", "B"]).exit_code
        == 0
    )
    assert path.read_bytes() == expected


def test_a_dry_run_that_would_be_refused_is_refused_the_same_way(runner, store, tmp_path):
    before = listing(tmp_path)
    bad = runner.invoke(
        app, ["add", "-s", str(store), "--date", "2019-13", "--title", "t", "--dry-run"]
    )
    assert bad.exit_code == 2
    assert bad.stdout == ""
    unknown = runner.invoke(app, ["remove", "zz", "-s", str(store), "--dry-run"])
    assert unknown.exit_code == 1
    assert unknown.stdout == ""
    assert listing(tmp_path) == before


def test_a_dry_run_diff_goes_to_a_pipe_as_it_is(store):
    result = subprocess.run(
        [sys.executable, "-m", "carneytl", "remove", "a", "-s", str(store), "--dry-run"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2:] == [
        "@@ -1,10 +1,6 @@",
        " # mine",
        " version: 1",
        " events:",
        "-  - id: a",
        "-    date: 2018",
        "-    title: A",
        "-",
        "   # about b",
        "   - id: b",
        "     date: 2019",
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["add", "--date", "2018", "--title", "t"],
        ["remove", "a"],
        ["source", "add", "--title", "t", "--publisher", "p", "--published", "2018-01-01"],
    ],
)
def test_an_edit_of_standard_input_says_it_cannot_be_written_back(runner, command):
    result = runner.invoke(app, [*command, "-s", "-"], input="version: 1\nevents: []\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: standard input (-) cannot be changed")
