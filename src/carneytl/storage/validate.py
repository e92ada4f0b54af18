"""Validate a parsed store document into sources and events, collecting every problem.

Works on plain Python data (what YAML or JSON gave); positions in the text are asked of a
positioner only when there are problems, so a clean store never pays for them.
"""

from __future__ import annotations

import datetime as dt
import re
import reprlib
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from carneytl.accounts import agrees
from carneytl.dates.edtf import parse_edtf
from carneytl.errors import DateError, Problem, StoreError
from carneytl.model import Account, Event, Source, Store
from carneytl.storage import controls
from carneytl.textkey import name_key

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from carneytl.model import Span
    from carneytl.suggest import Guesser

Loc = tuple[str | int, ...]


class _Positioner(Protocol):
    """Maps a location in the parsed document to a 1-based line and column in the text."""

    def __call__(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]: ...


SUPPORTED_VERSIONS = (1,)
TOP_KEYS = ("version", "sources", "events")
EVENT_KEYS = (
    "id",
    "date",
    "title",
    "summary",
    "actors",
    "tags",
    "location",
    "sources",
    "as_written",
    "accounts",
)
ACCOUNT_KEYS = ("date", "sources", "as_written", "note")
# Keys that carneytl's own JSON output adds; they are recomputed from `date`, so a store made
# from that output loads as it is.
DERIVED_KEYS = (
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "status",
    "first_reported",
)
SOURCE_KEYS = ("id", "title", "publisher", "published", "url")
# Set forms for the fast test of a whole mapping's keys; the loop runs only when it fails.
_EVENT_KEY_SET = frozenset(EVENT_KEYS + DERIVED_KEYS)
_SOURCE_KEY_SET = frozenset(SOURCE_KEYS + DERIVED_KEYS)
_ACCOUNT_KEY_SET = frozenset(ACCOUNT_KEYS + DERIVED_KEYS)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]+\d")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # also the schema's id pattern
_LONGEST_DATE = 40  # "2017-12-03~/2017-12-07~" and the like; anything longer is not a date
_YAML_BOOL_HINT = "YAML reads yes/no/on/off/true/false as booleans: put the text in quotes"
_URL_HINT = "write the page's full address, starting with https:// (or http://)"
# An escape such as `\ud800` (JSON, or YAML's double quotes as PyYAML's pure-Python reader
# takes them) gives half of a UTF-16 pair: a string no output can encode. Only a document whose
# text holds such an escape (fastyaml.SURROGATE_ESCAPE) is walked to find them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_ONE_LINE_HINT = "write it as one line of text, without control characters"
_TEXT_HINT = "tabs and line feeds may stay; take the other control characters out"


@dataclass(slots=True)
class _Issue:
    loc: Loc
    message: str
    on_key: bool = False
    other: Loc | None = None
    hint: str | None = None


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlist = _REPR.maxdict = 4
_REPR.maxlevel = 2


def brief(value: object) -> str:
    """Return a short repr: a hostile value must not turn into a megabyte-long message."""
    return _REPR.repr(value)


def _did_you_mean(word: str, choices: Collection[str] | Guesser) -> str:
    from carneytl.suggest import Guesser, look_alikes

    close = choices(word) if isinstance(choices, Guesser) else look_alikes(word, choices)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _field_name(loc: Loc) -> str | None:
    names = [p for p in loc if isinstance(p, str) and p not in {"events", "sources"}]
    return names[-1] if names else None


@dataclass(slots=True)
class Checker:
    """Validates a parsed document into sources and events, collecting every problem."""

    label: str
    issues: list[_Issue] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    _source_locs: dict[str, Loc] = field(default_factory=dict)
    _event_locs: dict[str, Loc] = field(default_factory=dict)
    # Addresses already found good: big stores cite the same sources many times.
    _web_addresses: set[str] = field(default_factory=set)
    # Made at the first unknown source id: one budget of guesses for the whole document, so a
    # store citing thousands of unknown sources does not compare each with every source.
    _source_guess: Guesser | None = None

    def problem(
        self,
        loc: Loc,
        message: str,
        *,
        on_key: bool = False,
        other: Loc | None = None,
        hint: str | None = None,
    ) -> None:
        """Record a problem at ``loc``; ``other`` names an earlier place it clashes with."""
        self.issues.append(_Issue(loc, message, on_key, other, hint))

    def check_document(self, raw: object) -> None:
        """Check a whole document: a mapping with events and sources, or a bare event list."""
        if isinstance(raw, list):
            raw = {"events": raw}
        if not isinstance(raw, dict):
            self.problem((), "the top level must be a mapping with an 'events' list")
            return
        self._check_top(raw)
        sources = raw.get("sources") or []
        if not isinstance(sources, list):
            self.problem(("sources",), "'sources' must be a list")
            sources = []
        for index, item in enumerate(sources):
            self.check_source(item, ("sources", index))
        if "events" not in raw:
            self.problem((), "the store has no 'events' list")
            return
        events = raw["events"] if raw["events"] is not None else []
        if not isinstance(events, list):
            self.problem(("events",), "'events' must be a list")
            return
        for index, item in enumerate(events):
            self.check_event(item, ("events", index))

    def check_unicode(self, raw: object, loc: Loc = (), *, typed: bool = False) -> None:
        """Record every string in a document (or in a part at ``loc``) holding a lone surrogate.

        Such text cannot be written out by any output, so it is refused where it is read. In a
        store only an escape makes one (:data:`carneytl.storage.fastyaml.SURROGATE_ESCAPE`): the
        caller walks the document only when its text holds such an escape. ``typed`` text came
        from the command line, where Python keeps each byte that is not UTF-8 as a surrogate.
        """
        import orjson

        try:
            # orjson refuses a lone surrogate, in C, far sooner than the walk below gets
            # through a big store; the walk then only finds where each one is.
            orjson.dumps(raw, option=orjson.OPT_NON_STR_KEYS)
        except TypeError:  # a surrogate, or a value orjson does not write: walk and see
            pass
        else:
            return
        if isinstance(raw, list) and not loc:
            raw = {"events": raw}
        stack: list[tuple[object, Loc]] = [(raw, loc)]
        while stack:
            value, loc = stack.pop()
            if isinstance(value, str):
                self._surrogate(value, loc, typed=typed)
            elif isinstance(value, dict):
                for key, item in value.items():
                    where = (*loc, str(key))
                    if isinstance(key, str):
                        self._surrogate(key, where, on_key=True, typed=typed)
                    stack.append((item, where))
            elif isinstance(value, list):
                stack.extend((item, (*loc, index)) for index, item in enumerate(value))

    def _surrogate(self, text: str, loc: Loc, *, on_key: bool = False, typed: bool) -> None:
        found = _SURROGATE.search(text)
        if found is None:
            return
        name = _field_name(loc)
        what = "a key" if on_key else f"{name!r}" if name else "a value"
        code = ord(found.group())
        if typed and 0xDC80 <= code <= 0xDCFF:  # noqa: PLR2004 - the bytes 0x80-0xff
            message = f"{what} holds the byte 0x{code - 0xDC00:02x}, which is not UTF-8 text"
            hint = "type the text in a terminal set to UTF-8"
        else:
            # Not "unpaired": PyYAML's pure-Python reader leaves an escaped pair as two halves.
            message = f"{what} holds \\u{code:04x}, half of a UTF-16 surrogate pair, not text"
            hint = "write the character itself"
        self.problem(loc, message, on_key=on_key, hint=hint)

    def _check_top(self, raw: dict[Any, Any]) -> None:
        for key in raw:
            if key not in TOP_KEYS:
                self.problem(
                    (str(key),),
                    f"unknown top-level key {brief(key)}{_did_you_mean(str(key), TOP_KEYS)}",
                    on_key=True,
                )
        version = raw.get("version", 1)
        if type(version) is not int or version not in SUPPORTED_VERSIONS:
            self.problem(
                ("version",),
                f"unsupported store version {brief(version)}: this carneytl reads version 1",
            )

    def _text(
        self,
        item: dict[Any, Any],
        key: str,
        loc: Loc,
        *,
        required: bool = False,
        refuse: re.Pattern[str] = controls.TEXT,
    ) -> str | None:
        """Return the text at ``key``, trimmed; ``refuse`` finds what it may not hold.

        Text of several lines (the default) may hold tabs and line feeds; a one-line field
        passes :data:`controls.ONE_LINE` or :data:`controls.TITLE`.
        """
        value = item.get(key)
        if type(value) is str:
            text = value.strip()
            if not text.isprintable():  # the fast test; most text passes it
                self._control(text, (*loc, key), repr(key), refuse)
            return text
        if value is None:
            if required and key in item:
                # `title:` with nothing after it (YAML's null) is there, just empty.
                self.problem((*loc, key), f"{key!r} is empty")
            elif required:
                self.problem(loc, f"missing required field {key!r}")
            return None
        if isinstance(value, bool):
            self.problem((*loc, key), f"{key!r} must be text, not a boolean", hint=_YAML_BOOL_HINT)
            return None
        if isinstance(value, (int, float, dt.date)):
            value = str(value)
        if not isinstance(value, str):
            self.problem((*loc, key), f"{key!r} must be text, not {_kind(value)}")
            return None
        return value.strip()

    def _control(
        self, text: str, loc: Loc, what: str, refuse: re.Pattern[str] | None = None
    ) -> bool:
        """Record a problem if ``text`` holds a control character ``refuse`` finds; tell if it did.

        Without ``refuse``, ``text`` is a one-line name and holds none.
        """
        refuse = refuse or controls.ONE_LINE
        found = refuse.search(text)
        one_line = refuse is not controls.TEXT
        if found is None:
            return False
        said = controls.words(found.group()[0], one_line=one_line)
        hint = _ONE_LINE_HINT if one_line else _TEXT_HINT
        self.problem(loc, f"{what} {brief(text)} holds {said}", hint=hint)
        return True

    def _slug(self, item: dict[Any, Any], loc: Loc, what: str) -> str | None:
        value = item.get("id")
        if value is None:
            self.problem(loc, f"{what} has no 'id'")
            return None
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            found = controls.ONE_LINE.search(value) if isinstance(value, str) else None
            holds = f": it holds {controls.words(found.group())};" if found else ":"
            self.problem(
                (*loc, "id"),
                f"id {brief(value)} is not a slug{holds} "
                "use lower-case letters, digits and single hyphens",
            )
            return None
        return value

    def _unknown_keys(
        self, item: dict[Any, Any], loc: Loc, allowed: tuple[str, ...], known: frozenset[str]
    ) -> None:
        if known.issuperset(item):  # the common case, at C speed
            return
        for key in item:
            if key not in allowed and key not in DERIVED_KEYS:
                self.problem(
                    (*loc, str(key)),
                    f"unknown field {brief(key)}{_did_you_mean(str(key), allowed)}",
                    on_key=True,
                )

    def check_source(self, item: object, loc: Loc) -> Source | None:
        """Check one source mapping and register it; return it, or None if it is unusable."""
        if not isinstance(item, dict):
            self.problem(loc, f"a source must be a mapping, not {_kind(item)}")
            return None
        self._unknown_keys(item, loc, SOURCE_KEYS, _SOURCE_KEY_SET)
        source_id = self._slug(item, loc, "a source")
        published_raw = item.get("published")
        published = self._text(item, "published", loc)
        if published is not None and not isinstance(published_raw, dt.date):
            try:
                parse_edtf(published)
            except DateError as exc:
                self.problem((*loc, "published"), f"'published': {exc.message}")
        url = self._text(item, "url", loc, refuse=controls.ONE_LINE)
        # Remembered: JSON Lines repeat a source, url and all, on every line that cites it.
        if url and url not in self._web_addresses and not controls.ONE_LINE.search(url):
            if web_address(url):
                self._web_addresses.add(url)
            else:
                self.problem(
                    (*loc, "url"),
                    f"'url' {brief(url)} is not a web address (http or https)",
                    hint=_URL_HINT,
                )
        source = Source(
            id=source_id or "",
            title=self._text(item, "title", loc, refuse=controls.TITLE),
            publisher=self._text(item, "publisher", loc, refuse=controls.ONE_LINE),
            published=published,
            url=url,
        )
        if source_id is None:
            return None
        known = self.sources.get(source_id)
        if known is not None and known != source:
            self.problem(
                (*loc, "id"),
                f"duplicate source id {source_id!r}",
                other=self._source_locs[source_id],
            )
            return known
        if known is None:
            self.sources[source_id] = source
            self._source_locs[source_id] = loc
        return source

    def _date(self, item: dict[Any, Any], loc: Loc) -> Span | None:
        value = item.get("date")
        if value is None:
            if "date" in item:
                self.problem((*loc, "date"), "'date' is empty")
            else:
                self.problem(loc, "missing required field 'date'")
            return None
        if isinstance(value, dt.datetime):
            self.problem((*loc, "date"), "'date' has a time of day; carneytl works in whole days")
            return None
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:04d}" if value >= 0 else str(value)
        if not isinstance(value, str):
            self.problem((*loc, "date"), f"'date' must be a date, not {_kind(value)}")
            return None
        wrong = _not_a_day(value)
        if wrong is not None:
            self.problem((*loc, "date"), wrong)
            return None
        try:
            return parse_edtf(value)
        except DateError as exc:
            self.problem((*loc, "date"), exc.message, hint=exc.hint)
            return None

    def _names(self, item: dict[Any, Any], key: str, loc: Loc) -> tuple[str, ...]:
        value = item.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem((*loc, key), f"{key!r} must be a list, like [a, b], not {_kind(value)}")
            return ()
        names: list[str] = []
        seen: dict[str, int] = {}
        for index, name in enumerate(value):
            text = name.strip() if isinstance(name, str) else None
            if not text:
                self._not_a_name(name, key, (*loc, key, index))
                continue
            if not text.isprintable() and self._control(text, (*loc, key, index), key[:-1]):
                continue
            first = seen.setdefault(name_key(text), index)
            if first != index:
                # Counted twice by stats, and never what the writer meant. The first one is
                # named only when spelled otherwise: often it is on the same line.
                earlier = value[first].strip()
                also = f" (also as {brief(earlier)})" if earlier != text else ""
                self.problem(
                    (*loc, key, index),
                    f"{key[:-1]} {brief(text)} is listed twice in this event{also}",
                    hint="keep one of them",
                )
                continue
            # Interned: big stores repeat the same few actors and tags thousands of times.
            names.append(sys.intern(text))
        return tuple(names)

    def _not_a_name(self, name: object, key: str, where: Loc) -> None:
        """Record why ``name`` (empty, blank or not text) cannot be an actor or a tag."""
        if name is None or isinstance(name, str):
            self.problem(where, f"each of {key!r} must be non-empty text")
            return
        # A number or a boolean was most likely meant as text: quotes keep it so.
        scalar = isinstance(name, (int, float, bool))
        self.problem(
            where,
            f"each of {key!r} must be text, not {_kind(name)}",
            hint="put it in quotes" if scalar else None,
        )

    def _event_sources(self, item: dict[Any, Any], loc: Loc) -> tuple[Source, ...]:
        value = item.get("sources")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem((*loc, "sources"), "'sources' must be a list of source ids")
            return ()
        found: list[Source] = []
        for index, ref in enumerate(value):
            # Most references are ids of known sources: their place is made only when needed.
            source = self.sources.get(ref) if isinstance(ref, str) else None
            if source is not None:
                found.append(source)
                continue
            where = (*loc, "sources", index)
            if isinstance(ref, dict):
                source = self.check_source(ref, where)
            elif isinstance(ref, str):
                if self._source_guess is None:
                    from carneytl.suggest import Guesser

                    self._source_guess = Guesser(self.sources)
                self.problem(
                    where, f"unknown source {brief(ref)}{_did_you_mean(ref, self._source_guess)}"
                )
            else:
                self.problem(where, f"a source reference must be an id, not {_kind(ref)}")
            if source is not None:
                found.append(source)
        return tuple(found)

    def check_event(self, item: object, loc: Loc) -> None:
        """Check one event; keep it only if it has no problem of its own."""
        if not isinstance(item, dict):
            self.problem(loc, f"an event must be a mapping, not {_kind(item)}")
            return
        before = len(self.issues)
        self._unknown_keys(item, loc, EVENT_KEYS, _EVENT_KEY_SET)
        event_id = self._slug(item, loc, "an event")
        span = self._date(item, loc)
        title = self._title(item, loc)
        summary = self._text(item, "summary", loc)
        actors = self._names(item, "actors", loc)
        tags = self._names(item, "tags", loc)
        location = self._text(item, "location", loc, refuse=controls.ONE_LINE)
        sources = self._event_sources(item, loc)
        as_written = self._text(item, "as_written", loc, refuse=controls.ONE_LINE)
        accounts = self._accounts(item, loc, span)
        if event_id is not None:
            first = self._event_locs.setdefault(event_id, loc)
            if first is not loc:
                self.problem((*loc, "id"), f"duplicate event id {event_id!r}", other=first)
        if span is None or event_id is None or title is None or len(self.issues) > before:
            return
        self.events.append(
            Event(
                id=event_id,
                date=span,
                title=title,
                summary=summary,
                actors=actors,
                tags=tags,
                location=location,
                sources=sources,
                as_written=as_written,
                accounts=accounts,
            )
        )

    def _title(self, item: dict[Any, Any], loc: Loc) -> str | None:
        """Return the event's title: one line, not empty, without control characters."""
        value = item.get("title")
        text = value.strip() if isinstance(value, str) else ""
        found = controls.TITLE.search(text)
        if found is not None and found.group() in controls.LINE_BREAKS:
            self.problem(
                (*loc, "title"),
                f"'title' must be one line, but it holds {controls.words(found.group())}",
                hint="put detail in 'summary'",
            )
            return text
        title = self._text(item, "title", loc, required=True, refuse=controls.TITLE)
        if title == "":
            self.problem((*loc, "title"), "'title' is empty")
        return title

    def _accounts(self, item: dict[Any, Any], loc: Loc, span: Span | None) -> tuple[Account, ...]:
        """Check an event's competing accounts of its date; ``span`` is the event's own date."""
        value = item.get("accounts")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem((*loc, "accounts"), f"'accounts' must be a list, not {_kind(value)}")
            return ()
        found: list[Account] = []
        seen: dict[Span, Loc] = {}
        for index, account in enumerate(value):
            where = (*loc, "accounts", index)
            if not isinstance(account, dict):
                self.problem(where, f"an account must be a mapping, not {_kind(account)}")
                continue
            before = len(self.issues)
            self._unknown_keys(account, where, ACCOUNT_KEYS, _ACCOUNT_KEY_SET)
            date = self._date(account, where)
            if not account.get("sources"):
                self.problem(
                    where,
                    "an account needs 'sources': the ids of the sources that gave its date",
                )
            sources = self._event_sources(account, where)
            as_written = self._text(account, "as_written", where, refuse=controls.ONE_LINE)
            note = self._text(account, "note", where)
            if date is not None and span is not None and agrees(span, date):
                self.problem(
                    (*where, "date"),
                    f"the account's date {date.text!r} agrees with the event's date "
                    f"{span.text!r}: nothing to record",
                    hint="an account keeps a date that the event's own date does not allow; "
                    "drop it, or add its sources to the event",
                )
            if date is not None:
                self._repeated_account(seen, date, (*where, "date"))
            if date is not None and len(self.issues) == before:
                found.append(Account(date, sources, as_written, note))
        return tuple(found)

    def _repeated_account(self, seen: dict[Span, Loc], date: Span, where: Loc) -> None:
        """Refuse a second account of one event with the date of an earlier one, ``seen``."""
        first = seen.setdefault(date, where)
        if first != where:
            # Two accounts of one date are one claim counted twice, and the views would show
            # it as two.
            self.problem(
                where,
                f"another account of this event gives the date {brief(date.text)} already",
                hint="merge their sources into one account",
                other=first,
            )

    def raise_if_problems(
        self, position: _Positioner, found: Iterable[Problem] | None = None
    ) -> None:
        """Raise every problem at once, located; ``found`` are problems already located."""
        problems: list[Problem] = list(found or ())
        if not self.issues and not problems:
            return
        for issue in self.issues:
            line, column = position(issue.loc, key=issue.on_key) if issue.loc else (1, 1)
            message = issue.message
            if issue.other is not None:
                other_line, _ = position(issue.other)
                if other_line is not None:
                    message += f" (first defined at line {other_line})"
            if issue.hint:
                message += f"; {issue.hint}"
            problems.append(Problem(self.label, line, column, message, _field_name(issue.loc)))
        # In file order, as an editor lists them; problems without a place go last.
        problems.sort(key=lambda p: (p.line is None, p.line or 0, p.column or 0))
        raise StoreError(problems)

    def store(self) -> Store:
        """Return what was checked as a store (call only when there were no problems)."""
        return Store(path=self.label, events=tuple(self.events), sources=dict(self.sources))


def _not_a_day(text: str) -> str | None:
    """Say why date text cannot be a store date before parsing it, or return None."""
    if len(text) > _LONGEST_DATE:
        return f"'date' {brief(text)} is too long to be a date"
    if _DATETIME.match(text):
        return "'date' has a time of day; carneytl works in whole days"
    return None


def web_address(url: str) -> bool:
    """Tell whether ``url`` is an absolute http or https address, with a host.

    A source's url becomes a link (``href`` in timelinejs, ``URL`` in ics): a ``javascript:``
    or ``file:`` address, a relative path or one with spaces must not get that far.
    """
    from urllib.parse import urlsplit

    if not url.isprintable() or any(char.isspace() for char in url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)
    except ValueError:  # an unclosed IPv6 bracket, and the like
        return False


def _kind(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"
