"""Compare the CPU time of one carneytl command run from two source trees, turn about.

Usage: ``uv run python benchmarks/cpu_ab.py --before SRC [--runs N] [--fresh] -- ARGS...``

``SRC`` is the ``src`` folder of another version of carneytl (say, unpacked with ``git archive
COMMIT src | tar -x -C /tmp/before``); it goes first on ``PYTHONPATH``, so the same environment
runs either version. The two sides run alternately (the order swapping each round) after one
warm-up each, with output to a file that is thrown away, and the child's CPU time (user +
system, from ``wait4``) is kept: on a shared machine it moves far less than wall time, and
without a reference command there is no second program for load to fall on differently.
``--fresh`` empties each side's cache directory before every run (a first read); otherwise
each side keeps its own, so after the warm-up every run reads the cache. The last outputs of
the two sides are compared, so that a speed-up that changes a byte shows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def run(args: list[str], env: dict[str, str], out: Path) -> float:
    """Run carneytl with ``args``; return its CPU seconds (user + system)."""
    with out.open("wb") as sink:
        child = subprocess.Popen([sys.executable, "-m", "carneytl", *args], stdout=sink, env=env)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: carneytl {' '.join(args)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Measure and print the median and least CPU time of each side, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the other version's src/")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--fresh", action="store_true", help="an empty cache before every run")
    parser.add_argument("args", nargs="+", help="carneytl's arguments (after --)")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="carneytl-ab-"))
    times: dict[str, list[float]] = {"before": [], "after": []}
    try:
        for round_no in range(options.runs + 1):
            sides = ("before", "after") if round_no % 2 else ("after", "before")
            for side in sides:
                cache = work / f"cache-{side}"
                if options.fresh:
                    shutil.rmtree(cache, ignore_errors=True)
                env = dict(os.environ, CARNEYTL_CACHE_DIR=str(cache))
                env.pop("CARNEYTL_NO_CACHE", None)
                env.pop("PYTHONPATH", None)
                if side == "before":
                    env["PYTHONPATH"] = str(options.before.resolve())
                cpu = run(options.args, env, work / f"out-{side}")
                if round_no:  # the first round is the warm-up
                    times[side].append(cpu)
        same = (work / "out-before").read_bytes() == (work / "out-after").read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for side, values in times.items():
        print(f"{side}: median {statistics.median(values):.3f} s, least {min(values):.3f} s")
    ratio = statistics.median(times["after"]) / statistics.median(times["before"])
    print(f"after / before (medians): {ratio:.3f}; same output: {same}")


if __name__ == "__main__":
    main()
