"""Specification of the date subset: store dates (EDTF), command-line bounds, display."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates import _ends, display, endpoints, parse_bound, parse_edtf
from carneytl.errors import DateError
from carneytl.model import Precision, Span
from conftest import TODAY

D = dt.date


# --- parse_edtf: single dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2018", D(2018, 1, 1), D(2018, 12, 31), Precision.YEAR),
        ("2018-06", D(2018, 6, 1), D(2018, 6, 30), Precision.MONTH),
        ("2018-12", D(2018, 12, 1), D(2018, 12, 31), Precision.MONTH),
        ("2018-12-01", D(2018, 12, 1), D(2018, 12, 1), Precision.DAY),
        ("2019-02", D(2019, 2, 1), D(2019, 2, 28), Precision.MONTH),
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29), Precision.MONTH),
        ("2020-02-29", D(2020, 2, 29), D(2020, 2, 29), Precision.DAY),
        ("2000-02-29", D(2000, 2, 29), D(2000, 2, 29), Precision.DAY),
        ("0001", D(1, 1, 1), D(1, 12, 31), Precision.YEAR),
        ("9999-12-31", D(9999, 12, 31), D(9999, 12, 31), Precision.DAY),
    ],
)
def test_a_single_date_covers_every_day_of_its_year_month_or_day(text, start, end, precision):
    span = parse_edtf(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.text == text
    assert not span.approximate
    assert not span.uncertain


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [("2018~", True, False), ("2018-12?", False, True), ("2018-12-01%", True, True)],
)
def test_a_trailing_qualifier_marks_the_date_approximate_uncertain_or_both(
    text, approximate, uncertain
):
    span = parse_edtf(text)
    assert (span.approximate, span.uncertain) == (approximate, uncertain)
    assert span.text == text


def test_surrounding_whitespace_is_ignored_and_dropped_from_the_text():
    span = parse_edtf("  2018-12-01\n")
    assert span.text == "2018-12-01"
    assert span.start == D(2018, 12, 1)


# --- parse_edtf: intervals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2017-12-03/2017-12-07", D(2017, 12, 3), D(2017, 12, 7), Precision.DAY),
        ("2018/2021", D(2018, 1, 1), D(2021, 12, 31), Precision.YEAR),
        ("2018-03/2018-06", D(2018, 3, 1), D(2018, 6, 30), Precision.MONTH),
        # mixed precision: each end covers all its days; precision is the finest end
        ("2018/2019-06", D(2018, 1, 1), D(2019, 6, 30), Precision.MONTH),
        ("2018-12-01/2019", D(2018, 12, 1), D(2019, 12, 31), Precision.DAY),
        ("2019-02/2020-02", D(2019, 2, 1), D(2020, 2, 29), Precision.MONTH),
        # an end inside the start's own span is still a forward interval
        ("2018-12/2018-12-05", D(2018, 12, 1), D(2018, 12, 5), Precision.DAY),
        ("2018/2018", D(2018, 1, 1), D(2018, 12, 31), Precision.YEAR),
    ],
)
def test_an_interval_runs_from_its_starts_first_day_to_its_ends_last_day(
    text, start, end, precision
):
    span = parse_edtf(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("../2018", None, D(2018, 12, 31), Precision.YEAR),
        ("2018-12/..", D(2018, 12, 1), None, Precision.MONTH),
        ("../2018-12-01", None, D(2018, 12, 1), Precision.DAY),
    ],
)
def test_an_open_end_is_unbounded_and_precision_comes_from_the_other_end(
    text, start, end, precision
):
    span = parse_edtf(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_a_qualifier_on_either_end_of_an_interval_qualifies_the_span():
    assert parse_edtf("2018~/2019").approximate
    assert parse_edtf("2018/2019?").uncertain
    assert parse_edtf("../2019%").approximate
    assert parse_edtf("../2019%").uncertain


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-29",  # not a leap year
        "2018-02-30",
        "2018-04-31",
        "2018-13",
        "2018-00",
        "2018-12-00",
        "2018-12-32",
        "0000",
        "0000-01-01",
        "2019/2018",  # reversed
        "2018-12-05/2018-12-01",  # reversed at day precision
        "../..",  # open at both ends
        "2018/",
        "/2018",
        "2018/2019/2020",
        "18",
        "2018-1",
        "2018-12-1",
        "20181201",
        "2018-12-01T10:00",
        "Dec 2018",
        "2018~~",
        "~2018",
        "2018 / 2019",
        "",
        "٢٠١٨",  # Arabic-Indic digits
        "２０１８",  # fullwidth digits
    ],
)
def test_anything_outside_the_subset_or_impossible_is_a_date_error(text):
    with pytest.raises(DateError):
        parse_edtf(text)


def test_an_impossible_day_says_how_many_days_the_month_has():
    with pytest.raises(DateError, match="February 2019 has 28 days"):
        parse_edtf("2019-02-29")


def test_month_13_is_named_in_the_error():
    with pytest.raises(DateError, match="no month 13"):
        parse_edtf("2018-13")


def test_an_interval_open_at_both_ends_is_refused():
    with pytest.raises(DateError, match="open at both ends"):
        parse_edtf("../..")


def test_a_reversed_interval_is_refused():
    with pytest.raises(DateError, match="ends before it starts"):
        parse_edtf("2019/2018")


# --- display ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2017", "2017"),
        ("2018-12", "Dec 2018"),
        ("2026-01-15", "15 Jan 2026"),
        ("2026-01-05", "5 Jan 2026"),
        ("2017-12-03/2017-12-07", "3–7 Dec 2017"),
        ("2017-11-30/2017-12-02", "30 Nov – 2 Dec 2017"),
        ("2017-12-30/2018-01-02", "30 Dec 2017 – 2 Jan 2018"),
        ("2018/2021", "2018–2021"),
        ("2018-03/2018-06", "Mar–Jun 2018"),
        ("2018-11/2019-02", "Nov 2018 – Feb 2019"),
        ("2018/2019-06", "2018 – Jun 2019"),
        ("2018-12/2018-12-05", "Dec 2018 – 5 Dec 2018"),
        ("../2018", "until 2018"),
        ("2018-12/..", "since Dec 2018"),
        ("../2018-12-01", "until 1 Dec 2018"),
        ("2018~", "c. 2018"),
        ("2018-12?", "Dec 2018?"),
        ("2018-12-01%", "c. 1 Dec 2018?"),
        ("2017-12-03~/2017-12-07", "c. 3–7 Dec 2017"),
        ("2025~/..", "c. since 2025"),
        # an interval whose ends are the same date names it once
        ("2018/2018", "2018"),
        ("2018-12-01/2018-12-01", "1 Dec 2018"),
    ],
)
def test_display_shows_a_date_at_its_own_precision(text, shown):
    assert display(parse_edtf(text)) == shown


@st.composite
def _edtf_texts(draw):
    """Any text of the store's date subset: single dates, intervals and open ends, qualified."""

    def end(day):
        forms = [f"{day.year:04d}", f"{day.year:04d}-{day.month:02d}", day.isoformat()]
        return draw(st.sampled_from(forms)) + draw(st.sampled_from(["", "~", "?", "%"]))

    days = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))
    first, second = sorted([draw(days), draw(days)])
    return draw(
        st.sampled_from(
            [end(first), f"{end(first)}/{end(second)}", f"../{end(first)}", f"{end(first)}/.."]
        )
    )


@settings(max_examples=300)
@given(_edtf_texts())
def test_display_reads_each_end_from_the_spans_fields_as_parsing_its_text_would(text):
    span = parse_edtf(text)
    assert _ends(span) == endpoints(span)


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


# --- properties -----------------------------------------------------------------------------

QUALIFIERS = st.sampled_from(["", "~", "?", "%"])
PRECISIONS = st.sampled_from(list(Precision))


@st.composite
def edtf_ends(draw, *, min_value=dt.date.min, max_value=dt.date.max):
    """One end of an EDTF date: text plus its first day, last day and precision."""
    day = draw(st.dates(min_value=min_value, max_value=max_value))
    precision = draw(PRECISIONS)
    qualifier = draw(QUALIFIERS)
    if precision is Precision.YEAR:
        text, first, last = f"{day.year:04d}", D(day.year, 1, 1), D(day.year, 12, 31)
    elif precision is Precision.MONTH:
        last_day = calendar.monthrange(day.year, day.month)[1]
        text = f"{day.year:04d}-{day.month:02d}"
        first, last = D(day.year, day.month, 1), D(day.year, day.month, last_day)
    else:
        text, first, last = day.isoformat(), day, day
    return text + qualifier, first, last, precision


@st.composite
def edtf_dates(draw):
    """Any date of the subset, with the span it must parse to."""
    start = draw(edtf_ends())
    shape = draw(st.sampled_from(["single", "interval", "open-start", "open-end"]))
    if shape == "single":
        return start[0], start[1], start[2], start[3]
    if shape == "open-start":
        return f"../{start[0]}", None, start[2], start[3]
    if shape == "open-end":
        return f"{start[0]}/..", start[1], None, start[3]
    end = draw(edtf_ends(min_value=start[1]))
    finest = max(start[3], end[3], key=lambda p: p.rank)
    return f"{start[0]}/{end[0]}", start[1], end[2], finest


@settings(max_examples=300)
@given(edtf_dates())
def test_every_date_of_the_subset_parses_to_the_span_it_names(case):
    text, start, end, precision = case
    span = parse_edtf(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    if span.start is not None and span.end is not None:
        assert span.start <= span.end


@settings(max_examples=200)
@given(edtf_dates())
def test_a_span_round_trips_through_its_text_and_always_displays(case):
    span = parse_edtf(case[0])
    assert parse_edtf(span.text) == span
    assert display(span)


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text(alphabet="0123456789-/.~?%TZ: ", max_size=25)))
def test_arbitrary_text_either_parses_or_raises_a_date_error(text):
    try:
        span = parse_edtf(text)
    except DateError:
        return
    assert isinstance(span, Span)


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
