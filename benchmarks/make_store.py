"""Write a synthetic N-event store as YAML, JSON and JSON Lines, for the benchmarks.

Usage: ``python benchmarks/make_store.py N [OUTDIR]`` (default ``benchmarks/out``). The events
mix day, month and year precision, intervals, open ends and qualifiers, a few dozen actors and
tags, and a pool of sources, roughly in the proportions of a hand-kept story. The output is
deterministic for a given N.
"""

from __future__ import annotations

import calendar
import json
import random
import sys
from pathlib import Path

ACTORS = (
    "Canada",
    "China",
    "United States",
    "Mark Carney",
    "Xi Jinping",
    "Justin Trudeau",
    "Huawei",
    "Meng Wanzhou",
    "Michael Kovrig",
    "Michael Spavor",
    "Chrystia Freeland",
    "Melanie Joly",
    "Wang Yi",
    "Li Qiang",
    "Donald Trump",
    "Joe Biden",
    "European Union",
    "Japan",
    "Australia",
    "United Kingdom",
    "India",
    "Mexico",
    "WTO",
    "G7",
    "G20",
    "Canola Council of Canada",
    "Global Affairs Canada",
    "Chinese Embassy in Ottawa",
    "RCMP",
    "CSIS",
)
TAGS = (
    "visit",
    "trade",
    "tariff",
    "huawei",
    "detention",
    "release",
    "diplomacy",
    "canola",
    "steel",
    "electric-vehicles",
    "sanctions",
    "summit",
    "election",
    "interference",
    "extradition",
    "agriculture",
    "security",
    "technology",
    "energy",
    "human-rights",
)
PUBLISHERS = (
    "BBC News",
    "CBC News",
    "The Globe and Mail",
    "Toronto Star",
    "Reuters",
    "The Canadian Press",
    "Global News",
    "National Post",
    "Xinhua",
    "South China Morning Post",
)
WORDS = (
    "minister",
    "meets",
    "counterpart",
    "talks",
    "trade",
    "tariffs",
    "canola",
    "steel",
    "aluminium",
    "electric",
    "vehicles",
    "ambassador",
    "summoned",
    "statement",
    "agreement",
    "deal",
    "court",
    "ruling",
    "hearing",
    "extradition",
    "detained",
    "released",
    "visit",
    "Beijing",
    "Ottawa",
    "Vancouver",
    "Shenzhen",
    "delegation",
    "announces",
    "review",
    "sanctions",
    "investment",
    "security",
    "probe",
    "election",
    "interference",
    "inquiry",
    "report",
    "exports",
    "imports",
    "quota",
)
PLACES = ("Beijing", "Ottawa", "Vancouver", "Toronto", "Shenzhen", "Washington", "Geneva", None)
PHRASES = ("in 2018", "last year", "on Friday", "earlier this month", "weeks later", None, None)


def _day(rng: random.Random) -> tuple[int, int, int]:
    year = rng.randint(2010, 2026)
    month = rng.randint(1, 12)
    return year, month, rng.randint(1, calendar.monthrange(year, month)[1])


def _single(rng: random.Random, precision: float) -> str:
    year, month, day = _day(rng)
    if precision < 0.6:  # noqa: PLR2004 - most dated events are known to the day
        return f"{year:04d}-{month:02d}-{day:02d}"
    if precision < 0.85:  # noqa: PLR2004 - then to the month
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _date(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.8:  # noqa: PLR2004 - single dates dominate
        text = _single(rng, rng.random())
    elif kind < 0.95:  # noqa: PLR2004 - closed intervals
        first, second = sorted((_single(rng, 0.0), _single(rng, 0.0)))
        text = f"{first}/{second}"
    elif kind < 0.975:  # noqa: PLR2004 - open end
        text = f"{_single(rng, rng.random())}/.."
    else:
        text = f"../{_single(rng, rng.random())}"
    if "/" not in text and rng.random() < 0.05:  # noqa: PLR2004 - a few qualified dates
        text += rng.choice("~?%")
    return text


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize()


def build(count: int, seed: int = 20260114) -> dict[str, object]:
    """Build the store document for ``count`` events."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    sources: list[dict[str, object]] = []
    for index in range(max(10, count // 50)):
        year, month, day = _day(rng)
        sources.append(
            {
                "id": f"src-{index:05d}",
                "title": _sentence(rng, 4, 10) if rng.random() < 0.5 else None,  # noqa: PLR2004
                "publisher": rng.choice(PUBLISHERS),
                "published": f"{year:04d}-{month:02d}-{day:02d}",
                "url": f"https://news.example/{index}" if rng.random() < 0.3 else None,  # noqa: PLR2004
            }
        )
    events: list[dict[str, object]] = []
    for index in range(count):
        event: dict[str, object] = {
            "id": f"event-{index:06d}",
            "date": _date(rng),
            "title": _sentence(rng, 5, 14),
        }
        if rng.random() < 0.6:  # noqa: PLR2004
            event["summary"] = _sentence(rng, 10, 30) + "."
        event["actors"] = rng.sample(ACTORS, rng.randint(1, 4))
        event["tags"] = rng.sample(TAGS, rng.randint(0, 3))
        place = rng.choice(PLACES)
        if place is not None:
            event["location"] = place
        event["sources"] = [s["id"] for s in rng.sample(sources, rng.randint(1, 2))]
        phrase = rng.choice(PHRASES)
        if phrase is not None:
            event["as_written"] = phrase
        events.append(event)
    return {"version": 1, "sources": sources, "events": events}


def write(count: int, outdir: Path) -> dict[str, Path]:
    """Write ``store-N.yaml``, ``.json`` and ``.jsonl`` into ``outdir``; return their paths."""
    import yaml

    outdir.mkdir(parents=True, exist_ok=True)
    doc = build(count)
    paths = {ext: outdir / f"store-{count}.{ext}" for ext in ("yaml", "json", "jsonl")}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with paths["yaml"].open("w", encoding="utf-8") as out:
        yaml.dump(doc, out, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    paths["json"].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # JSON Lines holds events only, so their sources are written inline.
    by_id = {s["id"]: s for s in doc["sources"]}  # type: ignore[attr-defined]
    with paths["jsonl"].open("w", encoding="utf-8") as out:
        for event in doc["events"]:  # type: ignore[attr-defined]
            line = dict(event, sources=[by_id[ref] for ref in event["sources"]])
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return paths


def main() -> None:
    """Command line: N, then an optional output directory."""
    if len(sys.argv) not in {2, 3}:
        sys.exit("usage: make_store.py N [OUTDIR]")
    count = int(sys.argv[1])
    outdir = Path(sys.argv[2]) if len(sys.argv) == 3 else Path(__file__).parent / "out"  # noqa: PLR2004 - N and OUTDIR
    for path in write(count, outdir).values():
        print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
