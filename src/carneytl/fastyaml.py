"""A fast first read of YAML stores with yaml-rs, taken only where it must agree with PyYAML.

The store loader (:mod:`carneytl.safeyaml`) is PyYAML: YAML 1.1, dates kept as text, exact
``LINE:COL`` for every problem, but about 1.7 s for a 20,000-event store. yaml-rs (Rust, YAML
1.2) reads the same file in about 0.2 s, yet reads some valid YAML differently: ``yes`` and
``on`` stay text, ``010`` is ten (PyYAML: eight), ``1e3`` and ``0o17`` are numbers (PyYAML:
text), ``1:20`` is text (PyYAML: eighty), merge keys are not merged, unknown tags and several
documents are accepted, and so are control characters and U+2028 in text. :func:`load` screens
the text for every construct where the two may part ways and returns ``None`` (use PyYAML) on
any doubt; so it may decline a store it would have read right, but never reads one otherwise.
The caller re-reads with PyYAML whenever this gives ``None``, raises, or the result has any
problem, so every message still comes from PyYAML's path, located as before.

yaml-rs is optional: without it (an exotic platform with no wheel) :func:`load` gives ``None``.
"""

from __future__ import annotations

import re
from typing import Any

# Every check below runs on the store's UTF-8 bytes and starts with one literal byte, which
# the regular expression engine finds at memchr speed; a pattern opening with a character class
# instead tries each of millions of positions in turn (about 150 ms on a 20k-event store).

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

# Tags (`!x`, `!!str`), anchors (`&a`) and aliases (`*a`) can only open a node: at the start of
# a line, after a space or a flow indicator. Tags change types; aliases can expand without
# limit, and PyYAML counts them (safeyaml.refuse_alias_bombs), yaml-rs by its own rules.
# "R & D" and "5 * 3" hold no anchor or alias (a space follows), "Q&A" none (a letter precedes).
_PROPERTY = (
    re.compile(rb"!(?<![^\s\[{,:]!)"),
    re.compile(rb"&(?<![^\s\[{,:]&)[^\s\[\]{},]"),
    re.compile(rb"\*(?<![^\s\[{,:]\*)[^\s\[\]{},]"),
)

# A second document, a document end or a directive: yaml-rs returns several documents as a
# list where PyYAML refuses them. A `---` opening the text is fine for both.
_DOCUMENT = (b"\n---", b"\n...", b"\n%")

# Block collections nested deep, by indentation or by `- - -` on one line: yaml-rs recurses on
# the machine stack and crashes the process somewhere past ten thousand levels, where PyYAML
# says "nested too deeply". Forty columns of indentation, or two block indicators in a row,
# are rare enough in a store to hand to PyYAML. yaml-rs itself stops flow nesting at 256.
_DEEP_INDENT = b"\n" + b" " * 40
_COMPACT = (re.compile(rb"- +[?-] "), re.compile(rb"\? +[?-] "))

_LONE_CR = re.compile(rb"\r(?!\n)")

# A plain scalar that YAML 1.1 (PyYAML) and 1.2 (yaml-rs) may resolve to different values: the
# 1.1 booleans yes/no/on/off, the value and merge indicators `=` and `<<`, and every
# numeric-looking word except plain decimals (`42`, `-7`, `2.5`) and dates (`2018-05`,
# `2018-05-02`), which both read alike. A scalar resolves to a non-string only when it is one
# word: it starts at a line's indentation or after an indicator (`:`, `-`, `?`, `,`, `[`,
# `{`), and ends the line or comes before a comment or a flow indicator. Words inside prose
# ("agreed on a deal") pass; one that ends a wrapped line of prose is declined too, which
# costs only speed. Keys need no check: a key that is not one of the store's own is refused by
# validation, and PyYAML then reads the store.
#
# Such a word is easiest found from its end, so the check runs on the bytes reversed, with
# every possible end (`\r`, `,`, `]`, `}`, `#`) turned into a line feed first: one pattern,
# one literal first byte. `_risky_words_slowly` in the tests states the same rule forwards.
_ENDS = bytes.maketrans(b"\r,]}#", b"\n\n\n\n\n")
_BEFORE = rb"(?=[\s\[{,:?]|\Z)"  # what may come before the word (after it, reversed)
_RISKY_WORD = re.compile(
    rb"\n *(?:"
    # yes/no/on/off in any case, `=`, `<<`, `.inf`, `.nan` (each reversed).
    rb"(?:[sS][eE][yY]|[oO][nN]|[nN][oO]|[fF][fF][oO]|=|<<|[fF][nN][iI]\.|[nN][aA][nN]\.)[-+]?"
    # A word of the characters numbers are written with, opening with a digit, maybe after a
    # sign and a point (reversed: closing with them). Possessive: it is one word or none.
    rb"|[0-9a-fA-FxXoObB_.:+-]++(?:(?<=[0-9])|(?<=[0-9][.+-])|(?<=[0-9]\.[-+]))"
    rb")" + _BEFORE
)
# Numeric-looking words both versions read alike: a decimal of up to 18 digits, a decimal
# fraction of up to 15 digits a side, and a date (`2018-05`, `2018-05-02`).
_SAFE_WORD = re.compile(
    rb"-?(?:0|[1-9][0-9]{0,17})|-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}"
    rb"|[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?"
)


def _risky_word(data: bytes) -> bytes | None:
    """Return the first plain word in ``data`` that YAML 1.1 and 1.2 may read apart, or None."""
    for match in _RISKY_WORD.finditer((data.translate(_ENDS) + b"\n")[::-1]):
        word = match[0][::-1].strip()
        if not _SAFE_WORD.fullmatch(word):
            return word
    return None


def doubt(text: str) -> str | None:  # noqa: PLR0911 - one return per reason reads best
    """Name a reason yaml-rs might read ``text`` unlike PyYAML, or return None if there is none.

    ``text`` is a whole store, decoded, without its byte-order mark.
    """
    data = text.encode("utf-8")
    if data.translate(None, _PLAIN_BYTES):
        return "a tab or control character"
    if not text.isascii() and any(p.search(data) for p in _ODD_UNICODE):
        return "a control character or a line break YAML 1.1 and 1.2 read differently"
    if _LONE_CR.search(data):
        return "a carriage return without a line feed"
    if any(p.search(data) for p in _PROPERTY):
        return "a tag, anchor or alias"
    body = data[3:] if data.startswith(b"---") else data
    if body.startswith((b"%", b"---", b"...")) or any(m in data for m in _DOCUMENT):
        return "a directive or a second document"
    if (b"\n" + data).find(_DEEP_INDENT) != -1 or any(p.search(data) for p in _COMPACT):
        return "deep nesting"
    word = _risky_word(data)
    if word is not None:
        return f"{word.decode()!r}, which YAML 1.1 and 1.2 may read differently"
    return None


def load(text: str) -> Any | None:  # noqa: ANN401 - any YAML document
    """Return the document in ``text`` as PyYAML's store loader would, or None to let it read.

    None when yaml-rs is not installed, when the screen has any doubt (:func:`doubt`), or when
    yaml-rs refuses the text (an error, a duplicate key): PyYAML then gives the located problem.
    """
    try:
        import yaml_rs
    except ImportError:
        return None
    if doubt(text) is not None:
        return None
    try:
        # Duplicate keys are an error here (yaml-rs's default): PyYAML then names each one.
        return yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # noqa: BLE001 - any refusal means: let PyYAML read it and say why
        return None
    except BaseException as exc:
        # A Rust panic arrives as pyo3's PanicException, which derives from BaseException.
        if type(exc).__name__ == "PanicException":
            return None
        raise
