"""Extracting an article again proposes nothing that the store records already, wherever it is."""

from __future__ import annotations

import pytest

from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.model import Account, Event, Source
from carneytl.reconcile import Proposal, recorded, records
from carneytl.storage import safeyaml
from carneytl.storage.stores import default_store_path
from processes import carneytl

TIMES = Source(id="times", publisher="Harbour Times", published="2026-01-14")
POST = Source(id="post", publisher="Valley Post", published="2026-01-15")
HELD = Event(
    id="held",
    date=parse_edtf("2018-12-10"),
    title="Two travellers are held at the border post",
    actors=("Lena Varga",),
    accounts=(Account(parse_edtf("2019-03-10"), (TIMES,)),),
)
FERRY = Event(
    id="ferry",
    date=parse_edtf("2019-03-10"),
    title="The winter ferry timetable ends",
    sources=(TIMES,),
)


def proposal(date, title, sources=("times",), actors=("Lena Varga",)):
    return Proposal(
        id="",
        date=parse_edtf(date),
        title=title,
        actors=actors,
        sentence=title,
        as_written=date,
        sources=sources,
    )


def test_an_account_far_from_the_events_date_records_the_report():
    found = recorded(
        proposal("2019-03-10", "Two travellers held at the border post"),
        records([HELD], {"times", "post"}),
    )
    assert found is not None
    assert (found.event.id, found.account) == ("held", True)


def test_an_events_own_date_and_sources_record_the_report():
    report = proposal("2019-03-10", "The winter ferry timetable has ended", actors=())
    found = recorded(report, records([HELD, FERRY], {"times", "post"}))
    assert found is not None
    assert (found.event.id, found.account) == ("ferry", False)


def test_a_source_that_is_not_among_the_records_leaves_the_report_to_propose():
    both = proposal("2019-03-10", "Two travellers held at the border post", ("times", "post"))
    assert recorded(both, records([HELD], {"times", "post"})) is None


def test_another_thing_the_article_tells_of_that_day_is_not_recorded_by_it():
    # The same article and day, but nothing like the account's event: a new event, not a repeat.
    report = proposal("2019-03-10", "A new lighthouse keeper starts work", actors=())
    assert recorded(report, records([HELD], {"times", "post"})) is None


def test_another_day_from_the_same_source_is_not_recorded():
    assert (
        recorded(proposal("2019-03-11", "Two travellers held"), records([HELD], {"times", "post"}))
        is None
    )


# --- the command line -------------------------------------------------------------------------

ARTICLE = """\
---
title: Two Canadians held
publisher: Harbour Times
published: 2026-01-14
---
China detained Michael Kovrig and Michael Spavor on {day}.
"""


@pytest.fixture
def embedded(tmp_path):
    store = tmp_path / "store.yaml"
    store.write_bytes(default_store_path().read_bytes())
    return store


def extract(runner, article, store):
    done = runner.invoke(app, ["extract", str(article), "--store", str(store)])
    assert done.exit_code == 0, done.output
    return done.stdout


def test_a_report_filed_by_hand_as_a_far_account_is_skipped_next_time(runner, tmp_path, embedded):
    article = tmp_path / "times.txt"
    article.write_text(ARTICLE.format(day="10 March 2019"), encoding="utf-8")
    first = extract(runner, article, embedded)
    assert "- action: add" in first
    # The reviewer knows better: it is the detention of December 2018, misdated.
    edited = first.replace("- action: add", "- action: account").replace(
        "event: null", "event: kovrig-spavor-detained"
    )
    review = tmp_path / "review.yaml"
    review.write_text(edited, encoding="utf-8")
    done = runner.invoke(app, ["accept", str(review), "--store", str(embedded)])
    assert done.exit_code == 0, done.output
    again = extract(runner, article, embedded)
    (candidate,) = safeyaml.load(again)[0]["candidates"]
    assert candidate["action"] == "skip"
    assert "already recorded: an account of kovrig-spavor-detained gives 10 Mar 2019" in again
    # Not "nothing in the store like it": the match looks near the date, the record is far.
    assert "# 10 Mar 2019: no event near this date is like it" in again


def test_the_year_slipped_report_is_an_account_once_then_skipped(tmp_path, embedded):
    article = tmp_path / "times.txt"
    article.write_text(ARTICLE.format(day="10 December 2019"), encoding="utf-8")
    review = tmp_path / "review.yaml"
    first = carneytl("extract", str(article), "--store", str(embedded))
    assert first.returncode == 0, first.stderr
    (candidate,) = safeyaml.load(first.stdout)[0]["candidates"]
    assert candidate["match"]["status"] == "conflict"
    assert candidate["match"]["event"] == "kovrig-spavor-detained"
    assert candidate["action"] == "account"
    review.write_text(first.stdout, encoding="utf-8")
    assert carneytl("accept", str(review), "--store", str(embedded)).returncode == 0
    again = carneytl("extract", str(article), "--store", str(embedded))
    assert again.returncode == 0, again.stderr
    assert [c["action"] for c in safeyaml.load(again.stdout)[0]["candidates"]] == ["skip"]


def test_only_the_records_of_the_sources_asked_about_are_made():
    assert records([HELD, FERRY], {"post"}) == {}
    assert [r.event.id for r in records([HELD, FERRY], {"times"})["times"]] == ["held", "ferry"]
