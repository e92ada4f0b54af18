"""Where the tagger looks: numbers and trigger words, and the words rules may open with before them.

Every temporal expression holds a trigger (a number, or a word of ``rules.TRIGGERS``); the
tagger tries its rules only at the trigger and the opening words just before it. Triggers are
found by looking at every word and number in turn.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract.rules import OPENERS, TRIGGERS
from carneytl.extract.rules.vocab import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Iterator

# The start of a word, or of a run of digits or an apostrophe ("'90s"): where a rule may open.
# Other punctuation opens no rule.
_WORD = re.compile(r"(?<![^\s\"“(\[])(?:([A-Za-z]+)|[\d'’])")

# A number. Money, percentages and decimals never open a temporal expression; skipping them
# matters in financial news, where numbers are most of the digits. A clock time written with a
# dot ("7.30am") is the one decimal that is a time. A hashtag's digits ("#2026") are a label.
# The first digit comes first in the pattern, so that a search skips straight to digits.
_NUMBER = r"\d(?<![$£€.,\d#]\d)(?:\d?\.\d\d(?=\s?[aApP]\.?[mM]\b)|\d*(?![\d%]|[.,]\d))"
# A word of letters, or a number. A hashtag ("#Friday") is a label for a topic, not a phrase of
# the sentence: the letters right after its mark open no expression.
_TOKEN = re.compile(rf"(?<![#A-Za-z])[A-Za-z]+|{_NUMBER}")
# The word a number runs on from ("Olympics" in "Olympics2014", "SCMS2014"): part of a name. A
# month ("Jan2014") is no name.
_RUN_ON_WORD = re.compile(r"[A-Za-z]{3,}$")
_MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES)
# A web address is skipped whole: its digits and words ("t.co/x9Sun4") are no time, and tweets
# carry one in most messages.
_WEB = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_WEB_OPENINGS = frozenset(("http", "https", "www"))


def triggers(text: str) -> Iterator[tuple[int, int]]:
    """Where each trigger starts, and the end of the last web address before it.

    No expression reaches back into a web address.
    """
    floor = 0
    for token in _TOKEN.finditer(text):
        here = token.start()
        if here < floor:
            continue
        word = token.group(0)
        if word[0].isalpha():
            lowered = word.lower()
            if lowered in _WEB_OPENINGS and (web := _WEB.match(text, here)) is not None:
                floor = web.end()
                continue
            if lowered not in TRIGGERS:
                continue
        elif here and text[here - 1].isalpha() and _run_on(text, here):
            continue
        yield here, floor


def _run_on(text: str, here: int) -> bool:
    """Whether the number at ``here`` runs on from a word that is no month: part of a name."""
    word = _RUN_ON_WORD.search(text, max(0, here - 12), here)
    return word is not None and word.group(0).lower() not in _MONTH_WORDS


def starts(text: str, position: int, here: int) -> list[int]:
    """Where a rule may open for the trigger at ``here``: the few words before it, then itself.

    Rules may open with "the", "early", "more than", "last" and the like; none opens before
    ``position``.
    """
    found = [
        m.start()
        for m in _WORD.finditer(text, max(position, here - 40), here)
        if m.group(1) is None or m.group(1).lower() in OPENERS
    ][-5:]
    found.append(here)
    return found


def scan_positions(text: str) -> Iterator[int]:
    """Every position the scan tries rules at, as if no expression were found (for benchmarks)."""
    for here, floor in triggers(text):
        yield from starts(text, floor, here)
