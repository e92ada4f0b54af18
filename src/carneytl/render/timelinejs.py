"""TimelineJS3 JSON: the file the TimelineJS web timeline reads, for publishing on a page."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any

from carneytl.dates.display import display
from carneytl.dates.edtf import endpoints
from carneytl.model import Precision
from carneytl.render.records import account_parts, source_name

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from carneytl.model import Account, Event, Source
    from carneytl.render import RenderContext


def date_object(day: dt.date, precision: Precision) -> dict[str, int]:
    """Return a TimelineJS date with only the parts known: ``2018`` has no month or day."""
    parts = {"year": day.year}
    if precision.rank >= Precision.MONTH.rank:
        parts["month"] = day.month
    if precision.rank >= Precision.DAY.rank:
        parts["day"] = day.day
    return parts


def _source_html(source: Source) -> str:
    name = html.escape(source_name(source), quote=False)
    if source.url:
        return f'<a href="{html.escape(source.url)}">{name}</a>'
    return name


def _text_html(event: Event) -> str:
    # TimelineJS renders `text` as HTML: everything from the store is escaped first.
    paragraphs = []
    if event.summary:
        paragraphs.append(f"<p>{html.escape(event.summary, quote=False)}</p>")
    if event.sources:
        cited = ", ".join(_source_html(s) for s in event.sources)
        paragraphs.append(f"<p>Sources: {cited}</p>")
    paragraphs.extend(f"<p>Other account: {_account_html(a)}</p>" for a in event.accounts)
    return "".join(paragraphs)


def _account_html(account: Account) -> str:
    # Its sources named as the "Sources:" paragraph names them: title or publisher, linked.
    when, after = account_parts(account)
    cited = ", ".join(_source_html(s) for s in account.sources)
    return f"{html.escape(when, quote=False)} per {cited}{html.escape(after, quote=False)}"


def slide(event: Event) -> dict[str, Any]:
    """Return one TimelineJS slide for ``event``.

    A single date gives only ``start_date``; an interval gives both ends, each at its own
    precision. An open start is shown from its known end, as TimelineJS needs a start.
    """
    start, end = endpoints(event.date)
    first = start if start is not None else end
    if first is None:  # pragma: no cover - a span always has a known end
        raise ValueError(f"event {event.id!r} has no date")
    result: dict[str, Any] = {"unique_id": event.id, "start_date": date_object(*first)}
    if start is not None and end is not None and start != end:
        result["end_date"] = date_object(*end)
    result["display_date"] = display(event.date)
    result["text"] = {"headline": html.escape(event.title, quote=False), "text": _text_html(event)}
    if event.tags:
        result["group"] = event.tags[0]
    return result


def render(events: Sequence[Event], ctx: RenderContext) -> str:  # noqa: ARG001 - slides do not depend on today
    """Render ``{"events": [...]}`` as UTF-8 JSON."""
    document = {"events": [slide(e) for e in events]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
