"""The listing commands: `list`, `between`, `schema` and `formats`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import typer  # noqa: TC002 - typer resolves the command annotations (typer.Context) at run time

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
    RangeEndArg,
    RangeStartArg,
    takes,
)
from carneytl.cli.root import app, reporting
from carneytl.cli.selection import emit, plan_output, print_machine, select


@app.command("list")
@takes(STORE, RANGE, FILTERS, ORDER, FORMAT, LOOK, TODAY, AS_OF, EXPORT)
def list_command(ctx: typer.Context, options: Mapping[str, Any]) -> None:
    """List the events of the story, oldest first.

    \b
    Examples:
      carneytl list
      carneytl list --since 2025 --tag visit
      carneytl list --search huawei --json | jq -r '.[].id'
      carneytl list --fields id,date,title --format jsonl
      carneytl list --disputed
      carneytl list --as-of 2018-12-06
    """
    with reporting(ctx):
        plan = plan_output(ctx, options)
        chosen = select(options, start=options["since"], end=options["until"])
        emit(plan, *chosen)


@app.command("between")
@takes(STORE, FILTERS, ORDER, FORMAT, LOOK, TODAY, AS_OF, EXPORT)
def between_command(
    ctx: typer.Context, start: RangeStartArg, end: RangeEndArg, options: Mapping[str, Any]
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
        plan = plan_output(ctx, options)
        chosen = select(options, start=start, end=end, names=("START", "END"))
        emit(plan, *chosen)


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

    print_machine(json.dumps(store_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command("formats")
def formats_command() -> None:
    """List the output formats that --format takes, with what each is for.

    \b
    Examples:
      carneytl formats
      carneytl list --format "$(carneytl formats | fzf | cut -f1)"
    """
    from carneytl.render import FORMATS

    print_machine("".join(f"{spec.name}\t{spec.summary}\n" for spec in FORMATS.values()))
