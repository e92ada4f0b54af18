"""Standard input goes by one name wherever a user sees it: stores, articles, reviews, timelines."""

from __future__ import annotations

from pathlib import Path

from carneytl.cli import app
from carneytl.errors import STDIN_LABEL, input_label

ARTICLES = Path(__file__).parent / "data" / "articles"
VALLEY = ARTICLES / "valley-post.txt"


def test_the_label_is_the_one_compilers_use():
    assert STDIN_LABEL == "<stdin>"
    assert input_label("-") == STDIN_LABEL
    assert input_label(Path("-")) == STDIN_LABEL
    assert input_label(Path("story.yaml")) == "story.yaml"


def test_a_store_from_standard_input_is_placed_under_the_label(runner):
    result = runner.invoke(app, ["check", "-"], input="events: [1]\n")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{STDIN_LABEL}:1:")


def test_an_article_from_standard_input_is_named_by_the_label_in_errors(runner):
    result = runner.invoke(app, ["extract", "-"], input="They met on Friday.\n")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {STDIN_LABEL}: no publication day")


def test_an_article_from_standard_input_is_named_by_the_label_in_the_review(runner):
    result = runner.invoke(
        app, ["extract", "-", "--published", "2026-01-14"], input="They met on 2 January 2026.\n"
    )
    assert result.exit_code == 0, result.output
    assert f"candidate events from {STDIN_LABEL}, matched against" in result.stdout


def test_a_store_from_standard_input_is_named_by_the_label_in_the_review(runner):
    store = (ARTICLES / "story.yaml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(VALLEY), "--store", "-"], input=store)
    assert result.exit_code == 0, result.output
    assert f"matched against {STDIN_LABEL}." in result.stdout


def test_a_review_from_standard_input_is_placed_under_the_label(runner, tmp_path):
    story = tmp_path / "story.yaml"
    story.write_text((ARTICLES / "story.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(
        app, ["accept", "-", "--store", str(story)], input="review: 1\ncandidates: [3]\n"
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {STDIN_LABEL}:2:")


def test_a_timeline_from_standard_input_is_placed_under_the_label(runner):
    result = runner.invoke(app, ["import", "-"], input="a,b\n1,2\n")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {STDIN_LABEL}:1:1: not a TimelineJS sheet")


def test_a_review_made_from_a_timeline_on_standard_input_names_it_by_the_label(runner):
    sheet = "Year,Month,Day,Headline,Text\n2018,12,1,Arrest in Vancouver,Held at the airport\n"
    result = runner.invoke(app, ["import", "-"], input=sheet)
    assert result.exit_code == 0, result.stderr
    assert f"candidate events from {STDIN_LABEL}," in result.stdout
    assert "from -," not in result.stdout
