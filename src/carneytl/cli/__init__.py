"""The command line: options become a Query; the only place that prints errors or sets exits.

``app`` and ``main`` live in :mod:`carneytl.cli.app`. Importing the command modules registers
their commands on it, in the order ``--help`` lists them: reading first, editing last.
"""

from __future__ import annotations

import importlib

from carneytl.cli.app import app, main

for _family in ("listing", "views", "editing", "extracting"):
    importlib.import_module(f"carneytl.cli.{_family}")

__all__ = ["app", "main"]
