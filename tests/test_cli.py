"""Specification of the command line: commands, filters, formats, colour, errors and exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import subprocess
import sys

import pytest

from carneytl import __version__
from carneytl.cli import app
from carneytl.output import Environment
from carneytl.render.records import FIELDS

ANSI = re.compile(r"\x1b\[")
DAY = "2026-11-28"  # the suite's fixed today, as --today takes it

STORE = """\
version: 1
sources:
  - id: bbc
    title: The article
    publisher: BBC News
    published: 2026-01-14
    url: https://example.org/a
events:
  - id: visit-2017
    date: 2017-12-03/2017-12-07
    title: Trudeau visits China
    summary: Talks in Beijing.
    actors: [Canada, China, Justin Trudeau]
    tags: [diplomacy, visit]
    location: Beijing
    sources: [bbc]
    as_written: since 2017
  - id: arrest
    date: 2018-12-01
    title: Meng Wanzhou arrested
    summary: On a US extradition request.
    actors: [Canada, United States, Meng Wanzhou]
    tags: [huawei, detention]
    location: Vancouver
    sources: [bbc]
  - id: release
    date: 2021-09-24
    title: Meng and the two Michaels go free
    actors: [Canada, China, United States]
    tags: [huawei, release]
  - id: bare
    date: 2021-12-30/2022-01-02
    title: A bare event
  - id: future
    date: 2027-03
    title: Something still to come in Montréal
    actors: [Canada]
    tags: [visit]
"""


@pytest.fixture
def store(write_store):
    return str(write_store(STORE))


@pytest.fixture
def cli(runner, store):
    """Invoke carneytl on the test store with the fixed today; return the result."""

    def invoke(*args, env=None):
        return runner.invoke(app, [*args, "--store", store, "--today", DAY], env=env)

    return invoke


def ids_of(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [rec["id"] for rec in json.loads(result.stdout)]


# --- list and between ----------------------------------------------------------------------


def test_list_shows_every_event_in_date_order(cli):
    assert ids_of(cli("list", "--json")) == ["visit-2017", "arrest", "release", "bare", "future"]


def test_between_includes_the_first_day_of_its_start_and_the_last_day_of_its_end(cli):
    assert ids_of(cli("between", "2018", "2021", "--json")) == ["arrest", "release", "bare"]


def test_between_with_within_drops_events_that_cross_a_bound(cli):
    assert ids_of(cli("between", "2018", "2021", "--within", "--json")) == ["arrest", "release"]


def test_since_and_until_mean_the_same_as_between(cli):
    assert ids_of(cli("list", "--since", "2018", "--until", "2021", "--json")) == ids_of(
        cli("between", "2018", "2021", "--json")
    )
    assert ids_of(cli("list", "--since", "2022", "--json")) == ["bare", "future"]
    assert ids_of(cli("list", "--until", "Dec 2018", "--json")) == ["visit-2017", "arrest"]


def test_two_dots_leave_either_bound_of_between_open(cli):
    assert ids_of(cli("between", "..", "2017", "--json")) == ["visit-2017"]
    assert ids_of(cli("between", "2022", "..", "--json")) == ["bare", "future"]


def test_bounds_accept_month_names_and_relative_words_against_today(cli):
    assert ids_of(cli("between", "Dec 1, 2018", "December 2018", "--json")) == ["arrest"]
    assert ids_of(cli("between", "tomorrow", "..", "--json")) == ["future"]
    # today is 2026-11-28, so "last year" ends on 2025-12-31
    assert ids_of(cli("list", "--since", "last year", "--json")) == ["future"]
    assert ids_of(cli("list", "--until", "this year", "--json"))[-1] == "bare"


def test_bounds_take_counts_from_today_iso_weeks_and_quarters(cli):
    # 1 Dec 2018 fell in ISO week 48 and the fourth quarter; today is 2026-11-28.
    assert ids_of(cli("between", "2018-W48", "2018-W48", "--json")) == ["arrest"]
    assert ids_of(cli("between", "Q4 2018", "q4 2018", "--json")) == ["arrest"]
    assert ids_of(cli("list", "--since", "2 years ago", "--until", "in 2 months", "--json")) == []
    assert ids_of(cli("list", "--since", "in 4 months", "--json")) == ["future"]
    assert ids_of(cli("list", "--until", "6 years ago", "--json")) == ["visit-2017", "arrest"]


@pytest.mark.parametrize("day", ["2018-12-1", "2018/12/01", "20181201"])
def test_every_bound_takes_a_numeric_day_written_year_first(cli, day):
    assert ids_of(cli("between", day, day, "--json")) == ["arrest"]
    assert ids_of(cli("list", "--since", day, "--until", day, "--json")) == ["arrest"]


# --- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--actor", "china"], ["visit-2017", "release"]),
        (["--actor", "Canada", "--actor", "United States"], ["arrest", "release"]),
        (["-a", "Meng Wanzhou"], ["arrest"]),
        (["--tag", "VISIT"], ["visit-2017", "future"]),
        (["--tag", "huawei", "--tag", "release"], ["release"]),
        (["-t", "huawei", "-t", "visit"], []),
        (["--exclude-tag", "huawei"], ["visit-2017", "bare", "future"]),
        (["-T", "huawei", "-T", "Visit"], ["bare"]),
        (["--search", "MENG"], ["arrest", "release"]),
        (["--search", "extradition"], ["arrest"]),
        (["--search", "vancouver"], ["arrest"]),
        (["--search", "justin"], ["visit-2017"]),
        (["--search", "detention"], ["arrest"]),
        (["-S", "montréal"], ["future"]),
        (["--limit", "2"], ["visit-2017", "arrest"]),
        (["-n", "0"], []),
        (["--reverse"], ["future", "bare", "release", "arrest", "visit-2017"]),
        (["--reverse", "--limit", "1"], ["future"]),
        (["--tag", "huawei", "--reverse"], ["release", "arrest"]),
    ],
)
def test_every_filter_narrows_list(cli, args, expected):
    assert ids_of(cli("list", "--json", *args)) == expected


def test_filters_apply_to_between_too(cli):
    result = cli(
        "between", "2017", "2021", "--actor", "china", "--exclude-tag", "release", "--json"
    )
    assert ids_of(result) == ["visit-2017"]


# --- formats ---------------------------------------------------------------------------------


def test_json_records_have_every_key_in_the_fixed_order_even_when_empty(cli):
    records = json.loads(cli("list", "--json").stdout)
    assert all(list(rec) == list(FIELDS) for rec in records)
    bare = next(rec for rec in records if rec["id"] == "bare")
    assert bare == {
        "id": "bare",
        "date": "2021-12-30/2022-01-02",
        "start": "2021-12-30",
        "end": "2022-01-02",
        "precision": "day",
        "approximate": False,
        "uncertain": False,
        "status": "past",
        "title": "A bare event",
        "summary": None,
        "actors": [],
        "tags": [],
        "location": None,
        "sources": [],
        "as_written": None,
        "accounts": [],
        "first_reported": None,
    }


def test_json_sources_are_the_resolved_source_objects(cli):
    (visit,) = json.loads(cli("list", "--json", "--tag", "diplomacy").stdout)
    assert visit["sources"] == [
        {
            "id": "bbc",
            "title": "The article",
            "publisher": "BBC News",
            "published": "2026-01-14",
            "url": "https://example.org/a",
        }
    ]


def test_json_gives_status_relative_to_today(cli):
    statuses = {rec["id"]: rec["status"] for rec in json.loads(cli("list", "--json").stdout)}
    assert statuses == {
        "visit-2017": "past",
        "arrest": "past",
        "release": "past",
        "bare": "past",
        "future": "upcoming",
    }


def test_json_writes_unicode_unescaped(cli):
    result = cli("list", "--json", "--search", "montréal")
    assert "Montréal" in result.stdout
    assert "\\u" not in result.stdout


def test_format_json_and_the_json_flag_give_the_same_output(cli):
    assert cli("list", "--format", "json").stdout == cli("list", "--json").stdout
    assert cli("list", "--json", "--format", "json").stdout == cli("list", "--json").stdout
    assert cli("list", "-f", "JSON").stdout == cli("list", "--json").stdout
    assert cli("list", "--json", "--format", "JSON").stdout == cli("list", "--json").stdout


def test_jsonl_writes_one_compact_record_per_line(cli):
    result = cli("list", "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(cli("list", "--json").stdout)
    assert all("\n" not in line for line in lines)


def test_the_table_shows_dates_at_their_precision_and_the_columns(cli):
    result = cli("list", "--width", "120")
    assert result.exit_code == 0
    out = result.stdout
    for header in ("Date", "Title", "Actors", "Tags"):
        assert header in out
    for shown in ("3–7 Dec 2017", "1 Dec 2018", "24 Sep 2021", "30 Dec 2021 – 2 Jan 2022"):
        assert shown in out
    assert "Mar 2027" in out
    assert "Trudeau visits China" in out
    assert "Canada, China, Justin Trudeau" in out
    assert "diplomacy, visit" in out


def test_the_table_fits_the_width_given(cli):
    out = cli("list", "--width", "60").stdout
    assert max(len(line) for line in out.splitlines()) <= 60


def test_the_table_is_the_default_format(cli):
    assert cli("list").stdout == cli("list", "--format", "table").stdout


def test_a_title_with_control_characters_is_refused_with_them_shown_as_escapes(runner, write_store):
    path = write_store('- id: a\n  date: 2018\n  title: "evil \\e[31mred \\a"\n')
    result = runner.invoke(app, ["list", "--store", str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert "\x1b" not in result.stderr
    assert "'title' 'evil \\x1b[31mred \\x07' holds a control character (ESC" in result.stderr


def test_the_table_shows_format_characters_in_event_text_as_escapes(runner, write_store):
    path = write_store('- id: a\n  date: 2018\n  title: "evil \\u202ereversed"\n')
    result = runner.invoke(app, ["list", "--store", str(path)])
    assert result.exit_code == 0
    assert "\u202e" not in result.stdout
    assert "evil \\u202ereversed" in result.stdout


def test_an_unknown_format_is_a_usage_error_listing_the_formats(cli):
    result = cli("list", "--format", "xml")
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.stderr
    from carneytl.render import formats_for

    assert ", ".join(formats_for("events")) in result.stderr


def test_json_and_another_format_together_are_a_usage_error(cli):
    result = cli("list", "--json", "--format", "table")
    assert result.exit_code == 2
    assert "--json and --format table disagree" in result.stderr
    assert result.stdout == ""


# --- fields ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_fields_picks_and_orders_the_keys(cli, fmt):
    result = cli("list", "--format", fmt, "--fields", "title, id,date")
    assert result.exit_code == 0
    records = (
        json.loads(result.stdout)
        if fmt == "json"
        else [json.loads(line) for line in result.stdout.splitlines()]
    )
    assert [list(rec) for rec in records] == [["title", "id", "date"]] * 5
    assert records[0] == {
        "title": "Trudeau visits China",
        "id": "visit-2017",
        "date": "2017-12-03/2017-12-07",
    }


@pytest.mark.parametrize("fields", ["id,colour", "nope", "", ","])
def test_an_unknown_or_missing_field_is_a_usage_error_listing_every_field(cli, fields):
    result = cli("list", "--json", "--fields", fields)
    assert result.exit_code == 2
    assert f"available fields: {', '.join(FIELDS)}" in result.stderr
    assert result.stdout == ""


def test_an_unknown_field_is_named(cli):
    assert "unknown field 'colour'" in cli("list", "--json", "--fields", "id,colour").stderr


# --- colour ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_machine_formats_never_contain_colour_codes_even_when_forced(cli, fmt):
    result = cli("list", "--format", fmt, "--color")
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)


def test_the_table_is_coloured_only_when_asked_off_a_terminal(cli):
    assert not ANSI.search(cli("list").stdout)
    assert ANSI.search(cli("list", "--color").stdout)
    assert not ANSI.search(cli("list", "--no-color").stdout)


def test_coloured_tables_set_upcoming_events_in_italics_and_ongoing_ones_in_bold(runner, store):
    args = ["list", "--store", store, "--color", "--width", "120", "--today", "2018-12-01"]
    lines = runner.invoke(app, args).stdout.splitlines()

    def line_of(title: str) -> str:
        return next(line for line in lines if title in line)

    assert "\x1b[1;" in line_of("Meng Wanzhou arrested")  # today: ongoing
    assert "\x1b[3;" in line_of("the two Michaels")  # upcoming
    assert "\x1b[1;" not in line_of("Trudeau visits China")  # past: plain
    assert "\x1b[3;" not in line_of("Trudeau visits China")


def test_an_explicit_color_flag_wins_over_no_color(cli):
    assert ANSI.search(cli("list", "--color", env={"NO_COLOR": "1"}).stdout)


def run_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run carneytl with stdout on a pseudo-terminal and return what it drew."""
    import pty

    leader, follower = pty.openpty()
    try:
        subprocess.run(
            [sys.executable, "-m", "carneytl", *args],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            check=True,
            timeout=60,
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal has no writer left
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks).decode()
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)


def test_on_a_terminal_the_table_is_coloured_unless_no_color_is_set(store):
    args = ["list", "--store", store, "--today", DAY, "--width", "100"]
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    assert ANSI.search(run_on_a_terminal(args, env))
    assert not ANSI.search(run_on_a_terminal(args, {**env, "NO_COLOR": "1"}))


# --- empty results -------------------------------------------------------------------------


def test_no_match_in_json_is_an_empty_array_and_exit_zero(cli):
    result = cli("list", "--json", "--search", "nothing like this")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert result.stderr == ""


def test_no_match_in_jsonl_is_no_output_and_exit_zero(cli):
    result = cli("list", "--format", "jsonl", "--tag", "none")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_no_match_in_the_table_is_a_note_on_stderr_and_exit_zero(cli):
    result = cli("between", "2010", "2012")
    assert result.exit_code == 0
    assert result.stderr == "no events match\n"
    assert "no events match" not in result.stdout


# --- usage errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["between", "01/02/2018", "2021"], "'01/02/2018' is ambiguous"),
        (["between", "2018-02-30", "2021"], "is not a real day"),
        (["between", "2018", "2019-02-29"], "is not a real day"),
        (["between", "2018-13", "2021"], "no month 13"),
        (["list", "--since", "Dec 1 2018 10:00"], "time of day"),
        (["list", "--until", "Dec"], "has no year"),
        (["list", "--since", "soon"], "not a date carneytl understands"),
        (["between", "2021", "2018"], "the range starts after it ends"),
        (["between", "2018-12-02", "2018-12-01"], "the range starts after it ends"),
        (["list", "--since", "2022", "--until", "2021"], "the range starts after it ends"),
        (["list", "--since", "999999999 years ago"], "falls outside the calendar"),
        (["list", "--until", "2026-W54"], "2026 has 53 ISO weeks"),
        (["between", "Q5 2018", "2021"], "Q1 to Q4"),
    ],
)
def test_a_bad_bound_exits_2_with_a_message_and_a_hint(cli, args, message):
    result = cli(*args, "--json")
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_an_ambiguous_bound_hints_at_iso(cli):
    assert "ISO 8601" in cli("between", "01/02/2018", "2021").stderr


def test_a_range_within_one_month_is_not_reversed(cli):
    assert ids_of(cli("between", "2018-12-05", "2018-12", "--json")) == []
    assert cli("between", "2018-12", "2018-12-01", "--json").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--today", "28/11/2026"],
        ["list", "--limit", "-1"],
        ["list", "--limit", "many"],
        ["list", "--width", "5"],
        ["between", "2018"],
        ["list", "--bogus"],
    ],
)
def test_other_bad_arguments_exit_2(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_a_relative_bound_beyond_the_calendar_is_a_usage_error_not_a_crash(runner):
    result = runner.invoke(app, ["list", "--today", "9999-12-31", "--since", "tomorrow"])
    assert result.exit_code == 2
    assert "outside the calendar" in result.stderr


# --- store errors ------------------------------------------------------------------------------


def test_a_bad_store_exits_1_with_one_located_line_per_problem(runner, write_store):
    path = write_store(
        "events:\n"
        "  - id: a\n"
        "    date: 2018-02-30\n"
        "    title: A\n"
        "  - id: b\n"
        "    date: 2018\n"
        "    title: B\n"
        "    colour: red\n"
    )
    result = runner.invoke(app, ["list", "--store", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {path}:3:11: '2018-02-30' is not a real day: February 2018 has 28 days",
        f"error: {path}:8:5: unknown field 'colour'",
    ]


def test_invalid_yaml_exits_1_with_its_place(runner, write_store):
    path = write_store("events:\n  - id: a\n   title: [\n")
    result = runner.invoke(app, ["list", "--store", str(path), "--json"])
    assert result.exit_code == 1
    assert re.fullmatch(
        rf"error: {re.escape(str(path))}:\d+:\d+: invalid YAML: .*\n", result.stderr
    )


def test_a_missing_store_exits_1_naming_it(runner, tmp_path):
    path = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["between", "2018", "2021", "--store", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: no such file\n"


def test_the_store_can_be_chosen_by_environment_variable(runner, store):
    result = runner.invoke(app, ["list", "--json"], env={"CARNEYTL_STORE": store})
    assert ids_of(result) == ["visit-2017", "arrest", "release", "bare", "future"]


def test_store_may_be_repeated_to_merge_stores(runner, store, write_store):
    other = write_store("- id: extra\n  date: 2030\n  title: Extra\n", "other.yaml")
    result = runner.invoke(app, ["list", "--json", "--store", store, "--store", str(other)])
    assert ids_of(result)[-1] == "extra"


# --- version and help ----------------------------------------------------------------------------


def test_version_prints_the_version(runner):
    for flag in ("--version", "-V"):
        result = runner.invoke(app, [flag])
        assert result.exit_code == 0
        assert result.stdout == f"carneytl {__version__}\n"


@pytest.mark.parametrize(
    ("args", "example"),
    [
        ([], "carneytl between 2018 2021"),
        (["list"], "carneytl list --since 2025 --tag visit"),
        (["between"], "carneytl between 2018 2021"),
    ],
)
def test_help_shows_a_worked_example_for_every_command(runner, args, example):
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert example in result.stdout


def help_examples(runner) -> list[list[str]]:
    """Every example line of every --help, as arguments, without what is piped after it."""
    examples = []
    for command in ([], ["list"], ["between"]):
        text = runner.invoke(app, [*command, "--help"]).stdout
        block = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
        for line in block.splitlines():
            words = shlex.split(line.split("|", 1)[0])
            assert words[0] == "carneytl"
            examples.append(words[1:])
    return examples


def test_every_help_example_runs_on_the_embedded_store(runner):
    examples = help_examples(runner)
    assert len(examples) >= 9
    for args in examples:
        result = runner.invoke(app, [*args, "--today", DAY])
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout, args


def test_no_arguments_shows_the_help(runner):
    result = runner.invoke(app, [])
    assert "Usage:" in result.output
    assert "between" in result.output


# --- real processes ------------------------------------------------------------------------------


def carneytl(*args: str) -> list[str]:
    return [sys.executable, "-m", "carneytl", *args]


def test_json_output_pipes_into_a_json_reader():
    with subprocess.Popen(
        carneytl("between", "2018", "2021", "--json", "--today", DAY), stdout=subprocess.PIPE
    ) as producer:
        reader = subprocess.run(
            [sys.executable, "-m", "json.tool"],
            stdin=producer.stdout,
            capture_output=True,
            check=False,
            timeout=60,
        )
        assert producer.stdout is not None
        producer.stdout.close()
        assert producer.wait(timeout=60) == 0
    assert reader.returncode == 0, reader.stderr
    records = json.loads(reader.stdout)
    assert [rec["id"] for rec in records] == [
        "meng-arrest",
        "kovrig-spavor-detained",
        "meng-deal-and-releases",
    ]


def test_a_bad_store_in_a_real_process_exits_1_without_a_traceback(write_store):
    path = write_store("events:\n  - id: a\n    date: 2018-02-30\n    title: A\n")
    done = subprocess.run(
        carneytl("list", "--store", str(path)), capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"error: {path}:3:11: '2018-02-30' is not a real day: February 2018 has 28 days\n"
    )


def test_a_bad_argument_in_a_real_process_exits_2_without_a_traceback():
    done = subprocess.run(
        carneytl("between", "01/02/2018", "2021"), capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "ISO 8601" in done.stderr
    assert "Traceback" not in done.stderr


# --- the output environment ----------------------------------------------------------------------


class FakeStream(io.StringIO):
    def __init__(self, *, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def terminal(monkeypatch):
    """Make stdout look like a colour terminal; return a function to change that."""

    def set_stdout(*, tty: bool = True, term: str = "xterm-256color") -> None:
        monkeypatch.setattr(sys, "stdout", FakeStream(tty=tty))
        monkeypatch.setenv("TERM", term)

    set_stdout()
    return set_stdout


@pytest.mark.parametrize(
    ("tty", "term", "no_color", "flag", "colour"),
    [
        (True, "xterm-256color", None, None, True),
        (True, "xterm-256color", "1", None, False),
        (True, "xterm-256color", "", None, True),  # an empty NO_COLOR does not count
        (True, "dumb", None, None, False),
        (False, "xterm-256color", None, None, False),
        (True, "xterm-256color", "1", True, True),  # the flag wins
        (False, "xterm-256color", None, True, True),
        (True, "xterm-256color", None, False, False),
    ],
)
def test_colour_comes_from_the_flag_else_no_color_term_and_the_terminal(
    terminal, monkeypatch, tty, term, no_color, flag, colour
):
    terminal(tty=tty, term=term)
    if no_color is not None:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert Environment.from_system(color=flag).color is colour


def test_width_comes_from_the_flag_else_columns_else_the_terminal_else_80(terminal, monkeypatch):
    terminal(tty=False)
    assert Environment.from_system().width == 80
    monkeypatch.setenv("COLUMNS", "not a number")
    assert Environment.from_system().width == 80
    monkeypatch.setenv("COLUMNS", "66")
    assert Environment.from_system().width == 66
    assert Environment.from_system(width=120).width == 120


def test_a_terminal_or_columns_wider_than_1000_is_laid_out_for_1000(terminal, monkeypatch):
    terminal(tty=False)
    monkeypatch.setenv("COLUMNS", "100000")
    assert Environment.from_system().width == 1000


def test_a_width_over_1000_is_a_usage_error(cli):
    result = cli("timeline", "--scale", "--width", "10000000")
    assert result.exit_code == 2
    assert "'--width': 10000000 is not between 30 and 1000 columns" in result.stderr


def test_columns_sets_the_table_width(cli):
    out = cli("list", env={"COLUMNS": "50"}).stdout
    assert max(len(line) for line in out.splitlines()) <= 50


# --- the boundary: messages, empty views, drawn views refusing format options ---------------


def test_an_empty_table_writes_nothing_to_stdout_and_says_so_on_stderr(cli):
    result = cli("list", "--search", "no such text anywhere")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no events match" in result.stderr


def test_a_usage_error_reads_error_then_hint_then_where_to_look(cli):
    result = cli("between", "01/02/2018", "2021")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: START: '01/02/2018'")
    assert lines[1].startswith("hint: write it as ISO 8601")
    assert lines[2] == "see 'carneytl between --help'"


def test_a_bad_since_is_named_as_since_not_as_start(cli):
    result = cli("list", "--since", "Smarch 2018")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --since: ")


def test_timeline_refuses_fields_without_a_format(cli):
    result = cli("timeline", "--fields", "id")
    assert result.exit_code == 2
    assert "--fields and --no-header shape a format" in result.stderr


def test_timeline_takes_a_template_for_its_selection(cli):
    result = cli("timeline", "--since", "2021", "--template", "{id}")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["release", "bare", "future"]


def test_between_exports_its_table_as_svg(cli, tmp_path):
    picture = tmp_path / "between.svg"
    result = cli("between", "2018", "2018", "--export-svg", str(picture))
    assert result.exit_code == 0
    assert "Meng Wanzhou arrested" in result.stdout
    assert "<svg" in picture.read_text(encoding="utf-8")


def test_output_is_utf8_even_under_a_latin1_locale(store):
    env = dict(os.environ, PYTHONIOENCODING="latin-1")
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "list", "--store", store, "--today", DAY],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Montréal".encode() in done.stdout


def test_formats_lists_every_registered_format_with_its_summary(runner):
    from carneytl.render import FORMATS

    result = runner.invoke(app, ["formats"])
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [name for name, _, _ in rows] == list(FORMATS)
    assert all(summary for _, summary, _ in rows)


def test_an_impossible_month_name_day_is_called_not_a_real_day(cli):
    result = cli("between", "29 Feb 2023", "2024")
    assert result.exit_code == 2
    assert "'29 Feb 2023' is not a real day" in result.stderr


def test_a_tiny_columns_value_still_lays_views_out_for_thirty(runner, store, monkeypatch):
    monkeypatch.setenv("COLUMNS", "10")
    result = runner.invoke(app, ["timeline", "--store", store, "--today", DAY, "--no-color"])
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) == 30


def test_stats_leaves_the_range_open_when_an_event_is_open(runner, write_store):
    path = write_store(
        "events:\n  - {id: a, date: ../2019-06, title: A}\n  - {id: b, date: 2027-05, title: B}\n"
    )
    result = runner.invoke(app, ["stats", "--store", str(path), "--json"])
    counts = json.loads(result.stdout)
    assert (counts["first"], counts["last"]) == (None, "2027-05-31")


def test_stats_of_nothing_is_zero_counts_not_a_traceback(cli):
    result = cli("stats", "--since", "2099", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"] == 0


def test_a_bad_format_is_refused_before_the_store_is_read(runner, write_store):
    broken = write_store("events: [oops\n")
    result = runner.invoke(app, ["list", "--store", str(broken), "--format", "nope"])
    assert result.exit_code == 2
    assert "unknown format 'nope'" in result.stderr


def test_exporting_an_empty_selection_fails_and_writes_no_file(cli, tmp_path):
    picture = tmp_path / "empty.svg"
    result = cli("list", "--since", "2099", "--export-svg", str(picture))
    assert result.exit_code == 1
    assert "nothing to export" in result.stderr
    assert not picture.exists()


def test_today_refuses_a_weekday_of_an_iso_week(runner):
    result = runner.invoke(app, ["list", "--today", "2026-W03-1"])
    assert result.exit_code == 2
    assert "--today: '2026-W03-1' is ambiguous or not a date carneytl understands" in result.stderr


@pytest.mark.parametrize("day", ["2026-W03", "Q1 2026"])
def test_today_refuses_a_week_or_a_quarter_as_more_than_one_day(runner, day):
    result = runner.invoke(app, ["list", "--today", day])
    assert result.exit_code == 2
    assert f"--today {day!r} is not a single day" in result.stderr


@pytest.mark.parametrize(
    "day",
    ["2018-12-01", "1 Dec 2018", "Saturday 1 December 2018", "20181201", "2018-12-1", "2018/12/01"],
)
def test_today_takes_a_day_written_as_a_bound_is(runner, day):
    result = runner.invoke(app, ["show", "meng-arrest", "--today", day, "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "ongoing"


@pytest.mark.parametrize("text", ["Dec 2018", "2018", ".."])
def test_today_refuses_more_than_one_day(runner, text):
    result = runner.invoke(app, ["list", "--today", text])
    assert result.exit_code == 2
    assert f"--today {text!r} is not a single day" in result.stderr
