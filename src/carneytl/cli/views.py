"""The drawn views: `timeline`, `show` and `stats`."""

from __future__ import annotations

from typing import Annotated

import typer

from carneytl.cli.app import app, reporting
from carneytl.cli.options import (
    ActorOpt,
    ColorOpt,
    ExcludeTagOpt,
    ExportHtmlOpt,
    ExportSvgOpt,
    FieldsOpt,
    FormatOpt,
    JsonOpt,
    LimitOpt,
    NoHeaderOpt,
    ReverseOpt,
    ScaleOpt,
    SearchOpt,
    SinceOpt,
    StoreOpt,
    TagOpt,
    TemplateOpt,
    TodayOpt,
    UntilOpt,
    WidthOpt,
    WithinOpt,
)
from carneytl.cli.selection import (
    draw,
    emit,
    load,
    parse_today,
    print_machine,
    select,
    wants_machine_output,
)
from carneytl.errors import UsageError
from carneytl.render import RenderContext


@app.command("timeline")
def timeline_command(
    ctx: typer.Context,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    reverse: ReverseOpt = False,
    scale: ScaleOpt = False,
    fmt: FormatOpt = None,
    json_flag: JsonOpt = False,
    fields: FieldsOpt = None,
    no_header: NoHeaderOpt = False,
    template: TemplateOpt = None,
    color: ColorOpt = None,
    width: WidthOpt = None,
    today: TodayOpt = None,
    export_svg: ExportSvgOpt = None,
    export_html: ExportHtmlOpt = None,
) -> None:
    """Draw the story as a timeline: years, long silences, and where today falls.

    Markers tell the precision of each date: ● a day, ◆ a month, ■ a year, ▬ an interval;
    hollow markers (○ ◇ □ ▭) are events still to come. With --format, --json or --template,
    the timeline's selection is written in that format instead, for programs.

    \b
    Examples:
      carneytl timeline
      carneytl timeline --since 2025 --width 60
      carneytl timeline --scale
      carneytl timeline --scale --export-svg story.svg
      carneytl timeline --since 2025 --format ics > visit.ics
    """
    with reporting(ctx):
        machine = wants_machine_output(ctx)
        if machine and scale:
            raise UsageError(
                "--scale draws a picture; --format, --json and --template are for programs"
            )
        if not machine and (fields is not None or no_header):
            raise UsageError(
                "--fields and --no-header shape a format, not the drawn timeline",
                hint="add --format (e.g. --format csv) to write the selection for programs",
            )
        events, day = select(ctx, start=since, end=until)
        if machine:
            emit(ctx, events, day)
            return
        if not events:
            typer.echo("no events match", err=True)
            return
        from carneytl.render import scale as scale_view
        from carneytl.render import timeline as timeline_view

        view = scale_view if scale else timeline_view
        draw(ctx, lambda render_ctx: view.render(events, render_ctx), day)


@app.command("show")
def show_command(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="The id of the event.", metavar="ID")],
    store: StoreOpt = None,
    json_flag: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,
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

    with reporting(ctx):
        day = parse_today(today)
        event = find(load(store), event_id)
        from carneytl.render import show as view

        if json_flag:
            print_machine(view.render_json(event, RenderContext(day)))
            return
        draw(ctx, lambda render_ctx: view.render(event, render_ctx), day)


@app.command("stats")
def stats_command(
    ctx: typer.Context,
    store: StoreOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    within: WithinOpt = False,
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    json_flag: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
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
    with reporting(ctx):
        if json_flag and (export_svg or export_html):
            raise UsageError(
                "--export-svg and --export-html draw the charts; --json is for programs",
                hint="drop --json to export the charts",
            )
        events, day = select(ctx, start=since, end=until)
        from carneytl.render import stats as view

        if json_flag:
            print_machine(view.render_json(events, RenderContext(day)))
            return
        if not events:
            typer.echo("no events match", err=True)
            return
        draw(ctx, lambda render_ctx: view.render(events, render_ctx), day)
