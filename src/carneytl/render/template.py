"""One line per event from a Python format string over the record fields: ``{date} {title}``."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from carneytl.errors import UsageError
from carneytl.render.records import FIELDS, flat_record, records
from carneytl.terminal import printable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Event
    from carneytl.render import RenderContext

# Python pads and cuts to whatever a spec asks, so a spec of a billion columns allocates
# gigabytes per line. No line needs more than the widest layout carneytl draws.
MAX_SPEC_NUMBER = 1000
_NUMBER = re.compile(r"\d+")
_SHOWN = 20  # characters of an over-long spec quoted back

_HINT = f"fields: {', '.join('{' + f + '}' for f in FIELDS)}; write {{{{ and }}}} for braces"


def check_template(template: str) -> tuple[str, ...]:
    """Return the fields ``template`` uses, in order.

    Raises:
        UsageError: the template is malformed, uses a positional field (``{}``), an unknown
            field, or reaches into a field (``{title.upper}``, ``{tags[0]}``).
    """
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise UsageError(f"--template {template!r} is malformed: {exc}", hint=_HINT) from None
    used: list[str] = []
    for _, name, spec, _ in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            what = "an empty field {}" if name == "" else f"unknown field {{{name}}}"
            raise UsageError(f"--template has {what}", hint=_HINT)
        if spec and "{" in spec:
            raise UsageError("--template nests a field inside a format spec", hint=_HINT)
        if spec:
            _check_spec(name, spec)
        used.append(name)
    return tuple(used)


def _check_spec(name: str, spec: str) -> None:
    # A digit may also be a fill character (`{title:0>5}`); it is small either way. Length
    # first: int() of thousands of digits is itself refused by Python.
    for number in _NUMBER.findall(spec):
        if len(number) > len(str(MAX_SPEC_NUMBER)) or int(number) > MAX_SPEC_NUMBER:
            shown = spec if len(spec) <= _SHOWN else spec[:_SHOWN] + "…"
            raise UsageError(
                f"--template asks {{{name}:{shown}}} for more than {MAX_SPEC_NUMBER} characters",
                hint=f"a width or precision in a template is at most {MAX_SPEC_NUMBER}",
            )


def render(events: Sequence[Event], ctx: RenderContext) -> str:
    """Render one line per event; lists read ``a; b`` and missing values are empty.

    Values are made printable and kept on one line, so each event is exactly one line.
    """
    template = ctx.template or ""
    check_template(template)
    lines: list[str] = []
    for record in records(events, ctx.today):
        values = {name: printable(value) for name, value in flat_record(record).items()}
        try:
            line = template.format_map(values)
        except ValueError as exc:
            raise UsageError(f"--template cannot be applied: {exc}", hint=_HINT) from None
        lines.append(line + "\n")
    return "".join(lines)
