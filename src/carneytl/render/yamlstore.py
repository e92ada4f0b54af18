"""The selection as a carneytl store: YAML that ``--store`` reads back, citing only its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carneytl.render.records import source_record

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carneytl.model import Account, Event, Source
    from carneytl.render import RenderContext


def _event_mapping(event: Event) -> dict[str, Any]:
    # Missing values and empty lists are left out, so the file reads like a hand-kept store;
    # empty text stays, as the store keeps it apart from a missing value.
    mapping: dict[str, Any] = {"id": event.id, "date": event.date.text, "title": event.title}
    optional: dict[str, Any] = {
        "summary": event.summary,
        "actors": list(event.actors),
        "tags": list(event.tags),
        "location": event.location,
        "sources": [s.id for s in event.sources],
        "as_written": event.as_written,
        "accounts": [_account_mapping(a) for a in event.accounts],
    }
    mapping.update((key, value) for key, value in optional.items() if value not in (None, []))
    return mapping


def _account_mapping(account: Account) -> dict[str, Any]:
    mapping: dict[str, Any] = {
        "date": account.date.text,
        "sources": [s.id for s in account.sources],
    }
    optional = {"as_written": account.as_written, "note": account.note}
    mapping.update((key, value) for key, value in optional.items() if value is not None)
    return mapping


def _source_mapping(source: Source) -> dict[str, Any]:
    return {key: value for key, value in source_record(source).items() if value is not None}


def store_document(events: Sequence[Event]) -> dict[str, Any]:
    """Return the store (version 1) holding ``events`` and each source they cite, once."""
    cited: dict[str, Source] = {}
    for event in events:
        for source in event.sources:
            cited.setdefault(source.id, source)
        for account in event.accounts:
            for source in account.sources:
                cited.setdefault(source.id, source)
    return {
        "version": 1,
        "sources": [_source_mapping(s) for s in cited.values()],
        "events": [_event_mapping(e) for e in events],
    }


def render(events: Sequence[Event], ctx: RenderContext) -> str:  # noqa: ARG001 - a store has no view of today
    """Render a YAML store. Strings that YAML would read as dates or numbers are quoted."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        store_document(events),
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
