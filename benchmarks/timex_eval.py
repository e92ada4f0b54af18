"""Score carneytl's temporal tagger against TimeML (.tml) files: span F1, value F1 and speed.

Usage: python benchmarks/timex_eval.py DIR [DIR ...] [--split all|tune|dev] [--errors N]
       [--repeat N]

Each DIR is read on its own (e.g. ../shared/timeml/TimeBank, ../shared/timeml/AQUAINT). For
every file the text inside <TEXT> is stripped of its tags, the document creation time becomes
the anchor, and the tagger's `--expressions` interface (find_timexes) runs on the raw text.
Scores, as in TempEval-3:

- strict span: the expression's start and end are both exactly the reference's;
- relaxed span: the expression overlaps a reference expression (matched one to one);
- value: a relaxed match whose TIMEX3 value equals the reference's. Its precision is over all
  expressions found, its recall over all reference expressions, so a missed or spurious
  expression costs value F1 as well as span F1.

"DATE+TIME" counts only expressions of those types on both sides; "all" counts every type.
`--split` scores part of each directory, fixed so that figures can be compared across runs:
the files are sorted by name, and those whose index in that order is a multiple of 4 form the
dev-test part (`dev`); the others form the tuning part (`tune`). Rules are tuned by looking at
`tune` only; `dev` and other corpora are read in aggregate, so `--errors` lists mistakes (wrong
values, spurious and missed DATE/TIME expressions) only for `--split tune`.

Speed is the tagger alone over the stripped text, in MB of UTF-8 per second of wall-clock time
and per second of CPU time (the second is steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from carneytl.extract.tagger import Timex, find_timexes

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Document:
    """A TimeML document: its raw text, anchor day and reference expressions."""

    name: str
    text: str
    anchor: dt.date
    gold: list[Timex]


def read_tml(path: Path) -> Document:
    """Strip a .tml file's <TEXT> to raw text, keeping its TIMEX3 offsets and the DCT."""
    source = path.read_text(encoding="utf-8")
    dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', source)
    if dct is None:
        msg = f"{path}: no document creation time"
        raise ValueError(msg)
    value = dict(_ATTR.findall(dct.group(0)))["value"]
    anchor = dt.date.fromisoformat(value[:10])
    body = source.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    pieces: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    text = "".join(pieces)
    gold = [Timex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return Document(path.name, text, anchor, gold)


@dataclass(slots=True)
class Tally:
    """Counts behind one line of the report."""

    found: int = 0
    reference: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, found: list[Timex], reference: list[Timex]) -> list[tuple[Timex, Timex]]:
        """Match ``found`` to ``reference`` and count; return the relaxed pairs."""
        self.found += len(found)
        self.reference += len(reference)
        spans = {(g.start, g.end) for g in reference}
        self.strict += sum((f.start, f.end) in spans for f in found)
        pairs: list[tuple[Timex, Timex]] = []
        used: set[int] = set()
        for f in found:
            for index, g in enumerate(reference):
                if index not in used and f.start < g.end and g.start < f.end:
                    used.add(index)
                    pairs.append((f, g))
                    break
        self.relaxed += len(pairs)
        self.value += sum(f.value == g.value for f, g in pairs)
        return pairs

    def row(self, label: str) -> str:
        """One line of the report: F1 (P/R) for strict span, relaxed span and value."""
        cells = [
            _f1(n, self.found, self.reference) for n in (self.strict, self.relaxed, self.value)
        ]
        return f"{label:<10} {self.reference:>5} {self.found:>5}  " + "  ".join(cells)


def _f1(correct: int, found: int, reference: int) -> str:
    precision = correct / found if found else 0.0
    recall = correct / reference if reference else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{f1:.3f} ({precision:.3f}/{recall:.3f})"


DEV_EVERY = 4


def select(paths: list[Path], split: str) -> list[Path]:
    """Keep the files of one part of the fixed split (see the module docstring)."""
    ordered = sorted(paths, key=lambda path: path.name)
    if split == "all":
        return ordered
    dev = split == "dev"
    return [path for index, path in enumerate(ordered) if (index % DEV_EVERY == 0) == dev]


def evaluate(directory: Path, split: str, errors: int, repeat: int) -> None:
    """Score one directory (or one part of it) of .tml files and print its report."""
    documents = [read_tml(path) for path in select(list(directory.glob("*.tml")), split)]
    if not documents:
        print(f"{directory}: no .tml files", file=sys.stderr)
        return
    date_time = Tally()
    overall = Tally()
    wrong: list[str] = []
    for doc in documents:
        found = find_timexes(doc.text, doc.anchor)
        overall.add(found, doc.gold)
        found_dt = [f for f in found if f.type in {"DATE", "TIME"}]
        gold_dt = [g for g in doc.gold if g.type in {"DATE", "TIME"}]
        pairs = date_time.add(found_dt, gold_dt)
        wrong.extend(
            f"value: {doc.name} {doc.anchor} {f.text!r}->{f.value} gold {g.text!r}->{g.value}"
            for f, g in pairs
            if f.value != g.value
        )
        matched_found = {id(f) for f, _ in pairs}
        matched_gold = {id(g) for _, g in pairs}
        wrong.extend(
            f"spurious: {doc.name} {doc.anchor} {f.text!r}->{f.value}"
            for f in found_dt
            if id(f) not in matched_found
        )
        wrong.extend(
            f"missed: {doc.name} {doc.anchor} {g.text!r}->{g.type} {g.value}"
            for g in gold_dt
            if id(g) not in matched_gold
        )
    size = sum(len(doc.text.encode()) for doc in documents)
    began, began_cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc in documents:
            find_timexes(doc.text, doc.anchor)
    seconds = time.perf_counter() - began
    cpu_seconds = time.process_time() - began_cpu
    part = "" if split == "all" else f", split {split}"
    print(f"\n{directory} ({len(documents)} documents{part}, {size / 1e6:.2f} MB)")
    header = "strict span F1 (P/R)  relaxed span F1 (P/R) value F1 (P/R)"
    print(f"{'types':<10} {'ref':>5} {'found':>5}  {header}")
    print(date_time.row("DATE+TIME"))
    print(overall.row("all"))
    print(
        f"speed: {size * repeat / seconds / 1e6:.2f} MB/s wall clock, "
        f"{size * repeat / cpu_seconds / 1e6:.2f} MB per CPU second ({repeat} passes)"
    )
    for line in wrong[: errors if split == "tune" else 0]:
        print("  " + line)


def main() -> None:
    """Parse the arguments and report on each directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path, metavar="DIR")
    parser.add_argument(
        "--split",
        choices=("all", "tune", "dev"),
        default="all",
        help="score every file, the tuning part, or the dev-test part (sorted index %% 4 == 0)",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="list this many mistakes: wrong values, spurious and missed (--split tune only)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes for the speed figure")
    args = parser.parse_args()
    for directory in args.dirs:
        evaluate(directory, args.split, args.errors, args.repeat)


if __name__ == "__main__":
    main()
