"""Writing a command's result: a format's output, a drawn view, or a note that nothing matched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.errors import CarneyError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from carneytl import output
    from carneytl.cli.options import LookOptions
    from carneytl.cli.planning import OutputPlan
    from carneytl.model import Event, WrittenRecords
    from carneytl.render import RenderContext, Rendered


def emit(
    plan: OutputPlan,
    events: Sequence[Event],
    today: dt.date,
    records: WrittenRecords | None = None,
) -> None:
    """Render ``events`` as ``plan`` says, and write them; ``records`` as in ``Selection``."""
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
    )
    output.write(chosen.load()(events, ctx_render), env, plan.export)


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
) -> None:
    """Lay a drawn view out for the terminal (or ``--width``) and write it, exporting if asked."""
    from carneytl import output
    from carneytl.render import RenderContext

    env = output.Environment.from_system(color=look.color, width=look.width)
    render_ctx = RenderContext(today, env.width, color=env.color, reverse=reverse)
    output.write(make(render_ctx), env, export)


def print_machine(rendered: Rendered) -> None:
    """Write machine output (JSON) as it is: never coloured, never laid out."""
    from carneytl import output

    output.write(rendered, output.Environment.from_system(color=False))
