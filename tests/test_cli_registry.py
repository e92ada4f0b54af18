"""Which command family main() imports for a command line, and that the map cannot drift."""

from __future__ import annotations

import pytest
import typer

from carneytl.cli import COMMANDS, FAMILIES, app, families_for


def test_every_registered_command_is_mapped_to_the_family_that_registers_it():
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    registered = {name: command.callback.__module__ for name, command in group.commands.items()}
    assert registered == {name: f"carneytl.cli.{family}" for name, family in COMMANDS.items()}


def test_help_lists_commands_in_family_order():
    group = typer.main.get_command(app)
    order = [FAMILIES.index(COMMANDS[name]) for name in group.commands]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("argv", "families"),
    [
        (["list"], ("listing",)),
        (["between", "2018", "2021", "--json"], ("listing",)),
        (["timeline", "--scale"], ("views",)),
        (["add", "--from", "x.yaml"], ("editing",)),
        (["extract", "-", "--published", "2026-01-14"], ("extracting",)),
        (["list", "--help"], ("listing",)),
    ],
)
def test_a_command_needs_only_its_own_family(argv, families):
    assert families_for(argv) == families


@pytest.mark.parametrize(
    "argv",
    [[], ["--help"], ["-h"], ["--version"], ["-V", "list"], ["lst"], ["--help", "list"]],
)
def test_help_version_no_command_or_a_typo_need_every_family(argv):
    assert families_for(argv) == FAMILIES


def test_shell_completion_needs_every_family(monkeypatch):
    monkeypatch.setenv("_CARNEYTL_COMPLETE", "bash_complete")
    assert families_for(["list"]) == FAMILIES
