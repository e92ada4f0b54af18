"""The drawn views: `timeline`, `show` and `stats`."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl.cli.completion import complete_ids
from carneytl.cli.options import (
    ActorOpt,
    AnyTagOpt,
    AsOfOpt,
    ColorOpt,
    DisputedOpt,
    ExcludeTagOpt,
    ExportHtmlOpt,
    ExportOptions,
    ExportSvgOpt,
    FieldsOpt,
    FilterOptions,
    FormatOpt,
    JsonOpt,
    LimitOpt,
    LocationOpt,
    LookOptions,
    NoHeaderOpt,
    OutputOptions,
    ReverseOpt,
    ScaleOpt,
    SearchOpt,
    SinceOpt,
    SourceOpt,
    StatusOpt,
    StoreOpt,
    StoreOptions,
    TagOpt,
    TemplateOpt,
    TodayOpt,
    UntilOpt,
    WidthOpt,
    WithinOpt,
    format_option,
)
from carneytl.cli.root import family, reporting
from carneytl.cli.selection import load, parse_as_of, parse_today, select
from carneytl.cli.writing import (
    choose_format,
    draw,
    emit,
    export_of,
    nothing_to_show,
    plan_output,
    print_machine,
)
from carneytl.errors import UsageError
from carneytl.render import RenderContext, formats_for

if TYPE_CHECKING:
    import datetime as dt

    from carneytl.model import Event

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

ShowFormatOpt = Annotated[
    Optional[str],
    format_option(
        "event",
        f"Write the event in this format instead of showing it: {', '.join(formats_for('event'))}.",
    ),
]
StatsFormatOpt = Annotated[
    Optional[str],
    format_option(
        "stats",
        f"Write the counts in this format instead of the charts: "
        f"{', '.join(formats_for('stats'))}.",
    ),
]


# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("timeline")
def timeline_command(
    ctx: typer.Context,
    scale: ScaleOpt = False,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,
    actor: ActorOpt = None,
    tag: TagOpt = None,
    any_tag: AnyTagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    source: SourceOpt = None,
    status: StatusOpt = None,
    location: LocationOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    disputed: DisputedOpt = False,
    reverse: ReverseOpt = False,
    fmt: FormatOpt = None,
    json_flag: JsonOpt = False,
    fields: FieldsOpt = None,
    no_header: NoHeaderOpt = False,
    template: TemplateOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    as_of: AsOfOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
) -> None:
    """Draw the story as a timeline: years, long silences, and where today falls.

    Markers tell the precision of each date: ● a day, ◆ a month, ■ a year, ▬ an interval;
    hollow markers (○ ◇ □ ▭) are events still to come; ≠ after a date means another account
    of it disagrees (--disputed keeps only those). With --format, --json or --template,
    the timeline's selection is written in that format instead, for programs.

    \b
    Examples:
      carneytl timeline
      carneytl timeline --since 2025 --width 60
      carneytl timeline --scale
      carneytl timeline --scale --export-svg story.svg
      carneytl timeline --as-of 2026-01-14
      carneytl timeline --since 2025 --format ics > visit.ics
    """
    filters = FilterOptions.of(
        since=since,
        until=until,
        within=within,
        actor=actor,
        tag=tag,
        any_tag=any_tag,
        exclude_tag=exclude_tag,
        source=source,
        status=status,
        location=location,
        search=search,
        limit=limit,
        reverse=reverse,
        today=today,
        disputed=disputed,
        as_of=as_of,
    )
    out = OutputOptions(fmt, json_flag, fields, no_header, template)
    look = LookOptions(color, width)
    export = ExportOptions(export_svg, export_html)
    with reporting(ctx):
        if out.machine and scale:
            raise UsageError(
                "--scale draws a picture; --format, --json and --template are for programs"
            )
        if not out.machine and (out.fields is not None or out.no_header):
            raise UsageError(
                "--fields and --no-header shape a format, not the drawn timeline",
                hint="add --format (e.g. --format csv) to write the selection for programs",
            )
        plan = plan_output(ctx, out, look, export) if out.machine else None
        chosen = select(StoreOptions.of(store), filters, start=since, end=until)
        events, day = chosen.events, chosen.today
        if plan is not None:
            emit(plan, *chosen)
            return
        if not events:
            nothing_to_show(export=export_of(ctx, export))
            return
        from carneytl.render import scale as scale_view
        from carneytl.render import timeline as timeline_view

        view = scale_view if scale else timeline_view
        draw(
            look,
            export_of(ctx, export),
            lambda render_ctx: view.render(events, render_ctx),
            day,
            reverse=filters.reverse,
            as_of=chosen.as_of,
        )


@commands.command("show")
def show_command(
    ctx: typer.Context,
    event_id: Annotated[
        str,
        typer.Argument(help="The id of the event.", metavar="ID", autocompletion=complete_ids),
    ],
    fmt: ShowFormatOpt = None,
    json_flag: JsonOpt = False,
    store: StoreOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Show one event in full: its dates in plain words, status, sources.

    With --as-of, the event as it was known on that day; an event not yet reported by then is an
    error (exit code 1), as an unknown id is.

    \b
    Examples:
      carneytl show meng-arrest
      carneytl show carney-meets-xi-2026 --json
      carneytl show kovrig-spavor-detained --as-of 2026-01-14
    """
    from carneytl.query import find

    with reporting(ctx):
        chosen = choose_format(fmt, json_flag=json_flag, kind="event")
        day = parse_today(today)
        known_on = parse_as_of(as_of, day)
        event = find(load(StoreOptions.of(store).paths).events, event_id)
        if known_on is not None:
            event = _as_known_on(event, known_on)
        from carneytl.render import show as view

        if chosen is not None:
            print_machine(chosen.load_for("event")(event, RenderContext(day, as_of=known_on)))
            return
        draw(
            LookOptions(color, width),
            export_of(ctx, ExportOptions()),
            lambda render_ctx: view.render(event, render_ctx),
            day,
            as_of=known_on,
        )


def _as_known_on(event: Event, day: dt.date) -> Event:
    """Return ``event`` as its sources had told it by ``day``; refuse one not yet reported."""
    from carneytl.accounts import as_of_event, first_reported
    from carneytl.dates.display import day_text
    from carneytl.errors import NotFoundError

    known = as_of_event(event, day)
    first = first_reported(event)
    if known is not None or first is None:  # no first report: nothing says it was unknown
        return known or event
    raise NotFoundError(
        f"{event.id!r} was not yet reported on {day_text(day)}: its first report came out on"
        f" {day_text(first)}",
        hint=f"give --as-of {first.isoformat()} or later to see it",
    )


@commands.command("stats")
def stats_command(
    ctx: typer.Context,
    fmt: StatsFormatOpt = None,
    json_flag: JsonOpt = False,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,
    actor: ActorOpt = None,
    tag: TagOpt = None,
    any_tag: AnyTagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    source: SourceOpt = None,
    status: StatusOpt = None,
    location: LocationOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    disputed: DisputedOpt = False,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    as_of: AsOfOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
) -> None:
    """Count the events per year, per actor and per tag, as bar charts.

    \b
    Examples:
      carneytl stats
      carneytl stats --since 2025 --json
    """
    filters = FilterOptions.of(
        since=since,
        until=until,
        within=within,
        actor=actor,
        tag=tag,
        any_tag=any_tag,
        exclude_tag=exclude_tag,
        source=source,
        status=status,
        location=location,
        search=search,
        limit=limit,
        today=today,
        disputed=disputed,
        as_of=as_of,
    )
    export = ExportOptions(export_svg, export_html)
    with reporting(ctx):
        chosen = choose_format(fmt, json_flag=json_flag, kind="stats")
        if chosen is not None and export.asked:
            raise UsageError(
                "--export-svg and --export-html draw the charts; --json is for programs",
                hint="drop --json to export the charts",
            )
        events, day, _, as_of_day = select(StoreOptions.of(store), filters, start=since, end=until)
        from carneytl.render import stats as view

        if chosen is not None:
            print_machine(chosen.load_for("stats")(events, RenderContext(day)))
            return
        if not events:
            nothing_to_show(export=export_of(ctx, export))
            return
        draw(
            LookOptions(color, width),
            export_of(ctx, export),
            lambda render_ctx: view.render(events, render_ctx),
            day,
            as_of=as_of_day,
        )
