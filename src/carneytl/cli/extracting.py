"""The `extract` command: candidate events from a news article."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl.cli.options import (
    ColorOpt,
    ExportOptions,
    ExpressionsOpt,
    JsonOpt,
    LookOptions,
    OutputOptions,
    StoreOpt,
    WidthOpt,
    format_option,
)
from carneytl.cli.root import family, reporting
from carneytl.cli.selection import load, parse_day
from carneytl.cli.writing import choose_format, emit, plan_output
from carneytl.errors import UsageError

if TYPE_CHECKING:
    from carneytl.render import Kind

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

ExtractFormatOpt = Annotated[
    Optional[str],
    format_option(
        "candidates", "yaml (a store fragment to review), json or table.", show_default="yaml"
    ),
]


# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("extract")
def extract_command(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(help="The article as plain text; - reads standard input.", metavar="FILE|-"),
    ],
    published: Annotated[
        str,
        typer.Option(
            "--published",
            metavar="DATE",
            help="The article's publication day (YYYY-MM-DD or '14 Jan 2026'): 'last year' "
            "and 'on Friday' are reckoned from it.",
        ),
    ],
    fmt: ExtractFormatOpt = None,
    store: StoreOpt = None,
    expressions: ExpressionsOpt = False,
    color: ColorOpt = None,
    width: WidthOpt = None,
    json_flag: JsonOpt = False,
) -> None:
    """Propose dated candidate events from a news article, dates resolved against --published.

    Each sentence with a date becomes a candidate: the date in the store's format, the phrase
    as written, the store's actors the sentence names, and a draft title. Review before adding.

    \b
    Examples:
      carneytl extract article.txt --published 2026-01-14 > candidates.yaml
      carneytl extract article.txt --published 2026-01-14 --format table
      cat article.txt | carneytl extract - --published 2026-01-14 --expressions --format json
    """
    from carneytl import output
    from carneytl.extract import fragment
    from carneytl.extract.article import STDIN, read_article

    with reporting(ctx):
        day = parse_day(published, "--published")
        kind: Kind = "expressions" if expressions else "candidates"
        chosen = choose_format(fmt, json_flag=json_flag, kind=kind, default="yaml")
        if file == STDIN and any(str(path) == STDIN for path in store or ()):
            raise UsageError(
                "the article and the store cannot both come from standard input",
                hint="give one of them as a file",
            )
        text, label = read_article(file)
        env = output.Environment.from_system(color=False if chosen.machine else color, width=width)
        if expressions:
            from carneytl.extract.tagger import find_timexes

            output.write(chosen.load_for("expressions")(find_timexes(text, day)), env)
            return
        from carneytl.extract.events import candidates

        actors = {actor for event in load(store).events for actor in event.actors}
        proposed = candidates(text, day, actors)
        source = fragment.article_source(None if file == STDIN else Path(file).stem, text, day)
        if not chosen.as_events("candidates"):
            output.write(chosen.load_for("candidates")(proposed, source, label), env)
            return
        plan = plan_output(
            ctx, OutputOptions(chosen.name), LookOptions(color, width), ExportOptions()
        )
        emit(plan, fragment.to_events(proposed, source), day)
