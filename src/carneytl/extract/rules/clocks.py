"""Rules for clock times: hours and minutes, noon and midnight, and the day written with them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example, words
from carneytl.extract.rules.times import day_of, month_day_of, written_day
from carneytl.extract.rules.vocab import (
    DAY,
    DAY_AFTER,
    DAY_WORD,
    GMT_ASIDE,
    MONTH,
    MONTH_PLAIN,
    WEEKDAY,
    YEAR,
    day_word,
    month_number,
)

if TYPE_CHECKING:
    from carneytl.extract.context import Context


# "at 7:22 the next morning", "at 2:20 a.m. the following day": the clock of the day after;
# "at 11 a.m. that day", "at 6 that same evening": of the day in focus.
_NEXT_DAY = (
    r" ,? \s+ (?: (?: on \s+ )? the \s+ (?P<nextday> next | following ) | that (?: \s+ same )? )"
    r" \s+ (?: day | morning | afternoon | evening | night ) \b"
)


def _clock(m: re.Match[str], ctx: Context) -> Reading:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    meridiem = (m["ap"] or "").lower()
    if hour > 12 or minute > 59:  # noqa: PLR2004 - a clock reading
        return None
    if m.groupdict().get("ap2"):
        # The range's end gives its half of the day; a start later on the clock than the end
        # lies in the other half ("11-1pm" opens at 11 a.m.).
        meridiem = m["ap2"].lower()
        if int(m["h2"]) % 12 < hour % 12:
            meridiem = "am" if meridiem.startswith("p") else "pm"
    if meridiem.startswith("p") and hour < 12:  # noqa: PLR2004 - noon
        hour += 12
    elif meridiem.startswith("a") and hour == 12:  # noqa: PLR2004 - midnight
        hour = 0
    return "TIME", f"{_written_day(m, ctx) or day_of(m, ctx)}T{hour:02d}:{minute:02d}"


_WRITTEN_DAY_TAIL = re.compile(
    # Not after a space or comma: the tail is searched for from each place in a long run of
    # spaces otherwise.
    r"(?<![\s,]),?\s+(?P<mon>" + MONTH_PLAIN + r")\s*(?P<day>[0-3]?\d)(?:,?\s+(?P<year>\d{4}))?$",
    re.IGNORECASE | re.VERBOSE,
)


def _written_day(m: re.Match[str], ctx: Context) -> str | None:
    """The date written after a clock's weekday ("11 a.m. Monday, March 16"), if there is one."""
    if not m.groupdict().get("wd"):
        return None
    tail = _WRITTEN_DAY_TAIL.search(ctx.text, m.start(), m.end())
    if tail is None:
        return None
    return month_day_of(tail, ctx)


def _clock_24(m: re.Match[str], ctx: Context) -> Reading:
    return "TIME", f"{day_of(m, ctx)}T{m['hm'][:2]}:{m['hm'][2:]}"


def _named_time(m: re.Match[str], ctx: Context) -> Reading:
    if m["word"].lower() != "midnight":
        return "TIME", f"{day_of(m, ctx)}T12:00"
    # A midnight is where two days meet. One that closes a named day ("midnight Friday") or
    # that the sentence looks ahead to ("closes at midnight", "tonight at midnight") is hour
    # 24 of its day, as TIMEX3 and ISO 8601 write it; one gone by or happening as the text is
    # written ("got home after midnight", "Midnight screening!") opened the day: hour 00:00.
    groups = m.groupdict()
    ahead = (
        groups.get("wd")
        or groups.get("rel")
        or _AHEAD_OF_MIDNIGHT.search(ctx.text, max(0, m.start() - 32), m.start())
        or ctx.lean(m)
    )
    return "TIME", f"{day_of(m, ctx)}T{'24' if ahead else '00:00'}"


# Words before a midnight that make it the end of the day: a deadline, a schedule, tonight.
_AHEAD_OF_MIDNIGHT = re.compile(
    r"\b(?:until|till|til|by|before|tonight|tonite|deadline|due|(?:clos(?:e|es|ing)|ends?|ending"
    r"|expir(?:e|es|ing)|opens?|opening|starts?|starting|begins?|beginning|launch(?:es|ing)?"
    r"|runs?|running))\s+(?:at\s+)?$",
    re.IGNORECASE,
)


_MERIDIEM = r"(?P<ap> [ap]\.\s?m\b\.? | [ap]m\b )"


# The first hour of a range that writes a.m. or p.m. once, at its end: "6-8pm", "from 9 to
# 11 a.m.", "between 2 and 4pm".
_SHARED_MERIDIEM = (
    r"(?= \s* (?: [-–] | to | and | until | till | til ) \s* (?P<h2>[01]?\d) (?: [:.]?[0-5]\d )?"
    r" \s* (?P<ap2> [ap]\.\s?m\b | [ap]m\b ) )"
)


CLOCK = Rule(
    "clock time, then its day",
    r"""
    \b (?P<h>[01]?\d) (?: [:.]? (?P<mi>[0-5]\d) )? (?: \s* """
    + _MERIDIEM
    + r"""
    (?: \s+ (?: (?-i: [ECMP][SD]?T ) | GMT | UTC | local\s+time
              | (?-i:[A-Z][a-z]+ (?: \s+ [A-Z][a-z]+ )? ) \s+ time ) \b )?
    """
    + GMT_ASIDE
    + r"""
    (?: \s+ """
    + DAY_AFTER
    # "at 11 a.m. on Monday, March 16": the weekday and the date it goes on to give.
    + r""" (?: ,? \s+ """
    + MONTH_PLAIN
    + r""" \s* [0-3]?\d \b (?! [:.]\d ) (?: ,? \s+ (?: 1\d\d\d | 20\d\d ) \b )? )?
      | """
    + _NEXT_DAY
    + r"""
      | ,? \s+ (?: on\s+ )? """
    + MONTH
    + r""" \s* """
    + DAY
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )?
    )? | """
    + _SHARED_MERIDIEM
    + r""" )
    """,
    _clock,
    (
        example("The meeting starts at 3 p.m.", "3 p.m.", "TIME", "2026-01-14T15:00"),
        example("happy hour 6-8pm!!", "6", "TIME", "2026-01-14T18:00"),
        example("open 11 to 1pm on sundays", "11", "TIME", "2026-01-14T11:00"),
        example(
            "Talks ended at 10:30 a.m. Friday.", "10:30 a.m. Friday", "TIME", "2026-01-09T10:30"
        ),
        example(
            "The strikes began at 5:34 AM Baghdad time on March 20, 2003.",
            "5:34 AM Baghdad time on March 20, 2003",
            "TIME",
            "2003-03-20T05:34",
        ),
        example(
            "The quake struck at 9 a.m. (1400 GMT) Monday.",
            "9 a.m. (1400 GMT) Monday",
            "TIME",
            "2026-01-12T09:00",
        ),
    ),
)


DAY_THEN_CLOCK = Rule(
    "day, then its clock time",
    r"""
    (?: (?: on\s+ | this\s+ | next\s+ )? """
    + WEEKDAY
    + r""" | (?P<rel> """
    + DAY_WORD
    + r""" ) \b )
    (?: \s+ (?: morning | afternoon | evening | night ) )?
    (?: ,? \s+ (?: at | around | about | shortly\s+(?:before|after) | just\s+(?:before|after) )
      | , | (?= \s+ \d ) ) \s*
    (?: about\s+ | around\s+ )?
    \b (?P<h>[01]?\d) (?: [:.]? (?P<mi>[0-5]\d) )? \s* """
    + _MERIDIEM
    + r"""
    (?: \s+ (?: [ECMP][SD]T | GMT | UTC ) \b )?
    """,
    _clock,
    (
        example(
            "The ministers met Tuesday at 10 a.m.", "Tuesday at 10 a.m.", "TIME", "2026-01-13T10:00"
        ),
        example("The show opens this Sat, 430pm.", "this Sat, 430pm", "TIME", "2026-01-17T16:30"),
        example("Doors open Fri 7:30pm sharp.", "Fri 7:30pm", "TIME", "2026-01-16T19:30"),
        example(
            "The fire broke out yesterday around 9:30 pm.",
            "yesterday around 9:30 pm",
            "TIME",
            "2026-01-13T21:30",
        ),
    ),
)


# A 24-hour clock reading in wire copy, "at 1800 GMT": a time, not the year 1800.
CLOCK_24 = Rule(
    "24-hour clock in GMT",
    r"""
    \b (?P<hm> [01]\d[0-5]\d | 2[0-3][0-5]\d ) (?: \s+ | \s*-\s* ) (?: GMT | UTC ) \b
    (?: \s+ """
    + DAY_AFTER
    + r""" )?
    """,
    _clock_24,
    (example("The polls closed at 1800 GMT.", "1800 GMT", "TIME", "2026-01-14T18:00"),),
)


def _clock_24_at(m: re.Match[str], ctx: Context) -> Reading:
    if _LEVEL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    return _clock_24(m, ctx)


# "The index closed at 2150": a level, not a time.
_LEVEL_BEFORE = re.compile(
    r"\b(?:closed|ended|finished|stood|opened|traded|rose|fell|climbed|dropped|peaked|priced"
    r"|valued|level|index|up|down)\s+at\s$",
    re.IGNORECASE,
)


_HOUR_WORDS = {
    word: number
    for number, word in enumerate(
        words("one two three four five six seven eight nine ten eleven twelve"), start=1
    )
}


def _clock_with_part(m: re.Match[str], ctx: Context) -> Reading:
    spelled = m.groupdict().get("hw")
    hour = _HOUR_WORDS[spelled.lower()] if spelled else int(m["h"])
    minute = int(m["mi"] or 0)
    part = (m["part"] or "").lower()
    evening = part in {"afternoon", "evening"} or (
        (part == "night" or day_word(m["rel"] or "") == "tonight") and hour >= 5  # noqa: PLR2004 - dusk
    )
    if evening and hour < 12:  # noqa: PLR2004 - noon
        hour += 12
    elif part in {"morning", "night"} and hour == 12:  # noqa: PLR2004 - midnight
        hour = 0
    return "TIME", f"{day_of(m, ctx)}T{hour:02d}:{minute:02d}"


# "at 4 in the morning", "by 11 at night", "at 7 tonight", "at 5 o'clock": a clock reading
# without a.m. or p.m., told by its part of the day or by "o'clock".
CLOCK_WITH_PART = Rule(
    "clock time with its part of the day",
    r"""
    (?: (?<=\bat\s) | (?<=\bby\s) | (?<=\baround\s) | (?<=\babout\s) | (?<=\buntil\s)
      | (?<=\btill\s) | (?<=\bfrom\s) | (?<=\bbefore\s) | (?<=\bafter\s) | (?<=@\s) )
    # "at nine in the morning", "at ten o'clock", as histories spell them.
    (?P<h> 1[0-2] | 0?[1-9] | (?P<hw> one | two | three | four | five | six | seven | eight
                                  | nine | ten | eleven | twelve ) \b )
    (?: [:.] (?P<mi>[0-5]\d) )? (?! [:.]?\d )
    (?: \s* o['’]clock \b )?
    (?: \s+ (?P<rel> tonight | tonite | (?: """
    + DAY_WORD
    + r""" ) (?= \s+ (?: morning | afternoon | evening | night ) \b ) ) \b )?
    (?: \s+ (?: in \s+ the \s+ | at \s+ | this \s+ )?
        (?P<part> morning | afternoon | evening | night ) \b )?
    (?: (?<=clock) | (?<=morning) | (?<=noon) | (?<=evening) | (?<=night) | (?<=tonite) )
    """,
    _clock_with_part,
    (
        example(
            "The boat leaves at 4 in the morning.", "4 in the morning", "TIME", "2026-01-14T04:00"
        ),
        example("Be home by 11 at night.", "11 at night", "TIME", "2026-01-14T23:00"),
        example("Dinner at 7 tonight?", "7 tonight", "TIME", "2026-01-14T19:00"),
        example("The bus left at 5 o'clock.", "5 o'clock", "TIME", "2026-01-14T05:00"),
    ),
)


_PART_WORD = r"(?: morning | afternoon | evening | night | nite ) \b"


# "tonight at 8", "this afternoon at 2", "Friday night at 10": the part of the day before
# tells a bare hour's a.m. or p.m.
PART_THEN_HOUR = Rule(
    "part of the day, then a bare hour",
    r"""
    (?: (?P<rel> tonight | tonite | (?: """
    + DAY_WORD
    + r""" ) (?= \s+ """
    + _PART_WORD
    + r""" ) ) \b
      | this (?= \s+ (?: morning | afternoon | evening ) \b )
      | """
    + WEEKDAY
    + r""" (?= \s+ """
    + _PART_WORD
    + r""" ) )
    (?: \s+ (?P<part> morning | afternoon | evening | night | nite ) \b )?
    ,? \s* (?: \s at | @ ) \s* (?: about \s+ | around \s+ )?
    (?P<h> 1[0-2] | 0?[1-9] ) (?: [:.] (?P<mi>[0-5]\d) )? (?: \s* o['’]clock \b )?
    (?! [:.]?\d | \s* [ap]\.?m\b )
    """,
    _clock_with_part,
    (
        example("Drinks tonight at 8?", "tonight at 8", "TIME", "2026-01-14T20:00"),
        example(
            "The match is Friday night at 10.", "Friday night at 10", "TIME", "2026-01-16T22:00"
        ),
    ),
)


_ON_DAY_MONTH = (
    r" ,? \s+ on \s+ (?: the \s+ )? "
    + DAY
    + r" (?: \s+ of )? \s+ "
    + MONTH
    + r" (?: ,? \s+ "
    + YEAR
    + r" )?"
)


# "Left work at 1015": four digits after "at" are a 24-hour clock when no modern year reads
# them so ("at 2014 prices" is a year), and no street follows ("at 1015 Main Street").
CLOCK_24_AT = Rule(
    "24-hour clock after at",
    r"""
    (?<=\bat\s) (?P<hm> (?: 0\d | 1[0-5] | 2[1-3] ) [0-5]\d )
    # "at 1400 hours the commander landed": the word "hours" makes the number a time
    # whatever follows; without it a word after the number ("at 1200 feet") is what it counts.
    # "at 0600 on 25 April 1915": the hour and the day it falls on, one time.
    (?: (?: \s* (?: hrs | hours | h ) \b )? """
    + _ON_DAY_MONTH
    + r"""
      | \s* (?: hrs | hours | h ) \b
      | (?! \d | [.,:]\d | % | \s* (?: [ap]\.?m\b | [A-Z] ) ) )
    """,
    _clock_24_at,
    (
        example("Left the office at 1015, starving.", "1015", "TIME", "2026-01-14T10:15"),
        example("Lights out at 2230 hrs.", "2230 hrs", "TIME", "2026-01-14T22:30"),
        example("At 1400 hours the first wave landed.", "1400 hours", "TIME", "2026-01-14T14:00"),
        example(
            "The barrage lifted at 0730 on 1 July 1916.",
            "0730 on 1 July 1916",
            "TIME",
            "1916-07-01T07:30",
        ),
    ),
)


NAMED_TIME = Rule(
    "noon and midnight",
    r"""
    # "High noon" (the film, and the idiom for a showdown) is no hour.
    \b (?<! high \s ) (?P<word> noon | midnight | midday ) (?: ish \b )?
    # "at noon local time (1000 GMT) Sunday": the zone and the aside belong to it.
    (?: \s+ (?: local \s+ time | GMT | UTC | (?-i: [ECMP][SD]T ) ) \b )?
    """
    + GMT_ASIDE
    + r"""
    (?: \s+ """
    + DAY_AFTER
    + r""" )?
    """,
    _named_time,
    (
        example("The polls close at noon.", "noon", "TIME", "2026-01-14T12:00"),
        example("lunch noonish?", "noonish", "TIME", "2026-01-14T12:00"),
        example(
            "The deadline passes at midnight Friday.", "midnight Friday", "TIME", "2026-01-16T24"
        ),
        example("Entries close tonight at midnight.", "midnight", "TIME", "2026-01-14T24"),
        example("We got home after midnight.", "midnight", "TIME", "2026-01-14T00:00"),
    ),
)


def _named_time_of_day(m: re.Match[str], ctx: Context) -> Reading:
    month, day = month_number(m["mon"] or m["mon2"]), int(m["day"] or m["day2"])
    year = int(m["year"]) if m["year"] else ctx.year_in_focus(m)
    try:
        date = (
            dt.date(year, month, day).isoformat()
            if year is not None
            else nz.day_in_context(ctx.anchor, month, day, future=ctx.lean(m), firm=ctx.firm(m))
        )
    except ValueError:
        return None
    # A midnight set on a day closes it ("at midnight on 31 December"), hour 24 as TIMEX3
    # writes the end of a day; one that something happens after opens it ("shortly after
    # midnight on 6 June").
    if m["word"].lower() != "midnight":
        return "TIME", f"{date}T12:00"
    after = _AFTER_MIDNIGHT.search(ctx.text, max(0, m.start() - 8), m.start())
    return "TIME", f"{date}T{'00:00' if after else '24'}"


_AFTER_MIDNIGHT = re.compile(r"\bafter\s+$", re.IGNORECASE)


# "at midnight on 31 December 1945", "noon on June 6": the hour, then the day it falls on.
NAMED_TIME_OF_DAY = Rule(
    "noon or midnight, then its day",
    r"""
    \b (?<! high \s ) (?P<word> noon | midnight | midday ) ,? \s+ on \s+ (?: the \s+ )?
    (?: """
    + DAY
    + r""" (?: \s+ of )? \s+ """
    + MONTH
    + r" | "
    + MONTH.replace("?P<mon>", "?P<mon2>")
    + r" \s* "
    + DAY.replace("?P<day>", "?P<day2>")
    + r""" ) (?: ,? \s+ """
    + YEAR
    + r""" )?
    """,
    _named_time_of_day,
    (
        example(
            "The truce took effect at midnight on 31 December 1945.",
            "midnight on 31 December 1945",
            "TIME",
            "1945-12-31T24",
        ),
        example("Ships sailed at noon on June 6.", "noon on June 6", "TIME", "2025-06-06T12:00"),
    ),
)


def _clock_plain(m: re.Match[str], ctx: Context) -> Reading:
    if _SCRIPTURE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "John 14:27": a chapter and verse
    hour = int(m["h"])
    part = (m.groupdict().get("dpart") or "").lower()
    if part in _PM_FROM and _PM_FROM[part] <= hour < 12:  # noqa: PLR2004 - noon
        hour += 12  # "9:40 Tuesday night", "4:30 Friday afternoon"
    return "TIME", f"{day_of(m, ctx)}T{hour:02d}:{m['mi']}"


# The parts of the day past noon, and the first hour a clock in them reads as p.m.: "at 9:40
# Tuesday night" is 21:40, while "at 1:30 Sunday night" is the small hours, left as written.
_PM_FROM = {"afternoon": 1, "evening": 1, "night": 6}


# The books of the Bible long enough to have a chapter 13, whose verses ("Proverbs 16:9")
# look like a clock past noon.
_SCRIPTURE_BEFORE = re.compile(
    r"\b(?:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Samuel|Kings|Chronicles"
    r"|Job|Psalms?|Proverbs|Isaiah|Jeremiah|Ezekiel|Matthew|Mark|Luke|John|Acts|Romans"
    r"|Corinthians|Hebrews|Revelations?)\s+$"
)


_PLAIN_CLOCK_OPENING = r"""
    (?= [0-2]?\d : [0-5]\d )  # the clock first, before the look-behinds
    (?: (?<=\bat\s) | (?<=\bby\s) | (?<=\baround\s) | (?<=\buntil\s) | (?<=\btill\s)
      | (?<=\bfrom\s) | (?<=\bbefore\s) | (?<=\bafter\s) | (?<=\bsince\s) | (?<=@\s) | (?<=@)
      # An hour past noon is a clock time on its own ("kickoff 19:30"); a race time is
      # run "in" it.
      | (?<! [\d:.,/] ) (?<! \bin\s ) (?= (?: 1[3-9] | 2[0-3] ) : )
      # "the 6:30 train": a departure; "the 2:45 mark" of a video is no time of day.
      | (?<= \bthe\s ) (?! \d+ : \d+ \s+ mark ) )
    (?P<h> [01]?\d | 2[0-3] ) : (?P<mi>[0-5]\d) \b (?! \s* (?: [ap]\.?m\b | : \d | [.,]\d ) )
    (?: \s+ (?: GMT | UTC | local \s+ time ) \b )?
    """


# "at 11:30", "by 14:00": a clock without a.m. or p.m., after a word that asks for a time.
CLOCK_PLAIN = Rule(
    "clock time after at",
    _PLAIN_CLOCK_OPENING
    + r"""
    (?: \s+ """
    + DAY_AFTER
    # "at 9:40 Tuesday night": the part of the day gives the clock its half.
    + r" (?: \s+ (?P<dpart> morning | afternoon | evening | night ) \b )? | "
    + _NEXT_DAY
    # "expires at 23:59 on March 31": the clock and its day, one expression.
    + r""" | ,? \s+ on \s+ """
    + MONTH
    + r""" \s* """
    + DAY
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )? )?
    """,
    _clock_plain,
    (
        example("The polls close at 20:00 tomorrow.", "20:00 tomorrow", "TIME", "2026-01-15T20:00"),
        example("kickoff 19:30, be there", "19:30", "TIME", "2026-01-14T19:30"),
        example(
            "The offer expires at 23:59 on March 31.",
            "23:59 on March 31",
            "TIME",
            "2026-03-31T23:59",
        ),
        example(
            "The ship docked on 3 May 1915 and sailed at 7:30 the next morning.",
            "7:30 the next morning",
            "TIME",
            "1915-05-04T07:30",
        ),
    ),
)


# "began at 06:00 GMT on 1 March": the clock, then its day written day first.
CLOCK_PLAIN_THEN_DAY_MONTH = Rule(
    "clock time after at, then its day written day first",
    _PLAIN_CLOCK_OPENING
    + r""" ,? \s+ on \s+ (?: the \s+ )? """
    + DAY
    + r""" (?: \s+ of )? \s+ """
    + MONTH
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )?
    """,
    _clock_plain,
    (
        example(
            "The truce began at 06:00 GMT on 1 March 2025.",
            "06:00 GMT on 1 March 2025",
            "TIME",
            "2025-03-01T06:00",
        ),
    ),
)


def _date_then_clock(m: re.Match[str], ctx: Context) -> Reading:
    day = written_day(m, ctx, month_day_of)
    reading = _clock(m, ctx)
    return None if day is None or reading is None else ("TIME", day + reading[1][10:])


_CLOCK_AFTER_DATE = (
    r""" ,? \s+ (?: at \s+ )? (?P<h>[01]?\d) (?: :? (?P<mi>[0-5]\d) )? \s* """ + _MERIDIEM
)


# "3 Oct 10pm", "June 20, 2011, at 9 a.m.": the day and its clock time, one expression.
DAY_MONTH_THEN_CLOCK = Rule(
    "day, month and clock time",
    r"\b " + DAY + r" \s+ " + MONTH + r" (?: ,? \s+ " + YEAR + r" )?" + _CLOCK_AFTER_DATE,
    _date_then_clock,
    (example("The blast came on 3 Oct 2025 10pm.", "3 Oct 2025 10pm", "TIME", "2025-10-03T22:00"),),
)


MONTH_DAY_THEN_CLOCK = Rule(
    "month, day and clock time",
    MONTH + r" \s* " + DAY + r" (?: ,? \s+ " + YEAR + r" )?" + _CLOCK_AFTER_DATE,
    _date_then_clock,
    (
        example(
            "Polls open June 20, 2011, at 9 a.m.",
            "June 20, 2011, at 9 a.m.",
            "TIME",
            "2011-06-20T09:00",
        ),
    ),
)


# "at 11 a.m. on 11 November 1918": the clock time, then its day written day first.
CLOCK_THEN_DAY_MONTH = Rule(
    "clock time, then its day written day first",
    r"""
    \b (?P<h>[01]?\d) (?: [:.]? (?P<mi>[0-5]\d) )? \s* """
    + _MERIDIEM
    + r"""
    (?: \s+ (?: [ECMP][SD]T | GMT | UTC | local\s+time ) \b )?
    ,? \s+ (?: on \s+ (?: the \s+ )? )? """
    + DAY
    + r""" (?: \s+ of )? \s+ """
    + MONTH
    + r""" (?: ,? \s+ """
    + YEAR
    + r""" )?
    """,
    _date_then_clock,
    (
        example(
            "The guns fell silent at 11 a.m. on 11 November 1918.",
            "11 a.m. on 11 November 1918",
            "TIME",
            "1918-11-11T11:00",
        ),
    ),
)
