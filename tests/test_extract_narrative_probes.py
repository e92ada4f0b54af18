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
        "The Three-Day Week saved coal for the power stations.",
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


def test_a_bare_ordinal_day_takes_the_month_in_focus_of_a_history():
    text = "In October 1962 the crisis broke. On the 16th, he was told. By the 28th, it was over."
    assert found(text) == [
        ("October 1962", "1962-10"),
        ("the 16th", "1962-10-16"),
        ("the 28th", "1962-10-28"),
    ]


def test_a_bare_ordinal_day_with_no_month_in_focus_stays_untagged():
    assert found("The regiment was ready by the 16th.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within days the government had fallen.", ("days", "PXD")),
        ("The guns fired for hours without pause.", ("hours", "PTXH")),
    ],
)
def test_a_bare_plural_of_days_or_hours_after_for_or_within_is_a_vague_stretch(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The eastern empire lasted two thousand years.", ("two thousand years", "P2000Y")),
        ("They dreamt of a reign of a thousand years.", ("a thousand years", "P1000Y")),
    ],
)
def test_thousands_of_years_are_counted(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iron tools spread in the 1st millennium BC.", ("the 1st millennium BC", "BC0")),
        ("The abbey was rebuilt early in the second millennium.", ("the second millennium", "1")),
    ],
)
def test_a_millennium_is_written_as_its_leading_digit(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1812 the army marched east. The year before, it had massed.",
            ("The year before", "1811"),
        ),
        (
            "France fell in May 1940; the month before, Norway had fallen.",
            ("the month before", "1940-04"),
        ),
    ],
)
def test_a_history_steps_a_year_or_month_from_the_date_in_focus(text, expected):
    assert expected in found(text)


def test_a_step_before_a_phrase_names_no_date_of_its_own():
    text = "In 1812 the army marched east. The year after the retreat, it was rebuilt."
    assert found(text) == [("1812", "1812")]


def test_news_leaves_a_years_comparison_to_its_figures():
    text = "Revenue fell to $300 million last year, down from $450 million the year before."
    assert [t for t, _ in found(text, "news")] == ["last year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign ended on 2 December 1805, one year after his coronation.",
            ("one year", "P1Y"),
        ),
        ("The war ended in 201 BC, seventeen years after it began.", ("seventeen years", "P17Y")),
    ],
)
def test_a_stretch_before_after_and_an_event_counts_from_that_event(text, expected):
    assert expected in found(text)


def test_a_stretch_before_later_still_steps_from_the_date_in_focus():
    text = "The fort fell on 2 December 1805. One year later it was retaken."
    assert ("One year", "1806") in found(text)


def test_a_season_after_a_range_of_years_opens_in_the_first():
    assert found("The 1943-44 winter was mild in the south.") == [("The 1943-44 winter", "1943-WI")]


def test_a_half_of_the_year_in_a_history_is_of_the_year_in_focus():
    text = "In the first half of 1942 the fleet grew. In the second half of the year it shrank."
    assert found(text) == [
        ("the first half of 1942", "1942-H1"),
        ("the second half of the year", "1942-H2"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the evening of 14 April 1865 he was shot. He died at 7:22 the next morning.",
            ("7:22 the next morning", "1865-04-15T07:22"),
        ),
        (
            "On the night of 14 April 1912 it hit ice. It sank at 2:20 a.m. the following morning.",
            ("2:20 a.m. the following morning", "1912-04-15T02:20"),
        ),
    ],
)
def test_a_clock_time_the_next_morning_is_on_the_day_after(text, expected):
    assert expected in found(text)


def test_noon_or_midnight_on_a_day_is_one_time():
    text = "Fighting ended in 1945. At midnight on 31 December the guns fell silent."
    assert ("midnight on 31 December", "1945-12-31T24") in found(text)
    text = "In 1944 the fleet waited. At noon on 6 June the ships sailed."
    assert ("noon on 6 June", "1944-06-06T12:00") in found(text)


def test_a_stretch_after_a_person_counts_from_that_person():
    text = "He reigned until his death in 1483. His brother ruled for two years after him."
    assert ("two years", "P2Y") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In his twenties he fought in Spain.",
        "She wrote her first novel in her early thirties.",
    ],
)
def test_a_decade_of_someones_life_is_an_age_not_a_decade(text):
    assert found(text) == []


def test_a_decade_word_alone_is_still_a_decade():
    assert found("Tastes changed in the nineties.") == [("the nineties", "199")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the 1800s the town has been a port.", ("the 1800s", "18")),
        ("Trade grew in the early 1700s.", ("the early 1700s", "17")),
        ("Rents rose in the 1980s.", ("the 1980s", "198")),
    ],
)
def test_hundreds_name_a_century_and_tens_a_decade(text, expected):
    assert found(text) == [expected]


def test_a_twenty_four_hour_clock_with_hours_is_a_time_whatever_follows():
    text = "The landings began on 25 April 1915. At 1400 hours the commander went ashore."
    assert ("1400 hours", "1915-04-25T14:00") in found(text)
    assert found("The plane circled at 1200 feet.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The landing force of some 1800 Marines came ashore at dawn.",
        "In the battle the fleet lost 1200 aircraft.",
    ],
)
def test_a_number_before_what_a_war_counts_is_no_year(text):
    assert found(text) == []


def test_a_year_after_in_before_a_plural_is_still_a_year():
    assert found("In 1916 prisoners were moved east.") == [("1916", "1916")]


def test_a_step_of_whole_decades_from_a_decade_in_focus_names_a_decade():
    text = "In the 1970s a new war began. Ten years later it was over."
    assert found(text) == [("the 1970s", "197"), ("Ten years", "198")]


def test_a_step_of_some_years_from_a_decade_in_focus_stays_a_stretch():
    text = "In the 1970s a new war began. Five years later it was over."
    assert found(text) == [("the 1970s", "197"), ("Five years", "P5Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the 1450s the Turks advanced.", ("the 1450s", "145")),
        ("In the 1200s the towns grew.", ("the 1200s", "12")),
    ],
)
def test_a_decade_or_hundred_before_1600_is_dated(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The abbey was destroyed circa 1200.", ("1200", "1200")),
        ("The keep was rebuilt c. 1250 by the duke.", ("1250", "1250")),
    ],
)
def test_a_year_before_1600_after_circa_is_a_year(text, expected):
    assert found(text) == [expected]


def test_may_after_another_month_in_a_list_is_the_month():
    text = "In 1945 the cities fell between March and May."
    assert found(text) == [("1945", "1945"), ("March", "1945-03"), ("May", "1945-05")]


def test_may_as_a_verb_is_still_no_month():
    assert found("The general may retreat.") == []


def test_a_span_of_months_that_wraps_opens_in_the_year_before():
    text = "The front held from December to March 1942."
    assert found(text) == [("December", "1941-12"), ("March 1942", "1942-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The landings were planned in the first months of 1915.",
            ("the first months of 1915", "1915"),
        ),
        (
            "The capital fell in the final days of April 1945.",
            ("the final days of April 1945", "1945-04"),
        ),
    ],
)
def test_a_stretch_at_the_edge_of_a_year_or_month_is_one_date(text, expected):
    assert found(text) == [expected]


def test_a_night_across_two_days_written_with_a_slash_opens_on_the_first():
    text = "On the night of 14/15 November 1940 the city was bombed."
    assert found(text) == [("the night of 14/15 November 1940", "1940-11-14TNI")]


def test_a_range_of_years_written_with_a_slash_has_two_ends():
    assert found("During 1942/43 the front hardly moved.") == [("1942", "1942"), ("43", "1943")]
