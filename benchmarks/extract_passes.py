r"""Run `extract`'s candidates over a TimeML development corpus, for CPU time or instructions.

Usage: python benchmarks/extract_passes.py CORPUS [--passes N] [--tagged] [--article PATH]

CORPUS is a folder name under the shared TimeML folder (TimeBank, AQUAINT, WikiWars-dev,
Tweets-train) or a path. Every document is read as `timex_eval.py` reads it (the text inside
<TEXT>, tags stripped, the creation day as publication day); one warm-up pass runs, then N
passes of ``candidates`` (what `extract` proposes: tagging, sentences, titles, ids, actors), a
document at a time, and the MB of UTF-8 per CPU second of those passes is printed.

Under callgrind, the instructions of the passes alone are the count of a run with ``--passes
2`` less that of a run with ``--passes 0``, halved:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python benchmarks/extract_passes.py Tweets-train --passes 2

``--tagged`` tags each document once, before the warm-up, and gives ``candidates`` those
expressions again in every pass: the passes then count the candidate stage alone (datelines,
sentences, actors, dates, titles, ids), without the tagger, and the CPU milliseconds per pass
are printed too.

``--article PATH`` instead writes the corpus's documents into one plain-text article (blank
lines between them), for timing the `carneytl extract` command end to end.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from carneytl.extract import events
from carneytl.extract.events import candidates
from timex_eval import Document, default_dirs, read_tml

if TYPE_CHECKING:
    import datetime as dt

    from carneytl.extract.tagger import Timex

ACTORS = ("Mark Carney", "Xi Jinping")


def _replay_tags(documents: list[Document]) -> None:
    """Make ``candidates`` take each document's expressions as tagged once, here."""
    tagged = {doc.text: events.find_timexes(doc.text, doc.anchor, "auto") for doc in documents}

    def replay(text: str, published: dt.date, kind: str = "auto") -> list[Timex]:
        del published, kind  # every document was tagged with its own day, as auto
        return tagged[text]

    events.find_timexes = replay


def main() -> None:
    """Parse the arguments; write the article, or run the passes and print the rate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a corpus folder name, or a path")
    parser.add_argument("--passes", type=int, default=5, help="passes after the warm-up")
    parser.add_argument("--tagged", action="store_true", help="time the candidate stage alone")
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
    if args.tagged:
        _replay_tags(documents)
    for doc in documents:
        candidates(doc.text, doc.anchor, ACTORS)
    began = time.process_time()
    for _ in range(args.passes):
        for doc in documents:
            candidates(doc.text, doc.anchor, ACTORS)
    cpu = time.process_time() - began
    size = sum(len(doc.text.encode()) for doc in documents) * args.passes
    rate = f"{size / cpu / 1e6:.2f} MB per CPU second" if cpu else "no time measured"
    if args.tagged and args.passes:
        rate += f", {cpu / args.passes * 1000:.1f} CPU ms per pass"
    print(f"{folder.name}: {len(documents)} documents, {args.passes} passes, {rate}")


if __name__ == "__main__":
    main()
