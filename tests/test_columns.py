"""The table's width plan: titles read well, names are never cut, narrow screens drop columns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carneytl.render.columns import (
    GAP,
    TITLE_MIN,
    Measure,
    measure,
    measure_columns,
    narrow,
    plan,
)

DATE = Measure(14, 14)
TITLE = Measure(70, 12)
ACTORS = Measure(60, 14)
TAGS = Measure(29, 20)


def total(widths):
    shown = [w for w in widths if w is not None]
    return sum(shown) + GAP * (len(shown) - 1)


def test_a_table_that_fits_keeps_every_column_at_its_natural_width():
    assert plan(200, [DATE, TITLE, ACTORS, TAGS]) == [14, 70, 60, 29]


def test_at_120_columns_all_four_show_and_no_tag_is_cut():
    widths = plan(120, [DATE, TITLE, ACTORS, TAGS])
    assert None not in widths
    assert total(widths) <= 120
    assert widths[3] >= TAGS.word
    assert widths[1] >= TITLE_MIN


def test_at_80_columns_tags_give_way_before_the_title_gets_cramped():
    widths = plan(80, [DATE, TITLE, ACTORS, TAGS])
    assert widths[3] is None
    assert widths[1] >= TITLE_MIN
    assert total(widths) <= 80


def test_at_40_columns_only_date_and_title_remain():
    widths = plan(40, [DATE, TITLE, ACTORS, TAGS])
    assert widths[2:] == [None, None]
    assert total(widths) == 40


def test_a_short_title_hands_its_spare_room_to_actors_and_tags():
    widths = plan(90, [DATE, Measure(20, 10), ACTORS, TAGS])
    assert widths[1] == 20
    assert total(widths) == 90


@given(
    width=st.integers(40, 200),
    sizes=st.lists(st.tuples(st.integers(1, 120), st.integers(1, 30)), min_size=3, max_size=3),
    date=st.integers(4, 16),
)
def test_the_plan_never_overflows_and_never_cuts_a_shown_name(width, sizes, date):
    measures = [Measure(date, date)] + [Measure(max(n, w), min(n, w)) for n, w in sizes]
    widths = plan(width, measures)
    assert widths[0] == date
    assert widths[1] is not None
    if total(widths) > width:
        # Only when even Date and the narrowest readable Title cannot fit.
        assert widths[2:] == [None, None]
    for index in (2, 3):
        if widths[index] is not None:
            assert widths[index] >= min(measures[index].word, measures[index].natural)


@pytest.mark.parametrize("width", [40, 60, 80, 100, 120, 160, 200])
def test_every_width_uses_the_room_it_is_given_when_the_content_needs_it(width):
    widths = plan(width, [DATE, Measure(300, 12), Measure(300, 14), Measure(300, 20)])
    assert total(widths) == width


def test_narrow_text_takes_one_column_a_character():
    assert narrow("3–7 Dec 2017")
    assert not narrow("习近平 会见")
    assert not narrow("Cafe\u0301")  # a combining accent takes no column of its own


def test_a_column_of_names_is_measured_by_its_widest_text_word_and_name():
    assert measure("Tags", ["trade, canola", "huawei", "trade"]) == Measure(13, 6, 6)
    assert measure("Actors", ["习近平主席, Justin Trudeau"]) == Measure(26, 11, 14)
    # A name that a later one follows keeps its comma on its line.
    assert measure("Actors", ["Xi Jinping, Li"]) == Measure(14, 8, 11)
    assert measure("Title", ["Meng Wanzhou is arrested"], names=False) == Measure(24, 24)
    assert measure("Tags", []) == Measure(4, 4, 4, empty=True)  # the header alone, no text


def test_a_long_name_wraps_at_its_spaces_rather_than_hiding_its_column():
    actors = Measure(60, 9, 52)  # "Standing Committee of the National People's Congress,"
    widths = plan(80, [DATE, TITLE, actors, TAGS])
    assert widths[2] is not None
    assert widths[2] < 52


def test_names_stay_whole_when_the_room_allows():
    # The Actors share of 80 columns is 18; the widest name and comma needs 20 and gets it.
    actors = Measure(30, 8, 20)
    widths = plan(80, [DATE, TITLE, actors, TAGS])
    assert widths[2] == 20


# A date written in full at both ends (28 Nov 2018 to 3 Feb 2019), broken after its dash.
WIDE_DATE = Measure(24, 13)
NONE = Measure(4, 4, 4, empty=True)


def test_a_date_column_is_measured_whole_and_broken_after_the_dash_of_an_interval():
    dates = ["28 Nov 2018 – 3 Feb 2019", "1 Dec 2018", "c. Dec 2018 – Mar 2019?"]
    assert measure_columns([dates, ["t"], [""], [""]])[0] == Measure(24, 13)
    # Dates without a dash between spaces, such as 3 to 7 Dec 2017, have nowhere to break.
    assert measure_columns([["3–7 Dec 2017", "since 1 Dec 2018"], ["t"], [""], [""]])[0] == (
        Measure(16, 16)
    )


def test_a_wide_date_wraps_before_the_title_gets_narrow():
    # Whole, the date would leave the title 13 of 40 columns.
    assert plan(40, [WIDE_DATE, TITLE, NONE, NONE]) == [13, 24, None, None]


@pytest.mark.parametrize("width", [80, 120, 200])
def test_a_wide_date_stays_whole_while_the_title_has_room(width):
    assert plan(width, [WIDE_DATE, TITLE, ACTORS, TAGS])[0] == 24


@given(
    width=st.integers(30, 200),
    title=st.tuples(st.integers(1, 120), st.integers(1, 30)),
    date=st.tuples(st.integers(4, 30), st.integers(4, 30)),
)
def test_a_date_is_either_whole_or_at_its_broken_width_and_only_breaks_to_save_the_title(
    width, title, date
):
    measures = [Measure(max(date), min(date)), Measure(max(title), min(title)), NONE, NONE]
    widths = plan(width, measures)
    assert widths[0] in {max(date), min(date)}
    whole = max(date) + GAP + min(TITLE_MIN, max(title))
    assert (widths[0] == max(date)) == (whole <= width or max(date) == min(date))
