"""How the tagger reads ancient dates, ages and military clock times in a history."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes

# A history is read long after the events it tells.
READ_ON = dt.date(2026, 3, 12)


def found(text: str, kind: str = "narrative") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, READ_ON, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The young king fell ill and died at Babylon in June 323 BC.",
            ("June 323 BC", "DATE", "BC0323-06"),
        ),
        (
            "The consul was murdered on 15 March 44 BC in the senate house.",
            ("15 March 44 BC", "DATE", "BC0044-03-15"),
        ),
        (
            "Rome declared war in January, 49 BC, when the general crossed the river.",
            ("January, 49 BC", "DATE", "BC0049-01"),
        ),
    ],
)
def test_a_month_or_day_before_a_year_bc_is_one_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army came down from the mountains in the autumn of 218 BC.",
            ("the autumn of 218 BC", "DATE", "BC0218-FA"),
        ),
        (
            "A plague broke out in the summer of 430 BC and lasted two years.",
            ("the summer of 430 BC", "DATE", "BC0430-SU"),
        ),
    ],
)
def test_a_season_of_a_year_bc_is_that_season_of_that_year(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dictator was stabbed on the Ides of March, 44 BC.",
            ("the Ides of March, 44 BC", "DATE", "BC0044-03-15"),
        ),
        (
            "The assembly met on the Ides of January 62 BC.",
            ("the Ides of January 62 BC", "DATE", "BC0062-01-13"),
        ),
    ],
)
def test_the_ides_of_a_month_bc_fall_on_the_15th_or_the_13th(text, expected):
    assert expected in found(text)


def test_a_month_before_a_year_ad_is_still_read_by_the_month_rules():
    assert found("The legions withdrew in May 1066.") == [("May 1066", "DATE", "1066-05")]


def test_an_age_in_a_history_bc_is_no_year():
    text = "The king died in 323 BC at the age of 32. His son was murdered in 309."
    assert found(text) == [("323 BC", "DATE", "BC0323"), ("309", "DATE", "BC0309")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first boats reached the beach at 0600 on 25 April 1915.",
            ("0600 on 25 April 1915", "TIME", "1915-04-25T06:00"),
        ),
        (
            "The invasion began at 0315 hours on 22 June 1941 along a wide front.",
            ("0315 hours on 22 June 1941", "TIME", "1941-06-22T03:15"),
        ),
        (
            "The barrage lifted at 0730, on the 1st of July 1916.",
            ("0730, on the 1st of July 1916", "TIME", "1916-07-01T07:30"),
        ),
    ],
)
def test_a_24_hour_clock_and_the_day_after_it_are_one_time(text, expected):
    assert found(text) == [expected]


def test_a_24_hour_clock_before_a_word_it_counts_is_still_no_time():
    assert found("The bombers flew in at 1200 feet on 3 May 1942.") == [
        ("3 May 1942", "DATE", "1942-05-03")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Duration: 4 years, 3 months and 2 weeks",
            ("4 years, 3 months and 2 weeks", "DURATION", "P4Y3M14D"),
        ),
        (
            "The occupation lasted two years and eight months.",
            ("two years and eight months", "DURATION", "P2Y8M"),
        ),
        (
            "The queen reigned for 63 years, 7 months and 2 days.",
            ("63 years, 7 months and 2 days", "DURATION", "P63Y7M2D"),
        ),
        (
            "Date: 7 October 2001 – 30 August 2021 (19 years, 10 months, 3 weeks and 2 days)",
            ("19 years, 10 months, 3 weeks and 2 days", "DURATION", "P19Y10M23D"),
        ),
        (
            "The final assault took 3 hours and 20 minutes.",
            ("3 hours and 20 minutes", "DURATION", "PT3H20M"),
        ),
    ],
)
def test_the_parts_of_one_stretch_are_one_duration(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sentences were 5 years, 10 years and 2 years.",
            [("5 years", "P5Y"), ("10 years", "P10Y"), ("2 years", "P2Y")],
        ),
        (
            "He was held for two years, and three days later he escaped.",
            [("two years", "P2Y"), ("three days", "P3D")],
        ),
    ],
)
def test_stretches_listed_or_stepping_from_an_event_stay_apart(text, expected):
    assert [(t, v) for t, _, v in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army crossed the border in August 1968. Its commander left the following April.",
            ("the following April", "DATE", "1969-04"),
        ),
        (
            "The peace was signed in June 1919, after the previous November's armistice.",
            ("the previous November", "DATE", "1918-11"),
        ),
        (
            "The talks broke down in May 1920 and resumed the following June 3.",
            ("the following June 3", "DATE", "1920-06-03"),
        ),
    ],
)
def test_the_following_or_previous_month_steps_from_the_date_in_focus(text, expected):
    assert expected in found(text)


def test_following_before_a_month_as_a_preposition_leaves_the_month_alone():
    assert [t for t, _, _ in found("Following March's vote, the talks resumed.")] == ["March"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders burned the abbey in June 793.", ("June 793", "DATE", "0793-06")),
        (
            "The emperor died on 28 January 814, at his palace.",
            ("28 January 814", "DATE", "0814-01-28"),
        ),
        (
            "The king beat the invaders in May 878 and made peace.",
            ("May 878", "DATE", "0878-05"),
        ),
    ],
)
def test_a_month_takes_a_year_before_1000_in_a_history(text, expected):
    assert found(text) == [expected]


def test_a_count_after_a_month_is_no_early_year():
    assert [t for t, _, _ in found("In May 300 soldiers died of fever.")] == ["May"]


def test_news_reads_no_year_before_1000_beside_a_month():
    assert found("The shop sold 40 in June 793.", "news") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The standoff began on October 16, 1962. On the 18th Gromyko visited the White House.",
            ("the 18th", "DATE", "1962-10-18"),
        ),
        (
            "The assault opened on 3 May 1916. On the 5th the brigade fell back.",
            ("the 5th", "DATE", "1916-05-05"),
        ),
        (
            "Parliament met on 2 March 1629. On the 10th it was dissolved.",
            ("the 10th", "DATE", "1629-03-10"),
        ),
    ],
)
def test_a_bare_ordinal_day_may_open_a_clause_with_its_subject(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In March 1945 the bridge fell. On the 9th Armored Division's front, the advance halted.",
        "In March 1945 the bridge was taken after the 9th Infantry crossed it.",
    ],
)
def test_an_ordinal_before_a_units_name_is_no_day(text):
    assert [t for t, _, _ in found(text)] == ["March 1945"]


def test_the_title_of_a_piece_of_music_holds_no_year():
    text = "The composer wrote the 1812 Overture in 1880."
    assert [t for t, _, _ in found(text)] == ["1880"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regime fell in 1989. In the years that followed, the army split.",
            ("the years", "DURATION", "PXY"),
        ),
        (
            "The rising was crushed in 1956. In the months that followed, many fled west.",
            ("the months", "DURATION", "PXM"),
        ),
        (
            "The empire collapsed in 1806. The decades which followed saw reform.",
            ("The decades", "DURATION", "PXDE"),
        ),
    ],
)
def test_the_years_that_followed_read_as_the_following_years(text, expected):
    assert expected in found(text)


def test_the_years_without_a_clause_that_follows_stay_untagged():
    assert found("The exiles spent the years abroad.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From the 15th to the 17th century, the kingdom built a sea empire.",
            [("the 15th", "14"), ("the 17th century", "16")],
        ),
        (
            "The late 18th and early 19th centuries were an age of revolt.",
            [("The late 18th", "17"), ("early 19th centuries", "18")],
        ),
        (
            "Bronze gave way to iron in the 9th to 7th centuries BC.",
            [("the 9th", "BC08"), ("7th centuries BC", "BC06")],
        ),
    ],
)
def test_the_first_century_of_a_range_or_list_is_a_century(text, expected):
    assert [(t, v) for t, _, v in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The offensive stalled in May 1972. A truce was signed in January the following year.",
            ("January the following year", "DATE", "1973-01"),
        ),
        (
            "The city fell in 1683. On 12 September the same year, the relief army arrived.",
            ("12 September the same year", "DATE", "1683-09-12"),
        ),
    ],
)
def test_a_month_before_the_following_year_without_of_is_one_date(text, expected):
    assert expected in found(text)


def test_a_season_takes_the_year_of_the_thing_it_names():
    text = "The front held through 1917. The spring offensive of 1918 broke it."
    assert ("The spring", "DATE", "1918-SP") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The great spring offensive began on 21 March 1918.",
            ("spring", "DATE", "1918-SP"),
        ),
        (
            "The summer campaign opened on June 22, 1941, along the border.",
            ("The summer", "DATE", "1941-SU"),
        ),
    ],
)
def test_a_season_takes_the_year_of_the_day_its_clause_names(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 10th century, horsemen raided far to the west. Their defeat in 955 ended it.",
            ("955", "DATE", "0955"),
        ),
        (
            "The emperor died on 28 January 814. His son ruled until 840.",
            ("840", "DATE", "0840"),
        ),
    ],
)
def test_a_bare_year_before_1000_is_read_in_a_history_of_its_time(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 10th century, the duke led an army of 300 men. By 200 the town was empty.",
            ["the 10th century"],
        ),
        ("The castle was built in 1066. In 955 nothing is known of the site.", ["1066"]),
    ],
)
def test_a_bare_number_outside_the_centuries_in_focus_is_no_year(text, expected):
    assert [t for t, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No 31 June: the month stays, the day that is none goes.
        ("The consul died on 31 June 44 BC.", [("June 44 BC", "DATE", "BC0044-06")]),
        ("The games opened on 29 February 44 BC.", [("29 February 44 BC", "DATE", "BC0044-02-29")]),
        ("Nothing is dated 0 BC.", []),
    ],
)
def test_a_day_before_a_year_bc_must_be_a_day_of_its_month(text, expected):
    assert found(text) == expected


def test_a_month_after_a_year_bc_keeps_to_the_story():
    text = "In 300 BC the city fell. The following June it rose. That same year a temple was built."
    values = [value for _, _, value in found(text)]
    assert values[:3] == ["BC0300", "BC0300-06", "BC0300"]


def test_the_next_year_of_a_story_bc_counts_down_unless_it_is_a_stretch():
    assert found("In 300 BC the city fell. The next year it burned.")[-1][2] == "BC0299"
    text = "In 300 BC the siege began; it lasted for the next year."
    assert found(text)[-1][1:] == ("DURATION", "P1Y")
