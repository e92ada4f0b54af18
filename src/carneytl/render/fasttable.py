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

import re
from itertools import chain, repeat
from operator import add, attrgetter, methodcaller, mul, sub
from typing import TYPE_CHECKING

from carneytl.dates import display
from carneytl.model import Status
from carneytl.render.columns import (
    HEADERS,
    NAME_GAP,
    NAMES,
    cells,
    char_cells,
    measure_columns,
    narrow,
    plan,
)
from carneytl.render.text import printable

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

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
        if _single_spaced(text):
            return _wrap_simple(text, width)
    elif cells(text) <= width:
        return [text]
    return _wrap_words(text, width)


def wrap_names(text: str, width: int) -> list[str]:
    """Wrap a cell of names (``Canada, Li Keqiang``) between names, never inside one.

    Each line but the last ends with its comma. A name wider than the column alone is the one
    thing wrapped inside, at its spaces (then folded), as :func:`wrap` does.
    """
    names = text.split(NAME_GAP)
    last = len(names) - 1
    # Every name but the last keeps its comma; a name too wide alone is wrapped as text is.
    pieces = [name if number == last else name + "," for number, name in enumerate(names)]
    return _pack(pieces, width, wrap)


def _single_spaced(text: str) -> bool:
    """Tell whether printable ASCII ``text`` has its words parted by single spaces only."""
    return "  " not in text and text.isprintable() and text[0] != " " and text[-1] != " "


def _all_single_spaced(joined: str) -> bool:
    """Tell whether texts, ``joined`` by single spaces, are ASCII words parted by single spaces.

    White space other than the space rules them out; other control characters do not, as
    :func:`_wrap_simple` treats them as :func:`_wrap_words` does: as part of a word.
    """
    # An empty text, or one that starts or ends with a space, makes a double space here.
    return (
        joined.isascii()
        and _spaces_only(joined)
        and "  " not in joined
        and joined[:1] != " "
        and joined[-1:] != " "
    )


def _wrap_simple(text: str, width: int, pad: int = 0) -> list[str]:
    """Wrap printable ASCII whose words are parted by single spaces, a line at a time.

    Each line is cut at the last space that fits (or, with none, folded at the width), which
    gives the same lines as the word-by-word rule of :func:`_wrap_words` in far fewer steps.
    Each line is padded with spaces to ``pad`` characters, so a table need not go over the
    lines a second time.
    """
    lines: list[str] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            # No space within reach: the word is wider than the column and is folded.
            lines.append(text[start : start + width].ljust(pad))
            start += width
        else:
            lines.append(text[start:cut].ljust(pad))
            start = cut + 1
    lines.append(text[start:].ljust(pad))
    return lines


def _wrap_words(text: str, width: int) -> list[str]:
    return _pack(text.split(), width, _fold)


def _pack(pieces: list[str], width: int, split: Callable[[str, int], list[str]]) -> list[str]:
    """Fill lines of at most ``width`` columns with ``pieces``, a space between two.

    A piece wider than a line is cut into lines by ``split``, its last part starting the next.
    """
    # One look at all the pieces: plain ASCII is measured by length, without a call each.
    size_of: Callable[[str], int] = len if "".join(pieces).isascii() else cells
    lines: list[str] = []
    line, used = "", 0
    for piece in pieces:
        size = size_of(piece)
        if line and used + 1 + size <= width:
            line, used = f"{line} {piece}", used + 1 + size
            continue
        if line:
            lines.append(line)
        if size <= width:
            line, used = piece, size
            continue
        *whole, line = split(piece, width)
        lines.extend(whole)
        used = size_of(line)
    if line or not lines:
        lines.append(line)
    return lines


def _pad(text: str, width: int) -> str:
    return text.ljust(width) if text.isascii() else text + " " * (width - cells(text))


class _Column:
    """One column's width and colours; lays a chunk's cells out as padded, styled lines.

    Big stores repeat the same dates, actor lists and tags in many rows, so those cells' lines
    are kept and reused whenever the same text comes again with the same row style.
    """

    def __init__(self, index: int, width: int, *, color: bool) -> None:
        self.width = width
        self.wraps = _WRAPS[index]
        self.names = NAMES[index]
        self.remember = index != 1  # a title is rarely repeated; every other cell is
        self.starts: dict[Status, str] = {}
        for status, row_sgr in _ROW_SGR.items():
            sgr = ";".join(code for code in (row_sgr, _COLUMN_SGR[index]) if code)
            self.starts[status] = f"\x1b[{sgr}m" if color and sgr else ""
        # Without colour (and in a coloured column whose rows all look alike) a row's style
        # changes nothing, so a text's lines are laid out and remembered once for every style.
        self.same_styles = len(set(self.starts.values())) == 1
        self.end = "\x1b[0m" if color else ""
        self.blank_once = {status: self._style([""], status) for status in _ROW_SGR}
        self.seen: dict[tuple[str, Status], list[str]] = {}
        self.seen_text: dict[str, list[str]] = {}

    def _style(self, lines: list[str], status: Status) -> list[str]:
        start = self.starts[status]
        width = self.width
        if not start:
            return [line.ljust(width) if line.isascii() else _pad(line, width) for line in lines]
        return [f"{start}{_pad(line, width)}{self.end}" for line in lines]

    def _lay_out(self, text: str, status: Status) -> list[str]:
        width, start = self.width, self.starts[status]
        # A text that fits is one line, whether the column wraps or folds; it is measured once.
        size = len(text) if text.isascii() else cells(text)
        if size <= width:
            line = text + " " * (width - size)
            return [f"{start}{line}{self.end}"] if start else [line]
        if self.names:
            return self._style(wrap_names(text, width), status)
        if not start and self.wraps and text.isascii() and _single_spaced(text):
            # The common case, plain ASCII without colour, padded as it is cut into lines.
            return _wrap_simple(text, width, width)
        return self._style(wrap(text, width) if self.wraps else _fold(text, width), status)

    def _lay_out_all(self, texts: Sequence[str], statuses: Iterable[Status]) -> list[list[str]]:
        """Lay each of ``texts`` out afresh, in its row's style."""
        width = self.width
        if not any(self.starts.values()):
            # Without colour, two common cases are told apart for all the texts at once.
            joined = " ".join(texts)
            if narrow(joined) and max(map(len, texts), default=0) <= width:
                # Every text fits on one line, a column to a character: padding is all it takes.
                return [[text.ljust(width)] for text in texts]
            if self.wraps and not self.names and _all_single_spaced(joined):
                # Plain ASCII words parted by single spaces: each text wrapped and padded at once.
                return list(map(_wrap_simple, texts, repeat(width), repeat(width)))
        return list(map(self._lay_out, texts, statuses))

    def lay_out(self, texts: Sequence[str], statuses: Sequence[Status]) -> list[list[str]]:
        """Return each cell's lines, padded to the column's width and styled for its row."""
        if not self.remember:
            return self._lay_out_all(texts, statuses)
        # Only the texts not seen before are laid out; the rest are looked up, in map() calls
        # that take no Python step per cell.
        if self.same_styles:
            seen_text = self.seen_text
            new = list(set(texts).difference(seen_text))
            # Any style will do for the new texts: in this column all rows look alike.
            seen_text.update(zip(new, self._lay_out_all(new, repeat(Status.PAST)), strict=True))
            return list(map(seen_text.__getitem__, texts))
        pairs = list(zip(texts, statuses, strict=True))
        seen = self.seen
        for text, status in set(pairs).difference(seen):
            seen[text, status] = self._lay_out(text, status)
        return list(map(seen.__getitem__, pairs))

    def fill(
        self, laid: list[list[str]], heights: list[int], statuses: Sequence[Status]
    ) -> list[str]:
        """Return the column's lines top to bottom: each cell's, then blanks to its row's height."""
        # All in map() calls, which run without a Python step per row: the rows' blank lines
        # (one blank line per row, times the lines the cell is short of its row) added to
        # each cell's own, then the lot chained into one list.
        blank_once = map(self.blank_once.__getitem__, statuses)
        pads = map(mul, blank_once, map(sub, heights, map(len, laid)))
        return list(chain.from_iterable(map(add, laid, pads)))


# The ASCII characters that str.isprintable() refuses: the C0 controls and DEL.
_ASCII_CONTROLS = [chr(code) for code in (*range(0x20), 0x7F)]


def _printable_each(texts: list[str]) -> list[str]:
    """Return :func:`printable` of each text: the texts as they are when all are printable ASCII."""
    joined = " ".join(texts)
    # A search for each control character runs at C speed, far faster than isprintable() on
    # every text; printable() returns printable text unchanged.
    if joined.isascii() and not any(char in joined for char in _ASCII_CONTROLS):
        return texts
    return list(map(printable, texts))


def _cells(events: Sequence[Event], ctx: RenderContext) -> tuple[list[list[str]], list[Status]]:
    """Return the text of each column's cells, as safe text, and each row's status."""
    # Many events share a date, a list of actors or of tags: each is formatted once.
    spans = {event.date.text: event.date for event in events}
    days = {text: display(span) for text, span in spans.items()}
    statuses = {text: span.status(ctx.today) for text, span in spans.items()}
    texts = [event.date.text for event in events]
    actors = [event.actors for event in events]
    tags = [event.tags for event in events]
    lists = list({*actors, *tags})
    joined = dict(zip(lists, _printable_each([", ".join(names) for names in lists]), strict=True))
    dates = list(map(days.__getitem__, texts))
    if any(map(attrgetter("accounts"), events)):  # rare: only then is each event looked at
        from carneytl.render.marks import date_words

        dates = [date_words(e) if e.accounts else day for e, day in zip(events, dates, strict=True)]
    columns = [
        dates,
        _printable_each([event.title for event in events]),
        list(map(joined.__getitem__, actors)),
        list(map(joined.__getitem__, tags)),
    ]
    return columns, list(map(statuses.__getitem__, texts))


_trim_spaces = methodcaller("rstrip", " ")  # spaces only, as output.write trims rich's table

# The white space that str.rstrip() strips besides the space, in ASCII and in all text.
_ASCII_OTHER_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f"
_OTHER_SPACE = re.compile(r"[^\S ]")


def _spaces_only(text: str) -> bool:
    """Tell whether the only white space in ``text`` is the space."""
    if text.isascii():
        return not any(char in text for char in _ASCII_OTHER_SPACE)  # each `in` runs at C speed
    # All white space but the space is unprintable, and isprintable() is the quicker scan.
    return text.isprintable() or _OTHER_SPACE.search(text) is None


def render_lines(events: Sequence[Event], ctx: RenderContext) -> Iterator[str]:
    """Yield the table as chunks of whole lines, each ending in a newline."""
    from carneytl.output import DEFAULT_WIDTH

    texts, statuses = _cells(events, ctx)
    planned = plan(ctx.width or DEFAULT_WIDTH, measure_columns(texts))
    shown = [index for index, width in enumerate(planned) if width is not None]
    columns = [_Column(index, planned[index] or 1, color=ctx.color) for index in shown]
    total = sum(column.width for column in columns) + len(_GAP) * (len(columns) - 1)

    bold, end = ("\x1b[1m", "\x1b[0m") if ctx.color else ("", "")
    head = _GAP.join(
        f"{bold}{_pad(HEADERS[i], c.width)}{end}" for i, c in zip(shown, columns, strict=True)
    )
    # Plain lines end at their last character, as output.write trims rich's table; coloured
    # ones keep their padding inside the colour codes, where it does no harm.
    trim: Callable[[str], str] = str
    if not ctx.color:
        # str.rstrip() with no argument is several times faster than rstrip(" ") and strips
        # the same when no cell holds other white space.
        spaces_only = all(_spaces_only(" ".join(column)) for column in texts)
        trim = str.rstrip if spaces_only else _trim_spaces
    yield f"{trim(head)}\n{'─' * total}\n"

    # A chunk of rows at a time, a column at a time: each column's cells are laid out as lines,
    # padded with blank lines to their row's height, and the columns' lines joined side by side.
    for begin in range(0, len(events), _ROWS_PER_CHUNK):
        stop = begin + _ROWS_PER_CHUNK
        chunk_statuses = statuses[begin:stop]
        laid = [
            column.lay_out(texts[index][begin:stop], chunk_statuses)
            for index, column in zip(shown, columns, strict=True)
        ]
        heights = list(map(max, *(map(len, cell_lines) for cell_lines in laid)))
        filled = [
            column.fill(cell_lines, heights, chunk_statuses)
            for cell_lines, column in zip(laid, columns, strict=True)
        ]
        yield "\n".join(map(trim, map(_GAP.join, zip(*filled, strict=True)))) + "\n"
