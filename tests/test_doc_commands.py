"""The commands the documentation shows run as written, and print what it shows.

The README's tour and docs/articles.md run as written, in a real shell; where a page shows an
``sh`` block's output right under it, the last command of the block must print exactly that.
Every ``$ carneytl ...`` example block in the README and docs/ is run with its own flags, by
the console script, and compared with the output printed under it (standard error and output
together), so a view that changes cannot leave a stale copy in the docs. In a shown output a
line of ``...`` stands for lines left out.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A fenced block: its language (maybe none), its text, and what stands between it and the next.
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", flags=re.MULTILINE | re.DOTALL)


def _commands(block: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", "", block)
    return [re.sub(r"\s+# .*$", "", line) for line in joined.splitlines() if line.strip()]


def shell_lines(text: str) -> list[str]:
    """The commands of the ``sh`` blocks of a page, continuation lines joined, comments cut."""
    return [command for command, _ in shell_steps(text)]


def shell_steps(text: str) -> list[tuple[str, list[str] | None]]:
    """Each command of the page's ``sh`` blocks, with the output the page shows for it, if any.

    A block with no language that follows an ``sh`` block with nothing but blank lines between
    them is the output of that block's last command.
    """
    steps: list[tuple[str, list[str] | None]] = []
    blocks = list(FENCE.finditer(text))
    for block, after in zip(blocks, [*blocks[1:], None], strict=True):
        if block.group(1) != "sh":
            continue
        commands = _commands(block.group(2))
        shown = None
        if (
            after is not None
            and after.group(1) == ""
            and not text[block.end() : after.start()].strip()
        ):
            shown = after.group(2).splitlines()
        steps.extend((command, None) for command in commands[:-1])
        steps.append((commands[-1], shown))
    return steps


def fits(shown: list[str], printed: list[str]) -> bool:
    """Tell whether ``printed`` is the output ``shown``, where a line ``...`` leaves lines out."""
    shown = [line.rstrip() for line in shown]
    printed = [line.rstrip() for line in printed]
    chunks: list[list[str]] = [[]]
    for line in shown:
        if line.strip() == "...":
            chunks.append([])
        else:
            chunks[-1].append(line)
    if len(chunks) == 1:
        return printed == shown
    first, *middle, last = chunks
    if printed[: len(first)] != first:
        return False
    at = len(first)
    for chunk in middle:
        found = next(
            (
                i
                for i in range(at, len(printed) - len(chunk) + 1)
                if printed[i : i + len(chunk)] == chunk
            ),
            None,
        )
        if found is None:
            return False
        at = found + len(chunk)
    return len(printed) - len(last) >= at and printed[len(printed) - len(last) :] == last


def _differs(command: str, shown: list[str], printed: str) -> str:
    diff = difflib.unified_diff(shown, printed.splitlines(), "shown", "printed", lineterm="")
    return f"{command}\n" + "\n".join(diff)


def section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end != -1 else len(text)]


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("CARNEYTL_STORE", None)
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],  # noqa: S607 - bash from PATH
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def run(steps: list[tuple[str, list[str] | None]] | list[str], cwd: Path, tmp: Path) -> None:
    """Run each command in order; where the page shows its output, it must print just that."""
    for step in steps:
        line, shown = (step, None) if isinstance(step, str) else step
        # The page's scratch files go to the test's own folder instead.
        command = line.replace("/tmp/", f"{tmp}/")  # noqa: S108 - replaced, not used
        done = _shell(command, cwd)
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        if shown is not None:
            printed = done.stdout.replace(f"{tmp}/", "/tmp/")  # noqa: S108 - as the page says
            assert fits(shown, printed.splitlines()), _differs(line, shown, printed)


@pytest.mark.skipif(shutil.which("jq") is None, reason="the tour pipes into jq, not installed")
def test_the_readme_tour_runs_as_written(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = shell_lines(section(readme, "## A short tour"))
    assert any(line.startswith("carneytl timeline") for line in lines)
    run(lines, tmp_path, tmp_path)


def test_the_articles_page_runs_as_written_and_prints_what_it_shows(tmp_path):
    page = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    steps = shell_steps(page)
    assert any(command.startswith("carneytl accept") for command, _ in steps)
    assert sum(shown is not None for _, shown in steps) >= 3  # the table and two timelines
    run(steps, ROOT, tmp_path)


def shown_examples() -> list[tuple[str, str, list[str]]]:
    """Each ``$ carneytl ...`` block of the README and docs/: where, the command, its output."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for block in FENCE.finditer(text):
            first, *shown = block.group(2).splitlines() or [""]
            if first.startswith("$ carneytl "):
                line = text.count("\n", 0, block.start()) + 2
                found.append((f"{page.relative_to(ROOT)}:{line}", first[2:], shown))
    return found


EXAMPLES = shown_examples()


def test_the_docs_show_examples_of_the_views():
    assert {where.split(":")[0] for where, _, _ in EXAMPLES} >= {
        "README.md",
        "docs/views.md",
        "docs/formats.md",
    }


@pytest.mark.parametrize(("where", "command", "shown"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_each_shown_example_prints_what_the_page_shows(where, command, shown):
    # Run by the console script, as a reader runs it: an in-process runner would print click's
    # own block for a usage error where carneytl's entry point words it (`between 2018`).
    # Standard error goes first, as a terminal shows it for these short outputs.
    done = _shell(f"{{ {command} ; }} 2>&1", ROOT)
    assert fits(shown, done.stdout.splitlines()), f"{where}: " + _differs(
        command, shown, done.stdout
    )


@pytest.mark.parametrize(
    ("shown", "printed", "fit"),
    [
        (["a", "b"], ["a", "b"], True),
        (["a", "b"], ["a", "b", "c"], False),
        (["a", "..."], ["a", "b", "c"], True),
        (["a", "...", "c"], ["a", "b", "x", "c"], True),
        (["a", "...", "b"], ["a", "c"], False),
        (["a", "...", "x", "...", "z"], ["a", "x", "y", "z"], True),
        (["a", "...", "a"], ["a"], False),  # a line is not counted twice
        (["b", "..."], ["a", "b"], False),
        (["a  "], ["a"], True),  # spaces at a line's end do not show on a page
    ],
)
def test_a_shown_output_leaves_lines_out_only_where_it_says(shown, printed, fit):
    assert fits(shown, printed) is fit
