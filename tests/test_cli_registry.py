"""The root group finds every command through the one COMMANDS table, importing it on demand."""

from __future__ import annotations

import typer

from carneytl.cli import COMMANDS, FAMILIES, LazyCommands, app, register


def root_group():
    group = typer.main.get_command(app)
    assert isinstance(group, LazyCommands)
    return group


def test_the_lazy_group_lists_every_command_in_family_order():
    group = root_group()
    names = group.list_commands(None)
    assert names == list(COMMANDS)
    order = [FAMILIES.index(COMMANDS[name]) for name in names]
    assert order == sorted(order)


def test_every_listed_command_resolves_to_the_family_that_registers_it():
    group = root_group()
    for name, family in COMMANDS.items():
        command = group.get_command(None, name)
        assert command is not None, name
        assert command.callback.__module__ == f"carneytl.cli.{family}"


def test_commands_matches_the_commands_the_families_register():
    register()
    registered = {info.name: info.callback.__module__ for info in app.registered_commands}
    assert registered == {name: f"carneytl.cli.{family}" for name, family in COMMANDS.items()}


def test_an_unknown_name_resolves_to_nothing():
    assert root_group().get_command(None, "lst") is None
