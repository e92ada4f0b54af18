"""News dates: which way a day points (a verb after it, a possessive, a modal), and values."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Friday.
FRIDAY = dt.date(2024, 3, 15)


def values(text: str, anchor: dt.date = FRIDAY) -> list[str]:
    return [t.value for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor Wednesday condemned the attack on the depot and vowed to find those behind it.",
        "Shares on Wednesday closed lower, and traders expect a rebound.",
        "The union Wednesday said it would strike.",
    ],
)
def test_a_past_verb_right_after_the_day_looks_back(sentence):
    assert values(sentence) == ["2024-03-13"]


def test_a_verb_after_the_day_that_speaks_of_a_plan_decides_nothing_alone():
    # "scheduled" after the day is no past event: the tense of the clause still decides.
    assert values("The board Wednesday scheduled for review will meet.") == ["2024-03-20"]


def test_a_possessive_day_is_past_when_the_future_tense_is_another_clauses():
    text = "Her lawyers said they would try to overturn Wednesday's ruling."
    assert values(text) == ["2024-03-13"]


def test_a_possessive_day_looks_ahead_with_a_future_tense_in_its_own_clause():
    assert values("Voters will go to the polls in Sunday's election.") == ["2024-03-17"]


@pytest.mark.parametrize("verb", ["shut", "quit"])
def test_a_verb_spelled_like_its_past_after_a_modal_looks_ahead(verb):
    assert values(f"The owner will {verb} on Tuesday.") == ["2024-03-19"]
    assert values(f"The owner {verb} on Tuesday.") == ["2024-03-12"]


def test_a_day_in_parentheses_takes_the_tense_of_the_clause_around_it():
    text = "''The delegation will leave at dawn (4 a.m. EDT Thursday),'' the minister said."
    assert values(text, dt.date(2024, 3, 13)) == ["2024-03-14T04:00"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing could stop the bullet that tore through the window Wednesday night.",
        "The deal that was signed Wednesday will cut costs.",
    ],
)
def test_a_past_verb_after_that_is_a_relative_clauses_verb(sentence):
    assert values(sentence)[0].startswith("2024-03-13")


def test_could_not_be_reached_is_past_and_could_be_held_looks_ahead():
    assert values("The minister could not be reached Wednesday.") == ["2024-03-13"]
    assert values("The vote could be held Wednesday.") == ["2024-03-20"]


def test_a_date_that_modifies_a_noun_may_lie_ahead_of_a_past_clause():
    # Written on 6 January: the return date set is a week ahead, the arrest a year back.
    anchor = dt.date(2000, 1, 6)
    assert values("The agency set a Jan. 14 return date for the boy.", anchor) == ["2000-01-14"]
    assert values("The board announced a Jan. 14 deadline.", anchor) == ["2000-01-14"]
    assert values("He was arrested on Jan. 14 and held.", anchor) == ["1999-01-14"]


def test_a_decade_ago_is_the_year_ten_years_back():
    anchor = dt.date(1999, 3, 12)
    assert values("A decade ago, the border was closed.", anchor) == ["1989"]
    assert values("The treaty was signed two decades ago.", anchor) == ["1979"]
    assert values("The bridge went up a century ago.", anchor) == ["1899"]


def test_the_year_ended_a_day_is_a_years_stretch_and_the_day_its_own_date():
    found = find_timexes("Net income for the year ended June 30 rose 4%.", FRIDAY)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2023-06-30"),
    ]


def test_the_week_of_a_day_is_the_iso_week_that_holds_it():
    anchor = dt.date(2000, 2, 24)
    assert values("The hearing is set for the week of March 6.", anchor) == ["2000-W10"]
    assert values("They met the week of Jan. 5, 1998.", anchor) == ["1998-W02"]


def test_a_month_that_modifies_a_noun_looks_ahead_only_with_its_own_clauses_future():
    anchor = dt.date(1989, 10, 27)
    text = "The firm said it is continuing to try to sell itself, under a June agreement."
    assert values(text, anchor) == ["1989-06"]
    assert values("The firm will meet a June deadline.", anchor) == ["1990-06"]
