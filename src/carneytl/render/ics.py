"""iCalendar (RFC 5545) through the icalendar library: every event as an all-day calendar entry."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from carneytl import __version__
from carneytl.dates.display import display
from carneytl.render.records import account_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event, Source
    from carneytl.render import RenderContext

PRODID = f"-//carneytl//carneytl {__version__}//EN"
UID_DOMAIN = "carneytl"
_ONE_DAY = dt.timedelta(days=1)


def uid(event: Event) -> str:
    """Return the event's calendar UID: the same on every export, so re-imports update."""
    return f"{event.id}@{UID_DOMAIN}"


def all_day_range(event: Event) -> tuple[dt.date, dt.date | None]:
    """Return DTSTART and the exclusive DTEND of the all-day entry for ``event``.

    A day is one day, ``2018-12`` the whole month, ``2017-12-03/2017-12-07`` five days. A span
    open at one end has no length a calendar can show, so it is marked on its known day.
    DTEND is None for a span through 31 Dec 9999, the last day a date can hold: the entry
    then gives its length as a DURATION instead.
    """
    span = event.date
    start = span.start if span.start is not None else span.end
    end = span.end if span.end is not None else span.start
    if start is None or end is None:  # pragma: no cover - a span always has a known end
        raise ValueError(f"event {event.id!r} has no date")
    if span.start is None or span.end is None:
        end = start
    return start, None if end == dt.date.max else end + _ONE_DAY


def _source_line(source: Source) -> str:
    parts = [p for p in (source.publisher, source.title, source.published, source.url) if p]
    return " - ".join(parts) if parts else source.id


def _description(event: Event) -> str:
    lines = [event.summary] if event.summary else []
    lines.append(f"Date: {display(event.date)}")
    if event.as_written:
        lines.append(f"As written: {event.as_written}")
    lines.extend(f"Source: {_source_line(s)}" for s in event.sources)
    lines.extend(f"Other account: {account_words(a)}" for a in event.accounts)
    return "\n".join(lines)


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render a VCALENDAR with one all-day VEVENT per event.

    DTSTAMP is midnight UTC of the reference day (``--today``), so the same command gives the
    same bytes, which keeps exports diffable.
    """
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = dt.datetime.combine(ctx.today, dt.time(), tzinfo=dt.UTC)
    for event in events:
        start, end = all_day_range(event)
        entry = icalendar.Event()
        entry.add("uid", uid(event))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", start)
        if end is not None:
            entry.add("dtend", end)
        else:
            entry.add("duration", dt.date.max - start + _ONE_DAY)
        entry.add("summary", event.title)
        entry.add("description", _description(event))
        if event.location:
            entry.add("location", event.location)
        if event.tags:
            entry.add("categories", list(event.tags))
        url = next((s.url for s in event.sources if s.url), None)
        if url:
            entry.add("url", url)
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")
