"""Add and remove events in a YAML store as transactions: locked, verified, written atomically.

Every edit runs under a lock file (so concurrent edits queue up), validates the whole store
first, has :mod:`carneytl.editing.yamltext` change only the lines of the event concerned, checks
that the result reads back as the same store plus or minus that one event, and replaces the
file atomically.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING, Any

from carneytl.editing.yamltext import with_event_added, with_event_removed
from carneytl.errors import CarneyError, NotFoundError, Problem, StoreError, UsageError
from carneytl.model import sort_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from carneytl.model import Event, Store

# How long an edit waits for another carneytl that is editing the same store.
LOCK_TIMEOUT = 30.0
_YAML_SUFFIXES = {".yaml", ".yml"}
_SLUG_WORDS = 8
_SLUG_LENGTH = 60


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event as given on the command line, before validation; ``id`` None means generate."""

    date: str
    title: str
    summary: str | None = None
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    location: str | None = None
    sources: tuple[str, ...] = ()
    as_written: str | None = None
    id: str | None = None


def slugify(text: str) -> str:
    """Make an id from a title: lower-case ASCII words joined by hyphens, kept short."""
    # "Canada's" should give "canadas", not "canada-s".
    text = re.sub("['\u2019]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words[:_SLUG_WORDS]:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > _SLUG_LENGTH:
            break
        slug = longer
    return slug or "event"


def unique_id(base: str, taken: set[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


# --- the public operations ------------------------------------------------------------------


def add_event(path: Path, new: NewEvent, *, on_wait: Callable[[], None] | None = None) -> Event:
    """Add ``new`` to the store at ``path``, in date order, and return it as stored.

    Raises:
        StoreError: the store has problems; nothing is written.
        UsageError: the new event is invalid (each problem names its option).
        CarneyError: the store is locked for too long or cannot be written.
    """
    from carneytl.storage.parsing import check_event

    target = _editable(path, new_store_hint=True)
    with _locked(target, on_wait):
        text, bom, current = _read_valid(target, str(path))
        taken = {event.id for event in current.events}
        if new.id is not None and new.id in taken:
            raise UsageError(
                f"--id: the store already has an event {new.id!r}",
                hint="choose another id, or leave --id out to have one made from the title",
            )
        item = _item(new, new.id or unique_id(slugify(new.title), taken))
        try:
            event = check_event(item, current)
        except StoreError as exc:
            raise _as_usage_error(exc) from None
        key = sort_key(event)
        index = next(
            (i for i, old in enumerate(current.events) if sort_key(old) > key),
            len(current.events),
        )
        edited = with_event_added(text, index, item)
        expected = (*current.events[:index], event, *current.events[index:])
        _verify_and_write(target, str(path), bom + edited, expected)
        return event


def remove_event(path: Path, event_id: str, *, on_wait: Callable[[], None] | None = None) -> Event:
    """Remove the event ``event_id`` from the store at ``path`` and return it.

    Raises:
        StoreError: the store has problems; nothing is written.
        NotFoundError: the store has no such event.
        CarneyError: the store is locked for too long or cannot be written.
    """
    import difflib

    target = _editable(path)
    with _locked(target, on_wait):
        text, bom, current = _read_valid(target, str(path))
        ids = [event.id for event in current.events]
        if event_id not in ids:
            close = difflib.get_close_matches(event_id, ids, n=1)
            raise NotFoundError(
                f"{path} has no event {event_id!r}",
                hint=f"did you mean {close[0]!r}?"
                if close
                else "to see the ids: carneytl list --fields id,title -f jsonl --store "
                + quote(str(path)),
            )
        index = ids.index(event_id)
        edited = with_event_removed(text, index)
        expected = current.events[:index] + current.events[index + 1 :]
        _verify_and_write(target, str(path), bom + edited, expected)
        return current.events[index]


# --- steps ------------------------------------------------------------------------------------


def _editable(path: Path, *, new_store_hint: bool = False) -> Path:
    """Return the real file behind ``path`` (a symlink stays a symlink), or say why not.

    A missing store is an error, not made on the spot: a mistyped path would otherwise start a
    second story beside the first. ``new_store_hint`` says how to start one on purpose.
    """
    if path.suffix.lower() not in _YAML_SUFFIXES:
        raise UsageError(
            f"{path}: carneytl edits YAML stores (.yaml, .yml) only",
            hint="convert the store to YAML, or edit it by hand and run `carneytl check`",
        )
    target = path.resolve()
    if not target.is_file():
        what = "is a directory, not a store file" if target.is_dir() else "no such file"
        if new_store_hint and not target.exists() and target.parent.is_dir():
            import shlex

            start = f"printf 'version: 1\\nevents: []\\n' > {shlex.quote(str(path))}"
            raise CarneyError(f"{path}: {what}", hint=f"to start a new store: {start}")
        raise StoreError([Problem(str(path), None, None, what)])
    if not os.access(target, os.W_OK):
        # The rename would succeed in a writable folder; a read-only file says "leave me be".
        raise CarneyError(f"{path} is read-only", hint="make it writable to edit it")
    return target


@contextlib.contextmanager
def _locked(target: Path, on_wait: Callable[[], None] | None) -> Iterator[None]:
    """Hold the store's lock file; call ``on_wait`` once if another process holds it."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(target.with_name(target.name + ".lock")))
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait()
            lock.acquire(timeout=LOCK_TIMEOUT)
    except Timeout:
        raise CarneyError(
            f"gave up after {LOCK_TIMEOUT:.0f} s: another carneytl is still editing {target}",
            hint="try again when it has finished",
        ) from None
    except OSError as exc:
        raise CarneyError(f"cannot lock {target}: {exc.strerror or exc}") from None
    try:
        _remove_leftovers(target)
        yield
    finally:
        lock.release()


def _remove_leftovers(target: Path) -> None:
    """Delete temporary files that a killed edit left; only the lock holder writes them."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _read_valid(target: Path, label: str) -> tuple[str, str, Store]:
    """Read and validate the whole store; return its text (without BOM), the BOM, the store."""
    from carneytl.storage.parsing import parse_store
    from carneytl.storage.stores import read_store_bytes

    data = read_store_bytes(target, label)
    current = parse_store(data, label)
    text = data.decode("utf-8")
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    return text.removeprefix("\ufeff"), bom, current


_OPTION_OF = {"actors": "--actor", "tags": "--tag", "sources": "--source"}


def _as_usage_error(exc: StoreError) -> UsageError:
    """Name the command-line option behind each problem of the new event."""
    parts = []
    for problem in exc.problems:
        field = problem.field
        option = _OPTION_OF.get(field, f"--{field.replace('_', '-')}") if field else None
        parts.append(f"{option}: {problem.message}" if option else problem.message)
    return UsageError("\n".join(parts))


def _item(new: NewEvent, event_id: str) -> dict[str, Any]:
    """The event as a plain mapping, keys in the store's usual order, empty fields left out."""

    def text(value: str | None) -> str | None:
        return (value or "").strip() or None  # `--summary ""` means no summary

    item: dict[str, Any] = {"id": event_id, "date": new.date.strip(), "title": new.title.strip()}
    optional: dict[str, Any] = {
        "summary": text(new.summary),
        "actors": list(new.actors),
        "tags": list(new.tags),
        "location": text(new.location),
        "sources": list(new.sources),
        "as_written": text(new.as_written),
    }
    item.update({key: value for key, value in optional.items() if value not in (None, [])})
    return item


def _verify_and_write(target: Path, label: str, text: str, expected: tuple[Event, ...]) -> None:
    """Write ``text`` only if it reads back as exactly ``expected``; never a broken store."""
    from carneytl.storage.parsing import parse_store

    data = text.encode("utf-8")
    try:
        result = parse_store(data, label)
    except StoreError:
        result = None
    if result is None or result.events != expected:
        raise CarneyError(
            f"{label}: the edit would have changed other parts of the store, so it was not made",
            hint="the store is unchanged; edit it by hand and run `carneytl check`",
        )
    write_atomically(target, data)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that readers see the old file or the new, never half.

    The data goes to a temporary file in the same folder (same file system, so the rename is
    atomic), is flushed to disk, takes the old file's permissions, and is renamed over it.

    Raises:
        CarneyError: the file cannot be written; it is left as it was.
    """
    try:
        old = target.stat()
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise CarneyError(f"cannot write {target}: {exc.strerror or exc}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temp.chmod(stat.S_IMODE(old.st_mode))
        if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
            with contextlib.suppress(PermissionError):
                os.chown(temp, old.st_uid, old.st_gid)
        temp.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise CarneyError(
                f"cannot write {target}: {exc.strerror or exc}", hint="the store is unchanged"
            ) from None
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry so the rename itself survives a power cut."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is done all the same
    finally:
        os.close(handle)
