"""Specification of the YAML text surgery on its own: text in, text out, no files."""

from __future__ import annotations

import pytest

from carneytl.editing.yamltext import (
    with_event_added,
    with_event_grown,
    with_event_removed,
    with_source_added,
)
from carneytl.errors import CarneyError

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


def test_an_empty_flow_list_in_a_crlf_file_grows_with_crlf_and_keeps_its_comments():
    text = "version: 1\r\nevents: []   # none yet\r\n# kept after the list\r\nsources: []\r\n"
    edited = with_event_added(text, 0, {"id": "a", "date": "2019", "title": "A"})
    assert edited == (
        "version: 1\r\nevents:   # none yet\r\n  - id: a\r\n    date: 2019\r\n    title: A\r\n"
        "# kept after the list\r\nsources: []\r\n"
    )
    assert with_event_removed(edited, 0) == text


def test_an_empty_flow_list_grows_in_the_layout_of_the_file_s_other_lists():
    text = "sources:\n- id: s\n  title: S\nevents: []\n"
    edited = with_event_added(text, 0, {"id": "a", "date": "2019", "title": "A"})
    assert edited == "sources:\n- id: s\n  title: S\nevents:\n- id: a\n  date: 2019\n  title: A\n"


def test_a_store_rewritten_whole_keeps_crlf():
    text = "[]\r\n"
    edited = with_event_added(text, 0, {"id": "a", "date": "2019", "title": "A"})
    assert "\n" not in edited.replace("\r\n", "")


SOURCED = """\
version: 1
sources:
  - id: wire   # the first report
    title: Wire
events:
  # The first one.
  - id: first
    date: 2018-12-01
    title: First   # a trailing comment
    sources: [wire]

  - id: third
    date: '2020'
    title: Third
"""


def test_a_grown_event_cites_the_new_source_after_its_own_and_nothing_else_moves():
    edited = with_event_grown(SOURCED, 0, ["paper"], [])
    assert edited == SOURCED.replace("sources: [wire]\n", "sources: [wire, paper]\n")


def test_an_event_without_sources_gets_a_list_and_its_accounts_in_the_usual_key_order():
    account = {"date": "2020-03", "sources": ["paper"], "note": "yes"}
    edited = with_event_grown(SOURCED, 1, ["paper"], [account])
    assert edited == SOURCED + (
        "    sources: [paper]\n"
        "    accounts:\n"
        "      - date: 2020-03\n"
        "        sources: [paper]\n"
        "        note: 'yes'\n"
    )


def test_a_flow_style_list_of_events_grows_through_a_whole_rewrite():
    edited = with_event_grown("events: [{id: a, date: 2019, title: A}]\n", 0, ["s"], [])
    assert edited == "events: [{id: a, date: 2019, title: A, sources: [s]}]\n"


def test_a_source_goes_after_the_others_styled_like_them():
    item = {"id": "paper", "title": "no", "published": "2020-03-01", "url": "https://x"}
    edited = with_source_added(SOURCED, item)
    assert edited == SOURCED.replace(
        "    title: Wire\n",
        "    title: Wire\n"
        "  - id: paper\n"
        "    title: 'no'\n"
        "    published: 2020-03-01\n"
        "    url: https://x\n",
    )


def test_a_store_without_sources_gets_a_list_before_its_events():
    edited = with_source_added("version: 1\r\nevents: []\r\n", {"id": "p", "title": "P"})
    assert edited == "version: 1\r\nsources:\r\n  - id: p\r\n    title: P\r\nevents: []\r\n"


def test_a_bare_list_of_events_has_no_place_for_a_source():
    with pytest.raises(CarneyError, match="no place for sources"):
        with_source_added("[]\n", {"id": "p"})
