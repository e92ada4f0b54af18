"""Weigh each fast path of the storage layer against its plain twin, in one process.

Usage: ``uv run python benchmarks/storage_paths.py [--events N] [--repeat R]``

Each pair runs on the synthetic store of N events (20,000 by default, made by
``make_store.py``) and reports the least CPU time (``time.process_time``) of R runs of each
side and their ratio. CPU time, not wall time: other load on a shared machine disturbs it
less. A fast path is kept only while its ratio is at least 1.5.

- yaml: a YAML store read through yaml-rs behind its screen, against PyYAML's store loader
  (both then validated), through ``storage.parsing.parse_store``.
- yaml screen: the search for words YAML 1.1 and 1.2 read apart, for scale (no twin).
- cached json: ``--json`` output copied from a cache entry's written records, against the
  records built and written afresh, through ``render.json.render_utf8``.
- cache decode: a whole entry read back into events, for scale (no twin).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

if TYPE_CHECKING:
    from collections.abc import Callable

TODAY = dt.date(2026, 1, 14)


def pairs(count: int) -> list[tuple[str, Callable[[], object], Callable[[], object]]]:
    """Return each fast path and its plain twin as (name, fast, plain)."""
    import orjson

    from carneytl.cli.selection import record_codec
    from carneytl.render import RenderContext
    from carneytl.render.json import render_utf8
    from carneytl.storage import cache, cachewrite, fastyaml
    from carneytl.storage.parsing import parse_store
    from run import store

    path = store(count, "yaml")
    data = path.read_bytes()
    parsed = parse_store(data, str(path))

    def yaml_fast() -> object:
        return parse_store(data, str(path))

    def yaml_plain() -> object:
        load = fastyaml.load
        fastyaml.load = lambda _text: None  # declined: PyYAML reads the store
        try:
            return parse_store(data, str(path))
        finally:
            fastyaml.load = load

    codec = record_codec()
    doc, blob, _ = cachewrite._pack(parsed, codec)  # noqa: SLF001 - an entry without files
    head = orjson.loads(doc)

    def decode() -> object:
        return cache._decode(head, "s", None, memoryview(blob), codec)  # noqa: SLF001 - as above

    kept = cache._decode(head, "s", None, memoryview(blob), codec)  # noqa: SLF001 - as above
    with_records = RenderContext(TODAY, records=kept.records)
    without = RenderContext(TODAY)

    def screen() -> object:
        return fastyaml.doubt(data.decode("utf-8"))

    return [
        ("yaml: yaml-rs / PyYAML, each validated", yaml_fast, yaml_plain),
        ("(yaml screen, for scale)", screen, screen),
        (
            "cached json: copied records / built afresh",
            lambda: render_utf8(kept.events, with_records),
            lambda: render_utf8(kept.events, without),
        ),
        ("(cache decode, for scale)", decode, decode),
    ]


def main() -> None:
    """Command line: ``--events`` sizes the store, ``--repeat`` sets the runs per side."""
    from cpu import least_cpu

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.events:,} events; least CPU time of {args.repeat} runs per side")
    print()
    print("| pair | fast | plain | plain / fast |")
    print("| --- | ---: | ---: | ---: |")
    for name, fast, plain in pairs(args.events):
        quick, slow = least_cpu(fast, args.repeat), least_cpu(plain, args.repeat)
        print(f"| {name} | {quick * 1000:.0f} ms | {slow * 1000:.0f} ms | {slow / quick:.2f} |")


if __name__ == "__main__":
    main()
