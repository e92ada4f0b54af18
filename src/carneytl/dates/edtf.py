"""Store dates: the EDTF subset of a store's ``date`` field, parsed into spans of days."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from carneytl.dates.words import MONTH_NAMES
from carneytl.errors import DateError
from carneytl.model import Precision, Span

# ASCII only: `\d` would also take other scripts' digits, which EDTF does not allow.
_SINGLE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%])?", re.ASCII)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DAYS = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", re.ASCII)
# An open end of an interval, and an open command-line bound.
OPEN = ".."
_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


class End(NamedTuple):
    """One end of a date: the days it covers, how finely it is known, its qualifiers.

    A named tuple, not a frozen dataclass: a big store parses one or two per event, and a
    frozen dataclass sets each field through ``object.__setattr__``.
    """

    first: dt.date
    last: dt.date
    precision: Precision
    approximate: bool
    uncertain: bool


def last_day(year: int, month: int) -> int:
    """Return the number of the last day of ``month`` in ``year``."""
    return calendar.monthrange(year, month)[1]


def _check_month(text: str, year: int, month: int) -> None:
    if not 1 <= month <= 12:  # noqa: PLR2004 - months are 1..12
        raise DateError(f"{text!r} is not a date: there is no month {month:02d}")
    if year == 0:
        raise DateError(f"{text!r} is not a date: there is no year 0000")


def parse_end(text: str, whole: str) -> End:
    """Parse one end (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, qualified); problems quote ``whole``.

    Raises:
        DateError: the end is not in the subset, or names a day that does not exist.
    """
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
        return End(
            dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, approximate, uncertain
        )
    month = int(match["m"])
    _check_month(whole, year, month)
    last = last_day(year, month)
    if match["d"] is None:
        return End(
            dt.date(year, month, 1),
            dt.date(year, month, last),
            Precision.MONTH,
            approximate,
            uncertain,
        )
    day = int(match["d"])
    if not 1 <= day <= last:
        raise DateError(
            f"{whole!r} is not a real day: {MONTH_NAMES[month - 1]} {year} has {last} days"
        )
    day_date = dt.date(year, month, day)
    return End(day_date, day_date, Precision.DAY, approximate, uncertain)


def parse_ends(text: str) -> tuple[End | None, End | None]:
    """Split EDTF text into its two ends; a single date is both ends at once.

    Raises:
        DateError: the text is not in the subset, or an interval is malformed or reversed.
    """
    whole = text.strip()
    if "/" not in whole:
        single = parse_end(whole, whole)
        return single, single
    left, _, right = whole.partition("/")
    if "/" in right:
        raise DateError(f"{whole!r} has more than one '/': an interval has exactly two ends")
    if not left or not right:
        raise DateError(
            f"{whole!r} leaves an end empty",
            hint="write '..' for an open end, as in ../2018 or 2018/..",
        )
    if left == OPEN and right == OPEN:
        raise DateError(f"{whole!r} is open at both ends: give at least one date")
    start = None if left == OPEN else parse_end(left, whole)
    end = None if right == OPEN else parse_end(right, whole)
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
            first = dt.date.fromisoformat(text[:10])
            last = dt.date.fromisoformat(text[11:]) if "/" in text else first
        except ValueError:
            pass
        else:
            if first <= last:
                return Span(text, first, last, Precision.DAY)
    start, end = parse_ends(text)
    # One or two ends (a single date is both): the finer precision, either end's qualifiers.
    known = [e for e in (start, end) if e is not None]
    head, tail = known[0], known[-1]
    return Span(
        text.strip(),
        None if start is None else start.first,
        None if end is None else end.last,
        head.precision if head.precision.rank >= tail.precision.rank else tail.precision,
        head.approximate or tail.approximate,
        head.uncertain or tail.uncertain,
    )


# An end's precision from its length once a qualifier is dropped: YYYY, YYYY-MM, YYYY-MM-DD.
_PRECISION_BY_LENGTH = {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}


def _first_day(day: dt.date, precision: Precision) -> dt.date:
    """Return the first day of the year, month or day that ``day`` falls in."""
    if precision is Precision.DAY:
        return day
    return day.replace(day=1) if precision is Precision.MONTH else day.replace(month=1, day=1)


def endpoints(
    span: Span,
) -> tuple[tuple[dt.date, Precision] | None, tuple[dt.date, Precision] | None]:
    """Return each end of ``span`` as its first day and its own precision; ``None`` if open.

    A single date gives the same end twice; an interval ``2018/2019-03`` gives ends of different
    precisions, which :attr:`Span.precision` (the finer of the two) cannot tell apart.

    The ends come from the span's fields rather than a new parse of its text (as
    :func:`_parsed_endpoints` does, which tests hold this to): the span's days say which days
    each end covers, and the length of each end's text tells its precision. Display formats
    every date of a big table or export, and this skips the regular expressions, the checks
    and the calendar that parsing the text again would cost.
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


def _parsed_endpoints(
    span: Span,
) -> tuple[tuple[dt.date, Precision] | None, tuple[dt.date, Precision] | None]:
    """Return what :func:`endpoints` returns, by parsing the span's text again."""
    start, end = parse_ends(span.text)
    return (
        (start.first, start.precision) if start is not None else None,
        (end.first, end.precision) if end is not None else None,
    )
