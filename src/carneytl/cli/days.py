"""Option text to days: ``--today``, one-day options such as ``--published``, and ranges."""

from __future__ import annotations

import datetime as dt
import re

from carneytl.errors import DateError, UsageError


def parse_today(text: str | None) -> dt.date:
    """Return the day ``--today`` names, or the real local date when it is not given."""
    if text is None:
        return dt.datetime.now().astimezone().date()
    return parse_day(text, "--today")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str, option: str) -> dt.date:
    """Return the exact day an option such as ``--published`` names.

    YYYY-MM-DD, or any bound that names one day (``1 Dec 2018``, ``yesterday``); not a month
    or a year. ``date.fromisoformat`` alone would also take ``20260114`` and ``2026-W03-1``.
    """
    if _DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(f"{option} {text!r} is not a real day") from None
    from carneytl.dates import parse_bound

    try:
        bound = parse_bound(text, dt.date.today())  # noqa: DTZ011 - the user's own calendar day
    except DateError as exc:
        raise UsageError(f"{option}: {exc.message}", hint=exc.hint) from None
    if bound is None or bound[0] != bound[1]:
        raise UsageError(
            f"{option} {text!r} is not a single day", hint="write one day, e.g. 2026-01-14"
        )
    return bound[0]


def _bound(text: str | None, today: dt.date, name: str) -> tuple[dt.date, dt.date] | None:
    if text is None:
        return None
    from carneytl.dates import parse_bound

    try:
        return parse_bound(text, today)
    except DateError as exc:
        raise UsageError(f"{name}: {exc.message}", hint=exc.hint) from None


def date_range(
    start_text: str | None,
    end_text: str | None,
    today: dt.date,
    names: tuple[str, str] = ("START", "END"),
) -> tuple[dt.date | None, dt.date | None]:
    """Resolve two bounds into [first day of the start, last day of the end].

    ``names`` are what the user typed the bounds as (``START``/``END``, ``--since``/``--until``),
    so a message points at the right one.
    """
    start_bound = _bound(start_text, today, names[0])
    end_bound = _bound(end_text, today, names[1])
    start = start_bound[0] if start_bound else None
    end = end_bound[1] if end_bound else None
    if start is not None and end is not None and start > end:
        raise UsageError(
            f"the range starts after it ends ({start_text} > {end_text})",
            hint="give the earlier date first",
        )
    return start, end
