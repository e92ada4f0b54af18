"""The English words for dates: months, weekdays, and the words that count from today.

One vocabulary for the command-line bounds, the display of dates and the extraction of dates
from articles. The names are fixed English, whatever the locale: carneytl's output is.
"""

from __future__ import annotations

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Every abbreviation is the first three letters of its month's name.
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBREVIATIONS = tuple(name[:3] for name in WEEKDAY_NAMES)

# Each way of writing a month, lower-case, to its number (1 = January).
MONTH_WORDS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)},
    **{name.lower(): number for number, name in enumerate(MONTH_ABBREVIATIONS, 1)},
    "sept": 9,
}
# Each way of writing a weekday, lower-case, to its number (0 = Monday, as date.weekday()).
WEEKDAY_WORDS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)},
    **{name.lower(): number for number, name in enumerate(WEEKDAY_ABBREVIATIONS)},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}

# The days named from today, as a number of days after it.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}
# The words that pick a period next to today's ("last month"), as a number of periods after it.
DIRECTIONS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
# The periods a direction can pick, as a command-line bound names them.
PERIODS = ("year", "month", "week")
