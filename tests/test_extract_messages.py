"""Time words as short messages and everyday English use them: midnight, the week, seasons."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def found(sentence, anchor=PUBLISHED):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The raffle closes at midnight.", "2026-01-14T24"),
        ("Tickets are on sale until midnight.", "2026-01-14T24"),
        ("I will ring you at midnight.", "2026-01-14T24"),
        ("The bakery opens at midnight for the festival.", "2026-01-14T24"),
    ],
)
def test_a_midnight_ahead_closes_the_day(sentence, value):
    assert [v for _, _, v in found(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "We got back to the hostel after midnight.",
        "The generator failed at midnight and the lights went out.",
        "Midnight snack run with my brother!",
        "It is midnight and the dog is still barking.",
    ],
)
def test_a_midnight_gone_by_or_now_opens_the_day(sentence):
    assert [v for _, _, v in found(sentence)] == ["2026-01-14T00:00"]


def test_midnight_tonight_and_tonight_at_midnight_end_today():
    assert found("The sale ends midnight tonight.") == [
        ("midnight tonight", "TIME", "2026-01-14T24")
    ]
    assert found("Come by tonight at midnight.")[-1] == ("midnight", "TIME", "2026-01-14T24")


def test_midnight_with_a_weekday_is_the_end_of_that_day_whatever_the_tense():
    assert found("The strike ended at midnight Friday.") == [
        ("midnight Friday", "TIME", "2026-01-09T24")
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pancakes on the balcony to finish the week!", "2026-W03"),
        ("I will share the recipes over the week.", "2026-W03"),
        ("The week has flown by.", "2026-W03"),
        # Told in the past, or as a habit: no week TimeML can write.
        ("For the week, the shares lost 3%.", "2026-WXX"),
        ("The gym is quiet during the week.", "2026-WXX"),
    ],
)
def test_the_week_is_the_current_one_when_its_clause_is_present_or_future(sentence, value):
    assert [(text.lower(), v) for text, _, v in found(sentence)] == [("the week", value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Our Winter Menu: soups and stews.", "Winter", "2026-WI"),
        ("A grey winter, even by the coast.", "winter", "2026-WI"),
        ("I think my summer is nearly over.", "summer", "2026-SU"),
        ("The label's spring collection is out.", "spring", "2026-SP"),
        ("New summer dresses in stock.", "summer", "2026-SU"),
    ],
)
def test_a_season_alone_is_this_years(sentence, text, value):
    assert found(sentence) == [(text, "DATE", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Water bubbled from a hot spring.",
        "Weeds spring up after rain.",
        "The mattress has a broken spring.",
        "The Arab Spring changed the region.",
        "He watched the Tokyo Summer Olympics.",
        "The fall of the city shocked them.",
    ],
)
def test_a_season_word_that_is_no_season_stays_out(sentence):
    assert found(sentence) == []


def test_a_season_takes_the_year_its_clause_goes_on_to_name_in_a_history():
    text = (
        "The war began in 1939. Poland fell in 1939. France fell in 1940. "
        "Italy joined in 1940. The Blitz ended in 1941. Later the army planned "
        "a summer push in June 1942 across the steppe."
    )
    assert ("summer", "DATE", "1942-SU") in found_in_history(text)


def test_the_year_after_a_season_counts_from_the_seasons_year():
    text = "The siege began in the winter of 1904. The following year, the fort fell."
    assert found_in_history(text)[-1] == ("The following year", "DATE", "1905")


def found_in_history(text):
    return [(t.text, t.type, t.value) for t in find_timexes(text, PUBLISHED, kind="narrative")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Scones at morning tea again.", "morning", "2026-01-14TMO"),
        ("Granny served afternoon tea.", "afternoon", "2026-01-14TAF"),
    ],
)
def test_tea_named_for_its_part_of_the_day_is_that_part(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paced by a friend in 1st half, then alone in 2nd half.",
        "The second half of the film drags.",
    ],
)
def test_a_half_of_a_race_or_a_film_is_no_half_year(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports fell in the second half.", "2025-H2"),
        ("Exports rose in the first half of the year.", "2026-H1"),
        ("Exports rose in the fiscal first half.", "2026-H1"),
    ],
)
def test_a_half_of_a_year_stays(sentence, value):
    assert [v for *_, v in found(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Saw your post 3+ hrs ago.", "3+ hrs ago", "2026-01-14"),
        ("We met 5+ years ago.", "5+ years ago", "2021"),
    ],
)
def test_a_count_with_a_plus_before_ago(sentence, text, value):
    assert [(t, v) for t, _, v in found(sentence)] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Open studio Thurs 2pm, all welcome.", "Thurs 2pm", "2026-01-15T14:00"),
        ("Ferry leaves tmr 6:45am.", "tmr 6:45am", "2026-01-15T06:45"),
    ],
)
def test_a_day_then_its_clock_time_with_no_at_is_one_time(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


def test_a_weekday_before_a_plain_count_keeps_to_itself():
    assert found("On Monday 3 vans broke down.") == [("Monday", "DATE", "2026-01-12")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Finally left the lab at 2145, so hungry.", "2145", "2026-01-14T21:45"),
        ("Muster at 0600 hrs.", "0600 hrs", "2026-01-14T06:00"),
    ],
)
def test_four_digits_after_at_that_no_year_reads_are_a_24_hour_clock(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tickets sold at 2014 prices.", ["2014"]),
        ("The shop is at 1015 Harbour Road.", []),
        ("The index closed at 2150.", []),
        ("Shares traded at 1245.50 in late dealing.", []),
    ],
)
def test_four_digits_after_at_that_are_a_year_an_address_or_a_level(sentence, value):
    assert [v for *_, v in found(sentence)] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Happy #Friday everyone!",
        "Mulled wine for the #Christmas market crowd.",
        "Cheering on #Tokyo2020 athletes.",
        "Picked up my RUNFEST2014 goodie bag.",
    ],
)
def test_a_hashtag_or_a_year_run_on_from_a_word_is_a_name(sentence):
    assert found(sentence) == []


def test_a_quarter_or_half_written_with_its_letter_still_counts():
    assert found("Margins slipped in Q3 2019.") == [("Q3 2019", "DATE", "2019-Q3")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ferry sails at 5 in the morning.", "5 in the morning", "2026-01-14T05:00"),
        ("Back by 10 at night, promise.", "10 at night", "2026-01-14T22:00"),
        ("Pizza at 8 tonight?", "8 tonight", "2026-01-14T20:00"),
        ("Call me at 9 tomorrow morning.", "9 tomorrow morning", "2026-01-15T09:00"),
        ("Tea is served at 4 o'clock.", "4 o'clock", "2026-01-14T04:00"),
        ("The choir sings at 6:15 in the evening.", "6:15 in the evening", "2026-01-14T18:15"),
    ],
)
def test_a_clock_time_told_by_its_part_of_the_day(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


def test_a_number_before_a_part_of_the_day_with_no_preposition_is_no_clock():
    assert found("We counted 4 in the morning and 9 at night.") == [
        ("the morning", "TIME", "2026-01-14TMO"),
        ("night", "TIME", "2026-01-14TNI"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Movie marathon tmr nite!", "tmr nite", "2026-01-15TNI"),
        ("Karaoke on Saturday nite.", "Saturday nite", "2026-01-17TNI"),
    ],
)
def test_nite_is_a_night(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Got the parcel 2days ago.", "2days ago", "2026-01-12"),
        ("Landed 3hrs ago, so tired.", "3hrs ago", "2026-01-14"),
    ],
)
def test_a_count_run_into_its_unit_before_ago(sentence, text, value):
    assert [(t, v) for t, _, v in found(sentence)] == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Camping this wkend!", "this wkend", "2026-W03-WE"),
        ("Any plans for next wknd?", "next wknd", "2026-W04-WE"),
        ("So ready for the wknd.", "the wknd", "2026-W03-WE"),
    ],
)
def test_wknd_and_wkend_are_the_weekend(sentence, text, value):
    assert found(sentence) == [(text, "DATE", value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Bumped into her couple days ago.", "couple days ago", "DATE:2026-01-12"),
        ("Baked it a couple hours early.", "a couple hours", "DURATION:PT2H"),
    ],
)
def test_a_couple_without_of_is_two(sentence, text, value):
    assert [(t, f"{k}:{v}") for t, k, v in found(sentence)] == [(text, value)]


def test_a_couple_of_people_is_no_time():
    assert found("A couple of friends came round.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Board games tonight at 8?", "tonight at 8", "2026-01-14T20:00"),
        ("Nap this afternoon at 3, then gym.", "this afternoon at 3", "2026-01-14T15:00"),
        ("Flight leaves tmr morning at 6.", "tmr morning at 6", "2026-01-15T06:00"),
        ("Quiz is Thursday night @ 9.", "Thursday night @ 9", "2026-01-15T21:00"),
        ("Brunch @ 11:30 with the gang.", "11:30", "2026-01-14T11:30"),
    ],
)
def test_a_bare_hour_after_its_part_of_the_day_or_at_sign(sentence, text, value):
    assert found(sentence) == [(text, "TIME", value)]


def test_a_day_then_at_with_no_part_leaves_the_hour_alone():
    # "at 3" on its own could be morning or afternoon; only the day is certain.
    assert found("Dentist tmr at 3.") == [("tmr", "DATE", "2026-01-15")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Sat morning parkrun done.", "Sat morning", "2026-01-17TMO"),
        ("Sun night roast with the family.", "Sun night", "2026-01-18TNI"),
    ],
)
def test_a_short_weekday_that_is_a_word_too_counts_before_its_part_of_the_day(
    sentence, text, value
):
    assert found(sentence) == [(text, "TIME", value)]


def test_the_sun_in_the_morning_is_no_sunday():
    assert found("The sun morning glow was lovely.") == [("morning", "TIME", "2026-01-14TMO")]


def test_a_year_run_on_from_a_month_is_still_a_year():
    assert [v for *_, v in found("Back in town Sept2019 for good.")] == ["2019"]
