"""How the table view shares out its width: which columns show, and how wide each one is.

Both the rich table and the fast table for big stores call :func:`plan`, so they lay out the
same columns at the same widths. The Title gets the room it needs to read well, and Actors and
Tags give way first: they shrink to their longest single name (so no name is cut in the
middle), and on narrow screens Tags, then Actors, are left out. The Date stays on one line
unless even then the Title would be narrow: an interval written out at both ends is then
broken after its dash (see :func:`date_lines`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.dates.display import ENDS_GAP

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

GAP = 3  # between two columns: a space of padding, the box's blank divider, a space of padding
TITLE_MIN = 24  # below this a title wraps into a narrow ribbon that is hard to read
# The share of the room after the Date that Actors and Tags may take when space is short.
SHARES = (0.0, 0.0, 0.30, 0.22)


HEADERS = ("Date", "Title", "Actors", "Tags")
# Actors and Tags hold lists of names: measured, planned and wrapped by name, not by word.
NAMES = (False, False, True, True)
NAME_GAP = ", "  # how a cell joins its actors or tags


@dataclass(frozen=True, slots=True)
class Measure:
    """What a column's cells need: their widest line, widest word and, for names, widest name.

    A column of names (Actors, Tags) would rather be as wide as its widest name with its comma,
    so no name wraps; when the room is short it can go down to its widest word.
    """

    natural: int
    word: int
    name: int | None = None
    # No cell has any text: the column would be a header over blanks.
    empty: bool = False


def cells(text: str) -> int:
    """Return how many terminal columns ``text`` takes (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    return sum(map(char_cells, text))


_NOT_ASCII = re.compile("[^\x00-\x7f]")


def narrow(text: str) -> bool:
    """Tell whether every character of ``text`` takes one column, so its width is its length."""
    # Every ASCII character takes one column; only the others are looked up, each once.
    return text.isascii() or all(char_cells(char) == 1 for char in set(_NOT_ASCII.findall(text)))


@functools.cache
def char_cells(char: str) -> int:
    """Return how many terminal columns one character takes: 0, 1 or 2."""
    # Cached: a store's text uses a few hundred distinct characters at most, looked up often.
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1


def measure(header: str, texts: Iterable[str], *, names: bool = True) -> Measure:
    """Measure a column from its header and its cells' text (each distinct text once).

    With ``names`` the cells are lists of names (``Canada, Li Keqiang``), and the widest piece
    that must stay whole is the widest name with the comma that follows it on its line (see
    ``table.wrap_names``). Without, the texts are not split, and the widest piece is given
    as the widest line, which nothing in it exceeds.
    """
    distinct = set(texts)
    # A column a character: lengths are widths, counted without a Python step each.
    size = len if narrow(" ".join(distinct)) else cells
    natural = max(map(size, distinct), default=0)
    head = cells(header)
    if not names:
        return Measure(max(natural, head), max(natural, head), empty=natural == 0)
    # Each name on a line of its own, with its comma where one follows: "a, b" gives "a," and
    # "b". The cells are escaped text, so no line break of theirs gets in the way.
    listed = "\n".join(distinct).replace(NAME_GAP, ",\n")
    name = max(map(size, set(listed.split("\n"))), default=0)
    word = max(map(size, set(listed.split())), default=0)
    return Measure(max(natural, head), max(word, head), max(name, head), empty=natural == 0)


def date_lines(text: str, width: int) -> list[str]:
    """Return a date cell's lines: the date whole if it fits ``width``, else broken after its dash.

    Only an interval written out at both ends (``28 Nov 2018 – 3 Feb 2019``) has a dash between
    spaces; any other date stays whole.
    """
    if cells(text) <= width:
        return [text]
    first, gap, second = text.partition(ENDS_GAP)
    return [first + gap.rstrip(), second] if gap else [text]


def measure_dates(texts: Iterable[str]) -> Measure:
    """Measure the Date column: its widest date whole, and its widest line once broken.

    ``word`` is the width a date column can go down to, every interval broken after its dash
    (see :func:`date_lines`).
    """
    distinct = set(texts)
    natural = max(map(cells, distinct), default=0)
    broken = max((cells(line) for text in distinct for line in date_lines(text, 0)), default=0)
    head = cells(HEADERS[0])
    return Measure(max(natural, head), max(broken, head), empty=natural == 0)


def measure_columns(columns: Sequence[Iterable[str]]) -> list[Measure]:
    """Measure the Date, Title, Actors and Tags columns from their cells' text, for plan()."""
    dates, *others = columns
    return [
        measure_dates(dates),
        *(
            measure(header, texts, names=names)
            for header, texts, names in zip(HEADERS[1:], others, NAMES[1:], strict=True)
        ),
    ]


def plan(width: int, measures: Sequence[Measure]) -> list[int | None]:
    """Return the width of Date, Title, Actors and Tags for a table ``width`` cells wide.

    ``None`` means the column is left out: Actors or Tags when no row has any, and on a
    narrow screen Tags, then Actors. The widths plus the gaps between the shown columns
    never exceed ``width`` (unless the Date and a minimal Title alone are wider).
    """
    kept = tuple(i for i, m in enumerate(measures) if not (NAMES[i] and m.empty))
    natural = [None if i not in kept else m.natural for i, m in enumerate(measures)]
    if sum(w or 0 for w in natural) + GAP * (len(kept) - 1) <= width:
        return natural
    # Names whole if the room allows, else wrapped at their spaces, before a column goes.
    choices = dict.fromkeys(
        tuple(i for i in shown if i in kept) for shown in ((0, 1, 2, 3), (0, 1, 2))
    )
    # The date whole first; broken after its dash only if the title would otherwise be narrow.
    for date in dict.fromkeys((measures[0].natural, measures[0].word)):
        for shown in choices:
            for whole in (True, False):
                widths = _share(width, measures, shown, whole=whole, date=date)
                title = widths[1] or 0
                fits = sum(w for w in widths if w is not None) + GAP * (len(shown) - 1) <= width
                if fits and title >= min(TITLE_MIN, measures[1].natural):
                    return widths
    return _share(width, measures, (0, 1), whole=False, date=measures[0].word)


def _share(
    width: int, measures: Sequence[Measure], shown: tuple[int, ...], *, whole: bool, date: int
) -> list[int | None]:
    room = width - date - GAP * (len(shown) - 1)
    widths: list[int | None] = [None] * len(measures)
    widths[0] = date
    others = [i for i in shown if NAMES[i]]
    for index in others:
        measure = measures[index]
        least = measure.name if whole and measure.name is not None else measure.word
        wanted = max(least, round(room * SHARES[index]))
        widths[index] = min(measure.natural, wanted)
    taken = sum(widths[i] or 0 for i in others)
    title = room - taken
    spare = title - measures[1].natural
    if spare > 0:
        # The title fits with room to spare: hand it back to the others, in order, up to need.
        title = measures[1].natural
        for index in others:
            extra = min(spare, measures[index].natural - (widths[index] or 0))
            widths[index] = (widths[index] or 0) + extra
            spare -= extra
    widths[1] = max(title, 1)
    return widths
