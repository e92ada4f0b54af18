"""Add and remove events in a YAML store as transactions: locked, verified, written atomically.

Every edit runs under a lock (:mod:`carneytl.editing.lock`: concurrent edits queue up), checks
the whole store first, has :mod:`carneytl.editing.yamltext` change only the lines of the event
concerned, checks that the result reads back as the store with exactly that change, and
replaces the file atomically.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING, Any, Protocol

from carneytl.editing.yamlbatch import with_events_removed
from carneytl.editing.yamltext import with_event_added
from carneytl.errors import CarneyError, NotFoundError, Problem, StoreError, UsageError
from carneytl.model import sort_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from carneytl.model import Event, Store

# How long an edit waits for another carneytl that is editing the same store.
LOCK_TIMEOUT = 30.0
_YAML_SUFFIXES = {".yaml", ".yml"}


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
    """Make an id from a title by the rule of :func:`carneytl.slugs.slug`; ``event`` if empty."""
    from carneytl.slugs import slug

    return slug(text, fallback="event")


# --- edits as values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """One edit of a store's file: its text before and after, and the events it concerns."""

    path: Path
    before: str
    after: str
    events: tuple[Event, ...]

    def diff(self) -> str:
        """The edit as a unified diff of the store file, as ``diff -u`` and ``patch`` know it."""
        label = str(self.path)
        lines = unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            label,
            label,
        )
        return "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )


_CONTEXT = 3  # the lines of context around each change, as diff -u gives


def unified_diff(a: Sequence[str], b: Sequence[str], fromfile: str, tofile: str) -> list[str]:
    """Return the unified diff of two texts' lines, as difflib gives it, past their common ends.

    An edit changes a few lines of a store that may hold thousands, and difflib compares all
    of them: the lines both texts open and close with are left out of the comparison, and the
    hunks' line numbers are moved on by the lines left out in front.
    """
    import difflib

    size = min(len(a), len(b))
    head = 0
    while head < size and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < size - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    start = max(0, head - _CONTEXT)
    cut = max(0, tail - _CONTEXT)
    lines = list(
        difflib.unified_diff(
            a[start : len(a) - cut], b[start : len(b) - cut], fromfile, tofile, n=_CONTEXT
        )
    )
    if start == 0:
        return lines
    return [_moved(line, start) if line.startswith("@@ ") else line for line in lines]


def _moved(header: str, by: int) -> str:
    """A hunk header ``@@ -l,s +l,s @@`` with both starting lines ``by`` later."""
    import re

    return re.sub(r"([-+])(\d+)", lambda m: f"{m[1]}{int(m[2]) + by}", header, count=2)


class Change(Protocol):
    """What an edit does to a valid store's text: the new text and the events to expect."""

    def __call__(self, text: str, current: Store, label: str, /) -> Planned:
        """Return the edited text (no BOM), the events it must read back as, those concerned."""
        ...


@dataclass(frozen=True, slots=True)
class Planned:
    """A change worked out on the text: the new text, what it must read back as, and why."""

    text: str
    expected: tuple[Event, ...]
    concerned: tuple[Event, ...]
    # Checks the text read back beyond the events (None: the events are the whole check).
    accept: Callable[[Store], bool] | None = None


def apply(
    path: Path,
    change: Change,
    *,
    on_wait: Callable[[], None] | None = None,
    dry_run: bool = False,
    new_store_hint: bool = False,
) -> Edit:
    """Make ``change`` to the store at ``path``: locked, checked, verified, written atomically.

    With ``dry_run`` the edit is worked out and verified the same way, and nothing is written
    (nor locked: a reader always sees a whole file). ``new_store_hint`` says how to start a
    store if there is none.

    Raises:
        StoreError: the store has problems; nothing is written.
        CarneyError: the change is refused, the store is locked for too long or cannot be
            written; nothing is written.
    """
    target = _editable(path, new_store_hint=new_store_hint)
    if dry_run:
        return _planned(path, target, change)
    with _locked(target, on_wait):
        edit = _planned(path, target, change)
        write_atomically(target, edit.after.encode("utf-8"))
        return edit


def _planned(path: Path, target: Path, change: Change) -> Edit:
    text, bom, current = _read_valid(target, str(path))
    plan = change(text, current, str(path))
    _verify(str(path), bom + plan.text, plan)
    return Edit(path, bom + text, bom + plan.text, plan.concerned)


def adding(new: NewEvent) -> Change:
    """The change that adds ``new`` in date order (its id made from the title if not given).

    Raises (when applied):
        UsageError: the new event is invalid (each problem names its option).
    """

    def change(text: str, current: Store, label: str) -> Planned:  # noqa: ARG001 - one shape
        from carneytl.slugs import slug, unique
        from carneytl.storage.parsing import check_event

        taken = {event.id for event in current.events}
        if new.id is not None and new.id in taken:
            raise UsageError(
                f"--id: the store already has an event {new.id!r}",
                hint="choose another id, or leave --id out to have one made from the title",
            )
        item = _item(new, new.id or unique(slug(new.title, fallback=new.date), taken))
        try:
            event = check_event(item, current)
        except StoreError as exc:
            raise _as_usage_error(exc) from None
        key = sort_key(event)
        index = next(
            (i for i, old in enumerate(current.events) if sort_key(old) > key),
            len(current.events),
        )
        expected = (*current.events[:index], event, *current.events[index:])
        return Planned(with_event_added(text, index, item), expected, (event,))

    return change


def removing(event_ids: Sequence[str]) -> Change:
    """The change that removes the events ``event_ids``, all of them or, if any is unknown, none.

    Raises (when applied):
        NotFoundError: the store lacks one or more of the ids; each is named, with a hint.
    """
    wanted = list(dict.fromkeys(event_ids))  # a repeated id is removed once

    def change(text: str, current: Store, label: str) -> Planned:
        ids = [event.id for event in current.events]
        where: dict[str, int] = {}
        for index, event_id in enumerate(ids):
            where.setdefault(event_id, index)
        _refuse_unknown([i for i in wanted if i not in where], ids, label, asked=len(wanted))
        indexes = [where[i] for i in wanted]
        text = with_events_removed(text, indexes)
        gone = set(wanted)
        expected = tuple(e for e in current.events if e.id not in gone)
        concerned = tuple(current.events[i] for i in sorted(indexes))
        return Planned(text, expected, concerned)

    return change


# Unknown ids named in one refusal of `remove`; the rest are counted. A list of thousands
# would bury the hint, and a person fixes the first few before reading on.
_NAMED = 10


def _refuse_unknown(unknown: list[str], ids: list[str], label: str, *, asked: int) -> None:
    from carneytl.suggest import Guesser

    if not unknown:
        return
    guess = Guesser(ids)
    listing = "to see the ids: carneytl list --fields id,title -f jsonl --store " + quote(label)
    if len(unknown) == 1:
        event_id = unknown[0]
        close = guess(event_id)
        raise NotFoundError(
            f"{label} has no event {event_id!r}" + (", so none was removed" if asked > 1 else ""),
            hint=f"did you mean {close[0]!r}?" if close else listing,
        )
    named = unknown[:_NAMED]
    more = len(unknown) - len(named)
    meant = [f"{close[0]!r} for {i!r}" for i in named for close in (guess(i),) if close]
    names = ", ".join(map(repr, named)) + (f" and {more:,} more" if more else "")
    raise NotFoundError(
        f"{label} has no events {names}, so none was removed",
        hint=f"did you mean {', '.join(meant)}?" if meant else listing,
    )


# --- the public operations ------------------------------------------------------------------


def add_event(path: Path, new: NewEvent, *, on_wait: Callable[[], None] | None = None) -> Event:
    """Add ``new`` to the store at ``path``, in date order, and return it as stored.

    Raises:
        StoreError: the store has problems; nothing is written.
        UsageError: the new event is invalid (each problem names its option).
        CarneyError: the store is locked for too long or cannot be written.
    """
    return apply(path, adding(new), on_wait=on_wait, new_store_hint=True).events[0]


def remove_event(path: Path, event_id: str, *, on_wait: Callable[[], None] | None = None) -> Event:
    """Remove the event ``event_id`` from the store at ``path`` and return it.

    Raises:
        StoreError: the store has problems; nothing is written.
        NotFoundError: the store has no such event.
        CarneyError: the store is locked for too long or cannot be written.
    """
    return remove_events(path, [event_id], on_wait=on_wait)[0]


def remove_events(
    path: Path, event_ids: Sequence[str], *, on_wait: Callable[[], None] | None = None
) -> tuple[Event, ...]:
    """Remove the events ``event_ids`` from the store at ``path``: all of them, or none.

    Returns the events removed, in the store's order.

    Raises:
        StoreError: the store has problems; nothing is written.
        NotFoundError: the store lacks one or more of the ids; nothing is written.
        CarneyError: the store is locked for too long or cannot be written.
    """
    return apply(path, removing(event_ids), on_wait=on_wait).events


# --- steps ------------------------------------------------------------------------------------


def _editable(path: Path, *, new_store_hint: bool = False) -> Path:
    """Return the real file behind ``path`` (a symlink stays a symlink), or say why not.

    A missing store is an error, not made on the spot: a mistyped path would otherwise start a
    second story beside the first. ``new_store_hint`` says how to start one on purpose.
    """
    if str(path) == "-":
        raise UsageError(
            "standard input (-) cannot be changed: an edit writes the store back to its file",
            hint="give the store's file with --store",
        )
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
    """Hold the store's lock; call ``on_wait`` once if another process holds it."""
    from carneytl.editing.lock import LockFailedError, LockTimeoutError, store_lock

    try:
        with store_lock(target, timeout=LOCK_TIMEOUT, on_wait=on_wait):
            _remove_leftovers(target)
            yield
    except LockTimeoutError:
        raise CarneyError(
            f"gave up after {LOCK_TIMEOUT:.0f} s: another carneytl is still editing {target}",
            hint="try again when it has finished",
        ) from None
    except LockFailedError as exc:
        raise CarneyError(f"cannot lock {target}: {exc}") from None


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


def reads_back_as(
    text: str,
    label: str,
    expected: tuple[Event, ...],
    accept: Callable[[Store], bool] | None = None,
) -> bool:
    """Tell whether ``text`` reads as a valid store of exactly the ``expected`` events.

    ``accept``, if given, checks the store read back beyond its events.
    """
    from carneytl.storage.parsing import parse_store

    try:
        result = parse_store(text.encode("utf-8"), label)
    except StoreError:
        return False
    return result.events == expected and (accept is None or accept(result))


def _verify(label: str, text: str, plan: Planned) -> None:
    """Refuse ``text`` unless it reads back as exactly what ``plan`` expects; no broken store."""
    if not reads_back_as(text, label, plan.expected, plan.accept):
        raise CarneyError(
            f"{label}: the edit would have changed other parts of the store, so it was not made",
            hint="the store is unchanged; edit it by hand and run `carneytl check`",
        )


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


# The steps that other editing modules (editing/rewrite.py) build their changes on.
editable = _editable
locked = _locked
read_valid = _read_valid
refuse_unknown = _refuse_unknown
