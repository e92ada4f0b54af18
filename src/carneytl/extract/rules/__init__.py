"""The temporal tagger's rules in priority order, combined into the expressions it scans with.

Each rule is a named record (:class:`~carneytl.extract.rules.base.Rule`) in the module of its
family: ``dates`` (days, months, years as written), ``eras`` (BC and AD, decades, centuries),
``ranges``, ``seasons``, ``periods`` (quarters, halves), ``weeks``, ``clocks`` (clock times),
``times`` (parts of the day), ``durations``, ``sets``, ``holidays``, ``weekdays``, ``anchors``
(words read against publication), ``story`` (words read against the date in focus: "that day",
"the day before", "on the 25th") and ``refs`` ("now", "recently"). At any one position the
first rule in :data:`RULES` that matches wins, so longer forms come before the shorter forms
they contain.
"""

from __future__ import annotations

from carneytl.extract.rules import (
    anchors,
    anniversaries,
    chronicle,
    clocks,
    dates,
    durations,
    eras,
    holidays,
    periods,
    ranges,
    refs,
    sets,
    story,
    times,
    weekdays,
    weeks,
)
from carneytl.extract.rules.base import FLAGS, Reading, Rule, words
from carneytl.extract.rules.vocab import INFORMAL_DAYS, MONTH_NAMES, WEEKDAYS

__all__ = [
    "FLAGS",
    "OPENERS",
    "RULES",
    "TRIGGERS",
    "Reading",
    "Rule",
]

RULES: tuple[Rule, ...] = (
    durations.WITH_HALF,
    dates.ISO_DATE,
    dates.NUMERIC_DATE,
    chronicle.DECADE_BC,
    eras.BC_YEAR,
    eras.BC_RANGE_START,
    eras.AD_YEAR,
    clocks.CLOCK_THEN_DAY_MONTH,
    clocks.CLOCK,
    clocks.CLOCK_WITH_PART,
    clocks.DAY_THEN_CLOCK,
    clocks.PART_THEN_HOUR,
    times.PART_WITH_EDGE,
    story.PART_AROUND,
    clocks.CLOCK_24,
    clocks.CLOCK_24_AT,
    clocks.CLOCK_PLAIN_THEN_DAY_MONTH,
    clocks.CLOCK_PLAIN,
    clocks.NAMED_TIME_OF_DAY,
    clocks.NAMED_TIME,
    clocks.DAY_MONTH_THEN_CLOCK,
    clocks.MONTH_DAY_THEN_CLOCK,
    dates.MONTH_DAY_YEAR,
    dates.DAY_MONTH_YEAR,
    chronicle.DAY_MONTH_AD,
    dates.MONTH_DAY_OF_THAT_YEAR,
    dates.DAY_MONTH_OF_THAT_YEAR,
    dates.MONTH_OF_THAT_YEAR,
    anchors.MONTH_DAY_OF_RELATIVE_YEAR,
    ranges.MONTH_DAY_RANGE_START,
    ranges.DAY_MONTH_RANGE_START,
    ranges.DOUBLE_DATE,
    ranges.MONTH_RANGE_START,
    ranges.DAY_RANGE_START,
    dates.MONTH_DAY,
    dates.DAY_MONTH,
    chronicle.ORDINAL_DAY_IN_HISTORY,
    story.ORDINAL_DAY_ALONE,
    dates.MONTH_YEAR,
    dates.MONTH_ORDINAL_DAY,
    chronicle.SPELLED_DAY_OF_MONTH,
    dates.MONTH_SPELLED_YEAR,
    weeks.WEEK_ON_DAY,
    weeks.WEEK_OF_DAY,
    weeks.WEEK_OF_MONTH,
    weeks.WEEKEND_OF_MONTH,
    holidays.HOLIDAY,
    anchors.MONTH_RELATIVE,
    anchors.MONTH_OF_RELATIVE_YEAR,
    ranges.YEAR_RANGE_START,
    ranges.YEAR_RANGE_END,
    ranges.DAY_RANGE_END,
    dates.BARE_MONTH,
    dates.YEAR_ALONE,
    chronicle.SEASON,
    chronicle.EDGE_IN_HISTORY,
    periods.QUARTER,
    periods.YEAR_AGO_PERIOD,
    periods.THE_QUARTER,
    dates.SPELLED_YEAR_ALONE,
    eras.DECADE_WORD,
    eras.CENTURY_LIST_START,
    eras.CENTURY,
    eras.MILLENNIUM,
    periods.YEAR_PERIOD,
    periods.TO_DATE,
    periods.YEAR_END,
    periods.SHORT_PART,
    periods.FY_YEAR,
    periods.PERIOD_EDGE,
    periods.EDGE_OF_PERIOD,
    durations.YEAR_ENDED,
    periods.FISCAL_YEAR,
    eras.DECADE_AFTER_DECADE,
    eras.DECADE,
    eras.GENERATION_STEP,
    anchors.RELATIVE_DECADE,
    anchors.BEFORE_LAST,
    story.DAY_AROUND,
    story.ANAPHORIC,
    durations.YEAR_EARLIER_WRITTEN,
    durations.SIGNALLED_DURATION,
    anniversaries.ANNIVERSARY,
    anchors.AGO,
    anchors.RELATIVE_UNIT,
    durations.COMPACT_DURATION,
    durations.DURATION,
    durations.VAGUE_PLURAL,
    sets.EVERY,
    sets.WEEKDAY_PLURAL,
    sets.WEEKENDS,
    anchors.RELATIVE_DAY,
    times.THIS_PART,
    times.PART_OF_NAMED_DAY,
    times.PART_OF_DAY_MONTH,
    times.PART_IN_FOCUS,
    anchors.WITHIN_PERIOD,
    anchors.THE_UNIT,
    anchors.BARE_WEEKEND,
    weekdays.PREVIOUS_WEEKDAY,
    weekdays.LISTED_WEEKDAY,
    weekdays.WEEKDAY_NAME,
    refs.VAGUE_REFERENCE,
    times.BARE_PART,
    eras.YEAR_IN_BC_STORY,
)


# Words an expression may open with before its trigger word ("the", "early", "more than").
OPENERS = frozenset(
    words(
        "the early late mid end beginning start middle rest last this next past previous coming "
        "current following prior about almost nearly more less some roughly around over just at "
        "only every each earlier later right fiscal calendar year a an several few many couple "
        "dozen these recent most noon midnight midday one two three four five six that "
        "seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
        "nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety other initial final remaining latest full straight consecutive "
        "first second third fourth 1st 2nd 3rd 4th q h new boxing final nxt whole entire long "
        "quiet rainy cold hot same ad fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    )
    # "FY2025", "semi-annually", "the remainder of the year": openings of their expressions.
    + words("fy semi remainder")
    # The words that open a holiday's name before its trigger ("Labor Day", "Good Friday").
    + words(
        "canadian good palm ash maundy holy whit ascension labor memorial remembrance armistice "
        "canada bastille columbus election victoria groundhog veteran veterans president "
        "presidents mother mothers father fathers martin mlk st saint april fourth black cyber"
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
        "date "
        "winter springs summers noon midnight midday annually yearly daily nightly weekly monthly "
        "quarterly hourly nineteen thousand twenties thirties forties fifties sixties "
        "seventies eighties nineties christmas xmas halloween valentine nite overnight "
        "thanksgiving easter pentecost millennium millennia "
        "tues thurs thur weds tue thu fri mon wed sat sun yr yrs wk wks hr hrs min mins sec secs"
    )
    + [word for word in INFORMAL_DAYS if word.isalpha()]
    + words("wknd wkend valentines nye semiannually rn atm noonish")
    # "a generation later", "the turn of the century".
    + words("generation generations")
)
