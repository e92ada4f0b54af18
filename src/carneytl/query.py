"""Queries over events: filter by date range and fields, then sort. Pure; ``today`` is passed in."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from carneytl.accounts import disputed
from carneytl.model import Status, sort_key
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
    Actors, tags and source ids match in any case and Unicode spelling (not accents), and
    all given must match; of ``any_tags`` one is enough. ``statuses`` keeps events whose
    status on ``today`` is one of them (``today`` is needed then). ``location`` and ``search``
    look for text, ignoring case and accents: ``location`` in the location, ``search`` in the
    title, summary, location, actors and tags. ``disputed`` keeps only events that
    hold an account their own date does not allow.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    within: bool = False
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    any_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    today: dt.date | None = None
    location: str | None = None
    search: str | None = None
    limit: int | None = None
    reverse: bool = False
    disputed: bool = False

    def __post_init__(self) -> None:
        """A status is reckoned from a day: asking for one without it is a programming error."""
        if self.statuses and self.today is None:
            msg = "a Query with statuses needs today"
            raise ValueError(msg)


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
    if not _names_match(event, query):
        return False
    if query.statuses and query.today and event.date.status(query.today) not in query.statuses:
        return False
    if query.location and _search_key(query.location) not in search_key(event.location or ""):
        return False
    if query.search and _search_key(query.search) not in _haystack(event):
        return False
    return not query.disputed or disputed(event)


def _names_match(event: Event, query: Query) -> bool:
    """The actor, tag and source filters: all of each kind given, one of ``any_tags``."""
    if query.actors and not _folded(query.actors) <= _folded(event.actors):
        return False
    if query.tags or query.any_tags or query.exclude_tags:
        tags = _folded(event.tags)
        if not _folded(query.tags) <= tags or _folded(query.exclude_tags) & tags:
            return False
        if query.any_tags and not _folded(query.any_tags) & tags:
            return False
    return not (
        query.sources and not _folded(query.sources) <= _folded(s.id for s in event.sources)
    )


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
    from carneytl.errors import NotFoundError
    from carneytl.suggest import look_alikes

    known: dict[str, Event] = {}
    for event in events:
        known.setdefault(event.id, event)
    wanted = event_id.strip()
    if wanted in known:
        return known[wanted]
    close = look_alikes(wanted.lower(), known, n=3, cutoff=0.5)
    if not close:
        close = [i for i in known if wanted.lower() in i][:3]
    hint = (
        f"did you mean {', '.join(close)}?"
        if close
        else "'carneytl list --fields id,title --format jsonl' with the same --store lists the ids"
    )
    raise NotFoundError(f"no event has the id {event_id!r}", hint=hint)


class Unmatched(NamedTuple):
    """A name a filter asked for that no event has, and the closest names that events do have."""

    option: str
    name: str
    closest: tuple[str, ...]


def unmatched(events: Iterable[Event], query: Query) -> list[Unmatched]:
    """The actors, tags and source ids ``query`` names that no event in ``events`` has.

    Each comes with up to three of the events' own names that are closest to it, so that a
    typo can be told from a name the store does not use.
    """
    wanted = {
        "--actor": query.actors,
        "--tag": query.tags,
        "--any-tag": query.any_tags,
        "--exclude-tag": query.exclude_tags,
        "--source": query.sources,
    }
    if not any(wanted.values()):
        return []
    from carneytl.suggest import Guesser

    actors: dict[str, str] = {}
    tags: dict[str, str] = {}
    sources: dict[str, str] = {}
    for event in events:
        for actor in event.actors:
            actors.setdefault(name_key(actor), actor)
        for tag in event.tags:
            tags.setdefault(name_key(tag), tag)
        for source in event.sources:
            sources.setdefault(name_key(source.id), source.id)
    known = {"--actor": actors, "--source": sources}
    return [
        Unmatched(option, name, tuple(have[key] for key in guess(name_key(name))))
        for option, names in wanted.items()
        for have in (known.get(option, tags),)
        # However many names an option is given, its guesses stay within one budget.
        for guess in (Guesser(have, n=3),)
        for name in dict.fromkeys(names)
        if name_key(name) not in have
    ]
