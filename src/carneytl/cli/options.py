"""The command line's shared options, declared once and reused by every command that takes them."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    Command = Callable[..., None]

from carneytl.render import FORMATS

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


def _complete_format(incomplete: str) -> list[str]:
    from carneytl.render import FORMATS

    return [name for name in FORMATS if name.startswith(incomplete)]


FormatOpt = Annotated[
    Optional[str],
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"Write the selection in this format instead of the command's own view: "
        f"{', '.join(FORMATS)}.",
        autocompletion=_complete_format,
        show_default=False,
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
        min=40,
        max=1000,
        help="Columns to lay out for (40 to 1000).",
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
# Several commands take the same options. Each group below is declared once; @takes adds a
# group's parameters to a command's signature (typer reads signatures), and hands their
# values to the command as one mapping, `options`, already converted by typer.


def _keyword(name: str, annotation: object, *, default: object = None) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


STORE = (_keyword("store", StoreOpt),)
RANGE = (_keyword("since", SinceOpt), _keyword("until", UntilOpt))
FILTERS = (
    _keyword("within", WithinOpt, default=False),
    _keyword("actor", ActorOpt),
    _keyword("tag", TagOpt),
    _keyword("exclude_tag", ExcludeTagOpt),
    _keyword("search", SearchOpt),
    _keyword("limit", LimitOpt),
    _keyword("disputed", DisputedOpt, default=False),
)
ORDER = (_keyword("reverse", ReverseOpt, default=False),)
FORMAT = (
    _keyword("fmt", FormatOpt),
    _keyword("json_flag", JsonOpt, default=False),
    _keyword("fields", FieldsOpt),
    _keyword("no_header", NoHeaderOpt, default=False),
    _keyword("template", TemplateOpt),
)
LOOK = (_keyword("color", ColorOpt), _keyword("width", WidthOpt))
TODAY = (_keyword("today", TodayOpt),)
AS_OF = (_keyword("as_of", AsOfOpt),)
EXPORT = (_keyword("export_svg", ExportSvgOpt), _keyword("export_html", ExportHtmlOpt))


def takes(*groups: tuple[inspect.Parameter, ...]) -> Callable[[Command], Command]:
    """Add option groups to a command, passed to it as ``options: Mapping[str, Any]``."""
    extra = [param for group in groups for param in group]
    names = [param.name for param in extra]

    def decorate(command: Command) -> Command:
        own = inspect.signature(command, eval_str=True)
        kept = [param for param in own.parameters.values() if param.name != "options"]

        @functools.wraps(command)
        def run(**kwargs: Any) -> None:  # noqa: ANN401 - typer passes each option's own type
            options: Mapping[str, Any] = {name: kwargs.pop(name) for name in names}
            command(**kwargs, options=options)

        parameters = [*kept, *extra]
        run.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]  # typer reads the signature; functions take the attribute
        run.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
        return run

    return decorate
