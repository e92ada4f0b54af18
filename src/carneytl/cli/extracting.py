"""The `extract` command: candidate events from news articles, matched against the store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl.cli.options import ColorOpt, ExpressionsOpt, StoreOpt, WidthOpt
from carneytl.cli.root import app, reporting
from carneytl.cli.selection import load, parse_day
from carneytl.errors import UsageError
from carneytl.extract import frontmatter

if TYPE_CHECKING:
    import datetime as dt

    from carneytl import output

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

_FORMATS = ("yaml", "json", "table")


@app.command("extract")
def extract_command(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            help="Articles as plain text, each perhaps opening with a front-matter block "
            "(title, publisher, published, url); - reads one from standard input.",
            metavar="ARTICLE...",
        ),
    ],
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published",
            metavar="DATE",
            help="Publication day (YYYY-MM-DD or '14 Jan 2026') of an article without one in "
            "its front matter: 'last year' and 'on Friday' are reckoned from it.",
        ),
    ] = None,
    title: Annotated[
        Optional[str], typer.Option("--title", help="Title of an article without front matter.")
    ] = None,
    publisher: Annotated[
        Optional[str],
        typer.Option("--publisher", help="Publisher of an article without one in front matter."),
    ] = None,
    url: Annotated[
        Optional[str],
        typer.Option("--url", help="Web address of an article without one in front matter."),
    ] = None,
    fmt: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="yaml (a review file for `carneytl accept`), json or table.",
            show_default="yaml",
        ),
    ] = None,
    store: StoreOpt = None,
    expressions: ExpressionsOpt = False,
    color: ColorOpt = None,
    width: WidthOpt = None,
) -> None:
    """Propose candidate events from news articles and match them against the store.

    Each sentence with a date becomes a candidate: the date in the store's format, the phrase
    as written, the store's actors the sentence names, and a draft title. Each is matched with
    the store's events: new, same (the event reported again) or conflict (that event at a
    date its own does not allow). The YAML output is a review file: edit its actions, then
    apply it with `carneytl accept`.

    \b
    Examples:
      carneytl extract wire.txt radio.txt --store story.yaml > review.yaml
      carneytl extract article.txt --published 2026-01-14 --publisher 'BBC News' -f table
      cat article.txt | carneytl extract - --published 2026-01-14 --expressions --format json
    """
    from carneytl import output
    from carneytl.extract import fragment
    from carneytl.extract.article import STDIN

    with reporting(ctx):
        day = parse_day(published, "--published") if published is not None else None
        chosen = (fmt or "yaml").lower()
        if chosen not in _FORMATS:
            raise UsageError(
                f"unknown format {fmt!r}", hint=f"choose one of: {', '.join(_FORMATS)}"
            )
        if files.count(STDIN) > 1:
            raise UsageError("standard input (-) can be read only once", hint="give it once")
        if STDIN in files and any(str(path) == STDIN for path in store or ()):
            raise UsageError(
                "the article and the store cannot both come from standard input",
                hint="give one of them as a file",
            )
        if expressions and len(files) > 1:
            raise UsageError("--expressions lists one article's expressions: give one article")
        defaults = frontmatter.Described(title=title, publisher=publisher, published=day, url=url)
        articles = _read_articles(files, defaults)
        env = output.Environment.from_system(
            color=color if chosen == "table" else False, width=width
        )
        if expressions:
            from carneytl.extract.tagger import find_timexes

            article = articles[0][0]
            found = find_timexes(article.body, article.described.published or _never())
            if chosen == "table":
                output.write(fragment.expressions_table(found), env)
            elif chosen == "json":
                output.write(fragment.expressions_json(found), env)
            else:
                output.write(fragment.expressions_yaml(found), env)
            return
        _write_candidates(articles, store, chosen, env)


def _read_articles(
    files: list[str], defaults: frontmatter.Described
) -> list[tuple[frontmatter.Article, str]]:
    """Read each article and its front matter; pair it with a stem for ids."""
    from carneytl.extract.article import STDIN, read_article

    articles = []
    for file in files:
        text, label = read_article(file)
        article = frontmatter.read(text, label, defaults)
        articles.append((article, "article" if file == STDIN else Path(file).stem))
    return articles


def _write_candidates(
    articles: list[tuple[frontmatter.Article, str]],
    store: list[Path] | None,
    chosen: str,
    env: output.Environment,
) -> None:
    """Match the articles' candidates against the store and write them as asked."""
    from carneytl import output
    from carneytl.extract import views
    from carneytl.extract.gather import gather
    from carneytl.review import write

    current = load(store)
    gathered = gather(articles, current)
    if chosen == "yaml":
        what = ", ".join(a.label for a, _ in articles)
        where = ", ".join(str(p) for p in store) if store else "the embedded store"
        events = {e.id: e for e in current.events}
        text = write(gathered.entries, gathered.sources, events, what=what, store=where)
        output.write(text, env)
    elif chosen == "json":
        latest = max(a.described.published or _never() for a, _ in articles)
        output.write(views.to_json(gathered, latest), env)
    else:
        output.write(views.to_table(gathered), env)


def _never() -> dt.date:  # pragma: no cover - frontmatter.read insists on a day
    raise UsageError("an article has no publication day", hint="give --published")
