"""A review's candidates say what they mean: a misspelt key or a missing action is refused."""

from __future__ import annotations

import pytest

from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import StoreError
from carneytl.model import Event, Source, Store
from carneytl.review import plan
from processes import carneytl

GAZETTE = Source(id="gazette", publisher="Harbour Gazette", published="2026-01-21")
PORT = Source(id="port-radio", publisher="Port Radio", published="2026-01-22")
SIGNED = Event(
    id="canola-deal",
    date=parse_edtf("2026-01-20"),
    title="The canola deal is signed",
    sources=(GAZETTE,),
)
STORE = Store(path="port.yaml", events=(SIGNED,), sources={"gazette": GAZETTE, "port-radio": PORT})

STORE_TEXT = """\
version: 1
sources:
  - id: gazette
    publisher: Harbour Gazette
    published: 2026-01-21
  - id: port-radio
    publisher: Port Radio
    published: 2026-01-22
events:
  - id: canola-deal
    date: 2026-01-20
    title: The canola deal is signed
    sources: [gazette]
"""


def candidate(head: str, *, event: str = "      sources: [port-radio]\n") -> str:
    """A review of one candidate: ``head`` its first lines (action, note ...), then match, event."""
    return (
        "review: 1\nsources: []\ncandidates:\n"
        f"{head}"
        "    match: {status: conflict, event: canola-deal, score: 0.9}\n"
        "    event:\n"
        "      date: 2026-01-19\n"
        f"{event}"
    )


def problems(text: str) -> list[str]:
    with pytest.raises(StoreError) as caught:
        plan(text, "port-review.yaml", STORE)
    return [str(problem) for problem in caught.value.problems]


def test_a_note_beside_a_source_action_is_refused_not_lost():
    text = candidate("  - action: source\n    note: the radio agrees\n")
    text = text.replace("date: 2026-01-19", "date: 2026-01-20")
    (problem,) = problems(text)
    assert problem == (
        "port-review.yaml:5:11: a note is kept only with 'account': leave it out, or make the"
        " action 'account' to record another date with it"
    )


def test_a_note_beside_an_add_is_refused_and_one_beside_a_skip_is_harmless():
    added = (
        "review: 1\nsources: []\ncandidates:\n  - action: add\n    note: a fresh event\n"
        "    event: {id: ferry-strike, date: 2026-01-23, title: Ferry crews strike}\n"
    )
    (problem,) = problems(added)
    assert problem == (
        "port-review.yaml:5:11: a note is kept only with 'account': put it in the event's"
        " 'summary', or leave it out"
    )
    skipped = plan(added.replace("action: add", "action: skip"), "r", STORE)
    assert skipped.skipped == 1


def test_a_note_beside_an_account_is_kept():
    found = plan(candidate("  - action: account\n    note: the radio gave the eve\n"), "r", STORE)
    (told,) = found.accounts["canola-deal"]
    assert told["note"] == "the radio gave the eve"


def test_a_misspelt_note_is_refused_at_its_key_with_the_key_it_resembles():
    text = candidate("  - action: account\n    nte: the radio gave the eve\n")
    assert problems(text) == ["port-review.yaml:5:5: unknown key 'nte' (did you mean 'note'?)"]


def test_a_key_like_no_other_is_refused_without_a_guess():
    text = candidate("  - action: account\n    flavour: salty\n")
    assert problems(text) == ["port-review.yaml:5:5: unknown key 'flavour'"]


def test_a_candidate_without_action_says_so_rather_than_none():
    said = problems(candidate("  - acton: skip\n"))
    choose = "choose one of add, source, account, skip"
    assert said == [
        "port-review.yaml:4:5: unknown key 'acton' (did you mean 'action'?)",
        f"port-review.yaml:4:5: the candidate has no 'action': {choose}",
    ]
    assert not any("None" in line for line in said)


def test_an_empty_action_is_called_empty():
    assert problems(candidate("  - action:\n")) == [
        "port-review.yaml:4:5: 'action' is empty: choose one of add, source, account, skip"
    ]


def test_an_action_out_of_the_list_is_still_named():
    assert problems(candidate("  - action: merge\n")) == [
        "port-review.yaml:4:13: unknown action 'merge': choose one of add, source, account, skip"
    ]


def test_a_misspelt_key_of_a_skipped_candidate_is_refused_too():
    # Skipping changes nothing, but the slip may hide what the person meant to write.
    text = candidate("  - action: skip\n    sentnce: The deal was signed on Monday.\n")
    assert problems(text) == [
        "port-review.yaml:5:5: unknown key 'sentnce' (did you mean 'sentence'?)"
    ]


def test_a_misspelt_key_of_the_match_is_refused_at_it():
    text = (
        "review: 1\nsources: []\ncandidates:\n  - action: source\n"
        "    match: {status: same, evnt: canola-deal}\n"
        "    event: {sources: [port-radio]}\n"
    )
    said = problems(text)
    assert "port-review.yaml:5:27: unknown key 'evnt' (did you mean 'event'?)" in said


def test_a_misspelt_field_in_the_event_of_an_account_is_refused():
    text = candidate(
        "  - action: account\n",
        event="      sources: [port-radio]\n      as_writen: on the eve of the signing\n",
    )
    assert problems(text) == [
        "port-review.yaml:9:7: unknown field 'as_writen' (did you mean 'as_written'?)"
    ]


def test_a_misspelt_field_in_an_added_event_is_reported_once():
    text = (
        "review: 1\nsources: []\ncandidates:\n  - action: add\n"
        "    match: {status: new, event: null, score: 0}\n"
        "    event:\n      id: port-strike\n      date: 2026-02-02\n"
        "      titel: Dock workers strike\n      sources: [port-radio]\n"
    )
    said = [line for line in problems(text) if "titel" in line]
    assert said == ["port-review.yaml:9:14: unknown field 'titel' (did you mean 'title'?)"]


def test_every_key_extract_writes_reads_back(runner, tmp_path):
    store = tmp_path / "port.yaml"
    store.write_text(STORE_TEXT, encoding="utf-8")
    article = tmp_path / "radio.txt"
    article.write_text(
        "---\ntitle: Deal done\npublisher: Port Radio\npublished: 2026-01-22\n---\n"
        "The canola deal was signed on 19 January 2026 at the harbour office.\n"
        "Dock workers will strike on 2 February 2026.\n",
        encoding="utf-8",
    )
    made = runner.invoke(app, ["extract", str(article), "--store", str(store)])
    assert made.exit_code == 0, made.output
    review = tmp_path / "review.yaml"
    review.write_text(made.stdout, encoding="utf-8")
    result = runner.invoke(app, ["accept", str(review), "--store", str(store), "--dry-run"])
    assert result.exit_code == 0, result.output


def test_accept_refuses_a_misspelt_note_in_a_process_and_writes_nothing(tmp_path):
    store = tmp_path / "port.yaml"
    store.write_text(STORE_TEXT, encoding="utf-8")
    review = tmp_path / "review.yaml"
    review.write_text(candidate("  - action: account\n    nte: a day early\n"), encoding="utf-8")
    done = carneytl("accept", str(review), "--store", str(store))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"error: {review}:5:5: unknown key 'nte' (did you mean 'note'?)\n"
    assert store.read_text(encoding="utf-8") == STORE_TEXT


def test_an_action_written_twice_is_refused_at_its_second_place():
    text = candidate("  - action: account\n    action: skip\n")
    said = "duplicate key 'action' (first at line 4); YAML would keep only the last"
    assert problems(text) == [f"port-review.yaml:5:5: {said}"]


def test_a_field_written_twice_in_an_event_is_refused_beside_the_other_problems():
    text = candidate(
        "  - action: account\n    nte: early\n",
        event="      sources: [port-radio]\n      date: 2026-01-18\n",
    )
    said = "duplicate key 'date' (first at line 8); YAML would keep only the last"
    assert problems(text) == [
        "port-review.yaml:5:5: unknown key 'nte' (did you mean 'note'?)",
        f"port-review.yaml:10:7: {said}",
    ]


@pytest.mark.parametrize("version", ["true", "1.0", "'1'", "2", "null"])
def test_a_review_version_that_only_equals_one_in_python_is_refused(version):
    text = candidate("  - action: account\n").replace("review: 1", f"review: {version}", 1)
    assert problems(text) == ["port-review.yaml:1:1: not a carneytl review: it needs 'review: 1'"]


def test_accept_refuses_a_repeated_key_in_a_process_and_writes_nothing(tmp_path):
    store = tmp_path / "port.yaml"
    store.write_text(STORE_TEXT, encoding="utf-8")
    review = tmp_path / "review.yaml"
    review.write_text(
        "review: 1\nsources: []\ncandidates:\n  - action: add\n    action: skip\n"
        "    event: {id: x, date: 2018, title: X, sources: [gazette]}\n",
        encoding="utf-8",
    )
    done = carneytl("accept", str(review), "--store", str(store))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"error: {review}:5:5: duplicate key 'action' (first at line 4); "
        "YAML would keep only the last\n"
    )
    assert store.read_text(encoding="utf-8") == STORE_TEXT
