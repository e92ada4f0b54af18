"""Read event stores (files, stdin, the embedded one) and merge them; all store I/O lives here.

Bytes read here are parsed and validated by :mod:`carneytl.storage.parsing`, which this module
imports only when a store is not in the parse cache (:mod:`carneytl.storage.cache` reads it,
:mod:`carneytl.storage.cachewrite` writes it; this module decides which).
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from carneytl.errors import STDIN, STDIN_LABEL, Problem, StoreError
from carneytl.model import Event, Source, Store

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from carneytl.storage.cache import RecordCodec, Window

__all__ = ["Store", "check_stores", "load_merged", "load_store", "load_stores"]

# Big enough for 100,000 events with room to spare; a bigger file is almost surely a mistake
# (a log, a dump, a disk image) and would take minutes and gigabytes to parse.
DEFAULT_MAX_STORE_MB = 64.0
# Megabytes as CARNEYTL_MAX_STORE_MB is written: a million terabytes at most.
_MEGABYTES = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,12})?")


def default_store_path() -> Path:
    """Return the embedded store: inside the installed package, or the checkout's ``data/``."""
    here = Path(__file__).resolve().parents[1]  # the carneytl package
    packaged = here / "data" / "events.yaml"
    if packaged.is_file():
        return packaged
    # An editable install or a plain checkout runs from src/, two levels below the top.
    return here.parents[1] / "data" / "events.yaml"


def load_store(
    path: Path | None = None, *, window: Window | None = None, codec: RecordCodec | None = None
) -> Store:
    """Read, parse and validate a store; ``None`` loads the embedded one.

    ``window`` lets a cached store leave out events whose dates cannot overlap it (see
    :func:`load_cached`); without it every event is there. With a ``codec``, a store kept in
    the parse cache carries its events' records as that codec writes them (``Store.records``).

    Raises:
        StoreError: with every problem found, each located at ``PATH:LINE:COL`` when possible.
    """
    path = path if path is not None else default_store_path()
    if str(path) == STDIN:
        return load_stdin()
    return load_cached(path, lambda: _read_store(path), window=window, codec=codec)


# A store modified this recently may change again within the file system's timestamp
# resolution without its mtime moving (git's "racy" case), so it is not cached yet.
_RACY_SECONDS = 2.0


def load_cached(
    path: Path,
    parse: Callable[[], Store],
    *,
    window: Window | None = None,
    codec: RecordCodec | None = None,
) -> Store:
    """Return the store at ``path`` from the parse cache, or ``parse()`` it and cache the result.

    ``parse`` raises :class:`~carneytl.errors.StoreError` for a bad store; nothing is cached
    then, so the same problems are reported on every run. Any trouble with the cache itself
    only costs the fresh parse, never an error.
    """
    from carneytl.storage import cache

    if not cache.enabled():
        return parse()
    try:
        resolved = path.resolve()
        stat = resolved.stat()
        key = cache.entry_key(resolved, stat, codec)
    except (OSError, TypeError):  # TypeError: a file name that is not valid UTF-8
        return parse()
    entry = cache.entry_path(resolved)
    cached = cache.read(entry, key, label=str(path), window=window, codec=codec)
    if cached is not None:
        return cached
    store = parse()
    if time.time() - stat.st_mtime_ns / 1e9 >= _RACY_SECONDS:
        # Only a first read writes: the cached path never imports the writer.
        from carneytl.storage.cachewrite import write

        return write(entry, key, store, codec)
    return store


def _read_store(path: Path) -> Store:
    label = str(path)
    data = read_store_bytes(path, label)
    from carneytl.storage.parsing import format_for, parse_store

    return parse_store(data, label, fmt=format_for(path, data))


def max_store_bytes() -> int:
    """Return the largest store carneytl reads: 64 MB, or ``CARNEYTL_MAX_STORE_MB`` megabytes.

    The variable is read as ASCII digits with perhaps a fraction (``3``, ``0.5``); anything else
    (``inf``, ``1e400``, ``1_000``, other scripts' digits, which float() would take) is ignored.
    """
    written = os.environ.get("CARNEYTL_MAX_STORE_MB", "").strip()
    if not _MEGABYTES.fullmatch(written) or not float(written) > 0:
        return int(DEFAULT_MAX_STORE_MB * 1_000_000)
    return int(float(written) * 1_000_000)


def read_store_bytes(path: Path, label: str) -> bytes:
    """Read a store file whole, refusing what is not a readable file of a sane size.

    Raises:
        StoreError: one problem saying why the file cannot be read.
    """
    limit = max_store_bytes()

    def fail(message: str) -> StoreError:
        return StoreError([Problem(label, None, None, message)])

    try:
        # Open first and size the open file: a file swapped or removed after a separate stat
        # cannot slip past the size check, and a file removed after opening still reads.
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise fail(
                    f"is {_megabytes(size)}, over the {_megabytes(limit)} a store may hold"
                    f" ({_RAISE_LIMIT})"
                )
            data = _read_at_most(handle, limit + 1, size)
    except IsADirectoryError:
        raise fail("is a directory, not a store file") from None
    except FileNotFoundError:
        raise fail("no such file") from None
    except OSError as exc:
        raise fail(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise fail(f"is over the {_megabytes(limit)} a store may hold ({_RAISE_LIMIT})")
    return data


def _read_at_most(handle: BinaryIO, most: int, expected: int) -> bytes:
    """Read to the end, or ``most`` bytes if the file is longer than it said (a device, a pipe).

    Reading one byte past the limit catches what lies about its size without ever holding
    more than the limit; asking for the expected size first avoids a limit-sized buffer.
    """
    chunks: list[bytes] = []
    want = expected + 1
    while most > 0:
        chunk = handle.read(min(max(want, 1 << 16), most))
        if not chunk:
            break
        chunks.append(chunk)
        most -= len(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


_RAISE_LIMIT = "CARNEYTL_MAX_STORE_MB=N raises the limit to N megabytes"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def load_stdin() -> Store:
    """Read a store from standard input, its format told by its content.

    Raises:
        StoreError: standard input is a terminal, unreadable, or not a valid store.
    """
    stream = sys.stdin
    if stream is None or stream.isatty():
        raise StoreError(
            [Problem(STDIN_LABEL, None, None, "--store - reads a store piped in, not a terminal")]
        )
    limit = max_store_bytes()
    try:
        data = _read_at_most(stream.buffer, limit + 1, 0)
    except OSError as exc:
        raise StoreError([Problem(STDIN_LABEL, None, None, f"cannot read: {exc}")]) from None
    if len(data) > limit:
        message = f"is over the {_megabytes(limit)} a store may hold ({_RAISE_LIMIT})"
        raise StoreError([Problem(STDIN_LABEL, None, None, message)])
    from carneytl.storage.parsing import parse_store, sniff_format

    return parse_store(data, STDIN_LABEL, fmt=sniff_format(data))


def check_stores(
    paths: Sequence[Path], *, codec: RecordCodec | None = None
) -> tuple[list[Store], list[Problem]]:
    """Load every store and collect all of their problems, not just the first bad store's.

    No paths means the embedded store; a path given twice is read once. Two stores holding
    the same event id, or defining the same source id differently, is a problem too.
    ``codec`` is handed to :func:`load_store`.
    """
    stores: list[Store] = []
    problems: list[Problem] = []
    unique = _distinct(paths) if paths else [None]
    for path in unique:
        try:
            stores.append(load_store(path, codec=codec))
        except StoreError as exc:
            problems.extend(exc.problems)
    problems.extend(_clashes(stores))
    return stores, problems


def _distinct(paths: Sequence[Path]) -> list[Path]:
    """Drop repeats of the same file, however it is spelled (relative, absolute, a symlink)."""
    seen: set[object] = set()
    distinct: list[Path] = []
    for path in paths:
        try:
            stat = path.stat() if str(path) != STDIN else None
        except OSError:
            stat = None  # reading it will report the problem
        identity: object = (stat.st_dev, stat.st_ino) if stat else str(path)
        if identity not in seen:
            seen.add(identity)
            distinct.append(path)
    return distinct


def _clashes(stores: list[Store]) -> list[Problem]:
    """Problems between stores: an event id in two of them, a source id defined two ways."""
    problems: list[Problem] = []
    first_event: dict[str, tuple[Store, int]] = {}
    first_source: dict[str, tuple[Store, Source]] = {}
    for store in stores:
        for index, event in enumerate(store.events):
            earlier = first_event.setdefault(event.id, (store, index))
            if earlier[0] is not store:
                line, column = _event_place(store, index)
                where = _place_text(earlier[0], earlier[1])
                problems.append(
                    Problem(
                        store.path, line, column, f"event id {event.id!r} is also in {where}", "id"
                    )
                )
        for source in store.sources.values():
            known = first_source.setdefault(source.id, (store, source))
            if known[0] is not store and known[1] != source:
                problems.append(
                    Problem(
                        store.path,
                        None,
                        None,
                        f"source {source.id!r} is defined differently in {known[0].path}",
                        "sources",
                    )
                )
    return problems


def _event_place(store: Store, index: int) -> tuple[int | None, int | None]:
    """Find where a store's event sits, reading the file again: only ever done for a clash."""
    if store.path == STDIN_LABEL:
        return None, None
    path = Path(store.path)
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None, None
    from carneytl.storage.parsing import Locator, format_for

    if format_for(path, data) == "jsonl":
        # Records are split on line feeds only, as the loader splits them.
        lines = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
        return (lines[index], 1) if index < len(lines) else (None, None)
    return Locator(text).position(("events", index, "id"))


def _place_text(store: Store, index: int) -> str:
    line, column = _event_place(store, index)
    return str(Problem(store.path, line, column, "")).removesuffix(": ")


def load_stores(
    paths: list[Path], *, window: Window | None = None, codec: RecordCodec | None = None
) -> tuple[Event, ...]:
    """Load one or more stores and merge their events (see :func:`load_merged`)."""
    return load_merged(paths, window=window, codec=codec).events


def load_merged(
    paths: list[Path], *, window: Window | None = None, codec: RecordCodec | None = None
) -> Store:
    """Load one or more stores as one; no paths means the embedded store.

    ``window`` (first day, last day, either open) lets a single store skip building events
    that cannot overlap it: a hint that saves work, so the query must still check each event.
    Merged stores are loaded whole, since event ids must be unique across all of them; their
    sources are merged too (a clash between them is a problem), and no written records are
    kept for them (``codec`` serves a single store only).

    Raises:
        StoreError: a store has problems, or two stores hold the same event id.
    """
    unique = _distinct(paths)
    if len(unique) <= 1:
        return load_store(unique[0] if unique else None, window=window, codec=codec)
    stores, problems = check_stores(unique, codec=codec)
    if problems:
        raise StoreError(problems)
    return Store(
        path=", ".join(store.path for store in stores),
        events=tuple(event for store in stores for event in store.events),
        sources={key: source for store in stores for key, source in store.sources.items()},
    )
