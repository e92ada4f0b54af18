"""The table view for thousands of rows: the same layout as the rich table, built line by line.

rich's ``Table`` measures and renders every cell through its segment machinery, about a
millisecond a row; a store of ten thousand events then takes seconds before the first line
shows. This module lays the same four columns out with plain string work and yields the lines
as it goes, so a pager can show the first screen while later rows are still being laid out.
It takes its column widths from the same plan as the rich table (render/columns.py) and follows
rich's rules for the rest (words wrap, overlong words fold, the SIMPLE_HEAD rule, ANSI styles for
the same colours) without importing rich at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.dates import display
from carneytl.model import Status
from carneytl.render.columns import HEADERS, cells, char_cells
from carneytl.render.text import printable

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext

_WRAPS = (False, True, True, True)  # the date never wraps, as in the rich table
_COLUMN_SGR = ("36", "", "32", "35")  # cyan, plain, green, magenta
_ROW_SGR = {Status.PAST: "", Status.ONGOING: "1", Status.UPCOMING: "3"}
_GAP = "   "  # right padding, the box's blank divider, left padding
_ROWS_PER_CHUNK = 256


def _fold(word: str, width: int) -> list[str]:
    """Cut a word that is wider than ``width`` into pieces that fit."""
    if word.isascii():
        return [word[i : i + width] for i in range(0, len(word), width)]
    pieces: list[str] = []
    piece, used = "", 0
    for char in word:
        size = char_cells(char)
        if used + size > width and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += char
        used += size
    pieces.append(piece)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Wrap ``text`` at spaces into lines of at most ``width`` columns, folding long words."""
    if text.isascii():
        if len(text) <= width:
            return [text]
        if "  " not in text and text.isprintable() and text[0] != " " and text[-1] != " ":
            return _wrap_simple(text, width)
    elif cells(text) <= width:
        return [text]
    return _wrap_words(text, width)


def _wrap_simple(text: str, width: int) -> list[str]:
    """Wrap printable ASCII whose words are parted by single spaces, a line at a time.

    Each line is cut at the last space that fits (or, with none, folded at the width), which
    gives the same lines as the word-by-word rule of :func:`_wrap_words` in far fewer steps.
    """
    lines: list[str] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            # No space within reach: the word is wider than the column and is folded.
            lines.append(text[start : start + width])
            start += width
        else:
            lines.append(text[start:cut])
            start = cut + 1
    lines.append(text[start:])
    return lines


def _wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        size = cells(word)
        if line and used + 1 + size <= width:
            line, used = f"{line} {word}", used + 1 + size
            continue
        if line:
            lines.append(line)
        if size <= width:
            line, used = word, size
            continue
        *whole, line = _fold(word, width)
        lines.extend(whole)
        used = cells(line)
    if line or not lines:
        lines.append(line)
    return lines


def _pad(text: str, width: int) -> str:
    return text.ljust(width) if text.isascii() else text + " " * (width - cells(text))


class _Column:
    """One column's width and colours; lays a cell out as padded, styled lines, with memory.

    Big stores repeat the same dates, actor lists and tags in many rows, so a cell's lines are
    kept and reused whenever the same text comes again with the same row style.
    """

    def __init__(self, index: int, width: int, *, color: bool) -> None:
        self.width = width
        self.wraps = _WRAPS[index]
        self.starts: dict[Status, str] = {}
        for status, row_sgr in _ROW_SGR.items():
            sgr = ";".join(code for code in (row_sgr, _COLUMN_SGR[index]) if code)
            self.starts[status] = f"\x1b[{sgr}m" if color and sgr else ""
        self.end = "\x1b[0m" if color else ""
        self.blank = {status: self._style([""], status)[0] for status in _ROW_SGR}
        self.seen: dict[tuple[str, Status], list[str]] = {}

    def _style(self, lines: list[str], status: Status) -> list[str]:
        start = self.starts[status]
        width = self.width
        if not start:
            return [line.ljust(width) if line.isascii() else _pad(line, width) for line in lines]
        return [f"{start}{_pad(line, width)}{self.end}" for line in lines]

    def lay_out(self, text: str, status: Status, *, remember: bool) -> list[str]:
        if remember:
            found = self.seen.get((text, status))
            if found is not None:
                return found
        lines = wrap(text, self.width) if self.wraps else _fold(text, self.width) or [""]
        styled = self._style(lines, status)
        if remember:
            self.seen[text, status] = styled
        return styled


def _rows(events: Sequence[Event], ctx: RenderContext) -> list[tuple[str, str, str, str, Status]]:
    dates: dict[str, str] = {}
    joined: dict[tuple[str, ...], str] = {}
    rows: list[tuple[str, str, str, str, Status]] = []
    for event in events:
        span = event.date
        day = dates.get(span.text)
        if day is None:
            day = dates[span.text] = display(span)
        actors = joined.get(event.actors)
        if actors is None:
            actors = joined[event.actors] = printable(", ".join(event.actors))
        tags = joined.get(event.tags)
        if tags is None:
            tags = joined[event.tags] = printable(", ".join(event.tags))
        rows.append((day, printable(event.title), actors, tags, span.status(ctx.today)))
    return rows


def _trim_spaces(line: str) -> str:
    return line.rstrip(" ")  # spaces only, as output.write trims rich's table


def render_lines(events: Sequence[Event], ctx: RenderContext) -> Iterator[str]:
    """Yield the table as chunks of whole lines, each ending in a newline."""
    from carneytl.output import DEFAULT_WIDTH
    from carneytl.render.table import widths

    rows = _rows(events, ctx)
    planned = widths(rows, ctx.width or DEFAULT_WIDTH)
    shown = [index for index, width in enumerate(planned) if width is not None]
    columns = [_Column(index, planned[index] or 1, color=ctx.color) for index in shown]
    total = sum(column.width for column in columns) + len(_GAP) * (len(columns) - 1)

    bold, end = ("\x1b[1m", "\x1b[0m") if ctx.color else ("", "")
    head = _GAP.join(
        f"{bold}{_pad(HEADERS[i], c.width)}{end}" for i, c in zip(shown, columns, strict=True)
    )
    # Plain lines end at their last character, as output.write trims rich's table; coloured
    # ones keep their padding inside the colour codes, where it does no harm.
    trim = _trim_spaces if not ctx.color else str
    yield f"{trim(head)}\n{'─' * total}\n"

    chunk: list[str] = []
    for count, row in enumerate(rows, start=1):
        status = row[4]
        # The title is rarely repeated; every other cell is, so its lines are remembered.
        laid = [
            column.lay_out(row[index], status, remember=index != 1)
            for index, column in zip(shown, columns, strict=True)
        ]
        height = max(map(len, laid))
        if height == 1:
            chunk.append(trim(_GAP.join(lines[0] for lines in laid)) + "\n")
        else:
            padded = [
                lines + [column.blank[status]] * (height - len(lines))
                for lines, column in zip(laid, columns, strict=True)
            ]
            chunk.extend(trim(_GAP.join(line)) + "\n" for line in zip(*padded, strict=True))
        if count % _ROWS_PER_CHUNK == 0:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)
