"""How names and text compare: alike in any Unicode spelling or case; search ignores accents too."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """Return the form under which two names are the same actor or tag.

    Composed and decomposed spellings ("Zoë" typed as one code point or as "e" and a
    combining diaeresis) are one name, and so are upper and lower case; accents still count:
    "Zoë" and "Zoe" are two names. This is Unicode's canonical caseless match: normalised on
    both sides of the fold, because folding can undo a normalisation.
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def search_key(text: str) -> str:
    """Return ``text`` folded for searching: case and accents ignored ("quebec" finds "Québec").

    Compatibility forms fold as well (a ligature "ﬁ" reads "fi"), as in a search engine.
    """
    if text.isascii():
        return text.casefold()  # most text: nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # casefold() again: folding can leave characters that fold further once accents are gone.
    return unicodedata.normalize("NFC", bare.casefold())
