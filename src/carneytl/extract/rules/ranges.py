"""Rules for ranges and lists of dates: each end an expression, sharing what is written once."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.dates import full_date, month_day
from carneytl.extract.rules.vocab import DAY, MONTH, MONTH_PLAIN, YEAR, month_number

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _range_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    return "DATE", m["year"]


# "1915-17", "2009-2010": each end of a range of years is an expression of its own.
YEAR_RANGE_START = Rule(
    "first year of a range",
    r"(?<![\d$£€.,/-]) (?P<year> 1\d\d\d | 20\d\d )"
    # "the 2025/26 season", "the winter of 1942/43": written with a slash too.
    r" (?= [-–/] (?: \d\d | 1\d\d\d | 20\d\d ) \b (?! [-–/.,]\d ) )",
    _range_year,
    (example("The war lasted from 1939-45.", "1939", "DATE", "1939"),),
)


def _range_year_end(m: re.Match[str], ctx: Context) -> Reading:
    first = ctx.text[m.start() - 5 : m.start() - 1]
    end = m["end"]
    year = int(first[:2] + end) if len(end) == 2 else int(end)  # noqa: PLR2004 - "1915-17"
    return ("DATE", f"{year:04d}") if year > int(first) else None


YEAR_RANGE_END = Rule(
    "last year of a range",
    # "1915-17", "the winter of 1942/43" as British histories write it.
    r"(?<= [12]\d\d\d [-–/] ) (?P<end> \d\d | 1\d\d\d | 20\d\d ) \b (?! [-–/.,]\d )",
    _range_year_end,
    (
        example("The war lasted from 1939-45.", "45", "DATE", "1945"),
        example("Sales fell in 2009-2010.", "2010", "DATE", "2010"),
    ),
)


def _day_range_start(m: re.Match[str], ctx: Context) -> Reading:
    if m["year"]:
        return full_date(m, ctx)
    return month_day(m, ctx)


_RANGE_LINK = r"(?: \s* [-–] \s* | \s+ (?: and | to | or | & | until | through ) \s+ )"

# "19-20 Oct", "8 and 9 March": the first day takes the month (and year) written after the
# second.
DAY_RANGE_START = Rule(
    "first day of a range, month after",
    r"\b "
    + DAY
    # "12, 13 and 14 March": days listed before their month each take it.
    # Up to thirty of them: a longer list of numbers is no list of days, and is not read on
    # from each of its numbers.
    + r" (?= (?: \s* , \s* [0-3]?\d (?: st | nd | rd | th )? \b ){0,30} ,? "
    + _RANGE_LINK
    + r" [0-3]?\d (?: st | nd | rd | th )? (?: \s+ of )? \s+ "
    + MONTH
    + r" (?: ,? \s+ "
    + YEAR
    + r" )? )",
    _day_range_start,
    (
        example("Talks were held on 19-20 October 2010.", "19", "DATE", "2010-10-19"),
        example("The strikes fell on 8 and 9 March 2011.", "8", "DATE", "2011-03-08"),
        example("Storms are due on 12, 13 and 14 March.", "12", "DATE", "2026-03-12"),
    ),
)

# "April 6-7, 2011", "June 11 to July 19, 2010": the first day takes the year written after
# the second.
MONTH_DAY_RANGE_START = Rule(
    "first day of a range, year after",
    MONTH
    + r" \s* "
    + DAY
    + r" (?= "
    + _RANGE_LINK
    + r" (?: "
    + MONTH_PLAIN
    + r" \s* )? [0-3]?\d (?: st | nd | rd | th )? ,? \s+ "
    + YEAR
    + r" )",
    full_date,
    (
        example("The summit ran April 6-7, 2011.", "April 6", "DATE", "2011-04-06"),
        example("The siege lasted from June 11 to July 19, 2010.", "June 11", "DATE", "2010-06-11"),
    ),
)


_RANGE_GAP = re.compile(r"\s*(?:[-–]|and|to|&|,)\s*")
_NEXT_DAY = re.compile(r"\s*(?:[-–,&]|and\b)\s*[0-3]?\d\b")


def _day_range_end(m: re.Match[str], ctx: Context) -> Reading:
    # The second day of "April 6-7" shares the month and year of the day just named.
    reference = ctx.reference or ""
    between = ctx.text[ctx.reference_end : m.start()]
    # A day BC ("BC0300-04-21") has no calendar here.
    if len(reference) < 10 or not reference[:4].isdigit() or not _RANGE_GAP.fullmatch(between):  # noqa: PLR2004 - a full day
        return None
    # After a comma a number is a day only where another day follows it ("May 2, 9 and 16",
    # "May 2 - 3, 9 - 10"); "on May 2, 15 people" counts people.
    if "," in between and not _NEXT_DAY.match(ctx.text, m.end()):
        return None
    year = int(m["year"]) if m["year"] else int(reference[:4])
    try:
        day = dt.date(year, int(reference[5:7]), int(m["day"]))
    except ValueError:
        return None
    if m["year"] is None and day.isoformat() <= reference[:10]:
        return None
    return "DATE", day.isoformat()


DAY_RANGE_END = Rule(
    "last day of a range",
    r"(?: (?<=[-–]) | (?<=[-–]\s) | (?<=\band\s) | (?<=\bto\s) | (?<=\d,\s) ) \s* "
    + DAY
    # "the 17th and 18th centuries": a century, not a day; "sentenced to 10 years": a count.
    + r" (?! \s* (?: [-–/:.]\d | % )"
    + r" | [\s-]+ (?: centur | years? | months? | weeks? | days? | hours? | minutes? | decades? ) )"
    + r" (?: ,? \s+ "
    + YEAR
    + r" )?",
    _day_range_end,
    (
        example("The summit will run April 6-7.", "7", "DATE", "2026-04-07"),
        example("The summit ran April 6-7, 2011.", "7, 2011", "DATE", "2011-04-07"),
        example("Classes meet June 3 - 4 at the hall.", "4", "DATE", "2026-06-04"),
        example("Tours run on March 2, 9 and 16.", "9", "DATE", "2026-03-09"),
    ),
)


# "19 October to 2 November 2010": the first day takes the year written after the second.
DAY_MONTH_RANGE_START = Rule(
    "first day and month of a range, year after",
    r"\b "
    + DAY
    + r" (?: \s+ of )? \s+ "
    + MONTH
    + r" (?= "
    + _RANGE_LINK
    + r" [0-3]?\d (?: st | nd | rd | th )? (?: \s+ of )? \s+ "
    + MONTH_PLAIN
    + r" ,? \s+ "
    + YEAR
    + r" )",
    full_date,
    (
        example(
            "Fighting went on from 19 October to 2 November 1918.",
            "19 October",
            "DATE",
            "1918-10-19",
        ),
    ),
)


# A date in two calendars, as histories of Russia and Sweden write it: "8 February (O.S. 28
# January) 1725", "9 June [O.S. 30 May] 1672", "25 October (7 November N.S.) 1917". Each date
# takes the year written after the bracket, whose side of it each stands on.
_STYLE = r"(?: [ON] \.? \s? S \.? ,? \s* )?"
DOUBLE_DATE = Rule(
    "date in two calendars, year after the bracket",
    r"\b "
    + DAY
    + r" (?: \s+ of )? \s+ "
    + MONTH
    + r" (?= \s* (?: [(\[] \s* "
    + _STYLE
    + r" [0-3]?\d (?: st | nd | rd | th )? \s+ "
    + MONTH_PLAIN
    + r" \s* )? "
    + _STYLE
    + r" [)\]] \s* ,? \s+ "
    + YEAR
    + r" )",
    full_date,
    (
        example(
            "The tsar died on 8 February (O.S. 28 January) 1725.",
            "8 February",
            "DATE",
            "1725-02-08",
        ),
        example(
            "The tsar died on 8 February (O.S. 28 January) 1725.",
            "28 January",
            "DATE",
            "1725-01-28",
        ),
        example(
            "The rising began on 25 October (7 November N.S.) 1917.",
            "7 November",
            "DATE",
            "1917-11-07",
        ),
    ),
)


# "In April and June 1955": the first month takes the year written after the second.
def _month_range_start(m: re.Match[str], ctx: Context) -> Reading:
    year = int(m["year"])
    end = _SPAN_END.match(ctx.text, m.end())
    if end is not None and month_number(end["mon"]) < month_number(m["mon"]):
        year -= 1  # "from December to March 1942": the span opens the year before
    return "DATE", f"{year:04d}-{month_number(m['mon']):02d}"


_SPAN_END = re.compile(r"\s*(?:[-–]|to|until|till|through)\s*(?P<mon>[A-Z][a-z]+)\b")

MONTH_RANGE_START = Rule(
    "first month of a range or list, year after",
    MONTH + r" (?= " + _RANGE_LINK + r" " + MONTH_PLAIN + r" ,? \s+ " + YEAR + r" )",
    _month_range_start,
    (
        example("Votes were held in April and June 1955.", "April", "DATE", "1955-04"),
        example("The lines held from December to March 1942.", "December", "DATE", "1941-12"),
    ),
)
