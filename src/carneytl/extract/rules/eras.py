"""Rules for the long reaches of a history: millennia, and ranges of years before Christ."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.dates import _CENTURY_NUMBER
from carneytl.extract.rules.vocab import ordinal_day_value

if TYPE_CHECKING:
    import re

    from carneytl.extract.context import Context


def _bc_range_start(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    # Years BC count down: "431-404 BC" runs forwards in time, "404-431 BC" is no range.
    return ("DATE", f"BC{int(m['n']):04d}") if int(m["n"]) > int(m["last"]) else None


# "from 431 to 404 BC", "490-479 BC": the era written once, after the range, holds for both.
BC_RANGE_START = Rule(
    "first year of a range BC",
    r"(?<![\d$£€.,]) (?P<n>\d{1,4})"
    r" (?= \s* (?: [-–—] | \s (?: to | and | or | until ) \s ) \s* (?P<last>\d{1,4})"
    r" \s* (?-i: BCE | BC | B\.C\.E\. | B\.C\. ) (?![A-Za-z]) )",
    _bc_range_start,
    (example("The war lasted from 431 to 404 BC.", "431", "DATE", "BC0431"),),
)


def _millennium(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    number = int(m["n"]) if m["n"] else ordinal_day_value(m["oday"] or m["oday2"])
    if not 1 <= number <= 3:  # noqa: PLR2004 - the millennia a text names
        return None
    era = (m["era"] or "").upper().replace(".", "")
    # TIMEX3 writes a millennium as its one leading digit: the 1st millennium is "0".
    return "DATE", f"{'BC' if era.startswith('B') else ''}{number - 1}"


MILLENNIUM = Rule(
    "millennium",
    r"(?: the \s+ )? (?: (?: early | late | mid ) [\s-]+ )?"
    + _CENTURY_NUMBER
    + r" [\s-]+ millenni(?: um | a ) \b"
    + r" (?: \s* (?-i: (?P<era> AD | A\.D\. | CE | BCE | BC | B\.C\.E\. | B\.C\. ) )"
    + r" (?! [A-Za-z] ) )?",
    _millennium,
    (
        example("Farming spread in the 1st millennium BC.", "the 1st millennium BC", "DATE", "BC0"),
        example("Towns grew in the second millennium.", "the second millennium", "DATE", "1"),
    ),
)
