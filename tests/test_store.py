"""Specification of stores: what loads, how YAML values are read, where each problem is reported."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.errors import StoreError
from carneytl.model import Precision
from carneytl.render.records import records
from carneytl.storage.parsing import parse_store
from carneytl.storage.stores import load_store, load_stores
from carneytl.storage.validate import EVENT_KEYS, SOURCE_KEYS
from conftest import TODAY

GOOD = """\
version: 1
sources:
  - id: bbc-2026-01-14
    title: "Canada's Mark Carney faces delicate balancing act in China visit"
    publisher: BBC News
    published: 2026-01-14
    url: null
events:
  - id: meng-arrest
    date: 2018-12-01
    title: Meng Wanzhou is arrested
    summary: In Vancouver.
    actors: [Canada, United States]
    tags: [huawei, detention]
    location: Vancouver
    sources: [bbc-2026-01-14]
    as_written: in 2018
  - id: trudeau-visit
    date: 2017-12-03/2017-12-07
    title: Trudeau visits China
  - id: a-year
    date: 2017
    title: Something in 2017
"""


def problems(text: str, write_store, name: str = "store.yaml") -> list[str]:
    """Load a store that must fail and return its problems as PATH-less 'LINE:COL: message'."""
    path = write_store(textwrap.dedent(text), name)
    with pytest.raises(StoreError) as info:
        load_store(path)
    lines = [str(p) for p in info.value.problems]
    assert all(line.startswith(f"{path}") for line in lines)
    return [line.removeprefix(f"{path}:") for line in lines]


def one_problem(text: str, write_store, name: str = "store.yaml") -> str:
    found = problems(text, write_store, name)
    assert len(found) == 1, found
    return found[0]


# --- what loads --------------------------------------------------------------------------------


def test_a_valid_store_loads_its_events_in_file_order_with_sources_resolved(write_store):
    store = load_store(write_store(GOOD))
    assert [e.id for e in store.events] == ["meng-arrest", "trudeau-visit", "a-year"]
    meng = store.events[0]
    assert meng.title == "Meng Wanzhou is arrested"
    assert meng.summary == "In Vancouver."
    assert meng.actors == ("Canada", "United States")
    assert meng.tags == ("huawei", "detention")
    assert meng.location == "Vancouver"
    assert meng.as_written == "in 2018"
    (source,) = meng.sources
    assert source.id == "bbc-2026-01-14"
    assert source.publisher == "BBC News"
    assert source.url is None


def test_optional_fields_default_to_empty(write_store):
    visit = load_store(write_store(GOOD)).events[1]
    assert visit.summary is None
    assert visit.actors == ()
    assert visit.tags == ()
    assert visit.location is None
    assert visit.sources == ()
    assert visit.as_written is None


def test_yaml_dates_and_years_are_read_as_if_quoted(write_store):
    store = load_store(write_store(GOOD))
    meng, visit, year = store.events
    assert meng.date.text == "2018-12-01"
    assert meng.date.precision is Precision.DAY
    assert visit.date.text == "2017-12-03/2017-12-07"
    assert year.date.text == "2017"
    assert (year.date.start, year.date.end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    assert store.sources["bbc-2026-01-14"].published == "2026-01-14"


def test_quoted_and_unquoted_dates_load_the_same(write_store):
    quoted = GOOD.replace("date: 2018-12-01", 'date: "2018-12-01"').replace(
        "date: 2017\n", 'date: "2017"\n'
    )
    assert load_store(write_store(quoted)).events == load_store(write_store(GOOD, "b.yaml")).events


def test_a_top_level_list_is_a_list_of_events(write_store):
    store = load_store(write_store("- id: a\n  date: 2018\n  title: A\n"))
    assert [e.id for e in store.events] == ["a"]


def test_an_event_may_give_a_source_inline(write_store):
    text = (
        "events:\n  - id: a\n    date: 2018\n    title: A\n    sources: [{id: s, publisher: P}]\n"
    )
    (event,) = load_store(write_store(text)).events
    assert event.sources[0].publisher == "P"


def test_the_embedded_store_loads_when_no_path_is_given():
    assert load_store(None).events


# --- where problems are reported --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            """\
            events:
              - id: a
                date: 2018-02-30
                title: A
            """,
            "3:11: '2018-02-30' is not a real day: February 2018 has 28 days",
        ),
        (
            """\
            events:
              - id: a
                date: 2019-02-29
                title: A
            """,
            "3:11: '2019-02-29' is not a real day: February 2019 has 28 days",
        ),
        (
            """\
            events:
              - id: a
                date: "2018-13"
                title: A
            """,
            "3:11: '2018-13' is not a date: there is no month 13",
        ),
        (
            """\
            events:
              - id: a
                date: 2019/2018
                title: A
            """,
            "3:11: '2019/2018' ends before it starts",
        ),
        (
            """\
            events:
              - id: a
                date: 2018-12-01 10:00:00
                title: A
            """,
            "3:11: 'date' has a time of day",
        ),
        (
            """\
            events:
              - id: a
                date: [2018]
                title: A
            """,
            "3:11: 'date' must be a date, not a list",
        ),
        (
            """\
            events:
              - id: a
                title: A
            """,
            "2:5: missing required field 'date'",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
            """,
            "2:5: missing required field 'title'",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: "  "
            """,
            "4:12: 'title' is empty",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: "one\\ntwo"
            """,
            "4:12: 'title' must be one line",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: yes
            """,
            "4:12: 'title' must be text, not a boolean",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
                location: no
            """,
            "5:15: 'location' must be text, not a boolean; YAML reads yes/no",
        ),
        (
            """\
            events:
              - date: 2018
                title: A
            """,
            "2:5: an event has no 'id'",
        ),
        (
            """\
            events:
              - id: Not_A_Slug
                date: 2018
                title: A
            """,
            "2:9: id 'Not_A_Slug' is not a slug",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
                colour: red
            """,
            "5:5: unknown field 'colour'",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
                tag: [x]
            """,
            "5:5: unknown field 'tag' (did you mean 'tags'?)",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
                tags: huawei
            """,
            "5:11: 'tags' must be a list",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
                actors: [Canada, 3]
            """,
            "5:22: each of 'actors' must be text, not a number (3); put it in quotes",
        ),
        (
            """\
            sources:
              - id: bbc
            events:
              - id: a
                date: 2018
                title: A
                sources: [bbc, bcc]
            """,
            "7:20: unknown source 'bcc' (did you mean 'bbc'?)",
        ),
        (
            """\
            sources:
              - id: bbc
                published: 2026-13
            events: []
            """,
            "3:16: 'published': '2026-13' is not a date",
        ),
        (
            """\
            sources:
              - id: s
                publisher: A
              - id: s
                publisher: B
            events: []
            """,
            "4:9: duplicate source id 's' (first defined at line 2)",
        ),
        (
            """\
            events:
              - id: a
                date: 2018
                title: A
              - id: a
                date: 2019
                title: B
            """,
            "5:9: duplicate event id 'a' (first defined at line 2)",
        ),
        (
            """\
            events:
              - just text
            """,
            "2:5: an event must be a mapping, not a str",
        ),
        (
            """\
            version: 2
            events: []
            """,
            "1:10: unsupported store version 2",
        ),
        (
            """\
            version: 1
            events: []
            event: []
            """,
            "3:1: unknown top-level key 'event' (did you mean 'events'?)",
        ),
        (
            """\
            events: {a: 1}
            """,
            "1:9: 'events' must be a list",
        ),
        (
            """\
            just a string
            """,
            "1:1: the top level must be a mapping",
        ),
    ],
)
def test_each_validation_problem_is_located_at_its_line_and_column(text, expected, write_store):
    assert one_problem(text, write_store).startswith(expected)


def test_every_problem_in_a_store_is_reported_at_once(write_store):
    found = problems(
        """\
        events:
          - id: a
            date: 2018-13
            title: A
          - id: b
            date: 2018
          - id: Bad
            date: 2018
            title: C
        """,
        write_store,
    )
    assert [line.split(":", 2)[:2] for line in found] == [["3", "11"], ["5", "5"], ["7", "9"]]


def test_a_valid_event_next_to_an_invalid_one_does_not_hide_the_problem(write_store):
    with pytest.raises(StoreError):
        load_store(write_store(GOOD + "  - id: bad\n    date: 2018-00\n    title: X\n"))


# --- files that are not stores ----------------------------------------------------------------


def test_a_missing_file_is_one_problem_naming_the_path(tmp_path):
    path = tmp_path / "nope.yaml"
    with pytest.raises(StoreError) as info:
        load_store(path)
    assert [str(p) for p in info.value.problems] == [f"{path}: no such file"]


def test_a_directory_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        load_store(tmp_path)


@pytest.mark.parametrize(("content", "message"), [(b"", "is empty"), (b"  \n\n", "is empty")])
def test_an_empty_file_is_not_a_store(tmp_path, content, message):
    path = tmp_path / "empty.yaml"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        load_store(path)


def test_a_binary_file_is_not_a_store(tmp_path):
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(StoreError, match="binary"):
        load_store(path)


def test_text_that_is_not_utf8_is_located_at_its_first_bad_byte(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"events:\n  - id: a\n    title: Montr\xe9al\n")
    with pytest.raises(StoreError) as info:
        load_store(path)
    assert str(info.value.problems[0]) == f"{path}:3:17: is not UTF-8 text (byte 0xe9)"


def test_a_utf8_byte_order_mark_is_ignored(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeff".encode() + GOOD.encode())
    assert len(load_store(path).events) == 3


def test_invalid_yaml_is_located_where_the_parser_stopped(write_store):
    found = one_problem("events:\n  - id: a\n    date: 2018\n   title: x\n", write_store)
    assert found.startswith("4:4: invalid YAML:")


def test_yaml_tags_that_build_python_objects_are_refused(write_store):
    found = one_problem("events: !!python/object/apply:os.system [echo hi]\n", write_store)
    assert "invalid YAML" in found


# --- JSON and JSON Lines ----------------------------------------------------------------------

LINE_A = '{"id": "a", "date": "2018", "title": "A"}'


def test_a_json_store_loads_like_the_yaml_one(write_store):
    data = {
        "version": 1,
        "sources": [{"id": "s", "publisher": "P"}],
        "events": [{"id": "a", "date": "2018-12", "title": "A", "sources": ["s"]}],
    }
    (event,) = load_store(write_store(json.dumps(data), "store.json")).events
    assert event.date.precision is Precision.MONTH
    assert event.sources[0].publisher == "P"


def test_invalid_json_is_located_at_line_and_column(write_store):
    found = one_problem('{"events": [\n  {"id": "a",}\n]}', write_store, "store.json")
    assert found.startswith("2:14: invalid JSON:")


def test_a_json_validation_problem_is_located_at_its_value(write_store):
    text = '{"events": [\n  {"id": "a", "date": "2018-13", "title": "A"}\n]}'
    assert one_problem(text, write_store, "store.json").startswith("2:23: '2018-13' is not a date")


def test_a_json_lines_store_holds_one_event_per_line_and_skips_blank_lines(write_store):
    text = (
        '{"id": "a", "date": "2018", "title": "A"}\n\n{"id": "b", "date": "2019", "title": "B"}\n'
    )
    store = load_store(write_store(text, "store.jsonl"))
    assert [e.id for e in store.events] == ["a", "b"]


def test_a_json_lines_problem_is_located_at_its_line(write_store):
    text = f'{LINE_A}\n\n{{"id": "b", "date": "2018-13", "title": "B"}}\n'
    assert one_problem(text, write_store, "store.jsonl").startswith("3:1: '2018-13' is not a date")


def test_a_json_lines_line_that_is_not_json_is_located(write_store):
    text = f"{LINE_A}\n{{bad\n"
    assert one_problem(text, write_store, "store.ndjson").startswith("2:2: invalid JSON:")


def test_a_key_written_twice_in_a_json_store_is_a_problem_at_the_second(write_store):
    text = '{"events": [\n  {"id": "a", "date": "2018",\n   "title": "A", "title": "B"}\n]}'
    assert one_problem(text, write_store, "store.json") == (
        "3:18: duplicate key 'title' (first at line 3); JSON would keep only the last"
    )


def test_a_key_written_twice_on_a_json_lines_line_is_located_on_that_line(write_store):
    text = f'{LINE_A}\n\n{{"id": "b", "date": "2018", "title": "B", "id": "c"}}\n'
    assert one_problem(text, write_store, "store.jsonl") == (
        "3:43: duplicate key 'id' (first at line 3); JSON would keep only the last"
    )


def test_a_repeated_json_key_that_yaml_cannot_place_is_still_reported(write_store, monkeypatch):
    # Places come from reading the JSON again as YAML; some valid JSON is beyond libyaml.
    from carneytl.storage import safeyaml

    def unreadable(text):
        raise yaml.YAMLError(text[:10])

    monkeypatch.setattr(safeyaml, "load", unreadable)
    text = '{"events": [{"id": "a", "date": "2018", "title": "A", "title": "C"}]}'
    found = one_problem(text, write_store, "store.json")
    assert found.strip() == "writes a key twice in one object; JSON would keep only the last"


def test_a_repeated_json_lines_key_that_yaml_cannot_place_is_reported_on_its_line(
    write_store, monkeypatch
):
    from carneytl.storage import safeyaml

    def unreadable(text):
        raise yaml.YAMLError(text[:10])

    monkeypatch.setattr(safeyaml, "load", unreadable)
    text = f'{LINE_A}\n{{"id": "b", "date": "2018", "title": "B", "title": "C"}}\n'
    found = one_problem(text, write_store, "store.jsonl")
    assert found == "2: writes a key twice in one object; JSON would keep only the last"


@pytest.mark.parametrize("name", ["out.json", "out.jsonl"])
def test_carneytl_json_output_loads_back_as_a_store(write_store, name):
    original = load_store(write_store(GOOD)).events
    recs = records(original, TODAY)
    text = (
        json.dumps(recs) if name.endswith(".json") else "".join(json.dumps(r) + "\n" for r in recs)
    )
    assert load_store(write_store(text, name)).events == original


# --- several stores ---------------------------------------------------------------------------


def test_several_stores_merge_their_events(write_store):
    first = write_store("- id: a\n  date: 2018\n  title: A\n", "one.yaml")
    second = write_store("- id: b\n  date: 2019\n  title: B\n", "two.yaml")
    assert [e.id for e in load_stores([first, second])] == ["a", "b"]


def test_the_same_event_id_in_two_stores_is_a_problem(write_store):
    first = write_store("- id: a\n  date: 2018\n  title: A\n", "one.yaml")
    second = write_store("- id: a\n  date: 2019\n  title: B\n", "two.yaml")
    with pytest.raises(StoreError, match="'a' is also in"):
        load_stores([first, second])


def test_parse_store_names_its_input_by_the_label_given():
    with pytest.raises(StoreError) as info:
        parse_store(b"events: [1]", "<stdin>")
    assert str(info.value.problems[0]).startswith("<stdin>:1:10:")


# --- properties -------------------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.dates(),
    st.sampled_from(["2018", "2018-12", "2018-02-30", "../..", "2018/..", "bbc", "a-b"]),
)
KEYS = st.sampled_from([*EVENT_KEYS, *SOURCE_KEYS, "version", "events", "status", "x"])
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)),
    max_leaves=25,
)


def encode(document, fmt: str) -> bytes:
    if fmt == "yaml":
        return yaml.safe_dump(document).encode()
    if fmt == "json":
        return json.dumps(document, default=str).encode()
    lines = document if isinstance(document, list) else [document]
    return "\n".join(json.dumps(line, default=str) for line in lines).encode()


def outcome(data: bytes, fmt: str) -> tuple[str, ...] | None:
    """Parse a store; None when it is valid, else its problems as text."""
    try:
        parse_store(data, "doc", fmt=fmt)
    except StoreError as exc:
        return tuple(str(p) for p in exc.problems)
    return None


@settings(max_examples=100)
@given(DOCUMENTS, st.sampled_from(["yaml", "json", "jsonl"]))
def test_any_document_gives_a_store_or_located_problems_never_another_error(document, fmt):
    problems = outcome(encode(document, fmt), fmt)
    assert problems is None or (problems and all(p.startswith("doc") for p in problems))


@settings(max_examples=50)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_arbitrary_bytes_give_a_store_or_problems_never_another_error(data):
    for fmt in ("yaml", "json", "jsonl"):
        assert outcome(data, fmt) != ()


def test_every_json_record_field_is_a_store_key_or_one_the_store_recomputes():
    # carneytl's JSON output must load back as a store: no field it writes may be unknown there.
    from carneytl.render.records import FIELDS
    from carneytl.storage.validate import DERIVED_KEYS

    assert set(FIELDS) == set(EVENT_KEYS) | set(DERIVED_KEYS)
    assert not set(EVENT_KEYS) & set(DERIVED_KEYS)
