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
    from collections.abc import Sequence

    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.table import Table
    from rich.text import Text

    from carneytl.extract.gather import Gathered
    from carneytl.model import Store
    from carneytl.render.columns import Measure
    from carneytl.review import Entry


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


# The table's columns, and how they give way on a narrow screen: the score goes first (the
# JSON keeps it), then the match and the action move under the candidate's title, as a line of
# their own. The title keeps the room a title has in the events table, or all it needs.
CANDIDATE_HEADERS = ("Date", "Candidate", "Match", "Score", "Action")
DATE, TITLE, MATCH, SCORE, ACTION = range(len(CANDIDATE_HEADERS))
_CANDIDATE_CHOICES = (
    (DATE, TITLE, MATCH, SCORE, ACTION),
    (DATE, TITLE, MATCH, ACTION),
    (DATE, TITLE),
)
_STATUS_STYLES = {"new": "green", "same": "dim", "conflict": "bold red"}
_STATUS = len(CANDIDATE_HEADERS)  # where a row keeps its match's status, after its cells
# The title's share of the room it and the match have between them, when both cannot be whole.
_TITLE_SHARE = 0.6


def candidate_widths(width: int, measures: Sequence[Measure], folded: int = 0) -> list[int | None]:
    """Plan the Date, Candidate, Match, Score and Action columns of a table ``width`` cells wide.

    ``measures`` gives each column's widest cell (``natural``) and, for the Date and the Match,
    the narrowest they can go without breaking a word (``word``: a date broken after its dash,
    the match's status above its event id). ``None`` leaves a column out: the Score, then the
    Match and the Action, which are then drawn under the title, a line ``folded`` cells wide at
    most. Columns give way until the title has the room it has in the events table, or all it
    needs. The title and the Match then share the room, the title taking three parts in five
    unless the Match needs less; the Match never gets less than its longest word.
    """
    from carneytl.render.columns import GAP, TITLE_MIN

    date, title, match = measures[DATE], measures[TITLE], measures[MATCH]
    least = min(TITLE_MIN, title.natural)
    for date_width in dict.fromkeys((date.natural, date.word)):
        for shown in _CANDIDATE_CHOICES:
            widths: list[int | None] = [None] * len(measures)
            widths[DATE] = date_width
            for index in (SCORE, ACTION):
                if index in shown:
                    widths[index] = measures[index].natural
            room = width - sum(w or 0 for w in widths) - GAP * (len(shown) - 1)
            if MATCH not in shown:
                if room >= least:
                    widths[TITLE] = min(max(title.natural, folded), room)
                    return widths
            elif room - match.word >= least:
                # The title gets what the match leaves, or its share if that is more; the match
                # keeps its longest word whatever happens.
                wanted = max(least, room - match.natural, round(room * _TITLE_SHARE))
                widths[TITLE] = title_width = min(title.natural, wanted, room - match.word)
                widths[MATCH] = min(match.natural, room - title_width)
                return widths
    # Not even the title alone has its room: it takes all there is beside the broken date.
    return [date.word, max(1, width - date.word - GAP), None, None, None]


class CandidatesTable:
    """The candidates for people (date, title, match, score, action) laid out at its width.

    A rich renderable, so that the columns are planned for the console's width when it is
    drawn, in the box and padding of the events table.
    """

    def __init__(self, extracted: Extracted) -> None:
        """Keep each candidate's cells as safe text."""
        from carneytl.dates.display import display
        from carneytl.terminal import printable

        self.rows = []
        for entry in extracted.gathered.entries:
            m = entry.match
            said = m.status.value if m.event is None else f"{m.status.value} {printable(m.event)}"
            self.rows.append(
                (
                    display(entry.proposal.date),
                    printable(entry.proposal.title),
                    said,
                    f"{m.score:.2f}",
                    entry.action,
                    m.status.value,
                )
            )

    def measures(self) -> tuple[list[Measure], int]:
        """Measure each column from its header and its cells; and the widest folded line."""
        from carneytl.render.columns import Measure, cells, measure, measure_dates

        def column(index: int) -> Measure:
            return measure(CANDIDATE_HEADERS[index], [row[index] for row in self.rows], names=False)

        header = cells(CANDIDATE_HEADERS[MATCH])
        matches = [row[MATCH] for row in self.rows]
        words = [cells(word) for said in matches for word in said.split()]
        match = Measure(max([header, *map(cells, matches)]), max([header, *words]))
        measures = [
            measure_dates(row[DATE] for row in self.rows),
            column(TITLE),
            match,
            column(SCORE),
            column(ACTION),
        ]
        return measures, max((cells(self._folded(row).plain) for row in self.rows), default=0)

    @staticmethod
    def _folded(row: tuple[str, ...], width: int | None = None) -> Text:
        """The match and the action, for under the title: ``same some-event → source``.

        Broken into lines of ``width`` cells between the status, the event and the action,
        never between the arrow and the action it points to.
        """
        from rich.text import Text

        from carneytl.render.columns import cells

        style = _STATUS_STYLES[row[_STATUS]]
        pieces = [(word, style) for word in row[MATCH].split(" ", 1)]
        pieces.append((f"→ {row[ACTION]}", "magenta"))
        line = Text()
        taken = 0
        for text, piece_style in pieces:
            size = cells(text)
            if taken:
                fits = width is None or taken + 1 + size <= width
                line.append(" " if fits else "\n")
                taken = taken + 1 if fits else 0
            line.append(text, style=piece_style)
            taken += size
        return line

    def table(self, width: int) -> Table:
        """Return the rich table for ``width`` cells."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        from carneytl.render.columns import date_lines

        widths = candidate_widths(width, *self.measures())
        shown = [i for i, w in enumerate(widths) if w is not None]
        table = Table(
            box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False, expand=False
        )
        styles = ("cyan", "", "", "dim", "magenta")
        for i in shown:
            table.add_column(
                CANDIDATE_HEADERS[i],
                style=styles[i],
                width=widths[i],
                no_wrap=i in (DATE, SCORE, ACTION),
                overflow="fold",
                justify="right" if i == SCORE else "left",
            )
        date_width = widths[DATE] or 0
        for row in self.rows:
            cells: dict[int, Text] = {
                DATE: Text("\n".join(date_lines(row[DATE], date_width))),
                TITLE: Text(row[TITLE]),
                MATCH: Text(row[MATCH], style=_STATUS_STYLES[row[_STATUS]]),
                SCORE: Text(row[SCORE]),
                ACTION: Text(row[ACTION]),
            }
            if MATCH not in shown:
                cells[TITLE].append("\n")
                cells[TITLE].append_text(self._folded(row, widths[TITLE]))
            table.add_row(*(cells[i] for i in shown))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the table planned for the width rich offers."""
        yield self.table(options.max_width)


def to_table(extracted: Extracted) -> CandidatesTable:
    """A table for people: date, draft title, how it matches the store, the proposed action."""
    return CandidatesTable(extracted)
