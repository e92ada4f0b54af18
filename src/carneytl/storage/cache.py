"""The parse cache: validated stores kept as compact JSON and bytes in the user cache directory.

A store is parsed and validated once; later runs read the cache instead, which is many times
faster than YAML and never imports a YAML parser. An entry is keyed by the store's resolved
path, size and modification time, by the carneytl and Python versions, by the version of the
validation rules and by the name of the records' codec, so any change to the store or the
program makes it stale. The cache holds only plain JSON and bytes (no pickle, nothing that can
run code when read); a stale, truncated, unreadable or misshapen entry is ignored and rebuilt.
Nothing checksums the text inside an entry: records that do not line up with their offsets are
not written out (their edges are checked on a sample), but a byte changed within a title would
be. Writes go to a temporary file that is renamed into place, so a reader never sees half an
entry.

An entry is a header line (the key and the lengths of the two parts), a JSON head (sources,
spans, name lists, source lists, each stored once and referred to by number, and an index of
the blocks), then bytes: every event's ``--json`` record, as the JSON renderer writes it, and
the blocks of event rows, grouped by the years their spans start and end in. A windowed read
parses only the blocks that can meet the window. The records are written by a
:class:`RecordCodec` the caller hands in (the command line hands the JSON renderer's), so this
module knows nothing of their format; a query's full-record output is then copied from the
mapped records, around each event's status (the one value that depends on the day), rather
than built and serialized afresh. The store read carries them in its ``records`` (a
:class:`Written`), not in its events. :mod:`carneytl.storage.cachewrite` writes entries;
:mod:`carneytl.storage.stores` decides when to read and when to write.
``CARNEYTL_NO_CACHE=1`` turns the cache off; ``CARNEYTL_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import datetime as dt
import mmap
import os
import sys
import zlib
from array import array
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from carneytl import __version__
from carneytl.model import Account, Event, Precision, Source, Span, Store
from carneytl.storage import rules

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

# Days ``(first, last)``, either open (None): events whose span cannot meet them may be left out.
Window = tuple[dt.date | None, dt.date | None]

# Bump when the layout below changes; old entries then fail the key check and are rebuilt. A
# change to what validation accepts bumps :data:`carneytl.storage.rules.RULES` instead.
# 4 to 6 were used by intermediate layouts during development; 7 wrote ASCII keys; 8 kept
# YAML 1.1 numbers such as 0100 as their value (64), where 9 keeps the text as written; 10
# adds the events' accounts.
LAYOUT = 10
PRECISIONS = tuple(Precision)  # stored by number: its place in this tuple
_SOURCE_FIELDS = 5  # id, title, publisher, published, url
_SPAN_FIELDS = 6  # text, start, end (day ordinals), precision (its number), approximate, uncertain
# A block holds, for each of its rows, the event's fields (id, date, title, summary, actors,
# tags, location, sources, as_written, accounts), its record's offsets (begin, end of the part
# before the status, start of the part after it, end) and its place in the store.
_ROW_FIELDS = 15
_ACCOUNT_FIELDS = 4  # the span's row, the source list's row, as_written, note
# Where each event's record lies in the bytes a codec writes: begin, end of the part before
# the status, start of the part after it, end.
Place = tuple[int, int, int, int]


def enabled() -> bool:
    """Tell whether the cache is on (``CARNEYTL_NO_CACHE`` set to a true value turns it off)."""
    return os.environ.get("CARNEYTL_NO_CACHE", "").strip().lower() in {"", "0", "false", "no"}


def cache_dir() -> Path:
    """Return the directory for cache entries: ``CARNEYTL_CACHE_DIR`` or the user cache dir.

    The platform rules are those of the XDG spec, macOS and Windows; they are spelled out here
    rather than importing platformdirs, which costs more start-up time than the whole lookup.
    """
    explicit = os.environ.get("CARNEYTL_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "carneytl" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "carneytl"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base_dir = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # noqa: PTH117 - str from env
    return base_dir / "carneytl"


@dataclass(frozen=True, slots=True)
class RecordCodec:
    """How the caller writes each event's record, for an entry to keep them written.

    ``write`` returns the records of the events it is given and, for each, its :data:`Place`:
    ``data[begin:head]``, the event's status, then ``data[tail:end]`` are its record. The
    cache hands them back only for a head and tail that ``fits`` says look like its records;
    no head or tail is ever shorter than ``shortest`` says. ``name`` names the format and the
    version of its writer: it is part of an entry's key.
    """

    name: str
    write: Callable[[Sequence[Event]], tuple[bytes, list[Place]]]
    fits: Callable[[memoryview, memoryview], bool]
    shortest: tuple[int, int]


def entry_key(path: Path, stat: os.stat_result, codec: RecordCodec | None) -> str:
    """Return the key of the entry for the store at ``path``, written with ``codec``.

    Raises:
        TypeError: the path is not valid UTF-8, so it cannot be written in a key.
    """
    version = sys.implementation.cache_tag or sys.version
    # The inode and ctime catch what size and mtime alone miss: an edit that keeps the size
    # and has its mtime put back (`touch -r`, `cp -p`, `rsync -t`) still changes both.
    parts = [
        LAYOUT,
        str(path),
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ino,
        stat.st_ctime_ns,
        __version__,
        version,
        # A store cached before a rule changed is checked again under the new one.
        rules.RULES,
        # The records are the codec's bytes: another codec, or none, writes others.
        codec.name if codec is not None else "",
    ]
    return orjson.dumps(parts).decode()


def entry_path(path: Path) -> Path:
    """Return the file of the entry for the store at ``path`` (resolved)."""
    # A checksum of the path names the entry; two paths sharing one only take turns at it,
    # since the key inside still tells them apart.
    digest = zlib.crc32(str(path).encode("utf-8", "surrogatepass"))
    return cache_dir() / f"store-{digest:08x}.json"


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Written:
    """The records a codec wrote for a cached store's events, by their place in ``events``.

    Event ``n``'s record is ``view[begins[n]:heads[n]]``, its status, then
    ``view[tails[n]:ends[n]]``.
    """

    events: tuple[Event, ...]
    begins: Sequence[int]
    heads: Sequence[int]
    tails: Sequence[int]
    ends: Sequence[int]
    view: memoryview
    fits: Callable[[memoryview, memoryview], bool]
    # Filled on the first question: a store read for a table is never asked.
    rows_by_id: dict[str, int] = field(default_factory=dict)

    def pieces(self, events: Sequence[Event]) -> tuple[list[memoryview], list[memoryview]] | None:
        """Return the parts of ``events``' records before and after their status.

        None unless every event is one of ``self.events``, or when the records do not look
        like the codec's own.
        """
        if not events:
            return None
        if not self.rows_by_id:
            # Event ids are unique within a store, which validation makes sure of.
            for number, event in enumerate(self.events):
                self.rows_by_id[event.id] = number
        rows: list[int] = []
        for event in events:
            row = self.rows_by_id.get(event.id)
            if row is None or self.events[row] is not event:
                return None
            rows.append(row)
        view, begins, heads, tails, ends = self.view, self.begins, self.heads, self.tails, self.ends
        # Offsets are checked for order and range when the entry is read. Here the records to
        # be written out are checked too, on a sample (every 16th and the last): offsets that
        # do not line up with the records are off for many records at once, and a changed
        # byte within a record's text would pass an edge check anyway.
        for row in (*rows[::16], rows[-1]):
            if not self.fits(view[begins[row] : heads[row]], view[tails[row] : ends[row]]):
                return None
        return [view[begins[r] : heads[r]] for r in rows], [view[tails[r] : ends[r]] for r in rows]


def read(
    entry: Path,
    key: str,
    *,
    label: str,
    window: Window | None = None,
    codec: RecordCodec | None = None,
) -> Store | None:
    """Return the store kept in ``entry`` under ``key``, or None when it is missing or damaged.

    With a ``window``, the events whose dates cannot overlap it are left out before they are
    built. With a ``codec``, the store carries the records the entry keeps (see
    :class:`Written`); ``key`` must then be the key for that codec.
    """
    try:
        with entry.open("rb") as handle:
            head = handle.readline()
            # The header holds the key and the lengths of the JSON and the bytes after it, so
            # a truncated entry is caught before anything is parsed.
            stamp, doc_size, blob_size = head.rstrip(b"\n").rsplit(b" ", 2)
            if not head.endswith(b"\n") or stamp != key.encode():
                return None
            doc_length, blob_length = int(doc_size), int(blob_size)
            if os.fstat(handle.fileno()).st_size != len(head) + doc_length + blob_length:
                return None
            body = handle.read(doc_length)
            # Mapped, not read: only the pages of the records a query writes are ever loaded.
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        return _decode(
            orjson.loads(body), label, window, memoryview(mapped)[len(head) + doc_length :], codec
        )
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError):
        # A damaged entry decodes to garbage of some shape: treat it as missing.
        return None


def _account_rows(rows: list[Any]) -> list[tuple[int, int, str | None, str | None]]:
    """Check the rows of one event's accounts for shape and types, before any is built."""
    checked = []
    for row in rows:
        if len(row) != _ACCOUNT_FIELDS or not all(v is None or isinstance(v, str) for v in row[2:]):
            raise TypeError(row)
        span, cites, written, note = row
        checked.append((int(span), int(cites), written, note))
    return checked


def _day(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)


def _source_fields(values: list[Any]) -> tuple[Any, ...]:
    if len(values) != _SOURCE_FIELDS or not all(v is None or isinstance(v, str) for v in values):
        raise TypeError(values)
    return tuple(values)


def _strings(values: list[Any]) -> tuple[str, ...]:
    # sys.intern refuses anything but a str, so this checks the types as it shares the text.
    return tuple(map(sys.intern, values))


def _build(cls: type[T], columns: Sequence[Iterable[Any]]) -> list[T]:
    """Make instances of a model dataclass from one column per field, in the fields' order.

    Raises:
        ValueError: the columns are not one per field, or not all of one length (damage).
    """
    if len(columns) != len(fields(cls)):
        raise ValueError("one column per field")
    return [cls(*row) for row in zip(*columns, strict=True)]


def _spans(rows: list[list[Any]], numbers: list[int]) -> dict[int, Span]:
    """Build the spans of the rows ``numbers`` name, once each, by row number."""
    used = list(set(numbers))
    picked = pick(rows, used)
    if any(len(row) != _SPAN_FIELDS for row in picked):
        raise ValueError("span row of the wrong length")
    columns = list(zip(*picked, strict=True)) if picked else [()] * _SPAN_FIELDS
    texts, starts, ends, precisions, approximate, uncertain = columns
    made = _build(
        Span,
        [
            list(map(sys.intern, texts)),
            list(map(_day, starts)),
            list(map(_day, ends)),
            list(map(PRECISIONS.__getitem__, precisions)),
            list(map(bool, approximate)),
            list(map(bool, uncertain)),
        ],
    )
    return dict(zip(used, made, strict=True))


def _spans_in(rows: list[list[Any]], window: Window) -> set[int]:
    """Return the numbers of the span rows that may overlap ``window``, by their day ordinals."""
    first = window[0].toordinal() if window[0] is not None else None
    last = window[1].toordinal() if window[1] is not None else None
    return {
        index
        for index, (_, start, end, *_rest) in enumerate(rows)
        if not (last is not None and start is not None and start > last)
        and not (first is not None and end is not None and end < first)
    }


def pick(column: list[Any], rows: list[int]) -> list[Any]:
    """Return the items of ``column`` at ``rows``, in that order."""
    return [column[row] for row in rows]


def _used(rows: list[Any], numbers: list[int], make: Callable[[Any], Any]) -> dict[int, Any]:
    # Only the rows some kept event refers to are built: a narrow window needs few of them.
    return {number: make(rows[number]) for number in set(numbers)}


def _offsets(column: list[Any], size: int) -> array[int]:
    # array() refuses anything but whole numbers, in C; the range is checked once.
    numbers = array("q", column)
    if numbers and (min(numbers) < 0 or max(numbers) > size):
        raise ValueError("record offset out of range")
    return numbers


def _blocks(
    doc: dict[str, Any], window: Window | None, blob: memoryview
) -> tuple[list[list[Any]], list[int]]:
    """Parse the blocks of event rows that may meet ``window``; join their columns.

    Returns the columns and the numbers of the rows whose span overlaps the window (every
    row without one).
    """
    first = window[0].toordinal() if window is not None and window[0] is not None else None
    last = window[1].toordinal() if window is not None and window[1] is not None else None
    columns: list[list[Any]] = [[] for _ in range(_ROW_FIELDS)]
    rows: list[int] = []
    doubtful: list[range] = []
    for starts_from, starts_by, ends_from, ends_by, begin, end in doc["blocks"]:
        # The earliest and latest start and end of the block's rows; None where it is open
        # (an open start is before any day, an open end after any day).
        if last is not None and starts_from is not None and starts_from > last:
            continue
        if first is not None and ends_by is not None and ends_by < first:
            continue
        if not 0 <= begin <= end <= len(blob):
            raise ValueError("block out of range")
        part = orjson.loads(blob[begin:end])
        if len(part) != _ROW_FIELDS or len({len(c) for c in part}) != 1:
            raise ValueError("block columns do not line up")
        numbers = range(len(columns[0]), len(columns[0]) + len(part[0]))
        for column, more in zip(columns, part, strict=True):
            column.extend(more)
        # A block whose every row starts by the window's end and ends after its start is kept
        # whole; any other has its rows checked one by one.
        starts_in = last is None or starts_by is None or starts_by <= last
        ends_in = first is None or ends_from is None or ends_from >= first
        if starts_in and ends_in:
            rows.extend(numbers)
        else:
            doubtful.append(numbers)
    if doubtful and window is not None:
        inside = _spans_in(doc["spans"], window)
        dates = columns[1]
        rows.extend(row for numbers in doubtful for row in numbers if dates[row] in inside)
    return columns, rows


def _decode(
    doc: dict[str, Any],
    label: str,
    window: Window | None,
    blob: memoryview,
    codec: RecordCodec | None = None,
) -> Store:
    """Build the store (the events ``window`` may need), carrying the table of their records."""
    sources = [Source(*_source_fields(row)) for row in doc["sources"]]
    if not all(s.id for s in sources):
        raise ValueError("source without id")
    # Events are stored a column per field, so building them is one map() over the columns:
    # no Python loop, no row lists to parse. A column of the wrong length means damage.
    columns, rows = _blocks(doc, window, blob)
    # str.join refuses anything but text, at C speed: the required fields are all strings.
    "".join(columns[0])
    "".join(columns[2])
    # Events whose span cannot meet the window are dropped before any is built; the query
    # still checks every event it is given, so this only saves work.
    span_rows = doc["spans"]
    # Blocks group rows by date; the store keeps its events in file order.
    positions = _offsets(columns[-1], doc["count"])
    order = sorted(rows, key=positions.__getitem__)
    if order != list(range(len(columns[0]))):
        columns = [pick(column, order) for column in columns]
    ids, dates, titles, summaries, actors, tags, locations, cited, as_written, told = columns[:10]
    # Accounts are rare: most events share the one empty list of them.
    account_rows = {number: _account_rows(doc["account_sets"][number]) for number in set(told)}
    told_spans = [row[0] for rows in account_rows.values() for row in rows]
    told_sources = [row[1] for rows in account_rows.values() for row in rows]
    spans = _spans(span_rows, dates + told_spans if told_spans else dates)
    names = _used(doc["names"], actors + tags, _strings)
    source_sets = _used(
        doc["source_sets"],
        cited + told_sources if told_sources else cited,
        lambda row: tuple(map(sources.__getitem__, row)),
    )
    account_sets = {
        number: tuple(
            Account(spans[span], source_sets[cites], written, note)
            for span, cites, written, note in rows
        )
        for number, rows in account_rows.items()
    }
    events = tuple(
        _build(
            Event,
            [
                ids,
                map(spans.__getitem__, dates),
                titles,
                summaries,
                map(names.__getitem__, actors),
                map(names.__getitem__, tags),
                locations,
                map(source_sets.__getitem__, cited),
                as_written,
                map(account_sets.__getitem__, told),
            ],
        )
    )
    known = {sources[i].id: sources[i] for i in doc["store_sources"]}
    # Offsets out of range or out of order mean a damaged entry, whether or not it is asked
    # for its records; so do pieces shorter than any record's (``pieces`` checks the records'
    # edges on a sample only).
    begins, heads, tails, ends = [_offsets(c, len(blob)) for c in columns[10:14]]
    shortest_head, shortest_tail = codec.shortest if codec is not None else (0, 0)
    for begin, head, tail, end in zip(begins, heads, tails, ends, strict=True):
        if not (begin + shortest_head <= head <= tail and tail + shortest_tail <= end):
            raise ValueError("record offsets out of order, or pieces too short")
    if codec is None:
        return Store(path=label, events=events, sources=known)
    written = Written(events, begins, heads, tails, ends, blob, codec.fits)
    return Store(path=label, events=events, sources=known, records=written)
