"""How spans of every shape become calendar days and TimelineJS dates."""

from __future__ import annotations

import datetime as dt

import pytest

from carneytl.dates.edtf import endpoints, parse_edtf
from carneytl.model import Event, Precision
from carneytl.render.ics import all_day_range, uid
from carneytl.render.timelinejs import slide


def event(date):
    return Event(id="x", date=parse_edtf(date), title="X")


@pytest.mark.parametrize(
    ("date", "start", "end"),
    [
        ("2018-12-01", dt.date(2018, 12, 1), dt.date(2018, 12, 2)),
        ("2018-12-31", dt.date(2018, 12, 31), dt.date(2019, 1, 1)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 3, 1)),
        ("2018", dt.date(2018, 1, 1), dt.date(2019, 1, 1)),
        ("2018~", dt.date(2018, 1, 1), dt.date(2019, 1, 1)),
        ("2017-12-03/2017-12-07", dt.date(2017, 12, 3), dt.date(2017, 12, 8)),
        ("2018-12/2019", dt.date(2018, 12, 1), dt.date(2020, 1, 1)),
        ("2018-12-01/..", dt.date(2018, 12, 1), dt.date(2018, 12, 2)),
        ("../2018-12-01", dt.date(2018, 12, 1), dt.date(2018, 12, 2)),
        ("../2018", dt.date(2018, 12, 31), dt.date(2019, 1, 1)),
    ],
)
def test_an_all_day_entry_ends_the_day_after_its_last_day(date, start, end):
    assert all_day_range(event(date)) == (start, end)


def test_an_entry_through_the_last_day_a_date_can_hold_has_a_duration_instead_of_an_end():
    from carneytl.render import RenderContext
    from carneytl.render.ics import render

    assert all_day_range(event("9999")) == (dt.date(9999, 1, 1), None)
    calendar = render([event("9999-12-31")], RenderContext(dt.date(2026, 1, 1)))
    assert "DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n" in calendar
    assert "DTEND" not in calendar


def test_the_uid_comes_from_the_event_id_alone():
    assert uid(event("2018")) == uid(event("2019")) == "x@carneytl"


@pytest.mark.parametrize(
    ("date", "start", "end"),
    [
        ("2018", {"year": 2018}, None),
        ("2018-12?", {"year": 2018, "month": 12}, None),
        ("2018/2019-03", {"year": 2018}, {"year": 2019, "month": 3}),
        ("2018-12/..", {"year": 2018, "month": 12}, None),
        ("../2019-03-02", {"year": 2019, "month": 3, "day": 2}, None),
        ("2018/2018", {"year": 2018}, None),
    ],
)
def test_a_timelinejs_slide_dates_each_end_at_its_own_precision(date, start, end):
    result = slide(event(date))
    assert result["start_date"] == start
    assert result.get("end_date") == end


def test_endpoints_tell_each_end_its_own_precision():
    assert endpoints(parse_edtf("2018/2019-03-02")) == (
        (dt.date(2018, 1, 1), Precision.YEAR),
        (dt.date(2019, 3, 2), Precision.DAY),
    )
    assert endpoints(parse_edtf("../2018")) == (None, (dt.date(2018, 1, 1), Precision.YEAR))
