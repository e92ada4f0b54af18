"""News of many beats read as a careful TimeML annotator reads it.

Courts and crime, elections, diplomacy, disasters and weather, sports, obituaries, science
and health, and wire-service habits of the late 1990s and early 2000s: sentences of our own,
each read against a publication day of its own, with every expression and value it must give.
"""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# Publication days, one for each weekday, from the years of the wire archives.
MON = dt.date(2005, 1, 10)
TUE = dt.date(2003, 3, 18)
WED = dt.date(1997, 10, 22)
THU = dt.date(2004, 7, 29)
FRI = dt.date(1999, 6, 11)
SAT = dt.date(2000, 11, 11)
SUN = dt.date(2001, 9, 16)


def found(text: str, published: dt.date, kind: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published, kind)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The suspect was arrested late Tuesday at a motel outside Tulsa.",
            WED,
            [("late Tuesday", "1997-10-21")],
        ),
        (
            "The two suspects were detained in a raid early Sunday.",
            TUE,
            [("early Sunday", "2003-03-16")],
        ),
        (
            "The jury began deliberating late Monday afternoon.",
            WED,
            [("late Monday afternoon", "1997-10-20TAF")],
        ),
        (
            "Another storm is expected to hit the coast late Friday or early Saturday.",
            THU,
            [("late Friday", "2004-07-30"), ("early Saturday", "2004-07-31")],
        ),
        ("The bill cleared the Senate late yesterday.", TUE, [("late yesterday", "2003-03-17")]),
        (
            "The temperature fell to 15 below zero early today.",
            TUE,
            [("early today", "2003-03-18")],
        ),
        # "earlier" and "later" are the story's order of events, not an edge of the day.
        (
            "Earlier Wednesday, the president met with congressional leaders.",
            WED,
            [("Wednesday", "1997-10-22")],
        ),
        # "late" that is no edge of a day stays out: "the late senator".
        ("The late senator's papers go on display Monday.", WED, [("Monday", "1997-10-27")]),
    ],
)
def test_early_and_late_belong_to_the_day_they_edge(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Past forms spelled like the present: in a story of a day, the day gone by.
        (
            "The Knicks beat the Pacers 90-82 on Wednesday night to reach the finals.",
            FRI,
            [("Wednesday night", "1999-06-09TNI")],
        ),
        (
            "Federer beat Hewitt in straight sets in the final on Sunday.",
            MON,
            [("Sunday", "2005-01-09")],
        ),
        ("The Yankees split a doubleheader on Tuesday.", FRI, [("Tuesday", "1999-06-08")]),
        (
            "The interview, broadcast Sunday, drew 20 million viewers.",
            FRI,
            [("Sunday", "1999-06-06")],
        ),
        # After a modal or "to" the same spelling is the plain form and looks ahead.
        ("The Knicks must beat the Pacers on Sunday.", FRI, [("Sunday", "1999-06-13")]),
        ("The Knicks will try to beat the Pacers on Sunday.", FRI, [("Sunday", "1999-06-13")]),
        # Irregular pasts of other verbs.
        ("Mourners lit candles outside the embassy on Tuesday.", FRI, [("Tuesday", "1999-06-08")]),
        ("She swam the channel on Monday.", FRI, [("Monday", "1999-06-07")]),
        (
            "The rebels retook the town on Thursday, a week after losing it.",
            MON,
            [("Thursday", "2005-01-06"), ("a week", "P1W")],
        ),
        ("A bank underwrote the sale in April.", TUE, [("April", "2002-04")]),
    ],
)
def test_past_forms_that_look_like_the_present_or_are_rare(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A modal before a plain verb looks ahead, even after a verb of saying.
        (
            "Officials said the toll could climb over the weekend.",
            FRI,
            [("the weekend", "1999-W23-WE")],
        ),
        ("Officials said the strike might end on Monday.", FRI, [("Monday", "1999-06-14")]),
        ("Aides said the Senate may vote on Tuesday.", FRI, [("Tuesday", "1999-06-15")]),
        ("Doctors said he should recover by Sunday.", FRI, [("Sunday", "1999-06-13")]),
        # "could have" and "may have" look back; "could not be reached" is the past of "cannot".
        ("Police said the man could have died on Sunday.", FRI, [("Sunday", "1999-06-06")]),
        ("Investigators said the gunman may have fled on Monday.", FRI, [("Monday", "1999-06-07")]),
        ("The spokesman said he could not be reached Thursday.", FRI, [("Thursday", "1999-06-10")]),
    ],
)
def test_a_modal_before_a_plain_verb_looks_ahead(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # What someone hopes or expects to have done by a day lies ahead of it.
        (
            "Firefighters hope to have the blaze contained by Sunday.",
            FRI,
            [("Sunday", "1999-06-13")],
        ),
        (
            "The builder expects to have the roof finished by Thursday.",
            FRI,
            [("Thursday", "1999-06-17")],
        ),
        ("The troops will have left by Sunday.", FRI, [("Sunday", "1999-06-13")]),
        # What someone is believed or appears to have done lies behind.
        ("The man is believed to have died on Sunday.", FRI, [("Sunday", "1999-06-06")]),
        ("He appears to have left the country on Monday.", FRI, [("Monday", "1999-06-07")]),
    ],
)
def test_a_perfect_infinitive_after_hope_or_expect_looks_ahead(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A season that names games or a palace is part of a name, not a season of a year.
        (
            "The next Winter Olympics will be held in Salt Lake City in February 2002.",
            SAT,
            [("February 2002", "2002-02")],
        ),
        (
            "The 2002 Winter Games open in February.",
            SAT,
            [("2002", "2002"), ("February", "2002-02")],
        ),
        ("Athletes at the Summer Games in Sydney won 12 medals.", SAT, []),
        ("The Yankees won the Fall Classic in 1998.", SAT, [("1998", "1998")]),
        ("Crowds stormed the Winter Palace in 1917.", SAT, [("1917", "1917")]),
        # The season itself, capitalised, stays one.
        ("Last Summer, the band toured Europe.", SAT, [("Last Summer", "1999-SU")]),
        ("The games resume in the Spring.", SAT, [("the Spring", "2001-SP")]),
    ],
)
def test_a_season_in_the_name_of_games_is_no_season(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last" after "to" or a modal is the verb, outside the stretch.
        (
            "The trial, which began Oct. 6, is expected to last six weeks.",
            WED,
            [("Oct. 6", "1997-10-06"), ("six weeks", "P6W")],
        ),
        ("The strike could last three more days.", WED, [("three more days", "P3D")]),
        ("Prices rose over the last six weeks.", WED, [("the last six weeks", "P6W")]),
        # The parts of one stretch, side by side, are one expression.
        ("He ran the mile in 3 minutes 43 seconds.", FRI, [("3 minutes 43 seconds", "PT3M43S")]),
        ("The final lasted 2 hours 15 minutes.", FRI, [("2 hours 15 minutes", "PT2H15M")]),
        (
            "The match lasted four hours and 12 minutes.",
            FRI,
            [("four hours and 12 minutes", "PT4H12M")],
        ),
        # A stretch then a step from an event: two expressions.
        (
            "He was jailed for 10 years 20 days ago.",
            WED,
            [("10 years", "P10Y"), ("20 days ago", "1997-10-02")],
        ),
    ],
)
def test_a_stretch_of_time_and_the_verb_last(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "overnight" after a count is still the night: the count is of something else.
        ("The death toll rose by 40 overnight, to 612.", THU, [("overnight", "2004-07-29TNI")]),
        ("Rooms at the shelter cost $15 a night.", THU, []),
        # "every other" is every second one.
        ("Members face re-election every other year.", THU, [("every other year", "P2Y")]),
        ("The panel meets every other week.", THU, [("every other week", "P2W")]),
    ],
)
def test_overnight_after_a_count_and_every_other(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # What a defendant or a bill faces lies ahead, after a past verb in the same clause.
        (
            "He was convicted on Feb. 10 and faces sentencing on April 20.",
            dt.date(1998, 2, 19),
            [("Feb. 10", "1998-02-10"), ("April 20", "1998-04-20")],
        ),
        (
            "The two men, arrested last week, face trial in March.",
            TUE,
            [("last week", "2003-W11"), ("March", "2003-03")],
        ),
        ("He faced charges in April.", TUE, [("April", "2002-04")]),
    ],
)
def test_what_someone_faces_lies_ahead(text, published, expected):
    assert found(text, published) == expected


DEC = dt.date(1996, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Last year" or "next year" earlier in the clause gives a day or month its year.
        (
            "Last year, the first storm came on Nov. 27.",
            [("Last year", "1995"), ("Nov. 27", "1995-11-27")],
        ),
        (
            "The first storm last year came on Dec. 10.",
            [("last year", "1995"), ("Dec. 10", "1995-12-10")],
        ),
        ("Last year the law took effect in March.", [("Last year", "1995"), ("March", "1995-03")]),
        (
            "Next year the summit will be held on Jan. 4.",
            [("Next year", "1997"), ("Jan. 4", "1997-01-04")],
        ),
        ("The first storm came on Nov. 27 of last year.", [("Nov. 27 of last year", "1995-11-27")]),
        # A year word in another clause, or naming a thing, leaves the date to the tense.
        (
            "The firm, which lost money last year, expects a profit in March.",
            [("last year", "1995"), ("March", "1997-03")],
        ),
        (
            "The company lost money last year and expects a profit in March.",
            [("last year", "1995"), ("March", "1997-03")],
        ),
        (
            "Last year's winner will defend her title on Jan. 4.",
            [("Last year", "1995"), ("Jan. 4", "1997-01-04")],
        ),
        (
            "Last year, sales fell, but on Nov. 29 the firm said it had recovered.",
            [("Last year", "1995"), ("Nov. 29", "1996-11-29")],
        ),
    ],
)
def test_a_year_named_in_words_earlier_in_the_clause(text, expected):
    assert found(text, DEC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An award's title is no year of the calendar.
        (
            "He was named rookie of the year for the 1997-98 season.",
            [("1997", "1997"), ("98", "1998")],
        ),
        ("She was named Woman of the Year in 1995.", [("1995", "1995")]),
        ("He was voted Coach of the Year.", []),
        ("Time named him Person of the Year.", []),
        # The year of a story stays one.
        ("Sales rose 5 percent for the year.", [("the year", "1999")]),
        ("It was the hottest day of the year.", [("the year", "1999")]),
    ],
)
def test_an_award_of_the_year_is_no_year(text, expected):
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock without a.m. or p.m., then its day and the part of the day: one time, the
        # part giving the clock its half of the day.
        ("The blast went off at 9:40 Tuesday night.", [("9:40 Tuesday night", "1997-10-21T21:40")]),
        (
            "The plane landed at 6:15 Sunday morning.",
            [("6:15 Sunday morning", "1997-10-19T06:15")],
        ),
        (
            "The verdict was read at 4:30 Friday afternoon.",
            [("4:30 Friday afternoon", "1997-10-17T16:30")],
        ),
        (
            "Police were called to the house at 3 a.m. on Sunday.",
            [("3 a.m. on Sunday", "1997-10-19T03:00")],
        ),
        ("The trial resumes at 9:30 a.m. Thursday.", [("9:30 a.m. Thursday", "1997-10-23T09:30")]),
    ],
)
def test_a_clock_with_its_day_and_part_of_the_day(text, expected):
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive after "will" looks ahead, with "at" and a clock before the day.
        (
            "Services will be held at 11 a.m. Wednesday at St. Mary's Church.",
            [("11 a.m. Wednesday", "2001-09-19T11:00")],
        ),
        ("The funeral will be held at 2 p.m. Thursday.", [("2 p.m. Thursday", "2001-09-20T14:00")]),
        ("The verdict will be announced at noon Friday.", [("noon Friday", "2001-09-21T12:00")]),
        ("Trading resumes at 9:30 a.m. Monday.", [("9:30 a.m. Monday", "2001-09-17T09:30")]),
        ("The meeting was held at 11 a.m. Wednesday.", [("11 a.m. Wednesday", "2001-09-12T11:00")]),
    ],
)
def test_a_clock_and_day_after_a_passive_that_looks_ahead(text, expected):
    assert found(text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Week-ago and month-ago comparisons, as the year-ago one.
        ("Jobless claims were down from the week-ago level.", [("week-ago", "2005-W01")]),
        ("Trading volume was below the month-ago pace.", [("month-ago", "2004-12")]),
        ("Crude stocks rose from week-earlier levels.", [("week-earlier", "2005-W01")]),
        ("Sales were below the year-ago level.", [("year-ago", "2004")]),
        ("Profit fell from the year-ago quarter.", [("the year-ago quarter", "2003-Q4")]),
        # Other comparisons of the wire.
        ("Claims fell from the previous week.", [("the previous week", "2005-W01")]),
        (
            "Mortgage rates averaged 5.8 percent this week, up from 5.7 percent last week.",
            [("this week", "2005-W02"), ("last week", "2005-W01")],
        ),
    ],
)
def test_week_ago_month_ago_and_year_ago_comparisons(text, expected):
    assert found(text, MON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year cut to two digits after a preposition or an article is a year.
        (
            "He was elected in '96 and re-elected in 2000.",
            [("'96", "1996"), ("2000", "2000")],
        ),
        ("The Democrats lost the House in the '94 election.", [("'94", "1994")]),
        ("He served from '92 to '96.", [("'92", "1992"), ("'96", "1996")]),
        ("She graduated with the class of '85.", [("'85", "1985")]),
        # A decade so written stays a decade, and a quoted letter is nothing.
        ("Rock music of the '60s was loud.", [("the '60s", "196")]),
        ("Voters marked an 'X' on the ballot.", []),
    ],
)
def test_a_year_cut_to_two_digits(text, expected):
    assert found(text, THU) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An anniversary lede: the day, week or month the years reach back to, one expression.
        ("One year ago today, the plant exploded.", [("One year ago today", "2000-09-16")]),
        (
            "Ten years ago this week, the Soviet Union began to collapse.",
            [("Ten years ago this week", "1991-W37")],
        ),
        ("Five years ago this month, the dam burst.", [("Five years ago this month", "1996-09")]),
        (
            "Exactly a decade ago yesterday, the strike began.",
            [("a decade ago yesterday", "1991-09-15")],
        ),
        # Without its day, the years ago are a year.
        ("Two years ago, the plant exploded.", [("Two years ago", "1999")]),
    ],
)
def test_an_anniversary_lede(text, expected):
    assert found(text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a story gets ready for is still to come, whatever the tense of its clause.
        (
            "Players trained Thursday ahead of Sunday's final.",
            [("Thursday", "1999-06-10"), ("Sunday", "1999-06-13")],
        ),
        ("Security was tightened ahead of Tuesday's vote.", [("Tuesday", "1999-06-15")]),
        (
            "Officials met on Wednesday in preparation for Saturday's summit.",
            [("Wednesday", "1999-06-09"), ("Saturday", "1999-06-12")],
        ),
        (
            "Troops poured in during the run-up to Sunday's election.",
            [("Sunday", "1999-06-13")],
        ),
        # "before" leaves the day to the tense: the game may be over.
        ("Fans lined up before Saturday's game.", [("Saturday", "1999-06-05")]),
    ],
)
def test_a_day_a_story_prepares_for_lies_ahead(text, expected):
    assert found(text, FRI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The year to March" is the twelve months closing then, as "the year ended" is.
        ("Profits fell in the year to March.", [("the year", "P1Y"), ("March", "2003-03")]),
        (
            "House prices rose in the year to last month.",
            [("the year", "P1Y"), ("last month", "2003-02")],
        ),
        (
            "Inflation was 2.5 percent in the year to the end of February.",
            [("the year", "P1Y"), ("the end of February", "2003-02")],
        ),
        # "the year to date" is the year so far; a forecast raised "for the year" is the year.
        ("Sales are up 4 percent for the year to date.", [("the year to date", "2003")]),
        ("The bank raised its forecast for the year to 3 percent.", [("the year", "2003")]),
    ],
)
def test_the_year_to_a_month_and_the_year_to_date(text, expected):
    assert found(text, TUE) == expected
