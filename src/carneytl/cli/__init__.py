"""The command line: options become a Query; the only place that prints errors or sets exits.

``app`` and ``main`` live in :mod:`carneytl.cli.root`; each command family is a module that
registers its commands on ``app`` when imported. Building typer's click command for every
command costs start-up time that one run does not need, so ``main()`` imports only the family
of the command named on the command line (see :func:`families_for`). ``app`` taken from this
package, as tests and embedders take it, is the app with every command registered.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Final

from carneytl.cli.root import main

if TYPE_CHECKING:
    from collections.abc import Sequence

    import typer

# In the order ``--help`` lists them: reading first, editing last.
FAMILIES: Final = ("listing", "views", "editing", "extracting", "articles")

# Which family registers each command. A test checks this against the full app, so a command
# added to a family without a line here fails the suite rather than going missing.
COMMANDS: Final = {
    "list": "listing",
    "between": "listing",
    "schema": "listing",
    "formats": "listing",
    "timeline": "views",
    "show": "views",
    "stats": "views",
    "check": "editing",
    "add": "editing",
    "remove": "editing",
    "extract": "extracting",
    "accept": "articles",
    "init": "articles",
    "source": "articles",
    "import": "articles",
}

# The root takes only flags (--version, --help), so the first other word names the command.
_COMPLETING: Final = "_CARNEYTL_COMPLETE"


def command_named(argv: Sequence[str]) -> str | None:
    """The command these arguments name, if they name one before asking for help or version."""
    for word in argv:
        if word in {"-h", "--help", "-V", "--version"}:
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def families_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command families a run with these arguments needs: one, or all when in doubt.

    All of them for ``--help``, ``--version``, no command, a mistyped command (so that click
    can list the real ones) and shell completion.
    """
    command = None if os.environ.get(_COMPLETING) else command_named(argv)
    return FAMILIES if command is None else (COMMANDS[command],)


def register(families: Sequence[str] = FAMILIES) -> None:
    """Import command families; each registers its commands once, whatever the call order."""
    for family in families:
        importlib.import_module(f"carneytl.cli.{family}")


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        from carneytl.cli.root import app

        register()
        return app
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


__all__ = ["COMMANDS", "FAMILIES", "app", "command_named", "families_for", "main", "register"]
