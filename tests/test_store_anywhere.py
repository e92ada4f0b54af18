"""Stores from anywhere: YAML, JSON and JSON Lines, by extension or content, files or stdin."""

from __future__ import annotations

import io
import json

import pytest

from carneytl.cli import app
from carneytl.errors import StoreError
from carneytl.render import RenderContext
from carneytl.render.json import render, render_lines
from carneytl.storage.parsing import parse_store, sniff_format
from carneytl.storage.stores import load_stdin, load_store, load_stores
from conftest import TODAY

YAML_STORE = """\
version: 1
sources:
  - id: paper
    publisher: The Paper
events:
  - id: first
    date: 2018-12-01
    title: First
    tags: [huawei]
    sources: [paper]
  - id: second
    date: 2019
    title: "Second \\u2028 with a line separator"
"""


@pytest.fixture
def original():
    return parse_store(YAML_STORE.encode(), "original")


def ids(events):
    return [e.id for e in events]


def test_the_json_carneytl_writes_loads_as_a_store_with_the_same_events(original):
    text = render(original.events, RenderContext(TODAY))
    assert parse_store(text.encode(), "out.json", fmt="json").events == original.events


def test_the_json_lines_carneytl_writes_load_as_a_store_with_the_same_events(original):
    text = render_lines(original.events, RenderContext(TODAY))
    assert "\u2028" in text
    assert parse_store(text.encode(), "out.jsonl", fmt="jsonl").events == original.events


def test_a_json_object_with_events_loads(original):
    document = {"events": json.loads(render(original.events, RenderContext(TODAY)))}
    loaded = parse_store(json.dumps(document).encode(), "x.json", fmt="json")
    assert loaded.events == original.events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"id": "a"}]', "json"),
        ('  \n[\n  {"id": "a"}\n]', "json"),
        ('{\n  "events": []\n}', "json"),
        ('{"events": [{"id": "a", "date": "2018", "title": "A"}]}', "json"),
        ('{"id": "a", "date": "2018", "title": "A"}\n{"id": "b"}\n', "jsonl"),
        ('{"id": "a", "date": "2018", "title": "A"}', "jsonl"),
        ("\ufeff[]", "json"),
        ("version: 1\nevents: []\n", "yaml"),
        ("# a comment\nevents: []\n", "yaml"),
        ("{events: []}", "yaml"),
        ("[{id: a, date: 2018, title: A}]", "yaml"),
        ('[{"id": "a",\n  "date": "2018", "title": "A"}]', "json"),
    ],
)
def test_the_format_is_sniffed_from_the_content(text, expected):
    assert sniff_format(text.encode()) == expected


@pytest.mark.parametrize("name", ["store.txt", "store", "events.data"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml"])
def test_a_file_without_a_known_extension_is_read_by_its_content(write_store, original, name, fmt):
    ctx = RenderContext(TODAY)
    text = {
        "json": render(original.events, ctx),
        "jsonl": render_lines(original.events, ctx),
        "yaml": YAML_STORE,
    }[fmt]
    assert load_store(write_store(text, name)).events == original.events


def test_the_extension_wins_over_the_content(write_store):
    # A .jsonl file holding one pretty-printed JSON object is JSON Lines with broken lines.
    path = write_store('{\n  "events": []\n}\n', "store.jsonl")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert "invalid JSON" in str(caught.value)


def test_a_flow_style_yaml_store_that_is_not_json_still_loads(write_store):
    path = write_store("{events: [{id: a, date: 2018, title: A}]}", "store")
    assert ids(load_store(path).events) == ["a"]


def test_store_dash_reads_standard_input(runner, original):
    piped = render_lines(original.events, RenderContext(TODAY))
    result = runner.invoke(app, ["list", "--store", "-", "--template", "{id}"], input=piped)
    assert result.exit_code == 0, result.output
    assert result.stdout == "first\nsecond\n"


def test_standard_input_problems_are_labelled_stdin(runner):
    result = runner.invoke(app, ["list", "--store", "-"], input='[{"id": "Bad"}]')
    assert result.exit_code == 1
    assert "error: <stdin>:1:" in result.output


def test_standard_input_on_a_terminal_is_refused_rather_than_waited_on(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    with pytest.raises(StoreError) as caught:
        load_stdin()
    assert "not a terminal" in str(caught.value)


def test_stores_given_twice_merge_in_order(write_store):
    a = write_store("events: [{id: a, date: 2018, title: A}]", "a.yaml")
    b = write_store('[{"id": "b", "date": "2019", "title": "B"}]', "b.json")
    assert ids(load_stores([a, b])) == ["a", "b"]


def test_a_duplicate_id_across_stores_is_an_error_naming_both_files(runner, write_store):
    a = write_store("events: [{id: same, date: 2018, title: A}]", "a.yaml")
    b = write_store('{"id": "same", "date": "2019", "title": "B"}\n', "b.jsonl")
    result = runner.invoke(app, ["list", "--store", str(a), "--store", str(b)])
    assert result.exit_code == 1
    assert str(a) in result.output
    assert str(b) in result.output
    assert "'same'" in result.output


def test_a_file_and_standard_input_merge(runner, write_store):
    a = write_store("events: [{id: a, date: 2018, title: A}]", "a.yaml")
    result = runner.invoke(
        app,
        ["list", "--store", str(a), "--store", "-", "--template", "{id}"],
        input='[{"id": "b", "date": "2019", "title": "B"}]',
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "a\nb\n"
