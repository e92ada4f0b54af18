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
THU98 = dt.date(1998, 2, 19)
DEC = dt.date(1996, 12, 3)


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
        ("Riot police beat back the crowd on Tuesday.", FRI, [("Tuesday", "1999-06-08")]),
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


# Probes of every beat that were read right when first tried: courts, elections, diplomacy,
# disasters, sports, obituaries, science, wire habits, and short articles of several sentences.
# Each holds every expression of its text with its value, read as news and as the default
# kind (a text of many old years, an obituary, must still read as news where it does).
PROBES = [
    (
        "The suspect was arrested late Tuesday at a motel outside Tulsa.",
        WED,
        [("late Tuesday", "1997-10-21")],
    ),
    (
        "He was arraigned Wednesday on charges of first-degree murder.",
        WED,
        [("Wednesday", "1997-10-22")],
    ),
    ("Jury selection is scheduled to begin Nov. 3.", WED, [("Nov. 3", "1997-11-03")]),
    ("A judge set his trial for Jan. 12.", WED, [("Jan. 12", "1998-01-12")]),
    ("Sentencing was set for Dec. 15.", WED, [("Dec. 15", "1997-12-15")]),
    ("She faces up to 20 years in prison if convicted.", WED, [("20 years", "P20Y")]),
    ("He was sentenced Monday to life in prison without parole.", WED, [("Monday", "1997-10-20")]),
    ("The appeals court overturned the conviction Tuesday.", WED, [("Tuesday", "1997-10-21")]),
    (
        "The Supreme Court will hear arguments in the case next month.",
        WED,
        [("next month", "1997-11")],
    ),
    ("The court is expected to rule by the end of June.", WED, [("the end of June", "1998-06")]),
    ("Prosecutors have until Friday to file their response.", WED, [("Friday", "1997-10-24")]),
    (
        "The killings took place on the night of Aug. 30, 1996.",
        WED,
        [("the night of Aug. 30, 1996", "1996-08-30TNI")],
    ),
    (
        "He has been held without bail since his arrest on Sept. 4.",
        WED,
        [("Sept. 4", "1997-09-04")],
    ),
    ("The 34-year-old defendant was convicted in 1995 of armed robbery.", WED, [("1995", "1995")]),
    (
        "Voters went to the polls Tuesday in the closest race in 40 years.",
        SAT,
        [("Tuesday", "2000-11-07"), ("40 years", "P40Y")],
    ),
    ("The recount is expected to be finished by Tuesday.", SAT, [("Tuesday", "2000-11-14")]),
    ("Florida must certify its results by Nov. 14.", SAT, [("Nov. 14", "2000-11-14")]),
    ("Tuesday's election left the Senate split 50-50.", SAT, [("Tuesday", "2000-11-07")]),
    ("The Electoral College meets on Dec. 18.", SAT, [("Dec. 18", "2000-12-18")]),
    ("The new president will be sworn in on Jan. 20.", SAT, [("Jan. 20", "2001-01-20")]),
    ("He lost the 1992 race by fewer than 2,000 votes.", SAT, [("1992", "1992")]),
    ("Gore won the popular vote by more than 200,000 votes.", SAT, []),
    (
        "The senator, first elected in 1976, is serving his fourth six-year term.",
        SAT,
        [("1976", "1976"), ("six-year", "P6Y")],
    ),
    ("The last time the House changed hands was in 1994.", SAT, [("1994", "1994")]),
    (
        (
            "Jiang arrives in Washington next week for the first state visit by a Chinese leader "
            "since 1985."
        ),
        WED,
        [("next week", "1997-W44"), ("1985", "1985")],
    ),
    ("The two leaders last met in November in Manila.", WED, [("November", "1996-11")]),
    ("Since the 1997 handover, Hong Kong has kept its own currency.", WED, [("1997", "1997")]),
    (
        "The summit, the first in eight years, will be held Oct. 29.",
        WED,
        [("eight years", "P8Y"), ("Oct. 29", "1997-10-29")],
    ),
    (
        (
            "The foreign ministers issued a joint communique at the end of two days of talks on "
            "Tuesday."
        ),
        WED,
        [("two days", "P2D"), ("Tuesday", "1997-10-21")],
    ),
    (
        "The treaty was signed in 1972 and took effect the following year.",
        WED,
        [("1972", "1972"), ("the following year", "1973")],
    ),
    (
        "Thursday marks the 50th anniversary of the country's independence.",
        WED,
        [("Thursday", "1997-10-23")],
    ),
    (
        "The envoy is due to arrive in Damascus on Saturday for three days of talks.",
        WED,
        [("Saturday", "1997-10-25"), ("three days", "P3D")],
    ),
    (
        "The president returned Sunday from a five-nation tour of Africa.",
        WED,
        [("Sunday", "1997-10-19")],
    ),
    ("Relations have been frozen since the 1989 crackdown.", WED, [("1989", "1989")]),
    ("The death toll from the quake rose to 1,200 on Friday.", FRI, [("Friday", "1999-06-11")]),
    (
        "Rescuers have pulled 40 people alive from the rubble since the quake struck on Sunday.",
        FRI,
        [("Sunday", "1999-06-06")],
    ),
    (
        "The magnitude-7.4 quake hit at 3:02 a.m. local time Tuesday.",
        FRI,
        [("3:02 a.m. local time Tuesday", "1999-06-08T03:02")],
    ),
    ("It was the deadliest quake to hit the region since 1939.", FRI, [("1939", "1939")]),
    ("Aftershocks continued through Thursday night.", FRI, [("Thursday night", "1999-06-10TNI")]),
    (
        "More than 200 aftershocks have been recorded in the past five days.",
        FRI,
        [("the past five days", "P5D")],
    ),
    (
        "Officials said the toll could climb over the weekend.",
        FRI,
        [("the weekend", "1999-W23-WE")],
    ),
    (
        "The river crested at 31 feet on Wednesday, the highest since 1965.",
        FRI,
        [("Wednesday", "1999-06-09"), ("1965", "1965")],
    ),
    (
        "Forecasters expect the water to recede by early next week.",
        FRI,
        [("early next week", "1999-W24")],
    ),
    ("The storm dumped 10 inches of rain in 24 hours.", FRI, [("24 hours", "PT24H")]),
    (
        "The Knicks beat the Pacers 90-82 on Wednesday night to reach the finals.",
        FRI,
        [("Wednesday night", "1999-06-09TNI")],
    ),
    ("Game 1 of the finals is Wednesday in San Antonio.", FRI, [("Wednesday", "1999-06-16")]),
    (
        "He was the league's most valuable player in the 1997-98 season.",
        FRI,
        [("1997", "1997"), ("98", "1998")],
    ),
    (
        "The club won the title in 1995 and again in 1997.",
        FRI,
        [("1995", "1995"), ("1997", "1997")],
    ),
    (
        "This year's final will be played at Wembley on May 20.",
        FRI,
        [("This year", "1999"), ("May 20", "1999-05-20")],
    ),
    ("The Open begins Thursday at Pinehurst.", FRI, [("Thursday", "1999-06-17")]),
    (
        "He retired in 1993, came back in 1995 and retired again in 1998.",
        FRI,
        [("1993", "1993"), ("1995", "1995"), ("1998", "1998")],
    ),
    (
        "Sampras has won Wimbledon five times in the past six years.",
        FRI,
        [("the past six years", "P6Y")],
    ),
    (
        "The 27-year-old signed a four-year contract on Thursday.",
        FRI,
        [("four-year", "P4Y"), ("Thursday", "1999-06-10")],
    ),
    ("The team has not won a championship since 1969.", FRI, [("1969", "1969")]),
    (
        (
            "The actor, who starred in more than 80 films from 1940 until his retirement in 1985, "
            "died Monday in Los Angeles. He was 86."
        ),
        TUE,
        [("1940", "1940"), ("1985", "1985"), ("Monday", "2003-03-17")],
    ),
    (
        "Born in Chicago in 1916, she moved to New York at 19 to study dance.",
        TUE,
        [("1916", "1916")],
    ),
    (
        "He was born on July 4, 1927, in a small town in Ohio.",
        TUE,
        [("July 4, 1927", "1927-07-04")],
    ),
    (
        "He served in the Navy during World War II and graduated from Yale in 1949.",
        TUE,
        [("1949", "1949")],
    ),
    (
        "From 1985 until his retirement in 1999, he ran the company's European operations.",
        TUE,
        [("1985", "1985"), ("1999", "1999")],
    ),
    (
        "She is survived by her husband of 52 years, two daughters and five grandchildren.",
        TUE,
        [("52 years", "P52Y")],
    ),
    (
        "A memorial service will be held Saturday at 11 a.m.",
        TUE,
        [("Saturday at 11 a.m.", "2003-03-22T11:00")],
    ),
    (
        "He died of a heart attack Sunday at his home in Malibu, his publicist said.",
        TUE,
        [("Sunday", "2003-03-16")],
    ),
    ("Obesity rates have doubled over the past decade.", THU, [("the past decade", "P10Y")]),
    ("The study followed 40,000 nurses for 16 years.", THU, [("16 years", "P16Y")]),
    (
        "Researchers tracked the patients from 1986 to 2002.",
        THU,
        [("1986", "1986"), ("2002", "2002")],
    ),
    (
        (
            "The findings appear in Wednesday's issue of the Journal of the American Medical "
            "Association."
        ),
        THU,
        [("Wednesday", "2004-07-28")],
    ),
    ("The results will be presented at a conference in October.", THU, [("October", "2004-10")]),
    ("The drug was approved by the FDA in 1998.", THU, [("1998", "1998")]),
    (
        "The trial was halted early, in March, after an increase in heart attacks.",
        THU,
        [("March", "2004-03")],
    ),
    (
        "Cases of the disease have risen every year since 1999.",
        THU,
        [("every year", "P1Y"), ("1999", "1999")],
    ),
    (
        "WASHINGTON (AP) - The Senate voted Tuesday to confirm the nominee.",
        WED,
        [("Tuesday", "1997-10-21")],
    ),
    ("Tuesday's decision was a setback for the administration.", WED, [("Tuesday", "1997-10-21")]),
    (
        "The company said earlier this week that it would cut 2,000 jobs.",
        WED,
        [("earlier this week", "1997-W43")],
    ),
    ("The talks collapsed late last month.", WED, [("late last month", "1997-09")]),
    (
        "The previous Friday, the board had rejected the offer.",
        WED,
        [("The previous Friday", "1997-10-17")],
    ),
    ("Sales rose 4 percent from a week ago.", WED, [("a week ago", "1997-W42")]),
    (
        "Unemployment stood at 4.7 percent, down from 5.2 percent a year ago.",
        WED,
        [("a year ago", "1996")],
    ),
    ("Prices were up 3 percent from a year earlier.", WED, [("a year earlier", "1996")]),
    (
        "The dollar closed at 121.05 yen, up from 120.20 yen late Tuesday.",
        WED,
        [("late Tuesday", "1997-10-21")],
    ),
    ("Stocks fell sharply in early trading Wednesday.", WED, [("Wednesday", "1997-10-22")]),
    ("Officials declined to comment Wednesday.", WED, [("Wednesday", "1997-10-22")]),
    (
        "The announcement came just two days after the governor's resignation.",
        WED,
        [("just two days", "P2D")],
    ),
    (
        "The appeals court heard arguments in the case in October and has yet to rule.",
        THU98,
        [("October", "1997-10")],
    ),
    (
        "Her execution is scheduled for 6 p.m. Feb. 3.",
        THU98,
        [("6 p.m. Feb. 3", "1999-02-03T18:00")],
    ),
    ("Tucker was executed Feb. 3 in Huntsville.", THU98, [("Feb. 3", "1998-02-03")]),
    ("The case has dragged on for nearly a decade.", THU98, [("nearly a decade", "P10Y")]),
    ("The ruling could come as soon as next month.", THU98, [("next month", "1998-03")]),
    ("The defendants have been in custody since their arrest in 1995.", THU98, [("1995", "1995")]),
    (
        "He was convicted on Feb. 10 and faces sentencing on April 20.",
        THU98,
        [("Feb. 10", "1998-02-10"), ("April 20", "1998-04-20")],
    ),
    ("The statute of limitations expires in five years.", THU98, [("five years", "P5Y")]),
    ("The defense will appeal the Oct. 3 verdict.", WED, [("Oct. 3", "1997-10-03")]),
    ("His Nov. 12 trial was postponed.", WED, [("Nov. 12", "1997-11-12")]),
    ("Lawyers are preparing for the Dec. 1 hearing.", WED, [("Dec. 1", "1997-12-01")]),
    ("The Sept. 30 deadline passed without a deal.", WED, [("Sept. 30", "1997-09-30")]),
    (
        "Voters rejected the measure in the Nov. 5, 1996, election.",
        WED,
        [("Nov. 5, 1996", "1996-11-05")],
    ),
    (
        "Investigators are still searching for the cause of the July 17 crash.",
        WED,
        [("July 17", "1997-07-17")],
    ),
    (
        "The company has not recovered from its Jan. 28 filing for bankruptcy.",
        TUE,
        [("Jan. 28", "2003-01-28")],
    ),
    ("The March 20 deadline is fast approaching.", TUE, [("March 20", "2003-03-20")]),
    (
        "Police were called to the house at 3 a.m. on Sunday.",
        WED,
        [("3 a.m. on Sunday", "1997-10-19T03:00")],
    ),
    (
        "The ship sank late Sunday night off the coast.",
        WED,
        [("late Sunday night", "1997-10-19TNI")],
    ),
    (
        "The body was discovered by a jogger early Saturday morning.",
        WED,
        [("early Saturday morning", "1997-10-18TMO")],
    ),
    ("The hostages were freed at dawn Tuesday.", WED, [("Tuesday", "1997-10-21")]),
    (
        "He was last seen on the evening of Oct. 9.",
        WED,
        [("the evening of Oct. 9", "1997-10-09TEV")],
    ),
    (
        "The rally is planned for Saturday afternoon in the capital.",
        WED,
        [("Saturday afternoon", "1997-10-25TAF")],
    ),
    ("The Prime Minister will face MPs on 25 March.", TUE, [("25 March", "2003-03-25")]),
    ("The vote was held at 10pm on Tuesday.", TUE, [("10pm on Tuesday", "2003-03-18T22:00")]),
    ("The inquiry will report by the end of June.", TUE, [("the end of June", "2003-06")]),
    ("The cabinet met at 8.30am in Downing Street.", TUE, [("8.30am", "2003-03-18T08:30")]),
    (
        "Mr Cook resigned from the cabinet on Monday evening.",
        TUE,
        [("Monday evening", "2003-03-17TEV")],
    ),
    ("The Commons debate begins at 12.30pm.", TUE, [("12.30pm", "2003-03-18T12:30")]),
    (
        "The Stars, who won Game 1 on Tuesday, lead the series 1-0.",
        FRI,
        [("Tuesday", "1999-06-08")],
    ),
    ("The teams meet again Saturday at 8 p.m.", FRI, [("Saturday at 8 p.m.", "1999-06-12T20:00")]),
    ("The French Open final is Sunday.", FRI, [("Sunday", "1999-06-13")]),
    (
        "Agassi won the French Open on Sunday, completing a career Grand Slam.",
        FRI,
        [("Sunday", "1999-06-06")],
    ),
    ("He lost in the first round at Wimbledon last year.", FRI, [("last year", "1998")]),
    ("The Women's World Cup opens June 19 at Giants Stadium.", FRI, [("June 19", "1999-06-19")]),
    ("She has not lost a match since April.", FRI, [("April", "1999-04")]),
    ("The race, first run in 1875, is the oldest in the country.", FRI, [("1875", "1875")]),
    ("He was elected in '96 and re-elected in 2000.", THU, [("'96", "1996"), ("2000", "2000")]),
    ("Test scores rose in the 2003-04 school year.", THU, [("2003", "2003"), ("04", "2004")]),
    ("The 1990-91 recession was milder than expected.", THU, [("1990", "1990"), ("91", "1991")]),
    ("His 1999 book became a best seller.", THU, [("1999", "1999")]),
    ("She graduated with the class of 1985.", THU, [("1985", "1985")]),
    ("The Democrats lost the House in the '94 election.", THU, [("'94", "1994")]),
    (
        (
            "ATHENS (AP) - With 15 days to go before the opening ceremony, organizers said Thursday"
            " that the main stadium was finished. The roof was completed in June, two months behind"
            " schedule. The Games run from Aug. 13 to Aug. 29. Athens last hosted the Olympics in "
            "1896."
        ),
        THU,
        [
            ("15 days", "P15D"),
            ("Thursday", "2004-07-29"),
            ("June", "2004-06"),
            ("two months", "P2M"),
            ("Aug. 13", "2004-08-13"),
            ("Aug. 29", "2004-08-29"),
            ("1896", "1896"),
        ],
    ),
    (
        (
            "TALLAHASSEE, Fla. (AP) - The hand recount in Palm Beach County began Saturday. "
            "Officials hope to finish by Tuesday. On Election Day, more than 460,000 ballots were "
            "cast in the county. The machine recount, completed Thursday, cut Bush's lead to 327 "
            "votes."
        ),
        SAT,
        [
            ("Saturday", "2000-11-11"),
            ("Tuesday", "2000-11-14"),
            ("Election Day", "2000-11-07"),
            ("Thursday", "2000-11-09"),
        ],
    ),
    (
        (
            "Joe DiMaggio, who died in March at 84, was honored at Yankee Stadium on Thursday. "
            "DiMaggio played 13 seasons for the Yankees, from 1936 to 1951. His 56-game hitting "
            "streak in 1941 still stands. A plaque was unveiled in his memory."
        ),
        FRI,
        [
            ("March", "1999-03"),
            ("Thursday", "1999-06-10"),
            ("1936", "1936"),
            ("1951", "1951"),
            ("1941", "1941"),
        ],
    ),
    (
        (
            "Dr. Helen Brook, a pioneer of family planning, died on Tuesday in London. She was 94. "
            "Born in 1907, she opened her first clinic in 1964. For three decades she ran the "
            "clinics. She retired in 1995."
        ),
        SUN,
        [
            ("Tuesday", "2001-09-11"),
            ("1907", "1907"),
            ("1964", "1964"),
            ("three decades", "P30Y"),
            ("1995", "1995"),
        ],
    ),
    (
        (
            "GENEVA (AP) - Negotiators from 30 nations opened a new round of climate talks Monday. "
            "The talks are the first since July. A treaty is supposed to be ready for signing in "
            "Kyoto next December. Delegates will meet until Friday."
        ),
        DEC,
        [
            ("Monday", "1996-12-02"),
            ("July", "1996-07"),
            ("next December", "1997-12"),
            ("Friday", "1996-12-06"),
        ],
    ),
    (
        (
            "Samuel Ortiz, who managed the city's parks for 20 years, died Tuesday. He was 81. "
            "Ortiz joined the parks department in 1949 as a gardener. He became commissioner in "
            "1970 and retired in 1990. Funeral services will be held Saturday."
        ),
        THU,
        [
            ("20 years", "P20Y"),
            ("Tuesday", "2004-07-27"),
            ("1949", "1949"),
            ("1970", "1970"),
            ("1990", "1990"),
            ("Saturday", "2004-07-31"),
        ],
    ),
    (
        (
            "The singer, who died Wednesday at 76, recorded her first hit in 1947. She toured until"
            " 1988, when a stroke ended her career. Her family said a private funeral would be held"
            " next week."
        ),
        FRI,
        [
            ("Wednesday", "1999-06-09"),
            ("1947", "1947"),
            ("1988", "1988"),
            ("next week", "1999-W24"),
        ],
    ),
    (
        (
            "Born in 1920, he fought in Europe in World War II and came home in 1945. He married in"
            " 1948. He founded the company in 1955 and ran it until 1985. He died Monday."
        ),
        WED,
        [
            ("1920", "1920"),
            ("1945", "1945"),
            ("1948", "1948"),
            ("1955", "1955"),
            ("1985", "1985"),
            ("Monday", "1997-10-20"),
        ],
    ),
    (
        (
            "The Eagles will host the Vikings on Sunday. Philadelphia finished the regular season "
            "13-3 and earned a bye last week. The teams met in October, when the Eagles won 27-16."
        ),
        MON,
        [("Sunday", "2005-01-16"), ("last week", "2005-W01"), ("October", "2004-10")],
    ),
    (
        "The girl vanished on Oct. 1. Police found her bicycle the next morning.",
        WED,
        [("Oct. 1", "1997-10-01"), ("the next morning", "1997-10-02TMO")],
    ),
    (
        "The suspect was arrested on Oct. 14. He confessed the same day.",
        WED,
        [("Oct. 14", "1997-10-14"), ("the same day", "1997-10-14")],
    ),
    (
        "The jury got the case on Monday. It returned its verdict the following day.",
        WED,
        [("Monday", "1997-10-20"), ("the following day", "1997-10-21")],
    ),
    (
        "He was charged on Oct. 2. The following week, his lawyer asked for bail.",
        WED,
        [("Oct. 2", "1997-10-02"), ("The following week", "1997-W41")],
    ),
    (
        "The fire started on Sept. 28. By that evening, it had burned 1,000 acres.",
        WED,
        [("Sept. 28", "1997-09-28"), ("that evening", "1997-09-28TEV")],
    ),
    (
        "The strike began on Sept. 2. Three weeks later, the union accepted a deal.",
        WED,
        [("Sept. 2", "1997-09-02"), ("Three weeks", "P3W")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PROBES)
def test_news_of_every_beat_as_news_and_by_default(text, published, expected):
    assert found(text, published) == expected
    assert found(text, published, "auto") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What someone is accused, suspected or charged with doing lies behind.
        ("He is suspected of stealing the car on Monday.", [("Monday", "1997-10-20")]),
        ("He is accused of killing a clerk on Monday.", [("Monday", "1997-10-20")]),
        ("She is charged with setting the fire on Sunday.", [("Sunday", "1997-10-19")]),
        # A hearing ahead in another clause still lies ahead.
        (
            "He is charged with murder and will be arraigned on Monday.",
            [("Monday", "1997-10-27")],
        ),
    ],
)
def test_what_someone_is_accused_of_doing_lies_behind(text, expected):
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A block or a house number of a street address is no year.
        ("The shooting happened in the 1800 block of Elm Street.", []),
        (
            "The fire broke out in the 1900 block of Main Street on Tuesday.",
            [("Tuesday", "1997-10-21")],
        ),
        ("Protesters gathered at 1600 Pennsylvania Avenue.", []),
        ("He lived at 1900 Oak St. for a decade.", [("a decade", "P10Y")]),
        # A year before a street's name, after "in" or naming an event, stays a year.
        ("In 1990 Main Street was paved.", [("1990", "1990")]),
        ("The 1998 Main Street festival drew crowds.", [("1998", "1998")]),
    ],
)
def test_a_street_address_is_no_year(text, expected):
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Noon and midnight keep their zone, their GMT aside and their day, as clocks do.
        (
            "The ceasefire took effect at noon local time (1000 GMT) Sunday.",
            [("noon local time (1000 GMT) Sunday", "1997-10-19T12:00")],
        ),
        (
            "The deadline expires at midnight EST Friday.",
            [("midnight EST Friday", "1997-10-24T24")],
        ),
        # The wire's clock with its day, then the same moment in GMT on the next day.
        (
            "The quake struck at 11:02 p.m. EDT Tuesday (0302 GMT Wednesday).",
            [
                ("11:02 p.m. EDT Tuesday", "1997-10-21T23:02"),
                ("0302 GMT Wednesday", "1997-10-22T03:02"),
            ],
        ),
    ],
)
def test_noon_and_midnight_with_their_zone_and_day(text, expected):
    assert found(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ruling, a verdict, a loss or a shooting is over, whatever is done about it next.
        ("The company will appeal Monday's ruling.", [("Monday", "1997-10-20")]),
        ("Lawyers will study Friday's verdict before deciding.", [("Friday", "1997-10-17")]),
        (
            "Police will question witnesses to Saturday's shooting.",
            [("Saturday", "1997-10-18")],
        ),
        # What may still come keeps the future's reading.
        ("Voters will go to the polls in Sunday's election.", [("Sunday", "1997-10-26")]),
        ("Traders will watch Friday's jobs report.", [("Friday", "1997-10-24")]),
        ("Fans will gather for Sunday's final.", [("Sunday", "1997-10-26")]),
    ],
)
def test_a_possessive_weekday_of_an_event_that_is_over(text, expected):
    assert found(text, WED) == expected
