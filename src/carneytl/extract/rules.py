"""The rules of the temporal tagger: vocabulary, patterns, and one reading per pattern.

Each rule is a regular expression and a reading that turns its match into a TIMEX3 type and
value against the anchor day (see :mod:`carneytl.extract.normalize`). Rules are listed in
priority order: at any one position the first that matches wins, so longer forms come first.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.dates.words import MONTH_WORDS, WEEKDAY_NAMES
from carneytl.extract import normalize as nz

if TYPE_CHECKING:
    from collections.abc import Callable

    from carneytl.extract.context import Context

Reading = tuple[str, str] | None


def _words(text: str) -> list[str]:
    """Split a word list written as one string; long vocabularies read better that way."""
    return text.split()


# --- vocabulary ----------------------------------------------------------------------------

_MONTH_NUMBERS = MONTH_WORDS
_MONTH_NAMES = list(MONTH_WORDS)
_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
# Month and weekday names must be capitalised: "may", "march" and "sun" are ordinary words.
MONTH = (
    r"(?-i:(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?))"
)
WEEKDAY = (
    r"(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|"
    r"WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))\b"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?<![\d$£€.,])(?P<year>1[6-9]\d\d|20\d\d)(?![\w%]|[.,]\d|-\d)"
NUM = (
    r"(?P<num>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|a\s+couple\s+of|couple\s+of|a\s+few|a\s+dozen|a|an|several|few|many)"
)
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# A year as broadcast scripts spell it: "nineteen ninety-seven", "two thousand and one".
SPELLED_YEAR = (
    r"(?P<sy>nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]" + _ONES + r")?|two\s+thousand(?:\s+(?:and\s+)?(?:" + _ONES + r"|ten|eleven|"
    r"twelve)\b)?)\b"
)
_ORDINAL_DAYS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_DAY = (
    r"(?P<oday>(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|thirtieth|" + "|".join(_ORDINAL_DAYS) + r")\b"
)
YEAR2 = YEAR.replace("?P<year>", "?P<year2>")
NUM2 = NUM.replace("?P<num>", "?P<num2>")
UNIT = (
    r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"quarters?|weekends?|fortnights?)"
)
MOD = r"(?:(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+)|(?:end|beginning|start|middle)\s+of\s+))?"
PART = r"(?P<part>morning|afternoon|evening|night)"
APPROX = (
    r"(?:\b(?:about|almost|nearly|more\s+than|less\s+than|some|roughly|around|over|just|"
    r"at\s+least|only)\s+)?"
)
FLAGS = re.IGNORECASE


def _month(text: str) -> int:
    return _MONTH_NUMBERS[text[:3].lower()]


def _weekday(text: str) -> int:
    return _WEEKDAYS.index(text.lower())


def _year(text: str) -> int:
    return int(text)


# --- readings: one function per rule, from its match to (type, value) ------------------------


def _iso(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}"
    return "DATE", day.isoformat()


def _numeric(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    year = int(m["y"])
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year  # noqa: PLR2004 - two-digit years
    try:
        return "DATE", dt.date(year, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def _clock(m: re.Match[str], ctx: Context) -> Reading:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    meridiem = (m["ap"] or "").lower()
    if hour > 12 or minute > 59:  # noqa: PLR2004 - a clock reading
        return None
    if meridiem.startswith("p") and hour < 12:  # noqa: PLR2004 - noon
        hour += 12
    elif meridiem.startswith("a") and hour == 12:  # noqa: PLR2004 - midnight
        hour = 0
    day = _day_of(m, ctx)
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def _day_of(m: re.Match[str], ctx: Context) -> str:
    """The day a time of day belongs to: a day named beside it, else the day in focus."""
    groups = m.groupdict()
    if groups.get("wd"):
        return nz.day(_resolve_weekday(m["wd"], m, ctx, 0))
    if groups.get("mon") and groups.get("day"):
        return nz.day_in_context(ctx.anchor, _month(m["mon"]), int(m["day"]), future=ctx.lean(m))
    rel = (groups.get("rel") or "").lower()
    if rel == "yesterday":
        return nz.day(ctx.anchor - dt.timedelta(days=1))
    if rel == "tomorrow":
        return nz.day(ctx.anchor + dt.timedelta(days=1))
    if rel == "today":
        return nz.day(ctx.anchor)
    return nz.day(ctx.day_in_focus(m))


def _clock_24(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{_day_of(m, ctx)}T{m['hm'][:2]}:{m['hm'][2:]}"


def _named_time(m: re.Match[str], ctx: Context) -> Reading:
    word = m["word"].lower()
    # TIMEX3 writes midnight as hour 24 of the day it closes ("midnight Friday": 2026-01-16T24).
    clock = "24" if word == "midnight" else "12:00"
    return "TIME", f"{_day_of(m, ctx)}T{clock}"


def _part_with_edge(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{_day_of(m, ctx)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


def _full_date(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    try:
        return "DATE", dt.date(_year(m["year"]), _month(m["mon"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def _month_day(m: re.Match[str], ctx: Context) -> Reading:
    day = int(m["day"])
    if not 1 <= day <= 31:  # noqa: PLR2004 - days of a month
        return None
    groups = m.groupdict()
    if groups.get("wd"):
        # "Friday, Dec. 1": the weekday settles the year among the candidates near the anchor.
        for year in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            try:
                candidate = dt.date(year, _month(m["mon"]), day)
            except ValueError:
                return None
            if candidate.weekday() == _weekday(m["wd"]):
                return "DATE", candidate.isoformat()
    value = nz.day_in_context(
        ctx.anchor, _month(m["mon"]), day, future=ctx.lean(m), firm=ctx.firmly_past(m)
    )
    return "DATE", value


def _month_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", nz.month(_year(m["year"]), _month(m["mon"]))


def _month_relative(m: re.Match[str], ctx: Context) -> Reading:
    rel = m["rel"].lower()
    month = _month(m["mon"])
    anchor = ctx.anchor
    if rel == "this":
        return "DATE", nz.month(anchor.year, month)
    if rel == "last":
        # "last February" said in March is a year back: last month would be "in February".
        year = anchor.year if anchor.month - month >= 2 else anchor.year - 1  # noqa: PLR2004 - months
        if m["unitrel"]:
            year = anchor.year - 1
        return "DATE", nz.month(year, month)
    year = anchor.year if month - anchor.month >= 2 else anchor.year + 1  # noqa: PLR2004 - months
    if m["unitrel"]:
        year = anchor.year + 1
    return "DATE", nz.month(year, month)


def _month_after_rel(m: re.Match[str], ctx: Context) -> Reading:
    delta = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return "DATE", nz.month(ctx.anchor.year + delta, _month(m["mon"]))


def _bare_month(m: re.Match[str], ctx: Context) -> Reading:
    name = m["mon"]
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    has_modifier = m.group(0)[:1].lower() != name[:1].lower()
    # A bare "May" is usually the verb; take it only where a date is expected.
    if (
        name.lower() in {"may", "mar", "jan", "sep"}
        and not has_modifier
        and not re.search(r"\b(?:in|of|since|until|by|through|from|to|before|after)\s+$", before)
    ):
        return None
    if name.endswith(".") or (len(name) == 3 and name.lower() != "may"):  # noqa: PLR2004 - "Dec"
        return None
    # "Since March" looks back from publication whatever else the sentence says.
    since = re.search(r"\bsince\s+$", before) is not None
    year = nz.month_in_context(
        ctx.anchor,
        _month(name),
        future=False if since else ctx.lean(m),
        firm=since or ctx.firmly_past(m),
    )
    named = _year_named_nearby(m, ctx)
    return "DATE", nz.month(named or year, _month(name))


def _year_named_nearby(m: re.Match[str], ctx: Context) -> int | None:
    """A year written out earlier in the same sentence: "in March 2019 ... in June" is 2019's."""
    if ctx.named_year is None:
        return None
    year, end = ctx.named_year
    begin, _ = ctx.sentence(m.start(), m.end())
    return year if end > begin else None


def _season(m: re.Match[str], ctx: Context) -> Reading:
    code = nz.SEASONS[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if m["sy"]:
        return "DATE", f"{_spelled_year_value(m['sy']):04d}-{code}"
    if not rel and not m["the"]:
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if code == "FA" or not re.search(r"\b(?:in|by|until|since|this)\s+$", before):
            return None
    year = ctx.anchor.year
    if rel == "last" or (rel == "this past" and nz.SEASON_START[code] > ctx.anchor.month):
        year -= 1
    elif rel == "next" or (rel == "this coming" and nz.SEASON_START[code] < ctx.anchor.month):
        year += 1
    return "DATE", f"{year:04d}-{code}"


def _year_only(m: re.Match[str], ctx: Context) -> Reading:
    after = ctx.text[m.end() : m.end() + 32]
    # "2000 employees", "1800 more troops": a count, not a year.
    if re.match(
        r"\s+(?:(?:more|new|other|additional|foreign|American|U\.S\.)\s+)?(?:people|persons|men|women|troops|soldiers|jobs|workers|cars|units|tons|employees|"
        r"residents|refugees|students|police|officers|members|homes|houses|acres|hectares|miles|"
        r"kilometers|kilometres|meters|metres|feet|pounds|barrels|children|protesters|"
        r"demonstrators|passengers|votes|delegates|deaths|casualties|vehicles|tanks|rounds)\b",
        after,
    ):
        return None
    return "DATE", m["year"]


def _spelled_year_value(text: str) -> int:
    """Read a year matched by SPELLED_YEAR: "nineteen ninety-seven" is 1997."""
    words = text.lower().replace("-", " ").split()
    if words[0] == "two":
        rest = " ".join(word for word in words[2:] if word != "and")
        return 2000 + ((nz.number(rest) or 0) if rest else 0)
    return 1900 + (nz.number(" ".join(words[1:])) or 0)


def _ordinal_day(text: str) -> int:
    words = text.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) > 1 else 0
    last = words[-1]
    return 30 if last == "thirtieth" else tens + _ORDINAL_DAYS.index(last) + 1


def _month_spelled_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", nz.month(_spelled_year_value(m["sy"]), _month(m["mon"]))


def _month_ordinal_day(m: re.Match[str], ctx: Context) -> Reading:
    day = _ordinal_day(m["oday"])
    if m["sy"]:
        try:
            return "DATE", dt.date(_spelled_year_value(m["sy"]), _month(m["mon"]), day).isoformat()
        except ValueError:
            return None
    value = nz.day_in_context(
        ctx.anchor, _month(m["mon"]), day, future=ctx.lean(m), firm=ctx.firmly_past(m)
    )
    return "DATE", value


def _spelled_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    if m["millennium"]:
        rest = nz.number(m["rest"]) if m["rest"] else 0
        return ("DATE", f"{2000 + rest:04d}") if rest is not None else None
    tens = nz.number(m["tens"])
    return ("DATE", f"19{tens:02d}") if tens is not None else None


def _decade(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    if m["dec"]:
        return "DATE", m["dec"][:3]
    short = int(m["dd"])
    century = 20 if short <= 20 else 19  # noqa: PLR2004 - "the '10s" is this century, "the '90s" the last
    return "DATE", f"{century}{short // 10}"


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


def _decade_name(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", f"19{_DECADE_WORDS[m['name'].lower()]}"


def _year_end(m: re.Match[str], ctx: Context) -> Reading:
    # "by year-end" is this year's last day; "since year-end" the one just gone.
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    year = ctx.anchor.year - 1 if since else ctx.anchor.year
    return "DATE", f"{year:04d}-12-31"


def _year_period(m: re.Match[str], ctx: Context) -> Reading:
    # Earnings news: "the 1988 period" is the same quarter as the one reported, in 1988.
    quarter = _previous_quarter(ctx.anchor)[-1]
    return "DATE", f"{m['year']}-Q{quarter}"


def _century(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", f"{int(m['n']) - 1:02d}"


def _period_edge(m: re.Match[str], ctx: Context) -> Reading:
    return "DATE", nz.shift(ctx.anchor, m["unit"].lower(), 0)


def _period_edge_year(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DATE", nz.shift(ctx.anchor, "year", 0)


def _short_part(m: re.Match[str], ctx: Context) -> Reading:
    letter, number = m["letter"], int(m["n"])
    if letter == "H" and number > 2:  # noqa: PLR2004 - two halves
        return None
    if m["year"]:
        year = int(m["year"])
    elif m["yy"]:
        year = 2000 + int(m["yy"]) if int(m["yy"]) < 50 else 1900 + int(m["yy"])  # noqa: PLR2004 - two-digit years
    else:
        year = ctx.anchor.year
    return "DATE", f"{year:04d}-{letter}{number}"


def _decade_word(m: re.Match[str], ctx: Context) -> Reading:
    delta = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
    rel = m["rel"].lower()
    if m["the"] and rel in {"next", "coming"}:
        # "over the next decade" is a stretch of time ahead; "the last decade" the one gone by.
        return "DURATION", nz.duration(1, nz.unit_name(m["unit"]))
    return "DATE", nz.shift(ctx.anchor, nz.unit_name(m["unit"]), delta.get(rel, 0))


_QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _quarter(m: re.Match[str], ctx: Context) -> Reading:
    number = _QUARTER_ORDINALS[m["ord"].lower()]
    letter = "H" if m["half"] else "Q"
    if letter == "H" and number > 2:  # noqa: PLR2004 - two halves
        return None
    if m["year"] or m["year2"]:
        return "DATE", f"{m['year'] or m['year2']}-{letter}{number}"
    year = ctx.anchor.year
    rely = (m["rely"] or m["yp"] or "-").lower().split()[0]
    if rely == "last":
        year -= 1
    elif rely == "next":
        year += 1
    elif not ctx.future(m) and number > (
        nz.quarter_of(ctx.anchor) if letter == "Q" else (ctx.anchor.month + 5) // 6
    ):
        # A quarter or half not reached yet this year, spoken of in the past: last year's.
        year -= 1
    return "DATE", f"{year:04d}-{letter}{number}"


def _previous_quarter(anchor: dt.date, years_back: int = 0) -> str:
    index = anchor.year * 4 + nz.quarter_of(anchor) - 2 - 4 * years_back
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _the_quarter(m: re.Match[str], ctx: Context) -> Reading:
    which = (m["which"] or "").lower()
    if which == "current":
        return "DATE", nz.shift(ctx.anchor, "quarter", 0)
    if which == "next":
        return "DATE", nz.shift(ctx.anchor, "quarter", 1)
    # Earnings news: "the quarter" is the one just reported, the last completed.
    return "DATE", _previous_quarter(ctx.anchor)


def _year_ago_period(m: re.Match[str], ctx: Context) -> Reading:
    if m["ord"]:
        return "DATE", f"{ctx.anchor.year - 1:04d}-Q{_QUARTER_ORDINALS[m['ord'].lower()]}"
    if (m["what"] or "").lower() in {"quarter", "period"} or ctx.near(m, r"\bquarter\b", 1000):
        return "DATE", _previous_quarter(ctx.anchor, 1)
    return "DATE", f"{ctx.anchor.year - 1:04d}"


_REL_DELTA = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
    "present": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
}


def _relative_unit(m: re.Match[str], ctx: Context) -> Reading:
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # "ABC's This Week": a title in title case, not a week
    unit = nz.unit_name(m["unit"])
    rel = m["rel"].lower().split()[-1]
    delta = _REL_DELTA[rel]
    if m["the"] and rel in {"next", "coming", "first"}:
        return "DURATION", nz.duration(1, unit)
    if m["the"] and rel in {"past", "last"} and unit != "year":
        return "DURATION", nz.duration(1, unit)
    # "in the past year": news means the year gone by, which TimeML writes as last year.
    return "DATE", nz.shift(ctx.anchor, unit, delta)


def _the_unit(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    if unit == "weekend":
        back = 0 if ctx.future(m) else -1 if ctx.anchor.weekday() < 5 else 0  # noqa: PLR2004 - Saturday
        return "DATE", nz.shift(ctx.anchor, "weekend", back)
    if unit == "week":
        # "For the week, the index fell": TimeML leaves a week the text does not name open.
        return "DATE", f"{ctx.anchor.isocalendar()[0]:04d}-WXX"
    return "DATE", nz.shift(ctx.anchor, unit, 0)


def _ago(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    count = nz.number(m["num"])
    direction = m["dir"].lower()
    back = direction in {"ago", "earlier", "before"}
    if count is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    if unit in {"hour", "minute", "second"}:
        return "TIME", nz.day(ctx.anchor)
    # "Earlier" and "later" count from the last date the story named, "ago" from publication.
    if direction != "ago" and "from" not in direction and ctx.reference:
        moved = nz.shift_reference(ctx.reference, unit, -count if back else count, keep="reference")
        if moved is not None:
            return "DATE", moved
    # Earnings news compares with "a year earlier": the same quarter of the year before.
    if (
        unit == "year"
        and count == 1
        and direction in {"ago", "earlier"}
        and ctx.near(m, r"\bquarter\b", 1000)
    ):
        return "DATE", _previous_quarter(ctx.anchor, 1)
    return "DATE", nz.shift(ctx.anchor, unit, -count if back else count)


def _signalled_duration(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DURATION", nz.duration(nz.number(m["num"]), nz.unit_name(m["unit"]))


_ANAPHORIC_DELTA = {
    "that": 0,
    "same": 0,
    "following": 1,
    "next": 1,
    "previous": -1,
    "preceding": -1,
}


def _anaphoric(m: re.Match[str], ctx: Context) -> Reading:
    det = m["det"].lower().split()[-1]
    unit = m["unit"].lower()
    part = nz.PARTS_OF_DAY.get(unit) if unit not in _GRANULARITY_WORDS else None
    if det == "next" and not part and unit != "day":
        return None  # "the next year" is a stretch of time ahead; the duration rule reads it
    delta = _ANAPHORIC_DELTA[det]
    base_unit = "day" if part else unit
    moved = (
        nz.shift_reference(ctx.reference, base_unit, delta, keep="unit") if ctx.reference else None
    )
    if moved is None:
        if det in {"that", "same"} and not part:
            return None
        moved = nz.shift(ctx.anchor, base_unit, delta)
    if part:
        return "TIME", f"{moved}T{part}"
    return "DATE", moved


_GRANULARITY_WORDS = frozenset({"day", "week", "month", "year", "quarter"})


def _duration(m: re.Match[str], ctx: Context) -> Reading:
    unit = nz.unit_name(m["unit"])
    written = m["num"] or m["num2"]
    # "the coming years" has no count: a stretch of some years, not one.
    plural = m["unit"].lower().endswith(("s", "ies"))
    count = nz.number(written) if written else None if plural else 1
    if unit == "quarter" and not m["pre"] and written and written.lower() in {"three", "a"}:
        return None  # "three quarters of voters" is a fraction
    pre = " ".join((m["pre"] or "").lower().split())
    if pre in {"the past", "the last"} and not written and m["unit"].lower() == "year":
        return "DATE", nz.shift(ctx.anchor, "year", -1)  # as in _relative_unit
    if pre in {"last", "next", "past", "previous", "coming"} and not written:
        if m["unit"].lower().endswith("s"):
            # "in coming months", "in past years": no count, no edge, only a direction.
            return "DATE", "PAST_REF" if _REL_DELTA[pre] < 0 else "FUTURE_REF"
        # "just last month", "only next year": a hedge before a named period, not a stretch.
        return "DATE", nz.shift(ctx.anchor, unit, _REL_DELTA[pre])
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
    return "DURATION", nz.duration(count, unit)


def _vague_plural(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    return "DURATION", nz.duration(None, nz.unit_name(m["unit"]))


def _weekday_plural(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    # "on Mondays", "Tuesday nights": every such day, a set in TimeML.
    value = f"XXXX-WXX-{_weekday(m['wdp']) + 1}"
    if m["part"]:
        value += "T" + nz.PARTS_OF_DAY[m["part"].lower().rstrip("s")]
    return "SET", value


def _set(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    groups = m.groupdict()
    if groups.get("wd"):
        return "SET", f"XXXX-WXX-{_weekday(m['wd']) + 1}"
    if groups.get("mon"):
        return "SET", f"XXXX-{_month(m['mon']):02d}"
    if groups.get("season"):
        return "SET", f"XXXX-{nz.SEASONS[m['season'].lower()]}"
    word = (groups.get("adverb") or "").lower()
    if word:
        unit = {
            "annually": "year",
            "yearly": "year",
            "daily": "day",
            "nightly": "day",
            "weekly": "week",
            "monthly": "month",
            "quarterly": "quarter",
            "hourly": "hour",
        }[word]
        return "SET", nz.duration(1, unit)
    count = nz.number(m["num"]) if groups.get("num") else 1
    return "SET", nz.duration(count, nz.unit_name(m["unit"]))


_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
    "recent years": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks": "PAST_REF",
    "recent days": "PAST_REF",
    "current": "PRESENT_REF",
    "recent": "PAST_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}


def _ref(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    word = " ".join(m.group(0).lower().split())
    word = word.removeprefix("more ").removeprefix("most ").removeprefix("in ")
    return "DATE", _REFS.get(word, "PRESENT_REF")


_GENERIC_TODAY_BEFORE = re.compile(r"\b(?:of|until|till|to|as\s+of|even)\s+$", re.IGNORECASE)
_DATED_NOUNS = re.compile(
    r"\s+(?:meeting|session|trading|vote|talks|announcement|visit|game|match|summit|"
    r"hearing|decision|report|statement|speech|deadline|close|attack|election)\b",
    re.IGNORECASE,
)


def _generic_today(m: re.Match[str], ctx: Context) -> bool:
    """Whether "today" means the present age ("today's China") rather than the day itself."""
    if m.group(0).lower().endswith(("'s", "’s")):
        return _DATED_NOUNS.match(ctx.text, m.end()) is None
    return _GENERIC_TODAY_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) is not None


def _relative_day(m: re.Match[str], ctx: Context) -> Reading:
    word = " ".join(m["word"].lower().split())
    shift = {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last night": -1,
    }[word]
    day = nz.day(ctx.anchor + dt.timedelta(days=shift))
    if word == "today" and _generic_today(m, ctx):
        return "DATE", "PRESENT_REF"
    part = (m["part"] or "").lower()
    if word in {"tonight", "last night"}:
        part = "night"
    if part:
        return "TIME", f"{day}T{nz.PARTS_OF_DAY[part]}"
    return "DATE", day


def _within_period(m: re.Match[str], ctx: Context) -> Reading:
    # "later in the day": the day (week, month, year) of publication.
    return "DATE", nz.shift(ctx.anchor, m["unit"].lower(), 0)


def _part_of_day_named(m: re.Match[str], ctx: Context) -> Reading:
    part = nz.PARTS_OF_DAY[m["part"].lower()]
    if m["year"]:
        try:
            day = dt.date(int(m["year"]), _month(m["mon"]), int(m["day"])).isoformat()
        except ValueError:
            return None
    else:
        day = _day_of(m, ctx)
    return "TIME", f"{day}T{part}"


def _part_in_focus(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{nz.day(ctx.day_in_focus(m))}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


def _this_part(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{nz.day(ctx.anchor)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"


def _resolve_weekday(name: str, m: re.Match[str], ctx: Context, offset: int) -> dt.date:
    return nz.weekday(ctx.anchor, _weekday(name), future=ctx.future(m), offset=offset)


def _previous_weekday(m: re.Match[str], ctx: Context) -> Reading:
    # "down 2% from the previous Friday": the one before the last day the story named.
    base = ctx.anchor
    if ctx.reference and len(ctx.reference) >= 10:  # noqa: PLR2004 - a full day, 2026-01-14
        try:
            base = dt.date.fromisoformat(ctx.reference[:10])
        except ValueError:
            base = ctx.anchor
    day = nz.weekday(base - dt.timedelta(days=1), _weekday(m["wd"]), future=False)
    return "DATE", day.isoformat()


def _weekday_reading(m: re.Match[str], ctx: Context) -> Reading:
    rel = " ".join((m["rel"] or "").lower().split())
    target = _weekday(m["wd"])
    if rel in {"last", "this past", "past"}:
        day = nz.weekday(ctx.anchor - dt.timedelta(days=1), target, future=False)
    elif rel == "next":
        day = nz.weekday(ctx.anchor + dt.timedelta(days=1), target, future=True)
    elif rel in {"this coming", "coming"}:
        day = nz.weekday(ctx.anchor, target, future=True)
    elif m["poss"]:
        # "Friday's plunge": a possessive weekday names a day already gone, unless a future
        # tense stands close by ("voters will go to the polls in Sunday's election").
        day = nz.weekday(ctx.anchor, target, future=ctx.lean(m) is True)
    else:
        day = _resolve_weekday(m["wd"], m, ctx, 0)
    if m["part"]:
        return "TIME", f"{day.isoformat()}T{nz.PARTS_OF_DAY[m['part'].lower()]}"
    return "DATE", day.isoformat()


_GMT_ASIDE = r"(?:\s*\((?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\))?"


# --- the rules, in priority order ------------------------------------------------------------

RULES: list[tuple[str, Callable[[re.Match[str], Context], Reading]]] = [
    (r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?\b", _iso),
    (r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])", _numeric),
    (
        r"\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)"
        r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time)\b)?"
        # Wire copy gives the time in GMT too before naming the day: "9 a.m. (0600 GMT) Friday".
        + _GMT_ASIDE
        + r"(?:\s+(?:(?:on\s+)?"
        + WEEKDAY
        + r"|(?P<rel>today|yesterday|tomorrow)\b)|,?\s+(?:on\s+)?"
        + MONTH
        + r"\s*"
        + DAY
        + r")?",
        _clock,
    ),
    (
        # The day first, then its clock time: "Tuesday at 10 a.m.", "yesterday around 9:30 pm".
        r"(?:(?:on\s+)?"
        + WEEKDAY
        + r"|(?P<rel>today|yesterday|tomorrow)\b)(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
        r"(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+"
        r"(?:about\s+|around\s+)?\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*"
        r"(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?",
        _clock,
    ),
    (
        r"\b(?:early|late|mid)[\s-]+(?-i:(?P<part>morning|afternoon|evening))\b(?:\s+(?:(?:on\s+)?"
        + WEEKDAY
        + r"|(?P<rel>today|yesterday|tomorrow)\b))?",
        _part_with_edge,
    ),
    (
        # A 24-hour clock reading in wire copy, "at 1800 GMT": a time, not the year 1800.
        r"\b(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s+|\s*-\s*)(?:GMT|UTC)\b(?:\s+(?:(?:on\s+)?"
        + WEEKDAY
        + r"|(?P<rel>today|yesterday|tomorrow)\b))?",
        _clock_24,
    ),
    (
        r"\b(?P<word>noon|midnight|midday)"
        + _GMT_ASIDE
        + r"(?:\s+(?:(?:on\s+)?"
        + WEEKDAY
        + r"|(?P<rel>today|yesterday|tomorrow)\b))?",
        _named_time,
    ),
    (
        r"(?:"
        + WEEKDAY.replace("?P<wd>", "?:")
        + r",?\s+)?"
        + MOD
        + MONTH
        + r"\s*"
        + DAY
        + r"(?:\s*,\s*|\s+)"
        + YEAR,
        _full_date,
    ),
    (r"(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + r",?\s+" + YEAR, _full_date),
    (r"(?:" + WEEKDAY + r",?\s+)?" + MONTH + r"\s*" + DAY + r"(?!\s*[,:]?\s*\d)", _month_day),
    (r"(?:" + WEEKDAY + r",?\s+)?(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH, _month_day),
    (MOD + MONTH + r",?\s+(?:of\s+)?" + YEAR, _month_year),
    (
        MONTH
        + r"\s+"
        + ORDINAL_DAY
        + r"(?!\s+(?:round|half|quarter|place|term|time|phase|stage|largest|biggest)\b)"
        + r"(?:,?\s+"
        + SPELLED_YEAR
        + r")?",
        _month_ordinal_day,
    ),
    (MOD + MONTH + r",?\s+(?:of\s+)?" + SPELLED_YEAR, _month_spelled_year),
    (
        MOD + r"(?P<rel>last|this|next)\s+" + MONTH + r"(?P<unitrel>)",
        _month_relative,
    ),
    (MONTH + r"\s+(?P<rel>last|this|next)\s+year\b", _month_after_rel),
    (MOD + MONTH, _bare_month),
    (
        MOD + r"(?:(?:the\s+)?(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+)?" + YEAR,
        _year_only,
    ),
    (
        r"(?:(?P<rel>last|this\s+past|this\s+coming|this|next|early|late|mid)[\s-]+)?"
        r"(?P<the>the\s+)?"
        r"(?P<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?:"
        + YEAR
        + r"|"
        + SPELLED_YEAR
        + r"))?",
        _season,
    ),
    (
        r"(?:(?:(?P<yp>(?:this|last|next)\s+year)|(?:the\s+)?" + YEAR2 + r")(?:['’]s)?\s+)?"
        r"(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
        r"(?:[\s-]+(?:fiscal\s+)?)(?:(?P<half>half)|quarter)\b"
        r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:"
        + YEAR
        + r"|(?P<rely>last|this|next|the(?:\s+(?:current|fiscal))?)\s+year\b))?",
        _quarter,
    ),
    (
        (
            r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?:year[\s-](?:ago|earlier)|"
            r"previous\s+year'?s?|prior[\s-]year)\s+)(?:(?P<ord>first|second|third|fourth)\s+)?"
            r"(?P<what>quarter|period)\b|\byear[\s-](?:ago|earlier)(?P<what2>)\b"
        ),
        _year_ago_period,
    ),
    (
        (
            r"\bthe\s+(?:(?P<which>latest|recent|most\s+recent|current|past|just[\s-]ended|"
            r"just[\s-]completed|next)\s+)?(?:fiscal\s+)?quarter\b(?!\s+of\b|-to-)"
        ),
        _the_quarter,
    ),
    (
        (
            r"(?:(?:the\s+)?year\s+)?\b(?:nineteen[\s-]+(?P<tens>(?:twenty|thirty|forty|fifty|"
            r"sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
            r"(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest>one|two|three|four|five|six|"
            r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            r"eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?)"
            r"\b(?!\s+(?:people|dollars|years|of)\b)"
        ),
        _spelled_year,
    ),
    (
        (
            r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<name>twenties|thirties|forties|fifties|"
            r"sixties|seventies|eighties|nineties)\b"
        ),
        _decade_name,
    ),
    (r"(?:the\s+)?(?P<n>1\d|2[01])(?:st|nd|rd|th)\s+century\b", _century),
    (r"\bthe\s+" + YEAR + r"\s+(?:period|quarter)\b", _year_period),
    (r"\b(?:the\s+)?year[\s-]end\b(?![\s-]+(?:results|figures))", _year_end),
    (
        r"(?-i:\b(?P<letter>[QH])(?P<n>[1-4]))\b(?:\s+(?:of\s+)?(?:"
        + YEAR
        + r"|['’](?P<yy>\d\d)\b))?",
        _short_part,
    ),
    (
        (
            r"\bthe\s+(?:end|beginning|start|middle|rest)\s+of\s+the\s+(?:(?:current|fiscal)\s+)?"
            r"(?P<unit>year|month|week|quarter|decade|century)\b"
        ),
        _period_edge,
    ),
    (
        (
            r"\bthe\s+(?:current\s+|full\s+)(?:fiscal\s+)?(?P<unit>year)\b|\bthe\s+fiscal\s+"
            r"(?P<unit2>)year\b"
        ),
        _period_edge_year,
    ),
    (
        (
            r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>1[6-9]\d0|20\d0)['’]?s|['’]"
            r"(?P<dd>\d0)['’]?s)\b"
        ),
        _decade,
    ),
    (
        (
            r"(?P<the>the\s+)?(?P<rel>last|this|next|previous|coming|current)\s+(?P<unit>decade|"
            r"century)\b"
        ),
        _decade_word,
    ),
    (
        (
            r"\b(?P<det>that|the\s+same|the\s+following|the\s+previous|the\s+preceding|"
            r"the\s+next)\s+(?P<unit>day|week|month|year|quarter|morning|afternoon|evening|night)\b"
            r"(?!\s+or\b)"
        ),
        _anaphoric,
    ),
    (
        # "three days later", "a month after": TimeML reads "later", "after", "before" and
        # "earlier" as signals linking a stretch of time to an event, so only the stretch is
        # tagged. "A year earlier" stays a date: news uses it for the year-ago comparison.
        APPROX
        + r"\b(?!(?:a|an|one)[\s-]+(?:year|quarter)\s+earlier\b)"
        + NUM
        + r"[\s-]+"
        + UNIT
        + r"(?:\s+or\s+so)?(?=\s+(?:later|after|before|earlier)\b)",
        _signalled_duration,
    ),
    (
        APPROX
        + r"\b"
        + NUM
        + r"[\s-]+"
        + UNIT
        + r"(?:\s+or\s+so)?(?:\s+|-(?=ago|earlier))(?P<dir>ago|earlier|later|"
        r"from\s+now|"
        r"(?:before|after)\b(?!\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I)\b))\b",
        _ago,
    ),
    (
        (
            r"(?P<the>the\s+)?(?P<pre>(?:early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|"
            r"the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)\s+)?(?P<rel>last|this|next|"
            r"previous|current|coming|following|past|prior)\s+(?P<unit>year|month|week|weekend|quarter)\b"
            r"(?!\s+or\b)"
        ),
        _relative_unit,
    ),
    (
        APPROX + r"(?:(?P<pre>(?:the\s+)?(?:past|last|next|first|previous|coming|final|"
        r"following|initial|remaining|latest)\s+)(?:" + NUM + r"[\s-]+)?|\b" + NUM2 + r"[\s-]+"
        r"(?:more\s+|full\s+|straight\s+|consecutive\s+)?)" + UNIT + r"(?:-(?:long|old))?\b",
        _duration,
    ),
    (
        (
            r"(?:(?<=\bfor )|(?<=\bover )|(?<=\bwithin ))(?P<unit>years|months|weeks|decades|"
            r"centuries)\b"
        ),
        _vague_plural,
    ),
    (
        r"\b(?:every|each)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?"
        r"(?:" + UNIT + r"|" + WEEKDAY + r"|" + MONTH + r"(?!\s*\d)"
        r"|(?P<season>spring|summer|fall|autumn|winter)\b)"
        r"|(?-i:(?P<adverb>annually|yearly|daily|nightly|weekly|"
        r"monthly|quarterly|hourly))\b",
        _set,
    ),
    (
        (
            r"(?-i:(?P<wdp>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:s\b|\s+(?P<part>mornings|afternoons|evenings|nights)\b))"
        ),
        _weekday_plural,
    ),
    (
        r"\b(?P<word>yesterday|today|tomorrow|tonight|last\s+night|the\s+day\s+before\s+"
        r"yesterday|the\s+day\s+after\s+tomorrow)\b(?:['’]s)?(?:\s+" + PART + r")?",
        _relative_day,
    ),
    (r"\b(?:later\s+|earlier\s+)?this\s+" + PART + r"\b", _this_part),
    (
        # "On the night of Aug. 7", "the morning of Friday": that day's part, one expression.
        r"\bthe\s+(?:(?:early|late)[\s-]+)?(?P<part>morning|afternoon|evening|night)"
        r"(?:\s+hours)?\s+of\s+(?:"
        + WEEKDAY
        + r"|"
        + MONTH
        + r"\s*"
        + DAY
        + r"(?:,?\s+"
        + YEAR
        + r")?)",
        _part_of_day_named,
    ),
    (
        # "Dealers bought in the morning": the morning of the day the story is telling.
        (
            r"(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?:(?:early|late)\s+)?"
            r"(?P<part>morning|afternoon|evening)\b(?!\s+(?:of|after|before|hours|session|"
            r"sessions|edition|editions|news|paper|papers|show|rush)\b)"
        ),
        _part_in_focus,
    ),
    (r"\b(?:later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)\b", _within_period),
    (
        (
            r"\bthe\s+(?P<unit>weekend|week|year)\b(?![\s-]+(?:of|before|after|ending|ended|"
            r"earlier|ago|two|nineteen|\d)\b)"
        ),
        _the_unit,
    ),
    (r"\bthe\s+(?:previous|preceding)\s+" + WEEKDAY, _previous_weekday),
    (
        r"(?:(?P<rel>last|this\s+past|this\s+coming|this|coming|next)\s+)?"
        + WEEKDAY
        + r"(?P<poss>['’]s)?(?:\s+"
        + PART
        + r")?",
        _weekday_reading,
    ),
    (
        (
            r"\b(?:right\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|"
            r"(?:more\s+|most\s+)?recently|the\s+(?:near\s+)?future|the\s+past"
            r"(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|"
            r"nights?|springs?|summers?|falls|autumns?|winters?|seasons?))|"
            r"recent\s+(?:years|months|weeks|days)|the\s+coming\s+years|current|recent|"
            r"the\s+(?:near|short)\s+term)\b"
        ),
        _ref,
    ),
]


def _strip_names(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


COMPILED = [(re.compile(pattern, FLAGS), reading) for pattern, reading in RULES]
COMBINED = re.compile(
    "|".join(f"(?P<r{i}>{_strip_names(pattern)})" for i, (pattern, _) in enumerate(RULES)),
    FLAGS,
)


# Words an expression may open with before its trigger word ("the", "early", "more than").
OPENERS = frozenset(
    _words(
        "the early late mid end beginning start middle rest last this next past previous coming "
        "current following prior about almost nearly more less some roughly around over just at "
        "only every each earlier later right fiscal calendar year a an several few many couple "
        "dozen for within these recent most noon midnight midday one two three four five six that "
        "seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred other initial final remaining latest full straight consecutive "
        "first second third fourth 1st 2nd 3rd 4th q h"
    )
    + list(_WEEKDAYS)
)
_UNIT_WORDS = _words(
    "year month week day hour minute second decade century centuries quarter weekend fortnight "
    "half night morning afternoon evening"
)
# Every expression holds one of these words (or a digit); only the text around them is tried
# against the full rules, which keeps the scan fast on long articles.
TRIGGERS = frozenset(
    [name.lower() for name in _MONTH_NAMES]
    + list(_WEEKDAYS)
    + [day + "s" for day in _WEEKDAYS]
    + _UNIT_WORDS
    + [word + "s" for word in _UNIT_WORDS]
    + _words(
        "today tomorrow yesterday tonight now currently present moment nowadays days recently "
        "previously formerly future past soon recent current coming spring summer fall autumn term "
        "winter springs summers noon midnight midday annually yearly daily nightly weekly monthly "
        "quarterly hourly nineteen thousand twenties thirties forties fifties sixties "
        "seventies eighties nineties"
    )
)


RELATIVE_TO_REFERENCE = frozenset({_ago, _anaphoric, _previous_weekday})
