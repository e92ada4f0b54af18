"""Find temporal expressions in English news text and give each its TIMEX3 type and value.

A first pass finds trigger words (month and day names, units, digits) in the text
(:mod:`carneytl.extract.triggers`); only the few words around each trigger are then tried
against the named rules of :mod:`carneytl.extract.rules` (those that can open there, see
:mod:`carneytl.extract.rules.dispatch`), and the rule that matched reads the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.extract.context import Context
from carneytl.extract.rules import RULES
from carneytl.extract.rules.dispatch import match_rule
from carneytl.extract.rules.story import ANAPHORIC
from carneytl.extract.triggers import starts, triggers

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from carneytl.extract.rules import Rule


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: where it is (end exclusive), its words, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str

    def record(self) -> dict[str, object]:
        """Return the expression as the ``--expressions`` JSON object, keys in a fixed order."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


def _scan(text: str, ctx: Context) -> Iterator[Timex]:
    position = 0
    # Where no rule matched: the windows of nearby triggers overlap, and whether a rule
    # matches at a place depends on the text alone, so such a place is never tried again.
    missed: set[int] = set()
    for here, floor in triggers(text):
        if here < position:
            continue
        position = max(position, floor)
        for begin in starts(text, position, here):
            if begin < position or begin in missed:
                continue
            found = match_rule(text, begin)
            if found is None:
                missed.add(begin)
                continue
            index, match = found
            rule = RULES[index]
            try:
                result = rule.read(match, ctx)
            except (ValueError, OverflowError):
                # Calendar arithmetic past the first or last year a date can have ("next
                # week" read on 31 December 9999): the words name no day there is.
                continue
            if result is None or match.end() == match.start():
                continue
            start, end = _trim(text, match.start(), match.end())
            if unwritten_early_year(result[1], text[start:end]):
                continue
            timex = Timex(start, end, text[start:end], result[0], result[1])
            yield timex
            position = match.end()
            _follow(ctx, rule, timex)


def _follow(ctx: Context, rule: Rule, timex: Timex) -> None:
    """Move the year and the date in focus on to what ``timex`` names, where it should."""
    start, end, words, value = timex.start, timex.end, timex.text, timex.value
    year = value[:4]
    # Only a year written out ("in 1997") sets the year in focus: "last year" is too
    # often one clause's aside ("sales, which fell last year, rose in March"). A decade
    # ("the 1990s", value 199) sets none.
    if (
        timex.type == "DATE"
        and len(year) == 4  # noqa: PLR2004 - a year of four digits
        and year.isdigit()
        and value[4:5] in {"", "-", "T"}
        and year in words
    ):
        ctx.named_year = (int(year), end)
    # Dates worked out from the last one do not become the reference themselves:
    # "a year earlier ... a year earlier" must not walk back a year each time.
    if (
        timex.type in {"DATE", "TIME"}
        and (value[:1].isdigit() or value.startswith("BC"))
        # In a narrative "the following year" moves the story on; elsewhere a date
        # worked out from the last one does not replace it.
        and (not rule.relative or _moves_story(rule, ctx, words))
        and not ctx.aside(value, start, end)
    ):
        ctx.reference = value
        ctx.reference_start = start
        ctx.reference_end = end


def unwritten_early_year(value: str, words: str) -> bool:
    """Whether ``value`` dates before the year 1000 although ``words`` never wrote that year.

    No reading should give one (a decade once lent "0199" to a month); this keeps any that
    does out of the output, and any value before the year 1 ("-002", counted back from a
    publication day in an early year), which TIMEX3 writes with BC and no reading here does.
    """
    if value.startswith("-"):
        return True
    year = value[:4]
    return (
        len(year) == 4  # noqa: PLR2004 - a year of four digits
        and year.isdigit()
        and value[4:5] in {"", "-", "T"}
        and int(year) < 1000  # noqa: PLR2004 - the first four-digit year
        and year.lstrip("0") not in words
    )


def _moves_story(rule: Rule, ctx: Context, words: str) -> bool:
    """Whether a date worked out from the last one becomes the story's date itself.

    In a narrative, a step forward by a year or a month does ("The following year the king
    sent a fleet. In September ..."); other steps are asides.
    """
    return ctx.kind == "narrative" and rule is ANAPHORIC and _FOLLOWING.search(words) is not None


_FOLLOWING = re.compile(r"\bfollowing\s+(?:year|month|(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


KINDS = ("auto", "news", "narrative")


def find_timexes(text: str, anchor: dt.date, kind: str = "auto") -> list[Timex]:
    """Find every temporal expression in ``text``, with TIMEX3 values resolved against ``anchor``.

    ``kind`` says how the text tells time: ``news`` reads most dates against publication,
    ``narrative`` against the date the story last named; ``auto`` decides from the text.
    Offsets index ``text`` itself (end exclusive), so ``text[t.start:t.end] == t.text``.
    """
    if kind not in KINDS:
        msg = f"unknown kind of text {kind!r}"
        raise ValueError(msg)
    if kind == "auto":
        kind = text_kind(text, anchor)
    return list(_scan(text, Context(text, anchor, kind)))


# A year written in digits (the character before it is checked apart: a look-behind would
# keep the scan from jumping to the next digit), and a year BC.
_YEAR_WRITTEN = re.compile(r"(?:1\d\d\d|20\d\d)(?![\d%]|[.,]\d)")
_NOT_BEFORE_YEAR = frozenset("0123456789$£€.,")
_YEAR_BC = re.compile(r"\d\s*(?:BCE?|B\.C\.)")
# Words that tell time against publication ("the next year" tells it against the story's).
_DEICTIC = re.compile(
    r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago|(?<![Tt]he\s)(?:[Ll]ast|[Tt]his|[Nn]ext)\s+"
    r"(?:week|month|year)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A weekday on its own ("died Monday", "on Thursday"), not written beside its date ("Sunday, 7
# December 1941") nor counted from another day ("the following Tuesday"): news names the days
# of its week that way, and a history almost never does.
_WEEKDAY_NOT_DATED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!,?\s+(?:the\s+)?\d|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_COUNTED_FROM = re.compile(r"\b(?:the|that|following|next|previous|same|every)\s$")
# How much more a weekday alone tells of news than the other words tied to publication.
_WEEKDAY_ALONE_WEIGHT = 2


def _weekdays_alone(text: str) -> int:
    """How many weekdays ``text`` names on their own (see _WEEKDAY_NOT_DATED)."""
    return sum(
        _COUNTED_FROM.search(text, max(0, day.start() - 10), day.start()) is None
        for day in _WEEKDAY_NOT_DATED.finditer(text)
    )


def text_kind(text: str, anchor: dt.date) -> str:
    """Tell a narrative from news by the dates it writes out.

    News tells time against the day it was published ("on Friday", "last week", a year close
    to it); a history tells it against the dates it names, years or centuries back, and
    seldom says "yesterday" or names a weekday. A text is a narrative when most of its years
    lie far from publication, or when it names many years and almost no days near it.
    """
    # Looking for the letters first spares the search on nearly every text, which has none.
    far = len(_YEAR_BC.findall(text)) if "BC" in text or "B.C." in text else 0
    near = 0
    ahead = False
    for found in _YEAR_WRITTEN.finditer(text):
        if found.start() and text[found.start() - 1] in _NOT_BEFORE_YEAR:
            continue
        # A story's background reaches a year or two back.
        if abs(int(found.group(0)) - anchor.year) > 2:  # noqa: PLR2004
            far += 1
            ahead = ahead or int(found.group(0)) > anchor.year
        else:
            near += 1
    many = 20
    if far < 3 and far + near < many:  # noqa: PLR2004 - too few years for a history
        return "narrative" if _short_history(text, far, near, ahead=ahead) else "news"
    deictic = len(_DEICTIC.findall(text)) + _WEEKDAY_ALONE_WEIGHT * _weekdays_alone(text)
    if far >= 3 and far > 2 * (near + deictic):  # noqa: PLR2004 - most dates far back
        return "narrative"
    return "narrative" if far + near >= many and far + near > 10 * deictic else "news"


# The fewest characters a passage with one or two old years needs to read as a history: a
# message or a headline naming one old year ("Photo: Kabul, 1983") is no story told.
_SHORT_HISTORY = 150
_SHORT_HISTORY_TWO_YEARS = 100


def _short_history(text: str, far: int, near: int, *, ahead: bool) -> bool:
    """Whether a passage with only one or two years, all long past, tells a history.

    "The fortress fell on 29 May 1453. Three days later ..." names no day near publication,
    no "yesterday" or weekday, and no year to come (news about bonds names the year they
    fall due); its story is told against its own dates.
    """
    if far == 0 or near or ahead:
        return False
    if len(text) < (_SHORT_HISTORY_TWO_YEARS if far >= 2 else _SHORT_HISTORY):  # noqa: PLR2004 - two years
        return False
    return _DEICTIC.search(text) is None
