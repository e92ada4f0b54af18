"""Rules for recurring times (TIMEX3 SET): "every Monday", "weekly", "on Sundays"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz
from carneytl.extract.rules.base import Reading, Rule, example
from carneytl.extract.rules.vocab import MONTH, UNIT, WEEKDAY, month_number, weekday_number

if TYPE_CHECKING:
    from carneytl.extract.context import Context


def _weekday_plural(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - every reading takes the context
    # "on Mondays", "Tuesday nights": every such day, a set in TimeML.
    value = f"XXXX-WXX-{weekday_number(m['wdp']) + 1}"
    if m["part"]:
        value += "T" + nz.PARTS_OF_DAY[m["part"].lower().rstrip("s")]
    return "SET", value


_ADVERB_UNITS = {
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "nightly": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "hourly": "hour",
}


def _set(m: re.Match[str], ctx: Context) -> Reading:  # noqa: ARG001 - as above
    groups = m.groupdict()
    if groups.get("wd"):
        part = (groups.get("wpart") or "").lower().replace("nite", "night")
        time = f"T{nz.PARTS_OF_DAY[part]}" if part else ""
        return "SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}{time}"
    if groups.get("mon"):
        return "SET", f"XXXX-{month_number(m['mon']):02d}"
    if groups.get("season"):
        return "SET", f"XXXX-{nz.SEASONS[m['season'].lower()]}"
    if groups.get("part"):
        part = "night" if m["part"].lower() == "nite" else m["part"].lower()
        return "SET", f"XXXX-XX-XXT{nz.PARTS_OF_DAY[part]}"
    word = (groups.get("adverb") or "").lower()
    count: int | None = 1
    if word:
        # "paid half-yearly", "semiannually": every six months.
        if word.startswith(("half", "semi")):
            count, unit = 6, "month"
        else:
            unit = _ADVERB_UNITS[word]
    else:
        # "every other year": every second one.
        other = (groups.get("num") or "").lower() == "other"
        count = 2 if other else nz.number(m["num"]) if groups.get("num") else 1
        unit = nz.unit_name(m["unit"])
    if unit == "weekend" and count == 1:
        return "SET", "XXXX-WE"  # every weekend, as "weekends" is
    return "SET", nz.duration(count, unit)


EVERY = Rule(
    "every, each, and -ly words",
    r"\b (?: every | each ) \s+ (?: single \s+ )?"
    r" (?: (?P<num> other | two | three | four | five | six | seven | eight | nine | ten | twelve"
    r" | fifteen | twenty | thirty | \d+ ) \s+ )?"
    r" (?: (?P<part> morning | afternoon | evening | night | nite ) \b | "
    + UNIT
    # The whole word: "every weekend" is no week.
    + r" \b | "
    + WEEKDAY
    + r" (?: \s+ (?P<wpart> morning | afternoon | evening | night | nite ) \b )? | "
    + MONTH
    + r""" (?! \s* \d )
         | (?P<season> spring | summer | fall | autumn | winter ) \b )
    | (?-i: (?P<adverb> (?: half [\s-]? | semi-? ) (?: yearly | annually ) | annually | yearly
                      | daily | nightly | weekly | monthly | quarterly | hourly ) ) \b
    """,
    _set,
    (
        example("The paper publishes weekly.", "weekly", "SET", "P1W"),
        example("The board meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        example("Inspections take place every two years.", "every two years", "SET", "P2Y"),
        example("She runs every morning.", "every morning", "SET", "XXXX-XX-XXTMO"),
        example("The bond pays interest half-yearly.", "half-yearly", "SET", "P6M"),
        example("we go climbing every weekend", "every weekend", "SET", "XXXX-WE"),
        example("Quiz every Tuesday night!", "every Tuesday night", "SET", "XXXX-WXX-2TNI"),
    ),
)

WEEKDAY_PLURAL = Rule(
    "Mondays, Tuesday nights",
    r"""
    (?-i: (?P<wdp> Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
                 | monday | tuesday | wednesday | thursday | friday | saturday | sunday )
          (?: s \b | \s+ (?P<part> mornings | afternoons | evenings | nights ) \b ) )
    """,
    _weekday_plural,
    (
        example("The market is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        example("i hate mondays tbh", "mondays", "SET", "XXXX-WXX-1"),
    ),
)


def _weekends(m: re.Match[str], ctx: Context) -> Reading:
    if _COUNTED_WEEKENDS.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "two weekends", "the last few weekends": a stretch or those weekends
    return "SET", "XXXX-WE"


_COUNTED_WEEKENDS = re.compile(
    r"(?:\d|\b(?:the|those|these|few|several|many|some|both|two|three|four|five|six|ten|last"
    r"|past|next|coming|recent|consecutive|straight|other|of))\s+$",
    re.IGNORECASE,
)

# "We hike on weekends": every weekend, as "Sundays" is every Sunday.
WEEKENDS = Rule(
    "weekends",
    r"\b weekends \b (?! ['’] )",
    _weekends,
    (
        example("The café only opens on weekends.", "weekends", "SET", "XXXX-WE"),
        example("Our weekends belong to the garden.", "weekends", "SET", "XXXX-WE"),
    ),
)
