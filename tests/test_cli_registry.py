"""The root group finds every command through the one COMMANDS table, importing it on demand."""

from __future__ import annotations

import importlib
import subprocess
import sys

import typer

from carneytl.cli import COMMANDS, FAMILIES, LazyCommands, app


def root_group():
    group = typer.main.get_command(app)
    assert isinstance(group, LazyCommands)
    return group


def test_the_lazy_group_lists_every_command_in_family_order():
    names = root_group().list_commands(None)
    assert names == list(COMMANDS)
    order = [FAMILIES.index(COMMANDS[name]) for name in names]
    assert order == sorted(order)


def test_every_listed_command_resolves_to_the_family_that_registers_it():
    group = root_group()
    for name, family in COMMANDS.items():
        command = group.get_command(None, name)
        assert command is not None, name
        assert command.name == name
        assert command.callback.__module__ == f"carneytl.cli.{family}"


def test_commands_matches_the_commands_the_families_register():
    registered = {}
    for family in FAMILIES:
        module = importlib.import_module(f"carneytl.cli.{family}")
        for info in module.commands.registered_commands:
            registered[info.name] = family
        # A group of commands (`source add`) is listed by the group's name.
        for group in module.commands.registered_groups:
            registered[group.name] = family
    assert registered == COMMANDS


def test_an_unknown_name_resolves_to_nothing():
    assert root_group().get_command(None, "lst") is None


def test_resolving_one_command_imports_only_its_family():
    code = (
        "import sys, typer\n"
        "from carneytl.cli import app\n"
        "typer.main.get_command(app).get_command(None, 'show')\n"
        "print(sorted(m for m in sys.modules if m.startswith('carneytl.cli.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = eval(done.stdout)  # noqa: S307 - our own repr() above
    assert "carneytl.cli.views" in loaded
    assert not {"carneytl.cli.listing", "carneytl.cli.editing", "carneytl.cli.extracting"} & set(
        loaded
    )


def test_every_module_with_code_postpones_its_annotations():
    import ast
    from pathlib import Path

    import carneytl

    lacking = []
    for path in Path(carneytl.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        code = [node for node in tree.body if not isinstance(node, ast.Expr)]
        future = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "__future__"
            and any(alias.name == "annotations" for alias in node.names)
            for node in tree.body
        )
        if code and not future:
            lacking.append(path.name)
    assert not lacking


def test_every_command_resolves_its_string_annotations():
    # typer evaluates the postponed annotations in each family's namespace; a name imported
    # only for type checking would fail here, when the command is built.
    group = root_group()
    for name in COMMANDS:
        command = group.get_command(None, name)
        assert command is not None, name
        if name in {"schema", "formats"}:
            continue
        # A group (`source`) is resolved through its own commands.
        subcommands = getattr(command, "commands", {})
        for built in [command] if not subcommands else list(subcommands.values()):
            assert built.params, (name, built.name)
