"""Rule dispatch by opening characters: what the pattern reading finds; that no match changes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.extract.openings import ALPHABET, DEPTH, openings, still_open
from carneytl.extract.rules import FLAGS, RULES
from carneytl.extract.rules.dispatch import match_plain, match_rule, rules_to_try


def _fits(pattern: str, text: str) -> bool:
    """Whether the openings read from ``pattern`` let a match begin where ``text`` begins."""
    left = tuple(openings(pattern))
    for place, char in enumerate(text[:DEPTH]):
        left = still_open(left, place, char)
    return bool(left)


@pytest.mark.parametrize(
    ("pattern", "matches", "refused"),
    [
        # An optional word, and the word after it.
        (r"\b (?: the \s+ )? week", ["the week", "The\tweek", "week", "WEEK"], ["tha", "wok", "x"]),
        # A look-behind matches nothing: the digits after it are the opening.
        (r"(?<![\d.]) \d{1,2}", ["7", "12"], ["a7", " 7"]),
        # A repeat may stop short of the depth.
        (r"x{0,2} y+", ["y", "xy", "xxy", "yyyy"], ["z", "xz"]),
        # A group that may match nothing, then a look-ahead, which the reading passes over:
        # an empty match, it finds, may open anywhere.
        (r"(?P<n> \d )? (?= z )", ["z", "5z"], []),
        (r"[’'] \d\d s", ["'90s", "’05S"], ["90s", "'x"]),
        ("a # a comment, not part of the pattern\n | b", ["a", "B"], ["#", "c"]),
        (r"\. \(", [".("], ["(", ".)"]),
        # Case does not count in the reading, whatever the pattern's flags say.
        (r"(?-i: May ) \s", ["May "], ["Mb", "Jun"]),
    ],
)
def test_the_openings_of_a_pattern(pattern, matches, refused):
    for text in matches:
        assert re.match(pattern, text, FLAGS) is not None, text
        assert _fits(pattern, text), text
    for text in refused:
        assert not _fits(pattern, text), text


@pytest.mark.parametrize(
    "pattern", [r"\1", "(?P=name)", "a)", r"\t", "(?-x: a)", "a{2, 3}", "a{x}"]
)
def test_syntax_the_reading_does_not_know_is_refused(pattern):
    with pytest.raises(ValueError, match="cannot read"):
        openings(pattern)


def test_a_character_outside_the_alphabet_keeps_every_rule_that_reached_it():
    # A Unicode digit, space or letter may be anything the rules' classes and folds accept.
    assert "\u0663" not in ALPHABET
    assert rules_to_try("\u0663") == tuple(range(len(RULES)))
    assert rules_to_try("the") == tuple(i for i in rules_to_try("th") if i in rules_to_try("the"))
    assert set(rules_to_try("the")) <= set(rules_to_try("th")) <= set(rules_to_try("t"))


def test_a_rule_tried_after_the_words_it_opens_with():
    # "early" opens rules of its own; "zq" opens none.
    assert rules_to_try("ear")
    assert rules_to_try("zq") == ()


def _same_everywhere(text: str) -> None:
    for begin in range(len(text) + 1):
        plain, fast = match_plain(text, begin), match_rule(text, begin)
        assert (plain is None) == (fast is None), (text, begin)
        if plain is not None and fast is not None:
            assert (plain[0], plain[1].span()) == (fast[0], fast[1].span()), (text, begin)


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
    # Characters outside ASCII that a case-blind match or a class may take: long s, the Kelvin
    # sign, a dotted capital I, an Arabic-Indic digit, a no-break space.
    " \u017fat \u212aey M\u0130D \u0663 \u00a0"
)
_PIECES = st.sampled_from(tuple(_WORDS.split()))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8), st.sampled_from([" ", "", "\n", "  "]))
def test_the_dispatch_finds_what_trying_every_rule_finds_in_any_text(pieces, gap):
    _same_everywhere(gap.join(pieces))


def test_the_table_of_heads_stays_bounded_and_gives_the_same_rules(monkeypatch):
    from carneytl.extract.rules import dispatch

    before = {head: dispatch.rules_to_try(head) for head in ("the", "Jan", "12 ", "now")}
    monkeypatch.setattr(dispatch, "_TABLE_LIMIT", 50)
    heads = [f"{a}{b}{c}" for a in "0123456789" for b in "abcdefgh" for c in "xyz"]
    for head in heads:
        dispatch.rules_to_try(head)
    table = dispatch._TO_TRY  # noqa: SLF001 - the table is what is bounded
    # Entries of three characters are dropped once the table is full; shorter ones are few.
    assert sum(len(head) == DEPTH for head in table) <= 50
    assert {head: dispatch.rules_to_try(head) for head in before} == before
