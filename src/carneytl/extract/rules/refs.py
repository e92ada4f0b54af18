"""Rules for vague references to time: now, recently, the future (PRESENT_REF and its kin)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract.rules.base import Reading, Rule, example

if TYPE_CHECKING:
    from carneytl.extract.context import Context


_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "present": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "rn": "PRESENT_REF",
    "atm": "PRESENT_REF",
    "the other day": "PAST_REF",
    "the other night": "PAST_REF",
    "the other week": "PAST_REF",
    "the past": "PAST_REF",
    "the recent past": "PAST_REF",
    "the distant past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
    "recent years": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks": "PAST_REF",
    "recent days": "PAST_REF",
    "recent quarters": "PAST_REF",
    "current": "PRESENT_REF",
    "present day": "PRESENT_REF",
    "present-day": "PRESENT_REF",
    "date": "PRESENT_REF",
    "recent": "PAST_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
}


# "hard to date", "tried to date the find": the verb, not "up to now".
_DATE_THE_VERB = re.compile(
    r"\b(?:hard|difficult|easy|impossible|possible|able|unable|tried|trying|try|how)\s+to\s+$",
    re.IGNORECASE,
)


def _ref(m: re.Match[str], ctx: Context) -> Reading:
    word = " ".join(m.group(0).lower().split())
    if word == "date" and _DATE_THE_VERB.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    word = word.removeprefix("more ").removeprefix("most ").removeprefix("in ")
    return "DATE", _REFS.get(word, "PRESENT_REF")


VAGUE_REFERENCE = Rule(
    "now, recently, the future",
    r"""
    \b (?: right \s+ now | now | currently | nowadays
         # "at present", "at the moment": the preposition is no part of the expression.
         | (?<= \bat \s ) (?: present | the \s+ moment ) (?! \s+ (?: of | when | that ) \b )
         # Messages shorten "right now" and "at the moment" ("RN" is a nurse, "an ATM" a
         # cash machine); "the other day" is a day not long ago.
         | (?-i: rn ) | (?-i: atm ) (?<! \ban \s atm ) (?<! \bthe \s atm )
           (?! \s+ (?: machine | card ) )
         | the \s+ other \s+ (?: day | night | week )
         | these (?<! \bof \s these ) \s+ days | (?: more\s+ | most\s+ )? recently
         | the \s+ (?: near\s+ )? future
         | the \s+ past
           (?! \s+ (?: \w+\s+ )? (?: years? | months? | weeks? | days? | decades? | quarters?
                                   | hours? | nights? | springs? | summers? | falls | autumns?
                                   | winters? | seasons? | sessions? ) )
         | the \s+ (?: recent | distant ) \s+ past
         | recent \s+ (?: years | months | weeks | days | quarters )
         | the \s+ coming \s+ years | current
         | (?: the \s+ foreseeable \s+ )? future (?= \s* (?: [.,;:!?)] | $ ) )
         | recent | the \s+ (?: near | short ) \s+ term | present [\s-] day
         # "no proof has been offered to date": up to now ("up to date" is no time).
         | (?<! \bup \s to \s ) (?<= \bto \s ) date
           (?= \s* (?: [,.;:!?)] | $ ) | \s+ (?: has | have | had | is | are | was | were ) \b ) )
    \b
    """,
    _ref,
    (
        example("He is now in charge.", "now", "DATE", "PRESENT_REF"),
        example("Sales rose recently.", "recently", "DATE", "PAST_REF"),
        example("so tired rn", "rn", "DATE", "PRESENT_REF"),
        example("The shop is shut at the moment.", "the moment", "DATE", "PRESENT_REF"),
        example("I saw him the other day.", "the other day", "DATE", "PAST_REF"),
        example("Much will change in the future.", "the future", "DATE", "FUTURE_REF"),
    ),
)
