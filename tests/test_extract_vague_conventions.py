"""The TimeML conventions for vague words, granularity, type and extent, in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Thursday, in ISO week 11.
PUBLISHED = dt.date(2026, 3, 12)


def tagged(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, PUBLISHED, "news")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents climbed over the past year.", ("the past year", "DATE", "2025")),
        ("Over the last three months, sales slid.", ("the last three months", "DURATION", "P3M")),
        ("Wages will rise over the next two years.", ("the next two years", "DURATION", "P2Y")),
        ("Turnout fell over this past year.", ("this past year", "DATE", "2025")),
        ("Turnout fell over this past decade.", ("this past decade", "DATE", "201")),
    ],
)
def test_over_as_during_is_a_preposition_left_outside(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The walkout lasted over a week.", ("over a week", "DURATION", "P1W")),
        ("The hearing ran nearly two hours.", ("nearly two hours", "DURATION", "PT2H")),
        ("She coached for more than ten years.", ("more than ten years", "DURATION", "P10Y")),
        ("The queue took about three hours.", ("about three hours", "DURATION", "PT3H")),
        ("The fine covers at most a week.", ("at most a week", "DURATION", "P1W")),
    ],
)
def test_an_approximator_before_a_count_belongs_to_the_expression(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry is not running at the moment.", [("the moment", "DATE", "PRESENT_REF")]),
        ("At present, nine staff run the clinic.", [("present", "DATE", "PRESENT_REF")]),
        ("At the moment of the crash the driver was asleep.", []),
        ("He was present at the hearing.", []),
    ],
)
def test_at_the_moment_is_tagged_without_its_preposition(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge is now open to cyclists.", ("now", "DATE", "PRESENT_REF")),
        ("The mine is currently flooded.", ("currently", "DATE", "PRESENT_REF")),
        ("The mayor recently sold her house.", ("recently", "DATE", "PAST_REF")),
        ("In the past, the river froze every winter.", ("the past", "DATE", "PAST_REF")),
        ("Nobody can say what the future brings.", ("the future", "DATE", "FUTURE_REF")),
        ("These days, few shops take cheques.", ("These days", "DATE", "PRESENT_REF")),
        ("Nowadays, the crossing takes an hour less.", ("Nowadays", "DATE", "PRESENT_REF")),
        ("In the recent past, the lane was a farm track.", ("the recent past", "DATE", "PAST_REF")),
        ("In the distant past, a lake lay here.", ("the distant past", "DATE", "PAST_REF")),
    ],
)
def test_deictic_words_take_the_vague_reference_values(text, expected):
    assert tagged(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was once a miner in Wales.",
        "She was formerly the harbour master.",
        "His 7-year-old daughter was unhurt.",
    ],
)
def test_words_that_only_hint_at_time_are_not_expressions(text):
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot burned two weeks ago.", ("two weeks ago", "DATE", "2026-W09")),
        ("The depot burned a year ago.", ("a year ago", "DATE", "2025")),
        ("The depot burned three months ago.", ("three months ago", "DATE", "2025-12")),
        ("The strike ended last week.", ("last week", "DATE", "2026-W10")),
        ("The strike ends this week.", ("this week", "DATE", "2026-W11")),
    ],
)
def test_a_relative_date_has_the_granularity_of_its_unit(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets this weekend.", ("this weekend", "DATE", "2026-W11-WE")),
        ("The storm arrives tonight.", ("tonight", "TIME", "2026-03-12TNI")),
        ("Snow fell overnight.", ("overnight", "TIME", "2026-03-12TNI")),
        ("The minister resigned this morning.", ("this morning", "TIME", "2026-03-12TMO")),
    ],
)
def test_weekends_and_parts_of_the_day_are_dates_and_times(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bulletin is printed daily.", ("daily", "SET", "P1D")),
        ("She phones her mother twice a week.", ("a week", "SET", "P1W")),
        ("The unions called a 48-hour strike.", ("48-hour", "DURATION", "PT48H")),
        ("The vote came in late March.", ("late March", "DATE", "2026-03")),
        ("The mill shut in mid-2024.", ("mid-2024", "DATE", "2024")),
    ],
)
def test_sets_adjectival_durations_and_edges_of_a_period(text, expected):
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial took one and a half years.", ("one and a half years", "DURATION", "P1Y6M")),
        ("The climb took 3 and a half hours.", ("3 and a half hours", "DURATION", "PT3H30M")),
        ("The repairs took a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
    ],
)
def test_a_half_before_or_after_the_unit_is_one_duration(text, expected):
    assert tagged(text) == [expected]


def test_a_half_of_something_that_is_no_time_is_not_tagged():
    assert tagged("The striker scored two and a half goals.") == []
