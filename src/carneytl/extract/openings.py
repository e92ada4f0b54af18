r"""Which characters a pattern's match can open with, worked out from the text of the pattern.

The tagger tries its rules at each word start near a trigger; knowing the first characters a
rule's match can open with lets it try only the rules that can open with the ones there
(``rules.dispatch``). A search tries a pattern at every position; a look-ahead at the
characters its match can open with (``guarded``) gives most positions up after one test. The
reading is conservative: a zero-width piece (``\b``, a look-around, an anchor) is passed over
as if it matched anything, a literal counts in either case, and ``{m,n}`` is read as ``{m,}``,
so a match is never ruled out where one could begin. It knows the syntax the patterns use
(groups of every kind, classes, ``\b \d \s \w``, escaped punctuation, quantifiers) and says
so when it meets anything else.
"""

from __future__ import annotations

import re
from functools import cache

# The characters whose rules are worked out; a character outside it may be anything (a Unicode
# space or digit, a letter that folds to an ASCII one), so every rule is tried on it.
ALPHABET = frozenset(chr(code) for code in range(128)) | frozenset("’‘“”–—£€")
# How many characters of an opening are read.
DEPTH = 3
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dswDSW")
# Whitespace and comments, which are layout in a verbose pattern outside a class.
_LAYOUT = re.compile(r"(?:[ \t\n\r\f\v]+|\#[^\n]*)*")
# The pieces that matter for nesting: an escape, a class, a comment (in a verbose pattern), a
# bracket or a bar, or a run of anything else.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\#[^\n]*|[()|]|[^\\\[()|#]+", re.DOTALL)
_PLAIN_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+", re.DOTALL)
_GLOBAL_FLAGS = re.compile(r"\?[aiLmsux]+\)")
# A group's opening; a scoped "x" is left out, since layout would then change inside the group
# and the reading keeps one layout for the whole pattern.
_GROUP_HEAD = re.compile(r"\?(?::|P<\w+>|[=!]|<[=!]|[aiLmsu]*(?:-[ims]+)?:)")
# A repeat count as the regex engine reads it ("{2}", "{2,}", "{,3}", "{2,3}"); any other
# brace is text to the engine, which the reading refuses rather than guess.
_COUNT = re.compile(r"\{(\d*)(?:,\d*)?\}")

# The first characters of a match, each as the set it is drawn from. An opening shorter than
# DEPTH is a whole match: the match can end there.
Opening = tuple[frozenset[str], ...]
_NOTHING: frozenset[Opening] = frozenset({()})


@cache
def _chars(single: str) -> frozenset[str]:
    """The characters of the alphabet that a one-character expression matches, either case."""
    regex = re.compile(single, re.IGNORECASE)
    return frozenset(char for char in ALPHABET if regex.fullmatch(char))


def _then(heads: frozenset[Opening], tails: frozenset[Opening]) -> frozenset[Opening]:
    """The openings of a match of one piece followed by another."""
    # An empty piece leaves the other's openings as they are: the common case, kept quick.
    if tails == _NOTHING:
        return heads
    if heads == _NOTHING:
        return tails
    return frozenset(
        head if len(head) == DEPTH else (head + tail)[:DEPTH]
        for head in heads
        for tail in (tails if len(head) < DEPTH else _NOTHING)
    )


class _Reader:
    """A recursive reading of a pattern (verbose or not), giving the openings of its matches."""

    def __init__(self, pattern: str, *, verbose: bool) -> None:
        self.text = pattern
        self.at = 0
        self.verbose = verbose

    def fail(self, why: str) -> ValueError:
        return ValueError(f"cannot read {why} at {self.at} of {self.text!r}")

    def peek(self) -> str:
        # Whitespace and comments are layout in a verbose pattern, outside a class.
        if self.verbose:
            self.at = _LAYOUT.match(self.text, self.at).end()  # type: ignore[union-attr]
        return self.text[self.at : self.at + 1]

    def take(self, expected: str) -> None:
        if not self.text.startswith(expected, self.at):
            raise self.fail(f"{expected!r}")
        self.at += len(expected)

    def alternatives(self) -> frozenset[Opening]:
        found = self.sequence()
        while self.peek() == "|":
            self.take("|")
            found |= self.sequence()
        return found

    def sequence(self) -> frozenset[Opening]:
        found = _NOTHING
        while self.peek() not in {"", "|", ")"}:
            found = _then(found, self.repeated())
            if all(len(opening) == DEPTH for opening in found):
                self.skip_rest()
                break
        return found

    def skip_rest(self) -> None:
        """Pass over the rest of a sequence once its openings are known."""
        depth = 0
        for token in (_TOKEN if self.verbose else _PLAIN_TOKEN).finditer(self.text, self.at):
            piece = token.group(0)
            if depth == 0 and piece in {"|", ")"}:
                self.at = token.start()
                return
            depth += {"(": 1, ")": -1}.get(piece, 0)
        self.at = len(self.text)

    def repeated(self) -> frozenset[Opening]:
        item = self.atom()
        mark = self.peek()
        if mark in {"?", "*", "+"}:
            self.at += 1
            least = 1 if mark == "+" else 0
        elif mark == "{":
            count = _COUNT.match(self.text, self.at)
            if count is None:
                raise self.fail("a count")
            self.at = count.end()
            least = int(count.group(1) or "0")
        else:
            return item
        if self.text.startswith("?", self.at):  # a lazy quantifier
            self.at += 1
        # DEPTH repeats reach every opening: each adds a character or nothing.
        found = _NOTHING
        for _ in range(min(least, DEPTH)):
            found = _then(found, item)
        more = _NOTHING
        for _ in range(DEPTH):
            more = more | _then(item, more)
        return _then(found, more)

    def atom(self) -> frozenset[Opening]:
        char = self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return frozenset({(self.klass(),)})
        if char == "\\":
            return self.escape()
        self.at += 1
        if char in {"^", "$"}:
            return _NOTHING
        if char == ".":
            return frozenset({(ALPHABET,)})
        if char in {"*", "+", "?", "{", ")"}:
            raise self.fail(f"{char!r} with nothing before it")
        return frozenset({(_chars(re.escape(char)),)})

    def escape(self) -> frozenset[Opening]:
        escaped = self.text[self.at + 1 : self.at + 2]
        self.at += 2
        if escaped in _ZERO_WIDTH_ESCAPES:
            return _NOTHING
        if escaped in _CLASS_ESCAPES or not escaped.isalnum():
            return frozenset({(_chars("\\" + escaped),)})
        raise self.fail(f"the escape \\{escaped}")

    def group(self) -> frozenset[Opening]:
        self.take("(")
        zero_width = False
        if (flags := _GLOBAL_FLAGS.match(self.text, self.at)) is not None:
            # "(?i)" sets flags for the whole pattern and matches nothing; case never counts here.
            self.at = flags.end()
            return _NOTHING
        if self.text.startswith("?", self.at):
            found = _GROUP_HEAD.match(self.text, self.at)
            if found is None:
                raise self.fail("a group's opening")
            zero_width = found.group(0) in {"?=", "?!", "?<=", "?<!"}
            self.at = found.end()
        inside = self.alternatives()
        self.take(")")
        # A look-around matches nothing itself; passing over it can only add rules, never drop one.
        return _NOTHING if zero_width else inside

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


def openings(pattern: str, *, verbose: bool = True) -> frozenset[Opening]:
    """How a match of ``pattern`` can open: its first DEPTH characters, each as a set.

    An opening shorter than DEPTH is a whole match (``()`` when the match can be empty).
    Raises ``ValueError`` on syntax the reading does not know, rather than guess.
    """
    reader = _Reader(pattern, verbose=verbose)
    result = reader.alternatives()
    if reader.peek():
        raise reader.fail("an unbalanced ')'")
    return result


def still_open(found: tuple[Opening, ...], place: int, char: str) -> tuple[Opening, ...]:
    """Those of the openings ``found`` that the text can follow with ``char`` at ``place``.

    An opening that has already ended stays (the match may end there), and a character outside
    the alphabet may be anything.
    """
    if char not in ALPHABET:
        return found
    return tuple(opening for opening in found if len(opening) <= place or char in opening[place])


def _class(chars: frozenset[str]) -> str:
    """The inside of a character class holding ``chars``, consecutive ones as ranges."""
    runs: list[list[int]] = []
    for code in sorted(ord(char) for char in chars):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        f"\\u{first:04x}" + (f"-\\u{last:04x}" if last > first else "") for first, last in runs
    )


# What guarded() puts in front of a pattern, and the pattern it was given.
_GUARDED = re.compile(
    r"(?P<flags>\(\?[aiLmsux]+\))?\(\?-i:\(\?=\[\^[^\]]*\]\)\)\(\?:(?P<inner>.*)\)", re.DOTALL
)


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``guarded`` was given: the plain twin its matches are held to."""
    found = _GUARDED.fullmatch(pattern.pattern)
    if found is None:
        return pattern
    return re.compile((found["flags"] or "") + found["inner"], pattern.flags)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead that fails at once where none of its matches can open.

    A search tries the pattern at every position; the look-ahead gives up a position after one
    character test unless that character can open a match, so searches find the same matches
    sooner. A pattern that can match nothing is returned as it is.
    """
    found = openings(pattern.pattern, verbose=bool(pattern.flags & re.VERBOSE))
    if () in found:
        return pattern
    chars = frozenset().union(*(opening[0] for opening in found))
    if chars >= ALPHABET:
        return pattern  # any character may open a match: a look-ahead would give nothing up
    # Any character outside the alphabet passes: it may be one a class or a case fold accepts.
    guard = f"(?-i:(?=[^{_class(ALPHABET - chars)}]))"
    # Flags set for the whole pattern ("(?i)") must stay at its very start.
    flags = _GLOBAL_FLAGS.match(pattern.pattern, 1) if pattern.pattern.startswith("(") else None
    head = pattern.pattern[: flags.end()] if flags else ""
    body = pattern.pattern[len(head) :]
    return re.compile(f"{head}{guard}(?:{body})", pattern.flags)
