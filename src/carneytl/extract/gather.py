"""From articles to a review: each article a source, its candidates reconciled with a store. Pure.

An article's source is one the store already has when the url is the same, or the publisher,
day and title are; otherwise it gets a new id (:func:`carneytl.slugs.source_id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from carneytl import slugs
from carneytl.dates.edtf import parse_edtf
from carneytl.model import Source

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from carneytl.extract.frontmatter import Article
    from carneytl.model import Store
    from carneytl.reconcile import Proposal, Record
    from carneytl.review import Entry


@dataclass(frozen=True, slots=True)
class Gathered:
    """The sources of the articles (each flagged when the store has it) and the candidates."""

    sources: tuple[tuple[Source, bool], ...]
    entries: tuple[Entry, ...]


def same_source(a: Source, b: Source) -> bool:
    """The same url, or the same publisher, day and title (a url may carry tracking words)."""
    if a.url and b.url and a.url.rstrip("/") == b.url.rstrip("/"):
        return True
    return all(
        x is not None and y is not None and x.casefold() == y.casefold()
        for x, y in ((a.publisher, b.publisher), (a.published, b.published), (a.title, b.title))
    )


def source_of(article: Article, stem: str, known: Iterable[Source], taken: set[str]) -> Source:
    """The article's source: one of ``known`` if it is the same, else a new one with a new id."""
    from carneytl.extract.fragment import headline

    described = article.described
    day = described.published
    title = described.title if described.title is not None else headline(article.body)
    made = Source(
        id="",
        title=title,
        publisher=described.publisher,
        published=None if day is None else day.isoformat(),
        url=described.url,
    )
    for source in known:
        if same_source(source, made):
            return source
    base = slugs.source_id(publisher=made.publisher, published=day, title=title, fallback=stem)
    return Source(
        id=slugs.unique(base, taken),
        title=made.title,
        publisher=made.publisher,
        published=made.published,
        url=made.url,
    )


def gather(
    articles: Sequence[tuple[Article, str]], store: Store, *, kind: str = "auto"
) -> Gathered:
    """Extract each article's candidates, merge the shared ones, match them against ``store``.

    ``articles`` pairs each article with a stem (its file name) for ids when it lacks a
    publisher and title.
    """
    from carneytl.extract.events import candidates
    from carneytl.reconcile import Proposal, reconcile, records
    from carneytl.review import Entry, proposed_action

    actors = {actor for event in store.events for actor in event.actors}
    taken = set(store.sources)
    found: list[tuple[Source, bool]] = []
    proposals: list[Proposal] = []
    # An article given twice (two copies of one file) reports each thing once.
    read: set[tuple[str, str]] = set()
    for article, stem in articles:
        known = [*store.sources.values(), *(s for s, _ in found)]
        source = source_of(article, stem, known, taken)
        if (source.id, article.body) in read:
            continue
        read.add((source.id, article.body))
        if all(source.id != s.id for s, _ in found):
            found.append((source, source.id in store.sources))
            taken.add(source.id)
        day = article.described.published
        if day is None:  # pragma: no cover - frontmatter.read insists on a day
            continue
        proposals.extend(
            Proposal(
                id="",
                date=parse_edtf(c.date),
                title=c.title,
                actors=c.actors,
                sentence=c.sentence,
                as_written=c.as_written,
                sources=(source.id,),
            )
            # The proposals get their ids below, from their titles alone.
            for c in candidates(article.body, day, actors, kind, with_ids=False)
        )
    events = {e.id: e for e in store.events}
    ids = set(events)
    by_source = records(store.events, {s.id for s, _ in found})
    entries: list[Entry] = []
    for proposal, match in reconcile(proposals, store.events):
        event_id = slugs.unique(slugs.slug(proposal.title, fallback=proposal.date.text), ids)
        ids.add(event_id)
        action = proposed_action(proposal, match, events.get(match.event or ""))
        action, note = _already(proposal, by_source, action)
        entries.append(Entry(proposal, match, action, event_id, note=note))
    return Gathered(tuple(found), tuple(entries))


def _already(
    proposal: Proposal, by_source: Mapping[str, Sequence[Record]], action: str
) -> tuple[str, str | None]:
    """``skip``, with a word why, when an event records the candidate already; else ``action``.

    The match only looks near the candidate's date: a report a reviewer filed under another
    event (an account far from its date, say) is found here by its sources.
    """
    from carneytl.dates.display import display
    from carneytl.reconcile import recorded

    record = recorded(proposal, by_source)
    if record is None:
        return action, None
    held = f"an account of {record.event.id}" if record.account else record.event.id
    return "skip", f"already recorded: {held} gives {display(record.date)} from these sources"
