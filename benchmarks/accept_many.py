"""Time `accept` of a review adding many new events, in CPU seconds, for docs/performance.md.

Usage: ``python benchmarks/accept_many.py NEW [STORE_EVENTS]``: a review of NEW new events
(one new source) is accepted, as a dry run, into a store of STORE_EVENTS events (default 3)
made by benchmarks/make_store.py. Prints the CPU time of the accept alone.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from carneytl import accept, review
from carneytl.dates.edtf import parse_edtf
from carneytl.model import Source
from carneytl.reconcile import Match, Proposal, Status
from carneytl.storage.parsing import parse_store


def main() -> None:
    """Accept the review made from the arguments and print the CPU time it took."""
    new, *rest = (int(arg) for arg in sys.argv[1:])
    size = rest[0] if rest else 3
    with tempfile.TemporaryDirectory() as out:
        here = Path(__file__).parent
        subprocess.run([sys.executable, str(here / "make_store.py"), str(size), out], check=True)
        path = Path(out) / f"store-{size}.yaml"
        if not path.exists():
            path = next(Path(out).glob("*.yaml"))
        store = parse_store(path.read_bytes(), str(path))
        paper = Source(id="bench-paper", publisher="Bench Paper", published="2026-01-02")
        entries = [
            review.Entry(
                Proposal(
                    id="",
                    date=parse_edtf(f"{2000 + n % 25}-{1 + n % 12:02d}-{1 + n % 28:02d}"),
                    title=f"Benchmark event number {n}",
                    sources=("bench-paper",),
                    actors=(),
                    sentence=f"Benchmark event number {n}.",
                    as_written="that day",
                ),
                Match(Status.NEW, None, 0),
                "add",
                f"bench-event-{n}",
            )
            for n in range(new)
        ]
        events = {e.id: e for e in store.events}
        text = review.write(entries, [(paper, False)], events, what="bench", store=str(path))
        started = time.process_time()
        outcome = accept.accept(path, text, "bench.review.yaml", dry_run=True)
        spent = time.process_time() - started
    print(f"{len(outcome.added)} events into a {size}-event store: {spent:.2f} s CPU")


if __name__ == "__main__":
    main()
