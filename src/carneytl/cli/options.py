"""The command line's shared options, declared once and reused by every command that takes them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NamedTuple, Optional

import typer
import typer.models

from carneytl.render import Kind, formats_for

# typer reads these annotations at run time, so they keep typing's `Optional` spelling,
# which typer understands on every supported version.
# ruff: noqa: UP045

StoreOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--store",
        "-s",
        envvar="CARNEYTL_STORE",
        help="Store file to read (YAML, JSON or JSON Lines); repeat to merge stores. "
        "Default: the embedded Canada–China store.",
        show_default=False,
        dir_okay=True,
    ),
]
TodayOpt = Annotated[
    Optional[str],
    typer.Option(
        "--today",
        metavar="DATE",
        help="Day that 'today', 'last year' and event status are reckoned from "
        "(YYYY-MM-DD or '1 Dec 2018').",
        show_default="the real date",
    ),
]
ActorOpt = Annotated[
    Optional[list[str]],
    typer.Option("--actor", "-a", help="Only events with this actor; repeat: all must match."),
]
TagOpt = Annotated[
    Optional[list[str]],
    typer.Option("--tag", "-t", help="Only events with this tag; repeat: all must match."),
]
ExcludeTagOpt = Annotated[
    Optional[list[str]],
    typer.Option("--exclude-tag", "-T", help="Drop events with this tag; repeatable."),
]
SearchOpt = Annotated[
    Optional[str],
    typer.Option("--search", "-S", help="Only events whose text holds this (title, summary, ...)."),
]
LimitOpt = Annotated[
    Optional[int],
    typer.Option("--limit", "-n", min=0, help="Show at most this many events."),
]
DisputedOpt = Annotated[
    bool,
    typer.Option(
        "--disputed", help="Only events with another account of their date that disagrees."
    ),
]
AsOfOpt = Annotated[
    Optional[str],
    typer.Option(
        "--as-of",
        metavar="DAY",
        help="The story as it was known on DAY: only what its sources had reported by then.",
        show_default=False,
    ),
]
ReverseOpt = Annotated[bool, typer.Option("--reverse", "-r", help="Newest first.")]
WithinOpt = Annotated[
    bool,
    typer.Option(
        "--within", help="Keep only events that lie wholly inside the range, not just overlap it."
    ),
]


def format_option(
    kind: Kind, help_text: str, *, show_default: bool | str = False
) -> typer.models.OptionInfo:
    """The ``-f/--format`` option of a command that writes ``kind``, its choices from the registry.

    The choices are checked in one place, :func:`carneytl.render.get_format`, after parsing; the
    option only completes them.
    """

    def complete(incomplete: str) -> list[str]:
        return [name for name in formats_for(kind) if name.startswith(incomplete)]

    option: typer.models.OptionInfo = typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=help_text,
        autocompletion=complete,
        show_default=show_default,
    )
    return option


FormatOpt = Annotated[
    Optional[str],
    format_option(
        "events",
        f"Write the selection in this format instead of the command's own view: "
        f"{', '.join(formats_for('events'))}.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOpt = Annotated[
    Optional[str],
    typer.Option(
        "--fields",
        metavar="LIST",
        help="Comma-separated fields to keep, in order, for json, jsonl, csv, tsv and markdown "
        "(e.g. id,date,title).",
    ),
]
NoHeaderOpt = Annotated[
    bool, typer.Option("--no-header", help="Leave out the header row of csv and tsv.")
]
TemplateOpt = Annotated[
    Optional[str],
    typer.Option(
        "--template",
        metavar="TEXT",
        help="One line per event from Python format fields, e.g. '{date} {title}'; "
        "the fields are those of the JSON record.",
    ),
]
ColorOpt = Annotated[
    Optional[bool],
    typer.Option(
        "--color/--no-color",
        help="Force colour on or off. Default: on for a terminal, off if NO_COLOR is set.",
        show_default=False,
    ),
]
WidthOpt = Annotated[
    Optional[int],
    typer.Option(
        "--width",
        min=30,
        max=1000,
        help="Columns to lay out for, 30 to 1000. Without it: COLUMNS, else the terminal's "
        "width, else 80; a value outside 30 to 1000 is brought inside.",
        show_default="terminal",
    ),
]
ExportSvgOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--export-svg",
        metavar="FILE",
        help="Also save what is shown as an SVG picture.",
        dir_okay=False,
    ),
]
ExportHtmlOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--export-html",
        metavar="FILE",
        help="Also save what is shown as an HTML page.",
        dir_okay=False,
    ),
]

SinceOpt = Annotated[
    Optional[str],
    typer.Option(
        help="Only events that reach this date or later (e.g. 2018, Dec 2018).", metavar="DATE"
    ),
]
ScaleOpt = Annotated[
    bool,
    typer.Option(
        "--scale", help="Draw a proportional axis: distance is time, events are numbered markers."
    ),
]
UntilOpt = Annotated[
    Optional[str],
    typer.Option(
        help="Only events that reach this date or earlier (e.g. 2021-09).", metavar="DATE"
    ),
]

ExpressionsOpt = Annotated[
    bool,
    typer.Option(
        "--expressions",
        help="List every temporal expression (start, end, text, type, TIMEX3 value) "
        "instead of candidate events.",
    ),
]

# A list, as in StoreOpt, so that CARNEYTL_STORE is split on os.pathsep the same way for
# every command; an edit then checks that it names exactly one store.
EditStoreOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--store",
        "-s",
        envvar="CARNEYTL_STORE",
        help="The one YAML store to change. Required: the embedded store is never edited.",
        show_default=False,
        dir_okay=True,
    ),
]
RangeStartArg = Annotated[
    str, typer.Argument(help="First day, month or year of the range (or ..).", metavar="START")
]
RangeEndArg = Annotated[
    str, typer.Argument(help="Last day, month or year of the range (or ..).", metavar="END")
]


# --- option groups ---------------------------------------------------------------------------
#
# Several commands take the same options. Each option is declared once above, as an Annotated
# alias that a command lists among its parameters (typer reads them from the signature). A
# command then gathers the values of each group into one frozen, typed value below, and works
# with those: mypy checks every use. They are NamedTuples, immutable and typed like a frozen
# dataclass, because a NamedTuple class is several times cheaper to create at start-up.


class StoreOptions(NamedTuple):
    """``--store``: the stores to read, merged; none means the embedded one."""

    paths: tuple[Path, ...] = ()

    @classmethod
    def of(cls, store: list[Path] | None) -> StoreOptions:
        """Gather the option's value as typer passes it."""
        return cls(tuple(store or ()))


class FilterOptions(NamedTuple):
    """The options that choose events: the range, the filters, the order and ``--today``.

    ``as_of`` is ``--as-of``: the story as it was known on that day.
    """

    since: str | None = None
    until: str | None = None
    within: bool = False
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    search: str | None = None
    limit: int | None = None
    reverse: bool = False
    today: str | None = None
    disputed: bool = False
    as_of: str | None = None

    @classmethod
    def of(
        cls,
        *,
        since: str | None = None,
        until: str | None = None,
        within: bool = False,
        actor: list[str] | None = None,
        tag: list[str] | None = None,
        exclude_tag: list[str] | None = None,
        search: str | None = None,
        limit: int | None = None,
        reverse: bool = False,
        today: str | None = None,
        disputed: bool = False,
        as_of: str | None = None,
    ) -> FilterOptions:
        """Gather the options' values as typer passes them (a repeated option as a list)."""
        return cls(
            since=since,
            until=until,
            within=within,
            actors=tuple(actor or ()),
            tags=tuple(tag or ()),
            exclude_tags=tuple(exclude_tag or ()),
            search=search,
            limit=limit,
            reverse=reverse,
            today=today,
            disputed=disputed,
            as_of=as_of,
        )


class OutputOptions(NamedTuple):
    """The FORMAT group: ``--format``, ``--json``, ``--fields``, ``--no-header``, ``--template``."""

    fmt: str | None = None
    json: bool = False
    fields: str | None = None
    no_header: bool = False
    template: str | None = None

    @property
    def machine(self) -> bool:
        """Tell whether a format was asked for rather than the command's own drawing."""
        return bool(self.fmt or self.json or self.template)


class LookOptions(NamedTuple):
    """``--color`` and ``--width``: how a drawn view is laid out."""

    color: bool | None = None
    width: int | None = None


class ExportOptions(NamedTuple):
    """``--export-svg`` and ``--export-html``: where to save a picture of a drawn view."""

    svg: Path | None = None
    html: Path | None = None

    @property
    def asked(self) -> bool:
        """Tell whether an export was asked for."""
        return self.svg is not None or self.html is not None
