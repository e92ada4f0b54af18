"""Wire-story forms read as a careful TimeML annotator reads them, against a Thursday."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

THURSDAY = dt.date(2026, 3, 12)


def tagged(sentence: str, anchor: dt.date = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor, "news")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare quarter told in the past that has not begun this year is last year's.
        ("Operating profit fell in Q4.", [("Q4", "DATE", "2025-Q4")]),
        ("The retailer lost money in Q3.", [("Q3", "DATE", "2025-Q3")]),
        ("The retailer expects to lose money in Q3.", [("Q3", "DATE", "2026-Q3")]),
        # One under way may be a fiscal quarter already closed: this year's.
        ("Exports climbed in Q1.", [("Q1", "DATE", "2026-Q1")]),
    ],
)
def test_a_bare_quarter_follows_the_tense_of_its_clause(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The merger should be done by year's end.", [("year's end", "DATE", "2026")]),
        ("Shares have slipped since year's end.", [("year's end", "DATE", "2025")]),
        ("Debt will be repaid by year-end.", [("year-end", "DATE", "2026-12-31")]),
    ],
)
def test_the_end_of_the_year_written_as_a_possessive(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A rally is planned for the weekend of March 21-22.",
            [("the weekend of March 21-22", "DATE", "2026-W12-WE")],
        ),
        (
            "The trade fair fills the week of May 4-8.",
            [("the week of May 4-8", "DATE", "2026-W19")],
        ),
        (
            "Organisers expect crowds on the first weekend of April.",
            [("the first weekend of April", "DATE", "2026-W14-WE")],
        ),
        (
            "The marathon was held on the last weekend of October.",
            [("the last weekend of October", "DATE", "2025-W43-WE")],
        ),
    ],
)
def test_a_weekend_named_by_its_days_or_its_place_in_a_month(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shoppers queued at dawn on Black Friday.", [("Black Friday", "DATE", "2025-11-28")]),
        ("Online orders peaked on Cyber Monday.", [("Cyber Monday", "DATE", "2025-12-01")]),
        (
            "Roads were jammed over the Memorial Day weekend.",
            [("Memorial Day weekend", "DATE", "2025-W21-WE")],
        ),
        (
            "Hotels filled up over the Easter weekend.",
            [("Easter weekend", "DATE", "2025-W16-WE")],
        ),
        # The Lunar New Year is no first of January, and its day is not in the table.
        ("Factories shut for the Lunar New Year holiday.", []),
        ("Fireworks marked the Chinese New Year.", []),
    ],
)
def test_shopping_days_holiday_weekends_and_other_calendars_new_years(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Showers are forecast between March and May.",
            [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")],
        ),
        (
            "Rain is likely from March to May.",
            [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")],
        ),
        (
            "The farmers' market runs from May to October.",
            [("May", "DATE", "2026-05"), ("October", "DATE", "2026-10")],
        ),
        (
            "The ski season runs from November to February.",
            [("November", "DATE", "2025-11"), ("February", "DATE", "2026-02")],
        ),
        # A list is no span: each month is read on its own.
        (
            "Voting may be held in April or May.",
            [("April", "DATE", "2026-04"), ("May", "DATE", "2026-05")],
        ),
        # "may" after a month and no link word stays the verb.
        ("Officials in March may decide.", [("March", "DATE", "2026-03")]),
        ("The March to Selma began in Alabama.", []),
    ],
)
def test_a_span_of_months_keeps_both_ends_in_order(sentence, expected):
    assert tagged(sentence) == expected


def test_days_listed_before_their_month_each_take_it():
    assert tagged("Floods hit the valley on 12, 13 and 14 March.") == [
        ("12", "DATE", "2026-03-12"),
        ("13", "DATE", "2026-03-13"),
        ("14 March", "DATE", "2026-03-14"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ultimatum expires at 23:59 on March 31.",
            [("23:59 on March 31", "TIME", "2026-03-31T23:59")],
        ),
        (
            "The truce took hold at 06:00 GMT on 1 March.",
            [("06:00 GMT on 1 March", "TIME", "2026-03-01T06:00")],
        ),
        (
            "Polls in the west close at 8 p.m. PT.",
            [("8 p.m. PT", "TIME", "2026-03-12T20:00")],
        ),
        (
            "The exchange opens at 9:30 a.m. New York time.",
            [("9:30 a.m. New York time", "TIME", "2026-03-12T09:30")],
        ),
        (
            "The vote starts at 10:00 local time.",
            [("10:00 local time", "TIME", "2026-03-12T10:00")],
        ),
    ],
)
def test_clock_times_keep_their_zone_and_their_day(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The storm season lasts from June 1 to Nov. 30.",
            [("June 1", "DATE", "2026-06-01"), ("Nov. 30", "DATE", "2026-11-30")],
        ),
        (
            "Ice is expected between Dec. 20 and Jan. 5.",
            [("Dec. 20", "DATE", "2026-12-20"), ("Jan. 5", "DATE", "2027-01-05")],
        ),
        # Told in the past, the span keeps to the days gone by.
        (
            "The exhibition ran from Nov. 3 to Jan. 10.",
            [("Nov. 3", "DATE", "2025-11-03"), ("Jan. 10", "DATE", "2026-01-10")],
        ),
    ],
)
def test_a_span_of_days_closes_after_it_opens(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fuel bills soared in winter 2025-26.", [("winter 2025-26", "DATE", "2025-WI")]),
        ("Margins widened in 1H 2025.", [("1H 2025", "DATE", "2025-H1")]),
        ("Orders slowed in 3Q25.", [("3Q25", "DATE", "2025-Q3")]),
        ("The group will publish FY2025 results.", [("FY2025", "DATE", "2025")]),
        ("Its FY27 outlook is cautious.", [("FY27", "DATE", "2027")]),
        (
            "The club's 2025/26 season was poor.",
            [("2025", "DATE", "2025"), ("26", "DATE", "2026")],
        ),
    ],
)
def test_seasons_and_fiscal_periods_as_analysts_write_them(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The inquiry reopens Friday next week.", [("Friday next week", "DATE", "2026-03-20")]),
        ("He quit on Monday of last week.", [("Monday of last week", "DATE", "2026-03-02")]),
        # A weekday and the week named in the next clause are two expressions.
        (
            "They met Tuesday, last week was quiet.",
            [("Tuesday", "DATE", "2026-03-10"), ("last week", "DATE", "2026-W10")],
        ),
        (
            "Polls open at 7 a.m. on Monday, March 16.",
            [("7 a.m. on Monday, March 16", "TIME", "2026-03-16T07:00")],
        ),
        (
            "The verdict came at 4 p.m. Friday, Jan. 9, 2026, in Ottawa.",
            [("4 p.m. Friday, Jan. 9, 2026", "TIME", "2026-01-09T16:00")],
        ),
    ],
)
def test_a_weekday_with_its_week_or_its_date(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers on flight 2019 were stranded.",
        "The bus, number 2030, broke down.",
        "Guests in Room 2012 complained.",
        "The council adopted Resolution 2024 unanimously.",
    ],
)
def test_a_number_that_labels_a_thing_is_no_year(sentence):
    assert tagged(sentence) == []


def test_a_year_after_a_label_word_with_a_preposition_stays_a_year():
    assert tagged("The route opened in 2019.") == [("2019", "DATE", "2019")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The judge sentenced him to 12 years.", [("12 years", "DURATION", "P12Y")]),
        ("The term was raised from 5 to 8 years.", [("8 years", "DURATION", "P8Y")]),
        # A day after "to" that no unit follows still closes a range.
        (
            "The fair runs from April 6 to 9.",
            [("April 6", "DATE", "2026-04-06"), ("9", "DATE", "2026-04-09")],
        ),
    ],
)
def test_a_count_after_to_is_a_stretch_when_its_unit_follows(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Figures for the quarter ending Sept. 30 are due Oct. 28.",
            [
                ("the quarter", "DATE", "2026-Q3"),
                ("Sept. 30", "DATE", "2026-09-30"),
                ("Oct. 28", "DATE", "2026-10-28"),
            ],
        ),
        (
            "The chain earned more in the quarter ended June 30.",
            [("the quarter", "DATE", "2025-Q2"), ("June 30", "DATE", "2025-06-30")],
        ),
        (
            "The chain earned more in the quarter ended Dec. 31, 2024.",
            [("the quarter", "DATE", "2024-Q4"), ("Dec. 31, 2024", "DATE", "2024-12-31")],
        ),
    ],
)
def test_the_quarter_named_by_its_last_day_is_the_quarter_holding_that_day(sentence, expected):
    assert tagged(sentence) == expected


SATURDAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A schedule's present tense looks ahead, for a month as for a weekday.
        ("The smoking ban takes effect in November.", [("November", "DATE", "2026-11")]),
        ("The new service launches in September.", [("September", "DATE", "2026-09")]),
        ("The smoking ban took effect in November.", [("November", "DATE", "2025-11")]),
        # An infinitive set off after its noun looks ahead; "had to be" looks back.
        ("The vote, to be held Tuesday, is close.", [("Tuesday", "DATE", "2026-03-17")]),
        ("The town had to be evacuated Tuesday.", [("Tuesday", "DATE", "2026-03-10")]),
        (
            "The levy starts on Jan. 1 next year.",
            [("Jan. 1 next year", "DATE", "2027-01-01")],
        ),
        (
            "The court will rule in March of next year.",
            [("March of next year", "DATE", "2027-03")],
        ),
        # A comma parts the day from a "last year" of the next clause.
        (
            "On March 3, last year's winner withdrew.",
            [("March 3", "DATE", "2026-03-03"), ("last year", "DATE", "2025")],
        ),
    ],
)
def test_schedules_and_days_of_a_year_named_beside_them(sentence, expected):
    assert tagged(sentence, SATURDAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The index is up 8% year to date.", [("year to date", "DATE", "2026")]),
        ("Month-to-date sales slipped.", [("Month-to-date", "DATE", "2026-03")]),
        ("No cure has been found to date.", [("date", "DATE", "PRESENT_REF")]),
        ("The notes pay interest half-yearly.", [("half-yearly", "SET", "P6M")]),
        ("The notes pay interest semi-annually.", [("semi-annually", "SET", "P6M")]),
    ],
)
def test_periods_so_far_and_every_half_year(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gales lashed the coast overnight Tuesday.",
            [("overnight Tuesday", "TIME", "2026-03-10TNI")],
        ),
        ("Futures slipped overnight.", [("overnight", "TIME", "2026-03-12TNI")]),
    ],
)
def test_overnight_is_the_night_of_the_day_it_names(sentence, expected):
    assert tagged(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Crowds packed the park this past weekend.",
            [("this past weekend", "DATE", "2026-W10-WE")],
        ),
        ("The panel reconvenes this coming week.", [("this coming week", "DATE", "2026-W12")]),
        ("Profits collapsed the year before last.", [("the year before last", "DATE", "2024")]),
        ("The month before last was the driest.", [("The month before last", "DATE", "2026-01")]),
    ],
)
def test_this_past_this_coming_and_before_last(sentence, expected):
    assert tagged(sentence) == expected


def test_the_remainder_of_a_period_is_read_as_its_rest():
    assert tagged("The remainder of the year looks weak.") == [
        ("The remainder of the year", "DATE", "2026")
    ]
