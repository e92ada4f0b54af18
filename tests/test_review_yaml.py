"""The review file's YAML: the quick way to a plain value writes what yaml.safe_dump writes, and a
review reads back as the JSON `extract` writes for the same candidates."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from carneytl import review
from carneytl.dates.edtf import parse_edtf
from carneytl.extract.gather import Gathered
from carneytl.extract.views import Extracted, to_json, to_review
from carneytl.model import Source, Store
from carneytl.reconcile import Match, Proposal, Status
from carneytl.review import Entry
from carneytl.storage import safeyaml
from carneytl.storage.validate import SLUG

# What YAML reads as something else, or writes some other way: indicators, words that read as
# booleans, numbers, dates or null, document markers, spaces at the ends, line breaks, bytes
# that must be escaped, text past ASCII.
_PIECES = st.sampled_from(
    (
        *"-?:,[]{}#&*!|>'\"%@`~ \t\n\r\\",
        *("yes", "No", "off", "null", "NULL", "1e3", "0x1F", "0o7", "1_000", ".5", ".inf"),
        *("2024-05-06", "12:30", "<<", "=", "...", "---", ": ", " #", "- ", "? "),
        *("\x00", "\x07", "\x7f", "\x85", "\u00a0", "\u2028", "\ufeff", "é", "日本", "\U0001f600"),
        *("Word", "a", "Carney", "said", "0", "1998"),
    )
)
_TRICKY = st.lists(_PIECES, max_size=8).map("".join)
TEXTS = st.one_of(_TRICKY, st.text(max_size=30))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
@example("")
# As long as a line is let be: PyYAML breaks one only at a space past that column.
@example("a" * 999_998 + " b")
def test_text_is_written_as_yaml_safe_dump_writes_it(text):
    assert review._flow(text) == review._dumped_flow(text)  # noqa: SLF001 - the fast path and its twin


_LISTS = st.lists(TEXTS, max_size=4)


@settings(max_examples=300, deadline=None)
@given(_LISTS | _LISTS.map(tuple))
@example(("a" * 499_999, "b" * 499_999))
def test_lists_of_text_are_written_as_yaml_safe_dump_writes_them(value):
    assert review._flow(value) == review._dumped_flow(value)  # noqa: SLF001 - as above


def test_what_is_not_text_is_dumped():
    for value in (None, 3, 0.5, True, ["a", 1], {"a": "b"}):
        assert review._flow(value) == review._dumped_flow(value)  # noqa: SLF001 - as above


def test_plain_ids_titles_and_names_take_the_quick_path_and_the_rest_do_not():
    # The differential tests above would pass if every value were dumped: this holds the
    # quick path to the values it is there for.
    quick = review._plain_flow  # noqa: SLF001 - the fast path itself
    assert quick("carney-meets-xi-in-beijing") == "carney-meets-xi-in-beijing"
    assert quick("Carney meets Xi in Beijing") == "Carney meets Xi in Beijing"
    assert quick(("Mark Carney", "Xi Jinping")) == "[Mark Carney, Xi Jinping]"
    assert quick([]) == "[]"
    for dumped in ("yes", "3.5", "~", "", "a: b", "# note", " padded", "2026-01-14", ["a, b"]):
        assert quick(dumped) is None, dumped


# One line of text, as `extract` writes every value of a candidate: no line breaks.
LINE = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x85\u2028\u2029"),
    max_size=30,
) | _TRICKY.map(lambda text: "".join(text.splitlines()).replace("\x85", ""))
SCORES = st.sampled_from((0.0, 0.25, 0.705, 1.0))
DAYS = st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31))


@st.composite
def candidates(draw):
    source = Source(
        id=draw(LINE) or "article",
        title=draw(st.none() | LINE),
        publisher=draw(st.none() | LINE),
        published=draw(DAYS).isoformat(),
        url=draw(st.none() | LINE),
    )
    entries = []
    for index in range(draw(st.integers(1, 3))):
        proposal = Proposal(
            id="",
            date=parse_edtf(draw(DAYS).isoformat()),
            title=draw(LINE),
            actors=tuple(draw(st.lists(LINE, max_size=3))),
            sentence=draw(LINE),
            as_written=draw(LINE),
            sources=(source.id,),
        )
        status = draw(st.sampled_from(Status))
        # The store's event: its id is a slug, as every id of a store is.
        event = None if status is Status.NEW else draw(st.from_regex(SLUG, fullmatch=True))
        match = Match(status, event, draw(SCORES))
        action = draw(st.sampled_from(review.ACTIONS))
        entries.append(Entry(proposal, match, action, f"{draw(LINE)}{index}"))
    return Gathered(sources=((source, draw(st.booleans())),), entries=tuple(entries))


@settings(max_examples=150, deadline=None)
@given(candidates())
def test_a_review_reads_back_as_the_json_of_the_same_candidates(gathered):
    extracted = Extracted(
        gathered=gathered,
        store=Store(path="story.yaml", events=(), sources={}),
        articles="article.txt",
        where="story.yaml",
        today=dt.date(2026, 1, 14),
    )
    records = json.loads(to_json(extracted))
    data, _ = safeyaml.load(to_review(extracted))
    assert isinstance(data, dict)
    # The review flags a source the store has; the JSON has no such field.
    sources = [{k: v for k, v in s.items() if k != "existing"} for s in data["sources"]]
    assert sources == records[0]["sources"]
    assert len(data["candidates"]) == len(records)
    for written, record in zip(data["candidates"], records, strict=True):
        event = written["event"]
        assert written["action"] == record["action"]
        assert written["match"] == record["match"]
        # The review leaves out an empty phrase or sentence.
        assert written.get("sentence", "") == record["sentence"]
        assert event.get("as_written", "") == record["as_written"]
        assert [event[key] for key in ("id", "date", "title", "actors")] == [
            record[key] for key in ("id", "date", "title", "actors")
        ]
        assert event["sources"] == [s["id"] for s in record["sources"]]
