"""The command line: options become typed values and a Query; the only place errors print.

``app`` and ``main`` live in :mod:`carneytl.cli.root`. Each command family is a module that
registers its commands on ``app`` when imported; the root group (:class:`LazyCommands`) imports
a family only when click asks for one of its commands, by name, from the one ``COMMANDS`` table.
"""

from __future__ import annotations

from carneytl.cli.root import COMMANDS, FAMILIES, LazyCommands, app, main, register

__all__ = ["COMMANDS", "FAMILIES", "LazyCommands", "app", "main", "register"]
