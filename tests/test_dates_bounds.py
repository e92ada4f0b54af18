"""Specification of command-line bounds: ISO and month-name dates, relative words, refusals."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.bounds import parse_bound
from carneytl.errors import DateError
from conftest import TODAY

D = dt.date

# --- parse_bound ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2018", D(2018, 1, 1), D(2018, 12, 31)),
        ("2018-02", D(2018, 2, 1), D(2018, 2, 28)),
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29)),
        ("2018-12-01", D(2018, 12, 1), D(2018, 12, 1)),
        ("Dec 2018", D(2018, 12, 1), D(2018, 12, 31)),
        ("December 2018", D(2018, 12, 1), D(2018, 12, 31)),
        ("dec 2018", D(2018, 12, 1), D(2018, 12, 31)),
        ("Sept 2018", D(2018, 9, 1), D(2018, 9, 30)),
        ("Feb 2020", D(2020, 2, 1), D(2020, 2, 29)),
        ("1 December 2018", D(2018, 12, 1), D(2018, 12, 1)),
        ("Dec 1, 2018", D(2018, 12, 1), D(2018, 12, 1)),
        ("  Dec   1,  2018 ", D(2018, 12, 1), D(2018, 12, 1)),
        ("29 Feb 2020", D(2020, 2, 29), D(2020, 2, 29)),
    ],
)
def test_a_bound_names_its_first_and_last_day(text, first, last):
    assert parse_bound(text, TODAY) == (first, last)


def test_two_dots_leave_a_bound_open():
    assert parse_bound("..", TODAY) is None


@pytest.mark.parametrize(
    ("text", "today", "first", "last"),
    [
        ("today", D(2026, 11, 28), D(2026, 11, 28), D(2026, 11, 28)),
        ("TODAY", D(2026, 11, 28), D(2026, 11, 28), D(2026, 11, 28)),
        ("yesterday", D(2026, 1, 1), D(2025, 12, 31), D(2025, 12, 31)),
        ("tomorrow", D(2025, 12, 31), D(2026, 1, 1), D(2026, 1, 1)),
        ("tomorrow", D(2024, 2, 28), D(2024, 2, 29), D(2024, 2, 29)),
        ("this year", D(2026, 11, 28), D(2026, 1, 1), D(2026, 12, 31)),
        ("last year", D(2026, 1, 14), D(2025, 1, 1), D(2025, 12, 31)),
        ("next year", D(2026, 11, 28), D(2027, 1, 1), D(2027, 12, 31)),
        ("this month", D(2026, 11, 28), D(2026, 11, 1), D(2026, 11, 30)),
        ("last month", D(2026, 1, 14), D(2025, 12, 1), D(2025, 12, 31)),
        ("next month", D(2026, 12, 31), D(2027, 1, 1), D(2027, 1, 31)),
        ("last month", D(2024, 3, 31), D(2024, 2, 1), D(2024, 2, 29)),
        # 2026-11-28 is a Saturday: weeks run Monday to Sunday
        ("this week", D(2026, 11, 28), D(2026, 11, 23), D(2026, 11, 29)),
        ("last week", D(2026, 11, 28), D(2026, 11, 16), D(2026, 11, 22)),
        ("next week", D(2026, 11, 28), D(2026, 11, 30), D(2026, 12, 6)),
        ("next week", D(2026, 12, 28), D(2027, 1, 4), D(2027, 1, 10)),
        ("Last   Month", D(2026, 11, 28), D(2026, 10, 1), D(2026, 10, 31)),
    ],
)
def test_relative_words_are_reckoned_from_the_given_today(text, today, first, last):
    assert parse_bound(text, today) == (first, last)


@pytest.mark.parametrize("text", ["01/02/2018", "1/2/2018", "01-02-2018", "2018/01/02", "1.2.2018"])
def test_an_ambiguous_numeric_bound_is_refused_with_a_hint_to_write_iso(text):
    with pytest.raises(DateError) as info:
        parse_bound(text, TODAY)
    assert info.value.hint is not None
    assert "ISO" in info.value.hint


@pytest.mark.parametrize("text", ["Dec 1 2018 10:00", "1 Dec 2018 3pm", "Dec 2018 00:00"])
def test_a_time_of_day_is_refused(text):
    with pytest.raises(DateError, match="time of day"):
        parse_bound(text, TODAY)


@pytest.mark.parametrize(
    "text", ["Sat 1 Dec 2018", "Saturday, 1 December 2018", "sat. 1 dec 2018", "Dec 1 2018 Sat"]
)
def test_a_weekday_that_matches_its_day_is_accepted(text):
    assert parse_bound(text, TODAY) == (dt.date(2018, 12, 1), dt.date(2018, 12, 1))


@pytest.mark.parametrize("text", ["Mon 1 Dec 2018", "Monday, 1 December 2018", "Thurs 1 Dec 2018"])
def test_a_weekday_that_does_not_match_its_day_is_refused_rather_than_ignored(text):
    with pytest.raises(DateError, match="does not add up: 1 Dec 2018 is a Saturday"):
        parse_bound(text, TODAY)


def test_two_weekdays_must_both_match_the_day_and_the_wrong_one_is_named():
    with pytest.raises(DateError, match=r"1 Dec 2018 is a Saturday, not a Sunday$"):
        parse_bound("Sat Sun 1 Dec 2018", TODAY)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("Fri 31 Feb 2018", "is not a real day"), ("Sat 1 Dec 18", "has no four-digit year")],
)
def test_a_bound_with_a_weekday_is_quoted_as_written_in_its_problem(text, problem):
    with pytest.raises(DateError, match=f"^'{text}' {problem}"):
        parse_bound(text, TODAY)


def test_an_early_year_is_refused_with_the_same_day_written_as_iso():
    with pytest.raises(DateError) as info:
        parse_bound("1 Dec 0099", TODAY)
    assert info.value.hint == "write it as ISO 8601: 0099-12-01"


def test_a_weekday_without_a_day_is_refused_rather_than_moved_to():
    # dateutil would read this as the first Monday of December 2018.
    with pytest.raises(DateError, match="names a weekday but no day"):
        parse_bound("Mon Dec 2018", TODAY)


@pytest.mark.parametrize("text", ["Dec", "1 December", "Dec 1"])
def test_a_month_name_bound_without_a_year_is_refused(text):
    with pytest.raises(DateError, match="no year"):
        parse_bound(text, TODAY)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Dec 99", "has no four-digit year"),
        ("1 Dec 18", "has no four-digit year"),
        # dateutil would read these as 2050 and 2001.
        ("Dec 0050", "is before the year 100"),
        ("1 Dec 0001", "is before the year 100"),
    ],
)
def test_a_month_name_bound_with_a_short_or_early_year_is_refused_rather_than_guessed(
    text, problem
):
    with pytest.raises(DateError, match=problem) as info:
        parse_bound(text, TODAY)
    assert info.value.hint is not None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2018-02-30",
        "2019-02-29",
        "2018-13",
        "Feb 30, 2018",
        "Feb 29, 2019",
        "soon",
        "last decade",
        "the day after",
        "٢٠١٨",
    ],
)
def test_an_unknown_or_impossible_bound_is_a_date_error(text):
    with pytest.raises(DateError):
        parse_bound(text, TODAY)


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("tomorrow", D(9999, 12, 31)),
        ("next year", D(9999, 6, 1)),
        ("next month", D(9999, 12, 1)),
        ("this week", D(9999, 12, 31)),
        ("yesterday", D(1, 1, 1)),
        ("last year", D(1, 6, 1)),
        ("last month", D(1, 1, 15)),
        ("last week", D(1, 1, 3)),
    ],
)
def test_a_relative_bound_past_the_calendars_edge_is_a_date_error(text, today):
    with pytest.raises(DateError, match="outside the calendar"):
        parse_bound(text, today)


TODAYS = st.dates()


@settings(max_examples=200)
@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)), TODAYS)
def test_a_day_written_in_iso_or_with_a_month_name_bounds_exactly_that_day(day, today):
    month = calendar.month_name[day.month]
    abbr = calendar.month_abbr[day.month]
    for text in (day.isoformat(), f"{day.day} {month} {day.year}", f"{abbr} {day.day}, {day.year}"):
        assert parse_bound(text, today) == (day, day)


@settings(max_examples=200)
@given(st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31)))
def test_a_month_bound_runs_from_its_first_to_its_last_day(day):
    last = D(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    expected = (D(day.year, day.month, 1), last)
    assert parse_bound(f"{day.year}-{day.month:02d}", TODAY) == expected
    assert parse_bound(f"{calendar.month_name[day.month]} {day.year}", TODAY) == expected


@settings(max_examples=200)
@given(TODAYS, st.sampled_from(["year", "month", "week"]))
def test_last_this_and_next_are_adjacent_periods_around_today(today, unit):
    try:
        last = parse_bound(f"last {unit}", today)
        this = parse_bound(f"this {unit}", today)
        following = parse_bound(f"next {unit}", today)
    except DateError:
        return  # only within a period of the calendar's edges
    assert last is not None
    assert this is not None
    assert following is not None
    assert this[0] <= today <= this[1]
    assert last[1] + dt.timedelta(days=1) == this[0]
    assert this[1] + dt.timedelta(days=1) == following[0]


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet="0123456789 ,./-:Decmbrjanfwkyxtodlsp", max_size=25),
    ),
    TODAYS,
)
def test_arbitrary_text_as_a_bound_gives_a_range_none_or_a_date_error(text, today):
    try:
        bound = parse_bound(text, today)
    except DateError:
        return
    assert bound is None or bound[0] <= bound[1]
