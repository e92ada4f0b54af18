"""Selection: option text to days, the stores ``--store`` names, and the events the filters keep."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from carneytl.errors import DateError, UsageError
from carneytl.query import Query

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from carneytl.cli.options import FilterOptions, StoreOptions
    from carneytl.model import Event, Status, Store, WrittenRecords
    from carneytl.storage.cache import RecordCodec


def parse_today(text: str | None) -> dt.date:
    """Return the day ``--today`` names, or the real local date when it is not given."""
    if text is None:
        return dt.datetime.now().astimezone().date()
    return parse_day(text, "--today")


def parse_day(text: str, option: str, today: dt.date | None = None) -> dt.date:
    """Return the exact day an option such as ``--published`` names.

    YYYY-MM-DD, or any bound that names one day (``1 Dec 2018``, ``yesterday``, reckoned from
    ``today``, else from the real date); not a month or a year
    (:func:`carneytl.dates.bounds.one_day`, which front matter uses too).
    """
    from carneytl.dates.bounds import one_day

    anchor = dt.date.today() if today is None else today  # noqa: DTZ011 - the user's own calendar day
    try:
        return one_day(text, anchor, option)
    except DateError as exc:
        raise UsageError(exc.message, hint=exc.hint) from None


def _bound(text: str | None, today: dt.date, name: str) -> tuple[dt.date, dt.date] | None:
    if text is None:
        return None
    from carneytl.dates.bounds import parse_bound

    try:
        return parse_bound(text, today)
    except DateError as exc:
        raise UsageError(f"{name}: {exc.message}", hint=exc.hint) from None


def _one_day(text: str, today: dt.date, option: str) -> dt.date:
    """Return the one day an option names, words such as 'yesterday' reckoned from ``today``."""
    bound = _bound(text, today, option)
    if bound is None or bound[0] != bound[1]:
        raise UsageError(
            f"{option} {text!r} is not a single day", hint="write one day, e.g. 2026-01-14"
        )
    return bound[0]


def parse_as_of(text: str | None, today: dt.date) -> dt.date | None:
    """Return the day ``--as-of`` names (None without it); anything but one day is refused."""
    return None if text is None else _one_day(text, today, "--as-of")


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


def load(
    paths: Sequence[Path] | None, window: tuple[dt.date | None, dt.date | None] | None = None
) -> Store:
    """Load the stores named by ``--store`` (the embedded one when none), merged.

    ``window`` is the query's date range: a cached store then skips building events that
    cannot match it. It only saves work; the query still checks every event it gets.
    """
    from carneytl.progress import progress
    from carneytl.storage.stores import load_merged

    what = ", ".join(p.name for p in paths) if paths else "the store"
    # A big store's first read (before the cache has it) can take seconds: show that it moves.
    with progress(f"reading {what}…"):
        return load_merged(list(paths or ()), window=window, codec=record_codec())


def record_codec() -> RecordCodec:
    """Return how the parse cache writes ``--json`` records: the JSON renderer's.

    Wired here so that storage does not need the renderer.
    """
    from carneytl.render.json import RECORDS_NAME, SHORTEST, record_fits, written
    from carneytl.storage.cache import RecordCodec

    return RecordCodec(name=RECORDS_NAME, write=written, fits=record_fits, shortest=SHORTEST)


class Selection(NamedTuple):
    """The events a command's filters chose and the day they were judged against.

    ``records`` are their ``--json`` records, already written, when the store came from the
    parse cache (see :class:`carneytl.model.Store`). ``as_of`` is the ``--as-of`` day, if any.
    """

    events: list[Event]
    today: dt.date
    records: WrittenRecords | None = None
    as_of: dt.date | None = None


def select(
    store: StoreOptions,
    filters: FilterOptions,
    *,
    start: str | None,
    end: str | None,
    names: tuple[str, str] = ("--since", "--until"),
) -> Selection:
    """Run a command's filter options on its stores, between ``start`` and ``end``.

    A name given to ``--actor``, ``--tag``, ``--any-tag``, ``--exclude-tag`` or ``--source``
    that no event in the stores has gets a hint on stderr with the closest names they do have.
    """
    from carneytl.query import run

    today = parse_today(filters.today)
    first, last = date_range(start, end, today, names)
    query = Query(
        start=first,
        end=last,
        within=filters.within,
        actors=filters.actors,
        tags=filters.tags,
        any_tags=filters.any_tags,
        exclude_tags=filters.exclude_tags,
        sources=filters.sources,
        statuses=parse_statuses(filters.statuses),
        today=today,
        location=filters.location,
        search=filters.search,
        limit=filters.limit,
        reverse=filters.reverse,
        disputed=filters.disputed,
    )
    as_of_day = parse_as_of(filters.as_of, today)
    window = (first, last) if first is not None or last is not None else None
    # As known on a day, an event may show an account's date instead of its own, so the
    # store's dates cannot say beforehand which events the window keeps.
    if as_of_day is not None:
        window = None
    loaded = load(store.paths, window)
    _hint_unmatched(loaded.events, query, store, window=window)
    if as_of_day is not None:
        from carneytl.accounts import as_of

        loaded = as_of(loaded, as_of_day)
    return Selection(run(loaded.events, query), today, loaded.records, as_of_day)


def parse_statuses(texts: Sequence[str]) -> tuple[Status, ...]:
    """The statuses ``--status`` names, in any case; anything else is refused with a hint."""
    from carneytl.model import Status

    chosen: list[Status] = []
    for text in texts:
        folded = text.strip().casefold()
        try:
            chosen.append(Status(folded))
        except ValueError:
            from carneytl.suggest import look_alikes

            known = [status.value for status in Status]
            close = look_alikes(folded, known)
            raise UsageError(
                f"--status {text!r} is not a status",
                hint=(f"did you mean {close[0]}? " if close else "")
                + "give upcoming, ongoing or past",
            ) from None
    return tuple(dict.fromkeys(chosen))


def _hint_unmatched(
    events: Sequence[Event],
    query: Query,
    store: StoreOptions,
    *,
    window: tuple[dt.date | None, dt.date | None] | None,
) -> None:
    """Say which asked-for names no event has, with the closest ones that events do have."""
    from carneytl.query import unmatched

    missing = unmatched(events, query)
    # One store read for a date range, from the parse cache, may have left out the events
    # outside it, and their names with them: a name is only unknown if the whole store lacks
    # it. Merged stores and standard input are always read whole (and stdin cannot be reread).
    windowed = window is not None and len(store.paths) <= 1
    if missing and windowed and not any(str(path) == "-" for path in store.paths):
        missing = unmatched(load(store.paths).events, query)
    if not missing:
        return
    import typer

    from carneytl.terminal import printable

    for option, name, closest in missing:
        guess = f"; did you mean {', '.join(map(repr, closest))}?" if closest else ""
        typer.echo(
            printable(f"hint: {option} {name!r} matches no event in the store{guess}"), err=True
        )
