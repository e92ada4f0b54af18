"""The table of `extract --format table`: which columns give way on a narrow screen, and how."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.extract.views import (
    ACTION,
    DATE,
    MATCH,
    SCORE,
    TITLE,
    candidate_widths,
)
from carneytl.render.columns import GAP, TITLE_MIN, Measure, cells

ARTICLES = Path(__file__).parent / "data" / "articles"
PAIR = [str(ARTICLES / "valley-post.txt"), str(ARTICLES / "riverton-radio.txt")]
# Ids as long as a real store's: each as wide as the title's room at 40 columns, or nearly.
LONG_IDS = {
    "bridge-closed": "old-mill-bridge-closure",
    "repair-contract": "dunmore-repair-contract",
}


def measures(date=11, title=60, match=(22, 13), score=5, action=7):
    return [
        Measure(date, date),
        Measure(title, title),
        Measure(*match),
        Measure(score, score),
        Measure(action, action),
    ]


def test_a_wide_screen_shows_every_column_whole():
    assert candidate_widths(200, measures()) == [11, 60, 22, 5, 7]


def test_the_score_is_the_first_to_go():
    widths = candidate_widths(70, measures())
    assert widths[SCORE] is None
    assert widths[MATCH] is not None
    assert widths[ACTION] == 7


def test_then_match_and_action_go_under_the_title():
    widths = candidate_widths(50, measures(), folded=30)
    assert widths == [11, 50 - 11 - GAP, None, None, None]


def test_folded_the_title_is_no_wider_than_its_text_and_the_line_under_it():
    assert candidate_widths(60, measures(title=20, match=(30, 25)), folded=32)[TITLE] == 32


def test_the_match_never_gets_less_than_its_longest_word():
    for width in range(40, 140):
        widths = candidate_widths(width, measures())
        assert widths[MATCH] is None or widths[MATCH] >= 13


def test_the_match_gets_its_whole_text_when_the_title_keeps_three_parts_in_five():
    widths = candidate_widths(100, measures())
    assert widths[MATCH] == 22
    assert widths[TITLE] == 100 - 11 - 22 - 5 - 7 - 4 * GAP


@settings(max_examples=300, deadline=None)
@given(
    width=st.integers(30, 250),
    date=st.integers(4, 30),
    title=st.integers(5, 200),
    match=st.tuples(st.integers(5, 60), st.integers(5, 60)).map(sorted),
    action=st.integers(6, 7),
    folded=st.integers(0, 80),
)
def test_the_plan_fits_and_the_title_keeps_its_room_when_any_layout_allows(
    width, date, title, match, action, folded
):
    sizes = measures(date, title, (match[1], match[0]), 5, action)
    widths = candidate_widths(width, sizes, folded)
    shown = [w for w in widths if w is not None]
    assert widths[DATE] is not None
    assert widths[TITLE] is not None
    if date + GAP + min(TITLE_MIN, title) <= width:
        assert sum(shown) + GAP * (len(shown) - 1) <= width
        assert widths[TITLE] >= min(TITLE_MIN, title)
    if widths[MATCH] is not None:
        assert match[0] <= widths[MATCH] <= match[1]
    assert (widths[MATCH] is None) == (widths[ACTION] is None)


@pytest.fixture
def long_store(tmp_path):
    text = (ARTICLES / "story.yaml").read_text(encoding="utf-8")
    for short, long in LONG_IDS.items():
        text = text.replace(short, long)
    path = tmp_path / "story.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def drawn(runner, store, width):
    args = ["extract", *PAIR, "--store", str(store), "-f", "table", "--today", "2026-11-28"]
    result = runner.invoke(app, [*args, "--no-color", "--width", str(width)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("width", [30, 40, 50, 60, 70, 80, 100, 120, 200])
def test_no_line_is_wider_than_the_screen(runner, long_store, width):
    lines = drawn(runner, long_store, width)
    assert all(cells(line) <= width for line in lines), width
    assert all(not line.endswith(" ") for line in lines)


@pytest.mark.parametrize("width", [40, 50, 60, 70, 80, 100, 120, 200])
def test_an_id_that_fits_beside_the_date_is_never_broken(runner, long_store, width):
    words = {word for line in drawn(runner, long_store, width) for word in line.split()}
    assert set(LONG_IDS.values()) <= words, width


def test_at_40_columns_the_title_has_its_room_and_the_match_sits_under_it(runner, long_store):
    lines = drawn(runner, long_store, 40)
    assert lines[0].split() == ["Date", "Candidate"]
    assert lines[2].startswith("1 Mar 2024    The Old Mill bridge")
    column = lines[2].index("The")
    assert 40 - column >= TITLE_MIN
    under = [line[column:] for line in lines[2:] if line.startswith(" " * column)]
    assert "old-mill-bridge-closure" in under
    assert "→ source" in under
    assert "new → add" in under
    assert "conflict" in under
    assert "→ account" in under


def test_at_80_columns_the_score_gives_way_to_long_ids(runner, long_store):
    lines = drawn(runner, long_store, 80)
    assert lines[0].split() == ["Date", "Candidate", "Match", "Action"]
    assert lines[2].split()[-1] == "source"


def test_at_100_columns_every_column_shows(runner, long_store):
    lines = drawn(runner, long_store, 100)
    assert lines[0].split() == ["Date", "Candidate", "Match", "Score", "Action"]
    assert lines[2].split()[-2:] == ["0.70", "source"]
