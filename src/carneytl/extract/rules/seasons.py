"""Rules for the seasons: "the summer of 1940", "last winter", "the following spring"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example, words
from carneytl.extract.rules.vocab import (
    SEASON_NAME_AFTER,
    SHORT_YEAR,
    SPELLED_YEAR,
    YEAR,
    short_year_value,
    spelled_year_value,
)

if TYPE_CHECKING:
    import datetime as dt

    from carneytl.extract.context import Context


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*[ ]$")


def _season(m: re.Match[str], ctx: Context) -> Reading:
    code = nz.SEASONS[m["season"].lower()]
    if m["season"][:1].isupper() and SEASON_NAME_AFTER.match(ctx.text, m.end("season")):
        return None  # "the Winter Olympics", "the 2002 Summer Games", "the Fall Classic": names
    rel = " ".join((m["rel"] or "").lower().split())
    given = _year_given(m, code, ctx)
    if given is not None:
        return "DATE", f"{given:04d}-{code}"
    if re.match(r"\s+of\s+(?!\d)", ctx.text[m.end() : m.end() + 8]):
        return None  # "the fall of Kabul", "the winter of discontent"
    if not rel and not m["the"]:
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        # "in spring", "the onset of winter"; and a season named with a capital, as shops
        # and schedules write it ("a Spring dress", "Your Summer reading list"), unless it
        # follows another capitalised word ("Arab Spring", "Summer Olympics" after "Tokyo").
        name = _CAPITAL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        capital = m["season"][:1].isupper() and (
            name is None or name.group(0).strip().lower() in _DETERMINERS
        )
        dated = re.search(r"\b(?:in|by|until|since|this|of|during)\s+$", before)
        if code == "FA" or not (dated or capital or _plain_season(m, ctx)):
            return None
    return "DATE", f"{_season_year(rel, code, m, ctx)}-{code}"


# Capitalised words that open a sentence or a title before a season, not names.
_DETERMINERS = frozenset(
    words("a an the this that my our your his her their its every each next last")
)
# "my winter", "the shop's spring range", "BH Cosmetics' spring picks".
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:my|our|your|his|her|their|its)|\w['’]s?)[ ]$")
# Nouns that make a spring the season, not a coil or a source of water.
_SPRING_SEASON_AFTER = re.compile(
    r"[ ](?:break|term|semester|season|collection|range|offensive|sale|sales|fashion|look"
    r"|cleaning|colou?rs|weather|rains?)\b"
)


def _plain_season(m: re.Match[str], ctx: Context) -> bool:
    """Whether a season written in lower case with no word of time before it is the season.

    "summer", "winter" and "autumn" are no other word ("a white winter", "summer offensive");
    "spring" is also a coil, a source of water and a verb, so it counts after a possessive
    ("my spring break") or before a word that makes it the season ("spring collection").
    """
    word = m["season"]
    if not word.islower():
        return False
    if word != "spring":
        return True
    return (
        _POSSESSIVE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None
        or _SPRING_SEASON_AFTER.match(ctx.text, m.end()) is not None
    )


_SAME_SEASON = frozenset({"that", "that same", "the same", "same"})


_YEAR_LATER = re.compile(
    # "the spring offensive of 1918": the year of the thing the season names.
    r"(?:[^.;:!?]{0,60}?\bin|\s+[a-z]+\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?P<y>1\d\d\d|20\d\d)\b"
    # "the spring offensive began on 21 March 1918": the day its clause goes on to name.
    r"|[^.;:!?]{0,60}?\bon\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+"
    r"(?P<y2>1\d\d\d|20\d\d)\b"
)


# "the summer and autumn of 1940": the first season of a list takes the year written after
# the last.
_LISTED_SEASON_YEAR = re.compile(
    r"\s*(?:and|or|to|&|[-–])\s*(?:the\s+)?(?:(?:early|late)\s+)?"
    r"(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>1\d\d\d|20\d\d)\b",
    re.IGNORECASE,
)


def _written_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year written beside a season: in digits, spelled out, or with an apostrophe."""
    # "the winter of 1941-42" (and "the 1941-42 winter") opens in the first year.
    digits = m["year"] or m["first"] or m["lead"]
    if digits:
        return int(digits)
    if m["sy"]:
        return spelled_year_value(m["sy"])
    if m["yy"]:
        return short_year_value(m["yy"], ctx.anchor)  # "summer '14"
    listed = _LISTED_SEASON_YEAR.match(ctx.text, m.end())
    return int(listed["y"]) if listed else None


def _year_given(m: re.Match[str], code: str, ctx: Context) -> int | None:
    """The year of a season its words settle: written, spelled, or counted from the story's."""
    written = _written_year(m, ctx)
    if written is not None:
        return written
    if m["step"] and (m["step"].lower().startswith("the") or ctx.kind == "narrative"):
        # "the following spring": the first such season after the date in focus, which in
        # news is the date its story last named, as for "the following year".
        read = nz.read_reference(ctx.reference) if ctx.reference else None
        base = read[0] if read is not None and ctx.kind != "narrative" else ctx.base()
        start = nz.SEASON_START[code]
        forward = m["step"].lower().endswith(("following", "next"))
        if read is not None and read[1] == "year" and ctx.reference == f"{base.year:04d}":
            # "fined in 2017 ... the following spring": a year known whole is left behind.
            return base.year + (1 if forward else -1)
        if forward:
            return base.year if start > base.month else base.year + 1
        return base.year if start < base.month else base.year - 1
    if m["which"]:
        # "the spring of that year", "the winter of the following year".
        step = m["which"].lower()
        delta = 1 if step.endswith(("following", "next")) else 0
        delta = -1 if step.endswith(("previous", "preceding")) else delta
        return (ctx.reference_year() or ctx.base().year) + delta
    return None


def _season_year(rel: str, code: str, m: re.Match[str], ctx: Context) -> str:
    """The year of a season written without one, as TIMEX3 writes it ("2026", "BC0481")."""
    bc = ctx.bc_in_focus()
    if bc is not None and (rel in _SAME_SEASON or rel in {"", "early", "late", "mid"}):
        return bc  # "the summer", in a history of 481 BC
    if rel in _SAME_SEASON:
        # "that same spring": the season of the year the text last named.
        # In news, as "that year" reads it, the year of the date the text last named.
        return f"{ctx.year_in_focus(m) or ctx.reference_year() or ctx.base().year:04d}"
    if ctx.kind == "narrative" and rel in {"", "early", "late", "mid"}:
        # "launched their summer offensive in June 1942": the season of the year its own
        # clause goes on to name, before the story's year catches up.
        later = _YEAR_LATER.match(ctx.text, m.end())
        if later is not None:
            return later["y"] or later["y2"]
    if ctx.kind != "narrative" and rel in {"", "early", "late", "mid"}:
        # "She was diagnosed in June 2017 ... by the autumn she had left": news telling a
        # story of a year long gone.
        focus = ctx.year_in_focus(m)
        if focus is not None:
            return f"{focus:04d}"
    return _season_year_from(ctx.base(), rel, code, m, ctx)


def _season_year_from(base: dt.date, rel: str, code: str, m: re.Match[str], ctx: Context) -> str:
    """The year of a season told against ``base``: by its word (last, next) or by tense."""
    year = base.year
    if rel == "last" or (rel == "this past" and nz.SEASON_START[code] > base.month):
        year -= 1
    elif rel == "next" or (rel == "this coming" and nz.SEASON_START[code] < base.month):
        year += 1
    elif (
        not rel
        and ctx.kind != "narrative"
        and nz.SEASON_START[code] > base.month
        and not ctx.future(m)
    ):
        year -= 1  # "talks resumed in the summer", written in March: last summer
    elif not rel and ctx.kind != "narrative" and base.month >= nz.SEASON_START[code] + 3:
        # "hopes to list in the spring", written in December: a season over looks to next year.
        year += 1 if ctx.future(m) else 0
    return f"{year:04d}"


SEASON = Rule(
    "season",
    r"(?: (?P<rel> last | this\s+past | this\s+coming | this | next | early | late | mid"
    r" | that\s+same | that | the\s+same | same"
    # "the following spring": the first such season after the date in focus.
    r" | (?P<step> (?: the \s+ )? (?: following | next | previous | preceding ) ) )"
    r" [\s-]+ )?"
    r" (?P<the> the\s+"
    # "the 1943-44 winter", "the 1944 summer": the year (or the first of two) written before.
    r" (?: (?P<lead> 1\d\d\d | 20\d\d ) (?: [-–/] (?: \d\d | 1\d\d\d | 20\d\d ) )? \s+ )? )?"
    r" (?P<season> spring | summer | fall | autumn | winter ) \b"
    # "the winter of 1941-42", "winter 2025-26": the season that opens in the first year.
    r" (?: \s+ (?: of \s+ )? (?P<first> 1\d\d\d | 20\d\d ) [-–/] (?: \d\d | 1\d\d\d | 20\d\d ) \b"
    r" | \s+ (?: of \s+ )? (?: " + YEAR + r" | " + SPELLED_YEAR + r" | " + SHORT_YEAR + r" )"
    # "the spring of that year", "the winter of the following year": the story's year.
    r" | \s+ of \s+ (?P<which> that | that\s+same | the\s+same | the\s+following | the\s+next"
    r" | the\s+previous | the\s+preceding ) \s+ year \b )?",
    _season,
    (
        example("A mild winter, for once.", "winter", "DATE", "2026-WI"),
        example("It opened in the summer of 2012.", "the summer of 2012", "DATE", "2012-SU"),
        example("Building starts this spring.", "this spring", "DATE", "2026-SP"),
        example("Best trip ever, summer '14!", "summer '14", "DATE", "2014-SU"),
        example("Talks resumed in the summer.", "the summer", "DATE", "2025-SU"),
        example("It raged in the summer and autumn of 1940.", "the summer", "DATE", "1940-SU"),
        example("The 1943-44 winter was mild.", "The 1943-44 winter", "DATE", "1943-WI"),
        example("Talks will resume in the summer.", "the summer", "DATE", "2026-SU"),
    ),
)
