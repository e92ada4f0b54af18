"""Dawn and the small hours, the morning after, days a week on, and the steps of history."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A Thursday: news is read against it, and histories long after their events.
PUBLISHED = dt.date(2026, 3, 12)


def found(text: str, kind: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, PUBLISHED, kind)]


# --- dawn, dusk and the small hours: the day they fall on, not the hour --------------------------
# The TimeML corpora mark the day and leave the sun's hours and "the early hours of" out ("in
# the early hours of [Oct. 7]", "as dawn broke", "climaxed at sunset" untagged), so the day
# written beside them is the expression, with its own value.


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The first boats reached the beach at dawn on 6 June 1944.",
            "narrative",
            [("6 June 1944", "DATE", "1944-06-06")],
        ),
        (
            "The squadron sailed at sunset on 5 June 1944.",
            "narrative",
            [("5 June 1944", "DATE", "1944-06-05")],
        ),
        (
            "Officers raided two flats at dawn Tuesday.",
            "news",
            [("Tuesday", "DATE", "2026-03-10")],
        ),
        (
            "Two men were held in the small hours of Saturday.",
            "news",
            [("Saturday", "DATE", "2026-03-07")],
        ),
        (
            "In the early hours of Sunday, 7 December 1941, the carriers turned into the wind.",
            "narrative",
            [("Sunday, 7 December 1941", "DATE", "1941-12-07")],
        ),
        ("Police raided the house at dawn.", "news", []),
        ("The search will resume at first light.", "news", []),
        ("The fire started in the small hours.", "news", []),
        ("The scouts slipped out before sunrise.", "narrative", []),
    ],
)
def test_the_suns_hours_and_the_small_hours_leave_the_day_to_be_the_expression(
    text, kind, expected
):
    assert found(text, kind) == expected


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
        # Light that is no time of day.
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


# --- the morning after, the night before ---------------------------------------------------


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
            "The 1920s, 30s, and 40s remade the city.",
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


@pytest.mark.parametrize("beside", ["in late 2019", "in mid-2019", "in Paris in 2019"])
def test_a_year_earlier_beside_a_year_it_does_not_read_counts_back_from_the_story(beside):
    text = f"Sales rose in 2020. A year earlier, {beside}, they fell."
    assert found(text, "narrative")[1] == ("A year earlier", "DATE", "2019")


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
