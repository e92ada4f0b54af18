"""Readings counted from the date a story last named: "the following June", "the next year"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.context import BACKGROUND_YEARS
from carneytl.extract.rules.vocab import month_number

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
