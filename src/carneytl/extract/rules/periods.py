"""Rules for parts of a year other than seasons: quarters, halves, year-end and the fiscal year."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.fiscal import (
    quarter_closing_in,
    quarter_ending_on,
    results_of_last_years,
)
from carneytl.extract.rules.vocab import (
    DAY,
    MONTH,
    QUARTER_ORDINALS,
    YEAR,
    YEAR2,
    month_number,
    previous_quarter,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _quarter(m: re.Match[str], ctx: Context) -> Reading:
    letter = "H" if m["half"] else "Q"
    # "the last half of 1989", "the final quarter of the year": the year's closing part.
    number = QUARTER_ORDINALS.get(m["ord"].lower(), 2 if letter == "H" else 4)
    if letter == "H" and number > 2:  # noqa: PLR2004 - two halves
        return None
    if m["year"] or m["year2"]:
        return "DATE", f"{m['year'] or m['year2']}-{letter}{number}"
    if _half_of_something_else(m, ctx):
        return None
    year = ctx.anchor.year
    rely = (m["rely"] or m["yp"] or "-").lower().split()[0]
    focus = ctx.reference_year() if ctx.kind == "narrative" and rely == "the" else None
    if focus is not None:
        # "In the first half of 1942 ... In the second half of the year": a history's year.
        return "DATE", f"{focus:04d}-{letter}{number}"
    ended = _QUARTER_ENDED.match(ctx.text, m.end()) if letter == "Q" and rely == "-" else None
    if ended is not None:
        # "its fourth quarter ended June 30": the year the quarter ended in, as annotators
        # write a fiscal quarter.
        month = month_number(ended["mon"])
        year = int(ended["year"]) if ended["year"] else _year_of_end(month, ended, ctx, m)
    elif rely == "last":
        year -= 1
    elif rely == "next":
        year += 1
    elif _not_over_yet(letter, number, ctx, m) or (
        letter == "Q" and results_of_last_years(number, ctx, m)
    ):
        # A quarter or half not over yet this year, spoken of in the past or as the one whose
        # results are still to come: last year's.
        year -= 1
    elif letter == "Q" and number < _current_part(letter, ctx) - 1 and ctx.clause_looks_ahead(m):
        # "the first quarter will be weak", written in December: next year's. The quarter
        # just ended is still being reported ("will report third-quarter earnings" in October).
        year += 1
    return "DATE", f"{year:04d}-{letter}{number}"


def _not_over_yet(letter: str, number: int, ctx: Context, m: re.Match[str]) -> bool:
    """Whether a quarter or half told in the past tense has not begun this year: last year's.

    "Profit fell in Q4", written in March, is last year's fourth quarter. One under way is
    this year's, since a fiscal quarter reported as done often ends before the calendar's
    ("its fourth quarter ended Sept. 30", written in October).
    """
    return number > _current_part(letter, ctx) and not ctx.future(m)


def _current_part(letter: str, ctx: Context) -> int:
    """The number of the quarter or half publication falls in."""
    return nz.quarter_of(ctx.anchor) if letter == "Q" else (ctx.anchor.month + 5) // 6


def _the_quarter(m: re.Match[str], ctx: Context) -> Reading:
    if m["mon"]:
        month = month_number(m["mon"])
        year = nz.month_in_context(ctx.anchor, month, future=ctx.lean(m))
        return "DATE", quarter_closing_in(year, month)
    which = (m["which"] or "").lower()
    if which == "current":
        return "DATE", nz.shift(ctx.anchor, "quarter", 0)
    if which == "next":
        return "DATE", nz.shift(ctx.anchor, "quarter", 1)
    # Earnings news: "the quarter" is the one the story reports: the quarter it last named
    # ("earned $5 million in the fiscal first quarter ... shipped more in the quarter"), else
    # the last completed.
    if not which:
        ended = _QUARTER_ENDED.match(ctx.text, m.end())
        if ended is not None:
            # "the quarter ended June 30": the calendar quarter most of its months lie in.
            month = month_number(ended["mon"])
            year = int(ended["year"]) if ended["year"] else _year_of_end(month, ended, ctx, m)
            quarter = quarter_ending_on(year, month, int(ended["day"]))
            return None if quarter is None else ("DATE", quarter)
        named = _reported_quarter(m, ctx)
        if named is not None:
            return "DATE", f"{named[0]:04d}-Q{named[1]}"
    return "DATE", previous_quarter(ctx.anchor)


_QUARTER_ENDED = re.compile(
    r"\s+(?P<verb>ended|ending|that\s+ended|which\s+ended)\s+"
    + MONTH
    + r"\s*"
    + DAY
    + r"(?:,?\s+"
    + YEAR
    + r")?",
    re.IGNORECASE | re.VERBOSE,
)


def _year_of_end(month: int, ended: re.Match[str], ctx: Context, m: re.Match[str]) -> int:
    """The year of a quarter's last day written without one: "ended" has passed."""
    past = ended["verb"].lower().endswith("ended")
    return nz.month_in_context(ctx.anchor, month, future=False if past else ctx.lean(m), firm=past)


# A quarter named by its number: the words before "quarter" ("the 1988 third", "fiscal
# first"), and a year that may follow it ("of 1989").
_QUARTER_WORD = re.compile(r"quarter\b", re.IGNORECASE)
_QUARTER_NUMBER_BEFORE = re.compile(
    r"(?:\b(?P<year>(?:1[6-9]|20)\d\d)\s+)?(?:(?:fiscal|calendar)\s+)?"
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?\Z",
    re.IGNORECASE,
)
_QUARTER_YEAR_AFTER = re.compile(r"\s+of\s+(?:fiscal\s+)?((?:1[6-9]|20)\d\d)\b")
# Words before a named quarter that make it another year's, not the one reported.
_OTHER_YEARS_QUARTER = re.compile(
    r"(?:year[\s-](?:ago|earlier)|prior[\s-]year|previous\s+year'?s?|(?:last|next)\s+year'?s|"
    r"comparable|corresponding|same)\s+(?:(?:fiscal|calendar)\s+)?$",
    re.IGNORECASE,
)


_QUARTER_LOOK_BACK = 2000


def _reported_quarter(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and number of the last quarter the text named before ``m``, by its number.

    A quarter of another year ("the year-ago third quarter") or one still to come ("expects a
    profit in the first quarter") is not the one being reported, and is passed over.
    """
    text = ctx.text
    # The quarter being reported is named nearby: a few paragraphs back, not the whole text
    # back from every mention.
    mentions = [
        found.start()
        for found in _QUARTER_WORD.finditer(text, max(0, m.start() - _QUARTER_LOOK_BACK), m.start())
    ]
    for at in reversed(mentions):
        named = _QUARTER_NUMBER_BEFORE.search(text, max(0, at - 32), at)
        if named is None:
            continue
        before = text[max(0, named.start() - 24) : named.start()]
        if _OTHER_YEARS_QUARTER.search(before) or ctx.future(named):
            continue
        number = QUARTER_ORDINALS[named["ord"].lower()]
        after = _QUARTER_YEAR_AFTER.match(text, at + len("quarter"))
        year = named["year"] or (after[1] if after else None)
        if year:
            return int(year), number
        # A quarter not reached yet this year, reported as done: last year's.
        return ctx.anchor.year - (number > nz.quarter_of(ctx.anchor)), number
    return None


def _half_of_something_else(m: re.Match[str], ctx: Context) -> bool:
    """Whether a half that names no year is the half of a match, a race or a book.

    "ran 1st half at a steady pace" has no "the" ("orders slumped in the second half" has),
    and "the second half of the film" is the half of something named.
    """
    if not m["half"] or m["rely"] or m["yp"]:
        return False
    return not _YEAR_OF_A_HALF.search(m.group(0)) or _OF_BEFORE.match(ctx.text, m.end()) is not None


_YEAR_OF_A_HALF = re.compile(r"\b(?:the|fiscal|calendar)\b", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\s+of\b", re.IGNORECASE)


def _year_ago_period(m: re.Match[str], ctx: Context) -> Reading:
    if m["ord"]:
        return "DATE", f"{ctx.anchor.year - 1:04d}-Q{QUARTER_ORDINALS[m['ord'].lower()]}"
    what = (m["what"] or m["what3"] or "").lower()
    if what in {"quarter", "period"} or (not m["short"] and ctx.near(m, r"\bquarter\b", 1000)):
        return "DATE", previous_quarter(ctx.anchor, 1)
    return "DATE", nz.shift(ctx.anchor, (m["short"] or "year").lower(), -1)  # "week-ago levels"


def _year_period(m: re.Match[str], ctx: Context) -> Reading:
    # Earnings news: "the 1988 period" is the same quarter as the one reported, in 1988.
    quarter = previous_quarter(ctx.anchor)[-1]
    return "DATE", f"{m['year']}-Q{quarter}"


def _year_end(m: re.Match[str], ctx: Context) -> Reading:
    # "by year-end" is this year's last day; "since year-end" the one just gone.
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    unit = m["unit"].lower()
    if unit != "year":
        # "at month-end", "since quarter-end": the month or quarter, as "the end of the
        # month" is.
        return "DATE", nz.shift(ctx.anchor, unit, -1 if since else 0)
    year = ctx.anchor.year - 1 if since else ctx.anchor.year
    if m["ey"]:
        year = int(m["ey"])
    if m["own"]:
        return "DATE", f"{year:04d}"  # "by year's end" is the end of the year, as TimeML writes it
    return "DATE", f"{year:04d}-12-31"


def _short_part(m: re.Match[str], ctx: Context) -> Reading:
    letter, number = m["letter"] or m["letter2"], int(m["n"] or m["n2"])
    if letter == "H" and number > 2:  # noqa: PLR2004 - two halves
        return None
    yy = m["yy"] or m["yy2"]
    if m["year"]:
        year = int(m["year"])
    elif yy:
        year = 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)  # noqa: PLR2004 - two-digit years
    else:
        year = ctx.anchor.year - _not_over_yet(letter, number, ctx, m)  # "profit fell in Q4"
    return "DATE", f"{year:04d}-{letter}{number}"


def _period_edge(m: re.Match[str], ctx: Context) -> Reading:
    unit = m["unit"].lower()
    # "The mine flooded on June 3, 2019. By the end of the year, the site had closed": news
    # telling a story of a year long gone reads the edge in that story.
    in_story = ctx.kind != "narrative" and unit in {"year", "month", "week"}
    focus = ctx.year_in_focus(m) if in_story else None
    told = _edge_in_story(unit, focus, ctx.reference or "") if focus is not None else None
    return "DATE", told or nz.shift(ctx.base(), unit, 0)


def _edge_in_story(unit: str, focus: int, reference: str) -> str | None:
    """The year, month or week whose edge a news story told of the year ``focus`` means."""
    if unit == "year":
        return f"{focus:04d}"
    read = nz.read_reference(reference)
    if read is None or read[0].year != focus:
        return None
    if unit == "month" and read[1] in {"month", "day"}:
        return reference[:7]
    if unit == "week" and read[1] == "day":
        return nz.week(read[0])  # "failed on Sept. 15, 2008 ... by the end of the week"
    return None


def _period_edge_year(m: re.Match[str], ctx: Context) -> Reading:
    if m["full"] and ctx.anchor.month <= _FIRST_QUARTER_END and ctx.lean(m) is False:
        # "For the full year, it earned $4 million", written in February: a whole year told
        # as done before March is out is the year just gone (a fiscal year seldom ends by then).
        return "DATE", nz.shift(ctx.anchor, "year", -1)
    return "DATE", nz.shift(ctx.anchor, "year", 0)


_FIRST_QUARTER_END = 3


QUARTER = Rule(
    "quarter or half of a year",
    r"""
    (?: (?: (?P<yp> (?: this | last | next ) \s+ year ) | (?: the \s+ )? """
    + YEAR2
    + r""" ) (?: ['’] s )? \s+ )?
    (?: the \s+ )? (?: (?: fiscal | calendar ) \s+ )?
    (?P<ord> first | second | third | fourth | 1st | 2nd | 3rd | 4th
           | (?: last | final | latter | back )
             (?= \s+ (?: half | quarter ) \s+ of \s+ (?: (?: fiscal | calendar ) \s+ )?
                 (?: 1[6-9]\d\d | 20\d\d | (?: last | this | next ) \s+ year
                   | the \s+ (?: (?: current | fiscal ) \s+ )? year ) \b ) )
    (?: [\s-]+ (?: fiscal \s+ )? ) (?: (?P<half> half ) | quarter ) \b
    (?: \s+ of \s+ (?: (?: fiscal | calendar ) \s+ )?
        (?: """
    + YEAR
    + r"""
          | (?P<rely> last | this | next | the (?: \s+ (?: current | fiscal ) )? ) \s+ year \b ) )?
    """,
    _quarter,
    (
        example(
            "Output grew in the first quarter of 2013.",
            "the first quarter of 2013",
            "DATE",
            "2013-Q1",
        ),
        example(
            "Sales doubled in the second half of 2019.",
            "the second half of 2019",
            "DATE",
            "2019-H2",
        ),
        example("Sales fell in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
        example(
            "Profits slid in the last half of 2017.", "the last half of 2017", "DATE", "2017-H2"
        ),
    ),
)

YEAR_AGO_PERIOD = Rule(
    "the year-ago quarter",
    r"""
    (?: the \s+ )? (?: (?: comparable | corresponding | same ) \s+ )?
    (?: (?: year [\s-] (?: ago | earlier ) | previous \s+ year '? s? | prior [\s-] year ) \s+ )
    (?: (?P<ord> first | second | third | fourth ) \s+ )? (?P<what> quarter | period ) \b
    | \b (?: (?P<short> week | month ) - | year [\s-] ) (?: ago | earlier ) (?P<what2>) \b
    # "the same quarter last year", "the comparable period a year ago": one expression.
    | (?: the \s+ )? (?: same | comparable | corresponding | like ) \s+
      (?P<what3> quarter | period ) \s+
      (?: last \s+ year | a \s+ year \s+ (?: ago | earlier )
        | (?: of \s+ )? the \s+ (?: previous | prior ) \s+ year ) \b
    """,
    _year_ago_period,
    (
        example(
            "Profit fell from the year-ago quarter.", "the year-ago quarter", "DATE", "2024-Q4"
        ),
        example(
            "Sales beat the same quarter last year.",
            "the same quarter last year",
            "DATE",
            "2024-Q4",
        ),
    ),
    # A comparison with the year before: the story stays with the period it reports.
    relative=True,
)

THE_QUARTER = Rule(
    "the quarter",
    r"""
    \b the \s+
    (?: (?P<which> latest | recent | most\s+recent | current | past | just[\s-]ended
                 | just[\s-]completed | next ) \s+
      # "the December quarter": the three months that close with that month.
      | (?-i: """
    + MONTH
    + r""" ) \s+ )?
    (?: fiscal \s+ )? quarter \b (?! \s+ of \b | -to- )
    """,
    _the_quarter,
    (
        example("Profit rose in the latest quarter.", "the latest quarter", "DATE", "2025-Q4"),
        example("Sales rose in the December quarter.", "the December quarter", "DATE", "2025-Q4"),
    ),
)

YEAR_PERIOD = Rule(
    "the year's period",
    r"\b the \s+ " + YEAR + r" \s+ (?: period | quarter ) \b",
    _year_period,
    (example("Sales beat the 2024 period.", "the 2024 period", "DATE", "2024-Q4"),),
)

YEAR_END = Rule(
    "year-end",
    r"\b (?: the \s+ )? (?P<unit> year | quarter | month )"
    r" (?: (?P<own> ['’] s \s+ ) | [\s-] ) end \b"
    # "at year-end 2027": that year's last day.
    r" (?: \s+ (?P<ey> (?: 19 | 20 ) \d\d ) \b )?"
    r" (?! [\s-]+ (?: results | figures ) )",
    _year_end,
    (
        example("The plant will close by year-end.", "year-end", "DATE", "2026-12-31"),
        example("The deal should close by year's end.", "year's end", "DATE", "2026"),
        example("Funds rebalance at month-end.", "month-end", "DATE", "2026-01"),
    ),
)

SHORT_PART = Rule(
    "Q3, H1",
    # Analysts also put the number first, the year run on: "1H 2025", "3Q25".
    r"(?-i: \b (?: (?P<letter>[QH]) (?P<n>[1-4])"
    r" | (?P<n2>[1-4]) (?P<letter2>[QH]) (?P<yy2>\d\d)? ) )"
    r" \b (?: \s+ (?: of \s+ )? (?: " + YEAR + r" | ['’] (?P<yy>\d\d) \b ) )?",
    _short_part,
    (
        example("Earnings fell in Q3 2019.", "Q3 2019", "DATE", "2019-Q3"),
        example("Margins widened in 1H 2025.", "1H 2025", "DATE", "2025-H1"),
        example("Orders slowed in 3Q25.", "3Q25", "DATE", "2025-Q3"),
    ),
)


def _fy_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    year = m["year"] or f"20{m['yy']}"
    return "DATE", year


# "FY2025", "FY 2026", "FY25": a fiscal year, named by the calendar year it ends in.
FY_YEAR = Rule(
    "fiscal year in short",
    r"(?-i: \b FY ) \s? (?: " + YEAR + r" | (?P<yy> [0-4]\d ) ) \b",
    _fy_year,
    (example("The group will report FY2025 results.", "FY2025", "DATE", "2025"),),
)

PERIOD_EDGE = Rule(
    "the end of the period",
    r"""
    \b (?: the \s+ )? (?: end | beginning | start | middle | rest | remainder ) \s+ of \s+ the \s+
    (?: (?: current | fiscal ) \s+ )?
    (?P<unit> year | month | week | quarter | decade | century ) \b
    """,
    _period_edge,
    (
        example(
            "Work will finish by the end of the month.",
            "the end of the month",
            "DATE",
            "2026-01",
        ),
    ),
)


def _to_date(m: re.Match[str], ctx: Context) -> Reading:
    return "DATE", nz.shift(ctx.anchor, m["unit"].lower(), 0)


# "up 8% year to date": the year so far, one expression ("date" alone is no time).
TO_DATE = Rule(
    "year to date",
    r"\b (?: the \s+ )? (?P<unit> year | quarter | month | week ) [\s-] to [\s-] date \b",
    _to_date,
    (example("Shares are up 8% year to date.", "year to date", "DATE", "2026"),),
)


def _edge_of_period(m: re.Match[str], ctx: Context) -> Reading:
    written = m["year"] or m["year2"]
    year = int(written) if written else ctx.year_in_focus(m)
    if year is None:
        return None
    if m["mon"]:
        return "DATE", f"{year:04d}-{month_number(m['mon']):02d}"
    return "DATE", f"{year:04d}"


# "the first months of 1915", "the final days of April 1945": a stretch at the edge of a
# year or month is a date of that year or month, one expression.
EDGE_OF_PERIOD = Rule(
    "the first or last days of a month or year",
    r"\b (?: the \s+ )? (?: first | last | final | closing | opening | early ) \s+ (?: few \s+ )?"
    r" (?: days | weeks | months ) \s+ of \s+ (?: "
    + MONTH
    + r" (?: ,? \s+ "
    + YEAR
    + r" )? | "
    + YEAR2
    + r" )",
    _edge_of_period,
    (
        example(
            "The plan was drawn up in the first months of 1915.",
            "the first months of 1915",
            "DATE",
            "1915",
        ),
        example(
            "The city fell in the final days of April 1945.",
            "the final days of April 1945",
            "DATE",
            "1945-04",
        ),
    ),
)

FISCAL_YEAR = Rule(
    "the current or fiscal year",
    r"""
    \b the \s+ (?: current\s+ | (?P<full> full )\s+ ) (?: fiscal \s+ )? (?P<unit> year ) \b
    | \b the \s+ fiscal \s+ (?P<unit2>) year \b
    # "raised its full-year forecast": the year, as "for the full year" is.
    | \b (?P<full2> full ) - (?P<unit3>) year \b (?= \s+ [a-z] )
    """,
    _period_edge_year,
    (
        example("Profit will grow in the fiscal year.", "the fiscal year", "DATE", "2026"),
        example("It raised its full-year forecast.", "full-year", "DATE", "2026"),
        example("For the full year, it earned $4 million.", "the full year", "DATE", "2025"),
    ),
)
