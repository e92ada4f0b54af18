"""YAML text surgery: an event inserted into or removed from a store's text, the rest kept.

Comments, quoting, key order and blank lines outside the event concerned stay byte for byte;
a new event is styled like a hand-written neighbour. Nothing here reads or writes files: the
caller (:mod:`carneytl.editing.transaction`) checks the result before it is written.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

# Characters that YAML readers count as line breaks but Python's split("\n") does not; a file
# holding them is rewritten whole rather than edited line by line.
_ODD_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


def with_event_added(text: str, index: int, item: dict[str, Any]) -> str:
    """Return ``text`` with the event ``item`` inserted as event number ``index``."""
    return _Document(text).insert(index, _yaml_item(item))


def with_event_removed(text: str, index: int) -> str:
    """Return ``text`` without event number ``index`` and the comment lines that head it."""
    return _Document(text).remove(index)


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
