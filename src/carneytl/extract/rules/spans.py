"""Where a month or day closes a span of dates ("from May to October"), the date that opened it."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carneytl.extract.context import Context

FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "between March and May", "April or May": a month named in a list or span of months.
MONTH_LINKED_BEFORE = re.compile(
    r"(?:" + FULL_MONTHS + r")\s*(?:,|and|or|to|through|until|till|&|[-–])\s*$"
)
_SPAN_LINK_BEFORE = re.compile(r"\s*(?:to|through|until|till|and|[-–])\s*$")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def span_opened_at(m: re.Match[str], ctx: Context) -> tuple[int, ...] | None:
    """The month ``(year, month)`` or day ``(year, month, day)`` that opened a span ``m`` closes.

    "from May to July", "June 1 to Nov. 30": the date just before, joined to ``m`` by a word
    of a span. "March and May" is a list, not a span, unless "between" opened it.
    """
    reference = ctx.reference or ""
    if not _MONTH_OR_DAY_VALUE.fullmatch(reference):
        return None
    if not _SPAN_LINK_BEFORE.fullmatch(ctx.text, ctx.reference_end, m.start()):
        return None
    opener = ctx.text[max(0, ctx.reference_end - 40) : ctx.reference_end].lower()
    if "and" in ctx.text[ctx.reference_end : m.start()] and "between" not in opener:
        return None
    return tuple(int(part) for part in reference.split("-"))


def month_closing_a_span(m: re.Match[str], ctx: Context, year: int, month: int) -> int:
    """The year of a month that closes a span: the first after the month that opened it.

    "runs from May to October" closes in May's year; "from November to February" in the
    next. A span told firmly in the past keeps the year its tense gave.
    """
    opened = span_opened_at(m, ctx)
    if opened is None or len(opened) != 2 or (year, month) >= opened or ctx.firmly_past(m):  # noqa: PLR2004 - a year and a month
        return year
    return opened[0] + (month < opened[1])


def day_closing_a_span(m: re.Match[str], ctx: Context, value: str, month: int, day: int) -> str:
    """A day that closes a span ("runs from June 1 to Nov. 30"), on or after the day it opened."""
    opened = span_opened_at(m, ctx)
    if (
        opened is None
        or len(opened) != 3  # noqa: PLR2004 - a year, a month and a day
        or not value[:4].isdigit()
        or value >= f"{opened[0]:04d}-{opened[1]:02d}-{opened[2]:02d}"
        or ctx.firmly_past(m)
    ):
        return value
    year = opened[0] + ((month, day) < opened[1:])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return value
