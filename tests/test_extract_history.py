"""How the tagger reads a history: the stretches, steps and spans that war narratives write."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A history is read long after the events it tells.
READ_ON = dt.date(2025, 6, 1)
OPENING = "In March 1916 the army crossed the river. "


def told(sentence):
    """What the tagger finds in ``sentence``, told after a sentence set in March 1916."""
    start = len(OPENING)
    return [
        (t.text, t.value)
        for t in find_timexes(OPENING + sentence, READ_ON, "narrative")
        if t.start >= start
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only a few days earlier, the general had fled.", ("Only a few days", "PAST_REF")),
        ("A few weeks later, the garrison gave in.", ("A few weeks", "FUTURE_REF")),
        ("Several months before, the envoys had left.", ("Several months", "PAST_REF")),
    ],
)
def test_a_vague_step_before_a_comma_keeps_its_direction(sentence, expected):
    assert told(sentence) == [expected]
