"""Parsing at the boundary: option text becomes days, a Query, loaded events and an output."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from carneytl.errors import CarneyError, DateError, UsageError
from carneytl.query import Query
from carneytl.render import FORMATS

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from pathlib import Path

    import typer

    from carneytl import output
    from carneytl.model import Event, Store, WrittenRecords
    from carneytl.render import Format, RenderContext, Rendered


def parse_today(text: str | None) -> dt.date:
    """Return the day ``--today`` names, or the real local date when it is not given."""
    if text is None:
        return dt.datetime.now().astimezone().date()
    return parse_day(text, "--today")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str, option: str) -> dt.date:
    """Return the exact day an option such as ``--published`` names.

    YYYY-MM-DD, or any bound that names one day (``1 Dec 2018``, ``yesterday``); not a month
    or a year. ``date.fromisoformat`` alone would also take ``20260114`` and ``2026-W03-1``.
    """
    if _DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise UsageError(f"{option} {text!r} is not a real day") from None
    from carneytl.dates import parse_bound

    try:
        bound = parse_bound(text, dt.date.today())  # noqa: DTZ011 - the user's own calendar day
    except DateError as exc:
        raise UsageError(f"{option}: {exc.message}", hint=exc.hint) from None
    if bound is None or bound[0] != bound[1]:
        raise UsageError(
            f"{option} {text!r} is not a single day", hint="write one day, e.g. 2026-01-14"
        )
    return bound[0]


def _bound(text: str | None, today: dt.date, name: str) -> tuple[dt.date, dt.date] | None:
    if text is None:
        return None
    from carneytl.dates import parse_bound

    try:
        return parse_bound(text, today)
    except DateError as exc:
        raise UsageError(f"{name}: {exc.message}", hint=exc.hint) from None


def _one_day(text: str, today: dt.date, option: str) -> dt.date:
    """Return the one day an option names, words such as 'yesterday' reckoned from ``today``."""
    bound = _bound(text, today, option)
    if bound is None or bound[0] != bound[1]:
        raise UsageError(
            f"{option} {text!r} is not a single day", hint="write one day, e.g. 2026-01-14"
        )
    return bound[0]


def date_range(
    start_text: str | None,
    end_text: str | None,
    today: dt.date,
    names: tuple[str, str] = ("START", "END"),
) -> tuple[dt.date | None, dt.date | None]:
    """Resolve two bounds into [first day of the start, last day of the end].

    ``names`` are what the user typed the bounds as (``START``/``END``, ``--since``/``--until``),
    so a message points at the right one.
    """
    start_bound = _bound(start_text, today, names[0])
    end_bound = _bound(end_text, today, names[1])
    start = start_bound[0] if start_bound else None
    end = end_bound[1] if end_bound else None
    if start is not None and end is not None and start > end:
        raise UsageError(
            f"the range starts after it ends ({start_text} > {end_text})",
            hint="give the earlier date first",
        )
    return start, end


def load(
    paths: Sequence[Path] | None, window: tuple[dt.date | None, dt.date | None] | None = None
) -> Store:
    """Load the stores named by ``--store`` (the embedded one when none), merged.

    ``window`` is the query's date range: a cached store then skips building events that
    cannot match it. It only saves work; the query still checks every event it gets.
    """
    from carneytl.progress import progress
    from carneytl.store import load_merged

    what = ", ".join(p.name for p in paths) if paths else "the store"
    # A big store's first read (before the cache has it) can take seconds: show that it moves.
    with progress(f"reading {what}…"):
        return load_merged(list(paths or ()), window=window)


class Selection(NamedTuple):
    """The events a command's filters chose and the day they were judged against.

    ``records`` are their ``--json`` records, already written, when the store came from the
    parse cache (see :class:`carneytl.model.Store`).
    """

    events: list[Event]
    today: dt.date
    records: WrittenRecords | None = None


def select(
    params: Mapping[str, Any],
    *,
    start: str | None,
    end: str | None,
    names: tuple[str, str] = ("--since", "--until"),
) -> Selection:
    """Run a command's filter options (the STORE, FILTERS, ORDER and TODAY groups) on its stores."""
    from carneytl.query import run

    today = parse_today(params.get("today"))
    first, last = date_range(start, end, today, names)
    query = Query(
        start=first,
        end=last,
        within=bool(params.get("within")),
        actors=tuple(params.get("actor") or ()),
        tags=tuple(params.get("tag") or ()),
        exclude_tags=tuple(params.get("exclude_tag") or ()),
        search=params.get("search"),
        limit=params.get("limit"),
        reverse=bool(params.get("reverse")),
        disputed=bool(params.get("disputed")),
    )
    as_of_text: str | None = params.get("as_of")
    as_of_day = _one_day(as_of_text, today, "--as-of") if as_of_text is not None else None
    window = (first, last) if first is not None or last is not None else None
    store = load(params.get("store"), window)
    if as_of_day is not None:
        from carneytl.accounts import as_of

        store = as_of(store, as_of_day)
    return Selection(run(store.events, query), today, store.records)


def export_of(ctx: typer.Context, params: Mapping[str, Any]) -> output.Export:
    """Return the SVG/HTML export the EXPORT options ask for (falsy when none)."""
    from carneytl import output

    return output.Export(
        params.get("export_svg"), params.get("export_html"), title=ctx.command_path
    )


def wants_machine_output(params: Mapping[str, Any]) -> bool:
    """Tell whether the command was asked for a format rather than its own drawing."""
    return bool(params.get("fmt") or params.get("json_flag") or params.get("template"))


@dataclass(frozen=True, slots=True)
class OutputPlan:
    """What the FORMAT, LOOK and EXPORT options asked for, checked before any store is read."""

    chosen: Format
    fields: tuple[str, ...] | None
    header: bool
    template: str | None
    color: bool | None
    width: int | None
    export: output.Export


def plan_output(ctx: typer.Context, params: Mapping[str, Any]) -> OutputPlan:
    """Check the output options now, so a typo fails at once, not after loading a big store."""
    from carneytl.render.records import parse_fields

    fields: str | None = params.get("fields")
    template: str | None = params.get("template")
    header = not params.get("no_header")
    chosen = _choose_format(
        params.get("fmt"), json_flag=bool(params.get("json_flag")), template=template
    )
    check_format_options(chosen, fields=fields, header=header)
    export = export_of(ctx, params)
    if export and chosen.machine:
        raise UsageError(
            f"--export-svg and --export-html draw a picture; {chosen.name} is for programs",
            hint="drop --json/--format to export the table",
        )
    return OutputPlan(
        chosen=chosen,
        fields=parse_fields(fields) if fields is not None else None,
        header=header,
        template=template,
        color=params.get("color"),
        width=params.get("width"),
        export=export,
    )


def emit(
    plan: OutputPlan,
    events: Sequence[Event],
    today: dt.date,
    records: WrittenRecords | None = None,
) -> None:
    """Render ``events`` as ``plan`` says, and write them; ``records`` as in :class:`Selection`."""
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


def _choose_format(fmt: str | None, *, json_flag: bool, template: str | None) -> Format:
    from carneytl.render import get_format

    if json_flag and fmt is not None and fmt.lower() != "json":
        raise UsageError(f"--json and --format {fmt} disagree", hint="give only one of them")
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


def draw(
    ctx: typer.Context,
    params: Mapping[str, Any],
    make: Callable[[RenderContext], Rendered],
    today: dt.date,
) -> None:
    """Lay a drawn view out for the terminal (or ``--width``) and write it, exporting if asked."""
    from carneytl import output
    from carneytl.render import RenderContext

    env = output.Environment.from_system(color=params.get("color"), width=params.get("width"))
    export = export_of(ctx, params)
    render_ctx = RenderContext(
        today, env.width, color=env.color, reverse=bool(params.get("reverse"))
    )
    output.write(make(render_ctx), env, export)


def print_machine(text: str) -> None:
    """Write machine output (JSON) as it is: never coloured, never laid out."""
    from carneytl import output

    output.write(text, output.Environment.from_system(color=False))
