"""The `extract` command: candidate events from a news article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from carneytl.cli.options import ColorOpt, ExpressionsOpt, StoreOpt, WidthOpt
from carneytl.cli.root import app, reporting
from carneytl.cli.selection import emit, load, parse_day, parse_today, plan_output
from carneytl.errors import UsageError

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

_FORMATS = ("yaml", "json", "table")
_KINDS = ("auto", "news", "narrative")


@app.command("extract")
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
    fmt: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="yaml (a store fragment to review), json or table.",
            show_default="yaml",
        ),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="news (a day without a year is near publication), narrative (it follows the "
            "dates the text names) or auto (decided from the text).",
        ),
    ] = "auto",
    store: StoreOpt = None,
    today: Annotated[
        Optional[str],
        typer.Option(
            "--today",
            metavar="DATE",
            help="Day the status of candidates (past, ongoing, upcoming) is reckoned from in "
            "json and table output; dates in the text are read against --published.",
            show_default="the real date",
        ),
    ] = None,
    expressions: ExpressionsOpt = False,
    color: ColorOpt = None,
    width: WidthOpt = None,
) -> None:
    """Propose dated candidate events from a news article, dates resolved against --published.

    Each sentence with a date becomes a candidate: the date in the store's format, the phrase
    as written, the store's actors the sentence names, and a draft title. Review before adding.

    \b
    Examples:
      carneytl extract article.txt --published 2026-01-14 > candidates.yaml
      carneytl extract article.txt --published 2026-01-14 --format table
      carneytl extract history.txt --published 2009-12-19 --kind narrative
      cat article.txt | carneytl extract - --published 2026-01-14 --expressions --format json
    """
    from carneytl import output
    from carneytl.extract import fragment
    from carneytl.extract.article import STDIN, read_article

    with reporting(ctx):
        day = parse_day(published, "--published")
        if kind not in _KINDS:
            raise UsageError(f"unknown kind {kind!r}", hint=f"choose one of: {', '.join(_KINDS)}")
        chosen = (fmt or "yaml").lower()
        if chosen not in _FORMATS:
            raise UsageError(
                f"unknown format {fmt!r}", hint=f"choose one of: {', '.join(_FORMATS)}"
            )
        if file == STDIN and any(str(path) == STDIN for path in store or ()):
            raise UsageError(
                "the article and the store cannot both come from standard input",
                hint="give one of them as a file",
            )
        text, label = read_article(file)
        env = output.Environment.from_system(
            color=color if chosen == "table" else False, width=width
        )
        if expressions:
            from carneytl.extract.tagger import find_timexes

            found = find_timexes(text, day, kind)
            if chosen == "table":
                output.write(fragment.expressions_table(found), env)
            elif chosen == "json":
                output.write(fragment.expressions_json(found), env)
            else:
                output.write(fragment.expressions_yaml(found), env)
            return
        from carneytl.extract.events import candidates

        actors = {actor for event in load(store).events for actor in event.actors}
        proposed = candidates(text, day, actors, kind)
        source = fragment.article_source(None if file == STDIN else Path(file).stem, text, day)
        if chosen == "yaml":
            output.write(fragment.to_yaml(proposed, source, label), env)
            return
        plan = plan_output(ctx, {"fmt": chosen, "color": color, "width": width})
        # Status (past, ongoing, upcoming) is reckoned from today, like every other view's.
        emit(plan, fragment.to_events(proposed, source), parse_today(today))
