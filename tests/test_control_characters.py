"""One-line fields (actors, tags, location, as_written, publisher) hold no control characters.

A tag with a line break in it passed every check and then matched no `--tag` anyone could
type. Such text is refused where it is, at PATH:LINE:COL; titles, summaries and notes keep
what they may hold. The rules are part of the parse cache's key, so a store cached before a
rule changed is checked again under the new one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.errors import StoreError
from carneytl.storage import rules, stores
from carneytl.storage.parsing import parse_store
from carneytl.storage.stores import load_store

LONG_AGO = 1_600_000_000 * 10**9
ARTICLES = Path(__file__).parent / "data" / "articles"

# Each one-line field, written with a YAML escape where the control character goes (the `{}`),
# and the line and column the problem is placed at.
FIELDS = {
    "tag": ('    tags: [visit, "a{}b"]\n', 4, 19, "tag"),
    "actor": ('    actors: ["Xi{}Jinping"]\n', 4, 14, "actor"),
    "location": ('    location: "Bei{}jing"\n', 4, 15, "'location'"),
    "as_written": ('    as_written: "in{}2018"\n', 4, 17, "'as_written'"),
}
SOURCE_FIELD = 'sources:\n  - id: bbc\n    publisher: "BBC{}News"\n'
# Written as YAML escapes: a line feed, a carriage return, a tab, ESC, DEL, NEL, a line separator.
CONTROLS = {
    "line feed": ("\\n", "a line break"),
    "carriage return": ("\\r", "a line break"),
    "tab": ("\\t", "the control character \\x09"),
    "escape": ("\\e", "the control character \\x1b"),
    "delete": ("\\x7f", "the control character \\x7f"),
    "next line": ("\\N", "a line break"),
    "line separator": ("\\L", "a line break"),
}


def event_store(field: str) -> str:
    return f"events:\n  - id: a\n    date: 2018\n{field}    title: A\n"


@pytest.mark.parametrize("control", CONTROLS, ids=CONTROLS.keys())
@pytest.mark.parametrize("name", FIELDS)
def test_a_one_line_field_holding_a_control_character_is_placed_and_refused(
    runner, write_store, name, control
):
    line_text, line, column, what = FIELDS[name]
    escape, said = CONTROLS[control]
    path = write_store(event_store(line_text.format(escape)))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{path}:{line}:{column}: {what} "), first
    assert f"holds {said}" in first


@pytest.mark.parametrize("control", CONTROLS, ids=CONTROLS.keys())
def test_a_publisher_holding_a_control_character_is_refused(runner, write_store, control):
    escape, said = CONTROLS[control]
    text = SOURCE_FIELD.format(escape) + "events: []\n"
    path = write_store(text)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:3:16: 'publisher' ")
    assert f"holds {said}" in result.stdout


def test_an_account_phrase_is_one_line_too():
    text = (
        "sources:\n  - id: s\nevents:\n  - id: a\n    date: 2018\n    title: A\n"
        "    accounts:\n      - date: 2019\n        sources: [s]\n"
        '        as_written: "in\\n2019"\n'
    )
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "s.yaml")
    assert str(caught.value.problems[0]).startswith("s.yaml:10:21: 'as_written' ")


def test_json_stores_are_held_to_the_same_rule():
    text = json.dumps({"events": [{"id": "a", "date": "2018", "title": "A", "tags": ["x\ny"]}]})
    with pytest.raises(StoreError) as caught:
        parse_store(text.encode(), "s.json", fmt="json")
    assert re.match(r"s\.json:1:\d+: tag 'x\\ny' holds a line break", str(caught.value.problems[0]))


def test_json_lines_stores_too():
    line = json.dumps({"id": "a", "date": "2018", "title": "A", "actors": ["Li\u0007Qiang"]})
    with pytest.raises(StoreError) as caught:
        parse_store(f"{line}\n".encode(), "s.jsonl", fmt="jsonl")
    assert "actor 'Li\\x07Qiang' holds the control character \\x07" in str(caught.value)


def test_an_id_with_a_line_break_is_refused_as_no_slug():
    with pytest.raises(StoreError, match="is not a slug"):
        parse_store(b'events:\n  - id: "a\\nb"\n    date: 2018\n    title: A\n', "s.yaml")


def test_white_space_around_a_name_is_trimmed_not_refused():
    text = 'events:\n  - id: a\n    date: 2018\n    title: A\n    tags: ["\\tvisit\\n"]\n'
    assert parse_store(text.encode(), "s.yaml").events[0].tags == ("visit",)


def test_a_no_break_space_and_joiners_are_text_not_control_characters():
    names = ["Mark\u00a0Carney", "\u0645\u200c\u0627", "\U0001f469\u200d\U0001f52c"]
    text = json.dumps({"events": [{"id": "a", "date": "2018", "title": "A", "actors": names}]})
    assert parse_store(text.encode(), "s.json", fmt="json").events[0].actors == tuple(names)


def test_titles_summaries_and_notes_may_hold_control_characters_and_line_breaks():
    event = {
        "id": "a",
        "date": "2018",
        "title": "A \x1b[1m bold\ttitle",
        "summary": "Two\nlines\r\nand\ta tab \x1b",
        "sources": [{"id": "s", "title": "A\nheadline"}],
        "accounts": [{"date": "2019", "sources": ["s"], "note": "said\nlater"}],
    }
    store = parse_store(json.dumps({"events": [event]}).encode(), "s.json", fmt="json")
    loaded = store.events[0]
    assert loaded.title == event["title"]
    assert loaded.summary == event["summary"]
    assert loaded.sources[0].title == "A\nheadline"
    assert loaded.accounts[0].note == "said\nlater"


def test_a_review_with_such_a_tag_is_refused_at_its_place(runner, tmp_path):
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    review = tmp_path / "review.yaml"
    review.write_text(
        "review: 1\nsources: []\ncandidates:\n  - action: add\n    event:\n"
        "      id: new-one\n      date: 2024-05-01\n      title: New\n"
        '      tags: ["bridge\\nworks"]\n',
        encoding="utf-8",
    )
    before = story.read_bytes()
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    # A review places an event's problems at the field: here the list of tags.
    said = "tag 'bridge\\nworks' holds a line break"
    assert result.stderr.startswith(f"error: {review}:9:13: {said}")
    assert story.read_bytes() == before


def test_add_refuses_an_actor_with_a_line_break(runner, tmp_path):
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    args = ["add", "--store", str(story), "--date", "2024-05-01", "--title", "New"]
    result = runner.invoke(app, [*args, "--actor", "Riverton\nCouncil"])
    assert result.exit_code == 2  # a usage error: the option's value is at fault
    assert story.read_bytes() == (ARTICLES / "story.yaml").read_bytes()
    assert "actor 'Riverton\\nCouncil' holds a line break" in result.stderr


def test_an_expression_broken_over_two_lines_is_written_on_one(runner, tmp_path):
    article = tmp_path / "wrapped.txt"
    article.write_text("Carney met Xi Jinping on 3\nJanuary 2026 in Beijing.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2026-01-14", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert [c["as_written"] for c in json.loads(result.stdout)] == ["on 3 January 2026"]


# The parse cache.


@pytest.fixture
def cached_story(write_store):
    path = write_store('events:\n  - id: a\n    date: 2018\n    title: A\n    tags: ["a\\eb"]\n')
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    return path


def test_a_changed_rules_version_misses_the_cache(write_store, monkeypatch):
    path = write_store("events:\n  - id: a\n    date: 2018\n    title: A\n")
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    load_store(path)
    parsed = []
    real = stores.load_cached

    def spy(path, parse, **options):
        return real(path, lambda: parsed.append(path) or parse(), **options)

    monkeypatch.setattr(stores, "load_cached", spy)
    load_store(path)
    assert parsed == []
    monkeypatch.setattr(rules, "RULES", rules.RULES + 1)
    load_store(path)
    assert parsed == [path]


def test_a_store_cached_under_older_rules_is_checked_under_the_new_ones(cached_story, monkeypatch):
    from carneytl.storage import validate

    with monkeypatch.context() as older:
        # The rules before this one: no control character was looked for; another version.
        older.setattr(validate, "_CONTROL", re.compile("(?!)"))
        older.setattr(rules, "RULES", rules.RULES - 1)
        assert load_store(cached_story).events[0].tags == ("a\x1bb",)
        assert load_store(cached_story).events[0].tags == ("a\x1bb",)  # from the cache
    with pytest.raises(StoreError) as caught:
        load_store(cached_story)
    assert str(caught.value.problems[0]).startswith(f"{cached_story}:5:12: tag ")


# The JSON Schema says the same, for editors.


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    from carneytl.storage.schema import store_schema

    return jsonschema.Draft202012Validator(store_schema())


@pytest.mark.parametrize(
    "fields",
    [
        {"tags": ["a\nb"]},
        {"actors": ["Li\x1bQiang"]},
        {"actors": ["Li\u2028Qiang"]},
        {"location": "Bei\tjing"},
        {"as_written": "on 3\nJanuary"},
    ],
)
def test_the_schema_refuses_a_one_line_field_with_a_control_character(validator, fields):
    assert not validator.is_valid({"events": [{"id": "a", "date": "2018", "title": "A", **fields}]})


def test_the_schema_refuses_a_publisher_with_a_line_break(validator):
    assert not validator.is_valid({"sources": [{"id": "s", "publisher": "A\nB"}], "events": []})


def test_the_schema_takes_one_line_fields_as_loading_does(validator):
    event = {
        "id": "a",
        "date": "2018",
        "title": "A",
        "actors": ["Mark\u00a0Carney", " padded \n", "X"],
        "tags": ["visit"],
        "location": "",
        "as_written": 2018,
        "summary": "Two\nlines",
    }
    assert validator.is_valid({"sources": [{"id": "s", "publisher": None}], "events": [event]})
