"""What ``extract`` writes: a reviewable store fragment, events for the views, expression lists.

Renderers here return text or a rich renderable and never print, like those in ``render/``.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from carneytl.dates.edtf import parse_edtf
from carneytl.model import Event, Source

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from rich.table import Table

    from carneytl.extract.events import Candidate
    from carneytl.extract.tagger import Timex

_MAX_HEADLINE = 160


def article_source(name: str | None, text: str, published: dt.date) -> Source:
    """Describe the article as a store source: id from its file name, title from a headline."""
    stem = re.sub(r"[^a-z0-9]+", "-", (name or "article").lower()).strip("-") or "article"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    is_headline = 0 < len(first_line) <= _MAX_HEADLINE and first_line[-1:] not in {".", "!", "?"}
    headline = first_line if is_headline else None
    return Source(id=f"{stem}-{published.isoformat()}", title=headline, published=str(published))


def to_events(candidates: Sequence[Candidate], source: Source) -> list[Event]:
    """Turn candidates into model events, so the json and table views can show them."""
    return [
        Event(
            id=c.id,
            date=parse_edtf(c.date),
            title=c.title,
            actors=c.actors,
            sources=(source,),
            as_written=c.as_written,
        )
        for c in candidates
    ]


def to_yaml(candidates: Sequence[Candidate], source: Source, label: str) -> str:
    """Write a store fragment that ``add --from`` (or a merge) takes once a person checked it."""
    import yaml

    document: dict[str, Any] = {
        "version": 1,
        "sources": [
            {
                key: value
                for key, value in (
                    ("id", source.id),
                    ("title", source.title),
                    ("published", source.published),
                )
                if value is not None
            }
        ],
        "events": [
            {
                "id": c.id,
                "date": c.date,
                "title": c.title,
                "actors": list(c.actors),
                "tags": [],
                "sources": [source.id],
                "as_written": c.as_written,
            }
            for c in candidates
        ],
    }
    header = (
        f"# Candidate events extracted from {label} (published {source.published}).\n"
        "# Drafts: check every date, title and actor against the text before adding them.\n"
    )
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def expressions_json(timexes: Sequence[Timex]) -> str:
    """The ``--expressions`` array: start, end, text, type and value for each expression."""
    return json.dumps([t.record() for t in timexes], ensure_ascii=False, indent=2) + "\n"


def expressions_yaml(timexes: Sequence[Timex]) -> str:
    """The same records as :func:`expressions_json`, as a YAML list."""
    import yaml

    return yaml.safe_dump(
        [t.record() for t in timexes], sort_keys=False, allow_unicode=True, width=100
    )


def expressions_table(timexes: Sequence[Timex]) -> Table:
    """A table of the expressions for people: where, what, type and value."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from carneytl.terminal import printable

    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    table.add_column("Offsets", style="dim", no_wrap=True)
    table.add_column("Text", overflow="fold")
    table.add_column("Type", style="magenta", no_wrap=True)
    table.add_column("Value", style="cyan", no_wrap=True)
    for timex in timexes:
        table.add_row(
            Text(f"{timex.start}-{timex.end}"),
            Text(printable(timex.text)),
            Text(timex.type),
            Text(timex.value),
        )
    return table
