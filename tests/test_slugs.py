"""Ids made from titles: words from any script, cut between words, one rule for add and extract."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carneytl.editing.transaction import NewEvent, add_event
from carneytl.extract.events import candidates
from carneytl.slugs import (
    MAX_LENGTH,
    joined_words,
    slug,
    slugified_words,
    source_id,
    unique,
    words,
)
from carneytl.storage.validate import SLUG


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Apollo–Soyuz test project", "apollo-soyuz-test-project"),
        ("Canada's ambassador recalled", "canadas-ambassador-recalled"),
        ("Canada’s ambassador recalled", "canadas-ambassador-recalled"),
        ("Встреча в Пекине", "vstrecha-v-pekine"),
        ("北京会谈", "bei-jing-hui-tan"),
        ("Zoë in Québec", "zoe-in-quebec"),
        ("1,000 troops, 2018,2019", "1000-troops-2018-2019"),
        ("Rock 'n' roll", "rock-n-roll"),
    ],
)
def test_titles_in_any_script_give_words(title, expected):
    assert slug(title, fallback="2018") == expected


def test_a_title_without_words_falls_back_to_the_fallback_then_to_event():
    assert slug("🎉 !!!", fallback="2018-12-01") == "2018-12-01"
    assert slug("", fallback="2018-12-01/2019-02~") == "2018-12-01-2019-02"
    assert slug("…", fallback="?") == "event"


def test_a_long_title_is_cut_between_words_without_a_dangling_little_word():
    title = "Kennedy commits the nation to the goal of landing a man on the Moon"
    assert slug(title, fallback="1961", max_length=40) == "kennedy-commits-the-nation-to-the-goal"
    cut = slug("We choose to go to the Moon in this decade", fallback="x", max_length=22)
    assert cut == "we-choose-to-go"  # not "...-to-the", "...-to" or "...-mo"
    # An uncut title keeps its last word, whatever it is.
    assert slug("What it was all about", fallback="x") == "what-it-was-all-about"
    # A first word longer than the limit is cut inside it rather than left out.
    assert slug("Pneumonoultramicroscopic", fallback="x", max_length=10) == "pneumonoul"


@given(title=st.text(max_size=200), fallback=st.text(max_size=20), limit=st.integers(1, 80))
def test_every_slug_is_a_valid_id_within_the_limit(title, fallback, limit):
    made = slug(title, fallback=fallback, max_length=limit)
    assert SLUG.fullmatch(made), made
    assert len(made) <= max(limit, len("event"))


@given(title=st.text(st.characters(categories=["L", "N", "Zs", "P"]), max_size=300))
def test_a_cut_slug_is_a_prefix_of_the_uncut_one_at_a_word_boundary(title):
    whole = slug(title, fallback="x", max_length=10_000)
    cut = slug(title, fallback="x")
    assert len(cut) <= MAX_LENGTH or "-" not in cut
    assert whole == cut or whole.startswith(cut + "-")


def test_add_makes_the_id_with_the_same_rule(write_store):
    path = write_store("events: []\n")
    titles = {
        "Встреча в Пекине": "vstrecha-v-pekine",
        "Apollo–Soyuz": "apollo-soyuz",
        "Canada's envoy": "canadas-envoy",
        "🎉": "2019-05-01",
    }
    for title, expected in titles.items():
        assert add_event(path, NewEvent(date="2019-05-01", title=title)).id == expected
    long = "President Kennedy asks Congress to commit the nation to land a man on the Moon"
    made = add_event(path, NewEvent(date="1961", title=long)).id
    assert made == "president-kennedy-asks-congress-to-commit-the-nation-to-land"


def test_extract_makes_candidate_ids_with_the_same_rule():
    found = candidates("On 3 May 2019, Встреча в Пекине прошла успешно.", dt.date(2019, 6, 1), ())
    assert [c.id for c in found] == [slug(f"2019-05-03 {found[0].title}", fallback="2019")]
    assert found[0].id.startswith("2019-05-03-")
    assert len(found[0].id) > len("2019-05-03-")


def test_a_source_id_says_publisher_day_and_title():
    made = source_id(
        publisher="The Valley Post",
        published=dt.date(2024, 4, 12),
        title="Repairs to the Old Mill bridge to begin in May",
        fallback="file",
    )
    assert made == "the-valley-post-2024-04-12-repairs-old-mill-bridge"


def test_a_source_without_publisher_is_named_after_its_file():
    made = source_id(publisher=None, published=dt.date(2024, 4, 12), title=None, fallback="wire")
    assert made == "wire-2024-04-12"


def test_unique_numbers_a_taken_id():
    assert unique("a", set()) == "a"
    assert unique("a", {"a", "a-2"}) == "a-3"


# Letters, digits and the marks the id rules and python-slugify treat specially: apostrophes,
# digit commas, hyphens, underscores and the parts of a character reference ("&#65;", "&#x41;").
_TRICKY_ASCII = st.text(alphabet="aZx09 ,'-_&#;.\t", max_size=40)
# An ellipsis (which ends a cut title) beside those marks and a letter outside ASCII.
_ELLIPSES = st.text(alphabet="a0 ,'.…&é", max_size=20)


@given(st.one_of(_TRICKY_ASCII, _ELLIPSES, st.text(max_size=40)))
def test_the_ascii_words_are_those_python_slugify_makes(text):
    assert words(text) == slugified_words(joined_words(text))


def test_a_character_reference_in_ascii_text_is_decoded_as_python_slugify_does():
    assert words("&#65;pollo &#x42;ay") == slugified_words(joined_words("&#65;pollo &#x42;ay"))
    assert words("&#65;pollo") == ["apollo"]


# How words are joined and parted, and where an id is cut, as first written: the joiners
# opening with a look-behind, the cut a word at a time.
_JOINERS_AS_WRITTEN = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)|(?<=\d),(?=\d{3}(?!\d))")
_SEPARATORS_AS_WRITTEN = re.compile(r"(?<=\d),(?=\d)")
_JOINING = st.text(alphabet="aZé09٣ ,'\u2019\u02bc-_.", max_size=40)


@given(st.one_of(_JOINING, st.text(max_size=40)))
def test_words_are_joined_and_parted_as_the_written_patterns_do(text):
    written = _SEPARATORS_AS_WRITTEN.sub(" ", _JOINERS_AS_WRITTEN.sub("", text))
    assert joined_words(text) == written


def _cut_as_written(found: list[str], max_length: int) -> str:
    kept: list[str] = []
    length = -1
    for word in found:
        if length + 1 + len(word) > max_length:
            break
        kept.append(word)
        length += 1 + len(word)
    if len(kept) < len(found):
        while len(kept) > 1 and kept[-1] in {"a", "the", "of", "to", "on", "in"}:
            kept.pop()
        if not kept:
            kept = [found[0][:max_length]]
    return "-".join(kept)


_ID_WORDS = st.lists(st.sampled_from(["a", "the", "of", "to", "moon", "x", "landing", "1969"]))


@given(_ID_WORDS.filter(bool), st.integers(1, 40))
def test_an_id_is_cut_where_the_written_loop_cut_it(found, limit):
    assert slug(" ".join(found), fallback="x", max_length=limit) == _cut_as_written(found, limit)
