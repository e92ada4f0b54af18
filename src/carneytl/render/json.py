"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import orjson

from carneytl.render.records import records, source_record

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from carneytl.model import Event, Source
    from carneytl.render import RenderContext

# orjson's two-space indent writes the same bytes as ``json.dumps(indent=2, ensure_ascii=False)``
# (same separators, same escapes, `[]` and `{}` for empty containers), in C and without the pure
# Python encoder the standard library falls back to whenever it indents.
_INDENT = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE


def _whole_records(events: Sequence[Event], today: dt.date) -> list[dict[str, Any]]:
    """Return full records as :func:`records` would, sharing the parts events share.

    Big stores share spans and source lists between many events (the cache hands out the same
    objects), so each such part's values are made once; tuples stand in for lists, which orjson
    writes alike.
    """
    spans: dict[int, tuple[Any, ...]] = {}
    cited: dict[int, tuple[dict[str, Any], ...]] = {}
    made: dict[int, dict[str, Any]] = {}

    def source_list(values: tuple[Source, ...]) -> tuple[dict[str, Any], ...]:
        out = []
        for source in values:
            rec = made.get(id(source))
            if rec is None:
                rec = made[id(source)] = source_record(source)
            out.append(rec)
        return tuple(out)

    result: list[dict[str, Any]] = []
    append = result.append
    for event in events:
        span = event.date
        dates = spans.get(id(span))
        if dates is None:
            dates = spans[id(span)] = (
                span.text,
                span.start.isoformat() if span.start else None,
                span.end.isoformat() if span.end else None,
                span.precision.value,
                span.approximate,
                span.uncertain,
                span.status(today).value,
            )
        sources = cited.get(id(event.sources))
        if sources is None:
            sources = cited[id(event.sources)] = source_list(event.sources)
        append(
            {
                "id": event.id,
                "date": dates[0],
                "start": dates[1],
                "end": dates[2],
                "precision": dates[3],
                "approximate": dates[4],
                "uncertain": dates[5],
                "status": dates[6],
                "title": event.title,
                "summary": event.summary,
                "actors": event.actors,
                "tags": event.tags,
                "location": event.location,
                "sources": sources,
                "as_written": event.as_written,
            }
        )
    return result


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render an array of event objects, indented for people who read it raw."""
    # tests/test_json_fast.py holds the fast builder to the same bytes as records().
    if ctx.fields is None:
        recs: list[dict[str, Any]] = _whole_records(events, ctx.today)
    else:
        recs = records(events, ctx.today, ctx.fields)
    try:
        return orjson.dumps(recs, option=_INDENT).decode("utf-8")
    except TypeError:
        # orjson refuses text that is not valid Unicode (a lone surrogate from a JSON store's
        # escape); the standard encoder writes it as it always has.
        return json.dumps(recs, ensure_ascii=False, indent=2) + "\n"


def render_lines(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one compact JSON object per line."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(events, ctx.today, ctx.fields)
    )
