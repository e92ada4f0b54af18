"""Did-you-mean guesses stay within a budget, whoever asks: remove, accept, check, the filters.

The work is counted, not timed: each test counts the calls to difflib's matcher, which compares
one unknown name with every known one.
"""

from __future__ import annotations

import difflib

import pytest

from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import StoreError
from carneytl.model import Event, Source, Store
from carneytl.query import Query, unmatched
from carneytl.review import plan
from carneytl.storage.parsing import parse_store
from carneytl.suggest import BUDGET, LONGEST, MOST_NAMES, Guesser, look_alikes


@pytest.fixture
def matcher_calls(monkeypatch):
    """The names difflib's matcher is asked about, in order, while the test runs."""
    asked: list[str] = []
    real = difflib.get_close_matches

    def counting(word, possibilities, n=3, cutoff=0.6):
        asked.append(word)
        return real(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    return asked


def test_a_near_name_is_guessed_and_a_far_one_is_not():
    assert look_alikes("bridge-clsed", ["bridge-closed", "ferry"]) == ["bridge-closed"]
    assert look_alikes("zzz", ["bridge-closed", "ferry"]) == []


def test_a_name_longer_than_any_real_one_is_not_compared(matcher_calls):
    assert look_alikes("x" * (LONGEST + 1), ["x" * LONGEST]) == []
    assert matcher_calls == []


def test_a_few_known_names_allow_guesses_for_the_most_names_and_no_more(matcher_calls):
    guess = Guesser(["ferry", "bridge"])
    found = [guess(f"ferr{i}") for i in range(MOST_NAMES + 5)]
    assert found[:MOST_NAMES] == [["ferry"]] * MOST_NAMES
    assert found[MOST_NAMES:] == [[]] * 5
    assert len(matcher_calls) == MOST_NAMES


def test_many_known_names_allow_fewer_guesses_and_always_the_first(matcher_calls):
    known = [f"event-{i}" for i in range(BUDGET // 4)]
    guess = Guesser(known)
    for i in range(10):
        guess(f"evnt-{i}")
    assert len(matcher_calls) == 4
    huge = Guesser(range(BUDGET * 2))  # type: ignore[arg-type]  # only its size is read
    assert huge.left == 1


# --- remove ----------------------------------------------------------------------------------


def store_text(count: int) -> str:
    rows = "".join(f"  - id: event-{i}\n    date: 2018\n    title: E{i}\n" for i in range(count))
    return f"version: 1\nevents:\n{rows}"


def test_remove_of_many_unknown_ids_names_ten_counts_the_rest_and_guesses_for_few(
    runner, write_store, matcher_calls
):
    store = write_store(store_text(30))
    asked = [f"event-{i}x" for i in range(500)]
    result = runner.invoke(app, ["remove", *asked, "-s", str(store)])
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()
    named = ", ".join(repr(i) for i in asked[:10])
    assert error == f"error: {store} has no events {named} and 490 more, so none was removed"
    assert hint.startswith("hint: did you mean 'event-0' for 'event-0x', ")
    assert hint.count(" for ") == 10
    # (the command line's own parsing may ask the matcher about its options)
    assert [name for name in matcher_calls if name in asked] == asked[:10]


def test_remove_of_two_unknown_ids_names_both_as_before(runner, write_store):
    store = write_store(store_text(3))
    result = runner.invoke(app, ["remove", "event-1", "zzz", "evnt-2", "-s", str(store)])
    assert result.stderr.splitlines() == [
        f"error: {store} has no events 'zzz', 'evnt-2', so none was removed",
        "hint: did you mean 'event-2' for 'evnt-2'?",
    ]


# --- accept (a review's actions) ---------------------------------------------------------------

WIRE = Source(id="wire", published="2024-04-01")
EVENTS = tuple(
    Event(id=f"event-{i}", date=parse_edtf("2024-03-01"), title=f"E{i}", sources=(WIRE,))
    for i in range(50)
)
STORE = Store(path="s.yaml", events=EVENTS, sources={"wire": WIRE})


def review(names: list[str]) -> str:
    rows = "".join(
        f"  - action: source\n    match: {{status: same, event: {name}, score: 1}}\n"
        "    event: {date: 2024-03-01, title: T, sources: [wire]}\n"
        for name in names
    )
    return f"review: 1\nsources: []\ncandidates:\n{rows}"


def test_a_review_naming_many_unknown_events_is_refused_at_each_with_few_guesses(matcher_calls):
    names = [f"event-{i}x" for i in range(300)]
    with pytest.raises(StoreError) as caught:
        plan(review(names), "r.yaml", STORE)
    found = [str(p) for p in caught.value.problems]
    assert len(found) == 300
    assert found[0] == (
        "r.yaml:5:34: the store has no event 'event-0x', nor does the review add one "
        "(did you mean 'event-0'?)"
    )
    assert sum("did you mean" in line for line in found) == MOST_NAMES
    assert len(matcher_calls) == MOST_NAMES
    assert found[-1].endswith("the store has no event 'event-299x', nor does the review add one")


def test_actions_naming_events_the_review_adds_further_down_are_all_read():
    names = [f"new-{i}" for i in range(200)]
    adds = "".join(
        f"  - action: add\n    event: {{id: {name}, date: 2024-03-02, title: N, sources: [wire]}}\n"
        for name in names
    )
    found = plan(review(names) + adds, "r.yaml", STORE)
    assert len(found.added) == 200
    assert all(event.sources == (WIRE,) for _, event in found.added)


# --- check (a store citing many unknown sources) ------------------------------------------------


def test_a_store_citing_many_unknown_sources_guesses_for_few(matcher_calls):
    rows = "".join(
        f"  - id: e{i}\n    date: 2018\n    title: T\n    sources: [wir{i}]\n" for i in range(100)
    )
    text = f"version: 1\nsources:\n  - id: wire\n    title: W\nevents:\n{rows}"
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "s.yaml")
    found = [str(p) for p in caught.value.problems]
    assert found[0] == "s.yaml:9:15: unknown source 'wir0' (did you mean 'wire'?)"
    assert len(found) == 100
    # A store may be read twice (the quick reader, then the one that places problems).
    assert set(matcher_calls) == {f"wir{i}" for i in range(MOST_NAMES)}


# --- filters ------------------------------------------------------------------------------------


def test_many_unmatched_actors_are_each_named_with_few_guesses(matcher_calls):
    events = (Event(id="a", date=parse_edtf("2018"), title="A", actors=("Justin Trudeau",)),)
    names = tuple(f"Justin Trudeu {i}" for i in range(100))
    found = unmatched(events, Query(actors=names))
    assert [u.name for u in found] == list(names)
    assert found[0].closest == ("Justin Trudeau",)
    assert len(matcher_calls) == MOST_NAMES
