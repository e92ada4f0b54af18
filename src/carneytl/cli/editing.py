"""Checking and editing a store: `check`, `add` and `remove`."""

# No `from __future__ import annotations` here: typer reads these commands' signatures at run
# time, and annotations that are already objects spare it compiling one string per option on
# every start-up.

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from carneytl.cli.options import EditStoreOpt, JsonOpt, StoreOpt, TodayOpt, format_option
from carneytl.cli.root import family, reporting
from carneytl.errors import ExitStatus, UsageError

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

CheckFormatOpt = Annotated[
    str,
    format_option(
        "problems",
        "text: one PATH:LINE:COL: message per line; json: an array of problem objects.",
        show_default=True,
    ),
]


# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("check")
def check_command(
    ctx: typer.Context,
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(
            help="Store files to check, as well as any --store. Default: the embedded store.",
            metavar="[PATH]...",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = None,
    fmt: CheckFormatOpt = "text",
    json_flag: JsonOpt = False,
) -> None:
    """Check stores and report every problem at once; exit 1 if there is any.

    \b
    Examples:
      carneytl check my-story.yaml
      carneytl check my-story.yaml --format json | jq -r '.[].message'
    """
    from carneytl import output
    from carneytl.cli.selection import record_codec
    from carneytl.cli.writing import choose_format
    from carneytl.storage.stores import check_stores

    with reporting(ctx):
        # --format has a default, so only a --format given on the command line can disagree.
        given = None if _from_default(ctx, "fmt") else fmt
        chosen = choose_format(given, json_flag=json_flag, kind="problems", default=fmt)
        if paths and _from_environment(ctx, "store"):
            # `check FILE` means that file: a store set for everyday use stays out of it.
            store = None
        stores, problems = check_stores([*(paths or ()), *(store or ())], codec=record_codec())
        if not paths and not store:
            # Its path is somewhere inside the installation, which tells a user nothing.
            import dataclasses

            stores = [dataclasses.replace(s, path="the embedded store") for s in stores]
        env = output.Environment.from_system(color=False)
        output.write(chosen.load_for("problems")(problems, stores), env)
        if problems:
            raise typer.Exit(ExitStatus.FAILURE)


def _from_environment(ctx: typer.Context, name: str) -> bool:
    # Compared by name: typer may bring its own copy of click's ParameterSource or click's.
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "ENVIRONMENT"


def _from_default(ctx: typer.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "DEFAULT"


def _one_store(ctx: typer.Context, stores: list[Path] | None, command: str) -> Path:
    if not stores:
        raise UsageError(
            f"{command} needs the store to change: give --store PATH (or set CARNEYTL_STORE)",
            hint="the embedded store is part of carneytl and is not edited in place",
        )
    if len(stores) > 1:
        named = ", ".join(str(path) for path in stores)
        if _from_environment(ctx, "store"):
            raise UsageError(
                f"{command} edits one store, but CARNEYTL_STORE names {len(stores)}: {named}",
                hint=f"CARNEYTL_STORE is split on {os.pathsep!r} like PATH; "
                "give --store PATH to choose the one to change",
            )
        raise UsageError(
            f"{command} edits one store, but --store was given {len(stores)} times: {named}",
            hint="give --store once",
        )
    return stores[0]


def _waiting(path: Path) -> Callable[[], None]:
    def say() -> None:
        typer.echo(f"waiting for another carneytl to finish editing {path}...", err=True)

    return say


def _store_date(text: str, today: str | None) -> str:
    """Return ``--date`` as the store writes it; a bound such as ``Dec 2018`` becomes ISO."""
    from carneytl.cli.selection import parse_today
    from carneytl.dates.bounds import as_store_date
    from carneytl.errors import DateError

    try:
        return as_store_date(text, parse_today(today))
    except DateError as exc:
        raise UsageError(f"--date: {exc.message}", hint=exc.hint) from None


@commands.command("add")
def add_command(
    ctx: typer.Context,
    date: Annotated[
        str,
        typer.Option(
            "--date",
            "-d",
            metavar="DATE",
            help="When: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B, ~ or ? for approximate or "
            "uncertain; or any bound --since takes ('Dec 2018', '1 Dec 2018', 'today'), stored "
            "as ISO.",
        ),
    ],
    title: Annotated[str, typer.Option("--title", help="What happened, in one line.")],
    summary: Annotated[
        Optional[str], typer.Option("--summary", help="A few sentences more.")
    ] = None,
    actor: Annotated[
        Optional[list[str]], typer.Option("--actor", "-a", help="Who took part; repeatable.")
    ] = None,
    tag: Annotated[
        Optional[list[str]], typer.Option("--tag", "-t", help="A topic tag; repeatable.")
    ] = None,
    location: Annotated[
        Optional[str], typer.Option("--location", help="Where it happened.")
    ] = None,
    source: Annotated[
        Optional[list[str]],
        typer.Option("--source", metavar="ID", help="Id of a source in the store; repeatable."),
    ] = None,
    as_written: Annotated[
        Optional[str],
        typer.Option("--as-written", help="The source's own words for the date, e.g. 'in 2018'."),
    ] = None,
    event_id: Annotated[
        Optional[str],
        typer.Option("--id", metavar="SLUG", help="The event's id. Default: made from the title."),
    ] = None,
    store: EditStoreOpt = None,
    today: TodayOpt = None,
) -> None:
    """Add an event to a YAML store, in date order, keeping the rest of the file as it is.

    Prints the new event's id. The store is checked first and replaced atomically.

    \b
    Examples:
      carneytl add -s story.yaml --date 2026-01-16 --title "Carney meets Xi in Beijing"
      carneytl add -s story.yaml --date 2018-12 --title "..." --actor Canada --source bbc
      carneytl add -s story.yaml --date "1 Dec 2018" --title "..."    # stored as 2018-12-01
    """
    from carneytl.editing.transaction import NewEvent, add_event

    with reporting(ctx):
        path = _one_store(ctx, store, "add")
        new = NewEvent(
            date=_store_date(date, today),
            title=title,
            summary=summary,
            actors=tuple(actor or ()),
            tags=tuple(tag or ()),
            location=location,
            sources=tuple(source or ()),
            as_written=as_written,
            id=event_id,
        )
        event = add_event(path, new, on_wait=_waiting(path))
        from carneytl.cli.writing import print_machine

        # Said first: if the id cannot be written (a full disk), the event is in the store
        # all the same, and the user must not take the error for a failed add.
        typer.echo(f"added {event.id!r} ({event.date.text}) to {path}", err=True)
        print_machine(f"{event.id}\n")


@commands.command("remove")
def remove_command(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="Id of the event to remove.", metavar="ID")],
    store: EditStoreOpt = None,
) -> None:
    """Remove an event from a YAML store, keeping the rest of the file as it is.

    \b
    Examples:
      carneytl remove meng-arrest -s story.yaml
    """
    from carneytl.editing.transaction import remove_event

    with reporting(ctx):
        path = _one_store(ctx, store, "remove")
        event = remove_event(path, event_id, on_wait=_waiting(path))
        typer.echo(f"removed {event.id!r} from {path}", err=True)
