"""Score carneytl's temporal tagger against TimeML (.tml) corpora: span F1, value F1 and speed.

Usage: python benchmarks/timex_eval.py [DIR ...] [--split all|tune|dev] [--errors N]
       [--kind auto|news|narrative] [--repeat N]

With no DIR, the four development corpora under the shared TimeML folder are scored
(TimeBank, AQUAINT, WikiWars-dev, Tweets-train); the folder is ``$CARNEYTL_TIMEML`` or the
``shared/timeml`` beside the checkout. For every file the text inside <TEXT> is stripped of its
tags, the document creation time becomes the publication day, and the tagger
(``find_timexes``, what ``extract --expressions`` prints) runs on the raw text. Scores, as in
TempEval-3:

- strict span: the expression's start and end are both exactly the reference's;
- relaxed span: the expression overlaps a reference expression (matched one to one);
- value: a relaxed match whose TIMEX3 value equals the reference's. Its precision is over all
  expressions found, its recall over all reference expressions, so a missed or spurious
  expression costs value F1 as well as span F1.

Values are compared in canonical form, because the tweet corpus writes some values in two ways:
``2014-XX-XX`` (and ``2014-XX``) is the year ``2014``, ``2013-04-19-WXX-5`` the day
``2013-04-19``, ``2013-10-W41`` the ISO week ``2013-W41``, and
``P3H`` the duration ``PT3H``, ``P1DE`` (a decade) ``P10Y``, ``P1CE`` ``P100Y`` and ``P2L``
(two millennia) ``P2000Y``, and
``XXXX-XX-XXTMO`` (a morning, no day said) ``TMO``, and a decade or century padded with ``X``
(``199X``, ``19XX``, as AQUAINT writes them) the TimeML form ``199`` or ``19``, and a week
numbered in one digit (``2000-W7``, also AQUAINT's) the ISO form ``2000-W07``. Every other
value must match exactly.

"DATE+TIME" counts only expressions of those types on both sides; "all" counts every type
(WikiWars types every expression DATE, durations included, so "all" is its fair figure).

`--split` scores part of each directory, fixed so that figures can be compared across runs:
the files are sorted by name, and those whose index in that order is a multiple of 4 form the
dev-test part (`dev`); the others form the tuning part (`tune`). Rules are tuned by reading the
mistakes of `tune` only, so `--errors N` lists up to N mistakes per corpus (value mismatches,
misses and false alarms, each with its sentence) from tuning-part files only, whatever
`--split` is scored.

Speed is measured in one process over the stripped text, a document at a time: the tagger
alone in characters per second (of CPU time, steadier on a busy machine, and of wall-clock
time), and the whole of ``extract`` (tagging, then candidate events with titles and actors) in
MB of UTF-8 per CPU second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from carneytl.extract.events import candidates
from carneytl.extract.tagger import Timex, find_timexes

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
CORPORA = ("TimeBank", "AQUAINT", "WikiWars-dev", "Tweets-train")
DEV_EVERY = 4


@dataclass(frozen=True, slots=True)
class Document:
    """A TimeML document: its raw text, anchor day and reference expressions."""

    name: str
    text: str
    anchor: dt.date
    gold: list[Timex]
    tune: bool


def read_tml(path: Path, *, tune: bool = True) -> Document:
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
    return Document(path.name, text, anchor, gold, tune)


_CANONICAL = (
    (re.compile(r"(\d{4})-XX(?:-XX)?"), r"\1"),
    (re.compile(r"(\d{4}-\d\d-\d\d)-WXX-\d(T.*)?"), r"\1\2"),
    (re.compile(r"(\d{4})-\d\d-(W\d\d)"), r"\1-\2"),
    (re.compile(r"P(\d+)H"), r"PT\1H"),
    (re.compile(r"XXXX-XX-XX(T[A-Z]{2})"), r"\1"),
    (re.compile(r"(\d{3})X|(\d\d)XX"), r"\1\2"),
    (re.compile(r"(\d{4})-W(\d)(-WE)?"), r"\1-W0\2\3"),
)


_DECADES = re.compile(r"P(\d+)(DE|CE|L)")


def canonical(value: str) -> str:
    """Write a TIMEX3 value in the one form used for comparing (see the module docstring)."""
    decades = _DECADES.fullmatch(value)
    if decades is not None:
        return f"P{int(decades[1]) * {'DE': 10, 'CE': 100, 'L': 1000}[decades[2]]}Y"
    for pattern, replacement in _CANONICAL:
        if pattern.fullmatch(value):
            return pattern.sub(replacement, value)
    return value


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
        self.value += sum(canonical(f.value) == canonical(g.value) for f, g in pairs)
        return pairs

    def f1(self, correct: int) -> tuple[float, float, float]:
        """F1, precision and recall of ``correct`` expressions."""
        precision = correct / self.found if self.found else 0.0
        recall = correct / self.reference if self.reference else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f1, precision, recall

    def row(self, label: str) -> str:
        """One line of the report: F1 (P/R) for strict span, relaxed span and value."""
        cells = []
        for correct in (self.strict, self.relaxed, self.value):
            f1, precision, recall = self.f1(correct)
            cells.append(f"{f1:.3f} ({precision:.3f}/{recall:.3f})")
        return f"{label:<10} {self.reference:>5} {self.found:>5}  " + "  ".join(cells)


@dataclass(slots=True)
class Report:
    """What one corpus scored: the two tallies, the mistakes, and the speed."""

    name: str
    documents: int
    characters: int
    date_time: Tally = field(default_factory=Tally)
    overall: Tally = field(default_factory=Tally)
    mistakes: list[str] = field(default_factory=list)
    cpu_rate: float = 0.0
    wall_rate: float = 0.0
    extract_rate: float = 0.0


def select(paths: list[Path], split: str) -> list[Path]:
    """Keep the files of one part of the fixed split (see the module docstring)."""
    ordered = sorted(paths, key=lambda path: path.name)
    if split == "all":
        return ordered
    dev = split == "dev"
    return [path for index, path in enumerate(ordered) if (index % DEV_EVERY == 0) == dev]


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``text[start:end]``, on one line, the expression marked."""
    begin = max(text.rfind("\n", 0, start), *(text.rfind(s, 0, start) for s in (". ", "? ", "! ")))
    finish_candidates = [i for i in (text.find(s, end) for s in ("\n", ". ", "? ", "! ")) if i >= 0]
    finish = min(finish_candidates, default=len(text))
    before = " ".join(text[begin + 1 : start].split())
    after = " ".join(text[end : finish + 1].split())
    return f"{before} [{' '.join(text[start:end].split())}] {after}".strip()


def _mistakes(doc: Document, found: list[Timex], pairs: list[tuple[Timex, Timex]]) -> list[str]:
    where = f"{doc.name} ({doc.anchor})"
    lines = [
        f"value  {where} {f.text!r} {f.type} {f.value}, gold {g.type} {g.value}\n"
        f"         {_sentence(doc.text, g.start, g.end)}"
        for f, g in pairs
        if canonical(f.value) != canonical(g.value)
    ]
    matched_found = {id(f) for f, _ in pairs}
    matched_gold = {id(g) for _, g in pairs}
    lines.extend(
        f"false  {where} {f.text!r} {f.type} {f.value}\n"
        f"         {_sentence(doc.text, f.start, f.end)}"
        for f in found
        if id(f) not in matched_found
    )
    lines.extend(
        f"missed {where} {g.text!r} {g.type} {g.value}\n"
        f"         {_sentence(doc.text, g.start, g.end)}"
        for g in doc.gold
        if id(g) not in matched_gold
    )
    return lines


def evaluate(directory: Path, split: str, kind: str, repeat: int) -> Report | None:
    """Score one directory (or one part of it) of .tml files."""
    paths = list(directory.glob("*.tml"))
    tune_names = {path.name for path in select(paths, "tune")}
    documents = [read_tml(path, tune=path.name in tune_names) for path in select(paths, split)]
    if not documents:
        print(f"{directory}: no .tml files", file=sys.stderr)
        return None
    report = Report(directory.name, len(documents), sum(len(doc.text) for doc in documents))
    dated = {"DATE", "TIME"}
    for doc in documents:
        found = find_timexes(doc.text, doc.anchor, kind=kind)
        pairs = report.overall.add(found, doc.gold)
        report.date_time.add(
            [f for f in found if f.type in dated], [g for g in doc.gold if g.type in dated]
        )
        if doc.tune:
            report.mistakes.extend(_mistakes(doc, found, pairs))
    began, began_cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc in documents:
            find_timexes(doc.text, doc.anchor, kind=kind)
    wall = time.perf_counter() - began
    cpu = time.process_time() - began_cpu
    report.cpu_rate = report.characters * repeat / cpu if cpu else 0.0
    report.wall_rate = report.characters * repeat / wall if wall else 0.0
    # The whole of `extract` (tagging, sentences, titles, actors), one document at a time.
    size = sum(len(doc.text.encode()) for doc in documents)
    began_cpu = time.process_time()
    for _ in range(repeat):
        for doc in documents:
            candidates(doc.text, doc.anchor, ("Mark Carney", "Xi Jinping"), kind)
    cpu = time.process_time() - began_cpu
    report.extract_rate = size * repeat / cpu / 1e6 if cpu else 0.0
    return report


def show(report: Report, directory: Path, split: str, errors: int) -> None:
    """Print one corpus's report."""
    part = "" if split == "all" else f", split {split}"
    print(f"\n{directory} ({report.documents} documents{part}, {report.characters:,} characters)")
    header = "strict span F1 (P/R)  relaxed span F1 (P/R) value F1 (P/R)"
    print(f"{'types':<10} {'ref':>5} {'found':>5}  {header}")
    print(report.date_time.row("DATE+TIME"))
    print(report.overall.row("all"))
    print(
        f"speed: tagger {report.cpu_rate:,.0f} characters per CPU second "
        f"({report.wall_rate:,.0f} per wall-clock second); "
        f"extract {report.extract_rate:.2f} MB per CPU second"
    )
    if errors:
        print(f"mistakes in tuning-part files ({min(errors, len(report.mistakes))} shown):")
        for line in report.mistakes[:errors]:
            print("  " + line)


def summary(reports: list[Report]) -> None:
    """Print every corpus on one line each, as a Markdown table."""
    print(
        "\n| corpus | docs | DATE+TIME value F1 | all-types value F1 | strict span F1 "
        "| relaxed span F1 | tagger, characters per CPU second | extract, MB per CPU second |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in reports:
        cells = (
            r.date_time.f1(r.date_time.value)[0],
            r.overall.f1(r.overall.value)[0],
            r.overall.f1(r.overall.strict)[0],
            r.overall.f1(r.overall.relaxed)[0],
        )
        figures = " | ".join(f"{c:.3f}" for c in cells)
        print(
            f"| {r.name} | {r.documents} | {figures} | {r.cpu_rate:,.0f} | {r.extract_rate:.2f} |"
        )


def default_dirs() -> list[Path]:
    """The four development corpora, from $CARNEYTL_TIMEML or the shared folder nearby."""
    env = os.environ.get("CARNEYTL_TIMEML")
    here = Path(__file__).resolve().parent.parent
    candidates = [Path(env)] if env else []
    candidates += [parent / "shared" / "timeml" for parent in here.parents]
    for root in candidates:
        if root.is_dir():
            return [root / name for name in CORPORA]
    msg = "no TimeML folder found: give the corpora as arguments or set CARNEYTL_TIMEML"
    raise SystemExit(msg)


def main() -> None:
    """Parse the arguments and report on each directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, metavar="DIR")
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
        help="list up to this many mistakes per corpus, from tuning-part files only",
    )
    parser.add_argument(
        "--kind",
        choices=("auto", "news", "narrative"),
        default="auto",
        help="how the tagger reads each document (as `extract --kind`)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes for the speed figure")
    args = parser.parse_args()
    print(
        "values compared in canonical form: YYYY-XX-XX is YYYY, "
        "YYYY-MM-DD-WXX-N is YYYY-MM-DD, YYYY-MM-Wnn is YYYY-Wnn, PnH is PTnH, "
        "PnDE is P(10n)Y, PnCE is P(100n)Y, PnL is P(1000n)Y, XXXX-XX-XXTMO is TMO, "
        "199X is 199, 19XX is 19, "
        "YYYY-Wn is YYYY-W0n"
    )
    reports = []
    for directory in args.dirs or default_dirs():
        report = evaluate(directory, args.split, args.kind, args.repeat)
        if report is not None:
            show(report, directory, args.split, args.errors)
            reports.append(report)
    summary(reports)


if __name__ == "__main__":
    main()
