"""Earnings news: "the quarter" is the quarter the story reports, when the story names it."""

from __future__ import annotations

import datetime as dt

from carneytl.extract.tagger import find_timexes

# A Thursday in the last quarter of the year; the last completed quarter is the third.
PUBLISHED = dt.date(2025, 10, 23)


def quarter_values(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    return [
        (t.text, t.value) for t in find_timexes(text, published, kind="news") if "uarter" in t.text
    ]


def test_the_quarter_is_the_fiscal_quarter_the_story_named():
    text = (
        "The chip maker lost $3 million in its fiscal second quarter. "
        "Orders for its new boards slowed during the quarter, the company said."
    )
    assert quarter_values(text) == [
        ("fiscal second quarter", "2025-Q2"),
        ("the quarter", "2025-Q2"),
    ]


def test_the_quarter_takes_the_last_quarter_named_before_it():
    text = (
        "Sales were flat in the first quarter. Revenue rose 8% in the third quarter, "
        "and margins widened in the quarter as costs fell."
    )
    assert quarter_values(text)[-1] == ("the quarter", "2025-Q3")


def test_a_quarter_named_without_a_year_that_has_not_come_is_last_years():
    text = "The retailer lost money in the fourth quarter. Stores closed early in the quarter."
    assert quarter_values(text, dt.date(2025, 5, 14))[-1] == ("the quarter", "2024-Q4")


def test_a_quarter_named_with_its_year_lends_that_year():
    text = "Net income fell in the second quarter of 2023. Shipments also slipped in the quarter."
    assert quarter_values(text)[-1] == ("the quarter", "2023-Q2")


def test_a_year_ago_quarter_or_one_to_come_is_not_the_one_reported():
    text = (
        "Profit fell from the year-ago first quarter. The firm expects to break even in the "
        "second quarter. Sales slid 4% in the quarter."
    )
    assert quarter_values(text)[-1] == ("the quarter", "2025-Q3")


def test_with_no_quarter_named_the_quarter_is_the_last_completed():
    assert quarter_values("Sales slid 4% in the quarter.") == [("the quarter", "2025-Q3")]


def test_the_latest_quarter_stays_the_last_completed_whatever_was_named():
    text = "Losses narrowed in the first quarter. Profit returned in the latest quarter."
    assert quarter_values(text)[-1] == ("the latest quarter", "2025-Q3")


def test_a_year_ago_period_does_not_move_the_story_a_year_back():
    # "Year-earlier results" compares; "a year earlier" after it still counts from the
    # quarter reported, not from the year-ago quarter.
    text = (
        "Net income rose in the third quarter. Year-earlier results included a one-time gain. "
        "Revenue climbed 6% from a year earlier."
    )
    assert [(t.text, t.value) for t in find_timexes(text, PUBLISHED, kind="news")] == [
        ("the third quarter", "2025-Q3"),
        ("Year-earlier", "2024-Q3"),
        ("a year earlier", "2024-Q3"),
    ]
