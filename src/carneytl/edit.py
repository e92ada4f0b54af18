"""Add and remove events in a YAML store without disturbing the rest of the file or losing it.

Every edit runs under a lock file (so concurrent edits queue up), validates the whole store
first, changes only the lines of the event concerned, checks that the result reads back as the
same store plus or minus that one event, and replaces the file atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import io
import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING, Any

from carneytl.errors import CarneyError, NotFoundError, Problem, StoreError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from carneytl.model import Event, Store

# How long an edit waits for another carneytl that is editing the same store.
LOCK_TIMEOUT = 30.0
_YAML_SUFFIXES = {".yaml", ".yml"}
# Characters that YAML readers count as line breaks but Python's split("\n") does not; a file
# holding them is rewritten whole rather than edited line by line.
_ODD_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
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
    from carneytl.query import sort_key
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
        edited = _Document(text).insert(index, _yaml_item(item))
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
        edited = _Document(text).remove(index)
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


# --- the text edit ----------------------------------------------------------------------------


def _yaml_item(item: dict[str, Any]) -> Any:  # noqa: ANN401 - a ruamel CommentedMap
    """Style the new event like a hand-written entry, quoting only where a reader needs it.

    ruamel's idea of a safe plain scalar is YAML 1.2's; PyYAML reads YAML 1.1. When any text
    would not read back as written (`?0` in a flow list, say), every string is double-quoted.
    """
    import yaml

    from carneytl.storage import safeyaml

    styled = _styled(item, quote_all=False)
    try:
        loaded, _ = safeyaml.load(_dump(styled))
    except yaml.YAMLError:
        loaded = None
    if not isinstance(loaded, dict) or any(
        loaded.get(key) != value for key, value in item.items() if key not in {"id", "date"}
    ):
        styled = _styled(item, quote_all=True)
    return styled


def _dump(styled: Any) -> str:  # noqa: ANN401 - a ruamel CommentedMap
    from ruamel.yaml import YAML

    dumper = YAML(typ="rt")
    dumper.width = 4096  # one line per field, as hand-written neighbours have; never re-wrapped
    out = io.StringIO()
    dumper.dump(styled, out)
    return out.getvalue()


def _styled(item: dict[str, Any], *, quote_all: bool) -> Any:  # noqa: ANN401 - CommentedMap
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    styled = CommentedMap()
    for key, value in item.items():
        if key == "date":
            styled[key] = _date_value(value, quote_all=quote_all)
        elif isinstance(value, list):
            seq = CommentedSeq([_safe_text(v, quote_all=quote_all) for v in value])
            seq.fa.set_flow_style()
            styled[key] = seq
        elif (
            not quote_all
            and isinstance(value, str)
            and "\n" in value
            and value.replace("\n", "").isprintable()
        ):
            # A literal block keeps lines as typed; other control characters need the escapes
            # of a double-quoted string.
            styled[key] = LiteralScalarString(value)
        else:
            styled[key] = _safe_text(value, quote_all=quote_all and key != "id")
    return styled


def _date_value(text: str, *, quote_all: bool) -> object:
    """Write a date the way people do: 2026-01-16 and 2018 unquoted, others as text."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"[1-9]\d{3}", text):
        return int(text)
    return _safe_text(text, quote_all=quote_all)


def _safe_text(value: object, *, quote_all: bool) -> object:
    """Quote text that a YAML 1.1 reader (PyYAML) would take for something else, like `yes`."""
    import yaml
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if not isinstance(value, str):
        return value
    if quote_all or not value.isprintable():
        # Line separators (NEL, U+2028) and controls written raw would be folded or refused on
        # reading; double quotes carry them as escapes.
        return DoubleQuotedScalarString(value)
    resolver: Any = yaml.resolver.Resolver()
    tag = resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag != "tag:yaml.org,2002:str":
        return SingleQuotedScalarString(value)
    return value


class _Document:
    """A store's text with the events list located, edited line by line where possible.

    Only the lines of the event added or removed change, so comments, quoting, key order and
    blank lines elsewhere stay byte for byte. Shapes that cannot be edited that way (an empty or
    flow-style list, odd line breaks) fall back to a full round trip through ruamel.yaml.
    """

    def __init__(self, text: str) -> None:
        from ruamel.yaml import YAML

        self.text = text
        self.yaml = YAML(typ="rt")
        self.yaml.preserve_quotes = True
        self.doc = self.yaml.load(text)
        self.events = self._events_list()
        self.lines = self._split(text)

    def _events_list(self) -> Any:  # noqa: ANN401 - a ruamel CommentedSeq, or None
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        events = self.doc.get("events") if isinstance(self.doc, CommentedMap) else self.doc
        return events if isinstance(events, CommentedSeq) else None

    @staticmethod
    def _split(text: str) -> list[str]:
        pieces = text.split("\n")
        lines = [piece + "\n" for piece in pieces[:-1]]
        if pieces[-1]:
            lines.append(pieces[-1])
        return lines

    def _by_lines(self) -> bool:
        return (
            self.events is not None
            and len(self.events) > 0
            and not self.events.fa.flow_style()
            and not _ODD_BREAKS.search(self.text)
            # Every item starts on its dash's line (not `-` alone with the mapping below it).
            and all(self._dash(i)[1] >= 0 for i in range(len(self.events)))
        )

    # -- positions (0-based lines)

    def _dash(self, index: int) -> tuple[int, int, int]:
        """Return the line of item ``index``, the column of its dash and of its content."""
        line, column = self.events.lc.item(index)
        dash = self.lines[line].rfind("-", 0, column)
        return line, dash, column

    def _is_comment(self, line: int, dash: int) -> bool:
        text = self.lines[line]
        stripped = text.lstrip(" ")
        return stripped.startswith("#") and len(text) - len(stripped) <= dash

    def _start(self, index: int) -> int:
        """First line of item ``index``, counting the comment lines directly above it."""
        line, dash, _ = self._dash(index)
        while line > 0 and self._is_comment(line - 1, dash):
            line -= 1
        return line

    def _end(self) -> int:
        """The line after the last item's content: before trailing blanks and comments."""
        from ruamel.yaml.comments import CommentedMap

        boundary = len(self.lines)
        if isinstance(self.doc, CommentedMap):
            keys = list(self.doc)
            after = keys[keys.index("events") + 1 :]
            if after:
                boundary = self.doc.lc.key(after[0])[0]
        _, dash, _ = self._dash(len(self.events) - 1)
        while boundary > 0 and (
            not self.lines[boundary - 1].strip() or self._is_comment(boundary - 1, dash)
        ):
            boundary -= 1
        return boundary

    def _blank_separated(self) -> bool:
        return any(not self.lines[self._start(i) - 1].strip() for i in range(1, len(self.events)))

    def _newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"

    # -- edits

    def insert(self, index: int, item: Any) -> str:  # noqa: ANN401 - a ruamel CommentedMap
        """Return the text with ``item`` inserted as event number ``index``."""
        if not self._by_lines():
            return self._round_trip(lambda: self._insert_value(index, item))
        _, dash, column = self._dash(min(index, len(self.events) - 1))
        block = self._render(item, dash, column)
        gap = self._newline() if self._blank_separated() else ""
        lines = list(self.lines)
        if index < len(self.events):
            at = self._start(index)
            lines[at:at] = [block + gap]
        else:
            at = self._end()
            if at and not lines[at - 1].endswith("\n"):
                lines[at - 1] += self._newline()
            lines[at:at] = [gap + block]
        return "".join(lines)

    def remove(self, index: int) -> str:
        """Return the text without event number ``index``.

        The event's own lines go, with the comment lines directly above it; comments set apart
        by a blank line, or below it, stay. Of the blank lines either side of the event, one
        run usually goes too, so the events left are spaced as before and adding an event then
        removing it gives back the same text.
        """
        emptied = self._emptied_key_line() if len(self.events) == 1 else None
        if not self._by_lines() or emptied is False:
            return self._round_trip(lambda: self.events.pop(index))
        lines = list(self.lines)
        start = self._start(index)
        _, dash, _ = self._dash(index)
        if index + 1 == len(self.events):
            # The list's tail (blank lines, comments, the next key) stays as it was.
            end = self._end()
            while start > 0 and not lines[start - 1].strip():
                start -= 1
        else:
            end = self._content_end(index, dash)
            after = end
            while not lines[after].strip():
                after += 1
            # Blank lines go, unless they set a comment that heads no event apart from the
            # event before.
            apart = after < self._start(index + 1) and index > 0 and lines[start - 1].strip()
            if not apart:
                end = after
        if emptied is None:
            del lines[start:end]
        elif emptied is True:  # a bare list at the top: `[]` keeps the file a list
            lines[start:end] = [" " * dash + "[]" + self._newline()]
        else:
            line, text = emptied
            del lines[start:end]
            lines[line] = text
        return "".join(lines)

    def _content_end(self, index: int, dash: int) -> int:
        """The line after item ``index``'s own lines, before the blanks and comments below."""
        line = self._dash(index)[0]
        end = self._start(index + 1)
        while end - 1 > line and (
            not self.lines[end - 1].strip() or self._is_comment(end - 1, dash)
        ):
            end -= 1
        return end

    def _emptied_key_line(self) -> tuple[int, str] | bool:
        """The `events:` line written `events: []`, or True for a bare list; False if unsure.

        A list left with no items would read as `events:` alone, that is null; `[]` says it.
        """
        from ruamel.yaml.comments import CommentedMap

        if not isinstance(self.doc, CommentedMap):
            return True
        line, column = self.doc.lc.key("events")
        text = self.lines[line]
        key = re.compile(r"""(events|"events"|'events')[ \t]*:""").match(text, column)
        rest = text[key.end() :] if key else ""
        if key is None or (rest.strip() and not rest.lstrip().startswith("#")):
            return False
        return line, text[: key.end()] + " []" + rest

    def _insert_value(self, index: int, item: Any) -> None:  # noqa: ANN401 - a CommentedMap
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        if self.events is None:
            self.events = CommentedSeq()
            if isinstance(self.doc, CommentedMap):
                self.doc["events"] = self.events
            else:
                self.doc = self.events
        if not self.events:
            self.events.fa.set_block_style()  # `events: []` grows into the usual block list
        self.events.insert(index, item)

    def _render(self, item: Any, dash: int, column: int) -> str:  # noqa: ANN401 - CommentedMap
        """Dump one event as a block item whose dash and keys line up with its neighbours."""
        body = _dump(item).rstrip("\n").split("\n")
        newline = self._newline()
        first = " " * dash + "-" + " " * max(column - dash - 1, 1)
        rest = " " * max(column, dash + 2)
        return "".join(
            (first if n == 0 else (rest if line else "")) + line + newline
            for n, line in enumerate(body)
        )

    def _guess_indent(self) -> tuple[int, int]:
        """Return the file's sequence indent and dash offset, as ruamel guesses them."""
        from ruamel.yaml.util import load_yaml_guess_indent

        try:
            _, sequence, offset = load_yaml_guess_indent(self.text)
        except Exception:  # noqa: BLE001 - the guess trips on some valid layouts; use defaults
            return 4, 2
        if not sequence:
            return 4, 2  # no block list to go by: write the README's `  - id: ...` layout
        return sequence, offset or 0

    def _round_trip(self, change: Callable[[], object]) -> str:
        """Apply ``change`` to the loaded document and dump it all, keeping what ruamel can."""
        sequence, offset = self._guess_indent()
        change()
        dumper = self.yaml
        dumper.width = 4096
        dumper.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
        dumper.Representer = _null_representer()
        out = io.StringIO()
        dumper.dump(self.doc, out)
        return out.getvalue()


def _null_representer() -> type[Any]:
    """Return ruamel's round-trip representer, writing None as `null` (as stores do)."""
    from ruamel.yaml.representer import RoundTripRepresenter

    class NullRepresenter(RoundTripRepresenter):
        def represent_none(self, _: None) -> Any:  # noqa: ANN401 - a ruamel node
            return self.represent_scalar("tag:yaml.org,2002:null", "null")

    # A subclass, so the representer of any other ruamel user in the process is left alone.
    NullRepresenter.add_representer(type(None), NullRepresenter.represent_none)
    return NullRepresenter
