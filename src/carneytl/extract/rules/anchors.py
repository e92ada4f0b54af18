"""Rules for words counted from publication ("last year") or from a date ("a year earlier")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.dates import words as shared
from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.story import story_weekend
from carneytl.extract.rules.vocab import (
    AFTER_TOMORROW,
    APPROX,
    BEFORE_YESTERDAY,
    DAY_WORD,
    MOD,
    MONTH,
    NUM,
    PART,
    REL_DELTA,
    UNIT,
    day_word,
    month_number,
    previous_quarter,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


_STORY_STEP = {"following": "next", "next": "next", "previous": "last", "preceding": "last"}


def _step(m: re.Match[str]) -> str:
    """The step a month is taken by, as last, this or next ("the following" is next)."""
    rel = m["rel"].lower()
    return _STORY_STEP.get(rel.split()[-1], rel)


def _base(m: re.Match[str], ctx: Context) -> dt.date:
    """The day a month's step counts from: "the following" counts from the story's last date."""
    if m["rel"].lower().startswith("the") and ctx.reference:
        read = nz.read_reference(ctx.reference)
        if read is not None:
            return read[0]
    return ctx.base()


def _month_day_relative(m: re.Match[str], ctx: Context) -> Reading:
    # "last Oct. 23" is the latest Oct. 23 gone by, "next May 5" the first one to come. Feb. 29
    # is looked for up to four years either way.
    rel, month, number = _step(m), month_number(m["mon"]), int(m["rday"])
    anchor = _base(m, ctx)
    days = []
    for year in range(anchor.year - 4, anchor.year + 5):
        try:
            days.append(dt.date(year, month, number))
        except ValueError:
            continue
    if rel == "this":
        day = next((d for d in days if d.year == anchor.year), None)
    elif rel == "last":
        day = max((d for d in days if d < anchor), default=None)
    else:
        day = min((d for d in days if d > anchor), default=None)
    return None if day is None else ("DATE", day.isoformat())


def _month_relative(m: re.Match[str], ctx: Context) -> Reading:
    if m["rel"].lower().startswith("th") and (bc := ctx.bc_in_focus()) is not None:
        return "DATE", f"{bc}-{month_number(m['mon']):02d}"  # "That May", told of 334 BC
    if m["rday"]:
        return _month_day_relative(m, ctx)
    rel = _step(m)
    month = month_number(m["mon"])
    anchor = _base(m, ctx)
    if rel == "this":
        return "DATE", nz.month(anchor.year, month)
    if rel == "last":
        # "last February" said in March is a year back: last month would be "in February".
        year = anchor.year if anchor.month - month >= 2 else anchor.year - 1  # noqa: PLR2004 - months
        if m["unitrel"]:
            year = anchor.year - 1
        return "DATE", nz.month(year, month)
    year = anchor.year if month - anchor.month >= 2 else anchor.year + 1  # noqa: PLR2004 - months
    if m["unitrel"]:
        year = anchor.year + 1
    return "DATE", nz.month(year, month)


def _month_of_relative_year(m: re.Match[str], ctx: Context) -> Reading:
    delta = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    year, month = ctx.base().year + delta, month_number(m["mon"])
    if m["yday"]:
        try:
            return "DATE", dt.date(year, month, int(m["yday"])).isoformat()
        except ValueError:
            return None
    return "DATE", nz.month(year, month)


def _decade_word(m: re.Match[str], ctx: Context) -> Reading:
    delta = {
        "last": -1,
        "previous": -1,
        "preceding": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
        "following": 1,
        "this past": -1,
    }
    rel = " ".join(m["rel"].lower().split())
    if m["the"] and rel in {"next", "coming"}:
        # "over the next decade" is a stretch of time ahead; "the last decade" the one gone by.
        return "DURATION", nz.duration(1, nz.unit_name(m["unit"]))
    # A history's "the previous decade" is the one before the story's, not before publication.
    base = ctx.base() if rel in {"previous", "preceding", "following"} else ctx.anchor
    return "DATE", nz.shift(base, nz.unit_name(m["unit"]), delta.get(rel, 0))


def _ago(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    count = nz.number(m["num"])
    direction = m["dir"].lower().replace("back", "ago")  # "two years back" is ago
    back = direction in {"ago", "earlier", "before"}
    if count is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    if unit in {"hour", "minute", "second"}:
        return "TIME", nz.day(ctx.anchor)
    # "Earlier" and "later" count from the last date the story named, "ago" from publication.
    if direction != "ago" and "from" not in direction and ctx.reference:
        moved = nz.shift_reference(ctx.reference, unit, -count if back else count, keep="reference")
        if moved is not None:
            return "DATE", moved
    # Earnings news compares with "a year earlier": the same quarter of the year before.
    if (
        unit == "year"
        and count == 1
        and direction in {"ago", "earlier"}
        and ctx.near(m, r"\bquarter\b", 1000)
    ):
        return "DATE", previous_quarter(ctx.anchor, 1)
    if direction.endswith("today") and unit == "week":
        unit, count = "day", 7 * count  # "a week from today" names a day: that weekday
    if direction == "ago" and unit in {"decade", "century"}:
        # "A decade ago" is a point ten years back, as "ten years ago" is: the year, not the
        # whole decade it falls in.
        years = count * (10 if unit == "decade" else 100)
        return "DATE", f"{ctx.anchor.year - years:04d}"
    return "DATE", nz.shift(ctx.anchor, unit, -count if back else count)


def _relative_unit(m: re.Match[str], ctx: Context) -> Reading:
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # "ABC's This Week": a title in title case, not a week
    unit = nz.unit_name(m["unit"])
    rel = m["rel"].lower().split()[-1]
    delta = REL_DELTA[rel]
    # "the next fiscal year" is a year on the books, not twelve months from now.
    stretch = m["the"] and "fiscal" not in m.group(0).lower()
    if stretch and rel in {"next", "coming", "first"}:
        return "DURATION", nz.duration(1, unit)
    if stretch and rel in {"past", "last"} and unit != "year":
        return "DURATION", nz.duration(1, unit)
    # "in the past year": news means the year gone by, which TimeML writes as last year.
    return "DATE", nz.shift(ctx.base(), unit, delta)


def _the_unit(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    if unit == "weekend":
        back = 0 if ctx.future(m) else -1 if ctx.anchor.weekday() < 5 else 0  # noqa: PLR2004 - Saturday
        return "DATE", story_weekend(ctx) or nz.shift(ctx.anchor, "weekend", back)
    if unit == "week":
        # "I'll be busy all the week", "a treat to end the week": a clause in the present or
        # the future speaks of the week it is written in. Told in the past ("For the week, the
        # index fell"), or a habit ("during the week"), it names no week TimeML can write.
        during = _DURING_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        if ctx.kind == "news" and during is None and ctx.future(m):
            return "DATE", nz.shift(ctx.anchor, "week", 0)
        return "DATE", f"{ctx.base().isocalendar()[0]:04d}-WXX"  # a history: its year
    return "DATE", nz.shift(ctx.base(), unit, 0)


_DURING_BEFORE = re.compile(r"\bduring\s+$", re.IGNORECASE)


def _bare_weekend(m: re.Match[str], ctx: Context) -> Reading:
    if ctx.reference_end and 0 <= m.start() - ctx.reference_end <= 1:
        # "labor day weekend", "the July 4th weekend": the weekend that holds the day, or
        # ends just before a Monday.
        day = _day_value(ctx.reference)
        if day is not None:
            return "DATE", nz.week(day - dt.timedelta(days=day.weekday() == 0)) + "-WE"
    back = 0 if ctx.future(m) else -1 if ctx.anchor.weekday() < 5 else 0  # noqa: PLR2004 - Saturday
    return "DATE", story_weekend(ctx) or nz.shift(ctx.anchor, "weekend", back)


def _day_value(value: str | None) -> dt.date | None:
    """The day a value names, if it names one whole day ("2026-09-07")."""
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None  # noqa: PLR2004 - a full day
    except ValueError:
        return None


def _within_period(m: re.Match[str], ctx: Context) -> Reading:
    # "later in the day": the day (week, month, year) of publication, or in a narrative of
    # the date in focus.
    unit = m["unit"].lower()
    if unit == "day" and ctx.kind != "narrative":
        # News: the day its sentence or the one before named ("her first stop Tuesday
        # morning, then Nairobi later in the day"), as a bare clock time takes it.
        return "DATE", ctx.day_in_focus(m).isoformat()
    return "DATE", nz.shift(ctx.base(), unit, 0)


_GENERIC_TODAY_BEFORE = re.compile(r"\b(?:of|until|till|to|as\s+of|even)\s+$", re.IGNORECASE)
_DATED_NOUNS = re.compile(
    r"\s+(?:meeting|session|trading|vote|talks|announcement|visit|game|match|summit|"
    r"hearing|decision|report|statement|speech|deadline|close|attack|election|editions?|"
    # A day's paper, programme, weather and meals; a hashtag names the day's own theme.
    r"issue|quiz|show|episode|broadcast|weather|forecast|breakfast|lunch|dinner|menu|"
    r"event|race|schedule|agenda)\b|\s*#\w",
    re.IGNORECASE,
)


def _generic_today(m: re.Match[str], ctx: Context) -> bool:
    """Whether "today" means the present age ("today's China") rather than the day itself."""
    if m.group(0).lower().endswith(("'s", "’s")):
        return _DATED_NOUNS.match(ctx.text, m.end()) is None
    return _GENERIC_TODAY_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) is not None


_DAY_WORDS = {
    **shared.RELATIVE_DAYS,
    "tonight": 0,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "last night": -1,
}


def _relative_day(m: re.Match[str], ctx: Context) -> Reading:
    word = day_word(m["word"])
    if word.startswith(("day ", "the day ")):
        # "day after tmrw": the usual spelling of the day it counts from, and of the phrase.
        *head, last = word.removeprefix("the ").split()
        word = " ".join(["the", *head, day_word(last)])
    day = nz.day(ctx.anchor + dt.timedelta(days=_DAY_WORDS[word]))
    if word == "today" and (ctx.kind == "narrative" or _generic_today(m, ctx)):
        # A history's "today" is the age it is written in, not a day of its story.
        return "DATE", "PRESENT_REF"
    part = (m["part"] or "").lower()
    if word in {"tonight", "last night"}:
        part = "night"
    if part:
        return "TIME", f"{day}T{nz.PARTS_OF_DAY[part]}"
    return "DATE", day


MONTH_RELATIVE = Rule(
    "last March, next May",
    MOD
    # "the following April", "the previous March": the story's next or last such month.
    + r" (?P<rel> last | this | next | the \s+ (?: next | following | previous | preceding ) ) \s+ "
    + MONTH
    # A day after the month joins it; a day and year ("last March 2, 2019") is a date.
    + r" (?: \s* (?P<rday> [0-3]?\d ) (?: st | nd | rd | th )? \b (?! \s* [,:]? \s* \d )"
    + r" | (?! \.? \s* \d ) )"
    + r" (?P<unitrel>)",
    _month_relative,
    (
        example("The plant opened last March.", "last March", "DATE", "2025-03"),
        example("She was hired last Oct. 23 as editor.", "last Oct. 23", "DATE", "2025-10-23"),
        example(
            "The army landed in August 1915 and left the following January.",
            "the following January",
            "DATE",
            "1916-01",
        ),
    ),
)

MONTH_OF_RELATIVE_YEAR = Rule(
    "March next year",
    # "early October this year": the edge of the month keeps the month's value.
    r"(?: \b (?: early | late | mid ) [\s-]+ )? "
    + MONTH
    # "in March of next year": the month of the year named.
    + r" (?P<yday>) \s+ (?: of \s+ )? (?P<rel> last | this | next ) \s+ year \b",
    _month_of_relative_year,
    (
        example("The vote is due March next year.", "March next year", "DATE", "2027-03"),
        example("The court rules in March of next year.", "March of next year", "DATE", "2027-03"),
        example(
            "The plant opened in late July last year.", "late July last year", "DATE", "2025-07"
        ),
    ),
)

# "The levy starts Jan. 1 next year": the day of the year named, one expression.
MONTH_DAY_OF_RELATIVE_YEAR = Rule(
    "Jan. 1 next year",
    MONTH
    + r" \s* (?P<yday> [0-3]?\d ) (?: st | nd | rd | th )? \s+ (?: of \s+ )? (?P<rel> last | this"
    + r" | next ) \s+ year \b",
    _month_of_relative_year,
    (example("The levy starts Jan. 1 next year.", "Jan. 1 next year", "DATE", "2027-01-01"),),
)

RELATIVE_DECADE = Rule(
    "the last decade, this century",
    r"(?P<the> the \s+ )?"
    r" (?P<rel> this \s+ past | last | this | next | previous | preceding | following | coming"
    r"        | current ) \s+"
    r" (?P<unit> decade | century ) \b (?! \s+ of \s )",
    _decade_word,
    (
        example("Prices doubled in the last decade.", "the last decade", "DATE", "201"),
        example("Prices fell this century.", "this century", "DATE", "20"),
    ),
)


AGO = Rule(
    "two years ago, a year earlier",
    APPROX
    + r" \b "
    + NUM
    # "2+ years ago": a count with a plus, as messages write "more than two".
    + r" \+? (?: [\s-]+ | (?<=[\d+]) ) "
    + UNIT
    + r"""
    (?: \s+ or \s+ so )? (?: \s+ | - (?= ago | earlier ) )
    (?P<dir> ago | earlier | later | from \s+ (?: now | today )
           # "a few years back" is ago; "two weeks back to work", "a day back from leave"
           # are a stay.
           | back (?! \s+ (?: to | from | in | into | home | on | at | with | then ) \b )
           | (?: before | after ) \b
             (?! \s+ (?: the | a | an | his | her | its | their | he | she | it | they | we
                        | I ) \b ) ) \b
    """,
    _ago,
    (
        example("He left two years ago.", "two years ago", "DATE", "2024"),
        example("Three months ago, he quit.", "Three months ago", "DATE", "2025-10"),
        example("I posted this 2+ years ago.", "2+ years ago", "DATE", "2024"),
        example("the results come a week from today", "a week from today", "DATE", "2026-01-21"),
        example("We moved here two years back.", "two years back", "DATE", "2024"),
    ),
    relative=True,
)

RELATIVE_UNIT = Rule(
    "last year, next week",
    r"""
    (?P<the> the \s+ )?
    (?P<pre> (?: early | late | earlier | later | the\s+end\s+of | the\s+beginning\s+of
               | the\s+start\s+of | the\s+middle\s+of | the\s+rest\s+of ) \s+ )?
    (?P<rel> this \s+ past | this \s+ coming | last | this | next | nxt | previous | current
           | coming | following | past | prior ) \s+
    (?: fiscal \s+ (?= year | quarter ) )?
    (?P<unit> year | month | week | weekend | quarter | yr | wk | wknd | wkend ) \b
    (?! \s+ or \b )
    """,
    _relative_unit,
    (
        example("The pair met last year on the sidelines.", "last year", "DATE", "2025"),
        example("Officials told reporters this week.", "this week", "DATE", "2026-W03"),
        example("Shares rose earlier this month.", "earlier this month", "DATE", "2026-01"),
    ),
)


def _before_last(m: re.Match[str], ctx: Context) -> Reading:
    return "DATE", nz.shift(ctx.anchor, m["unit"].lower(), -2)


# "the year before last": two years back, as "the day before yesterday" is two days.
BEFORE_LAST = Rule(
    "the year before last",
    r"\b the \s+ (?P<unit> year | month | week ) \s+ before \s+ last \b",
    _before_last,
    (example("Sales slumped the year before last.", "the year before last", "DATE", "2024"),),
)

RELATIVE_DAY = Rule(
    "yesterday, today, tomorrow",
    r"""
    \b (?: (?: early | late ) \s+ )? (?P<word> (?: the \s+ )? day \s+ before \s+ """
    + BEFORE_YESTERDAY
    + r""" | (?: the \s+ )? day \s+ after \s+ """
    + AFTER_TOMORROW
    + r"""
              | tonight | last \s+ (?: night | nite ) | """
    + DAY_WORD
    + r""" ) \b
    (?: ['’] s )? (?: \s+ """
    + PART
    + r" )?",
    _relative_day,
    (
        example("The board met yesterday.", "yesterday", "DATE", "2026-01-13"),
        example("They spoke last night.", "last night", "TIME", "2026-01-13TNI"),
        example("Life in today's China is different.", "today", "DATE", "PRESENT_REF"),
        example("exam is day after tmrw :(", "day after tmrw", "DATE", "2026-01-16"),
    ),
)

WITHIN_PERIOD = Rule(
    "later in the day",
    r"\b (?: later | earlier ) \s+ in \s+ the \s+ (?P<unit> day | week | month | year ) \b",
    _within_period,
    (example("He will speak later in the day.", "later in the day", "DATE", "2026-01-14"),),
)

THE_UNIT = Rule(
    "the week, the weekend",
    r"""
    \b the (?<!player\sof\sthe)(?<!rookie\sof\sthe)(?<!coach\sof\sthe)(?<!man\sof\sthe)  # titles
    (?<!person\sof\sthe) \s+ (?P<unit> weekend | week | year | wknd | wkend ) \b
    (?! [\s-]+ (?: of | before | after | ending | ended | earlier | ago | two | nineteen | \d ) \b )
    """,
    _the_unit,
    (
        example("Crowds gathered over the weekend.", "the weekend", "DATE", "2026-W02-WE"),
        example("I will post the photos over the week.", "the week", "DATE", "2026-W03"),
        example("For the week, the index fell 2%.", "the week", "DATE", "2026-WXX"),
    ),
)


# "a long weekend", "this long weekend": the weekend just gone, or the coming one if the
# sentence looks ahead.
BARE_WEEKEND = Rule(
    "a weekend",
    r"\b (?: (?: a | this | one ) \s+ )? (?: long \s+ )? (?: weekend | wknd | wkend ) \b"
    r" (?! s | ['’] )",
    _bare_weekend,
    (
        example("We spent a long weekend by the sea.", "a long weekend", "DATE", "2026-W02-WE"),
        example("camping over the July 4th weekend", "weekend", "DATE", "2026-W27-WE"),
    ),
)
