"""The command line: options become a Query; the only place printing errors or setting exits."""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl import __version__
from carneytl.errors import CarneyError, DateError, StoreError, UsageError
from carneytl.query import Query
from carneytl.render import FORMATS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from carneytl.model import Event
    from carneytl.output import Environment
    from carneytl.render import Format, RenderContext, Rendered

# typer needs the parameter annotations at run time, so these stay real imports of
# typing's spelling (`Optional`) that typer understands on every supported version.
# ruff: noqa: UP045

app = typer.Typer(
    name="carneytl",
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
        help=f"Output format: {', '.join(FORMATS)}.",
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
    typer.Option("--width", min=20, help="Columns to lay out for.", show_default="terminal"),
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


def _load(
    paths: Sequence[Path] | None, window: tuple[dt.date | None, dt.date | None] | None = None
) -> tuple[Event, ...]:
    from carneytl.progress import progress
    from carneytl.store import load_stores

    what = ", ".join(p.name for p in paths) if paths else "the store"
    # A big store's first read (before the cache has it) can take seconds: show that it moves.
    with progress(f"reading {what}…"):
        return load_stores(list(paths or ()), window=window)


def _emit(
    events: Sequence[Event],
    *,
    today: dt.date,
    fmt: str | None,
    json_flag: bool,
    fields: str | None,
    color: bool | None,
    width: int | None,
    header: bool = True,
    template: str | None = None,
    export_svg: Path | None = None,
    export_html: Path | None = None,
) -> None:
    from carneytl import output
    from carneytl.render import RenderContext
    from carneytl.render.records import parse_fields

    if json_flag and fmt is not None and fmt.lower() != "json":
        raise UsageError(f"--json and --format {fmt} disagree", hint="give only one of them")
    chosen = _choose_format(fmt, json_flag=json_flag, template=template)
    _check_format_options(chosen, fields=fields, header=header)
    export = output.Export(export_svg, export_html, title="carneytl list")
    if export and chosen.machine:
        raise UsageError(
            f"--export-svg and --export-html draw a picture; {chosen.name} is for programs",
            hint="drop --json/--format to export the table",
        )
    env: Environment = output.Environment.from_system(
        color=False if chosen.machine else color, width=width, page=not chosen.machine
    )
    selected = parse_fields(fields) if fields is not None else None
    renderer = chosen.load()
    ctx = RenderContext(
        today, env.width, selected, header=header, template=template, color=env.color
    )
    output.write(renderer(events, ctx), env, export)
    if not events and not chosen.machine:
        output.note("no events match", env)


def _choose_format(fmt: str | None, *, json_flag: bool, template: str | None) -> Format:
    from carneytl.render import get_format

    if template is None:
        chosen = get_format("json" if json_flag else (fmt or "table"))
        if chosen.name == "template":
            raise UsageError(
                "--format template needs the line to print", hint="give it with --template '...'"
            )
        return chosen
    if json_flag or fmt not in {None, "template"}:
        other = "--json" if json_flag else f"--format {fmt}"
        raise UsageError(f"--template and {other} disagree", hint="give only one of them")
    return get_format("template")


def _check_format_options(chosen: Format, *, fields: str | None, header: bool) -> None:
    if fields is not None and not chosen.takes_fields:
        takers = ", ".join(f.name for f in FORMATS.values() if f.takes_fields)
        raise UsageError(
            f"--fields does not apply to {chosen.name}", hint=f"it applies to {takers}"
        )
    if not header and not chosen.has_header:
        takers = ", ".join(f.name for f in FORMATS.values() if f.has_header)
        raise UsageError(
            f"--no-header does not apply to {chosen.name}", hint=f"it applies to {takers}"
        )


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
    # The date range, passed down, lets a cached store skip events that cannot match it.
    window = (start, end) if start is not None or end is not None else None
    return run(_load(store, window), query), today


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
    no_header: NoHeaderOpt = False,  # noqa: FBT002 - a CLI flag
    template: TemplateOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
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
            events,
            today=day,
            fmt=fmt,
            json_flag=json_flag,
            fields=fields,
            color=color,
            width=width,
            header=not no_header,
            template=template,
            export_svg=export_svg,
            export_html=export_html,
        )


@app.command("between")
def between_command(
    start: Annotated[str, typer.Argument(help="First day, month or year of the range (or ..).")],
    end: Annotated[str, typer.Argument(help="Last day, month or year of the range (or ..).")],
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
    no_header: NoHeaderOpt = False,  # noqa: FBT002 - a CLI flag
    template: TemplateOpt = None,
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
            events,
            today=day,
            fmt=fmt,
            json_flag=json_flag,
            fields=fields,
            color=color,
            width=width,
            header=not no_header,
            template=template,
        )


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the store format, for editors and validators.

    \b
    Examples:
      carneytl schema > carneytl-store.schema.json
      # then, as the first line of a store:
      # yaml-language-server: $schema=./carneytl-store.schema.json
    """
    import json

    from carneytl.schema import store_schema

    typer.echo(json.dumps(store_schema(), ensure_ascii=False, indent=2))


# --- views: timeline, show, stats ------------------------------------------------------------

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


def _draw(
    make: Callable[[RenderContext], Rendered],
    *,
    today: dt.date,
    color: bool | None,
    width: int | None,
    export_svg: Path | None,
    export_html: Path | None,
    title: str,
) -> None:
    """Build a drawn view for the environment and write it, exporting it when asked."""
    from carneytl import output
    from carneytl.render import RenderContext

    env = output.Environment.from_system(color=color, width=width)
    export = output.Export(export_svg, export_html, title=title)
    output.write(make(RenderContext(today, env.width)), env, export)


def _plain_context(today: dt.date) -> RenderContext:
    from carneytl.render import RenderContext

    return RenderContext(today)


def _print_machine(text: str) -> None:
    """Write machine output (JSON) as it is: never coloured, never laid out."""
    from carneytl import output

    output.write(text, output.Environment.from_system(color=False))


@app.command("timeline")
def timeline_command(
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,  # noqa: FBT002 - a CLI flag
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    reverse: ReverseOpt = False,  # noqa: FBT002 - a CLI flag
    scale: ScaleOpt = False,  # noqa: FBT002 - a CLI flag
    fmt: FormatOpt = None,
    json_flag: JsonOpt = False,  # noqa: FBT002 - a CLI flag
    fields: FieldsOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
) -> None:
    """Draw the story as a timeline: years, long silences, and where today falls.

    Markers tell the precision of each date: ● a day, ◆ a month, ■ a year, ▬ an interval;
    hollow markers (○ ◇ □ ▭) are events still to come. With --format or --json, the
    timeline's selection is written in that format instead, for programs.

    \b
    Examples:
      carneytl timeline
      carneytl timeline --since 2025 --width 60
      carneytl timeline --scale
      carneytl timeline --scale --export-svg story.svg
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
        if fmt is not None or json_flag:
            if scale:
                raise UsageError("--scale draws a picture; --format/--json are for programs")
            _emit(
                events,
                today=day,
                fmt=fmt,
                json_flag=json_flag,
                fields=fields,
                color=color,
                width=width,
                export_svg=export_svg,
                export_html=export_html,
            )
            return
        from carneytl.render import scale as scale_view
        from carneytl.render import timeline as timeline_view

        render = scale_view.render if scale else timeline_view.render
        _draw(
            lambda ctx: render(events, ctx),
            today=day,
            color=color,
            width=width,
            export_svg=export_svg,
            export_html=export_html,
            title="carneytl timeline",
        )
        if not events:
            typer.echo("no events match", err=True)


@app.command("show")
def show_command(
    event_id: Annotated[str, typer.Argument(help="The id of the event.", metavar="ID")],
    store: StoreOpt = None,
    json_flag: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,  # noqa: FBT002 - a CLI flag
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
) -> None:
    """Show one event in full: its dates in plain words, status, sources.

    \b
    Examples:
      carneytl show meng-arrest
      carneytl show carney-meets-xi-2026 --json
    """
    from carneytl.query import find

    with _reporting():
        day = _today(today)
        event = find(_load(store), event_id)
        from carneytl.render import show as view

        if json_flag:
            _print_machine(view.render_json(event, _plain_context(day)))
            return
        _draw(
            lambda ctx: view.render(event, ctx),
            today=day,
            color=color,
            width=width,
            export_svg=None,
            export_html=None,
            title=f"carneytl show {event_id}",
        )


@app.command("stats")
def stats_command(
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,  # noqa: FBT002 - a CLI flag
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    json_flag: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,  # noqa: FBT002 - a CLI flag
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
) -> None:
    """Count the events per year, per actor and per tag, as bar charts.

    \b
    Examples:
      carneytl stats
      carneytl stats --since 2025 --json
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
            reverse=False,
        )
        from carneytl.render import stats as view

        if json_flag:
            if export_svg or export_html:
                raise UsageError(
                    "--export-svg and --export-html draw the charts; --json is for programs",
                    hint="drop --json to export the charts",
                )
            _print_machine(view.render_json(events, _plain_context(day)))
            return
        _draw(
            lambda ctx: view.render(events, ctx),
            today=day,
            color=color,
            width=width,
            export_svg=export_svg,
            export_html=export_html,
            title="carneytl stats",
        )
        if not events:
            typer.echo("no events match", err=True)


ExpressionsOpt = Annotated[
    bool,
    typer.Option(
        "--expressions",
        help="List every temporal expression (start, end, text, type, TIMEX3 value) "
        "instead of candidate events.",
    ),
]


@app.command("extract")
def extract_command(
    file: Annotated[
        str,
        typer.Argument(help="The article as plain text; - reads standard input.", metavar="FILE|-"),
    ],
    published: Annotated[
        str,
        typer.Option(
            "--published",
            metavar="DATE",
            help="The article's publication day (YYYY-MM-DD): 'last year' and 'on Friday' "
            "are reckoned from it.",
        ),
    ],
    fmt: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="yaml (a store fragment to review), json or table.",
            show_default="yaml",
        ),
    ] = None,
    store: StoreOpt = None,
    expressions: ExpressionsOpt = False,  # noqa: FBT002 - a CLI flag
    color: ColorOpt = None,
    width: WidthOpt = None,
) -> None:
    """Propose dated candidate events from a news article, dates resolved against --published.

    Each sentence with a date becomes a candidate: the date in the store's format, the phrase
    as written, the store's actors the sentence names, and a draft title. Review before adding.

    \b
    Examples:
      carneytl extract article.txt --published 2026-01-14 > candidates.yaml
      carneytl extract article.txt --published 2026-01-14 --format table
      cat article.txt | carneytl extract - --published 2026-01-14 --expressions --format json
    """
    with _reporting():
        _extract(file, published, fmt, store, expressions=expressions, color=color, width=width)


def _extract(
    file: str,
    published_text: str,
    fmt: str | None,
    store: list[Path] | None,
    *,
    expressions: bool,
    color: bool | None,
    width: int | None,
) -> None:
    from carneytl import output
    from carneytl.extract import fragment

    try:
        published = dt.date.fromisoformat(published_text)
    except ValueError:
        raise UsageError(
            f"--published {published_text!r} is not a day",
            hint="write it as YYYY-MM-DD, e.g. 2026-01-14",
        ) from None
    chosen = (fmt or "yaml").lower()
    if chosen not in {"yaml", "json", "table"}:
        raise UsageError(f"unknown format {fmt!r}", hint="choose one of: yaml, json, table")
    text, label = _read_article(file)
    env = output.Environment.from_system(color=color if chosen == "table" else False, width=width)
    if expressions:
        from carneytl.extract.tagger import find_timexes

        found = find_timexes(text, published)
        if chosen == "json":
            output.write(fragment.expressions_json(found), env)
        elif chosen == "yaml":
            output.write(fragment.expressions_yaml(found), env)
        else:
            output.write(fragment.expressions_table(found), env)
        return
    from carneytl.extract.events import candidates

    actors = {actor for event in _load(store) for actor in event.actors}
    proposed = candidates(text, published, actors)
    source = fragment.article_source(None if file == "-" else Path(file).stem, text, published)
    if chosen == "yaml":
        output.write(fragment.to_yaml(proposed, source, label), env)
        return
    _emit(
        fragment.to_events(proposed, source),
        today=published,
        fmt=chosen,
        json_flag=False,
        fields=None,
        color=color,
        width=width,
    )


def _read_article(file: str) -> tuple[str, str]:
    """Read the article from a file or standard input; return its text and a label for it."""
    if file == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        try:
            data = Path(file).read_bytes()
        except FileNotFoundError:
            raise CarneyError(f"{file}: no such file") from None
        except IsADirectoryError:
            raise CarneyError(f"{file}: is a directory, not a text file") from None
        except OSError as exc:
            raise CarneyError(f"{file}: cannot read: {exc.strerror}") from None
        label = file
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), label
    except UnicodeDecodeError as exc:
        raise CarneyError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def main() -> None:
    """Run the command line (the ``carneytl`` console script and ``python -m carneytl``)."""
    import gc

    # One short-lived process that makes no reference cycles worth collecting: the collector
    # would only rescan every parsed event, which more than doubles the load of a big store.
    gc.disable()
    app(prog_name="carneytl")
