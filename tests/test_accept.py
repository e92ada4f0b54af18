"""`accept` of a review whose `source` and `account` actions name an event it adds itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from carneytl.accept import places
from carneytl.cli import app
from carneytl.storage.parsing import parse_store

STORE = """\
version: 1
sources:
  - id: wire
    publisher: Wire
    published: 2024-03-02
events:
  - id: closed
    date: 2024-03-01
    title: The bridge closes
    sources: [wire]
"""

REVIEW = """\
review: 1
sources:
  - id: wire
    existing: true
  - id: radio
    publisher: Radio
    published: 2024-05-09
candidates:
  - action: account
    note: the radio heard a later day
    match: {status: conflict, event: work, score: 0.9}
    event: {date: 2024-05-08, sources: [radio], as_written: on Wednesday}
  - action: add
    match: {status: new, event: null, score: 0}
    event: {id: work, date: 2024-05-06, title: Work starts, sources: [wire]}
"""


def _files(tmp_path, review=REVIEW):
    store, path = tmp_path / "story.yaml", tmp_path / "review.yaml"
    store.write_text(STORE, encoding="utf-8")
    path.write_text(review, encoding="utf-8")
    return store, path


def test_one_accept_adds_an_event_with_the_account_the_review_gives_it(runner, tmp_path):
    store, review = _files(tmp_path)
    result = runner.invoke(app, ["accept", str(review), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 event(s) added" in result.stderr
    assert "1 account(s) recorded, 1 source(s) added" in result.stderr
    text = store.read_text(encoding="utf-8")
    assert text.startswith(STORE.partition("events:")[0].rstrip("\n"))
    assert text.endswith(
        "  - id: work\n    date: 2024-05-06\n    title: Work starts\n    sources: [wire]\n"
        "    accounts:\n      - date: 2024-05-08\n        sources: [radio]\n"
        "        as_written: on Wednesday\n        note: the radio heard a later day\n"
    )
    (_, work) = parse_store(store.read_bytes(), str(store)).events
    (account,) = work.accounts
    assert (account.date.text, account.as_written) == ("2024-05-08", "on Wednesday")
    assert [s.id for s in account.sources] == ["radio"]


def test_a_dry_run_shows_the_new_event_with_its_account_and_writes_nothing(runner, tmp_path):
    store, review = _files(tmp_path)
    result = runner.invoke(app, ["accept", str(review), "--store", str(store), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "+    accounts:\n+      - date: 2024-05-08\n" in result.stdout
    assert store.read_text(encoding="utf-8") == STORE


def test_an_account_of_an_id_in_neither_store_nor_review_is_refused_whole(runner, tmp_path):
    store, review = _files(tmp_path, REVIEW.replace("event: work, score", "event: wokr, score"))
    result = runner.invoke(app, ["accept", str(review), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: {review}:11:38: the store has no event 'wokr', nor does the review add one "
        "(did you mean 'work'?)"
    )
    assert store.read_text(encoding="utf-8") == STORE


def _placed_one_by_one(keys, new):
    """Each new key before the first key that sorts after it, by looking at every one."""
    keys, found = list(keys), []
    for key in new:
        index = next((i for i, k in enumerate(keys) if k > key), len(keys))
        keys.insert(index, key)
        found.append(index)
    return found


@given(keys=st.lists(st.integers(0, 9)), new=st.lists(st.integers(-1, 10)))
def test_new_events_go_where_a_look_at_every_event_puts_them_in_any_order(keys, new):
    assert places(keys, new) == _placed_one_by_one(keys, new)
