import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.model import Event, Precision, Source, Span
from carneytl.render import RenderContext
from carneytl.render.json import render
from carneytl.render.records import records
from carneytl.store import load_store

TODAY = dt.date(2026, 11, 28)


def standard(events, fields=None):
    return json.dumps(records(events, TODAY, fields), ensure_ascii=False, indent=2) + "\n"


def test_json_output_is_byte_for_byte_the_standard_encoders():
    events = load_store().events
    assert render(events, RenderContext(TODAY)) == standard(events)


def test_json_output_with_fields_is_the_standard_encoders():
    events = load_store().events
    fields = ("id", "actors", "sources", "approximate")
    assert render(events, RenderContext(TODAY, fields=fields)) == standard(events, fields)


def test_no_events_give_an_empty_array():
    assert render([], RenderContext(TODAY)) == "[]\n"


texts = st.text(max_size=12)
maybe = st.none() | texts


@st.composite
def events(draw):
    start = dt.date(2018, 1, 1) + dt.timedelta(days=draw(st.integers(0, 3000)))
    span = Span(
        start.isoformat(),
        draw(st.none() | st.just(start)),
        draw(st.none() | st.just(start)),
        draw(st.sampled_from(Precision)),
        draw(st.booleans()),
        draw(st.booleans()),
    )
    source = Source(draw(texts), draw(maybe), draw(maybe), draw(maybe), draw(maybe))
    return Event(
        draw(texts),
        span,
        draw(texts),
        draw(maybe),
        tuple(draw(st.lists(texts, max_size=3))),
        tuple(draw(st.lists(texts, max_size=3))),
        draw(maybe),
        tuple(draw(st.lists(st.just(source), max_size=2))),
        draw(maybe),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=4))
def test_any_events_render_as_the_standard_encoder_would(evs):
    assert render(evs, RenderContext(TODAY)) == standard(evs)


def test_text_that_is_not_valid_unicode_is_written_as_the_standard_encoder_would():
    span = Span("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), Precision.YEAR)
    evs = [Event("a", span, "bad \ud800 text")]
    assert render(evs, RenderContext(TODAY)) == standard(evs)
