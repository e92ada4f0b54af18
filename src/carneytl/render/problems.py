"""The report of `carneytl check`: PATH:LINE:COL lines or JSON objects, and a summary."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from carneytl.terminal import printable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.errors import Problem
    from carneytl.model import Store


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def render_text(problems: Sequence[Problem], stores: Sequence[Store]) -> str:
    """One ``PATH:LINE:COL: message`` line per problem, then a one-line summary."""
    lines = [printable(str(problem)) for problem in problems]
    if problems:
        files = sorted({problem.path for problem in problems})
        where = printable(files[0]) if len(files) == 1 else _plural(len(files), "store")
        lines.append(f"{_plural(len(problems), 'problem')} in {where}")
    else:
        events = sum(len(store.events) for store in stores)
        sources = len({source for store in stores for source in store.sources})
        where = printable(stores[0].path) if len(stores) == 1 else _plural(len(stores), "store")
        lines.append(
            f"{where}: ok, {_plural(events, 'event')}, {_plural(sources, 'source')}, no problems"
        )
    return "\n".join(lines) + "\n"


def _encodable(text: str) -> str:
    r"""Return ``text`` with each lone surrogate written out as the text ``\udXXX``.

    A key the store spelled as half of a UTF-16 pair, or a file name that is not UTF-8, holds
    one: no output can encode it, so it is shown as the text messages show it, and the JSON
    stays readable by every parser (an escaped lone surrogate is refused by strict ones).
    """
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def render_json(problems: Sequence[Problem], stores: Sequence[Store] = ()) -> str:  # noqa: ARG001 - the problems renderers share one signature
    """A JSON array of problem objects: path, line, column, message, field (null if unknown)."""
    records = [
        {
            "path": _encodable(problem.path),
            "line": problem.line,
            "column": problem.column,
            "message": _encodable(problem.message),
            "field": None if problem.field is None else _encodable(problem.field),
        }
        for problem in problems
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
