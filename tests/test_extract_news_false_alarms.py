"""Words of time that name something else in news: a film's title, an idiom."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

DAY = dt.date(2024, 3, 15)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        'The poster showed a sheriff from the western "High Noon."',
        "For the reformers, high noon has come.",
    ],
)
def test_a_word_of_time_inside_a_name_is_no_expression(sentence):
    assert found(sentence) == []


def test_the_same_words_still_tell_time_where_they_do():
    assert found("The polls close at noon.") == [("noon", "2024-03-15T12:00")]
