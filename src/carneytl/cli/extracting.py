"""The `extract` command: candidate events from news articles, matched against the store."""

from __future__ import annotations

# typer evaluates these commands' string annotations with typing.get_type_hints in this
# module's namespace: every name an annotation uses is imported here at run time, never only
# under TYPE_CHECKING.
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl.cli.options import (
    ColorOpt,
    ExpressionsOpt,
    JsonOpt,
    StoreOpt,
    WidthOpt,
    format_option,
)
from carneytl.cli.root import family, reporting
from carneytl.cli.selection import load, parse_day, parse_today
from carneytl.cli.writing import choose_format
from carneytl.errors import STDIN, EmptyInputError, UsageError, input_label
from carneytl.terminal import printable

if TYPE_CHECKING:
    import datetime as dt

    from carneytl import output
    from carneytl.extract.frontmatter import Article, Described
    from carneytl.render import Format, Kind

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

# How a text is read: near its publication day (news) or following its own dates (narrative).
_KINDS = ("auto", "news", "narrative")

ExtractFormatOpt = Annotated[
    Optional[str],
    format_option(
        "candidates",
        "yaml (a review file for `carneytl accept`), json or table.",
        show_default="yaml",
    ),
]


# This family's commands; the root group mounts them when one of them is asked for.
commands = family()


@commands.command("extract")
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
        Optional[str],
        typer.Option("--title", metavar="TEXT", help="Title of an article without front matter."),
    ] = None,
    publisher: Annotated[
        Optional[str],
        typer.Option(
            "--publisher",
            metavar="NAME",
            help="Publisher of an article without one in front matter.",
        ),
    ] = None,
    url: Annotated[
        Optional[str],
        typer.Option(
            "--url", metavar="URL", help="Web address of an article without one in front matter."
        ),
    ] = None,
    fmt: ExtractFormatOpt = None,
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
    json_flag: JsonOpt = False,
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
      carneytl extract history.txt --published 2009-12-19 --kind narrative
      cat article.txt | carneytl extract - --published 2026-01-14 --expressions --format json
    """
    from carneytl import output
    from carneytl.extract.frontmatter import Described

    with reporting(ctx):
        day_today = parse_today(today)
        day = parse_day(published, "--published", day_today) if published is not None else None
        if kind not in _KINDS:
            raise UsageError(f"unknown kind {kind!r}", hint=f"choose one of: {', '.join(_KINDS)}")
        result: Kind = "expressions" if expressions else "candidates"
        chosen = choose_format(fmt, json_flag=json_flag, kind=result, default="yaml")
        if files.count(STDIN) > 1:
            raise UsageError("standard input (-) can be read only once", hint="give it once")
        if STDIN in files and any(str(path) == STDIN for path in store or ()):
            raise UsageError(
                "the article and the store cannot both come from standard input",
                hint="give one of them as a file",
            )
        if expressions and len(files) > 1:
            raise UsageError("--expressions lists one article's expressions: give one article")
        defaults = Described(title=title, publisher=publisher, published=day, url=url)
        articles = _read_articles(files, defaults, day_today)
        env = output.Environment.from_system(color=False if chosen.machine else color, width=width)
        if expressions:
            from carneytl.extract.tagger import find_timexes

            article = articles[0][0]
            found = find_timexes(article.body, article.described.published or _never(), kind)
            # Offsets count from the start of the file, front matter included.
            shift = article.offset
            found = [replace(t, start=t.start + shift, end=t.end + shift) for t in found]
            output.write(chosen.load_for("expressions")(found), env)
            return
        _write_candidates(articles, store, chosen, env, kind=kind, today=day_today)


def _read_articles(
    files: list[str], defaults: Described, today: dt.date
) -> list[tuple[Article, str]]:
    """Read each article and its front matter; pair it with a stem for ids.

    An empty article among others is left out with a warning, as grep passes over a file it
    cannot use; only when every article is empty is there nothing to go on with.

    Raises:
        EmptyInputError: every article is empty.
    """
    from carneytl.extract import frontmatter
    from carneytl.storage.textfile import read_text

    articles = []
    empty: list[EmptyInputError] = []
    for file in files:
        try:
            text, label = read_text(file, "an article")
            article = frontmatter.read(text, label, defaults, today=today)
        except EmptyInputError as exc:
            empty.append(exc)
            continue
        articles.append((article, "article" if file == STDIN else Path(file).stem))
    if not articles:
        if len(empty) == 1:
            raise empty[0]
        named = ", ".join(input_label(file) for file in files)
        raise EmptyInputError(f"every article is empty, so there is nothing to read: {named}")
    for skipped in empty:
        typer.echo(f"warning: {printable(skipped.message)}; it is left out", err=True)
    return articles


def _write_candidates(
    articles: list[tuple[Article, str]],
    store: Optional[list[Path]],
    chosen: Format,
    env: output.Environment,
    *,
    kind: str,
    today: dt.date,
) -> None:
    """Match the articles' candidates against the store and write them as asked."""
    from carneytl import output
    from carneytl.extract.gather import gather
    from carneytl.extract.views import Extracted

    current = load(store)
    extracted = Extracted(
        gathered=gather(articles, current, kind=kind),
        store=current,
        articles=", ".join(a.label for a, _ in articles),
        where=", ".join(map(input_label, store)) if store else "the embedded store",
        # Status (past, ongoing, upcoming) is reckoned from today, like every other view's.
        today=today,
    )
    output.write(chosen.load_for("candidates")(extracted), env)


def _never() -> dt.date:  # pragma: no cover - frontmatter.read insists on a day
    raise UsageError("an article has no publication day", hint="give --published")
