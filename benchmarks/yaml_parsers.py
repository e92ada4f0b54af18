"""Weigh faster YAML parsers against the store loader (PyYAML, YAML 1.1, dates kept as text).

Usage: ``uv run --with yaml-rs --with py-yaml12 --with rapidyaml python benchmarks/yaml_parsers.py``

For each parser that is installed, prints its best time over a few loads of the 20k-event
synthetic store (made by ``make_store.py``), whether it gives the same document as the store
loader there, and every probe below on which the two disagree. The probes are the places where
YAML 1.1 and 1.2, or a parser's own choices, are known to differ; a store loader may only
switch parsers where none of them can change a valid store.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

PROBES = [
    "a: yes",
    "a: no",
    "a: on",
    "a: 0o17",
    "a: 010",
    "a: 1_000",
    "a: 1:20",
    "a: 1e3",
    "a: 1.0e3",
    "a: .inf",
    "a: 2018-01-02",
    "a: !!str 2018",
    "a: !custom text",
    "a: =",
    "a: 1\na: 2",
    "b: &x {c: 1}\na:\n  <<: *x\n  d: 2",
    "a: 1\n---\nb: 2",
    '"a\\/b": 1',
    "a: x\x85y",
    "a: first\n  second",
    "a: >\n  folded\n  text\n",
    "a: 0X1F",
    "a: 08",
    "a: -.5",
    "a: [?]",
    "a: [:x]",
    "a: [a, |]",
    "a: |\n",
    "[a]: b",
    "a:\tx",
]


def store_loader(text: str) -> Any:  # noqa: ANN401 - any YAML document
    """Parse as the store does: PyYAML's safe loader, dates left as text."""
    import yaml

    from carneytl.storage.parsing import _yaml_loader

    return yaml.load(text, Loader=_yaml_loader())  # noqa: S506 - the store's safe loader


def parsers() -> dict[str, Callable[[str], Any]]:
    """Return the store loader and each faster parser that is installed, by name."""
    found: dict[str, Callable[[str], Any]] = {"PyYAML (store loader)": store_loader}
    try:
        import yaml_rs

        found["yaml-rs"] = lambda text: yaml_rs.loads(text, parse_datetime=False)
    except ImportError:
        pass
    try:
        import yaml12

        found["py-yaml12"] = yaml12.parse_yaml
    except ImportError:
        pass
    try:
        import json

        import ryml

        def rapidyaml(text: str) -> Any:  # noqa: ANN401 - any YAML document
            tree = ryml.parse_in_arena(text.encode())
            return json.loads(ryml.emit_json_malloc(tree, tree.root_id()))

        found["rapidyaml (via its JSON emitter)"] = rapidyaml
    except ImportError:
        pass
    return found


def outcome(parse: Callable[[str], Any], text: str) -> str:
    """Return what ``parse`` makes of ``text``, or the kind of error it raises."""
    try:
        return repr(parse(text))
    except Exception as exc:  # noqa: BLE001 - any failure is an outcome to compare
        return f"error ({type(exc).__name__})"


def main() -> None:
    """Time each parser on the 20k store and list where it disagrees with the store loader."""
    store = HERE / "out" / "store-20000.yaml"
    if not store.exists():
        subprocess.run([sys.executable, str(HERE / "make_store.py"), "20000"], check=True)
    text = store.read_text(encoding="utf-8")
    gc.disable()
    reference = None
    for name, parse in parsers().items():
        times = []
        for _ in range(3):
            started = time.perf_counter()
            doc = parse(text)
            times.append(time.perf_counter() - started)
        if reference is None:
            reference = doc
        same = "same document" if doc == reference else "DIFFERENT document"
        print(f"{name}: {min(times):.3f} s on {store.name}, {same}")
        if name.startswith("PyYAML"):
            continue
        for probe in PROBES:
            ours, theirs = outcome(store_loader, probe), outcome(parse, probe)
            if ours != theirs:
                print(f"  {probe!r}: store loader {ours}, {name} {theirs}")


if __name__ == "__main__":
    main()
