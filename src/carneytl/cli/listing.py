"""The listing commands: `list`, `between`, `schema` and `formats`."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
from typing import Final

import typer

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
    RangeEndArg,
    RangeStartArg,
    ReverseOpt,
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
)
from carneytl.cli.root import family, reporting
from carneytl.cli.selection import select
from carneytl.cli.writing import emit, plan_output, print_machine
from carneytl.render import Kind

# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("list")
def list_command(
    ctx: typer.Context,
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
    """List the events of the story, oldest first.

    \b
    Examples:
      carneytl list
      carneytl list --since 2025 --tag visit
      carneytl list --status past --any-tag huawei --any-tag trade
      carneytl list --search huawei --json | jq -r '.[].id'
      carneytl list --fields id,date,title --format jsonl
      carneytl list --disputed
      carneytl list --as-of 2018-12-06
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
    with reporting(ctx):
        plan = plan_output(
            ctx, out, LookOptions(color, width), ExportOptions(export_svg, export_html)
        )
        chosen = select(StoreOptions.of(store), filters, start=since, end=until)
        emit(plan, *chosen)


@commands.command("between")
def between_command(
    ctx: typer.Context,
    start: RangeStartArg,
    end: RangeEndArg,
    store: StoreOpt = None,
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
    filters = FilterOptions.of(
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
    with reporting(ctx):
        plan = plan_output(
            ctx, out, LookOptions(color, width), ExportOptions(export_svg, export_html)
        )
        chosen = select(
            StoreOptions.of(store), filters, start=start, end=end, names=("START", "END")
        )
        emit(plan, *chosen)


@commands.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the store format, for editors and validators.

    \b
    Examples:
      carneytl schema > carneytl-store.schema.json
      # then, as the first line of a store:
      # yaml-language-server: $schema=./carneytl-store.schema.json
    """
    import json

    from carneytl.storage.schema import store_schema

    print_machine(json.dumps(store_schema(), ensure_ascii=False, indent=2) + "\n")


# Which commands write each kind of result, for `formats`.
WRITERS: Final[dict[Kind, tuple[str, ...]]] = {
    "events": ("list", "between", "timeline"),
    "event": ("show",),
    "stats": ("stats",),
    "problems": ("check",),
    "expressions": ("extract",),
    "candidates": ("extract",),
}


@commands.command("formats")
def formats_command() -> None:
    """List the output formats that --format takes: name, what it is for, the commands it serves.

    \b
    Examples:
      carneytl formats
      carneytl list --format "$(carneytl formats | fzf | cut -f1)"
    """
    from carneytl.render import FORMATS

    lines = []
    for spec in FORMATS.values():
        commands = dict.fromkeys(
            command for kind, writers in WRITERS.items() if spec.serves(kind) for command in writers
        )
        lines.append(f"{spec.name}\t{spec.summary}\t{', '.join(commands)}\n")
    print_machine("".join(lines))
