"""Rules for named holidays: fixed days, the nth weekday of a month, and days counted from Easter.

Only names that fix one day wherever English is written are here ("Independence Day" and
the lunar feasts name different days in different places, so they are left out). Two names
whose day differs between countries take the United States' day, as most English news
means it: "Thanksgiving" (Canada's is "Canadian Thanksgiving", the second Monday of October)
and "Election Day" (the Tuesday after the first Monday of November). A holiday without its
year is resolved like a month and day without one: "last", "this" and "next" count from
publication, a narrative's year in focus holds, and otherwise the tense of the clause picks
the nearest such day behind or ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from dateutil.easter import easter

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import PART, YEAR
from carneytl.extract.rules.weeks import nearest_saturday

if TYPE_CHECKING:
    from collections.abc import Callable

    from carneytl.extract.context import Context

# Days of the same date every year, by the name's key (see _key).
_FIXED = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "xmas eve": (12, 24),
    "xmas day": (12, 25),
    "nye": (12, 31),
    "boxing day": (12, 26),
    "new year eve": (12, 31),
    "new year day": (1, 1),
    "new year": (1, 1),
    "valentine day": (2, 14),
    "halloween": (10, 31),
    "groundhog day": (2, 2),
    "saint patrick day": (3, 17),
    "st patrick day": (3, 17),
    "april fools day": (4, 1),
    "april fool day": (4, 1),
    "may day": (5, 1),
    "canada day": (7, 1),
    "bastille day": (7, 14),
    "fourth of july": (7, 4),
    "veterans day": (11, 11),
    "veteran day": (11, 11),
    "remembrance day": (11, 11),
    "armistice day": (11, 11),
}
# The nth weekday (0 = Monday) of a month; n = -1 is the last one.
_NTH_WEEKDAY = {
    "martin luther king day": (1, 0, 3),
    "martin luther king jr day": (1, 0, 3),
    "mlk day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "president day": (2, 0, 3),
    "mother day": (5, 6, 2),
    "memorial day": (5, 0, -1),
    "father day": (6, 6, 3),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "canadian thanksgiving": (10, 0, 2),
    "canadian thanksgiving day": (10, 0, 2),
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
}
# Shopping days counted from (United States) Thanksgiving: the Friday and the Monday after it.
_FROM_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
# Days counted from Easter Sunday.
_FROM_EASTER = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "holy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "ascension day": 39,
    "pentecost": 49,
    "whit sunday": 49,
    "whit monday": 50,
}
# Weeks named after Easter: the week that ends on Easter Sunday.
_EASTER_WEEKS = frozenset(("easter week", "holy week"))


def _key(name: str) -> str:
    """The table key of a holiday as written: lower case, no possessive, one space apart."""
    lowered = re.sub(r"['’]s?|\.|,", " ", name.lower())
    lowered = re.sub(
        r"\b(year|mother|father|president|veteran|valentine|patrick)s\b", r"\1", lowered
    )
    return " ".join(lowered.split())


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _day_of(key: str) -> Callable[[int], dt.date] | None:
    """How to find the holiday named by ``key`` in a given year."""
    if key in _FIXED:
        month, day = _FIXED[key]
        return lambda year: dt.date(year, month, day)
    if key in _NTH_WEEKDAY or key in _FROM_THANKSGIVING:
        month, weekday, nth = _NTH_WEEKDAY.get(key, _NTH_WEEKDAY["thanksgiving"])
        after = dt.timedelta(days=_FROM_THANKSGIVING.get(key, 0))
        return lambda year: _nth_weekday(year, month, weekday, nth) + after
    if key == "election day":
        # The Tuesday after the first Monday: the first Tuesday from the 2nd on.
        return lambda year: _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if key == "victoria day":
        # The last Monday before the 25th of May.
        return lambda year: dt.date(year, 5, 24) - dt.timedelta(days=dt.date(year, 5, 24).weekday())
    if key in _FROM_EASTER or key in _EASTER_WEEKS:
        offset = _FROM_EASTER.get(key, 0)
        return lambda year: easter(year) + dt.timedelta(days=offset)
    return None


def _nearest(
    anchor: dt.date, day_of: Callable[[int], dt.date], *, future: bool | None, firm: bool
) -> dt.date:
    """The holiday nearest publication, leaning the way tense points.

    The windows are those of a month and day written without a year
    (:func:`carneytl.extract.normalize.tense_window`); a holiday falls in one of them every year,
    so one is always found.
    """
    back, ahead = nz.tense_window(future=future, firm=firm)
    candidates = [day_of(year) for year in (anchor.year, anchor.year - 1, anchor.year + 1)]
    for candidate in candidates:
        if -back <= (candidate - anchor).days <= ahead:
            return candidate
    return min(candidates, key=lambda candidate: abs((candidate - anchor).days))


# "Easter Monday, 24 April 1916", "Christmas Eve, December 24, 1914": the date set beside a
# holiday's name gives its year; so does the year of the thing it names ("the Christmas truce
# of 1914", "the Christmas bombing of 1972").
_APPOSED_YEAR = re.compile(
    r",\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?,?"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?P<y>1\d\d\d|20\d\d)\b"
    r"|\s+[a-z]+\s+of\s+(?P<y2>1\d\d\d|20\d\d)\b"
)


def _holiday(m: re.Match[str], ctx: Context) -> Reading:
    key = _key(m["name"])
    if key.startswith("new year") and not key.endswith(("day", "eve")):
        key = "new year"
    day_of = _day_of(key)
    if day_of is None:
        return None
    apposed = _APPOSED_YEAR.match(ctx.text, m.end())
    written = m["year"] or (apposed["y"] or apposed["y2"] if apposed else None)
    if written:
        day = day_of(int(written))
    elif m["rel"]:
        rel = m["rel"].lower()
        year = ctx.anchor.year
        if rel == "last" and day_of(year) >= ctx.anchor:
            year -= 1
        elif rel == "next" and day_of(year) <= ctx.anchor:
            year += 1
        day = day_of(year)
    elif (focus := ctx.year_in_focus(m)) is not None:
        day = day_of(focus)
    else:
        day = _nearest(ctx.anchor, day_of, future=ctx.lean(m), firm=ctx.firm(m))
    return _written(day, key, m)


def _written(day: dt.date, key: str, m: re.Match[str]) -> Reading:
    """The TIMEX3 of a holiday found on ``day``: the day, its week, its weekend or a time."""
    if key in _EASTER_WEEKS:
        # The week before Easter Sunday (ISO weeks end on a Sunday).
        return "DATE", nz.week(day)
    if m["weekend"]:
        # "the Memorial Day weekend", "the Easter weekend": the weekend nearest the day.
        return "DATE", nz.week(nearest_saturday(day)) + "-WE"
    if m["part"]:
        return "TIME", f"{nz.day(day)}T{nz.PARTS_OF_DAY[m['part'].lower()]}"
    return "DATE", nz.day(day)


HOLIDAY = Rule(
    "named holiday",
    r"""
    (?: (?P<rel> last | this | next ) \s+ )?
    (?P<name> (?: Christmas | Xmas ) \s+ (?: Eve | Day )
            # A tree, a card or a jumper is a thing of the season, not the day.
            | (?: Christmas | Xmas ) (?! \s+ (?: trees? | cards? | carols? | jumpers? | sweaters?
                                               | stockings? | decorations? | ornaments? ) \b )
            | Boxing \s+ Day
            # The Lunar, Chinese or Jewish New Year falls on another calendar's first day; a
            # resolution or an honours list is no day.
            | (?<! Lunar \s ) (?<! Chinese \s ) (?<! Jewish \s ) (?<! Persian \s )
              (?<! Islamic \s ) (?-i: New \s+ Year )
              (?! ['’]? s? \s+ (?: resolutions? | honou?rs? ) \b )
              (?: ['’]? s )? (?: \s+ (?: Eve | Day ) )?
            | Valentine ['’]? s \s+ Day | Halloween
            # New Year's Eve as messages shorten it, in capitals or none ("Bill Nye" is a name).
            | (?-i: NYE | nye )
            # Messages write names in lower case too; these are no other words that way ("a
            # good friday" is, so it keeps its capitals, as does a prayer "of thanksgiving").
            | (?-i: new \s+ year ['’]? s? \s+ (?: eve | day )
                  | easter (?: \s+ (?: sunday | monday ) )
                  | thanksgiving (?<! \bof \s thanksgiving ) (?<! \band \s thanksgiving )
                    (?: \s+ day )?
                  | (?: mother | father ) s? ['’]? s? \s+ day
                  | (?: st \.? | saint ) \s+ patrick ['’]? s? \s+ day
                  | (?: canada | groundhog ) \s+ day
                  # Not "the labor day rate", "a memorial day for the crew".
                  | (?: memorial | labor ) (?<! \bthe \s \w{5} ) (?<! \bthe \s \w{8} )
                    (?<! \ba \s \w{5} ) (?<! \ba \s \w{8} ) \s+ day )
            # The shopping days after Thanksgiving, in any case.
            | Black \s+ Friday | Cyber \s+ Monday
            | (?-i: (?: Canadian \s+ )? Thanksgiving (?: \s+ Day )?
                  | Easter (?: \s+ (?: Sunday | Monday | Day | week | Week ) )?
                      (?! \s* (?: Island | Rising | Offensive | egg | bunny ) )
                  | Good \s+ Friday | Palm \s+ Sunday | Ash \s+ Wednesday | Maundy \s+ Thursday
                  | Holy \s+ (?: Thursday | Saturday | Week ) | Whit \s+ (?: Sunday | Monday )
                  | Ascension \s+ Day | Pentecost
                  | (?: Labor | Memorial | Remembrance | Armistice | Canada | Bastille | Columbus
                      | Election | Victoria | Groundhog | May ) \s+ Day
                  | (?: Veteran | President | Mother | Father ) s? ['’]? s? \s+ Day
                  | (?: Martin \s+ Luther \s+ King (?: ,? \s+ Jr \.? )? | MLK ) \s+ Day
                  | (?: St \.? | Saint ) \s+ Patrick ['’]? s \s+ Day
                  | April \s+ Fool ['’]? s? ['’]? \s+ Day
                  | Fourth \s+ of \s+ July ) ) \b
    (?: (?: ,? \s+ | \s+ of \s+ ) """
    + YEAR
    + r""" )?
    (?: \s+ """
    + PART
    + r""" \b | \s+ (?P<weekend> weekend ) \b )?
    """,
    _holiday,
    (
        example("The shops shut on Christmas Eve.", "Christmas Eve", "DATE", "2025-12-24"),
        example(
            "The rising began on Easter Monday, 24 April 1916.",
            "Easter Monday",
            "DATE",
            "1916-04-24",
        ),
        example(
            "The vote falls on New Year's Day 2027.", "New Year's Day 2027", "DATE", "2027-01-01"
        ),
        example(
            "The family ate together last Thanksgiving.", "last Thanksgiving", "DATE", "2025-11-27"
        ),
        example("The ship docked on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2025-11-27"),
        example("Stores will close on Good Friday.", "Good Friday", "DATE", "2026-04-03"),
        example("got my tv on black friday", "black friday", "DATE", "2025-11-28"),
        example("nye party at mine!!", "nye", "DATE", "2025-12-31"),
        example("The parade will return on Canada Day.", "Canada Day", "DATE", "2026-07-01"),
        example("The bill passed before Labor Day 2024.", "Labor Day 2024", "DATE", "2024-09-02"),
        example("Crowds gathered as Easter week began.", "Easter week", "DATE", "2025-W16"),
        example("Stores opened at dawn on Black Friday.", "Black Friday", "DATE", "2025-11-28"),
        example(
            "Traffic was heavy over the Memorial Day weekend.",
            "Memorial Day weekend",
            "DATE",
            "2025-W21-WE",
        ),
        example(
            "Voters will go to the polls on Election Day.", "Election Day", "DATE", "2026-11-03"
        ),
        example(
            "The march was planned for Martin Luther King Jr. Day.",
            "Martin Luther King Jr. Day",
            "DATE",
            "2026-01-19",
        ),
    ),
)
