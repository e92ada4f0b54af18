"""Options before the command: `carneytl --store my.yaml list`, as git and gh take them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from carneytl.cli import app
from carneytl.cli.root import command_named

ONE = "events:\n  - id: one\n    date: 2026-01-10\n    title: First\n"
TWO = "events:\n  - id: two\n    date: 2026-01-20\n    title: Second\n"


def ids(result):
    assert result.exit_code == 0, result.output
    return [record["id"] for record in json.loads(result.stdout)]


def test_a_store_before_the_command_is_the_commands_store(runner, write_store):
    one = write_store(ONE, "one.yaml")
    assert ids(runner.invoke(app, ["--store", str(one), "list", "--json"])) == ["one"]
    assert ids(runner.invoke(app, ["-s", str(one), "between", "2026", "2026", "--json"])) == ["one"]


def test_today_before_the_command_reckons_the_status(runner, write_store):
    one = write_store(ONE, "one.yaml")
    before = runner.invoke(app, ["--today", "2026-01-01", "-s", str(one), "list", "--json"])
    assert json.loads(before.stdout)[0]["status"] == "upcoming"
    timeline = runner.invoke(app, ["--today", "2026-01-01", "timeline", "-s", str(one)])
    assert timeline.exit_code == 0, timeline.output
    assert "First" in timeline.stdout


def test_a_value_after_the_command_wins(runner, write_store):
    one = write_store(ONE, "one.yaml")
    two = write_store(TWO, "two.yaml")
    # Not merged: the store named after the command replaces the one named before it.
    assert ids(runner.invoke(app, ["-s", str(one), "list", "-s", str(two), "--json"])) == ["two"]
    later = runner.invoke(
        app, ["--today", "2026-01-01", "list", "-s", str(one), "--today", "2026-02-01", "--json"]
    )
    assert json.loads(later.stdout)[0]["status"] == "past"


def test_a_repeated_store_before_the_command_merges(runner, write_store):
    one = write_store(ONE, "one.yaml")
    two = write_store(TWO, "two.yaml")
    both = runner.invoke(app, ["-s", str(one), "-s", str(two), "list", "--json"])
    assert ids(both) == ["one", "two"]


def test_a_store_before_the_command_beats_the_environment(runner, write_store):
    one = write_store(ONE, "one.yaml")
    two = write_store(TWO, "two.yaml")
    result = runner.invoke(
        app, ["-s", str(one), "list", "--json"], env={"CARNEYTL_STORE": str(two)}
    )
    assert ids(result) == ["one"]
    # And the environment still applies when neither place names a store.
    assert ids(runner.invoke(app, ["list", "--json"], env={"CARNEYTL_STORE": str(two)})) == ["two"]


def test_width_and_colour_before_the_command(runner, write_store):
    one = write_store(ONE, "one.yaml")
    result = runner.invoke(app, ["--width", "30", "--color", "list", "-s", str(one)])
    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) < 60
    plain = runner.invoke(app, ["--color", "list", "-s", str(one), "--no-color"])
    assert "\x1b[" not in plain.stdout


def test_an_edit_takes_its_store_from_before_the_command(runner, write_store):
    one = write_store(ONE, "one.yaml")
    result = runner.invoke(app, ["-s", str(one), "remove", "one"])
    assert result.exit_code == 0, result.output
    assert "id: one" not in one.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--today", "2026-01-01", "schema"], "--today"),
        (["--store", "x.yaml", "formats"], "--store"),
        (["--width", "80", "check"], "--width"),
    ],
)
def test_an_option_the_command_does_not_take_is_refused(runner, args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert f"{message} does not apply to '{args[2]}'" in result.output


def test_a_bad_value_before_the_command_is_refused_before_it_runs(runner):
    result = runner.invoke(app, ["--width", "abc", "list"])
    assert result.exit_code == 2
    assert "'abc' is not a number of columns" in result.output


def test_the_root_help_lists_the_options_it_passes_down(runner):
    result = runner.invoke(app, ["--help"])
    for option in ("--store PATH", "--today DATE", "--color / --no-color", "--width COLUMNS"):
        assert option in result.stdout


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["--store", "list", "timeline"], "timeline"),
        (["-s", "x.yaml", "list", "--width"], "list"),
        (["--color", "show"], "show"),
        (["--today", "2026", "--help", "list"], None),
    ],
)
def test_a_usage_message_names_the_command_after_the_root_options(argv, named):
    assert command_named(argv) == named


def test_a_process_reads_the_options_before_the_command(write_store):
    one = write_store(ONE, "one.yaml")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "carneytl", "--store", str(one), "--today", "2026-02-01"),
            *("list", "--format", "tsv", "--fields", "id,status"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "id\tstatus\none\tpast\n"
