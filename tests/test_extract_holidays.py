"""Named holidays: fixed days, nth weekdays, days counted from Easter, and their year."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Friday in January: the last Thanksgiving lies seven weeks back.
FRIDAY = dt.date(2000, 1, 7)


def found(text: str, anchor: dt.date = FRIDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The boy was rescued at sea on Thanksgiving Day.", ("Thanksgiving Day", "1999-11-25")),
        ("The boy was rescued at sea last Thanksgiving.", ("last Thanksgiving", "1999-11-25")),
        (
            "Turkey sales fell before Canadian Thanksgiving.",
            ("Canadian Thanksgiving", "1999-10-11"),
        ),
        ("The market will shut on Memorial Day.", ("Memorial Day", "2000-05-29")),
        ("The strike ended on Labor Day.", ("Labor Day", "1999-09-06")),
        (
            "Schools will close for Martin Luther King Day.",
            ("Martin Luther King Day", "2000-01-17"),
        ),
        ("She plans to visit her mother on Mother's Day.", ("Mother's Day", "2000-05-14")),
        ("The lawsuit was filed on Father's Day.", ("Father's Day", "1999-06-20")),
        ("The office will be closed on Presidents' Day.", ("Presidents' Day", "2000-02-21")),
        ("Veterans marched on Veterans Day.", ("Veterans Day", "1999-11-11")),
        ("Poppies were worn on Remembrance Day.", ("Remembrance Day", "1999-11-11")),
        ("Fireworks were set off on Canada Day.", ("Canada Day", "1999-07-01")),
        ("The holiday traffic peaked on the Fourth of July.", ("Fourth of July", "1999-07-04")),
        ("The city held its parade on St. Patrick's Day.", ("St. Patrick's Day", "1999-03-17")),
        ("The rally will be held on Victoria Day.", ("Victoria Day", "2000-05-22")),
        ("He proposed on Valentine's Day.", ("Valentine's Day", "1999-02-14")),
        ("Children went door to door on Halloween.", ("Halloween", "1999-10-31")),
        ("The ceasefire was signed on Boxing Day.", ("Boxing Day", "1999-12-26")),
    ],
)
def test_a_holiday_reads_as_its_day_in_the_year_tense_points_to(sentence, expected):
    text, value = expected
    assert (text, "DATE", value) in found(sentence)


@pytest.mark.parametrize(
    ("year", "good_friday", "easter_monday"),
    [
        (2000, "2000-04-21", "2000-04-24"),
        (2019, "2019-04-19", "2019-04-22"),
        (2024, "2024-03-29", "2024-04-01"),
    ],
)
def test_days_counted_from_easter_follow_the_church_calendar(year, good_friday, easter_monday):
    text = f"The banks shut on Good Friday {year} and opened again after Easter Monday {year}."
    values = [value for _, _, value in found(text)]
    assert values == [good_friday, easter_monday]


def test_easter_week_is_the_week_that_ends_on_easter_sunday():
    # Easter 2000 fell on 23 April, a Sunday of ISO week 16.
    assert found("Pilgrims arrived as Easter week began.", dt.date(2000, 4, 17)) == [
        ("Easter week", "DATE", "2000-W16")
    ]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    # In 2026 the first of November is a Sunday: the day is the third, not the second.
    assert found("Voters will go to the polls on Election Day.", dt.date(2026, 10, 1)) == [
        ("Election Day", "DATE", "2026-11-03")
    ]
    # When the first is a Tuesday, the election waits a week.
    assert found("Voters will go to the polls on Election Day.", dt.date(2022, 10, 1)) == [
        ("Election Day", "DATE", "2022-11-08")
    ]


def test_last_this_and_next_count_from_publication():
    anchor = dt.date(2024, 6, 1)
    assert found("They met last Christmas.", anchor) == [("last Christmas", "DATE", "2023-12-25")]
    assert found("They meet next Easter.", anchor) == [("next Easter", "DATE", "2025-04-20")]
    assert found("They meet this Thanksgiving.", anchor) == [
        ("this Thanksgiving", "DATE", "2024-11-28")
    ]


def test_a_year_written_after_the_holiday_fixes_it():
    assert found("He was born on Christmas Day of 1963.") == [
        ("Christmas Day of 1963", "DATE", "1963-12-25")
    ]
    assert found("The flood came at Thanksgiving 1998.") == [
        ("Thanksgiving 1998", "DATE", "1998-11-26")
    ]


def test_a_part_of_the_holiday_makes_a_time():
    assert found("The bells rang on Christmas Eve night.") == [
        ("Christmas Eve night", "TIME", "1999-12-24TNI")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship sailed on to Easter Island.",
        "The Easter Rising was put down.",
        "Children hunted for Easter eggs in the garden.",
        "The election day turnout was low in every ward.",
        "Polls showed the labor day rate fell.",
        "Her mother and father spoke at the memorial.",
    ],
)
def test_words_that_only_look_like_a_holiday_are_no_date(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    "name",
    [
        "Christmas",
        "Christmas Day",
        "Christmas Eve",
        "Xmas",
        "Boxing Day",
        "New Year",
        "New Year's Day",
        "New Years Day",
        "New Year's Eve",
        "Valentine's Day",
        "Halloween",
        "Thanksgiving",
        "Thanksgiving Day",
        "Canadian Thanksgiving",
        "Canadian Thanksgiving Day",
        "Easter",
        "Easter Sunday",
        "Easter Monday",
        "Easter Day",
        "Good Friday",
        "Palm Sunday",
        "Ash Wednesday",
        "Maundy Thursday",
        "Holy Thursday",
        "Holy Saturday",
        "Whit Sunday",
        "Whit Monday",
        "Ascension Day",
        "Pentecost",
        "Labor Day",
        "Memorial Day",
        "Remembrance Day",
        "Armistice Day",
        "Canada Day",
        "Bastille Day",
        "Columbus Day",
        "Election Day",
        "Victoria Day",
        "Groundhog Day",
        "May Day",
        "Veterans Day",
        "Veterans' Day",
        "Veteran's Day",
        "Presidents' Day",
        "President's Day",
        "Presidents Day",
        "Mother's Day",
        "Mothers Day",
        "Father's Day",
        "Martin Luther King Day",
        "Martin Luther King Jr. Day",
        "Martin Luther King, Jr. Day",
        "MLK Day",
        "St. Patrick's Day",
        "Saint Patrick's Day",
        "April Fools' Day",
        "April Fool's Day",
        "Fourth of July",
    ],
)
def test_every_name_the_rule_accepts_reads_as_a_day(name):
    # Each spelling the pattern takes must have its day in one of the tables.
    expressions = find_timexes(f"The office was closed on {name} 2001.", FRIDAY)
    assert [(t.text, t.type, t.value[:4]) for t in expressions] == [
        (f"{name} 2001", "DATE", "2001")
    ]
