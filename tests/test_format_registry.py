"""Every command that writes takes -f/--format from the one registry, refused in one place."""

from __future__ import annotations

import json

import pytest

from carneytl.cli import app
from carneytl.errors import UsageError
from carneytl.render import FORMATS, KINDS, formats_for, get_format

DAY = ["--today", "2026-11-28"]
ARTICLE = "On Friday, Carney held talks with Xi Jinping, whom he met last year in Korea.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def command_lines(article):
    """One command line per command (and per kind extract writes), without its format."""
    return {
        "list": ["list", *DAY],
        "between": ["between", "2018", "2021", *DAY],
        "timeline": ["timeline", *DAY],
        "show": ["show", "meng-arrest", *DAY],
        "stats": ["stats", *DAY],
        "check": ["check"],
        "extract": ["extract", article, "--published", "2026-01-14"],
        "extract --expressions": ["extract", article, "--published", "2026-01-14", "--expressions"],
    }


KIND_OF = {
    "list": "events",
    "between": "events",
    "timeline": "events",
    "show": "event",
    "stats": "stats",
    "check": "problems",
    "extract": "candidates",
    "extract --expressions": "expressions",
}


@pytest.mark.parametrize("command", list(KIND_OF))
def test_format_json_prints_json_on_every_command_that_writes(runner, article, command):
    result = runner.invoke(app, [*command_lines(article)[command], "--format", "json"])
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)
    assert isinstance(parsed, dict if command in {"show", "stats"} else list)


@pytest.mark.parametrize("command", list(KIND_OF))
def test_json_is_short_for_format_json_byte_for_byte(runner, article, command):
    args = command_lines(article)[command]
    long = runner.invoke(app, [*args, "--format", "json"])
    short = runner.invoke(app, [*args, "--json"])
    assert short.exit_code == long.exit_code == 0, short.output
    assert short.stdout_bytes == long.stdout_bytes


def test_check_format_json_reports_the_problems_of_a_broken_store(runner, write_store):
    broken = write_store("events:\n  - {id: a, date: 2019-13, title: A}\n")
    result = runner.invoke(app, ["check", str(broken), "--format", "json"])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert problems
    assert {"path", "line", "column", "message", "field"} == set(problems[0])


@pytest.mark.parametrize("command", list(KIND_OF))
def test_an_unknown_format_is_refused_with_the_command_s_own_choices(runner, article, command):
    result = runner.invoke(app, [*command_lines(article)[command], "--format", "nope"])
    assert result.exit_code == 2
    assert "error: unknown format 'nope'\n" in result.stderr
    choices = formats_for(KIND_OF[command])
    assert f"hint: choose one of: {', '.join(choices)}\n" in result.stderr


@pytest.mark.parametrize(
    ("command", "fmt", "message"),
    [
        ("show", "csv", "csv cannot write one event"),
        ("stats", "ics", "ics cannot write the stats"),
        ("check", "table", "table cannot write a store's problems"),
        ("extract", "jsonl", "jsonl cannot write candidate events"),
        ("list", "text", "text cannot write a list of events"),
    ],
)
def test_a_format_the_command_cannot_write_is_refused_with_its_choices(
    runner, article, command, fmt, message
):
    result = runner.invoke(app, [*command_lines(article)[command], "--format", fmt])
    assert result.exit_code == 2
    assert f"error: {message}\n" in result.stderr
    assert f"choose one of: {', '.join(formats_for(KIND_OF[command]))}" in result.stderr


def test_every_kind_has_a_format_and_every_format_a_kind():
    for kind in KINDS:
        assert formats_for(kind), kind
    for spec in FORMATS.values():
        assert any(spec.serves(kind) for kind in KINDS), spec.name


def test_the_registry_is_the_one_place_that_refuses():
    assert get_format("JSON", "stats").name == "json"
    with pytest.raises(UsageError) as refused:
        get_format("csv", "event")
    assert refused.value.hint == "choose one of: json"


def test_formats_names_the_commands_each_format_serves(runner):
    result = runner.invoke(app, ["formats"])
    assert result.exit_code == 0
    serves = {
        name: set(commands.split(", "))
        for name, _, commands in (line.split("\t") for line in result.stdout.splitlines())
    }
    assert serves["json"] == {"list", "between", "timeline", "show", "stats", "check", "extract"}
    assert serves["text"] == {"check"}
    assert serves["csv"] == {"list", "between", "timeline"}
    assert {"extract", "list"} <= serves["yaml"]
