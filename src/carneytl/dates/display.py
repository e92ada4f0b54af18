"""Dates for people: spans at their own precision (``3–7 Dec 2017``) and in plain words."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from carneytl.dates.edtf import endpoints, parse_ends
from carneytl.dates.words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from carneytl.model import Precision

if TYPE_CHECKING:
    from carneytl.dates.edtf import End
    from carneytl.model import Span


# What parts the ends of an interval whose ends are both written out, an en dash between
# spaces; a narrow table breaks the date there.
ENDS_GAP = " – "


def day_text(day: dt.date) -> str:
    """Format one day the way ``display`` does, ``28 Nov 2026``, whatever the locale."""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def month_text(day: dt.date) -> str:
    """Format the month of a day the way ``display`` does: ``Nov 2026``."""
    return f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def _fmt(day: dt.date, precision: Precision) -> str:
    if precision is Precision.YEAR:
        return f"{day.year}"
    if precision is Precision.MONTH:
        return f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def _fmt_interval(a: dt.date, a_precision: Precision, b: dt.date, b_precision: Precision) -> str:  # noqa: PLR0911 - one return per layout
    """Format an interval from the first day and precision of each of its ends."""
    if a_precision is b_precision and a == b:
        return _fmt(a, a_precision)  # "2018/2018" is the one year 2018: name it once
    if a_precision is not b_precision:
        return f"{_fmt(a, a_precision)}{ENDS_GAP}{_fmt(b, b_precision)}"
    if a_precision is Precision.YEAR:
        return f"{a.year}–{b.year}"
    if a_precision is Precision.MONTH:
        if a.year == b.year:
            first, last = MONTH_ABBREVIATIONS[a.month - 1], MONTH_ABBREVIATIONS[b.month - 1]
            return f"{first}–{last} {a.year}"
        return f"{_fmt(a, a_precision)}{ENDS_GAP}{_fmt(b, b_precision)}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {MONTH_ABBREVIATIONS[a.month - 1]} {a.year}"
    if a.year == b.year:
        first, last = MONTH_ABBREVIATIONS[a.month - 1], MONTH_ABBREVIATIONS[b.month - 1]
        return f"{a.day} {first}{ENDS_GAP}{b.day} {last} {a.year}"
    return f"{_fmt(a, a_precision)}{ENDS_GAP}{_fmt(b, b_precision)}"


def display(span: Span) -> str:
    """Format a span for people, at the precision it is known: ``2017``, ``3–7 Dec 2017``.

    Approximate spans read ``c. 2018``; uncertain ones end in ``?``.
    """
    if span.start is not None and "/" not in span.text:
        text = _fmt(span.start, span.precision)  # a single date, the commonest kind
    else:
        start, end = endpoints(span)
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


# --- plain words -----------------------------------------------------------------------------


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


def _long(end: End, *, first: bool) -> str:
    day = end.first
    if end.precision is Precision.DAY:
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    name = str(day.year)
    if end.precision is Precision.MONTH:
        name = f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return f"the start of {name}" if first else f"the end of {name}"


def _whole(end: End) -> str:
    day = end.first
    if end.precision is Precision.DAY:
        weekday = WEEKDAY_NAMES[day.weekday()]
        return f"a single day, {weekday} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if end.precision is Precision.MONTH:
        return f"the whole of {MONTH_NAMES[day.month - 1]} {day.year}"
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
    start, end = parse_ends(span.text)
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
    else:  # pragma: no cover - parse_ends refuses an interval open at both ends
        text = span.text
    qualifiers = [
        word
        for word, flag in (("approximate", span.approximate), ("uncertain", span.uncertain))
        if flag
    ]
    if qualifiers:
        text += f" ({' and '.join(qualifiers)})"
    return text
