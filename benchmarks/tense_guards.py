"""Time the tense searches behind their look-aheads against the same searches without them.

Usage: python benchmarks/tense_guards.py [DIR ...] [--repeat N]

The texts are the ones the tagger searches in the .tml files of each directory (by default the
development corpora that ``timex_eval.py`` finds): each sentence, for the future cues, and the
forty characters before each expression found, for the searches of the verb right before a
date. Each search runs over every text both ways; the figures are CPU seconds, the best of
``--repeat`` rounds, and the count of texts where the two find different matches, which must
be 0.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent))

from carneytl.extract import tense
from carneytl.extract.context import SENTENCE_BOUNDARY
from carneytl.extract.openings import unguarded
from carneytl.extract.tagger import find_timexes
from cpu import least_cpu
from timex_eval import default_dirs, read_tml

if TYPE_CHECKING:
    import re


def _find_all(pattern: re.Pattern[str], texts: list[str]) -> None:
    """Find every match of ``pattern`` in every text."""
    for text in texts:
        for _match in pattern.finditer(text):
            pass


def main() -> None:
    """Print each search's time both ways, per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print("| corpus | search | texts | without look-ahead, s | with, s | speed-up | differ |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for directory in args.dirs or default_dirs():
        sentences: list[str] = []
        befores: list[str] = []
        for doc in (read_tml(path) for path in sorted(directory.glob("*.tml"))):
            start = 0
            for boundary in SENTENCE_BOUNDARY.finditer(doc.text):
                sentences.append(doc.text[start : boundary.end()])
                start = boundary.end()
            befores.extend(
                doc.text[max(0, t.start - 40) : t.start] for t in find_timexes(doc.text, doc.anchor)
            )
        for name, fast in tense.GUARDED.items():
            plain = unguarded(fast)
            texts = sentences if name == "FUTURE" else befores
            differ = sum(
                [m.span() for m in plain.finditer(text)] != [m.span() for m in fast.finditer(text)]
                for text in texts
            )
            slow = least_cpu(partial(_find_all, plain, texts), args.repeat)
            quick = least_cpu(partial(_find_all, fast, texts), args.repeat)
            print(
                f"| {directory.name} | {name} | {len(texts):,} | {slow:.4f} | {quick:.4f} "
                f"| {slow / quick:.2f}x | {differ} |"
            )


if __name__ == "__main__":
    main()
