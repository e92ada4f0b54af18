"""The drawn views: `timeline`, `show` and `stats`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer

from carneytl.cli.options import (
    AS_OF,
    EXPORT,
    FILTERS,
    FORMAT,
    LOOK,
    ORDER,
    RANGE,
    STORE,
    TODAY,
    ScaleOpt,
    takes,
)
from carneytl.cli.root import app, reporting
from carneytl.cli.selection import (
    draw,
    emit,
    export_of,
    load,
    nothing_to_show,
    parse_today,
    plan_output,
    print_machine,
    select,
    wants_machine_output,
)
from carneytl.errors import UsageError
from carneytl.render import RenderContext

JsonFlag = Annotated[bool, typer.Option("--json", help="Print it as JSON instead.")]


@app.command("timeline")
@takes(STORE, RANGE, FILTERS, ORDER, FORMAT, LOOK, TODAY, AS_OF, EXPORT)
def timeline_command(
    ctx: typer.Context, options: Mapping[str, Any], scale: ScaleOpt = False
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
    with reporting(ctx):
        machine = wants_machine_output(options)
        if machine and scale:
            raise UsageError(
                "--scale draws a picture; --format, --json and --template are for programs"
            )
        if not machine and (options["fields"] is not None or options["no_header"]):
            raise UsageError(
                "--fields and --no-header shape a format, not the drawn timeline",
                hint="add --format (e.g. --format csv) to write the selection for programs",
            )
        plan = plan_output(ctx, options) if machine else None
        chosen = select(options, start=options["since"], end=options["until"])
        events, day = chosen.events, chosen.today
        if plan is not None:
            emit(plan, *chosen)
            return
        if not events:
            nothing_to_show(export=export_of(ctx, options))
            return
        from carneytl.render import scale as scale_view
        from carneytl.render import timeline as timeline_view

        view = scale_view if scale else timeline_view
        draw(ctx, options, lambda render_ctx: view.render(events, render_ctx), day)


@app.command("show")
@takes(STORE, LOOK, TODAY)
def show_command(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="The id of the event.", metavar="ID")],
    options: Mapping[str, Any],
    json_flag: JsonFlag = False,
) -> None:
    """Show one event in full: its dates in plain words, status, sources.

    \b
    Examples:
      carneytl show meng-arrest
      carneytl show carney-meets-xi-2026 --json
    """
    from carneytl.query import find

    with reporting(ctx):
        day = parse_today(options["today"])
        event = find(load(options["store"]).events, event_id)
        from carneytl.render import show as view

        if json_flag:
            print_machine(view.render_json(event, RenderContext(day)))
            return
        draw(ctx, options, lambda render_ctx: view.render(event, render_ctx), day)


@app.command("stats")
@takes(STORE, RANGE, FILTERS, LOOK, TODAY, AS_OF, EXPORT)
def stats_command(
    ctx: typer.Context, options: Mapping[str, Any], json_flag: JsonFlag = False
) -> None:
    """Count the events per year, per actor and per tag, as bar charts.

    \b
    Examples:
      carneytl stats
      carneytl stats --since 2025 --json
    """
    with reporting(ctx):
        if json_flag and (options["export_svg"] or options["export_html"]):
            raise UsageError(
                "--export-svg and --export-html draw the charts; --json is for programs",
                hint="drop --json to export the charts",
            )
        events, day, _ = select(options, start=options["since"], end=options["until"])
        from carneytl.render import stats as view

        if json_flag:
            print_machine(view.render_json(events, RenderContext(day)))
            return
        if not events:
            nothing_to_show(export=export_of(ctx, options))
            return
        draw(ctx, options, lambda render_ctx: view.render(events, render_ctx), day)
