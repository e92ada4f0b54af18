"""YAML text surgery: events and sources added to, changed in or removed from a store's text.

Comments, quoting, key order and blank lines outside the item concerned stay byte for byte;
a new event or source is styled like a hand-written neighbour. Nothing here reads or writes
files: the caller (:mod:`carneytl.editing.transaction`) checks the result before it is written.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from carneytl.editing.yamlstyle import dump, grow_item, styled_item, styled_source

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# Characters that YAML readers count as line breaks but Python's split("\n") does not; a file
# holding them is rewritten whole rather than edited line by line.
_ODD_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
# The key line of an empty flow list: `events: []` (or `sources: []`), the key perhaps quoted.
_EMPTY_LIST = {
    key: re.compile(rf"""(?P<key>(?:{key}|"{key}"|'{key}')[ \t]*:)[ \t]*\[[ \t]*\]""")
    for key in ("events", "sources")
}


def with_event_added(text: str, index: int, item: dict[str, Any]) -> str:
    """Return ``text`` with the event ``item`` inserted as event number ``index``."""
    return EventsDocument(text).insert(index, styled_item(item))


def with_events_added(text: str, placed: Iterable[tuple[int, dict[str, Any]]]) -> str:
    """Return ``text`` with each ``(index, item)`` of ``placed`` inserted, in turn.

    The same as calling :func:`with_event_added` for each, in order, each index counted in the
    text as it is by then; the text is parsed once (again only where an edit had to be made by
    a whole round trip).
    """
    placed = list(placed)
    if not placed:
        return text  # nothing to do: no parse of a store that may be big
    document = EventsDocument(text)
    for index, item in placed:
        document.insert_in_place(index, styled_item(item))
    return document.joined()


def with_event_removed(text: str, index: int) -> str:
    """Return ``text`` without event number ``index`` and the comment lines that head it."""
    return EventsDocument(text).remove(index)


def event_text(text: str, index: int) -> str | None:
    """Return event number ``index`` as its own YAML text, the mapping moved to column 0.

    The text is the event's own lines as written (comments, quoting and all), LF-ended. None
    if the store's events cannot be edited line by line (a flow-style list of events, an item
    whose mapping starts below its dash, line breaks other than LF and CRLF).
    """
    document = EventsDocument(text)
    if not document.by_lines():
        return None
    first, end, _, column = document.own_lines(index)
    lines = [line.rstrip("\r\n") for line in document.lines[first:end]]
    lines[0] = " " * column + lines[0][column:]
    return "".join(
        (line[column:] if not line[:column].strip() else line.lstrip(" ")) + "\n" for line in lines
    )


def with_event_text(text: str, index: int, new: str) -> tuple[str, int, int] | None:
    """Return ``text`` with event number ``index`` written as ``new`` (text as from event_text).

    Also returns where ``new`` went, to place problems found in it: line L of the result (from
    1) is line ``L - shift`` of ``new``, and a column there is ``indent`` more than in ``new``.
    None if the store's events cannot be edited line by line (see :func:`event_text`).
    """
    document = EventsDocument(text)
    if not document.by_lines():
        return None
    first, end, dash, column = document.own_lines(index)
    lines = new.replace("\r\n", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    lead = 0
    while lead < len(lines) - 1 and not lines[lead].strip():
        lead += 1
    newline = document.newline()
    head = " " * dash + "-" + " " * (column - dash - 1)
    block = [
        (head if n == 0 else " " * column if line.strip() else "") + line + newline
        for n, line in enumerate(lines[lead:])
    ]
    edited = [*document.lines[:first], *block, *document.lines[end:]]
    return "".join(edited), first - lead, column


def with_event_grown(text: str, index: int, refs: list[str], accounts: list[dict[str, Any]]) -> str:
    """Return ``text`` with event number ``index`` citing ``refs`` too and holding ``accounts``.

    The new sources follow the event's own, the new accounts its others; each account holds
    ``date``, ``sources`` and perhaps ``as_written`` and ``note``. Only the event's own lines
    change; a store whose events cannot be edited line by line is written whole.
    """
    return EventsDocument(text).grow(index, refs, accounts)


def with_events_grown(
    text: str, grown: Iterable[tuple[int, list[str], list[dict[str, Any]]]]
) -> str:
    """Return ``text`` with each ``(index, refs, accounts)`` of ``grown`` applied, in turn.

    The same as calling :func:`with_event_grown` for each, in order; the text is parsed once.
    """
    grown = list(grown)
    if not grown:
        return text  # nothing to do: no parse of a store that may be big
    document = EventsDocument(text)
    for index, refs, accounts in grown:
        document.grow_in_place(index, refs, accounts)
    return document.joined()


def with_sources_added(text: str, items: Iterable[dict[str, Any]]) -> str:
    """Return ``text`` with each source of ``items`` added, in turn, after the others.

    The same as calling :func:`with_source_added` for each, in order; the text is parsed once.

    Raises:
        CarneyError: the store is a bare list of events, with no place for sources.
    """
    items = list(items)
    if not items:
        return text  # nothing to do: no parse of a store that may be big
    document = SourcesDocument(text)
    for item in items:
        document.insert_in_place(len(document.items), styled_source(item))
    return document.joined()


def with_source_added(text: str, item: dict[str, Any]) -> str:
    """Return ``text`` with the source ``item`` after the others in its top-level ``sources``.

    Of ``item``, ``id``, ``title``, ``publisher``, ``published`` and ``url`` are written, in
    that order, styled like a hand-written neighbour (a `sources` list is made if there is none).

    Raises:
        CarneyError: the store is a bare list of events, with no place for sources.
    """
    document = SourcesDocument(text)
    size = 0 if document.events is None else len(document.events)
    return document.insert(size, styled_source(item))


class EventsDocument:
    """A store's text with the events list located, edited line by line where possible.

    Only the lines of the event added or removed change, so comments, quoting, key order and
    blank lines elsewhere stay byte for byte. Shapes that cannot be edited that way (an empty or
    flow-style list, odd line breaks) fall back to a full round trip through ruamel.yaml.
    """

    KEY = "events"  # the top-level key of the list edited

    def __init__(self, text: str, parsed: EventsDocument | None = None) -> None:
        """Locate the list in ``text``; ``parsed``, a document of the same text, saves a parse."""
        # The parses of the text so far: a batch of edits tells by it whether it kept to one.
        self.parses = 0
        self._load(text, parsed)

    def _load(self, text: str, parsed: EventsDocument | None = None) -> None:
        from ruamel.yaml import YAML

        self.text = text
        if parsed is None:
            self.yaml = YAML(typ="rt")
            self.yaml.preserve_quotes = True
            self.doc = self.yaml.load(text)
            self.parses += 1
        else:
            self.yaml, self.doc = parsed.yaml, parsed.doc
        self.events = self._events_list()
        self.lines = self._split(text)
        # Where each item starts, and the line of the key after the list: kept up to date by
        # remove(), so that several events go with one parse of the text.
        self.items: list[tuple[int, int]] = (
            [] if self.events is None else [self.events.lc.item(i) for i in range(len(self.events))]
        )
        self.after = self._key_after_events()
        # Facts about the text that the edits made in place keep true (see insert_in_place):
        # worked out once rather than on every edit of a batch.
        self._fast: bool | None = None
        self._gap: bool | None = None
        self._indent: tuple[int, int] | None = None

    def _key_after_events(self) -> int | None:
        from ruamel.yaml.comments import CommentedMap

        if isinstance(self.doc, CommentedMap):
            keys = list(self.doc)
            after = keys[keys.index("events") + 1 :] if "events" in keys else []
            if after:
                return int(self.doc.lc.key(after[0])[0])
        return None

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

    def by_lines(self) -> bool:
        """Tell whether the events can be edited line by line."""
        return self._by_lines()

    def own_lines(self, index: int) -> tuple[int, int, int, int]:
        """Item ``index``'s own lines (first, end) and the columns of its dash and content.

        The comment lines above it, and the blank lines and comments below, are not its own.
        """
        line, dash, column = self._dash(index)
        last = index + 1 == len(self.items)
        end = self._end() if last else self._content_end(index, dash)
        return line, end, dash, column

    def newline(self) -> str:
        """The file's line end: CRLF if it has any, else LF."""
        return self._newline()

    def head(self, index: int) -> int:
        """Item ``index``'s first line, counting the comment lines directly above it."""
        return self._start(index)

    def _by_lines(self) -> bool:
        return (
            self.events is not None
            and len(self.items) > 0
            and not self.events.fa.flow_style()
            and not _ODD_BREAKS.search(self.text)
            # Every item starts on its dash's line (not `-` alone with the mapping below it).
            and all(self._dash(i)[1] >= 0 for i in range(len(self.items)))
        )

    # -- positions (0-based lines)

    def _dash(self, index: int) -> tuple[int, int, int]:
        """Return the line of item ``index``, the column of its dash and of its content."""
        line, column = self.items[index]
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
        boundary = len(self.lines) if self.after is None else self.after
        _, dash, _ = self._dash(len(self.items) - 1)
        while boundary > 0 and (
            not self.lines[boundary - 1].strip() or self._is_comment(boundary - 1, dash)
        ):
            boundary -= 1
        return boundary

    def _blank_separated(self) -> bool:
        return any(not self.lines[self._start(i) - 1].strip() for i in range(1, len(self.items)))

    def _newline(self) -> str:
        return "\r\n" if "\r\n" in self.text else "\n"

    # -- edits

    def insert(self, index: int, item: Any) -> str:  # noqa: ANN401 - a ruamel CommentedMap
        """Return the text with ``item`` inserted as event number ``index``."""
        if not self._by_lines():
            grown = self._grow_empty_list(item)
            if grown is not None:
                return grown
            return self._round_trip(lambda: self._insert_value(index, item))
        _, dash, column = self._dash(min(index, len(self.items) - 1))
        block = self._render(item, dash, column)
        gap = self._newline() if self._blank_separated() else ""
        lines = list(self.lines)
        if index < len(self.items):
            at = self._start(index)
            lines[at:at] = [block + gap]
        else:
            at = self._end()
            if at and not lines[at - 1].endswith("\n"):
                lines[at - 1] += self._newline()
            lines[at:at] = [gap + block]
        return "".join(lines)

    def joined(self) -> str:
        """The text as edited in place so far."""
        return "".join(self.lines)

    def follow(self, other: EventsDocument) -> None:
        """Take on the lines ``other`` edited in place, all of them below this list's own.

        This list's items and the key after it lie above every line ``other`` changed, so
        their positions hold.
        """
        self.lines = other.lines
        self.text = other.joined()
        self._fast = self._gap = self._indent = None

    def insert_in_place(self, index: int, item: Any) -> None:  # noqa: ANN401 - a CommentedMap
        """Insert ``item`` as event number ``index``, as :meth:`insert` would, keeping count.

        The lines, the items' positions and the line of the key after the list are brought up
        to date, so that the next edit needs no new parse of the text.
        """
        if not self._in_step():
            self._load(self.insert(index, item))
            return
        _, dash, column = self._dash(min(index, len(self.items) - 1))
        block = self._split(self._render(item, dash, column))
        gap = [self._newline()] if self._separated() else []
        if index < len(self.items):
            at = self._start(index)
            new, line = [*block, *gap], at
        else:
            at = self._end()
            if at and not self.lines[at - 1].endswith("\n"):
                self.lines[at - 1] += self._newline()
            new, line = [*gap, *block], at + len(gap)
        self.lines[at:at] = new
        self._shift(index, at, len(new))
        self.items.insert(index, (line, dash + 1 + max(column - dash - 1, 1)))
        if any(_ODD_BREAKS.search(piece) for piece in block):
            self._load(self.joined())

    def grow_in_place(self, index: int, refs: list[str], accounts: list[dict[str, Any]]) -> None:
        """Apply :meth:`grow` to the lines held, keeping count as :meth:`insert_in_place` does."""
        if not self._in_step():
            self._load(self.grow(index, refs, accounts))
            return
        line, end, _, _ = self.own_lines(index)
        block = self._split(self._grown(line, end, refs, accounts))
        self.lines[line:end] = block
        if line <= self.items[0][0] or not self.lines[self.items[0][0]].lstrip().startswith("- "):
            # The indent guess goes by the first `- ` line, which this edit may have rewritten.
            self._indent = None
        self._shift(index + 1, end, len(block) - (end - line))
        head = re.match(r" *- +", block[0]) if block else None
        if head is None or any(_ODD_BREAKS.search(piece) for piece in block):
            self._load(self.joined())
            return
        self.items[index] = (line, head.end())

    def _in_step(self) -> bool:
        """Tell whether the events can be edited line by line, knowing it once per parse."""
        if self._fast is None:
            self._fast = self._by_lines()
        return self._fast

    def _separated(self) -> bool:
        if self._gap is None:
            self._gap = self._blank_separated()
        return self._gap

    def _shift(self, index: int, at: int, count: int) -> None:
        """Move items ``index`` on, and the key after the list, ``count`` lines at ``at``."""
        self.items[index:] = [(line + count, column) for line, column in self.items[index:]]
        if self.after is not None and self.after >= at:
            self.after += count

    def grow(self, index: int, refs: list[str], accounts: list[dict[str, Any]]) -> str:
        """Return the text with event ``index`` citing ``refs`` and holding ``accounts`` too.

        Only the event's own lines are rewritten, through ruamel; a store whose events cannot be
        edited line by line is written whole.
        """
        if not self._by_lines():
            return self._round_trip(lambda: grow_item(self.events[index], refs, accounts))
        line, end, _, _ = self.own_lines(index)
        written = self._grown(line, end, refs, accounts)
        return "".join(self.lines[:line]) + written + "".join(self.lines[end:])

    def _grown(self, line: int, end: int, refs: list[str], accounts: list[dict[str, Any]]) -> str:
        """The lines ``line`` to ``end`` (one event's own) written again, grown."""
        from ruamel.yaml import YAML

        block = "".join(self.lines[line:end])
        if self._indent is None:
            self.text = self.joined()
            self._indent = self._guess_indent()
        sequence, offset = self._indent
        yaml = YAML(typ="rt")
        yaml.preserve_quotes = True
        yaml.width = 4096
        yaml.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
        loaded = yaml.load(block)
        grow_item(loaded[0], refs, accounts)
        out = io.StringIO()
        yaml.dump(loaded, out)
        written = out.getvalue().replace("\n", self._newline())
        if not block.endswith("\n"):
            written = written.rstrip("\r\n")
        return written

    def _grow_empty_list(self, item: Any) -> str | None:  # noqa: ANN401 - a CommentedMap
        """``events: []`` made ``events:`` with the item below it; None if not that shape.

        Done by lines, like every other edit, so line ends and comments stay as written: a
        comment after the `[]` stays on the key's line, and lines below stay below the item.
        """
        from ruamel.yaml.comments import CommentedMap

        if (
            self.events is None
            or len(self.items) > 0
            or not isinstance(self.doc, CommentedMap)
            or _ODD_BREAKS.search(self.text)
        ):
            return None
        line, column = self.doc.lc.key(self.KEY)
        text = self.lines[line]
        found = _EMPTY_LIST[self.KEY].match(text, column)
        if found is None:
            return None
        rest = text[found.end() :]
        body = rest.rstrip("\r\n")
        if body.strip() and not body.lstrip().startswith("#"):
            return None
        sequence, offset = self._guess_indent()
        block = self._render(item, column + offset, column + sequence)
        lines = list(self.lines)
        lines[line] = text[: found.end("key")] + body.rstrip(" \t") + self._newline()
        lines[line + 1 : line + 1] = [block]
        return "".join(lines)

    def remove(self, index: int) -> str:
        """Return the text without event number ``index``.

        The event's own lines go, with the comment lines directly above it; comments set apart
        by a blank line, or below it, stay. Of the blank lines either side of the event, one
        run usually goes too, so the events left are spaced as before and adding an event then
        removing it gives back the same text.
        """
        emptied = self._emptied_key_line() if len(self.items) == 1 else None
        if not self._by_lines() or emptied is False:
            self._load(self._round_trip(lambda: self.events.pop(index)))
            return self.text
        lines = list(self.lines)
        start = self._start(index)
        _, dash, _ = self._dash(index)
        if index + 1 == len(self.items):
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
        self._removed(index, start, len(lines) - len(self.lines), lines)
        return self.text

    def _removed(self, index: int, start: int, shift: int, lines: list[str]) -> None:
        """Take in the lines left once item ``index`` went, ``shift`` lines from ``start`` on."""
        self.lines = lines
        self.text = "".join(lines)
        del self.items[index]
        self.items = [
            (line + shift, column) if line >= start else (line, column)
            for line, column in self.items
        ]
        if self.after is not None and self.after >= start:
            self.after += shift

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
        body = dump(item).rstrip("\n").split("\n")
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
            # Only the guess is wanted, not a second parse of a text already parsed.
            _, sequence, offset = load_yaml_guess_indent(self.text, yaml=_NoLoad())
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
        text = out.getvalue()
        if self._newline() == "\r\n" and "\n" not in self.text.replace("\r\n", ""):
            # ruamel writes LF (and keeps a comment's CR); a CRLF file stays CRLF.
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        return text


class SourcesDocument(EventsDocument):
    """The store's text with the top-level ``sources`` list located instead of ``events``."""

    KEY = "sources"

    def _events_list(self) -> Any:  # noqa: ANN401 - a ruamel CommentedSeq, or None
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        found = self.doc.get("sources") if isinstance(self.doc, CommentedMap) else None
        return found if isinstance(found, CommentedSeq) else None

    def _key_after_events(self) -> int | None:
        from ruamel.yaml.comments import CommentedMap

        if isinstance(self.doc, CommentedMap) and "sources" in self.doc:
            keys = list(self.doc)
            after = keys[keys.index("sources") + 1 :]
            if after:
                return int(self.doc.lc.key(after[0])[0])
        return None

    def _insert_value(self, index: int, item: Any) -> None:  # noqa: ANN401 - a CommentedMap
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        from carneytl.errors import CarneyError

        if not isinstance(self.doc, CommentedMap):
            raise CarneyError(
                "the store is a bare list of events, with no place for sources",
                hint="make it a mapping: 'version: 1', 'sources: [...]', 'events: [...]'",
            )
        if self.events is None:
            self.events = CommentedSeq()
            keys = list(self.doc)
            at = keys.index("events") if "events" in keys else len(keys)
            self.doc.insert(at, "sources", self.events)
        if not self.events:
            self.events.fa.set_block_style()
        self.events.insert(index, item)


class _NoLoad:
    """Stands in for the loader ruamel's indent guess calls, which would parse the text again."""

    def load(self, _: str) -> None:
        """Load nothing."""


def _null_representer() -> type[Any]:
    """Return ruamel's round-trip representer, writing None as `null` (as stores do)."""
    from ruamel.yaml.representer import RoundTripRepresenter

    class NullRepresenter(RoundTripRepresenter):
        def represent_none(self, _: None) -> Any:  # noqa: ANN401 - a ruamel node
            return self.represent_scalar("tag:yaml.org,2002:null", "null")

    # A subclass, so the representer of any other ruamel user in the process is left alone.
    NullRepresenter.add_representer(type(None), NullRepresenter.represent_none)
    return NullRepresenter
