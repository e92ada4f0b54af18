"""Several stores at once: merged events, clashes located in both files, JSON arrays located."""

from __future__ import annotations

import json

import pytest

from carneytl.errors import StoreError
from carneytl.storage.stores import load_store, load_stores

ONE = """\
version: 1
sources:
  - id: paper
    publisher: The Paper
events:
  - id: first
    date: 2018
    title: First
    sources: [paper]
  - id: shared
    date: 2019
    title: Shared
"""

TWO = """\
version: 1
sources:
  - id: paper
    publisher: Another Paper
events:
  - id: second
    date: 2020
    title: Second
  - id: shared
    date: 2021
    title: Shared again
"""


def test_the_same_store_given_twice_is_read_once(write_store):
    path = write_store(ONE, "one.yaml")
    assert [e.id for e in load_stores([path, path])] == ["first", "shared"]


def test_an_event_id_in_two_stores_is_located_in_both(write_store):
    one = write_store(ONE, "one.yaml")
    two = write_store(TWO.replace("Another Paper", "The Paper"), "two.yaml")
    with pytest.raises(StoreError) as caught:
        load_stores([one, two])
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.column) == (str(two), 9, 9)
    assert problem.message == f"event id 'shared' is also in {one}:10:9"


def test_a_source_defined_differently_in_two_stores_is_a_problem(write_store):
    one = write_store(ONE, "one.yaml")
    two = write_store(TWO.replace("  - id: shared\n    date: 2021\n    title: Shared again\n", ""))
    with pytest.raises(StoreError) as caught:
        load_stores([one, two])
    messages = [p.message for p in caught.value.problems]
    assert messages == [f"source 'paper' is defined differently in {one}"]


def test_problems_in_a_json_array_store_are_located_at_their_line(tmp_path):
    events = [
        {"id": "a", "date": "2018", "title": "A"},
        {"id": "b", "date": "2021-09-31", "title": "B"},
    ]
    path = tmp_path / "array.json"
    path.write_text(json.dumps(events, indent=2), encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (9, 13)
    assert "is not a real day" in problem.message


def test_the_same_store_spelled_two_ways_is_read_once(write_store, monkeypatch):
    path = write_store(ONE, "one.yaml")
    link = path.with_name("link.yaml")
    link.symlink_to(path)
    monkeypatch.chdir(path.parent)
    ids = [e.id for e in load_stores([path, link, path.relative_to(path.parent)])]
    assert ids == ["first", "shared"]
