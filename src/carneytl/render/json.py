"""JSON and JSON Lines output: UTF-8, unescaped, keys in a fixed order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from carneytl.render.records import records

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render an array of event objects, indented for people who read it raw."""
    return json.dumps(records(events, ctx.today, ctx.fields), ensure_ascii=False, indent=2) + "\n"


def render_lines(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one compact JSON object per line."""
    return "".join(
        json.dumps(rec, ensure_ascii=False) + "\n" for rec in records(events, ctx.today, ctx.fields)
    )
