"""TIMEX3 values: calendar arithmetic against an anchor day, written the way TimeML writes them."""

from __future__ import annotations

import calendar
import datetime as dt
import re

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nite": "NI",
    "tonight": "NI",
    "overnight": "NI",
}
# Duration units: the letter TimeML writes, how many of it one spoken unit holds, and
# whether it belongs after the T (time units).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "weekend": ("D", 2, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}


def _words(text: str) -> list[str]:
    return text.split()


_SMALL = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate(_SMALL)} | _TENS
NUMBER_WORDS |= {"a": 1, "an": 1, "one hundred": 100, "a hundred": 100, "hundred": 100}
NUMBER_WORDS |= {"a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0}
# "a couple days ago": the "of" that speech drops.
NUMBER_WORDS |= {"a couple": 2, "couple": 2}


_HUNDREDS = {"hundred": 100, "thousand": 1000}


def number(text: str) -> int | None:
    """Read a count written in digits or words; ``None`` when it is vague ("several")."""
    word = " ".join(text.lower().replace("-", " ").split())
    if "," in word and word.replace(",", "").isdigit():
        word = word.replace(",", "")  # "1,019 days"
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    count, _, hundred = word.rpartition(" ")
    if hundred in _HUNDREDS and count in NUMBER_WORDS:
        return NUMBER_WORDS[count] * _HUNDREDS[hundred]  # "two hundred days", "a thousand years"
    tens, _, ones = word.partition(" ")
    if tens in _TENS and ones in NUMBER_WORDS:
        return _TENS[tens] + NUMBER_WORDS[ones]
    return None


_UNIT_ABBREVIATIONS = {
    "yr": "year",
    "yrs": "year",
    "wk": "week",
    "wks": "week",
    "wknd": "weekend",
    "wkend": "weekend",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
}


def unit_name(text: str) -> str:
    """Bring a written unit to its singular key in :data:`UNITS` ("centuries" -> "century")."""
    word = text.lower().rstrip(".")
    if word in _UNIT_ABBREVIATIONS:
        return _UNIT_ABBREVIATIONS[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    return word


def duration(count: int | None, unit: str) -> str:
    """Write a TIMEX3 duration: ``P2Y``, ``PT3H``, ``PXM`` for an unknown count."""
    letter, size, is_time = UNITS[unit]
    amount = "X" if count is None else str(count * size)
    if count is None and size == 10:  # noqa: PLR2004 - decades
        letter = "DE"
    elif count is None and size == 100:  # noqa: PLR2004 - centuries
        letter = "CE"
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def day(date: dt.date) -> str:
    """Write a day: ``2026-01-14``."""
    return date.isoformat()


def month(year: int, month_number: int) -> str:
    """Write a month: ``2026-01``."""
    return f"{year:04d}-{month_number:02d}"


def week(date: dt.date) -> str:
    """Write the ISO week holding ``date``: ``2026-W03``."""
    year, number_, _ = date.isocalendar()
    return f"{year:04d}-W{number_:02d}"


def quarter_of(date: dt.date) -> int:
    """Return the calendar quarter (1..4) that ``date`` falls in."""
    return (date.month - 1) // 3 + 1


def shift_month(year: int, month_number: int, delta: int) -> tuple[int, int]:
    """Move a month by ``delta`` months, across years as needed."""
    index = year * 12 + month_number - 1 + delta
    return index // 12, index % 12 + 1


def shift(anchor: dt.date, unit: str, delta: int) -> str:  # noqa: PLR0911 - one return per unit
    """Write the ``unit`` that lies ``delta`` units from the anchor's, at that unit's precision."""
    if unit in {"day", "night"}:
        return day(anchor + dt.timedelta(days=delta))
    if unit in {"week", "weekend"}:
        value = week(anchor + dt.timedelta(weeks=delta))
        return value + "-WE" if unit == "weekend" else value
    if unit == "fortnight":
        return week(anchor + dt.timedelta(weeks=2 * delta))
    if unit == "month":
        return month(*shift_month(anchor.year, anchor.month, delta))
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + delta
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{anchor.year // 10 + delta:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    if unit in {"hour", "minute", "second"}:
        return day(anchor)
    return f"{anchor.year + delta:04d}"


def weekday(anchor: dt.date, target: int, *, future: bool, offset: int = 0) -> dt.date:
    """Resolve a weekday name (0 = Monday) the way news text means it.

    Past reading: the latest such day on or before the anchor. Future reading: the first on
    or after it. ``offset`` moves a further week either way ("next Friday", "last Friday").
    """
    if future:
        ahead = (target - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead + 7 * offset)
    back = (anchor.weekday() - target) % 7
    return anchor - dt.timedelta(days=back + 7 * offset)


def month_in_context(
    anchor: dt.date, month_number: int, *, future: bool | None, firm: bool = False
) -> int:
    """Pick the year of a bare month name: the nearest, leaning the way the tense points.

    A past-tense sentence may still name a month up to three ahead ("results due in
    January", written in November); a future one names the next such month, however far
    ("the summit is scheduled for November", written in January).
    """
    ahead = (month_number - anchor.month) % 12
    reach = 5 if future is None else 11 if future else 0 if firm else 3
    if ahead <= reach:
        return anchor.year + (1 if month_number < anchor.month else 0)
    return anchor.year - (1 if month_number > anchor.month else 0)


def tense_window(*, future: bool | None, firm: bool = False) -> tuple[int, int]:
    """How many days back and ahead of publication a date without its year may lie.

    Past tense looks back up to ten months and ahead up to two and a half ("the offer expires
    Dec. 15", written in November); future tense the other way round; no tense, half a year
    either way. A tense that governs the date itself (``firm``) allows a week the other way.
    """
    if firm and future is True:
        # A future tense governs the date itself: it lies ahead, give or take a few days.
        return 7, 358
    if firm and future is False:
        # A past-tense verb governs the date itself: the event cannot lie ahead, beyond the
        # few days a story's filing date may trail the day it describes.
        return 358, 7
    return (182, 183) if future is None else (75, 300) if future else (300, 75)


def day_in_context(
    anchor: dt.date, month_number: int, day_number: int, *, future: bool | None, firm: bool = False
) -> str:
    """Write a day given without its year: the nearest such day, leaning the way tense points.

    The day must fall within :func:`tense_window` of ``anchor``; else its year stays unknown.
    """
    back, ahead = tense_window(future=future, firm=firm)
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = dt.date(year, month_number, day_number)
        except ValueError:
            continue
        if -back <= (candidate - anchor).days <= ahead:
            return day(candidate)
    return f"XXXX-{month_number:02d}-{day_number:02d}"


_GRANULARITY = {"year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4}
_REFERENCE = re.compile(
    r"(\d{4})(?:-Q([1-4])|-W(\d\d)|-(\d\d)(?:-(\d\d))?|-(SP|SU|FA|WI))?(?:T.*)?"
)


def read_reference(value: str) -> tuple[dt.date, str] | None:  # noqa: PLR0911 - one per shape
    """Read a value written by this module back: its first day and how finely it is known."""
    found = _REFERENCE.fullmatch(value)
    if found is None:
        return None
    year = int(found[1])
    try:
        if found[2]:
            return dt.date(year, (int(found[2]) - 1) * 3 + 1, 1), "quarter"
        if found[3]:
            return dt.date.fromisocalendar(year, int(found[3]), 1), "week"
        if found[5]:
            return dt.date(year, int(found[4]), int(found[5])), "day"
        if found[4]:
            return dt.date(year, int(found[4]), 1), "month"
        if found[6]:
            # A season is known to its year: "the winter of 1904 ... the following year".
            return dt.date(year, SEASON_START[found[6]], 1), "year"
        return dt.date(year, 1, 1), "year"
    except ValueError:
        return None


def _write(date: dt.date, granularity: str) -> str:
    if granularity == "year":
        return f"{date.year:04d}"
    if granularity == "quarter":
        return f"{date.year:04d}-Q{quarter_of(date)}"
    if granularity == "month":
        return month(date.year, date.month)
    if granularity == "week":
        return week(date)
    return day(date)


def _move(date: dt.date, unit: str, delta: int) -> dt.date:
    if unit in {"year", "quarter", "month"}:
        months = {"year": 12, "quarter": 3, "month": 1}[unit] * delta
        year, month_number = shift_month(date.year, date.month, months)
        last = calendar.monthrange(year, month_number)[1]
        return dt.date(year, month_number, min(date.day, last))
    return date + dt.timedelta(days=delta * (7 if unit == "week" else 1))


def shift_reference(reference: str, unit: str, delta: int, *, keep: str) -> str | None:
    """Move an earlier-mentioned date by ``delta`` units: "a year earlier", "the following month".

    ``keep="reference"`` writes the result as finely as the reference was known ("the third
    quarter ... a year earlier" is last year's third quarter); ``keep="unit"`` as finely as the
    unit ("the following month" is a month). ``None`` when the reference is too coarse for the
    unit (a year, then "two days later").
    """
    read = read_reference(reference)
    if read is None or unit not in _GRANULARITY:
        return None
    date, granularity = read
    if _GRANULARITY[unit] > _GRANULARITY[granularity]:
        return None
    try:
        moved = _move(date, unit, delta)
    except (ValueError, OverflowError):
        return None
    return _write(moved, granularity if keep == "reference" else unit)
