"""Rules for weeks and weekends named by their month or a day in them ("the week of March 2")."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import (
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    day_word,
    month_number,
    weekday_number,
)

if TYPE_CHECKING:
    import re

    from carneytl.extract.context import Context


_WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_WEEK_ORDINALS |= {"fourth": 4, "4th": 4, "last": 5, "final": 5}


def _year_of_month(m: re.Match[str], ctx: Context, month: int) -> int:
    """The year of a month named with an ordinal week: written, in focus, or by tense."""
    if m["year"]:
        return int(m["year"])
    return ctx.year_in_focus(m) or nz.month_in_context(
        ctx.anchor, month, future=ctx.lean(m), firm=ctx.firm(m)
    )


def _week_of_month(m: re.Match[str], ctx: Context) -> Reading:
    month = month_number(m["mon"])
    year = _year_of_month(m, ctx, month)
    number = _WEEK_ORDINALS[m["ord"].lower()]
    if number == 5:  # noqa: PLR2004 - the last week holds the month's last Thursday
        last = calendar.monthrange(year, month)[1]
        thursday = dt.date(year, month, last) - dt.timedelta(days=3)
    else:
        thursday = dt.date(year, month, 1 + 7 * (number - 1) + 3)
    # An ISO week belongs to the month that holds its Thursday.
    return "DATE", nz.week(thursday)


WEEK_OF_MONTH = Rule(
    "a week of a month",
    r"(?: the \s+ )? (?P<ord> first | 1st | second | 2nd | third | 3rd | fourth | 4th | last"
    r" | final ) \s+ week \s+ of \s+ " + MONTH + r" (?: ,? \s+ " + YEAR + r" )?",
    _week_of_month,
    (
        example(
            "Talks resume in the first week of April.",
            "the first week of April",
            "DATE",
            "2026-W14",
        ),
    ),
)


def _week_of_day(m: re.Match[str], ctx: Context) -> Reading:
    month, number = month_number(m["mon"]), int(m["day"])
    if m["year"]:
        try:
            day = dt.date(int(m["year"]), month, number)
        except ValueError:
            return None
    else:
        focus = ctx.year_in_focus(m)
        written = (
            f"{focus:04d}-{month:02d}-{number:02d}"
            if focus is not None
            else nz.day_in_context(ctx.anchor, month, number, future=ctx.lean(m), firm=ctx.firm(m))
        )
        try:
            day = dt.date.fromisoformat(written)
        except ValueError:
            return None
    if m["end"]:
        # "the weekend of March 21-22": the weekend nearest the day, as a weekend is named.
        return "DATE", nz.week(nearest_saturday(day)) + "-WE"
    return "DATE", nz.week(day)


def nearest_saturday(day: dt.date) -> dt.date:
    """The Saturday nearest ``day``: a Monday's weekend is the one before, a Friday's the next."""
    ahead = (5 - day.weekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)  # noqa: PLR2004 - half a week


# "A hearing the week of March 6": the week that holds the day, however it is spelled.
WEEK_OF_DAY = Rule(
    "the week of a day",
    r"\b the \s+ week (?P<end> end )? \s+ of \s+ "
    + MONTH
    + r" \s* "
    + DAY
    # "the weekend of March 21-22", "the week of March 2-6": one span named by its days.
    + r" (?: \s* [-–] \s* [0-3]?\d \b (?! [-–/:.]\d ) )? (?: ,? \s+ "
    + YEAR
    + r" )?",
    _week_of_day,
    (
        example(
            "The court will hear the case the week of March 2.",
            "the week of March 2",
            "DATE",
            "2026-W10",
        ),
        example(
            "The march is set for the weekend of March 21-22.",
            "the weekend of March 21-22",
            "DATE",
            "2026-W12-WE",
        ),
    ),
)


def _weekend_of_month(m: re.Match[str], ctx: Context) -> Reading:
    month = month_number(m["mon"])
    year = _year_of_month(m, ctx, month)
    number = _WEEK_ORDINALS[m["ord"].lower()]
    first = dt.date(year, month, 1)
    saturday = first + dt.timedelta(days=(5 - first.weekday()) % 7)
    if number == 5:  # noqa: PLR2004 - the last weekend opens on the month's last Saturday
        last = calendar.monthrange(year, month)[1]
        saturday += dt.timedelta(days=7 * ((last - saturday.day) // 7))
    else:
        saturday += dt.timedelta(days=7 * (number - 1))
    return "DATE", nz.week(saturday) + "-WE"


# "the first weekend of April": a weekend is named by its Saturday.
WEEKEND_OF_MONTH = Rule(
    "a weekend of a month",
    r"(?: the \s+ )? (?P<ord> first | 1st | second | 2nd | third | 3rd | fourth | 4th | last"
    r" | final ) \s+ weekend \s+ (?: of | in ) \s+ " + MONTH + r" (?: ,? \s+ " + YEAR + r" )?",
    _weekend_of_month,
    (
        example(
            "The fair returns on the first weekend of May.",
            "the first weekend of May",
            "DATE",
            "2026-W18-WE",
        ),
        example(
            "The race was run on the last weekend of October.",
            "the last weekend of October",
            "DATE",
            "2025-W43-WE",
        ),
    ),
)


def _week_on_day(m: re.Match[str], ctx: Context) -> Reading:
    if ctx.kind == "narrative":
        return None  # told from the day of writing, which a history's story is not
    weeks = 2 if (m["unit"] or m["unit2"] or m["unit3"] or "").lower() == "fortnight" else 1
    if m["rel"]:
        # "a week tomorrow": tomorrow's weekday, a week on.
        step = 1 if day_word(m["rel"]) == "tomorrow" else 0
        return "DATE", nz.day(ctx.anchor + dt.timedelta(days=step + 7 * weeks))
    target = weekday_number(m["wd"] or m["wd2"])
    if m["last"]:
        # "a week last Thursday": the Thursday before the last one gone.
        back = (ctx.anchor.weekday() - target) % 7 or 7
        return "DATE", nz.day(ctx.anchor - dt.timedelta(days=back + 7 * weeks))
    ahead = (target - ctx.anchor.weekday()) % 7
    return "DATE", nz.day(ctx.anchor + dt.timedelta(days=ahead + 7 * weeks))


# "Thursday week", "a week on Thursday" (British), "a week from Friday" (American), "a week
# tomorrow", "Friday fortnight": the day a week (or two) after the coming one of that name;
# "a week last Thursday" the one a week before the last. Each is one date, not a stretch
# and a day.
WEEK_ON_DAY = Rule(
    "a week on a named day",
    r"""
    (?: \b a \s+ (?P<unit> week | fortnight ) \s+
        (?: (?: on | from ) \s+ (?: this \s+ )? | (?P<last> last ) \s+ ) """
    + WEEKDAY
    + r"""
      | \b a \s+ (?P<unit2> week | fortnight ) \s+ (?: from \s+ )?
        (?P<rel> tomorrow | tmr | tmrw ) \b
      # "Thursday week": the word after the day first, which fails fast at most weekdays.
      | (?= [A-Za-z]+ \.? \s+ (?: week | fortnight ) \b ) """
    + WEEKDAY.replace("?P<wd>", "?P<wd2>")
    + r""" \s+ (?P<unit3> week | fortnight ) \b (?! \s* (?: - | ['’]s | of | long | after ) ) )
    (?! ['’] s | s \b )
    """,
    _week_on_day,
    (
        example("The hearing resumes Thursday week.", "Thursday week", "DATE", "2026-01-22"),
        example("The final is a week on Saturday.", "a week on Saturday", "DATE", "2026-01-24"),
        example("The vote is a week from Friday.", "a week from Friday", "DATE", "2026-01-23"),
        example("We meet a week tomorrow.", "a week tomorrow", "DATE", "2026-01-22"),
    ),
)
