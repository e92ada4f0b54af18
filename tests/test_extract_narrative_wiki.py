"""How the tagger reads war histories told as encyclopedia articles tell them.

Lead sentences and infobox lines ("Date: 2 August 1990 – 28 February 1991"), sections that open
on a year and step on from it, clock times of a day named sentences before, dates in two
calendars, flashbacks, and the ancient world's years. Each passage is judged whole: every
expression it holds, with its TIMEX3 value, in order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.extract.tagger import find_timexes, text_kind

# A history is read long after the events it tells.
READ_ON = dt.date(2026, 3, 12)


def found(text: str, kind: str = "narrative") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, READ_ON, kind)]


PASSAGES = [
    (
        (
            "The First World War was a global conflict fought mainly in Europe. The war lasted "
            "from 1914 to 1918. It began on 28 July 1914, when Austria-Hungary declared war on "
            "Serbia. Within a week most of the great powers had joined. By the end of the year "
            "the western front had settled into trenches.\nIn the spring of 1915 the Allies "
            "landed at Gallipoli. The campaign lasted eight months. The last troops left in "
            "January 1916.\nAn armistice was signed on 11 November 1918, and the guns fell "
            "silent at 11 a.m. that day."
        ),
        [
            ("1914", "1914"),
            ("1918", "1918"),
            ("28 July 1914", "1914-07-28"),
            ("a week", "P1W"),
            ("the end of the year", "1914"),
            ("the spring of 1915", "1915-SP"),
            ("eight months", "P8M"),
            ("January 1916", "1916-01"),
            ("11 November 1918", "1918-11-11"),
            ("11 a.m. that day", "1918-11-11T11:00"),
        ],
    ),
    (
        (
            "Date: 2 August 1990 – 28 February 1991\nLocation: Iraq, Kuwait and Saudi Arabia\n"
            "Iraq invaded Kuwait on 2 August 1990. The invasion took two days. Over the next "
            "five months a coalition gathered in Saudi Arabia. The air campaign began on 17 "
            "January 1991. After 38 days of bombing, the ground offensive opened on 24 February. "
            "It lasted 100 hours. A ceasefire was declared on the 28th."
        ),
        [
            ("2 August 1990", "1990-08-02"),
            ("28 February 1991", "1991-02-28"),
            ("2 August 1990", "1990-08-02"),
            ("two days", "P2D"),
            ("the next five months", "P5M"),
            ("17 January 1991", "1991-01-17"),
            ("38 days", "P38D"),
            ("24 February", "1991-02-24"),
            ("100 hours", "PT100H"),
            ("the 28th", "1991-02-28"),
        ],
    ),
    (
        (
            "The Great Northern War began in 1700. Danish troops invaded Holstein in March. The "
            "Swedish king landed near Copenhagen that summer and forced Denmark out of the war "
            "by August. On 20 November 1700 he routed the Russians at Narva. He wintered in "
            "Livonia and in the spring of 1701 crossed the Düna. For the next six years he "
            "campaigned in Poland."
        ),
        [
            ("1700", "1700"),
            ("March", "1700-03"),
            ("that summer", "1700-SU"),
            ("August", "1700-08"),
            ("20 November 1700", "1700-11-20"),
            ("the spring of 1701", "1701-SP"),
            ("the next six years", "P6Y"),
        ],
    ),
    # A flashback: the months take the year the story went back to, then the year it
    # resumes in.
    (
        (
            "In 1939 the army was poorly armed. Earlier, in 1938, it had been sent to the "
            "border. In March it had occupied the passes. The crisis passed in September. The "
            "story resumed in 1939: by the summer, the army had doubled. In August it was "
            "mobilised."
        ),
        [
            ("1939", "1939"),
            ("1938", "1938"),
            ("March", "1938-03"),
            ("September", "1938-09"),
            ("1939", "1939"),
            ("the summer", "1939-SU"),
            ("August", "1939-08"),
        ],
    ),
    (
        (
            "Hannibal left Spain in the spring of 218 BC. He crossed the Alps in the autumn, "
            "losing many elephants. In December he beat a Roman army at the Trebia. The next "
            "year he ambushed another at Lake Trasimene. On 2 August 216 BC he won his greatest "
            "victory at Cannae. For the next thirteen years he stayed in Italy."
        ),
        [
            ("the spring of 218 BC", "BC0218-SP"),
            ("the autumn", "BC0218-FA"),
            ("December", "BC0218-12"),
            ("The next year", "BC0217"),
            ("2 August 216 BC", "BC0216-08-02"),
            ("the next thirteen years", "P13Y"),
        ],
    ),
    (
        (
            "The battle of Stalingrad began on 23 August 1942. By mid-September the Germans had "
            "reached the Volga. Fighting raged for weeks in the factories. On 19 November the "
            "Soviets launched Operation Uranus. Four days later the pincers met at Kalach. The "
            "trapped army held out through December. On 31 January 1943 its commander "
            "surrendered, and the last pocket gave up on 2 February. The battle had lasted more "
            "than five months."
        ),
        [
            ("23 August 1942", "1942-08-23"),
            ("mid-September", "1942-09"),
            ("weeks", "PXW"),
            ("19 November", "1942-11-19"),
            ("Four days", "1942-11-23"),
            ("December", "1942-12"),
            ("31 January 1943", "1943-01-31"),
            ("2 February", "1943-02-02"),
            ("more than five months", "P5M"),
        ],
    ),
    # The story leaps years on in mid-paragraph, and a step with its date set beside it
    # lands where that date does.
    (
        (
            "American involvement in Vietnam grew through the early 1960s. In August 1964 "
            "Congress passed the Gulf of Tonkin Resolution. By the end of 1965 some 184,000 "
            "troops were in the country. The Tet Offensive began on 30 January 1968. By mid-1968 "
            "public support had fallen sharply. The last American troops left on 29 March 1973. "
            "Saigon fell two years later, on 30 April 1975."
        ),
        [
            ("the early 1960s", "196"),
            ("August 1964", "1964-08"),
            ("the end of 1965", "1965"),
            ("30 January 1968", "1968-01-30"),
            ("mid-1968", "1968"),
            ("29 March 1973", "1973-03-29"),
            ("two years", "1975"),
            ("30 April 1975", "1975-04-30"),
        ],
    ),
    (
        (
            "The Korean War began on 25 June 1950, when northern troops crossed the 38th "
            "parallel. Within three days Seoul had fallen. By early August the southern forces "
            "were penned in around Pusan. On 15 September UN forces landed at Inchon. Seoul was "
            "retaken later that month. In late October Chinese troops entered the war. The front "
            "stabilised in mid-1951 near the parallel. Talks dragged on for two years. An "
            "armistice was signed on 27 July 1953."
        ),
        [
            ("25 June 1950", "1950-06-25"),
            ("three days", "P3D"),
            ("early August", "1950-08"),
            ("15 September", "1950-09-15"),
            ("that month", "1950-09"),
            ("late October", "1950-10"),
            ("mid-1951", "1951"),
            ("two years", "P2Y"),
            ("27 July 1953", "1953-07-27"),
        ],
    ),
    (
        (
            "Fighting broke out at Lexington on 19 April 1775. That evening the militia gathered "
            "around Boston. Two months later, on 17 June, the armies met at Bunker Hill. In July "
            "Washington took command. The British left Boston the next March. On 4 July 1776 "
            "Congress adopted the Declaration of Independence. That winter Washington crossed "
            "the Delaware and won at Trenton on the 26th of December."
        ),
        [
            ("19 April 1775", "1775-04-19"),
            ("That evening", "1775-04-19TEV"),
            ("Two months", "1775-06"),
            ("17 June", "1775-06-17"),
            ("July", "1775-07"),
            ("the next March", "1776-03"),
            ("4 July 1776", "1776-07-04"),
            ("That winter", "1776-WI"),
            ("the 26th of December", "1776-12-26"),
        ],
    ),
    (
        (
            "The Falklands War was a ten-week conflict in 1982. Argentine forces landed on 2 "
            "April. The British task force sailed three days later. On 2 May the cruiser "
            "Belgrano was sunk. Two days later HMS Sheffield was hit. British troops landed at "
            "San Carlos on 21 May. The Argentine garrison surrendered on 14 June, after 74 days "
            "of occupation."
        ),
        [
            ("ten-week", "P10W"),
            ("1982", "1982"),
            ("2 April", "1982-04-02"),
            ("three days", "1982-04-05"),
            ("2 May", "1982-05-02"),
            ("Two days", "1982-05-04"),
            ("21 May", "1982-05-21"),
            ("14 June", "1982-06-14"),
            ("74 days", "P74D"),
        ],
    ),
    # A part of the day of a bare ordinal day.
    (
        (
            "On the morning of 5 June 1967 Israel struck the Egyptian air force. Within hours "
            "most of its planes were destroyed. By the evening of the 6th Israeli columns were "
            "deep in Sinai. On 7 June the Old City of Jerusalem was taken. A ceasefire came into "
            "effect on 10 June. The war had lasted six days."
        ),
        [
            ("the morning of 5 June 1967", "1967-06-05TMO"),
            ("hours", "PTXH"),
            ("the evening of the 6th", "1967-06-06TEV"),
            ("7 June", "1967-06-07"),
            ("10 June", "1967-06-10"),
            ("six days", "P6D"),
        ],
    ),
    # A clock time keeps the day its paragraph named, sentences back.
    (
        (
            "The invasion had been planned for 5 June 1944 but bad weather delayed it by a day. "
            "In the early hours of 6 June paratroopers landed inland. The naval bombardment "
            "followed. The first troops landed at 6:30 a.m. Over the following weeks the Allies "
            "fought through the hedgerows. Paris was liberated on 25 August."
        ),
        [
            ("5 June 1944", "1944-06-05"),
            ("a day", "P1D"),
            ("6 June", "1944-06-06"),
            ("6:30 a.m.", "1944-06-06T06:30"),
            ("the following weeks", "PXW"),
            ("25 August", "1944-08-25"),
        ],
    ),
    (
        (
            "The invasion of Iraq began on 20 March 2003. Baghdad fell on 9 April, after 21 days "
            "of fighting. On 1 May the president declared an end to major combat. The insurgency "
            "grew over the summer. Saddam Hussein was captured on 13 December 2003. He was "
            "executed three years later, on 30 December 2006. The last American troops left in "
            "December 2011."
        ),
        [
            ("20 March 2003", "2003-03-20"),
            ("9 April", "2003-04-09"),
            ("21 days", "P21D"),
            ("1 May", "2003-05-01"),
            ("the summer", "2003-SU"),
            ("13 December 2003", "2003-12-13"),
            ("three years", "2006"),
            ("30 December 2006", "2006-12-30"),
            ("December 2011", "2011-12"),
        ],
    ),
    (
        (
            "Napoleon escaped from Elba on 26 February 1815. He landed in France on 1 March. "
            "Twenty days later he entered Paris. On 18 June he was beaten at Waterloo. Four days "
            "later he abdicated. He was sent to St Helena, where he died on 5 May 1821 at the "
            "age of 51."
        ),
        [
            ("26 February 1815", "1815-02-26"),
            ("1 March", "1815-03-01"),
            ("Twenty days", "1815-03-21"),
            ("18 June", "1815-06-18"),
            ("Four days", "1815-06-22"),
            ("5 May 1821", "1821-05-05"),
        ],
    ),
    (
        (
            "By 1943 the island had been occupied for two years. The occupation had begun in "
            "April 1941. In May the last British troops were evacuated. The resistance grew "
            "slowly. In 1943, in September, Italy surrendered. In October the Germans took the "
            "Italian garrisons."
        ),
        [
            ("1943", "1943"),
            ("two years", "P2Y"),
            ("April 1941", "1941-04"),
            ("May", "1941-05"),
            ("1943", "1943"),
            ("September", "1943-09"),
            ("October", "1943-10"),
        ],
    ),
    (
        (
            "Temüjin was born around 1162. At the age of nine he lost his father. In 1206 he was "
            "proclaimed Genghis Khan. During the next two decades his armies conquered northern "
            "China and Central Asia. He died in August 1227. His grandsons carried the conquests "
            "into Europe in the 1240s."
        ),
        [
            ("1162", "1162"),
            ("1206", "1206"),
            ("the next two decades", "P20Y"),
            ("August 1227", "1227-08"),
            ("the 1240s", "124"),
        ],
    ),
    # Dates in the two calendars of a Russian history, each with the year after its bracket.
    (
        (
            "The Russian Revolution of 1917 began in February with strikes in Petrograd. On 2 "
            "March (15 March N.S.) the tsar abdicated. The Provisional Government ruled for "
            "eight months. In July the Bolsheviks tried to seize power and failed. On 25 October "
            "(7 November N.S.) they stormed the Winter Palace. The civil war that followed "
            "lasted until 1922."
        ),
        [
            ("1917", "1917"),
            ("February", "1917-02"),
            ("2 March", "1917-03-02"),
            ("15 March", "1917-03-15"),
            ("eight months", "P8M"),
            ("July", "1917-07"),
            ("25 October", "1917-10-25"),
            ("7 November", "1917-11-07"),
            ("1922", "1922"),
        ],
    ),
    (
        (
            "The Battle of Midway took place between 4 and 7 June 1942, six months after the "
            "attack on Pearl Harbor. American codebreakers had learned of the plan in May. On "
            "the morning of 4 June Japanese aircraft struck the island. By 10:30 three Japanese "
            "carriers were burning. A fourth was sunk that afternoon. Two days later the "
            "Japanese withdrew."
        ),
        [
            ("4", "1942-06-04"),
            ("7 June 1942", "1942-06-07"),
            ("six months", "P6M"),
            ("May", "1942-05"),
            ("the morning of 4 June", "1942-06-04TMO"),
            ("10:30", "1942-06-04T10:30"),
            ("that afternoon", "1942-06-04TAF"),
            ("Two days", "1942-06-06"),
        ],
    ),
    (
        (
            "Alexander crossed into Asia in the spring of 334 BC. That May he won at the "
            "Granicus. In November 333 BC he defeated Darius at Issus. Tyre fell after a siege "
            "of seven months in 332 BC. He founded Alexandria early the following year. He died "
            "in Babylon in June 323 BC, aged 32."
        ),
        [
            ("the spring of 334 BC", "BC0334-SP"),
            ("That May", "BC0334-05"),
            ("November 333 BC", "BC0333-11"),
            ("seven months", "P7M"),
            ("332 BC", "BC0332"),
            ("the following year", "BC0331"),
            ("June 323 BC", "BC0323-06"),
        ],
    ),
    (
        (
            "The Wars of the Roses were fought between 1455 and 1487. The first battle was at St "
            "Albans on 22 May 1455. For the next four years there was an uneasy peace. Edward IV "
            "reigned until his death in April 1483. Two years later Richard III was killed at "
            "Bosworth."
        ),
        [
            ("1455", "1455"),
            ("1487", "1487"),
            ("22 May 1455", "1455-05-22"),
            ("the next four years", "P4Y"),
            ("April 1483", "1483-04"),
            ("Two years", "1485"),
        ],
    ),
    # A year after "since" compares; the story stays in its own year.
    (
        (
            "During the Vietnam War the North launched the Easter Offensive on 30 March 1972. It "
            "was the largest attack since 1968. Within weeks Quang Tri had fallen. American "
            "bombing resumed in May. By September the South had retaken the city. The Paris "
            "Peace Accords were signed on 27 January 1973."
        ),
        [
            ("30 March 1972", "1972-03-30"),
            ("1968", "1968"),
            ("weeks", "PXW"),
            ("May", "1972-05"),
            ("September", "1972-09"),
            ("27 January 1973", "1973-01-27"),
        ],
    ),
    (
        (
            "The Cuban Missile Crisis lasted thirteen days in October 1962. On the 14th a U-2 "
            "photographed missile sites. Kennedy was told on the morning of the 16th. On the "
            "22nd he announced a quarantine. On Saturday the 27th a U-2 was shot down. The next "
            "morning Khrushchev agreed to remove the missiles."
        ),
        [
            ("thirteen days", "P13D"),
            ("October 1962", "1962-10"),
            ("the 14th", "1962-10-14"),
            ("the morning of the 16th", "1962-10-16TMO"),
            ("the 22nd", "1962-10-22"),
            ("Saturday the 27th", "1962-10-27"),
            ("The next morning", "1962-10-28TMO"),
        ],
    ),
    (
        (
            "The siege of Leningrad began on 8 September 1941. It lasted 872 days. The ice road "
            "across Lake Ladoga opened in November. A land corridor was opened in January 1943. "
            "The siege was finally lifted on 27 January 1944."
        ),
        [
            ("8 September 1941", "1941-09-08"),
            ("872 days", "P872D"),
            ("November", "1941-11"),
            ("January 1943", "1943-01"),
            ("27 January 1944", "1944-01-27"),
        ],
    ),
    (
        (
            "The Mexican–American War lasted from 1846 to 1848. Fighting began on 25 April 1846. "
            "Congress declared war on 13 May. Monterrey fell that September after three days of "
            "fighting. In March 1847 an army landed at Veracruz. Mexico City was taken on 14 "
            "September 1847. The Treaty of Guadalupe Hidalgo was signed on 2 February 1848."
        ),
        [
            ("1846", "1846"),
            ("1848", "1848"),
            ("25 April 1846", "1846-04-25"),
            ("13 May", "1846-05-13"),
            ("September", "1846-09"),
            ("three days", "P3D"),
            ("March 1847", "1847-03"),
            ("14 September 1847", "1847-09-14"),
            ("2 February 1848", "1848-02-02"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES, ids=[p[1][0][0] for p in PASSAGES])
def test_a_war_history_is_read_expression_by_expression(text, expected):
    assert found(text) == expected


# The Cuban passage names one year and three bare days beside a weekday: auto still reads
# it as news (see docs/extract.md), so it is left out here.
AUTO_PASSAGES = [text for text, _ in PASSAGES if "Cuban" not in text]


@pytest.mark.parametrize("text", AUTO_PASSAGES, ids=range(len(AUTO_PASSAGES)))
def test_auto_reads_each_war_history_as_a_narrative(text):
    assert text_kind(text, READ_ON) == "narrative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tsar died on 8 February (O.S. 28 January) 1725.",
            [("8 February", "1725-02-08"), ("28 January", "1725-01-28")],
        ),
        (
            "Peter was born on 9 June [O.S. 30 May] 1672.",
            [("9 June", "1672-06-09"), ("30 May", "1672-05-30")],
        ),
        (
            "The revolution broke out on 25 October (7 November N.S.) 1917.",
            [("25 October", "1917-10-25"), ("7 November", "1917-11-07")],
        ),
        ("The city fell on 11/22 January 1700.", [("22 January 1700", "1700-01-22")]),
        ("The battle was fought on 19/30 November 1700.", [("30 November 1700", "1700-11-30")]),
    ],
)
def test_a_date_in_two_calendars_takes_the_year_after_its_bracket(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Born around 1162, he united the tribes.", [("1162", "1162")]),
        ("The fortress was built about 1250.", [("1250", "1250")]),
        ("The town was founded in about 1180.", [("1180", "1180")]),
        ("The army of about 1200 men marched.", []),
        ("He lost about 1200 of his men.", []),
    ],
)
def test_an_approximate_early_year_is_a_year_and_an_approximate_count_is_not(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war was fought between 1455 and 1487.", [("1455", "1455"), ("1487", "1487")]),
        ("Between 1200 and 1300 soldiers died.", []),
    ],
)
def test_both_years_of_between_and_in_a_history(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rome fell in 476.", [("476", "0476")]),
        ("Rome was sacked in 410 by the Goths.", [("410", "0410")]),
        ("The Vikings raided Lindisfarne in 793.", [("793", "0793")]),
        ("The price rose in 300 markets.", []),
        ("The castle was built in 1066. In 955 nothing is known of the site.", [("1066", "1066")]),
    ],
)
def test_three_digits_after_in_closing_their_clause_are_a_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 300 BC the city fell. The following summer plague broke out.",
            [("300 BC", "BC0300"), ("The following summer", "BC0299-SU")],
        ),
        (
            "In March 300 BC the city fell. The following summer plague broke out.",
            [("March 300 BC", "BC0300-03"), ("The following summer", "BC0300-SU")],
        ),
        (
            "In March 300 BC the city fell. The previous winter was cold.",
            [("March 300 BC", "BC0300-03"), ("The previous winter", "BC0301-WI")],
        ),
        (
            "In 300 BC the city fell. In the spring of the following year it rained.",
            [("300 BC", "BC0300"), ("the spring of the following year", "BC0299-SP")],
        ),
    ],
)
def test_a_season_counted_from_a_year_bc_counts_down(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Winter War of 1939–1940 surprised the world.", [("1939", "1939"), ("1940", "1940")]),
        ("The Winter Palace was stormed.", []),
        ("The Summer Olympics were held in 1936.", [("1936", "1936")]),
        ("In Spring 1915 the army moved.", [("Spring 1915", "1915-SP")]),
    ],
)
def test_a_season_in_a_name_is_no_season(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In September 1683 the Turks besieged Vienna. On Sunday the 12th the army arrived.",
            ("Sunday the 12th", "1683-09-12"),
        ),
        (
            "In 1683 the Turks besieged Vienna. On Sunday the 12th the army arrived.",
            ("Sunday the 12th", "1683-09-12"),
        ),
        (
            "On 5 June 1944 the weather cleared. The next Tuesday the fleet sailed.",
            ("The next Tuesday", "1944-06-06"),
        ),
        (
            "On 5 June 1944 the weather cleared. The following Sunday the fleet sailed.",
            ("The following Sunday", "1944-06-11"),
        ),
        (
            "On 5 June 1944 the weather cleared. The previous Sunday the fleet had sailed.",
            ("The previous Sunday", "1944-06-04"),
        ),
    ],
)
def test_a_weekday_of_a_history_counts_from_its_story(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June 1967 war broke out. On the afternoon of the 8th the ceasefire came.",
            ("the afternoon of the 8th", "1967-06-08TAF"),
        ),
        (
            "In June 1967 war broke out. On the night of the 9th the ceasefire came.",
            ("the night of the 9th", "1967-06-09TNI"),
        ),
        ("The city fell on May the 29th, 1453.", ("May the 29th, 1453", "1453-05-29")),
        (
            "In 1683 the Turks besieged Vienna. On September the 12th the army arrived.",
            ("September the 12th", "1683-09-12"),
        ),
        (
            "The city fell on the twenty-ninth of May, 1453.",
            ("the twenty-ninth of May, 1453", "1453-05-29"),
        ),
        (
            "In 1605 the plot failed on the fifth of November.",
            ("the fifth of November", "1605-11-05"),
        ),
    ],
)
def test_days_written_the_way_older_histories_write_them(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In March 1945 the army advanced. On the night of the 9th Army's retreat it rained.",
        "In May the 3rd Battalion landed.",
    ],
)
def test_an_ordinal_before_a_units_name_is_still_no_day(text):
    assert not [t for t, _ in found(text) if "9th" in t or "3rd" in t]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 1 July 1916 the infantry attacked. At 11 a.m. that morning the attack failed.",
            ("11 a.m. that morning", "1916-07-01T11:00"),
        ),
        (
            (
                "The attack came on Sunday, 7 December 1941. The first wave struck at 7:48 a.m. "
                "local time. A second wave followed an hour later. By mid-morning the fleet lay "
                "in ruins."
            ),
            ("mid-morning", "1941-12-07TMO"),
        ),
        (
            "On 1 July 1916 the infantry attacked. At 7:30 the next morning the attack failed.",
            ("7:30 the next morning", "1916-07-02T07:30"),
        ),
    ],
)
def test_a_time_of_day_belongs_to_the_day_the_story_is_on(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the first decade of the 20th century the navy was rebuilt.",
            [("the first decade of the 20th century", "190")],
        ),
        (
            "In 1885 the army grew. In the last decade of the century it shrank.",
            [("1885", "1885"), ("the last decade of the century", "189")],
        ),
        ("In the last decade of his life he wrote.", [("the last decade", "P10Y")]),
        (
            "The fort was built in the first quarter of the 18th century.",
            [("the first quarter of the 18th century", "17")],
        ),
        (
            "In the second half of the 19th century the powers divided Africa.",
            [("the second half of the 19th century", "18")],
        ),
        (
            "The fort was built in the closing years of the 18th century.",
            [("the closing years of the 18th century", "17")],
        ),
        ("Prices doubled in the last decade.", [("the last decade", "201")]),
    ],
)
def test_a_part_of_a_century(text, expected):
    assert found(text) == expected


def test_news_names_a_part_of_the_century_it_is_written_in():
    text = "Seas will rise by the last decade of the century."
    assert found(text, "news") == [("the last decade of the century", "209")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the early months of 1945 the Reich collapsed.",
            [("the early months of 1945", "1945")],
        ),
        ("The convoy sailed every ten days.", [("every ten days", "P10D")]),
        (
            "The war began in 1950. Three years later, in 1953, it ended.",
            [
                ("1950", "1950"),
                ("Three years", "1953"),
                ("1953", "1953"),
            ],
        ),
    ],
)
def test_stretches_and_steps_of_a_history(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forms read right before this round, kept as a guard.
        (
            "Date: 1 July – 18 November 1916",
            [("1 July", "1916-07-01"), ("18 November 1916", "1916-11-18")],
        ),
        ("Date: 8–10 August 1918", [("8", "1918-08-08"), ("10 August 1918", "1918-08-10")]),
        ("Date: 431–404 BC", [("431", "BC0431"), ("404 BC", "BC0404")]),
        (
            "Date: 25 June 1950 – 27 July 1953 (3 years, 1 month and 2 days)",
            [
                ("25 June 1950", "1950-06-25"),
                ("27 July 1953", "1953-07-27"),
                ("3 years, 1 month and 2 days", "P3Y1M2D"),
            ],
        ),
        (
            "Over the winter of 1941–42 the army lost a million men.",
            [("the winter of 1941–42", "1941-WI")],
        ),
        ("The Second World War (1939–45) reshaped Europe.", [("1939", "1939"), ("45", "1945")]),
        ("Charles V (r. 1519–1556) abdicated in Brussels.", [("1519", "1519"), ("1556", "1556")]),
        ("By mid-1943 the U-boats had been beaten.", [("mid-1943", "1943")]),
        ("In the mid-1930s rearmament began.", [("the mid-1930s", "193")]),
        (
            "The city fell in the last week of May 1453.",
            [("the last week of May 1453", "1453-W21")],
        ),
        (
            "The attack began at 0445 hours on 1 September 1939.",
            [
                ("0445 hours on 1 September 1939", "1939-09-01T04:45"),
            ],
        ),
        ("The empire lasted for nearly five centuries.", [("nearly five centuries", "P500Y")]),
        (
            "The war ended in 1918. Two decades later another began.",
            [
                ("1918", "1918"),
                ("Two decades", "193"),
            ],
        ),
        (
            "Carthage was destroyed in 146 BC, the same year as Corinth.",
            [
                ("146 BC", "BC0146"),
                ("the same year", "BC0146"),
            ],
        ),
    ],
)
def test_forms_a_war_article_writes_that_were_read_right_already(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In September 1683 the Turks besieged Vienna. On Sunday the relief army arrived.",
            ("Sunday", "XXXX-WXX-7"),
        ),
        (
            "In 1916 the army attacked. On Friday night it withdrew.",
            ("Friday night", "XXXX-WXX-5TNI"),
        ),
        (
            "On 5 June 1944 the weather cleared. On Tuesday the fleet sailed.",
            ("Tuesday", "1944-06-06"),
        ),
        (
            "On 14 September 2007 the envoy spoke. Thursday's attack was condemned.",
            ("Thursday", "2007-09-13"),
        ),
        (
            "In September 2007 the envoy spoke. Thursday's attack was condemned.",
            ("Thursday", "XXXX-WXX-4"),
        ),
    ],
)
def test_a_weekday_of_a_history_with_no_day_in_focus_is_no_day_near_publication(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war began on the first day of September 1939.",
            [("the first day of September 1939", "1939-09-01")],
        ),
        (
            "The ultimatum ran out on the last day of August 1939.",
            [("the last day of August 1939", "1939-08-31")],
        ),
        (
            "In 1943 the war turned. It ended on the last day of the year.",
            [("1943", "1943"), ("the last day of the year", "1943-12-31")],
        ),
        ("On the first day of the war the army retreated.", [("the first day", "P1D")]),
        (
            "In 300 BC the city fell on the last day of the year.",
            [("300 BC", "BC0300"), ("the last day of the year", "BC0300")],
        ),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year_is_that_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 October 1066 the armies met. The battle began at nine in the morning.",
            ("nine in the morning", "1066-10-14T09:00"),
        ),
        (
            "On 14 October 1066 the armies met. The battle ended at six in the evening.",
            ("six in the evening", "1066-10-14T18:00"),
        ),
    ],
)
def test_an_hour_spelled_out_with_its_part_of_the_day_is_a_clock_time(text, expected):
    assert found(text)[-1] == expected


def test_a_spelled_number_without_a_part_of_the_day_is_no_clock_time():
    assert found("The two met at one point. They met at ten.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The date was set for 5 June 1944. The landings began just after midnight on 6 June.",
            ("midnight on 6 June", "1944-06-06T00:00"),
        ),
        (
            "Fighting ended in 1945. At midnight on 31 December the guns fell silent.",
            ("midnight on 31 December", "1945-12-31T24"),
        ),
    ],
)
def test_midnight_on_a_day_opens_it_after_and_closes_it_at(text, expected):
    assert found(text)[-1] == expected


def test_a_step_further_still_lands_on_the_date_set_beside_it():
    text = "In 1914 the army was mobilised. Three years earlier still, in 1910, the war had begun."
    assert found(text) == [("1914", "1914"), ("Three years", "1910"), ("1910", "1910")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Athens grew rich in the 480s BC.", [("the 480s BC", "BC048")]),
        ("In the late 330s BC Alexander marched east.", [("the late 330s BC", "BC033")]),
        ("Rome held Britain from AD 43 to 410.", [("AD 43", "0043"), ("410", "0410")]),
        (
            "The emperor (reigned AD 98–117) expanded the empire.",
            [("AD 98", "0098"), ("117", "0117")],
        ),
        ("In 300 BC the fleet of 20–30 ships sailed.", [("300 BC", "BC0300")]),
    ],
)
def test_decades_bc_and_ranges_of_early_years(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king (b. 1491, d. 1547) had six wives.", [("1491", "1491"), ("1547", "1547")]),
        ("The poet (fl. 1380) wrote in English.", [("1380", "1380")]),
        (
            "Hitler (20 April 1889 – 30 April 1945) led Germany.",
            [("20 April 1889", "1889-04-20"), ("30 April 1945", "1945-04-30")],
        ),
        ("The admiral (1758–1805) died at Trafalgar.", [("1758", "1758"), ("1805", "1805")]),
    ],
)
def test_the_years_of_a_life_in_brackets(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1969 the war went on. From May to July, his small force attacked airfields.",
            [("1969", "1969"), ("May", "1969-05"), ("July", "1969-07")],
        ),
        (
            "In 2005 attacks fell. February to April proved calmer.",
            [("2005", "2005"), ("February", "2005-02"), ("April", "2005-04")],
        ),
        ("In 1864 Sherman made the March to the Sea.", [("1864", "1864")]),
    ],
)
def test_a_historys_span_of_months_is_two_months(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1453 the city fell. Weeks later the sultan entered.",
            [("1453", "1453"), ("Weeks", "FUTURE_REF")],
        ),
        (
            "In 1453 the city fell. Months earlier, the walls had been repaired.",
            [("1453", "1453"), ("Months", "PAST_REF")],
        ),
    ],
)
def test_a_step_of_no_count_is_a_vague_step_of_the_story(text, expected):
    assert found(text) == expected


def test_news_reads_a_step_of_no_count_as_a_stretch():
    assert found("Weeks later the talks resumed.", "news") == [("Weeks", "PXW")]


def test_a_step_set_after_a_date_restates_that_date():
    text = "On 6 June 1944 the Allies landed. Cherbourg fell on the 26th, three weeks later."
    assert found(text) == [
        ("6 June 1944", "1944-06-06"),
        ("the 26th", "1944-06-26"),
        ("three weeks", "1944-W26"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighting stopped for the Christmas truce of 1914.",
            [("Christmas", "1914-12-25"), ("1914", "1914")],
        ),
        (
            "The Christmas bombing of 1972 forced a deal.",
            [("Christmas", "1972-12-25"), ("1972", "1972")],
        ),
    ],
)
def test_a_holiday_takes_the_year_of_the_thing_it_names(text, expected):
    assert found(text) == expected


def test_a_historys_week_of_no_day_is_of_the_storys_year():
    text = "On 6 June 1944 the Allies landed. Within the week Bayeux had fallen."
    assert found(text)[-1] == ("the week", "1944-WXX")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, 9 June 1944 the Allies paused. Over the weekend they regrouped.",
            ("the weekend", "1944-W23-WE"),
        ),
        (
            "In June 1944 the Allies landed. Over the weekend they regrouped.",
            ("the weekend", "1944-WXX-WE"),
        ),
    ],
)
def test_a_historys_weekend_is_of_its_story(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In June 1944 the Allies landed. On the 3rd of the following month Caen fell.",
            ("the 3rd of the following month", "1944-07-03"),
        ),
        (
            "In June 1944 the Allies landed. On the 20th of that month Cherbourg was besieged.",
            ("the 20th of that month", "1944-06-20"),
        ),
    ],
)
def test_an_ordinal_day_of_that_or_the_following_month(text, expected):
    assert found(text)[-1] == expected


def test_an_early_year_beside_its_month_before_the_agent_of_its_verb():
    assert found("Rome was sacked on 24 August 410 by the Visigoths.") == [
        ("24 August 410", "0410-08-24")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 9 September AD 9", [("9 September AD 9", "0009-09-09")]),
        ("Nero died on 9 June 68 AD.", [("9 June 68 AD", "0068-06-09")]),
    ],
)
def test_a_day_of_a_year_ad_is_one_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1453 siege ended the empire.", [("1453", "1453")]),
        ("After the 1381 revolt the poll tax was dropped.", [("1381", "1381")]),
        ("The 1200 men marched.", []),
    ],
)
def test_an_early_year_before_the_event_it_dates(text, expected):
    assert found(text) == expected
