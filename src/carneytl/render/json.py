"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import orjson

from carneytl.accounts import published_day
from carneytl.model import Status
from carneytl.render.records import account_record, records, source_record

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event, Source
    from carneytl.render import RenderContext

# orjson's two-space indent writes the same bytes as ``json.dumps(indent=2, ensure_ascii=False)``
# (same separators, same escapes, `[]` and `{}` for empty containers), in C and without the pure
# Python encoder the standard library falls back to whenever it indents.
_INDENT = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
_ANY_DAY = dt.date(2000, 1, 1)
# A piece of written JSON: bytes, or a view of the cache entry holding them.
Piece = bytes | memoryview


def _whole_records(events: Sequence[Event], today: dt.date) -> list[dict[str, Any]]:
    """Return full records as :func:`records` would, sharing the parts events share.

    Big stores share spans and source lists between many events (the cache hands out the same
    objects), so each such part's values are made once; tuples stand in for lists, which orjson
    writes alike.
    """
    spans: dict[int, tuple[Any, ...]] = {}
    # By source list: the sources' records and the first report they make.
    cited: dict[int, tuple[tuple[dict[str, Any], ...], str | None]] = {}
    made: dict[int, tuple[dict[str, Any], dt.date | None]] = {}

    def source_list(values: tuple[Source, ...]) -> tuple[tuple[dict[str, Any], ...], str | None]:
        """Return the sources' records and the earliest day one was out (as ``first_reported``)."""
        out = []
        first: dt.date | None = None
        for source in values:
            rec = made.get(id(source))
            if rec is None:
                rec = made[id(source)] = (source_record(source), published_day(source))
            out.append(rec[0])
            day = rec[1]
            if day is not None and (first is None or day < first):
                first = day
        return tuple(out), None if first is None else first.isoformat()

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
        found = cited.get(id(event.sources))
        if found is None:
            found = cited[id(event.sources)] = source_list(event.sources)
        sources, first = found
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
                "accounts": tuple(map(account_record, event.accounts)) if event.accounts else (),
                "first_reported": first,
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
    places = []
    begin = len(b"[\n")
    find = data.index
    for _ in events:
        status = find(_STATUS_AT, begin) + len(_STATUS_AT)
        after = find(b'"', status)
        end = find(_CLOSE, after) + len(_CLOSE)
        places.append((begin, status, after, end))
        begin = end + len(b",\n")
    return data, places


def _join(
    written: tuple[list[Piece], list[Piece]], events: Sequence[Event], today: dt.date
) -> bytes:
    if not events:
        return b"[]\n"
    # Each distinct span's status is worked out once; events share spans.
    dates = [event.date for event in events]
    distinct = {id(span): span for span in dates}
    status_of = {key: _STATUS[span.status(today)] for key, span in distinct.items()}
    heads, tails = written
    # "[\n", then head, status, tail and a comma per record, the last comma the array's end.
    parts: list[Piece] = [b",\n"] * (4 * len(events) + 1)
    parts[0] = b"[\n"
    parts[1::4] = heads
    parts[2::4] = list(map(status_of.__getitem__, map(id, dates)))
    parts[3::4] = tails
    parts[-1] = b"\n]\n"
    return b"".join(parts)


def render_lines(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one compact JSON object per line."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(events, ctx.today, ctx.fields)
    )
