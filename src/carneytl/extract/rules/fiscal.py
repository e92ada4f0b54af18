"""Earnings periods: the calendar quarter a reported quarter lies in, and whose results are due."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from carneytl.extract import normalize as nz

if TYPE_CHECKING:
    from carneytl.extract.context import Context

_HALF_A_QUARTER = dt.timedelta(days=45)
_LAST_QUARTER = 4
_RESULTS_AFTER = re.compile(
    r"\s+(?:financial\s+|earnings\s+)?(?:results|earnings|GDP|figures|data|numbers|report)\b",
    re.IGNORECASE,
)


def quarter_ending_on(year: int, month: int, day: int) -> str | None:
    """The calendar quarter most of the three months up to a last day lie in, or None.

    It is the quarter holding the middle day, so a quarter that "ended July 31" or a
    retailer's that "ended Aug. 2" is the second, not the third; "ended Feb. 30" is no day.
    """
    try:
        middle = dt.date(year, month, day) - _HALF_A_QUARTER
    except ValueError:
        return None
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


def quarter_closing_in(year: int, month: int) -> str:
    """The calendar quarter of a quarter named by its last month ("the December quarter").

    Its three months lie mostly in the quarter of the month before: the January quarter
    (November to January) is the year before's fourth.
    """
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


def results_of_last_years(number: int, ctx: Context, m: re.Match[str]) -> bool:
    """Whether a fourth quarter whose results are spoken of in the first quarter is last year's.

    "will report fourth-quarter results", written in February: the quarter just ended is
    still being reported, as "third-quarter results" are in October. A fiscal fourth quarter
    may be this year's all the same.
    """
    return (
        number == _LAST_QUARTER
        and nz.quarter_of(ctx.anchor) == 1
        and "fiscal" not in m.group(0).lower()
        and _RESULTS_AFTER.match(ctx.text, m.end()) is not None
    )
