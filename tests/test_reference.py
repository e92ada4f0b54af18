"""docs/reference.md is the help of every command as the app prints it now."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_reference.py"


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("gen_reference", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_command_reference_is_up_to_date(generator):
    on_disk = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    assert on_disk == generator.render(), (
        f"docs/reference.md is out of date with the CLI's help; regenerate it with "
        f"`{generator.COMMAND}` and commit the result"
    )


def test_the_reference_covers_every_command(generator):
    from carneytl.cli import COMMANDS

    page = generator.render()
    names = generator.command_names()
    # Each command of the root, and each command of a group after the group (`source add`).
    assert sorted(name for name in names if " " not in name) == sorted(COMMANDS)
    assert "source add" in names
    for name in names:
        assert f"## `carneytl {name}`\n" in page
        assert f"Usage: carneytl {name} [OPTIONS]" in page


def test_the_reference_does_not_depend_on_the_terminal(generator, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    narrow = generator.render()
    monkeypatch.setenv("COLUMNS", "200")
    assert generator.render() == narrow


def test_the_check_mode_reports_a_stale_page(generator, tmp_path, monkeypatch, capsys):
    stale = tmp_path / "reference.md"
    stale.write_text("# Command reference\n", encoding="utf-8")
    monkeypatch.setattr(generator, "REFERENCE", stale)
    monkeypatch.setattr(generator, "ROOT", tmp_path)
    assert generator.main(["--check"]) == 1
    assert "run: uv run python scripts/gen_reference.py" in capsys.readouterr().err
    assert generator.main([]) == 0
    assert generator.main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8") == generator.render()
