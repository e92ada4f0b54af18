"""Which event a report is filed under when its words name one event and its date another's day.

The sentences below are reports about the embedded store's 2026 visit and earlier events, and
about the bridge story in tests/data/articles, each with the event it describes. They hold
:data:`carneytl.reconcile.CONFLICT_MARGIN` between the closest pair on either side: a report
of the end of the visit that scores a little higher against the whole visit (stays ``same``),
and a misdated departure that scores 0.12 above the arrival on its day (``conflict``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.extract.frontmatter import Article, Described
from carneytl.extract.gather import gather
from carneytl.model import Event
from carneytl.reconcile import (
    CONFLICT_MARGIN,
    Status,
    likeness,
    match,
    match_all,
)
from carneytl.storage.stores import default_store_path, load_store
from processes import carneytl
from reports import proposal

ARTICLES = Path(__file__).parent / "data" / "articles"


def matched(text, store):
    article = Article(label="a.txt", body=text, described=Described(published=dt.date(2026, 1, 18)))
    (entry,) = gather([(article, "a")], store).entries
    return entry.match.status.value, entry.match.event


EMBEDDED = [
    # Misdated reports whose date falls on another event's day: the words win.
    (
        "Carney held talks with Premier Li Qiang in Beijing on 16 January 2026.",
        ("conflict", "carney-meets-li-qiang"),
    ),
    ("Carney landed in Beijing on 15 January 2026.", ("conflict", "carney-arrives-beijing")),
    ("Carney met Zhao Leji on 16 January 2026.", ("conflict", "carney-meets-zhao-leji")),
    (
        "Carney left Vancouver for China on 14 January 2026.",
        ("conflict", "carney-departs-vancouver"),
    ),
    ("Carney ended his visit to China on 18 January 2026.", ("conflict", "carney-visit-ends")),
    # The same reports on the right days stay with their own events.
    (
        "Carney held talks with Premier Li Qiang on 15 January 2026.",
        ("same", "carney-meets-li-qiang"),
    ),
    ("Carney landed in Beijing on 14 January 2026.", ("same", "carney-arrives-beijing")),
    ("Carney met Zhao Leji on 15 January 2026.", ("same", "carney-meets-zhao-leji")),
    ("Carney left Vancouver for China on 13 January 2026.", ("same", "carney-departs-vancouver")),
    (
        "Carney met Xi Jinping at the Great Hall of the People on 16 January 2026.",
        ("same", "carney-meets-xi-2026"),
    ),
    # The closest call: the whole visit scores a hair above its last day, not a tenth.
    ("Carney ended his visit to China on 17 January 2026.", ("same", "carney-visit-ends")),
    (
        "China detained Michael Kovrig and Michael Spavor on 10 December 2018.",
        ("same", "kovrig-spavor-detained"),
    ),
    (
        "China detained Michael Kovrig and Michael Spavor on 12 December 2018.",
        ("conflict", "kovrig-spavor-detained"),
    ),
]


@pytest.fixture(scope="module")
def embedded():
    return load_store(default_store_path())


@pytest.mark.parametrize(("text", "expected"), EMBEDDED)
def test_reports_on_the_embedded_store_go_to_the_event_they_describe(text, expected, embedded):
    assert matched(text, embedded) == expected


STORY = [
    (
        "Riverton Council closed the Old Mill bridge on 4 March 2024 after an inspection.",
        ("conflict", "bridge-closed"),
    ),
    (
        "The Old Mill bridge has been shut since 1 March 2024, when inspectors found cracks.",
        ("same", "bridge-closed"),
    ),
    (
        "Riverton Council awarded the repair contract to Dunmore Builders on 10 April 2024.",
        ("same", "repair-contract"),
    ),
    (
        "Riverton Council awarded the repair contract to Dunmore Builders on 2 April 2024.",
        ("conflict", "repair-contract"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY)
def test_reports_on_the_bridge_story_go_to_the_event_they_describe(text, expected):
    assert matched(text, load_store(ARTICLES / "story.yaml")) == expected


# --- the rule itself, on events made for it ---------------------------------------------------

TALKS = Event(
    id="talks",
    date=parse_edtf("2022-06-02"),
    title="The mayor holds talks with the ferry union",
    actors=("Mayor Oduya", "Ferry Union"),
)
OPENING = Event(
    id="opening",
    date=parse_edtf("2022-06-03"),
    title="The mayor opens the new ferry terminal",
    actors=("Mayor Oduya",),
)


def test_talks_reported_on_the_opening_day_are_the_talks_misdated():
    report = proposal("2022-06-03", "The mayor held talks with the ferry union", TALKS.actors)
    assert likeness(report, TALKS) - likeness(report, OPENING) > CONFLICT_MARGIN
    assert match(report, [TALKS, OPENING]).status is Status.CONFLICT
    assert match(report, [TALKS, OPENING]).event == "talks"


def test_a_conflict_within_the_margin_leaves_the_agreeing_event():
    # No actors on either side: the words alone score, and the two events differ by a hair.
    report = proposal("2022-06-03", "The mayor held talks with the ferry union")
    before = Event(
        id="before",
        date=parse_edtf("2022-06-02"),
        title="The mayor holds talks with the ferry union",
    )
    today = Event(
        id="today",
        date=parse_edtf("2022-06-03"),
        title="The mayor talks with the ferry workers union",
    )
    assert 0 < likeness(report, before) - likeness(report, today) <= CONFLICT_MARGIN
    found = match(report, [before, today])
    assert (found.status, found.event) == (Status.SAME, "today")


def test_without_an_agreeing_event_the_conflict_stands():
    report = proposal("2022-06-03", "The mayor held talks with the ferry union", TALKS.actors)
    assert match(report, [TALKS]).status is Status.CONFLICT


# --- a day given in the neighbouring year -----------------------------------------------------

DETAINED = Event(
    id="detained",
    date=parse_edtf("2018-12-10"),
    title="Two travellers are detained at the border post",
    actors=("Border Guard", "Lena Varga"),
)
DETAINED_CAST = ("Border Guard", "Lena Varga")


@pytest.mark.parametrize("day", ["2019-12-10", "2017-12-10"])
def test_the_events_day_a_year_out_is_a_conflict(day):
    report = proposal(day, "Two travellers were detained at the border post", DETAINED_CAST)
    assert (match(report, [DETAINED]).status, match(report, [DETAINED]).event) == (
        Status.CONFLICT,
        "detained",
    )


@pytest.mark.parametrize("day", ["2020-12-10", "2019-12-11", "2019-12"])
def test_two_years_out_another_day_or_a_month_is_not_a_slip(day):
    report = proposal(day, "Two travellers were detained at the border post", DETAINED_CAST)
    assert match(report, [DETAINED]).status is Status.NEW


def test_an_anniversary_in_the_words_of_the_event_is_not_a_slip():
    report = proposal(
        "2019-12-10",
        "Families marked one year since two travellers were detained at the border post",
        DETAINED_CAST,
    )
    assert match(report, [DETAINED]).status is Status.NEW


def test_the_29th_of_february_has_no_neighbouring_day():
    leap = Event(id="leap", date=parse_edtf("2024-02-29"), title="The dam gates are opened")
    report = proposal("2025-02-28", "The dam gates were opened")
    assert match(report, [leap]).status is Status.NEW
    assert match(proposal("2024-02-29", "The dam gates were opened"), [leap]).status is Status.SAME


YEARS = st.integers(min_value=2016, max_value=2021)


@settings(max_examples=60, deadline=None)
@given(
    events=st.lists(st.tuples(YEARS, st.sampled_from(["03-01", "03-02", "12-10"])), max_size=20),
    candidates=st.lists(st.tuples(YEARS, st.sampled_from(["03-01", "12-10", "12"])), max_size=6),
)
def test_the_date_index_finds_the_slipped_years_as_the_plain_scan_does(events, candidates):
    store = [
        Event(id=f"e{i}", date=parse_edtf(f"{y}-{md}"), title=DETAINED.title, actors=DETAINED_CAST)
        for i, (y, md) in enumerate(events)
    ]
    proposals = [proposal(f"{y}-{md}", DETAINED.title, DETAINED_CAST) for y, md in candidates]
    assert match_all(proposals, store) == [match(p, store) for p in proposals]


# --- the command line --------------------------------------------------------------------------


def test_extract_files_a_misdated_report_under_the_event_it_describes():
    import json

    text = "Carney held talks with Premier Li Qiang in Beijing on 16 January 2026.\n"
    done = carneytl("extract", "-", "--published", "2026-01-18", "--json", stdin=text)
    assert done.returncode == 0, done.stderr
    (candidate,) = json.loads(done.stdout)
    assert candidate["match"]["status"] == "conflict"
    assert candidate["match"]["event"] == "carney-meets-li-qiang"
    assert candidate["action"] == "account"


def test_an_imported_slide_a_year_after_a_store_event_is_the_next_year_not_a_slip(runner, tmp_path):
    from carneytl.cli import app
    from carneytl.importing import COLUMNS
    from carneytl.storage import safeyaml

    # No actors: a slide names none, and the words alone then decide.
    store = tmp_path / "story.yaml"
    store.write_text(
        "version: 1\nevents:\n  - id: fair-opens\n    date: 2024-03-01\n"
        "    title: The spring fair opens on the green\n",
        encoding="utf-8",
    )
    sheet = tmp_path / "timeline.csv"
    row = "2025,3,1,,,,,,,The spring fair opens on the green"
    sheet.write_text(",".join(COLUMNS) + "\n" + row + ",,,,,,,,\n", encoding="utf-8")
    done = runner.invoke(app, ["import", str(sheet), "--store", str(store)])
    assert done.exit_code == 0, done.output
    (candidate,) = safeyaml.load(done.stdout)[0]["candidates"]
    assert (candidate["match"]["status"], candidate["action"]) == ("new", "add")
