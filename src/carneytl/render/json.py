"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import orjson

from carneytl.model import Status
from carneytl.render.records import records, source_record

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event, Source, Span
    from carneytl.render import RenderContext

# orjson's two-space indent writes the same bytes as ``json.dumps(indent=2, ensure_ascii=False)``
# (same separators, same escapes, `[]` and `{}` for empty containers), in C and without the pure
# Python encoder the standard library falls back to whenever it indents.
_INDENT = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
_ANY_DAY = dt.date(2000, 1, 1)


def _whole_records(events: Sequence[Event], today: dt.date) -> list[dict[str, Any]]:
    """Return full records as :func:`records` would, sharing the parts events share.

    Big stores give many events the same span and the same list of sources, so each distinct
    one's values are made once; tuples stand in for lists, which orjson writes alike.
    """
    span_values: dict[Span, tuple[Any, ...]] = {}
    source_values: dict[tuple[Source, ...], tuple[dict[str, Any], ...]] = {}
    result: list[dict[str, Any]] = []
    for event in events:
        span = event.date
        dates = span_values.get(span)
        if dates is None:
            dates = span_values[span] = (
                span.text,
                span.start.isoformat() if span.start else None,
                span.end.isoformat() if span.end else None,
                span.precision.value,
                span.approximate,
                span.uncertain,
                span.status(today).value,
            )
        sources = source_values.get(event.sources)
        if sources is None:
            sources = source_values[event.sources] = tuple(map(source_record, event.sources))
        result.append(
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
    return render_utf8(events, ctx).decode("utf-8")


def render_utf8(events: Sequence[Event], ctx: RenderContext) -> bytes:
    """Render as :func:`render` does, as UTF-8 bytes.

    Bytes go to a pipe as they are, without a round trip through text. Events whose records
    the parse cache kept written (``ctx.records``) are written from those. Event text is
    always valid Unicode: a store holding a lone surrogate is refused where it is read.
    """
    # tests/test_json_fast.py holds the fast builder to the same bytes as records().
    if ctx.fields is None:
        written = None if ctx.records is None else ctx.records.pieces(events)
        if written is not None:
            return _join(written, events, ctx.today)
        recs: list[dict[str, Any]] = _whole_records(events, ctx.today)
    else:
        recs = records(events, ctx.today, ctx.fields)
    return orjson.dumps(recs, option=_INDENT)


# Within an indented array, each element is one record: it opens the line after "[" or a
# comma, its status (the one value that depends on the day asked about) sits on a line of
# its own at the object's key indent, and it closes on the array's indent. Strings hold no
# raw newlines, so these marks can only be where the layout put them.
_STATUS_AT = b'\n    "status": "'
_CLOSE = b"\n  }"
_STATUS = {status: status.value.encode() for status in Status}


def written(events: Sequence[Event]) -> tuple[bytes, list[tuple[int, int, int, int]]]:
    """Return the ``--json`` array of ``events`` and where each record lies in it.

    Each event's ``(begin, head, tail, end)``: ``data[begin:head]``, its status value, then
    ``data[tail:end]`` are exactly the bytes of its element of the array, whatever the day.
    """
    # Any day will do: the status values are cut out.
    data = orjson.dumps(_whole_records(events, _ANY_DAY), option=orjson.OPT_INDENT_2)
    places: list[tuple[int, int, int, int]] = []
    begin = len(b"[\n")
    find = data.index
    for _ in events:
        status = find(_STATUS_AT, begin) + len(_STATUS_AT)
        after = find(b'"', status)
        end = find(_CLOSE, after) + len(_CLOSE)
        places.append((begin, status, after, end))
        begin = end + len(b",\n")
    return data, places


# What names the records :func:`written` writes, for a cache that keeps them: orjson's bytes,
# which another orjson could write otherwise.
RECORDS_NAME = f"json-indent-2 orjson {orjson.__version__}"
# The fewest bytes a record's parts before and after its status can have.
SHORTEST = (len('  {\n    "id": "",\n    "status": "'), len('"\n  }'))


def record_fits(head: memoryview, tail: memoryview) -> bool:
    """Tell whether a head and tail look like the parts of a record :func:`written` wrote.

    Each opens with ``  {``, has its status between two quotes, and closes with ``}``.
    """
    return (
        len(head) >= SHORTEST[0]
        and len(tail) >= SHORTEST[1]
        and head[:3].tobytes() == b"  {"
        and head[-1] == _QUOTE
        and tail[0] == _QUOTE
        and tail[-1] == _BRACE
    )


_QUOTE, _BRACE = ord('"'), ord("}")


def _join(
    written: tuple[list[memoryview], list[memoryview]], events: Sequence[Event], today: dt.date
) -> bytes:
    if not events:
        return b"[]\n"
    heads, tails = written
    # "[\n", then head, status, tail and a comma per record, the last comma the array's end.
    parts: list[bytes | memoryview] = [b"[\n"]
    for event, head, tail in zip(events, heads, tails, strict=True):
        parts += (head, _STATUS[event.date.status(today)], tail, b",\n")
    parts[-1] = b"\n]\n"
    return b"".join(parts)


def render_lines(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one compact JSON object per line."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(events, ctx.today, ctx.fields)
    )
