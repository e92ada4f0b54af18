"""Shell completion from the store: event ids, actors, tags and sources; cheap and never failing.

Each callback reads the stores the command line names so far (``--store``, or
``CARNEYTL_STORE``, or the embedded store), through the parse cache like any command, and
offers the names that start with what was typed, in any case. A shell asks on every Tab, so a
store that cannot be read, or anything else going wrong, offers nothing rather than an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, get_type_hints

# typer reads the callbacks' annotations at run time to tell their parameters apart.
import typer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from carneytl.model import Event

STATUSES = ("upcoming", "ongoing", "past")
# A shell shows every offer at once; past this many, typing more letters is the better help.
MOST_OFFERS = 200


def complete_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Event ids, each with its title as the help a shell may show beside it."""
    events = _events(ctx)
    return _offer(((event.id, event.title) for event in events), incomplete)


def complete_actors(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The actors of the store's events."""
    return _offer(((a, "") for event in _events(ctx) for a in event.actors), incomplete)


def complete_tags(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The tags of the store's events."""
    return _offer(((t, "") for event in _events(ctx) for t in event.tags), incomplete)


def complete_sources(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The source ids the store's events cite, each with the source's title."""
    cited = ((s.id, s.title or "") for event in _events(ctx) for s in event.sources)
    return _offer(cited, incomplete)


def complete_statuses(incomplete: str) -> list[str]:
    """The three statuses an event can have."""
    return [status for status in STATUSES if status.startswith(incomplete.casefold())]


# typer reads a completion callback's annotations each time it builds an option that has one,
# which is on every run; given as objects once here, they are not compiled from text each time
# (as carneytl.cli.root does for the commands).
for _callback in (
    complete_ids,
    complete_actors,
    complete_tags,
    complete_sources,
    complete_statuses,
):
    _callback.__annotations__ = get_type_hints(_callback)


def _offer(names: Iterable[tuple[str, str]], incomplete: str) -> list[tuple[str, str]]:
    """The distinct names that start with ``incomplete`` in any case, sorted, with their help."""
    from carneytl.textkey import name_key

    wanted = name_key(incomplete)
    offers: dict[str, str] = {}
    for name, help_text in names:
        if name not in offers and name_key(name).startswith(wanted):
            offers[name] = help_text
    return sorted(offers.items(), key=lambda item: name_key(item[0]))[:MOST_OFFERS]


def _events(ctx: typer.Context) -> tuple[Event, ...]:
    """The events of the stores the command line names so far; none if they cannot be read."""
    try:
        given = ctx.params.get("store") or ()
        paths = [Path(path) for path in given]
        if any(str(path) in {"", "-"} for path in given):
            # Standard input is the command's to read, and an empty path names no store.
            return ()
        from carneytl.storage.stores import load_merged

        return load_merged(paths).events
    except Exception:  # noqa: BLE001 - a Tab press must never print a traceback or an error
        return ()
