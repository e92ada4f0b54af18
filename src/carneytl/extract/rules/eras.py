"""Rules for eras and the long reaches of time: years BC and AD, decades, centuries, millennia."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import MONTH, ORDINAL_DAY, month_number, ordinal_day_value

if TYPE_CHECKING:
    from carneytl.extract.context import Context


# The Ides fell on the 15th of these months and on the 13th of the others.
_IDES_ON_15TH = frozenset({3, 5, 7, 10})


def _bc_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    year = f"BC{int(m['n']):04d}"
    if m["season"]:
        return "DATE", f"{year}-{nz.SEASONS[m['season'].lower()]}"
    if not m["mon"]:
        return "DATE", year
    month = month_number(m["mon"])
    if m["ides"]:
        return "DATE", f"{year}-{month:02d}-{15 if month in _IDES_ON_15TH else 13:02d}"
    if m["day"]:
        # The proleptic calendar's leap years are not those of the years BC as written; a
        # month's longest length (29 days for February) is the test.
        if not 1 <= int(m["day"]) <= calendar.monthrange(2000, month)[1]:
            return None
        return "DATE", f"{year}-{month:02d}-{int(m['day']):02d}"
    return "DATE", f"{year}-{month:02d}"


# "June 323 BC", "15 March 44 BC", "the Ides of March, 44 BC", "the summer of 480 BC": a day,
# month or season of a year BC is one date; the calendar of a date library stops at year 1.
BC_YEAR = Rule(
    "year BC",
    r"(?: (?: (?P<ides> (?: the \s+ )? Ides \s+ of \s+ ) | (?P<day> [0-3]?\d ) \s+ )? "
    + MONTH
    + r" ,? \s+ | (?: the \s+ )? (?P<season> spring | summer | autumn | fall | winter )"
    r" \s+ of \s+ )?"
    r"(?<![\d$£€.,]) (?P<n>[1-9]\d{0,3}) \s* (?-i: BCE | BC | B\.C\.E\. | B\.C\. ) (?![A-Za-z])",
    _bc_year,
    (
        example("Xerxes crossed into Greece in 480 BC.", "480 BC", "DATE", "BC0480"),
        example("The king died in June 323 BC.", "June 323 BC", "DATE", "BC0323-06"),
        example(
            "The fleet sailed in the spring of 415 BC.", "the spring of 415 BC", "DATE", "BC0415-SP"
        ),
        example(
            "He was stabbed on the Ides of March, 44 BC.",
            "the Ides of March, 44 BC",
            "DATE",
            "BC0044-03-15",
        ),
    ),
)


def _ad_year(m: re.Match[str], ctx: Context) -> Reading:
    year = int(m["n"] or m["n2"])
    if not 0 < year <= 2100:  # noqa: PLR2004 - years AD
        return None
    dated = _YEAR_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    # "the AD 5 unit": a code, unless a history or a preposition makes it a year.
    return ("DATE", f"{year:04d}") if dated or ctx.kind == "narrative" else None


_YEAR_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|from|by|until|to|since|around|about|circa|c\.|between|and)\s+$", re.IGNORECASE
)


# "AD 79", "410 CE": a year of the common era, however early.
AD_YEAR = Rule(
    "year AD",
    r"(?-i: AD | A\.D\. ) [ ]? (?P<n> \d{1,4} ) (?! [\d%] | [.,]\d )"
    r" | (?<![\d$£€.,]) (?P<n2> \d{1,4} ) [ ]? (?-i: AD | A\.D\. | CE | C\.E\. ) (?![A-Za-z])",
    _ad_year,
    (
        example("Vesuvius buried Pompeii in AD 79.", "AD 79", "DATE", "0079"),
        example("The city was sacked in 410 CE.", "410 CE", "DATE", "0410"),
    ),
)


def _bare_bc_year(m: re.Match[str], ctx: Context) -> Reading:
    number = int(m["n"])
    if ctx.bc_in_focus() is not None:
        return "DATE", f"BC{number:04d}"
    if ctx.kind == "narrative" and (
        _early_ad_in_focus(number, ctx.reference or "")
        or _year_closing_its_clause(number, m, ctx)
        or _closing_an_early_range(number, m, ctx)
    ):
        return "DATE", f"{number:04d}"
    return None


def _early_ad_in_focus(number: int, reference: str) -> bool:
    """Whether a history is in the first millennium AD, near the year ``number``.

    "In the 10th century ... at Lechfeld in 955": the century in focus holds the number; after
    "June 793" a number within a hundred years of it is a year too.
    """
    if len(reference) == 2 and reference.isdigit():  # noqa: PLR2004 - a century, "09"
        return int(reference) == number // 100
    head = reference[:4]
    return head.isdigit() and head[0] == "0" and abs(int(head) - number) <= 100  # noqa: PLR2004 - a century


# "Rome fell in 476.", "was sacked in 410 by the Goths": a history's number after "in" that
# ends its clause, or meets the agent of its verb, is a year; a count would have its noun.
_CLOSES_A_YEAR = re.compile(r"\s*[.,;:)](?!\d)|\s+(?:by|when|under|during)\b")


_RANGE_BETWEEN = re.compile(r"\s*(?:to|until|till|[-–])\s*")


def _closing_an_early_range(number: int, m: re.Match[str], ctx: Context) -> bool:
    """Whether ``m`` closes a range of years AD just opened: "from AD 43 to 410", "AD 98–117"."""
    head = (ctx.reference or "")[:4]
    if not (head.isdigit() and head[0] == "0" and number > int(head)):
        return False
    return _RANGE_BETWEEN.fullmatch(ctx.text, ctx.reference_end, m.start()) is not None


def _year_closing_its_clause(number: int, m: re.Match[str], ctx: Context) -> bool:
    return (
        number >= 100  # noqa: PLR2004 - two digits are as often a count
        and ctx.text.endswith(("in ", "In "), 0, m.start())
        and _CLOSES_A_YEAR.match(ctx.text, m.end()) is not None
    )


# "In 499 the cities revolted", in a history already in the years BC: a year BC; "in 955",
# in a history of the 10th century AD, a year AD.
YEAR_IN_BC_STORY = Rule(
    "year alone in a history BC",
    r"""
    (?: (?<=\bin\s) | (?<=\bby\s) | (?<=\bof\s) | (?<=\buntil\s) | (?<=\bfrom\s) | (?<=\bto\s)
      | (?<=\bsince\s) | (?<=\bafter\s) | (?<=\bbefore\s) | (?<=\d[-–]) )
    # "at the age of 32": how old someone was, not a year.
    (?<! \bage \s of \s )
    (?P<n> [1-9]\d{1,2} ) \b
    (?! [\d.,%] \d | \s* (?: BCE? | B\.C\. | AD | A\.D\. | CE | [%$] | \w+s \b )
      # "a fleet of 20–30 ships": a range of counts.
      | [-–] \d+ \s+ [a-z]+s \b )
    """,
    _bare_bc_year,
    (
        example(
            "The revolt began in 499 BC, spread in 498 BC and peaked in 497 BC. In 494 it ended.",
            "494",
            "DATE",
            "BC0494",
        ),
    ),
)


def _bc_range_start(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    # Years BC count down: "431-404 BC" runs forwards in time, "404-431 BC" is no range.
    return ("DATE", f"BC{int(m['n']):04d}") if int(m["n"]) > int(m["last"]) else None


# "from 431 to 404 BC", "490-479 BC": the era written once, after the range, holds for both.
BC_RANGE_START = Rule(
    "first year of a range BC",
    r"(?<![\d$£€.,]) (?P<n>\d{1,4})"
    r" (?= \s* (?: [-–—] | \s (?: to | and | or | until ) \s ) \s* (?P<last>\d{1,4})"
    r" \s* (?-i: BCE | BC | B\.C\.E\. | B\.C\. ) (?![A-Za-z]) )",
    _bc_range_start,
    (example("The war lasted from 431 to 404 BC.", "431", "DATE", "BC0431"),),
)


def _decade(m: re.Match[str], ctx: Context) -> Reading:
    if m["dec"]:
        if m["dec"].endswith("00") and m["dec"] < "2000":
            # "the 1800s", "the early 1700s": the hundred years, as writers mean them.
            return "DATE", m["dec"][:2]
        return "DATE", m["dec"][:3]
    if m["dd2"]:
        if not m.group(0)[:4].lower().startswith("the") or _NO_DECADE_BEFORE.search(
            ctx.text, max(0, m.start() - 32), m.start()
        ):
            # "a 40s lap" is seconds; "in his 80s", "highs in the 90s" an age, a temperature.
            return None
        return "DATE", f"19{m['dd2'][0]}"
    short = int(m["dd"])
    century = 20 if short <= 20 else 19  # noqa: PLR2004 - "the '10s" is this century, "the '90s" the last
    return "DATE", f"{century}{short // 10}"


# Words before "80s" that make it an age, a temperature, a score or a price, not the 1980s.
_NO_DECADE_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its|upper|lower|low|high|aged?|ages)\s+$"
    r"|\b(?:highs?|lows?|temps?|temperatures?|degrees|weather|heat|scores?|scored|grades?"
    r"|prices?|shares?|stocks?|traded|trading)\b"
    r"[^.!?]{0,20}$",
    re.IGNORECASE,
)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade_name(m: re.Match[str], ctx: Context) -> Reading:
    if _POSSESSIVE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "in his twenties": an age, not the 1920s
    return "DATE", f"19{_DECADE_WORDS[m['name'].lower()]}"


_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE
)


def _century(m: re.Match[str], ctx: Context) -> Reading:
    if m.groupdict().get("turn") or m.groupdict().get("unit"):
        return _turn_of_century(m, ctx)
    number = int(m["n"]) if m["n"] else ordinal_day_value(m["oday"] or m["oday2"])
    if not 1 <= number <= 21:  # noqa: PLR2004 - the centuries a text names
        return None
    era = (m.groupdict().get("era") or "").upper().replace(".", "")
    if era.startswith("B") or (not era and ctx.bc_in_focus() is not None):
        return "DATE", f"BC{number - 1:02d}"  # "the 5th century BC": the 400s before Christ
    return "DATE", f"{number - 1:02d}"


DECADE_WORD = Rule(
    "decade in words",
    r"""
    (?: the \s+ )? (?: (?: early | mid | late ) [\s-]+ )?
    (?P<name> twenties | thirties | forties | fifties | sixties | seventies | eighties
            | nineties ) \b
    """,
    _decade_name,
    (example("Tastes changed in the nineties.", "the nineties", "DATE", "199"),),
)


# The era written after a century or millennium ("the 5th century AD", "the 9th to 7th
# centuries BC"), if any; a longer form comes before the shorter one it starts with.
_ERA_AFTER = (
    r" (?: \s* (?-i: (?P<era> AD | A\.D\. | CE | BCE | BC | B\.C\.E\. | B\.C\. ) )"
    r" (?! [A-Za-z] ) )?"
)
# A spelled ordinal needs its article: "a second century of peace" is another hundred years.
_CENTURY_NUMBER = (
    r" (?: (?P<n> [1-9] | 1\d | 2[01] ) (?: st | nd | rd | th )"
    r" | (?<= \bthe \s ) "
    + ORDINAL_DAY
    + r" | (?: (?<= \bearly [\s-] ) | (?<= \blate [\s-] ) | (?<= \bmid [\s-] ) ) (?P<oday2> "
    + ORDINAL_DAY.replace("?P<oday>", "?:")
    + r" ) )"
)


CENTURY = Rule(
    "century",
    # "at the turn of the 20th century", "since the turn of the century": the years around a
    # century's start, read here rather than by a rule of their own, since both open with
    # "the" and every "the" would try both.
    r"(?: (?P<turn> the \s+ turn \s+ of \s+ ) (?= the \s ) )?"
    r" (?: the \s+ )? (?: (?: early | late | mid ) [\s-]+ )?"
    + _CENTURY_NUMBER
    + r" [\s-]+ centur(?: y | ies ) \b"
    + _ERA_AFTER
    + r" | the \s+ turn \s+ of \s+ the \s+ (?P<unit> century | millennium ) \b",
    _century,
    (
        example("The bridge is a relic of the 20th century.", "the 20th century", "DATE", "19"),
        example("Trade grew in the late 19th century.", "the late 19th century", "DATE", "18"),
        example("The city fell in the 5th century AD.", "the 5th century AD", "DATE", "04"),
        example("The temple dates from the 6th century BC.", "the 6th century BC", "DATE", "BC05"),
        example(
            "The empire grew in the eighteenth century.", "the eighteenth century", "DATE", "17"
        ),
        example(
            "Vienna thrived at the turn of the 20th century.",
            "the turn of the 20th century",
            "DATE",
            "1900",
        ),
        example(
            "Prices have doubled since the turn of the century.",
            "the turn of the century",
            "DATE",
            "2000",
        ),
    ),
)


# "the 17th and 18th centuries": the first of two centuries takes the word written after both.
CENTURY_LIST_START = Rule(
    "first century of a list",
    # "from the 15th to the 17th century", "the late 18th and early 19th centuries" too.
    r"(?: the \s+ )? (?: (?: early | late | mid ) [\s-]+ )?"
    + _CENTURY_NUMBER
    + r" (?= \s* (?: and | or | to | & | [-–] ) \s* (?: the \s+ )?"
    r" (?: (?: early | late | mid ) [\s-]+ )?"
    r" (?: [1-9] | 1\d | 2[01] ) (?: st | nd | rd | th ) \s+ centur (?: y | ies ) \b"
    # "the 5th to 3rd centuries BC": the era written once, after the list, holds for both.
     + _ERA_AFTER + r" )",
    _century,
    (
        example("Plague struck in the 17th and 18th centuries.", "the 17th", "DATE", "16"),
        example("Ports grew from the 15th to the 17th century.", "the 15th", "DATE", "14"),
        example("Bronze gave way in the 9th to 7th centuries BC.", "the 9th", "DATE", "BC08"),
    ),
)


DECADE = Rule(
    "decade in digits",
    r"""
    (?: the \s+ )? (?: (?P<mod> early | mid | late ) [\s-]+ )?
    (?: (?P<dec> 1\d\d0 | 20\d0 ) ['’]? s | ['’] (?P<dd>\d0) ['’]? s
      # Messages drop the apostrophe: "the 90s" (the '20s could be either century).
      | (?<! [\d$£€.,] ) (?P<dd2> [3-9]0 ) s ) \b
    """,
    _decade,
    (
        example("The rate peaked in the 1990s.", "the 1990s", "DATE", "199"),
        example("Prices rose in the late 1980s.", "the late 1980s", "DATE", "198"),
        example("the 90s had better music", "the 90s", "DATE", "199"),
    ),
)


def _millennium(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    number = int(m["n"]) if m["n"] else ordinal_day_value(m["oday"] or m["oday2"])
    if not 1 <= number <= 3:  # noqa: PLR2004 - the millennia a text names
        return None
    era = (m["era"] or "").upper().replace(".", "")
    # TIMEX3 writes a millennium as its one leading digit: the 1st millennium is "0".
    return "DATE", f"{'BC' if era.startswith('B') else ''}{number - 1}"


MILLENNIUM = Rule(
    "millennium",
    r"(?: the \s+ )? (?: (?: early | late | mid ) [\s-]+ )?"
    + _CENTURY_NUMBER
    + r" [\s-]+ millenni(?: um | a ) \b"
    + _ERA_AFTER,
    _millennium,
    (
        example("Farming spread in the 1st millennium BC.", "the 1st millennium BC", "DATE", "BC0"),
        example("Towns grew in the second millennium.", "the second millennium", "DATE", "1"),
    ),
)


def _decade_after_decade(m: re.Match[str], ctx: Context) -> Reading:
    first = _DECADE_BEFORE.search(ctx.text, max(0, m.start() - 48), m.start())
    if first is None:
        return None
    century, tens = int(first["century"]), int(first["tens"])
    second = int(m["tens2"][0])
    # "the 1980s and 00s" written short crosses into the next century; "the 1990s and 80s"
    # only lists its decades out of order.
    rolls = second < tens and second <= 1 and tens >= 8  # noqa: PLR2004 - the 80s and 90s
    return "DATE", f"{century + (1 if rolls else 0)}{second}"


# A decade in four digits, then a list or a range of decades up to the one being read.
_DECADE_BEFORE = re.compile(
    r"\b(?P<century>1\d|20)(?P<tens>\d)0['’]?s(?:,\s*['’]?\d0['’]?s)*"
    r"(?:\s*,\s*|\s+(?:and|or|to|through|into)\s+|\s*[-–]\s*|,\s+and\s+)$"
)


# "the 1940s and 50s", "the 1960s-70s", "the 1920s, 30s and 40s": a decade written in two
# digits after one in four takes its century, as "'50s" does with its apostrophe.
DECADE_AFTER_DECADE = Rule(
    "second decade of a list",
    r"""
    (?: (?<=0s\sand\s) | (?<=0s,\sand\s) | (?<=0s\sor\s) | (?<=0s\sto\s) | (?<=0s\sthrough\s)
      | (?<=0s,\s)
      | (?<=0s-) | (?<=0s–) | (?<=0s\s-\s) | (?<=0s\s–\s) )
    (?P<tens2> [0-9]0 ) s \b (?! ['’] )
    """,
    _decade_after_decade,
    (example("Many left in the 1840s and 50s.", "50s", "DATE", "185"),),
)


def _turn_of_century(m: re.Match[str], ctx: Context) -> Reading:
    """The year a century turns: "the turn of the 20th century" is 1900.

    TIMEX3 has no value for the years that straddle two centuries; its point is the year the
    century turns, written as that year (the full TIMEX3 would add ``mod="APPROX"``).
    """
    if m["n"] or m["oday"] or m["oday2"]:
        number = int(m["n"]) if m["n"] else ordinal_day_value(m["oday"] or m["oday2"])
        era = (m["era"] or "").upper()
        if not 2 <= number <= 21 or era.startswith("B"):  # noqa: PLR2004 - the centuries a text names
            return None
        return "DATE", f"{(number - 1) * 100:04d}"
    # "the turn of the century" alone: the turn nearest the story's year, or publication's.
    span = 1000 if m["unit"].lower().startswith("millenn") else 100
    year = ctx.reference_year() if ctx.kind == "narrative" else ctx.anchor.year
    if year is None:
        return None
    turn = (year + span // 2) // span * span
    if abs(year - turn) > _TURN_REACH:
        return None  # a story in 1850 is as far from either turn: no telling which it means
    return "DATE", f"{turn:04d}"


# How far from a century's turn a story may be for "the turn of the century" to be that one.
_TURN_REACH = 30


def _generation_step(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    back = m["dir"].lower() in {"earlier", "before", "ago"}
    return "DATE", "PAST_REF" if back else "FUTURE_REF"


# "a generation later", "two generations earlier", "a generation ago": a step of some twenty
# to thirty years, no calendar unit, so no year can be counted; TIMEX3 writes a point that
# vague as a time before or after (PAST_REF, FUTURE_REF), as it does "years later". A step
# told from an event ("a generation after the war") and "a generation" alone (a stretch of
# no fixed length) are left alone.
GENERATION_STEP = Rule(
    "a generation later",
    r"""
    \b (?: a | one | two | three | four | several | a \s+ few | some ) \s+ generations? \s+
    (?P<dir> later | earlier | ago | before | after ) \b
    (?! (?: (?<= before ) | (?<= after ) )
        \s+ (?: the | a | an | his | her | its | their | this | that | he | she | it | they
              | we | I ) \b )
    """,
    _generation_step,
    (
        example(
            "A generation later the town was a city.", "A generation later", "DATE", "FUTURE_REF"
        ),
        example("Two generations ago, few owned a car.", "Two generations ago", "DATE", "PAST_REF"),
    ),
)
