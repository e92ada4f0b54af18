"""Command-line bounds: ISO dates, month-name dates and words like ``last month``, as days.

A bound can also be written into the store as the EDTF text of the days it names.

``dateutil`` is imported only for month-name bounds, so ISO input never pays for it.
"""

from __future__ import annotations

import datetime as dt
import re

from carneytl.dates.display import day_text
from carneytl.dates.edtf import OPEN, last_day, parse_edtf, parse_end
from carneytl.dates.words import (
    AFTER_TODAY,
    BEFORE_TODAY,
    COUNTED_UNITS,
    DIRECTIONS,
    MONTH_ABBREVIATIONS,
    ONE_WORDS,
    PERIODS,
    QUARTER_LETTER,
    QUARTERS,
    RELATIVE_DAYS,
    WEEK_LETTER,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
)
from carneytl.errors import DateError

_AMBIGUOUS = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_ISO_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)
# The year first is never ambiguous: no convention puts the day before the month after it. The
# separator must be the same throughout, and the month and day may drop a leading zero.
_YEAR_FIRST = re.compile(r"(\d{4}) ?([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{1,2}))?", re.ASCII)
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
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
_COUNT = rf"(\d+|{'|'.join(ONE_WORDS)})"
_UNIT = rf"({'|'.join(COUNTED_UNITS)})s?"
_COUNTED_BEFORE = re.compile(rf"{_COUNT} {_UNIT} {BEFORE_TODAY}", re.ASCII)
_COUNTED_AFTER = re.compile(rf"{AFTER_TODAY} {_COUNT} {_UNIT}", re.ASCII)
# The most digits a count can need: 9999 years hold fewer than ten million days. A longer count
# is refused before it is turned into a number, so no count costs more than a small one.
_COUNT_DIGITS = 7
# The longest count quoted whole in a problem: a count can be as long as the command line.
_QUOTED = 40
_ISO_WEEK = re.compile(rf"(\d{{4}})-?{WEEK_LETTER}(\d+)", re.ASCII)
_QUARTER = re.compile(
    rf"{QUARTER_LETTER}(\d+)[ -]?(\d{{4}})|(\d{{4}})[ -]?{QUARTER_LETTER}(\d+)", re.ASCII
)
_BOUND_EXAMPLES = (
    "2018, 2018-12, 2018-12-01, Dec 2018, 1 December 2018, Dec 1, 2018, "
    "today, yesterday, tomorrow, this/last/next year|month|week, 3 weeks ago, in 2 months, "
    "2026-W03, Q1 2026, or .. for open"
)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period(unit: str, today: dt.date, delta: int) -> tuple[dt.date, dt.date]:
    """Return the day, week, month or year ``delta`` of them after the one holding ``today``."""
    if unit == "day":
        day = today + dt.timedelta(days=delta)
        return day, day
    if unit == "year":
        year = today.year + delta
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "month":
        year, month = _shift_month(today.year, today.month, delta)
        return dt.date(year, month, 1), dt.date(year, month, last_day(year, month))
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=delta)
    return monday, monday + dt.timedelta(days=6)


def _count(word: str, text: str) -> int:
    if word in ONE_WORDS:
        return 1
    if len(word.lstrip("0")) > _COUNT_DIGITS:
        shown = text if len(text) <= _QUOTED else f"{text[: _QUOTED - 3]}..."
        raise DateError(f"{shown!r} falls outside the calendar (years 1 to 9999)")
    return int(word)


def _relative_bound(word: str, today: dt.date, text: str) -> tuple[dt.date, dt.date] | None:
    if word in RELATIVE_DAYS:
        return _period("day", today, RELATIVE_DAYS[word])
    match = _RELATIVE.fullmatch(word)
    if match is not None:
        return _period(match[2], today, DIRECTIONS[match[1]])
    match = _COUNTED_BEFORE.fullmatch(word)
    if match is not None:
        return _period(match[2], today, -_count(match[1], text))
    match = _COUNTED_AFTER.fullmatch(word)
    if match is not None:
        return _period(match[2], today, _count(match[1], text))
    return None


def _iso_week_bound(match: re.Match[str], text: str) -> tuple[dt.date, dt.date]:
    year = int(match[1])
    if year == 0:
        raise DateError(f"{text!r} is not a week: there is no year 0000")
    # 28 December always falls in a year's last ISO week.
    weeks = dt.date(year, 12, 28).isocalendar().week
    if len(match[2]) > 2 or not 1 <= int(match[2]) <= weeks:  # noqa: PLR2004 - two digits at most
        raise DateError(
            f"{text!r} is not a week: {year} has {weeks} ISO weeks, W01 to W{weeks}",
            hint="an ISO week is written YYYY-Www, as in 2026-W03",
        )
    try:
        monday = dt.date.fromisocalendar(year, int(match[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    except (ValueError, OverflowError):
        # Only the last week of 9999, which ends in the year 10000.
        raise DateError(f"{text!r} falls outside the calendar (years 1 to 9999)") from None


def _quarter_bound(match: re.Match[str], text: str) -> tuple[dt.date, dt.date]:
    number = match[1] if match[1] is not None else match[4]
    year = int(match[2] if match[2] is not None else match[3])
    if number not in {str(n) for n in range(1, QUARTERS + 1)}:
        raise DateError(
            f"{text!r} is not a quarter: a year has four, Q1 to Q4",
            hint="write a quarter as Q1 2026 or 2026-Q1",
        )
    if year == 0:
        raise DateError(f"{text!r} is not a quarter: there is no year 0000")
    last_month = int(number) * 3
    return (
        dt.date(year, last_month - 2, 1),
        dt.date(year, last_month, last_day(year, last_month)),
    )


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


def _year_first_bound(match: re.Match[str], text: str) -> tuple[dt.date, dt.date]:
    """Read a numeric bound with the year first (``2018/12/1``, ``20181201``) as its ISO twin."""
    year, *rest = (part for part in match.groups() if part is not None and part.isdigit())
    iso = "-".join([year, *(f"{int(part):02d}" for part in rest)])
    end = parse_end(iso, text)
    return end.first, end.last


def _named_period(word: str, text: str) -> tuple[dt.date, dt.date] | None:
    """Read an ISO week (``2026-W03``) or a quarter (``Q1 2026``); ``None`` for anything else."""
    week = _ISO_WEEK.fullmatch(word)
    if week is not None:
        return _iso_week_bound(week, text)
    quarter = _QUARTER.fullmatch(word)
    return None if quarter is None else _quarter_bound(quarter, text)


def parse_bound(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """Parse a command-line bound into the first and last day it names; ``..`` gives ``None``.

    ``today`` anchors relative words such as ``yesterday``, ``last month`` or ``3 weeks ago``;
    a count of weeks, months or years names the whole period (``2 months ago`` is the calendar
    month two before today's), as ``last month`` does. ``2026-W03`` is that ISO week, Monday to
    Sunday, and ``Q1 2026`` (or ``2026-Q1``) the three months of that quarter.

    Raises:
        DateError: the bound is empty, ambiguous (``01/02/2018``), impossible (``2026-W54``,
            ``Q5 2026``), outside the calendar (``999999999 years ago``) or unknown.
    """
    cleaned = " ".join(text.split())
    word = cleaned.lower()
    if not word:
        raise DateError("a date bound is empty", hint=f"try {_BOUND_EXAMPLES}")
    if word == OPEN:
        return None
    try:
        relative = _relative_bound(word, today, text)
    except (ValueError, OverflowError):
        # Only at the calendar's edges, e.g. "tomorrow" with --today 9999-12-31.
        raise DateError(f"{text!r} falls outside the calendar (years 1 to 9999)") from None
    if relative is not None:
        return relative
    period = _named_period(word, text)
    if period is not None:
        return period
    if _ISO_BOUND.fullmatch(cleaned):
        end = parse_end(cleaned, cleaned)
        return end.first, end.last
    numeric = _YEAR_FIRST.fullmatch(cleaned) or _COMPACT_DAY.fullmatch(cleaned)
    if numeric is not None:
        return _year_first_bound(numeric, text)
    if _AMBIGUOUS.fullmatch(cleaned) or not _MONTH_WORD.search(cleaned):
        raise DateError(
            f"{text!r} is ambiguous or not a date carneytl understands",
            hint="write it as ISO 8601 (YYYY-MM-DD, e.g. 2018-02-01) "
            "or with a month name (1 Feb 2018)",
        )
    return _month_name_bound(cleaned)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def one_day(text: str, today: dt.date, name: str) -> dt.date:
    """Return the one day ``text`` names: YYYY-MM-DD, or a bound of one day (``1 Dec 2018``).

    ``today`` anchors relative words (``yesterday``); ``name`` says in messages what the text
    is (an option such as ``--published``, or a key such as ``'published'``). A month or a year
    is refused, and so are ``20260114`` written as ISO and ``2026-W03-1``, which
    ``date.fromisoformat`` alone would take.

    Raises:
        DateError: the text is not a date, not a real day, or names more than one day.
    """
    cleaned = text.strip()
    if _ISO_DAY.fullmatch(cleaned):
        try:
            return dt.date.fromisoformat(cleaned)
        except ValueError:
            raise DateError(f"{name} {cleaned!r} is not a real day") from None
    try:
        bound = parse_bound(cleaned, today)
    except DateError as exc:
        raise DateError(f"{name}: {exc.message}", hint=exc.hint) from None
    if bound is None or bound[0] != bound[1]:
        raise DateError(
            f"{name} {cleaned!r} is not a single day", hint="write one day, e.g. 2026-01-14"
        )
    return bound[0]


# What only the store's own forms have: a qualifier, an open end, or two dates around a slash.
_STORE_SHAPED = re.compile(r"[~?%]|\.\.|\d{4}[^/]*/\s*\d{4}", re.ASCII)


def _iso_span(first: dt.date, last: dt.date) -> str:
    """Write the days from ``first`` to ``last`` as EDTF, as coarsely as they allow."""
    if first == last:
        return first.isoformat()
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        years = f"{first.year:04d}", f"{last.year:04d}"
        return years[0] if first.year == last.year else "/".join(years)
    if first.day == 1 and last.day == last_day(last.year, last.month):
        months = first.isoformat()[:7], last.isoformat()[:7]
        return months[0] if months[0] == months[1] else "/".join(months)
    return f"{first.isoformat()}/{last.isoformat()}"


def as_store_date(text: str, today: dt.date) -> str:
    """Return the store's EDTF text for a date given as the store writes it or as a bound.

    Store dates (``2018-12``, ``2018/2019~``, ``../2018``) come back as given. Any other bound
    becomes ISO at its own precision: ``Dec 2018`` is ``2018-12``, ``1 Dec 2018`` and
    ``today`` are days (reckoned from ``today``), ``Q1 2026`` is ``2026-01/2026-03``.

    Raises:
        DateError: the text is neither a store date nor a bound, or is the open bound ``..``.
    """
    try:
        parse_edtf(text)
    except DateError as store_problem:
        try:
            bound = parse_bound(text, today)
        except DateError as bound_problem:
            # Say what is wrong in the terms of the form the user was writing.
            shaped = _STORE_SHAPED.search(text) is not None
            raise (store_problem if shaped else bound_problem) from None
        if bound is None:
            raise DateError(
                f"{text!r} names no day: an event's date needs at least one end",
                hint="write an open end beside a date, as in 2018/.. or ../2018",
            ) from None
        return _iso_span(*bound)
    return text
