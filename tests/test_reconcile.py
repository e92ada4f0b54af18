from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.model import Event
from carneytl.reconcile import (
    CONFLICT_DAYS,
    Match,
    Status,
    likeness,
    match,
    match_all,
    merge,
    reconcile,
)
from reports import proposal

ARREST = Event(
    id="arrest",
    date=parse_edtf("2018-12-01"),
    title="Police arrest the harbour master at the airport",
    actors=("Harbour Police", "Ida Marsh"),
)
RELEASE = Event(
    id="release",
    date=parse_edtf("2019-03-20"),
    title="The harbour master is released on bail",
    actors=("Ida Marsh",),
)
STORE = (ARREST, RELEASE)


ARRESTED = ("Harbour Police", "Ida Marsh")


def test_the_same_day_and_words_is_the_same_event():
    found = match(proposal("2018-12-01", "Police arrest the harbour master", ARRESTED), STORE)
    assert found.status is Status.SAME
    assert found.event == "arrest"
    assert 0 < found.score <= 1


def test_a_coarser_date_that_holds_the_event_is_the_same_event():
    found = match(proposal("2018", "Police arrest the harbour master", ARRESTED), STORE)
    assert (found.status, found.event) == (Status.SAME, "arrest")


def test_another_day_for_the_same_event_is_a_conflict():
    found = match(proposal("2018-12-05", "Police arrest the harbour master", ARRESTED), STORE)
    assert (found.status, found.event) == (Status.CONFLICT, "arrest")


def test_a_date_far_from_the_event_is_new_even_with_the_same_words():
    later = parse_edtf("2018-12-01").end.toordinal() + CONFLICT_DAYS + 5
    import datetime as dt

    day = dt.date.fromordinal(later).isoformat()
    found = match(proposal(day, "Police arrest the harbour master", ARRESTED), STORE)
    assert found.status is Status.NEW
    assert found.event is None


def test_a_long_vague_range_over_the_event_is_not_a_conflict():
    found = match(proposal("2018/2028~", "Police arrest the harbour master", ARRESTED), STORE)
    assert found.status is Status.NEW


def test_unrelated_words_and_actors_are_new():
    found = match(proposal("2018-12-01", "A ferry timetable changes for winter"), STORE)
    assert found.status is Status.NEW
    assert found.score < 0.4


def test_a_new_candidate_keeps_the_score_of_the_closest_event_near_its_date():
    # Two weeks after the release, alike in a few words: not enough for a conflict.
    candidate = proposal("2019-04-03", "The harbour master speaks to reporters")
    found = match(candidate, STORE)
    assert found.status is Status.NEW
    assert found.score == likeness(candidate, RELEASE) > 0


def test_events_far_from_the_date_are_not_compared():
    candidate = proposal("2023-06-01", "The harbour master is released on bail")
    assert likeness(candidate, RELEASE) > 0.5
    assert match(candidate, STORE) == Match(Status.NEW, None, 0.0)


def test_likeness_grows_with_shared_actors():
    words = "Police arrest the harbour master"
    alone = likeness(proposal("2018-12-01", words), ARREST)
    cast = likeness(proposal("2018-12-01", words, ARRESTED), ARREST)
    assert cast > alone


def test_one_shared_actor_out_of_several_does_not_count_as_all():
    one = likeness(proposal("2018-12-01", "unrelated words here", ["Ida Marsh"]), ARREST)
    both = likeness(proposal("2018-12-01", "unrelated words here", ARRESTED), ARREST)
    assert one < both


def test_two_articles_reporting_the_same_days_alike_become_one_candidate():
    a = proposal("2019-05-02", "The harbour reopens to ferries", sources=("a",))
    b = proposal("2019-05-02", "Harbour reopens to ferries", sources=("b",))
    (merged,) = merge([a, b])
    assert merged.sources == ("a", "b")
    assert merged.title == a.title


def test_one_article_saying_two_things_on_one_day_keeps_both():
    a = proposal("2019-05-02", "The harbour reopens to ferries", sources=("a",))
    b = proposal("2019-05-02", "The harbour reopens to ferries again", sources=("a",))
    assert len(merge([a, b])) == 2


def test_candidates_for_other_days_are_never_joined_whatever_their_words():
    a = proposal("2019-05-02", "The harbour reopens to ferries", sources=("a",))
    b = proposal("2019-05-03", "The harbour reopens to ferries", sources=("b",))
    c = proposal("2019-05-02", "The harbour reopens to ferries", sources=("c",))
    assert [p.sources for p in merge([a, b, c])] == [("a", "c"), ("b",)]


def test_a_month_does_not_gather_the_days_inside_it():
    month = proposal("2019-05", "Ferries return to the harbour", sources=("a",))
    day = proposal("2019-05-02", "Ferries return to the harbour", sources=("b",))
    assert len(merge([month, day])) == 2


def test_reconcile_merges_then_matches():
    a = proposal("2018-12-01", "Police arrest the harbour master", ARRESTED, sources=("a",))
    b = proposal("2018-12-01", "Police arrest the harbour master", ARRESTED, sources=("b",))
    ((merged, found),) = reconcile([a, b], STORE)
    assert merged.sources == ("a", "b")
    assert found.event == "arrest"


# --- matching against a store indexed by date ------------------------------------------------

DAY = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2020, 12, 31))


@st.composite
def store_dates(draw):
    """A store date of any form: a day, month or year, an interval (long or short), open."""
    one, two = sorted((draw(DAY), draw(DAY)))
    day, other = one.isoformat(), two.isoformat()
    forms = {
        "day": day,
        "month": day[:7],
        "year": day[:4],
        "week": f"{day}/{(one + dt.timedelta(days=6)).isoformat()}",
        "open": f"{day}/..",
        "until": f"../{day[:7]}",
        "range": f"{day}/{other}",
    }
    return forms[draw(st.sampled_from(sorted(forms)))]


WORDS = st.sampled_from(["Police arrest the harbour master", "The harbour master is released"])


@settings(max_examples=60, deadline=None)
@given(
    events=st.lists(st.tuples(store_dates(), WORDS), min_size=1, max_size=25),
    candidates=st.lists(st.tuples(store_dates(), WORDS), min_size=1, max_size=8),
)
def test_matching_with_the_date_index_is_matching_every_event(events, candidates):
    store = [
        Event(id=f"e{i}", date=parse_edtf(d), title=t, actors=ARRESTED)
        for i, (d, t) in enumerate(events)
    ]
    proposals = [proposal(d, t, ARRESTED) for d, t in candidates]
    assert match_all(proposals, store) == [match(p, store) for p in proposals]


def test_a_store_without_actors_still_finds_a_misdated_report():
    # Candidates take their actors from the store's list: a store that names nobody gives
    # candidates with no actors, and words alone must then be able to reach a conflict.
    walkout = Event(
        id="walkout",
        date=parse_edtf("2025-03-10"),
        title="Dockworkers at Port Kessel walk off the job",
    )
    report = proposal("2025-03-09", "Dockworkers at Port Kessel walked off the job")
    found = match(report, [walkout])
    assert (found.status, found.event) == (Status.CONFLICT, "walkout")


def test_actors_on_one_side_only_still_count_against_the_match():
    words = "Police arrest the harbour master"
    assert likeness(proposal("2018-12-01", words), ARREST) < likeness(
        proposal("2018-12-01", words, ARRESTED), ARREST
    )
