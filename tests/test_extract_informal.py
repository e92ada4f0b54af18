"""Dates as messages write them: short months in lower case, slashed days, text-speak words."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def found(sentence, anchor=PUBLISHED):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor, "news")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("my cousin flies in on feb 3", ("feb 3", "DATE", "2026-02-03")),
        ("the gig is on 21 feb, who is coming", ("21 feb", "DATE", "2026-02-21")),
        ("uni starts sept 8th, cant wait", ("sept 8th", "DATE", "2026-09-08")),
        ("rent was due on dec 30", ("dec 30", "DATE", "2025-12-30")),
    ],
)
def test_a_short_month_in_lower_case_with_its_day_is_a_date(sentence, expected):
    assert found(sentence) == [expected]


def test_mar_in_lower_case_stays_a_verb():
    assert found("do not let one bad call mar 2 good games") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("we moved back in Dec", ("Dec", "DATE", "2025-12")),
        ("no rain here since oct", ("oct", "DATE", "2025-10")),
        ("the pool stays shut until Apr", ("Apr", "DATE", "2026-04")),
    ],
)
def test_a_short_month_alone_after_a_preposition_is_the_month(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Got a long letter from Jan today",  # a name after "from"
        "We stayed in Jan's flat",  # a name's possessive
        "Loans at 6% apr are back",  # a rate, not April
        "The Dec figures look weak",  # before a noun, with no preposition
    ],
)
def test_a_short_month_with_no_preposition_before_it_or_a_name_is_no_month(sentence):
    assert all(text not in {"Jan", "apr", "Dec"} for text, _, _ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tickets for the 25/12/2025 show sold out", ("25/12/2025", "DATE", "2025-12-25")),
        ("See you on 2/19!", ("2/19", "DATE", "2026-02-19")),
        ("Send the forms by 28/2 please", ("28/2", "DATE", "2026-02-28")),
        ("The pop-up ran from 13/1 to the end", ("13/1", "DATE", "2026-01-13")),
    ],
)
def test_slashed_days_are_dates_where_their_order_is_sure(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "I got 12/25 on the quiz",  # a score: nothing asks for a time
        "We meet on 3/4 as planned",  # month and day could be either way round
        "Add 3/4 of a cup of sugar",  # a fraction
        "Rates went up on 12/13% loans",  # a percentage
    ],
)
def test_slashed_numbers_that_may_be_no_date_are_left_alone(sentence):
    assert all("/" not in text for text, _, _ in found(sentence))


def test_2day_alone_is_today_and_a_2day_course_lasts_two_days():
    assert found("2day was so tiring lol") == [("2day", "DATE", "2026-01-14")]
    assert found("Signed up for a 2day course") == [("2day", "DURATION", "P2D")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Decorating the Christmas tree with my sister",
        "Wrote all our Xmas cards tonite",
        "Found an ugly Christmas jumper at the market",
    ],
)
def test_a_thing_of_the_season_is_no_christmas_day(sentence):
    assert all(value not in {"2026-12-25", "2025-12-25"} for _, _, value in found(sentence))


def test_christmas_before_an_event_or_a_gift_is_still_the_day():
    assert found("Our Christmas party is at the office")[0][:2] == ("Christmas", "DATE")
    assert found("My Christmas gift came early!")[0][0] == "Christmas"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Payday is on the 28th, cannot wait", ("the 28th", "DATE", "2026-01-28")),
        ("The parcel finally came on the 3rd.", ("the 3rd", "DATE", "2026-01-03")),
        ("I will be back by the 2nd", ("the 2nd", "DATE", "2026-02-02")),
        ("We flew out on the 30th and it snowed", ("the 30th", "DATE", "2025-12-30")),
    ],
)
def test_an_ordinal_day_after_a_preposition_is_the_nearest_such_day(sentence, expected):
    assert found(sentence) == [expected]


def test_an_ordinal_day_after_a_named_day_takes_its_month():
    assert found("Flights leave March 3 and come back on the 20th.") == [
        ("March 3", "DATE", "2026-03-03"),
        ("the 20th", "DATE", "2026-03-20"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our flat is on the 25th floor",
        "It was taken by the 3rd Battalion",
        "She won on the 19th hole playoff",
        "This is the 25th time I asked",
    ],
)
def test_an_ordinal_before_a_noun_or_with_no_preposition_is_no_day(sentence):
    assert found(sentence) == []


def test_an_ordinal_day_alone_in_a_history_with_no_day_in_focus_is_left_alone():
    history = "The war dragged on. The fleet sailed at last on the 25th."
    assert find_timexes(history, PUBLISHED, "narrative") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Best holiday ever, summer '14", ("summer '14", "DATE", "2014-SU")),
        ("Graduated in May '19 and still job hunting", ("May '19", "DATE", "2019-05")),
        ("Photos from our Dec ’24 trip", ("Dec ’24", "DATE", "2024-12")),
        ("My grandad never forgot winter '47", ("winter '47", "DATE", "1947-WI")),
    ],
)
def test_a_month_or_season_with_an_apostrophe_year_is_that_year(sentence, expected):
    assert found(sentence) == [expected]


def test_quote_marks_around_a_season_lend_it_no_year():
    # "sang" is a past tense: the summer gone, not the one ahead, and never 2014.
    assert found("He sang 'summer' 14 times") == [("summer", "DATE", "2025-SU")]
    assert found("He sings 'summer' 14 times") == [("summer", "DATE", "2026-SU")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("FLASH SALE ENDS THURS!!", ("THURS", "DATE", "2026-01-15")),
        ("NEW STOCK IN ON TUES", ("TUES", "DATE", "2026-01-20")),
        ("DOORS OPEN ON SAT", ("SAT", "DATE", "2026-01-17")),
        ("GIG ON FEB 13, BE THERE", ("FEB 13", "DATE", "2026-02-13")),
        ("BACK IN SEPT", ("SEPT", "DATE", "2025-09")),
    ],
)
def test_short_weekdays_and_months_in_capitals_are_read_as_in_lower_case(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "I HAD A SAT TEST TODAY",  # the exam, with no "on" before it
        "THE SUN IS OUT",
        "ONLY 5.9% APR 12 MONTHS",  # a loan's rate before its term
        "DONT MAR 2 GOOD GAMES",
    ],
)
def test_capital_short_forms_that_are_other_words_are_no_dates(sentence):
    assert all(
        text.split()[0] not in {"SAT", "SUN", "APR", "MAR"} for text, _, _ in found(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("prices dropped mid-dec, as usual", ("mid-dec", "DATE", "2025-12")),
        ("moving out early feb", ("early feb", "DATE", "2026-02")),
        ("the lease runs to the end of nov", ("the end of nov", "DATE", "2025-11")),
    ],
)
def test_a_short_month_after_a_modifier_is_the_month(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Open mic Sat 8pm, bring a friend", ("Sat 8pm", "TIME", "2026-01-17T20:00")),
        ("BRUNCH SUN 11AM", ("SUN 11AM", "TIME", "2026-01-18T11:00")),
    ],
)
def test_a_capitalised_sat_or_sun_before_a_clock_time_is_the_weekday(sentence, expected):
    assert found(sentence) == [expected]


def test_sat_as_a_verb_before_a_count_is_no_weekday():
    assert found("Sat 8 hours in traffic today") == [
        ("8 hours", "DURATION", "PT8H"),
        ("today", "DATE", "2026-01-14"),
    ]


@pytest.mark.parametrize(
    "sentence", ["The market runs on weekends.", "Lazy weekends are the best", "Our weekends fly"]
)
def test_weekends_alone_recur(sentence):
    assert [(t, v) for t, _, v in found(sentence)] == [("weekends", "XXXX-WE")]
    assert found(sentence)[0][1] == "SET"


@pytest.mark.parametrize(
    "sentence",
    ["Those weekends by the lake were fun", "I spent three weekends painting", "for 2 weekends"],
)
def test_weekends_counted_or_pointed_at_do_not_recur(sentence):
    assert all(kind != "SET" for _, kind, _ in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("see u tmrow at the gym", ("tmrow", "DATE", "2026-01-15")),
        ("cant wait for 2moz", ("2moz", "DATE", "2026-01-15")),
        ("movie marathon 2nyt", ("2nyt", "TIME", "2026-01-14TNI")),
        ("so tired from ystrdy", ("ystrdy", "DATE", "2026-01-13")),
    ],
)
def test_more_text_speak_spellings_of_the_days_around_today(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the next meetup is 26nov 2026", ("26nov 2026", "DATE", "2026-11-26")),
        ("gig on 3Feb, tickets at the door", ("3Feb", "DATE", "2026-02-03")),
    ],
)
def test_a_day_run_on_into_its_month_is_a_date(sentence, expected):
    assert found(sentence) == [expected]


@pytest.mark.parametrize("sentence", ["The 3M plant closed", "we walked 5km today", "on 10may"])
def test_a_number_run_on_into_a_word_that_is_no_short_month_is_no_day(sentence):
    assert all(kind != "DATE" or text == "today" for text, kind, _ in found(sentence))


@pytest.mark.parametrize("sentence", ["party on 12.25", "deadline 25.12", "it costs 12.25 only"])
def test_a_dotted_pair_of_numbers_is_no_day(sentence):
    assert all(kind not in {"DATE", "TIME"} for _, kind, _ in found(sentence))


def test_an_apostrophe_year_takes_the_century_that_puts_it_at_most_ten_years_ahead():
    assert found("the reunion is set for summer '36") == [("summer '36", "DATE", "2036-SU")]
    assert found("my nan still talks about summer '37") == [("summer '37", "DATE", "1937-SU")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("xmas eve dinner at grandma's", ("xmas eve", "DATE", "2025-12-24")),
        ("NYE plans anyone?", ("NYE", "DATE", "2025-12-31")),
        ("a table for two on valentines day", ("valentines day", "DATE", "2026-02-14")),
    ],
)
def test_holidays_as_messages_write_them(sentence, expected):
    assert found(sentence) == [expected]


def test_nye_as_a_surname_is_no_holiday():
    assert found("Bill Nye explains tides") == []
