"""Specification of store dates: the EDTF subset, its intervals, open ends and qualifiers."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.display import display
from carneytl.dates.edtf import _parsed_endpoints, endpoints, parse_edtf
from carneytl.errors import DateError
from carneytl.model import Precision, Span

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


# --- endpoints: from the fields, as from the text ----------------------------------------


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
def test_endpoints_read_from_the_spans_fields_are_those_parsing_its_text_gives(text):
    span = parse_edtf(text)
    assert endpoints(span) == _parsed_endpoints(span)


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


@settings(max_examples=300)
@given(edtf_dates())
def test_a_qualifier_on_either_end_qualifies_the_span(case):
    ends = [end for end in case[0].split("/") if end != ".."]
    span = parse_edtf(case[0])
    assert span.approximate == any(end[-1] in "~%" for end in ends)
    assert span.uncertain == any(end[-1] in "?%" for end in ends)


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
