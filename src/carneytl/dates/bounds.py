"""Command-line bounds: ISO dates, month-name dates and words like ``last month``, as days.

``dateutil`` is imported only for month-name bounds, so ISO input never pays for it.
"""

from __future__ import annotations

import datetime as dt
import re

from carneytl.dates.display import day_text
from carneytl.dates.edtf import OPEN, last_day, parse_end
from carneytl.dates.words import (
    DIRECTIONS,
    MONTH_ABBREVIATIONS,
    PERIODS,
    RELATIVE_DAYS,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
)
from carneytl.errors import DateError

_AMBIGUOUS = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_ISO_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)
# Every way of writing a month starts with its three-letter abbreviation.
_MONTH_WORD = re.compile(
    rf"\b({'|'.join(name.lower() for name in MONTH_ABBREVIATIONS)})[a-z]*\.?(?=\W|\d|$)",
    re.IGNORECASE,
)
_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)", re.ASCII)
# Weekday names as dateutil reads them; it then ignores them whenever the day is given.
_WEEKDAY_WORD = re.compile(
    rf"\b({'|'.join(sorted(WEEKDAY_WORDS, key=len, reverse=True))})\b\.?", re.IGNORECASE
)
_RELATIVE = re.compile(rf"({'|'.join(DIRECTIONS)})\s+({'|'.join(PERIODS)})")
_BOUND_EXAMPLES = (
    "2018, 2018-12, 2018-12-01, Dec 2018, 1 December 2018, Dec 1, 2018, "
    "today, yesterday, tomorrow, this/last/next year|month|week, or .. for open"
)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _relative_bound(word: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    if word in RELATIVE_DAYS:
        day = today + dt.timedelta(days=RELATIVE_DAYS[word])
        return day, day
    match = _RELATIVE.fullmatch(word)
    if match is None:
        return None
    delta = DIRECTIONS[match[1]]
    unit = match[2]
    if unit == "year":
        year = today.year + delta
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "month":
        year, month = _shift_month(today.year, today.month, delta)
        return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=delta)
    return monday, monday + dt.timedelta(days=6)


def _month_name_bound(text: str) -> tuple[dt.date, dt.date]:
    weekdays = {WEEKDAY_WORDS[word.lower()] for word in _WEEKDAY_WORD.findall(text)}
    if weekdays:
        # dateutil ignores a weekday next to a day, and without one moves to the next such
        # weekday: either way it would settle a mismatch by guessing. The bound is read
        # without the weekday, which must then agree with the day it names.
        first, last = _dateutil_bound(_WEEKDAY_WORD.sub(" ", text), text)
        if first != last:
            raise DateError(f"{text!r} names a weekday but no day of the month")
        wrong = sorted(weekdays - {first.weekday()})
        if wrong:
            weekday = WEEKDAY_NAMES[first.weekday()]
            named = " or a ".join(WEEKDAY_NAMES[n] for n in wrong)
            raise DateError(
                f"{text!r} does not add up: {day_text(first)} is a {weekday}, not a {named}",
                hint="check the day, or leave the weekday out",
            )
        return first, last
    return _dateutil_bound(text, text)


def _dateutil_bound(text: str, written: str) -> tuple[dt.date, dt.date]:
    """Read ``text`` with dateutil; problems quote ``written``, the bound as the user gave it."""
    from dateutil import parser

    # Parse twice with different defaults: a field that comes out the same both times was
    # written in the text, which tells the bound's precision without guessing.
    try:
        one = parser.parse(text, default=dt.datetime(1904, 1, 1))  # noqa: DTZ001 - naive on purpose: days only
        two = parser.parse(text, default=dt.datetime(1908, 2, 2))  # noqa: DTZ001 - as above
    except (ValueError, OverflowError) as exc:
        if "out of range" in str(exc) and _FULL_YEAR.search(text):
            raise DateError(f"{written!r} is not a real day") from exc
        raise DateError(
            f"{written!r} is not a date carneytl understands", hint=f"try {_BOUND_EXAMPLES}"
        ) from exc
    # A written midnight ("00:00") parses to the same time as no time at all: look for the colon.
    if one.time() != dt.time() or two.time() != dt.time() or ":" in text:
        raise DateError(f"{written!r} has a time of day; carneytl works in whole days")
    if one.year != two.year:
        raise DateError(f"{written!r} has no year", hint="add one, as in 'Dec 2018'")
    if not _FULL_YEAR.search(text):
        # dateutil reads "Dec 99" as 1999 and "1 Dec 18" as 2018: too much guessing for a bound.
        raise DateError(
            f"{written!r} has no four-digit year", hint="write the year in full, as in 'Dec 2018'"
        )
    written_year = int(_FULL_YEAR.findall(text)[-1])
    if one.year != written_year:
        # dateutil reads a year below 100 as the nearest such year of this century, even
        # written with four digits ("Dec 0050" as 2050).
        iso = f"{written_year:04d}-{one.month:02d}" + (
            f"-{one.day:02d}" if one.day == two.day else ""
        )
        raise DateError(
            f"{written!r} is before the year 100, which month-name bounds cannot name",
            hint=f"write it as ISO 8601: {iso}",
        )
    if one.day == two.day:
        day = one.date()
        return day, day
    year, month = one.year, one.month
    return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))


def parse_bound(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """Parse a command-line bound into the first and last day it names; ``..`` gives ``None``.

    ``today`` anchors relative words such as ``yesterday`` or ``last month``.

    Raises:
        DateError: the bound is empty, ambiguous (``01/02/2018``), impossible or unknown.
    """
    cleaned = " ".join(text.split())
    word = cleaned.lower()
    if not word:
        raise DateError("a date bound is empty", hint=f"try {_BOUND_EXAMPLES}")
    if word == OPEN:
        return None
    try:
        relative = _relative_bound(word, today)
    except (ValueError, OverflowError):
        # Only at the calendar's edges, e.g. "tomorrow" with --today 9999-12-31.
        raise DateError(f"{text!r} falls outside the calendar (years 1 to 9999)") from None
    if relative is not None:
        return relative
    if _ISO_BOUND.fullmatch(cleaned):
        end = parse_end(cleaned, cleaned)
        return end.first, end.last
    if _AMBIGUOUS.fullmatch(cleaned) or not _MONTH_WORD.search(cleaned):
        raise DateError(
            f"{text!r} is ambiguous or not a date carneytl understands",
            hint="write it as ISO 8601 (YYYY-MM-DD, e.g. 2018-02-01) "
            "or with a month name (1 Feb 2018)",
        )
    return _month_name_bound(cleaned)
