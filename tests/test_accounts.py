"""Competing accounts of a date, first reports and --as-of: the pure rules, the store, the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys

import jsonschema
import pytest

from carneytl.accounts import (
    agrees,
    as_of,
    as_of_event,
    disputed,
    first_reported,
    published_day,
    reporting_lag,
)
from carneytl.cli import app
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import StoreError
from carneytl.model import Account, Event, Source, Store
from carneytl.query import Query, run
from carneytl.render import RenderContext
from carneytl.render.records import FIELDS
from carneytl.render.yamlstore import render as render_yaml
from carneytl.storage.parsing import parse_store
from carneytl.storage.schema import store_schema
from carneytl.storage.stores import load_store

D = dt.date
EARLY = Source("early", publisher="Early Wire", published="2018-12-02")
LATE = Source("late", publisher="Late Paper", published="2018-12-06")
MONTHLY = Source("monthly", publisher="Monthly Review", published="2018-12")
UNDATED = Source("undated", publisher="Somebody")

# Three sources (one of them undated), an event with a competing account, an event cited only
# by an undated source, an event whose every source comes late, and one with no source at all.
STORE = """\
version: 1
sources:
  - id: early
    publisher: Early Wire
    published: 2018-12-02
  - id: late
    publisher: Late Paper
    published: 2018-12-06
  - id: undated
    publisher: Somebody
events:
  - id: arrest
    date: 2018-12-01
    title: An arrest in Vancouver
    sources: [early, undated]
    accounts:
      - date: 2018-12-05
        sources: [late]
        as_written: on Wednesday
        note: the day it became public
  - id: quiet
    date: 2018-11
    title: Talks nobody dated
    sources: [undated]
  - id: later
    date: 2018-12-03
    title: A reply from Beijing
    sources: [late]
  - id: bare
    date: 2018-10-01
    title: A bare event
"""
TODAY = "2019-01-01"


def span(text):
    return parse_edtf(text)


def event(date="2018-12-01", sources=(), accounts=()):
    return Event("e", span(date), "E", sources=tuple(sources), accounts=tuple(accounts))


# --- agreement -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("2018-12-01", "2018-12-01"),
        ("2018-12-01", "2018-12-01~"),  # the same day, only less sure
        ("2018", "2018-12-05"),  # the year holds the day: it only says less
        ("2018-12", "2018-12-03/2018-12-07"),
        ("2018-12-03/2018-12-07", "2018-12"),
    ],
)
def test_dates_that_say_the_same_thing_agree(one, other):
    assert agrees(span(one), span(other))
    assert agrees(span(other), span(one))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("2018-12-01", "2018-12-05"),
        ("2018", "2019"),
        ("2018-11", "2018-12-05"),  # a month that does not hold the day
        ("2026-01-13/2026-01-17", "2026-01-14/2026-01-17"),  # ranges that overlap, differ
        ("2018-12-01/2018-12-10", "2018-12-05"),  # a range against a day inside it
        ("../2018-12", "2018-12-05"),
    ],
)
def test_dates_that_say_different_things_disagree(one, other):
    assert not agrees(span(one), span(other))
    assert not agrees(span(other), span(one))


def test_an_event_is_disputed_only_by_an_account_that_disagrees():
    assert not disputed(event())
    assert disputed(event(accounts=[Account(span("2018-12-05"), (LATE,))]))
    assert not disputed(event(accounts=[Account(span("2018-12"), (LATE,))]))


# --- first reports -------------------------------------------------------------------------


def test_a_source_is_out_by_the_last_day_its_published_date_allows():
    assert published_day(EARLY) == D(2018, 12, 2)
    assert published_day(MONTHLY) == D(2018, 12, 31)
    assert published_day(Source("y", published="2018")) == D(2018, 12, 31)
    assert published_day(UNDATED) is None
    assert published_day(Source("odd", published="not a date")) is None


def test_the_first_report_is_the_earliest_dated_source_of_the_event_or_its_accounts():
    assert first_reported(event(sources=[LATE, UNDATED, EARLY])) == D(2018, 12, 2)
    assert first_reported(event(sources=[UNDATED])) is None
    assert first_reported(event()) is None
    # An account's sources reported the event too, at another date.
    assert first_reported(event(accounts=[Account(span("2018-12-05"), (EARLY,))])) == D(2018, 12, 2)
    told = Account(span("2018-12-05"), (EARLY,))
    assert first_reported(event(sources=[LATE], accounts=[told])) == D(2018, 12, 2)


def test_the_reporting_lag_runs_from_the_events_end_to_its_first_report():
    assert reporting_lag(event(sources=[LATE])) == 5
    assert reporting_lag(event("2018-12-06", sources=[LATE])) == 0
    assert reporting_lag(event("2018-12-01/2018-12-10", sources=[LATE])) == -4
    assert reporting_lag(event("2018-12/..", sources=[LATE])) is None
    assert reporting_lag(event(sources=[UNDATED])) is None


# --- as of a day ---------------------------------------------------------------------------


def test_an_event_counts_as_reported_on_the_day_of_its_first_report():
    e = event(sources=[EARLY])
    assert as_of_event(e, D(2018, 12, 2)) is e  # the day itself, nothing to change
    assert as_of_event(e, D(2018, 12, 1)) is None


def test_a_known_event_cites_only_what_was_out_and_keeps_its_undated_sources():
    e = event(sources=[EARLY, LATE, UNDATED])
    then = as_of_event(e, D(2018, 12, 3))
    assert then is not None
    assert then.sources == (EARLY, UNDATED)


def test_an_event_with_only_undated_sources_or_none_stays_on_any_day():
    for e in (event(sources=[UNDATED]), event()):
        assert as_of_event(e, D(1900, 1, 1)) is e


def test_accounts_keep_what_was_out_and_go_when_none_of_their_sources_was():
    told = Account(span("2018-12-05"), (LATE, MONTHLY), "Wednesday")
    e = event(sources=[EARLY], accounts=[told])
    assert as_of_event(e, D(2018, 12, 3)).accounts == ()
    assert as_of_event(e, D(2018, 12, 6)).accounts == (dataclasses.replace(told, sources=(LATE,)),)
    assert as_of_event(e, D(2018, 12, 31)).accounts == (told,)
    undated = Account(span("2018-12-05"), (UNDATED,))
    assert as_of_event(event(sources=[EARLY], accounts=[undated]), D(2018, 12, 2)).accounts == (
        undated,
    )


def test_a_day_before_any_source_leaves_only_the_undated_story():
    store = parse_store(STORE.encode(), "s.yaml")
    before = as_of(store, D(2018, 1, 1))
    assert [e.id for e in before.events] == ["quiet", "bare"]
    assert list(before.sources) == ["undated"]
    assert as_of(store, D(2030, 1, 1)).events == store.events


# --- the store -----------------------------------------------------------------------------


def test_a_store_keeps_accounts_with_their_sources():
    store = parse_store(STORE.encode(), "s.yaml")
    (told,) = store.events[0].accounts
    assert told == Account(span("2018-12-05"), (store.sources["late"],), "on Wednesday",
                           "the day it became public")  # fmt: skip


def problems(text, name="s.yaml", fmt="yaml"):
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), name, fmt=fmt)
    return [str(p) for p in caught.value.problems]


HEAD = """\
sources:
  - id: late
    published: 2018-12-06
events:
  - id: arrest
    date: 2018-12-01
    title: An arrest
"""


def test_an_accounts_impossible_date_is_placed():
    found = problems(HEAD + "    accounts:\n      - date: 2018-13-05\n        sources: [late]\n")
    assert len(found) == 1
    assert found[0].startswith("s.yaml:9:15: ")
    assert "2018-13-05" in found[0]


def test_an_account_citing_an_unknown_source_is_placed_with_a_suggestion():
    found = problems(HEAD + "    accounts:\n      - date: 2018-12-05\n        sources: [lat]\n")
    assert found == ["s.yaml:10:19: unknown source 'lat' (did you mean 'late'?)"]


def test_an_account_that_agrees_with_the_event_has_nothing_to_record():
    found = problems(HEAD + "    accounts:\n      - date: 2018-12\n        sources: [late]\n")
    assert len(found) == 1
    assert found[0].startswith("s.yaml:9:15: the account's date '2018-12' agrees with")
    assert "nothing to record" in found[0]


def test_an_account_needs_sources_and_known_fields():
    found = problems(HEAD + "    accounts:\n      - date: 2018-12-05\n        nte: typo\n")
    assert found == [
        "s.yaml:9:9: an account needs 'sources': the ids of the sources that gave its date",
        "s.yaml:10:9: unknown field 'nte' (did you mean 'note'?)",
    ]


@pytest.mark.parametrize(
    ("accounts", "message"),
    [
        ("accounts: 2018-12-05", "s.yaml:8:15: 'accounts' must be a list, not a str"),
        ("accounts: [2018-12-05]", "s.yaml:8:16: an account must be a mapping, not a str"),
        ("accounts: [{sources: [late]}]", "s.yaml:8:16: missing required field 'date'"),
    ],
)
def test_misshapen_accounts_are_placed(accounts, message):
    assert problems(HEAD + f"    {accounts}\n") == [message]


def test_a_json_stores_account_problem_is_placed():
    document = {
        "sources": [{"id": "late", "published": "2018-12-06"}],
        "events": [
            {
                "id": "a",
                "date": "2018-12-01",
                "title": "A",
                "accounts": [{"date": "2018-12-01", "sources": ["late"]}],
            }
        ],
    }
    found = problems(json.dumps(document, indent=1), "s.json", "json")
    assert len(found) == 1
    assert found[0].startswith("s.json:15:14: ")
    assert "nothing to record" in found[0]


def test_the_yaml_store_writer_keeps_accounts_and_the_sources_only_they_cite():
    store = parse_store(STORE.encode(), "s.yaml")
    arrest = store.events[:1]
    written = render_yaml(arrest, RenderContext(D(2019, 1, 1)))
    assert "accounts:\n  - date: '2018-12-05'\n    sources:\n    - late\n" in written
    assert parse_store(written.encode(), "again.yaml").events == arrest


# --- the command line ----------------------------------------------------------------------


@pytest.fixture
def story(write_store):
    path = write_store(STORE)
    old = 1_600_000_000 * 10**9  # old enough for the parse cache to keep it
    os.utime(path, ns=(old, old))
    return path


def invoke(runner, story, *args):
    result = runner.invoke(app, [*args, "--store", str(story), "--today", TODAY])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_records_end_with_accounts_then_the_first_report(runner, story):
    records = json.loads(invoke(runner, story, "list", "--json"))
    assert all(list(record) == list(FIELDS) for record in records)
    assert list(FIELDS)[-3:] == ["as_written", "accounts", "first_reported"]
    arrest = next(r for r in records if r["id"] == "arrest")
    assert arrest["first_reported"] == "2018-12-02"
    (told,) = arrest["accounts"]
    assert list(told) == ["date", "start", "end", "precision", "sources", "as_written", "note"]
    assert told["sources"][0]["id"] == "late"
    assert next(r for r in records if r["id"] == "quiet")["first_reported"] is None


def test_json_with_accounts_is_valid_under_the_schema(runner, story):
    validator = jsonschema.Draft202012Validator(store_schema())
    validator.validate(json.loads(invoke(runner, story, "list", "--json")))


def test_json_with_accounts_is_the_same_bytes_from_the_cache(runner, story, monkeypatch):
    first = invoke(runner, story, "list", "--json")  # writes the cache entry
    cached = invoke(runner, story, "list", "--json")
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    plain = invoke(runner, story, "list", "--json")
    assert first == cached == plain
    assert load_store(story).events == parse_store(STORE.encode(), str(story)).events


def test_json_as_of_a_day_is_the_same_bytes_from_the_cache(runner, story, monkeypatch):
    invoke(runner, story, "list")  # writes the cache entry
    cached = invoke(runner, story, "list", "--json", "--as-of", "2018-12-05")
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    assert cached == invoke(runner, story, "list", "--json", "--as-of", "2018-12-05")
    arrest = json.loads(cached)[2]
    assert (arrest["id"], arrest["accounts"]) == ("arrest", [])


def test_disputed_selects_the_events_whose_accounts_disagree(runner, story):
    ids = invoke(runner, story, "list", "--disputed", "--fields", "id", "--format", "jsonl")
    assert ids == '{"id": "arrest"}\n'
    assert invoke(runner, story, "between", "2018-12", "2018-12", "--disputed", "-f", "csv") == (
        invoke(runner, story, "list", "--disputed", "-f", "csv")
    )


def test_the_table_and_timeline_mark_a_disputed_date_and_explain_it(runner, story):
    table = invoke(runner, story, "list", "--no-color", "--width", "80")
    assert "1 Dec 2018 ≠" in table
    assert "Nov 2018 ≠" not in table
    timeline = invoke(runner, story, "timeline", "--no-color", "--width", "80")
    assert "1 Dec 2018 ≠" in timeline
    assert "≠ date disputed" in timeline
    calm = invoke(runner, story, "timeline", "--no-color", "--width", "80", "--until", "2018-11")
    assert "≠" not in calm


def test_show_lists_the_accounts_with_their_sources_and_the_reporting_lag(runner, story):
    sheet = invoke(runner, story, "show", "arrest", "--no-color", "--width", "80")
    assert "  Reported    2 Dec 2018, 1 day after it ended\n" in sheet
    assert (
        "  Accounts    ≠ 5 Dec 2018\n"
        "              “on Wednesday”\n"
        "              the day it became public\n"
        "              per Late Paper, 6 Dec 2018 [late]\n"
    ) in sheet
    undated = invoke(runner, story, "show", "quiet", "--no-color", "--width", "80")
    assert "Reported" not in undated  # a field the event does not have is left out


def test_as_of_on_list_between_timeline_and_stats(runner, story):
    def ids(*args):
        out = invoke(runner, story, *args, "--fields", "id", "--format", "jsonl")
        return [json.loads(line)["id"] for line in out.splitlines()]

    assert ids("list", "--as-of", "2018-12-01") == ["bare", "quiet"]
    assert ids("list", "--as-of", "2018-12-02") == ["bare", "quiet", "arrest"]
    assert ids("list", "--as-of", "2018-12-06") == ["bare", "quiet", "arrest", "later"]
    assert ids("between", "2018-12", "2018-12", "--as-of", "2018-12-02") == ["arrest"]
    timeline = invoke(runner, story, "timeline", "--no-color", "--as-of", "2018-12-02")
    assert "A reply from Beijing" not in timeline
    assert "≠" not in timeline  # the account's source was not out yet
    stats = json.loads(invoke(runner, story, "stats", "--json", "--as-of", "2018-11-30"))
    assert (stats["events"], stats["last"]) == (2, "2018-11-30")
    assert json.loads(invoke(runner, story, "stats", "--json"))["events"] == 4


def test_show_as_of_cites_only_what_was_out_that_day(runner, story):
    sheet = invoke(runner, story, "show", "arrest", "--no-color", "--width", "80",
                   "--as-of", "2018-12-02")  # fmt: skip
    assert "Early Wire, 2 Dec 2018" in sheet
    assert "Somebody" in sheet  # undated: nothing says it came out later
    assert "Late Paper" not in sheet
    assert "Accounts" not in sheet
    assert sheet.rstrip().endswith("as known on 2 Dec 2018; later reports left out")
    record = json.loads(invoke(runner, story, "show", "arrest", "--json", "--as-of", "2018-12-02"))
    assert [s["id"] for s in record["sources"]] == ["early", "undated"]
    assert (record["accounts"], record["first_reported"]) == ([], "2018-12-02")
    later = json.loads(invoke(runner, story, "show", "arrest", "--json", "--as-of", "2018-12-06"))
    assert [a["sources"][0]["id"] for a in later["accounts"]] == ["late"]
    assert "as known on" not in invoke(runner, story, "show", "arrest", "--no-color")


def test_show_as_of_keeps_an_event_no_dated_source_places_in_time(runner, story):
    for event_id in ("quiet", "bare"):
        record = json.loads(
            invoke(runner, story, "show", event_id, "--json", "--as-of", "1900-01-01")
        )
        assert record["id"] == event_id


@pytest.mark.parametrize("args", [["--json"], ["--no-color"]])
def test_show_as_of_before_the_first_report_is_an_error_like_an_unknown_id(runner, story, args):
    result = runner.invoke(
        app, ["show", "later", *args, "--as-of", "2018-12-05", "--store", str(story)]
    )
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(
        "error: 'later' was not yet reported on 5 Dec 2018: its first report came out on"
        " 6 Dec 2018\n"
    )
    assert "--as-of 2018-12-06 or later" in result.stderr
    unknown = runner.invoke(app, ["show", "nothing-here", *args, "--store", str(story)])
    assert unknown.exit_code == result.exit_code


def test_show_as_of_takes_one_day_only(runner, story):
    result = runner.invoke(app, ["show", "arrest", "--store", str(story), "--as-of", "2018-12"])
    assert result.exit_code == 2
    assert "--as-of '2018-12' is not a single day" in result.stderr


@pytest.mark.parametrize("command", ["list", "between", "timeline", "stats", "show"])
def test_the_as_of_help_says_events_without_a_dated_source_stay(runner, command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    said = " ".join(result.stdout.split())
    assert "--as-of DAY The story as it was known on DAY: events first reported after DAY" in said
    assert "An event with no dated source is kept, since nothing says when it became known" in said


def test_as_of_takes_one_day_only(runner, story):
    result = runner.invoke(app, ["list", "--store", str(story), "--as-of", "2018-12"])
    assert result.exit_code == 2
    assert "--as-of '2018-12' is not a single day" in result.output


def test_csv_counts_accounts_and_ics_and_timelinejs_say_them(runner, story):
    rows = invoke(runner, story, "list", "-f", "csv", "--fields", "id,accounts,first_reported")
    assert rows.splitlines()[1:] == [
        "bare,0,",
        "quiet,0,",
        "arrest,1,2018-12-02",
        "later,0,2018-12-06",
    ]
    calendar = invoke(runner, story, "list", "-f", "ics", "--disputed")
    unfolded = calendar.replace("\r\n ", "")
    assert "Other account: 5 Dec 2018 per Late Paper (as written: on Wednesday)" in unfolded
    slides = json.loads(invoke(runner, story, "list", "-f", "timelinejs", "--disputed"))
    assert (
        "<p>Other account: 5 Dec 2018 per Late Paper (as written: on Wednesday); the day it"
        in (slides["events"][0]["text"]["text"])
    )


def test_the_query_keeps_disputed_events_only_when_asked():
    calm = event()
    told = dataclasses.replace(calm, id="f", accounts=(Account(span("2019"), (LATE,)),))
    assert run([calm, told], Query(disputed=True)) == [told]
    assert run([calm, told], Query()) == [calm, told]


def test_as_of_keeps_the_written_records_for_events_it_leaves_alone():
    store = Store("s", (event(sources=[EARLY]),), {"early": EARLY})
    assert as_of(store, D(2018, 12, 2)).events[0] is store.events[0]


# --- real processes ------------------------------------------------------------------------


def _process(*args):
    return subprocess.run(
        [sys.executable, "-m", "carneytl", *args], capture_output=True, text=True, check=False
    )


def test_a_process_pipes_the_story_as_of_a_day_and_refuses_a_month(story):
    piped = _process("list", "-s", str(story), "--as-of", "2018-12-02", "-f", "jsonl")
    assert piped.returncode == 0, piped.stderr
    assert [json.loads(line)["id"] for line in piped.stdout.splitlines()] == [
        "bare",
        "quiet",
        "arrest",
    ]
    refused = _process("timeline", "-s", str(story), "--as-of", "2018-12")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert "--as-of '2018-12' is not a single day" in refused.stderr


def test_a_process_showing_an_event_before_its_first_report_exits_1(story):
    shown = _process("show", "later", "-s", str(story), "--as-of", "2018-12-05")
    assert (shown.returncode, shown.stdout) == (1, "")
    assert "'later' was not yet reported on 5 Dec 2018" in shown.stderr


def test_check_exits_1_for_an_account_with_nothing_to_record(write_store):
    path = write_store(HEAD + "    accounts:\n      - date: 2018-12\n        sources: [late]\n")
    checked = _process("check", str(path))
    assert checked.returncode == 1
    assert checked.stdout.startswith(f"{path}:9:15: the account's date '2018-12' agrees with")
