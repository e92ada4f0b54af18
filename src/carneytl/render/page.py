"""The story as one self-contained HTML page: the ``--json`` records drawn on a zoomable axis.

The page needs nothing from the network. Its script and style are inlined and allowed by their
hashes in a Content-Security-Policy that forbids every other load, and the events go in as the
JSON renderer writes them, so the page and ``--json`` cannot disagree.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import json
import re
from importlib import resources
from typing import TYPE_CHECKING

import orjson

from carneytl.dates.display import day_text, display
from carneytl.render.json import render_utf8

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext

# In a <script> element the HTML parser ends the element at "</script" and treats "<!--" as a
# comment start, whatever JSON thinks of them; U+2028 and U+2029 end lines in older JavaScript.
# Each is written as the JSON escape of itself, which JSON.parse reads back as the same text.
# JSON puts none of these characters outside strings, so replacing them everywhere is safe.
_SCRIPT_ESCAPES = (
    (b"&", b"\\u0026"),
    (b"<", b"\\u003c"),
    (b">", b"\\u003e"),
    ("\u2028".encode(), b"\\u2028"),
    ("\u2029".encode(), b"\\u2029"),
)
_SLOT = re.compile(r"<!--slot:([a-z]+)-->")


def script_json(data: bytes) -> str:
    """Return UTF-8 JSON ``data`` as text that is safe inside an HTML ``<script>`` element."""
    for raw, escaped in _SCRIPT_ESCAPES:
        data = data.replace(raw, escaped)
    return data.decode("utf-8")


# The page's script, in the order its parts must run: helpers, the data and its state, the
# drawing, then the behaviour, which starts the page. One closure holds them all, so nothing
# of the page's own leaks into the window's globals.
_SCRIPT_PARTS = ("days.js", "story.js", "axis.js", "page.js")


def _asset(name: str) -> str:
    return resources.files("carneytl.render").joinpath("page", name).read_text(encoding="utf-8")


def _script() -> str:
    body = "".join(_asset(name) for name in _SCRIPT_PARTS)
    return f'"use strict";\n(() => {{\n{body}}})();\n'


def _digest(text: str) -> str:
    """Return the CSP source expression that allows exactly this inline script or style."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(script: str, style: str) -> str:
    """Return the page's Content-Security-Policy: its own script and style, nothing else."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_digest(script)}",
            f"style-src {_digest(style)}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def _span_words(events: Sequence[Event]) -> str:
    known = [d for e in events for d in (e.date.start, e.date.end) if d is not None]
    if not known:
        return ""
    first, last = min(known).year, max(known).year
    return f"{first}" if first == last else f"{first}–{last}"


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render the whole page as text."""
    # The page holds whole records whatever was asked of other formats.
    written = render_utf8(events, dataclasses.replace(ctx, fields=None))
    # The same records without the indent, which only people reading --json raw need.
    records = orjson.dumps(orjson.loads(written))
    meta = {
        "today": ctx.today.isoformat(),
        # --as-of, which the header names: the story as known on that day.
        "as_of": None if ctx.as_of is None else ctx.as_of.isoformat(),
        # The CLI's own wording of each date, so the page reads dates as the tables do.
        "labels": [display(e.date) for e in events],
    }
    script, style = _script(), _asset("page.css")
    count = f"{len(events)} event" + ("" if len(events) == 1 else "s")
    years = _span_words(events)
    known = "" if ctx.as_of is None else f" as known on {day_text(ctx.as_of)}"
    slots = {
        "policy": html.escape(policy(script, style), quote=False),
        "title": html.escape(f"Chronology{known}: {count}" + (f", {years}" if years else "")),
        "style": style,
        "records": script_json(records),
        "meta": script_json(json.dumps(meta, ensure_ascii=False).encode("utf-8")),
        "script": script,
    }
    return _SLOT.sub(lambda m: slots[m[1]], _asset("page.html"))
