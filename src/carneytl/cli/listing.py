"""The listing commands: `list`, `between` and `schema`."""

from __future__ import annotations

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
    RangeEndArg,
    RangeStartArg,
    ReverseOpt,
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
from carneytl.cli.selection import emit, select


@app.command("list")
def list_command(
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
    """List the events of the story, oldest first.

    \b
    Examples:
      carneytl list
      carneytl list --since 2025 --tag visit
      carneytl list --search huawei --json | jq -r '.[].id'
      carneytl list --fields id,date,title --format jsonl
    """
    with reporting(ctx):
        events, day = select(ctx, start=since, end=until)
        emit(ctx, events, day)


@app.command("between")
def between_command(
    ctx: typer.Context,
    start: RangeStartArg,
    end: RangeEndArg,
    store: StoreOpt = None,
    within: WithinOpt = False,
    actor: ActorOpt = None,
    tag: TagOpt = None,
    exclude_tag: ExcludeTagOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    reverse: ReverseOpt = False,
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
    with reporting(ctx):
        events, day = select(ctx, start=start, end=end, names=("START", "END"))
        emit(ctx, events, day)


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


@app.command("formats")
def formats_command() -> None:
    """List the output formats that --format takes, with what each is for.

    \b
    Examples:
      carneytl formats
      carneytl list --format "$(carneytl formats | fzf | cut -f1)"
    """
    from carneytl.render import FORMATS

    for spec in FORMATS.values():
        typer.echo(f"{spec.name}\t{spec.summary}")
