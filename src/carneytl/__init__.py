"""carneytl: query a news story's chronology, kept in a sourced event store, from the terminal."""

from __future__ import annotations

__version__ = "0.1.0"
