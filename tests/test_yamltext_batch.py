"""The batched YAML edits give the very text that the same edits made one at a time give."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carneytl.editing.yamlbatch import with_changes
from carneytl.editing.yamltext import (
    with_event_added,
    with_event_grown,
    with_events_added,
    with_events_grown,
    with_source_added,
    with_sources_added,
)
from carneytl.errors import CarneyError

# Store layouts, each with its number of events: spaced and packed lists, comments around
# items, a key after the lists, CRLF, no final line end, flow lists, an empty list, none at all.
LAYOUTS = [
    ("version: 1\nevents: []\n", 0),
    ("version: 1\r\nevents: [] # none yet\r\nnotes: x\r\n", 0),
    ("version: 1\n", 0),
    (
        (
            "version: 1\n# Sources.\nsources:\n  - id: wire\n    title: Wire\n\n"
            "events:\n  # The first.\n  - id: a\n    date: 2018-12-01\n    title: A  # said so\n"
            "\n  - id: b\n    date: '2020'\n    title: B\n    sources: [wire]\n\n# the end\n"
        ),
        2,
    ),
    (
        (
            "sources:\n- id: wire\n  title: Wire\n# after the sources\nevents:\n"
            "- id: a\n  date: 2019\n  title: A\n- id: b\n  date: 2020\n  title: B\nextra: 1\n"
        ),
        2,
    ),
    (
        (
            "version: 1\r\nevents:\r\n    -   id: a\r\n        date: 2019\r\n        title: A\r\n"
            "    # heads b\r\n    -   id: b\r\n        date: 2021\r\n        title: B"
        ),
        2,
    ),
    ("events: [{id: a, date: 2019, title: A}, {id: b, date: 2020, title: B}]\n", 2),
    ("- id: a\n  date: 2019\n  title: A\n", 1),
    (
        (
            "version: 1\nevents:\n  - id: a\n    date: 2019\n    title: A\n    accounts:\n"
            "      - date: 2018\n        sources: [wire]\nsources:\n  - id: wire\n    title: W\n"
        ),
        1,
    ),
]

TEXT = st.sampled_from(["Plain words", "yes", "a: b", "#hash", "Zoë's café", "two\nlines", "1.5"])
DATE = st.sampled_from(["2019", "2020-02-03", "2018-06", "2019/2020", "2021-05-01"])
SLUG = st.sampled_from(["n1", "n2", "n3", "n4", "x-y", "z"])


@st.composite
def new_event(draw: st.DrawFn) -> dict[str, object]:
    item: dict[str, object] = {"id": draw(SLUG), "date": draw(DATE), "title": draw(TEXT)}
    if draw(st.booleans()):
        item["sources"] = draw(st.lists(st.sampled_from(["wire", "paper"]), max_size=2))
    if draw(st.booleans()):
        item["note"] = draw(TEXT)
    return item


@st.composite
def placements(draw: st.DrawFn, count: int) -> list[tuple[int, dict[str, object]]]:
    placed = []
    for _ in range(draw(st.integers(0, 5))):
        placed.append((draw(st.integers(0, count)), draw(new_event())))
        count += 1
    return placed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=st.sampled_from(LAYOUTS), data=st.data())
def test_events_added_together_are_written_as_when_added_one_by_one(
    layout: tuple[str, int], data: st.DataObject
) -> None:
    text, count = layout
    placed = data.draw(placements(count))
    one_by_one = text
    for index, item in placed:
        one_by_one = with_event_added(one_by_one, index, item)
    assert with_events_added(text, placed) == one_by_one


@st.composite
def new_source(draw: st.DrawFn) -> dict[str, object]:
    item: dict[str, object] = {"id": draw(SLUG), "title": draw(TEXT)}
    if draw(st.booleans()):
        item["published"] = draw(DATE)
    if draw(st.booleans()):
        item["url"] = "https://example.org/" + draw(SLUG)
    return item


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    layout=st.sampled_from([t for t, _ in LAYOUTS if not t.startswith("-")]),
    items=st.lists(new_source(), max_size=4),
)
def test_sources_added_together_are_written_as_when_added_one_by_one(
    layout: str, items: list[dict[str, object]]
) -> None:
    one_by_one = layout
    for item in items:
        one_by_one = with_source_added(one_by_one, item)
    assert with_sources_added(layout, items) == one_by_one


def test_sources_for_a_bare_list_of_events_are_refused_together_too() -> None:
    with pytest.raises(CarneyError, match="bare list"):
        with_sources_added("- id: a\n  date: 2019\n  title: A\n", [{"id": "p", "title": "P"}])


ACCOUNT = st.fixed_dictionaries(
    {"date": DATE, "sources": st.lists(st.sampled_from(["wire", "paper"]), min_size=1)},
    optional={"as_written": TEXT, "note": TEXT},
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=st.sampled_from([t for t in LAYOUTS if t[1]]), data=st.data())
def test_events_grown_together_are_written_as_when_grown_one_by_one(
    layout: tuple[str, int], data: st.DataObject
) -> None:
    text, count = layout
    indexes = data.draw(st.lists(st.integers(0, count - 1), unique=True))
    grown = [
        (
            index,
            data.draw(st.lists(st.sampled_from(["paper", "radio", "yes"]), max_size=2)),
            data.draw(st.lists(ACCOUNT, max_size=2)),
        )
        for index in indexes
    ]
    one_by_one = text
    for index, refs, accounts in grown:
        one_by_one = with_event_grown(one_by_one, index, refs, accounts)
    assert with_events_grown(text, grown) == one_by_one


def test_many_events_added_together_keep_their_places_and_the_text_around_them() -> None:
    text = LAYOUTS[3][0]
    placed = [(1 + n, {"id": f"e{n}", "date": "2019", "title": f"E {n}"}) for n in range(30)]
    edited = with_events_added(text, placed)
    assert edited.startswith(text[: text.index("  - id: b")])
    assert edited.endswith(
        "  - id: b\n    date: '2020'\n    title: B\n    sources: [wire]\n\n# the end\n"
    )
    ids = [line.split(": ")[1] for line in edited.splitlines() if line.startswith("  - id: ")]
    assert ids == ["wire", "a", *(f"e{n}" for n in range(30)), "b"]


# Layouts with sources, before and after the events, for the changes of a whole review.
WITH_SOURCES = [
    *(layout for layout in LAYOUTS if not layout[0].startswith("-")),
    (
        (
            "version: 1\nevents:\n  - id: a\n    date: 2019\n    title: A\n\n  - id: b\n"
            "    date: 2020\n    title: B\n\nsources:\n  # the wire\n  - id: wire\n"
            "    title: W\n\n  - id: paper\n    title: P\n# the end\n"
        ),
        2,
    ),
    (
        (
            "sources:\r\n  - id: wire\r\n    title: W\r\nevents:\r\n  - id: a\r\n"
            "    date: 2019\r\n    title: A\r\n"
        ),
        1,
    ),
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=st.sampled_from(WITH_SOURCES), data=st.data())
def test_a_whole_reviews_changes_at_once_are_written_as_one_kind_at_a_time(
    layout: tuple[str, int], data: st.DataObject
) -> None:
    text, count = layout
    indexes = data.draw(st.lists(st.integers(0, count - 1), unique=True)) if count else []
    grown = [
        (
            index,
            data.draw(st.lists(st.sampled_from(["paper", "radio", "yes"]), max_size=2)),
            data.draw(st.lists(ACCOUNT, max_size=2)),
        )
        for index in indexes
    ]
    sources = data.draw(st.lists(new_source(), max_size=3))
    placed = data.draw(placements(count))
    one_kind_at_a_time = with_events_added(
        with_sources_added(with_events_grown(text, grown), sources), placed
    )
    assert with_changes(text, grown, sources, placed) == one_kind_at_a_time


def test_a_whole_reviews_changes_parse_the_store_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from ruamel.yaml.main import YAML

    text = LAYOUTS[3][0]
    loads: list[str] = []
    load = YAML.load

    def counted(self: YAML, stream: str) -> object:
        if stream == text:
            loads.append(stream)
        return load(self, stream)

    monkeypatch.setattr(YAML, "load", counted)
    grown = [(0, ["paper"], [{"date": "2017", "sources": ["paper"]}]), (1, [], [])]
    placed = [(1, {"id": "n", "date": "2019", "title": "N"})]
    changed = with_changes(text, grown, [{"id": "paper", "title": "P"}], placed)
    assert len(loads) == 1
    assert changed == with_events_added(
        with_sources_added(with_events_grown(text, grown), [{"id": "paper", "title": "P"}]),
        placed,
    )
