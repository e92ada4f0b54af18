"""Time `accept` of a big review, or `remove` of many events, in CPU seconds, for performance.md.

A store of STORE_EVENTS events is made by benchmarks/make_store.py. By default a review of NEW
new events (citing one new source) is accepted into it as a dry run (``--write``: for real,
without working out the diff a dry run prints); ``--cite`` and
``--accounts`` add `source` and `account` actions on that many of the store's events, so that
one review holds every kind of change. ``--later N`` puts first N `source` actions that name
events the review adds further down; ``--unknown N`` adds N `source` actions that name events
nobody has (the review is refused: the time to refuse it is what is timed). ``--remove K``
times removing K of the store's events (spread through it) with one `remove` instead, and
``--missing K`` removing K ids the store lacks (refused). ``--plan`` times reading the
review alone (``review.plan``), without editing the store. Only the call itself is timed
(``time.process_time``), not making the store.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from carneytl import accept, review
from carneytl.accounts import agrees
from carneytl.dates.edtf import parse_edtf
from carneytl.editing import transaction
from carneytl.errors import NotFoundError, StoreError
from carneytl.model import Source
from carneytl.reconcile import Match, Proposal, Status
from carneytl.storage.parsing import parse_store

# A day no event of make_store.py's stores agrees with: each account of it records a change.
ACCOUNT_DAY = "1950-06-15"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("new", metavar="NEW", type=int, help="new events the review adds")
    parser.add_argument(
        "store_events",
        metavar="STORE_EVENTS",
        type=int,
        nargs="?",
        default=3,
        help="events of the store (default 3)",
    )
    parser.add_argument(
        "--cite", type=int, default=0, metavar="N", help="store events the review's source cites"
    )
    parser.add_argument(
        "--accounts", type=int, default=0, metavar="N", help="store events given an account"
    )
    parser.add_argument(
        "--later",
        type=int,
        default=0,
        metavar="N",
        help="`source` actions naming the first N events the review adds (N <= NEW)",
    )
    parser.add_argument(
        "--unknown", type=int, default=0, metavar="N", help="`source` actions naming no event"
    )
    parser.add_argument(
        "--plan", action="store_true", help="time reading the review alone, not the edit"
    )
    parser.add_argument(
        "--write", action="store_true", help="accept for real rather than as a dry run"
    )
    parser.add_argument(
        "--remove",
        type=int,
        default=None,
        metavar="K",
        help="time removing K store events instead of accepting a review (NEW is ignored)",
    )
    parser.add_argument(
        "--missing",
        type=int,
        default=None,
        metavar="K",
        help="time refusing to remove K ids the store lacks (NEW is ignored)",
    )
    return parser.parse_args()


def _proposal(date: str, title: str) -> Proposal:
    return Proposal(
        id="",
        date=parse_edtf(date),
        title=title,
        sources=("bench-paper",),
        actors=(),
        sentence=f"{title}.",
        as_written="that day",
    )


def _spread(items: list[str], count: int) -> list[str]:
    """``count`` of ``items``, evenly through them."""
    if count <= 0 or not items:
        return []
    step = max(1, len(items) // count)
    return items[::step][:count]


def _review(args: argparse.Namespace, path: Path) -> str:
    store = parse_store(path.read_bytes(), str(path))
    cited = _proposal("2020", "Cited again")
    entries = [
        review.Entry(cited, Match(Status.SAME, f"bench-event-{n}", 1), "source", "x")
        for n in range(min(args.later, args.new))
    ]
    entries += [
        review.Entry(cited, Match(Status.SAME, f"nobody-{n}", 1), "source", "x")
        for n in range(args.unknown)
    ]
    entries += [
        review.Entry(
            _proposal(f"{2000 + n % 25}-{1 + n % 12:02d}-{1 + n % 28:02d}", f"Benchmark event {n}"),
            Match(Status.NEW, None, 0),
            "add",
            f"bench-event-{n}",
        )
        for n in range(args.new)
    ]
    far = parse_edtf(ACCOUNT_DAY)
    dated = [e.id for e in store.events if e.date.start is not None]
    entries += [
        review.Entry(_proposal("2020", "Cited again"), Match(Status.SAME, i, 1), "source", "x")
        for i in _spread(dated, args.cite)
    ]
    events = {e.id: e for e in store.events}
    apart = [i for i in dated if not agrees(events[i].date, far)]
    entries += [
        review.Entry(
            _proposal(ACCOUNT_DAY, "Told otherwise"), Match(Status.CONFLICT, i, 0.8), "account", "x"
        )
        for i in _spread(apart, args.accounts)
    ]
    paper = Source(id="bench-paper", publisher="Bench Paper", published="2026-01-02")
    return review.write(entries, [(paper, False)], events, what="bench", store=str(path))


def main() -> None:
    """Make the store, run what the arguments ask, and print the CPU time it took."""
    args = _arguments()
    size = args.store_events
    with tempfile.TemporaryDirectory() as out:
        here = Path(__file__).parent
        subprocess.run(
            [sys.executable, str(here / "make_store.py"), str(size), out],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        path = Path(out) / f"store-{size}.yaml"
        if args.remove is not None:
            ids = [e.id for e in parse_store(path.read_bytes(), str(path)).events]
            chosen = _spread(ids, args.remove)
            started = time.process_time()
            transaction.remove_events(path, chosen)
            spent = time.process_time() - started
            print(f"{len(chosen)} events removed from a {size}-event store: {spent:.2f} s CPU")
            return
        if args.missing is not None:
            absent = [f"nobody-{n}" for n in range(args.missing)]
            started = time.process_time()
            with contextlib.suppress(NotFoundError):
                transaction.remove_events(path, absent)
            spent = time.process_time() - started
            print(f"{args.missing} unknown ids refused by a {size}-event store: {spent:.2f} s CPU")
            return
        text = _review(args, path)
        if args.plan:
            store = parse_store(path.read_bytes(), str(path))
            started = time.process_time()
            try:
                review.plan(text, "bench.review.yaml", store)
                said = "read"
            except StoreError as refused:
                said = f"refused ({len(refused.problems)} problems)"
            spent = time.process_time() - started
            print(f"review {said} against a {size}-event store: {spent:.2f} s CPU")
            return
        started = time.process_time()
        try:
            outcome = accept.accept(path, text, "bench.review.yaml", dry_run=not args.write)
        except StoreError as refused:
            spent = time.process_time() - started
            print(
                f"{len(refused.problems)} problems refused by a {size}-event store: "
                f"{spent:.2f} s CPU"
            )
            return
        spent = time.process_time() - started
    print(
        f"{len(outcome.added)} events added, {len(outcome.cited)} cited, "
        f"{len(outcome.accounts)} accounts, into a {size}-event store: {spent:.2f} s CPU"
    )


if __name__ == "__main__":
    main()
