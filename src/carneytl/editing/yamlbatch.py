"""Many edits of a store's text with one parse: a whole review's changes, many removals.

Each function gives, byte for byte, the text that the edits of :mod:`carneytl.editing.yamltext`
made one at a time give; only the cost differs. It follows the size of the store plus the
number of edits, not their product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from carneytl.editing.yamlstyle import styled_item, styled_source
from carneytl.editing.yamltext import (
    EventsDocument,
    SourcesDocument,
    with_events_added,
    with_events_grown,
    with_sources_added,
)

if TYPE_CHECKING:
    from collections.abc import Iterable


def with_changes(
    text: str,
    grown: Iterable[tuple[int, list[str], list[dict[str, Any]]]],
    sources: Iterable[dict[str, Any]],
    placed: Iterable[tuple[int, dict[str, Any]]],
) -> str:
    """Return ``text`` with events grown, then sources added, then events added.

    The same as :func:`~carneytl.editing.yamltext.with_events_grown`,
    :func:`~carneytl.editing.yamltext.with_sources_added` and
    :func:`~carneytl.editing.yamltext.with_events_added` in turn. The text is parsed once
    where the lists concerned can be edited line by line, and not at all for no change.

    Raises:
        CarneyError: sources are to be added to a bare list of events.
    """
    grown, sources, placed = list(grown), list(sources), list(placed)
    if not (grown or sources or placed):
        return text
    events = EventsDocument(text)
    listed = SourcesDocument(text, parsed=events) if sources else None
    order = _later_first(events, listed)
    if order is not None:
        # Each list is edited in place, the one lower in the file first: its edits then move
        # no line of the other, whose positions from the one parse still hold.
        for document in order:
            if document is not order[0]:
                document.follow(order[0])
            if document is events:
                for index, refs, accounts in grown:
                    events.grow_in_place(index, refs, accounts)
                for index, item in placed:
                    events.insert_in_place(index, styled_item(item))
            else:
                for item in sources:
                    document.insert_in_place(len(document.items), styled_source(item))
        # An edit that had to parse again (odd line breaks in a new item) may have moved lines
        # of the other list: then the plain way is taken instead.
        if events.parses + (listed.parses if listed is not None else 0) == 1:
            return order[-1].joined()
    text = with_events_grown(text, grown)
    text = with_sources_added(text, sources)
    return with_events_added(text, placed)


def _later_first(
    events: EventsDocument, listed: SourcesDocument | None
) -> tuple[EventsDocument, ...] | None:
    """The documents to edit, the list lower in the file first; None unless all go by lines."""
    if listed is None:
        return (events,) if events.by_lines() else None
    if not (events.by_lines() and listed.by_lines()):
        return None
    return (events, listed) if events.items[0] > listed.items[0] else (listed, events)


def with_events_removed(text: str, indexes: Iterable[int]) -> str:
    """Return ``text`` without the events numbered ``indexes`` (as numbered in ``text``).

    The same as removing them one at a time, from the last
    (:func:`~carneytl.editing.yamltext.with_event_removed`), with one parse of the text where
    its events can be edited line by line (two when every event goes).
    """
    chosen = sorted(set(indexes), reverse=True)
    if not chosen:
        return text
    document = EventsDocument(text)
    if not document.by_lines():
        for index in chosen:  # each removal is a round trip through ruamel anyway
            text = document.remove(index)
        return text
    # The last event to go leaves an empty list, written `[]` by the plain removal.
    final = chosen.pop() if len(chosen) == len(document.items) else None
    text = _Cuts(document).without(chosen)
    return text if final is None else EventsDocument(text).remove(final)


class _Cuts:
    """The lines of one parse, with the removals of events made as marks on them.

    Each removal cuts the lines the plain removal would, found from the positions in the text
    as parsed: above an event nothing has changed yet (events go from the last), and below it
    only blank and comment lines are left between the content of the events that stay.
    """

    def __init__(self, document: EventsDocument) -> None:
        self.document = document
        self.lines = document.lines
        size = len(self.lines)
        # A line still there is its own link; a cut one links to a later line (union-find).
        self.link = list(range(size + 1))
        # The first line at or after each that is not blank, in the text as parsed.
        self.text_at = [size] * (size + 1)
        for number in range(size - 1, -1, -1):
            blank = not self.lines[number].strip()
            self.text_at[number] = self.text_at[number + 1] if blank else number

    def without(self, chosen: list[int]) -> str:
        """Return the text without the events ``chosen`` (from the last), none of them all."""
        document, lines = self.document, self.lines
        count = len(document.items)
        below = count  # the first event after the one going that stays
        for gone, index in enumerate(chosen):
            if index + 1 < count and (not gone or chosen[gone - 1] != index + 1):
                below = index + 1
            start = document.head(index)
            end = document.own_lines(index)[1]
            if index + 1 + gone == count:
                # The last event left: the blank lines above it go with it, the tail stays.
                while start > 0 and not lines[start - 1].strip():
                    start -= 1
                self._cut(start, end)
                continue
            after = self._first_text(end)
            apart = after < document.head(below) and index > 0 and lines[start - 1].strip()
            self._cut(start, end if apart else after)
        return "".join(line for number, line in enumerate(lines) if self.link[number] == number)

    def _kept(self, number: int) -> int:
        """The first line at or after ``number`` that is still there."""
        root = number
        while self.link[root] != root:
            root = self.link[root]
        while self.link[number] != root:
            self.link[number], number = root, self.link[number]
        return root

    def _cut(self, start: int, end: int) -> None:
        number = self._kept(start)
        while number < end:
            self.link[number] = number + 1
            number = self._kept(number + 1)

    def _first_text(self, number: int) -> int:
        """The first line at or after ``number``, still there, that is not blank."""
        number = self._kept(number)
        while number < len(self.lines) and not self.lines[number].strip():
            number = self._kept(self.text_at[number])
        return number
