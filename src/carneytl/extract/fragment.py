"""What ``extract --expressions`` writes, and an article's headline.

The candidates' outputs (the review file, JSON, the table) are in :mod:`carneytl.extract.views`.

Renderers here return text or a rich renderable and never print, like those in ``render/``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console, ConsoleOptions, RenderResult
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


# The expressions table's columns, and the order they give way in on a narrow screen: the
# offsets first (the JSON keeps them for tools), then the type; the text and its value stay.
_EXPRESSION_HEADERS = ("Offsets", "Text", "Type", "Value")
_EXPRESSION_STYLES = ("dim", "", "magenta", "cyan")
_EXPRESSION_CHOICES = ((0, 1, 2, 3), (1, 2, 3), (1, 3))


def expression_widths(width: int, natural: Sequence[int]) -> list[int | None]:
    """Plan the Offsets, Text, Type and Value columns of a table ``width`` cells wide.

    ``natural`` holds each column's widest cell (its header included). Every column but the
    Text keeps its natural width; columns are left out (``None``), Offsets then Type, until the
    Text has the room a title has in the events table, or all it needs.
    """
    from carneytl.render.columns import GAP, TITLE_MIN

    least = min(TITLE_MIN, natural[1])
    for shown in _EXPRESSION_CHOICES:
        taken = sum(natural[i] for i in shown if i != 1) + GAP * (len(shown) - 1)
        if width - taken >= least or shown == _EXPRESSION_CHOICES[-1]:
            widths: list[int | None] = [natural[i] if i in shown else None for i in range(4)]
            widths[1] = max(1, min(natural[1], width - taken))
            return widths
    raise AssertionError  # pragma: no cover - the last choice always returns


class ExpressionsTable:
    """The expressions for people (where, what, type, value), laid out at the width it is given.

    A rich renderable, so that the columns are planned for the console's width when it is
    drawn, in the box and padding of the events table.
    """

    def __init__(self, timexes: Sequence[Timex]) -> None:
        """Keep each expression's four cells as safe text."""
        from carneytl.terminal import printable

        self.rows = [
            (f"{t.start}-{t.end}", printable(t.text), printable(t.type), printable(t.value))
            for t in timexes
        ]

    def table(self, width: int) -> Table:
        """Return the rich table for ``width`` cells."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        from carneytl.render.columns import cells

        natural = [
            max([cells(header)] + [cells(row[i]) for row in self.rows])
            for i, header in enumerate(_EXPRESSION_HEADERS)
        ]
        widths = expression_widths(width, natural)
        shown = [i for i, w in enumerate(widths) if w is not None]
        table = Table(
            box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False, expand=False
        )
        for i in shown:
            table.add_column(
                _EXPRESSION_HEADERS[i],
                style=_EXPRESSION_STYLES[i],
                width=widths[i],
                no_wrap=i != 1,
                overflow="fold",
            )
        for row in self.rows:
            table.add_row(*(Text(row[i]) for i in shown))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the table planned for the width rich offers."""
        yield self.table(options.max_width)


def expressions_table(timexes: Sequence[Timex]) -> ExpressionsTable:
    """A table of the expressions for people: where, what, type and value."""
    return ExpressionsTable(timexes)
