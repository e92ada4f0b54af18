"""A fast first read of YAML stores with yaml-rs, taken only where it must agree with PyYAML.

The store loader (:mod:`carneytl.storage.safeyaml`) is PyYAML: YAML 1.1, dates and oddly written
numbers kept as text, exact ``LINE:COL`` for every problem, but slow on a big store. yaml-rs
(Rust, YAML 1.2) reads the same file many times faster (docs/performance.md), yet reads some
valid YAML differently: ``yes`` and ``on`` stay text, ``010``, ``2.50`` and ``1e3`` are numbers
(the store loader: the text as written), merge keys are not merged, unknown tags, several
documents and surrogate pairs in escapes are accepted, and so are control characters and U+2028
in text. :func:`load` screens the text for every construct where the two may part ways and
returns ``None`` (use PyYAML) on any doubt; so it may decline a store it would have read right,
but never reads one otherwise. The caller re-reads with PyYAML whenever this gives ``None``,
raises, or the result has any problem, so every message still comes from PyYAML's path, located
as before.

yaml-rs is optional: without it (an exotic platform with no wheel) :func:`load` gives ``None``.
"""

from __future__ import annotations

import re
from typing import Any

# Every check below runs on the store's UTF-8 bytes and is either a plain byte search or a
# pattern opening with one literal byte, which the regular expression engine finds at memchr
# speed; a pattern opening with a character class instead tries each of millions of positions
# in turn. Rare bytes are looked for before their pattern.

# Bytes PyYAML refuses (control characters, DEL), or treats apart from YAML 1.2 (tabs). Deleting
# every plain byte leaves only these; bytes of multi-byte characters are kept out of the way
# here and checked by _ODD_UNICODE.
_PLAIN_BYTES = bytes([10, 13, *range(0x20, 0x7F), *range(0x80, 0x100)])
# Characters PyYAML refuses (C1 controls, U+FFFE, U+FFFF) or reads as a line break where YAML
# 1.2 reads text (NEL U+0085, U+2028, U+2029), as UTF-8.
_ODD_UNICODE = (
    re.compile(rb"\xc2[\x80-\x9f]"),
    re.compile(rb"\xe2\x80[\xa8\xa9]"),
    re.compile(rb"\xef\xbf[\xbe\xbf]"),
)
_LONE_CR = re.compile(rb"\r(?!\n)")
# An escape of half a UTF-16 surrogate pair (`\ud83d`, `\U0000dc00`): libyaml refuses each,
# while yaml-rs joins a high and a low half written together into one character. The one
# definition of such an escape: :mod:`carneytl.storage.parsing` uses it too (group 1: its
# four digits).
SURROGATE_ESCAPE = re.compile(rb"\\(?:u|U0000)([dD][89a-fA-F][0-9a-fA-F]{2})")

# Tags (`!x`, `!!str`), anchors (`&a`) and aliases (`*a`) can only open a node: at the start of
# a line, after a space or a flow indicator. Tags change types; aliases can expand without
# limit, and PyYAML counts them (safeyaml.refuse_alias_bombs), yaml-rs by its own rules.
# "R & D" and "5 * 3" hold no anchor or alias (a space follows), "Q&A" none (a letter precedes).
_PROPERTY = {
    b"!": re.compile(rb"!(?<![^\s\[{,:]!)"),
    b"&": re.compile(rb"&(?<![^\s\[{,:]&)[^\s\[\]{},]"),
    b"*": re.compile(rb"\*(?<![^\s\[{,:]\*)[^\s\[\]{},]"),
}

# Flow collections, where yaml-rs is more lenient than PyYAML and the two part ways on odd
# items (`[?]`, `[:x]`, `[a, |]`, a `[` opening a line of its own): only the plain kind is
# read fast, a list on one line whose items are quoted, or plain words that open with no
# indicator and hold no `:`, `#` or bracket (`[Canada, United States]`, `['a', "b"]`, `[]`).
# Any other `[`, and any `{`, sends the store to PyYAML; so does a `[` in prose that does not
# look like such a list ("[citation needed" with no closing bracket on the line).
_FLOW_ITEM = (
    rb"(?:'(?:[^'\n]|'')*'"
    rb'|"(?:[^"\\\n]|\\[^\n])*"'
    # Possessive: the spaces an item may end in are also what may follow it, and giving the
    # engine the choice costs exponential time on a "[" that is never closed.
    rb"|(?:[^\s\[\]{},:#'\"?|>&*!%@`-]|-[0-9])[^\[\]{},:#\n]*+)"
)
# Every run of spaces is possessive too: what may follow one (an item, a comma, the closing
# bracket) never opens with a space, so giving a run back never helps a match, and letting
# the engine try it makes a quoted item followed by a long run of spaces cost time in the
# square of that run when no `]` comes.
_ODD_FLOW = re.compile(
    rb"\[(?! *+(?:" + _FLOW_ITEM + rb" *+(?:, *+" + _FLOW_ITEM + rb" *+)*+,? *+)?\])"
)

# Block scalars (`|`, `>`) are read alike when their first line of text follows the header
# at once, indented further than the header's line. An empty one, one opening with blank
# lines, or one with an explicit indentation (`|2`) is where the two have been seen to differ
# (`a: |` at the very end: yaml-rs reads a line break, PyYAML nothing).
_BLOCK_HEADER = {
    b"|": re.compile(rb"\|[-+0-9]*[ ]*(?:#[^\n]*)?\n"),
    b">": re.compile(rb">[-+0-9]*[ ]*(?:#[^\n]*)?\n"),
}


def _odd_block_scalar(data: bytes) -> bool:
    """Tell whether a block scalar in ``data`` is not of the plain kind (see _BLOCK_HEADER)."""
    for byte, header in _BLOCK_HEADER.items():
        if byte not in data:
            continue
        for match in header.finditer(data):
            if any(digit in match[0] for digit in b"0123456789"):
                return True
            line = data[data.rfind(b"\n", 0, match.start()) + 1 : match.start()]
            indent = len(line) - len(line.lstrip(b" "))
            end = data.find(b"\n", match.end())
            first = data[match.end() : end if end != -1 else len(data)]
            text = first.lstrip(b" ")
            if not text or len(first) - len(text) <= indent:
                return True
    return False


# At the start of a line: a second document, a document end or a directive. yaml-rs returns
# several documents as a list where PyYAML refuses them; a `---` opening the text is fine for
# both.
_DOCUMENT = re.compile(rb"\n(?:---|\.\.\.|%)")

# Block collections nested deep, by indentation or by `- - -` on one line: yaml-rs recurses on
# the machine stack and crashes the process somewhere past ten thousand levels, where PyYAML
# says "nested too deeply". Forty columns of indentation, or two block indicators in a row,
# are unusual enough in a store to leave to PyYAML. yaml-rs itself stops flow nesting at 256.
_DEEP_INDENT = b"\n" + b" " * 40
_COMPACT = {b"-": re.compile(rb"- +[?-] "), b"?": re.compile(rb"\? +[?-] ")}

# A plain scalar that YAML 1.1 (PyYAML) and 1.2 (yaml-rs) may resolve to different values: the
# 1.1 booleans yes/no/on/off, the value and merge indicators `=` and `<<`, and every
# numeric-looking word except plain decimals (`42`, `-7`, `2.5`) and dates (`2018-05`,
# `2018-05-02`), which both read alike. A scalar resolves to a non-string only when it is one
# word: it starts at a line's indentation or after an indicator (`:`, `-`, `?`, `,`, `[`,
# `{`), and ends the line or comes before a comment or a flow indicator. Words inside prose
# ("agreed on a deal", a wrapped line ending "talks with Xi on") pass; a line of prose that is
# one such word alone is declined, which costs only speed. Keys need no check: a key that is
# not one of the store's own is refused by validation, and PyYAML then reads the store.
#
# Every place a word can end (`\r`, `,`, `]`, `}`, `#`) is first made a line feed, so that one
# lookahead ends every pattern. Each pattern opens with the one literal byte before a scalar
# (which the regular expression engine finds at memchr speed) and possessive spaces (no
# backtracking into the indentation); a lookahead then turns away the many lines whose value
# cannot be such a word.
_ENDS = bytes.maketrans(b"\r,]}#", b"\n\n\n\n\n")
_WORD = (
    rb"(?=[-+0-9_.:?=<yYoOnN])(?:("
    # yes/no/on/off in any case, `=`, `<<`, `.inf`, `.nan`, and a lone `:` or `?`, an empty
    # key that yaml-rs reads and PyYAML refuses (`- :`).
    rb"[-+]?(?:[yY][eE][sS]|[oO][nN]|[nN][oO]|[oO][fF][fF]|=|<<|\.[iI][nN][fF]|\.[nN][aA][nN]|:|\?)"
    # A word of the characters numbers are written with, opening with a digit, sign, point or
    # underscore; _NUMBER_START then tells which are numbers. Possessive: one word or none.
    rb")|((?=[0-9_.+-])[0-9a-fA-FxXoObB_.:+-]++))"
    rb"(?= *\n)"
)
# What comes before a scalar: a line's indentation (or the start of the text, made a line
# feed), an indicator and a space, or a flow opening. A word after a word, as in "talks with
# Xi on" ending a wrapped line, is inside a longer scalar and is not matched.
_RISKY_WORDS = tuple(
    re.compile(before + _WORD)
    for before in (rb"\n *+", rb": *+", rb"\? *+", rb"- ++", rb"\[ *+", rb"\{ *+")
)
# Eight colons in one word (`1:2:3:4:5:6:7:8`): a `:` opens a scalar even with no space after
# it, and the word class holds `:`, so each colon of a long such word would start a scan to the
# word's end, work in the square of its length. No store has a reason to write one; such a
# word is doubtful (YAML 1.1 reads `1:20` as a number in base 60), so it declines the text
# before those scans, and every word left has fewer than eight places to start from.
_COLON_CHAIN = re.compile(rb":(?:[0-9a-fA-FxXoObB_.+-]*+:){7}")
# How a word that yaml-rs may read as a number opens: its first digit comes after nothing but
# a sign, points and underscores (`5`, `-.5`, and `_3`: yaml-rs reads underscores anywhere).
_NUMBER_START = re.compile(rb"[-+]?[_.]*[0-9]")
# Numeric-looking words both read alike: a decimal of up to 18 digits written as Python
# writes it (not `-0`), and a date (`2018-05`, `2018-05-02`). The store loader keeps any other
# number as the text written (`0100`, `-0`, `2.50`), where yaml-rs gives the number.
_SAFE_WORD = re.compile(rb"0|-?[1-9][0-9]{0,17}|[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")
# A decimal fraction of up to 15 digits a side: read alike when Python writes its value back
# as the same text (`2.5`, `0.25`, but not `2.50` or `2018.`, which the store loader keeps).
_FRACTION = re.compile(rb"-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}")


def _safe_word(word: bytes) -> bool:
    if _SAFE_WORD.fullmatch(word):
        return True
    return _FRACTION.fullmatch(word) is not None and repr(float(word)).encode() == word


def _risky_word(data: bytes) -> bytes | None:
    """Return a plain word in ``data`` that YAML 1.1 and 1.2 may read apart, or None."""
    text = b"\n" + data.translate(_ENDS) + b"\n"
    if b":" in text and (chain := _COLON_CHAIN.search(text)):
        return chain[0]
    found: set[tuple[bytes, bytes]] = set()
    for pattern in _RISKY_WORDS:
        found.update(pattern.findall(text))
    for keyword, number in sorted(found):
        if keyword or (_NUMBER_START.match(number) and not _safe_word(number)):
            return keyword or number
    return None


def _too_deep(data: bytes) -> bool:
    """Tell whether ``data`` might nest deep enough to crash yaml-rs (see _DEEP_INDENT)."""
    return (
        _DEEP_INDENT in data
        or data.startswith(_DEEP_INDENT[1:])
        or any(byte in data and p.search(data) for byte, p in _COMPACT.items())
    )


def _doubt(data: bytes, *, ascii_only: bool) -> str | None:  # noqa: C901, PLR0911 - a return per reason
    """Name a reason, other than nesting, that yaml-rs might read ``data`` unlike PyYAML."""
    if data.translate(None, _PLAIN_BYTES):
        return "a tab or control character"
    if not ascii_only and any(p.search(data) for p in _ODD_UNICODE):
        return "a control character or a line break YAML 1.1 and 1.2 read differently"
    if b"\r" in data and _LONE_CR.search(data):
        return "a carriage return without a line feed"
    if b"\\" in data and SURROGATE_ESCAPE.search(data):
        return "an escape of half a surrogate pair"
    if any(byte in data and p.search(data) for byte, p in _PROPERTY.items()):
        return "a tag, anchor or alias"
    if not data.endswith(b"\n") and (b"|" in data or b">" in data):
        # A block scalar closing a text with no final line break: PyYAML drops the break its
        # chomping would keep, yaml-rs keeps it.
        return "a block scalar at the very end"
    if _odd_block_scalar(data):
        return "a block scalar of an unusual shape"
    if b"{" in data or (b"[" in data and _ODD_FLOW.search(data)):
        return "a flow collection other than a plain list"
    start = 3 if data.startswith(b"---") else 0
    if data.startswith((b"%", b"---", b"..."), start) or _DOCUMENT.search(data, start):
        return "a directive or a second document"
    word = _risky_word(data)
    if word is not None:
        return f"{word.decode()!r}, which YAML 1.1 and 1.2 may read differently"
    return None


def doubt(text: str) -> str | None:
    """Name a reason yaml-rs might read ``text`` unlike PyYAML, or return None if there is none.

    ``text`` is a whole store, decoded, without its byte-order mark.
    """
    data = text.encode("utf-8")
    if _too_deep(data):
        return "deep nesting"
    return _doubt(data, ascii_only=text.isascii())


_DERIVED = frozenset(("start", "end", "precision", "approximate", "uncertain", "status"))
# One of those written as a key (`start:`, `"status" :`); only an escape in double quotes
# could spell one otherwise, so a backslash anywhere counts as a maybe.
_DERIVED_KEY = tuple(re.compile(key.encode() + rb"['\"]? *:") for key in sorted(_DERIVED))
_SCALARS = (str, int, float, bool, type(None))


def _records(document: object) -> list[object]:
    """Return every mapping validation reads as an event or a source, inline sources too."""
    if isinstance(document, list):
        document = {"events": document}
    if not isinstance(document, dict):
        return []
    found: list[object] = []
    for group in (document.get("events"), document.get("sources")):
        if isinstance(group, list):
            found.extend(group)
            for record in group:
                cited = record.get("sources") if isinstance(record, dict) else None
                if isinstance(cited, list):
                    found.extend(cited)
    return found


def _hides_something(data: bytes, document: object) -> bool:
    """Tell whether ``document`` holds a collection where validation never looks.

    Validation checks every value a store keeps, but ignores the fields carneytl's own JSON
    output adds (``start``, ``status``...). A text PyYAML refuses could hide there, as a
    collection yaml-rs reads and PyYAML does not (a list as a mapping key), so each of those
    must be a plain value. Most stores have none of those fields, which one look at the
    text tells.
    """
    if b"\\" not in data and not any(key.search(data) for key in _DERIVED_KEY):
        return False
    return any(
        isinstance(record, dict)
        and any(not isinstance(record[key], _SCALARS) for key in _DERIVED & record.keys())
        for record in _records(document)
    )


def load(text: str) -> Any | None:  # noqa: ANN401 - any YAML document
    """Return the document in ``text`` as PyYAML's store loader would, or None to let it read.

    None when yaml-rs is not installed, when the screen has any doubt (:func:`doubt`), or when
    yaml-rs refuses the text (an error, a duplicate key): PyYAML then gives the located problem.
    """
    # Parsing in a thread while the screen runs was tried: yaml-rs lets go of the interpreter
    # lock for part of its work, but on a busy two-core machine the two threads took longer
    # than one after the other.
    try:
        import yaml_rs
    except ImportError:
        return None
    data = text.encode("utf-8")
    if _too_deep(data) or _doubt(data, ascii_only=text.isascii()) is not None:
        return None
    try:
        # Duplicate keys are an error here (yaml-rs's default): PyYAML then names each one.
        document = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # noqa: BLE001 - any refusal means: PyYAML reads it and says why
        return None
    except BaseException as exc:
        # A Rust panic arrives as pyo3's PanicException, which derives from BaseException;
        # anything else (KeyboardInterrupt) is not to be swallowed.
        if type(exc).__name__ == "PanicException":
            return None
        raise
    return None if _hides_something(data, document) else document
