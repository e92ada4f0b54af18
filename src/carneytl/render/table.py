"""The table view: one row per event, the date at its own precision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.dates import display
from carneytl.model import Status
from carneytl.render.text import printable

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.table import Table

    from carneytl.model import Event
    from carneytl.render import RenderContext

_ROW_STYLE = {Status.PAST: "", Status.ONGOING: "bold", Status.UPCOMING: "italic"}
# Above this many rows the same layout is built without rich (see render/fasttable.py):
# rich spends about a millisecond a row, so the first screen would wait for the last row.
LARGE = 200


def render(events: Sequence[Event], ctx: RenderContext) -> Table | Iterator[str]:
    """Render a rich table: Date, Title, Actors, Tags. Upcoming events are set in italics."""
    if len(events) > LARGE:
        from carneytl.render.fasttable import render_lines

        return render_lines(events, ctx)
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, expand=False)
    table.add_column("Date", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=5, overflow="fold")
    table.add_column("Actors", style="green", ratio=3, overflow="fold")
    table.add_column("Tags", style="magenta", ratio=2, overflow="fold")
    for event in events:
        table.add_row(
            Text(display(event.date)),
            Text(printable(event.title)),
            Text(printable(", ".join(event.actors))),
            Text(printable(", ".join(event.tags))),
            style=_ROW_STYLE[event.date.status(ctx.today)],
        )
    return table
