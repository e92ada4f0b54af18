"""Checking and editing a store: `check`, `add`, `remove` and `edit`."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl.cli.completion import (
    complete_actors,
    complete_ids,
    complete_sources,
    complete_tags,
)
from carneytl.cli.options import (
    DryRunOpt,
    EditStoreOpt,
    FilePath,
    JsonOpt,
    StoreOpt,
    TodayOpt,
    format_option,
)
from carneytl.cli.root import family, reporting
from carneytl.errors import ExitStatus, UsageError

if TYPE_CHECKING:
    from carneytl.editing.transaction import Edit

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
            help="Store files to check, each on its own, as well as any --store. "
            "Default: the embedded store.",
            metavar="[PATH]...",
            show_default=False,
            click_type=FilePath(),
        ),
    ] = None,
    store: StoreOpt = None,
    merged: Annotated[
        bool,
        typer.Option(
            "--merged",
            help="Check every PATH and --store as one store, as commands read several "
            "--store: an event id in two of them is a problem.",
        ),
    ] = False,
    fmt: CheckFormatOpt = "text",
    json_flag: JsonOpt = False,
) -> None:
    """Check stores and report every problem at once; exit 1 if there is any.

    Each PATH is checked on its own, as a linter checks files; the stores given with --store
    are checked together, as every other command reads them. --merged checks them all as one.

    \b
    Examples:
      carneytl check my-story.yaml
      carneytl check *.yaml --format json | jq -r '.[].message'
      carneytl check main.yaml extra.yaml --merged
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
        stores, problems = [], []
        for unit in _units(paths or [], store or [], merged=merged):
            unit_stores, unit_problems = check_stores(unit, codec=record_codec())
            stores.extend(unit_stores)
            problems.extend(unit_problems)
        if not paths and not store:
            # Its path is somewhere inside the installation, which tells a user nothing.
            import dataclasses

            stores = [dataclasses.replace(s, path="the embedded store") for s in stores]
        env = output.Environment.from_system(color=False)
        output.write(chosen.load_for("problems")(problems, stores), env)
        if problems:
            raise typer.Exit(ExitStatus.FAILURE)


def _units(paths: list[Path], stores: list[Path], *, merged: bool) -> list[list[Path]]:
    """The groups of files that ``check`` checks as one store each (no files: the embedded)."""
    if merged:
        return [[*paths, *stores]]
    units = [[path] for path in dict.fromkeys(paths)]
    if stores:
        units.append(stores)
    return units or [[]]


def _from_environment(ctx: typer.Context, name: str) -> bool:
    # Compared by name: typer may bring its own copy of click's ParameterSource or click's.
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "ENVIRONMENT"


def _from_default(ctx: typer.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "DEFAULT"


def one_store(ctx: typer.Context, stores: list[Path] | None, command: str) -> Path:
    """The one store an editing command changes, or a usage error naming what was given."""
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


def waiting(path: Path) -> Callable[[], None]:
    """What an edit says while another carneytl holds the store's lock."""

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
    title: Annotated[
        str, typer.Option("--title", metavar="TEXT", help="What happened, in one line.")
    ],
    summary: Annotated[
        Optional[str], typer.Option("--summary", metavar="TEXT", help="A few sentences more.")
    ] = None,
    actor: Annotated[
        Optional[list[str]],
        typer.Option(
            "--actor",
            "-a",
            metavar="NAME",
            help="Who took part; repeatable.",
            autocompletion=complete_actors,
        ),
    ] = None,
    tag: Annotated[
        Optional[list[str]],
        typer.Option(
            "--tag",
            "-t",
            metavar="TAG",
            help="A topic tag; repeatable.",
            autocompletion=complete_tags,
        ),
    ] = None,
    location: Annotated[
        Optional[str], typer.Option("--location", metavar="TEXT", help="Where it happened.")
    ] = None,
    source: Annotated[
        Optional[list[str]],
        typer.Option(
            "--source",
            metavar="ID",
            help="Id of a source in the store; repeatable.",
            autocompletion=complete_sources,
        ),
    ] = None,
    as_written: Annotated[
        Optional[str],
        typer.Option(
            "--as-written",
            metavar="TEXT",
            help="The source's own words for the date, e.g. 'in 2018'.",
        ),
    ] = None,
    event_id: Annotated[
        Optional[str],
        typer.Option("--id", metavar="SLUG", help="The event's id. Default: made from the title."),
    ] = None,
    store: EditStoreOpt = None,
    today: TodayOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Add an event to a YAML store, in date order, keeping the rest of the file as it is.

    Prints the new event's id. The store is checked first and replaced atomically.

    \b
    Examples:
      carneytl add -s story.yaml --date 2026-01-16 --title "Carney meets Xi in Beijing"
      carneytl add -s story.yaml --date 2018-12 --title "..." --actor Canada --source bbc
      carneytl add -s story.yaml --date "1 Dec 2018" --title "..."    # stored as 2018-12-01
      carneytl add -s story.yaml --date 2019 --title "..." --dry-run   # the diff, no change
    """
    from carneytl.editing.transaction import NewEvent, adding, apply

    with reporting(ctx):
        path = one_store(ctx, store, "add")
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
        edit = apply(path, adding(new), on_wait=waiting(path), dry_run=dry_run, new_store_hint=True)
        event = edit.events[0]
        if dry_run:
            _print_dry_run(edit, f"would add {event.id!r} ({event.date.text}) to {path}")
            return
        from carneytl.cli.writing import print_machine

        # Said first: if the id cannot be written (a full disk), the event is in the store
        # all the same, and the user must not take the error for a failed add.
        typer.echo(f"added {event.id!r} ({event.date.text}) to {path}", err=True)
        print_machine(f"{event.id}\n")


def _print_dry_run(edit: Edit, said: str) -> None:
    from carneytl.cli.writing import print_machine

    typer.echo(f"{said} (dry run: nothing written)", err=True)
    print_machine(edit.diff())


@commands.command("remove")
def remove_command(
    ctx: typer.Context,
    event_ids: Annotated[
        list[str],
        typer.Argument(
            help="Ids of the events to remove.", metavar="ID...", autocompletion=complete_ids
        ),
    ],
    store: EditStoreOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Remove events from a YAML store, keeping the rest of the file as it is.

    Every id must be in the store: if one is not, nothing is removed.

    \b
    Examples:
      carneytl remove meng-arrest -s story.yaml
      carneytl remove first-talks second-talks -s story.yaml --dry-run
    """
    from carneytl.editing.transaction import apply, removing

    with reporting(ctx):
        path = one_store(ctx, store, "remove")
        edit = apply(path, removing(event_ids), on_wait=waiting(path), dry_run=dry_run)
        named = ", ".join(repr(event.id) for event in edit.events)
        if dry_run:
            _print_dry_run(edit, f"would remove {named} from {path}")
            return
        typer.echo(f"removed {named} from {path}", err=True)


@commands.command("edit")
def edit_command(
    ctx: typer.Context,
    event_id: Annotated[
        str,
        typer.Argument(help="Id of the event to edit.", metavar="ID", autocompletion=complete_ids),
    ],
    store: EditStoreOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Edit one event of a YAML store in your editor, keeping the rest of the file as it is.

    The event's own lines open in $VISUAL, else $EDITOR, else vi (notepad on Windows); the
    variable is split like a shell command line, so EDITOR="code --wait" works. When the editor
    exits, the text is checked like `add` checks an event and put back in place of the old
    lines. Text that no longer makes a valid event is refused, with each problem's line and
    column in the edited text, and kept in a temporary file whose name is given. Unchanged
    text changes nothing.

    \b
    Examples:
      carneytl edit meng-arrest -s story.yaml
      EDITOR=nano carneytl edit meng-arrest -s story.yaml --dry-run
    """
    from carneytl.editing.rewrite import event_text, replacing
    from carneytl.editing.transaction import apply
    from carneytl.errors import CarneyError

    with reporting(ctx):
        path = one_store(ctx, store, "edit")
        original = event_text(path, event_id)
        edited, kept = _edited_in_editor(original, event_id)
        if edited == original:
            kept.unlink(missing_ok=True)
            typer.echo(f"nothing changed: {event_id!r} is as it was in {path}", err=True)
            return
        try:
            change = replacing(event_id, edited, original=original, label=str(kept))
            edit = apply(path, change, on_wait=waiting(path), dry_run=dry_run)
        except CarneyError as exc:
            note = f"your edited text is kept in {kept}"
            exc.hint = f"{exc.hint}; {note}" if exc.hint else note
            raise
        kept.unlink(missing_ok=True)
        now = edit.events[0].id
        renamed = f" (now {now!r})" if now != event_id else ""
        if dry_run:
            _print_dry_run(edit, f"would edit {event_id!r}{renamed} in {path}")
            return
        typer.echo(f"edited {event_id!r}{renamed} in {path}", err=True)


def _editor() -> list[str]:
    """The user's editor as a command: $VISUAL, else $EDITOR, else the system's usual one."""
    import shlex
    import sys

    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError as exc:
                raise UsageError(f"{name}={value!r} cannot be read as a command: {exc}") from None
    return ["notepad"] if sys.platform == "win32" else ["vi"]


def _edited_in_editor(text: str, event_id: str) -> tuple[str, Path]:
    """Open ``text`` in the user's editor; return what it holds then, and the file it is in."""
    import subprocess
    import tempfile

    from carneytl.errors import CarneyError

    command = _editor()
    handle, name = tempfile.mkstemp(prefix=f"carneytl-{event_id}-", suffix=".yaml")
    kept = Path(name)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    try:
        status = subprocess.run([*command, name], check=False).returncode  # noqa: S603 - the user's own editor
    except OSError as exc:
        kept.unlink(missing_ok=True)
        raise CarneyError(
            f"cannot start the editor {command[0]!r}: {exc.strerror or exc}",
            hint="set VISUAL or EDITOR to the editor to use, e.g. EDITOR=nano",
        ) from None
    if status != 0:
        raise CarneyError(
            f"the editor exited with status {status}, so nothing was changed",
            hint=f"your text is kept in {kept}",
        )
    try:
        return kept.read_text(encoding="utf-8"), kept
    except (OSError, UnicodeDecodeError) as exc:
        raise CarneyError(
            f"cannot read the edited text in {kept}: {exc}", hint="nothing was changed"
        ) from None
