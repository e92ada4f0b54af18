"""Options before the command reach a command inside a group (`carneytl --store S source add`)."""

from __future__ import annotations

import json
import sys
import types
from typing import Annotated

import pytest
import typer

from carneytl.cli import app, root
from carneytl.cli.options import EditStoreOpt, TodayOpt  # noqa: TC001 - typer reads them at run time
from processes import carneytl

STORE = "version: 1\nsources: []\nevents: []\n"


def _desk_family() -> types.ModuleType:
    """A family with a group in a group, as a later family of commands may have."""
    desk = typer.Typer(rich_markup_mode=None, add_completion=False, no_args_is_help=True)
    notes = typer.Typer(rich_markup_mode=None, add_completion=False, no_args_is_help=True)
    desk.add_typer(notes, name="notes")

    @desk.callback()
    def desk_group(
        loud: Annotated[bool, typer.Option("--loud", help="Say more.")] = False,  # noqa: FBT002 - typer passes it by keyword
    ) -> None:
        """A desk of commands."""
        if loud:
            typer.echo("loud", err=True)

    @desk.command("tidy")
    def tidy() -> None:
        """Takes none of the root's options."""
        typer.echo("tidied")

    @notes.command("pin")
    def pin(store: EditStoreOpt = None, today: TodayOpt = None) -> None:
        """Takes --store and --today."""
        paths = [str(path) for path in store or ()]
        typer.echo(json.dumps({"store": paths, "today": today}))

    module = types.ModuleType("carneytl.cli.desk")
    module.commands = typer.Typer(rich_markup_mode=None, add_completion=False)
    module.commands.add_typer(desk, name="desk")
    return module


@pytest.fixture
def desk(monkeypatch):
    monkeypatch.setitem(sys.modules, "carneytl.cli.desk", _desk_family())
    monkeypatch.setitem(root.COMMANDS, "desk", "desk")
    monkeypatch.setattr(root, "FAMILIES", (*root.FAMILIES, "desk"))


@pytest.mark.usefixtures("desk")
def test_a_command_two_groups_deep_takes_the_options_given_before_the_first(runner):
    result = runner.invoke(
        app, ["--store", "a.yaml", "--today", "2026-01-21", "desk", "notes", "pin"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"store": ["a.yaml"], "today": "2026-01-21"}


@pytest.mark.usefixtures("desk")
def test_the_groups_own_options_may_come_between(runner):
    result = runner.invoke(app, ["-s", "a.yaml", "desk", "--loud", "notes", "pin"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["store"] == ["a.yaml"]
    assert "loud" in result.stderr


@pytest.mark.usefixtures("desk")
def test_a_value_given_after_the_inner_command_wins(runner):
    result = runner.invoke(
        app, ["--today", "2026-01-21", "desk", "notes", "pin", "--today", "2026-02-02"]
    )
    assert json.loads(result.stdout)["today"] == "2026-02-02"


@pytest.mark.usefixtures("desk")
def test_an_inner_command_that_takes_no_such_option_is_named_in_the_refusal(runner):
    result = runner.invoke(app, ["--today", "2026-01-21", "desk", "tidy"])
    assert result.exit_code == 2
    assert "--today does not apply to 'desk tidy'" in result.stderr
    assert result.stdout == ""


@pytest.mark.usefixtures("desk")
def test_a_group_given_no_command_shows_its_help_not_a_refusal(runner):
    result = runner.invoke(app, ["--store", "a.yaml", "desk"])
    assert "does not apply" not in result.output
    assert "notes" in result.output


def test_source_add_takes_the_store_given_before_the_command(runner, tmp_path):
    store = tmp_path / "port.yaml"
    store.write_text(STORE, encoding="utf-8")
    result = runner.invoke(
        app, ["--store", str(store), "source", "add", "--publisher", "Harbour Gazette"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "harbour-gazette\n"
    assert "id: harbour-gazette" in store.read_text(encoding="utf-8")


def test_a_process_adds_a_source_to_the_store_named_before_the_group(tmp_path):
    store = tmp_path / "port.yaml"
    store.write_text(STORE, encoding="utf-8")
    done = carneytl("--store", str(store), "source", "add", "--publisher", "Port Radio")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "port-radio\n"
    assert done.stderr == f"added source 'port-radio' to {store}\n"


def test_a_process_refuses_an_option_no_command_of_the_group_takes():
    done = carneytl("--width", "80", "source", "add", "--publisher", "Port Radio")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("error: --width does not apply to 'source add'\n")


def test_a_root_option_given_to_a_plain_command_still_works(runner, write_store):
    path = write_store("events:\n  - {id: quay, date: 2026-01-20, title: Quay}\n")
    result = runner.invoke(app, ["--store", str(path), "list", "--json"])
    assert [event["id"] for event in json.loads(result.stdout)] == ["quay"]


def test_an_unknown_command_of_the_group_is_named_not_refused_for_the_store():
    done = carneytl("--store", "a.yaml", "source", "adds")
    assert done.returncode == 2
    assert done.stderr.startswith("error: no such command 'adds'")
