"""A store's text is read as written, and what is not text is refused where it is read.

Numbers YAML 1.1 would rewrite keep their written form; lone surrogates, raw control characters
and source urls that are not web addresses are located problems from every command.
"""

from __future__ import annotations

import json
import subprocess
import sys

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.cli import app
from carneytl.errors import StoreError
from carneytl.render.records import records
from carneytl.storage import safeyaml
from carneytl.storage.parsing import parse_store, sniff_format
from carneytl.storage.validate import Checker
from conftest import TODAY


def store(**fields: str) -> str:
    """A YAML store of one event, its fields written plainly as given (id, date, title default)."""
    values = {"id": "a", "date": "2018", "title": "x"} | fields
    return "version: 1\nevents:\n  - " + "\n    ".join(f"{k}: {v}" for k, v in values.items())


def read(text: str, label: str = "s.yaml", fmt: str = "yaml"):
    return parse_store(text.encode("utf-8"), label, fmt=fmt)


def refusal(text: str, label: str = "s.yaml", fmt: str = "yaml") -> list[str]:
    """The problems a store is refused with, as ``LINE:COL: message`` without the label."""
    with pytest.raises(StoreError) as info:
        read(text, label, fmt)
    return [str(p).removeprefix(f"{label}:") for p in info.value.problems]


# --- numbers are kept as written ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("title", "0100"),  # YAML 1.1 octal: 64
        ("title", "0017"),
        ("as_written", "010"),
        ("summary", "0x10"),  # hexadecimal: 16
        ("title", "0x7E2"),
        ("title", "2_018"),  # underscores: 2018
        ("title", "1:20"),  # sexagesimal: 80
        ("title", "-0"),
        ("title", "+5"),
        ("title", "2.50"),  # a float: 2.5
        ("title", "2018."),
        ("title", "1.0e+3"),
        ("title", "0.00001"),
        ("title", ".inf"),
        ("title", ".NaN"),
        ("location", "-0044"),
    ],
)
def test_a_number_yaml_would_rewrite_keeps_its_written_text(field, written):
    (event,) = read(store(**{field: written})).events
    assert getattr(event, field) == written


@pytest.mark.parametrize("written", ["42", "-7", "2018", "2.5", "0.25", "1.0", "0"])
def test_a_number_written_plainly_reads_as_its_text(written):
    (event,) = read(store(title=written)).events
    assert event.title == written


def test_a_year_written_with_a_leading_zero_is_that_year_not_an_octal_number():
    (event,) = read(store(date="0100")).events
    assert event.date.text == "0100"
    assert event.date.start is not None
    assert event.date.start.year == 100


def test_a_plain_year_and_version_are_still_numbers_to_yaml_and_read_as_before():
    document, _ = safeyaml.load(store(date="2018"))
    assert document["version"] == 1
    assert document["events"][0]["date"] == 2018
    assert read(store(date="2018")).events[0].date.text == "2018"


def test_a_date_yaml_would_rewrite_is_refused_naming_what_was_written():
    (problem,) = refusal(store(date="-0044"))
    assert problem.startswith("4:11: '-0044' ")


def test_the_loader_keeps_numbers_only_when_their_text_is_the_one_python_writes():
    document, _ = safeyaml.load("a: [0100, 100, 2.50, 2.5, 1:20, 0x10, -0, !!int 010, !!float 2]")
    assert document["a"] == ["0100", 100, "2.50", 2.5, "1:20", "0x10", "-0", "010", "2"]


def test_a_hexadecimal_number_too_long_to_write_in_decimal_is_kept_as_written():
    written = "0x" + "f" * 4000  # past the digits Python will turn an int into
    (event,) = read(store(title=written)).events
    assert event.title == written


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("written", ["2.50", "-0", "1e5", "1E400", "9" * 5000])
def test_a_number_in_a_json_store_keeps_its_written_text_too(fmt, written):
    text = '{"id": "a", "date": "2018", "title": ' + written + "}"
    (event,) = read(text if fmt == "jsonl" else f"[{text}]", f"s.{fmt}", fmt).events
    assert event.title == written


@pytest.mark.parametrize("written", ["2018", "42", "2.5", "-7"])
def test_a_number_in_a_json_store_written_plainly_reads_as_its_text(written):
    text = '[{"id": "a", "date": 2018, "title": ' + written + "}]"
    (event,) = read(text, "s.json", "json").events
    assert (event.date.text, event.title) == ("2018", written)


def test_a_mapping_key_yaml_would_rewrite_is_named_as_written():
    (problem,) = refusal(store() + "\n    0100: x")
    assert "unknown field '0100'" in problem


def test_the_list_command_prints_a_leading_zero_year_as_written(runner, write_store):
    path = write_store(store(date="0100"), "d.yaml")
    result = runner.invoke(app, ["list", "-s", str(path), "--template", "{date}"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "0100\n"


# --- lone surrogates ----------------------------------------------------------------------------

SURROGATE_JSON = '[{"id":"a","date":"2018","title":"\\ud800"}]\n'
SURROGATE_HINT = "not text; write the character itself"


def test_a_lone_surrogate_in_a_json_store_is_refused_at_its_field():
    assert refusal(SURROGATE_JSON, "s.json", "json") == [
        f"1:34: 'title' holds \\ud800, half of a UTF-16 surrogate pair, {SURROGATE_HINT}"
    ]


def test_a_lone_surrogate_is_found_in_a_list_in_a_source_and_in_a_key():
    text = json.dumps(
        {
            "sources": [{"id": "s", "title": "\udfff"}],
            "events": [{"id": "a", "date": "2018", "title": "x", "actors": ["ok", "\udc00"]}],
            "\ud801": 1,
        },
        indent=1,
    )
    found = refusal(text, "s.json", "json")
    assert [p.split(",")[0] for p in found] == [
        "5:13: 'title' holds \\udfff",
        "15:5: 'actors' holds \\udc00",
        "19:2: unknown top-level key '\\ud801'",
        "19:2: a key holds \\ud801",
    ]


def test_a_lone_surrogate_in_a_json_lines_store_is_refused_on_its_line():
    text = '{"id":"a","date":"2018","title":"ok"}\n{"id":"b","date":"2018","title":"\\udc00"}\n'
    (problem,) = refusal(text, "s.jsonl", "jsonl")
    assert problem.startswith("2:1: 'title' holds \\udc00, half of a UTF-16 surrogate pair")


def test_a_key_written_twice_beside_a_surrogate_escape_is_still_located():
    text = '{"events": [{"id": "a", "date": "2018", "title": "\\ud83c\\udf89", "id": "b"}]}'
    (problem,) = refusal(text, "s.json", "json")
    assert problem.startswith("1:66: duplicate key 'id' (first at line 1)")


def test_a_json_surrogate_pair_is_one_character_and_reads():
    (event,) = read('[{"id":"a","date":"2018","title":"\\ud83c\\udf89"}]', "s.json", "json").events
    assert event.title == "\N{PARTY POPPER}"


def test_a_key_written_twice_as_an_escaped_pair_is_named_as_the_character_it_spells():
    text = (
        '{"version": 1,\n"events": [{"id": "a", "date": "2018", "title": "x",\n'
        '"\\ud83d\\ude00": {"b": 1}, "\\ud83d\\ude00": 2}]}'
    )
    assert refusal(text, "k.json", "json") == [
        "3:1: unknown field '\N{GRINNING FACE}'",
        "3:27: duplicate key '\N{GRINNING FACE}' (first at line 3); JSON would keep only the last",
    ]


def test_a_lone_surrogate_key_written_twice_is_named_by_its_escape():
    text = '[{"id": "a", "date": "2018", "title": "x", "\\udc00": 1, "\\udc00": 2}]'
    found = refusal(text, "k.json", "json")
    assert "1:57: duplicate key '\\udc00' (first at line 1); JSON would keep only the last" in found


def test_a_private_use_key_written_twice_is_named_as_itself():
    # One of the private characters that stand in for surrogate escapes while they are placed.
    text = '[{"id": "a", "date": "2018", "title": "x", "\ue83d": 1, "\ue83d": 2}]'
    found = refusal(text, "k.json", "json")
    assert "1:52: duplicate key '\\ue83d' (first at line 1); JSON would keep only the last" in found


def test_check_json_writes_a_lone_surrogate_key_as_the_text_of_its_escape(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(
        '{"version":1,"events":[{"id":"a","date":"2018","title":"x","\\ud800k":1}]}',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "check", str(path), "--format", "json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, b"")
    problems = json.loads(done.stdout.decode("utf-8"))
    assert [(p["field"], p["message"]) for p in problems] == [
        ("\\ud800k", "unknown field '\\ud800k'"),
        ("\\ud800k", f"a key holds \\ud800, half of a UTF-16 surrogate pair, {SURROGATE_HINT}"),
    ]


def test_json_lines_whose_first_line_holds_a_huge_integer_are_sniffed_as_json_lines(runner):
    huge = "1" * 4400  # past the 4,300 digits Python reads as a number
    lines = (
        f'{{"id":"a","date":"2018","title":"x","n":{huge}}}\n'
        '{"id":"b","date":"2019","title":"y"}\n'
    )
    assert sniff_format(lines.encode()) == "jsonl"
    result = runner.invoke(app, ["check", "-"], input=lines)
    assert result.exit_code == 1
    assert result.stdout == "<stdin>:1:1: unknown field 'n'\n1 problem in <stdin>\n"


def test_a_surrogate_escape_in_yaml_is_refused_at_the_escape():
    (problem,) = refusal(store(title='"x\\udc00y"'))
    assert problem == (
        "5:14: the escape \\udc00 is half of a UTF-16 surrogate pair, not a character; "
        "write the character itself"
    )


def test_a_surrogate_pair_escaped_in_yaml_is_refused_with_the_one_escape_yaml_takes():
    (problem,) = refusal(store(title='"x\\ud83c\\udf89"'))
    assert problem.startswith("5:14: the escape \\ud83c is half of a UTF-16 surrogate pair")
    assert problem.endswith("or the one escape \\U0001F389")


def test_the_surrogate_walk_names_the_field_of_any_document():
    # What PyYAML's pure-Python reader gives for `"\ud800"`, where libyaml is not installed.
    checker = Checker("s.yaml")
    checker.check_unicode([{"id": "a", "date": "2018", "title": "x", "tags": ["\ud800"]}])
    (issue,) = checker.issues
    assert issue.loc == ("events", 0, "tags", 0)
    assert issue.message == "'tags' holds \\ud800, half of a UTF-16 surrogate pair, not text"


@pytest.mark.parametrize(
    "command",
    [["check"], ["list", "--json"], ["list"], ["list", "-f", "csv"], ["timeline"], ["show", "a"]],
)
def test_every_command_refuses_a_store_holding_a_lone_surrogate(runner, write_store, command):
    path = write_store(SURROGATE_JSON, "s.json")
    where = [str(path)] if command == ["check"] else ["-s", str(path)]
    result = runner.invoke(app, [*command, *where])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{path}:1:34: 'title' holds \\ud800, half of a UTF-16 surrogate pair" in result.output


# Text with lone surrogates among other characters, and surrogate pairs by chance.
any_character = st.one_of(st.characters(categories=["Cs"]), st.characters())
any_text = st.lists(any_character, max_size=4).map("".join)


@settings(max_examples=80, deadline=None)
@given(
    st.fixed_dictionaries(
        {"id": st.just("a"), "date": st.just("2018"), "title": any_text},
        optional={
            "summary": any_text,
            "actors": st.lists(any_text, max_size=2),
            "sources": st.lists(st.fixed_dictionaries({"id": st.just("s"), "title": any_text})),
        },
    ),
    st.sampled_from(["json", "jsonl"]),
    st.booleans(),
)
def test_a_json_store_read_holds_only_text_any_output_can_encode(event, fmt, ascii_escapes):
    text = json.dumps(event if fmt == "jsonl" else [event], ensure_ascii=ascii_escapes)
    # Written raw, a surrogate is three bytes that are not UTF-8; escaped, it is `\ud800`.
    data = text.encode("utf-8", "surrogatepass")
    try:
        loaded = parse_store(data, f"s.{fmt}", fmt=fmt)
    except StoreError:
        return
    # render/json.py and the cache write with orjson, which takes valid Unicode only.
    orjson.dumps(records(loaded.events, TODAY))


def test_an_added_event_holding_a_byte_that_is_not_utf8_is_refused(runner, write_store):
    path = write_store(store())
    before = path.read_text(encoding="utf-8")
    # What Python makes of the argument bytes `bad\xffx`.
    result = runner.invoke(app, ["add", "-s", str(path), "--date", "2019", "--title", "bad\udcffx"])
    assert result.exit_code != 0
    assert "'title' holds the byte 0xff, which is not UTF-8 text" in result.stderr
    assert path.read_text(encoding="utf-8") == before


# --- control characters -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('"x\x7fy"', "5:14: control character U+007F is not allowed in a store"),
        ('"x\x1by"', "5:14: control character U+001B is not allowed in a store"),
        ("x\x9by", "5:13: control character U+009B is not allowed in a store"),
        ("'é中\x01'", "5:15: control character U+0001 is not allowed in a store"),
        ("x\ufffe", "5:13: U+FFFE is not a character and is not allowed in a store; delete it"),
    ],
)
def test_a_raw_control_character_in_yaml_is_refused_at_its_place(title, expected):
    (problem,) = refusal(store(title=title))
    assert problem.startswith(expected)


def test_a_control_character_problem_says_how_to_write_one_that_is_meant():
    (problem,) = refusal(store(title='"x\x7fy"'))
    assert problem.endswith(
        "; delete it, or if it is meant, write it as the escape \\x7f inside double quotes"
    )


def test_a_control_character_is_reported_on_one_line_in_carneytls_words(tmp_path):
    path = tmp_path / "del.yaml"
    path.write_text(store(title='"x\x7fy"') + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "list", "-s", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"error: {path}:5:14: control character U+007F is not allowed")
    assert "unicode string" not in line


# --- source urls --------------------------------------------------------------------------------


def with_source(url: str) -> str:
    return (
        f"version: 1\nsources:\n  - id: s\n    url: {url}\n"
        "events:\n  - id: a\n    date: 2018\n    title: x\n    sources: [s]\n"
    )


URL_HINT = "write the page's full address, starting with https:// (or http://)"


@pytest.mark.parametrize(
    "url",
    [
        '"javascript:alert(1)"',
        "JavaScript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "/news/articles/x",
        "www.bbc.com/news",
        "https://",
        "https:///path",
        "http://user@/x",
        '"https://exa mple.com/"',
        '"http://[::1"',
        "5",
    ],
)
def test_a_source_url_that_is_not_a_web_address_is_refused_at_its_value(url):
    (problem,) = refusal(with_source(url))
    assert problem.startswith("4:10: 'url' ")
    assert problem.endswith(f"is not a web address (http or https); {URL_HINT}")


def test_a_source_url_with_a_control_character_is_refused_with_the_character_named():
    (problem,) = refusal(with_source('"https://example.com/\\tx"'))
    assert problem.startswith("4:10: 'url' 'https://example.com/\\tx' holds a control character")
    assert "(HT, U+0009)" in problem


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bbc.com/news/articles/x?y=1&z=2#top",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/",
        "https://zh.wikipedia.org/wiki/中国",
        "http://[::1]:8080/x",
        '""',
        "null",
    ],
)
def test_a_source_url_that_is_a_web_address_or_empty_is_kept(url):
    (event,) = read(with_source(url)).events
    assert event.sources[0].url == (None if url == "null" else url.strip('"'))


def test_an_inline_source_url_is_checked_too():
    text = store() + "\n    sources: [{id: s, url: 'javascript:x'}]"
    (problem,) = refusal(text)
    assert problem.startswith("6:28: 'url' 'javascript:x' is not a web address")
