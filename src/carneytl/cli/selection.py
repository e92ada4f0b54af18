"""Selection: the stores ``--store`` names, loaded and merged, and the events the filters keep."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from carneytl.cli.days import date_range, parse_today
from carneytl.query import Query

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence
    from pathlib import Path

    from carneytl.cli.options import FilterOptions, StoreOptions
    from carneytl.model import Event, Store, WrittenRecords


def load(
    paths: Sequence[Path] | None, window: tuple[dt.date | None, dt.date | None] | None = None
) -> Store:
    """Load the stores named by ``--store`` (the embedded one when none), merged.

    ``window`` is the query's date range: a cached store then skips building events that
    cannot match it. It only saves work; the query still checks every event it gets.
    """
    from carneytl.progress import progress
    from carneytl.store import load_merged

    what = ", ".join(p.name for p in paths) if paths else "the store"
    # A big store's first read (before the cache has it) can take seconds: show that it moves.
    with progress(f"reading {what}…"):
        return load_merged(list(paths or ()), window=window)


class Selection(NamedTuple):
    """The events a command's filters chose and the day they were judged against.

    ``records`` are their ``--json`` records, already written, when the store came from the
    parse cache (see :class:`carneytl.model.Store`).
    """

    events: list[Event]
    today: dt.date
    records: WrittenRecords | None = None


def select(
    store: StoreOptions,
    filters: FilterOptions,
    *,
    start: str | None,
    end: str | None,
    names: tuple[str, str] = ("--since", "--until"),
) -> Selection:
    """Run a command's filter options on its stores, between ``start`` and ``end``."""
    from carneytl.query import run

    today = parse_today(filters.today)
    first, last = date_range(start, end, today, names)
    query = Query(
        start=first,
        end=last,
        within=filters.within,
        actors=filters.actors,
        tags=filters.tags,
        exclude_tags=filters.exclude_tags,
        search=filters.search,
        limit=filters.limit,
        reverse=filters.reverse,
    )
    window = (first, last) if first is not None or last is not None else None
    loaded = load(store.paths, window)
    return Selection(run(loaded.events, query), today, loaded.records)
