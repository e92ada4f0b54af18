"""Specification of the embedded store: the article's events, their exact dates, their sources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from carneytl.query import Query, run
from carneytl.storage.stores import default_store_path, load_store

DATA = Path(__file__).resolve().parents[1] / "data" / "events.yaml"
BBC = "bbc-2026-01-14"

# Every event that issue 2 names, with the date the verified fact sheet gives it.
NAMED_EVENTS = {
    "trudeau-visit-2017": "2017-12-03/2017-12-07",
    "meng-arrest": "2018-12-01",
    "kovrig-spavor-detained": "2018-12-10",
    "meng-deal-and-releases": "2021-09-24",
    "foreign-interference-report": "2025-01-28",
    "export-diversification-goal": "2025-10-22",
    "carney-xi-apec-2025": "2025-10-31",
    "carney-china-visit-2026": "2026-01-13/2026-01-17",
    "carney-meets-zhao-leji": "2026-01-15",
    "carney-meets-li-qiang": "2026-01-15",
    "carney-meets-xi-2026": "2026-01-16",
}

# The publishers of the reports behind each date in the verified fact sheet.
FACT_SHEET_PUBLISHERS = {
    "Prime Minister's Office (Canada)",
    "The Globe and Mail",
    "Toronto Star",
    "Global News",
    "National Post",
    "The Canadian Press",
    "CBC News",
    "Bloomberg",
    "Xinhua",
    "CNA",
    "The Associated Press",
}


@pytest.fixture(scope="module")
def store():
    return load_store(DATA)


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def test_the_embedded_store_is_the_default_and_is_valid(store):
    assert default_store_path().resolve() == DATA
    assert load_store(None).events == store.events


@pytest.mark.parametrize(("event_id", "date"), NAMED_EVENTS.items())
def test_every_event_named_in_the_issue_is_present_with_its_exact_date(store, event_id, date):
    events = {e.id: e for e in store.events}
    assert event_id in events
    assert events[event_id].date.text == date


def test_the_article_is_a_source_with_its_headline_publisher_and_date(store):
    bbc = store.sources[BBC]
    assert bbc.title == "Canada's Mark Carney faces delicate balancing act in China visit"
    assert bbc.publisher == "BBC News"
    assert bbc.published == "2026-01-14"


def test_every_event_cites_the_article_or_a_report_from_the_fact_sheet(store):
    for event in store.events:
        assert event.sources, event.id
        for source in event.sources:
            assert source.id == BBC or source.publisher in FACT_SHEET_PUBLISHERS, (
                event.id,
                source.id,
            )


def test_an_event_that_keeps_the_articles_phrase_cites_the_article(store):
    for event in store.events:
        if event.as_written is not None:
            assert BBC in {s.id for s in event.sources}, event.id


def test_every_cited_source_id_resolves_and_every_listed_source_is_cited(raw):
    declared = {source["id"] for source in raw["sources"]}
    cited = {ref for event in raw["events"] for ref in event.get("sources", [])}
    assert cited <= declared
    assert declared <= cited


def test_every_event_has_a_one_line_title(store):
    for event in store.events:
        assert event.title
        assert "\n" not in event.title


def test_between_2018_and_2021_gives_exactly_the_crisis_events(store):
    query = Query(start=dt.date(2018, 1, 1), end=dt.date(2021, 12, 31))
    assert [e.id for e in run(store.events, query)] == [
        "meng-arrest",
        "kovrig-spavor-detained",
        "meng-deal-and-releases",
    ]


def test_the_2026_visit_covers_the_meetings_in_beijing(store):
    events = {e.id: e for e in store.events}
    visit = events["carney-china-visit-2026"].date
    assert visit.start is not None
    assert visit.end is not None
    for meeting in ("carney-meets-zhao-leji", "carney-meets-li-qiang", "carney-meets-xi-2026"):
        day = events[meeting].date
        assert day.start is not None
        assert day.end is not None
        assert visit.start <= day.start <= day.end <= visit.end
