"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import orjson

from carneytl.model import Status
from carneytl.render.records import records

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext

# orjson's two-space indent writes the same bytes as ``json.dumps(indent=2, ensure_ascii=False)``
# (same separators, same escapes, `[]` and `{}` for empty containers), in C and without the pure
# Python encoder the standard library falls back to whenever it indents.
_INDENT = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
_ANY_DAY = dt.date(2000, 1, 1)


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render an array of event objects, indented for people who read it raw."""
    return render_utf8(events, ctx).decode("utf-8")


def render_utf8(events: Sequence[Event], ctx: RenderContext) -> bytes:
    """Render as :func:`render` does, as UTF-8 bytes.

    Bytes go to a pipe as they are, without a round trip through text. Events whose records
    the parse cache kept written (``ctx.records``) are written from those. Event text is
    always valid Unicode: a store holding a lone surrogate is refused where it is read.
    """
    if ctx.fields is None and ctx.records is not None:
        written = ctx.records.pieces(events)
        if written is not None:
            return _join(written, events, ctx.today)
    return orjson.dumps(records(events, ctx.today, ctx.fields), option=_INDENT)


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
    data = orjson.dumps(records(events, _ANY_DAY), option=orjson.OPT_INDENT_2)
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
# which another orjson could write otherwise, and what the records say (revision 2:
# `first_reported` counts the sources of the accounts too).
RECORDS_NAME = f"json-indent-2 records-2 orjson {orjson.__version__}"
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
