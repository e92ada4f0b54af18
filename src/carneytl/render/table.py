"""The table view: one row per event (Date, Title, Actors, Tags), the date at its own precision.

Two layouts give the same lines. The plain one is rich's ``Table``, which measures and renders
every cell through its segment machinery. A big store takes the second: the same columns laid
out with string work, yielded in chunks so that a pager shows the first screen while later rows
are still being laid out, without importing rich. Both take their column widths from the same
plan (:mod:`carneytl.render.columns`); the second follows rich's rules for the rest (words wrap,
overlong words fold, the SIMPLE_HEAD rule, ANSI styles for the same colours). :func:`render`
chooses between them. tests/test_fasttable.py holds them to the same output.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.dates.display import display
from carneytl.model import Status
from carneytl.output import DEFAULT_WIDTH
from carneytl.render import marks
from carneytl.render.columns import (
    HEADERS,
    NAME_GAP,
    NAMES,
    cells,
    char_cells,
    date_lines,
    measure_columns,
    narrow,
    plan,
)
from carneytl.terminal import printable

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from rich.table import Table

    from carneytl.model import Event
    from carneytl.render import RenderContext

_ROW_STYLE = {Status.PAST: "", Status.ONGOING: "bold", Status.UPCOMING: "italic"}
_COLUMN_STYLE = ("cyan", "", "green", "magenta")
# Above this many rows the table is laid out without rich: rich's time grows with every row,
# and the first screen would wait for the last row.
LARGE = 200


# Emoji, their skin-tone modifiers, variation selectors and joiners: characters whose width
# depends on their neighbours. rich measures them by grapheme; the line-by-line layout counts
# single characters, so a store holding any of them keeps rich's layout, however long.
_GRAPHEME_SENSITIVE = re.compile("[\u200d\ufe00-\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]")


def _needs_graphemes(events: Sequence[Event]) -> bool:
    texts = [event.title for event in events]
    for event in events:
        texts.extend(event.actors)
        texts.extend(event.tags)
    # All the text searched at once, and not at all when it is ASCII, as a big store's often is.
    every_text = "\n".join(texts)
    return not every_text.isascii() and _GRAPHEME_SENSITIVE.search(every_text) is not None


def render(events: Sequence[Event], ctx: RenderContext) -> Table | Iterator[str]:
    """Render the table. Upcoming events are set in italics, ongoing ones in bold.

    On narrow screens Tags, then Actors, are left out so the title stays readable. Up to
    :data:`LARGE` rows (or with characters only rich measures right) the table is rich's;
    above, the same lines come from :func:`render_lines`.
    """
    if len(events) > LARGE and not _needs_graphemes(events):
        return render_lines(events, ctx)
    return rich_table(events, ctx)


# --- the plain layout: rich's Table -----------------------------------------------------------


def rows(events: Sequence[Event], ctx: RenderContext) -> list[tuple[str, str, str, str, Status]]:
    """Return each event's four cells as safe text, with its status for the row's style."""
    return [
        (
            marks.date_words(event),
            printable(event.title),
            printable(", ".join(event.actors)),
            printable(", ".join(event.tags)),
            event.date.status(ctx.today),
        )
        for event in events
    ]


def widths(
    cells_by_row: Sequence[tuple[str, str, str, str, Status]], width: int
) -> list[int | None]:
    """Plan the columns for these rows at ``width`` (see :mod:`carneytl.render.columns`)."""
    columns = [[row[index] for row in cells_by_row] for index in range(len(HEADERS))]
    return plan(width, measure_columns(columns))


def left_out(events: Sequence[Event], ctx: RenderContext) -> tuple[tuple[str, ...], int]:
    """Name the columns with text that ``ctx.width`` leaves out, and the width that shows all.

    ``((), width)`` when nothing with text is left out.
    """
    laid = rows(events, ctx)
    measures = measure_columns([[row[i] for row in laid] for i in range(len(HEADERS))])
    width = ctx.width or DEFAULT_WIDTH
    wanted = [i for i, m in enumerate(measures) if not m.empty]
    missing = tuple(
        HEADERS[i] for i, w in enumerate(plan(width, measures)) if w is None and i in wanted
    )
    if not missing:
        return (), width
    # plan() only arranges numbers, so trying each wider width is cheap; MAX_WIDTH bounds it.
    from carneytl.output import MAX_WIDTH

    enough = next(
        (w for w in range(width + 1, MAX_WIDTH + 1) if all(plan(w, measures)[i] for i in wanted)),
        MAX_WIDTH,
    )
    return missing, enough


def rich_table(events: Sequence[Event], ctx: RenderContext) -> Table:
    """Lay the table out as a rich ``Table``, whatever the number of rows."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    laid = rows(events, ctx)
    planned = widths(laid, ctx.width or DEFAULT_WIDTH)
    shown = [index for index, width in enumerate(planned) if width is not None]
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False, expand=False
    )
    if ctx.as_of is not None:
        # Under the rows, set apart by a blank line, wrapped to the table's width.
        table.caption = Text(f"\n{marks.as_of_words(ctx.as_of)}", style="dim")
        table.caption_justify = "left"
    for index in shown:
        table.add_column(
            HEADERS[index],
            style=_COLUMN_STYLE[index],
            width=planned[index],
            no_wrap=index == 0,
            overflow="fold",
        )
    for *texts, status in laid:
        # Actors and Tags come wrapped between names, which rich's wrapping cannot do, and a
        # date broken after its dash; their lines fit the column, so rich keeps them as they are.
        row = [Text(_lines(i, texts[i], planned[i] or 1)) for i in shown]
        table.add_row(*row, style=_ROW_STYLE[status])
    return table


def _lines(index: int, text: str, width: int) -> str:
    """Return the cell's text for rich, with the line breaks the table makes itself."""
    if index == 0:
        return "\n".join(date_lines(text, width))
    return "\n".join(wrap_names(text, width)) if NAMES[index] else text


# --- the same lines without rich, for big stores ----------------------------------------------

# The date is not wrapped at its spaces, as in the rich table: only broken after its dash.
_WRAPS = (False, True, True, True)
_COLUMN_SGR = ("36", "", "32", "35")  # cyan, plain, green, magenta: _COLUMN_STYLE as SGR codes
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
    """Wrap ``text`` at white space into lines of at most ``width`` columns, folding long words.

    Each run of white space between two words becomes one space: the rule for names (see
    :func:`wrap_names`), which both layouts break themselves. Titles follow rich's rule,
    :func:`wrap_title`.
    """
    if cells(text) <= width:
        return [text]
    return _wrap_words(text, width)


def wrap_title(text: str, width: int) -> list[str]:
    """Wrap a title into lines of at most ``width`` columns as rich's table wraps it.

    Rich keeps white space as written: a run of spaces or a no-break space stays inside a
    line, and a folded word takes the space after it along, so that space may start the next
    line. Lines are not padded.
    """
    if text.isascii():
        if len(text) <= width:
            return [text]
        if _single_spaced(text):
            return _wrap_simple(text, width)
    elif cells(text) <= width:
        return [text]
    return _wrap_as_rich(text, width)


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
        and not any(char in joined for char in _ASCII_OTHER_SPACE)
        and "  " not in joined
        and joined[:1] != " "
        and joined[-1:] != " "
    )


def _wrap_simple(text: str, width: int, pad: int = 0) -> list[str]:
    """Wrap printable ASCII whose words are parted by single spaces, a line at a time.

    Each line is cut at the last space that fits, which gives the lines of rich's word-by-word
    rule (:func:`_wrap_as_rich`) in far fewer steps. Each line is padded with spaces to ``pad``
    characters, so a table need not go over the lines a second time.
    """
    lines: list[str] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut > start:
            lines.append(text[start:cut].ljust(pad))
            start = cut + 1
        elif cut == start:
            # The space a folded word left: it is a line of its own when the next word does
            # not fit beside it.
            lines.append(" ".ljust(pad))
            start += 1
        else:
            # No space within reach: the word is wider than the column and is folded, together
            # with the space after it, which may then start the next line.
            stop = text.find(" ", start) + 1 or end
            while stop - start > width:
                lines.append(text[start : start + width].ljust(pad))
                start += width
    lines.append(text[start:].ljust(pad))
    return lines


# What rich takes for a word: the white space before it (at the start of the text), the word,
# and all the white space after it.
_RICH_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")


def _wrap_as_rich(text: str, width: int) -> list[str]:
    """Wrap any ``text`` by rich's rule, word by word, keeping its white space.

    A word goes on the line if what it shows (without the white space after it) fits in what
    is left; a word wider than a whole line is folded with its white space. Each line then
    loses trailing white space beyond ``width`` characters, and is cut to ``width`` columns.
    """
    breaks: list[int] = []
    used = 0
    for word in _RICH_WORD.finditer(text):
        start, shown = word.start(), cells(word.group().rstrip())
        if shown <= width - used:
            used += cells(word.group())
        elif shown > width:
            *whole, last = _fold(word.group(), width)
            for piece in whole:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = cells(last)
        elif used and start:
            breaks.append(start)
            used = cells(word.group())
    lines: list[str] = []
    for begin, stop in zip([0, *breaks], [*breaks, len(text)], strict=True):
        line = text[begin:stop]
        trailing = _TRAILING_SPACE.search(line)
        if len(line) > width and trailing is not None:
            line = line[: len(line) - min(len(trailing.group()), len(line) - width)]
        lines.append(line if cells(line) <= width else _fold(line, width)[0])
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
        self.dates = index == 0
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
        if self.dates:
            return self._style(date_lines(text, width), status)
        if not start and self.wraps and text.isascii() and _single_spaced(text):
            # The common case, plain ASCII without colour, padded as it is cut into lines.
            return _wrap_simple(text, width, width)
        return self._style(wrap_title(text, width) if self.wraps else _fold(text, width), status)

    def _lay_out_all(self, texts: Sequence[str], statuses: Sequence[Status]) -> list[list[str]]:
        """Lay each of ``texts`` out afresh, in its row's style."""
        width = self.width
        if not any(self.starts.values()):
            # Without colour, two common cases are told apart for all the texts at once.
            joined = " ".join(texts)
            if narrow(joined) and max((len(text) for text in texts), default=0) <= width:
                # Every text fits on one line, a column to a character: padding is all it takes.
                return [[text.ljust(width)] for text in texts]
            if self.wraps and not self.names and _all_single_spaced(joined):
                # Plain ASCII words parted by single spaces: each text wrapped and padded at once.
                return [_wrap_simple(text, width, width) for text in texts]
        return [self._lay_out(text, status) for text, status in zip(texts, statuses, strict=True)]

    def lay_out(self, texts: Sequence[str], statuses: Sequence[Status]) -> list[list[str]]:
        """Return each cell's lines, padded to the column's width and styled for its row."""
        if not self.remember:
            return self._lay_out_all(texts, statuses)
        # Only the texts not seen before are laid out; the rest are looked up.
        if self.same_styles:
            new = list(set(texts).difference(self.seen_text))
            # Any style will do for the new texts: in this column all rows look alike.
            laid_new = self._lay_out_all(new, [Status.PAST] * len(new))
            self.seen_text.update(zip(new, laid_new, strict=True))
            return [self.seen_text[text] for text in texts]
        pairs = list(zip(texts, statuses, strict=True))
        for text, status in set(pairs).difference(self.seen):
            self.seen[text, status] = self._lay_out(text, status)
        return [self.seen[pair] for pair in pairs]

    def fill(
        self, laid: list[list[str]], heights: list[int], statuses: Sequence[Status]
    ) -> list[str]:
        """Return the column's lines top to bottom: each cell's, then blanks to its row's height."""
        lines: list[str] = []
        for cell_lines, height, status in zip(laid, heights, statuses, strict=True):
            lines.extend(cell_lines)
            lines.extend(self.blank_once[status] * (height - len(cell_lines)))
        return lines


def _cells(events: Sequence[Event], ctx: RenderContext) -> tuple[list[list[str]], list[Status]]:
    """Return the text of each column's cells, as safe text, and each row's status."""
    # Many events share a date, a list of actors or of tags: each is formatted once.
    spans = {event.date.text: event.date for event in events}
    days = {text: display(span) for text, span in spans.items()}
    statuses = {text: span.status(ctx.today) for text, span in spans.items()}
    names: dict[tuple[str, ...], str] = {}
    for event in events:
        for listed in (event.actors, event.tags):
            if listed not in names:
                names[listed] = printable(", ".join(listed))
    dates = [days[event.date.text] for event in events]
    if any(event.accounts for event in events):  # rare: only then is each event looked at
        dates = [
            marks.date_words(e) if e.accounts else day for e, day in zip(events, dates, strict=True)
        ]
    columns = [
        dates,
        [printable(event.title) for event in events],
        [names[event.actors] for event in events],
        [names[event.tags] for event in events],
    ]
    return columns, [statuses[event.date.text] for event in events]


# The white space that str.rstrip() strips besides the space, in ASCII.
_ASCII_OTHER_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f"


def render_lines(events: Sequence[Event], ctx: RenderContext) -> Iterator[str]:
    """Yield the table as chunks of whole lines, each ending in a newline."""
    texts, statuses = _cells(events, ctx)
    planned = plan(ctx.width or DEFAULT_WIDTH, measure_columns(texts))
    shown = [index for index, width in enumerate(planned) if width is not None]
    columns = [_Column(index, planned[index] or 1, color=ctx.color) for index in shown]
    total = sum(column.width for column in columns) + len(_GAP) * (len(columns) - 1)

    bold, end = ("\x1b[1m", "\x1b[0m") if ctx.color else ("", "")
    head = _GAP.join(
        f"{bold}{_pad(HEADERS[i], c.width)}{end}" for i, c in zip(shown, columns, strict=True)
    )
    # Plain lines end at their last character, as output.write trims rich's table; only spaces
    # go, so a no-break space ending a title stays, as in rich's table. Coloured lines keep
    # their padding inside the colour codes, where it does no harm.
    trim = not ctx.color
    yield f"{head.rstrip(' ') if trim else head}\n{'─' * total}\n"

    # A chunk of rows at a time, a column at a time: each column's cells are laid out as lines,
    # padded with blank lines to their row's height, and the columns' lines joined side by side.
    for begin in range(0, len(events), _ROWS_PER_CHUNK):
        stop = begin + _ROWS_PER_CHUNK
        chunk_statuses = statuses[begin:stop]
        laid = [
            column.lay_out(texts[index][begin:stop], chunk_statuses)
            for index, column in zip(shown, columns, strict=True)
        ]
        heights = [max(len(cell_lines) for cell_lines in row) for row in zip(*laid, strict=True)]
        filled = [
            column.fill(cell_lines, heights, chunk_statuses)
            for cell_lines, column in zip(laid, columns, strict=True)
        ]
        lines = [_GAP.join(parts) for parts in zip(*filled, strict=True)]
        if trim:
            lines = [line.rstrip(" ") for line in lines]
        yield "\n".join(lines) + "\n"
    if ctx.as_of is not None:
        # As rich's table writes its caption.
        dim = ("\x1b[2m", "\x1b[0m") if ctx.color else ("", "")
        said = wrap(marks.as_of_words(ctx.as_of), total)
        yield "\n" + "".join(f"{dim[0]}{line}{dim[1]}\n" for line in said)
