"""`import` refuses what it cannot carry into a review: half surrogate pairs, odd numbers."""

from __future__ import annotations

import json

import pytest

from carneytl.cli import app
from carneytl.errors import DateError, StoreError
from carneytl.importing import date_text, read_csv, read_json
from carneytl.storage import safeyaml

STORE = "version: 1\nevents:\n  - id: a\n    date: 2018\n    title: t\n"


def slide(**fields: object) -> dict[str, object]:
    made: dict[str, object] = {"start_date": {"year": 2018}, "text": {"headline": "Talks"}}
    made.update(fields)
    return made


def timeline(*slides: dict[str, object]) -> str:
    # ensure_ascii writes a lone surrogate as the escape \udcff, as a hostile file would.
    return json.dumps({"events": list(slides)})


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"text": {"headline": "a \udcff b"}}, "headline"),
        ({"text": {"headline": "x", "text": "<p>\ud83d</p>"}}, "text"),
        ({"group": "g\udcff"}, "group"),
        ({"unique_id": "id-\udc00"}, "unique_id"),
        ({"display_date": "\udcff"}, "display_date"),
        ({"media": {"url": "https://x", "caption": "c\udcff"}}, "media caption"),
    ],
)
def test_half_a_surrogate_pair_in_a_slide_is_refused_naming_the_field(fields, named):
    with pytest.raises(StoreError) as caught:
        read_json(timeline(slide(), slide(**fields)), "t.json")
    assert [str(p) for p in caught.value.problems] == [
        f"t.json: slide 2: the {named} holds half a UTF-16 surrogate pair, not text"
    ]


def imported(runner, tmp_path, text: str) -> list[dict[str, object]]:
    """The events ``import`` proposes for the timeline ``text``, from the review it writes."""
    path = tmp_path / "timeline.json"
    path.write_text(text, encoding="utf-8")
    store = tmp_path / "store.yaml"
    store.write_text(STORE, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return [c["event"] for c in safeyaml.load(result.stdout)[0]["candidates"]]


def test_a_whole_surrogate_pair_is_one_character_and_imported(runner, tmp_path):
    text = (
        '{"events": [{"start_date": {"year": 2018}, "text": {"headline": "party \\ud83c\\udf89"}}]}'
    )
    (event,) = imported(runner, tmp_path, text)
    assert event["title"] == "party \U0001f389"


def test_import_of_a_lone_surrogate_writes_no_review(runner, tmp_path):
    path = tmp_path / "lone.json"
    path.write_text(timeline(slide(text={"headline": "a \udcff b"})), encoding="utf-8")
    store = tmp_path / "store.yaml"
    store.write_text(STORE, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == (
        f"error: {path}: slide 1: the headline holds half a UTF-16 surrogate pair, not text"
    )


@pytest.mark.parametrize(
    "year", ["1_000", "２０１８", "٢٠١٨", "2018.0", "20 18", "0x7e2", "", "1" * 5000]
)
def test_a_year_written_other_than_in_ascii_digits_is_refused(year):
    if not year:
        with pytest.raises(DateError, match="a start year is needed"):
            date_text((year, None, None), (None, None, None))
        return
    with pytest.raises(DateError) as caught:
        date_text((year, None, None), (None, None, None))
    assert caught.value.message.endswith("is not a whole number")
    assert len(caught.value.message) < 70  # a long part is shortened, not quoted whole


@pytest.mark.parametrize(
    ("year", "text"), [(2018, "2018"), ("2018", "2018"), (" +2018 ", "2018"), (2018.0, "2018")]
)
def test_a_year_in_ascii_digits_or_a_whole_json_number_is_read(year, text):
    assert date_text((year, None, None), (None, None, None)) == text


@pytest.mark.parametrize("month", [12.5, float("nan"), float("inf"), True])
def test_a_part_that_is_no_whole_number_is_refused(month):
    with pytest.raises(DateError) as caught:
        date_text((2018, month, None), (None, None, None))
    assert caught.value.message == f"{month!r} is not a whole number"


def test_a_whole_json_number_is_a_date_part_and_a_fraction_is_not(runner, tmp_path):
    whole = '{"start_date": {"year": 2018.0, "month": 12.0}, "text": {"headline": "a"}}'
    fraction = '{"start_date": {"year": 2018.5}, "text": {"headline": "b"}}'
    with pytest.raises(StoreError) as caught:
        read_json(f'{{"events": [{whole}, {fraction}]}}', "t.json")
    assert [str(p) for p in caught.value.problems] == [
        "t.json: slide 2: 2018.5 is not a whole number"
    ]
    (event,) = imported(runner, tmp_path, f'{{"events": [{whole}]}}')
    assert event["date"] == "2018-12"


def test_a_sheet_row_with_full_width_digits_is_refused_at_its_line():
    sheet = "Year,Month,Day,Headline\n２０１８,,,Talks\n"
    with pytest.raises(StoreError) as caught:
        read_csv(sheet, "t.csv")
    assert [str(p) for p in caught.value.problems] == [
        "t.csv:2:1: '２０１８' is not a whole number"
    ]
