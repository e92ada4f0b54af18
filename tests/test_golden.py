"""Golden files pin the drawn views at fixed widths, colour off, today fixed.

Regenerate after a deliberate change with ``CARNEYTL_UPDATE_GOLDEN=1 uv run pytest
tests/test_golden.py`` and review the diff; without that variable the tests only compare.
"""

import os
from pathlib import Path

import pytest

from carneytl.cli import app

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = Path(__file__).parent / "data" / "article-dates.txt"
UPDATE = os.environ.get("CARNEYTL_UPDATE_GOLDEN") == "1"
WIDTHS = (40, 80, 120)

VIEWS = {
    "timeline": ["timeline", "--today", "2026-11-28"],
    "timeline-mid-visit": ["timeline", "--today", "2026-01-15"],
    "timeline-scale": ["timeline", "--scale", "--today", "2026-11-28"],
    "timeline-scale-mid-visit": ["timeline", "--scale", "--today", "2026-01-15"],
    "show-meng-arrest": ["show", "meng-arrest", "--today", "2026-11-28"],
    "show-carney-visit": ["show", "carney-china-visit-2026", "--today", "2026-01-15"],
    "stats": ["stats", "--today", "2026-11-28"],
    "list": ["list", "--today", "2026-11-28"],
    # --as-of: each view for people ends by saying whose knowledge of the story it shows.
    "timeline-as-of": ["timeline", "--today", "2026-11-28", "--as-of", "2026-01-14"],
    "timeline-scale-as-of": [
        "timeline",
        "--scale",
        "--today",
        "2026-11-28",
        "--as-of",
        "2019-06-30",
    ],
    "stats-as-of": ["stats", "--today", "2026-11-28", "--as-of", "2026-01-14"],
    "list-as-of": ["list", "--today", "2026-11-28", "--as-of", "2019-01-01"],
}


def _matches_golden(result, name: str) -> None:
    """The command succeeded and wrote golden file ``name`` exactly (written anew on UPDATE)."""
    assert result.exit_code == 0, result.output
    path = GOLDEN / name
    if UPDATE:
        path.write_text(result.stdout, encoding="utf-8")
    assert path.exists(), f"missing {path.name}: run with CARNEYTL_UPDATE_GOLDEN=1 to create it"
    assert result.stdout == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", VIEWS)
def test_view_matches_its_golden_file(runner, name, width):
    args = [*VIEWS[name], "--no-color", "--width", str(width)]
    result = runner.invoke(app, args)
    _matches_golden(result, f"{name}-{width}.txt")


@pytest.mark.parametrize("width", WIDTHS)
def test_extracted_expressions_match_their_golden_table(runner, width):
    args = ["extract", str(ARTICLE), "--published", "2026-01-14", "--expressions"]
    result = runner.invoke(app, [*args, "--format", "table", "--no-color", "--width", str(width)])
    _matches_golden(result, f"extract-expressions-{width}.txt")


# The candidates table of `extract`: all three kinds of match, at a narrow and a usual width.
ARTICLES = Path(__file__).parent / "data" / "articles"
CANDIDATES = [
    "extract",
    str(ARTICLES / "valley-post.txt"),
    str(ARTICLES / "riverton-radio.txt"),
    "--store",
    str(ARTICLES / "story.yaml"),
    "--today",
    "2026-11-28",
]


@pytest.mark.parametrize("width", [40, 80])
def test_extracted_candidates_match_their_golden_table(runner, width):
    args = [*CANDIDATES, "--format", "table", "--no-color", "--width", str(width)]
    result = runner.invoke(app, args)
    _matches_golden(result, f"extract-candidates-{width}.txt")
