"""The commands the README's tour and docs/articles.md show run as written, in a real shell."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shell_lines(text: str) -> list[str]:
    """The commands of the ``sh`` blocks of a page, continuation lines joined, comments cut."""
    lines: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        joined = re.sub(r"\\\n\s*", "", block)
        lines.extend(re.sub(r"\s+# .*$", "", line) for line in joined.splitlines() if line.strip())
    return lines


def section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end != -1 else len(text)]


def run(lines: list[str], cwd: Path, tmp: Path) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("CARNEYTL_STORE", None)
    for line in lines:
        # The page's scratch files go to the test's own folder instead.
        command = line.replace("/tmp/", f"{tmp}/")  # noqa: S108 - replaced, not used
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],  # noqa: S607 - bash from PATH
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, f"{line}\n{done.stderr}"


@pytest.mark.skipif(shutil.which("jq") is None, reason="the tour pipes into jq, not installed")
def test_the_readme_tour_runs_as_written(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = shell_lines(section(readme, "## A short tour"))
    assert any(line.startswith("carneytl timeline") for line in lines)
    run(lines, tmp_path, tmp_path)


def test_the_articles_page_runs_as_written(tmp_path):
    page = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    lines = shell_lines(page)
    assert any(line.startswith("carneytl accept") for line in lines)
    run(lines, ROOT, tmp_path)
