r"""Which characters a rule's match can open with, worked out from the text of its pattern.

The scan tries every rule at each word start near a trigger; knowing the characters a rule can
open with lets it try only the rules that can open on the character that is there. The reading
is conservative: a zero-width piece (``\b``, a look-around, an anchor) is passed over as if it
matched anything, and a literal counts in either case, so a rule is never left out where it
could match. It knows the syntax the rules use (groups of every kind, classes, ``\b \d \s
\w``, escaped punctuation, quantifiers) and says so when it meets anything else.
"""

from __future__ import annotations

import re
from functools import cache

# The characters whose rules are worked out; a position holding any other character is tried
# against every rule.
ALPHABET = frozenset(chr(code) for code in range(128)) | frozenset("’‘“”–—£€")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dswDSW")
_LAYOUT = frozenset(" \t\n\r\f\v")
# The pieces that matter for nesting: an escape, a class, a comment, a bracket or a bar, or a
# run of anything else.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\#[^\n]*|[()|]|[^\\\[()|#]+", re.DOTALL)


@cache
def _chars(single: str) -> frozenset[str]:
    """The characters of the alphabet that a one-character expression matches, either case."""
    regex = re.compile(single, re.IGNORECASE)
    return frozenset(char for char in ALPHABET if regex.fullmatch(char))


class _Reader:
    """A recursive reading of a ``re.VERBOSE`` pattern, giving (first characters, can be empty)."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def fail(self, why: str) -> ValueError:
        return ValueError(f"cannot read {why} at {self.at} of {self.text!r}")

    def peek(self) -> str:
        # Whitespace and comments are layout in a verbose pattern, outside a class.
        while self.at < len(self.text) and self.text[self.at] in _LAYOUT | {"#"}:
            if self.text[self.at] == "#":
                end = self.text.find("\n", self.at)
                self.at = len(self.text) if end < 0 else end
            self.at += 1
        return self.text[self.at] if self.at < len(self.text) else ""

    def take(self, expected: str) -> None:
        if not self.text.startswith(expected, self.at):
            raise self.fail(f"{expected!r}")
        self.at += len(expected)

    def alternatives(self) -> tuple[frozenset[str], bool]:
        chars, empty = self.sequence()
        while self.peek() == "|":
            self.take("|")
            more, more_empty = self.sequence()
            chars, empty = chars | more, empty or more_empty
        return chars, empty

    def sequence(self) -> tuple[frozenset[str], bool]:
        chars: frozenset[str] = frozenset()
        while self.peek() not in {"", "|", ")"}:
            item, item_empty = self.repeated()
            chars |= item
            if not item_empty:
                self.skip_rest()
                return chars, False
        return chars, True

    def skip_rest(self) -> None:
        """Pass over the rest of a sequence once its first characters are known."""
        depth = 0
        for token in _TOKEN.finditer(self.text, self.at):
            piece = token.group(0)
            if depth == 0 and piece in {"|", ")"}:
                self.at = token.start()
                return
            depth += {"(": 1, ")": -1}.get(piece, 0)
        self.at = len(self.text)

    def repeated(self) -> tuple[frozenset[str], bool]:
        chars, empty = self.atom()
        mark = self.peek()
        if mark in {"?", "*", "+"}:
            self.at += 1
            empty = empty or mark != "+"
        elif mark == "{":
            close = self.text.index("}", self.at)
            least = self.text[self.at + 1 : close].split(",")[0].strip()
            if not re.fullmatch(r"\d*", least):
                raise self.fail("a count")
            self.at = close + 1
            empty = empty or int(least or "0") == 0
        else:
            return chars, empty
        if self.text.startswith("?", self.at):  # a lazy quantifier
            self.at += 1
        return chars, empty

    def atom(self) -> tuple[frozenset[str], bool]:
        char = self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return self.klass(), False
        if char == "\\":
            return self.escape()
        self.at += 1
        if char in {"^", "$"}:
            return frozenset(), True
        if char == ".":
            return ALPHABET, False
        if char in {"*", "+", "?", "{", ")"}:
            raise self.fail(f"{char!r} with nothing before it")
        return _chars(re.escape(char)), False

    def escape(self) -> tuple[frozenset[str], bool]:
        escaped = self.text[self.at + 1 : self.at + 2]
        self.at += 2
        if escaped in _ZERO_WIDTH_ESCAPES:
            return frozenset(), True
        if escaped in _CLASS_ESCAPES or not escaped.isalnum():
            return _chars("\\" + escaped), False
        raise self.fail(f"the escape \\{escaped}")

    def group(self) -> tuple[frozenset[str], bool]:
        self.take("(")
        zero_width = False
        if self.text.startswith("?", self.at):
            head = re.compile(r"\?(?::|P<\w+>|[=!]|<[=!]|[aiLmsux]*(?:-[imsx]+)?:)")
            found = head.match(self.text, self.at)
            if found is None:
                raise self.fail("a group's opening")
            zero_width = found.group(0) in {"?=", "?!", "?<=", "?<!"}
            self.at = found.end()
        chars, empty = self.alternatives()
        self.take(")")
        # A look-around matches nothing itself; passing over it can only add rules, never drop one.
        return (frozenset(), True) if zero_width else (chars, empty)

    def klass(self) -> frozenset[str]:
        start = self.at
        self.at += 1
        if self.text.startswith("^", self.at):
            self.at += 1
        if self.text.startswith("]", self.at):
            self.at += 1
        while self.at < len(self.text) and self.text[self.at] != "]":
            self.at += 2 if self.text[self.at] == "\\" else 1
        self.take("]")
        return _chars(self.text[start : self.at])


def first_chars(pattern: str) -> tuple[frozenset[str], bool]:
    """The alphabet characters a match of ``pattern`` can open with, and whether it can be empty.

    Raises ``ValueError`` on syntax the reading does not know, rather than guess.
    """
    reader = _Reader(pattern)
    result = reader.alternatives()
    if reader.peek():
        raise reader.fail("an unbalanced ')'")
    return result
