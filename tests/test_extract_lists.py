"""Lists and ranges of days in informal text: each item is its own expression."""

from __future__ import annotations

import datetime as dt

from carneytl.extract.tagger import find_timexes

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def found(sentence, anchor=PUBLISHED):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


def test_a_spaced_dash_joins_two_days_of_one_month():
    assert found("The workshop runs Feb 7 - 8 in the old library.") == [
        ("Feb 7", "DATE", "2026-02-07"),
        ("8", "DATE", "2026-02-08"),
    ]


def test_a_spaced_dash_before_a_number_that_is_no_day_gives_nothing():
    # "won" is past: the February gone.
    assert found("The team won Feb 7 - 80 points to none.") == [("Feb 7", "DATE", "2025-02-07")]


def test_days_listed_after_a_month_each_take_that_month():
    assert found("Tastings will run on April 4, 11 and 18.") == [
        ("April 4", "DATE", "2026-04-04"),
        ("11", "DATE", "2026-04-11"),
        ("18", "DATE", "2026-04-18"),
    ]


def test_pairs_of_days_listed_after_a_month_each_take_that_month():
    values = [t[2] for t in found("Camps run July 6 - 7, 13 - 14 and 20 - 21.")]
    assert values == [f"2026-07-{day:02d}" for day in (6, 7, 13, 14, 20, 21)]


def test_a_count_after_a_day_and_a_comma_is_no_day():
    assert all(t[0] != "40" for t in found("By March 3, 40 boats had left the harbour."))
