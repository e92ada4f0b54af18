"""Competing accounts of an event's date, and the story as it was known on a given day. Pure.

A source's ``published`` date may be a day, a month or a year (EDTF text). Where a day is
needed it is the last day that date allows, the first on which the source was certainly out:
a source published "2018-12" counts as known from 31 December 2018. Counting from the first
day instead would have a month's article report an event before it happened. A source
without a published date (or one with an open end) has no day: it neither sets an event's
first report nor is dropped from what was known.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from typing import TYPE_CHECKING

from carneytl.errors import DateError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from carneytl.model import Account, Event, Source, Span, Store


def agrees(span: Span, other: Span) -> bool:
    """Tell whether two dates say the same thing, so an account of one adds nothing to the other.

    They agree when they cover the same days, or when one is a single date known less finely
    that holds the other (2018 holds 2018-12-05; December 2018 holds 3 to 7 December): the
    coarser only says less. Two ranges over different days disagree, even where they overlap
    (13 to 17 January against 14 to 17 January), and so do two days that differ.
    """
    if span.start == other.start and span.end == other.end:
        return True
    if span.precision.rank == other.precision.rank:
        return False
    coarse, fine = (span, other) if span.precision.rank < other.precision.rank else (other, span)
    if "/" in coarse.text or coarse.start is None or coarse.end is None:
        return False
    return (
        fine.start is not None
        and fine.end is not None
        and coarse.start <= fine.start
        and fine.end <= coarse.end
    )


def disputed(event: Event) -> bool:
    """Tell whether any account of ``event`` gives a date its own date does not allow."""
    return any(not agrees(event.date, account.date) for account in event.accounts)


@functools.lru_cache(maxsize=4096)
def _out_by(published: str) -> dt.date | None:
    from carneytl.dates.edtf import parse_edtf

    try:
        return parse_edtf(published).end
    except DateError:  # validated where the store is read; text made elsewhere may not be
        return None


def published_day(source: Source) -> dt.date | None:
    """Return the day by which ``source`` was certainly out, or None when it has no date."""
    return None if source.published is None else _out_by(source.published)


def earliest(sources: Iterable[Source]) -> dt.date | None:
    """Return the earliest published day among ``sources``, or None when none has one."""
    days = [day for day in map(published_day, sources) if day is not None]
    return min(days, default=None)


def first_reported(event: Event) -> dt.date | None:
    """Return the earliest published day among the event's sources (None when none has one).

    The sources of its accounts count too: they reported the event, at another date, and a
    reader of the first of them knew of it, whichever date came to be preferred.
    """
    return earliest(itertools.chain(event.sources, *(a.sources for a in event.accounts)))


def reporting_lag(event: Event) -> int | None:
    """Return the days from the event's end to its first report; None when either is unknown.

    Negative when a source came out before the event ended (a plan announced, an event that
    lasts).
    """
    first, end = first_reported(event), event.date.end
    return None if first is None or end is None else (first - end).days


def known_by(source: Source, day: dt.date) -> bool:
    """Tell whether ``source`` counts as known on ``day``: published by then, or undated."""
    published = published_day(source)
    return published is None or published <= day


def as_of_event(event: Event, day: dt.date) -> Event | None:
    """Return ``event`` as a reader knew it on ``day``, or None if it was not reported by then.

    An event whose sources (its accounts' included) are all undated, or that has none, stays
    as it is. Otherwise it is kept when its first report is on or before ``day``, citing only
    the sources known then; an account keeps the sources known then and is dropped when none
    of its own is. Where every source of the event's own date came out later, that date was
    not known yet: the event is dated by the account known then (the first reported of them),
    citing its sources, with its ``as_written``, and the other accounts known then stay.
    The same object comes back when nothing changes.
    """
    first = first_reported(event)
    if first is not None and first > day:
        return None
    sources = tuple(s for s in event.sources if known_by(s, day))
    accounts = tuple(filter(None, (_account_as_of(a, day) for a in event.accounts)))
    if event.sources and not sources and accounts:
        told = min(accounts, key=_first_out)  # the first in the store among equals
        return dataclasses.replace(
            event,
            date=told.date,
            sources=told.sources,
            as_written=told.as_written,
            accounts=tuple(a for a in accounts if a is not told),
        )
    if len(sources) == len(event.sources) and accounts == event.accounts:
        return event
    return dataclasses.replace(event, sources=sources, accounts=accounts)


def _first_out(account: Account) -> dt.date:
    """The day an account was first reported; an undated source counts as out on any day."""
    import datetime as dt

    return earliest(account.sources) or dt.date.min


def _account_as_of(account: Account, day: dt.date) -> Account | None:
    sources = tuple(s for s in account.sources if known_by(s, day))
    if not sources:
        return None
    if len(sources) == len(account.sources):
        return account
    return dataclasses.replace(account, sources=sources)


def as_of(store: Store, day: dt.date) -> Store:
    """Return ``store`` as it stood on ``day``: the events reported by then, as then reported.

    Sources published after ``day`` leave the store's sources too. The written ``--json``
    records stay with the store: they serve only the events left unchanged.
    """
    events = tuple(filter(None, (as_of_event(e, day) for e in store.events)))
    sources = {key: s for key, s in store.sources.items() if known_by(s, day)}
    return dataclasses.replace(store, events=events, sources=sources)
