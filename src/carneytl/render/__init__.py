"""The renderer registry: every output format by name, its module imported only when chosen.

A renderer takes the selected events and a :class:`RenderContext` and returns either text or a
rich renderable. It never prints: writing is :mod:`carneytl.output`'s job.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from carneytl.errors import UsageError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    from rich.console import RenderableType

    from carneytl.model import Event, WrittenRecords

    # Text, UTF-8 bytes (machine formats), a rich renderable, or text in chunks that can be
    # written (and paged) as they come.
    Rendered = str | bytes | RenderableType | Iterator[str]


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What a renderer may know beyond the events: the reference day and the user's choices."""

    today: dt.date
    width: int | None = None
    fields: tuple[str, ...] | None = None
    header: bool = True
    template: str | None = None
    color: bool = False
    # The events come newest first (--reverse): a drawn view reads its direction from this,
    # since events of one span look the same either way round.
    reverse: bool = False
    # The selection's --json records as the parse cache keeps them written (see model.Store).
    records: WrittenRecords | None = field(default=None, compare=False, repr=False)


class Renderer(Protocol):
    """Turns events into output; returns it rather than writing it."""

    def __call__(self, events: Sequence[Event], ctx: RenderContext, /) -> Rendered:
        """Render ``events``."""
        ...


@dataclass(frozen=True, slots=True)
class Format:
    """One registry entry. ``machine`` formats are for programs: never coloured, never paged."""

    name: str
    summary: str
    module: str
    function: str = "render"
    machine: bool = True
    # Which of --fields and --no-header the format honours; the CLI refuses them elsewhere.
    takes_fields: bool = False
    has_header: bool = False

    def load(self) -> Renderer:
        """Import the renderer's module now, and only now."""
        renderer: Renderer = getattr(importlib.import_module(self.module), self.function)
        return renderer


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "table",
            "a table for people, coloured on a terminal",
            "carneytl.render.table",
            machine=False,
        ),
        Format(
            "json",
            "a JSON array of event objects",
            "carneytl.render.json",
            function="render_utf8",
            takes_fields=True,
        ),
        Format(
            "jsonl",
            "JSON Lines: one event object per line",
            "carneytl.render.json",
            function="render_lines",
            takes_fields=True,
        ),
        Format(
            "csv",
            "comma-separated values with a header row; lists joined with '; '",
            "carneytl.render.tabular",
            function="render_csv",
            takes_fields=True,
            has_header=True,
        ),
        Format(
            "tsv",
            "tab-separated values, laid out like csv",
            "carneytl.render.tabular",
            function="render_tsv",
            takes_fields=True,
            has_header=True,
        ),
        Format(
            "markdown",
            "a Markdown table for notes and READMEs",
            "carneytl.render.tabular",
            function="render_markdown",
            takes_fields=True,
        ),
        Format(
            "yaml", "a carneytl store of the selection and its sources", "carneytl.render.store"
        ),
        Format("ics", "iCalendar: all-day events for calendar apps", "carneytl.render.ics"),
        Format("timelinejs", "TimelineJS3 JSON for a web timeline", "carneytl.render.timelinejs"),
        Format("html", "one self-contained interactive page of the story", "carneytl.render.page"),
        Format(
            "template",
            "one line per event from --template (set by --template itself)",
            "carneytl.render.template",
        ),
    )
}


def get_format(name: str) -> Format:
    """Look a format up by name.

    Raises:
        UsageError: no format has that name; the message lists those that do.
    """
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise UsageError(
            f"unknown format {name!r}", hint=f"choose one of: {', '.join(FORMATS)}"
        ) from None
