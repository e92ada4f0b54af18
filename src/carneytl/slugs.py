"""The one rule that turns titles and names into ids: lower-case ASCII words joined by hyphens.

Source ids made from articles use it now; event ids are meant to share it, so that an id can
be predicted from what it names wherever it was made. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

# Ids stay short enough to type and to read in a table: a few words say what they name.
MAX_WORDS = 8
MAX_LENGTH = 60
# Words that tell nothing apart in an id made from a title.
_STOPWORDS = ("a", "an", "the", "of", "to", "and", "in", "on", "for", "at", "by", "with")
# "Canada's" should give "canadas", not "canada-s".
_APOSTROPHES = (("'", ""), ("\u2019", ""))


def slug(text: str, *, words: int = MAX_WORDS, drop_stopwords: bool = False) -> str:
    """Return ``text`` as an id: at most ``words`` ASCII words, hyphen-joined; "" if none."""
    from slugify import slugify

    made = slugify(
        text,
        max_length=MAX_LENGTH,
        word_boundary=True,
        replacements=_APOSTROPHES,
        stopwords=_STOPWORDS if drop_stopwords else (),
    )
    return "-".join(made.split("-")[:words])


def source_id(
    *, publisher: str | None, published: dt.date | str | None, title: str | None, fallback: str
) -> str:
    """Return the id of an article's source: publisher, day, then the title's first words.

    ``bbc-news-2026-01-14-carney-faces-balancing-act``: the publisher and the day say where and
    when at a glance, as hand-made ids in stores do; the title words tell apart two pieces by
    one publisher on one day. ``fallback`` (a file name) stands in for a missing publisher.
    ``published`` may be a day, or text such as ``2018-12``.
    """
    parts = [slug(publisher or "", words=3) or slug(fallback, words=3) or "article"]
    if published is not None:
        parts.append(published if isinstance(published, str) else published.isoformat())
    if title:
        parts.append(slug(title, words=4, drop_stopwords=True))
    return "-".join(part for part in parts if part)


def unique(base: str, taken: set[str] | frozenset[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
