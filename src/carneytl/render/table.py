"""The table view: one row per event, the date at its own precision."""

from __future__ import annotations

import re
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from carneytl.model import Status
from carneytl.output import DEFAULT_WIDTH
from carneytl.render import marks
from carneytl.render.columns import HEADERS, NAMES, measure_columns, plan
from carneytl.render.text import printable

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.table import Table

    from carneytl.model import Event
    from carneytl.render import RenderContext

_ROW_STYLE = {Status.PAST: "", Status.ONGOING: "bold", Status.UPCOMING: "italic"}
_COLUMN_STYLE = ("cyan", "", "green", "magenta")
# Above this many rows the same layout is built without rich (see render/fasttable.py):
# rich spends about a millisecond a row, so the first screen would wait for the last row.
LARGE = 200


# Emoji, their skin-tone modifiers, variation selectors and joiners: characters whose width
# depends on their neighbours. rich measures them by grapheme; the fast table counts single
# characters, so a store holding any of them keeps rich's layout, however long.
_GRAPHEME_SENSITIVE = re.compile("[\u200d\ufe00-\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]")


def _needs_graphemes(events: Sequence[Event]) -> bool:
    # All the text searched at once, and not at all when it is ASCII, as a big store's often is.
    every_text = "\n".join(
        chain(
            map(attrgetter("title"), events),
            chain.from_iterable(map(attrgetter("actors"), events)),
            chain.from_iterable(map(attrgetter("tags"), events)),
        )
    )
    return not every_text.isascii() and _GRAPHEME_SENSITIVE.search(every_text) is not None


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


def render(events: Sequence[Event], ctx: RenderContext) -> Table | Iterator[str]:
    """Render a rich table: Date, Title, Actors, Tags. Upcoming events are set in italics.

    On narrow screens Tags, then Actors, are left out so the title stays readable.
    """
    if len(events) > LARGE and not _needs_graphemes(events):
        from carneytl.render.fasttable import render_lines

        return render_lines(events, ctx)
    from rich import box
    from rich.table import Table
    from rich.text import Text

    laid = rows(events, ctx)
    planned = widths(laid, ctx.width or DEFAULT_WIDTH)
    shown = [index for index, width in enumerate(planned) if width is not None]
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False, expand=False
    )
    for index in shown:
        table.add_column(
            HEADERS[index],
            style=_COLUMN_STYLE[index],
            width=planned[index],
            no_wrap=index == 0,
            overflow="fold",
        )
    from carneytl.render.fasttable import wrap_names

    for *texts, status in laid:
        # Actors and Tags come wrapped between names, which rich's wrapping cannot do; their
        # lines fit the column, so rich keeps them as they are.
        cells = [
            Text("\n".join(wrap_names(texts[i], planned[i] or 1)) if NAMES[i] else texts[i])
            for i in shown
        ]
        table.add_row(*cells, style=_ROW_STYLE[status])
    return table
