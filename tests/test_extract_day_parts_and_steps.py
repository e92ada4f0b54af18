"""Times of day the sun names, the small hours, days a week on, and the steps of history."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Thursday: news is read against it, and histories long after their events.
PUBLISHED = dt.date(2026, 3, 12)


def found(text: str, kind: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, PUBLISHED, kind)]


# --- dawn, dusk and their kin ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first boats reached the beach at dawn on 6 June 1944.",
            [("dawn on 6 June 1944", "TIME", "1944-06-06TMO")],
        ),
        (
            "Artillery opened up at daybreak on 21 March 1918.",
            [("daybreak on 21 March 1918", "TIME", "1918-03-21TMO")],
        ),
        (
            "The squadron sailed at sunset on 5 June 1944.",
            [("sunset on 5 June 1944", "TIME", "1944-06-05TEV")],
        ),
        (
            "The column crossed the ford on 3 May 1915. By nightfall the far bank was held.",
            [("3 May 1915", "DATE", "1915-05-03"), ("nightfall", "TIME", "1915-05-03TEV")],
        ),
        (
            "The garrison surrendered on 14 July 1789. At dusk the crowd dispersed.",
            [("14 July 1789", "DATE", "1789-07-14"), ("dusk", "TIME", "1789-07-14TEV")],
        ),
        (
            "The siege began on 2 April 1453. At first light the cannon fired.",
            [("2 April 1453", "DATE", "1453-04-02"), ("first light", "TIME", "1453-04-02TMO")],
        ),
        (
            "The convoy left on 9 March 1942 and docked by nightfall on 11 March.",
            [
                ("9 March 1942", "DATE", "1942-03-09"),
                ("nightfall on 11 March", "TIME", "1942-03-11TEV"),
            ],
        ),
        (
            "The brigade rested on 4 August 1914 and moved at dawn the next day.",
            [
                ("4 August 1914", "DATE", "1914-08-04"),
                ("dawn the next day", "TIME", "1914-08-05TMO"),
            ],
        ),
        # No day in focus: some day of the story, never the day the history was read.
        ("The scouts slipped out before sunrise.", [("sunrise", "TIME", "XXXX-XX-XXTMO")]),
        # A weekday beside it is the one nearest the day in focus, or some such weekday.
        (
            "The planes came at dawn on Sunday, 7 December 1941.",
            [("dawn on Sunday, 7 December 1941", "TIME", "1941-12-07TMO")],
        ),
        (
            "The fleet sailed on 5 June 1944. At dawn on Tuesday the troops landed.",
            [("5 June 1944", "DATE", "1944-06-05"), ("dawn on Tuesday", "TIME", "1944-06-06TMO")],
        ),
        (
            "In June 1944 the fleet waited. At dawn on Tuesday it sailed.",
            [("June 1944", "DATE", "1944-06"), ("dawn on Tuesday", "TIME", "XXXX-WXX-2TMO")],
        ),
        (
            "The fleet sailed on 5 June 1944. In the early hours of Tuesday the troops landed.",
            [
                ("5 June 1944", "DATE", "1944-06-05"),
                ("the early hours of Tuesday", "TIME", "1944-06-06TMO"),
            ],
        ),
    ],
)
def test_a_history_dates_the_suns_times_of_day_by_the_day_it_tells(text, expected):
    assert found(text, "narrative") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police raided the house at dawn.", [("dawn", "TIME", "2026-03-12TMO")]),
        ("Officers raided two flats at dawn Tuesday.", [("dawn Tuesday", "TIME", "2026-03-10TMO")]),
        (
            "The strike will begin at dawn on Friday.",
            [("dawn on Friday", "TIME", "2026-03-13TMO")],
        ),
        (
            "Divers searched until nightfall on Monday.",
            [("nightfall on Monday", "TIME", "2026-03-09TEV")],
        ),
        ("The search was called off at dusk.", [("dusk", "TIME", "2026-03-12TEV")]),
        # Written in the day, a dawn still to come is tomorrow's; a dusk is still today's.
        ("The search will resume at first light.", [("first light", "TIME", "2026-03-13TMO")]),
        ("The storm will arrive after dusk.", [("dusk", "TIME", "2026-03-12TEV")]),
        ("Crews will start work before dawn.", [("dawn", "TIME", "2026-03-13TMO")]),
        # A habit is no plan: the dawn of the day in focus, as "at night" is; a schedule's
        # present looks ahead, as it does for a weekday.
        ("Bakers rise at the crack of dawn.", [("the crack of dawn", "TIME", "2026-03-12TMO")]),
        ("The march starts at dawn.", [("dawn", "TIME", "2026-03-13TMO")]),
        (
            "The ferry leaves at daybreak tomorrow.",
            [("daybreak tomorrow", "TIME", "2026-03-13TMO")],
        ),
        (
            "Shortly before sunrise on March 3, the trawler sank.",
            [("sunrise on March 3", "TIME", "2026-03-03TMO")],
        ),
        (
            "By nightfall Thursday, the blaze was contained.",
            [("nightfall Thursday", "TIME", "2026-03-12TEV")],
        ),
        ("Voting went on past sunset.", [("sunset", "TIME", "2026-03-12TEV")]),
        ("The mourners prayed at sundown.", [("sundown", "TIME", "2026-03-12TEV")]),
    ],
)
def test_news_dates_the_suns_times_of_day_by_the_day_named_or_the_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An era's beginning, a name, a thing, an event of the sky.
        "The printing press marked the dawn of a new age.",
        "At the dawn of the republic, few could vote.",
        "Dawn Okafor, a spokeswoman, declined to comment.",
        "The survey was run by Dawn Pryce.",
        "He handed the keys to Dawn at the station.",
        "At Dawn's suggestion, the meeting moved.",
        "The bill includes a sunset clause.",
        "Investors back sunrise industries.",
        "Traffic stalled on Sunset Boulevard.",
        "As dawn broke, rescuers reached the hamlet.",
        "A dawn raid netted six arrests.",
        # The hours of darkness or of light, every day a rule holds.
        "The army imposed a dusk-to-dawn curfew.",
        "The curfew runs from dusk to dawn.",
        "Volunteers worked from dawn till dusk.",
        # "Light" is a trigger for "first light" only.
        "In light of the report, the plan was dropped.",
        "The first light rail line opened.",
        # A part of the day before an event of its own is told from the event.
        "The morning after the vote, nobody spoke.",
        "On the night before the final, the squad met.",
        "The morning-after pill is sold widely.",
        "The night sky was clear.",
        # Hours of something else.
        "The early hours of the inquiry were chaotic.",
        "Shares slid in the early hours of trading.",
    ],
)
def test_words_of_the_sun_and_the_night_that_name_no_time_of_day(text):
    assert found(text) == []


def test_a_dawn_restated_by_a_clock_in_brackets_is_left_to_the_clock():
    text = "Troops will move at dawn (5 a.m. Friday), the colonel said."
    assert found(text) == [("5 a.m. Friday", "TIME", "2026-03-13T05:00")]


def test_a_dawn_on_a_day_the_rule_cannot_read_leaves_the_day_to_its_own_rule():
    assert found("Shoppers queued at dawn on Black Friday.") == [
        ("Black Friday", "DATE", "2025-11-28")
    ]


# --- the small hours, the morning after, the night before --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The shooting happened in the early hours of Sunday.",
            "news",
            [("the early hours of Sunday", "TIME", "2026-03-08TMO")],
        ),
        (
            "Two men were held in the small hours of Saturday.",
            "news",
            [("the small hours of Saturday", "TIME", "2026-03-07TMO")],
        ),
        (
            "The fire started in the small hours.",
            "news",
            [("the small hours", "TIME", "2026-03-12TMO")],
        ),
        ("The party ran into the wee hours.", "news", [("the wee hours", "TIME", "2026-03-12TMO")]),
        (
            "The boats moved in during the small hours of 25 April 1915.",
            "narrative",
            [("the small hours of 25 April 1915", "TIME", "1915-04-25TMO")],
        ),
        (
            "In the early hours of Sunday, 7 December 1941, the carriers turned into the wind.",
            "narrative",
            [("the early hours of Sunday, 7 December 1941", "TIME", "1941-12-07TMO")],
        ),
        # The part of the day is written already; the words before it only narrow it.
        (
            "The fire broke out in the early hours of Tuesday morning.",
            "news",
            [("Tuesday morning", "TIME", "2026-03-10TMO")],
        ),
    ],
)
def test_the_small_hours_are_the_morning_of_the_day_they_belong_to(text, kind, expected):
    assert found(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            (
                "The rebels took the post office on 24 April 1916. The morning after, the "
                "shelling began."
            ),
            "narrative",
            [
                ("24 April 1916", "DATE", "1916-04-24"),
                ("The morning after", "TIME", "1916-04-25TMO"),
            ],
        ),
        (
            "The treaty was signed on 28 June 1919. The night before, the delegates quarrelled.",
            "narrative",
            [
                ("28 June 1919", "DATE", "1919-06-28"),
                ("The night before", "TIME", "1919-06-27TNI"),
            ],
        ),
        (
            "The minister resigned on Tuesday. The evening after, her deputy was sworn in.",
            "news",
            [("Tuesday", "DATE", "2026-03-10"), ("The evening after", "TIME", "2026-03-11TEV")],
        ),
        (
            "The vote came on Monday. The night before, protesters marched.",
            "news",
            [("Monday", "DATE", "2026-03-09"), ("The night before", "TIME", "2026-03-08TNI")],
        ),
    ],
)
def test_the_morning_after_and_the_night_before_step_from_the_day_in_focus(text, kind, expected):
    assert found(text, kind) == expected


# --- a week on a named day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written on a Thursday: "Thursday week" is a week today.
        ("The hearing is set for Thursday week.", [("Thursday week", "DATE", "2026-03-19")]),
        ("The final is on Saturday week.", [("Saturday week", "DATE", "2026-03-21")]),
        ("The cup tie is a week on Saturday.", [("a week on Saturday", "DATE", "2026-03-21")]),
        ("The talks resume a week on Monday.", [("a week on Monday", "DATE", "2026-03-23")]),
        ("The vote is a week from Friday.", [("a week from Friday", "DATE", "2026-03-20")]),
        ("We meet again a week tomorrow.", [("a week tomorrow", "DATE", "2026-03-20")]),
        ("The inquiry reports Friday fortnight.", [("Friday fortnight", "DATE", "2026-03-27")]),
        (
            "The match was played a week last Saturday.",
            [("a week last Saturday", "DATE", "2026-02-28")],
        ),
    ],
)
def test_a_week_on_a_named_day_is_one_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She spent a week on Monday's report.", [("a week", "DURATION", "P1W")]),
        ("He worked a week on Mondays.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_a_week_spent_on_something_is_a_stretch_not_a_date(text, expected):
    assert found(text)[:1] == expected
    assert all(value != "2026-03-16" for _, _, value in found(text))


# --- generations, turns of centuries, lists of decades, steps with their year ------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The mill opened in 1850. A generation later it employed half the town.",
            "narrative",
            [("1850", "DATE", "1850"), ("A generation later", "DATE", "FUTURE_REF")],
        ),
        (
            "Two generations earlier the valley had been forest.",
            "narrative",
            [("Two generations earlier", "DATE", "PAST_REF")],
        ),
        (
            "A generation ago, few homes had a telephone.",
            "news",
            [("A generation ago", "DATE", "PAST_REF")],
        ),
    ],
)
def test_a_generation_is_a_vague_step_back_or_on(text, kind, expected):
    assert found(text, kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A new generation of engines arrived.",
        "The next generation will pay the bill.",
        "A generation after the famine, the town recovered.",
        "It took a generation to rebuild.",
    ],
)
def test_a_generation_that_is_no_step_from_the_story_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Vienna was a capital of art at the turn of the 20th century.",
            "narrative",
            [("the turn of the 20th century", "DATE", "1900")],
        ),
        (
            "By the turn of the nineteenth century the trade had ended.",
            "narrative",
            [("the turn of the nineteenth century", "DATE", "1800")],
        ),
        (
            (
                "The army was reformed in 1897. At the turn of the century it was the largest "
                "in Europe."
            ),
            "narrative",
            [("1897", "DATE", "1897"), ("the turn of the century", "DATE", "1900")],
        ),
        (
            "Rents have tripled since the turn of the century.",
            "news",
            [("the turn of the century", "DATE", "2000")],
        ),
        # Half a century from either turn: no telling which one the words mean.
        (
            "The port grew in 1850. At the turn of the century it was still small.",
            "narrative",
            [("1850", "DATE", "1850")],
        ),
    ],
)
def test_the_turn_of_a_century_is_the_year_it_turns(text, kind, expected):
    assert found(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Famine in the 1840s and 50s drove many abroad.",
            [("the 1840s", "DATE", "184"), ("50s", "DATE", "185")],
        ),
        (
            "The 1960s-70s were restless years.",
            [("The 1960s", "DATE", "196"), ("70s", "DATE", "197")],
        ),
        (
            "The 1920s, 30s and 40s remade the city.",
            [("The 1920s", "DATE", "192"), ("30s", "DATE", "193"), ("40s", "DATE", "194")],
        ),
        (
            "The firm grew through the 1990s and 00s.",
            [("the 1990s", "DATE", "199"), ("00s", "DATE", "200")],
        ),
        (
            "Those were the 1980s or 90s, I forget.",
            [("the 1980s", "DATE", "198"), ("90s", "DATE", "199")],
        ),
        (
            "The 1940s and '50s saw rapid growth.",
            [("The 1940s", "DATE", "194"), ("'50s", "DATE", "195")],
        ),
    ],
)
def test_a_decade_in_two_digits_after_one_in_four_takes_its_century(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["She is in her 50s.", "The team scored 80s and 90s this season.", "Temperatures hit the 90s."],
)
def test_two_digit_decades_with_no_decade_before_them_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            (
                "War broke out in 1914. A year earlier, in 1913, a first war had ended. A year "
                "earlier still, in 1912, the Balkan states had struck."
            ),
            "narrative",
            [
                ("1914", "DATE", "1914"),
                ("A year earlier", "DATE", "1913"),
                ("1913", "DATE", "1913"),
                ("A year earlier still", "DATE", "1912"),
                ("1912", "DATE", "1912"),
            ],
        ),
        (
            "Profits rose. A year earlier, in 2019, they had fallen.",
            "news",
            [("A year earlier", "DATE", "2019"), ("2019", "DATE", "2019")],
        ),
    ],
)
def test_the_year_written_beside_a_year_earlier_wins_over_arithmetic(text, kind, expected):
    assert found(text, kind) == expected


def test_a_year_earlier_with_no_year_beside_it_still_counts_back():
    assert found("Sales rose 4% from a year earlier.") == [("a year earlier", "DATE", "2025")]


@pytest.mark.parametrize(
    "text",
    [
        "The club won the title last season.",
        "The striker scored twice in the first half of the season.",
    ],
)
def test_a_sports_season_is_left_untagged(text):
    # A league's season may lie in one year or straddle two, and TIMEX3's seasons are the
    # year's; no value says which without the league's calendar.
    assert found(text) == []
