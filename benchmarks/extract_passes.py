r"""Run `extract`'s candidates over a TimeML development corpus, for CPU time or instructions.

Usage: python benchmarks/extract_passes.py CORPUS [--passes N] [--article PATH]

CORPUS is a folder name under the shared TimeML folder (TimeBank, AQUAINT, WikiWars-dev,
Tweets-train) or a path. Every document is read as `timex_eval.py` reads it (the text inside
<TEXT>, tags stripped, the creation day as publication day); one warm-up pass runs, then N
passes of ``candidates`` (what `extract` proposes: tagging, sentences, titles, ids, actors), a
document at a time, and the MB of UTF-8 per CPU second of those passes is printed.

Under callgrind, the instructions of the passes alone are the count of a run with ``--passes
2`` less that of a run with ``--passes 0``, halved:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python benchmarks/extract_passes.py Tweets-train --passes 2

``--article PATH`` instead writes the corpus's documents into one plain-text article (blank
lines between them), for timing the `carneytl extract` command end to end.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from carneytl.extract.events import candidates
from timex_eval import default_dirs, read_tml

ACTORS = ("Mark Carney", "Xi Jinping")


def main() -> None:
    """Parse the arguments; write the article, or run the passes and print the rate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a corpus folder name, or a path")
    parser.add_argument("--passes", type=int, default=5, help="passes after the warm-up")
    parser.add_argument("--article", type=Path, help="write the documents as one article")
    args = parser.parse_args()
    named = {path.name: path for path in default_dirs()}
    folder = named.get(args.corpus, Path(args.corpus))
    documents = [read_tml(path) for path in sorted(folder.glob("*.tml"))]
    if not documents:
        sys.exit(f"{folder}: no .tml files")
    if args.article is not None:
        text = "\n\n".join(doc.text.strip() for doc in documents) + "\n"
        args.article.write_text(text, encoding="utf-8")
        print(f"{args.article}: {len(text.encode()):,} bytes from {len(documents)} documents")
        return
    for doc in documents:
        candidates(doc.text, doc.anchor, ACTORS)
    began = time.process_time()
    for _ in range(args.passes):
        for doc in documents:
            candidates(doc.text, doc.anchor, ACTORS)
    cpu = time.process_time() - began
    size = sum(len(doc.text.encode()) for doc in documents) * args.passes
    rate = f"{size / cpu / 1e6:.2f} MB per CPU second" if cpu else "no time measured"
    print(f"{folder.name}: {len(documents)} documents, {args.passes} passes, {rate}")


if __name__ == "__main__":
    main()
