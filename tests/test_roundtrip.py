"""Round trips: any valid store, written as yaml, json or jsonl, reads back as the same events."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.accounts import agrees
from carneytl.dates.edtf import parse_edtf
from carneytl.model import Account, Event, Source
from carneytl.render import RenderContext
from carneytl.render.json import render as render_json
from carneytl.render.json import render_lines
from carneytl.render.yamlstore import render as render_yaml
from carneytl.storage.parsing import parse_store, sniff_format
from carneytl.textkey import name_key
from conftest import TODAY

slugs = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)

# Any text of several lines the store keeps as it is: no surrogates (not encodable), no control
# characters but tabs and line feeds, already stripped.
raw_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n"), max_size=24
)
stored_text = raw_text.map(str.strip)
# A title is one line without control characters; the Unicode line separators may stay.
title_text = (
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=24).map(str.strip).filter(bool)
)
# What a one-line field (names, places, phrases, publishers) keeps: no control characters and
# no line separators either.
one_line = st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp"))
line_text = st.text(one_line, max_size=24).map(str.strip)
name_text = line_text.filter(bool)
# Text that looks like another YAML type is the classic way a YAML writer loses data.
tricky_text = st.sampled_from(
    ["yes", "no", "on", "null", "~", "2018", "2018-12-01", "1e3", "0x1f", "- a", "a: b", "#x"]
)
# Numbers YAML 1.1 would rewrite: octal, sexagesimal, underscores, a trailing zero.
numeric_text = st.sampled_from(["0100", "010", "1:20", "2_018", "2.50", "2018.", "-0", "+5"])
texts = st.one_of(stored_text, tricky_text, numeric_text)
line_texts = st.one_of(line_text, tricky_text, numeric_text)


@st.composite
def edtf(draw):
    def end():
        year = draw(st.integers(1, 9999))
        parts = f"{year:04d}"
        if draw(st.booleans()):
            parts += f"-{draw(st.integers(1, 12)):02d}"
            if draw(st.booleans()):
                parts += f"-{draw(st.integers(1, 28)):02d}"
        return parts + draw(st.sampled_from(["", "", "~", "?", "%"]))

    shape = draw(st.sampled_from(["single", "interval", "open-start", "open-end"]))
    if shape == "single":
        return end()
    if shape == "open-start":
        return f"../{end()}"
    if shape == "open-end":
        return f"{end()}/.."
    first, second = sorted([end(), end()], key=lambda t: parse_edtf(t).start)
    return f"{first}/{second}"


def _key(name):
    return name_key(name.strip())


def optional(strategy):
    return st.one_of(st.none(), strategy)


# A source's url must be a web address; what follows the host may be any printable text.
urls = st.builds(
    "{}://{}.example/{}".format,
    st.sampled_from(["https", "http", "HTTPS"]),
    slugs,
    st.text(st.characters(exclude_categories=("C", "Z")), max_size=12),
)
sources = st.builds(
    Source,
    id=slugs,
    title=optional(st.one_of(title_text, tricky_text, numeric_text)),
    publisher=optional(line_texts),
    published=optional(edtf().filter(lambda t: "/" not in t)),
    url=optional(urls),
)


def _accounts(draw, date, pool):
    """Other accounts of ``date``, each one it does not agree with, citing sources of ``pool``."""
    if not pool:
        return ()
    found = []
    for text in draw(st.lists(edtf(), max_size=2)):
        other = parse_edtf(text)
        # A store holds no account that agrees with its event's date, nor two of one date.
        if agrees(date, other) or any(a.date == other for a in found):
            continue
        cited = tuple(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=2)))
        found.append(Account(other, cited, draw(optional(line_texts)), draw(optional(texts))))
    return tuple(found)


def _event(draw, event_id, pool):
    date = parse_edtf(draw(edtf()))
    return Event(
        id=event_id,
        date=date,
        title=draw(st.one_of(title_text, tricky_text)),
        summary=draw(optional(texts)),
        # A name appears at most once in an event: a repeat is a problem the store reports.
        actors=tuple(draw(st.lists(st.one_of(name_text, tricky_text), max_size=3, unique_by=_key))),
        tags=tuple(
            draw(st.lists(st.text(string.ascii_lowercase, min_size=1), max_size=3, unique=True))
        ),
        location=draw(optional(line_texts)),
        sources=tuple(draw(st.lists(st.sampled_from(pool), max_size=3))) if pool else (),
        as_written=draw(optional(line_texts)),
        accounts=_accounts(draw, date, pool),
    )


@st.composite
def stores(draw):
    pool = draw(st.lists(sources, max_size=4, unique_by=lambda s: s.id))
    ids = draw(st.lists(slugs, max_size=6, unique=True))
    return tuple(_event(draw, event_id, pool) for event_id in ids)


WRITERS = {"yaml": render_yaml, "json": render_json, "jsonl": render_lines}


@settings(max_examples=150, deadline=None)
@given(stores())
def test_any_store_written_as_yaml_json_or_jsonl_reads_back_as_the_same_events(events):
    for fmt, write in WRITERS.items():
        data = write(events, RenderContext(TODAY)).encode("utf-8")
        assert parse_store(data, f"store.{fmt}", fmt=fmt).events == events, fmt
        # Read by content too, as from standard input, where there is no extension to go by.
        if events:
            assert parse_store(data, "<stdin>", fmt=sniff_format(data)).events == events, fmt
