from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from carneytl.slugs import MAX_LENGTH, slug, source_id, unique


def test_a_slug_is_lower_case_ascii_words():
    assert slug("Ça va? Canada's Big Day – 2018") == "ca-va-canadas-big-day-2018"


def test_a_slug_keeps_a_few_words():
    assert slug("one two three four five six seven eight nine ten") == (
        "one-two-three-four-five-six-seven-eight"
    )
    assert slug("one two three", words=2) == "one-two"


def test_text_without_letters_gives_an_empty_slug():
    assert not slug("— ? !")


@given(st.text(max_size=200))
def test_every_slug_is_an_id(text):
    made = slug(text)
    assert len(made) <= MAX_LENGTH
    assert made == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", made)


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
