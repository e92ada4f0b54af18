"""The documentation's shape: a short README as the front door, pages that state what is."""

from __future__ import annotations

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
