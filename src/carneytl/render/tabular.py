"""Delimited and Markdown tables: CSV and TSV for spreadsheets, Markdown for notes and READMEs."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from carneytl.dates.display import display
from carneytl.render.records import FIELDS, flat_record, flat_value, records
from carneytl.terminal import printable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext


def render_csv(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render comma-separated values: a header row of field names, then one row per event."""
    names = ctx.fields or FIELDS
    buffer = io.StringIO()
    # LF, not RFC 4180's CRLF: the output goes to pipes and Unix tools first; every csv reader,
    # spreadsheets included, accepts it. Cells holding a newline or delimiter are quoted.
    writer = csv.writer(buffer, lineterminator="\n")
    if ctx.header:
        writer.writerow(names)
    for record in records(events, ctx.today, names):
        writer.writerow(flat_record(record).values())
    return buffer.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render_tsv(events: Sequence[Event], ctx: RenderContext) -> str:
    r"""Render tab-separated values: one line per event, no quoting.

    TSV (as IANA registers it) has no quoting, so `cut -f` and `awk -F'\t'` can trust every
    tab and newline. A tab, newline, carriage return or backslash inside a value is written
    as ``\t``, ``\n``, ``\r`` or ``\\``, the escapes PostgreSQL and linear TSV use.
    """
    names = ctx.fields or FIELDS
    lines = ["\t".join(names)] if ctx.header else []
    lines.extend(
        "\t".join(value.translate(_TSV_ESCAPES) for value in flat_record(record).values())
        for record in records(events, ctx.today, names)
    )
    return "".join(line + "\n" for line in lines)


# Markdown passes HTML through, so `<script>` in a title would be a tag, not text; an entity
# is read literally by every renderer (a backslash before `<` is not, in Python-Markdown).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _cell(text: str) -> str:
    # A pipe would end the cell and a newline the row; a backslash before a pipe would undo
    # the escape, so backslashes are doubled first. The `<br>` breaks come after the escaping.
    text = printable(text, keep_newlines=True).replace("\\", "\\\\")
    text = text.translate(_HTML_ESCAPES).replace("|", "\\|")
    return "<br>".join(line.strip() for line in text.splitlines())


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |\n"


# The default columns: what a reader of a note wants, the date as people write it.
_DEFAULT = ("Date", "Title", "Actors", "Tags", "Sources")


def render_markdown(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render a GitHub-flavoured Markdown table; ``--fields`` picks record fields as columns."""
    if ctx.fields is not None:
        header = list(ctx.fields)
        rows = [
            [_cell(flat_value(name, value)) for name, value in record.items()]
            for record in records(events, ctx.today, ctx.fields)
        ]
    else:
        header = list(_DEFAULT)
        rows = [
            [
                _cell(display(event.date)),
                _cell(event.title),
                _cell(", ".join(event.actors)),
                _cell(", ".join(event.tags)),
                _cell(", ".join(s.id for s in event.sources)),
            ]
            for event in events
        ]
    lines = [_row(header), _row(["---"] * len(header))]
    lines.extend(_row(row) for row in rows)
    return "".join(lines)
