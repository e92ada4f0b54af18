"""Packaging: the built wheel carries the embedded store, so `pip install .` needs no path."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_contains_the_embedded_store(tmp_path):
    uv = shutil.which("uv")
    assert uv is not None, "uv builds the wheel, as in the README"
    subprocess.run(
        [uv, "build", "--wheel", "--quiet", "-o", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("carneytl-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("carneytl/data/events.yaml")
        names = archive.namelist()
    assert packed == (ROOT / "data" / "events.yaml").read_bytes()
    assert "carneytl/cli.py" in names
    assert "carneytl/__main__.py" in names
    assert any(name.endswith("entry_points.txt") for name in names)
