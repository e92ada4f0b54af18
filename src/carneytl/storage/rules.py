"""The version of the rules a store is validated by, part of the parse cache's key.

It lives apart from :mod:`carneytl.storage.validate` so that a read from the cache, which
never validates, need not import the validator to build its key.
"""

from __future__ import annotations

# Bump whenever validation refuses something it took before or reads a value otherwise: a
# store cached under the old rules then misses the cache and is checked under the new ones.
# 1: one-line fields (actors, tags, location, as_written, publisher) hold no control character.
# 2: so do titles, source titles and urls; summaries and notes hold no control but tab and line
#    breaks; messages name the character.
# 3: an event holds no two accounts of the same date.
# 4: the store's version is the whole number 1, not 1.0.
RULES = 4
