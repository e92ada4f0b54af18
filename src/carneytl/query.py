"""Queries over events: filter by date range and fields, then sort. Pure; ``today`` is passed in."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.accounts import disputed
from carneytl.model import sort_key
from carneytl.textkey import name_key, search_key

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from carneytl.model import Event


@dataclass(frozen=True, slots=True)
class Query:
    """What to select and in which order. ``None`` bounds are open.

    ``start``..``end`` is an inclusive range of days. An event matches when its span overlaps
    the range, or, with ``within``, when its span lies entirely inside it.
    Actors and tags match in any case and Unicode spelling (not accents), and all given must
    match. ``search`` looks in the title, summary, location, actors and tags, ignoring case
    and accents. ``disputed`` keeps only events that hold an account their own date does not
    allow.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    within: bool = False
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    search: str | None = None
    limit: int | None = None
    reverse: bool = False
    disputed: bool = False


def _overlaps(event: Event, query: Query) -> bool:
    span = event.date
    if query.end is not None and span.start is not None and span.start > query.end:
        return False
    return not (query.start is not None and span.end is not None and span.end < query.start)


def _inside(event: Event, query: Query) -> bool:
    span = event.date
    if query.start is not None and (span.start is None or span.start < query.start):
        return False
    return not (query.end is not None and (span.end is None or span.end > query.end))


def _folded(values: Iterable[str]) -> set[str]:
    return {name_key(v) for v in values}


# One query asks for the same key for every event in the store.
_search_key = functools.lru_cache(maxsize=8)(search_key)


def _haystack(event: Event) -> str:
    parts = [event.title, event.summary or "", event.location or "", *event.actors, *event.tags]
    return search_key("\n".join(parts))


def matches(event: Event, query: Query) -> bool:
    """Tell whether one event passes every filter of ``query`` (ordering and limit aside)."""
    if not (_inside(event, query) if query.within else _overlaps(event, query)):
        return False
    if query.actors and not _folded(query.actors) <= _folded(event.actors):
        return False
    if query.tags or query.exclude_tags:
        tags = _folded(event.tags)
        if not _folded(query.tags) <= tags or _folded(query.exclude_tags) & tags:
            return False
    if query.search and _search_key(query.search) not in _haystack(event):
        return False
    return not query.disputed or disputed(event)


def run(events: Iterable[Event], query: Query) -> list[Event]:
    """Select the events ``query`` asks for, sorted, reversed if asked, then limited.

    Reversed means the whole order backwards, events of the same span included.
    """
    selected = sorted((e for e in events if matches(e, query)), key=sort_key)
    if query.reverse:
        selected.reverse()
    if query.limit is not None:
        del selected[query.limit :]
    return selected


def find(events: Iterable[Event], event_id: str) -> Event:
    """Return the event with ``event_id``.

    Raises:
        NotFoundError: no event has that id; the hint names the closest ids, if any.
    """
    import difflib

    from carneytl.errors import NotFoundError

    known: dict[str, Event] = {}
    for event in events:
        known.setdefault(event.id, event)
    wanted = event_id.strip()
    if wanted in known:
        return known[wanted]
    close = difflib.get_close_matches(wanted.lower(), list(known), n=3, cutoff=0.5)
    if not close:
        close = [i for i in known if wanted.lower() in i][:3]
    hint = (
        f"did you mean {', '.join(close)}?"
        if close
        else "'carneytl list --fields id,title --format jsonl' with the same --store lists the ids"
    )
    raise NotFoundError(f"no event has the id {event_id!r}", hint=hint)
