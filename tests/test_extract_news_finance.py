"""Business and market wire copy: reporting periods, contract months and index levels."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Thursday in March: the last completed quarter is the fourth of the year before.
MARCH = dt.date(2026, 3, 12)
# A Thursday in August, while retailers report quarters that closed days ago.
AUGUST = dt.date(2025, 8, 14)
# A Tuesday in January, the height of the season for full-year results.
JANUARY = dt.date(2026, 1, 20)


def tagged(text: str, published: dt.date = MARCH) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published, kind="news")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A quarter is the calendar quarter most of its three months lie in.
        ("The chain earned $90 million in the quarter ended July 31.", AUGUST, "2025-Q2"),
        ("Same-store sales slipped in the quarter ended Aug. 2.", AUGUST, "2025-Q2"),
        ("The grocer lost money in the quarter ended Feb. 1.", MARCH, "2025-Q4"),
        ("Its margins widened in the quarter ended Sept. 30.", dt.date(2025, 10, 30), "2025-Q3"),
        ("The bank posted a loss for the quarter ended Dec. 31.", JANUARY, "2025-Q4"),
    ],
)
def test_a_quarter_that_ended_on_a_day_is_the_calendar_quarter_it_mostly_covers(
    text: str, published: dt.date, expected: str
) -> None:
    assert tagged(text, published)[0][1:] == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Handset revenue jumped in the December quarter.", JANUARY, "2025-Q4"),
        ("The firm sees weaker demand in the March quarter.", JANUARY, "2026-Q1"),
        ("Services grew 12% in the September quarter.", dt.date(2025, 11, 2), "2025-Q3"),
        # November to January: mostly the fourth calendar quarter.
        ("Sales in the January quarter were the best yet.", MARCH, "2025-Q4"),
    ],
)
def test_a_quarter_named_by_its_closing_month_is_one_expression(
    text: str, published: dt.date, expected: str
) -> None:
    found = tagged(text, published)
    assert len(found) == 1
    assert found[0][0].endswith("quarter")
    assert found[0][1:] == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper for May delivery slid 2 cents a pound.", ("May", "DATE", "2026-05")),
        ("Crude oil for April delivery fell 2% to $78.", ("April", "DATE", "2026-04")),
        ("December soybean futures fell 4 cents.", ("December", "DATE", "2026-12")),
        ("The February contract settled lower.", ("February", "DATE", "2027-02")),
        ("The March contract expired on Friday.", ("March", "DATE", "2026-03")),
    ],
)
def test_a_contract_month_is_this_month_or_one_to_come_whatever_the_tense(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert tagged(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The index rose 12.5 to 1987.",
        "The average fell 31 points to 2013.",
        "The composite gained 1.4% to 1998.",
        "The Nikkei closed at 2150.",
        "The gauge finished at 1999, a record.",
    ],
)
def test_an_index_level_shaped_like_a_year_is_no_date(text: str) -> None:
    assert tagged(text) == []


def test_years_after_other_words_stay_years() -> None:
    assert tagged("Output climbed from 1995 to 1998.") == [
        ("1995", "DATE", "1995"),
        ("1998", "DATE", "1998"),
    ]
    assert tagged("The notes fall due in 2031.") == [("2031", "DATE", "2031")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain expects to open 40 stores next fiscal year.", ("next fiscal year", "2027")),
        ("The utility spent more last fiscal year.", ("last fiscal year", "2025")),
        ("Spending this fiscal year will rise.", ("this fiscal year", "2026")),
        # A fiscal year is a year on the books, not a stretch of twelve months.
        ("Capital spending will climb in the next fiscal year.", ("the next fiscal year", "2027")),
        ("Output rose in the previous fiscal year.", ("the previous fiscal year", "2025")),
    ],
)
def test_a_fiscal_year_named_from_publication(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in tagged(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cash is swept into the fund at month-end.", ("month-end", "DATE", "2026-03")),
        ("Leverage had fallen by quarter-end.", ("quarter-end", "DATE", "2026-Q1")),
        ("Loans have grown since quarter-end.", ("quarter-end", "DATE", "2025-Q4")),
        ("Prices are marked at the month's end.", ("the month's end", "DATE", "2026-03")),
    ],
)
def test_month_end_and_quarter_end(text: str, expected: tuple[str, str, str]) -> None:
    assert tagged(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Deliveries have risen for three straight quarters.",
        "Deliveries have risen for three consecutive quarters.",
    ],
)
def test_quarters_in_a_row_are_a_stretch_not_a_fraction(text: str) -> None:
    assert [(t[1], t[2]) for t in tagged(text)] == [("DURATION", "P3Q")]


def test_three_quarters_of_something_is_still_a_fraction() -> None:
    assert tagged("Three quarters of the staff voted yes.") == []


def test_a_full_year_told_as_done_in_the_first_months_is_the_year_gone() -> None:
    assert tagged("For the full year, the insurer earned $2 billion.", JANUARY) == [
        ("the full year", "DATE", "2025")
    ]
    # Later in the year a fiscal year may just have closed: the year of publication.
    assert tagged("Sales for the full year were $6 billion.", dt.date(2025, 11, 2)) == [
        ("the full year", "DATE", "2025")
    ]
    assert tagged("It sees slower growth for the full year.", JANUARY) == [
        ("the full year", "DATE", "2026")
    ]


def test_full_year_before_a_noun_is_the_year() -> None:
    assert tagged("The brewer cut its full-year outlook.", JANUARY) == [
        ("full-year", "DATE", "2026")
    ]
    assert tagged("Full-year sales will top $9 billion.") == [("Full-year", "DATE", "2026")]


def test_fourth_quarter_results_due_in_the_first_quarter_are_last_years() -> None:
    assert tagged("The chain will post fourth-quarter results on Thursday.")[0] == (
        "fourth-quarter",
        "DATE",
        "2025-Q4",
    )
    # A quarter still ahead is forecast, not reported.
    assert tagged("Analysts expect third-quarter earnings to improve.") == [
        ("third-quarter", "DATE", "2026-Q3")
    ]
    assert tagged("The lender expects fourth-quarter earnings to improve.", AUGUST) == [
        ("fourth-quarter", "DATE", "2025-Q4")
    ]


def test_the_back_half_of_a_year_is_its_second_half() -> None:
    assert tagged("Demand should recover in the back half of the year.") == [
        ("the back half of the year", "DATE", "2026-H2")
    ]
    assert tagged("The back half of the plane was empty.") == []


def test_an_index_named_by_a_number_is_no_year() -> None:
    assert tagged("The Russell 2000 slipped 0.4%.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written late in July: a fiscal fourth quarter that closed in June is this year's.
        ("The distributor's fiscal fourth quarter ended June 30.", "2026-Q4"),
        ("Its fourth quarter ended June 27 was a record.", "2026-Q4"),
        ("The chain's first quarter ended May 2, 2026.", "2026-Q1"),
    ],
)
def test_a_numbered_quarter_that_ended_on_a_day_takes_that_days_year(
    text: str, expected: str
) -> None:
    assert tagged(text, dt.date(2026, 7, 28))[0][1:] == ("DATE", expected)


def test_recent_quarters_is_a_vague_past() -> None:
    assert tagged("Margins have narrowed in recent quarters.") == [
        ("recent quarters", "DATE", "PAST_REF")
    ]


def test_year_end_with_a_year_is_that_years_last_day() -> None:
    assert tagged("The waiver lapses at year-end 2027.") == [
        ("year-end 2027", "DATE", "2027-12-31")
    ]


def test_the_past_few_trading_sessions_are_no_vague_past() -> None:
    assert tagged("Over the past four sessions the shares have slid 9%.") == []


def test_fourth_quarter_figures_released_in_january_are_last_years() -> None:
    assert tagged("The agency will publish fourth-quarter GDP on Jan. 29.", JANUARY) == [
        ("fourth-quarter", "DATE", "2025-Q4"),
        ("Jan. 29", "DATE", "2026-01-29"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins beat the same quarter last year.", "the same quarter last year"),
        (
            "Costs fell from the comparable period a year earlier.",
            "the comparable period a year earlier",
        ),
        (
            "Volume lagged the same quarter of the previous year.",
            "the same quarter of the previous year",
        ),
    ],
)
def test_the_same_quarter_last_year_is_the_year_ago_quarter(text: str, expected: str) -> None:
    assert tagged(text, dt.date(2025, 11, 2)) == [(expected, "DATE", "2024-Q3")]


def test_the_same_thing_last_year_is_only_last_year() -> None:
    assert tagged("She made the same point last year.") == [("last year", "DATE", "2025")]
