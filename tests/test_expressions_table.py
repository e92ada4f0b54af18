"""Specification of the expressions table that `extract --expressions --format table` draws."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.extract.fragment import expression_widths, expressions_table
from carneytl.extract.tagger import Timex
from carneytl.output import Environment, write
from carneytl.render.columns import GAP, TITLE_MIN, cells

LONG = "in the weeks that followed the collapse of the second round of talks"
TIMEXES = [
    Timex(576, 579, "now", "DATE", "PRESENT_REF"),
    Timex(857, 877, "over the next decade", "DURATION", "P10Y"),
    Timex(1134, 1142, "Thursday", "DATE", "2026-01-15"),
    Timex(2000, 2000 + len(LONG), LONG, "DATE", "PAST_REF"),
]


def drawn(timexes, width):
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=width)
    write(expressions_table(timexes), env)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [40, 60, 80, 120, 200])
def test_the_table_starts_at_its_header_flush_left_like_the_events_table(width):
    lines = drawn(TIMEXES, width)
    assert lines[0].split()[0] in {"Offsets", "Text"}
    assert set(lines[1]) == {"─"}
    assert not [line for line in lines if line.startswith(" ") and line.strip() == line[:1]]
    assert all(not line.endswith(" ") for line in lines)
    assert all(cells(line) <= width for line in lines)


def test_at_40_columns_the_text_keeps_the_room_of_a_title_and_words_stay_whole():
    lines = drawn(TIMEXES, 40)
    assert lines[0].split() == ["Text", "Value"]
    assert lines[2].split() == ["now", "PRESENT_REF"]
    text_width = 40 - len("PRESENT_REF") - GAP
    assert text_width >= TITLE_MIN
    # The Text column, read top to bottom, holds every expression with its words whole.
    pieces = [line[:text_width].strip() for line in lines[2:]]
    assert " ".join(piece for piece in pieces if piece) == " ".join(t.text for t in TIMEXES)
    assert max(cells(piece) for piece in pieces) <= text_width


def test_wide_screens_show_every_column_at_its_natural_width():
    lines = drawn(TIMEXES, 200)
    assert lines[0].split() == ["Offsets", "Text", "Type", "Value"]
    assert f"{2000}-{2000 + len(LONG)}   {LONG}   DATE       PAST_REF" in lines


@pytest.mark.parametrize(
    ("width", "shown"),
    [
        (200, [9, 68, 8, 11]),
        # Offsets go first, then Type, so that the Text keeps room to read.
        (70, [9, 33, 8, 11]),
        (60, [None, 35, 8, 11]),
        (40, [None, 26, None, 11]),
        (20, [None, 6, None, 11]),
    ],
)
def test_narrow_screens_leave_out_offsets_then_type(width, shown):
    assert expression_widths(width, [9, 68, 8, 11]) == shown


def test_a_short_text_lets_every_column_stay_on_a_narrow_screen():
    assert expression_widths(43, [7, 9, 8, 10]) == [7, 9, 8, 10]


@settings(max_examples=300)
@given(
    st.integers(10, 300),
    st.lists(st.integers(1, 120), min_size=4, max_size=4),
)
def test_the_plan_fits_the_width_whenever_text_and_value_can(width, natural):
    widths = expression_widths(width, natural)
    assert widths[1] is not None
    assert widths[3] == natural[3]
    shown = [w for w in widths if w is not None]
    total = sum(shown) + GAP * (len(shown) - 1)
    if natural[3] + GAP + 1 <= width:
        assert total <= width
    if widths[0] is not None or widths[2] is not None:
        assert widths[1] >= min(TITLE_MIN, natural[1])
    assert widths[1] <= natural[1]


def test_cli_expressions_table_at_40_columns_is_readable(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Relations froze in December 2018.\nA deal could follow over the next decade.\n",
        encoding="utf-8",
    )
    args = ["extract", str(article), "--published", "2026-01-14", "--expressions"]
    result = runner.invoke(app, [*args, "--format", "table", "--width", "40", "--no-color"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(("Offsets", "Text"))
    assert any(line.startswith("December 2018 ") for line in lines)
    assert any(line.startswith("the next decade ") for line in lines)
