"""Rules and readings counted from the date a story last named: "that day", "the following June"."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.context import BACKGROUND_YEARS
from carneytl.extract.rules.base import Rule, example
from carneytl.extract.rules.spans import FULL_MONTHS
from carneytl.extract.rules.times import focus_day
from carneytl.extract.rules.vocab import AFTER_TOMORROW, BEFORE_YESTERDAY, month_number

if TYPE_CHECKING:
    from carneytl.extract.context import Context
    from carneytl.extract.rules.base import Reading

# How far "that", "the following", "the previous" move from the date in focus.
_STEP = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}
_STRETCH_BEFORE = re.compile(r"\b(?:for|over)\s+$", re.IGNORECASE)


def the_next(m: re.Match[str], ctx: Context, unit: str) -> Reading:
    """Read "the next year" (month, week, quarter): a stretch ahead, or a story's next one."""
    if _STRETCH_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "fighting went on for the next year": a stretch of time, not a date.
        return "DURATION", nz.duration(1, nz.unit_name(unit))
    reference = year_just_named(m, ctx) if unit == "year" else ctx.reference
    if reference and _told_back(m, ctx):
        # "He won again in 2004, and the next year he directed a film": told of a year
        # gone, the next one is a date of the story.
        moved_on = nz.shift_reference(reference, unit, 1, keep="unit")
        return ("DATE", moved_on) if moved_on else None
    return None  # "the next year" is a stretch of time ahead; the duration rule reads it


def _told_back(m: re.Match[str], ctx: Context) -> bool:
    """Whether the story in focus is one told of a year gone, which "the next year" steps on.

    A narrative always; news when the date it last named lies years back in the same
    paragraph and the clause looks back.
    """
    if ctx.kind == "narrative":
        return True
    year = ctx.reference_year()
    paragraph = ctx.text.rfind("\n", 0, m.start()) + 1
    return (
        year is not None
        and ctx.anchor.year - year >= BACKGROUND_YEARS
        and ctx.reference_end > paragraph
        and not ctx.future(m)
    )


def year_just_named(m: re.Match[str], ctx: Context) -> str | None:
    """The year "that year" points to: one named earlier in its sentence, else the reference.

    "He died in 1321; a copy was made that same year": a year named in passing leaves the
    story's date be, but the same sentence's "that year" is that year.
    """
    named = ctx.named_year
    if named is not None and named[1] > ctx.reference_end:
        begin, _ = ctx.sentence(m.start(), m.end())
        if named[1] > begin:
            return f"{named[0]:04d}"
    return ctx.reference


# Where "that" before a month points back ("in that May", "That November, ..."), not where
# it opens a clause ("said that March was the busiest month").
_THAT_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|by|during|until|till|since|from|of|through)\s+|^|[.;:]\s+)$", re.IGNORECASE
)


def month_in_focus(m: re.Match[str], ctx: Context) -> Reading:
    """Read "the following June" or "that May": a month counted from the date in focus.

    The year is the reference's, or the one after (before) it when the month has already
    passed (is still to come) there. Without a month in focus "the following June" is
    unplaced, and the month rule reads the month alone.
    """
    det = m["det"].lower().split()[-1]
    if det == "that" and not _THAT_MONTH_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    month = month_number(m["fmon"])
    delta = _STEP[det]
    bc = ctx.bc_in_focus()
    if bc is not None and delta == 0:
        return "DATE", f"{bc}-{month:02d}"  # "That May", told of 334 BC
    read = nz.read_reference(ctx.reference) if ctx.reference and bc is None else None
    if read is None:
        return None
    base, granularity = read
    if delta and granularity == "year":
        return None  # "In 1915 ... the following May": May of 1915 or of 1916
    if delta > 0:
        return "DATE", nz.month(base.year + (month <= base.month), month)
    return "DATE", nz.month(base.year - (delta < 0 and month >= base.month), month)


def story_weekend(ctx: Context) -> str | None:
    """A history's "the weekend": the one of the day in focus, else some weekend of its year."""
    if ctx.kind != "narrative" or not ctx.reference or nz.read_reference(ctx.reference) is None:
        return None
    if ctx.base_is_day():
        return nz.shift(ctx.base(), "weekend", 0)
    return f"{ctx.base().year:04d}-WXX-WE"


_GRANULARITY_WORDS = frozenset({"day", "week", "month", "year", "quarter"})


def _anaphoric(m: re.Match[str], ctx: Context) -> Reading:
    det = m["det"].lower().split()[-1]
    unit = m["unit"].lower()
    part = nz.PARTS_OF_DAY.get(unit) if unit not in _GRANULARITY_WORDS else None
    delta = _STEP[det]
    bc = ctx.bc_in_focus()
    if det == "next" and not part and unit != "day":
        reading = the_next(m, ctx, unit)
        # In a story of the years BC, the next year counts down, unless it is a stretch.
        if bc is None or unit != "year" or (reading is not None and reading[0] == "DURATION"):
            return reading
    if bc is not None and unit == "year":
        # Years BC count down: the year after 492 BC is 491 BC.
        # There is no year 0: the year after 1 BC is AD 1.
        year = int(bc[2:]) - delta
        return "DATE", f"BC{year:04d}" if year > 0 else f"{1 - year:04d}"
    base_unit = "day" if part else unit
    reference = year_just_named(m, ctx) if unit == "year" else ctx.reference
    moved = nz.shift_reference(reference, base_unit, delta, keep="unit") if reference else None
    if moved is None:
        same = det in {"that", "same"}
        # A history's "The railway opened in 1830. On the same day, ..." is a day of that
        # year, unpinned; news says "trades made that day" of no day in particular.
        unpinned = base_unit == "day" and (ctx.kind == "narrative" or not same)
        moved = _unpinned_day(ctx) if unpinned else None
        if moved is None and same and not part:
            return None
        moved = moved or nz.shift(ctx.anchor, base_unit, delta)
    if part:
        return "TIME", f"{moved}T{part}"
    return "DATE", moved


def _in_focus(m: re.Match[str], ctx: Context) -> Reading:
    return month_in_focus(m, ctx) if m["fmon"] else _anaphoric(m, ctx)


def _unpinned_day(ctx: Context) -> str | None:
    """A day of the story's month (or year) that it has not pinned down, told long after.

    "In March 1916 ... the following day" is some day of March 1916, not the day after
    publication.
    """
    year = ctx.reference_year()
    # News tells of a year long gone the same way ("joined in March 2010 ... the next day").
    if year is None or (ctx.kind != "narrative" and ctx.anchor.year - year < BACKGROUND_YEARS):
        return None
    month = (ctx.reference or "")[5:7]
    return f"{year:04d}-{month if month.isdigit() else 'XX'}-XX"


def _day_around(m: re.Match[str], ctx: Context) -> Reading:
    if _GOVERNS_AFTER.match(ctx.text, m.end()):
        # "Nov. 3, the day before authorities issued a warrant": "before" opens a phrase of
        # its own, and the day is the one it stands beside, not a day next to it. Away from
        # a date ("the day after his death") the day is unknown.
        if ctx.reference and _APPOSITION.fullmatch(ctx.text, ctx.reference_end, m.start()):
            return "DATE", ctx.reference
        return None
    delta = -1 if m["side"].lower() == "before" else 1
    unit = m["unit"].lower()
    if (
        unit != "day"
        and ctx.kind != "narrative"
        and not _OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        # Only a history steps a week, month or year from the date in focus: news uses
        # the words to compare figures ("down from $450 million the year before"), which
        # the TimeML news corpora leave untagged. Opening its sentence ("The year before,
        # it had hired 500.") the phrase dates what follows, in news too.
        return None
    moved = nz.shift_reference(ctx.reference, unit, delta, keep="unit") if ctx.reference else None
    return ("DATE", moved) if moved else None


# After "the day before" a word that opens a phrase or clause ("the day before the crash",
# "the day after Easter", "the day before police arrived"), not one that carries on the
# sentence around the adverb ("the day before, ...", "arrived the day before and left").
_GOVERNS_AFTER = re.compile(
    r"\s+(?!(?:and|but|or|nor|so|yet|then|when|while|as|in|at|on|by|to|from|with|was|were|had|"
    r"has|have|is|are|saw|did|too|also|already|only|just)\b)[\w'’]",
    re.IGNORECASE,
)
# What stands before a phrase that opens its sentence: a stop and a space, or a line's start.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]['\"”’)]?\s+|\n)$")
_APPOSITION = re.compile(r"\s*,\s*|\s+[-–—]\s+")

# "The day before, the army embarked": the day (or week, month, year) next to the one the text
# last named. "The day before yesterday" is read by the yesterday rule, which comes first.
DAY_AROUND = Rule(
    "the day before, the day after",
    r"""
    \b the \s+ (?P<unit> day
                    # "the year before, ...": a longer step stands alone before a pause;
                    # "the week following the vote" is that week.
                    | (?: week | month | year ) (?= \s+ (?: before | after ) \s* [,.;:!?)] ) )
    \s+ (?P<side> before | after | following ) \b
    (?! \s+ (?: """
    + BEFORE_YESTERDAY
    + "|"
    + AFTER_TOMORROW
    + r""" ) \b )
    """,
    _day_around,
    (
        example(
            "Troops entered on 4 May 1912; the day before, the rebels had fled.",
            "the day before",
            "DATE",
            "1912-05-03",
        ),
    ),
    relative=True,
)

ANAPHORIC = Rule(
    "that day, the following month",
    r"""
    \b (?P<det> that\s+same | that | the\s+same | the\s+following | the\s+previous | the\s+preceding
              | the\s+next )
    \s+ (?: (?P<unit> day | week | month | year | quarter | morning | afternoon | evening | night )
          | (?-i: (?P<fmon> """
    + FULL_MONTHS
    + r""" ) ) ) \b
    (?! \s+ or \b )
    """,
    _in_focus,
    (
        example(
            "He was arrested on March 3, 2019 and charged the following day.",
            "the following day",
            "DATE",
            "2019-03-04",
        ),
        example(
            "The ferry sank on 9 May 1962; the crew was rescued that same day.",
            "that same day",
            "DATE",
            "1962-05-09",
        ),
        example(
            "The court heard the case on Oct. 4, 2022. That December, it ruled.",
            "That December",
            "DATE",
            "2022-12",
        ),
    ),
    relative=True,
)


_MONTH_REFERENCE = re.compile(r"(\d{4})-(\d\d)(?![\d])")


def _day_of_month_in_focus(number: int, ctx: Context) -> Reading:
    """Day ``number`` of a history's month in focus, which holds across sentences.

    "In October 1962 the crisis broke ... On the 22nd, he spoke"; with no month in focus,
    "on the 25th" has no month to take.
    """
    month = _MONTH_REFERENCE.match(ctx.reference or "")
    if month is None:
        return None
    try:
        return "DATE", dt.date(int(month[1]), int(month[2]), number).isoformat()
    except ValueError:
        return None


def _ordinal_day_alone(m: re.Match[str], ctx: Context) -> Reading:
    number = int(m["day"])
    focus = ctx.day_in_focus(m)
    if focus != ctx.anchor:
        # "Doors open Dec 3 ... the final is on the 25th": the month of the day just named.
        try:
            return "DATE", focus.replace(day=number).isoformat()
        except ValueError:
            return None
    if ctx.kind == "narrative":
        return _day_of_month_in_focus(number, ctx)
    # Written on the 10th, "on the 25th" is this month's in the future and last month's in
    # the past. Where no tense says ("my flight is on the 22nd", "back on the 30th") it is
    # the next one: a day gone by is told in the past tense.
    lean = ctx.lean(m)
    here = ctx.anchor
    back = (here.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    ahead = (here.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    options = []
    for first in (back, here.replace(day=1), ahead):
        try:
            options.append(first.replace(day=number))
        except ValueError:
            continue
    if lean is not False:
        options = [day for day in options if day >= here]
    elif lean is False:
        options = [day for day in options if day <= here]
    if not options:
        return None
    return "DATE", min(options, key=lambda day: abs((day - here).days)).isoformat()


# "Payday is on the 25th!": a day of the month in focus. The preposition and the end of the
# phrase after it keep out "the 25th floor", "by the 3rd Division" and "the 19th time".
ORDINAL_DAY_ALONE = Rule(
    "ordinal day of the month alone",
    r"""
    (?: (?<=\bon\s) | (?<=\bby\s) | (?<=\buntil\s) | (?<=\btill\s) | (?<=\bbefore\s)
      | (?<=\bafter\s) | (?<=\bfrom\s) )
    the \s+ (?P<day> [1-9] | [12]\d | 3[01] ) (?: st | nd | rd | th ) \b
    # "from the 15th to the 17th century": the first of two centuries.
    (?! \s+ (?: to | and | or ) \s+ (?: the \s+ )? (?: (?: early | late | mid ) [\s-]+ )?
        \d\d? (?: st | nd | rd | th ) \s+ centur )
    (?= \s* (?: [.,!?;:)] | $ ) | \s+ (?: at | and | or | to | till | until | for | when | so
                                          | but | @ | the | a | an | he | she | it | they | we ) \b
      # "On the 16th Kennedy was told": a name and its verb open the clause the day dates;
      # a unit's name ("the 3rd Division moved") is what the ordinal counts.
      | \s+ (?! (?-i: Division | Army | Corps | Battalion | Regiment | Brigade | Fleet | Squadron
                  | Infantry | Cavalry | Panzer | Airborne | Marines? | Armored | Armoured
                  | Century | Amendment | Congress | Parliament | Dynasty | Street | Avenue ) \b )
        (?-i: [A-Z][a-z]+ ) \s+ (?-i: was | were | had | [a-z]{2,}ed ) \b )
    """,
    _ordinal_day_alone,
    (
        example("The rent is due on the 25th.", "the 25th", "DATE", "2026-01-25"),
        example("My parcel came on the 3rd, finally.", "the 3rd", "DATE", "2026-01-03"),
        example(
            "Talks began on January 9. On the 12th Smith resigned.",
            "the 12th",
            "DATE",
            "2026-01-12",
        ),
    ),
)


def _part_around(m: re.Match[str], ctx: Context) -> Reading:
    step = 1 if m["dir"].lower() == "after" else -1
    day = focus_day(m, ctx)
    # A day the story has not pinned down ("XXXX-XX-XX") stays unknown.
    with contextlib.suppress(ValueError):
        day = nz.day(dt.date.fromisoformat(day) + dt.timedelta(days=step))
    return "TIME", f"{day}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


# "The morning after, markets fell", "the night before, the delegates argued": that part of
# the day after or before the one in focus. Before a phrase of its own ("the morning after
# the vote", "the night before he left") it is told from an event, and names no date.
PART_AROUND = Rule(
    "the morning after, the night before",
    r"""
    \b the \s+ (?P<part> morning | afternoon | evening | night ) \s+ (?P<dir> after | before )
    (?= \s* (?: [,.;:!?)] | $ ) )
    """,
    _part_around,
    (
        example(
            "He spoke on Tuesday. The morning after, markets fell.",
            "The morning after",
            "TIME",
            "2026-01-14TMO",
        ),
    ),
)
