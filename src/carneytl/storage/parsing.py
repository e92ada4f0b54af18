"""Store bytes to a validated Store: format sniffing, YAML/JSON/JSON Lines, located problems.

Parsing takes the fast path (yaml-rs behind its screen, libyaml, or json straight to Python
objects) and hands the data to :mod:`carneytl.storage.validate`; only when that finds problems
is the document composed again with positions, so each problem is reported as
``PATH:LINE:COL: message`` without slowing the common case.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from carneytl.errors import Problem, StoreError
from carneytl.model import Event, Store

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from pathlib import Path

    import yaml

    from carneytl.storage import safeyaml
    from carneytl.storage.validate import Loc

__all__ = ["Locator", "check_event", "format_for", "parse_store", "sniff_format"]


def format_for(path: Path, data: bytes) -> str:
    """Tell a store file's format from its name, else from its first bytes."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".yaml", ".yml"}:
        return "yaml"
    return sniff_format(data)


# JSON opens with `[` or `{` and, for a store, an object or a quoted key next; flow-style YAML
# such as `{events: [...]}` or `[{id: a}]` has a bare word there.
_JSON_START = re.compile(rb"\s*(?:\[\s*(?:\]|\{\s*[\"}])|\{\s*[\"}])")


def sniff_format(data: bytes) -> str:
    """Tell ``json``, ``jsonl`` or ``yaml`` from the start of a store's bytes.

    Text that does not open like JSON is YAML. An array is JSON. An object is JSON Lines when
    its first line is a whole object without an ``events`` key (an event), else one JSON
    document. Only the first characters, at most the first line, are looked at: a large store
    costs nothing to sniff unless it is a JSON object minified onto one line, parsed twice.
    """
    import json

    offset = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    match = _JSON_START.match(data, offset)
    if match is None:
        return "yaml"
    if match.group().lstrip().startswith(b"["):
        return "json"
    first_end = data.find(b"\n", match.end())
    line = data[offset:first_end] if first_end != -1 else data[offset:]
    try:
        # The loaders' own number readers: a record whose first line holds an integer past
        # Python's 4,300 digits is still one JSON Lines record, not "JSON that failed".
        first = json.loads(line, parse_int=_json_int, parse_float=_json_float)
    except (ValueError, UnicodeDecodeError):
        return "json"  # an object spread over lines: pretty-printed JSON
    except RecursionError:
        return "json"  # the JSON loader names it: nested too deeply
    return "jsonl" if isinstance(first, dict) and "events" not in first else "json"


def parse_store(data: bytes, label: str, *, fmt: str = "yaml") -> Store:
    """Parse and validate store bytes already read; ``label`` names them in problems.

    Empty JSON Lines are a store of no events (what a selection of nothing writes); an empty
    file of any other format is a mistake and a problem.
    """
    # Imported here: a store read from the cache (the common case) never needs the validator.
    from carneytl.storage.fastyaml import SURROGATE_ESCAPE
    from carneytl.storage.validate import Checker

    if fmt == "jsonl" and not data.strip():
        return Store(path=label, events=(), sources={})
    text = _decode(data, label)
    found: list[Problem] = []
    if fmt == "jsonl":
        records, line_of = _load_jsonl(text, label, found)
        checker = Checker(label)
        checker.check_document({"events": records})
        if SURROGATE_ESCAPE.search(data):
            checker.check_unicode({"events": records})
        checker.raise_if_problems(lambda loc, *, key=False: _jsonl_position(loc, line_of), found)  # noqa: ARG005 - JSONL places by line only
        return checker.store()
    if fmt == "yaml":
        fast = _fast_yaml_store(text, label)
        if fast is not None:
            return fast
    if fmt == "yaml":
        _refuse_a_table(text, label)
    raw = _load_json(text, label, found) if fmt == "json" else _load_yaml(text, label, found)
    checker = Checker(label)
    checker.check_document(raw)
    if SURROGATE_ESCAPE.search(data):
        checker.check_unicode(raw)
    checker.raise_if_problems(Locator(text).position, found)
    return checker.store()


# A cell of the header row of a table carneytl writes (or a spreadsheet exports): a plain
# name. No YAML store opens with two or more of them between commas or tabs: its first line
# is a key (`version: 1`), a list item (`- id: ...`) or a comment.
_HEADER_CELL = re.compile(r"\w+(?: \w+)*")
_LONGEST_HEADER = 1000  # characters; a longer first line is not a header worth sniffing


def _refuse_a_table(text: str, label: str) -> None:
    """Say that CSV or TSV is a table, not a store, before YAML finds fault with it at random."""
    first = text.lstrip("\r\n").partition("\n")[0].rstrip("\r")
    if len(first) > _LONGEST_HEADER or ":" in first:
        return
    kind, sep = ("TSV", "\t") if "\t" in first else ("CSV", ",")
    cells = first.split(sep)
    if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(cell.strip()) for cell in cells):  # noqa: PLR2004 - a table has two columns at least
        return
    raise StoreError(
        [
            Problem(
                label,
                None,
                None,
                f"looks like {kind}, which is not a store format: a store is YAML, JSON or "
                "JSON Lines (write one with --format json or --format jsonl)",
            )
        ]
    )


def _decode(data: bytes, label: str) -> str:
    if not data.strip():
        raise StoreError([Problem(label, None, None, "is empty: a store needs an 'events' list")])
    if b"\x00" in data[:8192]:
        raise StoreError([Problem(label, None, None, "looks like a binary file, not a store")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise StoreError(
            [Problem(label, line, column, f"is not UTF-8 text (byte 0x{data[exc.start]:02x})")]
        ) from None
    return text.removeprefix("\ufeff")


def _fast_yaml_store(text: str, label: str) -> Store | None:
    """Read a YAML store through :mod:`carneytl.storage.fastyaml`; None sends it to PyYAML instead.

    Only a store the fast parser takes and validation finds no fault with is kept: any problem
    is reported from PyYAML's reading, the one that knows lines and columns.
    """
    from carneytl.storage import fastyaml
    from carneytl.storage.validate import Checker

    raw = fastyaml.load(text)
    if raw is None:
        return None
    checker = Checker(label)
    checker.check_document(raw)
    return None if checker.issues else checker.store()


def _yaml_loader() -> type[Any]:
    """Return the safe YAML loader for stores (see :mod:`carneytl.storage.safeyaml`)."""
    from carneytl.storage import safeyaml

    return safeyaml.StoreLoader


def _load_yaml(text: str, label: str, found: list[Problem] | None = None) -> object:
    """Load YAML text safely; duplicate keys are added to ``found`` as problems."""
    import yaml

    from carneytl.storage import safeyaml

    try:
        data, duplicates = safeyaml.load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = _surrogate_escape(text, label, line, column) or Problem(
            label, line, column, f"invalid YAML: {exc.problem or exc}"
        )
        raise StoreError([problem]) from None
    except yaml.reader.ReaderError as exc:
        # PyYAML names the character by its offset in a text of its own, over two lines.
        problem = _unreadable(text, label) or Problem(
            label, None, None, f"invalid YAML: character U+{exc.character:04X} is not allowed"
        )
        raise StoreError([problem]) from None
    except yaml.YAMLError as exc:
        first = str(exc).partition("\n")[0]
        raise StoreError([Problem(label, None, None, f"invalid YAML: {first}")]) from None
    except RecursionError:
        raise StoreError([Problem(label, None, None, "invalid YAML: nested too deeply")]) from None
    if found is not None:
        found.extend(_duplicate_problems(label, duplicates, "YAML"))
    return data


# What PyYAML refuses anywhere in a text, even inside quotes: the C0 controls other than tab,
# line feed and carriage return, DEL, the C1 controls other than NEL, and U+FFFE and U+FFFF.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


def _unreadable(text: str, label: str) -> Problem | None:
    """Locate the first character PyYAML's reader refuses, and say what to do about it."""
    found = _UNREADABLE.search(text)
    if found is None:
        return None
    at, code = found.start(), ord(found.group())
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    if code >= 0xFFFE:  # noqa: PLR2004 - the two noncharacters of the first plane
        message = f"U+{code:04X} is not a character and is not allowed in a store; delete it"
    else:
        message = (
            f"control character U+{code:04X} is not allowed in a store; delete it, or if it "
            f"is meant, write it as the escape \\x{code:02x} inside double quotes"
        )
    return Problem(label, line, column, message)


def _surrogate_at() -> re.Pattern[str]:
    r"""The escape of half a UTF-16 surrogate pair (`\ud800`, `\U0000dfff`), to search text."""
    from carneytl.storage.fastyaml import SURROGATE_ESCAPE

    return re.compile(SURROGATE_ESCAPE.pattern.decode("ascii"))


# A surrogate escape is placed as the same escape with its first digit D made E: a character of
# the private use area U+E800-U+EFFF, which libyaml takes, of the same length, and which
# _as_read() turns back into the half it stands for.
_PLACED = re.compile("[\ue800-\uefff]")


def _placeable(text: str) -> str:
    """Return ``text`` with each surrogate escape, which libyaml refuses, made a private one.

    The escapes keep their length, so the document keeps its shape and every place in it:
    what the text is read again for (the lines and columns of problems) is unchanged.
    """
    if "\\" not in text:
        return text
    return _surrogate_at().sub(lambda found: _to_private(found.group()), text)


def _to_private(escape: str) -> str:
    return escape[:-4] + "e" + escape[-3:]


def _as_read(text: str) -> str:
    """Return a string of the :func:`_placeable` text as the store's own reading gave it.

    Each placed character becomes its surrogate again, and a high half followed by a low one
    the one character they spell, as ``json`` reads a pair of escapes. (A character of that
    private range written as itself in a store that also holds surrogate escapes would be
    taken for one: that costs only the precision of a problem's place or key, never a store.)
    """
    if _PLACED.search(text) is None:
        return text
    halves = _PLACED.sub(lambda found: chr(ord(found.group()) - 0x1000), text)
    return _joined(halves)


def _joined(text: str) -> str:
    """Return ``text`` with each high surrogate followed by a low one joined into a character."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _surrogate_escape(
    text: str, label: str, line: int | None, column: int | None
) -> Problem | None:
    r"""Word libyaml's refusal of a surrogate escape at ``line``:``column`` (just after ``\u``).

    JSON writers spell a character beyond U+FFFF as a pair of such escapes; YAML wants the
    character itself, or one ``\U`` escape of eight digits, which the message works out.
    """
    if line is None or column is None or column < 3:  # noqa: PLR2004 - room for `\u`
        return None
    lines = text.split("\n")
    if line > len(lines):
        return None
    surrogate_at = _surrogate_at()
    found = surrogate_at.match(lines[line - 1], column - 3)
    if found is None:
        return None
    high = int(found.group(1), 16)
    message = f"the escape {found.group()} is half of a UTF-16 surrogate pair, not a character"
    low = surrogate_at.match(lines[line - 1], found.end())
    if high < 0xDC00 and low is not None and int(low.group(1), 16) >= 0xDC00:  # noqa: PLR2004 - high, then low
        joined = 0x10000 + ((high - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)
        hint = f"write the character itself, or the one escape \\U{joined:08X}"
    else:
        hint = "write the character itself"
    return Problem(label, line, column - 2, f"{message}; {hint}")


def _duplicate_problems(
    label: str, duplicates: Iterable[safeyaml.Duplicate], reader: str
) -> Iterator[Problem]:
    from carneytl.storage.validate import brief

    for dup in duplicates:
        yield Problem(
            label,
            dup.line,
            dup.column,
            f"duplicate key {brief(dup.key)} (first at line {dup.first_line}); "
            f"{reader} would keep only the last",
            dup.key,
        )


class _KeyCounter:
    """An ``object_pairs_hook`` that notices a key written twice in one JSON object.

    ``json`` keeps the last of two equal keys without a word, as YAML does; a store that says
    two things about one field is a mistake the person should hear about, with its place.
    """

    def __init__(self) -> None:
        self.repeated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        if len(made) != len(pairs):
            self.repeated = True
        return made


def _json_int(text: str) -> int | str:
    """Read a JSON integer as the YAML loader reads one: a number only if written as Python would.

    JSON allows no leading zeros, so only ``-0`` is kept as text, and an integer too long for
    Python to read (past 4,300 digits), which would otherwise end the run with a traceback.
    """
    try:
        number = int(text)
    except ValueError:
        return text
    return number if str(number) == text else text


def _json_float(text: str) -> float | str:
    """Read a JSON fraction as a number only if Python writes it back alike: ``2.50`` is text."""
    number = float(text)
    return number if repr(number) == text else text


# Python's JSON reader recurses once per level of nesting; past the interpreter's limit it
# raises RecursionError, which no store or TimelineJS file has a reason to reach.
TOO_DEEP = "invalid JSON: nested too deeply"


def _load_json(text: str, label: str, found: list[Problem]) -> object:
    import json

    counter = _KeyCounter()
    try:
        data = json.loads(
            text, object_pairs_hook=counter, parse_int=_json_int, parse_float=_json_float
        )
    except json.JSONDecodeError as exc:
        raise StoreError(
            [Problem(label, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}")]
        ) from None
    except RecursionError:
        raise StoreError([Problem(label, None, None, TOO_DEEP)]) from None
    if counter.repeated:
        found.extend(_json_duplicates(text, label, None))
    return data


def _json_duplicates(text: str, label: str, line: int | None) -> list[Problem]:
    """Place the repeated keys of JSON text, rare enough to afford reading it again as YAML.

    ``line`` is the line of the file a JSON Lines record is on; None for a whole document.
    """
    import yaml

    from carneytl.storage import safeyaml

    placed = _placeable(text)
    try:
        _, duplicates = safeyaml.load(placed)
    except (yaml.YAMLError, RecursionError):
        duplicates = []
    if not duplicates:  # JSON beyond libyaml (rare): the problem without a place
        return [
            Problem(
                label,
                line,
                None,
                "writes a key twice in one object; JSON would keep only the last",
            )
        ]
    line_offset = 0 if line is None else line - 1
    as_read = _as_read if placed != text else str
    return list(
        _duplicate_problems(
            label,
            (
                safeyaml.Duplicate(
                    as_read(d.key), d.line + line_offset, d.column, d.first_line + line_offset
                )
                for d in duplicates
            ),
            "JSON",
        )
    )


def _load_jsonl(text: str, label: str, found: list[Problem]) -> tuple[list[object], list[int]]:
    import json

    records: list[object] = []
    line_of: list[int] = []
    problems: list[Problem] = []
    counter = _KeyCounter()
    # JSON Lines are split on LF alone: splitlines() would also cut at U+2028, U+0085 and other
    # characters that JSON writers leave unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append(
                json.loads(
                    line, object_pairs_hook=counter, parse_int=_json_int, parse_float=_json_float
                )
            )
        except json.JSONDecodeError as exc:
            problems.append(Problem(label, number, exc.colno, f"invalid JSON: {exc.msg}"))
            continue
        except RecursionError:
            problems.append(Problem(label, number, None, TOO_DEEP))
            continue
        line_of.append(number)
        if counter.repeated:
            counter.repeated = False
            found.extend(_json_duplicates(line, label, number))
    if problems:
        raise StoreError(problems)
    return records, line_of


def _jsonl_position(loc: Loc, line_of: list[int]) -> tuple[int | None, int | None]:
    if len(loc) >= 2 and isinstance(loc[1], int) and loc[1] < len(line_of):  # noqa: PLR2004 - ("events", i, ...)
        return line_of[loc[1]], 1
    return None, None


class Locator:
    """Finds the line and column of a value in YAML (or JSON) text, composing it only once."""

    def __init__(self, text: str) -> None:
        """Keep ``text``; it is composed on the first question only."""
        self._text = text
        self._root: yaml.Node | None = None
        self._composed = False
        self._placed = False  # whether surrogate escapes were made private to compose it

    def _compose(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            import yaml

            placed = _placeable(self._text)
            self._placed = placed != self._text
            try:
                self._root = yaml.compose(placed, Loader=_yaml_loader())
            except yaml.YAMLError:
                self._root = None
        return self._root

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
        """Return the line and column of the value at ``loc`` (of its key, with ``key``)."""
        import yaml

        node: Any = self._compose()
        if node is None:
            return None, None
        if isinstance(node, yaml.SequenceNode) and loc[:1] == ("events",):
            # A bare array of events (as `list --json` writes) is checked as {"events": [...]}.
            loc = loc[1:]
        mark = node.start_mark
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                found = next(((k, v) for k, v in node.value if self._names(k, part)), None)
                if found is None:
                    break
                key_node, node = found
                mark = key_node.start_mark if key and part == loc[-1] else node.start_mark
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if part >= len(node.value):
                    break
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1

    def _names(self, key: yaml.Node, part: str | int) -> bool:
        """Tell whether a key as composed is ``part`` of a location, as the store was read."""
        if not self._placed:
            return bool(key.value == str(part))
        return isinstance(key.value, str) and _as_read(key.value) == _joined(str(part))


def check_event(item: Mapping[str, object], store: Store) -> Event:
    """Validate one event that is not in a file yet (for ``add``) against ``store``'s sources.

    Raises:
        StoreError: its problems, each naming the field at fault; they have no line.
    """
    from carneytl.storage.validate import Checker

    checker = Checker(store.path)
    checker.sources.update(store.sources)
    where = ("events", len(store.events))
    checker.check_event(dict(item), where)
    # Text from the command line can hold what no store may: a byte that is not UTF-8 arrives
    # as a lone surrogate.
    checker.check_unicode(dict(item), where, typed=True)
    checker.raise_if_problems(lambda loc, *, key=False: (None, None))  # noqa: ARG005 - not in a file
    return checker.events[0]


def load_yaml_text(text: str, label: str, found: list[Problem] | None = None) -> object:
    """Load YAML text that is not a whole store (an event, a review), or raise its problem.

    Keys written twice are added to ``found`` as problems, when it is given.

    Raises:
        StoreError: the text is not YAML; the problem is placed in ``text`` under ``label``.
    """
    return _load_yaml(text, label, found)
