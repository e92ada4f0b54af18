from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.words import MONTH_WORDS, WEEKDAY_WORDS
from carneytl.extract.tagger import find_timexes

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday, the seed article's day


def only(sentence, anchor=PUBLISHED):
    found = find_timexes(sentence, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("On Thursday, Carney meets the Premier of China.", "Thursday", "2026-01-15"),
        (
            "On Friday, the prime minister is scheduled to meet the president.",
            "Friday",
            "2026-01-16",
        ),
        ("The pair met last year on the sidelines of a summit.", "last year", "2025"),
        ("Relations hit a low in 2018.", "2018", "2018"),
        ("The first visit by a prime minister since 2017.", "2017", "2017"),
        ("Officials told reporters this week.", "this week", "2026-W03"),
        ("All three were released in 2021.", "2021", "2021"),
    ],
)
def test_the_seed_articles_phrases_resolve_against_its_publication_day(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DATE", value)


def test_over_the_next_decade_is_a_ten_year_duration():
    found = only("A plan to double exports over the next decade.")
    assert (found.type, found.value) == ("DURATION", "P10Y")
    assert found.text.endswith("the next decade")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The rate peaked in the 1990s.", "the 1990s", "199"),
        ("Prices rose in the late 1980s.", "the late 1980s", "198"),
        ("Tastes changed in the nineties.", "the nineties", "199"),
        ("He was arrested on Dec. 1, 2018.", "Dec. 1, 2018", "2018-12-01"),
        ("It opened on 1 December 2018 in London.", "1 December 2018", "2018-12-01"),
        ("It opened on December 1st, 2018.", "December 1st, 2018", "2018-12-01"),
        ("The vote took place on 1 December.", "1 December", "2025-12-01"),
        ("The shop closed on Dec. 28.", "Dec. 28", "2025-12-28"),
        ("The offer will expire on Feb. 2.", "Feb. 2", "2026-02-02"),
        ("Talks resumed in December.", "December", "2025-12"),
        ("Sales rose in December 2018.", "December 2018", "2018-12"),
        ("In May 2019 he left.", "May 2019", "2019-05"),
        ("The board met yesterday.", "yesterday", "2026-01-13"),
        ("He will arrive tomorrow.", "tomorrow", "2026-01-15"),
        ("Markets were calm today.", "today", "2026-01-14"),
        ("Growth slowed last month.", "last month", "2025-12"),
        ("Profits rose this month.", "this month", "2026-01"),
        ("The law takes effect next year.", "next year", "2027"),
        ("Profits rose this year.", "this year", "2026"),
        ("They met last week.", "last week", "2026-W02"),
        ("They will meet next week.", "next week", "2026-W04"),
        ("They met on Monday.", "Monday", "2026-01-12"),
        ("They will meet on Monday.", "Monday", "2026-01-19"),
        ("Shares rose earlier this month.", "earlier this month", "2026-01"),
        ("He left two years ago.", "two years ago", "2024"),
        ("Three months ago, he quit.", "Three months ago", "2025-10"),
        ("Output grew in the first quarter of 2013.", "the first quarter of 2013", "2013-Q1"),
        ("Earnings fell in Q3 2019.", "Q3 2019", "2019-Q3"),
        ("It opened in the summer of 2012.", "the summer of 2012", "2012-SU"),
        ("Building starts this spring.", "this spring", "2026-SP"),
        ("Sales doubled in the second half of 2019.", "the second half of 2019", "2019-H2"),
        ("It happened in early 2019.", "early 2019", "2019"),
        ("It should be done by the end of 2020.", "the end of 2020", "2020"),
        ("The firm reported results for fiscal 2019.", "fiscal 2019", "2019"),
        ("It was founded in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("The bridge is a relic of the 20th century.", "the 20th century", "19"),
        ("The deal was signed on 2026-01-02.", "2026-01-02", "2026-01-02"),
        ("The deal was signed on 3/14/2025.", "3/14/2025", "2025-03-14"),
    ],
)
def test_dates_are_found_and_normalized(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DATE", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The meeting starts at 3 p.m.", "3 p.m.", "2026-01-14T15:00"),
        ("Talks ended at 10:30 a.m. Friday.", "10:30 a.m. Friday", "2026-01-09T10:30"),
        ("He called this morning.", "this morning", "2026-01-14TMO"),
        ("They spoke last night.", "last night", "2026-01-13TNI"),
        ("The vote came Tuesday night.", "Tuesday night", "2026-01-13TNI"),
        ("The polls close at noon.", "noon", "2026-01-14T12:00"),
    ],
)
def test_times_of_day_carry_the_day_they_belong_to(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "TIME", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The talks lasted three hours.", "three hours", "PT3H"),
        ("The war lasted eight years.", "eight years", "P8Y"),
        ("He signed a two-year contract.", "two-year", "P2Y"),
        ("Prices rose over the past five years.", "the past five years", "P5Y"),
        ("Rates will rise in the next few months.", "the next few months", "PXM"),
        ("They have not spoken for decades.", "decades", "PXDE"),
    ],
)
def test_durations_are_stretches_of_time(sentence, text, value):
    found = only(sentence)
    assert (found.type, found.value) == ("DURATION", value)
    assert found.text.endswith(text)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The paper publishes weekly.", "weekly", "P1W"),
        ("The board meets every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The licence costs $5 a year.", "a year", "P1Y"),
        ("Inspections take place every two years.", "every two years", "P2Y"),
    ],
)
def test_sets_are_recurring_times(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "SET", value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He is now in charge.", "PRESENT_REF"),
        ("Sales rose recently.", "PAST_REF"),
        ("Much will change in the future.", "FUTURE_REF"),
        ("Life in today's China is different.", "PRESENT_REF"),
        ("Nothing has changed until today.", "PRESENT_REF"),
    ],
)
def test_vague_references_point_at_present_past_or_future(sentence, value):
    assert only(sentence).value == value


def test_weekdays_in_past_reporting_are_the_latest_such_day():
    assert only("Stocks fell sharply Friday.").value == "2026-01-09"
    assert only("The minister said Thursday that talks would resume.").value == "2026-01-08"


def test_a_weekday_on_the_day_of_publication_is_that_day_in_the_past_tense():
    assert only("The minister spoke Wednesday.").value == "2026-01-14"


def test_last_and_next_weekdays_skip_a_week():
    assert only("They met last Friday.").value == "2026-01-09"
    assert only("They meet next Monday.").value == "2026-01-19"


def test_the_modal_may_is_not_a_month():
    assert find_timexes("He may leave, and prices may fall.", PUBLISHED) == []


def test_numbers_that_are_not_years_are_left_alone():
    assert find_timexes("The company hired 2000 workers and paid $1990.", PUBLISHED) == []


def test_quarters_not_yet_reached_are_last_years_in_the_past_tense():
    assert only("Sales fell in the third quarter.").value == "2025-Q3"


@pytest.mark.parametrize(
    "sentence",
    [
        "The G20 summit is scheduled for November.",
        "Elections will take place in November.",
        # "held in" looks like a past verb before the date; the modal passive points ahead.
        "The summit will be held in November.",
    ],
)
def test_a_month_the_future_tense_names_is_the_next_one_however_far(sentence):
    # Written in January: November is ten months ahead, never the one just gone.
    assert only(sentence).value == "2026-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents had to be evacuated in March.",
        "The bridge used to be closed during March.",
        "He was supposed to be sentenced in March.",
    ],
)
def test_a_passive_after_had_to_or_used_to_looks_back_not_ahead(sentence):
    # Written in January: the March just gone, 2025, not the one to come.
    assert only(sentence).value == "2025-03"


def test_expressions_come_in_text_order_without_overlap():
    text = "On Monday, long after the 2018 arrest, talks resumed; they end next week."
    found = find_timexes(text, PUBLISHED)
    assert [t.text for t in found] == ["Monday", "2018", "next week"]


def test_records_have_exactly_the_interface_keys():
    record = only("Relations hit a low in 2018.").record()
    assert list(record) == ["start", "end", "text", "type", "value"]


_WORDS = st.sampled_from(
    [
        "on",
        "Friday",
        "last",
        "year",
        "the",
        "1990s",
        "Dec.",
        "1,",
        "2018",
        "May",
        "may",
        "since",
        "2017",
        "two",
        "years",
        "ago",
        "next",
        "decade",
        "third-quarter",
        "summer",
        "3",
        "p.m.",
        "today's",
        "every",
        "week",
        ".",
        "\n",
        "“",
        "nineteen",
        "ninety-six",
        "Q3",
        "’90s",
        "resume",
        "previous",
        "midnight",
        "at",
        "year-end",
        "Sundays",
        "nights",
        "mid-afternoon",
        "each",
        "July",
        "or",
        "so",
        "starting",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=200),
        st.lists(_WORDS, max_size=30).map(" ".join),
    ),
    anchor=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)),
)
def test_the_tagger_never_fails_and_offsets_slice_the_text(text, anchor):
    found = find_timexes(text, anchor)
    previous_end = 0
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
        assert timex.text
        assert timex.start >= previous_end
        assert timex.type in {"DATE", "TIME", "DURATION", "SET"}
        assert timex.value
        previous_end = timex.end


def test_earlier_and_later_count_from_the_last_date_named():
    text = "Sales fell in the third quarter of 2013. A year earlier they had risen."
    assert [t.value for t in find_timexes(text, PUBLISHED)] == ["2013-Q3", "2012-Q3"]


def test_the_following_month_follows_the_month_named_before():
    text = "The plant closed in March 2019. The following month it was sold."
    assert [t.value for t in find_timexes(text, PUBLISHED)] == ["2019-03", "2019-04"]


def test_ago_counts_from_publication_even_after_another_date():
    text = "The plant closed in 2019. Two years ago it was sold."
    assert [t.value for t in find_timexes(text, PUBLISHED)] == ["2019", "2024"]


def test_repeated_comparisons_do_not_walk_back():
    text = "Profit rose in 2013. A year earlier it fell; a year earlier still, it rose."
    values = [t.value for t in find_timexes(text, PUBLISHED)]
    assert values == ["2013", "2012", "2012"]


def test_a_clock_time_takes_the_date_written_after_it():
    found = only("The offer expires at 5 p.m. EST, Nov. 6.", dt.date(1989, 10, 30))
    assert (found.text, found.value) == ("5 p.m. EST, Nov. 6", "1989-11-06T17:00")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The strike ended, and talks resume Tuesday in Ottawa.", "2026-01-20"),
        ("Negotiators said the new tariff takes effect Monday.", "2026-01-19"),
        ("The truce held, with the summit set to resume Friday.", "2026-01-16"),
        ("The shares were halted and are to resume trading in Toronto Friday.", "2026-01-16"),
    ],
)
def test_a_schedule_in_a_past_tense_story_names_the_coming_day(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_an_infinitive_after_to_is_not_a_schedule():
    found = only("The offer had been due to expire Friday.")
    assert found.value == "2026-01-09"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The deadline passed at midnight Friday.", "midnight Friday", "2026-01-09T24"),
        ("Polls open Tuesday at 9 a.m. in the capital.", "Tuesday at 9 a.m.", "2026-01-20T09:00"),
        (
            "The blast struck yesterday around 7:30 p.m. near the port.",
            "yesterday around 7:30 p.m.",
            "2026-01-13T19:30",
        ),
        ("By mid-afternoon the crowd had thinned.", "mid-afternoon", "2026-01-14TAF"),
        ("Rescuers arrived late evening Monday.", "late evening Monday", "2026-01-12TEV"),
    ],
)
def test_times_follow_timex3_conventions(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "TIME", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("For the week, the index fell 2%.", "the week", "2026-WXX"),
        ("The shares hit a high for the year in March.", "the year", "2026"),
    ],
)
def test_the_week_is_left_open_and_the_year_is_the_publication_year(sentence, text, value):
    found = find_timexes(sentence, PUBLISHED)[0]
    assert (found.text, found.value) == (text, value)


def test_the_year_before_a_comparison_is_not_the_publication_year():
    assert all(
        t.value != "2026" for t in find_timexes("Sales fell from the year earlier.", PUBLISHED)
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The market is shut on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_plural_weekdays_are_sets(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "SET", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("And just last month, the mayor resigned.", "just last month", "2025-12"),
        ("Rates may fall in coming months.", "coming months", "FUTURE_REF"),
        ("There were protests in past years, too.", "past years", "PAST_REF"),
    ],
)
def test_hedged_periods_are_dates_and_bare_plural_periods_are_directions(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DATE", value)


def test_since_a_month_looks_back_even_in_a_sentence_about_the_future():
    found = find_timexes("On patrol since October, the ship is scheduled to return.", PUBLISHED)[0]
    assert (found.text, found.value) == ("October", "2025-10")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The deal should close by year-end.", "year-end", "2026-12-31"),
        ("The index is up 4% since year-end.", "year-end", "2025-12-31"),
        ("The plant shut this past summer.", "this past summer", "2025-SU"),
        ("Margins will stay thin in the near term.", "the near term", "FUTURE_REF"),
    ],
)
def test_year_end_seasons_just_gone_and_the_near_term(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.value) == (text, value)


def test_a_hyphenated_year_earlier_is_a_date_not_a_duration():
    found = find_timexes("Sales rose in the third quarter, against a year-earlier loss.", PUBLISHED)
    assert (found[-1].text, found[-1].type, found[-1].value) == (
        "a year-earlier",
        "DATE",
        "2024-Q3",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Marchers parade each July through the town.", "each July", "XXXX-07"),
        ("Farmers plant every spring.", "every spring", "XXXX-SP"),
    ],
)
def test_every_month_or_season_is_a_set(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "SET", value)


def test_the_past_before_a_count_of_seasons_is_not_a_vague_reference():
    assert find_timexes("Riots broke out for the past three summers.", PUBLISHED) == []


def test_a_week_or_so_ago_is_the_week_before_publication():
    found = only("Then, a week or so ago, the general chose a date.")
    assert (found.text, found.value) == ("a week or so ago", "2026-W02")


def test_a_record_set_on_a_day_lies_in_the_past():
    found = only("The index is near its record high set on Aug. 6.", dt.date(2026, 2, 6))
    assert found.value == "2025-08-06"


def test_later_in_the_day_is_the_day_of_publication():
    found = only("The envoy arrived in Halifax later in the day.")
    assert (found.text, found.value) == ("later in the day", "2026-01-14")


def test_now_that_still_speaks_of_the_present():
    found = only("The port is the only outlet now that the border is shut.")
    assert (found.text, found.value) == ("now", "PRESENT_REF")


def test_the_previous_weekday_is_the_one_before_the_last_day_named():
    found = find_timexes("Shares closed Friday, down 4% from the previous Friday.", PUBLISHED)
    assert [(t.text, t.value) for t in found] == [
        ("Friday", "2026-01-09"),
        ("the previous Friday", "2026-01-02"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The rebels agreed to hand over their weapons Friday.", "2026-01-16"),
        ("The new fares, announced last month, apply starting Monday.", "2026-01-19"),
        ("The delegation said it is leaving Thursday for Geneva.", "2026-01-15"),
    ],
)
def test_promises_and_start_dates_look_ahead(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.value.startswith("2026-01-")]
    assert [t.value for t in found] == [value]


def test_words_ending_in_ed_that_are_not_past_tense_do_not_make_a_sentence_past():
    found = only("She will succeed the chairman Feb. 1.", dt.date(2025, 10, 26))
    assert found.value == "2026-02-01"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Hate crimes rose sharply over the past year.", "the past year", "2025"),
        ("Wages lost ground in the last decade.", "the last decade", "201"),
    ],
)
def test_the_year_or_decade_gone_by_is_a_date(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DATE", value)


_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=60, deadline=None)
@given(
    day=st.sampled_from(_DAY_NAMES),
    verb=st.sampled_from(["resume", "begin", "reopen", "take effect"]),
    anchor=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_a_schedule_verb_before_a_weekday_names_a_day_in_the_coming_week(day, verb, anchor):
    found = only(f"The strike ended and talks {verb} {day}.", anchor)
    gap = (dt.date.fromisoformat(found.value) - anchor).days
    assert 0 <= gap <= 6
    assert dt.date.fromisoformat(found.value).strftime("%A") == day


@settings(max_examples=60, deadline=None)
@given(
    day=st.sampled_from(_DAY_NAMES),
    anchor=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_the_previous_weekday_with_no_day_named_before_is_within_the_week_before(day, anchor):
    found = only(f"Prices fell from the previous {day}.", anchor)
    gap = (anchor - dt.date.fromisoformat(found.value)).days
    assert 1 <= gap <= 7
    assert dt.date.fromisoformat(found.value).strftime("%A") == day


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ferry docked three days later.", "three days", "P3D"),
        ("A few weeks after the vote, he resigned.", "A few weeks", "PXW"),
        ("The mayor had left two hours before the fire.", "two hours", "PT2H"),
        ("The first ballot was cast a month earlier.", "a month", "P1M"),
    ],
)
def test_a_stretch_before_later_or_after_is_a_duration_without_the_signal_word(
    sentence, text, value
):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DURATION", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The blast was heard at 9 a.m. (1400 GMT) Monday.",
            "9 a.m. (1400 GMT) Monday",
            "2026-01-12T09:00",
        ),
        (
            "Troops crossed the border at 2300 GMT on Sunday.",
            "2300 GMT on Sunday",
            "2026-01-11T23:00",
        ),
        ("The ship sails at 0630 GMT.", "0630 GMT", "2026-01-14T06:30"),
        ("The curfew began at midnight (0500 GMT).", "midnight (0500 GMT)", "2026-01-14T00:00"),
    ],
)
def test_wire_copy_clock_times_in_gmt_are_times_not_years(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "TIME", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Exports doubled in the first half of the year.", "the first half of the year", "2026-H1"),
        (
            "Orders fell in the fourth quarter of the fiscal year.",
            "the fourth quarter of the fiscal year",
            "2025-Q4",
        ),
    ],
)
def test_a_part_of_the_year_is_one_expression(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DATE", value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The election will be held Monday.", "2026-01-19"),
        ("The treaty is expected to be signed Friday.", "2026-01-16"),
        ("Results would be released Thursday, officials said.", "2026-01-15"),
        ("The hearing was postponed until Friday.", "2026-01-16"),
        ("A ruling was set for Monday.", "2026-01-19"),
        ("The fair will open soon and last until Tuesday.", "2026-01-20"),
        ("The tanker was hit Monday.", "2026-01-12"),
    ],
)
def test_future_passives_and_deferrals_name_a_coming_weekday(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_the_coming_years_without_a_count_is_a_stretch_of_some_years():
    found = only("Investment will grow in the coming years.")
    assert (found.type, found.value) == ("DURATION", "PXY")


def test_that_day_and_that_year_take_the_date_named_before():
    text = (
        "The ferry sank on Oct. 3, 2019. Later that day, divers reached it; "
        "that year, rules changed."
    )
    assert [t.value for t in find_timexes(text, PUBLISHED)] == ["2019-10-03", "2019-10-03", "2019"]


def test_a_bare_month_takes_a_year_written_earlier_in_its_sentence():
    # A new paragraph leaves the story of 2019 (tests/test_extract_anchoring.py holds a
    # background told on through its paragraph).
    text = "In March 2019 the mine closed, and in June it reopened.\n\nIn June, staff returned."
    assert [t.value for t in find_timexes(text, PUBLISHED)] == ["2019-03", "2019-06", "2025-06"]


def test_a_bare_clock_time_belongs_to_the_day_the_story_just_named():
    text = "The dam failed on Saturday. Sirens sounded at 4:15 a.m. and again at noon."
    assert [t.value for t in find_timexes(text, PUBLISHED)] == [
        "2026-01-10",
        "2026-01-10T04:15",
        "2026-01-10T12:00",
    ]


def test_a_clock_time_far_from_any_named_day_belongs_to_publication_day():
    text = (
        "The dam failed on Saturday. Crews worked all week. Nobody slept. Sirens sounded at 4 p.m."
    )
    assert [t.value for t in find_timexes(text, PUBLISHED)][-1] == "2026-01-14T16:00"


def test_in_the_morning_is_the_morning_of_the_day_in_focus():
    text = "Traders sold on Monday. Prices slid in the morning and rallied in the late afternoon."
    values = [t.value for t in find_timexes(text, PUBLISHED)]
    assert values == ["2026-01-12", "2026-01-12TMO", "2026-01-12TAF"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam burst on Saturday.",
        "Thousands fled Saturday as the river rose.",
        "A fire tore through the market on Saturday.",
    ],
)
def test_irregular_past_tense_verbs_put_a_weekday_in_the_past(sentence):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == ["2026-01-10"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Voters will go to the polls in Sunday's election.", "2026-01-18"),
        ("Sunday's runoff is expected to be close.", "2026-01-18"),
        ("Sunday's storm flooded the valley.", "2026-01-11"),
        ("Farmers are still counting losses from Sunday's storm.", "2026-01-11"),
    ],
)
def test_a_possessive_weekday_is_past_unless_a_future_tense_stands_close(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The smuggler was arrested on Feb. 20.", "2025-02-20"),
        ("The mill closed in March, the union said.", "2025-03"),
        ("The embassy reopened Feb. 2.", "2025-02-02"),
        ("The offer expires Feb. 2.", "2026-02-02"),
        ("The border stayed shut until Feb. 2.", "2026-02-02"),
    ],
)
def test_a_past_tense_verb_right_before_a_date_keeps_it_in_the_past(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Divers have been searching since Saturday.", "2026-01-10"),
        ("Dozens remain missing since the landslide on Saturday.", "2026-01-10"),
        ("Fares have doubled since Dec. 20.", "2025-12-20"),
    ],
)
def test_since_looks_back_from_publication(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The raid came on the night of Jan. 9.", "the night of Jan. 9", "2026-01-09TNI"),
        ("Flames were seen on the morning of Sunday.", "the morning of Sunday", "2026-01-11TMO"),
        (
            "Gunmen struck in the early morning hours of Saturday.",
            "the early morning hours of Saturday",
            "2026-01-10TMO",
        ),
        (
            "The quake hit at 4:20 a.m. local time (0920 GMT) Monday.",
            "4:20 a.m. local time (0920 GMT) Monday",
            "2026-01-12T04:20",
        ),
    ],
)
def test_a_part_of_a_named_day_is_one_time_expression(sentence, text, value):
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "TIME", value)


def test_this_before_a_weekday_belongs_to_the_expression():
    found = only("The accord will be signed this Friday.")
    assert (found.text, found.value) == ("this Friday", "2026-01-16")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Crews worked all night and expected to finish by Thursday.", "2026-01-15"),
        ("The ferry is due to dock Thursday.", "2026-01-15"),
        ("The lease had been due to expire Thursday.", "2026-01-08"),
        ("Flights were cancelled due to the storm on Thursday.", "2026-01-08"),
    ],
)
def test_expected_to_and_due_to_point_ahead_unless_due_to_gives_a_cause(sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_a_relative_year_in_an_aside_does_not_move_a_bare_month():
    text = "Sales, which fell last year, rose in March."
    values = [t.value for t in find_timexes(text, dt.date(2026, 8, 12))]
    assert values == ["2025", "2026-03"]


def test_a_past_date_may_trail_the_filing_date_by_a_few_days():
    found = only("The ship sank on Jan. 17.")
    assert found.value == "2026-01-17"


def test_the_end_of_the_decade_is_the_decade_of_publication():
    found = only("The surplus could be gone by the end of the decade.")
    assert (found.text, found.value) == ("the end of the decade", "202")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Then came March nineteen ninety-nine.", "March nineteen ninety-nine", "1999-03"),
        (
            "Snow fell all through the winter of nineteen eighty-two.",
            "the winter of nineteen eighty-two",
            "1982-WI",
        ),
        ("The fair opens Friday, January sixteenth.", "January sixteenth", "2026-01-16"),
        (
            "The vote was held on June twenty-second, two thousand and four.",
            "June twenty-second, two thousand and four",
            "2004-06-22",
        ),
    ],
)
def test_broadcast_scripts_spell_out_years_and_days(sentence, text, value):
    found = [t for t in find_timexes(sentence, PUBLISHED) if t.text == text]
    assert [t.value for t in found] == [value]


def test_a_month_before_second_round_names_no_day():
    found = find_timexes("The March second round was close.", PUBLISHED)
    assert all(len(t.value) < len("2026-03-02") for t in found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Orders slumped in the second half.", "2025-H2"),
        ("Orders will recover in the second half.", "2026-H2"),
    ],
)
def test_a_half_not_reached_yet_spoken_of_in_the_past_is_last_years(sentence, value):
    found = only(sentence)
    assert (found.text, found.value) == ("the second half", value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant has 1950 employees.",
        "The army sent 1800 more troops.",
        "About 1700 refugees fled.",
    ],
)
def test_a_four_digit_count_of_people_or_things_is_no_year(sentence):
    assert find_timexes(sentence, PUBLISHED) == []


def test_a_programme_title_in_title_case_is_no_week():
    found = find_timexes(
        'The envoy spoke on the "Next Week" programme. This week he rests.', PUBLISHED
    )
    assert [(t.text, t.value) for t in found] == [("This week", "2026-W03")]


def test_a_quarter_to_quarter_comparison_names_no_quarter():
    assert find_timexes("The quarter-to-quarter comparison was weak.", PUBLISHED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tickets on sale now http://t.co/Xy2BC9Sun4 and more at www.example.org/2019/mar",
        "Photos: https://example.com/may-2020/day3?t=10pm",
    ],
)
def test_a_web_address_holds_no_time(sentence):
    assert [t.text for t in find_timexes(sentence, PUBLISHED)] == ["now"] * ("now" in sentence)


def test_a_date_right_after_a_web_address_is_still_read():
    found = find_timexes("Register at https://example.com/x1 by March 3.", PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("March 3", "2026-03-03")]


def test_the_tagger_reads_every_month_and_weekday_word_the_bounds_know():
    for word, number in MONTH_WORDS.items():
        written = word.title()
        found = only(f"The fair opened on {written} 9, 2019.")
        assert found.value == f"2019-{number:02d}-09", written
    for word, number in WEEKDAY_WORDS.items():
        found = only(f"The shop opens on {word}.")
        day = dt.date.fromisoformat(found.value)
        assert (day.weekday(), found.text) == (number, word)
        assert PUBLISHED <= day < PUBLISHED + dt.timedelta(days=7)
