import datetime as dt
import json

import orjson
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from carneytl.model import Account, Event, Precision, Source, Span, Store
from carneytl.render import RenderContext
from carneytl.render.json import render, render_utf8
from carneytl.render.records import records
from carneytl.storage.stores import load_store

TODAY = dt.date(2026, 11, 28)


def standard(events, fields=None, today=TODAY):
    return json.dumps(records(events, today, fields), ensure_ascii=False, indent=2) + "\n"


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
    # A published day is EDTF text in a store; any text must still render (as no day).
    dated = Source(draw(texts), None, None, draw(st.sampled_from(["2018-12", "2019-01-02"])))
    account = Account(span, (dated, source), draw(maybe), draw(maybe))
    return Event(
        draw(texts),
        span,
        draw(texts),
        draw(maybe),
        tuple(draw(st.lists(texts, max_size=3))),
        tuple(draw(st.lists(texts, max_size=3))),
        draw(maybe),
        tuple(draw(st.lists(st.sampled_from([source, dated]), max_size=2))),
        draw(maybe),
        tuple(draw(st.lists(st.just(account), max_size=2))),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(events(), max_size=4))
def test_any_events_render_as_the_standard_encoder_would(evs):
    assert render(evs, RenderContext(TODAY)) == standard(evs)


def _cited(event):
    return [*event.sources, *(s for account in event.accounts for s in account.sources)]


def _cached(store, window):
    """Write ``store`` as a cache entry would and read it back, with its records."""
    from carneytl.cli.selection import record_codec
    from carneytl.storage import cache, cachewrite

    codec = record_codec()
    doc, blob, _ = cachewrite._pack(store, codec)  # noqa: SLF001 - the entry's parts, without files
    return cache._decode(orjson.loads(doc), "s", window, memoryview(blob), codec)  # noqa: SLF001 - as above


days = st.none() | st.dates(dt.date(2017, 1, 1), dt.date(2027, 12, 31))


# Event ids are unique within a store, as validation insists.
unique_events = st.lists(events(), max_size=6, unique_by=lambda event: event.id)


@settings(max_examples=60, deadline=None)
@given(
    unique_events,
    days,
    days,
    st.dates(dt.date(2017, 1, 1), dt.date(2027, 12, 31)),
    st.booleans(),
)
def test_json_written_from_the_cache_is_the_json_built_afresh(evs, first, last, today, reverse):
    from carneytl.query import Query, run

    assume(all(source.id for event in evs for source in _cited(event)))  # as a store insists
    store = Store(path="s", events=tuple(evs), sources={})
    kept = _cached(store, (first, last))
    query = Query(start=first, end=last, reverse=reverse)
    chosen = run(kept.events, query)
    assert kept.records is not None
    assert kept.records.pieces(chosen) is not None or not chosen
    from_cache = render_utf8(chosen, RenderContext(today, records=kept.records))
    assert from_cache == standard(run(evs, query), today=today).encode()


@settings(max_examples=40, deadline=None)
@given(unique_events, st.dates(dt.date(2017, 1, 1), dt.date(2027, 12, 31)))
def test_json_written_from_a_new_entrys_records_is_the_json_built_afresh(evs, today):
    from carneytl.cli.selection import record_codec
    from carneytl.query import Query, run
    from carneytl.storage import cachewrite

    assume(all(source.id for event in evs for source in _cited(event)))  # as a store insists
    store = Store(path="s", events=tuple(evs), sources={})
    _, _, records = cachewrite._pack(store, record_codec())  # noqa: SLF001 - the entry's parts, without files
    chosen = run(store.events, Query())
    from_records = render_utf8(chosen, RenderContext(today, records=records))
    assert from_records == standard(chosen, today=today).encode()


def test_events_the_cache_did_not_read_are_rendered_afresh():
    store = Store(path="s", events=load_store().events[:3], sources={})
    kept = _cached(store, None)
    others = load_store().events[:3]  # equal events, but not the ones the table holds
    assert kept.records is not None
    assert kept.records.pieces(others) is None
    assert render(others, RenderContext(TODAY, records=kept.records)) == standard(others)
