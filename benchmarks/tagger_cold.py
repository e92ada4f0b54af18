"""Time the tagger in a fresh process: its import, a first pass over some documents, a second.

Usage: python benchmarks/tagger_cold.py DIR [N]

The first pass compiles each rule's pattern the first time the scan tries it and fills the
dispatch's table, so it is what one ``extract`` of a fresh article pays besides the import.
Figures are CPU seconds (``time.process_time``) of this one process: run it several times.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

began = time.process_time()
from carneytl.extract.tagger import find_timexes  # noqa: E402 - the import is what is timed

imported = time.process_time() - began

sys.path.insert(0, str(Path(__file__).parent))
from timex_eval import read_tml  # noqa: E402 - after the timed import


def main() -> None:
    """Print the import's, the first pass's and the second pass's CPU time."""
    directory = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else None  # noqa: PLR2004 - DIR and N
    documents = [read_tml(path) for path in sorted(directory.glob("*.tml"))][:count]
    passes = []
    for _ in range(2):
        began = time.process_time()
        for doc in documents:
            find_timexes(doc.text, doc.anchor)
        passes.append(time.process_time() - began)
    size = sum(len(doc.text) for doc in documents)
    print(
        f"{directory.name}: {len(documents)} documents, {size:,} characters; CPU s: "
        f"import {imported:.3f}, first pass {passes[0]:.3f}, second pass {passes[1]:.3f}"
    )


if __name__ == "__main__":
    main()
