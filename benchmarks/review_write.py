"""Time writing the review file (``review.write``) with its quick plain values and without them.

Usage: python benchmarks/review_write.py ARTICLE [--published DAY] [--store PATH]

The article is gathered against the store (default: the repository's ``data/events.yaml``) as
`carneytl extract` gathers it. Its review is then written by ``review.write`` as it is, where
``_flow`` writes text that PyYAML writes plain as it stands, and with the plain twin
``_dumped_flow`` (yaml.safe_dump for every value) in its place. The two reviews must be the
same text; the best of five CPU times of each is printed, with the ratio.

A megabyte of news made from the TimeBank corpus:

    uv run python benchmarks/extract_passes.py TimeBank --article /tmp/timebank.txt
    cat /tmp/timebank.txt /tmp/timebank.txt /tmp/timebank.txt > /tmp/timebank3.txt
    uv run python benchmarks/review_write.py /tmp/timebank3.txt --published 1998-02-27
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from carneytl import review
from carneytl.extract.frontmatter import Described, read
from carneytl.extract.gather import gather
from carneytl.storage.stores import load_store
from cpu import least_cpu

STORE = Path(__file__).resolve().parents[1] / "data" / "events.yaml"


def main() -> None:
    """Gather the article, write its review both ways and print the times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--published", default="2026-01-14", help="the article's day")
    parser.add_argument("--store", type=Path, default=STORE)
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    day = dt.date.fromisoformat(args.published)
    article = read(text, str(args.article), Described(published=day), today=day)
    store = load_store(args.store)
    gathered = gather([(article, args.article.stem)], store)
    events = {event.id: event for event in store.events}

    def write() -> str:
        return review.write(
            gathered.entries, gathered.sources, events, what=str(args.article), store="store"
        )

    quick_text, quick = write(), least_cpu(write, 5, warm=True)
    flow = review._flow  # noqa: SLF001 - the twin put in the fast path's place
    review._flow = review._dumped_flow  # noqa: SLF001 - as above
    try:
        plain_text, plain = write(), least_cpu(write, 5, warm=True)
    finally:
        review._flow = flow  # noqa: SLF001 - as above
    if quick_text != plain_text:
        sys.exit("the two reviews differ")
    print(
        f"{args.article.name}: {len(text.encode()):,} bytes, {len(gathered.entries):,} "
        f"candidates; yaml.safe_dump {plain:.3f} s, quick plain values {quick:.3f} s, "
        f"{plain / quick:.1f}x"
    )


if __name__ == "__main__":
    main()
