"""The command line's shared options, declared once and reused by every command that takes them."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, NamedTuple, Optional

import typer
import typer.models

from carneytl.cli.completion import (
    complete_actors,
    complete_sources,
    complete_statuses,
    complete_tags,
)
from carneytl.render import Kind, formats_for

# typer reads these annotations at run time, so they keep typing's `Optional` spelling,
# which typer understands on every supported version.
# ruff: noqa: UP045


class FilePath(typer.models.TyperPath):
    """A path option's type: refuses an empty path; reading it is left to the command.

    click's own checks (exists, readable) would report a file that cannot be read in its
    words and with exit 2; carneytl reads every file itself and reports why it could not,
    the same way for every file, with exit 1. An empty path would otherwise become ``.``,
    the current directory, and be reported as a directory nobody named.
    """

    def __init__(self) -> None:
        """A path to anything: what it names is checked when the command opens it."""
        super().__init__(readable=False)

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:  # noqa: ANN401 - click's signature
        """Refuse an empty path, naming where it came from; anything else is kept as given."""
        if isinstance(value, str) and not value:
            where = _where(ctx, param)
            message = (
                f"it holds an empty path (a {os.pathsep!r} at either end, or two together)"
                if where is not None and where == getattr(param, "envvar", None)
                else "the path is empty"
            )
            raise typer.BadParameter(message, ctx=ctx, param=param, param_hint=where)
        return super().convert(value, param, ctx)


def _where(ctx: Any, param: Any) -> str | None:  # noqa: ANN401 - click's context and parameter
    """Name the place a value came from: the environment variable, else the option itself."""
    name = getattr(param, "name", None)
    envvar = getattr(param, "envvar", None)
    source = ctx.get_parameter_source(name) if ctx is not None and name else None
    if isinstance(envvar, str) and source is not None and source.name == "ENVIRONMENT":
        return envvar
    opts = getattr(param, "opts", None)
    # An argument has no option name: click then names it by its metavar.
    return f"'{opts[0]}'" if opts and opts[0].startswith("-") else None


def _columns(text: str) -> int:
    """``--width``: a whole number of columns, 30 to 1000, in the user's words if not."""
    from carneytl.output import MAX_WIDTH, MIN_WIDTH

    number = _whole(text, "columns")
    if not MIN_WIDTH <= number <= MAX_WIDTH:
        raise typer.BadParameter(f"{number} is not between {MIN_WIDTH} and {MAX_WIDTH} columns")
    return number


def _count(text: str) -> int:
    """``--limit``: a whole number of events, zero or more."""
    number = _whole(text, "events")
    if number < 0:
        raise typer.BadParameter(f"{number} is negative; give 0 or more events")
    return number


# A whole number as typed: ASCII digits only (int() would also take "1_000" and other
# scripts' digits, which no one means to type here).
_WHOLE = re.compile(r"[+-]?[0-9]+")
# Digits enough for any count or width; a longer number is refused before int() reads it.
_MOST_DIGITS = 18
# The longest value quoted whole in a message: an option's value can be as long as the command.
_QUOTED = 40


def _whole(text: str | int, what: str) -> int:
    """Read ``text`` as a whole number of ``what`` ("events", "columns") or say why not."""
    if isinstance(text, int):  # a default, already a number
        return text
    typed = text.strip()
    shown = repr(typed if len(typed) <= _QUOTED else typed[: _QUOTED - 3] + "...")
    if not _WHOLE.fullmatch(typed):
        raise typer.BadParameter(f"{shown} is not a number of {what} (a whole number, e.g. 80)")
    if len(typed.lstrip("+-").lstrip("0")) > _MOST_DIGITS:
        raise typer.BadParameter(f"{shown} is more {what} than there can be")
    return int(typed)


StoreOpt = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--store",
        "-s",
        envvar="CARNEYTL_STORE",
        help="Store file to read (YAML, JSON or JSON Lines); repeat to merge stores. "
        "Default: the embedded Canada–China store.",
        show_default=False,
        metavar="PATH",
        click_type=FilePath(),
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
    typer.Option(
        "--actor",
        "-a",
        metavar="NAME",
        help="Only events with this actor; repeat: all must match.",
        autocompletion=complete_actors,
    ),
]
TagOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Only events with this tag; repeat: all must match.",
        autocompletion=complete_tags,
    ),
]
AnyTagOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--any-tag",
        metavar="TAG",
        help="Only events with at least one of these tags; repeat to give more.",
        autocompletion=complete_tags,
    ),
]
ExcludeTagOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--exclude-tag",
        "-T",
        metavar="TAG",
        help="Drop events with this tag; repeatable.",
        autocompletion=complete_tags,
    ),
]
SourceOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--source",
        metavar="ID",
        help="Only events that cite this source id; repeat: all must be cited.",
        autocompletion=complete_sources,
    ),
]
StatusOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--status",
        metavar="STATUS",
        help="Only events that are upcoming, ongoing or past (reckoned from --today); "
        "repeat: any of them.",
        autocompletion=complete_statuses,
    ),
]
LocationOpt = Annotated[
    Optional[str],
    typer.Option(
        "--location",
        metavar="TEXT",
        help="Only events whose location holds this, ignoring case and accents.",
    ),
]
SearchOpt = Annotated[
    Optional[str],
    typer.Option(
        "--search",
        "-S",
        metavar="TEXT",
        help="Only events that hold this in their title, summary, location, actors or tags, "
        "ignoring case and accents.",
    ),
]
LimitOpt = Annotated[
    Optional[int],
    typer.Option("--limit", "-n", metavar="N", parser=_count, help="Show at most N events."),
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
        help=(
            "The story as it was known on DAY: events first reported after DAY are left out, and"
            " each event cites only the sources published by then. An event with no dated source"
            " is kept, since nothing says when it became known."
        ),
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

    # As objects: typer reads them each time it builds the option (see cli.completion).
    complete.__annotations__ = {"incomplete": str, "return": list[str]}

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
        metavar="COLUMNS",
        parser=_columns,
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
        click_type=FilePath(),
    ),
]
ExportHtmlOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--export-html",
        metavar="FILE",
        help="Also save what is shown as an HTML page.",
        click_type=FilePath(),
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
        metavar="PATH",
        click_type=FilePath(),
    ),
]
DryRunOpt = Annotated[
    bool,
    typer.Option(
        "--dry-run",
        help="Print the change as a unified diff of the store file and write nothing.",
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
    any_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    location: str | None = None
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
        any_tag: list[str] | None = None,
        exclude_tag: list[str] | None = None,
        source: list[str] | None = None,
        status: list[str] | None = None,
        location: str | None = None,
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
            any_tags=tuple(any_tag or ()),
            exclude_tags=tuple(exclude_tag or ()),
            sources=tuple(source or ()),
            statuses=tuple(status or ()),
            location=location,
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


# --- the root's copies ---------------------------------------------------------------------
#
# `carneytl --store my.yaml list` takes these before the command and hands them down (see
# carneytl.cli.root.PASSED_DOWN). They read no environment variable: the command does that,
# so that a value given on the command line, before or after the command, beats the
# environment.


def root_store_option() -> typer.models.OptionInfo:
    """``--store`` before the command."""
    option: typer.models.OptionInfo = typer.Option(
        "--store",
        "-s",
        metavar="PATH",
        help="Store file for the command to read (or change); repeat to merge stores.",
        show_default=False,
        click_type=FilePath(),
    )
    return option


def root_today_option() -> typer.models.OptionInfo:
    """``--today`` before the command."""
    option: typer.models.OptionInfo = typer.Option(
        "--today", metavar="DATE", help="Day the command reckons 'today' and status from."
    )
    return option


def root_color_option() -> typer.models.OptionInfo:
    """``--color/--no-color`` before the command."""
    option: typer.models.OptionInfo = typer.Option(
        "--color/--no-color", help="Force colour on or off.", show_default=False
    )
    return option


def root_width_option() -> typer.models.OptionInfo:
    """``--width`` before the command."""
    option: typer.models.OptionInfo = typer.Option(
        "--width", metavar="COLUMNS", parser=_columns, help="Columns to lay out for, 30 to 1000."
    )
    return option
