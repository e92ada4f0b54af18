"""Rule dispatch by first character: what the pattern reading finds; that it changes no match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.extract.rules import RULES, match_plain, match_rule
from carneytl.extract.rules.first import first_chars


@pytest.mark.parametrize(
    ("pattern", "opens", "empty"),
    [
        (r"\b (?: the \s+ )? week", set("tTwW"), False),
        (r"(?<=\bat\s) \d{1,2}", set("0123456789"), False),
        (r"(?: early | late )? [\s-]* (?-i: May )", set("eElLmM- \t\n\r\x0b\x0c"), False),
        (r"x{0,2} y+", set("xXyY"), False),
        (r"(?P<n> \d )? (?= z )", set("0123456789"), True),
        (r"[’'] \d\d s", set("’'"), False),
        ("a # a comment, not part of the pattern\n | b", set("aAbB"), False),
        (r"\. \(", {"."}, False),
    ],
)
def test_the_first_characters_of_a_pattern(pattern, opens, empty):
    chars, can_be_empty = first_chars(pattern)
    assert set(chars) >= opens
    assert {c for c in chars if c.isprintable() and c not in "’'"} <= opens | {
        c.swapcase() for c in opens
    }
    assert can_be_empty is empty


@pytest.mark.parametrize("pattern", [r"\1", "(?P=name)", "a)"])
def test_syntax_the_reading_does_not_know_is_refused(pattern):
    with pytest.raises(ValueError, match="cannot read"):
        first_chars(pattern)


def _same_everywhere(text: str) -> None:
    for begin in range(len(text) + 1):
        plain, fast = match_plain(text, begin), match_rule(text, begin)
        assert (plain is None) == (fast is None), (text, begin)
        if plain is not None and fast is not None:
            assert (plain.span(), plain.lastgroup) == (fast.span(), fast.lastgroup), (text, begin)


@pytest.mark.parametrize(
    "sentence", [ex.sentence for rule in RULES for ex in rule.examples], ids=str
)
def test_the_dispatch_finds_what_trying_every_rule_finds_in_every_example(sentence):
    _same_everywhere(sentence)


# Words and forms that open rules, or sit inside them, in any order.
_WORDS = (
    "the a last next this early late mid end of in on at by since until from to and - – , . ' ’ "
    "1 2 7 12 15 21 30 1999 2014 2020s '90s 4pm 9:30 a.m. 0800 GMT BC st th "
    "May may March Friday fri Sat weekend week weeks year years day days night morning "
    "quarter Q3 H1 half summer fall decade century ago earlier later now today tomorrow "
    "every each daily Christmas Eve following previous same that hours minutes 3hrs 4 mins "
    "nineteen ninety-seven twenties several few more than about"
)
_PIECES = st.sampled_from(tuple(_WORDS.split()))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.sampled_from([" ", "", "\n", "  "]))
def test_the_dispatch_finds_what_trying_every_rule_finds_in_any_text(pieces, gap):
    _same_everywhere(gap.join(pieces))
