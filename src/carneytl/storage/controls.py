"""Control characters in store text: which ones each kind of field refuses, and their names."""

from __future__ import annotations

import re

# What a one-line field (a name, a place, a phrase, an address) may not hold: the C0 and C1
# controls, DEL, and the two Unicode line separators. A line break makes a tag no one can type
# after --tag; the others act on a terminal, or reach csv, ics and templates raw.
# Bump storage.rules.RULES on a change to any of these three.
ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# A title (an event's, a source's) is one line of prose: no C0 or C1 control and no DEL. The
# Unicode separators stay allowed there, as they always were; the outputs that care escape them.
TITLE = re.compile("[\x00-\x1f\x7f-\x9f]")
# Text of several lines (a summary, a note) may hold tabs and line feeds, and a carriage return
# only as the first half of a Windows line end; the other controls act on a terminal there too.
TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # str.splitlines's

# The usual short names of the C0 controls (U+0000 on) and the C1 controls (U+0080 on).
_C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
)
_C1_NAMES = (
    "PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 "
    "DCS PU1 PU2 STS CCH MW SPA EPA SOS SGC SCI CSI ST OSC PM APC"
)
_NAMES = {
    **{chr(code): name for code, name in enumerate(_C0_NAMES.split())},
    **{chr(0x80 + code): name for code, name in enumerate(_C1_NAMES.split())},
    "\x7f": "DEL",
    "\u2028": "LINE SEPARATOR",
    "\u2029": "PARAGRAPH SEPARATOR",
}


def name(char: str) -> str:
    """Name a control character as a message should: its short name and code, 'ESC, U+001B'."""
    code = f"U+{ord(char):04X}"
    known = _NAMES.get(char)
    return f"{known}, {code}" if known else code


def words(char: str, *, one_line: bool = True) -> str:
    """Say what a refused character is: 'a line break (LF, U+000A)', 'a control character (...)'.

    Text of several lines keeps its line feeds, so there a carriage return is refused only when
    no line feed follows it, and the other line breaks are plain control characters.
    """
    if not one_line:
        kind = "a carriage return without a line feed" if char == "\r" else "a control character"
    else:
        kind = "a line break" if char in LINE_BREAKS else "a control character"
    return f"{kind} ({name(char)})"
