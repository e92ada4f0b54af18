from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.extract.events import candidates, clause_bounds, draft_title, store_date
from carneytl.extract.tagger import Timex

PUBLISHED = dt.date(2026, 1, 14)


def timex(value, type_="DATE", text="x"):
    return Timex(0, len(text), text, type_, value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018", "2018"),
        ("2018-12", "2018-12"),
        ("2018-12-01", "2018-12-01"),
        ("2026-01-14T15:00", "2026-01-14"),
        ("2026-01-14TMO", "2026-01-14"),
        ("2026-W03", "2026-01-12/2026-01-18"),
        ("2026-W03-WE", "2026-01-17/2026-01-18"),
        ("2013-Q1", "2013-01/2013-03"),
        ("2019-H2", "2019-07/2019-12"),
        ("2012-SU", "2012-06~/2012-08~"),
        ("2012-WI", "2012-12~/2013-02~"),
        ("199", "1990/1999"),
        ("19", "1900/1999"),
    ],
)
def test_timex_values_become_store_dates(value, expected):
    date = store_date(timex(value), PUBLISHED)
    assert date == expected
    parse_edtf(date)


@pytest.mark.parametrize("value", ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-12-25"])
def test_values_without_a_span_give_no_store_date(value):
    assert store_date(timex(value), PUBLISHED) is None


def test_a_duration_counted_from_publication_is_an_approximate_interval():
    ahead = timex("P10Y", "DURATION", "the next decade")
    behind = timex("P2Y", "DURATION", "the past two years")
    assert store_date(ahead, PUBLISHED) == "2026/2036~"
    assert store_date(behind, PUBLISHED) == "2024/2026~"
    assert store_date(timex("P3H", "DURATION", "three hours"), PUBLISHED) is None


def test_approximate_phrasing_marks_the_date_approximate():
    assert store_date(timex("2024", text="about two years ago"), PUBLISHED) == "2024~"


def test_the_title_is_the_clause_without_its_date():
    sentence = "On Thursday, Carney meets the Premier of China, Li Qiang."
    assert draft_title(sentence, 0, len("On Thursday")) == "Carney meets the Premier of China"


def test_the_title_drops_a_leading_connective():
    sentence = "The premier spoke, after the pair met last year at a summit."
    start = sentence.index("last year")
    assert draft_title(sentence, start, start + len("last year")) == "The pair met at a summit"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("PORT KESSEL - ", "Dockworkers walked off the job"),
        ("LONDON (Reuters) — ", "Dockworkers walked off the job"),
        ("US - ", "US - Dockworkers walked off the job"),
        ("", "Dockworkers walked off the job"),
    ],
)
def test_the_title_leaves_out_a_dateline_that_opens_the_sentence(opening, title):
    sentence = f"{opening}Dockworkers walked off the job on 10 March 2025."
    start = sentence.index("on 10 March")
    assert draft_title(sentence, start, start + len("on 10 March 2025")) == title


def test_actors_match_by_full_name_or_a_distinctive_part():
    actors = ["Mark Carney", "Canada", "United States", "Xi Jinping"]
    sentence = "Carney told Canada’s allies on Friday the United Kingdom would not mind."
    [candidate] = candidates(sentence, PUBLISHED, actors)
    # In the order of the names, not of the sentence.
    assert candidate.actors == ("Canada", "Mark Carney")


def test_each_dated_expression_in_a_sentence_proposes_an_event():
    text = (
        "On Friday, the prime minister is scheduled to meet Xi Jinping, "
        "after the pair met last year at a summit. He is now abroad."
    )
    found = candidates(text, PUBLISHED, ["Xi Jinping", "Mark Carney"])
    assert [(c.date, c.as_written) for c in found] == [
        ("2026-01-16", "On Friday"),
        ("2025", "last year"),
    ]
    assert all(c.actors == ("Xi Jinping",) for c in found)


def test_candidate_ids_are_unique_slugs():
    text = "Talks began in 2018. Talks began in 2018!"
    ids = [c.id for c in candidates(text, PUBLISHED)]
    assert ids == ["2018-talks-began", "2018-talks-began-2"]


def test_an_empty_article_is_said_to_be_empty_and_gives_no_review(runner):
    from carneytl.cli import app

    result = runner.invoke(app, ["extract", "-", "--published", "2026-01-14"], input="")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: <stdin> is empty\n"


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "On",
                "Friday",
                "the",
                "pair",
                "met",
                "last",
                "year",
                "in",
                "2018",
                ".",
                "Xi",
                "will",
                "meet",
                "next",
                "week",
                "since",
                "2017",
                ",",
                "after",
                "\n",
                "summer",
                "1990s",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
def test_every_candidate_date_is_a_valid_store_date(text):
    for candidate in candidates(text, PUBLISHED, ["Xi Jinping"]):
        parse_edtf(candidate.date)
        assert candidate.title
        assert "\n" not in candidate.title


def test_a_title_reads_its_clause_once_for_all_its_dates():
    sentence = "The envoys met on May 3, again on May 9 and once more on May 20 in Geneva."
    clauses = clause_bounds(sentence)
    for date in ("May 3", "May 9", "May 20"):
        start = sentence.index(date)
        end = start + len(date)
        assert draft_title(sentence, start, end, clauses) == draft_title(sentence, start, end)


def test_a_long_clause_gives_a_title_from_its_first_words():
    # One line of many dates: each title is read from the clause's first thousand characters.
    sentence = "Officials counted " + "ballots on May 3 and " * 2000 + "closed the count."
    start = sentence.index("May 3")
    title = draft_title(sentence, start, start + 5)
    assert title.startswith("Officials counted ballots")
    assert len(title) <= 100
