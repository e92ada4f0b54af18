"""What ``extract --expressions`` writes, and an article's headline.

The candidates' outputs (the review file, JSON, the table) are in :mod:`carneytl.extract.views`.

Renderers here return text or a rich renderable and never print, like those in ``render/``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.table import Table

    from carneytl.extract.tagger import Timex

_MAX_HEADLINE = 160


def headline(text: str) -> str | None:
    """The article's first line when it reads as a headline (short, no closing stop), or None."""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    is_headline = 0 < len(first_line) <= _MAX_HEADLINE and first_line[-1:] not in {".", "!", "?"}
    return first_line if is_headline else None


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
