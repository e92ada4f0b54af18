"""Apply a review to a store in one transaction, with the guarantees of `add`.

Under the store's lock the store is read and validated, every change of the review is
checked (:func:`carneytl.review.plan`), and the new text is made by editing only the lines
concerned: new sources after the last source, the changed events' own lines, the new events
in date order. The text is written, atomically, only if it reads back as exactly the store
the plan describes; otherwise nothing is written at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carneytl.editing import transaction, yamlbatch, yamltext
from carneytl.errors import CarneyError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from carneytl.editing.transaction import Edit
    from carneytl.model import Event, Source, Store
    from carneytl.review import Plan

    SortKey = tuple[bool, dt.date, bool, dt.date]  # as carneytl.model.sort_key makes


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an accepted review did (or, for a dry run, would do, with ``diff`` the change)."""

    added: tuple[str, ...]
    cited: tuple[str, ...]
    accounts: tuple[str, ...]
    sources: tuple[str, ...]
    skipped: int
    diff: str
    changed: bool
    dry_run: bool
    repeated: tuple[str, ...] = ()
    extended: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        """Whether the store's file was replaced: a change, and no dry run."""
        return self.changed and not self.dry_run

    def summary(self, path: str) -> str:
        """One line for people: the counts, and where."""
        # Said only when it happens: an account asked for twice is the surprise worth a word.
        repeated = ""
        if self.repeated:
            repeated = f"{len(self.repeated)} account(s) already recorded"
            if self.extended:
                repeated += f" ({len(self.extended)} citing more sources)"
            repeated += ", "
        if not self.changed:
            return f"nothing to change in {path}: {repeated}{self.skipped} skipped"
        verb = "changed" if self.written else "would change"
        return (
            f"{verb} {path}: {len(self.added)} event(s) added, {len(self.cited)} cited by more "
            f"sources, {len(self.accounts)} account(s) recorded, {repeated}"
            f"{len(self.sources)} source(s) added, {self.skipped} skipped"
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
        # Only a dry run shows the diff; a big review's is costly to work out for nobody.
        diff = _diff(text, edited, str(path)) if dry_run else ""
        changed = edited != text
        if changed and not dry_run:
            transaction.write_atomically(target, (bom + edited).encode("utf-8"))
    return Outcome(
        added=tuple(event.id for _, event in found.added),
        cited=tuple(found.cited),
        accounts=tuple(key for key, told in found.accounts.items() for _ in told),
        sources=tuple(str(item["id"]) for item in found.new_sources),
        skipped=found.skipped,
        repeated=found.repeated,
        extended=(*(key for key, more in found.extended.items() for _ in more), *found.joined),
        diff=diff,
        changed=changed,
        dry_run=dry_run,
    )


def apply_plan(text: str, store: Store, found: Plan) -> tuple[str, tuple[Event, ...]]:
    """Return the store's text with the plan applied, and the events it must then hold."""
    from carneytl.model import sort_key

    where: dict[str, int] = {}
    for i, event in enumerate(store.events):
        where.setdefault(event.id, i)
    # The review's own new events carry what its other actions give them already. An account
    # the event holds gains its new sources through a mapping that names its place.
    grown = [
        (
            where[event_id],
            found.cited.get(event_id, []),
            [
                *found.accounts.get(event_id, []),
                *(
                    {"extends": at, "sources": refs}
                    for at, refs in found.extended.get(event_id, {}).items()
                ),
            ],
        )
        for event_id in {*found.cited, *found.accounts, *found.extended}
        if event_id in where
    ]
    events = list(found.events)
    indexes = places([sort_key(e) for e in events], [sort_key(e) for _, e in found.added])
    placed: list[tuple[int, dict[str, Any]]] = []
    for index, (item, event) in zip(indexes, found.added, strict=True):
        placed.append((index, item))
        events.insert(index, event)
    return yamlbatch.with_changes(text, grown, found.new_sources, placed), tuple(events)


def places(keys: Sequence[SortKey], new: Sequence[SortKey]) -> list[int]:
    """Where each of ``new`` goes, in turn, among ``keys`` and the new ones placed before it.

    Each goes before the first that sorts after it: after every one that sorts with it or
    before it, as a hand-kept store would have it, in whatever order the others are.
    """
    import bisect
    import itertools

    # The greatest key up to each place never decreases, so the first place whose greatest key
    # sorts after a new one is found by bisection; the new key then becomes that place's.
    highest = list(itertools.accumulate(keys, max))
    found: list[int] = []
    for key in new:
        index = bisect.bisect_right(highest, key)
        highest.insert(index, key)
        found.append(index)
    return found


def _verify(
    text: str,
    label: str,
    expected: tuple[Event, ...],
    before: Store,
    *,
    what: str = "the review",
    remedy: str = "apply the review in smaller parts, or by hand",
) -> None:
    def keeps_sources(result: Store) -> bool:
        return set(before.sources) <= set(result.sources)

    if not transaction.reads_back_as(text, label, expected, keeps_sources):
        raise CarneyError(
            f"{label}: {what} would have changed other parts of the store, so nothing was written",
            hint=f"the store is unchanged; {remedy}",
        )


def _diff(before: str, after: str, label: str) -> str:
    # The same diff as add's --dry-run: the lines both texts share at their ends are skipped.
    return "".join(
        transaction.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{label} (now)",
            tofile=f"{label} (accepted)",
        )
    )


def add_source(
    path: Path,
    item: dict[str, Any],
    *,
    dry_run: bool = False,
    on_wait: Callable[[], None] | None = None,
) -> tuple[Source, Edit]:
    """Add one source to the store at ``path``, after the others; return it and the edit.

    ``item`` holds ``id`` (None: made from publisher, day and title), ``title``,
    ``publisher``, ``published`` (as the store writes it) and ``url``. A dry run writes nothing.

    Raises:
        StoreError: the store has problems; nothing is written.
        UsageError: the source has neither title nor publisher, is invalid, or its id is taken
            (each problem names its option).
        CarneyError: the store has this source already (by the rule ``extract`` reuses one
            by), is locked for too long or cannot be written.
    """
    from carneytl import slugs
    from carneytl.errors import UsageError
    from carneytl.storage.validate import Checker

    given = {k: v.strip() for k, v in item.items() if isinstance(v, str) and v.strip()}
    if "title" not in given and "publisher" not in given:
        raise UsageError(
            "a source needs a --title or a --publisher: a source of neither cannot be told apart",
            hint="give the piece's --title, its --publisher, or both",
        )
    # A byte that is not UTF-8 on the command line arrives as half a surrogate pair: said
    # here, naming its option, not found later as an edit that failed to read back.
    typed = Checker(str(path))
    typed.check_unicode(dict(given), ("sources", 0), typed=True)
    if typed.issues:
        raise UsageError(
            "\n".join(_option_problem(i.loc[-1], i.message) for i in typed.issues),
            hint=next((i.hint for i in typed.issues if i.hint), None),
        )
    target = transaction.editable(path)
    with transaction.locked(target, on_wait):
        text, bom, current = transaction.read_valid(target, str(path))
        if "id" not in given:
            given["id"] = slugs.unique(_made_id(given), set(current.sources))
        elif given["id"] in current.sources:
            raise UsageError(f"--id: the store already has a source {given['id']!r}")
        checker = Checker(str(path))
        source = checker.check_source(dict(given), ("sources", len(current.sources)))
        if checker.issues or source is None:
            raise UsageError(
                "\n".join(_option_problem(i.loc[-1], i.message) for i in checker.issues),
                hint=next((i.hint for i in checker.issues if i.hint), None),
            )
        _refuse_a_known_source(source, current)
        edited = yamltext.with_source_added(text, given)
        _verify(
            edited,
            str(path),
            current.events,
            current,
            what="the new source",
            remedy="add it by hand",
        )
        result = _parsed(edited, str(path))
        if result.sources.get(source.id) != source:
            raise CarneyError(
                f"{path}: the source did not read back as given, so it was not added",
                hint="the store is unchanged",
            )
        if not dry_run:
            transaction.write_atomically(target, (bom + edited).encode("utf-8"))
        return source, transaction.Edit(path=path, before=text, after=edited, events=())


def _option_problem(field: str | int, message: str) -> str:
    """A source's problem as the option behind it says it: `--url: 'ftp://x' is not ...`."""
    import re

    # The checker names the field its own way ("'url' 'x' is ...", "'published': ...",
    # "id 'X' is ..."); the option says it once.
    name = re.escape(str(field))
    said = re.sub(rf"^(?:'{name}':? |{name} )", "", message)
    return f"--{field}: {said}"


def _refuse_a_known_source(source: Source, store: Store) -> None:
    """Refuse ``source`` if the store has it already, as ``extract`` would reuse it."""
    from carneytl.extract.gather import same_source

    for known in store.sources.values():
        if same_source(known, source):
            by = (
                "url"
                if known.url and source.url and known.url.rstrip("/") == source.url.rstrip("/")
                else "publisher, day and title"
            )
            raise CarneyError(
                f"the store already has this source, as {known.id!r} (the same {by})",
                hint=f"cite it as {known.id!r}; a different piece needs its own url, or "
                "another publisher, day or title",
            )


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
