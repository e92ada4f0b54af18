"""The proportional timeline: a horizontal axis with year ticks, numbered markers and a legend.

Distance on the axis is distance in time, so clusters and silences show at a glance. Events
that land on the same column share one label (``8–14``); intervals draw as bars.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from carneytl.dates.display import day_text, month_text
from carneytl.model import Status
from carneytl.render import marks
from carneytl.render.timeline import date_cells, event_rows

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.console import Console, ConsoleOptions
    from rich.segment import Segment
    from rich.text import Text

    from carneytl.model import Event
    from carneytl.render import RenderContext

# Year steps for the ticks, and the fewest cells wanted between two labelled ticks.
_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
_TICK_ROOM = 6
_LABEL_ROWS = 3
# Overlapping bars stack in lanes; past this many, the last lane is drawn over, since a wall
# of lanes says less than the numbered legend already does.
_MAX_LANES = 8
# Cells between labelled month ticks ("Feb ") and day ticks ("14 "), and today's mark, which
# points up at its column on the axis.
_MONTH_ROOM = 4
_DAY_ROOM = 3
_TODAY_MARK = "▲"


def render(events: Sequence[Event], ctx: RenderContext) -> Scale:
    """Render the events on a proportional axis; it lays itself out for the console's width."""
    return Scale(tuple(events), ctx.today, ctx.as_of)


@dataclass(frozen=True, slots=True)
class Scale:
    """A rich renderable: the axis view, drawn for whatever width it is given."""

    events: tuple[Event, ...]
    today: dt.date
    as_of: dt.date | None = None  # --as-of: said under the legend

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        """Yield the axis, its labels and the legend, each line at most ``max_width`` cells."""
        if self.events:
            yield from marks.as_segments(
                console, _lines(self.events, self.today, console, options.max_width)
            )
            yield from marks.as_segments(
                console, marks.as_of_note(console, self.as_of, options.max_width)
            )


@dataclass(frozen=True, slots=True)
class _Axis:
    """Maps days to columns ``0 .. width - 1`` between the first and the last day."""

    first: dt.date
    last: dt.date
    width: int

    def column(self, day: dt.date) -> int:
        days = (self.last - self.first).days
        if days <= 0:
            return 0
        offset = min(max((day - self.first).days, 0), days)
        return round(offset * (self.width - 1) / days)


@dataclass(slots=True)
class _Label:
    """The numbers of the events whose markers start on one column."""

    column: int
    low: int
    high: int
    start: int = 0

    @property
    def text(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass(slots=True)
class _Lane:
    """One row of markers; ``cells`` maps a column to what is drawn there."""

    cells: dict[int, tuple[str, str]] = field(default_factory=dict)
    points: set[int] = field(default_factory=set)

    def fits(self, low: int, high: int, *, point: bool) -> bool:
        return all(
            c not in self.cells or (point and c in self.points) for c in range(low, high + 1)
        )


def _open_end(event: Event, today: dt.date) -> dt.date | None:
    """The day an open-ended event is drawn to: today, while it is going on."""
    start = event.date.start
    if event.date.end is None and start is not None and start <= today:
        return today
    return event.date.end


def _bounds(events: Sequence[Event], today: dt.date) -> tuple[dt.date, dt.date]:
    days = [d for e in events for d in (e.date.start, _open_end(e, today)) if d is not None]
    return min(days), max(days)


def _lines(events: Sequence[Event], today: dt.date, console: Console, width: int) -> Iterator[Text]:
    from rich.text import Text

    first, last = _bounds(events, today)
    axis = _Axis(first, last, width)
    ordered = sorted(enumerate(events, 1), key=lambda pair: (_start_col(axis, pair[1]), pair[0]))
    yield from _label_rows(_labels(axis, ordered, width), width)
    yield from _lanes(axis, ordered, today)
    yield from _ticks(axis)
    on_axis = first <= today <= last
    yield _today_row(axis, today)
    yield Text()
    number_cells = len(str(len(events)))
    cells = date_cells(events)
    for number, event in enumerate(events, 1):
        lead = f"{number:>{number_cells}}  "
        status = event.date.status(today)
        yield from event_rows(console, event, status, lead=lead, date_cells=cells, width=width)
    yield Text()
    # The legend explains the marker the axis shows, and none when today is off the axis.
    yield from marks.legend(
        console,
        width,
        today_glyph=_TODAY_MARK if on_axis else None,
        disputed=marks.any_disputed(events),
    )


def _start_col(axis: _Axis, event: Event) -> int:
    return axis.column(event.date.start or axis.first)


def _labels(axis: _Axis, ordered: list[tuple[int, Event]], width: int) -> list[list[_Label]]:
    """Number the markers, stacking labels in a few rows and merging those that do not fit."""
    groups: list[_Label] = []
    for number, event in ordered:
        column = _start_col(axis, event)
        if groups and groups[-1].column == column:
            groups[-1].low = min(groups[-1].low, number)
            groups[-1].high = max(groups[-1].high, number)
        else:
            groups.append(_Label(column, number, number))
    rows: list[list[_Label]] = [[] for _ in range(_LABEL_ROWS)]
    placed: list[tuple[_Label, list[_Label]]] = []  # in placement order, with their rows
    for group in groups:
        label = group
        while not _place(label, rows, placed, width):
            # No row has room: the label before takes these numbers too, and is placed again.
            before, row = placed.pop()
            row.remove(before)
            low, high = min(before.low, label.low), max(before.high, label.high)
            label = _Label(before.column, low, high)
    return [row for row in rows if row]


def _place(
    label: _Label,
    rows: list[list[_Label]],
    placed: list[tuple[_Label, list[_Label]]],
    width: int,
) -> bool:
    """Put ``label`` in the first row with room for it; the first label always fits."""
    label.start = min(label.column, max(0, width - len(label.text)))
    for row in rows:
        if not row or row[-1].start + len(row[-1].text) < label.start:
            row.append(label)
            placed.append((label, row))
            return True
    if not placed:  # pragma: no cover - an empty first row always has room
        rows[0].append(label)
        placed.append((label, rows[0]))
        return True
    return False


def _label_rows(rows: list[list[_Label]], width: int) -> Iterator[Text]:
    from rich.text import Text

    for row in reversed(rows):  # the first row sits nearest the markers
        line = Text()
        for label in row:
            # A merged label can have grown leftwards; it then keeps one space from the last.
            gap = max(label.start - line.cell_len, 1 if line.cell_len else 0)
            line.append(" " * gap)
            line.append(label.text[: max(0, width - line.cell_len)], style="bold")
        yield line


def _lanes(axis: _Axis, ordered: list[tuple[int, Event]], today: dt.date) -> Iterator[Text]:
    from rich.text import Text

    lanes: list[_Lane] = []
    for _, event in ordered:
        span = event.date
        low = axis.column(span.start or axis.first)
        high = axis.column(_open_end(event, today) or axis.last)
        status = span.status(today)
        point = low == high
        lane = next((x for x in lanes if x.fits(low, high, point=point)), None)
        if lane is None and len(lanes) >= _MAX_LANES:
            lane = lanes[-1]
        elif lane is None:
            lane = _Lane()
            lanes.append(lane)
        style = marks.GLYPH_STYLE[status]
        bar = "─" if status is Status.UPCOMING else "━"
        for column in range(low, high + 1):
            lane.cells[column] = (marks.glyph(event, status) if column == low else bar, style)
        if point:
            lane.points.add(low)
    for lane in lanes:
        line = Text()
        for column in range(max(lane.cells) + 1):
            char, style = lane.cells.get(column, (" ", ""))
            line.append(char, style=style)
        yield line


def _ticks(axis: _Axis) -> Iterator[Text]:
    """Draw the rule and its labels: years, or months or days on an axis too short for two."""
    from rich.text import Text

    ticks = _year_ticks(axis)
    if len(ticks) < 2:  # noqa: PLR2004 - one tick does not show a scale
        ticks = _month_ticks(axis) or ticks
    if len(ticks) < 2:  # noqa: PLR2004 - as above
        ticks = _day_ticks(axis) or ticks
    rule = ["─"] * axis.width
    labels = [" "] * axis.width
    free = 0
    for column, text in ticks:
        rule[column] = "┼"
        start = min(column, axis.width - len(text))
        if start >= free:
            labels[start : start + len(text)] = text
            free = start + len(text) + 1
    if not ticks:
        _ends(labels, axis)
    yield Text("".join(rule), style="dim")
    yield Text("".join(labels).rstrip())


def _step(units: int, axis: _Axis, room: int, steps: Sequence[int]) -> int | None:
    """The smallest step that leaves ``room`` cells between ticks; None if none does."""
    return next((s for s in steps if (axis.width - 1) * s / max(units, 1) >= room), None)


def _year_ticks(axis: _Axis) -> list[tuple[int, str]]:
    years = axis.last.year - axis.first.year + 1
    step = _step(years, axis, _TICK_ROOM, _STEPS) or _STEPS[-1]
    return [
        (axis.column(dt.date(year, 1, 1)), str(year))
        for year in range(axis.first.year + 1, axis.last.year + 1)
        if year % step == 0
    ]


def _month_ticks(axis: _Axis) -> list[tuple[int, str]]:
    """Ticks on the first of the months, January named by its year.

    The first tick names its year too when the labels leave room for it and no January does.
    """
    months = (axis.last.year - axis.first.year) * 12 + axis.last.month - axis.first.month + 1
    step = _step(months, axis, _MONTH_ROOM, (1, 2, 3, 6))
    if step is None:
        return []
    days: list[dt.date] = []
    for index in range(1, months):
        year, month = divmod(axis.first.month - 1 + index, 12)
        if month % step == 0:
            days.append(dt.date(axis.first.year + year, month + 1, 1))
    ticks = [(axis.column(d), str(d.year) if d.month == 1 else month_text(d)[:3]) for d in days]
    roomy = _step(months, axis, len("Mar 2025 "), (step,)) is not None
    if days and roomy and all(d.month != 1 for d in days):
        ticks[0] = (ticks[0][0], month_text(days[0]))
    return ticks


def _day_ticks(axis: _Axis) -> list[tuple[int, str]]:
    """Ticks on days; the first label and the first of a month also name the month."""
    days = (axis.last - axis.first).days + 1
    step = _step(days, axis, _DAY_ROOM, (1, 2, 7, 14))
    if step is None:
        return []
    ticks: list[tuple[int, str]] = []
    for offset in range(step, days, step):
        day = axis.first + dt.timedelta(days=offset)
        text = str(day.day) if ticks and day.day != 1 else f"{day.day} {month_text(day)[:3]}"
        ticks.append((axis.column(day), text))
    return ticks


def _ends(labels: list[str], axis: _Axis) -> None:
    """Without a year tick on the axis, name its two ends instead."""
    left = month_text(axis.first)
    right = month_text(axis.last)
    labels[: len(left)] = left
    if right != left and len(left) + 1 + len(right) <= axis.width:
        labels[axis.width - len(right) :] = right


def _today_row(axis: _Axis, today: dt.date) -> Text:
    from rich.text import Text

    day = day_text(today)
    # Off the axis, today has no column: a marker at an edge would read as a day there.
    if today > axis.last:
        text = _fitting(
            axis.width,
            f"today, {day}, is after the last date shown →",
            f"today, {day}: past the end →",
            "today: past the end →",
        )
        return Text(text, style=marks.TODAY_STYLE)
    if today < axis.first:
        text = _fitting(
            axis.width,
            f"← today, {day}, is before the first date shown",
            f"← today, {day}: before the start",
            "← today: before the start",
        )
        return Text(text, style=marks.TODAY_STYLE)
    column = axis.column(today)
    text = f"{_TODAY_MARK} today, {day}"
    if column + len(text) > axis.width:
        text = f"today, {day} {_TODAY_MARK}"
        column = max(0, column - len(text) + 1)
    return Text((" " * column + text)[: axis.width], style=marks.TODAY_STYLE)


def _fitting(width: int, *texts: str) -> str:
    """The first of ``texts`` that fits in ``width`` cells, else the last one cut to fit."""
    return next((text for text in texts if len(text) <= width), texts[-1][:width])
