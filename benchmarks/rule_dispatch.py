"""Time the tagger's rule dispatch by opening characters against the rules' one alternation.

Usage: python benchmarks/rule_dispatch.py [DIR ...] [--repeat N]

The positions are the ones the tagger's scan tries (the word starts near each trigger) in the
.tml files of each directory (by default the development corpora that ``timex_eval.py`` finds).
Both ways are run over the same positions; the figures are CPU seconds, the best of
``--repeat`` rounds, and the count of positions where the two disagree, which must be 0.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

sys.path.insert(0, str(Path(__file__).parent))

from carneytl.extract.rules.dispatch import match_plain, match_rule
from carneytl.extract.triggers import scan_positions
from cpu import least_cpu
from timex_eval import default_dirs, read_tml


def _try_all(function: Callable[[str, int], object], positions: list[tuple[str, int]]) -> None:
    """Run ``function`` at every position."""
    for text, begin in positions:
        function(text, begin)


def main() -> None:
    """Print the table of both ways' times on each corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print("| corpus | positions | one alternation, s | by openings, s | speed-up | differ |")
    print("| --- | --- | --- | --- | --- | --- |")
    for directory in args.dirs or default_dirs():
        positions = [
            (doc.text, begin)
            for doc in (read_tml(path) for path in sorted(directory.glob("*.tml")))
            for begin in scan_positions(doc.text)
        ]
        differ = sum(
            1
            for text, begin in positions
            if (m := match_plain(text, begin), f := match_rule(text, begin))
            and (m and (m[0], m[1].span())) != (f and (f[0], f[1].span()))
        )
        plain = least_cpu(partial(_try_all, match_plain, positions), args.repeat)
        fast = least_cpu(partial(_try_all, match_rule, positions), args.repeat)
        print(
            f"| {directory.name} | {len(positions):,} | {plain:.3f} | {fast:.3f} "
            f"| {plain / fast:.2f}x | {differ} |"
        )


if __name__ == "__main__":
    main()
