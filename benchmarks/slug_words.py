"""Time the words of candidate ids (``slugs.words``) against python-slugify's, per corpus.

Usage: python benchmarks/slug_words.py

For each TimeML development corpus, the ids' texts ("<date> <title>") of its candidates are
split into words by ``slugs.words`` (with its ASCII fast path) and by its plain twin
(python-slugify); the best of five CPU times of each is printed per text, with the ratio.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from carneytl import slugs
from carneytl.extract.events import candidates
from cpu import least_cpu
from timex_eval import default_dirs, read_tml

if TYPE_CHECKING:
    from collections.abc import Callable


def _plain_split(text: str) -> list[str]:
    """The plain twin: every text through python-slugify."""
    return slugs.slugified_words(slugs.joined_words(text))


def _split_all(split: Callable[[str], list[str]], texts: list[str]) -> None:
    """Split every text."""
    for text in texts:
        split(text)


def main() -> None:
    """Print, per corpus, the microseconds per id text of each way and how many times faster."""
    for folder in default_dirs():
        texts = []
        for path in sorted(folder.glob("*.tml")):
            doc = read_tml(path)
            found = candidates(doc.text, doc.anchor, with_ids=False)
            texts.extend(f"{c.date} {c.title}" for c in found)
        plain = least_cpu(partial(_split_all, _plain_split, texts), 5, warm=True)
        fast = least_cpu(partial(_split_all, slugs.words, texts), 5, warm=True)
        per = 1e6 / len(texts)
        print(
            f"{folder.name}: {len(texts)} ids, python-slugify {plain * per:.2f} us, "
            f"words {fast * per:.2f} us, {plain / fast:.1f}x"
        )


if __name__ == "__main__":
    main()
