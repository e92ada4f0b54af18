"""What war histories write that the families' own rules miss: days by their ordinal, seasons."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules import seasons
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import (
    DAY,
    MONTH,
    ORDINAL_DAY,
    SEASON_NAME_AFTER,
    YEAR,
    month_number,
    ordinal_day_value,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _season_in_story(m: re.Match[str], ctx: Context) -> Reading:
    told = _told_season(m, nz.SEASONS[m["season"].lower()], ctx)
    return (told or None) if told is not None else seasons.SEASON.read(m, ctx)


def _told_season(m: re.Match[str], code: str, ctx: Context) -> tuple[str, str] | tuple[()] | None:
    """A season a history settles before the season rule's own reading: ``()`` for none.

    A capitalised season before the noun of a name is none ("the Winter War of 1939"); a
    season counted from a year BC counts down ("the following summer" after 300 BC).
    """
    if m["season"][:1].isupper() and SEASON_NAME_AFTER.match(ctx.text, m.end()):
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


_DAY_REFERENCE = re.compile(r"\d{4}-\d\d-\d\d(?![\d-])")


def day_of_paragraph(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The day a history last named in the paragraph of ``m``, which its clock times keep.

    "In the early hours of 6 June paratroopers landed. At dawn the guns opened. The first
    troops landed at 6:30 a.m." is 6 June's 6:30, however many sentences lie between.
    """
    reference = ctx.reference or ""
    if not _DAY_REFERENCE.match(reference) or not ctx.same_paragraph(ctx.reference_end, m.start()):
        return None
    try:
        return dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None


_MONTH_REFERENCE = re.compile(r"(\d{4})-(\d\d)(?!\d)")


def _day_of_story(number: int, m: re.Match[str], ctx: Context) -> str | None:
    """Day ``number`` of the month the story is in: the day just named's, else a history's."""
    focus = ctx.day_in_focus(m)
    month = None
    if focus != ctx.anchor:
        month = (focus.year, focus.month)
    elif ctx.kind == "narrative" and (found := _MONTH_REFERENCE.match(ctx.reference or "")):
        month = (int(found[1]), int(found[2]))
    if month is None:
        return None
    try:
        return dt.date(month[0], month[1], number).isoformat()
    except ValueError:
        return None


def _part_of_ordinal_day(m: re.Match[str], ctx: Context) -> Reading:
    day = _day_of_story(int(m["day"]), m, ctx)
    return None if day is None else ("TIME", f"{day}T{nz.PARTS_OF_DAY[m['part'].lower()]}")


# "By the evening of the 6th", "on the night of the 21st": a part of a day of the month in
# focus, one expression ("the night of the 9th Army's retreat" counts a unit, not a day).
_PART_OF_ORDINAL_DAY = Rule(
    "part of an ordinal day of the month in focus",
    r"""
    \b the \s+ (?: (?: early | late ) [\s-]+ )? (?P<part> morning | afternoon | evening | night )
    \s+ of \s+ the \s+ (?P<day> [1-9] | [12]\d | 3[01] ) (?: st | nd | rd | th ) \b
    (?! \s+ of \b | [\s-]+ centur
      | \s+ (?-i: [A-Z][a-z]+ \s+ )? (?-i: Division | Army | Corps | Battalion | Regiment
              | Brigade | Fleet | Squadron | Infantry | Cavalry | Panzer | Airborne | Marines?
              | Armou?red | Guards | Rifles | Hussars | Lancers | Dragoons | Foot ) \b )
    """,
    _part_of_ordinal_day,
    (
        example(
            "War broke out on 5 June 1967. By the evening of the 6th the army was in Sinai.",
            "the evening of the 6th",
            "TIME",
            "1967-06-06TEV",
        ),
    ),
)


def _spelled_day_of_month(m: re.Match[str], ctx: Context) -> Reading:
    day = ordinal_day_value(m["oday"])
    month = month_number(m["mon"])
    if m["year"]:
        year: int | None = int(m["year"])
    else:
        year = ctx.year_in_focus(m)
    if year is None:
        value = nz.day_in_context(ctx.anchor, month, day, future=ctx.lean(m), firm=ctx.firm(m))
        return "DATE", value
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# "the twenty-ninth of May, 1453", "on the fifth of November": a day spelled out before its
# month, as speeches and older histories write it.
SPELLED_DAY_OF_MONTH = Rule(
    "spelled ordinal day of a month",
    # In lower case: "the Fourth of July" is the holiday's name, read by its own rule.
    r"\b the \s+ (?-i: "
    + ORDINAL_DAY
    + r" ) \s+ of \s+ "
    + MONTH
    + r" (?: ,? \s+ "
    + YEAR
    + r" )?",
    _spelled_day_of_month,
    (
        example(
            "The city fell on the twenty-ninth of May, 1453.",
            "the twenty-ninth of May, 1453",
            "DATE",
            "1453-05-29",
        ),
    ),
)


_DECADE_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "last": 10, "final": 10,
}  # fmt: skip


def _part_of_century(m: re.Match[str], ctx: Context) -> Reading:
    if m["n"] or m["oday"]:
        century = int(m["n"]) if m["n"] else ordinal_day_value(m["oday"])
    else:
        # "the last decade of the century": the century the story is in, if it is in one,
        # else the century of writing ("warming by the last decade of the century").
        reference = ctx.reference or ""
        year = ctx.reference_year() or ctx.anchor.year
        if len(reference) == 2 and reference.isdigit():  # noqa: PLR2004 - a century, "18"
            century = int(reference) + 1
        else:
            century = year // 100 + 1
    if not 1 <= century <= 21:  # noqa: PLR2004 - the centuries a history names
        return None
    which = m["which"].lower()
    if m["part"].lower() != "decade":
        # A quarter, a half or the last years of a century: TIMEX3 writes the century.
        return "DATE", f"{century - 1:02d}"
    if which not in _DECADE_ORDINALS:
        return None
    return "DATE", f"{century - 1:02d}{_DECADE_ORDINALS[which] - 1}"


# "the first decade of the 20th century" is the 1900s (190), "the last decade of the century"
# the story's century's last (189 in a story of 1885); "the first quarter of the 18th
# century" and "the latter half of the century" are of the century (17), no quarter of a year.
_PART_OF_CENTURY = Rule(
    "decade, quarter or half of a century",
    r"\b the \s+ (?P<which> first | second | third | fourth | fifth | sixth | seventh | eighth"
    r" | ninth | tenth | last | final | latter | early | closing | opening )"
    r" \s+ (?P<part> decade | quarter | half | part | years | decades ) \s+ of \s+ the \s+"
    r" (?: (?: (?P<n> [1-9] | 1\d | 2[01] ) (?: st | nd | rd | th ) | "
    + ORDINAL_DAY
    + r" ) [\s-]+ )?"
    r" century \b (?! \s* (?: BC | B\.C\. ) )",
    _part_of_century,
    (
        example(
            "In the first decade of the 20th century the navy was rebuilt.",
            "the first decade of the 20th century",
            "DATE",
            "190",
        ),
        example(
            "The fort was built in the first quarter of the 18th century.",
            "the first quarter of the 18th century",
            "DATE",
            "17",
        ),
    ),
)


def _edge_day(m: re.Match[str], ctx: Context) -> Reading:
    last = m["edge"].lower() != "first"
    bc = ctx.bc_in_focus()
    if bc is not None and not (m["year"] or m["y2"]):
        return "DATE", bc  # a day of a year BC has no calendar here: the year, at least
    if m["mon"]:
        month = month_number(m["mon"])
        year = int(m["year"]) if m["year"] else ctx.year_in_focus(m)
        if year is None:
            # Told against publication: the nearest such month the tense points to.
            year = int(nz.day_in_context(ctx.anchor, month, 1, future=ctx.lean(m))[:4])
    elif m["y2"]:
        year, month = int(m["y2"]), 12 if last else 1
    else:
        base = ctx.base()
        year = base.year
        month = base.month if m["unit"].lower() == "month" else 12 if last else 1
    day = calendar.monthrange(year, month)[1] if last else 1
    return "DATE", dt.date(year, month, day).isoformat()


# "the last day of August 1939", "the first day of the month": one day, not a stretch of a
# day beside a month ("the first day of the war" stays a stretch: its day is the war's).
_EDGE_DAY = Rule(
    "first or last day of a month or year",
    r"\b the \s+ (?P<edge> first | last | final ) \s+ day \s+ of \s+"
    r" (?: " + MONTH + r" (?: ,? \s+ " + YEAR + r" )?"
    r" | the \s+ (?P<unit> month | year ) \b | (?P<y2> 1\d\d\d | 20\d\d ) \b )",
    _edge_day,
    (
        example(
            "The war began on the first day of September 1939.",
            "the first day of September 1939",
            "DATE",
            "1939-09-01",
        ),
        example(
            "The ultimatum ran out on the last day of August 1939.",
            "the last day of August 1939",
            "DATE",
            "1939-08-31",
        ),
    ),
)


def _decade_bc(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    return "DATE", f"BC{int(m['tens']):03d}"


# "the 480s BC": the years 489 to 480 BC, written as TIMEX3 writes a decade (BC048).
DECADE_BC = Rule(
    "decade BC",
    r"(?: \b the \s+ )? (?: (?: early | mid | late ) [\s-]+ )? (?<![\d.,])"
    r" (?P<tens> [1-9]\d{0,2} ) 0 ['’]? s \s* (?-i: BCE | BC | B\.C\.E\. | B\.C\. ) (?! [A-Za-z] )",
    _decade_bc,
    (example("Athens grew rich in the 480s BC.", "the 480s BC", "DATE", "BC048"),),
)


_MONTH_STEP = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}


def _day_of_that_month(m: re.Match[str], ctx: Context) -> Reading:
    read = nz.read_reference(ctx.reference) if ctx.reference else None
    if read is None or read[1] not in {"day", "month"}:
        return None  # no month in focus to count from
    index = read[0].year * 12 + read[0].month - 1 + _MONTH_STEP[m["twhich"].split()[-1].lower()]
    try:
        return "DATE", dt.date(index // 12, index % 12 + 1, int(m["tday"])).isoformat()
    except ValueError:
        return None


# "On the 3rd of the following month Caen fell", "the 20th of that month": a day of the
# month counted from the one in focus.
_DAY_OF_THAT_MONTH = Rule(
    "ordinal day of that or the following month",
    r"\b the \s+ (?P<tday> [1-9] | [12]\d | 3[01] ) (?: st | nd | rd | th ) \s+ of \s+"
    r" (?P<twhich> that | that \s+ same | the \s+ same | the \s+ following | the \s+ next"
    r" | the \s+ previous | the \s+ preceding ) \s+ month \b",
    _day_of_that_month,
    (
        example(
            "The army landed on 6 June 1944. On the 3rd of the following month Caen fell.",
            "the 3rd of the following month",
            "DATE",
            "1944-07-03",
        ),
    ),
)


def _day_month_ad(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    try:
        year = int(m["ad"] or m["ad2"])
        return "DATE", dt.date(year, month_number(m["mon"]), int(m["day"])).isoformat()
    except ValueError:
        return None


# "9 September AD 9", "15 March 44 AD": a day of a year of the common era, however early.
DAY_MONTH_AD = Rule(
    "day, month and year AD",
    r"\b " + DAY + r" (?: \s+ of )? \s+ " + MONTH + r" ,? \s+"
    r" (?: (?-i: AD | A\.D\. ) [ ]? (?P<ad> \d{1,4} ) (?! [\d%] )"
    r" | (?P<ad2> \d{1,4} ) [ ]? (?-i: AD | A\.D\. | CE | C\.E\. ) (?! [A-Za-z] ) )",
    _day_month_ad,
    (example("The legions fell on 9 September AD 9.", "9 September AD 9", "DATE", "0009-09-09"),),
)


# The season rule of seasons.py, read first for what histories write: "the following summer"
# after a year BC counts down, and "the Winter War" is a name.
SEASON = Rule(
    seasons.SEASON.name,
    seasons.SEASON.pattern,
    _season_in_story,
    (
        *seasons.SEASON.examples,
        example(
            "The long war between Athens and Sparta ended in 404 BC, when the city gave in "
            "after a siege. The following summer the walls came down, to the music of flutes, "
            "and the victors set up a council of thirty in the city.",
            "The following summer",
            "DATE",
            "BC0403-SU",
        ),
    ),
)


# "around 1162," "built about 1250 by": a history's approximate year before 1600, where no
# thing counted follows ("about 1200 men" is a count).
_APPROX_YEAR = re.compile(r"\b(?:around|about)\s+$", re.IGNORECASE)
_APPROX_YEAR_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:and|when|after|before|at|in|on|by|under|with|as|but|the|he|she|they"
    r"|it|its|his|her)\b"
)
# "the 1453 siege", "the 1381 revolt": a history's year before the event it dates.
_EVENT_AFTER_YEAR = re.compile(
    r"\s+(?:siege|invasion|campaign|war|battle|revolt|rebellion|uprising|treaty|crisis|raid"
    r"|massacre|plague|famine|earthquake|fire|expedition|crusade|conquest|coup|council)\b"
)
# "fought between 1455 and 1487": both ends of a span of a history's years, unless the
# second counts something ("between 1200 and 1300 soldiers").
_BETWEEN_YEARS = re.compile(r"\bbetween\s+(?:1\d{3}\s+and\s+)?$", re.IGNORECASE)
_AND_SECOND = re.compile(r"\s+and\s+1\d{3}\b")


def _between_years(m: re.Match[str], ctx: Context, counted: re.Pattern[str]) -> bool:
    before = _BETWEEN_YEARS.search(ctx.text, max(0, m.start() - 20), m.start())
    if before is None:
        return False
    second = m.end() if "and" in before.group(0) else None
    if second is None:
        found = _AND_SECOND.match(ctx.text, m.end())
        second = found.end() if found else None
    return second is not None and not counted.match(ctx.text, second, second + 32)


def early_year_in_history(
    m: re.Match[str], ctx: Context, before: str, counted: re.Pattern[str]
) -> bool:
    """Whether a history's number below 1600 reads as a year by the words around it.

    "born around 1162,", "between 1455 and 1487", "the 1453 siege"; ``counted`` tells the
    words a count goes on to ("between 1200 and 1300 soldiers" counts).
    """
    return bool(
        (_APPROX_YEAR.search(before) and _APPROX_YEAR_AFTER.match(ctx.text, m.end()))
        or _between_years(m, ctx, counted)
        or (before.lower().endswith("the ") and _EVENT_AFTER_YEAR.match(ctx.text, m.end()))
    )


# The rules above that open with "the" are tried as two, so that each "the" near a trigger
# costs the scan two attempts, not four.
def _edge_in_history(m: re.Match[str], ctx: Context) -> Reading:
    return _edge_day(m, ctx) if m["edge"] else _part_of_century(m, ctx)


def _ordinal_day_in_history(m: re.Match[str], ctx: Context) -> Reading:
    return _part_of_ordinal_day(m, ctx) if m["part"] else _day_of_that_month(m, ctx)


EDGE_IN_HISTORY = Rule(
    "first or last day of a month or year, or part of a century",
    r"(?: " + _EDGE_DAY.pattern + r" | " + _PART_OF_CENTURY.pattern + r" )",
    _edge_in_history,
    _EDGE_DAY.examples + _PART_OF_CENTURY.examples,
)

ORDINAL_DAY_IN_HISTORY = Rule(
    "part of an ordinal day, or a day of that month",
    r"(?: " + _PART_OF_ORDINAL_DAY.pattern + r" | " + _DAY_OF_THAT_MONTH.pattern + r" )",
    _ordinal_day_in_history,
    _PART_OF_ORDINAL_DAY.examples + _DAY_OF_THAT_MONTH.examples,
)
