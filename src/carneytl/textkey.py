"""How names and text compare: alike in any Unicode spelling or case; search ignores accents too."""

from __future__ import annotations

import re
import unicodedata

# The combining diacritical blocks: the accents of Latin, Greek and Cyrillic letters, which is
# what a reader leaves off when typing. Marks that are letters' vowels in other scripts stay.
_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def name_key(name: str) -> str:
    """Return the form under which two names are the same actor or tag.

    Composed and decomposed spellings ("Zoë" typed as one code point or as "e" and a
    combining diaeresis) are one name, and so are upper and lower case; accents still count:
    "Zoë" and "Zoe" are two names. This is Unicode's canonical caseless match: normalised on
    both sides of the fold, because folding can undo a normalisation.
    """
    if name.isascii():
        return name.lower()  # most names: nothing to normalise, and ASCII folds to lower case
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def search_key(text: str) -> str:
    """Return ``text`` folded for searching: case and accents ignored ("quebec" finds "Québec").

    Compatibility forms fold as well (a ligature "ﬁ" reads "fi"), as in a search engine.
    """
    if text.isascii():
        return text.casefold()  # most text: nothing to decompose
    bare = _DIACRITICS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    # casefold() again: folding can leave characters that fold further once accents are gone.
    # Left decomposed: the key is only compared with other keys.
    return bare.casefold()
