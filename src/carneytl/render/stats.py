"""Counts of events per year, per actor and per tag: bar charts for people, JSON for programs."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carneytl.dates.display import day_text
from carneytl.render import marks
from carneytl.terminal import printable
from carneytl.textkey import name_key

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Sequence

    from rich.console import Console, ConsoleOptions
    from rich.text import Text

    from carneytl.model import Event
    from carneytl.render import RenderContext

_EIGHTHS = " ▏▎▍▌▋▊▉"
_FULL = "█"


@dataclass(frozen=True, slots=True)
class Tally:
    """What stats counts. Years run from the first to the last, empty years included."""

    events: int
    first: dt.date | None
    last: dt.date | None
    years: tuple[tuple[int, int], ...]
    actors: tuple[tuple[str, int], ...]
    tags: tuple[tuple[str, int], ...]


def _ranked(lists: Iterable[Sequence[str]]) -> tuple[tuple[str, int], ...]:
    """Count events per name under the name's first spelling, most frequent first.

    Names compare as filters compare them (case and Unicode spelling aside); an event that
    lists a name twice counts once.
    """
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for names in lists:
        keys: set[str] = set()
        for name in names:
            key = name_key(name)
            spelling.setdefault(key, name)
            keys.add(key)
        counts.update(keys)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], spelling[item[0]].casefold()))
    return tuple((spelling[key], count) for key, count in ranked)


def tally(events: Sequence[Event]) -> Tally:
    """Count ``events`` per year (the year each is filed under), per actor and per tag."""
    per_year = Counter(marks.anchor_year(e.date) for e in events)
    years = (
        tuple((y, per_year[y]) for y in range(min(per_year), max(per_year) + 1)) if per_year else ()
    )
    starts = [e.date.start for e in events]
    ends = [e.date.end for e in events]
    # An event open at one end leaves the whole range open there: no first (or last) day.
    return Tally(
        events=len(events),
        first=None if None in starts else min((d for d in starts if d), default=None),
        last=None if None in ends else max((d for d in ends if d), default=None),
        years=years,
        actors=_ranked(e.actors for e in events),
        tags=_ranked(e.tags for e in events),
    )


def render_json(events: Sequence[Event], ctx: RenderContext) -> str:  # noqa: ARG001 - one renderer signature
    """Render the counts as one JSON object."""
    counts = tally(events)
    doc: dict[str, Any] = {
        "events": counts.events,
        "first": counts.first.isoformat() if counts.first else None,
        "last": counts.last.isoformat() if counts.last else None,
        "years": [{"year": y, "events": n} for y, n in counts.years],
        "actors": [{"actor": a, "events": n} for a, n in counts.actors],
        "tags": [{"tag": t, "events": n} for t, n in counts.tags],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(events: Sequence[Event], ctx: RenderContext) -> Stats:
    """Render the counts as bar charts; they lay themselves out for the console's width."""
    return Stats(tally(events), ctx.as_of)


def bar(count: int, most: int, cells: int) -> str:
    """Draw ``count`` out of ``most`` as a bar of up to ``cells`` cells, to an eighth of one."""
    if most <= 0 or cells <= 0:
        return ""
    eighths = round(count * cells * 8 / most)
    if count and not eighths:
        eighths = 1  # a count above zero never looks like zero
    whole, part = divmod(eighths, 8)
    return (_FULL * whole + (_EIGHTHS[part] if part else "")).rstrip()


@dataclass(frozen=True, slots=True)
class Stats:
    """A rich renderable: the three charts, drawn for whatever width it is given."""

    counts: Tally
    as_of: dt.date | None = None  # --as-of: said under the charts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        """Yield the charts line by line, each at most ``options.max_width`` cells."""
        from rich.cells import cell_len
        from rich.text import Text

        counts, width = self.counts, options.max_width
        if not counts.events:
            return
        words = f"{counts.events} event{'s' if counts.events != 1 else ''}"
        if counts.first or counts.last:
            first = day_text(counts.first) if counts.first else "…"
            last = day_text(counts.last) if counts.last else "…"
            words += f", {first} – {last}"
        yield from marks.hanging(console, Text(), Text(), Text(words, style="bold"), width)
        sections = (
            ("Per year", _years(counts.years)),
            ("Per actor", list(counts.actors)),
            ("Per tag", list(counts.tags)),
        )
        everything = [row for _, rows in sections for row in rows]
        labels = max(cell_len(printable(label)) for label, _ in everything)
        label_cells = min(labels, max(4, (width - 8) // 2))
        count_cells = max(len(str(count)) for _, count in everything)
        for heading, rows in sections:
            if rows:
                yield Text()
                yield Text(heading, style=marks.HEADING_STYLE)
                yield from _chart(rows, width, label_cells, count_cells)
        yield from marks.as_of_note(console, self.as_of, width)


def _chart(
    rows: list[tuple[str, int]], width: int, label_cells: int, count_cells: int
) -> Iterator[Text]:
    """Draw one bar per row: the label, a bar scaled to the largest count, the count."""
    from rich.cells import cell_len
    from rich.text import Text

    labels = [Text(printable(label)) for label, _ in rows]
    most = max(n for _, n in rows)
    room = max(0, width - 2 - label_cells - 2 - 1 - count_cells)
    for label, (_, count) in zip(labels, rows, strict=True):
        label.truncate(label_cells, overflow="ellipsis", pad=True)
        line = Text("  ").append_text(label).append("  ")
        drawn = bar(count, most, room)
        line.append(drawn, style="green")
        # "none" takes cells of the (empty) bar rather than widening every row's count.
        text = _count_text(count)
        line.append(" " * max(1, room - cell_len(drawn) + 1 + count_cells - len(text)))
        line.append(text, style="dim" if count == 0 else "")
        yield line


def _years(years: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """Label the year rows; a run of empty years is one row, ``2019–2024``, as a reader says it."""
    rows: list[tuple[str, int]] = []
    run: list[int] = []

    def close_run() -> None:
        if run:
            rows.append((str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}", 0))
            run.clear()

    for year, count in years:
        if count:
            close_run()
            rows.append((str(year), count))
        else:
            run.append(year)
    close_run()
    return rows


def _count_text(count: int) -> str:
    return str(count) if count else "none"
