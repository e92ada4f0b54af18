"""How the tagger reads time the way a careful reporter would: focus, tense, ranges, odd forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.extract.events import candidates
from carneytl.extract.tagger import find_timexes, text_kind, unwritten_early_year

# A Saturday in March: April and May lie ahead of it, so a past tense must reach back a year.
MARCH = dt.date(2026, 3, 14)


def found(text, anchor=MARCH, kind="auto"):
    return [(t.text, t.value) for t in find_timexes(text, anchor, kind)]


def value_of(text, words, anchor=MARCH, kind="auto"):
    values = [t.value for t in find_timexes(text, anchor, kind) if t.text == words]
    assert len(values) == 1, found(text, anchor, kind)
    return values[0]


# --- the date in focus --------------------------------------------------------------------

HISTORY = (
    "Twenty years after the armistice of 1918, the peace failed.\n"
    "In September 1939, German troops crossed into Poland.\n"
    "By late October the campaign was over, and the following year the fighting moved west.\n"
    "On 10 May 1940 the offensive began. The next day bridges fell; on 14 May the line broke.\n"
    "Eight days later the armies reached the sea."
)


def test_a_narrative_carries_its_year_from_paragraph_to_paragraph():
    assert value_of(HISTORY, "late October", kind="narrative") == "1939-10"
    assert value_of(HISTORY, "14 May", kind="narrative") == "1940-05-14"


def test_a_narrative_counts_the_next_day_and_days_later_from_the_day_it_named():
    assert value_of(HISTORY, "the following year", kind="narrative") == "1940"
    assert value_of(HISTORY, "The next day", kind="narrative") == "1940-05-11"
    assert value_of(HISTORY, "Eight days", kind="narrative") == "1940-05-22"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The fort fell on 3 June 1863. The day before, the guns fell silent.",
            "The day before",
            "1863-06-02",
        ),
        (
            "The fort fell on 3 June 1863. The governor resigned the same day.",
            "the same day",
            "1863-06-03",
        ),
        ("The fort fell in June 1863. Riots broke out that month.", "that month", "1863-06"),
        (
            "The war began in 1861. Congress met on July 25 of that year.",
            "July 25 of that year",
            "1861-07-25",
        ),
    ],
)
def test_words_that_point_back_follow_the_date_last_named(text, words, value):
    assert value_of(text, words, kind="narrative") == value


def test_a_history_before_christ_counts_its_years_down():
    text = (
        "The revolt broke out in 499 BC and was crushed in 494 BC. The following year the "
        "king sent a fleet. In September the fleet sailed; the summer had been calm. "
        "A decade earlier the cities had been free."
    )
    assert value_of(text, "The following year", kind="narrative") == "BC0493"
    assert value_of(text, "September", kind="narrative") == "BC0493-09"
    assert value_of(text, "the summer", kind="narrative") == "BC0493-SU"
    assert value_of(text, "A decade", kind="narrative") == "BC0503"


def test_a_year_in_passing_does_not_move_the_story():
    text = (
        "The city fell on 10 March 1975, and a campaign planned for 1976 was brought forward. "
        "On 11 March the army withdrew."
    )
    assert value_of(text, "11 March", kind="narrative") == "1975-03-11"


def test_news_counts_days_later_from_a_day_named_in_the_same_paragraph():
    text = "Police held him on Dec. 1, 2018. Nine days later, two men were detained.\n"
    assert value_of(text + "Three days later, talks resumed.", "Nine days") == "2018-12-10"
    assert value_of(text + "Three days later, talks resumed.", "Three days") == "P3D"


def test_a_history_is_told_apart_from_news_by_its_dates():
    assert text_kind(HISTORY, MARCH) == "narrative"
    news = "The minister resigned on Friday. Her party lost the vote last week, as in 2025."
    assert text_kind(news, MARCH) == "news"


def test_auto_reads_a_history_as_a_narrative():
    assert value_of(HISTORY, "late October") == "1939-10"


def test_news_dates_a_bare_month_against_publication_beyond_its_own_sentence():
    text = "Prices peaked in 1997. Shares fell in January."
    assert value_of(text, "January", kind="news") == "2026-01"
    assert value_of("Prices peaked in March 1997 and fell in June.", "June") == "1997-06"


def test_a_narratives_next_month_and_end_of_the_year_follow_the_story():
    text = "The siege began in March 1871. By next month the city had fallen."
    assert value_of(text, "next month", kind="narrative") == "1871-04"
    text = "The siege began in March 1871. By the end of the year it was over."
    assert value_of(text, "the end of the year", kind="narrative") == "1871"


def test_a_narratives_today_is_the_present_age():
    assert value_of("The treaty still shapes the border today.", "today", kind="narrative") == (
        "PRESENT_REF"
    )


# --- tense ----------------------------------------------------------------------------------


def test_the_dates_own_clause_decides_its_tense():
    text = "The envoy will fly to Oslo on Friday, and a reception is scheduled."
    assert value_of(text, "Friday") == "2026-03-20"


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The council approved the budget in April.", "April", "2025-04"),
        ("In May, the bank collapsed.", "May", "2025-05"),
        ("She took the title on April 12.", "April 12", "2025-04-12"),
    ],
)
def test_something_told_in_the_past_tense_never_happened_after_publication(sentence, words, value):
    assert value_of(sentence, words) == value


def test_a_future_clause_still_looks_ahead():
    assert value_of("The council said it will vote on the budget in April.", "April") == "2026-04"


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Shareholders get cash at closing, which is expected in May.", "May", "2026-05"),
        ("The fund said it is redeeming the notes on Apr. 9.", "Apr. 9", "2026-04-09"),
        ("Since Acme bought Zeta in May, its shares have doubled.", "May", "2025-05"),
    ],
)
def test_expectation_and_the_progressive_look_ahead_and_since_looks_back(sentence, words, value):
    assert value_of(sentence, words) == value


def test_a_perfect_or_an_end_leaves_room_for_a_date_ahead():
    assert value_of("The bank has extended the loan through May.", "May") == "2026-05"


# --- ranges and lists -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war of 1915-17 ruined them.", [("1915", "1915"), ("17", "1917")]),
        ("Output fell in 2009-2010.", [("2009", "2009"), ("2010", "2010")]),
        (
            "The talks ran on 19-20 October 2010.",
            [("19", "2010-10-19"), ("20 October 2010", "2010-10-20")],
        ),
        (
            "Strikes are planned for 8 and 9 March 2027.",
            [("8", "2027-03-08"), ("9 March 2027", "2027-03-09")],
        ),
        ("The fair will open April 6-7.", [("April 6", "2026-04-06"), ("7", "2026-04-07")]),
        (
            "The siege lasted from June 11 to July 19, 2010.",
            [("June 11", "2010-06-11"), ("July 19, 2010", "2010-07-19")],
        ),
        ("Rents rose from 2010 to 2015.", [("2010", "2010"), ("2015", "2015")]),
    ],
)
def test_each_end_of_a_range_is_its_own_expression(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "date", "as_written"),
    [
        ("The fair will open April 6-7 downtown.", "2026-04-06/2026-04-07", "April 6-7"),
        (
            "Rents rose from 2010 to 2015 in the city.",
            "2010/2015",
            "from 2010 to 2015",
        ),
        ("The war of 1915-17 ruined the family.", "1915/1917", "of 1915-17"),
    ],
)
def test_a_range_proposes_one_interval_candidate(text, date, as_written):
    proposed = candidates(text, MARCH)
    assert [(c.date, c.as_written) for c in proposed] == [(date, as_written)]


def test_two_dates_joined_by_and_are_a_list_not_a_range():
    proposed = candidates("Elections were held in 2009 and 2015.", MARCH)
    assert [c.date for c in proposed] == ["2009", "2015"]


# --- compound expressions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The vote is due in the first week of April.", "the first week of April", "2026-W14"),
        ("The blast came on 3 Oct 2025 10pm.", "3 Oct 2025 10pm", "2025-10-03T22:00"),
        (
            "Troops landed on the night of 20 June 1944.",
            "the night of 20 June 1944",
            "1944-06-20TNI",
        ),
        ("Doors open this Sat, 430pm.", "this Sat, 430pm", "2026-03-14T16:30"),
    ],
)
def test_a_compound_expression_is_one_expression(text, words, value):
    assert value_of(text, words) == value


# --- years BC, parts of the day, clock times --------------------------------------------------


def test_years_before_christ_are_written_as_timex3_writes_them():
    assert found("The city fell in 404 BCE, long after 753 BC.") == [
        ("404 BCE", "BC0404"),
        ("753 BC", "BC0753"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ministers met in the morning.", "the morning", "2026-03-14TMO"),
        ("The polls close at 20:00 tonight.", "20:00 tonight", "2026-03-14T20:00"),
        ("The polls close at 11:30.", "11:30", "2026-03-14T11:30"),
        ("The ferry leaves at 7.30am.", "7.30am", "2026-03-14T07:30"),
    ],
)
def test_parts_of_the_day_and_clock_times(text, words, value):
    assert value_of(text, words) == value


# --- informal forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("see u tmr at the gym", "tmr", "2026-03-15"),
        ("party tonite!!", "tonite", "2026-03-14TNI"),
        ("queued 1hr for coffee", "1hr", "PT1H"),
        ("bus comes in 4 min", "4 min", "PT4M"),
        ("gym on fri?", "fri", "2026-03-20"),
        ("lunch on monday", "monday", "2026-03-16"),
        ("moving house nxt yr", "nxt yr", "2027"),
        ("my exam will be in november", "november", "2026-11"),
        ("trmw must wake up early", "trmw", "2026-03-15"),
        ("no idea what lies in my future.", "future", "FUTURE_REF"),
    ],
)
def test_informal_forms_messages_use(text, words, value):
    assert value_of(text, words) == value


# --- quarters and halves ------------------------------------------------------------------------


def test_quarters_and_halves_of_the_year():
    assert value_of("Profits fell last quarter.", "last quarter") == "2025-Q4"
    text = "Profits will recover in the first half of the year."
    assert value_of(text, "the first half of the year") == "2026-H1"


# --- false alarms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A second attack followed at dawn.",
        "Historians date the empire's decline from the fall of Kabul.",
        "Veterans of the Long March were honoured.",
        "The March to the Sea cut the South in two.",
        "Police questioned his 22-year-old son.",
    ],
)
def test_words_that_only_look_like_time_are_left_alone(sentence):
    assert find_timexes(sentence, MARCH) == []


def test_a_year_after_in_is_a_year_even_before_a_plural_noun():
    assert found("Beginning in 1970 American troops left.") == [("1970", "1970")]
    assert found("The firm hired 1970 American workers.") == []


def test_a_decade_never_gives_a_bare_month_a_three_digit_year():
    values = [value for _, value in found("Prices rose in the 1990s, peaking in March.")]
    assert values == ["199", "2026-03"]


def test_a_year_named_after_a_decade_moves_the_narrative_there():
    # The story sat in a decade; the year named next is not an aside from it, so the days
    # that follow take that year instead of being dropped.
    text = "Prices rose in the 1990s. The war of 1915 came. The battles of 19-20 Oct were costly."
    assert found(text, kind="narrative") == [
        ("the 1990s", "199"),
        ("1915", "1915"),
        ("19", "1915-10-19"),
        ("20 Oct", "1915-10-20"),
    ]


def test_a_narrative_in_a_decade_leaves_a_bare_month_undated():
    assert found("Prices rose in the 1990s, peaking in March.", kind="narrative") == [
        ("the 1990s", "199")
    ]


def test_a_narrative_clock_time_without_a_day_in_focus_is_not_publication_day():
    text = "In 1915 war came. At 10pm the city slept."
    assert value_of(text, "10pm", kind="narrative") == "XXXX-XX-XXT22:00"
    assert value_of(text, "10pm", kind="news") == "2026-03-14T22:00"


# --- candidates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "",
        # A file that opens with a blank line, and a dateline under a headline.
        "\n",
        "\n\n  ",
        "Minister quits\n\n",
    ],
)
def test_a_dateline_is_not_a_candidate_event(before):
    text = before + "OTTAWA, March 13 (CP) - The minister resigned on Thursday."
    proposed = candidates(text, MARCH)
    assert [(c.date, c.as_written) for c in proposed] == [("2026-03-12", "on Thursday")]
    assert proposed[0].title == "The minister resigned"


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The rocket rose from Cape Kennedy on Friday.", ()),
        ("Crowds filled Kennedy Airport on Friday.", ()),
        ("Kennedy spoke first on Friday.", ("John F. Kennedy",)),
        ("Then President Kennedy spoke on Friday.", ("John F. Kennedy",)),
    ],
)
def test_a_surname_inside_another_name_does_not_match_the_actor(sentence, named):
    [candidate] = candidates(sentence, MARCH, ["John F. Kennedy"])
    assert candidate.actors == named


@pytest.mark.parametrize(
    ("value", "words", "dropped"),
    [
        ("0199-03", "March", True),
        ("0199", "the 1990s", False),  # a decade is three digits, not a year
        ("0800", "in 800", False),
        ("BC0479", "479 BC", False),
        ("19", "the 20th century", False),
    ],
)
def test_a_year_before_1000_is_kept_only_when_the_text_wrote_it(value, words, dropped):
    assert unwritten_early_year(value, words) is dropped


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "In",
                "1939",
                "-",
                "45",
                "BC",
                "480",
                "from",
                "to",
                "and",
                "April",
                "6",
                "-7",
                "2011",
                "19",
                "October",
                "the",
                "day",
                "before",
                "after",
                "next",
                "year",
                "later",
                "three",
                "days",
                "tmr",
                "at",
                "11:30",
                "430pm",
                "this",
                "Sat",
                ",",
                ".",
                "\n",
                "night",
                "of",
                "first",
                "week",
                "Christmas",
                "evening",
                "1990s",
                "March",
                "will",
                "was",
                "held",
                "fri",
                "since",
                "every",
                "morning",
                "that",
                "same",
                "spring",
            ]
        ),
        max_size=40,
    ).map(" ".join),
    kind=st.sampled_from(["auto", "news", "narrative"]),
)
def test_any_text_gives_well_formed_expressions_and_valid_candidates(words, kind):
    for timex in find_timexes(words, MARCH, kind):
        assert words[timex.start : timex.end] == timex.text
        assert timex.text == timex.text.strip()
        assert timex.type in {"DATE", "TIME", "DURATION", "SET"}
        assert not unwritten_early_year(timex.value, timex.text)
    for candidate in candidates(words, MARCH, ["John F. Kennedy"], kind):
        parse_edtf(candidate.date)
        assert candidate.title
