"""How the tagger reads history narrative: names that look like dates, lists, apposed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A history is read long after the events it tells.
READ_ON = dt.date(2026, 3, 12)


def found(text: str, kind: str = "narrative") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, READ_ON, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The raid on the harbour came on Sunday, 7 December 1941.",
            [("Sunday, 7 December 1941", "1941-12-07")],
        ),
        (
            "The offensive opened on Saturday 1 July 1916 after a week of shelling.",
            [("Saturday 1 July 1916", "1916-07-01"), ("a week", "P1W")],
        ),
    ],
)
def test_a_weekday_before_day_month_and_year_is_one_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels seized the post office on Easter Monday, 24 April 1916.",
            ("Easter Monday", "1916-04-24"),
        ),
        (
            "The soldiers sang carols across the lines on Christmas Eve, 24 December 1914.",
            ("Christmas Eve", "1914-12-24"),
        ),
        (
            "Washington crossed the river on Christmas Day, December 25, 1776.",
            ("Christmas Day", "1776-12-25"),
        ),
    ],
)
def test_a_holiday_takes_the_year_of_the_date_set_beside_it(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Thirty Years' War left much of the empire in ruins.",
        "Britain gained Canada in the Seven Years' War.",
        "Israel took the Sinai in the Six-Day War.",
        "The Eighty Years' War ended with Dutch independence.",
    ],
)
def test_a_count_of_time_in_a_wars_name_is_no_duration(text):
    assert found(text) == []


def test_the_same_count_outside_a_name_is_still_a_duration():
    assert found("After a six-day war the border was redrawn.") == [("six-day", "P6D")]
    assert found("The siege dragged on for seven years.") == [("seven years", "P7Y")]


@pytest.mark.parametrize(
    "text",
    [
        "The October Revolution brought the Bolsheviks to power.",
        "Students marched in the May Fourth Movement.",
        "The July Crisis turned a murder into a world war.",
        "The February Revolution toppled the tsar.",
        "Hardliners staged the August Coup against Gorbachev.",
    ],
)
def test_a_month_that_names_an_event_is_no_date(text):
    assert found(text) == []


def test_a_month_before_a_lower_case_word_is_still_the_month():
    text = "The city fell in 1917. In October revolutionaries stormed the palace."
    assert found(text) == [("1917", "1917"), ("October", "1917-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Black Tuesday wiped out the savings of millions.",
        "The killings of Bloody Sunday turned the city against the army.",
    ],
)
def test_a_day_known_by_its_epithet_is_not_the_nearest_weekday(text):
    assert found(text) == []


def test_the_first_season_of_a_list_takes_the_year_written_after_the_last():
    text = "The air battle was fought over the summer and autumn of 1940."
    assert found(text) == [("the summer", "1940-SU"), ("autumn of 1940", "1940-FA")]
    text = "Fighting raged from spring to autumn 1916."
    assert found(text) == [("spring", "1916-SP"), ("autumn 1916", "1916-FA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The long war between Athens and Sparta lasted from 431 to 404 BC.",
            [("431", "BC0431"), ("404 BC", "BC0404")],
        ),
        ("The Persian invasions (490–479 BC) failed.", [("490", "BC0490"), ("479 BC", "BC0479")]),
    ],
)
def test_both_ends_of_a_range_bc_are_years_bc(text, expected):
    assert found(text) == expected


def test_a_short_step_from_a_month_without_a_day_names_that_month():
    text = "The offensive opened in March 1918. Nine days later the British line broke."
    assert found(text) == [("March 1918", "1918-03"), ("Nine days", "1918-03")]


def test_a_long_step_from_a_month_without_a_day_stays_a_stretch():
    text = "The offensive opened in March 1918. Twenty days later the line held."
    assert found(text) == [("March 1918", "1918-03"), ("Twenty days", "P20D")]
