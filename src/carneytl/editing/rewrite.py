"""One event of a YAML store as text to edit, and the change that puts the edited text back.

The text is the event's own lines, moved to column 0: what the user sees in an editor is what
the file holds, comments included. Putting it back replaces those lines only, and is checked
like any edit (:func:`carneytl.editing.transaction.apply`); problems in the edited text are
placed by its own lines and columns, under the name of the file it was edited in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from carneytl.editing import yamltext
from carneytl.editing.transaction import Planned, editable, read_valid, refuse_unknown
from carneytl.errors import CarneyError, Problem, StoreError

if TYPE_CHECKING:
    from pathlib import Path

    from carneytl.editing.transaction import Change
    from carneytl.model import Store


def event_text(path: Path, event_id: str) -> str:
    """The event ``event_id`` of the store at ``path`` as its own YAML text, to edit.

    Raises:
        StoreError: the store has problems.
        NotFoundError: the store has no such event.
        CarneyError: the store's events are not laid out one block item each.
    """
    target = editable(path)
    text, _, current = read_valid(target, str(path))
    return _text_of(text, current, event_id, str(path))


def _text_of(text: str, current: Store, event_id: str, label: str) -> str:
    ids = [event.id for event in current.events]
    refuse_unknown([event_id] if event_id not in ids else [], ids, label, asked=1)
    found = yamltext.event_text(text, ids.index(event_id))
    if found is None:
        raise CarneyError(
            f"{label}: `edit` changes events written as block items (`- id: ...`) only",
            hint="edit the file by hand, then run `carneytl check`",
        )
    return found


def replacing(event_id: str, text: str, *, original: str, label: str) -> Change:
    """The change that writes ``text`` in place of the event ``event_id``.

    ``original`` is the event's text as it was handed out for editing: if the store's copy no
    longer reads the same (another edit got there first), the change is refused. ``label``
    names the edited text in problems found in it.

    Raises (when applied):
        StoreError: the edited event has problems, placed in the edited text where they are.
        CarneyError: the event changed meanwhile, or the edited text is empty.
        NotFoundError: the event is no longer in the store.
    """

    def change(store_text: str, current: Store, store_label: str) -> Planned:
        from carneytl.storage.parsing import load_yaml_text, parse_store

        now = _text_of(store_text, current, event_id, store_label)
        if now != original:
            raise CarneyError(
                f"{store_label}: {event_id!r} was changed by another edit while you were "
                "editing it, so your text was not applied"
            )
        if not any(line.strip() and not line.lstrip().startswith("#") for line in text.split("\n")):
            raise CarneyError(
                "the edited text is empty, so nothing was changed",
                hint=f"to remove the event: carneytl remove {event_id}",
            )
        if not isinstance(load_yaml_text(text, label), dict):
            # Checked alone first: a broken quote would otherwise be found at the store's end.
            raise StoreError(
                [Problem(label, 1, 1, "the edited text must be one event: a mapping of fields")]
            )
        index = [event.id for event in current.events].index(event_id)
        placed = yamltext.with_event_text(store_text, index, text)
        if placed is None:  # pragma: no cover - _text_of has refused such a store already
            raise CarneyError(f"{store_label}: `edit` cannot change this store's layout")
        edited, shift, indent = placed
        lines = text.count("\n") + 1
        try:
            result = parse_store(edited.encode("utf-8"), store_label)
        except StoreError as exc:
            raise StoreError(
                [_placed(p, shift, indent, lines, label) for p in exc.problems]
            ) from None
        if len(result.events) != len(current.events):  # pragma: no cover - one mapping
            raise CarneyError(f"{label}: the edited text must be one event")
        new = result.events[index]
        expected = (*current.events[:index], new, *current.events[index + 1 :])
        return Planned(
            edited, expected, (new,), accept=lambda read: read.sources == current.sources
        )

    return change


def _placed(problem: Problem, shift: int, indent: int, lines: int, label: str) -> Problem:
    """A problem of the store, moved into the edited text if that is where it lies."""
    if problem.line is None or not 1 <= problem.line - shift <= lines:
        return problem
    column = None if problem.column is None else max(problem.column - indent, 1)
    return Problem(label, problem.line - shift, column, problem.message, problem.field)
