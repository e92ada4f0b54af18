from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carneytl.errors import CarneyError, ExitStatus, UsageError
from carneytl.extract.frontmatter import Described, read, split

TODAY = dt.date(2026, 12, 5)
ARTICLE = """---
title: Ferries return to the harbour
publisher: Coast Wire
published: 2019-05-03
url: https://example.org/coast/ferries
---
The first ferry docked on Thursday.
"""


def test_the_front_matter_describes_the_source_and_is_not_part_of_the_text():
    article = read(ARTICLE, "coast.txt", Described(), today=TODAY)
    assert article.described == Described(
        title="Ferries return to the harbour",
        publisher="Coast Wire",
        published=dt.date(2019, 5, 3),
        url="https://example.org/coast/ferries",
    )
    assert article.body == "The first ferry docked on Thursday.\n"
    assert article.offset_lines == 6


def test_command_line_values_fill_what_the_front_matter_lacks_only():
    defaults = Described(title="Other", publisher="Desk", published=dt.date(2020, 1, 1))
    article = read("---\ntitle: Mine\n---\nText.\n", "a.txt", defaults, today=TODAY)
    assert article.described == Described(
        title="Mine", publisher="Desk", published=dt.date(2020, 1, 1)
    )


def test_an_article_without_front_matter_is_all_text():
    values, body, lines = split("No block here.\n---\n", "a.txt")
    assert (values, body, lines) == ({}, "No block here.\n---\n", 0)


def test_no_publication_day_anywhere_is_a_usage_error_naming_the_file():
    with pytest.raises(UsageError) as caught:
        read("Text on Friday.\n", "notes/wire.txt", Described(), today=TODAY)
    assert caught.value.exit_status == ExitStatus.USAGE
    assert caught.value.message.startswith("notes/wire.txt: no publication day")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("---\ntitle: x\n", "never closed"),
        ("---\nauthor: x\n---\n", "unknown front-matter key 'author'"),
        ("---\n- a\n---\n", "keys and values"),
        ("---\npublished: 2019-02-30\n---\n", "'published' '2019-02-30' is not a real day"),
        ("---\npublished: May 2019\n---\n", "'published' 'May 2019' is not a single day"),
        ("---\ntitle: [a\n---\n", "not valid YAML"),
        ("---\nurl: javascript:alert(1)\n---\n", "not a web address"),
        ("---\nurl: example.org/story\n---\n", "not a web address"),
    ],
)
def test_broken_front_matter_is_reported_with_the_file(text, words):
    with pytest.raises(CarneyError) as caught:
        read(text, "wire.txt", Described(published=dt.date(2020, 1, 1)), today=TODAY)
    assert "wire.txt" in caught.value.message
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            "title: x\npublisher: " + "[" * 5000 + "]" * 5000,
            "wire.txt:3:1011: the front matter is not valid YAML: exceeded maximum nesting depth",
        ),
        ("title: x\nurl: [a", "wire.txt:4:1: the front matter is not valid YAML: did not find"),
    ],
)
def test_front_matter_that_is_not_yaml_is_one_line_placed_in_the_article(block, message):
    with pytest.raises(CarneyError) as caught:
        read(f"---\n{block}\n---\nText.\n", "wire.txt", Described(), today=TODAY)
    assert caught.value.message.startswith(message)
    assert "\n" not in caught.value.message


def test_a_key_written_twice_is_refused_at_the_second_not_silently_kept():
    text = "---\ntitle: Port reopens\npublished: 2026-01-14\npublished: 2026-01-15\n---\nText.\n"
    with pytest.raises(CarneyError) as caught:
        read(text, "wire.txt", Described(), today=TODAY)
    assert caught.value.message == (
        "wire.txt:4:1: front-matter key 'published' is written twice (first on line 3)"
    )


@given(st.text(max_size=200))
def test_the_text_after_the_block_comes_back_as_it_was(body):
    values, rest, lines = split(f"---\ntitle: Ferries\n---\n{body}", "a.txt")
    assert values == {"title": "Ferries"}
    assert rest == body
    assert lines == 3


@given(st.text(max_size=200).filter(lambda text: not text.startswith("---")))
def test_text_that_does_not_open_with_a_block_is_all_body(text):
    assert split(text, "a.txt") == ({}, text, 0)


def test_expressions_are_placed_in_the_file_front_matter_and_all(runner, tmp_path):
    import json

    from carneytl.cli import app

    path = tmp_path / "coast.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--expressions", "--format", "json"])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert ARTICLE[record["start"] : record["end"]] == record["text"] == "Thursday"


def test_a_url_on_the_command_line_must_be_a_web_address_too():
    with pytest.raises(CarneyError) as caught:
        read(
            "text",
            "wire.txt",
            Described(published=dt.date(2020, 1, 1), url="file:///etc"),
            today=TODAY,
        )
    assert caught.value.message.startswith("wire.txt: 'url' 'file:///etc' is not a web address")
    fine = read(
        "text",
        "wire.txt",
        Described(published=dt.date(2020, 1, 1), url="https://a.org/x"),
        today=TODAY,
    )
    assert fine.described.url == "https://a.org/x"
