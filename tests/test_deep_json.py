"""JSON nested past Python's recursion limit: one "nested too deeply" line, never a traceback."""

from __future__ import annotations

import pytest

from carneytl.cli import app
from carneytl.errors import StoreError
from carneytl.importing import read_json
from carneytl.storage.parsing import parse_store, sniff_format
from processes import carneytl

# Far past any recursion limit: each bracket is a call of the JSON reader.
LEVELS = 5000
DEEP = '{"events": ' + "[" * LEVELS + "]" * LEVELS + "}\n"
DEEP_RECORD = '{"id": ' + "[" * LEVELS + "]" * LEVELS + "}\n"
STORE = "version: 1\nevents:\n  - id: a\n    date: 2018\n    title: t\n"


def test_sniffing_deep_json_calls_it_json_for_the_json_reader_to_refuse():
    assert sniff_format(DEEP.encode()) == "json"


@pytest.mark.parametrize(("text", "fmt"), [(DEEP, "json"), (DEEP_RECORD, "jsonl")])
def test_a_deep_store_is_one_problem(text, fmt):
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "deep", fmt=fmt)
    assert [str(p) for p in caught.value.problems] == [
        "deep: invalid JSON: nested too deeply"
        if fmt == "json"
        else "deep:1: invalid JSON: nested too deeply"
    ]


def test_a_deep_json_lines_record_is_placed_on_its_line_among_good_ones():
    text = '{"id": "a", "date": "2018", "title": "t"}\n' + DEEP_RECORD
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "s.jsonl", fmt="jsonl")
    assert [str(p) for p in caught.value.problems] == ["s.jsonl:2: invalid JSON: nested too deeply"]


def test_nesting_short_of_the_limit_is_read_and_refused_as_usual():
    text = '{"events": ' + "[" * 200 + "]" * 200 + "}"
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "s.json", fmt="json")
    assert "must be a mapping, not a list" in str(caught.value.problems[0])


def test_a_deep_timeline_is_one_problem():
    with pytest.raises(StoreError) as caught:
        read_json(DEEP, "t.json")
    assert [str(p) for p in caught.value.problems] == ["t.json: invalid JSON: nested too deeply"]


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("deep.json", ["list", "-s", "{path}"]),
        ("deep.json", ["check", "{path}"]),
        ("deep", ["check", "{path}"]),  # no suffix: the format is sniffed
        ("deep.jsonl", ["check", "{path}"]),
        ("deep.json", ["import", "{path}", "-s", "{store}"]),
    ],
)
def test_every_command_reading_deep_json_says_one_line(runner, tmp_path, name, command):
    path = tmp_path / name
    path.write_text(DEEP_RECORD if name.endswith("l") else DEEP, encoding="utf-8")
    store = tmp_path / "store.yaml"
    store.write_text(STORE, encoding="utf-8")
    args = [a.format(path=path, store=store) for a in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    # `check` reports on stdout (its findings are its output), the others on stderr.
    said = [line for line in result.output.splitlines() if "nested too deeply" in line]
    assert len(said) == 1
    assert said[0].removeprefix("error: ").startswith(f"{path}")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_process_reading_deep_json_from_stdin_exits_1_without_a_traceback():
    done = carneytl("list", "-s", "-", stdin=DEEP)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == ["error: <stdin>: invalid JSON: nested too deeply"]
