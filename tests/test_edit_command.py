"""`carneytl edit ID`: one event in the user's editor, put back with the guarantees of `add`."""

from __future__ import annotations

import json
import shlex
import sys
import tempfile
import textwrap

import pytest

from carneytl.cli import app
from carneytl.storage.stores import load_store

STORE = """\
# mine
version: 1
sources:
  - id: bbc
    title: BBC
events:
  - id: a
    date: 2018
    title: A

  # about b
  - id: b   # b's own note
    date: 2019
    title: B
    # inside b
    sources: [bbc]

  - id: c
    date: 2020
    title: C
"""
B_TEXT = "id: b   # b's own note\ndate: 2019\ntitle: B\n# inside b\nsources: [bbc]\n"

# A stand-in for the user's editor: notes what it was shown, then does what the test says.
FAKE_EDITOR = textwrap.dedent(
    """
    import json, os, sys
    path = sys.argv[1]
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    with open(os.environ["FAKE_SEEN"], "w", encoding="utf-8") as handle:
        handle.write(text)
    action = json.loads(os.environ["FAKE_DO"])
    for old, new in action.get("replace", []):
        assert old in text, (old, text)
        text = text.replace(old, new)
    text = action.get("write", text)
    if "meanwhile" in action:  # another edit of the store while this one is open
        store, old, new = action["meanwhile"]
        with open(store, encoding="utf-8") as handle:
            changed = handle.read().replace(old, new) if old else handle.read() + new
        with open(store, "w", encoding="utf-8") as handle:
            handle.write(changed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    sys.exit(action.get("exit", 0))
    """
)


@pytest.fixture
def editor(tmp_path, monkeypatch):
    """Set EDITOR to the fake editor; return a function that says what it will do."""
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    seen = tmp_path / "seen.txt"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    monkeypatch.setenv("FAKE_SEEN", str(seen))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))

    def will(**action):
        monkeypatch.setenv("FAKE_DO", json.dumps(action))
        return seen, temporary

    return will


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    path = folder / "story.yaml"
    path.write_text(STORE, encoding="utf-8")
    return path


def edit(runner, store, *args):
    return runner.invoke(app, ["edit", *args, "-s", str(store)])


def test_edit_shows_the_event_s_own_lines_and_changes_only_what_was_edited(runner, store, editor):
    seen, temporary = editor(replace=[["title: B", "title: B, retitled"]])
    result = edit(runner, store, "b")
    assert result.exit_code == 0, result.output
    assert seen.read_text(encoding="utf-8") == B_TEXT
    assert store.read_text(encoding="utf-8") == STORE.replace("title: B\n", "title: B, retitled\n")
    assert result.stderr == f"edited 'b' in {store}\n"
    assert result.stdout == ""
    assert list(temporary.iterdir()) == []
    assert sorted(p.name for p in store.parent.iterdir()) == ["story.yaml"]


def test_unchanged_text_changes_nothing(runner, store, editor):
    _, temporary = editor()
    before = store.read_bytes()
    result = edit(runner, store, "c")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"nothing changed: 'c' is as it was in {store}\n"
    assert store.read_bytes() == before
    assert list(temporary.iterdir()) == []


def test_an_invalid_edit_is_refused_with_its_place_in_the_edited_text_which_is_kept(
    runner, store, editor
):
    _, temporary = editor(replace=[["date: 2019", "date: 2019-13"], ["[bbc]", "[bcc]"]])
    before = store.read_bytes()
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    (kept,) = temporary.iterdir()
    assert result.stderr.splitlines() == [
        f"error: {kept}:2:7: '2019-13' is not a date: there is no month 13",
        f"error: {kept}:5:11: unknown source 'bcc' (did you mean 'bbc'?)",
        f"hint: your edited text is kept in {kept}",
    ]
    assert kept.read_text(encoding="utf-8") == B_TEXT.replace("2019", "2019-13").replace(
        "[bbc]", "[bcc]"
    )
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == ["story.yaml"]


def test_broken_yaml_is_placed_in_the_edited_text(runner, store, editor):
    _, temporary = editor(replace=[["title: B", 'title: "B']])
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    (kept,) = temporary.iterdir()
    assert result.stderr.startswith(f"error: {kept}:")
    assert load_store(store).events[1].title == "B"


def test_an_id_may_change_but_not_to_one_the_store_has(runner, store, editor):
    editor(replace=[["id: b", "id: a"]])
    taken = edit(runner, store, "b")
    assert taken.exit_code == 1
    assert "duplicate" in taken.stderr
    editor(replace=[["id: b", "id: bee"]])
    renamed = edit(runner, store, "b")
    assert renamed.exit_code == 0, renamed.output
    assert renamed.stderr == f"edited 'b' (now 'bee') in {store}\n"
    assert [e.id for e in load_store(store).events] == ["a", "bee", "c"]


def test_empty_text_is_refused(runner, store, editor):
    editor(write="# nothing left\n\n")
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the edited text is empty, so nothing was changed\n")
    assert "hint: to remove the event: carneytl remove b; your edited text is kept in" in (
        result.stderr
    )
    assert store.read_text(encoding="utf-8") == STORE


def test_text_that_is_not_one_mapping_is_refused(runner, store, editor):
    _, temporary = editor(write="- just\n- a list\n")
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    (kept,) = temporary.iterdir()
    assert result.stderr.startswith(
        f"error: {kept}:1:1: the edited text must be one event: a mapping of fields\n"
    )
    assert store.read_text(encoding="utf-8") == STORE


def test_an_unknown_id_is_refused_before_the_editor_opens(runner, store, editor):
    seen, _ = editor()
    result = edit(runner, store, "bb")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        f"error: {store} has no event 'bb'",
        "hint: did you mean 'b'?",
    ]
    assert not seen.exists()


def test_an_editor_that_fails_changes_nothing_and_keeps_the_text(runner, store, editor):
    _, temporary = editor(replace=[["title: B", "title: X"]], exit=3)
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    (kept,) = temporary.iterdir()
    assert result.stderr.splitlines() == [
        "error: the editor exited with status 3, so nothing was changed",
        f"hint: your text is kept in {kept}",
    ]
    assert store.read_text(encoding="utf-8") == STORE


def test_a_missing_editor_is_named(runner, store, editor, monkeypatch):
    _, temporary = editor()
    monkeypatch.setenv("VISUAL", "no-such-editor-here --wait")
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot start the editor 'no-such-editor-here': ")
    assert list(temporary.iterdir()) == []


def test_visual_comes_before_editor(runner, store, editor, monkeypatch):
    seen, _ = editor()
    monkeypatch.setenv("VISUAL", "no-such-editor-here")
    assert edit(runner, store, "b").exit_code == 1
    assert not seen.exists()


def test_other_events_changed_meanwhile_are_kept_and_the_edit_applies(runner, store, editor):
    # The fake editor appends an event to the store while "editing", as a second edit would.
    editor(
        replace=[["title: B", "title: Mine"]],
        meanwhile=[str(store), "", "\n  - id: d\n    date: 2021\n    title: D\n"],
    )
    result = edit(runner, store, "b")
    assert result.exit_code == 0, result.output
    assert [e.title for e in load_store(store).events] == ["A", "Mine", "C", "D"]


def test_an_event_edited_by_someone_else_meanwhile_is_refused(runner, store, editor):
    _, temporary = editor(
        replace=[["title: B", "title: Mine"]], meanwhile=[str(store), "title: B", "title: Theirs"]
    )
    result = edit(runner, store, "b")
    assert result.exit_code == 1
    (kept,) = temporary.iterdir()
    assert result.stderr.splitlines() == [
        (
            f"error: {store}: 'b' was changed by another edit while you were editing it, "
            "so your text was not applied"
        ),
        f"hint: your edited text is kept in {kept}",
    ]
    assert load_store(store).events[1].title == "Theirs"


def test_dry_run_prints_the_diff_and_writes_nothing(runner, store, editor):
    _, temporary = editor(replace=[["date: 2019", "date: 2019-05"]])
    before = sorted((p.name, p.stat().st_mtime_ns) for p in store.parent.iterdir())
    result = edit(runner, store, "b", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stderr == f"would edit 'b' in {store} (dry run: nothing written)\n"
    assert "-    date: 2019\n+    date: 2019-05\n" in result.stdout
    assert sorted((p.name, p.stat().st_mtime_ns) for p in store.parent.iterdir()) == before
    assert list(temporary.iterdir()) == []


def test_a_crlf_store_stays_crlf(runner, store, editor):
    store.write_bytes(STORE.replace("\n", "\r\n").encode())
    seen, _ = editor(replace=[["title: C", "title: See"]])
    assert edit(runner, store, "c").exit_code == 0
    assert seen.read_bytes() == b"id: c\ndate: 2020\ntitle: C\n"
    assert (
        store.read_bytes() == STORE.replace("title: C", "title: See").replace("\n", "\r\n").encode()
    )


def test_a_store_in_flow_style_is_refused_with_a_hint(runner, write_store, editor):
    seen, _ = editor()
    path = write_store("events: [{id: a, date: 2018, title: A}]\n")
    result = edit(runner, path, "a")
    assert result.exit_code == 1
    assert "`edit` changes events written as block items" in result.stderr
    assert not seen.exists()


def test_edit_needs_a_store(runner):
    result = runner.invoke(app, ["edit", "meng-arrest"])
    assert result.exit_code == 2
    assert "edit needs the store to change" in result.stderr
