"""Time how soon the HTML page of a large store is interactive in headless Chromium.

Usage: ``uv run python benchmarks/page_load.py [--events N] [--runs R]`` (defaults 10,000 and 5).

The store comes from ``make_store.py`` (made on the first run); the page is written with
``carneytl list --format html``. Each run opens the file in a fresh browser context, checks that
it asked for nothing but itself, and reads from the page's performance marks (counted from the
start of navigation): when its data was parsed, when the first list rows were made, when the
axis and the list had been painted with every handler attached (interactive), and when the
list was complete. It then times, inside the page, one zoom drawn in full and one wheel step
of a gesture (the drawing stretched until the wheel rests), and gives the wall time from
asking for the page to the interactive mark (browser start-up excluded). Figures are medians
of the runs; the target is an interactive page in under two seconds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# One zoom step and the redraw it asks for, timed inside the page.
ZOOM = """() => new Promise(done => {
  const start = performance.now();
  document.getElementById("zoom-in").click();
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
})"""


# One wheel step over the axis, and the frame it asks for: during a gesture a big drawing is
# only stretched (page.js, gesture), and drawn in full once the wheel rests.
WHEEL = """() => new Promise(done => {
  const wrap = document.getElementById("plot-wrap");
  const box = wrap.getBoundingClientRect();
  const start = performance.now();
  wrap.dispatchEvent(new WheelEvent("wheel", {
    deltaY: -100, clientX: box.left + 400, clientY: box.top + 50, bubbles: true, cancelable: true,
  }));
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
})"""


def store_path(count: int) -> Path:
    """Return the synthetic store of ``count`` events, making it on first use."""
    path = OUT / f"store-{count}.yaml"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_store.py"), str(count)], check=True)
    return path


def write_page(store: Path, target: Path) -> None:
    """Write the page of ``store`` to ``target`` with the CLI, as a user would."""
    command = [sys.executable, "-m", "carneytl", "list", "--store", str(store)]
    command += ["--today", "2026-11-28", "--format", "html"]
    with target.open("wb") as out:
        subprocess.run(command, stdout=out, check=True)


def measure(page_file: Path, runs: int) -> dict[str, list[float]]:
    """Open the page ``runs`` times, each in a fresh context; return each figure per run."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    url = page_file.as_uri()
    figures: dict[str, list[float]] = {
        key: []
        for key in ("interactive", "wall", "zoom", "wheel", "items", "data", "list", "complete")
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=FLAGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            # Requests are watched, not intercepted: a route would add a round trip to Python.
            asked: list[str] = []
            page.on("request", lambda request, asked=asked: asked.append(request.url))
            began = time.time() * 1000
            page.goto(url, wait_until="commit")
            page.wait_for_selector("html[data-ready]")
            # Both clocks count from the epoch, so the page's own mark gives the wall time
            # without the delay of Playwright noticing it.
            origin = page.evaluate("performance.timeOrigin")
            mark = page.evaluate(
                "performance.getEntriesByName('carneytl-interactive')[0].startTime"
            )
            figures["wall"].append(origin + mark - began)
            page.wait_for_selector("html[data-complete]")
            figures["complete"].append(
                page.evaluate("performance.getEntriesByName('carneytl-complete')[0].startTime")
            )
            figures["interactive"].append(mark)
            for name in ("data", "list"):
                figures[name].append(
                    page.evaluate(f"performance.getEntriesByName('carneytl-{name}')[0].startTime")
                )
            figures["items"].append(page.locator("#plot .item").count())
            figures["zoom"].append(page.evaluate(ZOOM))
            page.wait_for_timeout(300)
            figures["wheel"].append(page.evaluate(WHEEL))
            if asked != [url]:
                sys.exit(f"the page asked for more than itself: {asked}")
            context.close()
        browser.close()
    return figures


def main() -> None:
    """Command line: the store size and the number of runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        page_file = Path(scratch) / "story.html"
        write_page(store_path(args.events), page_file)
        size = page_file.stat().st_size / 1e6
        figures = measure(page_file, args.runs)
    print(f"page: {args.events} events, {size:.1f} MB, {args.runs} runs (medians)")
    rows = (
        ("items drawn at first view", "items", ""),
        ("data parsed (mark after navigation start)", "data", " ms"),
        ("first list rows made", "list", " ms"),
        ("interactive: axis and list painted", "interactive", " ms"),
        ("list complete", "complete", " ms"),
        ("wall time from asking for the page to interactive", "wall", " ms"),
        ("first zoom, drawn in full", "zoom", " ms"),
        ("a wheel step during a gesture, stretched", "wheel", " ms"),
    )
    for label, key, unit in rows:
        print(f"  {label + ':':<52}{statistics.median(figures[key]):>7.0f}{unit}")


if __name__ == "__main__":
    main()
