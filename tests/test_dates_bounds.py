"""Specification of command-line bounds: ISO and month-name dates, relative words, refusals."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.bounds import as_store_date, parse_bound
from carneytl.dates.edtf import parse_edtf
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


@pytest.mark.parametrize("text", ["01/02/2018", "1/2/2018", "01-02-2018", "1.2.2018", "02/01/18"])
def test_an_ambiguous_numeric_bound_is_refused_with_a_hint_to_write_iso(text):
    with pytest.raises(DateError) as info:
        parse_bound(text, TODAY)
    assert info.value.hint is not None
    assert "ISO" in info.value.hint


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # The year first is never ambiguous: no calendar puts the day before the month there.
        ("2018-12-1", D(2018, 12, 1), D(2018, 12, 1)),
        ("2018-1-2", D(2018, 1, 2), D(2018, 1, 2)),
        ("2018/12/01", D(2018, 12, 1), D(2018, 12, 1)),
        ("2018/01/02", D(2018, 1, 2), D(2018, 1, 2)),
        ("2018.12.01", D(2018, 12, 1), D(2018, 12, 1)),
        ("2018 / 12 / 01", D(2018, 12, 1), D(2018, 12, 1)),
        ("2018/12", D(2018, 12, 1), D(2018, 12, 31)),
        ("2018-2", D(2018, 2, 1), D(2018, 2, 28)),
        ("20181201", D(2018, 12, 1), D(2018, 12, 1)),
        ("20200229", D(2020, 2, 29), D(2020, 2, 29)),
    ],
)
def test_a_numeric_bound_with_the_year_first_is_read_as_year_month_day(text, first, last):
    assert parse_bound(text, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2018/13/01", "no month 13"),
        ("2018-2-30", "is not a real day"),
        ("20190229", "is not a real day"),
        ("00001201", "no year 0000"),
        ("20181301", "no month 13"),
    ],
)
def test_an_impossible_year_first_bound_says_what_is_wrong(text, problem):
    with pytest.raises(DateError, match=problem) as info:
        parse_bound(text, TODAY)
    assert str(info.value).startswith(repr(text))


@pytest.mark.parametrize("text", ["2018-12/01", "2018/12-01", "201812", "2018120", "201812011"])
def test_a_year_first_bound_with_mixed_separators_or_the_wrong_digit_count_is_refused(text):
    with pytest.raises(DateError):
        parse_bound(text, TODAY)


@settings(max_examples=200)
@given(st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)), st.sampled_from("-/."))
def test_any_day_written_year_first_bounds_exactly_that_day(day, separator):
    forms = {
        f"{day.year:04d}{separator}{day.month}{separator}{day.day}",
        f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d}",
        f"{day.year:04d}{day.month:02d}{day.day:02d}",
    }
    for text in forms:
        assert parse_bound(text, TODAY) == (day, day)


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


# --- counts from today, ISO weeks, quarters -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # TODAY, 2026-11-28, is a Saturday: weeks run Monday to Sunday.
        ("3 days ago", D(2026, 11, 25), D(2026, 11, 25)),
        ("in 3 days", D(2026, 12, 1), D(2026, 12, 1)),
        ("1 day ago", D(2026, 11, 27), D(2026, 11, 27)),
        ("0 days ago", TODAY, TODAY),
        ("3 weeks ago", D(2026, 11, 2), D(2026, 11, 8)),
        ("in 2 weeks", D(2026, 12, 7), D(2026, 12, 13)),
        ("a week ago", D(2026, 11, 16), D(2026, 11, 22)),
        ("in 2 months", D(2027, 1, 1), D(2027, 1, 31)),
        ("11 months ago", D(2025, 12, 1), D(2025, 12, 31)),
        ("in a month", D(2026, 12, 1), D(2026, 12, 31)),
        ("2 years ago", D(2024, 1, 1), D(2024, 12, 31)),
        ("a year ago", D(2025, 1, 1), D(2025, 12, 31)),
        ("In  10  Years", D(2036, 1, 1), D(2036, 12, 31)),
        ("007 days ago", D(2026, 11, 21), D(2026, 11, 21)),
    ],
)
def test_a_count_of_periods_from_today_names_that_whole_period(text, first, last):
    assert parse_bound(text, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("999999999 years ago", TODAY),
        ("in 999999999 days", TODAY),
        ("9999999 weeks ago", TODAY),
        ("in 9999999 months", TODAY),
        (f"{'9' * 5000} days ago", TODAY),
        ("in 1 day", D(9999, 12, 31)),
        ("1 week ago", D(1, 1, 3)),
        ("2026 years ago", TODAY),
    ],
)
def test_a_count_past_the_calendar_is_a_date_error_however_large(text, today):
    with pytest.raises(DateError, match="outside the calendar") as info:
        parse_bound(text, today)
    assert len(str(info.value)) < 100


@pytest.mark.parametrize(
    "text",
    ["3 fortnights ago", "ago 3 weeks", "3 weeks", "in weeks", "in -2 months", "3.5 days ago"],
)
def test_a_count_without_a_known_unit_or_direction_is_refused(text):
    with pytest.raises(DateError):
        parse_bound(text, TODAY)


@settings(max_examples=200)
@given(TODAYS, st.sampled_from(["day", "week", "month", "year"]), st.integers(0, 400))
def test_a_count_back_and_the_same_count_ahead_mirror_each_other_around_today(today, unit, n):
    try:
        before = parse_bound(f"{n} {unit}s ago", today)
        after = parse_bound(f"in {n} {unit}s", today)
    except DateError:
        return  # only within that many periods of the calendar's edges
    this = parse_bound("today" if unit == "day" else f"this {unit}", today)
    assert before is not None
    assert after is not None
    assert this is not None
    assert before[0] <= this[0] <= after[0]
    assert (before == this) == (n == 0) == (after == this)
    if unit == "day":
        assert before == (today - dt.timedelta(days=n),) * 2
    if n == 1 and unit != "day":
        assert before == parse_bound(f"last {unit}", today)
        assert after == parse_bound(f"next {unit}", today)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026-W03", D(2026, 1, 12), D(2026, 1, 18)),
        ("2026W03", D(2026, 1, 12), D(2026, 1, 18)),
        ("2026-w03", D(2026, 1, 12), D(2026, 1, 18)),
        # ISO week 1 holds the year's first Thursday, so it can start in December.
        ("2026-W01", D(2025, 12, 29), D(2026, 1, 4)),
        ("2026-W53", D(2026, 12, 28), D(2027, 1, 3)),
        ("2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        ("0001-W01", D(1, 1, 1), D(1, 1, 7)),
    ],
)
def test_an_iso_week_runs_from_its_monday_to_its_sunday(text, first, last):
    assert parse_bound(text, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-W54", "2026 has 53 ISO weeks, W01 to W53"),
        ("2025-W53", "2025 has 52 ISO weeks, W01 to W52"),
        ("2026-W00", "is not a week"),
        ("2026-W999999999999", "is not a week"),
        ("0000-W01", "no year 0000"),
        ("9999-W52", "outside the calendar"),
    ],
)
def test_a_week_the_year_does_not_have_is_refused_saying_which_it_has(text, problem):
    with pytest.raises(DateError, match=problem):
        parse_bound(text, TODAY)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Q1 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("q1 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
        ("2026Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("2026 q3", D(2026, 7, 1), D(2026, 9, 30)),
        ("Q4-2026", D(2026, 10, 1), D(2026, 12, 31)),
        ("Q4 9999", D(9999, 10, 1), D(9999, 12, 31)),
    ],
)
def test_a_quarter_spans_its_three_months(text, first, last):
    assert parse_bound(text, TODAY) == (first, last)


@pytest.mark.parametrize("text", ["Q5 2026", "Q0 2026", "2026-Q5", "Q99999999999999999999 2026"])
def test_a_quarter_past_the_fourth_is_refused_naming_the_four(text):
    with pytest.raises(DateError, match="Q1 to Q4") as info:
        parse_bound(text, TODAY)
    assert info.value.hint is not None


def test_there_is_no_quarter_of_the_year_0000():
    with pytest.raises(DateError, match="no year 0000"):
        parse_bound("Q1 0000", TODAY)


@settings(max_examples=200)
@given(st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 24)))
def test_every_day_lies_in_the_iso_week_and_the_quarter_that_name_it(day):
    year, week, _ = day.isocalendar()
    week_bound = parse_bound(f"{year:04d}-W{week:02d}", TODAY)
    assert week_bound is not None
    assert week_bound[0] <= day <= week_bound[1]
    assert week_bound[0].weekday() == 0
    assert (week_bound[1] - week_bound[0]).days == 6
    quarter = (day.month - 1) // 3 + 1
    for text in (f"Q{quarter} {day.year:04d}", f"{day.year:04d}-Q{quarter}"):
        quarter_bound = parse_bound(text, TODAY)
        assert quarter_bound is not None
        assert quarter_bound[0] <= day <= quarter_bound[1]
        assert quarter_bound[0].day == 1


@settings(max_examples=300)
@given(
    st.text(alphabet="0123456789 -qQwWago indaysweeksmonthsyear", max_size=25),
    TODAYS,
)
def test_arbitrary_counts_weeks_and_quarters_give_a_range_or_a_date_error(text, today):
    try:
        bound = parse_bound(text, today)
    except DateError:
        return
    assert bound is None or bound[0] <= bound[1]


# --- as_store_date: what `add --date` writes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        # The store's own forms come back exactly as given.
        ("2018", "2018"),
        ("2018-12", "2018-12"),
        ("2018-12-01", "2018-12-01"),
        ("2018/2021-09", "2018/2021-09"),
        ("2017-12-03~/2017-12-07~", "2017-12-03~/2017-12-07~"),
        ("../2018", "../2018"),
        ("2018/..", "2018/.."),
        ("2018-12?", "2018-12?"),
        ("2018-12-01%", "2018-12-01%"),
        # Bounds become ISO at their own precision.
        ("Dec 2018", "2018-12"),
        ("December 2018", "2018-12"),
        ("1 Dec 2018", "2018-12-01"),
        ("Dec 1, 2018", "2018-12-01"),
        ("Sat 1 Dec 2018", "2018-12-01"),
        ("2018-12-1", "2018-12-01"),
        ("2018/12/01", "2018-12-01"),
        ("20181201", "2018-12-01"),
        ("2018/12", "2018-12"),
        ("today", "2026-11-28"),
        ("yesterday", "2026-11-27"),
        ("tomorrow", "2026-11-29"),
        ("last month", "2026-10"),
        ("this year", "2026"),
        ("2 years ago", "2024"),
        ("in 2 months", "2027-01"),
        ("3 days ago", "2026-11-25"),
        ("last week", "2026-11-16/2026-11-22"),
        ("2026-W03", "2026-01-12/2026-01-18"),
        ("Q1 2026", "2026-01/2026-03"),
        ("0099-12", "0099-12"),
    ],
)
def test_a_date_for_the_store_is_kept_if_the_store_takes_it_and_written_as_iso_if_not(text, stored):
    assert as_store_date(text, TODAY) == stored


def test_a_date_for_the_store_is_reckoned_from_the_given_today():
    assert as_store_date("today", D(2018, 12, 1)) == "2018-12-01"
    assert as_store_date("last month", D(2019, 1, 15)) == "2018-12"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("..", "names no day"),
        ("01/02/2018", "is ambiguous"),
        ("soon", "not a date carneytl understands"),
        ("2018-13", "no month 13"),
        ("2018-13~", "no month 13"),
        ("2018-12-02/2018-12-01", "ends before it starts"),
        ("2018/../2019", "more than one '/'"),
        ("Dec 2018~", "not a date carneytl understands"),
        ("999999999 years ago", "outside the calendar"),
        ("Q5 2026", "Q1 to Q4"),
        ("", "empty"),
    ],
)
def test_a_date_neither_form_takes_is_refused_in_the_words_of_the_form_it_resembles(text, problem):
    with pytest.raises(DateError, match=problem):
        as_store_date(text, TODAY)


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet="0123456789 ,./-~?%QWDecmbrjantodayslgo", max_size=25),
    ),
    TODAYS,
)
def test_whatever_as_store_date_returns_is_a_store_date_covering_the_bounds_days(text, today):
    try:
        stored = as_store_date(text, today)
    except DateError:
        return
    span = parse_edtf(stored)  # never raises: what is stored is always a store date
    if stored != text:
        assert (span.start, span.end) == parse_bound(text, today)
