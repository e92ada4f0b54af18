"""The events as an accepted review leaves them: what each action adds to which event. Pure."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from carneytl.model import Account, Event, Source, Store

    # What a review's actions give the events, by event id: the source ids each cites more
    # (``cited``), the account mappings appended (``accounts``), and by the place of an
    # account the event holds already the source ids it gains (``extended``).
    Cited = Mapping[str, Sequence[str]]
    Told = Mapping[str, Sequence[Mapping[str, Any]]]
    Extended = Mapping[str, Mapping[int, Sequence[str]]]


def grown_additions(
    added: Sequence[tuple[dict[str, Any], Event]],
    gives: tuple[Cited, Told, Extended],
    sources: Mapping[str, Source],
) -> tuple[tuple[dict[str, Any], Event], ...]:
    """The review's new events with the sources and accounts its other actions give them."""
    cited, accounts, extended = gives
    grown: list[tuple[dict[str, Any], Event]] = []
    for item, event in added:
        refs = cited.get(event.id, [])
        told = accounts.get(event.id, [])
        more = extended.get(event.id, {})
        if more:
            item = {**item, "accounts": _extended(item["accounts"], more)}  # noqa: PLW2901 - grown
            event = dataclasses.replace(  # noqa: PLW2901 - the event, grown
                event, accounts=_accounts_extended(event.accounts, more, sources)
            )
        if refs or told:
            item = {**item, "sources": [*item.get("sources", []), *refs]}  # noqa: PLW2901 - grown
            if told:
                item["accounts"] = [*item.get("accounts", []), *told]
            event = dataclasses.replace(  # noqa: PLW2901 - the event, grown
                event,
                sources=event.sources + tuple(sources[r] for r in refs),
                accounts=event.accounts + _accounts(told, sources),
            )
        grown.append((item, event))
    return tuple(grown)


def _accounts(
    told: Sequence[Mapping[str, Any]], sources: Mapping[str, Source]
) -> tuple[Account, ...]:
    from carneytl.dates.edtf import parse_edtf
    from carneytl.model import Account

    return tuple(
        Account(
            date=parse_edtf(a["date"]),
            sources=tuple(sources[r] for r in a["sources"]),
            as_written=a.get("as_written"),
            note=a.get("note"),
        )
        for a in told
    )


def _extended(items: Sequence[Any], more: Mapping[int, Sequence[str]]) -> list[Any]:
    """An added event's account mappings, those named in ``more`` citing its sources too."""
    return [
        {**item, "sources": [*item["sources"], *more[at]]} if at in more else item
        for at, item in enumerate(items)
    ]


def _accounts_extended(
    accounts: Sequence[Account], more: Mapping[int, Sequence[str]], sources: Mapping[str, Source]
) -> tuple[Account, ...]:
    """``accounts``, those named in ``more`` citing the sources it lists too."""
    return tuple(
        dataclasses.replace(told, sources=told.sources + tuple(sources[r] for r in more[at]))
        if at in more
        else told
        for at, told in enumerate(accounts)
    )


def changed_events(
    store: Store, gives: tuple[Cited, Told, Extended], sources: Mapping[str, Source]
) -> tuple[Event, ...]:
    """The store's events, each citing the sources and holding the accounts the review gives."""
    cited, accounts_told, extended_by = gives
    changed: list[Event] = []
    for event in store.events:
        more = tuple(sources[r] for r in cited.get(event.id, ()))
        accounts = _accounts(accounts_told.get(event.id, ()), sources)
        extended = extended_by.get(event.id)
        if more or accounts or extended:
            held = _accounts_extended(event.accounts, extended or {}, sources)
            event = dataclasses.replace(  # noqa: PLW2901 - the event, changed
                event, sources=event.sources + more, accounts=held + accounts
            )
        changed.append(event)
    return tuple(changed)
