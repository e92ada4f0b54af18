"""The documentation's shape: a short README as the front door, pages that state what is."""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
# Words that tell how the work went rather than what the project is.
DIARY = ("this session", "last session", "previous session", "sessions ago")


def test_the_readme_is_a_front_door_of_at_most_200_lines():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines; move detail into docs/"


def test_the_readme_starts_with_the_two_quick_start_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    assert commands == ["uv run carneytl list", "uv run pytest"]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_documentation_is_not_a_diary(page):
    text = page.read_text(encoding="utf-8").lower()
    assert not [phrase for phrase in DIARY if phrase in text]


def test_the_licence_is_the_one_pyproject_declares():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n")
    assert "Copyright (c) 2026 the carneytl authors" in licence


# A Markdown link or image: [text](target) or ![alt](target), the target up to a space or ')'.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")


def _links(page: Path) -> list[str]:
    """Every link target of ``page`` outside code, where a bracket is no link."""
    text = CODE_SPAN.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    return LINK.findall(text)


def _relative(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE)


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    words = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return words.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    return {_anchor(m) for m in re.findall(r"^#{1,6}\s+(.+?)\s*#*$", text, re.MULTILINE)}


def _broken(page: Path) -> list[str]:
    broken = []
    for target in filter(_relative, _links(page)):
        path, _, fragment = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif fragment and linked.suffix == ".md" and fragment not in _anchors(linked):
            broken.append(f"{target}: no heading #{fragment} in {linked.name}")
    return broken


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(page):
    assert _broken(page) == []


def test_the_link_check_finds_a_missing_file_and_a_missing_heading(tmp_path):
    (tmp_path / "there.md").write_text("# Here it is\n\n## `list`: the table\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "[a](there.md) [b](there.md#here-it-is) [c](there.md#list-the-table) "
        "[d](https://example.org/x.md) [e](#top) ![f](gone.svg) [g](there.md#nowhere)\n"
        "# Top\n\n`[not](a-link.md)`\n\n```\n[nor](this.md)\n```\n",
        encoding="utf-8",
    )
    assert _broken(page) == [
        "gone.svg: no such file",
        "there.md#nowhere: no heading #nowhere in there.md",
    ]


# The module map names each module by its path under src/carneytl, with or without ``.py``;
# a package two levels down (``extract/rules/``) may be named as a whole.
SRC = ROOT / "src" / "carneytl"


def _named_in(page: Path) -> set[str]:
    spans = re.findall(r"`([^`\n]+)`", page.read_text(encoding="utf-8"))
    return {span.removesuffix(".py").rstrip("/") for span in spans}


def test_the_module_map_names_every_module():
    named = _named_in(ROOT / "docs" / "design.md")
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if path.name == "__init__.py" and len(relative.parts) > 1:
            continue  # a package's own docstring describes it; its modules are mapped
        own = relative.with_suffix("").as_posix()
        whole = relative.parent.as_posix() if len(relative.parts) > 2 else None
        if own not in named and whole not in named:
            missing.append(relative.as_posix())
    assert missing == [], "add these to the module map in docs/design.md"


def test_the_test_list_names_every_test_file():
    names = _named_in(ROOT / "docs" / "testing.md")
    patterns = [name for name in names if "*" in name]
    missing = [
        path.name
        for path in sorted((ROOT / "tests").glob("test_*.py"))
        if path.stem not in names and not any(fnmatch(path.stem, p) for p in patterns)
    ]
    assert missing == [], "add these to the table in docs/testing.md"
