"""A publication day reads the same in an article's front matter as after --published."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.dates.bounds import one_day
from carneytl.errors import CarneyError, DateError
from carneytl.extract.frontmatter import Described, read
from processes import carneytl

TODAY = dt.date(2026, 12, 5)
BODY = "The harbour board signed the canola deal on Tuesday.\n"


def article(published: str) -> str:
    matter = f"title: Canola deal signed\npublisher: Harbour Gazette\npublished: {published}"
    return f"---\n{matter}\n---\n{BODY}"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-01-14", dt.date(2026, 1, 14)),
        ("14 Jan 2026", dt.date(2026, 1, 14)),
        ("January 14, 2026", dt.date(2026, 1, 14)),
        ("Wednesday 14 January 2026", dt.date(2026, 1, 14)),
        ("2026/01/14", dt.date(2026, 1, 14)),
        ("yesterday", dt.date(2026, 12, 4)),
    ],
)
def test_front_matter_takes_every_form_of_a_day_the_option_takes(written, day):
    found = read(article(written), "gazette.txt", Described(), today=TODAY)
    assert found.described.published == day


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("Jan 2026", "'published' 'Jan 2026' is not a single day"),
        ("2026", "'published' '2026' is not a single day"),
        ("2026-02-30", "'published' '2026-02-30' is not a real day"),
        ("someday", "'published': 'someday' is ambiguous or not a date"),
    ],
)
def test_front_matter_refuses_what_the_option_refuses_and_names_the_file(written, words):
    with pytest.raises(CarneyError) as caught:
        read(article(written), "gazette.txt", Described(), today=TODAY)
    assert caught.value.message.startswith("gazette.txt (front matter): ")
    assert words in caught.value.message


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_a_day_written_with_its_month_name_is_that_day(day):
    assert one_day(f"{day.day} {day:%b} {day.year}", TODAY, "--published") == day
    assert one_day(day.isoformat(), TODAY, "--published") == day


@given(st.text(max_size=30))
def test_any_text_is_a_day_or_a_date_error(text):
    said = None
    try:
        found = one_day(text, TODAY, "--published")
    except DateError as exc:
        said = exc.message
    else:
        assert isinstance(found, dt.date)
    assert said is None or said.startswith("--published")


def test_extract_reads_the_front_matter_day_and_the_option_day_alike(runner, tmp_path):
    framed = tmp_path / "framed.txt"
    framed.write_text(article("14 Jan 2026"), encoding="utf-8")
    bare = tmp_path / "bare.txt"
    bare.write_text(BODY, encoding="utf-8")
    by_matter = runner.invoke(app, ["extract", str(framed), "--format", "json"])
    by_option = runner.invoke(
        app, ["extract", str(bare), "--published", "14 Jan 2026", "--format", "json"]
    )
    assert by_matter.exit_code == 0, by_matter.output
    assert by_option.exit_code == 0, by_option.output
    # "on Tuesday" before Wednesday 14 January 2026 is the 13th, read the same either way.
    dates = [[c["date"] for c in json.loads(r.stdout)] for r in (by_matter, by_option)]
    assert dates[0] == dates[1] == ["2026-01-13"]


def test_relative_words_in_front_matter_are_reckoned_from_today(runner, tmp_path):
    framed = tmp_path / "framed.txt"
    framed.write_text(article("yesterday"), encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(framed), "--today", "2026-01-15", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert [c["date"] for c in json.loads(result.stdout)] == ["2026-01-13"]


def test_a_month_in_front_matter_fails_the_process_with_the_file_named(tmp_path):
    framed = tmp_path / "framed.txt"
    framed.write_text(article("Jan 2026"), encoding="utf-8")
    done = carneytl("extract", str(framed))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(
        f"error: {framed} (front matter): 'published' 'Jan 2026' is not a single day\n"
    )
