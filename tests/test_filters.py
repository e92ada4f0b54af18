"""The --status, --location, --source and --any-tag filters, and hints for names no event has."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from carneytl.cli import app
from carneytl.model import Event, Precision, Source, Span, Status
from carneytl.query import Query, Unmatched, run, unmatched

DAY = dt.date(2026, 1, 15)


def event(
    event_id: str,
    start: dt.date,
    end: dt.date | None = None,
    *,
    tags: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    sources: tuple[str, ...] = (),
    location: str | None = None,
) -> Event:
    span = Span(start.isoformat(), start, end if end is not None else start, Precision.DAY)
    return Event(
        event_id,
        span,
        event_id.title(),
        tags=tags,
        actors=actors,
        sources=tuple(Source(s) for s in sources),
        location=location,
    )


PAST = event("past", dt.date(2026, 1, 14), tags=("visit",), sources=("bbc",), location="Québec")
TODAY = event("today", DAY, tags=("trade", "visit"), actors=("Zoë",), sources=("bbc", "ap"))
OPEN = event("open", dt.date(2026, 1, 10), dt.date(2026, 1, 20), location="Beijing")
LATER = event("later", dt.date(2026, 1, 16), tags=("trade",), sources=("ap",))
EVENTS = (PAST, TODAY, OPEN, LATER)


def ids(query: Query) -> list[str]:
    return [e.id for e in run(EVENTS, query)]


# --- the query ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((Status.PAST,), ["past"]),
        ((Status.ONGOING,), ["open", "today"]),
        ((Status.UPCOMING,), ["later"]),
        ((Status.PAST, Status.UPCOMING), ["past", "later"]),
        ((), ["open", "past", "today", "later"]),
    ],
)
def test_status_keeps_events_by_where_they_stand_on_today(statuses, expected):
    assert ids(Query(statuses=statuses, today=DAY)) == expected


def test_an_event_that_ends_today_is_ongoing_and_one_that_starts_tomorrow_upcoming():
    ends = event("ends", dt.date(2026, 1, 1), DAY)
    starts = event("starts", DAY + dt.timedelta(days=1))
    query = Query(statuses=(Status.ONGOING,), today=DAY)
    assert [e.id for e in run([ends, starts], query)] == ["ends"]


def test_a_status_without_a_day_to_reckon_it_from_is_refused():
    with pytest.raises(ValueError, match="today"):
        Query(statuses=(Status.PAST,))


def test_location_holds_the_text_ignoring_case_and_accents():
    assert ids(Query(location="quebec")) == ["past"]
    assert ids(Query(location="BEIJ")) == ["open"]
    assert ids(Query(location="Ottawa")) == []


def test_an_event_without_a_location_never_matches_a_location():
    assert "today" not in ids(Query(location="e"))


def test_every_source_given_must_be_cited():
    assert ids(Query(sources=("bbc",))) == ["past", "today"]
    assert ids(Query(sources=("bbc", "AP"))) == ["today"]
    assert ids(Query(sources=("nobody",))) == []


def test_any_tag_needs_one_of_them_where_tag_needs_all():
    assert ids(Query(any_tags=("trade", "visit"))) == ["past", "today", "later"]
    assert ids(Query(tags=("trade", "visit"))) == ["today"]
    assert ids(Query(any_tags=("TRADE",))) == ["today", "later"]


def test_any_tag_combines_with_tag_and_exclude_tag():
    assert ids(Query(tags=("visit",), any_tags=("trade",))) == ["today"]
    assert ids(Query(any_tags=("trade", "visit"), exclude_tags=("visit",))) == ["later"]


def test_unmatched_names_come_with_the_closest_names_events_have():
    query = Query(actors=("Zoe",), tags=("visti",), sources=("bbc", "apx"), any_tags=("trade",))
    assert unmatched(EVENTS, query) == [
        Unmatched("--actor", "Zoe", ("Zoë",)),
        Unmatched("--tag", "visti", ("visit",)),
        Unmatched("--source", "apx", ("ap",)),
    ]


def test_names_events_have_in_any_case_or_spelling_are_not_unmatched():
    decomposed = "Zoe\u0308"
    query = Query(actors=(decomposed,), tags=("VISIT",), exclude_tags=("trade",))
    assert unmatched(EVENTS, query) == []


def test_a_name_far_from_every_other_has_no_suggestion():
    assert unmatched(EVENTS, Query(exclude_tags=("zzzzzz",))) == [
        Unmatched("--exclude-tag", "zzzzzz", ())
    ]


def test_no_name_filters_means_nothing_to_look_up():
    assert unmatched(EVENTS, Query(search="x")) == []


# --- the command line ---------------------------------------------------------------------------

STORE_DAY = "2026-01-15"


def listed(runner, *args):
    result = runner.invoke(
        app, [*args, "--today", STORE_DAY, "--fields", "id", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize("command", [["list"], ["between", "2025", "2026"]])
def test_the_new_filters_work_on_list_and_between(runner, command):
    assert listed(runner, *command, "--status", "upcoming") == [
        "carney-meets-xi-2026",
        "carney-visit-ends",
    ]
    assert listed(runner, *command, "--location", "gyeongju") == ["carney-xi-apec-2025"]
    assert listed(runner, *command, "--source", "cna-2026-01-14") == ["carney-arrives-beijing"]
    assert listed(runner, *command, "--any-tag", "apec", "--any-tag", "inquiry") == [
        "foreign-interference-report",
        "carney-xi-apec-2025",
    ]


def test_status_is_reckoned_from_today_and_repeats_mean_any(runner):
    ongoing = listed(runner, "list", "--status", "ONGOING", "--status", "upcoming")
    assert ongoing[0] == "carney-china-visit-2026"
    assert "meng-arrest" not in ongoing
    assert listed(runner, "list", "--status", "past", "--since", "2026") == [
        "carney-departs-vancouver",
        "carney-arrives-beijing",
    ]


def test_an_unknown_status_is_a_usage_error_with_a_suggestion(runner):
    result = runner.invoke(app, ["list", "--status", "upcomming"])
    assert result.exit_code == 2
    assert "error: --status 'upcomming' is not a status" in result.stderr
    assert "hint: did you mean upcoming? give upcoming, ongoing or past" in result.stderr


def test_timeline_and_stats_take_the_filters(runner):
    timeline = runner.invoke(
        app, ["timeline", "--status", "past", "--location", "vancouver", "--today", STORE_DAY]
    )
    assert timeline.exit_code == 0, timeline.output
    assert "Meng Wanzhou" in timeline.stdout
    assert "Xi" not in timeline.stdout
    stats = runner.invoke(
        app, ["stats", "--json", "--any-tag", "huawei", "--source", "bbc-2026-01-14"]
    )
    assert stats.exit_code == 0, stats.output
    assert json.loads(stats.stdout)["events"] == 2


def test_a_misspelt_actor_gets_a_hint_with_the_closest_names(runner):
    result = runner.invoke(app, ["list", "--actor", "Xi Jinpin", "--json"])
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert (
        "hint: --actor 'Xi Jinpin' matches no event in the store; did you mean 'Xi Jinping'?"
        in result.stderr
    )


def test_tags_and_sources_no_event_has_get_a_hint_each(runner):
    result = runner.invoke(
        app, ["list", "--tag", "vist", "--source", "bbc-2026-01-41", "--exclude-tag", "qqqq"]
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("hint:")]
    assert lines[:2] == [
        "hint: --tag 'vist' matches no event in the store; did you mean 'visit'?",
        "hint: --exclude-tag 'qqqq' matches no event in the store",
    ]
    assert lines[2].startswith(
        "hint: --source 'bbc-2026-01-41' matches no event in the store; "
        "did you mean 'bbc-2026-01-14', "
    )
    assert len(lines) == 3


def test_a_name_only_outside_the_range_is_not_called_unknown(runner):
    # Meng Wanzhou's events are all before 2025: the range leaves them out, not the store.
    # The first run fills the parse cache, whose reads for a range leave such events out.
    runner.invoke(app, ["list", "--json"])
    result = runner.invoke(
        app, ["list", "--since", "2025", "--tag", "huawei", "--json", "--today", STORE_DAY]
    )
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert "hint" not in result.stderr


def test_a_name_the_store_has_gets_no_hint(runner):
    result = runner.invoke(app, ["list", "--actor", "xi jinping", "--json"])
    assert "hint" not in result.stderr
    assert json.loads(result.stdout)


def test_a_hint_for_a_store_piped_in_does_not_read_standard_input_twice(runner):
    store = "events:\n  - id: a\n    date: 2018\n    title: t\n    actors: [Xi Jinping]\n"
    result = runner.invoke(
        app, ["list", "-s", "-", "--since", "2017", "--actor", "Xi Jinpin", "--json"], input=store
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "[]\n"
    assert "did you mean 'Xi Jinping'?" in result.stderr
