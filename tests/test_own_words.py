"""The embedded store's text is the project's own: no run of six words from the seed article.

The article itself stays outside the project (it lives in ../shared/seed/); the test keeps only
fingerprints of its six-word runs, so it runs on any clone and cannot leak the text back in.
Regenerate the fingerprints with ``python tests/test_own_words.py PATH/TO/ARTICLE``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from carneytl.storage.stores import load_store

RUN = 6
FINGERPRINTS = Path(__file__).parent / "data" / "seed-6word-runs.txt"


def _words(text: str) -> list[str]:
    folded = text.lower().replace("\u2019", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", folded)


def fingerprints(text: str) -> set[str]:
    """Return a short hash of every run of RUN consecutive words in ``text``."""
    words = _words(text)
    runs = (" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return {hashlib.sha256(run.encode()).hexdigest()[:16] for run in runs}


def _article_fingerprints() -> set[str]:
    lines = FINGERPRINTS.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_the_fingerprints_cover_the_whole_article():
    assert len(_article_fingerprints()) > 500


def test_fingerprints_catch_a_copied_run_of_six_words():
    written = "The committee met on Tuesday and agreed to publish its findings"
    assert fingerprints(written) & fingerprints("It MET on Tuesday, and agreed to publish!")
    assert not fingerprints(written) & fingerprints("met on Tuesday and agreed")


def test_no_title_or_summary_repeats_six_words_of_the_seed_article():
    article = _article_fingerprints()
    for event in load_store().events:
        for text in (event.title, event.summary or ""):
            assert not fingerprints(text) & article, f"{event.id}: {text}"


if __name__ == "__main__":
    source = Path(sys.argv[1]).read_text(encoding="utf-8")
    FINGERPRINTS.write_text(
        f"# sha256[:16] of each {RUN}-word run of the seed article (see test_own_words.py)\n"
        + "\n".join(sorted(fingerprints(source)))
        + "\n",
        encoding="utf-8",
    )
