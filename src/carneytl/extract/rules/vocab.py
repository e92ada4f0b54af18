"""The words of time the rules share: month and weekday names, numbers, units, and their readers.

Each pattern here is a piece that rules splice into their own verbose patterns; the named
groups (``mon``, ``wd``, ``day``, ``year``, ``num``, ``unit``...) are how readings find them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.dates import words as shared
from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import words

if TYPE_CHECKING:
    import datetime as dt

    from carneytl.extract.context import Context

# Month names in lower case that are ordinary words too, and the one in capitals ("PRICES MAY
# RISE"); they count as months only as written otherwise.
_ORDINARY_LOWER_MONTHS = frozenset(("May", "March", "June", "August"))
_ORDINARY_UPPER_MONTHS = frozenset(("May",))
_ORDINARY_LOWER_SHORT = frozenset(("mar",))
# Every short form of each month (Jan, Sept, Sep), longest first; "May" is its own name.
_MONTH_SHORT = tuple(
    word.title()
    for number in range(1, 13)
    for word in sorted(
        (w for w, n in shared.MONTH_WORDS.items() if n == number and len(w) < 5),  # noqa: PLR2004 - "June", "July" are names
        key=len,
        reverse=True,
    )
    if word.title() not in shared.MONTH_NAMES
)
MONTH_NAMES = (*shared.MONTH_NAMES, *_MONTH_SHORT)
WEEKDAYS = tuple(name.lower() for name in shared.WEEKDAY_NAMES)
# Short weekday forms that are ordinary words too: they count only after "on", "this",
# "next", "last", "by", "every", "until" or "till", or on a list of weekdays (see
# WEEKDAY_ANY). "Weds" is a form messages use beside the shared ones.
_ORDINARY_WEEKDAY_SHORT = frozenset(("mon", "wed", "sat", "sun"))
_WEEKDAY_SHORT = tuple(
    sorted(
        {word for word in shared.WEEKDAY_WORDS if word not in WEEKDAYS} | {"weds"},
        key=lambda word: (shared.WEEKDAY_WORDS.get(word, 2), -len(word)),
    )
)


def _either(words_: tuple[str, ...] | list[str]) -> str:
    return "|".join(words_)


# Month and weekday names must be capitalised where they are ordinary words too ("may",
# "march", "june", "august", "sun"); the others are months in lower case as well.
_MONTH_NAMED = (
    r"(?-i:(?P<mon>(?:"
    + _either(
        [*shared.MONTH_NAMES]
        + [name.upper() for name in shared.MONTH_NAMES if name not in _ORDINARY_UPPER_MONTHS]
        + [name.lower() for name in shared.MONTH_NAMES if name not in _ORDINARY_LOWER_MONTHS]
    )
    + r")\b|(?:"
    + _either(
        [*_MONTH_SHORT]
        # Messages write short months in lower case and in capitals too ("sept 12", "DEC
        # 25"); "mar" is a verb and "APR" a loan's rate.
        + [w.lower() for w in _MONTH_SHORT if w.lower() not in _ORDINARY_LOWER_SHORT]
        + [w.upper() for w in _MONTH_SHORT if w.lower() not in _ORDINARY_LOWER_SHORT | {"apr"}]
    )
    + r")\b\.?"
)
MONTH = _MONTH_NAMED + "))"
# The month names that are ordinary words count in lower case too where an ordinal day of
# the month stands beside them ("june 3rd", "the 5th of may"): for the rules of a month and
# day only, which keeps the other rules from trying them.
MONTH_BEFORE_DAY = _MONTH_NAMED + r"|(?:may|march|june|august)(?=\s*[0-3]?\d(?:st|nd|rd|th)\b)))"
MONTH_AFTER_DAY = _MONTH_NAMED + r"|(?<=\d(?:st|nd|rd|th)\sof\s)(?:may|march|june|august)\b))"
# Full weekday names in any of the usual cases, and the short forms that are no other word.
WEEKDAY = (
    r"(?P<wd>(?-i:"
    + _either(
        [*shared.WEEKDAY_NAMES]
        + [name.upper() for name in shared.WEEKDAY_NAMES]
        + [*WEEKDAYS]
        + [w.title() for w in _WEEKDAY_SHORT if w not in _ORDINARY_WEEKDAY_SHORT]
        + [w for w in _WEEKDAY_SHORT if w not in _ORDINARY_WEEKDAY_SHORT]
        + [w.upper() for w in _WEEKDAY_SHORT if w not in _ORDINARY_WEEKDAY_SHORT]
    )
    # The letter test first: the look-behinds are the dear part, tried only where one of the
    # words could stand.
    + r")|(?=[mws])(?:(?<=\bon\s)|(?<=\bthis\s)|(?<=\bnext\s)|(?<=\blast\s)|(?<=\bby\s)"
    + r"|(?<=\bevery\s)"
    + r"|(?<=\buntil\s)|(?<=\btill\s)|(?<=\btil\s))(?-i:"
    + _either(
        [w.title() for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT]
        + [w for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT]
        + [w.upper() for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT]
    )
    # "Sat morning", "Sun night", "Sat 8pm": capitalised before a part of the day or a clock
    # time, no other word.
    + r")|(?-i:"
    + _either(
        [w.title() for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT]
        + [w.upper() for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT]
    )
    + r")(?=\.?\s+(?:morning|afternoon|evening|night|nite)\b"
    + r"|,?\s+\d{1,2}(?:[:.]?\d\d)?\s*[ap]\.?m\b)"
    # In lower case before a part of the day too ("sat nite", "wed morning"), where no
    # subject before it makes "sat" a verb ("we sat night after night"); "the sun morning
    # glow" is the sun.
    + r"|(?-i:"
    + _either([w for w in _WEEKDAY_SHORT if w in _ORDINARY_WEEKDAY_SHORT - {"sun"}])
    + r")(?=\s+(?:morning|afternoon|evening|night|nite)\b)"
    + r"(?<!\bi\s\w{3})(?<!\bwe\s\w{3})(?<!\bhe\s\w{3})(?<!\bshe\s\w{3})(?<!\bthey\s\w{3})"
    + r"(?<!\byou\s\w{3})|(?-i:sun)(?=\s+(?:night|nite)\b))\b"
)
# Every form, the ordinary words among the short ones too: for a weekday that goes on a list
# of weekdays ("every mon, wed, thur"), where it can be no other word.
WEEKDAY_ANY = (
    r"(?P<wd>(?-i:"
    + _either(
        [*shared.WEEKDAY_NAMES]
        + [name.upper() for name in shared.WEEKDAY_NAMES]
        + [*WEEKDAYS]
        + [w.title() for w in _WEEKDAY_SHORT]
        + [*_WEEKDAY_SHORT]
    )
    + r"))\b"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
# Years from 1000 on: a history's "May 1415" is a date; a number such as 1200 alone is read as
# a year only in a narrative (see dates.YEAR_ALONE).
YEAR = r"(?<![\d$£€.,])(?P<year>1\d\d\d|20\d\d)(?![\w%]|[.,]\d|-\d)"
YEAR2 = YEAR.replace("?P<year>", "?P<year2>")
# A year cut to its last two digits after an apostrophe, as messages write it: "summer '14".
SHORT_YEAR = r"['’](?P<yy>\d\d)(?![\w'’])"
NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|(?:a|one|two|three|four|five|six|seven|"
    r"eight|nine)\s+(?:hundred|thousand)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|a\s+dozen|a|an|several|few|many)"
)
NUM2 = NUM.replace("?P<num>", "?P<num2>")
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# A year as broadcast scripts spell it: "nineteen ninety-seven", "two thousand and one".
SPELLED_YEAR = (
    r"(?P<sy>nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]" + ONES + r")?|two\s+thousand(?:\s+(?:and\s+)?(?:" + ONES + r"|ten|eleven|"
    r"twelve)\b)?)\b"
)
ORDINAL_DAYS = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_DAY = (
    r"(?P<oday>(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|thirtieth|" + "|".join(ORDINAL_DAYS) + r")\b"
)
UNIT = (
    r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"quarters?|weekends?|fortnights?|yrs?|wks?|hrs?|mins?|secs?)"
)
# A month name that captures nothing, for look-aheads beside a rule's own MONTH.
MONTH_PLAIN = MONTH.replace("?P<mon>", "?:")
# "early", "the end of", "mid-": a modifier that leaves the value as it is.
MOD = r"(?:(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+)|(?:end|beginning|start|middle)\s+of\s+))?"
PART = r"(?P<part>morning|afternoon|evening|night|nite)"
# "over" before a count means more than it ("over a week"); before "the" or "this" it is the
# preposition "during" ("over the past year"), which TimeML leaves outside the expression.
APPROX = (
    r"(?:\b(?:about|almost|nearly|more\s+than|less\s+than|some|roughly|around|"
    r"over(?!\s+(?:the|this|that|these)\b)|just|at\s+(?:least|most)|only)\s+)?"
)
# The informal spellings of "today", "tomorrow", "tonight" and "yesterday" that messages use.
INFORMAL_DAYS = {
    "tdy": "today",
    "2day": "today",
    "tmr": "tomorrow",
    "tmrw": "tomorrow",
    "trmw": "tomorrow",
    "tmw": "tomorrow",
    "tmrrw": "tomorrow",
    "tmro": "tomorrow",
    "tomo": "tomorrow",
    "tomoro": "tomorrow",
    "tomorow": "tomorrow",
    "tomolo": "tomorrow",
    "2moro": "tomorrow",
    "2mrw": "tomorrow",
    "2morrow": "tomorrow",
    "tmrow": "tomorrow",
    "tmorow": "tomorrow",
    "tmorrow": "tomorrow",
    "2mrow": "tomorrow",
    "2morow": "tomorrow",
    "2moz": "tomorrow",
    "tomoz": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "tnite": "tonight",
    "tonyt": "tonight",
    "2nyt": "tonight",
    "yday": "yesterday",
    "ystd": "yesterday",
    "ystrdy": "yesterday",
    "last nite": "last night",
}
DAY_WORD = (
    r"(?:"
    + "|".join(shared.RELATIVE_DAYS)
    + "|"
    + "|".join(word for word in sorted(INFORMAL_DAYS, key=len, reverse=True) if " " not in word)
    + ")"
)
# The spellings of yesterday and tomorrow that "the day before" and "the day after" count from.
BEFORE_YESTERDAY = r"(?:yesterday|yday)"
AFTER_TOMORROW = r"(?:tomorrow|tmrw|tmr|tmw|2moro|2morrow|tomoz|tomo)"
# A day named after a time: "on Friday", "today", "tmr", "tonight".
# "at 6am on Friday the 13th" leaves the weekday to its date.
DAY_AFTER = r"(?:(?:on\s+)?" + WEEKDAY + r"(?!\s+the\s+\d)|(?P<rel>" + DAY_WORD + r"|tonight)\b)"


def day_word(text: str) -> str:
    """Bring an informal "tmr" or "tonite" to its usual spelling; other words as they are."""
    word = " ".join(text.lower().split())
    return INFORMAL_DAYS.get(word, word)


# Wire copy gives the time in GMT too before naming the day: "9 a.m. (0600 GMT) Friday".
GMT_ASIDE = r"(?:\s*\((?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\))?"

QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# The words that place a period before, at or after another, as a count of periods: the
# shared "last", "this", "next", and the ones news and messages add.
REL_DELTA = {
    **shared.DIRECTIONS,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "current": 0,
    "present": 0,
    "nxt": 1,
    "coming": 1,
    "following": 1,
}


def month_number(text: str) -> int:
    """The month a written name stands for: "Sept." is 9."""
    return shared.MONTH_WORDS[text[:3].lower()]


# The first two letters tell every weekday apart.
_WEEKDAY_PREFIXES = {name[:2].lower(): number for number, name in enumerate(shared.WEEKDAY_NAMES)}


def weekday_number(text: str) -> int:
    """The weekday a written name stands for, Monday 0: "Thurs" is 3."""
    return _WEEKDAY_PREFIXES[text[:2].lower()]


def short_year_value(digits: str, anchor: dt.date) -> int:
    """Read a year matched by SHORT_YEAR: the century that puts it at most ten years ahead."""
    year = anchor.year // 100 * 100 + int(digits)
    return year - 100 if year > anchor.year + 10 else year


def spelled_year_value(text: str) -> int:
    """Read a year matched by SPELLED_YEAR: "nineteen ninety-seven" is 1997."""
    parts = text.lower().replace("-", " ").split()
    if parts[0] == "two":
        rest = " ".join(word for word in parts[2:] if word != "and")
        return 2000 + ((nz.number(rest) or 0) if rest else 0)
    return 1900 + (nz.number(" ".join(parts[1:])) or 0)


def ordinal_day_value(text: str) -> int:
    """Read a day matched by ORDINAL_DAY: "twenty-first" is 21."""
    parts = text.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) > 1 else 0
    last = parts[-1]
    return 30 if last == "thirtieth" else tens + ORDINAL_DAYS.index(last) + 1


def resolve_weekday(name: str, m: re.Match[str], ctx: Context, offset: int) -> dt.date:
    """The day a weekday name means, the way the tense of its sentence points."""
    return nz.weekday(ctx.anchor, weekday_number(name), future=ctx.future(m), offset=offset)


def previous_quarter(anchor: dt.date, years_back: int = 0) -> str:
    """The last quarter completed before ``anchor`` (``years_back`` years earlier)."""
    index = anchor.year * 4 + nz.quarter_of(anchor) - 2 - 4 * years_back
    return f"{index // 4:04d}-Q{index % 4 + 1}"


# "the Winter Olympics", "the Fall Classic", "the Winter War": a capitalised season before the
# noun of a name names a thing, not a season.
SEASON_NAME_AFTER = re.compile(
    r" (?:Olympics|Olympic|Paralympics|Games|Palace|Classic|Wars?|Revolution)\b"
)
