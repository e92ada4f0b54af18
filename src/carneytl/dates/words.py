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
# The units a count from today is given in ("3 days ago", "in 2 months"); each but the day is
# a period, so "1 week ago" is "last week".
COUNTED_UNITS = ("day", *PERIODS)
# The word after a count that puts it before today ("3 weeks ago"), and the one before a count
# that puts it after today ("in 3 weeks").
BEFORE_TODAY = "ago"
AFTER_TODAY = "in"
# The words that stand for a count of one ("a year ago", "in a month").
ONE_WORDS = ("a", "an")
# The quarters of a year, by the letter that names them and their number ("Q1 2026").
QUARTER_LETTER = "q"
QUARTERS = 4
# The letter of an ISO 8601 week ("2026-W03").
WEEK_LETTER = "w"
