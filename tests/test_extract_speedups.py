"""The tagger's quicker forms of its patterns and scans find exactly what the plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.extract import context
from carneytl.extract.context import factored


def test_factoring_merges_words_by_their_beginnings_and_keeps_the_rest():
    assert factored("was|were|went") == "w(?:as|e(?:nt|re))"
    assert factored(r"fed|fell|\w{2,}ed|fee") == r"fe(?:d|e|ll)|\w{2,}ed"
    # A word that is the start of another stays matchable on its own.
    assert re.fullmatch(factored("cut|cuts"), "cut")
    assert factored(r"a(?:b|c)|\d") == r"a(?:b|c)|\d"


# The tagger's own tense patterns, and their verbs as written and as factored.
_PAST_PATTERNS = (context._PAST, context._PAST_JUST_BEFORE)  # noqa: SLF001 - held to the plain form
_WRITTEN, _FACTORED = context._PAST_VERBS, context._PAST_WORDS  # noqa: SLF001 - as above


def _written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The tense pattern with its verbs as written, not factored."""
    return re.compile(pattern.pattern.replace(_FACTORED, _WRITTEN), pattern.flags)


def _same(text: str) -> None:
    for fast in _PAST_PATTERNS:
        plain = _written(fast)
        assert plain.pattern != fast.pattern
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        for start in range(len(text) + 1):
            found, expected = fast.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)


def test_the_factored_tense_words_match_what_the_written_ones_match():
    for text in (
        "Prices rose in March and fell on Friday.",
        "The bill was PASSED on ",
        "It will last until Friday; it lasted until ",
        "He set off; they SAT down, an ex-rated hit, succeeded in ",
        "fed feed feel fell felt fled flew 'ago' yesterday's earlier ",
        "Shares rose\u212aed in ",  # a Kelvin sign is a K to a case-blind match
        "",
    ):
        _same(text)


_PIECES = st.sampled_from(
    (
        *_WRITTEN.replace("\\", "").split("|"),
        "on",
        "in",
        "until",
        "by",
        "Friday",
        "the",
        "SAID",
        "Was",
        "wasn't",
        "rated",
        "x",
        "-",
        ",",
        "\n",
        "1999",
    )
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.sampled_from([" ", "", "  "]))
def test_the_factored_tense_words_match_what_the_written_ones_match_anywhere(pieces, gap):
    _same(gap.join(pieces) + gap)
