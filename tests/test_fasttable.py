import datetime as dt
import io
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.model import Event, Status
from carneytl.output import Environment, Export, write
from carneytl.render import RenderContext
from carneytl.render import table as rich_table
from carneytl.render.columns import cells
from carneytl.render.table import (
    _Column,
    _pad,
    _wrap_as_rich,
    render_lines,
    wrap,
    wrap_names,
    wrap_title,
)
from carneytl.storage.stores import load_store

TODAY = dt.date(2026, 11, 28)


def rich_text(events, ctx):
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=ctx.width)
    write(rich_table.render(events, ctx), env)
    return out.getvalue()


@pytest.mark.parametrize("as_of", [None, dt.date(2026, 1, 14)])
@pytest.mark.parametrize("width", [30, 60, 80, 100, 120, 200])
def test_the_fast_layout_matches_the_rich_table_line_for_line(width, as_of):
    events = load_store().events
    ctx = RenderContext(TODAY, width, as_of=as_of)
    assert "".join(render_lines(events, ctx)) == rich_text(events, ctx)


def test_the_fast_layout_streams_in_chunks_of_whole_lines():
    events = load_store().events * 20
    chunks = list(render_lines(events, RenderContext(TODAY, 80)))
    assert len(chunks) > 2
    assert all(chunk.endswith("\n") for chunk in chunks)


def test_colour_comes_as_ansi_styles_only_when_asked():
    events = load_store().events
    plain = "".join(render_lines(events, RenderContext(TODAY, 80, color=False)))
    coloured = "".join(render_lines(events, RenderContext(TODAY, 80, color=True)))
    assert "\x1b[" not in plain
    assert "\x1b[36m" in coloured  # dates in cyan, as in the rich table
    assert "\x1b[1m" in coloured  # a bold header


def test_wrap_breaks_at_spaces_and_folds_words_wider_than_the_column():
    assert wrap("Meng Wanzhou is arrested", 10) == ["Meng", "Wanzhou is", "arrested"]
    assert wrap("Foreign-interference inquiry", 10) == ["Foreign-in", "terference", "inquiry"]
    assert wrap("", 5) == [""]


def test_wide_characters_take_two_columns():
    assert cells("abc") == 3
    assert cells("3–7 Dec") == 7
    assert cells("习近平") == 6
    assert all(cells(line) <= 4 for line in wrap("习近平 会见", 4))


def test_a_big_listing_on_a_pipe_does_not_import_rich(write_store):
    lines = ["events:"]
    lines += [
        f"  - {{id: e{i}, date: 2018-01-{1 + i % 28:02d}, title: Event number {i}}}"
        for i in range(rich_table.LARGE + 50)
    ]
    path = write_store("\n".join(lines) + "\n")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "carneytl", "list", "-s", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "Event number 249" in result.stdout
    assert result.stdout.count("Event number") == rich_table.LARGE + 50
    assert " rich" not in result.stderr


_words = st.lists(
    st.text(alphabet="abcdefghij-.,", min_size=1, max_size=15), min_size=1, max_size=12
)


@settings(max_examples=200, deadline=None)
@given(_words, st.integers(1, 30))
def test_wrapping_plain_ascii_a_line_at_a_time_gives_the_word_by_word_lines(words, width):
    text = " ".join(words)
    lines = wrap_title(text, width)
    # The word-by-word rule may keep a space that fits at a line's end; padding hides it.
    assert [_pad(line, width) for line in lines] == [
        _pad(line, width) for line in _wrap_as_rich(text, width)
    ]
    assert all(len(line) <= width for line in lines)


def test_a_name_with_runs_of_spaces_or_tabs_wraps_with_one_space_between_words():
    assert wrap("a  b\tc   dd", 3) == ["a b", "c", "dd"]


def test_a_title_keeps_its_runs_of_white_space_and_the_space_after_a_folded_word():
    assert wrap_title("a  b c", 4) == ["a  b", "c"]
    assert wrap_title("XXXXXXXXXX X", 5) == ["XXXXX", "XXXXX", " X"]
    assert wrap_title("XXXXXXXXXX XXXXX", 5) == ["XXXXX", "XXXXX", " ", "XXXXX"]
    assert _rich_lines("XXXXXXXXXX XXXXX", 5) == ["XXXXX", "XXXXX", "     ", "XXXXX"]


def _rich_lines(text, width):
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, color_system=None)
    return [line.plain for line in Text(text).wrap(console, width, justify="left", overflow="fold")]


_spaced = st.lists(
    st.text(alphabet="abXY\u00e9\u4e60-", min_size=1, max_size=14), min_size=1, max_size=8
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "  ", "\u00a0", " \u00a0 ", "   "]),
        min_size=len(words) + 1,
        max_size=len(words) + 1,
    ).map(lambda gaps: "".join(g + w for g, w in zip(gaps, words, strict=False)) + gaps[-1])
)


@settings(max_examples=300, deadline=None)
@given(_spaced, st.integers(2, 20))  # a wide character fits a line of two
def test_a_title_wraps_into_the_lines_rich_wraps_it_into(text, width):
    assert [_pad(line, width) for line in wrap_title(text, width)] == _rich_lines(text, width)


def test_a_big_store_with_emoji_keeps_richs_layout(write_store):
    rows = "".join(
        f"  - {{id: e{n}, date: 2018, title: 'thumbs \U0001f44d\U0001f3fd up {n}'}}\n"
        for n in range(rich_table.LARGE + 1)
    )
    events = load_store(write_store(f"events:\n{rows}")).events
    rendered = rich_table.render(events, RenderContext(TODAY, 80))
    assert not isinstance(rendered, str)
    assert not hasattr(rendered, "__next__")  # a rich Table, not the fast table's line iterator


@pytest.mark.parametrize("copies", [1, 30])  # the rich table, and the fast one past 200 rows
@pytest.mark.parametrize("exported", [False, True])
def test_no_line_of_a_plain_table_ends_in_a_space(copies, exported, tmp_path):
    events = load_store().events * copies
    ctx = RenderContext(TODAY, 100)
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=ctx.width)
    export = Export(svg=tmp_path / "table.svg") if exported else None
    write(rich_table.render(events, ctx), env, export)
    lines = out.getvalue().splitlines()
    assert len(lines) > len(events)
    assert not [line for line in lines if line.endswith(" ")]


def test_a_no_break_space_ending_a_line_is_kept_as_the_rich_table_keeps_it():
    events = list(load_store().events)
    events[0] = replace(events[0], title="Ends in a no-break space\u00a0", actors=(), tags=())
    ctx = RenderContext(TODAY, 100)
    fast = "".join(render_lines(events, ctx))
    assert "space\u00a0\n" in fast
    assert fast == rich_text(events, ctx)


_titles = st.lists(st.text(alphabet="ab -\t\x1b\x7f\u00a0习", max_size=30), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_titles, st.integers(1, 12))
def test_a_chunk_of_titles_laid_out_at_once_gets_the_lines_wrap_title_gives_each(titles, width):
    column = _Column(1, width, color=False)
    laid = column.lay_out(titles, [Status.PAST] * len(titles))
    assert laid == [[_pad(line, width) for line in wrap_title(title, width)] for title in titles]


def test_control_characters_in_titles_and_names_are_shown_escaped_as_in_the_rich_table():
    events = list(load_store().events)
    events[1] = replace(events[1], title="Bell \x07 and \x1b[31mred\x1b[0m", actors=("A\x1bB",))
    ctx = RenderContext(TODAY, 100)
    fast = "".join(render_lines(events, ctx))
    assert "\x1b" not in fast
    assert "\\x1b[31mred" in fast
    assert "A\\x1bB" in fast
    assert fast == rich_text(events, ctx)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (
            "Canada, China, Li Keqiang, Xi Jinping",
            17,
            ["Canada, China,", "Li Keqiang,", "Xi Jinping"],
        ),
        ("Canada, China", 40, ["Canada, China"]),
        ("Justin Trudeau", 14, ["Justin Trudeau"]),
        # Only a name wider than the column is wrapped inside, at its spaces.
        ("NPC Standing Committee, China", 12, ["NPC Standing", "Committee,", "China"]),
    ],
)
def test_names_wrap_between_names_with_the_comma_kept_at_the_line_end(text, width, lines):
    assert wrap_names(text, width) == lines


names = st.text(alphabet="abc XYZ", min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=150, deadline=None)
@given(st.lists(names, min_size=1, max_size=6), st.integers(min_value=1, max_value=30))
def test_a_name_that_fits_the_column_is_never_split_across_lines(listed, width):
    text = ", ".join(" ".join(name.split()) for name in listed)
    lines = wrap_names(text, width)
    assert all(cells(line) <= width for line in lines)
    if all(len(name) + 1 <= width for name in text.split(", ")):
        # Every name sits whole on one line, and the lines read back as the cell.
        assert " ".join(lines) == text
        pieces = [piece for line in lines for piece in line.split(", ")]
        assert [piece.removesuffix(",") for piece in pieces] == text.split(", ")


# --- the two layouts side by side -----------------------------------------------------------


@pytest.mark.parametrize("fast", [False, True])
def test_a_wide_date_is_broken_after_its_dash_so_the_title_keeps_its_room(fast):
    title = "Canada and China exchange diplomatic protests over the detentions"
    events = [
        Event(id="a", date=parse_edtf("2018-11-28/2019-02-03"), title=title),
        Event(id="b", date=parse_edtf("2018-12-01"), title="Meng Wanzhou arrested"),
    ]
    ctx = RenderContext(TODAY, 40)
    table = "".join(render_lines(events, ctx)) if fast else rich_text(events, ctx)
    assert table.splitlines() == [
        "Date            Title",
        "─" * 40,
        "28 Nov 2018 –   Canada and China",
        "3 Feb 2019      exchange diplomatic",
        "                protests over the",
        "                detentions",
        "1 Dec 2018      Meng Wanzhou arrested",
    ]


_DATES = [
    "2018",
    "2018-12",
    "2018-12-01",
    "2017-12-03/2017-12-07",
    "../2018",
    "2026-11~",
    "2027",
    # Wide enough to be broken after their dash on a narrow screen.
    "2018-11-28/2019-02-03",
    "2018-11-28~/2019-02?",
]
# Titles as a store gives them (validation strips them): words narrower or wider than a column,
# parted by single spaces, runs of spaces or no-break spaces.
_texts = (
    st.lists(
        st.tuples(
            st.text(alphabet="abcXYZ-,.\u00e9\u4e60\u2013", min_size=1, max_size=12),
            st.sampled_from([" ", " ", " ", "  ", "\u00a0", " \u00a0"]),
        ),
        max_size=8,
    )
    .map(lambda pairs: "".join(word + gap for word, gap in pairs).strip())
    .filter(bool)
)
_name_lists = st.lists(
    st.lists(
        st.text(alphabet="abcXY\u00e9\u4e60", min_size=1, max_size=6), min_size=1, max_size=3
    ).map(" ".join),
    max_size=4,
).map(tuple)


@st.composite
def _events(draw):
    count = draw(st.integers(min_value=0, max_value=12))
    return [
        Event(
            id=f"e{number}",
            date=parse_edtf(draw(st.sampled_from(_DATES))),
            title=draw(_texts),
            actors=draw(_name_lists),
            tags=draw(_name_lists),
        )
        for number in range(count)
    ]


@settings(max_examples=200, deadline=None)
@given(_events(), st.integers(min_value=30, max_value=160))
def test_the_fast_layout_writes_what_the_rich_table_writes_for_any_events(events, width):
    ctx = RenderContext(TODAY, width)
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=width)
    write(rich_table.rich_table(events, ctx), env)
    assert "".join(render_lines(events, ctx)) == out.getvalue()


@pytest.mark.parametrize(
    ("date", "title", "width"),
    [
        ("2018-12-01", "XXXXXX  X", 21),
        ("2018-12-01", "XXXXXX\u00a0X", 20),
        ("2017-12-03/2017-12-07", "XXXXXXXXXX X", 20),
    ],
)
def test_white_space_in_a_wrapped_title_is_laid_out_as_rich_lays_it_out(date, title, width):
    events = [Event(id="e", date=parse_edtf(date), title=title)]
    ctx = RenderContext(TODAY, width)
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=width)
    write(rich_table.rich_table(events, ctx), env)
    assert "".join(render_lines(events, ctx)) == out.getvalue()
