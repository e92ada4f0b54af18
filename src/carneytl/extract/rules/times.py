"""Rules for parts of the day, and the day a time of day falls on."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.chronicle import day_of_paragraph
from carneytl.extract.rules.vocab import (
    DAY,
    DAY_AFTER,
    MONTH,
    WEEKDAY,
    YEAR,
    day_word,
    month_number,
    resolve_weekday,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from carneytl.extract.context import Context


def day_of(m: re.Match[str], ctx: Context) -> str:
    """The day a time of day belongs to: a day named beside it, else the day in focus."""
    groups = m.groupdict()
    if groups.get("wd"):
        return nz.day(resolve_weekday(m["wd"], m, ctx, 0))
    if groups.get("mon") and groups.get("day"):
        return month_day_of(m, ctx)
    rel = day_word(groups.get("rel") or "")
    if rel == "yesterday":
        return nz.day(ctx.anchor - dt.timedelta(days=1))
    if rel == "tomorrow":
        return nz.day(ctx.anchor + dt.timedelta(days=1))
    if rel in {"today", "tonight"}:
        return nz.day(ctx.anchor)
    return focus_day(m, ctx)


def focus_day(m: re.Match[str], ctx: Context) -> str:
    """The day a time without one of its own falls on, as TIMEX3 writes it.

    A history's "at 10pm" or "at night" with no day in focus is some day of the story, not
    the day the history was written.
    """
    day = ctx.day_in_focus(m)
    if ctx.kind == "narrative" and day == ctx.anchor:
        kept = day_of_paragraph(m, ctx)
        if kept is None:
            return "XXXX-XX-XX"
        day = kept
    if m.groupdict().get("nextday"):
        day += dt.timedelta(days=1)  # "at 7:22 the next morning": the day after the one in focus
    return nz.day(day)


def month_day_of(m: re.Match[str], ctx: Context) -> str:
    """The day a match's ``mon`` and ``day`` groups write, in its ``year`` or the year in focus."""
    focus = int(m["year"]) if m.groupdict().get("year") else ctx.year_in_focus(m)
    if focus is not None:
        try:
            return dt.date(focus, month_number(m["mon"]), int(m["day"])).isoformat()
        except ValueError:
            pass
    return nz.day_in_context(
        ctx.anchor,
        month_number(m["mon"]),
        int(m["day"]),
        future=ctx.lean(m),
        firm=ctx.firm(m),
    )


def _part_with_edge(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{day_of(m, ctx)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


def written_day(
    m: re.Match[str], ctx: Context, otherwise: Callable[[re.Match[str], Context], str]
) -> str | None:
    """The day a written month, day and year name; with no year, the one ``otherwise`` reads.

    ``None`` when the three name no day ("30 February 2001").
    """
    if not m["year"]:
        return otherwise(m, ctx)
    try:
        return dt.date(int(m["year"]), month_number(m["mon"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def _part_of_named_day(m: re.Match[str], ctx: Context) -> Reading:
    day = written_day(m, ctx, day_of)
    return None if day is None else ("TIME", f"{day}T{nz.PARTS_OF_DAY[m['part'].lower()]}")


def _part_in_focus(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{focus_day(m, ctx)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


def _this_part(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{nz.day(ctx.anchor)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


PART_WITH_EDGE = Rule(
    "early or late part of the day",
    r"""
    \b (?: early | late | mid ) [\s-]+ (?-i: (?P<part>morning|afternoon|evening) ) \b
    (?: \s+ """
    + DAY_AFTER
    + r""" )?
    """,
    _part_with_edge,
    (
        example(
            "Troops crossed the river late evening yesterday.",
            "late evening yesterday",
            "TIME",
            "2026-01-13TEV",
        ),
        example(
            "The vote was held late afternoon Monday.",
            "late afternoon Monday",
            "TIME",
            "2026-01-12TAF",
        ),
    ),
)


# "On the night of Aug. 7", "the morning of Friday": that day's part, one expression.
PART_OF_NAMED_DAY = Rule(
    "part of a named day",
    r"""
    \b the \s+ (?: (?: early | late ) [\s-]+ )? (?P<part>morning|afternoon|evening|night)
    (?: \s+hours )? \s+ of \s+
    (?: """
    + WEEKDAY
    + r"""
      | """
    + MONTH
    + r""" \s* """
    + DAY
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )?
    )
    """,
    _part_of_named_day,
    (
        example(
            "The raid began on the night of Aug. 7, 2008.",
            "the night of Aug. 7, 2008",
            "TIME",
            "2008-08-07TNI",
        ),
    ),
)

# "Dealers bought in the morning": the morning of the day the story is telling.
PART_IN_FOCUS = Rule(
    "part of the day in focus",
    r"""
    (?: (?<=\bin\s) | (?<=\bduring\s) )
    the \s+ (?: (?: early | late ) \s+ )? (?P<part>morning|afternoon|evening) \b
    (?! \s+ (?: of | after | before | hours | session | sessions | edition | editions | news
              | paper | papers | show | rush ) \b )
    """,
    _part_in_focus,
    (example("Dealers bought heavily in the morning.", "the morning", "TIME", "2026-01-14TMO"),),
)

THIS_PART = Rule(
    "this morning, this evening",
    r"\b (?: later\s+ | earlier\s+ )? this \s+ (?P<part>morning|afternoon|evening|night) \b",
    _this_part,
    (example("He called this morning.", "this morning", "TIME", "2026-01-14TMO"),),
)


# "the night of 20 June": the day before its month, as British and military writing put it.
PART_OF_DAY_MONTH = Rule(
    "part of a day written day first",
    r"""
    \b the \s+ (?: (?: early | late ) [\s-]+ )? (?P<part>morning|afternoon|evening|night)
    (?: \s+hours )? \s+ of \s+ (?: the \s+ )? """
    + DAY
    # "the night of 9-10 November", "the night of 14/15 November": the night opens on the first.
    + r""" (?: \s* [-–/] \s* [0-3]?\d )? (?: \s+ of )? \s+ """
    + MONTH
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )?
    """,
    _part_of_named_day,
    (
        example(
            "The raid came on the night of 20 June 1944.",
            "the night of 20 June 1944",
            "TIME",
            "1944-06-20TNI",
        ),
    ),
)


def _bare_part(m: re.Match[str], ctx: Context) -> Reading:
    part = "night" if m["part"].lower() == "overnight" else m["part"].lower()
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    # "good evening", "$55 a night", "a 3 night stay"; but "rose by 40 overnight".
    if m["part"].lower() != "overnight" and _NOT_A_PART_BEFORE.search(before):
        return None
    day = day_of(m, ctx) if m["wd"] or m["rel"] else focus_day(m, ctx)
    return "TIME", f"{day}T{nz.PARTS_OF_DAY[part]}"


_NOT_A_PART_BEFORE = re.compile(r"(?:\bgo+d\s+|\d\s+(?:a|per)\s+|\d\s+)$", re.IGNORECASE)


# "a rainy afternoon", "worked through the night", "overnight": a part of the day the text is
# telling, with nothing to name another day.
BARE_PART = Rule(
    "part of the day alone",
    r"""
    (?: (?: a | the | one ) \s+ (?: (?: whole | entire | long | late | early | quiet | rainy
                                       | cold | hot ) \s+ )?
      | (?: late | early ) \s+ )?
    (?P<part> morning | afternoon | evening | night | overnight ) \b
    (?! \s+ (?: of | before | after | shift | shifts | club | clubs | school | life | owl
              | market | markets | sky | vision | session | sessions | talk | show
              | shows | news | paper | papers | edition | editions | rush | flight | flights
              | train | trains | bus | buses | prayers | star | stars ) \b | ['’] s | - )
    # "The storm hit overnight Tuesday": the night of the day named.
    (?: (?<= overnight ) \s+ """
    + DAY_AFTER
    + r""" )?
    """,
    _bare_part,
    (
        example("The storm raged through the night.", "the night", "TIME", "2026-01-14TNI"),
        example("The lights went out at night.", "night", "TIME", "2026-01-14TNI"),
        # Tea taken at that part of the day, as "morning class" is a class held then.
        example("We stopped for morning tea.", "morning", "TIME", "2026-01-14TMO"),
        example("Rain fell overnight Tuesday.", "overnight Tuesday", "TIME", "2026-01-13TNI"),
    ),
)
