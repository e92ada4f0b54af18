"""A day told by the day just named: "later in the day", "Oct. 12, the day before the vote"."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Saturday.
PUBLISHED = dt.date(2025, 6, 14)


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, PUBLISHED, kind="news")]


def test_earlier_in_the_day_is_the_day_its_sentence_named():
    text = "The council on Thursday condemned the fire that gutted the market earlier in the day."
    assert values(text) == [("Thursday", "2025-06-12"), ("earlier in the day", "2025-06-12")]


def test_later_in_the_day_takes_the_day_named_in_the_sentence_before():
    text = "The envoy landed in Lisbon on Wednesday. Later in the day she met the prime minister."
    assert values(text)[-1] == ("Later in the day", "2025-06-11")


def test_with_no_day_named_it_is_the_day_of_publication():
    assert values("The minister will speak later in the day.") == [
        ("later in the day", "2025-06-14")
    ]


@pytest.mark.parametrize("unit", ["week", "month"])
def test_a_longer_unit_still_counts_from_publication(unit):
    assert [v for _, v in values(f"Sales recovered later in the {unit}.")] == [
        {"week": "2025-W24", "month": "2025-06"}[unit]
    ]


def test_the_day_before_a_phrase_beside_a_date_is_that_date():
    text = "Shares slid on Oct. 8, the day before regulators announced the inquiry."
    assert values(text) == [("Oct. 8", "2024-10-08"), ("the day before", "2024-10-08")]


def test_the_day_after_a_phrase_away_from_a_date_is_not_read():
    text = "Rescuers reached the island on June 2, 2025 and flew out the day after the storm."
    assert values(text) == [("June 2, 2025", "2025-06-02")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The pact was signed on June 3, 2025; the day before, talks had nearly collapsed.",
            "2025-06-02",
        ),
        ("He left Oslo on June 3, 2025, having arrived the day before in a storm.", "2025-06-02"),
        ("The fair opened on June 3, 2025. The day after was quieter.", "2025-06-04"),
    ],
)
def test_the_day_before_as_an_adverb_is_next_to_the_date_named(sentence, value):
    assert values(sentence)[-1][1] == value
