"""Output: the format, layout and export options checked up front, then the result written."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, overload

from carneytl.errors import CarneyError, UsageError
from carneytl.render import FORMATS, get_format

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    import typer

    from carneytl import output
    from carneytl.cli.options import ExportOptions, LookOptions, OutputOptions
    from carneytl.model import Event, WrittenRecords
    from carneytl.render import Format, Kind, RenderContext, Rendered


def export_of(ctx: typer.Context, export: ExportOptions) -> output.Export:
    """Return the SVG/HTML export the EXPORT options ask for (falsy when none)."""
    from carneytl import output

    return output.Export(export.svg, export.html, title=ctx.command_path)


class OutputPlan(NamedTuple):
    """What the FORMAT, LOOK and EXPORT options asked for, checked before any store is read."""

    chosen: Format
    fields: tuple[str, ...] | None
    header: bool
    template: str | None
    color: bool | None
    width: int | None
    export: output.Export


def plan_output(
    ctx: typer.Context, out: OutputOptions, look: LookOptions, export: ExportOptions
) -> OutputPlan:
    """Check the output options now, so a typo fails at once, not after loading a big store."""
    from carneytl.render.records import parse_fields

    header = not out.no_header
    chosen = _choose_events_format(out.fmt, json_flag=out.json, template=out.template)
    check_format_options(chosen, fields=out.fields, header=header)
    to_export = export_of(ctx, export)
    if to_export and chosen.machine:
        raise UsageError(
            f"--export-svg and --export-html draw a picture; {chosen.name} is for programs",
            hint="drop --json/--format to export the table",
        )
    return OutputPlan(
        chosen=chosen,
        fields=parse_fields(out.fields) if out.fields is not None else None,
        header=header,
        template=out.template,
        color=look.color,
        width=look.width,
        export=to_export,
    )


@overload
def choose_format(fmt: str | None, *, json_flag: bool, kind: Kind, default: str) -> Format: ...
@overload
def choose_format(
    fmt: str | None, *, json_flag: bool, kind: Kind, default: None = None
) -> Format | None: ...
def choose_format(
    fmt: str | None, *, json_flag: bool, kind: Kind, default: str | None = None
) -> Format | None:
    """The format ``--format``/``--json`` ask for, for a command that writes ``kind``.

    ``default`` is the command's own format; None when its own output is a drawing, and then
    None stands for that drawing.
    """
    _agree(fmt, json_flag=json_flag)
    name = "json" if json_flag else (fmt or default)
    return None if name is None else get_format(name, kind)


def _agree(fmt: str | None, *, json_flag: bool) -> None:
    if json_flag and fmt is not None and fmt.lower() != "json":
        raise UsageError(f"--json and --format {fmt} disagree", hint="give only one of them")


def _choose_events_format(fmt: str | None, *, json_flag: bool, template: str | None) -> Format:
    _agree(fmt, json_flag=json_flag)
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


def check_format_options(chosen: Format, *, fields: str | None, header: bool) -> None:
    """Refuse ``--fields`` and ``--no-header`` where the chosen format cannot honour them."""
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


def emit(
    plan: OutputPlan,
    events: Sequence[Event],
    today: dt.date,
    records: WrittenRecords | None = None,
    as_of: dt.date | None = None,
) -> None:
    """Render ``events`` as ``plan`` says, and write them; the rest as in ``Selection``."""
    from carneytl import output
    from carneytl.render import RenderContext

    chosen = plan.chosen
    env = output.Environment.from_system(
        color=False if chosen.machine else plan.color, width=plan.width, page=not chosen.machine
    )
    if not events and not chosen.machine:
        # A view with nothing in it is noise on stdout; say so where people look instead.
        nothing_to_show(env, plan.export)
        return
    ctx_render = RenderContext(
        today,
        env.width,
        plan.fields,
        header=plan.header,
        template=plan.template,
        color=env.color,
        records=records,
        as_of=as_of,
    )
    output.write(chosen.load()(events, ctx_render), env, plan.export)
    if chosen.name == "table" and env.is_terminal:
        _say_what_the_table_left_out(events, ctx_render, env)


def _say_what_the_table_left_out(
    events: Sequence[Event], ctx: RenderContext, env: output.Environment
) -> None:
    """Say once, after the table, which columns it had no room for: nothing else would."""
    from carneytl import output
    from carneytl.render.table import left_out

    missing, enough = left_out(events, ctx)
    if missing:
        what = " and ".join(missing)
        verb = "was" if len(missing) == 1 else "were"
        output.note(
            f"note: {what} {verb} left out to fit {ctx.width} columns; "
            f"--width {enough} (or a terminal that wide) shows them",
            env,
        )


def nothing_to_show(
    env: output.Environment | None = None, export: output.Export | None = None
) -> None:
    """Say on stderr that no event matched; with an export asked for, that is a failure."""
    from carneytl import output

    output.note("no events match", env or output.Environment.from_system())
    if export:
        raise CarneyError("nothing to export: no events match", hint="widen the selection")


def draw(
    look: LookOptions,
    export: output.Export,
    make: Callable[[RenderContext], Rendered],
    today: dt.date,
    *,
    reverse: bool = False,
    as_of: dt.date | None = None,
) -> None:
    """Lay a drawn view out for the terminal (or ``--width``) and write it, exporting if asked.

    On a terminal, a view longer than the screen goes through the pager, as ``list`` does.
    """
    from carneytl import output
    from carneytl.render import RenderContext

    env = output.Environment.from_system(color=look.color, width=look.width, page=True)
    render_ctx = RenderContext(today, env.width, color=env.color, reverse=reverse, as_of=as_of)
    output.write(make(render_ctx), env, export)


def print_machine(rendered: Rendered) -> None:
    """Write machine output (JSON) as it is: never coloured, never laid out."""
    from carneytl import output

    output.write(rendered, output.Environment.from_system(color=False))
