"""Sentences with dates become candidate events: a store date, matched actors, a draft title."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from carneytl import slugs
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import DateError
from carneytl.extract.context import SENTENCE_BOUNDARY
from carneytl.extract.tagger import find_timexes

if TYPE_CHECKING:
    from collections.abc import Iterable

    from carneytl.extract.tagger import Timex


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed event: what a person reviews before it goes into a store."""

    id: str
    date: str
    title: str
    as_written: str
    actors: tuple[str, ...]
    sentence: str
    expression: Timex


def _words(text: str) -> list[str]:
    return text.split()


# Where the blank space after a line end stops.
_NOT_SPACE = re.compile(r"\S")
# A comma, semicolon, colon or dash with the spaces around it, or the spaces before a word that
# opens a clause. One character class (a space or the mark) opens each branch, so that the
# search skips the words between at once; a space followed by no space, mark or first letter of
# those words (most spaces) is given up at once, and so is a space inside a run of them (the run
# was tried whole from its first), which keeps a long run of spaces linear.
_CLAUSE_BREAK = re.compile(
    r"[,;:–—]\s*|\s(?<!\s\s)(?=[\s,;:–—abfwt])\s*(?:[,;:–—]\s*|"
    r"(?=(?:after|before|following|while|when|but|although|though|because)\s))"
)
# A dateline that opens an article's first sentence ("PORT KESSEL - ", "LONDON (Reuters) — "):
# the place in capitals, then a dash; it is the story's byline place, not part of the event.
_OPENING_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]{2,}(?:\s*\([^()]{1,30}\))?\s+[-–—]+\s+")
_LEADING_LINKS = re.compile(
    r"^(?:and|but|after|before|following|while|when|although|though|because|as|which|who|"
    r"then|so)\s+",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:in|on|since|over|by|until|till|during|from|after|before|at|through|throughout|"
    r"within|for|of)\s+$",
    re.IGNORECASE,
)
_APPROXIMATE = re.compile(
    r"^(?:about|almost|nearly|roughly|around|some|more\s+than|less\s+than|over|just|at\s+(?:least|most))\b",
    re.IGNORECASE,
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_PART = re.compile(r"(\d{4})-(Q|H)(\d)")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_DURATION = re.compile(r"P(\d+)([YMWD])")
_AHEAD = re.compile(r"\b(?:next|coming|following)\b")
_BEHIND = re.compile(r"\b(?:past|last|previous)\b")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d\d")
_CALENDAR_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
# Each removed with str.replace: str.translate looks every character up in its table.
_QUOTES = ('"', "“", "”")
_MIN_TITLE_WORDS = 3
_MAX_TITLE = 100
# How far into a clause a title is read (each side of the date): many times what it keeps.
_TITLE_REACH = 1000
# Parts of names too common to identify an actor on their own.
_NAME_STOPWORDS = frozenset(
    ("United", "States", "Kingdom", "South", "North", "East", "West", "New", "Republic", "People")
)
# Words that may stand before a surname without making it part of another name.
_TITLES = frozenset(
    _words(
        "President Prime Minister Premier Chancellor Chairman Secretary General Gen Governor Gov "
        "Senator Sen Representative Rep Judge Justice Mr Mrs Ms Dr Sir Dame Lord Lady King Queen "
        "Prince Princess Pope Mayor Ambassador Colonel Col Captain Capt Admiral Adm"
    )
)
# A dateline opens a wire story ("HOUSTON, July 21 (AP) -"): it dates the filing, not an event.
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ ]*)?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*(?:[-–—_]|$)")
# What joins the two ends of a range: "April 6-7", "from June 11 to July 19".
_RANGE_DASH = re.compile(r"\s*[-–—]\s*")
_RANGE_WORD = re.compile(r"\s+(?:to|until|till|through|thru)\s+")
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+")


def _month_span(year: int, first: int, last: int) -> str:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return f"{year:04d}-{first:02d}/{end_year:04d}-{end_month:02d}"


def _duration_span(value: str, text: str, anchor: dt.date) -> str | None:
    """A stretch of time measured from publication: "over the next decade", "the past two years"."""
    match = _DURATION.fullmatch(value)
    words = text.lower()
    ahead = _AHEAD.search(words)
    behind = _BEHIND.search(words)
    if match is None or not (ahead or behind):
        return None
    count, unit = int(match[1]), match[2]
    if unit == "Y":
        first, last = (
            (anchor.year, anchor.year + count) if ahead else (anchor.year - count, anchor.year)
        )
        return f"{first:04d}/{last:04d}~"
    if unit == "M":
        index = anchor.year * 12 + anchor.month - 1 + (count if ahead else -count)
        other = f"{index // 12:04d}-{index % 12 + 1:02d}"
        here = f"{anchor.year:04d}-{anchor.month:02d}"
        return f"{here}/{other}~" if ahead else f"{other}/{here}~"
    days = count * (7 if unit == "W" else 1)
    other_day = anchor + dt.timedelta(days=days if ahead else -days)
    first_day, last_day = sorted((anchor, other_day))
    return f"{first_day.isoformat()}/{last_day.isoformat()}"


def store_date(timex: Timex, anchor: dt.date) -> str | None:  # noqa: PLR0911 - one return per value shape
    """Write a TIMEX3 value in the store's date format, or ``None`` when it names no span.

    Weeks, quarters, halves, decades and centuries become intervals; seasons approximate
    month intervals; a duration counted from publication ("the next decade") an approximate
    interval. ``PRESENT_REF`` and the like name no date a chronology can use.
    """
    value = timex.value
    if timex.type == "DURATION":
        return _duration_span(value, timex.text, anchor)
    if timex.type == "SET" or "X" in value or value.endswith("_REF"):
        return None
    value = value.split("T", 1)[0]
    # The commonest shape first: no other shape's value is also a calendar date.
    if _CALENDAR_DATE.fullmatch(value):
        return f"{value}~" if _APPROXIMATE.match(timex.text) else value
    if (week := _WEEK.fullmatch(value)) is not None:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        first, last = (
            (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            if week[3]
            else (monday, monday + dt.timedelta(days=6))
        )
        return f"{first.isoformat()}/{last.isoformat()}"
    if (part := _PART.fullmatch(value)) is not None:
        size = 3 if part[2] == "Q" else 6
        first_month = (int(part[3]) - 1) * size + 1
        return _month_span(int(part[1]), first_month, first_month + size - 1)
    if (season := _SEASON.fullmatch(value)) is not None:
        first_month, last_month = _SEASON_MONTHS[season[2]]
        start, end = _month_span(int(season[1]), first_month, last_month).split("/")
        return f"{start}~/{end}~"
    if _DECADE.fullmatch(value):
        return f"{value}0/{value}9"
    if _CENTURY.fullmatch(value):
        return f"{value}00/{value}99"
    return None


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """Yield the bounds of each sentence (or line) of ``text``."""
    start = 0
    boundary = SENTENCE_BOUNDARY.search(text)
    while boundary is not None:
        stop = boundary.start()
        if text[stop] == "\n":
            # A line end stays out of its sentence, and so does the blank space after it.
            if stop > start:
                yield start, stop
            found = _NOT_SPACE.search(text, stop + 1)
            start = found.start() if found else len(text)
        else:
            # A stop stays in its sentence.
            yield start, stop + 1
            start = boundary.end()
        boundary = SENTENCE_BOUNDARY.search(text, start)
    if start < len(text):
        yield start, len(text)


def _as_written(text: str, timex: Timex, floor: int) -> int:
    """Where the expression starts with the preposition that introduces it: "On Thursday"."""
    before = text[max(floor, timex.start - 14) : timex.start]
    found = _PREPOSITION.search(before)
    if found is None:
        return timex.start
    return timex.start - (len(before) - found.start())


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """The bounds of each clause of ``sentence``, in order: the cuts a title is taken between."""
    bounds = []
    start = 0
    for found in _CLAUSE_BREAK.finditer(sentence):
        bounds.append((start, found.start()))
        start = found.end()
    bounds.append((start, len(sentence)))
    return bounds


def draft_title(
    sentence: str, start: int, end: int, clauses: list[tuple[int, int]] | None = None
) -> str:
    """Draft a one-line title from the clause around ``sentence[start:end]``, minus the date.

    ``clauses`` are the sentence's :func:`clause_bounds`, found once for all its dates. A
    title is read from at most :data:`_TITLE_REACH` characters of each clause side: it keeps
    only its first hundred or so, and a line of many dates must not cost each date the line.
    """
    if clauses is None:
        clauses = clause_bounds(sentence)
    index = max(0, bisect.bisect_right(clauses, (start, len(sentence))) - 1)
    if not clauses[index][0] <= start < clauses[index][1]:
        index = 0
    pieces: list[str] = []
    count = 0
    for a, b in clauses[index:]:
        if a <= start < b:
            piece = (
                sentence[a : min(start, a + _TITLE_REACH)]
                + sentence[end : min(b, end + _TITLE_REACH)]
            )
        else:
            piece = sentence[a : min(b, a + _TITLE_REACH)]
        pieces.append(piece)
        count += len(piece.split())
        if count >= _MIN_TITLE_WORDS:
            break
    # Quotation marks cut out of their sentence rarely balance; the title is a draft anyway.
    # The spaces around and between the pieces go when the title is made one line below.
    title = " ".join(pieces)
    for quote in _QUOTES:
        title = title.replace(quote, "")
    title = _OPENING_DATELINE.sub("", " ".join(title.split()))
    title = _LEADING_LINKS.sub("", title).strip(" ,;:.“”\"'")
    if len(title) > _MAX_TITLE:
        title = title[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:] if title else sentence.strip()[:_MAX_TITLE]


def _names_alone(sentence: str, part: str, actor: str) -> bool:
    """Whether ``part`` of an actor's name stands for the actor somewhere in ``sentence``.

    A part counts on its own ("Carney said"), or after a title ("President Kennedy"), but not
    inside another name ("Cape Kennedy", "Kennedy Airport").
    """
    own = set(actor.split())
    for found in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", sentence):
        before = re.search(r"([A-Z][\w.’'-]*)\s+$", sentence[: found.start()])
        after = re.match(r"\s+([A-Z][\w’'-]*)", sentence[found.end() :])
        word_before = before.group(1) if before else None
        if word_before and word_before not in own and word_before.rstrip(".") not in _TITLES:
            continue
        if after and after.group(1) not in own:
            continue
        return True
    return False


class _Actor(NamedTuple):
    """An actor's name, whether it has several parts, and its distinctive parts."""

    name: str
    several_parts: bool
    distinctive: tuple[str, ...]


# An article at a time asks for the same store's actors.
@lru_cache(maxsize=8)
def _read_actors(names: tuple[str, ...]) -> tuple[tuple[_Actor, ...], re.Pattern[str]]:
    """Each actor's parts, and a pattern of every name and distinctive part as plain text."""
    actors = []
    for actor in sorted(set(names)):
        parts = actor.split()
        distinctive = tuple(p for p in parts if len(p) >= 4 and p not in _NAME_STOPWORDS)  # noqa: PLR2004 - short parts match too much
        actors.append(_Actor(actor, len(parts) > 1, distinctive))
    needles = sorted({n for a in actors for n in (a.name, *a.distinctive)}, key=len, reverse=True)
    # With no actors at all, a pattern that never matches.
    mentioned = re.compile("|".join(map(re.escape, needles)) if needles else "(?!)")
    return tuple(actors), mentioned


def _actors(actors: tuple[str, ...], text: str) -> list[_Actor]:
    """The actors whose name or a distinctive part of it is in ``text`` at all, in their order.

    An article names few of a store's actors, and most of them none: one search of the
    article for any of their names and parts says so, and its sentences are searched for the
    actors it names alone.
    """
    known, mentioned = _read_actors(actors)
    if mentioned.search(text) is None:
        return []
    return [a for a in known if a.name in text or any(p in text for p in a.distinctive)]


def _actors_named(sentence: str, actors: list[_Actor]) -> tuple[str, ...]:
    found: list[str] = []
    for actor in actors:
        # Most actors are not in most sentences: a plain substring test says so cheaply.
        if actor.name not in sentence and not any(p in sentence for p in actor.distinctive):
            continue
        if re.search(rf"(?<!\w){re.escape(actor.name)}(?!\w)", sentence) or (
            actor.several_parts
            and any(_names_alone(sentence, p, actor.name) for p in actor.distinctive)
        ):
            found.append(actor.name)
    return tuple(found)


# A dateline's place and date open their line within this many characters.
_DATELINE_REACH = 100


def _dateline_line(text: str, timex: Timex) -> int | None:
    """The start of the line ``timex`` is the date of the dateline of, or None.

    Only the few characters before the date are looked at: a long line holds no dateline.
    """
    line_start = text.rfind("\n", max(0, timex.start - _DATELINE_REACH), timex.start) + 1
    if line_start == 0 and timex.start > _DATELINE_REACH:
        return None
    if (
        _DATELINE_BEFORE.match(text, line_start, timex.start) is None
        or _DATELINE_AFTER.match(text, timex.end) is None
    ):
        return None
    return line_start


def _after_dateline(text: str, start: int, datelines: dict[int, int]) -> int:
    """Where the sentence at ``start`` begins once a dateline opening its line is left out.

    ``datelines`` maps the start of each dateline's line to the dateline's end; the sentence
    may open after spaces at the start of that line.
    """
    if not datelines:
        return start
    line = text.rfind("\n", max(0, start - _DATELINE_REACH), start) + 1
    return max(start, datelines.get(line, start))


def _range_end(text: str, first: Timex, second: Timex | None, floor: int) -> bool:
    """Whether ``second`` closes a range that ``first`` opens ("6-7", "from June to July")."""
    if second is None:
        return False
    between = text[first.end : second.start]
    if _RANGE_DASH.fullmatch(between):
        return True
    opener = _RANGE_OPENER.search(text, max(floor, first.start - 9), first.start)
    if opener is None:
        return False
    if _RANGE_WORD.fullmatch(between):
        return True
    return opener.group(0).lower().startswith("between") and bool(_RANGE_AND.fullmatch(between))


def _interval(first: str, last: str) -> str | None:
    """The store interval from one date to another, when both are plain dates in order."""
    try:
        begin, end = parse_edtf(first), parse_edtf(last)
    except DateError:
        return None
    if "/" in first or "/" in last or begin.start is None or end.start is None:
        return None
    if begin.start > end.start:
        return None
    return f"{first}/{last}"


def _dated(timex: Timex, published: dt.date) -> str | None:
    date = store_date(timex, published)
    if date is None:
        return None
    try:
        parse_edtf(date)
    except DateError:
        return None
    return date


def _proposals(
    text: str, inside: list[Timex], published: dt.date, floor: int
) -> list[tuple[str, Timex, Timex]]:
    """Each dated expression of a sentence with its store date; a range as one, first to last."""
    proposals: list[tuple[str, Timex, Timex]] = []
    skip = -1
    for index, timex in enumerate(inside):
        date = _dated(timex, published) if index != skip else None
        if date is None:
            continue
        following = inside[index + 1] if index + 1 < len(inside) else None
        if following is not None and _range_end(text, timex, following, floor):
            other = _dated(following, published)
            interval = _interval(date, other) if other else None
            if interval is not None:
                skip = index + 1
                proposals.append((interval, timex, following))
                continue
        proposals.append((date, timex, timex))
    return proposals


def _unique_id(date: str, title: str, used: dict[str, int]) -> str:
    """An id from the date and title, numbered on when ``used`` has it; it joins ``used``.

    ``used`` maps each id given to the number its slug takes next, so that a thousand
    candidates with one slug are numbered in one step each.
    """
    first = date.split("/", maxsplit=1)[0].rstrip("~")
    slug = slugs.slug(f"{first} {title}", fallback=date)
    unique, number = slug, used.get(slug, 2)
    while unique in used:
        unique, number = f"{slug}-{number}", number + 1
    used[slug] = number
    used.setdefault(unique, 2)
    return unique


def candidates(
    text: str,
    published: dt.date,
    actors: Iterable[str] = (),
    kind: str = "auto",
    *,
    with_ids: bool = True,
) -> list[Candidate]:
    """Propose one event per dated expression, in the order the text gives them.

    A range ("April 6-7", "from June 11 to July 19") proposes one event, dated by the
    interval; a dateline ("HOUSTON, July 21 (AP) -") proposes none, and is no part of the
    title of the sentence it opens. Without ``with_ids`` every id is "" (a caller that gives
    its own ids saves making them).
    """
    timexes: list[Timex] = []
    datelines: dict[int, int] = {}
    for timex in find_timexes(text, published, kind):
        if (line := _dateline_line(text, timex)) is not None:
            after = _DATELINE_AFTER.match(text, timex.end)
            datelines[line] = after.end() if after else timex.end
        else:
            timexes.append(timex)
    if not timexes:
        return []
    known = _actors(tuple(actors), text)
    found: list[Candidate] = []
    used: dict[str, int] = {}
    position = 0
    for sentence_start, finish in sentences(text):
        if position >= len(timexes):
            break
        begin = _after_dateline(text, sentence_start, datelines)
        inside = []
        while position < len(timexes) and timexes[position].start < finish:
            if timexes[position].start >= begin:
                inside.append(timexes[position])
            position += 1
        # Many expressions date nothing (a duration, "now"): their sentence proposes nothing.
        proposals = _proposals(text, inside, published, begin) if inside else []
        if not proposals:
            continue
        sentence = text[begin:finish]
        actors_named = _actors_named(sentence, known)
        one_line = " ".join(sentence.split())
        clauses = clause_bounds(sentence)
        for date, first, last in proposals:
            phrase_start = _as_written(text, first, begin)
            # One line, as the store has it: a hard-wrapped article breaks phrases too.
            phrase = " ".join(text[phrase_start : last.end].split())
            title = draft_title(sentence, phrase_start - begin, last.end - begin, clauses)
            unique = _unique_id(date, title, used) if with_ids else ""
            found.append(
                Candidate(
                    id=unique,
                    date=date,
                    title=title,
                    as_written=phrase,
                    actors=actors_named,
                    sentence=one_line,
                    expression=first,
                )
            )
    return found
