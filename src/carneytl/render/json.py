"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import TYPE_CHECKING

from carneytl.render.records import FIELDS, records, source_record

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from carneytl.model import Event, Source, Span
    from carneytl.render import RenderContext

# The field order the whole-record writer below spells out; it steps aside if records change.
_WHOLE_RECORD = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "status",
    "title",
    "summary",
    "actors",
    "tags",
    "location",
    "sources",
    "as_written",
)


class _UnexpectedTypeError(TypeError):
    """A value the fast writer does not handle; the standard encoder takes over."""


def _indented(value: object, pad: str) -> str:  # noqa: PLR0911 - one return per JSON type
    """Write ``value`` exactly as ``json.dumps(indent=2, ensure_ascii=False)`` would.

    The standard library drops to its pure-Python encoder whenever ``indent`` is set, which
    costs about 20 µs per event; records hold only strings, booleans, None, ints, lists and
    dicts, and this writer handles those, with the same C string escaper, several times faster.
    """
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = pad + "  "
    if isinstance(value, list):
        if not value:
            return "[]"
        items = ",\n".join(inner + _indented(item, inner) for item in value)
        return f"[\n{items}\n{pad}]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ",\n".join(
            f"{inner}{encode_basestring(key)}: {_indented(item, inner)}"
            for key, item in value.items()
        )
        return f"{{\n{items}\n{pad}}}"
    raise _UnexpectedTypeError(type(value))


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


class _Parts:
    """The indented text of shared parts (names, sources), each made once per object."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.sources: dict[int, str] = {}

    def name_list(self, values: tuple[str, ...]) -> str:
        if not values:
            return "[]"
        names = self.names
        items: list[str] = []
        for value in values:
            text = names.get(value)
            if text is None:
                text = names[value] = "      " + encode_basestring(value)
            items.append(text)
        return "[\n" + ",\n".join(items) + "\n    ]"

    def source_list(self, values: tuple[Source, ...]) -> str:
        if not values:
            return "[]"
        known = self.sources
        items: list[str] = []
        for source in values:
            text = known.get(id(source))
            if text is None:
                text = known[id(source)] = "      " + _indented(source_record(source), "      ")
            items.append(text)
        return "[\n" + ",\n".join(items) + "\n    ]"


def _whole_records(events: Sequence[Event], today: dt.date) -> str:
    """Write full records, byte for byte as the generic path would, reusing shared parts.

    Big stores share spans, names and sources between many events (the cache hands out the
    same objects), so the text of each such part is made once and reused.
    """
    spans: dict[int, str] = {}
    parts = _Parts()
    chunks: list[str] = []
    for event in events:
        span: Span = event.date
        dates = spans.get(id(span))
        if dates is None:
            dates = spans[id(span)] = (
                f'    "date": {encode_basestring(span.text)},\n'
                f'    "start": {_text(span.start.isoformat() if span.start else None)},\n'
                f'    "end": {_text(span.end.isoformat() if span.end else None)},\n'
                f'    "precision": {encode_basestring(span.precision.value)},\n'
                f'    "approximate": {"true" if span.approximate else "false"},\n'
                f'    "uncertain": {"true" if span.uncertain else "false"},\n'
                f'    "status": {encode_basestring(span.status(today).value)},\n'
            )
        chunks.append(
            f'  {{\n    "id": {encode_basestring(event.id)},\n{dates}'
            f'    "title": {encode_basestring(event.title)},\n'
            f'    "summary": {_text(event.summary)},\n'
            f'    "actors": {parts.name_list(event.actors)},\n'
            f'    "tags": {parts.name_list(event.tags)},\n'
            f'    "location": {_text(event.location)},\n'
            f'    "sources": {parts.source_list(event.sources)},\n'
            f'    "as_written": {_text(event.as_written)}\n  }}'
        )
    return "[\n" + ",\n".join(chunks) + "\n]\n" if chunks else "[]\n"


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render an array of event objects, indented for people who read it raw."""
    if ctx.fields is None and FIELDS == _WHOLE_RECORD:
        return _whole_records(events, ctx.today)
    recs = records(events, ctx.today, ctx.fields)
    try:
        return _indented(recs, "") + "\n"
    except _UnexpectedTypeError:
        return json.dumps(recs, ensure_ascii=False, indent=2) + "\n"


def render_lines(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one compact JSON object per line."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(events, ctx.today, ctx.fields)
    )
