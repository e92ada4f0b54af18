"""Counts written as news writes them, and a clock time with the day that follows it."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Thursday.
THURSDAY = dt.date(2026, 3, 12)


def tagged(text: str, kind: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, THURSDAY, kind)]


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The standoff went on for thirteen days.", "thirteen days", "P13D"),
        ("The lockout ended after seventeen weeks.", "seventeen weeks", "P17W"),
        ("The two men spent 1,019 days in custody.", "1,019 days", "P1019D"),
        ("The two men spent 1019 days in custody.", "1019 days", "P1019D"),
        ("The mission took a hundred days.", "a hundred days", "P100D"),
        ("The repairs took two hundred days.", "two hundred days", "P200D"),
    ],
)
def test_a_count_of_any_size_makes_a_stretch(sentence, words, value):
    assert tagged(sentence) == [(words, "DURATION", value)]


def test_a_year_before_a_noun_stays_a_year():
    assert tagged("The 2014 tournament drew record crowds.") == [("2014", "DATE", "2014")]


def test_a_thousands_separator_is_no_date():
    assert tagged("About 1,500 people marched in 2019.") == [("2019", "DATE", "2019")]


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        (
            "The guns fell silent at 11 a.m. on 11 November 1918.",
            "11 a.m. on 11 November 1918",
            "1918-11-11T11:00",
        ),
        (
            "The raid began at 5 a.m. on the 3rd of March.",
            "5 a.m. on the 3rd of March",
            "2026-03-03T05:00",
        ),
        ("Talks resume at 9 a.m. on 16 March.", "9 a.m. on 16 March", "2026-03-16T09:00"),
    ],
)
def test_a_clock_time_takes_the_day_written_after_it(sentence, words, value):
    assert tagged(sentence) == [(words, "TIME", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy landed at 10 am 4 May.",
        "The envoy landed at 10 am on May 4.",
        "The envoy landed on May 4 at 10 am.",
    ],
)
def test_a_past_verb_keeps_a_clock_times_day_before_publication(sentence):
    # Published 12 March 2026: a landing told in the past tense was in May 2025.
    assert [value for _, _, value in tagged(sentence)] == ["2025-05-04T10:00"]


def test_a_future_verb_lets_a_clock_times_day_lie_ahead():
    assert [v for _, _, v in tagged("The envoy will land at 10 am on May 4.")] == [
        "2026-05-04T10:00"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On March 2, 15 people were hurt.", [("March 2", "DATE", "2026-03-02")]),
        (
            "The leak was stopped on Feb. 20, 87 days after it began.",
            [("Feb. 20", "DATE", "2026-02-20"), ("87 days", "DURATION", "P87D")],
        ),
    ],
)
def test_a_count_after_a_month_and_day_is_not_its_year(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "value"),
    [
        ("The exchange closed last Feb. 29.", dt.date(2025, 3, 12), "2024-02-29"),
        ("The exchange reopens next Feb. 29.", dt.date(2025, 3, 12), "2028-02-29"),
    ],
)
def test_a_leap_day_is_found_across_the_years_without_one(sentence, anchor, value):
    assert [t.value for t in find_timexes(sentence, anchor)] == [value]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Counting back past the calendar's first year names no day: nothing is read.
        ("Ten years ago this week, the wall fell.", dt.date(5, 3, 1), []),
        ("Nine hundred years ago today, it fell.", dt.date(898, 3, 1), []),
        # Nor does counting on past its last, or back before its first day.
        ("We meet again next week.", dt.date(9999, 12, 31), []),
        ("He left on Monday.", dt.date(1, 1, 1), []),
        # Within the calendar the same words are read as always.
        (
            "Ten years ago this week, the wall fell.",
            dt.date(2026, 1, 14),
            [("Ten years ago this week", "2016-W03")],
        ),
    ],
)
def test_dates_past_the_ends_of_the_calendar_are_not_read(text, published, expected):
    assert [(t.text, t.value) for t in find_timexes(text, published, "news")] == expected
