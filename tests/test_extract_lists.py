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


def test_every_with_a_short_weekday_that_is_also_a_word_is_a_set():
    assert found("Choir practice is every wed.") == [("every wed", "SET", "XXXX-WXX-3")]


def test_each_weekday_listed_after_every_is_a_set_too():
    assert found("The pool is shut every sun, tues & thurs.") == [
        ("every sun", "SET", "XXXX-WXX-7"),
        ("tues", "SET", "XXXX-WXX-2"),
        ("thurs", "SET", "XXXX-WXX-4"),
    ]


def test_a_short_weekday_after_another_weekday_on_a_list_is_a_day():
    assert found("Could you come on Thursday or sat?") == [
        ("Thursday", "DATE", "2026-01-15"),
        ("sat", "DATE", "2026-01-17"),
    ]


def test_short_weekday_words_with_no_weekday_before_them_stay_words():
    assert found("They each sat down after a holiday, sun and sea, and a wed couple.") == []


def test_a_full_weekday_name_after_a_comma_keeps_its_own_reading():
    # Past tense: every day of the list is the one gone.
    assert [t[2] for t in found("She spoke on Monday, Tuesday and Friday.")] == [
        "2026-01-12",
        "2026-01-13",
        "2026-01-09",
    ]
