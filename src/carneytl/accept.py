"""Apply a review to a store in one transaction, with the guarantees of `add`.

Under the store's lock the store is read and validated, every change of the review is
checked (:func:`carneytl.review.plan`), and the new text is made by editing only the lines
concerned: new sources after the last source, the changed events' own lines, the new events
in date order. The text is written, atomically, only if it reads back as exactly the store
the plan describes; otherwise nothing is written at all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carneytl.editing import transaction, yamltext
from carneytl.errors import CarneyError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from carneytl.model import Event, Source, Store
    from carneytl.review import Plan


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an accepted review did (or, for a dry run, would do)."""

    added: tuple[str, ...]
    cited: tuple[str, ...]
    accounts: tuple[str, ...]
    sources: tuple[str, ...]
    skipped: int
    diff: str
    written: bool

    def summary(self, path: str) -> str:
        """One line for people: the counts, and where."""
        if not self.diff:
            return f"nothing to change in {path}: {self.skipped} skipped"
        verb = "changed" if self.written else "would change"
        return (
            f"{verb} {path}: {len(self.added)} event(s) added, {len(self.cited)} cited by more "
            f"sources, {len(self.accounts)} account(s) recorded, {len(self.sources)} source(s) "
            f"added, {self.skipped} skipped"
        )


def accept(
    path: Path,
    review_text: str,
    review_label: str,
    *,
    dry_run: bool = False,
    on_wait: Callable[[], None] | None = None,
) -> Outcome:
    """Apply the review ``review_text`` to the store at ``path``; all of it, or nothing.

    Raises:
        StoreError: the store or the review has problems (the review's at their places).
        CarneyError: the store is locked too long, or cannot be written; it is unchanged.
    """
    from carneytl import review

    target = transaction.editable(path)
    with transaction.locked(target, on_wait):
        text, bom, current = transaction.read_valid(target, str(path))
        found = review.plan(review_text, review_label, current)
        edited, expected = apply_plan(text, current, found)
        _verify(edited, str(path), expected, current)
        diff = _diff(text, edited, str(path))
        if not dry_run and edited != text:
            transaction.write_atomically(target, (bom + edited).encode("utf-8"))
    return Outcome(
        added=tuple(event.id for _, event in found.added),
        cited=tuple(found.cited),
        accounts=tuple(key for key, told in found.accounts.items() for _ in told),
        sources=tuple(str(item["id"]) for item in found.new_sources),
        skipped=found.skipped,
        diff=diff,
        written=not dry_run and edited != text,
    )


def apply_plan(text: str, store: Store, found: Plan) -> tuple[str, tuple[Event, ...]]:
    """Return the store's text with the plan applied, and the events it must then hold."""
    from carneytl.model import sort_key

    for event_id in {*found.cited, *found.accounts}:
        index = next(i for i, e in enumerate(store.events) if e.id == event_id)
        text = _change_event(
            text,
            index,
            found.cited.get(event_id, []),
            found.accounts.get(event_id, []),
        )
    for item in found.new_sources:
        text = _add_source(text, item)
    events = found.events
    for item, event in found.added:
        key = sort_key(event)
        index = next((i for i, e in enumerate(events) if sort_key(e) > key), len(events))
        text = yamltext._Document(text).insert(index, yamltext._yaml_item(item))  # noqa: SLF001 - add's own text edit
        events = (*events[:index], event, *events[index:])
    return text, events


def _verify(text: str, label: str, expected: tuple[Event, ...], before: Store) -> None:
    from carneytl.errors import StoreError
    from carneytl.storage.parsing import parse_store

    try:
        result = parse_store(text.encode("utf-8"), label)
    except StoreError:
        result = None
    if (
        result is None
        or result.events != expected
        or not set(before.sources) <= set(result.sources)
    ):
        raise CarneyError(
            f"{label}: the review would have changed other parts of the store, so nothing was "
            "written",
            hint="the store is unchanged; apply the review in smaller parts, or by hand",
        )


def _diff(before: str, after: str, label: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{label} (now)",
            tofile=f"{label} (accepted)",
        )
    )


# --- the text edits --------------------------------------------------------------------------


def _styled_refs(refs: list[str]) -> Any:  # noqa: ANN401 - a ruamel CommentedSeq
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq([yamltext._safe_text(r, quote_all=False) for r in refs])  # noqa: SLF001 - add's quoting
    seq.fa.set_flow_style()
    return seq


def _grow(item: Any, refs: list[str], accounts: list[dict[str, Any]]) -> None:  # noqa: ANN401 - a CommentedMap
    """Cite ``refs`` and append ``accounts`` to one event mapping, keys in the usual order."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if refs:
        if isinstance(item.get("sources"), list):
            item["sources"].extend(yamltext._safe_text(r, quote_all=False) for r in refs)  # noqa: SLF001 - add's quoting
        else:
            keys = list(item)
            later = [k for k in ("as_written", "accounts") if k in keys]
            at = keys.index(later[0]) if later else len(keys)
            item.insert(at, "sources", _styled_refs(refs))
    if accounts:
        if not isinstance(item.get("accounts"), list):
            item["accounts"] = CommentedSeq()
        for account in accounts:
            styled = CommentedMap()
            styled["date"] = yamltext._date_value(account["date"], quote_all=False)  # noqa: SLF001 - add's date style
            styled["sources"] = _styled_refs(account["sources"])
            for key in ("as_written", "note"):
                if key in account:
                    styled[key] = yamltext._safe_text(account[key], quote_all=False)  # noqa: SLF001 - as above
            item["accounts"].append(styled)


def _change_event(text: str, index: int, refs: list[str], accounts: list[dict[str, Any]]) -> str:
    """Rewrite only event ``index``'s own lines, through ruamel, with the new sources and accounts.

    A store whose events cannot be edited line by line is written whole, as `add` does.
    """
    from ruamel.yaml import YAML

    document = yamltext._Document(text)  # noqa: SLF001 - add's text model
    if not document._by_lines():  # noqa: SLF001 - as above
        return document._round_trip(lambda: _grow(document.events[index], refs, accounts))  # noqa: SLF001 - as above
    line, dash, _ = document._dash(index)  # noqa: SLF001 - as above
    last = index == len(document.events) - 1
    end = document._end() if last else document._content_end(index, dash)  # noqa: SLF001 - as above
    block = "".join(document.lines[line:end])
    sequence, offset = document._guess_indent()  # noqa: SLF001 - as above
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
    loaded = yaml.load(block)
    _grow(loaded[0], refs, accounts)
    out = io.StringIO()
    yaml.dump(loaded, out)
    written = out.getvalue().replace("\n", document._newline())  # noqa: SLF001 - as above
    if not block.endswith("\n"):
        written = written.rstrip("\r\n")
    return "".join(document.lines[:line]) + written + "".join(document.lines[end:])


class _Sources(yamltext._Document):  # noqa: SLF001 - add's text model, pointed at the sources list
    """The store's text with the top-level ``sources`` list located instead of ``events``."""

    def _events_list(self) -> Any:  # noqa: ANN401 - a ruamel CommentedSeq, or None
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        found = self.doc.get("sources") if isinstance(self.doc, CommentedMap) else None
        return found if isinstance(found, CommentedSeq) else None

    def _end(self) -> int:
        keys = list(self.doc)
        after = keys[keys.index("sources") + 1 :]
        boundary = self.doc.lc.key(after[0])[0] if after else len(self.lines)
        _, dash, _ = self._dash(len(self.events) - 1)
        while boundary > 0 and (
            not self.lines[boundary - 1].strip() or self._is_comment(boundary - 1, dash)
        ):
            boundary -= 1
        return boundary

    def _insert_value(self, index: int, item: Any) -> None:  # noqa: ANN401 - a CommentedMap
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        if not isinstance(self.doc, CommentedMap):
            raise CarneyError(
                "the store is a bare list of events, with no place for sources",
                hint="make it a mapping: 'version: 1', 'sources: [...]', 'events: [...]'",
            )
        if self.events is None:
            self.events = CommentedSeq()
            keys = list(self.doc)
            at = keys.index("events") if "events" in keys else len(keys)
            self.doc.insert(at, "sources", self.events)
        if not self.events:
            self.events.fa.set_block_style()
        self.events.insert(index, item)


def _add_source(text: str, item: dict[str, Any]) -> str:
    """Append one source to the store's ``sources`` list, styled like its neighbours."""
    document = _Sources(text)
    size = 0 if document.events is None else len(document.events)
    keys = ("id", "title", "publisher", "published", "url")
    fields: dict[str, Any] = {k: item[k] for k in keys if k in item}
    styled = yamltext._yaml_item(fields)  # noqa: SLF001 - add's styling
    if "published" in item:
        styled["published"] = yamltext._date_value(str(item["published"]), quote_all=False)  # noqa: SLF001 - as above
    return document.insert(size, styled)


def add_source(
    path: Path, item: dict[str, Any], *, on_wait: Callable[[], None] | None = None
) -> Source:
    """Add one source to the store at ``path``, after the others, and return it as stored.

    ``item`` holds ``id`` (None: made from publisher, day and title), ``title``,
    ``publisher``, ``published`` and ``url``.

    Raises:
        StoreError: the store has problems; nothing is written.
        UsageError: the source is invalid or its id is taken (each problem names its option).
        CarneyError: the store is locked for too long or cannot be written.
    """
    from carneytl import slugs
    from carneytl.errors import UsageError
    from carneytl.storage.validate import Checker

    target = transaction.editable(path)
    with transaction.locked(target, on_wait):
        text, bom, current = transaction.read_valid(target, str(path))
        given = {k: v.strip() for k, v in item.items() if isinstance(v, str) and v.strip()}
        if "id" not in given:
            given["id"] = slugs.unique(_made_id(given), set(current.sources))
        elif given["id"] in current.sources:
            raise UsageError(f"--id: the store already has a source {given['id']!r}")
        checker = Checker(str(path))
        source = checker.check_source(dict(given), ("sources", len(current.sources)))
        if checker.issues or source is None:
            raise UsageError(
                "\n".join(
                    f"--{i.loc[-1]}: {i.message.removeprefix(f'{i.loc[-1]!r}: ')}"
                    for i in checker.issues
                )
            )
        edited = _add_source(text, given)
        _verify(edited, str(path), current.events, current)
        result = _parsed(edited, str(path))
        if result.sources.get(source.id) != source:
            raise CarneyError(
                f"{path}: the source did not read back as given, so it was not added",
                hint="the store is unchanged",
            )
        transaction.write_atomically(target, (bom + edited).encode("utf-8"))
        return source


def _made_id(given: dict[str, str]) -> str:
    from carneytl import slugs

    return slugs.source_id(
        publisher=given.get("publisher"),
        published=given.get("published"),
        title=given.get("title"),
        fallback=given.get("url", "source"),
    )


def _parsed(text: str, label: str) -> Store:
    from carneytl.storage.parsing import parse_store

    return parse_store(text.encode("utf-8"), label)
