"""Which rule wins at a position: the first in priority order whose pattern matches there.

Two ways give the same answer. ``match_plain`` tries the rules' one alternation, which is the
definition. ``match_rule``, which the scan uses, tries only the rules whose match can open with
the next few characters of the text (``extract.openings`` reads them from each pattern), each on
its own pattern, so the rule that wins has its named groups at once.
"""

from __future__ import annotations

import re
from functools import cache

from carneytl.extract.openings import ALPHABET, DEPTH, Opening, openings, still_open
from carneytl.extract.rules import FLAGS, RULES

# A bound on the table below: text made to hold every triple of characters fills it, and then
# its entries of three characters are dropped to be worked out afresh from their first two as
# they are met again (entries of fewer characters stay: there are only as many as pairs of
# characters of the alphabet).
_TABLE_LIMIT = 20_000


@cache
def compiled(index: int) -> re.Pattern[str]:
    """Rule ``index`` on its own: the pattern the scan tries, whose groups its reading reads.

    Compiled when first needed: a short article meets few of the rules.
    """
    return re.compile(RULES[index].pattern, FLAGS)


# Where the text reads a given few characters: the rules to try, in priority order, and the
# openings of each that the text still fits. Worked out when first met, from the entry for the
# same characters less the last, so a new entry costs a look at the few openings left.
_Entry = tuple[tuple[int, ...], tuple[tuple[Opening, ...], ...]]
_TO_TRY: dict[str, _Entry] = {
    "": (tuple(range(len(RULES))), tuple(tuple(openings(rule.pattern)) for rule in RULES))
}


def _to_try(head: str) -> _Entry:
    """The rules whose match can open where the text reads ``head``, and their openings."""
    entry = _TO_TRY.get(head)
    if entry is None:
        place, char = len(head) - 1, head[-1]
        indexes, found = _to_try(head[:-1])
        rules: list[int] = []
        fitting: list[tuple[Opening, ...]] = []
        for index, those in zip(indexes, found, strict=True):
            if left := still_open(those, place, char):
                rules.append(index)
                fitting.append(left)
        entry = (tuple(rules), tuple(fitting))
        # A character outside the alphabet stands for any character, so text could hold
        # any number of such heads: they are worked out each time.
        if all(char in ALPHABET for char in head):
            if len(_TO_TRY) >= _TABLE_LIMIT:
                _forget_longest()
            _TO_TRY[head] = entry
    return entry


def _forget_longest() -> None:
    """Drop the table's entries of DEPTH characters, keeping those they are worked out from."""
    for head in [head for head in _TO_TRY if len(head) == DEPTH]:
        del _TO_TRY[head]


def rules_to_try(head: str) -> tuple[int, ...]:
    """The indexes of the rules, in priority order, whose match can open with ``head``."""
    return _to_try(head)[0]


def _strip_names(pattern: str) -> str:
    """Turn named groups into plain ones, so that many rules can share group names in one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@cache
def _alternation() -> re.Pattern[str]:
    """All the rules, in order, as one alternation.

    An empty group closes each branch and names its rule (``lastgroup``, ``r`` and the index).
    """
    return re.compile(
        "|".join(f"(?:{_strip_names(rule.pattern)})(?P<r{i}>)" for i, rule in enumerate(RULES)),
        FLAGS,
    )


def match_plain(text: str, begin: int) -> tuple[int, re.Match[str]] | None:
    """The first rule in priority order that matches at ``begin``, and its match.

    The rules' one alternation finds the winner; its own pattern is matched again for the
    named groups its reading needs.
    """
    found = _alternation().match(text, begin)
    if found is None or found.lastgroup is None:
        return None
    index = int(found.lastgroup[1:])
    match = compiled(index).match(text, begin)
    return None if match is None else (index, match)


def match_rule(text: str, begin: int) -> tuple[int, re.Match[str]] | None:
    """The first rule in priority order that matches at ``begin``; the same as match_plain.

    Only the rules that can open with the next DEPTH characters are tried: at a word near a
    trigger that is a handful of the hundred rules, save after "the", which many rules may
    open with.
    """
    for index in _to_try(text[begin : begin + DEPTH])[0]:
        match = compiled(index).match(text, begin)
        if match is not None:
            return index, match
    return None
