"""The temporal tagger's rules in priority order, combined into the expressions it scans with.

Each rule is a named record (:class:`~carneytl.extract.rules.base.Rule`) in the module of its
family: ``dates`` (days, months, years as written), ``periods`` (seasons, quarters, halves),
``times`` (clock times, parts of the day), ``durations``, ``sets`` and ``anchors`` (words read
against publication or the date in focus). At any one position the first rule in :data:`RULES`
that matches wins, so longer forms come before the shorter forms they contain.
"""

from __future__ import annotations

import re

from carneytl.extract.rules import anchors, dates, durations, periods, sets, times
from carneytl.extract.rules.base import FLAGS, Reading, Rule, words
from carneytl.extract.rules.vocab import INFORMAL_DAYS, MONTH_NAMES, WEEKDAYS

__all__ = ["COMBINED", "COMPILED", "FLAGS", "OPENERS", "RULES", "TRIGGERS", "Reading", "Rule"]

RULES: tuple[Rule, ...] = (
    dates.ISO_DATE,
    dates.NUMERIC_DATE,
    dates.BC_YEAR,
    times.CLOCK,
    times.DAY_THEN_CLOCK,
    times.PART_WITH_EDGE,
    times.CLOCK_24,
    times.CLOCK_PLAIN,
    times.NAMED_TIME,
    times.DAY_MONTH_THEN_CLOCK,
    times.MONTH_DAY_THEN_CLOCK,
    dates.MONTH_DAY_YEAR,
    dates.DAY_MONTH_YEAR,
    dates.MONTH_DAY_OF_THAT_YEAR,
    dates.DAY_MONTH_OF_THAT_YEAR,
    dates.MONTH_DAY_RANGE_START,
    dates.DAY_MONTH_RANGE_START,
    dates.MONTH_RANGE_START,
    dates.DAY_RANGE_START,
    dates.MONTH_DAY,
    dates.DAY_MONTH,
    dates.MONTH_YEAR,
    dates.MONTH_ORDINAL_DAY,
    dates.MONTH_SPELLED_YEAR,
    periods.WEEK_OF_MONTH,
    anchors.HOLIDAY,
    anchors.MONTH_RELATIVE,
    anchors.MONTH_OF_RELATIVE_YEAR,
    dates.YEAR_RANGE_START,
    dates.YEAR_RANGE_END,
    dates.DAY_RANGE_END,
    dates.BARE_MONTH,
    dates.YEAR_ALONE,
    periods.SEASON,
    periods.QUARTER,
    periods.YEAR_AGO_PERIOD,
    periods.THE_QUARTER,
    dates.SPELLED_YEAR_ALONE,
    dates.DECADE_WORD,
    dates.CENTURY,
    periods.YEAR_PERIOD,
    periods.YEAR_END,
    periods.SHORT_PART,
    periods.PERIOD_EDGE,
    periods.FISCAL_YEAR,
    dates.DECADE,
    anchors.RELATIVE_DECADE,
    anchors.DAY_AROUND,
    anchors.ANAPHORIC,
    durations.SIGNALLED_DURATION,
    anchors.AGO,
    anchors.RELATIVE_UNIT,
    durations.COMPACT_DURATION,
    durations.DURATION,
    durations.VAGUE_PLURAL,
    sets.EVERY,
    sets.WEEKDAY_PLURAL,
    anchors.RELATIVE_DAY,
    times.THIS_PART,
    times.PART_OF_NAMED_DAY,
    times.PART_OF_DAY_MONTH,
    times.PART_IN_FOCUS,
    anchors.WITHIN_PERIOD,
    anchors.THE_UNIT,
    anchors.BARE_WEEKEND,
    anchors.PREVIOUS_WEEKDAY,
    anchors.WEEKDAY_NAME,
    anchors.VAGUE_REFERENCE,
    times.BARE_PART,
    dates.YEAR_IN_BC_STORY,
)


def _strip_names(pattern: str) -> str:
    """Turn named groups into plain ones, so that many rules can share group names in one regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Each rule on its own, to read the groups of the rule that won...
COMPILED: tuple[tuple[re.Pattern[str], Rule], ...] = tuple(
    (re.compile(rule.pattern, FLAGS), rule) for rule in RULES
)
# ...and all of them as one alternation, to find which rule wins at a position in one step.
# An empty group closes each branch and names its rule (``lastgroup``); leaving the branch's
# own first token in front lets the regex engine skip a branch at a glance.
COMBINED = re.compile(
    "|".join(f"(?:{_strip_names(rule.pattern)})(?P<r{i}>)" for i, rule in enumerate(RULES)), FLAGS
)

# Words an expression may open with before its trigger word ("the", "early", "more than").
OPENERS = frozenset(
    words(
        "the early late mid end beginning start middle rest last this next past previous coming "
        "current following prior about almost nearly more less some roughly around over just at "
        "only every each earlier later right fiscal calendar year a an several few many couple "
        "dozen these recent most noon midnight midday one two three four five six that "
        "seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
        "eighty ninety other initial final remaining latest full straight consecutive "
        "first second third fourth 1st 2nd 3rd 4th q h new boxing final nxt whole entire long "
        "quiet rainy cold hot same"
    )
    + list(WEEKDAYS)
)
_UNIT_WORDS = words(
    "year month week day hour minute second decade century centuries quarter weekend fortnight "
    "half night morning afternoon evening"
)
# Every expression holds one of these words (or a digit); only the text around them is tried
# against the full rules, which keeps the scan fast on long articles.
TRIGGERS = frozenset(
    [name.lower() for name in MONTH_NAMES]
    + list(WEEKDAYS)
    + [day + "s" for day in WEEKDAYS]
    + _UNIT_WORDS
    + [word + "s" for word in _UNIT_WORDS]
    + words(
        "today tomorrow yesterday tonight now currently present moment nowadays days recently "
        "previously formerly future past soon recent current coming spring summer fall autumn term "
        "winter springs summers noon midnight midday annually yearly daily nightly weekly monthly "
        "quarterly hourly nineteen thousand twenties thirties forties fifties sixties "
        "seventies eighties nineties christmas xmas halloween valentine nite overnight "
        "tues thurs thur weds tue thu fri mon wed sat sun yr yrs wk wks hr hrs min mins sec secs"
    )
    + [word for word in INFORMAL_DAYS if word.isalpha()]
)
