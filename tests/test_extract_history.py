"""How the tagger reads a history: the stretches, steps and spans that war narratives write."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A history is read long after the events it tells.
READ_ON = dt.date(2025, 6, 1)
OPENING = "In March 1916 the army crossed the river. "


def found(text, kind="narrative"):
    return [(t.text, t.value) for t in find_timexes(text, READ_ON, kind)]


def told(sentence):
    """What the tagger finds in ``sentence``, told after a sentence set in March 1916."""
    start = len(OPENING)
    return [
        (t.text, t.value)
        for t in find_timexes(OPENING + sentence, READ_ON, "narrative")
        if t.start >= start
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only a few days earlier, the general had fled.", ("Only a few days", "PAST_REF")),
        ("A few weeks later, the garrison gave in.", ("A few weeks", "FUTURE_REF")),
        ("Several months before, the envoys had left.", ("Several months", "PAST_REF")),
    ],
)
def test_a_vague_step_before_a_comma_keeps_its_direction(sentence, expected):
    assert told(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A step of years from a month in focus names a year, as its words do.
        ("Five years later the republic fell.", ("Five years", "1921")),
        ("Two months later the siege was lifted.", ("Two months", "1916-05")),
        ("Almost two decades earlier, the fort had been built.", ("Almost two decades", "189")),
        ("A century later the bridge was rebuilt.", ("A century", "20")),
    ],
)
def test_a_step_from_the_date_in_focus_names_the_unit_it_counts(sentence, expected):
    assert told(sentence) == [expected]


def test_news_keeps_the_precision_of_the_day_it_steps_from():
    text = "The plant closed on March 3, 2019. Two years later it reopened."
    values = [(t.text, t.value) for t in find_timexes(text, READ_ON, "news")]
    assert ("Two years", "2021-03-03") in values


def test_the_previous_decade_of_a_history_is_the_one_before_its_story():
    assert told("The previous decade had been calm.") == [("The previous decade", "190")]


def test_a_following_day_the_story_never_pinned_down_stays_in_its_month():
    # Only the month is known, so the day after it is not; it is no day near publication.
    assert told("The following day the city fell.") == [("The following day", "1916-03-XX")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fighting went on for the next year.", ("the next year", "P1Y")),
        ("Over the next month the siege tightened.", ("the next month", "P1M")),
    ],
)
def test_for_the_next_year_is_a_stretch_of_time(sentence, expected):
    assert told(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the spring of that year the rebels rose.", ("the spring of that year", "1916-SP")),
        ("Peace came in the autumn of the same year.", ("the autumn of the same year", "1916-FA")),
        (
            "The army returned in the winter of the following year.",
            ("the winter of the following year", "1917-WI"),
        ),
    ],
)
def test_a_season_of_that_year_belongs_to_the_year_in_focus(sentence, expected):
    assert told(sentence) == [expected]


def test_the_fall_of_a_city_is_still_no_season():
    assert told("The fall of the city shocked the court.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No trace of the treasure has been found to date.", [("date", "PRESENT_REF")]),
        ("To date, no trace of the treasure has been found.", [("date", "PRESENT_REF")]),
        ("The old fort stands in present-day Romania.", [("present-day", "PRESENT_REF")]),
        ("The army kept its maps up to date.", []),
        ("Scholars find the charter hard to date.", []),
    ],
)
def test_to_date_and_present_day_speak_of_now(sentence, expected):
    assert told(sentence) == expected


def test_a_date_a_figure_was_counted_on_leaves_the_story_where_it_was():
    text = (
        "In March 1916 the army crossed the river. Its losses (as of 4 May 1931, by one count) "
        "were heavy. Through the summer it held the bridge."
    )
    values = [(t.text, t.value) for t in find_timexes(text, READ_ON, "narrative")]
    assert ("the summer", "1916-SU") in values
    assert ("4 May 1931", "1931-05-04") in values


def test_a_glimpse_years_ahead_in_mid_paragraph_leaves_the_story_where_it_was():
    text = (
        "The rebels took the fort on 2 June 1848. Its gate was torn down, a scene that "
        "veterans re-enacted years later. In May 1860, they did so again before a crowd. "
        "On 9 June the rebels marched on the capital."
    )
    values = [(t.text, t.value) for t in find_timexes(text, READ_ON, "narrative")]
    assert ("May 1860", "1860-05") in values
    assert ("9 June", "1848-06-09") in values


def test_a_second_leap_ahead_means_the_story_has_moved_on():
    text = (
        "She first flew on 3 May 1950. She crossed the ocean in October 1958 and on "
        "12 April 1961 she set a record. On 2 July she retired."
    )
    values = [(t.text, t.value) for t in find_timexes(text, READ_ON, "narrative")]
    assert ("2 July", "1961-07-02") in values


def test_a_leap_that_opens_a_paragraph_moves_the_story():
    text = "The rebels took the fort on 2 June 1848.\nIn May 1860, peace came. On 9 June it held."
    values = [(t.text, t.value) for t in find_timexes(text, READ_ON, "narrative")]
    assert ("9 June", "1860-06-09") in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The battle was fought on 25 October 1415.", [("25 October 1415", "1415-10-25")]),
        ("He reigned from 1509 until 1547.", [("1509", "1509"), ("1547", "1547")]),
        ("Some 1200 soldiers marched north in 1453.", [("1453", "1453")]),
    ],
)
def test_a_history_reads_years_before_1600(text, expected):
    assert found(text) == expected


def test_news_reads_a_bare_number_below_1600_as_a_count():
    text = "Police said 1200 gathered on Friday."
    assert "1200" not in [t.text for t in find_timexes(text, READ_ON, "news")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army marched the next morning.", ("the next morning", "1916-03-XXTMO")),
        ("That night the guns fell silent.", ("That night", "1916-03-XXTNI")),
    ],
)
def test_a_part_of_an_unpinned_day_stays_in_the_storys_month(sentence, expected):
    assert told(sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plague struck in the 17th and 18th centuries.",
            [("the 17th", "16"), ("18th centuries", "17")],
        ),
        ("Throughout the nineteenth century the empire grew.", [("the nineteenth century", "18")]),
        ("In the mid-nineteenth century the railway came.", [("the mid-nineteenth century", "18")]),
        ("The town was sacked in the 5th century AD.", [("the 5th century AD", "04")]),
        ("The shrine dates from the 6th century BC.", [("the 6th century BC", "BC05")]),
        ("A second century of peace followed.", []),
    ],
)
def test_centuries_as_histories_write_them(text, expected):
    assert found(text) == expected


def test_a_day_before_and_is_still_a_day_of_the_month():
    assert found("The talks ran on 17 and 18 March 1921.") == [
        ("17", "1921-03-17"),
        ("18 March 1921", "1921-03-18"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fighting went on into the following spring.", ("the following spring", "1917-SP")),
        ("The army rested and marched the next summer.", ("the next summer", "1916-SU")),
        ("The previous winter had been mild.", ("The previous winter", "1915-WI")),
        ("The winter of 1941-42 was harsh.", ("The winter of 1941-42", "1941-WI")),
    ],
)
def test_a_season_counted_from_the_date_in_focus(sentence, expected):
    assert told(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The following decade saw rapid growth.", ("The following decade", "192")),
        ("The preceding century had been violent.", ("The preceding century", "18")),
        ("Over the next decade the city grew.", ("the next decade", "P10Y")),
    ],
)
def test_a_decade_or_century_counted_from_the_story(sentence, expected):
    assert told(sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Ash buried the town in AD 79.", "news", [("AD 79", "0079")]),
        (
            "The city was sacked in 410 CE and in 455 AD.",
            "narrative",
            [("410 CE", "0410"), ("455 AD", "0455")],
        ),
        ("The AD 5 unit opened fire.", "news", []),
    ],
)
def test_years_of_the_common_era(text, kind, expected):
    assert found(text, kind) == expected


def test_a_number_below_1600_without_a_preposition_is_a_label_not_a_year():
    found_words = [text for text, _ in found("The council passed Resolution 1483 in 2003.")]
    assert found_words == ["2003"]


def test_a_day_range_in_a_story_set_bc_is_no_error():
    # "April 21-22" after a year BC: the days have no calendar the tagger can name; it must
    # still read the sentence without failing.
    text = "In 300 BC, on April 21-22 the fleet sailed."
    found = find_timexes(text, dt.date(2026, 2, 2), "narrative")
    assert [t.value for t in found][:1] == ["BC0300"]
