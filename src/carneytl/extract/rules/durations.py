"""Rules for stretches of time: TIMEX3 durations ("three hours", "the past five years")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.context import BACKGROUND_YEARS
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import (
    APPROX,
    MONTH_PLAIN,
    NUM,
    NUM2,
    REL_DELTA,
    UNIT,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _story_in_focus(m: re.Match[str], ctx: Context) -> bool:
    """Whether the date the text last named is still the one its story counts from.

    In a narrative, always; in news, when it was a full day written in the same paragraph,
    or a month or year years before publication ("She won gold in 2016. Four years later
    she retired"); otherwise news tags the stretch alone, as TimeML does.
    """
    if ctx.kind == "narrative":
        return True
    paragraph = ctx.text.rfind("\n", 0, m.start()) + 1
    named = ctx.named_year
    day_named = len(ctx.reference or "") >= 10  # noqa: PLR2004 - a full day, 2018-12-01
    year = ctx.reference_year()
    long_gone = year is not None and ctx.anchor.year - year >= BACKGROUND_YEARS
    return (
        (day_named or long_gone)
        and ctx.reference_end > paragraph
        and named is not None
        and named[1] > paragraph
    )


# The most days a history's step may take from a month it names without a day and still be
# read as that month ("In March 1918 ... Nine days later").
_DAYS_IN_MONTH_FOCUS = 10


# "after" or "before" opening a phrase of its own: the event the stretch counts from.
_EVENT_AFTER_SIGNAL = re.compile(
    r"\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|our|my|he|she|it|they|we|i|him|them|us|me)\b",
    re.IGNORECASE,
)


def _signalled_duration(m: re.Match[str], ctx: Context) -> Reading:
    count, unit = nz.number(m["num"]), nz.unit_name(m["unit"])
    if _EVENT_AFTER_SIGNAL.match(ctx.text, m.end()):
        # "one year after his coronation", "seventeen years after it began": the stretch
        # counts from the event named after the signal, not from the date in focus.
        return "DURATION", nz.duration(count, unit)
    return _stepped(m, ctx, count, unit)


def _stepped(m: re.Match[str], ctx: Context, count: int | None, unit: str) -> Reading:
    """A stretch before "later", "earlier" or "before": a step from the date in focus."""
    # "Only a few days earlier, the general fled": the signal word without its comma.
    signal = ctx.text[m.end() : m.end() + 12].split()[0].lower().rstrip(",.;:!?)")
    back = signal in {"before", "earlier", "previously"}
    if ctx.kind == "narrative" and count is None:
        # "only a few days earlier": a history's vague step back or on, as "ago" reads it.
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    bc = ctx.bc_in_focus()
    if bc is not None and count is not None and unit in {"year", "decade", "century"}:
        years = count * {"year": 1, "decade": 10, "century": 100}[unit]
        moved_bc = int(bc[2:]) + (years if back else -years)
        if moved_bc > 0:
            return "DATE", f"BC{moved_bc:04d}"  # "a decade earlier", in a history BC
    narrative = ctx.kind == "narrative"
    landed = _landing(m, ctx, count, unit, back=back) if narrative and count is not None else None
    if landed is not None:
        return "DATE", landed
    if ctx.reference and count is not None and _story_in_focus(m, ctx):
        # "Canada arrested her on Dec. 1, 2018. Nine days later, China detained two men": the
        # day the story reaches is what the reader needs.
        # A history's "five years previously" names a year, as its words do; news keeps the
        # reference's own precision ("a quarter ... a year earlier").
        keep = "unit" if ctx.kind == "narrative" else "reference"
        moved = nz.shift_reference(ctx.reference, unit, -count if back else count, keep=keep)
        if moved is None and ctx.kind == "narrative":
            moved = _coarse_step(ctx, unit, -count if back else count)
        if moved is not None:
            return "DATE", moved
    return "DURATION", nz.duration(count, unit)


_RESTATES = re.compile(r",\s*")


def _landing(m: re.Match[str], ctx: Context, count: int, unit: str, *, back: bool) -> str | None:
    """Where a history's step lands when a date written beside it, not arithmetic, says so."""
    apposed = _APPOSED_YEAR.match(ctx.text, m.end())
    if apposed is not None and unit == "year":
        # "Saigon fell two years later, on 30 April 1975": the date set beside the step says
        # where it lands, even where the story's last year was a glimpse ahead.
        return apposed["year"]
    if ctx.reference and _RESTATES.fullmatch(ctx.text, ctx.reference_end, m.start()):
        # "Cherbourg fell on the 26th, three weeks later": the step restates the date just
        # named, counted from an earlier one; it lands on that date.
        restated = nz.shift_reference(ctx.reference, unit, 0, keep="unit")
        if restated is not None:
            return restated
    glimpse = _glimpse_just_before(m, ctx) if unit == "year" else None
    return f"{glimpse + (-count if back else count):04d}" if glimpse is not None else None


def _glimpse_just_before(m: re.Match[str], ctx: Context) -> int | None:
    """The year of a glimpse ahead that the sentence before a history's step just named.

    "He reigned until his death in April 1483. Two years later Richard III was killed": a
    leap years ahead of the story, taken for a glimpse, is what the step counts from when
    the very next sentence steps from it.
    """
    if ctx.kind != "narrative" or ctx.named_year is None:
        return None
    year, end = ctx.named_year
    current = ctx.reference_year()
    if current is None or year <= current or end <= ctx.reference_end:
        return None
    begin, _ = ctx.sentence(m.start(), m.end())
    previous, _ = ctx.sentence(max(0, begin - 2), max(0, begin - 1))
    return year if end > previous else None


# The signal word, then a date with its year set beside the step ("later, on 30 April 1975",
# "later, in 1975", "later in March 1975").
_APPOSED_YEAR = re.compile(
    r"\s+(?:later|earlier|afterwards?|before)(?:\s+still)?,?\s+(?:on|in)\s+"
    r"(?:(?:[0-3]?\d\s+)?[A-Z][a-z]+\.?\s+(?:[0-3]?\d,?\s+)?)?(?P<year>1\d\d\d|20\d\d)\b"
)


def _year_earlier_written(m: re.Match[str], ctx: Context) -> Reading:
    apposed = _APPOSED_YEAR.match(ctx.text, m.end("yr"))
    return None if apposed is None else ("DATE", apposed["year"])


# "A year earlier still, in 1912": the year written beside the step is where it lands,
# whatever arithmetic from the last date named would give (a chain of steps back, "a year
# earlier ... a year earlier still", counts from the step before, not the date).
YEAR_EARLIER_WRITTEN = Rule(
    "a year earlier, then its year",
    r"""
    \b (?: a | an | one ) [\s-]+ (?P<yr> year ) \s+ earlier (?: \s+ still )?
    # Just what _APPOSED_YEAR reads: a year, or a day and month before it. Anything else
    # ("in late 2019") leaves the step to the rule that counts it.
    (?= ,? \s+ (?: on | in ) \s+
        (?: (?: [0-3]?\d \s+ )? (?-i: [A-Z][a-z]+ ) \.? \s+ (?: [0-3]?\d ,? \s+ )? )?
        (?: 1\d\d\d | 20\d\d ) \b )
    """,
    _year_earlier_written,
    (
        example(
            "War came in 1914. A year earlier still, in 1912, the Balkans had fought.",
            "A year earlier still",
            "DATE",
            "1912",
        ),
    ),
)


def _coarse_step(ctx: Context, unit: str, delta: int) -> str | None:
    """A history's step from a date in focus known more coarsely than the step's unit."""
    reference = ctx.reference or ""
    if unit == "day" and abs(delta) <= _DAYS_IN_MONTH_FOCUS:
        # "In March 1918 ... Nine days later": the story's day is not known, its month is.
        read = nz.read_reference(reference)
        if read is not None and read[1] == "month":
            return reference[:7]
    if unit in {"decade", "century"}:
        # "two decades earlier", told of 1965: the decade of the 1940s.
        year = ctx.reference_year()
        if year is not None:
            return nz.shift(dt.date(year, 1, 1), unit, delta)
    return _decade_step(reference, unit, delta)


def _decade_step(reference: str, unit: str, delta: int) -> str | None:
    """A step of whole decades from a decade in focus: "the 1970s ... ten years later" (198)."""
    if len(reference) != 3 or not reference.isdigit():  # noqa: PLR2004 - a decade, "197"
        return None
    if unit == "year" and delta % 10 == 0:
        delta //= 10
    elif unit != "decade":
        return None
    moved = int(reference) + delta
    return f"{moved:03d}" if 100 <= moved <= 999 else None  # noqa: PLR2004 - decades 1000-9999


# "a second" followed by a noun is the ordinal ("a second attack"), not one second.
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:or|and|later|earlier|ago|before|after|longer|more|of|to|in|for|too)\b)[a-z]",
    re.IGNORECASE,
)


_IN_A_ROW = re.compile(r"\b(?:straight|consecutive)\b", re.IGNORECASE)


# A count of time in a name: "the Thirty Years' War", "the Six-Day War", "the Three-Day Week".
_WAR_NAME_AFTER = re.compile(r"(?:['’]s?)?\s+(?-i:Wars?|Week)\b")


_VERB_LAST_BEFORE = re.compile(r"\b(?:to|will|would|could|may|might|should|must|can|not)\s+$")


def _not_a_stretch(m: re.Match[str], ctx: Context, unit: str, written: str | None) -> bool:
    """Whether words shaped like a duration are something else: a fraction, an age, an ordinal."""
    word = (written or "").lower()
    if unit == "quarter" and not m["pre"] and word in {"three", "a"} and not _IN_A_ROW.search(m[0]):
        return True  # "three quarters of voters" is a fraction; "three straight quarters" is not
    if m.group(0).lower().endswith("-old"):
        return True  # "his 22-year-old son": an age
    if unit in {"minute", "second"} and m.group(0).istitle():
        return True  # "Last Minute Travel", "One Second Films": a name
    if m.group(0)[:1].isupper() and _WAR_NAME_AFTER.match(ctx.text, m.end()):
        return True  # "the Seven Years' War", "the Six-Day War": a name
    if (m["pre"] or "").strip().lower() == "last" and _VERB_LAST_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return True  # "expected to last six weeks": the verb; "six weeks" is tagged alone
    # "a second attack": the ordinal, not one second.
    return (
        m["unit"].lower() == "second"
        and word in {"a", "an"}
        and _ORDINAL_SECOND.match(ctx.text, m.end()) is not None
    )


# A further part of a compound stretch: a count in digits or a small word, then a unit.
_PART = (
    r"(?: \d{1,3} | an? | one | two | three | four | five | six | seven | eight | nine | ten"
    # No years: a stretch in years leads its compound, so "5 years, 10 years" is a list.
    r" | eleven | twelve ) \s+ (?: months? | weeks? | days? | hours? | minutes? | seconds? ) \b"
    # "for two years, and three days later": a second stretch that steps from an event.
    r" (?! \s+ (?: later | after | before | earlier | ago | previously ) \b )"
)
_PART_RE = re.compile(_PART.replace(" ", ""), re.IGNORECASE)
# The units of a compound stretch from the largest down, with their TIMEX3 letters.
_COMPOUND_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _compound(m: re.Match[str], count: int | None, unit: str) -> str | None:
    """The value of "2 years and 8 months": ``P2Y8M``; None unless each part is smaller."""
    if count is None or unit not in _COMPOUND_ORDER:
        return None
    parts = [(unit, count)]
    for part in _PART_RE.finditer(m["more"]):
        written, name = part.group(0).split()[0], part.group(0).split()[-1]
        amount = nz.number(written) if written.lower() not in {"a", "an"} else 1
        name = nz.unit_name(name)
        if amount is None or _COMPOUND_ORDER.index(name) <= _COMPOUND_ORDER.index(parts[-1][0]):
            return None
        parts.append((name, amount))
    counts = dict(parts)
    if "week" in counts:  # a week among other units is written as seven days
        counts["day"] = counts.get("day", 0) + 7 * counts.pop("week")
    date = "".join(f"{counts[k]}{nz.UNITS[k][0]}" for k in ("year", "month", "day") if k in counts)
    time = "".join(
        f"{counts[k]}{nz.UNITS[k][0]}" for k in ("hour", "minute", "second") if k in counts
    )
    return f"P{date}" + (f"T{time}" if time else "")


def _duration(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    written = m["num"] or m["num2"]
    # "the coming years" has no count: a stretch of some years, not one.
    plural = m["unit"].lower().endswith(("s", "ies"))
    count = nz.number(written) if written else None if plural else 1
    if _not_a_stretch(m, ctx, unit, written):
        return None
    pre = " ".join((m["pre"] or "").lower().split())
    if pre in {"the past", "the last"} and not written and m["unit"].lower() == "year":
        return "DATE", nz.shift(ctx.anchor, "year", -1)  # as "the past year" in the anchors
    if pre in {"last", "next", "past", "previous", "coming"} and not written:
        if m["unit"].lower().endswith("s"):
            # "in coming months", "in past years": no count, no edge, only a direction.
            return "DATE", "PAST_REF" if REL_DELTA[pre] < 0 else "FUTURE_REF"
        # "just last month", "only next year": a hedge before a named period, not a stretch.
        return "DATE", nz.shift(ctx.anchor, unit, REL_DELTA[pre])
    before = ctx.text[max(0, m.start() - 16) : m.start()].lower()
    if (
        unit in {"year", "day", "week", "month", "hour"}
        and written
        and written.lower() in {"a", "an"}
        and not m["pre"]
        and re.search(
            r"(?:\d[\d,.]*%?|dollars|cents|percent|times|once|twice)\s+(?:a\s+|per\s+)?$", before
        )
    ):
        return "SET", nz.duration(1, unit)
    # Counts side by side that do not shrink ("3 days, 4 days") are a list: the first.
    compound = _compound(m, count, unit) if m["more"] else None
    return "DURATION", compound or nz.duration(count, unit)


def _vague_plural(m: re.Match[str], ctx: Context) -> Reading:
    if m["unit2"] and ctx.kind == "narrative":
        # "Weeks later the city fell": a history's vague step on or back, as "a few weeks
        # later" reads.
        return "DATE", "PAST_REF" if m["dir"].lower() == "earlier" else "FUTURE_REF"
    return "DURATION", nz.duration(None, nz.unit_name(m["unit"] or m["unit2"]))


# "three days later", "a month after": TimeML reads "later", "after", "before" and "earlier" as
# signals linking a stretch of time to an event, so only the stretch is tagged. "A year
# earlier" stays a date: news uses it for the year-ago comparison.
SIGNALLED_DURATION = Rule(
    "stretch before a signal word",
    APPROX
    + r" \b (?! (?: a | an | one ) [\s-]+ (?: year | quarter ) \s+ earlier \b ) "
    + NUM
    + r" [\s-]+ "
    + UNIT
    + r" (?: \s+ or \s+ so )? (?= \s+ (?: later | after | before | earlier | previously ) \b )",
    _signalled_duration,
    (example("Three days later, he resigned.", "Three days", "DURATION", "P3D"),),
)

DURATION = Rule(
    "stretch of time",
    APPROX
    + r"""
    (?: (?P<pre> (?: the \s+ )? (?: past | last | next | first | previous | coming | final
                               | following | initial | remaining | latest ) \s+
                 # "in the years that followed": as "the following years", without the clause.
                 | the \s+ (?= (?: years | months | weeks | decades ) \s+ (?: that | which )
                                \s+ (?: followed | ensued ) \b ) )
        (?: """
    + NUM
    + r""" [\s-]+ )?
      | \b """
    + NUM2
    + r""" [\s-]+ (?: more\s+ | full\s+ | straight\s+ | consecutive\s+ )? )
    """
    + UNIT
    + r" (?: - (?: long | old ) )? \b"
    # "4 years, 3 months and 2 weeks": the parts of one stretch, as a war's infobox gives it.
    + r" (?P<more> (?: (?: ,? \s+ and \s+ | , \s+ | \s+ ) "
    + _PART
    + r" ){0,3} )",
    _duration,
    (
        example("The talks lasted three hours.", "three hours", "DURATION", "PT3H"),
        example("He signed a two-year contract.", "two-year", "DURATION", "P2Y"),
        example("Prices rose over the past five years.", "the past five years", "DURATION", "P5Y"),
        example("The licence costs $5 a year.", "a year", "SET", "P1Y"),
        example(
            "The war lasted two years and eight months.",
            "two years and eight months",
            "DURATION",
            "P2Y8M",
        ),
    ),
)

VAGUE_PLURAL = Rule(
    "years, months after for",
    r"""
    (?: (?<=\bfor[ ]) | (?<=\bover[ ]) | (?<=\bwithin[ ]) )
    (?P<unit> years | months | weeks | days | hours | decades | centuries ) \b
    # "Weeks later", "months earlier": a stretch with no count before its signal word.
    | (?<! [\w,-] [ ] ) (?P<unit2> years | months | weeks | days | hours | decades ) \b
      (?= ,? \s+ (?P<dir> later | earlier ) \b )
    """,
    _vague_plural,
    (
        example("They have not spoken for decades.", "decades", "DURATION", "PXDE"),
        example("Weeks later the talks resumed.", "Weeks", "DURATION", "PXW"),
    ),
)


def _compact(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    return "DURATION", nz.duration(int(m["num"]), nz.unit_name(m["unit"]))


# "1hr", "30mins", "2days": a count and its unit with no space between, as messages write them.
COMPACT_DURATION = Rule(
    "count and unit run together",
    # "2day" alone is how messages spell "today"; after an article it counts two days.
    r"\b (?: (?! 2day \b ) | (?<=\ba\s) | (?<=\bthe\s) | (?<=\bper\s) | (?<=\beach\s) ) "
    r" (?P<num> \d{1,3} ) " + UNIT + r" \b",
    _compact,
    (
        example("The queue moved after 1hr.", "1hr", "DURATION", "PT1H"),
        example("We signed up for a 2day course.", "2day", "DURATION", "P2D"),
    ),
)


# Half of each unit, written in the unit below it: "2 1/2 years" is two years and six months.
_HALVES = {
    "year": ("Y", "6M"),
    "hour": ("H", "30M"),
    "minute": ("M", "30S"),
    "day": ("D", "T12H"),
}


def _with_half(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    unit = nz.unit_name(m["unit"] or m["unit2"] or m["unit3"] or m["unit4"])
    raw = m["num"] or m["num2"] or m["num4"]
    whole = 0 if raw is None else 1 if raw.lower() in {"a", "an"} else nz.number(raw)
    if whole is None:
        return None
    if unit in {"decade", "century"}:
        size = nz.UNITS[unit][1]
        return "DURATION", f"P{whole * size + size // 2}Y"
    if unit not in _HALVES:
        return None
    letter, half = _HALVES[unit]
    is_time = nz.UNITS[unit][2]
    value = (f"{whole}{letter}" if whole else "") + half
    return "DURATION", ("PT" if is_time else "P") + (value if whole else value.lstrip("T"))


WITH_HALF = Rule(
    "stretch with a half",
    r"""
    \b (?: (?P<num> \d{1,3} ) (?: \s+ 1/2 | \s* ½ | \.5 ) \s* """
    + UNIT
    + r""" \b
      | (?P<num2> a | an | one | two | three | four | five | six | seven | eight | nine | ten )
        \s+ """
    + UNIT.replace("?P<unit>", "?P<unit2>")
    + r""" \s+ and \s+ a \s+ half \b
      | half \s+ (?: a | an ) \s+ """
    + UNIT.replace("?P<unit>", "?P<unit3>")
    + r""" \b
      # "two and a half years": the half before the unit, as "a year and a half" puts it after.
      | (?P<num4> \d{1,3} | one | two | three | four | five | six | seven | eight | nine | ten )
        \s+ and \s+ a \s+ half \s+ """
    + UNIT.replace("?P<unit>", "?P<unit4>")
    + r""" \b )
    """,
    _with_half,
    (
        example("The talks lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        example("He spoke for a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
        example("The drive takes 1.5hrs each way.", "1.5hrs", "DURATION", "PT1H30M"),
        example("Lunch lasted half an hour.", "half an hour", "DURATION", "PT30M"),
        example("It took two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
    ),
)


def _year_ended(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - one value
    return "DURATION", "P1Y"


# "Net income for the year ended June 30", "inflation in the year to March": the twelve
# months that close on the day or month named, a stretch of a year (the day is its own
# expression), not the calendar year.
YEAR_ENDED = Rule(
    "the year ended",
    r"\b the \s+ (?: fiscal \s+ )? year (?= \s+ (?: ended | ending ) \b"
    r" | \s+ to \s+ (?: the \s+ end \s+ of \s+ )? (?: " + MONTH_PLAIN + r" | last \s+ month \b ) )",
    _year_ended,
    (
        example("Profit rose 8% in the year ended June 30.", "the year", "DURATION", "P1Y"),
        example("Prices rose 3% in the year to March.", "the year", "DURATION", "P1Y"),
        example(
            "Sales fell in the fiscal year ending March 31.", "the fiscal year", "DURATION", "P1Y"
        ),
    ),
)
