"""`carneytl check`: every problem at once, as PATH:LINE:COL lines or JSON objects."""

from __future__ import annotations

import json

import pytest

from carneytl.cli import app

CLEAN = """\
version: 1
sources:
  - id: bbc
    title: BBC
events:
  - id: a
    date: 2018-12-01
    title: First
    sources: [bbc]
  - id: b
    date: 2019
    title: Second
"""

BROKEN = """\
version: 2
sourcs: []
sources:
  - id: bbc
events:
  - id: a
    titel: x
    date: 2018-02-30
  - id: a
    date: 2018-13
    title: [1, 2]
  - id: c
    date: 2019/2018
    title: ok
    sources: [bbcc]
    id: c2
  - date: 2018
    title: y
    tags: notalist
"""

EXPECTED = [
    "1:10: unsupported store version 2: this carneytl reads version 1",
    "2:1: unknown top-level key 'sourcs' (did you mean 'sources'?)",
    "6:5: missing required field 'title'",
    "7:5: unknown field 'titel' (did you mean 'title'?)",
    "8:11: '2018-02-30' is not a real day: February 2018 has 28 days",
    "9:9: duplicate event id 'a' (first defined at line 6)",
    "10:11: '2018-13' is not a date: there is no month 13",
    "11:12: 'title' must be text, not a list",
    "13:11: '2019/2018' ends before it starts",
    "15:15: unknown source 'bbcc' (did you mean 'bbc'?)",
    "16:5: duplicate key 'id' (first at line 12); YAML would keep only the last",
    "17:5: an event has no 'id'",
    "19:11: 'tags' must be a list, like [a, b], not a str",
]


def test_a_clean_store_exits_0_with_a_one_line_summary(runner, write_store):
    path = write_store(CLEAN)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path}: ok, 2 events, 1 source, no problems\n"


def test_the_embedded_store_is_clean(runner):
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "no problems" in result.stdout


def test_every_problem_is_reported_at_once_in_file_order(runner, write_store):
    path = write_store(BROKEN)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[:-1] == [f"{path}:{line}" for line in EXPECTED]
    assert lines[-1] == f"{len(EXPECTED)} problems in {path}"


def test_json_format_gives_problem_objects(runner, write_store):
    path = write_store(BROKEN)
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert len(problems) == len(EXPECTED)
    assert problems[3] == {
        "path": str(path),
        "line": 7,
        "column": 5,
        "message": "unknown field 'titel' (did you mean 'title'?)",
        "field": "titel",
    }
    assert {p["field"] for p in problems} >= {"version", "date", "id", "title", "tags"}


def test_json_format_of_a_clean_store_is_an_empty_array(runner, write_store):
    result = runner.invoke(app, ["check", str(write_store(CLEAN)), "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_an_unknown_check_format_is_a_usage_error(runner, write_store):
    result = runner.invoke(app, ["check", str(write_store(CLEAN)), "-f", "xml"])
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["list"], ["between", "2000", "2030"]])
def test_other_commands_report_the_same_problems_the_same_way(runner, write_store, command):
    path = write_store(BROKEN)
    result = runner.invoke(app, [*command, "--store", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {path}:{line}" for line in EXPECTED]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("events: [\n", "2:1: invalid YAML: did not find expected node content"),
        ("hello\n", "1:1: the top level must be a mapping with an 'events' list"),
        ("version: 1\n", "1:1: the store has no 'events' list"),
        ("events:\n  - id: x\n    title: t\n", "2:5: missing required field 'date'"),
        ("events:\n  - id: x\n    date: 2018\n    title: yes\n", "4:12: 'title' must be text"),
        ("events:\n  - id: Bad_Id\n    date: 2018\n    title: t\n", "2:9: id 'Bad_Id' is not"),
        ("events:\n  - id: x\n    date: 2018-02-29\n    title: t\n", "3:11: '2018-02-29' is not"),
        ("version: one\nevents: []\n", "1:10: unsupported store version 'one'"),
        # A version is a whole number as written: 1.0 and true are no version 1.
        ("version: 1.0\nevents: []\n", "1:10: unsupported store version 1.0"),
        ("version: true\nevents: []\n", "1:10: unsupported store version True"),
    ],
)
def test_each_kind_of_problem_is_placed(runner, write_store, text, message):
    path = write_store(text)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:{message}")


def test_problems_from_several_stores_come_together(runner, write_store):
    good = write_store(CLEAN, "good.yaml")
    bad = write_store(BROKEN, "bad.yaml")
    dup = write_store("events:\n  - id: a\n    date: 2018\n    title: t\n", "dup.yaml")
    result = runner.invoke(app, ["check", str(bad), "--store", str(good), "--store", str(dup)])
    assert result.exit_code == 1
    out = result.stdout
    assert f"{bad}:1:10: unsupported store version 2" in out
    assert f"{dup}:2:9: event id 'a' is also in {good}:" in out
    assert out.splitlines()[-1] == f"{len(EXPECTED) + 1} problems in 2 stores"


def test_several_clean_stores_are_summed_up(runner, write_store):
    one = write_store(CLEAN, "one.yaml")
    two = write_store("events:\n  - id: z\n    date: 2020\n    title: t\n", "two.yaml")
    result = runner.invoke(app, ["check", str(one), str(two)])
    assert result.exit_code == 0
    assert result.stdout == "2 stores: ok, 3 events, 1 source, no problems\n"


def test_check_reads_json_stores_too(runner, write_store):
    path = write_store('{"events": [{"id": "a", "date": "2018-02-30", "title": "t"}]}', "s.json")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:1:33: '2018-02-30' is not a real day")


def test_check_of_named_files_leaves_out_the_everyday_store_from_the_environment(
    runner, write_store
):
    mine = write_store(CLEAN, "mine.yaml")
    everyday = write_store("events:\n  - id: a\n    date: 2018\n    title: clash\n", "day.yaml")
    result = runner.invoke(app, ["check", str(mine)], env={"CARNEYTL_STORE": str(everyday)})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{mine}: ok")


def test_check_format_names_ignore_case(runner, write_store):
    result = runner.invoke(app, ["check", str(write_store(CLEAN)), "--format", "JSON"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "[]"


SAME_ID_YAML = "events:\n  - id: shared\n    date: 2018\n    title: In YAML\n"
SAME_ID_JSON = '{"events": [{"id": "shared", "date": "2019", "title": "In JSON"}]}'


def test_several_paths_are_checked_each_on_its_own(runner, write_store):
    one = write_store(SAME_ID_JSON, "a.json")
    two = write_store(SAME_ID_YAML, "b.yaml")
    result = runner.invoke(app, ["check", str(one), str(two)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 stores: ok, 2 events, 0 sources, no problems\n"


def test_merged_checks_the_paths_as_one_store(runner, write_store):
    one = write_store(SAME_ID_JSON, "a.json")
    two = write_store(SAME_ID_YAML, "b.yaml")
    result = runner.invoke(app, ["check", str(one), str(two), "--merged"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{two}:2:9: event id 'shared' is also in {one}:1:20",
        f"1 problem in {two}",
    ]


def test_one_bad_file_among_several_fails_the_check_and_is_named(runner, write_store):
    good = write_store(CLEAN, "good.yaml")
    bad = write_store(BROKEN, "bad.yaml")
    result = runner.invoke(app, ["check", str(good), str(bad), "--format", "json"])
    assert result.exit_code == 1
    assert {problem["path"] for problem in json.loads(result.stdout)} == {str(bad)}


def test_a_path_given_twice_is_checked_once(runner, write_store):
    bad = write_store(BROKEN, "bad.yaml")
    result = runner.invoke(app, ["check", str(bad), str(bad)])
    assert result.stdout.splitlines()[-1] == f"{len(EXPECTED)} problems in {bad}"


def test_the_stores_given_with_store_are_checked_together_as_commands_read_them(
    runner, write_store
):
    one = write_store(SAME_ID_JSON, "a.json")
    two = write_store(SAME_ID_YAML, "b.yaml")
    result = runner.invoke(app, ["check", "--store", str(one), "--store", str(two)])
    assert result.exit_code == 1
    assert "event id 'shared' is also in" in result.stdout
