"""Specification of the date vocabulary shared by bounds, display and extraction."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.dates.words import (
    DIRECTIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_WORDS,
    PERIODS,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
)


def test_the_months_run_january_to_december_with_three_letter_abbreviations():
    assert len(MONTH_NAMES) == 12
    assert (MONTH_NAMES[0], MONTH_NAMES[4], MONTH_NAMES[11]) == ("January", "May", "December")
    assert MONTH_ABBREVIATIONS == (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )


def test_the_weekdays_are_numbered_as_python_numbers_them():
    # 3 December 2018 was a Monday; each following day takes the next name.
    for offset, name in enumerate(WEEKDAY_NAMES):
        day = dt.date(2018, 12, 3) + dt.timedelta(days=offset)
        assert WEEKDAY_WORDS[name.lower()] == day.weekday()
    assert WEEKDAY_ABBREVIATIONS == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@pytest.mark.parametrize(
    ("word", "number"),
    [("january", 1), ("jan", 1), ("may", 5), ("sep", 9), ("sept", 9), ("september", 9)],
)
def test_a_month_written_in_full_or_short_gives_its_number(word, number):
    assert MONTH_WORDS[word] == number


def test_every_month_word_is_lower_case_and_begins_with_its_months_abbreviation():
    for word, number in MONTH_WORDS.items():
        assert word == word.lower()
        assert word[:3] == MONTH_ABBREVIATIONS[number - 1].lower()


@pytest.mark.parametrize(
    ("word", "number"),
    [("monday", 0), ("mon", 0), ("tue", 1), ("tues", 1), ("thur", 3), ("thurs", 3), ("sun", 6)],
)
def test_a_weekday_written_in_full_or_short_gives_its_number(word, number):
    assert WEEKDAY_WORDS[word] == number


def test_every_weekday_word_is_lower_case_and_begins_with_its_days_abbreviation():
    for word, number in WEEKDAY_WORDS.items():
        assert word == word.lower()
        assert word[:3] == WEEKDAY_ABBREVIATIONS[number].lower()


def test_relative_days_count_from_today_and_directions_from_the_current_period():
    assert RELATIVE_DAYS == {"yesterday": -1, "today": 0, "tomorrow": 1}
    assert DIRECTIONS == {"last": -1, "this": 0, "next": 1}
    assert PERIODS == ("year", "month", "week")


def test_the_names_do_not_depend_on_the_locale():
    # Fixed English text, not strftime's: output stays the same on any machine.
    assert all(name.isascii() and name.istitle() for name in MONTH_NAMES + WEEKDAY_NAMES)
