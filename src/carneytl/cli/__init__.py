"""The command line: options become a Query; the only place that prints errors or sets exits.

``app`` and ``main`` live in :mod:`carneytl.cli.app`; importing the command modules below
registers their commands on it, in the order ``--help`` lists them.
"""

from __future__ import annotations

from carneytl.cli import editing, extracting, listing, views
from carneytl.cli.app import app, main

__all__ = ["app", "editing", "extracting", "listing", "main", "views"]
