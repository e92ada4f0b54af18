"""The format registry: every output format by name, what it renders, imported only when chosen.

A format renders one or more *kinds* of result (see :data:`KINDS`): most render a list of
events, and some also one event, the stats, check's problems, extract's expressions or its
candidates. A renderer returns text or a rich renderable. It never prints: writing is
:mod:`carneytl.output`'s job.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, Protocol

from carneytl.errors import UsageError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator, Mapping, Sequence

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
    # --as-of: the events are the story as its sources had told it by this day. A view for
    # people says so; ``today`` stays the day statuses and the today mark are judged against.
    as_of: dt.date | None = None
    # The selection's --json records as the parse cache keeps them written (see model.Store).
    records: WrittenRecords | None = field(default=None, compare=False, repr=False)


class Renderer(Protocol):
    """Turns events into output; returns it rather than writing it."""

    def __call__(self, events: Sequence[Event], ctx: RenderContext, /) -> Rendered:
        """Render ``events``."""
        ...


Kind = Literal["events", "event", "stats", "problems", "expressions", "candidates"]

# What each kind is, in words, and the arguments its renderers take (beyond "events", whose
# renderers are :class:`Renderer`s).
KINDS: Final[dict[Kind, str]] = {
    "events": "a list of events",  # (events, RenderContext)
    "event": "one event",  # (event, RenderContext)
    "stats": "the stats",  # (events, RenderContext)
    "problems": "a store's problems",  # (problems, stores)
    "expressions": "temporal expressions",  # (timexes)
    "candidates": "candidate events",  # (Extracted) from carneytl.extract.views
}

# In ``Format.also``: the format renders this kind by rendering the events it makes.
AS_EVENTS: Final = "as events"


@dataclass(frozen=True, slots=True)
class Format:
    """One registry entry. ``machine`` formats are for programs: never coloured, never paged."""

    name: str
    summary: str
    module: str | None
    function: str = "render"
    machine: bool = True
    # Which of --fields and --no-header the format honours; the CLI refuses them elsewhere.
    takes_fields: bool = False
    has_header: bool = False
    # The other kinds it renders: kind -> "module:function", or AS_EVENTS.
    also: Mapping[Kind, str] = field(default_factory=dict)

    def serves(self, kind: Kind) -> bool:
        """Tell whether the format can render this kind of result."""
        return (kind == "events" and self.module is not None) or kind in self.also

    def as_events(self, kind: Kind) -> bool:
        """Tell whether this kind is rendered as the events it makes, by :meth:`load`."""
        return kind == "events" or self.also.get(kind) == AS_EVENTS

    def load(self) -> Renderer:
        """Import the events renderer's module now, and only now."""
        if self.module is None:
            raise UsageError(f"{self.name} does not write events")
        renderer: Renderer = getattr(importlib.import_module(self.module), self.function)
        return renderer

    def load_for(self, kind: Kind) -> Callable[..., Rendered]:
        """Import the renderer of another kind now; its arguments are those :data:`KINDS` says."""
        module, _, function = self.also[kind].partition(":")
        renderer: Callable[..., Rendered] = getattr(importlib.import_module(module), function)
        return renderer


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "table",
            "a table for people, coloured on a terminal",
            "carneytl.render.table",
            machine=False,
            also={
                "expressions": "carneytl.extract.fragment:expressions_table",
                "candidates": "carneytl.extract.views:to_table",
            },
        ),
        Format(
            "json",
            "JSON: an array of objects (events, problems, expressions); one object for show, stats",
            "carneytl.render.json",
            function="render_utf8",
            takes_fields=True,
            also={
                "event": "carneytl.render.show:render_json",
                "stats": "carneytl.render.stats:render_json",
                "problems": "carneytl.render.problems:render_json",
                "expressions": "carneytl.extract.fragment:expressions_json",
                "candidates": "carneytl.extract.views:to_json",
            },
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
            "yaml",
            "a carneytl store of the selection and its sources (extract: a review file)",
            "carneytl.render.yamlstore",
            also={
                "expressions": "carneytl.extract.fragment:expressions_yaml",
                "candidates": "carneytl.extract.views:to_review",
            },
        ),
        Format("ics", "iCalendar: all-day events for calendar apps", "carneytl.render.ics"),
        Format("timelinejs", "TimelineJS3 JSON for a web timeline", "carneytl.render.timelinejs"),
        Format("html", "one self-contained interactive page of the story", "carneytl.render.page"),
        Format(
            "template",
            "one line per event from --template (set by --template itself)",
            "carneytl.render.template",
        ),
        Format(
            "text",
            "one PATH:LINE:COL: message line per problem, then a summary",
            None,
            also={
                "problems": "carneytl.render.problems:render_text",
            },
        ),
    )
}


def formats_for(kind: Kind) -> list[str]:
    """The names of the formats that render this kind, in registry order."""
    return [name for name, spec in FORMATS.items() if spec.serves(kind)]


def get_format(name: str, kind: Kind = "events") -> Format:
    """Look up the format of that name that renders ``kind``: the one place a format is refused.

    Raises:
        UsageError: no format has that name, or it cannot render ``kind``; the message lists
            those that can.
    """
    spec = FORMATS.get(name.lower())
    if spec is not None and spec.serves(kind):
        return spec
    hint = f"choose one of: {', '.join(formats_for(kind))}"
    if spec is None:
        raise UsageError(f"unknown format {name!r}", hint=hint)
    raise UsageError(f"{spec.name} cannot write {KINDS[kind]}", hint=hint)
