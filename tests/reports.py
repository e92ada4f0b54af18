"""Candidate reports made for the reconcile tests: a date, a title, and what else a test needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.dates.edtf import parse_edtf
from carneytl.reconcile import Proposal

if TYPE_CHECKING:
    from collections.abc import Sequence


def proposal(
    date: str,
    title: str,
    actors: Sequence[str] = (),
    sentence: str = "",
    sources: Sequence[str] = ("a",),
) -> Proposal:
    """A candidate as an article gives it: its sentence is its title unless told otherwise."""
    return Proposal(
        id="",
        date=parse_edtf(date),
        title=title,
        actors=tuple(actors),
        sentence=sentence or title,
        as_written=date,
        sources=tuple(sources),
    )
