"""Rules for calendar dates as written: days, months and years."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.dates import words as shared
from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.chronicle import early_year_in_history
from carneytl.extract.rules.clause_year import year_named_in_clause
from carneytl.extract.rules.spans import (
    FULL_MONTHS,
    MONTH_LINKED_BEFORE,
    day_closing_a_span,
    month_closing_a_span,
)
from carneytl.extract.rules.vocab import (
    DAY,
    MOD,
    MONTH,
    MONTH_AFTER_DAY,
    MONTH_BEFORE_DAY,
    ORDINAL_DAY,
    SHORT_YEAR,
    SPELLED_YEAR,
    WEEKDAY,
    YEAR,
    month_number,
    ordinal_day_value,
    short_year_value,
    spelled_year_value,
    weekday_number,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _iso(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}"
    return "DATE", day.isoformat()


def _numeric(m: re.Match[str], ctx: Context) -> Reading:
    if m["a5"]:
        return _numeric_after_weekday(m, ctx)
    month = int(m["m"] or m["m2"] or m["m3"] or m["m4"])
    day = int(m["d"] or m["d2"] or m["d3"] or m["d4"])
    written = m["y"] or m["y2"]
    if written is None:
        if not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
            return None
        return "DATE", nz.day_in_context(
            ctx.anchor, month, day, future=ctx.lean(m), firm=ctx.firm(m)
        )
    year = int(written)
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year  # noqa: PLR2004 - two-digit years
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_WORD_BEFORE = re.compile(r"(\w+)[.,]?\s$")


def _numeric_after_weekday(m: re.Match[str], ctx: Context) -> Reading:
    """Read "Sat 3/14" as the order (and year) falling on that weekday nearest publication."""
    before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    word = before.group(1).lower() if before else ""
    weekday = shared.WEEKDAY_WORDS.get(word, shared.WEEKDAY_WORDS.get(word.removesuffix("s")))
    if weekday is None:
        return None  # "holiday 1/2": a word in -day that names no weekday
    first, second = int(m["a5"]), int(m["b5"])
    fits = []
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        for month, day in ((first, second), (second, first)):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                fits.append(candidate)
    best = min(fits, key=lambda day: abs((day - ctx.anchor).days), default=None)
    return ("DATE", best.isoformat()) if best else None


def full_date(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    """The day a match's ``year``, ``mon`` and ``day`` groups write, if it exists."""
    try:
        return "DATE", dt.date(int(m["year"]), month_number(m["mon"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def month_day(m: re.Match[str], ctx: Context) -> Reading:
    """The day a match's ``mon`` and ``day`` groups write, in the year the text is telling.

    The year BC a history is in, else the year near the one in focus (or publication) whose
    day falls on the weekday beside it (``wd``), else the year in focus, else the year the
    tense and publication make likeliest.
    """
    day = int(m["day"])
    if not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return None
    groups = m.groupdict()
    bc = ctx.bc_in_focus()
    if bc is not None:
        return "DATE", f"{bc}-{month_number(m['mon']):02d}-{day:02d}"
    focus = ctx.year_in_focus(m) or year_named_in_clause(m, ctx)
    if groups.get("wd"):
        # "Friday, Dec. 1": the weekday settles the year among the candidates near the anchor
        # (or near the year in focus).
        near = focus or ctx.anchor.year
        for year in (near, near - 1, near + 1):
            try:
                candidate = dt.date(year, month_number(m["mon"]), day)
            except ValueError:
                return None
            if candidate.weekday() == weekday_number(m["wd"]):
                return "DATE", candidate.isoformat()
    if focus is not None:
        return _day_of_year(focus, month_number(m["mon"]), day)
    value = nz.day_in_context(
        ctx.anchor, month_number(m["mon"]), day, future=ctx.lean(m), firm=ctx.firm(m)
    )
    return "DATE", day_closing_a_span(m, ctx, value, month_number(m["mon"]), day)


def _day_of_year(year: int, month: int, day: int) -> Reading:
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: Context) -> Reading:
    if _early_in_news(m, ctx):
        return None
    short = m.groupdict().get("yy")
    year = short_year_value(short, ctx.anchor) if short else int(m["year"])
    return "DATE", nz.month(year, month_number(m["mon"]))


def _month_ordinal_day(m: re.Match[str], ctx: Context) -> Reading:
    day = ordinal_day_value(m["oday"])
    if not m["sy"] and _EVENT_NAME_AFTER.match(ctx.text, m.end()):
        return None  # "the May Fourth Movement": a name
    if m["sy"]:
        try:
            year = spelled_year_value(m["sy"])
            return "DATE", dt.date(year, month_number(m["mon"]), day).isoformat()
        except ValueError:
            return None
    focus = ctx.year_in_focus(m)
    if focus is not None:
        return _day_of_year(focus, month_number(m["mon"]), day)
    value = nz.day_in_context(
        ctx.anchor, month_number(m["mon"]), day, future=ctx.lean(m), firm=ctx.firm(m)
    )
    return "DATE", value


def _month_spelled_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", nz.month(spelled_year_value(m["sy"]), month_number(m["mon"]))


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_ASKS_FOR_SHORT_MONTH = re.compile(r"\b(?:in|since|until|till|through|before|after|from)\s+$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_NOT_THE_MONTH_BEFORE = re.compile(r"\b(?:long|great|salt|death|forced)\s+$")
# "The March to Selma" is a name and "from March to May" a span of months.
_NOT_THE_MONTH_AFTER = re.compile(
    r"\s+(?:to|on|of|from|across|through)\s+(?:the\s+)?(?!(?:" + FULL_MONTHS + r")\b)[A-Z]"
)
# A month (or month and spelled day) that names an event: "the October Revolution", "the July
# Crisis", "the May Fourth Movement". The noun after it is capitalised, as a name's is.
_EVENT_NAME_AFTER = re.compile(
    r"\s+(?-i:Revolutions?|Rising|Uprising|Insurrection|Manifesto|Crisis|Plot|Coup|Putsch"
    r"|Offensive|Movement|Massacres?|Days|Monarchy|Theses|Ordinances|War|Revolt|Incident)\b"
)


# A traded contract named by its month: "for April delivery", "December corn futures", "the
# March contract". It settles in that month, this one or one to come, whatever the tense.
_CONTRACT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:delivery|futures|contracts?|options)\b", re.IGNORECASE
)


def _bare_month(m: re.Match[str], ctx: Context) -> Reading:
    name = m["mon"]
    if m.group(0) == name and name[:1].isupper() and _CONTRACT_AFTER.match(ctx.text, m.end()):
        number = month_number(name)
        return "DATE", nz.month(ctx.anchor.year + (number < ctx.anchor.month), number)
    return _month_alone(m, ctx)


def _month_alone(m: re.Match[str], ctx: Context) -> Reading:
    name = m["mon"]
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    has_modifier = m.group(0)[:1].lower() != name[:1].lower()
    # A bare "May" is usually the verb; take it only where a date is expected.
    if (
        name.lower() in {"may", "mar", "jan", "sep"}
        and not has_modifier
        and not re.search(
            r"\b(?:in|of|since|until|by|through|from|to|before|after|between)\s+$", before
        )
        and not MONTH_LINKED_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return None
    short = name.endswith(".") or (len(name) == 3 and name.lower() != "may")  # noqa: PLR2004 - "Dec"
    # A short month stands alone where a modifier or a preposition asks for a time ("mid-dec",
    # "back in Dec", "since sept"); "Jan" is a name too ("from Jan", "in Jan's car").
    if (
        short
        and not has_modifier
        and not (
            _ASKS_FOR_SHORT_MONTH.search(before)
            and not _POSSESSIVE.match(ctx.text, m.end())
            and (name[:3] != "Jan" or not before.endswith("from "))
        )
    ):
        return None
    if (
        _NOT_THE_MONTH_BEFORE.search(before)
        or _NOT_THE_MONTH_AFTER.match(ctx.text, m.end())
        or _EVENT_NAME_AFTER.match(ctx.text, m.end())
    ):
        return None  # "the Long March", "the March to the Sea": a name, not the month
    if not has_modifier and before.endswith("the ") and _CLAUSE_END.match(ctx.text, m.end()):
        return None  # "no battles along the March.": a month needs no article
    # "Since March" looks back from publication whatever else the sentence says.
    since = re.search(r"\bsince\s+$", before) is not None
    year = nz.month_in_context(
        ctx.anchor,
        month_number(name),
        future=False if since else ctx.lean(m),
        firm=since or ctx.firmly_past(m),
    )
    bc = ctx.bc_in_focus()
    if bc is not None:
        return "DATE", f"{bc}-{month_number(name):02d}"  # "in September", after "490 BC"
    year = ctx.year_in_focus(m, in_news=True) or year_named_in_clause(m, ctx) or year
    year = month_closing_a_span(m, ctx, year, month_number(name))
    return "DATE", nz.month(year, month_number(name))


# "2000 employees", "1800 more troops": a count, not a year.
_COUNTED = re.compile(
    r"""\s+ (?: (?: more | new | other | additional | foreign | American | U\.S\. ) \s+ )?
    (?: people | persons | men | women | troops | soldiers | jobs | workers | cars | units
      | tons | employees | residents | refugees | students | police | officers | members
      | homes | houses | acres | hectares | miles | kilometers | kilometres | meters | metres
      | feet | pounds | barrels | children | protesters | demonstrators | passengers | votes
      | delegates | deaths | casualties | vehicles | tanks | rounds
      # The counts a war history gives: "some 1800 Marines", "lost 1500 guns".
      | sailors | Marines | marines | prisoners | civilians | rebels | fighters | warriors
      | knights | horses | guns | cannon | rifles | shells | bombs | aircraft | planes
      | bombers | ships | boats | sorties | wounded | dead ) \b""",
    re.VERBOSE,
)


# After "in" or "since" a number is a year, whatever follows: "in 1970 American troops".
_YEAR_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|during|after|before|of|to|through|circa)"
    # "c. 1200", and a life's "b. 1491", "d. 1547", "fl. 1380", "r. 1509".
    r"|\b(?:c|ca|b|d|fl|r)\.)\s+$",
    re.IGNORECASE,
)


# "8 February (O.S. 28 January) 1725": the year after the bracket is the two dates' year.
_CALENDAR_BRACKET_BEFORE = re.compile(r"(?:[A-Z][a-z]+|[ON]\.?\s?S\.?)\s*[)\]]\s*,?\s+$")


# A price or an index level where a year might stand: "rose 12.5 to 1987", "fell 30 points to
# 1995", "closed at 2150".
_LEVEL_BEFORE = re.compile(
    r"(?:(?:\d\.\d+|\d%|\bpoints?|\bpercent)\s+to|\b(?:closed|ended|finished|settled|opened)\s+at)"
    r"\s+$",
    re.IGNORECASE,
)


def _year_only(m: re.Match[str], ctx: Context) -> Reading:
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    if m.group(0) == m["year"] and _LEVEL_BEFORE.search(
        ctx.text, max(0, m.start() - 20), m.start()
    ):
        return None
    if int(m["year"]) < _EARLIEST_NEWS_YEAR and (
        ctx.kind != "narrative"
        or not (
            _YEAR_PREPOSITION.search(before)
            or m.group(0) != m["year"]
            or early_year_in_history(m, ctx, before, _COUNTED)
        )
    ):
        # "1200 marched", "Resolution 1483": a count or a label unless a history says "in
        # 1415" or "early 1415".
        return None
    address = _ADDRESS_AFTER.match(ctx.text, m.end())
    if (
        _COUNTED.match(ctx.text[m.end() : m.end() + 32])
        or (address and (address["block"] or before.endswith("at ")))
    ) and not _YEAR_PREPOSITION.search(before):
        return None  # "2000 employees", "the 1800 block of Elm Street", "at 1600 Pennsylvania Ave."
    if m.group(0) == m["year"] and (
        _LABEL_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
        or _CALENDAR_BRACKET_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return None
    if _WORK_AFTER.match(ctx.text, m.end()):
        return None  # "The 1812 Overture": the title of a piece of music
    return "DATE", m["year"]


# A street address in crime and local news: a block, or a house number after "at", then its
# street ("The 1998 Main Street festival" names a year).
_ADDRESS_AFTER = re.compile(
    r"\s+(?:(?P<block>block\s+of\b)|(?:[NSEW]\.\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave"
    r"|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Place|Pl|Court|Ct|Parkway|Pkwy)\b)"
)
_WORK_AFTER = re.compile(r"\s+(?:Overture|Symphony|Concerto|Sonata)\b")
_EARLIEST_NEWS_YEAR = 1600
# "flight 2019", "Room 2010", "Resolution 2024", "No. 1999": a number that labels a thing.
_LABEL_BEFORE = re.compile(
    r"\b(?:no|nos|number|flight|route|resolution|room|suite|highway|interstate|platform|gate"
    r"|section|chapter|page|pages|model|code|unit|apartment|apt|ticket|item"
    # "the Russell 2000": a stock index named by its count of companies.
    r"|russell)\.?\s+$",
    re.IGNORECASE,
)


def _spelled_year(m: re.Match[str], ctx: Context) -> Reading:
    if m["yy"]:
        return "DATE", f"{short_year_value(m['yy'], ctx.anchor):04d}"
    if m["millennium"]:
        rest = nz.number(m["rest"]) if m["rest"] else 0
        return ("DATE", f"{2000 + rest:04d}") if rest is not None else None
    tens = nz.number(m["tens"])
    return ("DATE", f"19{tens:02d}") if tens is not None else None


ISO_DATE = Rule(
    "ISO date",
    r"\b (?P<y>\d{4}) - (?P<m>\d\d) - (?P<d>\d\d) (?: T (?P<hh>\d\d) : (?P<mi>\d\d) )? \b",
    _iso,
    (example("The deal was signed on 2026-01-02.", "2026-01-02", "DATE", "2026-01-02"),),
)

# Numbers with slashes: month first as in American writing, or day first where the first
# number can be no month ("25/12/2014"). Without a year the pair is a date only where one
# number can be no month and a preposition asks for a time ("on 12/25", "by 25/12"): a score
# ("got 12/25") or a fraction ("3/4") has none, and "on 3/4" leaves its order unknown.
NUMERIC_DATE = Rule(
    "month/day/year",
    r"""(?<![\d/])
    # Every form opens with a number and a slash: tested first, before the look-behinds.
    (?= [0-3]?\d / )
    (?: (?P<m>1[0-2]|0?[1-9]) / (?P<d>[0-3]?\d) / (?P<y>\d{4}|\d\d)
      | (?P<d2>1[3-9]|2\d|3[01]) / (?P<m2>1[0-2]|0?[1-9]) / (?P<y2>\d{4}|\d\d)
      | (?: (?<=\bon\s) | (?<=\bby\s) | (?<=\buntil\s) | (?<=\btill\s) | (?<=\bbefore\s)
          | (?<=\bafter\s) | (?<=\bfrom\s) )
        (?: (?P<m3>1[0-2]|0?[1-9]) / (?P<d3>1[3-9]|2\d|3[01])
          | (?P<d4>1[3-9]|2\d|3[01]) / (?P<m4>1[0-2]|0?[1-9]) ) (?! / | \s*% )
      # After a weekday ("Sat 3/14", "Friday, 14/3") the weekday tells the order apart.
      | (?: (?<= (?: day | mon | tue | wed | thu | fri | sat | sun ) \s )
          | (?<= (?: day | mon | tue | wed | thu | fri | sat | sun ) [.,] \s )
          | (?<= (?: tues | thur | weds ) \s ) | (?<= thurs \s ) )
        (?P<a5>[0-3]?\d) / (?P<b5>[0-3]?\d) (?! / | \s*% )
    ) (?![\d/])
    # "11/22 January 1700": a day in two calendars before its month, not a month and a day.
    (?! \s+ (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) )""",
    _numeric,
    (
        example("The deal was signed on 3/14/2025.", "3/14/2025", "DATE", "2025-03-14"),
        example("The flat was let on 25/12/2025.", "25/12/2025", "DATE", "2025-12-25"),
        example("Tickets go on sale on 2/19!", "2/19", "DATE", "2026-02-19"),
        example("open mic Fri 1/16 at the cafe", "1/16", "DATE", "2026-01-16"),
    ),
)

MONTH_DAY_YEAR = Rule(
    "month, day and year",
    r"(?: "
    + WEEKDAY.replace("?P<wd>", "?:")
    + r" ,? \s+ )? "
    + MOD
    + MONTH_BEFORE_DAY
    # "May the 29th, 1453": "the" before an ordinal day.
    + r" \s* (?: the \s+ (?= [0-3]?\d (?: st | nd | rd | th ) ) )? "
    + DAY
    + r" (?: \s*,\s* | \s+ ) "
    + YEAR,
    full_date,
    (
        example("He was arrested on Dec. 1, 2018.", "Dec. 1, 2018", "DATE", "2018-12-01"),
        example("It opened on December 1st, 2018.", "December 1st, 2018", "DATE", "2018-12-01"),
    ),
)

# The day before its month, apart ("1 December", "the 3rd of May") or run on as messages
# write it ("26nov", "3Dec").
# A history's "June 793" or "28 January 814": a year before 1000 beside its month, where the
# clause goes on ("in May 300 soldiers" counts soldiers).
_YEAR_OR_EARLY = YEAR.replace(
    r"1\d\d\d|20\d\d",
    r"1\d\d\d|20\d\d|[1-9]\d\d(?=\s*[.,;:)](?!\d)|\s+(?:and|when|after|before|at|in|on|by|under|the|he|she|they)\b)",
)


def _early_in_news(m: re.Match[str], ctx: Context) -> bool:
    """Whether a month's year is one before 1000 in text other than a history."""
    return len(m["year"] or "") == 3 and ctx.kind != "narrative"  # noqa: PLR2004 - digits


def _day_month_year(m: re.Match[str], ctx: Context) -> Reading:
    return None if _early_in_news(m, ctx) else full_date(m, ctx)


_DAY_BEFORE_MONTH = r"(?P<day>[0-3]?\d) (?: (?:st|nd|rd|th)? \b (?: \s+ of )? \s+ | (?=[a-z]) )"

DAY_MONTH_YEAR = Rule(
    "day, month and year",
    # "Sunday, 7 December 1941": a weekday before the day is part of the one date.
    r"(?: " + WEEKDAY.replace("?P<wd>", "?:") + r" ,? \s+ )? "
    r"(?: the \s+ )? " + _DAY_BEFORE_MONTH + MONTH_AFTER_DAY + r" ,? \s+ " + _YEAR_OR_EARLY,
    _day_month_year,
    (
        example(
            "It opened on 1 December 2018 in London.",
            "1 December 2018",
            "DATE",
            "2018-12-01",
        ),
        example(
            "The raid came on Sunday, 7 December 1941.",
            "Sunday, 7 December 1941",
            "DATE",
            "1941-12-07",
        ),
    ),
)

MONTH_DAY = Rule(
    "month and day",
    r"(?: "
    + WEEKDAY
    + r" ,? \s+ )? "
    + MONTH_BEFORE_DAY
    # "On September the 12th, the army": "the" before an ordinal day that ends its phrase.
    + r" \s* (?: the \s+ (?= [0-3]?\d (?:st|nd|rd|th) (?: \s*[,.;:] | \s+ (?-i:[a-z]) ) ) )? "
    + DAY
    # A year or a clock time after the day belongs to it (the rules before this one read them
    # with it); any other number is the next phrase's ("On May 2, 15 people died").
    + r" (?! \s* : \s* \d"
    + r" | \s* ,? \s* (?: \d{4} \b | \d{1,2} (?: [:.] \d\d )? \s* [ap] \.? m \b ) )",
    month_day,
    (
        example("The shop closed on Dec. 28.", "Dec. 28", "DATE", "2025-12-28"),
        example("The offer will expire on Feb. 2.", "Feb. 2", "DATE", "2026-02-02"),
        example("On Dec. 2, 15 people were hurt.", "Dec. 2", "DATE", "2025-12-02"),
    ),
)

DAY_MONTH = Rule(
    "day and month",
    r"(?: " + WEEKDAY + r" ,? \s+ )? (?: the \s+ )? " + _DAY_BEFORE_MONTH + MONTH_AFTER_DAY,
    month_day,
    (example("The vote took place on 1 December.", "1 December", "DATE", "2025-12-01"),),
)


MONTH_YEAR = Rule(
    "month and year",
    MOD + MONTH + r" ,? \s+ (?: of \s+ )? (?: " + _YEAR_OR_EARLY + r" | " + SHORT_YEAR + r" )",
    _month_year,
    (
        example("Sales rose in December 2018.", "December 2018", "DATE", "2018-12"),
        example("Graduated in May '19, still job hunting", "May '19", "DATE", "2019-05"),
    ),
)

MONTH_ORDINAL_DAY = Rule(
    "month and spelled ordinal day",
    MONTH
    + r" \s+ "
    + ORDINAL_DAY
    + r""" (?! \s+ (?: round | half | quarter | place | term | time | phase | stage | largest
                   | biggest ) \b )
    (?: ,? \s+ """
    + SPELLED_YEAR
    + r" )?",
    _month_ordinal_day,
    (
        example(
            "It ended on March fifth, nineteen ninety-one.",
            "March fifth, nineteen ninety-one",
            "DATE",
            "1991-03-05",
        ),
    ),
)

MONTH_SPELLED_YEAR = Rule(
    "month and spelled year",
    MOD + MONTH + r" ,? \s+ (?: of \s+ )? " + SPELLED_YEAR,
    _month_spelled_year,
    (
        example(
            "It began in June nineteen eighty-two.",
            "June nineteen eighty-two",
            "DATE",
            "1982-06",
        ),
    ),
)

BARE_MONTH = Rule(
    "month alone",
    MOD + MONTH,
    _bare_month,
    (
        example("Talks resumed in December.", "December", "DATE", "2025-12"),
        example("The summit will be held in November.", "November", "DATE", "2026-11"),
        example("Riots broke out in July after the crisis.", "July", "DATE", "2025-07"),
    ),
)

YEAR_ALONE = Rule(
    "year alone",
    MOD
    + r"(?: (?: the \s+ )? (?: fiscal | calendar ) \s+ (?: year \s+ )? | the \s+ year \s+ )? "
    + YEAR
    # "held for 1019 days": a count of days, not the year 1019.
    + r" (?! [\s-]+ (?: days? | weeks? | months? | years? | hours? | minutes? ) \b )",
    _year_only,
    (
        example("Relations hit a low in 2018.", "2018", "DATE", "2018"),
        example("It happened in early 2019.", "early 2019", "DATE", "2019"),
        example("The firm reported results for fiscal 2019.", "fiscal 2019", "DATE", "2019"),
    ),
)

SPELLED_YEAR_ALONE = Rule(
    "spelled year, or one cut to two digits",
    r"""
    (?: (?: the \s+ )? year \s+ )?
    \b (?: nineteen [\s-]+
           (?P<tens> (?: twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety )
                     (?: [\s-] (?: one | two | three | four | five | six | seven | eight | nine ) )?
                   | ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen
                   | eighteen | nineteen )
         | (?P<millennium> two \s+ thousand )
           (?: \s+ (?: and \s+ )?
               (?P<rest> one | two | three | four | five | six | seven | eight | nine | ten
                       | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen
                       | eighteen | nineteen
                       | twenty (?: [\s-] (?: one | two | three | four | five | six | seven
                                              | eight | nine ) )? ) )? )
    \b (?! \s+ (?: people | dollars | years | of ) \b )
    # "elected in '96", "the '94 election": a year cut to two digits after its preposition.
    | (?= ['’] \d ) (?: (?<=\bin\s) | (?<=\bsince\s) | (?<=\bof\s) | (?<=\bthe\s) | (?<=\buntil\s)
        | (?<=\bby\s) | (?<=\bfrom\s) | (?<=\band\s) | (?<=\bto\s) | (?<=\bbefore\s)
        | (?<=\bafter\s) | (?<=\bduring\s) ) """
    + SHORT_YEAR
    + r"""
    """,
    _spelled_year,
    (
        example("It was founded in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
        example("The law dates from two thousand and one.", "two thousand and one", "DATE", "2001"),
        example("He lost the '24 race.", "'24", "DATE", "2024"),
    ),
)


_OF_THAT_YEAR = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}


def _day_of_that_year(m: re.Match[str], ctx: Context) -> Reading:
    reference = ctx.reference or ""
    if not reference[:4].isdigit():
        return month_day(m, ctx)
    year = int(reference[:4]) + _OF_THAT_YEAR[m["which"].lower().split()[-1]]
    return _day_of_year(year, month_number(m["mon"]), int(m["day"]))


# "of" may go: "in January the following year".
_OF_THAT = (
    r" \s+ (?: of \s+ )? (?P<which> that | the \s+ same | the \s+ following | the \s+ next"
    r" | the \s+ previous | the \s+ preceding ) \s+ year \b"
)

# "on July 25 of that year": the day in the year the text last named, one expression.
MONTH_DAY_OF_THAT_YEAR = Rule(
    "month and day of that year",
    MONTH + r" \s* " + DAY + _OF_THAT,
    _day_of_that_year,
    (
        example(
            "The war began in 1861. Congress met on July 25 of that year.",
            "July 25 of that year",
            "DATE",
            "1861-07-25",
        ),
    ),
)

DAY_MONTH_OF_THAT_YEAR = Rule(
    "day and month of that year",
    r"(?: the \s+ )? " + DAY + r" (?: \s+ of )? \s+ " + MONTH + _OF_THAT,
    _day_of_that_year,
    (
        example(
            "The treaty was signed in 1955; on 24 January of the same year, war resumed.",
            "24 January of the same year",
            "DATE",
            "1955-01-24",
        ),
    ),
)


def _month_of_that_year(m: re.Match[str], ctx: Context) -> Reading:
    year = ctx.reference_year()
    if year is None:
        return None
    return "DATE", nz.month(
        year + _OF_THAT_YEAR[m["which"].lower().split()[-1]], month_number(m["mon"])
    )


# "in November of the same year": the month in the year the text last named, one expression.
MONTH_OF_THAT_YEAR = Rule(
    "month of that year",
    MOD + MONTH + _OF_THAT,
    _month_of_that_year,
    (
        example(
            "The siege began in 1708 and ended in November of the same year.",
            "November of the same year",
            "DATE",
            "1708-11",
        ),
        example(
            "The fleet sailed in 1788; in May of the following year it was refitted.",
            "May of the following year",
            "DATE",
            "1789-05",
        ),
        example(
            "The offensive failed in 1972; peace came in January the following year.",
            "January the following year",
            "DATE",
            "1973-01",
        ),
    ),
)
