"""Measure carneytl against the reference commands of the speed targets and print a table.

Usage: ``uv run python benchmarks/run.py [--runs N] [--only N ...] [--bytecode]``

Each target pairs a carneytl command with a reference command. The two run alternately (the
order swapping each round) after one warm-up each; the table shows the median wall time of
each, their ratio against the target ratio, the ratio of median CPU time (user + system, which
other load on a shared machine disturbs less than wall time), and each side's median peak
memory (the child's maximum resident set, from ``wait4``). Output goes to a pipe that is read
and thrown away, as in a shell pipeline. The synthetic stores come from ``make_store.py`` and
are made on the first run. The whole run takes a few minutes at most.

``--bytecode`` first compiles every module of the environment and of ``src/`` to ``.pyc``, as
an installed tool has them (the files stay for later runs). Without it the modules are taken
as found: with ``PYTHONDONTWRITEBYTECODE`` set and no ``.pyc`` written yet, both sides compile
every module they import on every run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ROOT = HERE.parent
CACHE = OUT / "cache"


def carneytl() -> list[str]:
    """Return the installed console script, as users run it, else ``python -m carneytl``."""
    script = Path(sys.executable).with_name("carneytl")
    return [str(script)] if script.exists() else [sys.executable, "-m", "carneytl"]


@dataclass
class Target:
    """One speed target: carneytl's command, the reference command and the ratio allowed."""

    name: str
    ours: list[str]
    reference: list[str]
    limit: float
    memory_limit: float | None = None
    # Each run of our command starts with an empty cache directory: a first run.
    fresh_cache: bool = False
    times: dict[str, list[float]] = field(default_factory=lambda: {"ours": [], "ref": []})
    cpu: dict[str, list[float]] = field(default_factory=lambda: {"ours": [], "ref": []})
    memory: dict[str, list[int]] = field(default_factory=lambda: {"ours": [], "ref": []})


def store(count: int, ext: str) -> Path:
    """Return the synthetic store of ``count`` events, writing it first when missing."""
    path = OUT / f"store-{count}.{ext}"
    if not path.exists():
        # In a child process: on Linux a child's peak RSS (from wait4) starts at its parent's,
        # so building a big store in this process would inflate every later memory figure.
        subprocess.run(
            [sys.executable, str(HERE / "make_store.py"), str(count), str(OUT)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # Old enough that the cache's guard against just-modified files lets it be cached.
        for made in OUT.glob(f"store-{count}.*"):
            past = time.time_ns() - 3600 * 10**9
            os.utime(made, ns=(past, past))
    return path


def targets() -> list[Target]:
    """Return every target of the speed issue, in the issue's order."""
    cli = carneytl()
    py = sys.executable
    jq_select = '[.events[] | select(.date >= "2018" and .date < "2022")]'
    return [
        Target(
            "list --json, shipped store / python -c 'import typer'",
            [*cli, "list", "--json"],
            [py, "-c", "import typer"],
            1.5,
        ),
        Target(
            "list (rich table), shipped store / python -c 'import typer, rich.console, rich.table'",
            [*cli, "list", "--no-color", "--width", "100"],
            [py, "-c", "import typer, rich.console, rich.table"],
            1.3,
        ),
        Target(
            "100k YAML, cached: between 2018 2021 --json / jq select on the JSON",
            [*cli, "between", "2018", "2021", "--json", "-s", str(store(100_000, "yaml"))],
            ["jq", jq_select, str(store(100_000, "json"))],
            0.5,
            memory_limit=1.0,
        ),
        Target(
            "20k YAML, first run (no cache): list --json / bare yaml.load(CSafeLoader)",
            [*cli, "list", "--json", "-s", str(store(20_000, "yaml"))],
            [
                py,
                "-c",
                "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
                str(store(20_000, "yaml")),
            ],
            0.15,
            fresh_cache=True,
        ),
        Target(
            "10k store, cached: list (table) to a pipe / jq '.events[]'",
            [*cli, "list", "--width", "100", "-s", str(store(10_000, "yaml"))],
            ["jq", ".events[]", str(store(10_000, "json"))],
            1.0,
        ),
    ]


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run ``command`` with stdout to a drained pipe; return wall and CPU seconds, peak KB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    assert child.stdout is not None  # noqa: S101 - stdout=PIPE
    with Path(os.devnull).open("wb") as sink:
        drain = threading.Thread(target=shutil.copyfileobj, args=(child.stdout, sink))
        drain.start()
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        drain.join()
    child.stdout.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"failed ({child.returncode}): {' '.join(command)}")
    # ru_maxrss is in KB on Linux (bytes on macOS).
    peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return elapsed, usage.ru_utime + usage.ru_stime, peak


def measure(target: Target, runs: int) -> None:
    """Run the pair alternately: one warm-up each, then ``runs`` rounds."""
    base = dict(os.environ, CARNEYTL_CACHE_DIR=str(CACHE), COLUMNS="100")
    base.pop("CARNEYTL_NO_CACHE", None)
    base.pop("NO_COLOR", None)

    def ours_env() -> dict[str, str]:
        if target.fresh_cache:
            fresh = OUT / "fresh-cache"
            shutil.rmtree(fresh, ignore_errors=True)
            return dict(base, CARNEYTL_CACHE_DIR=str(fresh))
        return base

    run_once(target.ours, ours_env())
    run_once(target.reference, base)
    for round_no in range(runs):
        pair = [("ours", target.ours), ("ref", target.reference)]
        for side, command in pair if round_no % 2 == 0 else reversed(pair):
            env = ours_env() if side == "ours" else base
            elapsed, cpu, peak = run_once(command, env)
            target.times[side].append(elapsed)
            target.cpu[side].append(cpu)
            target.memory[side].append(peak)


def machine() -> str:
    """Describe the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, load average {load:.1f} at the start"
    )


def report(done: list[Target], runs: int, *, bytecode: bool) -> str:
    """Format the results as a Markdown table."""
    compiled = (
        "modules compiled to .pyc beforehand"
        if bytecode
        else "modules compiled as found"
        + (
            " (PYTHONDONTWRITEBYTECODE set: a module without a .pyc compiles on every run)"
            if _no_bytecode()
            else ""
        )
    )
    lines = [
        (
            f"Machine: {machine()}; {compiled}. Medians of {runs} alternating runs; the "
            "best-run ratio compares the fastest run of each side, less disturbed by other "
            "load; the CPU ratio compares median CPU time (user + system)."
        ),
        "",
        (
            "| target | carneytl | reference | ratio | best-run ratio | CPU ratio | target ratio "
            "| met | peak MB carneytl / ref |"
        ),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: |",
    ]
    for t in done:
        ours, ref = statistics.median(t.times["ours"]), statistics.median(t.times["ref"])
        ratio = ours / ref
        mem_ours = statistics.median(t.memory["ours"]) / 1024
        mem_ref = statistics.median(t.memory["ref"]) / 1024
        met = ratio <= t.limit
        limit = f"<= {t.limit:g}"
        if t.memory_limit is not None:
            met = met and mem_ours <= mem_ref * t.memory_limit
            limit += f", memory <= {t.memory_limit:g}x"
        cpu_ratio = statistics.median(t.cpu["ours"]) / statistics.median(t.cpu["ref"])
        lines.append(
            f"| {t.name} | {ours * 1000:.0f} ms | {ref * 1000:.0f} ms | {ratio:.2f} "
            f"| {min(t.times['ours']) / min(t.times['ref']):.2f} | {cpu_ratio:.2f} | {limit} "
            f"| {'yes' if met else 'no'} | {mem_ours:.0f} / {mem_ref:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    """Command line: ``--runs`` rounds per target, ``--only`` a subset by number (1-5)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", type=int, nargs="*", help="target numbers, 1-5")
    parser.add_argument(
        "--bytecode", action="store_true", help="compile every module to .pyc before measuring"
    )
    args = parser.parse_args()
    if shutil.which("jq") is None:
        sys.exit("jq is needed for the reference commands (apt-get install jq)")
    if args.bytecode:
        compile_everything()
    chosen = [t for i, t in enumerate(targets(), 1) if not args.only or i in args.only]
    for target in chosen:
        print(f"measuring: {target.name}", file=sys.stderr)
        measure(target, args.runs)
    print(report(chosen, args.runs, bytecode=args.bytecode))


def _no_bytecode() -> bool:
    return bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))


def compile_everything() -> None:
    """Write .pyc files for the environment's modules and carneytl's.

    In a child process: a child's peak RSS starts at its parent's (see ``store``).
    """
    import sysconfig

    folders = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), str(ROOT / "src")}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *sorted(folders)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    main()
