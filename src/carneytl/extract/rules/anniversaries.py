"""Rules for the day or week a story's anniversary falls on: "ten years ago this week"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example

if TYPE_CHECKING:
    import re

    from carneytl.extract.context import Context


def _years_back(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` back; a 29 February lands on the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _anniversary(m: re.Match[str], ctx: Context) -> Reading:
    count = nz.number(m["num"])
    if count is None:
        return None
    years = count * (10 if m["unit"].lower().startswith("decade") else 1)
    if ctx.anchor.year - years < dt.MINYEAR + 1:
        return None  # before the calendar's first years: no date to give
    when = " ".join(m["when"].lower().split())
    day = ctx.anchor - dt.timedelta(days=1 if when == "yesterday" else 0)
    then = _years_back(day, years)
    if when == "this week":
        # The week of the same number: the days of this week, as near as the calendar allows.
        year, week, _ = ctx.anchor.isocalendar()
        last = dt.date(year - years, 12, 28).isocalendar()[1]
        return "DATE", f"{year - years:04d}-W{min(week, last):02d}"
    if when == "this month":
        return "DATE", nz.month(then.year, then.month)
    return "DATE", nz.day(then)


# An anniversary lede ("One year ago today, ...", "Ten years ago this week, ..."): the day or
# week the count of years reaches back to, one expression, not a year and publication's day.
ANNIVERSARY = Rule(
    "ten years ago this week",
    # The counts of years an anniversary gives, few words, so that the rule fails fast.
    r"\b (?P<num> \d{1,3} | an? | one | two | three | four | five | six | seven | eight | nine"
    r" | ten | twenty | thirty | forty | fifty | sixty | seventy | a \s+ hundred )"
    r" [\s-]+ (?P<unit> years? | decades? ) \s+ ago \s+"
    r" (?P<when> today | yesterday | this \s+ week | this \s+ month ) \b (?! ['’] )",
    _anniversary,
    (
        example(
            "One year ago today, the plant exploded.", "One year ago today", "DATE", "2025-01-14"
        ),
        example(
            "Ten years ago this week, the wall fell.", "Ten years ago this week", "DATE", "2016-W03"
        ),
    ),
)
