"""Hostile input: a clear error line and exit 1, nothing executed, nothing shown raw."""

from __future__ import annotations

import errno
import string
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.errors import StoreError
from carneytl.storage.parsing import parse_store
from carneytl.storage.stores import load_store

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
events:
  - id: *i
    date: 2018
    title: *i
"""


def one_error_line(runner, path: Path | str) -> str:
    result = runner.invoke(app, ["list", "--json", "--store", str(path)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in result.stderr
    return lines[0]


def test_a_python_tag_is_an_error_and_never_runs(runner, write_store, tmp_path):
    marker = tmp_path / "ran"
    path = write_store(f'events: !!python/object/apply:os.system ["touch {marker}"]\n')
    line = one_error_line(runner, path)
    assert line.startswith(f"error: {path}:1:9: invalid YAML: could not determine a constructor")
    assert not marker.exists()


def test_an_unknown_tag_is_an_error(runner, write_store):
    line = one_error_line(runner, write_store("events: !include other.yaml\n"))
    assert "could not determine a constructor for the tag '!include'" in line


def test_an_alias_bomb_is_refused_with_bounded_memory(write_store):
    path = write_store(BILLION_LAUGHS)
    tracemalloc.start()
    try:
        with pytest.raises(StoreError) as caught:
            load_store(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (7, 8)
    assert "too many aliases" in problem.message


def test_modest_use_of_aliases_is_fine(write_store):
    path = write_store(
        "events:\n"
        "  - id: a\n    date: 2018\n    title: t\n    actors: &g7 [Canada, Japan]\n"
        "  - id: b\n    date: 2019\n    title: u\n    actors: *g7\n"
    )
    assert [e.actors for e in load_store(path).events] == [("Canada", "Japan")] * 2


def test_text_with_ampersands_is_not_mistaken_for_anchors(write_store):
    path = write_store("events:\n  - id: a\n    date: 2018\n    title: Q&A with R & D\n")
    assert load_store(path).events[0].title == "Q&A with R & D"


def test_a_duplicate_key_is_a_problem_even_through_merge_keys(write_store):
    path = write_store(
        "base: &base {date: 2018, title: t}\n"
        "events:\n  - <<: *base\n    id: a\n    title: u\n    title: v\n"
    )
    with pytest.raises(StoreError) as caught:
        load_store(path)
    messages = [str(p) for p in caught.value.problems]
    assert (
        f"{path}:6:5: duplicate key 'title' (first at line 5); YAML would keep only the last"
        in (messages)
    )


def test_non_utf8_bytes_get_one_line_with_the_place(runner, tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"events:\n  - id: caf\xe9\n")
    assert one_error_line(runner, path) == f"error: {path}:2:12: is not UTF-8 text (byte 0xe9)"


def test_an_empty_file_gets_one_line(runner, write_store):
    path = write_store("  \n")
    assert one_error_line(runner, path) == (
        f"error: {path}: is empty: a store needs an 'events' list"
    )


def test_a_binary_file_gets_one_line(runner, tmp_path):
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert one_error_line(runner, path) == f"error: {path}: looks like a binary file, not a store"


def test_a_directory_gets_one_line(runner, tmp_path):
    assert one_error_line(runner, tmp_path) == (
        f"error: {tmp_path}: is a directory, not a store file"
    )


def test_a_missing_file_gets_one_line(runner, tmp_path):
    path = tmp_path / "gone.yaml"
    assert one_error_line(runner, path) == f"error: {path}: no such file"


def test_a_file_that_vanishes_while_read_gets_one_line(runner, write_store, monkeypatch):
    path = write_store("events: []\n")

    def vanish(*_args, **_kwargs):
        raise OSError(errno.ESTALE, "Stale file handle")

    monkeypatch.setattr(Path, "open", vanish)
    assert one_error_line(runner, path) == f"error: {path}: cannot read: Stale file handle"


def test_a_100_mb_file_is_refused_without_reading_it(runner, tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(100_000_000)  # sparse: costs no disk and no time
    assert one_error_line(runner, path) == (
        f"error: {path}: is 100.0 MB, over the 64.0 MB a store may hold"
        " (CARNEYTL_MAX_STORE_MB=N raises the limit to N megabytes)"
    )


def test_the_size_limit_can_be_raised(write_store, monkeypatch):
    path = write_store("events: []\n" + "#" * 2_000_000 + "\n")
    monkeypatch.setenv("CARNEYTL_MAX_STORE_MB", "1")
    with pytest.raises(StoreError, match=r"over the 1\.0 MB"):
        load_store(path)
    monkeypatch.setenv("CARNEYTL_MAX_STORE_MB", "3")
    assert load_store(path).events == ()


def test_a_device_that_never_ends_is_cut_off_at_the_limit(monkeypatch):
    monkeypatch.setenv("CARNEYTL_MAX_STORE_MB", "0.01")
    with pytest.raises(StoreError, match=r"over the 0\.0 MB"):
        load_store(Path("/dev/zero"))


def test_a_huge_value_is_shortened_in_messages(write_store):
    path = write_store("version: " + "9" * 5000 + "\nevents: []\n")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    (problem,) = caught.value.problems
    assert len(problem.message) < 200
    assert problem.message.startswith("unsupported store version '9999")


# What a store may hold that a terminal would still act on: rich markup, and the bidi controls
# (format characters, not control characters) that reorder what is shown around them.
HOSTILE_TITLE = "[bold red]boom[/] \u202eevil \u2066x\u2069"
HOSTILE_ACTOR = "[blink]x\u202dy"
# Control characters: refused where a store is read, and shown escaped in the refusal.
CONTROL_TITLE = "[bold red]boom[/] \x1b[2J\x1b]0;pwned\x07 \x9b31m bell\x07"


def test_markup_and_bidi_controls_in_event_text_are_shown_literally(runner, write_store):
    event = {"id": "a", "date": 2018, "title": HOSTILE_TITLE, "actors": [HOSTILE_ACTOR]}
    path = write_store(yaml.safe_dump({"events": [event]}, allow_unicode=True))
    for color in ("--color", "--no-color"):
        result = runner.invoke(
            app, ["list", "--store", str(path), color, "--width", "200", "--today", "2026-01-01"]
        )
        assert result.exit_code == 0, result.output
        out = result.stdout
        assert "[bold red]boom[/]" in out
        assert "[blink]x" in out
        for escaped in (r"\u202e", r"\u202d", r"\u2066", r"\u2069"):
            assert escaped in out
        for raw in ("\u202e", "\u202d", "\u2066", "\u2069"):
            assert raw not in out


@pytest.mark.parametrize("field", ["title", "actors"])
def test_control_characters_in_event_text_are_refused_and_shown_escaped(runner, write_store, field):
    event = {"id": "a", "date": 2018, "title": "t"}
    event[field] = [CONTROL_TITLE] if field == "actors" else CONTROL_TITLE
    path = write_store(yaml.safe_dump({"events": [event]}, allow_unicode=True))
    line = one_error_line(runner, path)
    for raw in ("\x1b", "\x07", "\x9b"):
        assert raw not in line
    what = "actor" if field == "actors" else "'title'"
    assert rf"{what} '[bold red]boom[/] \x1b[2J\x1b]0;pwned\x07 \x9b31m bell\x07'" in line
    assert "holds a control character (ESC, U+001B)" in line


def test_escapes_in_problem_messages_are_shown_literally(runner, write_store):
    path = write_store('events:\n  - id: a\n    date: 2018\n    title: t\n    "\\e[31mx": 1\n')
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    assert r"unknown field '\x1b[31mx'" in result.stdout


# --- property: whatever the input, only StoreError comes out --------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.dates()
    | st.sampled_from(["2018", "2018-02-30", "2018-13", "2019/2018", "../2018", "a", "yes"])
)
keys = st.sampled_from(
    ["version", "events", "sources", "id", "date", "title", "actors", "tags", "titel", "x"]
) | st.text(max_size=8)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=30,
)
store_shaped = st.fixed_dictionaries(
    {"events": st.lists(st.dictionaries(keys, documents, max_size=6), max_size=4)},
    optional={"version": documents, "sources": documents},
)


def loads_or_refuses(data: bytes, fmt: str = "yaml") -> None:
    problems: tuple = ()
    try:
        parse_store(data, "prop.yaml", fmt=fmt)
    except StoreError as exc:
        problems = exc.problems
        assert problems
    assert all(p.path == "prop.yaml" for p in problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=string.printable + "&*!%@`|>-:[]{}#?\u00e9\x00", max_size=200))
def test_arbitrary_text_gives_a_store_or_a_store_error(text):
    loads_or_refuses(text.encode("utf-8"))


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=100))
def test_arbitrary_bytes_give_a_store_or_a_store_error(data):
    loads_or_refuses(data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents | store_shaped)
def test_arbitrary_yaml_structures_give_a_store_or_a_store_error(document):
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    loads_or_refuses(text.encode("utf-8"))
    loads_or_refuses(text.encode("utf-8").replace(b": ", b": &x ", 1))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(store_shaped)
def test_arbitrary_json_structures_give_a_store_or_a_store_error(document):
    import json

    loads_or_refuses(json.dumps(document, default=str).encode(), fmt="json")


def test_a_bomb_anchored_at_the_very_start_is_refused_too(write_store):
    text = "&a [x, x, x, x, x, x, x, x, x, x]"
    for level in "bcdefghijk":
        previous = chr(ord(level) - 1)
        text = f"&{level} [{text}, {', '.join([f'*{previous}'] * 10)}]"
    path = write_store(text + "\n")
    with pytest.raises(StoreError, match="too many aliases"):
        load_store(path)


def test_escapes_in_a_path_are_shown_literally_in_errors(runner, tmp_path):
    path = tmp_path / "evil\x1b]0;x\x07.yaml"
    result = runner.invoke(app, ["list", "--store", str(path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert r"evil\x1b]0;x\x07.yaml: no such file" in result.stderr


def test_machine_formats_on_a_terminal_show_escapes_but_keep_their_layout():
    import io

    from carneytl import output

    def shown(*, is_terminal: bool) -> str:
        out = io.StringIO()
        env = output.Environment(out, io.StringIO(), is_terminal, color=False, width=80)
        output.write("id\ttitle\r\na\tboom\x1b]0;x\x07 \x9b2J \rover \u202eevil\r\n", env)
        return out.getvalue()

    assert shown(is_terminal=True) == (
        "id\ttitle\r\na\tboom\\x1b]0;x\\x07 \\x9b2J \\x0dover \\u202eevil\r\n"
    )
    assert (
        shown(is_terminal=False) == "id\ttitle\r\na\tboom\x1b]0;x\x07 \x9b2J \rover \u202eevil\r\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--color"],
        ["list", "-f", "markdown"],
        ["list", "--template", "{date} {title} {actors}"],
        ["timeline"],
        ["timeline", "--color"],
        ["timeline", "--scale"],
        ["show", "a"],
        ["show", "a", "--color"],
        ["stats"],
    ],
)
def test_every_view_for_people_shows_event_text_literally(runner, write_store, command):
    event = {
        "id": "a",
        "date": "2018-12-01",
        "title": HOSTILE_TITLE,
        "summary": "sum \u202e [i]x[/i]\ttab",
        "actors": [HOSTILE_ACTOR],
        # One-line fields refuse control characters; bidi controls are what they may hide.
        "tags": ["t[reverse]\u202b"],
        "location": "L\u2066",
    }
    path = write_store(yaml.safe_dump({"events": [event]}, allow_unicode=True))
    result = runner.invoke(
        app, [*command, "--store", str(path), "--today", "2026-01-01", "--width", "200"]
    )
    assert result.exit_code == 0, result.output
    hidden = ("\u202b", "\u202d", "\u2066")
    for raw in ("\u202e", "\u2066", "\u2069", *hidden):
        assert raw not in result.stdout, (command, raw)
    if command[0] != "stats":
        assert "[bold red]boom[/]" in result.stdout
