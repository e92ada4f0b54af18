"""Specification of the YAML text surgery on its own: text in, text out, no files."""

from __future__ import annotations

from carneytl.editing.yamltext import with_event_added, with_event_removed

STORE = """\
version: 1
# The story so far.
events:
  # The first one.
  - id: first
    date: 2018-12-01
    title: First   # a trailing comment

  - id: third
    date: '2020'
    title: Third
"""


def test_an_event_added_in_the_middle_leaves_every_other_line_as_it_was():
    edited = with_event_added(STORE, 1, {"id": "second", "date": "2019", "title": "Second"})
    assert edited == STORE.replace(
        "\n  - id: third",
        "\n  - id: second\n    date: 2019\n    title: Second\n\n  - id: third",
    )


def test_removing_the_added_event_gives_back_the_same_text():
    edited = with_event_added(STORE, 1, {"id": "second", "date": "2019", "title": "Second"})
    assert with_event_removed(edited, 1) == STORE


def test_an_event_goes_with_the_comment_lines_that_head_it():
    edited = with_event_removed(STORE, 0)
    assert "The first one" not in edited
    assert "# The story so far." in edited
    assert edited.endswith("  - id: third\n    date: '2020'\n    title: Third\n")


def test_text_that_yaml_would_read_as_something_else_is_quoted():
    edited = with_event_added(STORE, 2, {"id": "last", "date": "2021", "title": "yes"})
    assert "title: 'yes'" in edited
