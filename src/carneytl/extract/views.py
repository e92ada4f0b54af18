"""What ``extract`` writes: the review file, the candidates as JSON records, or as a table.

Each JSON candidate is an event record (the keys of ``list --json``) with three more at its
end: ``match``, the ``action`` a review would propose, and the article's ``sentence``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carneytl.model import Event

if TYPE_CHECKING:
    import datetime as dt

    from rich.table import Table

    from carneytl.extract.gather import Gathered
    from carneytl.model import Store
    from carneytl.review import Entry


# The narrowest the candidate's title gets in the table: a few words a line.
CANDIDATE_MIN = 10


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the articles gave, and what the formats say about it."""

    gathered: Gathered
    store: Store
    # The articles' labels and the store's, for the review's header.
    articles: str
    where: str
    # The day (--today) the JSON records' status (past, ongoing, upcoming) is judged on.
    today: dt.date


def candidate_event(entry: Entry, gathered: Gathered) -> Event:
    """A candidate as a model event, citing its articles' sources."""
    by_id = {source.id: source for source, _ in gathered.sources}
    p = entry.proposal
    return Event(
        id=entry.event_id,
        date=p.date,
        title=p.title,
        actors=p.actors,
        sources=tuple(by_id[s] for s in p.sources if s in by_id),
        as_written=p.as_written,
    )


def match_record(entry: Entry) -> dict[str, Any]:
    """The ``match`` of a candidate as a plain mapping."""
    m = entry.match
    return {"status": m.status.value, "event": m.event, "score": m.score}


def to_review(extracted: Extracted) -> str:
    """The review file (see :mod:`carneytl.review`)."""
    from carneytl.review import write

    gathered = extracted.gathered
    events = {e.id: e for e in extracted.store.events}
    return write(
        gathered.entries, gathered.sources, events, what=extracted.articles, store=extracted.where
    )


def to_json(extracted: Extracted) -> str:
    """The candidates as a JSON array of event records with their match."""
    from carneytl.render.records import event_record

    gathered, today = extracted.gathered, extracted.today
    records = []
    for entry in gathered.entries:
        record = event_record(candidate_event(entry, gathered), today)
        record["match"] = match_record(entry)
        record["action"] = entry.action
        record["sentence"] = entry.proposal.sentence
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_table(extracted: Extracted) -> Table:
    """A table for people: date, draft title, how it matches the store, the proposed action."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from carneytl.dates.display import display
    from carneytl.terminal import printable

    # The box of the events table; the matched id may wrap (a long slug would otherwise take
    # the width from the candidate's title, which then breaks letter by letter).
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("Date", style="cyan", no_wrap=True)
    table.add_column("Candidate", overflow="fold", min_width=CANDIDATE_MIN, ratio=3)
    table.add_column("Match", overflow="fold", ratio=2)
    table.add_column("Action", style="magenta", no_wrap=True)
    styles = {"new": "green", "same": "dim", "conflict": "bold red"}
    for entry in extracted.gathered.entries:
        m = entry.match
        said = m.status.value if m.event is None else f"{m.status.value} {m.event}"
        table.add_row(
            Text(display(entry.proposal.date)),
            Text(printable(entry.proposal.title)),
            Text(f"{printable(said)} ({m.score:.2f})", style=styles[m.status.value]),
            Text(entry.action),
        )
    return table
