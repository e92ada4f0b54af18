"""Rules for the times of day the sun names (dawn, dusk) and the small hours after midnight."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.times import day_of, focus_day
from carneytl.extract.rules.vocab import (
    DAY,
    DAY_AFTER,
    MONTH,
    WEEKDAY,
    YEAR,
    month_number,
    weekday_number,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


# The sun's risings and settings, as the part of the day TIMEX3 writes each in: the morning
# (MO) holds dawn and sunrise, the evening (EV) dusk, sunset and nightfall (the coming of
# night, a synonym of dusk).
_SUN_PARTS = {
    "dawn": "MO",
    "daybreak": "MO",
    "first light": "MO",
    "sunrise": "MO",
    "sunup": "MO",
    "dusk": "EV",
    "nightfall": "EV",
    "sunset": "EV",
    "sundown": "EV",
}

_MONTH2 = MONTH.replace("?P<mon>", "?P<mon2>")
_DAY2 = DAY.replace("?P<day>", "?P<day2>")

# A day written after the time of day: "on 6 June 1944", "on June 6, 1944", "on the 6th of
# June". Day first or month first; the year, if any, after both.
_ON_DATE = (
    r" (?: (?: the \s+ )? "
    + DAY
    + r" (?: \s+ of )? \s+ "
    + MONTH
    + r" | "
    + _MONTH2
    + r" \s* "
    + _DAY2
    + r" ) (?: ,? \s+ "
    + YEAR
    + r" )?"
)


def _written_date(m: re.Match[str], ctx: Context) -> str | None:
    """The day a match's date groups write (either order), in its year or the one in focus."""
    month_name, day = (m["mon"], m["day"]) if m["mon"] else (m["mon2"], m["day2"])
    if not month_name:
        return None
    month = month_number(month_name)
    year = int(m["year"]) if m["year"] else ctx.year_in_focus(m)
    try:
        if year is not None:
            return dt.date(year, month, int(day)).isoformat()
        return nz.day_in_context(ctx.anchor, month, int(day), future=ctx.lean(m), firm=ctx.firm(m))
    except ValueError:
        return None


def _weekday_day(m: re.Match[str], ctx: Context) -> str:
    """The day a weekday beside a time of day names: in a history, the one nearest its day.

    A history that names no day keeps the weekday alone ("XXXX-WXX-7"), as TIMEX3 writes
    some Sunday; news reads it by tense from publication.
    """
    if ctx.kind != "narrative":
        return day_of(m, ctx)
    target = weekday_number(m["wd"])
    if not ctx.base_is_day():
        return f"XXXX-WXX-{target + 1}"
    base = ctx.base()
    return nz.day(base + dt.timedelta(days=(target - base.weekday() + 3) % 7 - 3))


def _shift(day: str, days: int) -> str:
    """A day ``days`` on from ``day``; a day not known ("XXXX-XX-XX") stays unknown."""
    try:
        return nz.day(dt.date.fromisoformat(day) + dt.timedelta(days=days))
    except ValueError:
        return day


def _sun_part(m: re.Match[str], ctx: Context) -> Reading:
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    if _SECOND_END_BEFORE.search(before):
        return None  # "from dawn until dusk": a span of the daylight, not a time of day
    if _CLOCK_IN_BRACKETS.match(ctx.text, m.end()):
        return None  # "at dawn (4 a.m. EDT Thursday)": the clock says when, and is tagged
    sun = " ".join(m["sun"].lower().split())
    part = _SUN_PARTS[sun]
    if m["mon"] or m["mon2"]:
        day = _written_date(m, ctx)
        if day is None:
            return None
    elif m["wd"]:
        day = _weekday_day(m, ctx)
    elif m["rel"]:
        day = day_of(m, ctx)
    elif _ON_ANOTHER_DAY.match(ctx.text, m.end()):
        return None  # "at dawn on Black Friday": the day is a name the day's own rule reads
    elif m["next"]:
        day = _shift(focus_day(m, ctx), 1)
    else:
        day = _day_of_bare_sun(m, ctx, ahead_is_next=part == "MO" and not m["that"])
    return "TIME", f"{day}T{part}"


def _day_of_bare_sun(m: re.Match[str], ctx: Context, *, ahead_is_next: bool) -> str:
    """The day of a dawn or a dusk written without one: the day in focus, or by tense."""
    day = focus_day(m, ctx)
    if ahead_is_next and ctx.kind != "narrative" and day == nz.day(ctx.anchor) and ctx.lean(m):
        # "Troops will advance at dawn", written in the day: the next dawn, the one
        # published with it having passed. A tense must say so: "farmers rise at dawn" is
        # a habit, no plan.
        return _shift(day, 1)
    return day


# The first end of a span written before this one ("from dusk to dawn", "dawn till dusk").
_SECOND_END_BEFORE = re.compile(
    r"\b(?:dawn|dusk|daybreak|nightfall|sunrise|sunset|sunup|sundown)\s+(?:to|till|until|til|and)\s+$"
)
_CLOCK_IN_BRACKETS = re.compile(r"\s*\(\s*\d")
_ON_ANOTHER_DAY = re.compile(r",?\s+on\s+(?:the\s+)?[A-Z0-9]")


# "at dawn", "by nightfall", "shortly after sunrise", "at first light on 6 June 1944", "at
# dusk Tuesday": a time of day the sun names, after a preposition that asks for a time. The
# words in lower case: "Dawn" is a name, and "the dawn of a new era", "a sunset clause" and
# "as dawn broke" (an event of the sky) are no times here.
SUN_PART = Rule(
    "time of day the sun names",
    r"""
    # The word first: a look at the letters fails fast at "Sunday" or "days", before the
    # look-behinds are tried.
    (?= (?-i: dawn | daybreak | first \s+ light | sun (?: rise | up | set | down ) | dusk
            | nightfall ) \b )
    (?: (?<=\bat\s) | (?<=\bby\s) | (?<=\bbefore\s) | (?<=\bafter\s) | (?<=\buntil\s)
      | (?<=\btill\s) | (?<=\btil\s) | (?<=\bnear\s) | (?<=\btoward\s) | (?<=\btowards\s)
      | (?<=\baround\s) | (?<=\bfrom\s) | (?<=\bsince\s) | (?<=\bpast\s)
      )
    (?-i: (?P<sun> dawn | daybreak | first \s+ light | sunrise | sunup | dusk | nightfall
                 | sunset | sundown ) ) \b
    # "from dusk to dawn", "a dusk-to-dawn curfew": the hours of darkness or of daylight,
    # every day the rule holds, not one time; "sunset clause", "sunrise industry": a thing.
    (?! \s* (?: to | till | until | til | and | - | – ) \s* (?: dawn | dusk | daybreak
                                                              | nightfall | sunrise | sunset
                                                              | sunup | sundown ) \b
      | ['’] s | - | \s+ (?: clause | clauses | provision | provisions | industry | industries
                          | boulevard | strip | yellow | orange | red | colours? | colors?
                          | hues? | chorus | raid | raids | patrol | patrols | prayers? ) \b )
    (?: ,? \s+ on \s+ (?: """
    # "at dawn on Sunday, 7 December 1941": the date says which Sunday.
    + WEEKDAY.replace("?P<wd>", "?:")
    + r""" ,? \s+ )? """
    + _ON_DATE
    + r""" | \s+ """
    + DAY_AFTER
    + r"""
      # "at dawn the next day", "at dusk that evening": a day told from the one in focus.
      | ,? \s+ (?: (?: on \s+ )? the \s+ (?P<next> next | following ) | (?P<that> that ) )
        \s+ (?: day | morning | evening ) \b )?
    """,
    _sun_part,
    (
        example(
            "The landings began at dawn on 6 June 1944.",
            "dawn on 6 June 1944",
            "TIME",
            "1944-06-06TMO",
        ),
        example("The bridge was held by nightfall.", "nightfall", "TIME", "2026-01-14TEV"),
        example("Police raided the flat at dawn Tuesday.", "dawn Tuesday", "TIME", "2026-01-13TMO"),
        example(
            "The fleet sailed at first light the next day.",
            "first light the next day",
            "TIME",
            "2026-01-15TMO",
        ),
    ),
)


def _small_hours(m: re.Match[str], ctx: Context) -> Reading:
    if m["crack"]:
        return "TIME", f"{_day_of_bare_sun(m, ctx, ahead_is_next=True)}TMO"
    if m["dir"]:
        # "The morning after", "the night before": that part of the day next to the one
        # in focus.
        step = 1 if m["dir"].lower() == "after" else -1
        return "TIME", f"{_shift(focus_day(m, ctx), step)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"
    if m["mon"] or m["mon2"]:
        day = _written_date(m, ctx)
        if day is None:
            return None
    elif m["wd"]:
        day = _weekday_day(m, ctx)
    elif _OF_SOMETHING_ELSE.match(ctx.text, m.end()):
        return None  # "the early hours of the war", "the small hours after the vote"
    else:
        day = focus_day(m, ctx)
    return "TIME", f"{day}TMO"


_OF_SOMETHING_ELSE = re.compile(r"\s+(?:of|after|following|since|before)\b", re.IGNORECASE)


# "the early hours of Sunday", "the small hours of 25 April 1915", "in the wee hours": the
# hours after midnight, the first of the day they belong to. Of its parts of the day TIMEX3
# writes them as its morning (TMO); its night (TNI) would be the night that day ends with.
# "The morning after, markets fell", "the night before, the delegates argued": that part of
# the day after or before the one in focus; before a phrase of its own ("the morning after
# the vote", "the night before he left") it is told from an event, and no date. One rule for
# both, as both open with "the" and every "the" before a trigger word tries them.
SMALL_HOURS = Rule(
    "the small hours of a day, the morning after",
    r"""
    \b the \s+
    # "at the crack of dawn": a dawn, read as the sun's times of day are; here, since this
    # rule is tried at every "the" anyway.
    (?: (?P<crack> crack \s+ of \s+ dawn \b )
      | (?P<part> morning | afternoon | evening | night ) \s+ (?P<dir> after | before )
        (?= \s* (?: [,.;:!?)] | $ ) )
      | (?: very \s+ )? (?: early | small | wee ) \s+ (?: morning \s+ )? hours
        (?: \s+ of \s+ (?: the \s+ (?: morning | night ) \b
                         | (?: """
    + WEEKDAY
    # "the early hours of Tuesday morning": the part of the day is written already, and
    # the words before it only narrow it; "Tuesday morning" is tagged alone.
    + r""" (?! \s+ (?: morning | afternoon | evening | night ) \b )
                             (?: ,? \s+ (?= [0-3]?\d | [A-Z] ) )? )?
                           (?: """
    + _ON_DATE
    + r""" )? (?<! \s ) (?<! , ) ) )? )
    """,
    _small_hours,
    (
        example(
            "The shooting happened in the early hours of Sunday.",
            "the early hours of Sunday",
            "TIME",
            "2026-01-11TMO",
        ),
        example(
            "The boats moved in during the small hours of 25 April 1915.",
            "the small hours of 25 April 1915",
            "TIME",
            "1915-04-25TMO",
        ),
        example(
            "He spoke on Tuesday. The morning after, markets fell.",
            "The morning after",
            "TIME",
            "2026-01-14TMO",
        ),
    ),
)
