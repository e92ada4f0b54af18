"""Store text holds no control characters: one-line fields none, summaries and notes only layout.

A tag with a line break in it passed every check and then matched no `--tag` anyone could
type; a title with an ESC in it reached csv, ics and templates raw. Such text is refused where
it is, at PATH:LINE:COL, with the character named; summaries and notes keep their tabs and line
feeds. The rules are part of the parse cache's key, so a store cached before a rule changed is
checked again under the new one.
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
    "line feed": ("\\n", "a line break (LF, U+000A)"),
    "carriage return": ("\\r", "a line break (CR, U+000D)"),
    "tab": ("\\t", "a control character (HT, U+0009)"),
    "escape": ("\\e", "a control character (ESC, U+001B)"),
    "delete": ("\\x7f", "a control character (DEL, U+007F)"),
    "next line": ("\\N", "a line break (NEL, U+0085)"),
    "line separator": ("\\L", "a line break (LINE SEPARATOR, U+2028)"),
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
    assert "actor 'Li\\x07Qiang' holds a control character (BEL, U+0007)" in str(caught.value)


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


# Titles (an event's, a source's) and addresses are one line too: C0 and C1 controls and DEL.
TITLE_CONTROLS = {
    "escape": ("\x1b", "a control character (ESC, U+001B)"),
    "bell": ("\x07", "a control character (BEL, U+0007)"),
    "null": ("\x00", "a control character (NUL, U+0000)"),
    "tab": ("\t", "a control character (HT, U+0009)"),
    "delete": ("\x7f", "a control character (DEL, U+007F)"),
    "csi": ("\x9b", "a control character (CSI, U+009B)"),
}


def json_problems(document, name="s.json"):
    with pytest.raises(StoreError) as caught:
        parse_store(json.dumps(document).encode(), name, fmt="json")
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("control", TITLE_CONTROLS, ids=TITLE_CONTROLS.keys())
def test_an_event_title_holding_a_control_character_is_refused_and_named(control):
    char, said = TITLE_CONTROLS[control]
    title = f"x{char}[31my"
    (found,) = json_problems({"events": [{"id": "a", "date": "2018", "title": title}]})
    assert f"'title' {title!r} holds {said}; write it as one line" in found


@pytest.mark.parametrize("char", ["\n", "\r", "\x0b", "\x85"])
def test_a_title_with_a_line_break_is_told_to_put_detail_in_the_summary(char):
    (found,) = json_problems({"events": [{"id": "a", "date": "2018", "title": f"a{char}b"}]})
    assert "'title' must be one line, but it holds a line break (" in found
    assert found.endswith("; put detail in 'summary'")


def test_a_title_keeps_the_unicode_separators_it_always_could():
    title = "Line\u2028and\u2029paragraph"
    store = parse_store(json.dumps({"events": [{"id": "a", "date": "2018", "title": title}]})
                        .encode(), "s.json", fmt="json")  # fmt: skip
    assert store.events[0].title == title


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("title", "A\x1bheadline", "'title' 'A\\x1bheadline' holds a control character (ESC"),
        ("title", "A\nheadline", "'title' 'A\\nheadline' holds a line break (LF, U+000A)"),
        ("url", "https://x.org/\x1b", "'url' 'https://x.org/\\x1b' holds a control character"),
        ("publisher", "B\x9bC", "'publisher' 'B\\x9bC' holds a control character (CSI, U+009B)"),
    ],
)
def test_a_sources_one_line_fields_refuse_control_characters(field, value, said):
    document = {"sources": [{"id": "s", field: value}], "events": []}
    (found,) = json_problems(document)
    assert said in found


def test_summaries_and_notes_keep_tabs_and_line_feeds():
    event = {
        "id": "a",
        "date": "2018",
        "title": "A title",
        "summary": "Two\nlines\r\nand\ta tab",
        "sources": [{"id": "s", "title": "A headline"}],
        "accounts": [{"date": "2019", "sources": ["s"], "note": "said\nlater\tby"}],
    }
    loaded = parse_store(json.dumps({"events": [event]}).encode(), "s.json", fmt="json").events[0]
    assert loaded.summary == event["summary"]
    assert loaded.accounts[0].note == "said\nlater\tby"


@pytest.mark.parametrize(
    ("char", "said"),
    [
        ("\x1b", "a control character (ESC, U+001B)"),
        ("\x0c", "a control character (FF, U+000C)"),
        ("\x85", "a control character (NEL, U+0085)"),
        ("\x7f", "a control character (DEL, U+007F)"),
        ("\r", "a carriage return without a line feed (CR, U+000D)"),
    ],
)
@pytest.mark.parametrize("field", ["summary", "note"])
def test_summaries_and_notes_refuse_the_other_controls(field, char, said):
    text = f"one{char}two"
    event = {"id": "a", "date": "2018", "title": "A", "sources": ["s"]}
    if field == "summary":
        event["summary"] = text
    else:
        event["accounts"] = [{"date": "2019", "sources": ["s"], "note": text}]
    (found,) = json_problems({"sources": [{"id": "s"}], "events": [event]})
    assert f"{field!r} {text!r} holds {said}; tabs and line feeds may stay" in found


def test_every_control_has_its_name_and_code():
    from carneytl.storage.controls import name

    assert [name(c) for c in "\x00\x1b\x1f\x7f\x80\x9b\x9f\u2028"] == [
        "NUL, U+0000",
        "ESC, U+001B",
        "US, U+001F",
        "DEL, U+007F",
        "PAD, U+0080",
        "CSI, U+009B",
        "APC, U+009F",
        "LINE SEPARATOR, U+2028",
    ]
    assert name("\u00ad") == "U+00AD"  # not a control: its code alone


STORY_TITLE = "x\x1b[31my"


def _refused_with_the_escape_named(result):
    assert result.exit_code != 0, result.output
    assert "holds a control character (ESC, U+001B)" in result.stderr
    assert "\x1b" not in result.output  # the message shows it escaped, never raw


def test_add_refuses_a_title_with_an_escape_and_writes_nothing(runner, tmp_path):
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    args = ["add", "--store", str(story), "--date", "2021", "--title", STORY_TITLE]
    result = runner.invoke(app, args)
    assert result.exit_code == 2  # the option's value is at fault
    _refused_with_the_escape_named(result)
    assert story.read_bytes() == (ARTICLES / "story.yaml").read_bytes()


def test_check_and_loading_refuse_a_stored_title_with_an_escape(runner, write_store):
    path = write_store('events:\n  - id: a\n    date: 2018\n    title: "x\\e[31my"\n')
    checked = runner.invoke(app, ["check", str(path)])
    assert checked.exit_code == 1
    assert checked.stdout.startswith(f"{path}:4:12: 'title' 'x\\x1b[31my' holds a control")
    listed = runner.invoke(app, ["list", "--store", str(path), "-f", "csv"])
    assert (listed.exit_code, listed.stdout) == (1, "")
    assert "holds a control character (ESC, U+001B)" in listed.stderr


def test_accept_refuses_a_review_whose_title_holds_an_escape(runner, tmp_path):
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    review = tmp_path / "review.yaml"
    review.write_text(
        "review: 1\nsources: []\ncandidates:\n  - action: add\n    event:\n"
        '      id: new-one\n      date: 2024-05-01\n      title: "x\\e[31my"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    _refused_with_the_escape_named(result)
    assert result.stderr.startswith(f"error: {review}:8:")
    assert story.read_bytes() == (ARTICLES / "story.yaml").read_bytes()


@pytest.mark.parametrize("where", ["headline", "group", "text"])
def test_import_refuses_a_slide_with_an_escape_at_its_number(runner, tmp_path, where):
    words = {"headline": "Fine", "text": "<p>Fine.</p>"}
    slide = {"start_date": {"year": 2024}, "text": words, "group": "fine"}
    if where == "group":
        slide["group"] = STORY_TITLE
    else:
        words[where] = STORY_TITLE
    timeline = tmp_path / "t.json"
    timeline.write_text(json.dumps({"events": [{"start_date": {"year": 2023}, "text": {
        "headline": "Clean"}}, slide]}), encoding="utf-8")  # fmt: skip
    result = runner.invoke(app, ["import", str(timeline), "--store", str(ARTICLES / "story.yaml")])
    assert result.exit_code == 1
    _refused_with_the_escape_named(result)
    assert f"{timeline}: slide 2: " in result.stderr


def test_edit_refuses_a_title_given_an_escape_and_keeps_the_store(runner, tmp_path, monkeypatch):
    import shlex
    import sys
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the refused text is kept
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\n"
        "lines = open(sys.argv[1], encoding='utf-8').read().splitlines(True)\n"
        "at = next(n for n, line in enumerate(lines) if line.startswith('title: '))\n"
        "lines[at] = 'title: \"x' + chr(92) + 'e[31my\"\\n'  # a YAML escape: ESC\n"
        "open(sys.argv[1], 'w', encoding='utf-8').write(''.join(lines))\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(editor))}")
    event_id = parse_store(story.read_bytes(), "s.yaml").events[0].id
    result = runner.invoke(app, ["edit", event_id, "-s", str(story)])
    assert result.exit_code == 1
    _refused_with_the_escape_named(result)
    assert story.read_bytes() == (ARTICLES / "story.yaml").read_bytes()


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
    from carneytl.storage import controls

    with monkeypatch.context() as older:
        # The rules before this one: no control character was looked for; another version.
        older.setattr(controls, "ONE_LINE", re.compile("(?!)"))
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
        {"title": "x\x1b[31my"},
        {"title": "A\x9b"},
        {"summary": "bell\x07"},
        {"summary": "a lone\rreturn"},
    ],
)
def test_the_schema_refuses_a_one_line_field_with_a_control_character(validator, fields):
    assert not validator.is_valid({"events": [{"id": "a", "date": "2018", "title": "A", **fields}]})


@pytest.mark.parametrize(
    "source",
    [{"publisher": "A\nB"}, {"title": "A\x1bB"}, {"url": "https://x.org/\x1b"}],
)
def test_the_schema_refuses_a_sources_one_line_field_with_a_control_character(validator, source):
    assert not validator.is_valid({"sources": [{"id": "s", **source}], "events": []})


def test_the_schema_takes_one_line_fields_as_loading_does(validator):
    event = {
        "id": "a",
        "date": "2018",
        "title": "A",
        "actors": ["Mark\u00a0Carney", " padded \n", "X"],
        "tags": ["visit"],
        "location": "",
        "as_written": 2018,
        "summary": "Two\nlines\r\nand\ta tab",
    }
    assert validator.is_valid({"sources": [{"id": "s", "publisher": None}], "events": [event]})


def test_source_add_refuses_a_title_with_an_escape_and_writes_nothing(runner, tmp_path):
    story = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", story)
    args = ["source", "add", "-s", str(story), "--publisher", "Wire", "--title", STORY_TITLE]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    _refused_with_the_escape_named(result)
    assert story.read_bytes() == (ARTICLES / "story.yaml").read_bytes()


@pytest.mark.parametrize("key", ["events", "sources"])
def test_an_id_with_a_control_character_is_no_slug_and_the_character_is_named(key):
    item = {"id": "a\x1bb", "date": "2018", "title": "A"} if key == "events" else {"id": "a\x1bb"}
    document = {"events": [item]} if key == "events" else {"sources": [item], "events": []}
    (found,) = json_problems(document)
    said = "id 'a\\x1bb' is not a slug: it holds a control character (ESC, U+001B); use lower"
    assert said in found
