"""The extractor's quicker patterns and loops give exactly what the plain forms give."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl import slugs
from carneytl.extract import context, events, tense
from carneytl.extract.events import candidates, sentences
from carneytl.extract.openings import guarded, openings, unguarded
from carneytl.extract.trie import factored


def test_factoring_merges_words_by_their_beginnings_and_keeps_the_rest():
    assert factored("was|were|went") == "w(?:as|e(?:nt|re))"
    assert factored(r"fed|fell|\w{2,}ed|fee") == r"fe(?:d|e|ll)|\w{2,}ed"
    # A word that is the start of another stays matchable on its own.
    assert re.fullmatch(factored("cut|cuts"), "cut")
    assert factored(r"a(?:b|c)|\d") == r"a(?:b|c)|\d"
    # A bar or bracket inside a class, or escaped, divides nothing.
    assert factored(r"[(|]x|ab|[]|)]|\||ac") == r"a(?:b|c)|[(|]x|[]|)]|\|"


# The tagger's own tense patterns, and their verbs as written and as factored.
_PAST_PATTERNS = (tense.PAST, tense.PAST_JUST_BEFORE)
_WRITTEN, _FACTORED = tense.PAST_VERBS, tense.PAST_WORDS


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


_ARTICLE = (
    "Carney met Xi Jinping in Beijing on Friday. The two leaders agreed to talk again "
    "in March, and Kennedy Airport reopened on 3 May 2025. President Kennedy spoke in 1962; "
    "he spoke again on 12 September 1962."
)
_ACTORS = ("Mark Carney", "Xi Jinping", "John F. Kennedy", "Justin Trudeau", "Canada")


def test_candidates_without_ids_are_the_same_candidates_with_empty_ids():
    day = dt.date(2026, 1, 14)
    with_ids = candidates(_ARTICLE, day, _ACTORS)
    without = candidates(_ARTICLE, day, _ACTORS, with_ids=False)
    assert len(with_ids) == 5
    assert all(c.id for c in with_ids)
    assert without == [replace(c, id="") for c in with_ids]


def test_each_sentence_names_the_actors_it_names_on_its_own():
    # The actors are looked for once in the whole article, then in its sentences: a sentence
    # read as an article of its own names the same ones.
    day = dt.date(2026, 1, 14)
    by_sentence = {c.sentence: c.actors for c in candidates(_ARTICLE, day, _ACTORS)}
    for sentence, actors in by_sentence.items():
        assert {c.actors for c in candidates(sentence, day, _ACTORS)} == {actors}
    assert by_sentence["Carney met Xi Jinping in Beijing on Friday."] == (
        "Mark Carney",
        "Xi Jinping",
    )


# The sentence ends as first written: the stop found by a look-behind.
_SENTENCE_END_AS_WRITTEN = re.compile(r"(?<=[.!?])['\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*")
_BOUNDARY_AS_WRITTEN = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def _sentences_as_written(text: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for boundary in _SENTENCE_END_AS_WRITTEN.finditer(text):
        if boundary.start() > start:
            found.append((start, boundary.start()))
        start = boundary.end()
    if start < len(text):
        found.append((start, len(text)))
    return found


_SENTENCE_WORDS = 'Talks resume on Friday 7 . ! ? ... " ” ’ ) ( “ a U.S. Sept. Dr. x'
_SENTENCE_PIECES = st.sampled_from((*_SENTENCE_WORDS.split(" "), "\n", "\n\n", " ", "  ", "\t"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=14), st.sampled_from(["", " "]))
def test_sentences_and_their_bounds_are_found_as_the_written_patterns_find_them(pieces, gap):
    text = gap.join(pieces)
    assert list(sentences(text)) == _sentences_as_written(text)
    boundary = context.SENTENCE_BOUNDARY
    for low in range(len(text) + 1):
        for high in (low, (low + len(text)) // 2, len(text)):
            assert [m.span() for m in boundary.finditer(text, low, high)] == [
                m.span() for m in _BOUNDARY_AS_WRITTEN.finditer(text, low, high)
            ], (text, low, high)


# The clause breaks of a draft title as first written.
_CLAUSE_BREAK_AS_WRITTEN = re.compile(
    r"\s*[,;:–—]\s*|\s+(?=(?:after|before|following|while|when|but|although|though|because)\s)"
)
_CLAUSE_WORDS = "Talks , ; : – — after before because but while following though x afterwards"
_CLAUSE_PIECES = st.sampled_from((*_CLAUSE_WORDS.split(" "), " ", "  ", "\n", "\t"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=12), st.sampled_from(["", " "]))
def test_clause_breaks_are_found_as_the_written_pattern_finds_them(pieces, gap):
    text = gap.join(pieces)
    fast = events._CLAUSE_BREAK  # noqa: SLF001 - held to the pattern as written
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in _CLAUSE_BREAK_AS_WRITTEN.finditer(text)
    ]


def test_actors_with_signs_in_their_names_are_found_as_written():
    actors = ["Group C++", "Ana (Bo) Diaz", "Mark Carney"]
    text = "Ana (Bo) Diaz joined Group C++ on Friday. Carney left on Monday."
    found = candidates(text, dt.date(2026, 1, 14), actors)
    assert [c.actors for c in found] == [("Ana (Bo) Diaz", "Group C++"), ("Mark Carney",)]
    assert candidates(text, dt.date(2026, 1, 14), ["Xi Jinping"])[0].actors == ()


# The tense searches of tense.py, each behind a look-ahead at the characters it can open with.
_GUARDED = tuple(tense.GUARDED.values())


def _same_guarded(text: str) -> None:
    for fast in _GUARDED:
        plain = unguarded(fast)
        assert plain.pattern != fast.pattern
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        for start in range(len(text) + 1):
            found, expected = fast.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)


def test_a_guard_lets_through_every_character_a_match_can_open_with():
    plain = re.compile(r"(?<!\bnot\s)\b(?:will|'ll|is\s+due)\s+$|[#] tag", re.IGNORECASE)
    fast = guarded(plain)
    assert fast.pattern != plain.pattern
    for text in ("it WILL ", "we'll ", "is  due ", "x # tag", "not will ", "Will\u212a ", ""):
        for start in range(len(text) + 1):
            found, expected = fast.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)
    # Flags for the whole pattern stay at its start.
    flagged = guarded(re.compile(r"(?i)will\s+$"))
    assert flagged.pattern.startswith("(?i)(?-i:(?=")
    assert flagged.search("we WILL ") is not None
    assert flagged.search("we bill ") is None
    # A pattern whose match may open with any character is left as it is.
    for anything in (r".a", r"[\s\S]a", r"\W|\w"):
        assert guarded(re.compile(anything)).pattern == anything
    # A pattern that can match nothing can open anywhere: it is left as it is.
    maybe = re.compile(r"(?:later)?")
    assert guarded(maybe) is maybe
    # In a verbose pattern, spaces and comments are layout, not characters to open with; in a
    # plain one a space is a character like any other.
    assert openings("  # a comment\n  (?: x | y )") == {(frozenset("xX"),), (frozenset("yY"),)}
    assert openings(" #x", verbose=False) == {(frozenset(" "), frozenset("#"), frozenset("xX"))}


def test_the_guarded_tense_searches_match_what_they_match_unguarded():
    for text in (
        "Talks will resume on Friday, and the vote is scheduled for ",
        "The plant had been due to reopen; it was postponed until ",
        "since the blast on ",
        "He said it would not comment Tuesday, but we'll meet again ",
        "Sales are expected to be announced by ",
        "did not meet in ",
        "\u212aILL BE HELD ",
        "",
    ):
        _same_guarded(text)


_TENSE_WORDS = (
    "will shall 'll won't is are was were set scheduled due to be held since did not had have "
    "has could would expected plans postponed until by on in the a Friday , - x"
)
_TENSE_PIECES = st.sampled_from((*_TENSE_WORDS.split(" "), "\n"))


@settings(max_examples=200, deadline=None)
@given(st.lists(_TENSE_PIECES, max_size=8), st.sampled_from([" ", "", "  "]))
def test_the_guarded_tense_searches_match_what_they_match_unguarded_anywhere(pieces, gap):
    _same_guarded(gap.join(pieces) + gap)


def _numbered_as_written(bare: list[str]) -> list[str]:
    """Ids numbered as first written: the slug, else the slug and the least free number."""
    used: set[str] = set()
    numbered = []
    for slug in bare:
        unique, number = slug, 2
        while unique in used:
            unique, number = f"{slug}-{number}", number + 1
        used.add(unique)
        numbered.append(unique)
    return numbered


_ID_SENTENCES = st.sampled_from(
    (
        "Talks ended on Friday.",
        "Talks ended 2 on Friday.",
        "Talks ended 2 2 on Friday.",
        "Talks ended 3 on Friday.",
        "Rain fell on Monday.",
    )
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_ID_SENTENCES, max_size=12))
def test_ids_of_one_slug_are_numbered_as_first_written(chosen):
    day = dt.date(2026, 1, 14)
    found = candidates(" ".join(chosen), day)
    bare = [slugs.slug(f"{c.date} {c.title}", fallback=c.date) for c in found]
    assert [c.id for c in found] == _numbered_as_written(bare)
