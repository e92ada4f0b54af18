"""From articles and timelines to the store: `accept`, `init`, `source add` and `import`."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
from pathlib import Path
from typing import Annotated, Optional

import typer

from carneytl.cli.editing import one_store, waiting
from carneytl.cli.options import DryRunOpt, EditStoreOpt, StoreOpt, TodayOpt
from carneytl.cli.root import family, reporting
from carneytl.errors import STDIN, UsageError, input_label

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("accept")
def accept_command(
    ctx: typer.Context,
    review: Annotated[
        Path,
        typer.Argument(
            help="A review file, as `extract` or `import` writes it; - reads standard input.",
            metavar="REVIEW",
        ),
    ],
    store: EditStoreOpt = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print the change as a unified diff; write nothing."),
    ] = False,
) -> None:
    """Apply a review to a YAML store in one step: all of it, or nothing.

    Each candidate's action is applied: add (a new event and the new sources it cites), source
    (the article cited by the matched event), account (another date for the matched event; its
    own date stays), skip. The store is locked, checked, edited only where it changes, read
    back and replaced atomically. A review with any problem is refused whole, each problem at
    its REVIEW:LINE:COL.

    \b
    Examples:
      carneytl extract wire.txt radio.txt --store story.yaml > review.yaml
      carneytl accept review.yaml --store story.yaml --dry-run
      carneytl accept review.yaml --store story.yaml
    """
    from carneytl.accept import accept
    from carneytl.cli.writing import print_machine
    from carneytl.storage.textfile import read_text

    with reporting(ctx):
        path = one_store(ctx, store, "accept")
        text, label = read_text(str(review), "a review")
        outcome = accept(path, text, label, dry_run=dry_run, on_wait=waiting(path))
        typer.echo(outcome.summary(str(path)), err=True)
        if dry_run:
            print_machine(outcome.diff)


@commands.command("init")
def init_command(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(help="The new store file.", metavar="[PATH]", show_default=True),
    ] = Path("events.yaml"),
) -> None:
    """Start a store: one example source and event, with comments on how to fill it in.

    Never writes over an existing file.

    \b
    Examples:
      carneytl init story.yaml
      carneytl check story.yaml
    """
    from carneytl.newstore import create

    with reporting(ctx):
        create(path)
        typer.echo(f"started {path}: replace the example source and event with your own", err=True)


sources_app = typer.Typer(rich_markup_mode=None, add_completion=False, no_args_is_help=True)
commands.add_typer(sources_app, name="source")


@sources_app.callback()
def source_group() -> None:
    """Manage a store's sources."""


@sources_app.command("add")
def source_add_command(
    ctx: typer.Context,
    title: Annotated[
        Optional[str], typer.Option("--title", metavar="TEXT", help="The piece's title.")
    ] = None,
    publisher: Annotated[
        Optional[str], typer.Option("--publisher", metavar="NAME", help="Who published it.")
    ] = None,
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published",
            metavar="DATE",
            help="When: YYYY-MM-DD, YYYY-MM or YYYY, or as add's --date takes it ('21 Jan "
            "2026', 'yesterday'), stored as ISO.",
        ),
    ] = None,
    url: Annotated[
        Optional[str], typer.Option("--url", metavar="URL", help="Its web address.")
    ] = None,
    source_id: Annotated[
        Optional[str],
        typer.Option(
            "--id",
            metavar="SLUG",
            help="The source's id. Default: made from publisher, day and title.",
        ),
    ] = None,
    store: EditStoreOpt = None,
    today: TodayOpt = None,
    dry_run: DryRunOpt = False,
) -> None:
    """Add a source to a YAML store, after its other sources; prints the source's id.

    A title or a publisher is needed. A source the store has already (the same url, or the
    same publisher, day and title, as extract finds one) is refused, naming its id.

    \b
    Examples:
      carneytl source add -s story.yaml --publisher 'Valley Post' --published 2024-04-12 \\
        --title 'Repairs to begin in May' --url https://example.org/repairs
      carneytl source add -s story.yaml --publisher 'Harbour Gazette' --published '21 Jan 2026' \\
        --title 'Canola deal' --dry-run
    """
    from carneytl.accept import add_source
    from carneytl.cli.writing import print_machine

    with reporting(ctx):
        path = one_store(ctx, store, "source add")
        item = {
            "id": source_id,
            "title": title,
            "publisher": publisher,
            "published": None if published is None else _published(published, today),
            "url": url,
        }
        source, edit = add_source(path, item, dry_run=dry_run, on_wait=waiting(path))
        if dry_run:
            typer.echo(
                f"would add source {source.id!r} to {path} (dry run: nothing written)", err=True
            )
            print_machine(edit.diff())
            return
        typer.echo(f"added source {source.id!r} to {path}", err=True)
        print_machine(f"{source.id}\n")


def _published(text: str, today: str | None) -> str:
    """``--published`` as the store writes it, read as add reads ``--date``."""
    from carneytl.cli.selection import parse_today
    from carneytl.dates.bounds import as_store_date
    from carneytl.errors import DateError

    if not text.strip():
        return text  # nothing given: no day, as an empty --title is no title
    try:
        written = as_store_date(text.strip(), parse_today(today))
    except DateError as exc:
        raise UsageError(f"--published: {exc.message}", hint=exc.hint) from None
    if "/" in written:
        raise UsageError(
            f"--published {text.strip()!r} is a span ({written}): a piece comes out on one day",
            hint="give the day, or the month or year when that is all that is known",
        )
    return written


@commands.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="A TimelineJS JSON file, or the TimelineJS spreadsheet saved as CSV; - reads "
            "standard input.",
            metavar="FILE",
        ),
    ],
    store: StoreOpt = None,
) -> None:
    """Turn a TimelineJS timeline into a review file for `carneytl accept`.

    Each slide or row becomes an event at the precision its date columns give (Year; Year and
    Month; Year, Month and Day; an End date makes an interval). Headline is the title, Text the
    summary, Group a tag. A slide without a headline takes the first sentence of its Text as
    its title; one with neither is left out, with a note on stderr. Slides the store already
    has are marked skip. Times of day and media have no place in a store and are left out; the
    review says where.

    \b
    Examples:
      carneytl import timeline.csv --store story.yaml > review.yaml
      carneytl accept review.yaml --store story.yaml
      carneytl list --store story.yaml --format timelinejs > timeline.json
    """
    from carneytl import importing, output
    from carneytl.cli.selection import load
    from carneytl.review import write
    from carneytl.storage.textfile import read_text

    with reporting(ctx):
        if str(file) == STDIN and any(str(path) == STDIN for path in store or ()):
            raise UsageError(
                "the timeline and the store cannot both come from standard input",
                hint="give one of them as a file",
            )
        found = importing.read(*read_text(str(file), "a timeline"))
        for where in found.skipped:
            typer.echo(f"note: {where} has neither a headline nor a text: left out", err=True)
        current = load(store)
        made = importing.entries(found.events, current)
        where = ", ".join(map(input_label, store)) if store else "the embedded store"
        events = {e.id: e for e in current.events}
        text = write(made, (), events, what=input_label(file), store=where)
        output.write(text, output.Environment.from_system(color=False))
