"""The review file between `extract` and `accept`: written for people, read back exactly.

It does no I/O: it is given the review's text and the store, and reads the text with the
store readers' YAML loader, locator and validator.
``extract`` writes each candidate with the action it proposes; a person edits the actions
(and the drafts); ``accept`` reads the file back into a :class:`Plan` of changes to one store,
or refuses it whole, each problem at its line and column in the review.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from carneytl import applied
from carneytl.accounts import agrees
from carneytl.errors import DateError, Problem, StoreError, refuse_empty
from carneytl.suggest import Guesser, look_alikes

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from yaml.emitter import Emitter
    from yaml.resolver import Resolver

    from carneytl.model import Event, Source, Store
    from carneytl.reconcile import Match, Proposal

VERSION = 1
ACTIONS = ("add", "source", "account", "skip")
_EVENT_ORDER = ("id", "date", "title", "summary", "actors", "tags", "location", "sources")
_PLAIN_DATE = re.compile(r"[0-9][0-9/~?.-]*")

HEADER = """\
# carneytl review: candidate events from {what}, matched against {store}.
#
# Each candidate has an `action`; change it as you see fit, then apply the whole file with
#   carneytl accept THIS-FILE --store STORE          (--dry-run first shows the change)
#   add      adds `event` to the store as a new event, with the new sources it cites
#   source   adds the event's sources to the store event named by `match.event`
#   account  keeps this date as another account of `match.event`, with the event's sources,
#            `as_written` and an optional `note:` beside `action`; its own date does not move
#   skip     changes nothing
# `match` says how the candidate stands to the store: new (nothing like it), same (the event
# `match.event`, reported again) or conflict (that event, at a date its own does not allow);
# `score` is how alike they are, from 0 to 1. `match.event` may be changed to point a `source`
# or `account` at another event: of the store, or one that an `add` of this same review makes
# (above or below it in the file). Drafts are drafts: check each date, title and actor against
# `sentence` before you accept. Sources already in the store are not added twice.
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One candidate as the review proposes it."""

    proposal: Proposal
    match: Match
    action: str
    event_id: str
    summary: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None


def proposed_action(proposal: Proposal, match: Match, event: Event | None) -> str:
    """The action a review proposes: add the new, cite the same, keep the conflicting.

    Nothing is proposed (``skip``) where the store already says it all: the event cites every
    source already, or an account of it gives this date from these sources. Records of other
    events, far from the candidate's date, are :func:`carneytl.reconcile.recorded`'s to find.
    """
    if event is None:
        return "add"
    cited = {s.id for s in event.sources}
    if match.status == "same":
        return "skip" if set(proposal.sources) <= cited else "source"
    for account in event.accounts:
        if agrees(account.date, proposal.date) and set(proposal.sources) <= {
            s.id for s in account.sources
        }:
            return "skip"
    return "account"


def _flow(value: object) -> str:
    """A value as one line of YAML, quoted where a YAML 1.1 reader would take it otherwise.

    Text that PyYAML would write plain (most ids, titles and names), alone or in a list, is
    written here as PyYAML would write it, by PyYAML's own tests of a plain scalar; everything
    else is dumped (:func:`_dumped_flow`, the plain twin).
    """
    plain = _plain_flow(value)
    return _dumped_flow(value) if plain is None else plain


# PyYAML folds a line at a space only past this column: a review's line is never folded.
_WIDTH = 1_000_000
_STR_TAG = "tag:yaml.org,2002:str"


@cache
def _scalar_tests() -> tuple[Emitter, Resolver]:
    """The emitter and resolver whose tests decide a plain scalar, as yaml.safe_dump's do."""
    from yaml.emitter import Emitter
    from yaml.resolver import Resolver

    return Emitter(io.StringIO(), allow_unicode=True), Resolver()


def _plain(text: str, *, in_list: bool) -> bool:
    """Whether yaml.safe_dump writes ``text`` plain: as a whole document, or in a flow list."""
    from yaml.nodes import ScalarNode

    emitter, resolver = _scalar_tests()
    if len(text) > _WIDTH:
        return False
    # Read back, plain text must stay text ("yes", "1e3", "~" would not).
    tag = resolver.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
    if tag != _STR_TAG:
        return False
    analysis = emitter.analyze_scalar(text)
    return bool(analysis.allow_flow_plain if in_list else analysis.allow_block_plain)


def _plain_flow(value: object) -> str | None:
    """``value`` as :func:`_dumped_flow` writes it, when it is plain text or a list of it."""
    if isinstance(value, str):
        return value if _plain(value, in_list=False) else None
    if isinstance(value, (tuple, list)):
        items = [v for v in value if isinstance(v, str) and _plain(v, in_list=True)]
        line = "[" + ", ".join(items) + "]"
        return line if len(items) == len(value) and len(line) <= _WIDTH else None
    return None


def _dumped_flow(value: object) -> str:
    """``value`` as one line of YAML by yaml.safe_dump (multi-line text as JSON)."""
    import yaml

    if isinstance(value, tuple):
        value = list(value)
    dumped = yaml.safe_dump(
        value, default_flow_style=True, allow_unicode=True, width=_WIDTH
    ).rstrip("\n")
    # Only YAML's own line ends and document end go: str.strip() would also eat a leading
    # no-break space and leave a value that no longer reads as written.
    dumped = dumped.removesuffix("...").rstrip("\n")
    # A multi-line scalar would break the one-line layout; JSON's escapes are YAML's too.
    return dumped if "\n" not in dumped else json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    """Text for a YAML comment: anything YAML could read as a line break is shown escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _date(text: str) -> str:
    """A date as people write it in a store: 2024-03-04 and 2018 unquoted."""
    return text if _PLAIN_DATE.fullmatch(text) else _flow(text)


def _source_lines(source: Source, *, existing: bool) -> list[str]:
    lines = [f"  - id: {_flow(source.id)}"]
    for key in ("title", "publisher", "published", "url"):
        value = getattr(source, key)
        shown = _date(value) if key == "published" and value else _flow(value)
        lines.append(f"    {key}: {shown}")
    if existing:
        lines.append("    existing: true  # already in the store: cited, not added")
    return lines


def _explain(entry: Entry, events: Mapping[str, Event]) -> str:
    from carneytl.dates.display import display

    when = display(entry.proposal.date)
    event = events.get(entry.match.event or "")
    if event is None:
        # A skip of an unmatched candidate is one recorded far from its date; the note says where.
        far = entry.action == "skip" and entry.note
        said = "no event near this date is like it" if far else "nothing in the store like it"
        return f"  # {when}: {said}"
    theirs = f"{event.id} ({display(event.date)})"
    said = f"\n  #   {_comment(event.title)}"
    if entry.match.status == "same":
        return f"  # {when}: the store's {theirs}:{said}"
    return f"  # {when}, where the store's {theirs} says otherwise:{said}"


def write(
    entries: Sequence[Entry],
    sources: Sequence[tuple[Source, bool]],
    events: Mapping[str, Event],
    *,
    what: str,
    store: str,
) -> str:
    """Write the review file: header, ``sources`` (flagged when existing), ``candidates``."""
    header = HEADER.format(what=_comment(what), store=_comment(store))
    lines = [header.rstrip("\n"), f"review: {VERSION}", ""]
    lines.append("sources:" if sources else "sources: []")
    for source, existing in sources:
        lines.extend(_source_lines(source, existing=existing))
    lines.append("")
    lines.append("candidates:" if entries else "candidates: []")
    for entry in entries:
        p, m = entry.proposal, entry.match
        lines.append(_explain(entry, events))
        if entry.note:
            lines.append(f"  #   {_comment(entry.note)}")
        lines.append(f"  - action: {entry.action}")
        event = "null" if m.event is None else _flow(m.event)
        lines.append(f"    match: {{status: {m.status}, event: {event}, score: {m.score:g}}}")
        lines.append("    event:")
        lines.append(f"      id: {_flow(entry.event_id)}")
        lines.append(f"      date: {_date(p.date.text)}")
        lines.append(f"      title: {_flow(p.title)}")
        if entry.summary:
            lines.append(f"      summary: {_flow(entry.summary)}")
        lines.append(f"      actors: {_flow(p.actors)}")
        lines.append(f"      tags: {_flow(entry.tags)}")
        lines.append(f"      sources: {_flow(p.sources)}")
        if p.as_written:
            lines.append(f"      as_written: {_flow(p.as_written)}")
        if p.sentence:
            lines.append(f"    sentence: {_flow(p.sentence)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- reading a review back -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """What a review changes in a store, checked against it: nothing here can be refused.

    ``new_sources``: the mappings of the sources to add (only those an applied action cites).
    ``added``: each new event, as the mapping to write and as checked. ``cited``: by event id,
    the source ids it gains. ``accounts``: by event id, the account mappings to append.
    ``events``: the store's own events as they will be (new ones not yet placed). A `source`
    or `account` action may name an event the review adds: its sources and accounts are then
    in its mapping and event in ``added`` already, and are listed in ``cited`` and
    ``accounts`` too, so that every change is counted. ``repeated``: by event id, once each,
    the `account` actions whose date the event holds already (as an account, or by an earlier
    action of the review); they record nothing. ``extended``: by event id and the account's
    place among the event's accounts, the new source ids that such a repeat brings to it.
    ``joined``: by event id, the repeats that brought new sources to an earlier action's
    account.
    """

    new_sources: tuple[dict[str, Any], ...]
    added: tuple[tuple[dict[str, Any], Event], ...]
    cited: dict[str, list[str]]
    accounts: dict[str, list[dict[str, Any]]]
    events: tuple[Event, ...]
    skipped: int
    repeated: tuple[str, ...] = ()
    extended: dict[str, dict[int, list[str]]] = dataclasses.field(default_factory=dict)
    joined: tuple[str, ...] = ()


# The keys a candidate and its `match` may have: any other is a slip of the keyboard, which
# would otherwise drop what it holds (a `nte:` is a note never recorded).
_CANDIDATE_KEYS = ("action", "match", "event", "sentence", "note")
_MATCH_KEYS = ("status", "event", "score")
# Where a note beside another action belongs instead.
_NOTE_GOES = {
    "add": "put it in the event's 'summary', or leave it out",
    "source": "leave it out, or make the action 'account' to record another date with it",
}


class _Reader:
    """Collects a review's problems at their places while turning it into a plan."""

    def __init__(self, text: str, label: str, store: Store) -> None:
        from carneytl.storage.parsing import Locator

        self.label = label
        self.locator = Locator(text)
        self.store = store
        self.problems: list[Problem] = []
        self.sources: dict[str, Source] = dict(store.sources)
        self.new_sources: dict[str, dict[str, Any]] = {}
        self.events = {e.id: e for e in store.events}
        self.taken: set[str] = set()
        self.added: list[tuple[dict[str, Any], Event]] = []
        self.cited: dict[str, list[str]] = {}
        self.accounts: dict[str, list[dict[str, Any]]] = {}
        self.repeated: list[str] = []
        self.extended: dict[str, dict[int, list[str]]] = {}
        self.joined: list[str] = []
        self.skipped = 0
        # `source` and `account` actions naming no store event: they may name an event the
        # review adds, further down as well as above, so they are read once every add is.
        self.later: list[tuple[dict[str, Any], dict[str, Any], tuple[str | int, ...]]] = []

    def problem(self, loc: tuple[str | int, ...], message: str, *, key: bool = False) -> None:
        line, column = self.locator.position(loc, key=key)
        self.problems.append(Problem(self.label, line, column, message))

    def read_sources(self, value: object) -> None:
        from carneytl.storage.validate import Checker

        if value is None:
            return
        if not isinstance(value, list):
            self.problem(("sources",), "'sources' must be a list of sources")
            return
        # One checker for the whole list: it knows the review's sources checked so far (those
        # of the store are passed over below), so a repeated id is caught without copying.
        checker = Checker(self.label)
        for index, item in enumerate(value):
            loc = ("sources", index)
            # An id that is not text (a list, a mapping) is the checker's to refuse, below.
            ident = item.get("id") if isinstance(item, dict) else None
            if isinstance(ident, str) and ident in self.store.sources:
                continue  # already in the store: cited, not added
            given = (
                {k: v for k, v in item.items() if k != "existing"}
                if isinstance(item, dict)
                else item
            )
            before = len(checker.issues)
            source = checker.check_source(given, loc)
            found = checker.issues[before:]
            for issue in found:
                self.problem(issue.loc, issue.message)
            if source is not None and not found and isinstance(given, dict):
                self.sources[source.id] = source
                self.new_sources[source.id] = {k: v for k, v in given.items() if v is not None}

    def read_candidates(self, value: object) -> Plan:
        if not isinstance(value, list):
            self.problem(("candidates",), "'candidates' must be a list")
            value = []
        self.taken = set(self.events)
        for index, item in enumerate(value):
            self._read_one(item, ("candidates", index))
        self._read_later()
        return Plan(
            new_sources=(),
            added=tuple(self.added),
            cited=self.cited,
            accounts=self.accounts,
            events=(),
            skipped=self.skipped,
            repeated=tuple(self.repeated),
            extended=self.extended,
            joined=tuple(self.joined),
        )

    def _read_one(self, item: object, loc: tuple[str | int, ...]) -> None:
        if not isinstance(item, dict):
            self.problem(loc, "a candidate must be a mapping with an 'action'")
            return
        self._unknown_keys(item, loc, _CANDIDATE_KEYS, "key")
        match = item.get("match")
        if isinstance(match, dict):
            self._unknown_keys(match, (*loc, "match"), _MATCH_KEYS, "key")
        action = self._action(item, loc)
        if action is None:
            return
        if action == "skip":
            self.skipped += 1
            return
        if action in _NOTE_GOES and item.get("note") is not None:
            # Only an account keeps a note: beside any other action it would be lost unsaid.
            kept = f"a note is kept only with 'account': {_NOTE_GOES[action]}"
            self.problem((*loc, "note"), kept)
        event = item.get("event")
        if not isinstance(event, dict):
            self.problem((*loc, "event"), "'event' must be a mapping")
            return
        if action != "add":
            # An added event is checked whole, its keys too, as the store checks its events.
            from carneytl.storage.validate import DERIVED_KEYS, EVENT_KEYS

            self._unknown_keys(event, (*loc, "event"), (*EVENT_KEYS, *DERIVED_KEYS), "field")
        if action == "add":
            self._add(event, (*loc, "event"))
        else:
            self._cite(item, event, loc)

    def _action(self, item: dict[Any, Any], loc: tuple[str | int, ...]) -> str | None:
        """The candidate's action, one of :data:`ACTIONS`; None, said at its place, otherwise."""
        choose = f"choose one of {', '.join(ACTIONS)}"
        if "action" not in item:
            self.problem(loc, f"the candidate has no 'action': {choose}")
            return None
        action = item["action"]
        if action is None:
            self.problem((*loc, "action"), f"'action' is empty: {choose}", key=True)
            return None
        if action not in ACTIONS:
            self.problem((*loc, "action"), f"unknown action {action!r}: {choose}")
            return None
        return str(action)

    def _unknown_keys(
        self, item: dict[Any, Any], loc: tuple[str | int, ...], allowed: Sequence[str], what: str
    ) -> None:
        """Say where ``item`` has a key not ``allowed``, with the allowed key it looks like."""
        from carneytl.storage.validate import brief

        for key in item:
            if key in allowed:
                continue
            close = look_alikes(str(key)[:100], allowed)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.problem((*loc, str(key)), f"unknown {what} {brief(key)}{hint}", key=True)

    def _cite(
        self, item: dict[str, Any], event: dict[str, Any], loc: tuple[str | int, ...]
    ) -> None:
        """A `source` or `account` action: the event named gains sources, or an account."""
        match = item.get("match")
        wanted = match.get("event") if isinstance(match, dict) else None
        if isinstance(wanted, str) and wanted and wanted not in self.events:
            self.later.append((item, event, loc))
            return
        target = self._target(item, loc, self.events, Guesser(self.events))
        if target is not None:
            self._cite_event(item, event, loc, target)

    def _read_later(self) -> None:
        """The actions put off by :meth:`_cite`: each names an event the review adds, or none."""
        added = {made.id: made for _, made in self.added}
        # Every put-off action looks among the same events: they are gathered once, and the
        # guesses at names they lack stay within one budget, however many actions there are.
        events = self.events | added
        guess = Guesser(events)
        for item, event, loc in self.later:
            target = self._target(item, loc, events, guess)
            if target is not None:
                self._cite_event(item, event, loc, target)

    def _cite_event(
        self,
        item: dict[str, Any],
        event: dict[str, Any],
        loc: tuple[str | int, ...],
        target: Event,
    ) -> None:
        refs = self._refs(event, (*loc, "event"))
        if refs is None:
            return
        if item["action"] == "source":
            have = {s.id for s in target.sources} | set(self.cited.get(target.id, ()))
            self.cited.setdefault(target.id, []).extend(r for r in refs if r not in have)
            return
        account = self._account(event, (*loc, "event"), target, refs)
        note = item.get("note")
        if note is not None and not (isinstance(note, str) and note.strip()):
            self.problem((*loc, "note"), "'note' must be text: why this account differs")
        elif account is not None:
            if note is not None:
                account["note"] = note.strip()
            if not self._repeats(target, account, loc):
                self.accounts.setdefault(target.id, []).append(account)

    def _repeats(self, target: Event, account: dict[str, Any], loc: tuple[str | int, ...]) -> bool:
        """Tell whether ``target`` holds this account's date already; its new sources join it.

        An account the event has (in the store, or in the review's new event) gains the sources
        it lacks; one an earlier action of the review gives gains them in its mapping, with the
        note and ``as_written`` it lacks. Either way the action records no second account of
        the same date, and the account keeps the wording of its first report. A note the held
        account would not keep (accept edits no account the store has) is refused at its
        place rather than lost.
        """
        from carneytl.dates.edtf import parse_edtf

        date = parse_edtf(account["date"])
        refs: list[str] = account["sources"]
        for at, held in enumerate(target.accounts):
            if held.date == date:
                if self._note_lost(account, held.note, target, loc):
                    return True
                have = {s.id for s in held.sources}
                more = self.extended.setdefault(target.id, {}).setdefault(at, [])
                more.extend(r for r in refs if r not in have and r not in more)
                self.repeated.append(target.id)
                return True
        for pending in self.accounts.get(target.id, ()):
            if parse_edtf(pending["date"]) == date:
                if pending.get("note") and self._note_lost(account, pending["note"], target, loc):
                    return True
                for key in ("note", "as_written"):
                    if account.get(key) and not pending.get(key):
                        pending[key] = account[key]
                new = [r for r in refs if r not in pending["sources"]]
                pending["sources"].extend(new)
                self.repeated.append(target.id)
                if new:
                    self.joined.append(target.id)
                return True
        return False

    def _note_lost(
        self, account: dict[str, Any], kept: str | None, target: Event, loc: tuple[str | int, ...]
    ) -> bool:
        """Refuse a note that the account of the same date, held already, would not keep."""
        given = account.get("note")
        if not given or given == kept:
            return False
        held = f"with the note {kept!r}" if kept else "with no note"
        self.problem(
            (*loc, "note"),
            f"{target.id!r} has an account of {account['date']} already, {held}: change that"
            " account in the store, or leave 'note' out here",
        )
        return True

    def _add(self, event: dict[str, Any], loc: tuple[str | int, ...]) -> None:
        made = self._new_event(event, loc, self.taken)
        if made is not None:
            self.taken.add(made[1].id)
            self.added.append(made)

    def _target(
        self,
        item: dict[str, Any],
        loc: tuple[str | int, ...],
        events: Mapping[str, Event],
        guess: Guesser,
    ) -> Event | None:
        """The event ``match.event`` names, of those in ``events``; None, with a problem."""
        match = item.get("match")
        wanted = match.get("event") if isinstance(match, dict) else None
        where = (*loc, "match", "event") if isinstance(match, dict) else (*loc, "action")
        if not isinstance(wanted, str) or not wanted:
            self.problem(where, f"'{item['action']}' needs the store event in 'match.event'")
            return None
        event = events.get(wanted)
        if event is None:
            close = guess(wanted)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.problem(
                where, f"the store has no event {wanted!r}, nor does the review add one{hint}"
            )
        return event

    def _refs(self, event: dict[str, Any], loc: tuple[str | int, ...]) -> list[str] | None:
        refs = event.get("sources")
        if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
            self.problem((*loc, "sources"), "'sources' must list the ids of the sources")
            return None
        unknown = [(at, ref) for at, ref in enumerate(refs) if ref not in self.sources]
        for at, ref in unknown:
            self.problem((*loc, "sources", at), f"unknown source {ref!r}")
        return None if unknown else list(dict.fromkeys(refs))

    def _new_event(
        self, event: dict[str, Any], loc: tuple[str | int, ...], taken: set[str]
    ) -> tuple[dict[str, Any], Event] | None:
        from carneytl.storage.parsing import check_event

        item = {
            k: event[k] for k in (*_EVENT_ORDER, "as_written") if event.get(k) not in (None, [])
        }
        item.update({k: v for k, v in event.items() if k not in item and v not in (None, [])})
        date = item.get("date")
        if isinstance(date, int) and not isinstance(date, bool):
            item["date"] = (
                f"{date:04d}" if date >= 0 else str(date)
            )  # `date: 2025` reads as a number
        if isinstance(item.get("id"), str) and item["id"] in taken:
            self.problem((*loc, "id"), f"the store already has an event {item['id']!r}")
            return None
        store = dataclasses.replace(self.store, sources=self.sources)
        try:
            return item, check_event(item, store)
        except StoreError as exc:
            for found in exc.problems:
                where = (*loc, found.field) if found.field and found.field in item else loc
                self.problem(where, found.message)
            return None

    def _account(
        self,
        event: dict[str, Any],
        loc: tuple[str | int, ...],
        target: Event,
        refs: list[str],
    ) -> dict[str, Any] | None:
        from carneytl.dates.edtf import parse_edtf

        raw = event.get("date")
        text = str(raw).strip() if isinstance(raw, (str, int)) else None
        if text is None:
            self.problem((*loc, "date"), "an account needs the 'date' the sources gave")
            return None
        try:
            span = parse_edtf(text)
        except DateError as exc:
            self.problem((*loc, "date"), exc.message)
            return None
        if agrees(target.date, span):
            self.problem(
                (*loc, "date"),
                f"{text!r} agrees with {target.id}'s date {target.date.text!r}: nothing to "
                "record; make the action 'source' to cite the article instead",
            )
            return None
        account: dict[str, Any] = {"date": span.text, "sources": refs}
        as_written = event.get("as_written")
        if isinstance(as_written, str) and as_written.strip():
            account["as_written"] = as_written.strip()
        return account


def plan(text: str, label: str, store: Store) -> Plan:
    """Read a review and check every change it asks of ``store``.

    Raises:
        EmptyInputError: the review is nothing but blank space.
        StoreError: every problem of the review, each at its place in ``label``.
    """
    from carneytl.storage.parsing import load_yaml_text

    refuse_empty(text, label)

    reader = _Reader(text, label, store)
    # A key written twice is a problem, as in a store: YAML would apply the last value alone.
    raw = load_yaml_text(text, label, reader.problems)
    version = raw.get("review") if isinstance(raw, dict) else None  # true == 1.0 == 1
    if not isinstance(raw, dict) or type(version) is not int or version != VERSION:
        raise StoreError(
            [Problem(label, 1, 1, f"not a carneytl review: it needs 'review: {VERSION}'")]
        )
    reader.read_sources(raw.get("sources"))
    found = reader.read_candidates(raw.get("candidates"))
    if reader.problems:
        # In the review's order, though some actions were read after the events they name.
        raise StoreError(sorted(reader.problems, key=lambda p: (p.line or 0, p.column or 0)))
    cited_ids = {r for refs in found.cited.values() for r in refs}
    cited_ids |= {r for accounts in found.accounts.values() for a in accounts for r in a["sources"]}
    cited_ids |= {s.id for _, e in found.added for s in e.sources}
    cited_ids |= {r for more in found.extended.values() for refs in more.values() for r in refs}
    new_sources = tuple(item for key, item in reader.new_sources.items() if key in cited_ids)
    found = dataclasses.replace(
        found,
        # An event or account whose every cited source it has already changes in nothing.
        extended={
            key: {at: refs for at, refs in more.items() if refs}
            for key, more in found.extended.items()
            if any(more.values())
        },
    )
    gives = (found.cited, found.accounts, found.extended)
    return dataclasses.replace(
        found,
        added=applied.grown_additions(found.added, gives, reader.sources),
        cited={key: refs for key, refs in found.cited.items() if refs},
        new_sources=new_sources,
        events=applied.changed_events(store, gives, reader.sources),
    )
