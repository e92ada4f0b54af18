"""Shared pieces of the drawn views: precision glyphs, status styles, hanging-indent wrapping."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.model import Precision, Status

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator

    from rich.console import Console
    from rich.segment import Segment
    from rich.text import Text

    from carneytl.model import Event, Span

# Filled glyphs for what has happened, hollow ones for what is still to come, so the
# distinction survives without colour.
_GLYPHS = {
    "day": ("●", "○"),
    "month": ("◆", "◇"),
    "year": ("■", "□"),
    "interval": ("▬", "▭"),
}
_FAMILIES = (Precision.DAY.value, Precision.MONTH.value, Precision.YEAR.value, "interval")
STATUS_STYLE = {
    Status.PAST: "",
    Status.ONGOING: "bold",
    Status.UPCOMING: "italic",
}
GLYPH_STYLE = {
    Status.PAST: "cyan",
    Status.ONGOING: "bold green",
    Status.UPCOMING: "blue",
}
DATE_STYLE = "cyan"
TODAY_STYLE = "bold yellow"
GAP_STYLE = "dim italic"
HEADING_STYLE = "bold"
TODAY_GLYPH = "▶"
# After the date of an event that holds an account its own date does not allow.
DISPUTED_GLYPH = "≠"
# Below this many cells for the title, the date goes on a line of its own.
MIN_TITLE_CELLS = 24


def _is_range(span: Span) -> bool:
    return "/" in span.text


def glyph(event: Event, status: Status) -> str:
    """Return the marker of an event: its shape says its precision, hollow means upcoming."""
    span = event.date
    family = "interval" if _is_range(span) else span.precision.value
    filled, hollow = _GLYPHS[family]
    return hollow if status is Status.UPCOMING else filled


def date_words(event: Event) -> str:
    """Return the event's date as people write it, marked when another account disputes it."""
    from carneytl.accounts import disputed
    from carneytl.dates.display import display

    words = display(event.date)
    return f"{words} {DISPUTED_GLYPH}" if event.accounts and disputed(event) else words


def any_disputed(events: Iterable[Event]) -> bool:
    """Tell whether any of ``events`` is disputed, so the legend explains the mark."""
    from carneytl.accounts import disputed

    return any(disputed(event) for event in events if event.accounts)


def legend(
    console: Console,
    width: int,
    *,
    today_glyph: str | None = TODAY_GLYPH,
    disputed: bool = False,
) -> Iterator[Text]:
    """Explain the markers, packed into as few lines of ``width`` cells as they fit.

    ``today_glyph`` is the mark the view draws for today; None when it draws none. The mark
    of a disputed date is explained only where one is drawn (``disputed``).
    """
    from rich.cells import cell_len
    from rich.text import Text

    items = [
        f"{today_glyph if meaning == 'today' else mark} {meaning}"
        for mark, meaning in legend_items(disputed=disputed)
        if meaning != "today" or today_glyph is not None
    ]
    line = Text(style="dim")
    for item in items:
        if line.cell_len and line.cell_len + 2 + cell_len(item) > width:
            yield line
            line = Text(style="dim")
        if line.cell_len:
            line.append("  ")
        line.append(item)
    yield from hanging(console, Text(), Text(), line, width)


def legend_items(*, disputed: bool = False) -> list[tuple[str, str]]:
    """Return (glyph, meaning) pairs that explain every marker the views draw."""
    filled = [(_GLYPHS[family][0], family) for family in _FAMILIES]
    hollow = "".join(_GLYPHS[family][1] for family in _FAMILIES)
    items = [*filled, (hollow, "upcoming"), (TODAY_GLYPH, "today")]
    if disputed:
        items.append((DISPUTED_GLYPH, "date disputed"))
    return items


def as_of_words(day: dt.date) -> str:
    """What a view for people says under ``--as-of``: whose knowledge of the story it shows."""
    from carneytl.dates.display import day_text

    return f"as known on {day_text(day)}; later reports left out"


def as_of_note(console: Console, day: dt.date | None, width: int) -> Iterator[Text]:
    """A drawn view's closing lines under ``--as-of``: a blank, then the words; else none."""
    from rich.text import Text

    if day is None:
        return
    yield Text()
    yield from hanging(console, Text(), Text(), Text(as_of_words(day), style="dim"), width)


def anchor_year(span: Span) -> int:
    """Return the year an event is filed under: where it starts, or ends if its start is open."""
    day = span.start or span.end
    if day is None:  # pragma: no cover - a span always has at least one end
        msg = "a span needs at least one end"
        raise ValueError(msg)
    return day.year


def hanging(console: Console, first: Text, rest: Text, body: Text, width: int) -> Iterator[Text]:
    """Wrap ``body`` to the room left after a prefix: ``first`` leads, ``rest`` continues.

    Both prefixes must take the same number of cells. Wrapping goes by rich's cell widths, so
    CJK text and accents stay in line and nothing is cut inside a character.
    """
    room = max(1, width - first.cell_len)
    for index, line in enumerate(body.wrap(console, room, overflow="fold")):
        line.rstrip()
        prefix = first if index == 0 else rest
        yield prefix.copy().append_text(line)


def as_segments(console: Console, lines: Iterable[Text]) -> Iterator[Segment]:
    """Turn finished lines into segments, one line each, without rich wrapping them again.

    The views wrap every line to the width themselves; letting rich re-wrap each yielded Text
    would double the cost of drawing a large store for no change in the result.
    """
    from rich.text import Text

    for line in lines:
        # render() skips a Text's own style when it has no spans; carrying the line inside
        # another Text turns that style into a span, as rich's own printing does.
        yield from Text().append_text(line).render(console, end="\n")


def pad(text: Text, cells: int) -> Text:
    """Return a copy of ``text`` padded with spaces on the right to ``cells`` cells."""
    padded = text.copy()
    padded.pad_right(max(0, cells - padded.cell_len))
    return padded
