"""A tagging rule's record: name, verbose pattern, the reading that gives the value, examples."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from carneytl.extract.context import Context

# A reading turns a rule's match into a TIMEX3 (type, value), or None to refuse the match.
Reading = tuple[str, str] | None

# Month and weekday names are matched case-sensitively inside the patterns, with (?-i:...).
FLAGS = re.IGNORECASE | re.VERBOSE

# The day every rule's examples are read against: a Wednesday.
EXAMPLE_DAY = "2026-01-14"


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence of English and an expression the rule finds in it, read on EXAMPLE_DAY."""

    sentence: str
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Rule:
    r"""One tagging rule.

    ``pattern`` is a ``re.VERBOSE`` expression (whitespace and ``#`` comments are layout; a
    space that must match is written ``\s`` or ``[ ]``). ``read`` turns a match into a type
    and value. ``relative`` marks readings worked out from the date in focus ("a year earlier",
    "the following day"): their results do not become the date in focus themselves.
    """

    name: str
    pattern: str
    read: Callable[[re.Match[str], Context], Reading]
    examples: tuple[Example, ...]
    relative: bool = False


def example(sentence: str, text: str, type_: str, value: str) -> Example:
    """Write an example on one line: the sentence, the expression's words, its type and value."""
    return Example(sentence, text, type_, value)


def words(text: str) -> list[str]:
    """Split a word list written as one string; long vocabularies read better that way."""
    return text.split()
