"""Rules for weekdays named alone, in a list, or as "the previous Friday"."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import (
    PART,
    WEEKDAY,
    WEEKDAY_ANY,
    resolve_weekday,
    weekday_number,
)
from carneytl.extract.tense import WEEKDAY_LIST_BEFORE

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _previous_weekday(m: re.Match[str], ctx: Context) -> Reading:
    # "down 2% from the previous Friday": the one before the last day the story named.
    base = ctx.anchor
    if ctx.reference and len(ctx.reference) >= 10:  # noqa: PLR2004 - a full day, 2026-01-14
        try:
            base = dt.date.fromisoformat(ctx.reference[:10])
        except ValueError:
            base = ctx.anchor
    # "the following Tuesday", "the next Sunday": the first one after it.
    forward = m["dir"].lower() in {"following", "next"}
    step = dt.timedelta(days=1 if forward else -1)
    day = nz.weekday(base + step, weekday_number(m["wd"]), future=forward)
    return "DATE", day.isoformat()


def _dated_weekday(
    anchor: dt.date, target: int, number: int, year: int | None = None
) -> dt.date | None:
    """The day ``number`` of a month, within a year either side, that falls on ``target``.

    With ``year`` (a history's year in focus) only that year's months count.
    """
    fits = []
    for shift in range(-12, 13):
        index = anchor.year * 12 + anchor.month - 1 + shift
        try:
            day = dt.date(index // 12, index % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == target and year in {None, day.year}:
            fits.append(day)
    return min(fits, key=lambda day: abs((day - anchor).days), default=None)


# "Black Tuesday", "Bloody Sunday": a day of the past known by its epithet, not the weekday
# nearest the text's date. "Black Friday" is also the shopping day, and stays a weekday.
_EPITHET_BEFORE = re.compile(r"(?-i:\b(?:Black|Bloody))\s+$")


def _weekday(m: re.Match[str], ctx: Context) -> Reading:
    rel = " ".join((m["rel"] or "").lower().split())
    if (
        not rel
        and m["wd"] != "Friday"
        and _EPITHET_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None
    if _in_story_of_no_day(m, ctx, rel):
        # "In September 1683 ... On Sunday the army arrived": some Sunday of the story, not
        # one near publication; TIMEX3 writes the weekday alone.
        value = f"XXXX-WXX-{weekday_number(m['wd']) + 1}"
        return (
            ("TIME", f"{value}T{nz.PARTS_OF_DAY[m['part'].lower()]}")
            if m["part"]
            else ("DATE", value)
        )
    day = _weekday_day(m, ctx, rel)
    if day is None:
        return None
    if m["part"]:
        return "TIME", f"{day.isoformat()}T{nz.PARTS_OF_DAY[m['part'].lower()]}"
    return "DATE", day.isoformat()


# "trained Thursday ahead of Sunday's final": what a story prepares for is still to come.
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+preparation\s+for|the\s+(?:run|lead)-?up\s+to)"
    r"\s+$",
    re.IGNORECASE,
)

_OVER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:ruling|verdict|loss|defeat|victory|win|attacks?|bombings?|shootings?"
    r"|crash|quake|earthquake|explosion|blast|collapse|plunge|sell-?off|resignation|death"
    r"|killings?|arrests?|raids?|massacre|ambush|assassination|coup)\b",
    re.IGNORECASE,
)


def _in_story_of_no_day(m: re.Match[str], ctx: Context, rel: str) -> bool:
    """Whether a bare weekday falls in a history that names no day it could lie beside."""
    if ctx.kind != "narrative" or rel or m.groupdict().get("wdn"):
        return False
    if m.groupdict().get("week") or not ctx.reference or ctx.base_is_day():
        return False
    return not ctx.reference.startswith(("PRESENT", "PAST", "FUTURE"))


def _weekday_day(m: re.Match[str], ctx: Context, rel: str) -> dt.date | None:
    """The day a weekday names, told by the words around it.

    ``rel`` is the word before the weekday in lower case ("last", "this coming"), or empty.
    """
    target = weekday_number(m["wd"])
    week = (m.groupdict().get("week") or "").lower()
    day: dt.date | None
    if number := m.groupdict().get("wdn"):
        # "Friday the 13th": the month whose 13th is a Friday, nearest publication (in a
        # history, nearest the date in focus: "In September 1683 ... On Sunday the 12th").
        year = ctx.reference_year() if ctx.kind == "narrative" else None
        day = _dated_weekday(ctx.base(), target, int(number), year)
    elif week and not rel:
        # "Friday next week", "Monday of last week": the day of the week named.
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday())
        weeks = 1 if week == "next" else -1 if week == "last" else 0
        day = monday + dt.timedelta(days=7 * weeks + target)
    elif rel in {"last", "this past", "past"}:
        day = nz.weekday(ctx.anchor - dt.timedelta(days=1), target, future=False)
    elif rel == "next":
        day = nz.weekday(ctx.anchor + dt.timedelta(days=1), target, future=True)
    elif rel in {"this coming", "coming"}:
        day = nz.weekday(ctx.anchor, target, future=True)
    elif m["poss"] and not ctx.base_is_day():
        # "Friday's plunge": a possessive weekday names a day already gone, unless a future
        # tense in its own clause stands close by ("voters will go to the polls in Sunday's
        # election"); "they would try to get around Wednesday's ruling" has none: the
        # infinitive is a clause of its own, and the ruling is past.
        # A ruling, a loss or an attack is over whatever is done about it next ("will appeal
        # Monday's ruling").
        ahead = (
            ctx.lean(m) is True
            and ctx.clause_looks_ahead(m)
            and not _OVER_AFTER.match(ctx.text, m.end())
        ) or bool(_AHEAD_OF.search(ctx.text, max(0, m.start() - 32), m.start()))
        day = nz.weekday(ctx.anchor, target, future=ahead)
    elif ctx.base_is_day():
        # A narrative's "on Thursday" is the Thursday nearest the day it last named.
        base = ctx.base()
        day = base + dt.timedelta(days=(target - base.weekday() + 3) % 7 - 3)
    else:
        day = resolve_weekday(m["wd"], m, ctx, 0)
    return day


PREVIOUS_WEEKDAY = Rule(
    "the previous Friday",
    r"\b the \s+ (?P<dir> previous | preceding | following | next ) \s+ " + WEEKDAY,
    _previous_weekday,
    (
        example(
            "Shares fell 2% from the previous Friday.",
            "the previous Friday",
            "DATE",
            "2026-01-09",
        ),
        example(
            "The fleet left on 5 June 1944 and landed the next Tuesday.",
            "the next Tuesday",
            "DATE",
            "1944-06-06",
        ),
    ),
    relative=True,
)

WEEKDAY_NAME = Rule(
    "weekday",
    # "late Tuesday", "early Sunday": the edge of a day is part of it, as in "late March".
    r"(?: (?: early | late ) \s+ (?= (?-i:[A-Z]) ) )?"
    r"(?: (?P<rel> last | this\s+past | this\s+coming | this | coming | next ) \s+ )? "
    + WEEKDAY
    # "Sat. night": a short form's full stop does not part it from its night ("Friday. Night
    # fell" is two sentences).
    # "Saturday's gonna be epic", "Friday's the day": the 's is "is", no possessive.
    + r" (?P<poss> ['’] s (?! \s+ (?: gonna | gunna | going | the | a | an | my | our | your"
    + r" | so | too | not | never | always | almost | finally | here | over | coming ) \b ) )?"
    + r" (?: ,? \s+ the \s+ (?P<wdn> [1-9] | [12]\d | 3[01] ) (?: st | nd | rd | th ) \b )?"
    + r" (?: (?: (?<! day ) \. )? \s+ "
    + PART
    + r" )? (?: \s+ (?: of \s+ )? (?P<week> next | last | this ) \s+ week \b )?",
    _weekday,
    (
        example(
            "On Thursday, Carney meets the Premier of China.", "Thursday", "DATE", "2026-01-15"
        ),
        example("They met on Monday.", "Monday", "DATE", "2026-01-12"),
        example("They meet next Monday.", "next Monday", "DATE", "2026-01-19"),
        example("The vote came Tuesday night.", "Tuesday night", "TIME", "2026-01-13TNI"),
        example("Talks resume Friday next week.", "Friday next week", "DATE", "2026-01-23"),
        example("Friday's gonna be huge", "Friday", "DATE", "2026-01-16"),
        example("see you Tuesday the 20th", "Tuesday the 20th", "DATE", "2026-01-20"),
    ),
)

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")


def _listed_weekday(m: re.Match[str], ctx: Context) -> Reading:
    # "every mon, wed, thur", "friday night or sat": an item of a list of weekdays is of
    # the list's kind, and a short form that is a word too ("wed", "sat") counts here.
    before = WEEKDAY_LIST_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
    short_word = m["wd"].lower() in {"mon", "wed", "sat", "sun"}
    if before is None:
        return None if short_word else _weekday(m, ctx)
    target = weekday_number(m["wd"])
    part = nz.PARTS_OF_DAY[m["part"].lower()] if m["part"] else ""
    if before["every"]:
        return "SET", f"XXXX-WXX-{target + 1}" + (f"T{part}" if part else "")
    reference = ctx.reference or ""
    if ctx.reference_end >= before.start() and _DAY_VALUE.match(reference):
        # The list's days all lie the way its first one does: "came Thursday or sat".
        ahead = reference[:10] > ctx.anchor.isoformat()
        day = nz.weekday(ctx.anchor, target, future=ahead)
    else:
        day = resolve_weekday(m["wd"], m, ctx, 0)
    if part:
        return "TIME", f"{day.isoformat()}T{part}"
    return "DATE", day.isoformat()


LISTED_WEEKDAY = Rule(
    "weekday on a list of weekdays",
    r"(?: (?<=,) | (?<=,\s) | (?<=[&/\-–]) | (?<=[&\-–]\s) | (?<=\bor\s) | (?<=\band\s) ) "
    r"(?P<rel>) (?P<poss>) " + WEEKDAY_ANY + r" (?! ['’] ) (?: \s+ " + PART + r" )?",
    _listed_weekday,
    (
        example("The gym opens every mon, wed and fri.", "wed", "SET", "XXXX-WXX-3"),
        example("Shall we meet Friday or sat?", "sat", "DATE", "2026-01-17"),
    ),
)
