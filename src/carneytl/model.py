"""The domain model: frozen, slotted dataclasses for sources, events, date spans and stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


class Precision(StrEnum):
    """How finely a date is known. Ordered from coarsest to finest."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"

    @property
    def rank(self) -> int:
        """Return 0 for year, 1 for month, 2 for day, so precisions can be compared."""
        return _RANK[self]


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


class Status(StrEnum):
    """Where an event stands relative to a reference day."""

    PAST = "past"
    ONGOING = "ongoing"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive span of days; ``None`` at an end means the span is open there.

    ``text`` is the canonical EDTF form the span was parsed from, so it can be written back.
    """

    text: str
    start: dt.date | None
    end: dt.date | None
    precision: Precision
    approximate: bool = False
    uncertain: bool = False

    def status(self, today: dt.date) -> Status:
        """Past if it ends before ``today``, upcoming if it starts after, otherwise ongoing."""
        if self.end is not None and self.end < today:
            return Status.PAST
        if self.start is not None and self.start > today:
            return Status.UPCOMING
        return Status.ONGOING


@dataclass(frozen=True, slots=True)
class Source:
    """A publication that an event's date or facts come from."""

    id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Account:
    """Another version of an event's date, as some sources gave it.

    The event's own ``date`` stays the preferred one; an account keeps what else was reported,
    with the sources that reported it.
    """

    date: Span
    sources: tuple[Source, ...]
    as_written: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One dated event of a story, with its sources resolved."""

    id: str
    date: Span
    title: str
    summary: str | None = None
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    location: str | None = None
    sources: tuple[Source, ...] = ()
    as_written: str | None = None
    accounts: tuple[Account, ...] = ()


def sort_key(event: Event) -> tuple[bool, dt.date, bool, dt.date]:
    """Order by start (open start first), then end (open end last).

    Events with the same span keep the order their store gives them (sorting is stable): a
    store that has two meetings on one day lists them in the order they happened, which their
    ids cannot tell.
    """
    span = event.date
    return (
        span.start is not None,
        span.start or dt.date.min,
        span.end is None,
        span.end or dt.date.max,
    )


class WrittenRecords(Protocol):
    """The records of a store's events, already written (the parse cache keeps them).

    The loader's caller says how records are written (``storage.cache.RecordCodec``); the
    command line hands it the ``--json`` renderer's.
    """

    def pieces(self, events: Sequence[Event]) -> tuple[list[memoryview], list[memoryview]] | None:
        """Return the parts of ``events``' records before and after their status, or None.

        None unless every event is one of the store's own.
        """
        ...


@dataclass(frozen=True, slots=True)
class Store:
    """A validated store: its events in file order and the sources they cite.

    ``records`` is set when the store was read from the parse cache: its events' records
    as ``--json`` writes them, so that they need not be built and serialized again.
    """

    path: str
    events: tuple[Event, ...]
    sources: Mapping[str, Source]
    records: WrittenRecords | None = field(default=None, compare=False, repr=False)
