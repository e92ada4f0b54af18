"""Make event text safe to show on a terminal: control characters become visible escapes."""

from __future__ import annotations

import re

# C0 controls (ESC, BEL, CR, ...), DEL, C1 controls (CSI, OSC as single bytes) and the bidi
# overrides that can make text display differently from what it holds.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"  # noqa: PLR2004 - one byte


def printable(text: str, *, keep_newlines: bool = False) -> str:
    r"""Return ``text`` with every terminal control character shown as ``\\xNN``.

    Tabs become spaces; newlines too, unless ``keep_newlines``. Rich markup needs no escaping
    here because renderers wrap event text in ``rich.text.Text``, which never parses markup.
    """
    if text.isprintable():
        # Every character changed below is one str.isprintable() rejects: nothing to do.
        return text
    text = text.replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ")
    return _UNSAFE.sub(_escape, text)


# As _UNSAFE, but a whole output's layout stays: tabs, line feeds and CR LF line ends (CSV).
_UNSAFE_LAYOUT_KEPT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)


def terminal_safe(text: str) -> str:
    r"""Return a whole machine-format output with control characters shown as ``\\xNN``.

    For CSV, ICS and the like written straight to a terminal: the data keeps its tabs and line
    ends, but an escape sequence in an event's title is shown, not obeyed. Output to a pipe or
    a file is never changed.
    """
    return _UNSAFE_LAYOUT_KEPT.sub(_escape, text)
