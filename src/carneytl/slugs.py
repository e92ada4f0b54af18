"""Ids made from words: a title transliterated to lower-case ASCII words, cut between words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

# Default length of an id; long enough for a headline's gist, short enough to type.
MAX_LENGTH = 60

# Words that leave an id hanging when it is cut just after them ("...-to-land-a-man-on").
_DANGLING_WORDS = """
    a an the and or but nor of to in on at by for from with without into onto upon over under
    about above after against along among around before behind below beneath beside between
    beyond during except inside near off out outside past since than through throughout till
    toward towards until via within as per versus vs its his her their our your my whose that
    which who whom
"""
_DANGLING = frozenset(_DANGLING_WORDS.split())
# An apostrophe inside a word joins it ("Canada's" -> canadas); thousands separators too. Each
# pattern opens with the character it removes, so that a search skips to the next one at once
# (a pattern opening with a look-behind is tried at every character).
_JOINERS = re.compile(r"[',\u2019\u02bc](?:(?<=\w['\u2019\u02bc])(?=\w)|(?<=\d,)(?=\d{3}(?!\d)))")
# Any other comma between digits separates numbers ("2018,2019"); python-slugify would join them.
_SEPARATORS = re.compile(r",(?<=\d,)(?=\d)")


# A word of an ASCII text, once lower-cased: what python-slugify keeps between its hyphens.
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def joined_words(text: str) -> str:
    """``text`` less its in-word apostrophes and thousands separators; other digit commas spaced."""
    return _SEPARATORS.sub(" ", _JOINERS.sub("", text))


def words(text: str) -> list[str]:
    """The lower-case ASCII words of ``text``, transliterated from any script."""
    # An ellipsis (a cut title ends in one) is three stops to python-slugify too: no word.
    text = text.replace("…", "...")
    # Plain ASCII (most titles) needs no transliteration, and without "&" no numeric character
    # reference ("&#65;") to decode: the words are the runs of letters and digits. Only a comma
    # or an apostrophe can join or part them.
    if text.isascii() and "&" not in text:
        if "," in text or "'" in text:
            text = joined_words(text)
        return _ASCII_WORD.findall(text.lower())
    return slugified_words(joined_words(text))


def slugified_words(joined: str) -> list[str]:
    """The words python-slugify makes of ``joined``: the plain twin of the ASCII path of words."""
    from slugify import slugify

    # text-unidecode transliterates (Пекин -> pekin, 北京 -> bei jing); entities stay as typed.
    return [word for word in slugify(joined, entities=False).split("-") if word]


def slug(title: str, *, fallback: str, max_length: int = MAX_LENGTH) -> str:
    """Make an id from ``title``: its words, hyphenated, at most ``max_length`` characters.

    A title cut short ends on a word that carries meaning, not on "of" or "the". When the title
    has no word to give (emoji, punctuation), the words of ``fallback`` are used (an event's
    date, say), and ``event`` when neither has any. The result always matches the store's id
    pattern, lower-case letters and digits in hyphen-joined runs.
    """
    max_length = max(max_length, 1)
    found = words(title) or words(fallback) or ["event"]
    whole = "-".join(found)
    if len(whole) <= max_length:
        return whole
    # The last hyphen within the limit ends the words that fit.
    cut = whole.rfind("-", 0, max_length + 1)
    if cut == -1:
        # The first word alone is longer than the limit: keep its start.
        return found[0][:max_length]
    kept = whole[:cut].split("-")
    # Cut short: a trailing "to", "a", "of the" would dangle.
    while len(kept) > 1 and kept[-1] in _DANGLING:
        kept.pop()
    return "-".join(kept)


# Words that tell nothing apart in a source id made from a headline.
_LITTLE_WORDS = frozenset(
    ("a", "an", "the", "of", "to", "and", "in", "on", "for", "at", "by", "with")
)


def _first(text: str, count: int, *, drop_little: bool = False) -> str:
    found = [w for w in words(text) if not (drop_little and w in _LITTLE_WORDS)]
    return "-".join(found[:count])


def source_id(
    *, publisher: str | None, published: dt.date | str | None, title: str | None, fallback: str
) -> str:
    """Return the id of an article's source: publisher, day, then the title's first words.

    ``bbc-news-2026-01-14-carney-faces-balancing-act``: the publisher and the day say where and
    when at a glance, as hand-made ids in stores do; the title words tell apart two pieces by
    one publisher on one day. ``fallback`` (a file name) stands in for a missing publisher.
    ``published`` may be a day, or text such as ``2018-12``.
    """
    parts = [_first(publisher or "", 3) or _first(fallback, 3) or "article"]
    if published is not None:
        parts.append(
            published.isoformat() if not isinstance(published, str) else _first(published, 3)
        )
    if title:
        parts.append(_first(title, 4, drop_little=True))
    return "-".join(part for part in parts if part)


def unique(base: str, taken: set[str] | frozenset[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
