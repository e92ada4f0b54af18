"""Any titles at any width from 30 to 200: the drawn views never spill past the edge."""

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from carneytl.dates.edtf import parse_edtf
from carneytl.errors import NotFoundError
from carneytl.model import Event, Source
from carneytl.query import Query, find, run
from carneytl.render import RenderContext, scale, show, stats, timeline

TODAY = dt.date(2026, 11, 28)

words = st.sampled_from(
    ["Québec", "习近平", "卡尼北京，。", "a", "Averyveryveryverylongwordwithoutanyspace" * 2, "é"]
)
titles = st.lists(words, min_size=1, max_size=30).map(" ".join)
dates = st.sampled_from(
    [
        "2017-12-03/2017-12-07",
        "2018",
        "2018-12",
        "2018-12-01",
        "2021-09-24",
        "../2019-06",
        "2025-10/..",
        "2026-01-13/2026-01-17",
        "2027-03?",
        "2018~",
    ]
)
events = st.lists(st.tuples(dates, titles, titles), min_size=1, max_size=12).map(
    lambda rows: run(
        [
            Event(
                id=f"e{index}",
                date=parse_edtf(date),
                title=title.strip(),
                actors=(actor.strip() or "x",),
                tags=("tag",),
                sources=(Source(id="s", title=actor, publisher=title),),
            )
            for index, (date, title, actor) in enumerate(rows)
        ],
        Query(),
    )
)


def _lines(renderable, width):
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(renderable)
    return console.file.getvalue().splitlines()


@settings(max_examples=25, deadline=None)
@given(events, st.integers(min_value=30, max_value=200))
def test_every_view_fits_any_width(stored, width):
    ctx = RenderContext(TODAY, width)
    for renderable in (
        timeline.render(stored, ctx),
        scale.render(stored, ctx),
        stats.render(stored, ctx),
        show.render(stored[0], ctx),
    ):
        for line in _lines(renderable, width):
            assert cell_len(line) <= width, (width, line)


def test_find_returns_the_event_or_names_the_closest_ids():
    stored = [Event(id=name, date=parse_edtf("2018"), title=name) for name in ("meng-arrest", "b")]
    assert find(stored, "meng-arrest").id == "meng-arrest"
    with pytest.raises(NotFoundError) as caught:
        find(stored, "meng-arest")
    assert caught.value.exit_status == 1
    assert "meng-arrest" in (caught.value.hint or "")


def test_a_bar_never_shows_a_count_above_zero_as_empty():
    assert stats.bar(1, 1000, 10) == "▏"
    assert stats.bar(0, 10, 10) == ""
    assert stats.bar(10, 10, 10) == "█" * 10
    assert stats.bar(5, 10, 3) == "█▌"
