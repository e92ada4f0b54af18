"""The event record: the fixed, complete field set that every machine format is built from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carneytl.accounts import first_reported
from carneytl.errors import UsageError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from carneytl.model import Account, Event, Source

FIELDS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "status",
    "title",
    "summary",
    "actors",
    "tags",
    "location",
    "sources",
    "as_written",
    "accounts",
    "first_reported",
)


def parse_fields(text: str) -> tuple[str, ...]:
    """Parse ``--fields id,date,title`` into a tuple, in the order given.

    Raises:
        UsageError: a field is unknown, repeated or none is given; the hint lists every field.
    """
    names = tuple(name.strip().lower() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in FIELDS]
    if unknown or not names:
        what = f"unknown field {unknown[0]!r}" if unknown else "no field given"
        raise UsageError(what, hint=f"available fields: {', '.join(FIELDS)}")
    # A record holds each field once: a repeat would give csv a header wider than its rows
    # and JSON one key where two were asked for.
    repeated = next((name for i, name in enumerate(names) if name in names[:i]), None)
    if repeated is not None:
        raise UsageError(f"--fields names {repeated!r} more than once", hint="give each field once")
    return names


def source_record(source: Source) -> dict[str, Any]:
    """Return a source as a plain mapping, every key present."""
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
    }


def account_record(account: Account) -> dict[str, Any]:
    """Return a competing account of a date as a plain mapping, every key present."""
    span = account.date
    return {
        "date": span.text,
        "start": span.start.isoformat() if span.start else None,
        "end": span.end.isoformat() if span.end else None,
        "precision": span.precision.value,
        "sources": [source_record(s) for s in account.sources],
        "as_written": account.as_written,
        "note": account.note,
    }


def source_name(source: Source) -> str:
    """A source as a reader knows it: its title, else its publisher, else its id."""
    return source.title or source.publisher or source.id


def account_words(account: Account) -> str:
    """Say an account in one line: its date in words, who gave it, how they wrote it, the note."""
    when, after = account_parts(account)
    return f"{when} per {', '.join(source_name(s) for s in account.sources)}{after}"


def account_parts(account: Account) -> tuple[str, str]:
    """The words of an account around its sources: its date, then how it was written and why.

    A format that names sources its own way (a link, a title) puts them between the two.
    """
    from carneytl.dates.display import display

    after = f" (as written: {account.as_written})" if account.as_written else ""
    if account.note:
        after += f"; {account.note}"
    return display(account.date), after


def event_record(event: Event, today: dt.date) -> dict[str, Any]:
    """Return an event as a plain mapping with every field of :data:`FIELDS`, in that order."""
    span = event.date
    return {
        "id": event.id,
        "date": span.text,
        "start": span.start.isoformat() if span.start else None,
        "end": span.end.isoformat() if span.end else None,
        "precision": span.precision.value,
        "approximate": span.approximate,
        "uncertain": span.uncertain,
        "status": span.status(today).value,
        "title": event.title,
        "summary": event.summary,
        "actors": list(event.actors),
        "tags": list(event.tags),
        "location": event.location,
        "sources": [source_record(s) for s in event.sources],
        "as_written": event.as_written,
        "accounts": [account_record(a) for a in event.accounts],
        "first_reported": _day(first_reported(event)),
    }


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def records(
    events: Sequence[Event], today: dt.date, fields: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Return the records of ``events``, keeping only ``fields`` (in their order) when given."""
    full = [event_record(e, today) for e in events]
    if fields is None:
        return full
    return [{name: rec[name] for name in fields} for rec in full]


LIST_SEPARATOR = "; "


def flat_value(name: str, value: object) -> str:
    """Return one record value as a single string cell: lists joined, sources by id.

    Booleans read ``true``/``false`` (as in the JSON output) and a missing value is empty.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if name == "accounts":  # a cell holds how many there are; --format json has them whole
            return str(len(value))
        if name == "sources":
            return LIST_SEPARATOR.join(str(s["id"]) for s in value)
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def flat_record(record: dict[str, Any]) -> dict[str, str]:
    """Return a record with every value flattened by :func:`flat_value`, keys in order."""
    return {name: flat_value(name, value) for name, value in record.items()}
