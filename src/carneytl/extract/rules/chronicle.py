"""Readings a war history needs beside its families' own: seasons from a year BC, in names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz

if TYPE_CHECKING:
    from carneytl.extract.context import Context

# "the Winter War", "the Winter Palace", "the Summer Olympics": a capitalised season before
# the capitalised noun of a name names a thing, not a season.
_NAME_AFTER = re.compile(r"[ ](?:Wars?|Palace|Olympics|Games|Revolution)\b")


def told_season(m: re.Match[str], code: str, ctx: Context) -> tuple[str, str] | tuple[()] | None:
    """A season a history settles before the season rule's own reading: ``()`` for none.

    A capitalised season before the noun of a name is none ("the Winter War of 1939"); a
    season counted from a year BC counts down ("the following summer" after 300 BC).
    """
    if m["season"][:1].isupper() and _NAME_AFTER.match(ctx.text, m.end()):
        return ()
    bc = _bc_season_step(m, code, ctx)
    return ("DATE", bc) if bc is not None else None


def _bc_season_step(m: re.Match[str], code: str, ctx: Context) -> str | None:
    """The season "the following summer" names in a history whose year in focus is BC.

    Years BC count down, so the season after the date in focus may lie in the year with the
    smaller number: after "In 300 BC", "the following summer" is ``BC0299-SU``, and after
    "March 300 BC" it is ``BC0300-SU``. None where the season is not counted from a year BC.
    """
    bc = ctx.bc_in_focus()
    step = (m["step"] or m["which"] or "").lower()
    if bc is None or not step or m["year"] or m["first"] or m["lead"]:
        return None
    year = int(bc[2:])
    if step.endswith(("that", "same")):
        return f"{bc}-{code}"
    forward = step.endswith(("following", "next"))
    reference = ctx.reference or ""
    month = int(reference[7:9]) if m["step"] and reference[7:9].isdigit() else None
    start = nz.SEASON_START[code]
    if month is None:
        year += -1 if forward else 1
    elif forward and start <= month:
        year -= 1
    elif not forward and start >= month:
        year += 1
    return f"BC{year:04d}-{code}" if year > 0 else None
