"""Did-you-mean guesses for unknown names, with the work bounded however many are asked. Pure.

Looking one name up among the store's ids compares it with each of them; doing that for every
unknown name of a long list (a review of thousands of actions, ``remove`` given thousands of
ids) multiplies the two. A :class:`Guesser` makes guesses for the first few names only, as many
as a fixed number of comparisons allows; the names after them get none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

# Comparisons of one name with one known name that a single message may spend on its guesses:
# a message about many names against a store of 20,000 ids guesses for the first 10.
BUDGET = 200_000
# The most names one message guesses for, however few names are known: more would not be read.
MOST_NAMES = 20
# A name longer than this is no typo of a real id or key; comparing it would only cost time.
LONGEST = 100


def look_alikes(name: str, known: Collection[str], *, n: int = 1, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` of ``known`` that look like ``name``, the closest first; none for long names.

    One name costs one look at each known name; a caller with many names uses :class:`Guesser`.
    """
    import difflib  # only a refusal needs it: not loaded on every run

    if len(name) > LONGEST:
        return []
    return difflib.get_close_matches(name, known, n=n, cutoff=cutoff)


class Guesser:
    """Guesses for names of one message against ``known``, until its budget is spent."""

    def __init__(
        self,
        known: Collection[str],
        *,
        n: int = 1,
        cutoff: float = 0.6,
        budget: int = BUDGET,
        most: int = MOST_NAMES,
    ) -> None:
        """Guess among ``known`` for as many names as ``budget`` comparisons allow.

        No more than ``most`` names get a guess; the first always does, however many are known.
        """
        self.known = known
        self.n = n
        self.cutoff = cutoff
        self.left = max(1, min(most, budget // max(1, len(known))))

    def __call__(self, name: str) -> list[str]:
        """Up to ``n`` known names like ``name``; none once the budget is spent."""
        if self.left <= 0:
            return []
        self.left -= 1
        return look_alikes(name, self.known, n=self.n, cutoff=self.cutoff)
