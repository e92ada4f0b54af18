"""Specification of queries: which events a date range selects, the filters, the order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.model import Event, Status
from carneytl.query import Query, matches, run
from conftest import TODAY

D = dt.date


def event(event_id: str, date: str, **fields) -> Event:
    return Event(id=event_id, date=parse_edtf(date), title=fields.pop("title", event_id), **fields)


def ids(events) -> list[str]:
    return [e.id for e in events]


# --- date range: overlap ----------------------------------------------------------------------

RANGE_2018_2021 = Query(start=D(2018, 1, 1), end=D(2021, 12, 31))


@pytest.mark.parametrize(
    ("date", "selected"),
    [
        ("2018-01-01", True),  # first day of the range
        ("2021-12-31", True),  # last day of the range
        ("2017-12-31", False),  # the day before
        ("2022-01-01", False),  # the day after
        ("2017", False),
        ("2018", True),
        ("2021", True),
        ("2022", False),
        ("2017-12", False),
        ("2021-12", True),
        ("2017-12-30/2018-01-02", True),  # crosses the start
        ("2021-12-30/2022-01-02", True),  # crosses the end
        ("2017/2022", True),  # covers the whole range
        ("2016/2017", False),
        ("../2018-01-01", True),  # open start reaching the first day
        ("../2017-12-31", False),
        ("2021-12-31/..", True),  # open end from the last day
        ("2022-01-01/..", False),
    ],
)
def test_an_event_is_selected_when_its_span_overlaps_the_range(date, selected):
    assert matches(event("e", date), RANGE_2018_2021) is selected


@pytest.mark.parametrize(
    ("date", "selected"),
    [
        ("2018-01-01", True),
        ("2021-12-31", True),
        ("2018/2021", True),
        ("2018-06/2019-06", True),
        ("2017-12-30/2018-01-02", False),  # crosses the start
        ("2021-12-30/2022-01-02", False),  # crosses the end
        ("2017/2022", False),
        ("../2018-06", False),  # an open end is never inside a closed bound
        ("2018-06/..", False),
        ("2017-12-31", False),
        ("2022-01-01", False),
    ],
)
def test_within_selects_only_spans_lying_wholly_inside_the_range(date, selected):
    query = Query(start=D(2018, 1, 1), end=D(2021, 12, 31), within=True)
    assert matches(event("e", date), query) is selected


@pytest.mark.parametrize(
    ("query", "date", "selected"),
    [
        (Query(start=D(2018, 1, 1)), "../2017", False),
        (Query(start=D(2018, 1, 1)), "../2018-01-01", True),
        (Query(start=D(2018, 1, 1)), "1900", False),
        (Query(start=D(2018, 1, 1)), "9999", True),
        (Query(end=D(2018, 12, 31)), "2019/..", False),
        (Query(end=D(2018, 12, 31)), "2018-12-31/..", True),
        (Query(end=D(2018, 12, 31)), "0001", True),
        (Query(), "../2018", True),
        (Query(), "2018/..", True),
        (Query(start=D(2018, 1, 1), within=True), "2018/..", True),
        (Query(start=D(2018, 1, 1), within=True), "../2019", False),
        (Query(end=D(2018, 12, 31), within=True), "../2018", True),
        (Query(end=D(2018, 12, 31), within=True), "2018/..", False),
        (Query(within=True), "../2018", True),
    ],
)
def test_an_open_bound_leaves_the_range_unbounded_on_that_side(query, date, selected):
    assert matches(event("e", date), query) is selected


@pytest.mark.parametrize(
    ("start", "end", "date", "selected"),
    [
        # February of a leap year ends on the 29th
        (D(2020, 2, 1), D(2020, 2, 29), "2020-02-29", True),
        (D(2020, 2, 1), D(2020, 2, 29), "2020-03-01", False),
        (D(2020, 3, 1), D(2020, 3, 31), "2020-02", False),
        (D(2020, 2, 29), D(2020, 2, 29), "2020-02", True),
        # a month overlaps a range that only touches its last day
        (D(2018, 12, 31), D(2019, 1, 1), "2018-12", True),
        (D(2018, 12, 31), D(2019, 1, 1), "2019-01", True),
        (D(2018, 12, 31), D(2019, 1, 1), "2018-11", False),
    ],
)
def test_month_and_year_ends_are_counted_to_their_last_day(start, end, date, selected):
    assert matches(event("e", date), Query(start=start, end=end)) is selected


# --- field filters --------------------------------------------------------------------------

EVENTS = (
    event(
        "meng-arrest",
        "2018-12-01",
        title="Meng Wanzhou arrested",
        summary="Held on a US extradition request.",
        actors=("Canada", "United States", "Meng Wanzhou"),
        tags=("huawei", "detention"),
        location="Vancouver",
    ),
    event(
        "detentions",
        "2018-12-10",
        title="Two Canadians detained",
        actors=("China", "Canada"),
        tags=("detention", "espionage"),
        location="Beijing",
    ),
    event(
        "release",
        "2021-09-24",
        title="All three go free",
        actors=("Canada", "China", "United States"),
        tags=("Huawei", "release"),
    ),
    event("visit", "2026-01-13/2026-01-17", title="Carney visits China", actors=("Mark Carney",)),
)


def select(**query) -> list[str]:
    return ids(run(EVENTS, Query(**query)))


def test_an_actor_filter_keeps_events_with_that_actor_ignoring_case():
    assert select(actors=("united states",)) == ["meng-arrest", "release"]


def test_every_actor_given_must_match():
    assert select(actors=("Canada", "China")) == ["detentions", "release"]
    assert select(actors=("Canada", "Mark Carney")) == []


def test_an_actor_must_match_a_whole_name_not_part_of_one():
    assert select(actors=("Meng",)) == []


def test_a_tag_filter_ignores_case_and_every_tag_must_match():
    assert select(tags=("HUAWEI",)) == ["meng-arrest", "release"]
    assert select(tags=("huawei", "detention")) == ["meng-arrest"]
    assert select(tags=("huawei", "espionage")) == []


def test_an_excluded_tag_drops_events_carrying_it_ignoring_case():
    assert select(exclude_tags=("Detention",)) == ["release", "visit"]
    assert select(exclude_tags=("detention", "release")) == ["visit"]


def test_tags_and_excluded_tags_combine():
    assert select(tags=("huawei",), exclude_tags=("release",)) == ["meng-arrest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MENG", ["meng-arrest"]),  # title, any case
        ("extradition", ["meng-arrest"]),  # summary
        ("beijing", ["detentions"]),  # location
        ("mark carney", ["visit"]),  # actors
        ("espionage", ["detentions"]),  # tags
        ("united states", ["meng-arrest", "release"]),
        ("nowhere", []),
        ("", ["meng-arrest", "detentions", "release", "visit"]),
    ],
)
def test_search_looks_in_title_summary_location_actors_and_tags(text, expected):
    assert select(search=text) == expected


def test_filters_combine_with_the_date_range():
    assert select(start=D(2019, 1, 1), actors=("canada",)) == ["release"]


# --- order, reverse, limit --------------------------------------------------------------------


def test_events_sort_by_start_with_open_starts_first_then_by_end_then_in_store_order():
    events = [
        event("b-day", "2018-01-01"),
        event("a-day", "2018-01-01"),
        event("year", "2018"),
        event("open-end", "2018-01-01/.."),
        event("open-start-late", "../2019"),
        event("open-start-early", "../2017"),
        event("earlier", "2017-12-31"),
    ]
    assert ids(run(events, Query())) == [
        "open-start-early",
        "open-start-late",
        "earlier",
        "b-day",  # the same day as a-day, and first in the store: it happened first
        "a-day",
        "year",
        "open-end",
    ]


def test_reverse_also_reverses_events_of_the_same_span():
    events = [event("first", "2018-01-01"), event("second", "2018-01-01"), event("later", "2019")]
    assert ids(run(events, Query(reverse=True))) == ["later", "second", "first"]


def test_reverse_flips_the_whole_order():
    assert select(reverse=True) == ["visit", "release", "detentions", "meng-arrest"]


def test_limit_keeps_the_first_events_after_sorting_and_reversing():
    assert select(limit=2) == ["meng-arrest", "detentions"]
    assert select(limit=2, reverse=True) == ["visit", "release"]
    assert select(limit=0) == []
    assert select(limit=99) == ["meng-arrest", "detentions", "release", "visit"]


def test_the_events_given_are_not_reordered_in_place():
    events = list(reversed(EVENTS))
    run(events, Query())
    assert events == list(reversed(EVENTS))


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "status"),
    [
        ("2026-11-27", Status.PAST),
        ("2026-11-28", Status.ONGOING),  # TODAY itself
        ("2026-11-29", Status.UPCOMING),
        ("2026-11", Status.ONGOING),
        ("2026", Status.ONGOING),
        ("2025", Status.PAST),
        ("2027", Status.UPCOMING),
        ("2026-11-28/2026-12-01", Status.ONGOING),
        ("2026-11-01/2026-11-27", Status.PAST),
        ("../2026-11-27", Status.PAST),
        ("../2030", Status.ONGOING),
        ("2020/..", Status.ONGOING),
        ("2026-11-29/..", Status.UPCOMING),
    ],
)
def test_status_is_past_ongoing_or_upcoming_relative_to_today(date, status):
    assert parse_edtf(date).status(TODAY) is status


# --- properties -------------------------------------------------------------------------------

BOUNDS = st.one_of(st.none(), st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31)))


@st.composite
def spans(draw):
    start, end = draw(BOUNDS), draw(BOUNDS)
    if start is None and end is None:
        end = draw(st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31)))
    if start is not None and end is not None and end < start:
        start, end = end, start
    text = f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"
    return parse_edtf(text)


@settings(max_examples=300)
@given(spans(), BOUNDS, BOUNDS)
def test_overlap_means_some_day_lies_in_both_and_within_means_every_day_does(span, start, end):
    if start is not None and end is not None and end < start:
        start, end = end, start  # the CLI refuses a reversed range before it reaches a query
    e = Event(id="e", date=span, title="e")
    lo = max(d for d in (span.start, start, D.min) if d is not None)
    hi = min(d for d in (span.end, end, D.max) if d is not None)
    assert matches(e, Query(start=start, end=end)) is (lo <= hi)
    inside = (start is None or (span.start is not None and span.start >= start)) and (
        end is None or (span.end is not None and span.end <= end)
    )
    assert matches(e, Query(start=start, end=end, within=True)) is inside
    if inside:
        assert matches(e, Query(start=start, end=end))


@settings(max_examples=100)
@given(st.lists(spans(), max_size=8))
def test_reverse_is_exactly_the_sorted_order_backwards(dates):
    events = [Event(id=f"e{i}", date=span, title="e") for i, span in enumerate(dates)]
    forward = run(events, Query())
    assert run(events, Query(reverse=True)) == forward[::-1]
    assert sorted(e.id for e in forward) == sorted(e.id for e in events)
