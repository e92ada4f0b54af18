"""The vertical timeline: events under year headings, breaks for long silences, a today line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.dates.display import day_text, elapsed, more_than_a_year
from carneytl.model import Status
from carneytl.render import marks
from carneytl.terminal import printable

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    from rich.console import Console, ConsoleOptions
    from rich.segment import Segment
    from rich.text import Text

    from carneytl.model import Event
    from carneytl.render import RenderContext


def render(events: Sequence[Event], ctx: RenderContext) -> Timeline:
    """Render the events as a vertical timeline; it lays itself out for the console's width."""
    return Timeline(tuple(events), ctx.today, backwards=ctx.reverse, as_of=ctx.as_of)


def today_line(today: dt.date, width: int) -> Text:
    """Return the marker line for today: the glyph, the day, and a rule to the edge."""
    from rich.text import Text

    line = Text(f" {marks.TODAY_GLYPH}  today, {day_text(today)} ", style=marks.TODAY_STYLE)
    line.append("─" * max(0, width - line.cell_len))
    line.truncate(width)
    return line


def event_rows(
    console: Console,
    event: Event,
    status: Status,
    *,
    lead: str,
    date_cells: int,
    width: int,
) -> Iterator[Text]:
    """Lay one event out as ``lead glyph date title``, the title wrapped under itself.

    ``lead`` is the fixed text before the glyph (a margin, or a legend number). When the title
    would get too few cells, the date keeps the first line and the title wraps beneath it.
    """
    from rich.text import Text

    style = marks.STATUS_STYLE[status]
    head = Text(lead)
    head.append(marks.glyph(event, status), style=marks.GLYPH_STYLE[status])
    head.append("  ")
    date = Text(marks.date_words(event), style=marks.DATE_STYLE)
    title = Text(printable(event.title), style=style)
    indent = Text(" " * head.cell_len)
    if width - head.cell_len - date_cells - 2 >= marks.MIN_TITLE_CELLS:
        first = head.append_text(marks.pad(date, date_cells + 2))
        rest = Text(" " * first.cell_len)
        yield from marks.hanging(console, first, rest, title, width)
        return
    yield from marks.hanging(console, head, indent, date, width)
    yield from marks.hanging(console, indent, indent, title, width)


def date_cells(events: Sequence[Event]) -> int:
    """Return the widest date among ``events``, in cells."""
    from rich.cells import cell_len

    return max((cell_len(marks.date_words(e)) for e in events), default=0)


@dataclass(frozen=True, slots=True)
class Timeline:
    """A rich renderable: the vertical timeline, drawn for whatever width it is given."""

    events: tuple[Event, ...]
    today: dt.date
    backwards: bool = False  # newest first, as --reverse lists them
    as_of: dt.date | None = None  # --as-of: said under the legend

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        """Yield the timeline line by line, each at most ``options.max_width`` cells."""
        yield from marks.as_segments(
            console,
            _lines(self.events, self.today, console, options.max_width, backwards=self.backwards),
        )
        if self.events:
            yield from marks.as_segments(
                console, marks.as_of_note(console, self.as_of, options.max_width)
            )


def _reach(event: Event, *, backwards: bool) -> dt.date:
    """Return how far an event reaches in reading order; an open end reaches forever."""
    import datetime as dt

    span = event.date
    if backwards:
        return span.start or dt.date.min
    return span.end or dt.date.max


def _lines(  # noqa: C901 - one walk over the events, each branch a kind of line
    events: Sequence[Event], today: dt.date, console: Console, width: int, *, backwards: bool
) -> Iterator[Text]:
    from rich.text import Text

    cells = date_cells(events)
    reach: dt.date | None = None
    year: str | None = None
    today_shown = False
    for event in events:
        status = event.date.status(today)
        if not today_shown and (status is Status.UPCOMING) != backwards:
            if year is not None:
                yield Text()
            yield today_line(today, width)
            today_shown = True
        this_year = _heading(event)
        near = _reach(event, backwards=not backwards)
        if reach is not None:
            earlier, later = (near, reach) if backwards else (reach, near)
            if earlier < later and more_than_a_year(earlier, later):
                yield from _gap(console, elapsed(earlier, later), width, backwards=backwards)
            elif this_year != year:
                yield Text()
        if this_year != year:
            yield Text(this_year, style=marks.HEADING_STYLE)
            year = this_year
        yield from event_rows(console, event, status, lead=" ", date_cells=cells, width=width)
        far = _reach(event, backwards=backwards)
        if reach is None or (far < reach if backwards else far > reach):
            reach = far
    if events and not today_shown:
        yield Text()
        yield today_line(today, width)
    if events:
        yield Text()
        yield from marks.legend(console, width, disputed=marks.any_disputed(events))


def _heading(event: Event) -> str:
    """Return the heading an event goes under: its start year, or "earlier" if that is open.

    Events with an open start sort before every dated one (after them, newest first); filing
    them under their end year would put that year's heading out of order.
    """
    span = event.date
    return "earlier" if span.start is None else str(marks.anchor_year(span))


def _gap(console: Console, length: str, width: int, *, backwards: bool) -> Iterator[Text]:
    from rich.text import Text

    rail = Text(" ┊", style=marks.GAP_STYLE)
    label = Text(f"{length} {'earlier' if backwards else 'later'}", style=marks.GAP_STYLE)
    yield rail
    yield from marks.hanging(console, Text(" ┊  ", style=marks.GAP_STYLE), rail, label, width)
    yield rail
