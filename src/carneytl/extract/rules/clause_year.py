"""The year a news clause names in words ("Last year, ..."), for its day or month without one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carneytl.extract.context import Context

# "last year" or "next year" as an adverb: "the last year" is the twelve months before now,
# and "last year's winner" names a thing of that year, not when the clause happens.
_YEAR_WORD = re.compile(
    r"\b(?<!the\s)(?P<rel>last|next)\s+year\b(?!['’]s|\s+(?:or|and|to)\b)", re.IGNORECASE
)
# Between the year word and the date, a new clause ends what the year governs; so does a
# comma ("The firm, which lost money last year, expects a profit in March"), unless the year
# word opens its sentence ("Last year, the first storm came on Nov. 27").
_NEW_CLAUSE = re.compile(
    r"[;:—]|\s[–-]\s|\b(?:and|but|or|while|whereas|although|though|because|which|who|that|"
    r"whether|when|said|says|told|added|announced|reported)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\s*(?:(?:and|but|so)\s+)?(?:(?:early|late|earlier)\s+)?", re.IGNORECASE)
# How far back from the date the year word may stand.
_REACH = 120


def year_named_in_clause(m: re.Match[str], ctx: Context) -> int | None:
    """The year that "last year" or "next year" earlier in the clause of ``m`` sets, in news.

    "Last year, the first storm came on Nov. 27" (written in December) is the November of the
    year before; "Next year the summit will be held on Jan. 4" the January to come. A past
    "last year" does not reach a clause that looks ahead.
    """
    low = max(0, m.start() - _REACH)
    # Most dates have no year word before them: a plain search rules them out cheaply.
    if ctx.kind != "news" or "year" not in ctx.text[low : m.start()].lower():
        return None
    begin, _ = ctx.sentence(m.start(), m.end())
    words = list(_YEAR_WORD.finditer(ctx.text, max(begin, low), m.start()))
    if not words:
        return None
    found = words[-1]
    between = ctx.text[found.end() : m.start()]
    opens = _OPENING.fullmatch(ctx.text, begin, found.start()) is not None
    if _NEW_CLAUSE.search(between) or ("," in between and not opens):
        return None
    if found["rel"].lower() == "last":
        return None if ctx.clause_looks_ahead(m) else ctx.anchor.year - 1
    return ctx.anchor.year + 1
