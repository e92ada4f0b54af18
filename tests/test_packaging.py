"""Packaging: the built wheel carries the embedded store, so `pip install .` needs no path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel once, with uv as the README does."""
    uv = shutil.which("uv")
    assert uv is not None, "uv builds the wheel, as in the README"
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [uv, "build", "--wheel", "--quiet", "-o", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("carneytl-*.whl")
    return built


def test_the_wheel_contains_the_embedded_store_and_the_entry_points(wheel):
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("carneytl/data/events.yaml")
        names = archive.namelist()
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = archive.read(entry_points).decode()
    assert packed == (ROOT / "data" / "events.yaml").read_bytes()
    assert "carneytl/__main__.py" in names
    assert "carneytl = carneytl.cli:main" in scripts


def test_the_installed_package_finds_its_store_with_no_path(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}

    def python(*args: str) -> str:
        """Run Python outside the checkout, seeing only the installed package."""
        return subprocess.run(
            [sys.executable, *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout

    done = python("-m", "carneytl", "between", "2018", "2018", "--json")
    assert [rec["id"] for rec in json.loads(done)] == [
        "meng-arrest",
        "kovrig-spavor-detained",
    ]
    where = python("-c", "from carneytl.storage.stores import default_store_path as p; print(p())")
    assert Path(where.strip()) == site / "carneytl" / "data" / "events.yaml"


def test_the_wheel_carries_the_story_page_and_writes_it_installed(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for part in ("page.html", "page.css", "days.js", "story.js", "axis.js", "page.js"):
        assert f"carneytl/render/page/{part}" in names
    page = subprocess.run(
        [sys.executable, "-m", "carneytl", "list", "--format", "html"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert page.startswith("<!doctype html>")
    assert '"id":"meng-arrest"' in page
