"""Writing parse-cache entries: a validated store packed, written atomically, and pruning.

The layout is described in :mod:`carneytl.storage.cache`, which reads what this writes and
never imports this module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from carneytl.storage.cache import PRECISIONS, Place, RecordCodec, Written, pick

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from carneytl.model import Source, Span, Store


class _Table:
    """Numbers each distinct value once, so repeated spans, names and sources share a row."""

    def __init__(self, row: Callable[[Any], object]) -> None:
        self.index: dict[object, int] = {}
        self.rows: list[object] = []
        self.row = row  # makes a value's row, once per distinct value

    def add(self, value: object) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.rows)
            self.rows.append(self.row(value))
        return found


def _source_row(s: Source) -> list[object]:
    return [s.id, s.title, s.publisher, s.published, s.url]


def _span_row(d: Span) -> list[object]:
    return [
        d.text,
        d.start.toordinal() if d.start else None,
        d.end.toordinal() if d.end else None,
        PRECISIONS.index(d.precision),
        int(d.approximate),
        int(d.uncertain),
    ]


def _encode(store: Store) -> dict[str, Any]:
    # Each table's row maker is made once, not once per event.
    sources, spans, names = _Table(_source_row), _Table(_span_row), _Table(list)
    source_sets = _Table(lambda values: [sources.add(s) for s in values])
    account_sets = _Table(
        lambda values: [
            [spans.add(a.date), source_sets.add(a.sources), a.as_written, a.note] for a in values
        ]
    )
    events = store.events
    columns = [
        [e.id for e in events],
        [spans.add(e.date) for e in events],
        [e.title for e in events],
        [e.summary for e in events],
        [names.add(e.actors) for e in events],
        [names.add(e.tags) for e in events],
        [e.location for e in events],
        [source_sets.add(e.sources) for e in events],
        [e.as_written for e in events],
        [account_sets.add(e.accounts) for e in events],
    ]
    store_sources = [sources.add(s) for s in store.sources.values()]
    return {
        "sources": sources.rows,
        "spans": spans.rows,
        "names": names.rows,
        "source_sets": source_sets.rows,
        "account_sets": account_sets.rows,
        "events": columns,
        "store_sources": store_sources,
    }


def _records(store: Store, codec: RecordCodec) -> tuple[list[Place], bytes]:
    """Return each event's record place and the bytes they point into (see ``Written``).

    The records are written in the order a query sorts events in (:func:`carneytl.model.sort_key`),
    so that those of one date range sit together in the file and a query touches few pages of it.
    """
    from carneytl.model import sort_key

    events = store.events
    order = sorted(range(len(events)), key=lambda n: sort_key(events[n]))
    data, sorted_places = codec.write([events[n] for n in order])
    places: list[Place] = [(0, 0, 0, 0)] * len(events)
    for number, place in zip(order, sorted_places, strict=True):
        places[number] = place
    return places, data


def _year(day: dt.date | None) -> int | None:
    return None if day is None else day.year


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _pack(store: Store, codec: RecordCodec | None = None) -> tuple[bytes, bytes, Written | None]:
    """Return an entry's JSON and the bytes after it: the records, then the blocks of rows.

    Rows are grouped into blocks by the years their span starts and ends in, so a query for
    a date range parses only the blocks that can meet it. The third item is the table of the
    records just written, for the store in hand; without a codec there are none.
    """
    if codec is None:
        places, blob = [(0, 0, 0, 0)] * len(store.events), b""
    else:
        places, blob = _records(store, codec)
    doc = _encode(store)
    columns = doc.pop("events")
    begins, heads, tails, finish = offsets = [
        list(column) for column in zip(*places, strict=True)
    ] or [[], [], [], []]
    columns += offsets
    columns.append(list(range(len(store.events))))
    events = store.events
    groups: dict[tuple[int | None, int | None], list[int]] = {}
    for row, event in enumerate(events):
        groups.setdefault((_year(event.date.start), _year(event.date.end)), []).append(row)
    # Rows are picked into block order once; each block is then a slice of every column.
    order = [row for rows in groups.values() for row in rows]
    columns = [pick(column, order) for column in columns]
    starts = [_ordinal(events[row].date.start) for row in order]
    ends = [_ordinal(events[row].date.end) for row in order]
    blocks, texts, at, first = [], [blob], len(blob), 0
    for rows in groups.values():
        last = first + len(rows)
        text = orjson.dumps([column[first:last] for column in columns])
        known_starts = [day for day in starts[first:last] if day is not None]
        known_ends = [day for day in ends[first:last] if day is not None]
        blocks.append(
            [
                min(known_starts) if len(known_starts) == len(rows) else None,
                max(known_starts, default=None),
                min(known_ends, default=None),
                max(known_ends) if len(known_ends) == len(rows) else None,
                at,
                at + len(text),
            ]
        )
        texts.append(text)
        at += len(text)
        first = last
    doc["blocks"] = blocks
    doc["count"] = len(store.events)
    written = (
        None
        if codec is None
        else Written(store.events, begins, heads, tails, finish, memoryview(blob), codec.fits)
    )
    return orjson.dumps(doc), b"".join(texts), written


def write(entry: Path, key: str, store: Store, codec: RecordCodec | None = None) -> Store:
    """Write ``store``'s entry under ``key`` atomically, then prune; never fails a query.

    With a ``codec``, returns the store carrying its records as the entry holds them (see
    :class:`carneytl.model.Store`): they are written anyway, so the query that pays for the
    entry need not write its output a second time.
    """
    data, blob, written = _pack(store, codec)
    store = dataclasses.replace(store, records=written)
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as out:
            out.write(f"{key} {len(data)} {len(blob)}\n".encode())
            out.write(data)
            out.write(blob)
        # Atomic on POSIX and Windows alike: readers see the old entry or the new, never half.
        temporary.replace(entry)
    except OSError:
        # A read-only or full cache directory must not break a query that already succeeded.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return store
    _forget_the_gone(entry)
    return store


# A temporary file this old was left by a process that died while writing it.
_ABANDONED_SECONDS = 3600.0
# An entry whose store is missing is kept this long: a store on a drive that is unmounted for
# a while, or a file being moved, should not cost a big store its entry.
_GONE_SECONDS = 7 * 24 * 3600.0
# Only names this module gives: the directory can be one the user chose (CARNEYTL_CACHE_DIR).
_OURS = re.compile(r"store-[0-9a-f]{8}\.json(?:\.\d+\.tmp)?")


def _forget_the_gone(written: Path) -> None:
    """Delete the week-old entries of stores that no longer exist, and abandoned temporary files.

    An entry is as big as a few copies of its store, and one is kept per store path; without
    this, every store ever read (a moved file, a scratch copy) would keep its entry for good.
    Run after a write, which is rare: only a store's first read pays for the scan. Files
    with other names, and entries whose header this version cannot read, are left alone.
    """
    now = time.time()
    with contextlib.suppress(OSError):
        for other in written.parent.iterdir():
            if other == written or not _OURS.fullmatch(other.name):
                continue
            with contextlib.suppress(OSError):
                age = now - other.stat().st_mtime
                if other.name.endswith(".tmp"):
                    if age > _ABANDONED_SECONDS:
                        other.unlink()
                    continue
                if age < _GONE_SECONDS:
                    continue
                with other.open("rb") as handle:
                    header = handle.readline(64 * 1024)
                if _named_store(header) is False:
                    other.unlink()


def _named_store(header: bytes) -> bool | None:
    """Tell whether the store an entry's header names exists; None when the header is unclear."""
    try:
        path = orjson.loads(header.rsplit(b" ", 2)[0])[1]
    except (ValueError, IndexError, TypeError, KeyError):
        return None
    return Path(path).exists() if isinstance(path, str) else None
