"""The command line: options become typed values and a Query; the only place errors print.

``app`` and ``main`` live in :mod:`carneytl.cli.root`. Each command family is a module with a
Typer of its own, ``commands``; the root group (:class:`LazyCommands`) imports a family and
mounts its commands only when click asks for one of them, by name, from the one ``COMMANDS``
table.
"""

from __future__ import annotations

from carneytl.cli.root import COMMANDS, FAMILIES, LazyCommands, app, family_commands, main

__all__ = ["COMMANDS", "FAMILIES", "LazyCommands", "app", "family_commands", "main"]
