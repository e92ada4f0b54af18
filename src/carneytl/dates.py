"""Dates as spans of days: an EDTF subset for stores, bounds for the CLI, display at precision.

Pure functions, no I/O. ``dateutil`` is imported only for month-name bounds, so ISO input
never pays for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from carneytl.errors import DateError
from carneytl.model import Precision, Span

# ASCII only: `\d` would also take other scripts' digits, which EDTF does not allow.
_SINGLE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%])?", re.ASCII)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DAYS = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", re.ASCII)
_OPEN = ".."
_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"
_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


@dataclass(frozen=True, slots=True)
class _End:
    """One end of a date: the days it covers, how finely it is known, its qualifiers."""

    first: dt.date
    last: dt.date
    precision: Precision
    approximate: bool
    uncertain: bool


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _check_month(text: str, year: int, month: int) -> None:
    if not 1 <= month <= 12:  # noqa: PLR2004 - months are 1..12
        raise DateError(f"{text!r} is not a date: there is no month {month:02d}")
    if year == 0:
        raise DateError(f"{text!r} is not a date: there is no year 0000")


def _parse_end(text: str, whole: str) -> _End:
    match = _SINGLE.fullmatch(text)
    if match is None:
        raise DateError(
            f"{whole!r} is not a date carneytl understands",
            hint=f"write {_FORMS}, an interval A/B, an open end ../B or A/.., "
            "optionally ending in ~ (approximate) or ? (uncertain)",
        )
    year = int(match["y"])
    qualifier = match["q"] or ""
    approximate = qualifier in {"~", "%"}
    uncertain = qualifier in {"?", "%"}
    if match["m"] is None:
        if year == 0:
            raise DateError(f"{whole!r} is not a date: there is no year 0000")
        return _End(
            dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, approximate, uncertain
        )
    month = int(match["m"])
    _check_month(whole, year, month)
    last = _last_day(year, month)
    if match["d"] is None:
        return _End(
            dt.date(year, month, 1),
            dt.date(year, month, last),
            Precision.MONTH,
            approximate,
            uncertain,
        )
    day = int(match["d"])
    if not 1 <= day <= last:
        raise DateError(
            f"{whole!r} is not a real day: {calendar.month_name[month]} {year} has {last} days"
        )
    day_date = dt.date(year, month, day)
    return _End(day_date, day_date, Precision.DAY, approximate, uncertain)


def _parse_ends(text: str) -> tuple[_End | None, _End | None]:
    """Split EDTF text into its two ends; a single date is both ends at once."""
    whole = text.strip()
    if "/" not in whole:
        single = _parse_end(whole, whole)
        return single, single
    left, _, right = whole.partition("/")
    if "/" in right:
        raise DateError(f"{whole!r} has more than one '/': an interval has exactly two ends")
    if not left or not right:
        raise DateError(
            f"{whole!r} leaves an end empty",
            hint="write '..' for an open end, as in ../2018 or 2018/..",
        )
    if left == _OPEN and right == _OPEN:
        raise DateError(f"{whole!r} is open at both ends: give at least one date")
    start = None if left == _OPEN else _parse_end(left, whole)
    end = None if right == _OPEN else _parse_end(right, whole)
    if start is not None and end is not None and end.last < start.first:
        raise DateError(f"{whole!r} ends before it starts")
    return start, end


def parse_edtf(text: str) -> Span:
    """Parse the store's date subset into an inclusive span of days.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an interval ``A/B`` of any two of those, an
    open end ``../B`` or ``A/..``, each end optionally followed by ``~`` (approximate), ``?``
    (uncertain) or ``%`` (both).

    Raises:
        DateError: the text is not in that subset, or names a day that does not exist.
    """
    if _DAY.fullmatch(text) or _DAYS.fullmatch(text):
        # The commonest forms, a plain day and a span of two days, without the general parse;
        # an impossible day (2018-02-30, year 0000) or a span ending before it starts goes the
        # general way, which says what is wrong.
        try:
            first = dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
            last = dt.date(int(text[-10:-6]), int(text[-5:-3]), int(text[-2:]))
        except ValueError:
            pass
        else:
            if first <= last:
                return Span(text, first, last, Precision.DAY)
    start, end = _parse_ends(text)
    known = [e for e in (start, end) if e is not None]
    precision = max((e.precision for e in known), key=lambda p: p.rank)
    return Span(
        text=text.strip(),
        start=start.first if start else None,
        end=end.last if end else None,
        precision=precision,
        approximate=any(e.approximate for e in known),
        uncertain=any(e.uncertain for e in known),
    )


# --- bounds given on the command line -------------------------------------------------------

_AMBIGUOUS = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_ISO_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", re.ASCII)
_MONTH_WORD = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\W|\d|$)", re.IGNORECASE
)
_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)", re.ASCII)
# Weekday names as dateutil reads them; it then ignores them whenever the day is given.
_WEEKDAYS = {
    **{name.lower(): n for n, name in enumerate(calendar.day_name)},
    **{name.lower(): n for n, name in enumerate(calendar.day_abbr)},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
_WEEKDAY_WORD = re.compile(
    rf"\b({'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})\b\.?", re.IGNORECASE
)
_RELATIVE = re.compile(r"(this|last|next)\s+(year|month|week)")
_BOUND_EXAMPLES = (
    "2018, 2018-12, 2018-12-01, Dec 2018, 1 December 2018, Dec 1, 2018, "
    "today, yesterday, tomorrow, this/last/next year|month|week, or .. for open"
)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _relative_bound(word: str, today: dt.date) -> tuple[dt.date, dt.date] | None:  # noqa: PLR0911 - one return per relative word reads best
    if word == "today":
        return today, today
    if word == "yesterday":
        day = today - dt.timedelta(days=1)
        return day, day
    if word == "tomorrow":
        day = today + dt.timedelta(days=1)
        return day, day
    match = _RELATIVE.fullmatch(word)
    if match is None:
        return None
    delta = {"this": 0, "last": -1, "next": 1}[match[1]]
    unit = match[2]
    if unit == "year":
        year = today.year + delta
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "month":
        year, month = _shift_month(today.year, today.month, delta)
        return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=delta)
    return monday, monday + dt.timedelta(days=6)


def _month_name_bound(text: str) -> tuple[dt.date, dt.date]:
    weekdays = {_WEEKDAYS[word.lower()] for word in _WEEKDAY_WORD.findall(text)}
    if weekdays:
        # dateutil ignores a weekday next to a day, and without one moves to the next such
        # weekday: either way it would settle a mismatch by guessing. The bound is read
        # without the weekday, which must then agree with the day it names.
        first, last = _dateutil_bound(_WEEKDAY_WORD.sub(" ", text), text)
        if first != last:
            raise DateError(f"{text!r} names a weekday but no day of the month")
        wrong = sorted(weekdays - {first.weekday()})
        if wrong:
            weekday = calendar.day_name[first.weekday()]
            named = " or a ".join(calendar.day_name[n] for n in wrong)
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
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))


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
    if word == _OPEN:
        return None
    try:
        relative = _relative_bound(word, today)
    except (ValueError, OverflowError):
        # Only at the calendar's edges, e.g. "tomorrow" with --today 9999-12-31.
        raise DateError(f"{text!r} falls outside the calendar (years 1 to 9999)") from None
    if relative is not None:
        return relative
    if _ISO_BOUND.fullmatch(cleaned):
        end = _parse_end(cleaned, cleaned)
        return end.first, end.last
    if _AMBIGUOUS.fullmatch(cleaned) or not _MONTH_WORD.search(cleaned):
        raise DateError(
            f"{text!r} is ambiguous or not a date carneytl understands",
            hint="write it as ISO 8601 (YYYY-MM-DD, e.g. 2018-02-01) "
            "or with a month name (1 Feb 2018)",
        )
    return _month_name_bound(cleaned)


# --- display ---------------------------------------------------------------------------------


def day_text(day: dt.date) -> str:
    """Format one day the way ``display`` does, ``28 Nov 2026``, whatever the locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_text(day: dt.date) -> str:
    """Format the month of a day the way ``display`` does: ``Nov 2026``."""
    return f"{_MONTHS[day.month - 1]} {day.year}"


# The precisions by plain names: on Python 3.11 looking a member up on its Enum class costs
# about as much as a function call, and a big table formats thousands of dates.
_AT_YEAR, _AT_MONTH, _AT_DAY = Precision.YEAR, Precision.MONTH, Precision.DAY


def _fmt(day: dt.date, precision: Precision) -> str:
    if precision is _AT_YEAR:
        return f"{day.year}"
    if precision is _AT_MONTH:
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _fmt_interval(a: dt.date, a_precision: Precision, b: dt.date, b_precision: Precision) -> str:  # noqa: PLR0911 - one return per layout
    """Format an interval from the first day and precision of each of its ends."""
    if a_precision is b_precision and a == b:
        return _fmt(a, a_precision)  # "2018/2018" is the one year 2018: name it once
    if a_precision is not b_precision:
        return f"{_fmt(a, a_precision)} – {_fmt(b, b_precision)}"
    if a_precision is _AT_YEAR:
        return f"{a.year}–{b.year}"
    if a_precision is _AT_MONTH:
        if a.year == b.year:
            return f"{_MONTHS[a.month - 1]}–{_MONTHS[b.month - 1]} {a.year}"
        return f"{_fmt(a, a_precision)} – {_fmt(b, b_precision)}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {_MONTHS[a.month - 1]} – {b.day} {_MONTHS[b.month - 1]} {a.year}"
    return f"{_fmt(a, a_precision)} – {_fmt(b, b_precision)}"


# An end's precision from its length once a qualifier is dropped: YYYY, YYYY-MM, YYYY-MM-DD.
_PRECISION_BY_LENGTH = {4: _AT_YEAR, 7: _AT_MONTH, 10: _AT_DAY}


def _first_day(day: dt.date, precision: Precision) -> dt.date:
    """Return the first day of the year, month or day that ``day`` falls in."""
    if precision is _AT_DAY:
        return day
    return day.replace(day=1) if precision is _AT_MONTH else day.replace(month=1, day=1)


def _ends(
    span: Span,
) -> tuple[tuple[dt.date, Precision] | None, tuple[dt.date, Precision] | None]:
    """Return what :func:`endpoints` returns, from the span's fields rather than a new parse.

    The span's days say which days each end covers; only the precision of each end of an
    interval (``2018/2019-03``) is not among the fields, and the length of that end's text
    tells it. A big table shows thousands of dates, so this skips the regular expressions,
    the checks and the calendar that parsing the text again would cost.
    """
    left, slash, right = span.text.partition("/")
    if not slash:
        # A single date is both ends at once, at the span's own precision.
        single = None if span.start is None else (span.start, span.precision)
        return single, single
    start = end = None
    if span.start is not None:
        start = (span.start, _PRECISION_BY_LENGTH[len(left.rstrip("~?%"))])
    if span.end is not None:
        precision = _PRECISION_BY_LENGTH[len(right.rstrip("~?%"))]
        end = (_first_day(span.end, precision), precision)
    return start, end


def display(span: Span) -> str:
    """Format a span for people, at the precision it is known: ``2017``, ``3–7 Dec 2017``.

    Approximate spans read ``c. 2018``; uncertain ones end in ``?``.
    """
    if span.start is not None and "/" not in span.text:
        text = _fmt(span.start, span.precision)  # a single date, the commonest kind
    else:
        start, end = _ends(span)
        if start is None and end is not None:
            text = f"until {_fmt(*end)}"
        elif end is None and start is not None:
            text = f"since {_fmt(*start)}"
        elif start is not None and end is not None:
            text = _fmt_interval(*start, *end)
        else:  # pragma: no cover - an interval open at both ends is refused when parsed
            text = span.text
    if span.approximate:
        text = f"c. {text}"
    if span.uncertain:
        text = f"{text}?"
    return text


def endpoints(
    span: Span,
) -> tuple[tuple[dt.date, Precision] | None, tuple[dt.date, Precision] | None]:
    """Return each end of ``span`` as its first day and its own precision; ``None`` if open.

    A single date gives the same end twice; an interval ``2018/2019-03`` gives ends of different
    precisions, which :attr:`Span.precision` (the finer of the two) cannot tell apart.
    """
    start, end = _parse_ends(span.text)
    return (
        (start.first, start.precision) if start is not None else None,
        (end.first, end.precision) if end is not None else None,
    )


# --- plain words -----------------------------------------------------------------------------

_MONTH_NAMES = tuple(calendar.month_name[m] for m in range(1, 13))


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def elapsed(start: dt.date, end: dt.date) -> str:
    """Say how long it is from ``start`` to ``end`` in years and months, or days when shorter.

    ``elapsed(date(2018, 12, 10), date(2021, 9, 24))`` is ``"2 years 9 months"``. The order of
    the two days does not matter.
    """
    if end < start:
        start, end = end, start
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    if months == 0:
        return _plural((end - start).days, "day")
    years, months = divmod(months, 12)
    parts = ([_plural(years, "year")] if years else []) + (
        [_plural(months, "month")] if months else []
    )
    return " ".join(parts)


def more_than_a_year(start: dt.date, end: dt.date) -> bool:
    """Tell whether ``end`` falls more than one calendar year after ``start``."""
    try:
        anniversary = start.replace(year=start.year + 1)
    except ValueError:  # 29 February: a year later there is only the 28th
        anniversary = start.replace(year=start.year + 1, day=28)
    return end > anniversary


def _long(end: _End, *, first: bool) -> str:
    day = end.first
    if end.precision is Precision.DAY:
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"
    name = str(day.year)
    if end.precision is Precision.MONTH:
        name = f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    return f"the start of {name}" if first else f"the end of {name}"


def _whole(end: _End) -> str:
    day = end.first
    if end.precision is Precision.DAY:
        weekday = calendar.day_name[day.weekday()]
        return f"a single day, {weekday} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"
    if end.precision is Precision.MONTH:
        return f"the whole of {_MONTH_NAMES[day.month - 1]} {day.year}"
    return f"the whole of {day.year}"


def _length(first: dt.date, last: dt.date) -> str:
    days = (last - first).days + 1
    if days < 60:  # noqa: PLR2004 - under two months, days say it best
        return _plural(days, "day")
    return elapsed(first, last + dt.timedelta(days=1))


def describe(span: Span) -> str:
    """Say in plain words which days a span covers: ``the whole of 2018``.

    Intervals give their ends and length (``from 3 December 2017 to 7 December 2017, 5 days``);
    open ends say that the other end is unknown; qualifiers are spelled out at the end.
    """
    start, end = _parse_ends(span.text)
    if start is not None and start is end:
        text = _whole(start)
    elif start is not None and end is not None:
        text = (
            f"from {_long(start, first=True)} to {_long(end, first=False)}, "
            f"{_length(start.first, end.last)}"
        )
    elif start is not None:
        text = f"from {_long(start, first=True)} on, with no known end"
    elif end is not None:
        text = f"until {_long(end, first=False)}, with no known start"
    else:  # pragma: no cover - _parse_ends refuses an interval open at both ends
        text = span.text
    qualifiers = [
        word
        for word, flag in (("approximate", span.approximate), ("uncertain", span.uncertain))
        if flag
    ]
    if qualifiers:
        text += f" ({' and '.join(qualifiers)})"
    return text
