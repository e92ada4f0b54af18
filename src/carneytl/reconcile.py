"""Match what articles report against a store's events: the same event, a conflict, or new. Pure.

Each candidate event is compared with every event of the store on three things: whether the
dates can be the same (at the candidate's precision), which actors they share, and how alike
their words are (rapidfuzz's token-set ratio, on titles and on the article's sentence). The
score is a weighted sum of the last two, between 0 and 1; the date decides between ``same``
and ``conflict``.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, utils

from carneytl.accounts import agrees

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from carneytl.model import Event, Source, Span

# Words say more than actors: candidates take their actors from the store's own list, so two
# events in one story share actors far more often than they share a title.
WORDS_WEIGHT = 0.6
ACTORS_WEIGHT = 0.4
# A candidate whose date the event's date allows is that event reported again from this score
# up. The agreeing date is already half the evidence, so less likeness is asked than for a
# conflict: some of the words and one actor in two in common, or two-thirds of the words.
SAME_SCORE = 0.4
# With a date the event's date does not allow, only a closer likeness says it is the same event
# misdated; below it, two meetings of the same people are two events.
CONFLICT_SCORE = 0.7
# ...and only within a month: a misreported date is a day or a week out (the announcement taken
# for the act, a typo in the day), while the same people's next meeting is usually months off.
# The candidate's span may be at most that much longer than the event's, too: "over the next
# decade" holds a five-day visit without being another date for it.
CONFLICT_DAYS = 31
# A conflict beats an agreeing event only when it scores this much more: the agreeing date is
# evidence too, and a report often scores within a few hundredths against two neighbouring
# events that its words fit alike (the end of the 2026 visit: 0.81 against its own day, 0.82
# against the whole visit). A report whose words name one event and whose date falls on
# another's day outscores that other by more (0.12 to 0.40 in tests/test_reconcile_choice.py),
# and is filed under the event it describes.
CONFLICT_MARGIN = 0.1
# A day given in the neighbouring year, day and month kept, is the other usual slip (last
# year's number written in January, a digit mistyped): such a day is compared with the event
# on that day one year before or after, as if it were near it.
YEAR_SLIP = 1
# ...unless the sentence counts the years itself: "one year since they were detained" on the
# day reports the anniversary, in the words of the event it recalls.
_ANNIVERSARY = re.compile(r"anniversar|\byears? (?:since|after|ago|on|to the day)\b", re.IGNORECASE)
# Two articles' candidates are one event when they give the same days and are this much alike.
SHARED_SCORE = 0.5


class Status(StrEnum):
    """How a candidate stands to the store."""

    NEW = "new"
    SAME = "same"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Proposal:
    """A candidate event, from one article or from several that report it alike."""

    id: str
    date: Span
    title: str
    actors: tuple[str, ...]
    sentence: str
    as_written: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate's place in the store: its status, the event it matched, how alike they are.

    A ``new`` candidate names no event; its score is its likeness to the closest event near
    its date, so a reviewer can see a near miss.
    """

    status: Status
    event: str | None
    score: float


def _words(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b, processor=utils.default_process) / 100


def _actors(a: Sequence[str], b: Sequence[str]) -> float:
    """The actors both name, against the number each names (Dice); 0 when either names nobody.

    Not the share of the smaller cast: a sentence naming only "Canada" would then fully match
    every event in which Canada takes part.
    """
    if not a or not b:
        return 0.0
    return 2 * len(set(a) & set(b)) / (len(set(a)) + len(set(b)))


def _score(words: float, a: Sequence[str], b: Sequence[str]) -> float:
    """Weigh words and actors; words alone when neither side names an actor.

    A store that records no actors gives its candidates none either (they are taken from the
    store's own list), and the missing actors would otherwise cap every score below
    :data:`CONFLICT_SCORE`, so that no misdated report could ever be found.
    """
    if not a and not b:
        return words
    return WORDS_WEIGHT * words + ACTORS_WEIGHT * _actors(a, b)


def likeness(proposal: Proposal, event: Event) -> float:
    """Return how alike a candidate and an event are, from 0 to 1, dates aside."""
    about = f"{event.title} {event.summary or ''}"
    words = max(_words(proposal.title, event.title), _words(proposal.sentence, about))
    return round(_score(words, proposal.actors, event.actors), 3)


def _days_apart(a: Span, b: Span) -> int | None:
    """Days between two spans (0 when they overlap); None when an end is open."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return None
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


def _length(span: Span) -> int:
    """Days a span covers; an open one counts as endless."""
    if span.start is None or span.end is None:
        return 1 << 30
    return (span.end - span.start).days + 1


def _slipped_days(day: dt.date) -> list[dt.date]:
    """The same day and month in each year up to :data:`YEAR_SLIP` away (none for 29 February)."""
    found = []
    for shift in range(-YEAR_SLIP, YEAR_SLIP + 1):
        if shift:
            with contextlib.suppress(ValueError):  # 29 February in a common year
                found.append(day.replace(year=day.year + shift))
    return found


def _one_day(span: Span) -> dt.date | None:
    return span.start if span.start is not None and span.start == span.end else None


def _near_date(event: Span, candidate: Span, length: int, *, slips: bool) -> bool:
    """Tell whether a date that disagrees with the event's is near enough to be compared.

    Within :data:`CONFLICT_DAYS` (the candidate's ``length`` at most that much longer than the
    event's), or, when ``slips`` and both are single days, the event's day in a slipped year.
    """
    apart = _days_apart(event, candidate)
    if apart is not None and apart <= CONFLICT_DAYS and length <= _length(event) + CONFLICT_DAYS:
        return True
    if not slips:
        return False
    day, other = _one_day(event), _one_day(candidate)
    return day is not None and other is not None and day in _slipped_days(other)


def match(proposal: Proposal, events: Iterable[Event], *, slips: bool = True) -> Match:
    """Find the store event a candidate reports, if any.

    ``same``: the likeliest event whose date agrees with the candidate's (one holds the other
    at its precision) and that scores :data:`SAME_SCORE`. Otherwise ``conflict``: the likeliest
    event within :data:`CONFLICT_DAYS` of it (or on its day in a neighbouring year) whose date
    disagrees, scoring :data:`CONFLICT_SCORE`; it wins over the agreeing event when it scores
    more than :data:`CONFLICT_MARGIN` above it. Otherwise ``new``, with the score of the
    likeliest of those events (0 when there is none). Events that the date rules out are not
    compared at all: words are the costly part, and a big store has few events near any one
    date. Without ``slips`` a neighbouring year's day is not near.
    """
    best_same: tuple[float, str] | None = None
    best_conflict: tuple[float, str] | None = None
    nearest = 0.0
    length = _length(proposal.date)
    slips = slips and _ANNIVERSARY.search(proposal.sentence) is None
    for event in events:
        same_date = agrees(event.date, proposal.date)
        if not same_date and not _near_date(event.date, proposal.date, length, slips=slips):
            continue
        score = likeness(proposal, event)
        nearest = max(nearest, score)
        if same_date:
            if score >= SAME_SCORE and (best_same is None or score > best_same[0]):
                best_same = (score, event.id)
        elif score >= CONFLICT_SCORE and (best_conflict is None or score > best_conflict[0]):
            best_conflict = (score, event.id)
    if best_conflict is not None and (
        best_same is None or round(best_conflict[0] - best_same[0], 3) > CONFLICT_MARGIN
    ):
        return Match(Status.CONFLICT, best_conflict[1], best_conflict[0])
    if best_same is not None:
        return Match(Status.SAME, best_same[1], best_same[0])
    if best_conflict is not None:
        return Match(Status.CONFLICT, best_conflict[1], best_conflict[0])
    return Match(Status.NEW, None, nearest)


# Events up to this long are looked up by their start day; longer ones and open ones, few in a
# story, are compared with every candidate.
_INDEXED_DAYS = 400


@dataclass(frozen=True, slots=True)
class _Index:
    """A store's events by start day, so that a candidate meets only those near its date."""

    starts: list[int]
    short: list[tuple[int, int]]  # (start day, position in the store), by start day
    always: list[int]  # positions of the long and open events
    events: Sequence[Event]


def _index(events: Sequence[Event]) -> _Index:
    short: list[tuple[int, int]] = []
    always: list[int] = []
    for position, event in enumerate(events):
        start, end = event.date.start, event.date.end
        if start is None or end is None or (end - start).days >= _INDEXED_DAYS:
            always.append(position)
        else:
            short.append((start.toordinal(), position))
    short.sort()
    return _Index([day for day, _ in short], short, always, events)


def _near(proposal: Proposal, index: _Index) -> Sequence[Event]:
    """The events :func:`match` may compare with ``proposal``, in the store's order.

    Every event that agrees with the candidate's date or lies within :data:`CONFLICT_DAYS` of
    it overlaps the candidate's days widened by that much; an indexed one then starts at
    most :data:`_INDEXED_DAYS` before them. A one-day candidate also meets the events that
    start on its day in a slipped year. The store's order keeps ties as the plain scan
    breaks them.
    """
    start, end = proposal.date.start, proposal.date.end
    if start is None or end is None:
        return index.events
    windows = [(start.toordinal() - CONFLICT_DAYS - _INDEXED_DAYS, end.toordinal() + CONFLICT_DAYS)]
    if start == end:
        windows.extend((day.toordinal(), day.toordinal()) for day in _slipped_days(start))
    positions_found = set(index.always)
    for low, high in windows:
        first = bisect.bisect_left(index.starts, low)
        last = bisect.bisect_right(index.starts, high)
        positions_found.update(p for _, p in index.short[first:last])
    positions = sorted(positions_found)
    return [index.events[p] for p in positions]


def match_all(
    proposals: Sequence[Proposal], events: Sequence[Event], *, slips: bool = True
) -> list[Match]:
    """:func:`match` each candidate, comparing it only with the events near its date.

    The same matches as ``[match(p, events, slips=slips) for p in proposals]``, in time that
    grows with the events near each date rather than with the whole store.
    """
    index = _index(events)
    return [match(p, _near(p, index), slips=slips) for p in proposals]


def _alike(a: Proposal, b: Proposal) -> bool:
    # The same days, not merely agreeing ones: "in May" would otherwise gather every day of May
    # that any article names into one event.
    if (a.date.start, a.date.end) != (b.date.start, b.date.end):
        return False
    words = max(_words(a.title, b.title), _words(a.sentence, b.sentence))
    return _score(words, a.actors, b.actors) >= SHARED_SCORE


def merge(proposals: Sequence[Proposal]) -> list[Proposal]:
    """Join candidates that different articles share into one citing all their sources.

    The first article's wording is kept. Candidates of one article stay apart: an article
    that gives two dates in one sentence reports two things. Only candidates for the same
    days can be joined, so each is compared with those alone.
    """
    merged: list[Proposal] = []
    by_days: dict[tuple[object, object], list[int]] = {}
    for proposal in proposals:
        group = by_days.setdefault((proposal.date.start, proposal.date.end), [])
        for index in group:
            kept = merged[index]
            if set(kept.sources) & set(proposal.sources) or not _alike(kept, proposal):
                continue
            sources = kept.sources + tuple(s for s in proposal.sources if s not in kept.sources)
            merged[index] = dataclasses.replace(kept, sources=sources)
            break
        else:
            group.append(len(merged))
            merged.append(proposal)
    return merged


@dataclass(frozen=True, slots=True)
class Record:
    """A date the store records from some sources: an event's own date, or an account of it."""

    event: Event
    date: Span
    sources: frozenset[str]
    account: bool


def records(events: Iterable[Event], wanted: Collection[str]) -> dict[str, list[Record]]:
    """The dates the store records from the ``wanted`` sources, listed under each of them.

    Only the articles' own sources are asked about: a record is made for the few events that
    cite one, not for every event of a big store.
    """
    wanted = set(wanted)
    found: dict[str, list[Record]] = {}

    def keep(event: Event, date: Span, sources: Sequence[Source], *, account: bool) -> None:
        ids = [s.id for s in sources]
        if wanted.isdisjoint(ids):
            return
        record = Record(event, date, frozenset(ids), account=account)
        for source in wanted.intersection(ids):
            found.setdefault(source, []).append(record)

    for event in events:
        keep(event, event.date, event.sources, account=False)
        for told in event.accounts:
            keep(event, told.date, told.sources, account=True)
    return found


def recorded(proposal: Proposal, by_source: Mapping[str, Sequence[Record]]) -> Record | None:
    """The store's record of this candidate's date from all its sources, when one is like it.

    Any event counts, the matched one or not, by its own date or an account: a reviewer may
    have filed the report anywhere. A date and a source alone do not say what was reported,
    though (an article tells of several things on one day), so the event must also be as like
    the candidate as a ``same`` match asks (:data:`SAME_SCORE`).
    """
    if not proposal.sources:
        return None
    wanted = set(proposal.sources)
    for record in by_source.get(proposal.sources[0], ()):
        if (
            wanted <= record.sources
            and agrees(record.date, proposal.date)
            and likeness(proposal, record.event) >= SAME_SCORE
        ):
            return record
    return None


def reconcile(
    proposals: Sequence[Proposal], events: Sequence[Event]
) -> list[tuple[Proposal, Match]]:
    """Merge the articles' shared candidates, then match each against ``events``."""
    merged = merge(proposals)
    return list(zip(merged, match_all(merged, events), strict=True))
