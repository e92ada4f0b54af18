"""Compare the two layouts of the table view on one store: the fast table and rich's table.

Usage: ``uv run python benchmarks/table_paths.py [--events N] [--runs R] [--width W]``

Both lay out the same synthetic store (``make_store.py``, made on the first run) at the same
width, without colour, and write it as ``list`` writes to a pipe; the two outputs are checked
to be identical first. Each run is timed in this process's CPU time (``time.process_time``),
which other load on a shared machine disturbs less than wall time; the report gives the median
of each path and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from carneytl.output import Environment, write
from carneytl.render import RenderContext
from carneytl.render.table import render_lines, rich_table
from carneytl.storage.stores import load_store

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from carneytl.model import Event
    from carneytl.render import Rendered

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
TODAY = dt.date(2026, 11, 28)


def store(count: int) -> Path:
    """Return the synthetic YAML store of ``count`` events, writing it first when missing."""
    path = OUT / f"store-{count}.yaml"
    if not path.exists():
        subprocess.run(
            [sys.executable, str(HERE / "make_store.py"), str(count), str(OUT)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def rich_path(events: Sequence[Event], ctx: RenderContext) -> str:
    """Lay the table out with rich's ``Table``, whatever the number of rows."""
    return _written(rich_table(events, ctx), ctx)


def fast_path(events: Sequence[Event], ctx: RenderContext) -> str:
    """Lay the table out line by line, without rich."""
    return _written(render_lines(events, ctx), ctx)


def _written(rendered: Rendered, ctx: RenderContext) -> str:
    out = io.StringIO()
    env = Environment(out, io.StringIO(), is_terminal=False, color=False, width=ctx.width)
    write(rendered, env)
    return out.getvalue()


def cpu_seconds(
    path: Callable[[Sequence[Event], RenderContext], str],
    events: Sequence[Event],
    ctx: RenderContext,
) -> float:
    """Return the CPU seconds one layout of ``events`` takes."""
    started = time.process_time()
    path(events, ctx)
    return time.process_time() - started


def main() -> None:
    """Time both layouts and print their medians and ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=100)
    args = parser.parse_args()
    events = load_store(store(args.events)).events
    ctx = RenderContext(TODAY, args.width)
    if fast_path(events, ctx) != rich_path(events, ctx):
        sys.exit("the two layouts differ: fix that before timing them")
    fast, rich = [], []
    for _ in range(args.runs):
        fast.append(cpu_seconds(fast_path, events, ctx))
        rich.append(cpu_seconds(rich_path, events, ctx))
    fast_median, rich_median = statistics.median(fast), statistics.median(rich)
    print(f"{len(events)} events, width {args.width}, median of {args.runs} runs (CPU time):")
    print(f"  rich table: {rich_median:.3f} s")
    print(f"  fast table: {fast_median:.3f} s")
    print(f"  fast table gain: {rich_median / fast_median:.1f}x")


if __name__ == "__main__":
    main()
