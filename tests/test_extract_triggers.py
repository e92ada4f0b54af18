"""Where the tagger looks: the numbers and trigger words of a text, and the words before them."""

from __future__ import annotations

import pytest

from carneytl.extract.triggers import scan_positions, starts, triggers


def _words(text: str) -> list[str]:
    return [text[here:].split(maxsplit=1)[0].strip(",.") for here, _ in triggers(text)]


def test_trigger_words_and_numbers_are_found_and_other_words_are_not():
    text = "The board met on Friday, 12 March, and will meet again next week."
    assert _words(text) == ["Friday", "12", "March", "week"]


@pytest.mark.parametrize(
    "text",
    [
        # Money, shares and decimals are no times.
        "Shares rose 4.5% to $12 after 1,200 jobs went.",
        # A hashtag is a label: no part of the word its mark opens is a trigger.
        "Fans posted #Friday and #Amon and #2026 all night",
        # A name with digits run on is no date.
        "The Olympics2014 team arrived",
    ],
)
def test_labels_money_and_names_hold_no_trigger(text):
    found = _words(text)
    assert not {"Friday", "mon", "Amon", "2026", "4", "5", "12", "1", "200", "2014"} & set(found)


def test_a_clock_time_with_a_dot_is_a_number_and_a_month_can_run_into_its_year():
    assert _words("Doors open at 7.30pm") == ["7.30pm"]
    assert "2014" in [w[-4:] for w in _words("Tickets for Jan2014 sold out")]


def test_nothing_in_a_web_address_is_a_trigger_and_it_is_the_floor_after_it():
    text = "Read http://t.co/x9Sun4 2012 today"
    found = list(triggers(text))
    assert [text[here : here + 4] for here, _ in found] == ["2012", "toda"]
    assert all(floor == len("Read http://t.co/x9Sun4") for _, floor in found)


def test_the_words_before_a_trigger_that_may_open_an_expression():
    text = "It happened early in the last week of May"
    here = text.index("week")
    assert [text[at:].split(maxsplit=1)[0] for at in starts(text, 0, here)] == [
        "early",
        "the",
        "last",
        "week",
    ]
    # Nothing opens before the place the scan has reached.
    assert starts(text, text.index("last"), here) == [text.index("last"), here]
    assert list(scan_positions("no time here")) == []
