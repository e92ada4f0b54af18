"""An account of a date the event holds already is recorded once: repeats only bring sources."""

from __future__ import annotations

import pytest

from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import StoreError
from carneytl.model import Account, Event, Source, Store
from carneytl.review import plan
from carneytl.storage.parsing import parse_store
from processes import carneytl

WIRE = Source(id="wire", publisher="Wire", published="2024-03-02")
RADIO = Source(id="radio", publisher="Radio", published="2024-03-05")
POST = Source(id="post", publisher="Post", published="2024-03-06")
CLOSED = Event(
    id="closed",
    date=parse_edtf("2024-03-01"),
    title="The bridge closes",
    sources=(WIRE,),
    accounts=(Account(parse_edtf("2024-03-04"), (RADIO,), "on Monday"),),
)
STORE = Store(
    path="story.yaml", events=(CLOSED,), sources={"wire": WIRE, "radio": RADIO, "post": POST}
)


def account(date, *sources):
    return (
        "  - action: account\n    match: {status: conflict, event: closed, score: 0.9}\n"
        f"    event: {{date: {date}, sources: [{', '.join(sources)}]}}\n"
    )


def review(*candidates):
    return "review: 1\nsources: []\ncandidates:\n" + "".join(candidates)


def test_an_account_the_event_holds_from_the_same_sources_records_nothing():
    found = plan(review(account("2024-03-04", "radio")), "r.yaml", STORE)
    assert found.accounts == {}
    assert found.extended == {}
    assert found.repeated == ("closed",)
    assert found.events == STORE.events


def test_a_repeat_from_a_new_source_cites_it_in_the_account_held():
    found = plan(review(account("2024-03-04", "radio", "post")), "r.yaml", STORE)
    assert found.accounts == {}
    assert found.extended == {"closed": {0: ["post"]}}
    assert found.repeated == ("closed",)
    (closed,) = found.events
    assert [[s.id for s in a.sources] for a in closed.accounts] == [["radio", "post"]]


def test_two_actions_of_one_review_giving_one_date_make_one_account():
    found = plan(review(account("2024-03-05", "radio"), account("2024-03-05", "post")), "r", STORE)
    assert found.accounts == {"closed": [{"date": "2024-03-05", "sources": ["radio", "post"]}]}
    assert found.repeated == ("closed",)


def account_saying(date, source, *, note=None, as_written=None):
    worded = f", as_written: {as_written}" if as_written else ""
    noted = f"    note: {note}\n" if note else ""
    return (
        "  - action: account\n    match: {status: conflict, event: closed, score: 0.9}\n"
        f"    event: {{date: {date}, sources: [{source}]{worded}}}\n{noted}"
    )


def test_a_repeat_gives_its_note_and_wording_to_an_earlier_action_that_has_none():
    found = plan(
        review(
            account("2024-03-05", "radio"),
            account_saying("2024-03-05", "post", note="a day late", as_written="on Tuesday"),
        ),
        "r.yaml",
        STORE,
    )
    assert found.accounts == {
        "closed": [
            {
                "date": "2024-03-05",
                "sources": ["radio", "post"],
                "note": "a day late",
                "as_written": "on Tuesday",
            }
        ]
    }
    assert found.joined == ("closed",)


def test_a_repeat_keeps_the_wording_of_the_account_held():
    found = plan(review(account_saying("2024-03-04", "post", as_written="on Sunday")), "r", STORE)
    assert found.extended == {"closed": {0: ["post"]}}
    (closed,) = found.events
    assert closed.accounts[0].as_written == "on Monday"


def test_a_repeat_with_a_note_the_held_account_would_not_keep_is_refused_not_lost():
    # Accept adds sources to an account the store holds; it does not rewrite its note.
    text = review(account_saying("2024-03-04", "post", note="the radio was right"))
    with pytest.raises(StoreError) as caught:
        plan(text, "r.yaml", STORE)
    (problem,) = caught.value.problems
    assert problem.line == 7  # the note's own line
    assert problem.message == (
        "'closed' has an account of 2024-03-04 already, with no note: change that account in"
        " the store, or leave 'note' out here"
    )


def test_two_actions_of_one_review_with_two_notes_for_one_date_are_refused_at_the_second():
    text = review(
        account_saying("2024-03-05", "radio", note="first guess"),
        account_saying("2024-03-05", "post", note="second guess"),
    )
    with pytest.raises(StoreError) as caught:
        plan(text, "r.yaml", STORE)
    (problem,) = caught.value.problems
    assert "with the note 'first guess'" in problem.message


def test_another_date_is_another_account():
    found = plan(review(account("2024-03-05", "radio")), "r.yaml", STORE)
    assert found.accounts == {"closed": [{"date": "2024-03-05", "sources": ["radio"]}]}
    assert found.repeated == ()


def test_a_coarser_date_is_not_the_same_date():
    # March 2024 holds the account's 4 March, but says less: another claim, kept apart.
    found = plan(review(account("2024-02", "radio")), "r.yaml", STORE)
    assert list(found.accounts) == ["closed"]


ADD_WITH_ACCOUNT = (
    "  - action: add\n    match: {status: new, event: null, score: 0}\n"
    "    event:\n      id: work\n      date: 2024-05-06\n      title: Work starts\n"
    "      sources: [wire]\n      accounts:\n        - {date: 2024-05-08, sources: [radio]}\n"
)


def test_a_repeat_of_an_account_the_review_adds_with_its_event_joins_it():
    repeat = account("2024-05-08", "post").replace("event: closed", "event: work")
    found = plan(review(ADD_WITH_ACCOUNT, repeat), "r.yaml", STORE)
    ((item, event),) = found.added
    assert item["accounts"] == [{"date": "2024-05-08", "sources": ["radio", "post"]}]
    assert [[s.id for s in a.sources] for a in event.accounts] == [["radio", "post"]]


# --- the store check ---------------------------------------------------------------------------

TWICE = """\
version: 1
sources:
  - {id: wire, publisher: Wire}
  - {id: radio, publisher: Radio}
events:
  - id: closed
    date: 2024-03-01
    title: The bridge closes
    accounts:
      - date: 2024-03-04
        sources: [wire]
      - date: 2024-03-04
        sources: [radio]
"""


def test_a_store_with_two_accounts_of_one_date_has_a_problem_at_the_second():
    with pytest.raises(StoreError) as caught:
        parse_store(TWICE.encode(), "s.yaml")
    (problem,) = caught.value.problems
    assert problem.line == 12
    assert "gives the date '2024-03-04' already (first defined at line 10)" in problem.message
    assert "merge their sources into one account" in problem.message


def test_accounts_of_different_dates_are_no_problem():
    store = parse_store(
        TWICE.replace(
            "2024-03-04\n        sources: [radio]", "2024-03-05\n        sources: [radio]"
        ).encode(),
        "s.yaml",
    )
    assert len(store.events[0].accounts) == 2


# --- the command line ---------------------------------------------------------------------------

STORY = """\
version: 1
sources: []
events:
  - id: talks
    date: 2026-01-15
    title: The mayor holds talks with the ferry union
    actors: [Ferry Union]
"""
ARTICLE = """\
---
title: {title}
publisher: {publisher}
published: 2026-01-18
---
The mayor held talks with the Ferry Union on 16 January 2026.
"""


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.yaml"
    path.write_text(STORY, encoding="utf-8")
    return path


def reviewed(runner, tmp_path, story, publisher):
    article = tmp_path / f"{publisher}.txt"
    article.write_text(ARTICLE.format(title="T", publisher=publisher), encoding="utf-8")
    done = runner.invoke(app, ["extract", str(article), "--store", str(story)])
    assert done.exit_code == 0, done.output
    assert "- action: account" in done.stdout
    path = tmp_path / f"{publisher}-review.yaml"
    path.write_text(done.stdout, encoding="utf-8")
    return path


def test_accepting_one_review_twice_records_the_account_once(runner, tmp_path, story):
    path = reviewed(runner, tmp_path, story, "Harbour Times")
    assert runner.invoke(app, ["accept", str(path), "--store", str(story)]).exit_code == 0
    written = story.read_text(encoding="utf-8")
    again = runner.invoke(app, ["accept", str(path), "--store", str(story)])
    assert again.exit_code == 0, again.output
    assert "nothing to change" in again.stderr
    assert "1 account(s) already recorded" in again.stderr
    assert story.read_text(encoding="utf-8") == written
    (event,) = parse_store(story.read_bytes(), str(story)).events
    assert [a.date.text for a in event.accounts] == ["2026-01-16"]


def test_a_second_paper_giving_the_same_date_joins_the_account(runner, tmp_path, story):
    first = reviewed(runner, tmp_path, story, "Harbour Times")
    second = reviewed(runner, tmp_path, story, "Valley Post")
    assert runner.invoke(app, ["accept", str(first), "--store", str(story)]).exit_code == 0
    done = runner.invoke(app, ["accept", str(second), "--store", str(story)])
    assert done.exit_code == 0, done.output
    assert "1 account(s) already recorded (1 citing more sources)" in done.stderr
    (event,) = parse_store(story.read_bytes(), str(story)).events
    ((date, cited),) = [(a.date.text, [s.publisher for s in a.sources]) for a in event.accounts]
    assert (date, cited) == ("2026-01-16", ["Harbour Times", "Valley Post"])


def test_the_summary_counts_a_second_action_that_brought_a_source_to_the_first(runner, tmp_path):
    store = tmp_path / "bridge.yaml"
    store.write_text(
        "version: 1\nsources:\n  - {id: radio, publisher: Radio}\n  - {id: post, publisher: Post}"
        "\nevents:\n  - id: closed\n    date: 2024-03-01\n    title: The bridge closes\n",
        encoding="utf-8",
    )
    both = tmp_path / "review.yaml"
    both.write_text(
        review(account("2024-03-05", "radio"), account("2024-03-05", "post")), encoding="utf-8"
    )
    done = runner.invoke(app, ["accept", str(both), "--store", str(store), "--dry-run"])
    assert done.exit_code == 0, done.output
    assert (
        "1 account(s) recorded, 1 account(s) already recorded (1 citing more sources)"
        in done.stderr
    )


def test_accept_twice_then_show_and_check_from_the_shell(tmp_path):
    from carneytl.storage.stores import default_store_path

    store = tmp_path / "store.yaml"
    store.write_bytes(default_store_path().read_bytes())
    article = tmp_path / "times.txt"
    article.write_text(
        "---\ntitle: T\npublisher: Harbour Times\npublished: 2026-01-18\n---\n"
        "Carney held talks with Premier Li Qiang on 16 January 2026.\n",
        encoding="utf-8",
    )
    extracted = carneytl("extract", str(article), "--store", str(store))
    assert extracted.returncode == 0, extracted.stderr
    review = tmp_path / "review.yaml"
    review.write_text(extracted.stdout, encoding="utf-8")
    assert carneytl("accept", str(review), "--store", str(store)).returncode == 0
    again = carneytl("accept", str(review), "--store", str(store))
    assert again.returncode == 0
    assert again.stderr.startswith(f"nothing to change in {store}: 1 account(s) already recorded")
    shown = carneytl("show", "carney-meets-li-qiang", "--store", str(store), "--no-color")
    assert shown.stdout.count("per Harbour Times") == 1
    assert shown.stdout.count("16 Jan 2026") == 1
    assert carneytl("check", "--store", str(store)).returncode == 0


def test_check_reports_a_repeated_account_from_the_shell(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text(TWICE, encoding="utf-8")
    done = carneytl("check", "--store", str(path))
    assert done.returncode == 1
    assert f"{path}:12:" in done.stdout + done.stderr
    assert "another account of this event gives the date '2024-03-04' already" in (
        done.stdout + done.stderr
    )


def test_a_store_cached_before_the_rule_is_checked_under_it(write_store, monkeypatch):
    import os

    from carneytl.storage import rules, validate
    from carneytl.storage.stores import load_store

    path = write_store(TWICE)
    long_ago = 1_000_000_000 * 10**9  # older than the cache's guard against racy writes
    os.utime(path, ns=(long_ago, long_ago))
    with monkeypatch.context() as older:
        # The rules before this one: repeated account dates were let through.
        older.setattr(validate.Checker, "_repeated_account", lambda *_: None)
        older.setattr(rules, "RULES", rules.RULES - 1)
        assert len(load_store(path).events[0].accounts) == 2
        assert len(load_store(path).events[0].accounts) == 2  # from the cache
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert str(caught.value.problems[0]).startswith(f"{path}:12:")
