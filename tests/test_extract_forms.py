"""Smaller forms of English time words: 'that same day' and the like."""

from __future__ import annotations

import datetime as dt

from carneytl.extract.tagger import find_timexes

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday


def found(sentence, anchor=PUBLISHED):
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, anchor)]


def test_that_same_day_is_the_day_last_named():
    assert found("The bridge opened on 3 June 2011, and a storm hit it that same day.") == [
        ("3 June 2011", "DATE", "2011-06-03"),
        ("that same day", "DATE", "2011-06-03"),
    ]


def test_that_same_month_is_the_month_last_named():
    assert found("Rents rose in April 2019. That same month, wages fell.")[-1] == (
        "That same month",
        "DATE",
        "2019-04",
    )


def test_last_with_a_month_and_day_is_the_latest_such_day_gone_by():
    assert found("The mill burned last Nov. 30.") == [("last Nov. 30", "DATE", "2025-11-30")]


def test_next_with_a_month_and_day_is_the_first_such_day_to_come():
    assert found("The mill reopens next Jan. 10.") == [("next Jan. 10", "DATE", "2027-01-10")]


def test_last_before_a_full_date_leaves_the_date_whole():
    assert found("The mill burned last Nov. 30, 2021.") == [("Nov. 30, 2021", "DATE", "2021-11-30")]


def test_a_weekday_after_has_scheduled_lies_ahead():
    assert found("The council has scheduled a vote Friday on the budget.") == [
        ("Friday", "DATE", "2026-01-16")
    ]


def test_a_weekday_after_as_soon_as_lies_ahead_though_the_sentence_is_past():
    assert found("Officials said the ship could sail as soon as Monday.") == [
        ("Monday", "DATE", "2026-01-19")
    ]


def test_the_last_half_of_a_year_is_its_second_half():
    assert found("Losses narrowed in the last half of 2012.") == [
        ("the last half of 2012", "DATE", "2012-H2")
    ]


def test_the_final_quarter_of_the_year_is_its_fourth():
    assert found("Deliveries will resume in the final quarter of the year.") == [
        ("the final quarter of the year", "DATE", "2026-Q4")
    ]


def test_the_last_half_of_something_else_is_no_time():
    assert found("She scored in the last half of the match.") == []


def test_a_stretch_with_a_half_is_written_in_the_unit_below():
    assert found("The repairs took 3 1/2 years.") == [("3 1/2 years", "DURATION", "P3Y6M")]
    assert found("We queued for 2.5 hrs.") == [("2.5 hrs", "DURATION", "PT2H30M")]
    assert found("The song runs two minutes and a half.") == [
        ("two minutes and a half", "DURATION", "PT2M30S")
    ]


def test_half_a_unit_alone():
    assert found("The ferry left half an hour late.") == [("half an hour", "DURATION", "PT30M")]
    assert found("The feud ran for half a century.") == [("half a century", "DURATION", "P50Y")]


def test_a_decimal_that_is_no_stretch_of_time_stays_out():
    assert found("The plank was 2.5 metres long.") == []


def test_todays_paper_show_or_meal_is_the_day_itself():
    assert found("Read it in today's edition.") == [("today", "DATE", "2026-01-14")]
    assert found("Here is today's quiz.") == [("today", "DATE", "2026-01-14")]
    assert found("Loved today's #TacoTuesday spread.") == [("today", "DATE", "2026-01-14")]


def test_todays_world_is_the_present_age():
    assert found("Jobs are scarce in today's world.") == [("today", "DATE", "PRESENT_REF")]
