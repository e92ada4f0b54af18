"""The sentence around an expression: where it starts and ends, and whether it speaks of the future.

News text dates most things against the day it was published. Tense decides the direction:
"met on Friday" is the Friday just gone, "will meet on Friday" (or a schedule's present tense,
"meets on Friday") the one to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

_BOUNDARY = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|won't|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated|"
    r"planning|going|poised|likely)\s+to|plans?\s+to|intends?\s+to|to\s+be\s+(?:held|signed|"
    r"announced|released)|upcoming|next|later\s+this|tomorrow|starting|beginning|would)\b",
    re.IGNORECASE,
)
_PAST_VERBS = (
    r"was|were|had|did|said|says|told|met|came|went|made|took|gave|left|held|began|saw|got|"
    r"rose|fell|won|lost|sold|bought|paid|brought|spent|found|became|fought|thought|kept|led|"
    r"struck|wrote|spoke|broke|chose|drove|grew|knew|threw|flew|drew|shot|stood|sent|built|"
    r"felt|heard|sat|slid|sank|swung|stuck|ago|earlier|yesterday|last|\w{2,}ed"
)
_PAST = re.compile(rf"\b(?:{_PAST_VERBS})\b", re.IGNORECASE)
# A verb right before the date ("said Friday", "closed Friday at") decides on its own.
_PAST_JUST_BEFORE = re.compile(
    rf"\b(?:{_PAST_VERBS})\s+(?:(?:on|late|early|until|by)\s+)?$", re.IGNORECASE
)
_FUTURE_ED = re.compile(r"\b(?:scheduled|expected|planned|slated|set)\b", re.IGNORECASE)


@dataclass(slots=True)
class Context:
    """The text being tagged and its anchor day, with cached sentence bounds."""

    text: str
    anchor: dt.date
    _bounds: list[int] = field(default_factory=list)
    _tense: dict[int, bool] = field(default_factory=dict)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Return the bounds of the sentence holding ``start..end``."""
        text = self.text
        low = max(0, start - 400)
        begin = low
        for found in _BOUNDARY.finditer(text, low, start):
            begin = found.end()
        after = _BOUNDARY.search(text, end, end + 400)
        finish = after.start() + 1 if after else min(len(text), end + 400)
        return begin, finish

    def future(self, match: re.Match[str]) -> bool:
        """Whether the sentence around ``match`` speaks of what is still to come."""
        begin, finish = self.sentence(match.start(), match.end())
        cached = self._tense.get(match.start())
        if cached is not None:
            return cached
        before = self.text[max(begin, match.start() - 40) : match.start()]
        if _PAST_JUST_BEFORE.search(before) and not _FUTURE_ED.search(before[-25:]):
            result = False
        else:
            sentence = self.text[begin:finish]
            local = sentence[: match.start() - begin] + " " + sentence[match.end() - begin :]
            if _FUTURE.search(local):
                result = True
            else:
                past = [w for w in _PAST.findall(local) if not _FUTURE_ED.fullmatch(w)]
                # With no past-tense word at all, a dated sentence is a schedule: "meets Friday".
                result = not past
        self._tense[match.start()] = result
        return result

    def near(self, match: re.Match[str], pattern: str, reach: int) -> bool:
        """Whether ``pattern`` occurs within ``reach`` characters before the match, or inside it."""
        window = self.text[max(0, match.start() - reach) : match.end()]
        return re.search(pattern, window, re.IGNORECASE) is not None
