"""One event in full: every field, its span in plain words, its status, sources and accounts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl.accounts import agrees, first_reported, reporting_lag
from carneytl.dates.display import day_text, describe, display, elapsed
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import DateError
from carneytl.model import Status
from carneytl.render import marks
from carneytl.render.records import event_record
from carneytl.terminal import printable

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from rich.console import Console, ConsoleOptions
    from rich.text import Text

    from carneytl.model import Account, Event, Source
    from carneytl.render import RenderContext

_LABEL_CELLS = 12  # "As written  "
_INDENT_FROM = 60  # from this width on, the labels sit indented under the title


def render(event: Event, ctx: RenderContext) -> Show:
    """Render one event as a labelled sheet; it lays itself out for the console's width."""
    return Show(event, ctx.today, ctx.as_of)


def render_json(event: Event, ctx: RenderContext) -> str:
    """Render one event as the JSON object every machine format uses."""
    return json.dumps(event_record(event, ctx.today), ensure_ascii=False, indent=2) + "\n"


def status_words(event: Event, today: dt.date) -> str:
    """Say where the event stands against ``today``, and how far from it."""
    span = event.date
    status = span.status(today)
    if status is Status.PAST and span.end is not None:
        return f"past: it ended {elapsed(span.end, today)} before {day_text(today)}"
    if status is Status.UPCOMING and span.start is not None:
        return f"upcoming: it starts {elapsed(today, span.start)} after {day_text(today)}"
    return f"ongoing on {day_text(today)}"


def _published(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return display(parse_edtf(text))
    except DateError:
        return text


def source_lines(source: Source) -> list[str]:
    """Describe a source: who published it and when, its title, its address, its id."""
    who = ", ".join(p for p in (source.publisher, _published(source.published)) if p)
    lines = [who or source.id]
    if source.title:
        lines.append(f"“{source.title}”")
    if source.url:
        lines.append(source.url)
    if who:
        lines.append(f"[{source.id}]")
    return lines


def first_report_words(event: Event) -> str | None:
    """Say when the event was first reported and how long after its end; None if unknown."""
    first = first_reported(event)
    if first is None:
        return None
    lag = reporting_lag(event)
    if lag is None:
        return day_text(first)
    if lag == 0:
        return f"{day_text(first)}, the day it ended"
    days = "1 day" if abs(lag) == 1 else f"{abs(lag)} days"
    return f"{day_text(first)}, {days} {'after' if lag > 0 else 'before'} it ended"


def account_lines(event: Event, account: Account) -> list[str]:
    """Describe another account of the date: the date, how it was written, the note, who gave it."""
    mark = "" if agrees(event.date, account.date) else f"{marks.DISPUTED_GLYPH} "
    lines = [f"{mark}{display(account.date)}"]
    if account.as_written:
        lines.append(f"“{account.as_written}”")
    if account.note:
        lines.append(account.note)
    for source in account.sources:
        who = ", ".join(p for p in (source.publisher, _published(source.published)) if p)
        lines.append(f"per {who} [{source.id}]" if who else f"per {source.id}")
    return lines


@dataclass(frozen=True, slots=True)
class Show:
    """A rich renderable: one event's sheet, drawn for whatever width it is given."""

    event: Event
    today: dt.date
    as_of: dt.date | None = None  # --as-of: said under the sheet

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        """Yield the sheet line by line, each at most ``options.max_width`` cells."""
        from rich.text import Text

        event, width = self.event, options.max_width
        status = event.date.status(self.today)
        yield from marks.hanging(console, Text(), Text(), Text(event.id, style="dim"), width)
        title = Text(printable(event.title), style="bold")
        yield from marks.hanging(console, Text(), Text(), title, width)
        yield Text()
        when = Text(marks.glyph(event, status) + " ", style=marks.GLYPH_STYLE[status])
        when.append(display(event.date), style=marks.DATE_STYLE)
        fields: list[tuple[str, Text | str | None]] = [
            ("Date", when),
            ("Span", describe(event.date)),
            ("Status", status_words(event, self.today)),
            ("As written", f"“{event.as_written}”" if event.as_written else None),
            ("Stored as", event.date.text),
            ("Summary", event.summary),
            ("Actors", ", ".join(event.actors) or None),
            ("Tags", ", ".join(event.tags) or None),
            ("Location", event.location),
        ]
        # A field the event does not have is left out: rows of "none" only hide the rest.
        for label, value in fields:
            if value is not None:
                yield from _field(console, label, value, width)
        for index, source in enumerate(event.sources):
            label = "Sources" if index == 0 else ""
            for number, line in enumerate(source_lines(source)):
                yield from _field(console, label if number == 0 else "", line, width)
        reported = first_report_words(event)
        if reported is not None:
            yield from _field(console, "Reported", reported, width)
        for index, account in enumerate(event.accounts):
            label = "Accounts" if index == 0 else ""
            for number, line in enumerate(account_lines(event, account)):
                yield from _field(console, label if number == 0 else "", line, width)
        yield from marks.as_of_note(console, self.as_of, width)


def _field(console: Console, label: str, value: Text | str, width: int) -> Iterator[Text]:
    from rich.text import Text

    body = value if isinstance(value, Text) else Text(printable(value))
    indent = "  " if width >= _INDENT_FROM else ""
    cells = len(indent) + _LABEL_CELLS
    first = marks.pad(Text(f"{indent}{label}", style="bold"), cells)
    yield from marks.hanging(console, first, Text(" " * cells), body, width)
