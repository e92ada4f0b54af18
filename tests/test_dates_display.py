"""Specification of dates for people: display at precision, and spans in plain words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.display import describe, display, elapsed, more_than_a_year
from carneytl.dates.edtf import parse_edtf


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2018", "the whole of 2018"),
        ("2018-12", "the whole of December 2018"),
        ("2018-12-01", "a single day, Saturday 1 December 2018"),
        ("2017-12-03/2017-12-07", "from 3 December 2017 to 7 December 2017, 5 days"),
        (
            "2018-12/2021-09",
            "from the start of December 2018 to the end of September 2021, 2 years 10 months",
        ),
        ("2018/2021", "from the start of 2018 to the end of 2021, 4 years"),
        ("../2018", "until the end of 2018, with no known start"),
        ("2018-03-02/..", "from 2 March 2018 on, with no known end"),
        ("2018~", "the whole of 2018 (approximate)"),
        ("2018-12?", "the whole of December 2018 (uncertain)"),
        ("2018-12-01%", "a single day, Saturday 1 December 2018 (approximate and uncertain)"),
    ],
)
def test_describe_says_a_span_in_plain_words(text, words):
    assert describe(parse_edtf(text)) == words


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (dt.date(2018, 12, 10), dt.date(2021, 9, 24), "2 years 9 months"),
        (dt.date(2021, 9, 24), dt.date(2025, 1, 28), "3 years 4 months"),
        (dt.date(2021, 1, 1), dt.date(2024, 1, 1), "3 years"),
        (dt.date(2021, 1, 31), dt.date(2021, 3, 1), "1 month"),
        (dt.date(2021, 1, 31), dt.date(2021, 2, 28), "28 days"),
        (dt.date(2021, 9, 24), dt.date(2021, 9, 25), "1 day"),
        (dt.date(2021, 9, 24), dt.date(2021, 9, 24), "0 days"),
    ],
)
def test_elapsed_counts_whole_years_and_months_then_days(start, end, words):
    assert elapsed(start, end) == words


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=60)
@given(days, days)
def test_elapsed_does_not_care_which_day_comes_first(a, b):
    assert elapsed(a, b) == elapsed(b, a)


@settings(max_examples=60)
@given(days, days)
def test_more_than_a_year_agrees_with_elapsed(a, b):
    earlier, later = min(a, b), max(a, b)
    words = elapsed(earlier, later)
    if more_than_a_year(earlier, later):
        assert "year" in words
        assert words != "1 year" or later.day != earlier.day or later.month != earlier.month
    else:
        assert words == "1 year" or "year" not in words


def test_more_than_a_year_is_strict_and_handles_29_february():
    assert not more_than_a_year(dt.date(2017, 12, 7), dt.date(2018, 12, 1))
    assert not more_than_a_year(dt.date(2018, 1, 1), dt.date(2019, 1, 1))
    assert more_than_a_year(dt.date(2018, 1, 1), dt.date(2019, 1, 2))
    assert not more_than_a_year(dt.date(2024, 2, 29), dt.date(2025, 2, 28))
    assert more_than_a_year(dt.date(2024, 2, 29), dt.date(2025, 3, 1))


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
