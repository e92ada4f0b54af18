"""Write docs/reference.md, the command reference, from the help text of every command.

Run ``uv run python scripts/gen_reference.py`` after changing any help text; ``--check`` only
compares, and exits 1 when the page is out of date (tests/test_reference.py does the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from carneytl.cli import app

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "docs" / "reference.md"
COMMAND = "uv run python scripts/gen_reference.py"

# Help is laid out for this many columns whatever the terminal, so the page is the same on
# every machine; it is also the widest the app ever lays out its help.
WIDTH = 100

INTRO = f"""\
# Command reference

Every command's `--help`, as carneytl prints it at {WIDTH} columns. This page is generated:
do not edit it by hand. After changing any help text, regenerate it with

```sh
{COMMAND}
```

and commit the result; `tests/test_reference.py` fails while it is out of date. The
[README](../README.md) has a shorter tour, and [store-format.md](store-format.md) describes the
files these commands read.
"""


def command_names() -> list[str]:
    """The app's commands, in the order its own ``--help`` lists them; a group's after it."""
    group = typer.main.get_command(app)
    context = typer.Context(group)
    names: list[str] = []
    for name in group.list_commands(context):  # type: ignore[attr-defined]
        names.append(name)
        command = group.get_command(context, name)  # type: ignore[attr-defined]
        if isinstance(command, TyperGroup):  # `source` has `source add`
            names += [f"{name} {sub}" for sub in command.list_commands(context)]
    return names


def help_text(args: list[str]) -> str:
    """What ``carneytl ARGS --help`` prints, at the fixed width and without colour."""
    result = CliRunner().invoke(
        app,
        [*args, "--help"],
        prog_name="carneytl",
        terminal_width=WIDTH,
        color=False,
        env={"NO_COLOR": "1", "COLUMNS": str(WIDTH)},
    )
    if result.exit_code != 0:
        msg = f"carneytl {' '.join(args)} --help exited {result.exit_code}: {result.output}"
        raise RuntimeError(msg)
    return result.stdout.rstrip() + "\n"


def section(title: str, text: str) -> str:
    """One command's part of the page: a heading over its help, verbatim."""
    return f"## `{title}`\n\n```text\n{text}```\n"


def render() -> str:
    """The whole page, as it should be on disk."""
    names = command_names()
    contents = "\n".join(
        f"- [`carneytl {name}`](#carneytl-{name.replace(' ', '-')})" for name in names
    )
    parts = [INTRO, f"Commands:\n\n{contents}\n", section("carneytl", help_text([]))]
    parts += [section(f"carneytl {name}", help_text(name.split())) for name in names]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write the page, or with ``--check`` say whether the page on disk is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if docs/reference.md is out of date"
    )
    options = parser.parse_args(argv)
    page = render()
    current = REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else None
    if options.check:
        if current != page:
            print(f"{REFERENCE.relative_to(ROOT)} is out of date; run: {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if current != page:
        REFERENCE.write_text(page, encoding="utf-8")
        print(f"wrote {REFERENCE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
