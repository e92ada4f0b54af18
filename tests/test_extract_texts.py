"""Times as texts and posts write them: shortened words, lower case, ranges that share a p.m."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

SENT = dt.date(2026, 3, 12)  # a Thursday


def found(sentence, anchor=SENT):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("grabbed a new tv on black friday lol", ("black friday", "DATE", "2025-11-28")),
        ("Cyber Monday deals are live", ("Cyber Monday", "DATE", "2025-12-01")),
        ("hunting eggs on easter sunday", ("easter sunday", "DATE", "2026-04-05")),
        ("new year's eve at the beach was amazing", ("new year's eve", "DATE", "2025-12-31")),
        ("whats everyone doing for nye", ("nye", "DATE", "2025-12-31")),
        ("flying home for thanksgiving", ("thanksgiving", "DATE", "2025-11-27")),
        ("brunch plans for mothers day", ("mothers day", "DATE", "2026-05-10")),
        ("green beer on st patricks day!!", ("st patricks day", "DATE", "2026-03-17")),
    ],
)
def test_holidays_in_lower_case_keep_their_day(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "They sang a hymn of thanksgiving.",
        "have a good friday everyone",
        "Bill Nye explains gravity.",
    ],
)
def test_words_beside_a_holiday_name_stay_ordinary(sentence):
    names = {"thanksgiving", "good friday", "nye"}
    assert all(text.lower() not in names for text, *_ in found(sentence))


def test_every_weekend_is_the_weekend_set_not_a_week():
    assert found("we go climbing every weekend") == [("every weekend", "SET", "XXXX-WE")]


def test_weekday_plurals_in_lower_case_recur():
    assert found("gym on tuesdays, pool on fridays") == [
        ("tuesdays", "SET", "XXXX-WXX-2"),
        ("fridays", "SET", "XXXX-WXX-5"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("exam is the day after tmrw", ("the day after tmrw", "DATE", "2026-03-14")),
        ("day after tomorrow we fly", ("day after tomorrow", "DATE", "2026-03-14")),
        ("day before yday it snowed", ("day before yday", "DATE", "2026-03-10")),
        ("results land a week from today", ("a week from today", "DATE", "2026-03-19")),
        ("3 days from today is payday", ("3 days from today", "DATE", "2026-03-15")),
    ],
)
def test_days_counted_from_today_or_tomorrow_are_one_date(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("cant talk rn, in a meeting", "PRESENT_REF"),
        ("too busy atm sorry", "PRESENT_REF"),
        ("ran into your mum the other day", "PAST_REF"),
    ],
)
def test_shortened_words_for_now_and_lately(sentence, value):
    assert [(v) for _, _, v in found(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "My sister is an RN at the clinic.",
        "the atm ate my card",
        "Is there an atm near the station?",
    ],
)
def test_a_nurse_or_a_cash_machine_is_no_time(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("sat nite was wild", ("sat nite", "TIME", "2026-03-07TNI")),
        ("we leave wed morning", ("wed morning", "TIME", "2026-03-18TMO")),
        ("mon night footy at mine", ("mon night", "TIME", "2026-03-16TNI")),
        ("the shop is shut until sat", ("sat", "DATE", "2026-03-14")),
        ("no sugar till mon", ("mon", "DATE", "2026-03-16")),
    ],
)
def test_short_weekdays_in_lower_case_where_they_can_be_no_verb(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The road is closed until Saturday.", "2026-03-14"),
        ("the bar's shut till fri", "2026-03-13"),
        ("The road was closed until Saturday.", "2026-03-07"),
    ],
)
def test_a_present_passive_until_a_day_looks_ahead(sentence, value):
    assert [v for _, _, v in found(sentence)] == [value]


def test_sat_as_a_verb_before_night_is_no_saturday():
    assert [text for text, *_ in found("we sat night after night by the fire")] == ["night"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("gig is june 3rd!!", ("june 3rd", "DATE", "2026-06-03")),
        ("may 5th is cinco de mayo", ("may 5th", "DATE", "2026-05-05")),
        ("the 3rd of june is my bday", ("the 3rd of june", "DATE", "2026-06-03")),
        ("moving out on the 21st of august", ("the 21st of august", "DATE", "2026-08-21")),
    ],
)
def test_month_names_that_are_words_are_months_beside_an_ordinal_day(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["you may 2 times a day take it", "we march on", "in june or july we decide"],
)
def test_lower_case_month_words_without_a_day_stay_words(sentence):
    assert all(text.lower() not in {"may", "march"} for text, *_ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("kickoff 19:30, dont be late", [("19:30", "TIME", "2026-03-12T19:30")]),
        ("train leaves 21:05 tmrw", [("21:05 tmrw", "TIME", "2026-03-13T21:05")]),
        ("Proverbs 16:9 on my mind", []),
        ("finished the 10k in 21:40", []),
    ],
)
def test_an_hour_past_noon_is_a_clock_time_on_its_own(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "happy hour 6-8pm at the pub",
            [("6", "TIME", "2026-03-12T18:00"), ("8pm", "TIME", "2026-03-12T20:00")],
        ),
        (
            "office hours between 2 and 4pm",
            [("2", "TIME", "2026-03-12T14:00"), ("4pm", "TIME", "2026-03-12T16:00")],
        ),
        (
            "brunch served 11-1pm",
            [("11", "TIME", "2026-03-12T11:00"), ("1pm", "TIME", "2026-03-12T13:00")],
        ),
        (
            "quiet time from 9 to 11 a.m.",
            [("9", "TIME", "2026-03-12T09:00"), ("11 a.m.", "TIME", "2026-03-12T11:00")],
        ),
    ],
)
def test_a_range_of_hours_shares_its_am_or_pm(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", ["we won 3-1 last night", "only $4.99", "open 24/7"])
def test_scores_and_prices_are_no_clock_time(sentence):
    assert all(t != "TIME" or text == "last night" for text, t, _ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("open mic Sat 3/14 at the library", "2026-03-14"),
        ("Friday, 13/3 we ride", "2026-03-13"),
        ("Weds 3/18 is quiz night", "2026-03-18"),
    ],
)
def test_a_weekday_before_a_numeric_date_tells_its_order(sentence, value):
    assert ("DATE", value) in [(t, v) for text, t, v in found(sentence) if "/" in text]


@pytest.mark.parametrize(
    "sentence",
    ["the holiday 1/2 went well", "Sun 3/4 was the score at the break"],
)
def test_a_numeric_pair_that_fits_no_weekday_before_it_is_no_date(sentence):
    assert [text for text, *_ in found(sentence) if "/" in text] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sat. night was loud", ("Sat. night", "TIME", "2026-03-07TNI")),
        ("pizza sun night?", ("sun night", "TIME", "2026-03-15TNI")),
        ("choir practice every sat morning", ("every sat morning", "SET", "XXXX-WXX-6TMO")),
    ],
)
def test_a_short_weekday_with_its_part_of_the_day(sentence, expected):
    assert found(sentence) == [expected]


def test_a_full_stop_after_a_full_weekday_ends_the_sentence():
    texts = [text for text, *_ in found("See you Friday. Night falls early now.")]
    assert texts[0] == "Friday"


@pytest.mark.parametrize(
    "sentence",
    ["my New Year's resolution is to read more", "I'll win one of these days"],
)
def test_phrases_that_only_contain_time_words(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("bumped into him the other night", ("the other night", "DATE", "PAST_REF")),
        ("we spoke the other week", ("the other week", "DATE", "PAST_REF")),
        ("I quit sugar a few years back", ("a few years back", "DATE", "PAST_REF")),
        ("moved to Leeds two years back", ("two years back", "DATE", "2024")),
    ],
)
def test_loose_words_for_a_while_ago(sentence, expected):
    assert found(sentence) == [expected]


def test_back_to_somewhere_is_no_ago():
    assert found("two weeks back to work already") == [("two weeks", "DURATION", "P2W")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("memorial day bbq was fun", [("memorial day", "DATE", "2025-05-26")]),
        ("the labor day rate for a plumber", []),
    ],
)
def test_memorial_and_labor_day_in_lower_case_without_an_article(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the 80s had the best films", [("the 80s", "DATE", "198")]),
        ("grew up in the early 90s", [("the early 90s", "DATE", "199")]),
        ("my gran is in her 90s", []),
        ("highs in the 90s again", []),
        ("shares traded in the 60s", []),
        ("ran a 40s lap", []),
    ],
)
def test_decades_without_an_apostrophe_need_their_article(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("horror marathon on Friday the 13th", ("Friday the 13th", "DATE", "2026-03-13")),
        ("party is Saturday, the 21st", ("Saturday, the 21st", "DATE", "2026-03-21")),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_one_date(sentence, expected):
    assert found(sentence) == [expected]


def test_a_clock_time_leaves_a_dated_weekday_whole():
    assert found("doors at 6pm on fri the 20th") == [
        ("6pm", "TIME", "2026-03-12T18:00"),
        ("fri the 20th", "DATE", "2026-03-20"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Saturday's gonna be epic", ("Saturday", "DATE", "2026-03-14")),
        ("Friday's the day!!", ("Friday", "DATE", "2026-03-13")),
        ("Monday's game was a letdown", ("Monday", "DATE", "2026-03-09")),
    ],
)
def test_weekday_s_as_is_or_as_a_possessive(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my flight is on the 22nd", ("the 22nd", "DATE", "2026-03-22")),
        ("back on the 2nd", ("the 2nd", "DATE", "2026-04-02")),
        ("the parcel arrived on the 2nd", ("the 2nd", "DATE", "2026-03-02")),
    ],
)
def test_an_ordinal_day_alone_looks_ahead_unless_the_verb_is_past(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("missed the 7:15 bus again", [("7:15", "TIME", "2026-03-12T07:15")]),
        ("skip to the 2:45 mark", []),
        ("lunch noonish?", [("noonish", "TIME", "2026-03-12T12:00")]),
    ],
)
def test_clock_times_people_catch(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "weekend"),
    [
        ("camping over the July 4th weekend", "2026-W27-WE"),
        ("memorial day weekend sale!!", "2026-W21-WE"),
    ],
)
def test_a_weekend_right_after_a_day_is_that_day_s_weekend(sentence, weekend):
    assert [v for text, _, v in found(sentence) if text.endswith("weekend")] == [weekend]
