"""An input with no text is said to be empty: an article (an error alone, a warning among
others), a review for `accept` and a sheet for `import`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.errors import ExitStatus
from carneytl.storage import safeyaml

ARTICLES = Path(__file__).parent / "data" / "articles"
VALLEY = ARTICLES / "valley-post.txt"
STORE = ARTICLES / "story.yaml"

BLANKS = {
    "nothing": "",
    "spaces and lines": "  \n\t\n\r\n",
    "a byte-order mark": "\ufeff\n",
}


def test_standard_input_from_dev_null_is_empty_not_undated():
    with Path("/dev/null").open("rb") as nothing:
        done = subprocess.run(
            [sys.executable, "-m", "carneytl", "extract", "-"],
            stdin=nothing,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == ExitStatus.FAILURE
    assert done.stdout == ""
    assert done.stderr.splitlines()[0] == "error: <stdin> is empty"
    assert "publication day" not in done.stderr


@pytest.mark.parametrize("text", BLANKS.values(), ids=BLANKS.keys())
def test_blank_standard_input_is_empty(runner, text):
    result = runner.invoke(app, ["extract", "-", "--published", "2026-01-14"], input=text)
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stdout == ""
    assert result.stderr.startswith("error: <stdin> is empty\n")


@pytest.mark.parametrize("text", BLANKS.values(), ids=BLANKS.keys())
def test_a_blank_article_file_is_empty_with_or_without_a_day(runner, tmp_path, text):
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    for day in ([], ["--published", "2026-01-14"]):
        result = runner.invoke(app, ["extract", str(path), *day])
        assert result.exit_code == ExitStatus.FAILURE, result.output
        assert result.stderr.startswith(f"error: {path} is empty\n")


def test_front_matter_with_nothing_after_it_is_empty(runner, tmp_path):
    path = tmp_path / "head.txt"
    path.write_text("---\ntitle: A headline\npublished: 2026-01-14\n---\n\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stderr.startswith(f"error: {path} holds no text after its front matter\n")


def test_expressions_of_an_empty_article_are_refused_too(runner, tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(path), "--published", "2026-01-14", "--expressions"]
    )
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stderr.startswith(f"error: {path} is empty\n")


def test_an_empty_article_among_others_is_a_warning_and_the_rest_are_read(runner, tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n\n", encoding="utf-8")
    alone = runner.invoke(app, ["extract", str(VALLEY), "--store", str(STORE)])
    result = runner.invoke(app, ["extract", str(blank), str(VALLEY), "--store", str(STORE)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"warning: {blank} is empty; it is left out\n"
    review, _ = safeyaml.load(result.stdout)
    assert review["candidates"] == safeyaml.load(alone.stdout)[0]["candidates"]
    assert [s["id"] for s in review["sources"]] == [
        s["id"] for s in safeyaml.load(alone.stdout)[0]["sources"]
    ]


def test_an_empty_standard_input_among_files_is_a_warning(runner):
    result = runner.invoke(app, ["extract", str(VALLEY), "-", "--store", str(STORE)], input="")
    assert result.exit_code == 0, result.output
    assert result.stderr == "warning: <stdin> is empty; it is left out\n"


def test_several_articles_all_empty_is_an_error_naming_each(runner, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("", encoding="utf-8")
    second.write_text(" \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(first), str(second), "--published", "2026-01-14"])
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == (
        f"error: every article is empty, so there is nothing to read: {first}, {second}"
    )


@pytest.mark.parametrize("text", BLANKS.values(), ids=BLANKS.keys())
def test_an_empty_review_is_said_to_be_empty_and_the_store_is_left_alone(runner, tmp_path, text):
    store = tmp_path / "story.yaml"
    store.write_text(STORE.read_text(encoding="utf-8"), encoding="utf-8")
    before = store.read_bytes()
    result = runner.invoke(app, ["accept", "-", "--store", str(store)], input=text)
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stderr.startswith("error: <stdin> is empty\n")
    assert store.read_bytes() == before


@pytest.mark.parametrize("text", BLANKS.values(), ids=BLANKS.keys())
def test_an_empty_sheet_to_import_is_said_to_be_empty(runner, tmp_path, text):
    sheet = tmp_path / "timeline.csv"
    sheet.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["import", str(sheet)])
    assert result.exit_code == ExitStatus.FAILURE
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {sheet} is empty\n")
