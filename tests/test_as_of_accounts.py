"""--as-of when an account was reported before the event's own date: the event was known then.

A reader of the first report knew the event at the date that report gave; the store's
preferred date, from sources published later, was not known yet and is not shown.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from carneytl.accounts import as_of, as_of_event, first_reported, reporting_lag
from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.model import Account, Event, Source
from carneytl.storage.parsing import parse_store
from processes import carneytl

D = dt.date
EARLY = Source("early", title="Early report", published="2024-04-01")
MIDDLE = Source("middle", title="Second report", published="2024-04-03")
LATE = Source("late", title="Late correction", published="2024-04-13")
UNDATED = Source("undated", title="Somebody said")

BY_EARLY = Account(parse_edtf("2024-03-04"), (EARLY,), "on Monday", "the first report")
BY_MIDDLE = Account(parse_edtf("2024-03-05"), (MIDDLE,))
CLOSED = Event(
    "bridge-closed",
    parse_edtf("2024-03-01"),
    "Bridge closed",
    sources=(LATE,),
    as_written="on the first",
    accounts=(BY_MIDDLE, BY_EARLY),
)

STORE = """\
version: 1
sources:
  - id: early
    title: Early report
    published: 2024-04-01
  - id: late
    title: Late correction
    published: 2024-04-13
events:
  - id: bridge-closed
    date: 2024-03-01
    title: Bridge closed
    sources: [late]
    accounts:
      - date: 2024-03-04
        sources: [early]
"""


def test_the_first_report_is_the_accounts_when_it_came_out_first():
    assert first_reported(CLOSED) == D(2024, 4, 1)
    # The lag runs from the end of the event's own date to that first report.
    assert reporting_lag(CLOSED) == 31


def test_before_any_report_the_event_was_not_known():
    assert as_of_event(CLOSED, D(2024, 3, 31)) is None


def test_on_the_day_of_the_first_report_the_event_has_that_reports_date_and_source_only():
    then = as_of_event(CLOSED, D(2024, 4, 1))
    assert then is not None
    assert (then.date, then.sources, then.as_written) == (BY_EARLY.date, (EARLY,), "on Monday")
    assert then.accounts == ()
    assert (then.id, then.title) == (CLOSED.id, CLOSED.title)


def test_of_two_accounts_known_the_first_reported_dates_the_event_and_the_other_stays():
    then = as_of_event(CLOSED, D(2024, 4, 5))
    assert then is not None
    assert (then.date, then.sources) == (BY_EARLY.date, (EARLY,))
    assert then.accounts == (BY_MIDDLE,)


def test_once_its_own_source_is_out_the_event_has_its_own_date_again():
    assert as_of_event(CLOSED, D(2024, 4, 13)) is CLOSED


def test_an_undated_source_of_the_events_own_date_keeps_that_date():
    own = Event("e", parse_edtf("2024-03-01"), "E", sources=(LATE, UNDATED), accounts=(BY_EARLY,))
    then = as_of_event(own, D(2024, 4, 5))
    assert then is not None
    assert (then.date, then.sources, then.accounts) == (own.date, (UNDATED,), (BY_EARLY,))


def test_an_account_with_an_undated_source_counts_as_reported_first():
    hearsay = Account(parse_edtf("2024-03-02"), (UNDATED,))
    told = Event("e", parse_edtf("2024-03-01"), "E", sources=(LATE,), accounts=(BY_EARLY, hearsay))
    then = as_of_event(told, D(2024, 4, 5))
    assert then is not None
    assert (then.date, then.sources, then.accounts) == (hearsay.date, (UNDATED,), (BY_EARLY,))


def test_an_event_without_sources_of_its_own_keeps_its_date_beside_a_known_account():
    bare = Event("e", parse_edtf("2024-03-01"), "E", accounts=(BY_EARLY,))
    assert as_of_event(bare, D(2024, 3, 31)) is None
    assert as_of_event(bare, D(2024, 4, 1)) is bare


def test_the_store_as_of_a_day_places_the_event_at_the_date_known_then():
    store = parse_store(STORE.encode(), "asof.yaml")
    then = as_of(store, D(2024, 4, 5))
    (event,) = then.events
    assert event.date.text == "2024-03-04"
    assert [s.id for s in event.sources] == ["early"]
    assert list(then.sources) == ["early"]


def _json(store, *args):
    done = carneytl("list", "-s", str(store), "-f", "json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_process_lists_the_event_as_known_from_its_accounts_report(write_store):
    store = write_store(STORE)
    (record,) = _json(store, "--as-of", "2024-04-05", "--today", "2024-06-01")
    assert (record["date"], record["start"], record["end"]) == ("2024-03-04",) * 3
    assert [s["id"] for s in record["sources"]] == ["early"]
    assert record["accounts"] == []
    assert record["first_reported"] == "2024-04-01"
    assert _json(store, "--as-of", "2024-03-31", "--today", "2024-06-01") == []
    (later,) = _json(store, "--as-of", "2024-04-13", "--today", "2024-06-01")
    assert later["date"] == "2024-03-01"
    assert [a["date"] for a in later["accounts"]] == ["2024-03-04"]
    (plain,) = _json(store, "--today", "2024-06-01")
    assert plain["first_reported"] == "2024-04-01"


def test_the_cached_records_say_the_same_first_report_as_a_fresh_read(
    runner, write_store, monkeypatch
):
    store = write_store(STORE)
    old = 1_600_000_000 * 10**9  # old enough for the parse cache to keep it
    os.utime(store, ns=(old, old))
    args = ["list", "--json", "-s", str(store), "--today", "2024-06-01"]
    first = runner.invoke(app, args).stdout  # writes the cache entry
    cached = runner.invoke(app, args).stdout
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    plain = runner.invoke(app, args).stdout
    assert first == cached == plain
    assert json.loads(cached)[0]["first_reported"] == "2024-04-01"


WINDOWED = """\
version: 1
sources:
  - id: early
    published: 2024-03-05
  - id: later
    published: 2024-06-01
events:
  - id: moved
    date: 2024-01-10
    title: Known first at an account's date
    sources: [later]
    accounts:
      - date: 2024-03-01
        sources: [early]
"""


def test_a_date_range_with_as_of_gives_the_same_events_from_a_warm_cache(runner, write_store):
    # Known on 1 April the event stands at 1 March, inside the range, though its own date
    # (10 January) lies outside it: the cache must not leave it out by its own date.
    store = write_store(WINDOWED)
    args = ["list", "-s", str(store), "--as-of", "2024-04-01", "--since", "2024-02-15", "--json"]
    cold = runner.invoke(app, args)
    warm = runner.invoke(app, args)
    assert cold.exit_code == warm.exit_code == 0
    assert [r["date"] for r in json.loads(cold.stdout)] == ["2024-03-01"]
    assert warm.stdout == cold.stdout
