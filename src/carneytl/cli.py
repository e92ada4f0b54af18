"""The command line: options become a Query; the only place printing errors or setting exits."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl import __version__
from carneytl.errors import CarneyError, DateError, StoreError, UsageError
from carneytl.query import Query

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from carneytl.model import Event
    from carneytl.output import Environment

# typer needs the parameter annotations at run time, so these stay real imports of
# typing's spelling (`Optional`) that typer understands on every supported version.
# ruff: noqa: UP045

app = typer.Typer(
    name="carneytl",
    help="Query a news story's chronology: sourced events, precise dates, JSON for pipes.",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain click help and errors: faster to start, nothing to escape
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

# --- options shared by the listing commands --------------------------------------------------

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
        help="Day that 'today', 'last year' and event status are reckoned from (YYYY-MM-DD).",
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
        help="Output format: table, json, jsonl.",
        autocompletion=_complete_format,
        show_default="table",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOpt = Annotated[
    Optional[str],
    typer.Option(
        "--fields",
        metavar="LIST",
        help="Comma-separated fields to keep, in order, for json and jsonl (e.g. id,date,title).",
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
    typer.Option("--width", min=20, help="Columns to lay out for.", show_default="terminal"),
]


# --- errors --------------------------------------------------------------------------------


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn carneytl's errors into messages on stderr and the right exit status."""
    try:
        yield
    except UsageError as exc:
        message = exc.message if exc.hint is None else f"{exc.message}\n{exc.hint}"
        raise typer.BadParameter(message) from None
    except StoreError as exc:
        for problem in exc.problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(exc.exit_status) from None
    except CarneyError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        if exc.hint:
            typer.echo(f"hint: {exc.hint}", err=True)
        raise typer.Exit(exc.exit_status) from None


# --- parsing at the boundary ---------------------------------------------------------------


def _today(text: str | None) -> dt.date:
    if text is None:
        return dt.datetime.now().astimezone().date()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"--today {text!r} is not a day", hint="write it as YYYY-MM-DD, e.g. 2026-01-14"
        ) from None


def _bound(text: str | None, today: dt.date, what: str) -> tuple[dt.date, dt.date] | None:
    from carneytl.dates import parse_bound

    if text is None:
        return None
    try:
        return parse_bound(text, today)
    except DateError as exc:
        raise UsageError(f"{what}: {exc.message}", hint=exc.hint) from None


def _range(
    start_text: str | None, end_text: str | None, today: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """Resolve two bounds into [first day of the start, last day of the end]."""
    start_bound = _bound(start_text, today, "start")
    end_bound = _bound(end_text, today, "end")
    start = start_bound[0] if start_bound else None
    end = end_bound[1] if end_bound else None
    if start is not None and end is not None and start > end:
        raise UsageError(
            f"the range starts after it ends ({start_text} > {end_text})",
            hint="give the earlier date first",
        )
    return start, end


def _load(paths: Sequence[Path] | None) -> tuple[Event, ...]:
    from carneytl.progress import progress
    from carneytl.store import load_stores

    what = ", ".join(p.name for p in paths) if paths else "the store"
    # A big store's first read (before the cache has it) can take seconds: show that it moves.
    with progress(f"reading {what}…"):
        return load_stores(list(paths or ()))


def _emit(
    events: Sequence[Event],
    *,
    today: dt.date,
    fmt: str | None,
    json_flag: bool,
    fields: str | None,
    color: bool | None,
    width: int | None,
) -> None:
    from carneytl import output
    from carneytl.render import RenderContext, get_format
    from carneytl.render.records import parse_fields

    if json_flag and fmt not in {None, "json"}:
        raise UsageError(f"--json and --format {fmt} disagree", hint="give only one of them")
    chosen = get_format("json" if json_flag else (fmt or "table"))
    env: Environment = output.Environment.from_system(
        color=False if chosen.machine else color, width=width, page=not chosen.machine
    )
    selected = parse_fields(fields) if fields is not None else None
    renderer = chosen.load()
    output.write(renderer(events, RenderContext(today, env.width, selected, env.color)), env)
    if not events and not chosen.machine:
        output.note("no events match", env)


def _list_events(
    *,
    store: list[Path] | None,
    today_text: str | None,
    start_text: str | None,
    end_text: str | None,
    within: bool,
    actor: list[str] | None,
    tag: list[str] | None,
    exclude_tag: list[str] | None,
    search: str | None,
    limit: int | None,
    reverse: bool,
) -> tuple[list[Event], dt.date]:
    from carneytl.query import run

    today = _today(today_text)
    start, end = _range(start_text, end_text, today)
    query = Query(
        start=start,
        end=end,
        within=within,
        actors=tuple(actor or ()),
        tags=tuple(tag or ()),
        exclude_tags=tuple(exclude_tag or ()),
        search=search,
        limit=limit,
        reverse=reverse,
    )
    return run(_load(store), query), today


# --- commands ------------------------------------------------------------------------------


def _version(value: bool) -> None:  # noqa: FBT001 - typer passes the flag positionally
    if value:
        typer.echo(f"carneytl {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = None,
) -> None:
    """Query a news story's chronology: sourced events, precise dates, JSON for pipes.

    \b
    Examples:
      carneytl list
      carneytl between 2018 2021
      carneytl list --actor "Xi Jinping" --json | jq -r '.[].title'
    """


@app.command("list")
def list_command(
    store: StoreOpt = None,
    since: Annotated[
        Optional[str],
        typer.Option(
            help="Only events that reach this date or later (e.g. 2018, Dec 2018).", metavar="DATE"
        ),
    ] = None,
    until: Annotated[
        Optional[str],
        typer.Option(
            help="Only events that reach this date or earlier (e.g. 2021-09).", metavar="DATE"
        ),
    ] = None,
    within: WithinOpt = False,  # noqa: FBT002 - a CLI flag
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    reverse: ReverseOpt = False,  # noqa: FBT002 - a CLI flag
    fmt: FormatOpt = None,
    json_flag: JsonOpt = False,  # noqa: FBT002 - a CLI flag
    fields: FieldsOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
) -> None:
    """List the events of the story, oldest first.

    \b
    Examples:
      carneytl list
      carneytl list --since 2025 --tag visit
      carneytl list --search huawei --json | jq -r '.[].id'
      carneytl list --fields id,date,title --format jsonl
    """
    with _reporting():
        events, day = _list_events(
            store=store,
            today_text=today,
            start_text=since,
            end_text=until,
            within=within,
            actor=actor,
            tag=tag,
            exclude_tag=exclude_tag,
            search=search,
            limit=limit,
            reverse=reverse,
        )
        _emit(
            events, today=day, fmt=fmt, json_flag=json_flag, fields=fields, color=color, width=width
        )


@app.command("between")
def between_command(
    start: Annotated[
        str, typer.Argument(help="First day, month or year of the range (or ..).", metavar="START")
    ],
    end: Annotated[
        str, typer.Argument(help="Last day, month or year of the range (or ..).", metavar="END")
    ],
    store: StoreOpt = None,
    within: WithinOpt = False,  # noqa: FBT002 - a CLI flag
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    reverse: ReverseOpt = False,  # noqa: FBT002 - a CLI flag
    fmt: FormatOpt = None,
    json_flag: JsonOpt = False,  # noqa: FBT002 - a CLI flag
    fields: FieldsOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
) -> None:
    """List the events between two dates, both ends included.

    START counts from its first day and END to its last, so "between 2018 2021" covers
    1 Jan 2018 to 31 Dec 2021. An event matches when its dates overlap the range.

    \b
    Examples:
      carneytl between 2018 2021
      carneytl between "Dec 2018" 2021-09 --within
      carneytl between 2025 .. --json | jq -r '.[].id'
      carneytl between "last year" today
    """
    with _reporting():
        events, day = _list_events(
            store=store,
            today_text=today,
            start_text=start,
            end_text=end,
            within=within,
            actor=actor,
            tag=tag,
            exclude_tag=exclude_tag,
            search=search,
            limit=limit,
            reverse=reverse,
        )
        _emit(
            events, today=day, fmt=fmt, json_flag=json_flag, fields=fields, color=color, width=width
        )


def main() -> None:
    """Run the command line (the ``carneytl`` console script and ``python -m carneytl``)."""
    import gc

    # One short-lived process that makes no reference cycles worth collecting: the collector
    # would only rescan every parsed event, which more than doubles the load of a big store.
    gc.disable()
    app(prog_name="carneytl")
