"""Output planning: the format, layout and export options checked before any store is read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from carneytl.errors import UsageError
from carneytl.render import FORMATS, get_format

if TYPE_CHECKING:
    import typer

    from carneytl import output
    from carneytl.cli.options import ExportOptions, LookOptions, OutputOptions
    from carneytl.render import Format, Kind


def export_of(ctx: typer.Context, export: ExportOptions) -> output.Export:
    """Return the SVG/HTML export the EXPORT options ask for (falsy when none)."""
    from carneytl import output

    return output.Export(export.svg, export.html, title=ctx.command_path)


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
