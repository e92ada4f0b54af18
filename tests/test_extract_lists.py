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
