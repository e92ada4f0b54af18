"""How the date in focus follows a story: its background in news, and short histories."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes, text_kind

# The stories are read on a Thursday in March 2026.
READ_ON = dt.date(2026, 3, 12)


def found(text: str, kind: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, READ_ON, kind)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The fortress on the strait fell on 29 May 1453 after a long siege. Three days later "
            "the victors held a feast in the great church, and the city's old walls were repaired."
        ),
        (
            "The town was founded in 1781 by a few families from the south. Three years later a "
            "mission was built nearby. In 1850 it joined the new state."
        ),
        # "The next year" counts from the story, not from publication.
        (
            "The bridge was begun in 1869, the summer its designer died. It opened on 24 May "
            "1883. The next year, a parade of elephants crossed it to prove its strength."
        ),
        (
            "Settlers landed in September 1620 and wintered aboard their ship in the bay.\n\n"
            "They built houses the following spring; half of them did not live to see the first "
            "harvest."
        ),
    ],
)
def test_a_short_history_with_few_old_years_is_a_narrative(text):
    assert text_kind(text, READ_ON) == "narrative"


@pytest.mark.parametrize(
    "text",
    [
        # A message naming one old year is no history.
        "Photo of the old mill, 1983. What a view!",
        # Bonds fall due in a year to come: news about money.
        (
            "The company said holders of its notes due March 15, 2031, and of notes issued in "
            "2011 may convert them into shares at any time before the notes mature."
        ),
        # A weekday ties the passage to its publication.
        (
            "The bank, founded in 1998 when rates were high, said on Friday that its profit "
            "had doubled, and that it would open twenty branches across the country."
        ),
        # A year close to publication makes it news with background.
        (
            "The mine opened in 1987 and closed in 2025 after a flood; the owners have not yet "
            "said whether they will pump it out and reopen it, and the town is waiting."
        ),
    ],
)
def test_news_with_an_old_year_in_passing_stays_news(text):
    assert text_kind(text, READ_ON) == "news"


def test_a_weekday_alone_ties_a_life_story_to_the_news_that_tells_it():
    # An obituary names many old years, then the day of the week the death came.
    obituary = (
        "Born in 1931, she trained as a nurse in 1950, ran the ward from 1962 and retired in "
        "1991. She wrote two books, in 1994 and 1999. She died Tuesday at her home."
    )
    assert text_kind(obituary, READ_ON) == "news"
    # A weekday written with its date, or counted from another day, is the history's own.
    history = (
        "The fleet sailed on Sunday, 7 December 1941, and by 1942 the war had spread. Raids "
        "came in 1943 and 1944. The following Tuesday the order to withdraw was given, and in "
        "1945 the last ships came home."
    )
    assert text_kind(history, READ_ON) == "narrative"


def test_a_short_history_reads_its_months_and_steps_from_its_own_dates():
    text = (
        "The army landed on 1 March 1815 on the southern coast. Twenty days later it "
        "entered the capital. On 18 June it was beaten, and four days later its leader "
        "gave up the throne."
    )
    assert found(text, "auto") == [
        ("1 March 1815", "1815-03-01"),
        ("Twenty days", "1815-03-21"),
        ("18 June", "1815-06-18"),
        ("four days", "1815-06-22"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her family learned of the arrest on Jan. 8, 2019. In February the embassy protested.",
            ("February", "2019-02"),
        ),
        (
            "The river rose in the spring of 2013. On June 21, it crested in the old town.",
            ("June 21", "2013-06-21"),
        ),
        (
            (
                "The ship left Plymouth on 16 September 1620, full of families. It reached Cape "
                "Cod on 9 November."
            ),
            ("9 November", "1620-11-09"),
        ),
    ],
)
def test_news_background_keeps_its_year_into_the_next_sentence(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year in passing sets no year for the month after it.
        (
            "The plan was approved in 2019 by the board. In February the chief executive quit.",
            ("February", "2026-02"),
        ),
        # A date that names an event is no step of the story.
        (
            "Two men were charged in the Dec. 21, 2018, bombing. They were freed in February.",
            ("February", "2026-02"),
        ),
        # The clause looks ahead from publication.
        (
            "The country was invited to join in July 2019. It will join on March 30.",
            ("March 30", "2026-03-30"),
        ),
        # A year close to publication leaves the month to the tense.
        (
            "The bill passed the House on Feb. 6, 2025. The president signed it in February.",
            ("February", "2026-02"),
        ),
        # Another paragraph is another part of the story.
        (
            "The plant opened on Jan. 10, 2016.\n\nIn February, the workers went on strike.",
            ("February", "2026-02"),
        ),
    ],
)
def test_news_months_stay_with_publication_outside_a_told_background(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Voters rejected the plan on June 23, 2016. The following March, the government "
                "gave notice."
            ),
            ("The following March", "2017-03"),
        ),
        (
            (
                "The president was impeached on Dec. 18, 2019. The Senate acquitted him the "
                "following February."
            ),
            ("the following February", "2020-02"),
        ),
        (
            "The dike broke on 3 November 1530; the previous August had been dry.",
            ("the previous August", "1530-08"),
        ),
        (
            (
                "The war began in 1914. In 1915 Italy joined the Allies. That May, a liner was "
                "sunk off Ireland."
            ),
            ("That May", "1915-05"),
        ),
        (
            "The mill closed in March 1912, and in that June its owners sold the looms.",
            ("that June", "1912-06"),
        ),
    ],
)
def test_a_month_counted_from_the_date_in_focus(text, expected):
    assert expected in found(text, "auto")


@pytest.mark.parametrize(
    "text",
    [
        # "that" opens a clause here; March is the month of publication's year.
        "Officials said that March was the busiest month for the port.",
        # No date in focus: the next June after publication.
        "The following June, the band toured again.",
    ],
)
def test_that_or_following_before_a_month_needs_a_date_to_count_from(text):
    months = [value for words, value in found(text) if "March" in words or "June" in words]
    assert months == (["2026-03"] if "March" in text else ["2026-06"])
    assert not any(words.lower().startswith("that") for words, _ in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceasefire collapsed in July 2014. That autumn, talks resumed in a neutral city.",
            ("That autumn", "2014-FA"),
        ),
        (
            "The company was fined in 2017. The following spring it paid the fine.",
            ("The following spring", "2018-SP"),
        ),
        (
            (
                "The hurricane hit the island in September 2017. By the following summer, power "
                "was still out in some towns."
            ),
            ("the following summer", "2018-SU"),
        ),
        (
            "In 2020, the pandemic closed the border. That spring, farms could not hire workers.",
            ("That spring", "2020-SP"),
        ),
    ],
)
def test_news_seasons_count_from_the_date_in_focus(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors charged him on March 3, 2020. The week before, he had sold his house.",
            ("The week before", "2020-W09"),
        ),
        (
            "The company laid off 200 workers in 2023. The year before, it had hired 500.",
            ("The year before", "2022"),
        ),
    ],
)
def test_news_steps_a_week_or_year_back_when_the_phrase_opens_its_sentence(text, expected):
    assert expected in found(text)


def test_news_comparing_figures_with_the_year_before_stays_untagged():
    text = "Profit fell to $3 million in 2023, from $5 million the year before."
    assert [words for words, _ in found(text)] == ["2023"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She won gold in 2016. Four years later she retired from the team.",
            ("Four years", "2020"),
        ),
        (
            "She was elected mayor in 2015 and re-elected four years later.",
            ("four years", "2019"),
        ),
        (
            "The firm was hacked in May 2023. It learned of the breach a month later.",
            ("a month", "2023-06"),
        ),
    ],
)
def test_news_steps_from_a_month_or_year_long_gone(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year close to publication: the stretch alone, as news corpora mark it.
        ("Sales fell in 2025. A month later, the chief executive quit.", ("A month", "P1M")),
        # Another paragraph: the stretch alone.
        ("She won gold in 2016.\n\nFour years later she retired.", ("Four years", "P4Y")),
    ],
)
def test_news_steps_stay_stretches_away_from_a_told_background(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The mine flooded on June 3, 2019. Two days later, rescuers reached the first "
                "workers. By the end of the year, the company had closed the site."
            ),
            ("the end of the year", "2019"),
        ),
        (
            (
                "Troops landed on 6 June 1944 on the beaches. By the end of the month, the port "
                "had fallen."
            ),
            ("the end of the month", "1944-06"),
        ),
        # Looking ahead, the edge is publication's.
        (
            "The mine flooded on June 3, 2019. The owners will reopen it by the end of the year.",
            ("the end of the year", "2026"),
        ),
    ],
)
def test_news_edge_of_a_period_in_a_told_background(text, expected):
    assert expected in found(text)


def test_news_next_day_after_a_month_long_gone_is_a_day_of_that_month():
    text = 'He joined the firm in March 2010. "I knew the next day that I would stay," he said.'
    assert ("the next day", "2010-03-XX") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The actor first won an award in 1999. He won again in 2004, and the next year he "
                "directed his first film."
            ),
            ("the next year", "2005"),
        ),
        (
            (
                "The senator was indicted on Sept. 22, 2023. The next month he lost his seat on "
                "the committee."
            ),
            ("The next month", "2023-10"),
        ),
    ],
)
def test_news_the_next_year_after_a_year_long_gone_is_the_year_after_it(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Looking ahead, "the next year" is a stretch of time to come.
        (
            "The plant opened in 2019. It will double its output over the next year.",
            ("the next year", "P1Y"),
        ),
        # Told of last year, the next year is counted from publication.
        ("The bank lost money in 2025, and expects a profit next year.", ("next year", "2027")),
    ],
)
def test_news_the_next_year_looking_ahead_stays_with_publication(text, expected):
    assert expected in found(text)


def test_news_a_season_in_a_told_background_takes_its_year():
    text = (
        "She was diagnosed in June 2017. That summer she kept working; by the autumn she had "
        "left the bench."
    )
    assert found(text)[1:] == [("That summer", "2017-SU"), ("the autumn", "2017-FA")]


def test_that_same_year_is_the_year_its_sentence_just_named():
    text = (
        "The poet was born in Florence in 1265. In 1302 he was exiled. He finished the poem "
        "shortly before his death in 1321; a copy was made that same year."
    )
    assert ("that same year", "1321") in found(text, "narrative")


def test_a_history_names_the_same_day_of_a_year_it_gave_alone():
    text = "The railway opened in 1830. On the same day, a member of parliament was killed."
    assert ("the same day", "1830-XX-XX") in found(text, "narrative")


def test_news_that_day_of_no_day_in_particular_stays_untagged():
    text = "The market fell in 1987. Traders lost money on trades made that day and the next."
    start = text.index("that day")
    spans = [(t.start, t.end) for t in find_timexes(text, READ_ON, "news")]
    assert not any(a < start + len("that day") and start < b for a, b in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The company, founded in 1901, said on Monday that it would close its oldest plant "
                "in June."
            ),
            ("June", "2026-06"),
        ),
        ("In 1997 the company said it would open a plant in June.", ("June", "1997-06")),
        ("Prices rose in March 1997 and fell in June.", ("June", "1997-06")),
    ],
)
def test_a_year_set_off_as_an_aside_gives_no_year_to_a_month_ahead(text, expected):
    assert expected in found(text)


def test_news_the_end_of_the_week_in_a_told_background_is_that_days_week():
    text = (
        "The bank failed on Sept. 15, 2008. The previous day, rivals had refused to buy it. By "
        "the end of the week, the government had rescued an insurer."
    )
    assert found(text)[1:] == [
        ("The previous day", "2008-09-14"),
        ("the end of the week", "2008-W38"),
    ]


def test_the_next_year_after_a_year_named_in_passing_is_the_year_after_it():
    text = (
        "The lighthouse was first lit on 1 December 1759. It stood for over a century; in 1877 "
        "cracks were found in the rock, and the next year work began on a new tower."
    )
    assert ("the next year", "1878") in found(text, "auto")
