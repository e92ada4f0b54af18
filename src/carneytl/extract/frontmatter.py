"""An article's own description of its source: the front-matter block that may open it. Pure.

```
---
title: Xi and Carney pledge a fresh start
publisher: Example Wire
published: 2026-01-16
url: https://example.org/wire/xi-carney
---
```
Values given on the command line stand in for the keys an article does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.errors import CarneyError, DateError, EmptyInputError, UsageError
from carneytl.storage.validate import web_address

if TYPE_CHECKING:
    import datetime as dt

KEYS = ("title", "publisher", "published", "url")
_OPENING = re.compile(r"---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Described:
    """What is known of an article's source, from its front matter or the command line."""

    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article to extract from: its label, its text without front matter, its source."""

    label: str
    body: str
    described: Described
    # Lines and characters the front matter takes, so that the body's places are the file's.
    offset_lines: int = 0
    offset: int = 0


def _load_block(block: str, label: str) -> dict[object, object]:
    """The front matter's mapping, or a CarneyError placed in the article (it opens on line 2)."""
    import yaml

    from carneytl.storage import safeyaml

    try:
        loaded, duplicates = safeyaml.load(block) if block.strip() else ({}, [])
    except yaml.MarkedYAMLError as exc:
        # One line, placed in the article: PyYAML's own text spans three and counts from the
        # block, which starts on line 2.
        mark = exc.problem_mark or exc.context_mark
        where = f"{label}:{mark.line + 2}:{mark.column + 1}" if mark else label
        raise CarneyError(f"{where}: the front matter is not valid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        first = str(exc).partition("\n")[0]
        raise CarneyError(f"{label}: the front matter is not valid YAML: {first}") from None
    if not isinstance(loaded, dict):
        raise CarneyError(f"{label}: the front matter must be keys and values, like 'title: ...'")
    if duplicates:
        # YAML would keep the last value without a word, and a source's day is no guess.
        twice = duplicates[0]
        raise CarneyError(
            f"{label}:{twice.line + 1}:{twice.column}: front-matter key {twice.key!r} is written"
            f" twice (first on line {twice.first_line + 1})",
            hint="keep one of them",
        )
    return loaded


def split(text: str, label: str) -> tuple[dict[str, str], str, int]:
    """Return the front matter's keys, the text after it, and the lines the block took.

    Raises:
        CarneyError: the block is not closed, is not a mapping, or has a key not in :data:`KEYS`.
    """
    opening = _OPENING.match(text)
    if opening is None:
        return {}, text, 0
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        raise CarneyError(
            f"{label}: the front matter opened by '---' on line 1 is never closed",
            hint="end it with a line holding only '---'",
        )
    loaded = _load_block(text[opening.end() : closing.start()], label)
    values: dict[str, str] = {}
    for key, value in loaded.items():
        if key not in KEYS:
            raise CarneyError(
                f"{label}: unknown front-matter key {key!r}", hint=f"the keys are {', '.join(KEYS)}"
            )
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            raise CarneyError(f"{label}: front-matter {key!r} must be text")
        values[str(key)] = str(value).strip()
    lines = text.count("\n", 0, closing.end())
    return values, text[closing.end() :], lines


def parse_day(text: str, where: str, today: dt.date) -> dt.date:
    """Read a publication day as ``--published`` reads it: 2026-01-16, 16 Jan 2026, yesterday.

    Relative words are reckoned from ``today``.

    Raises:
        CarneyError: it is not one real day.
    """
    from carneytl.dates.bounds import one_day

    try:
        return one_day(text, today, "'published'")
    except DateError as exc:
        raise CarneyError(f"{where}: {exc.message}", hint=exc.hint) from None


def read(text: str, label: str, defaults: Described, *, today: dt.date) -> Article:
    """Take an article's text apart: front matter first, ``defaults`` for the keys it lacks.

    A ``published`` day written with words such as ``yesterday`` is reckoned from ``today``.

    Raises:
        CarneyError: the front matter is broken, or the url is not an http or https address.
        EmptyInputError: nothing follows the front matter.
        UsageError: there is no publication day, in the front matter or in ``defaults``.
    """
    values, body, lines = split(text, label)
    published = (
        parse_day(values["published"], f"{label} (front matter)", today)
        if "published" in values
        else defaults.published
    )
    url = values.get("url") or defaults.url
    if url is not None and not web_address(url):
        # The store refuses such a source; saying so now spares a review that accept refuses.
        raise CarneyError(
            f"{label}: 'url' {url!r} is not a web address (http or https)",
            hint="give the article's http or https address, or none",
        )
    if not body.strip():
        # Before the missing day: a block and nothing else lacks the text more than the day.
        raise EmptyInputError(f"{label} holds no text after its front matter")
    if published is None:
        raise UsageError(
            f"{label}: no publication day: relative dates ('on Friday') need one",
            hint="give 'published: YYYY-MM-DD' in a front-matter block, or --published",
        )
    described = Described(
        title=values.get("title") or defaults.title,
        publisher=values.get("publisher") or defaults.publisher,
        published=published,
        url=url,
    )
    return Article(
        label=label,
        body=body,
        described=described,
        offset_lines=lines,
        offset=len(text) - len(body),
    )
