"""Shared fixtures: a fixed today, a CLI runner, and small stores written on the fly."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no user store, colour or width settings from the machine running them."""
    for name in ("CARNEYTL_STORE", "NO_COLOR", "COLUMNS", "CARNEYTL_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test, and every subprocess it starts, caches in a fresh directory of its own."""
    monkeypatch.setenv("CARNEYTL_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def write_store(tmp_path: Path) -> Callable[..., Path]:
    """Write text to a store file and return its path."""

    def write(text: str, name: str = "store.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def on_a_terminal() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``carneytl ARGS`` with stdin and stdout on a pseudo-terminal, its stderr kept.

    What it writes to the terminal is not read: a test looks at its pager's file or stderr.
    """
    if not hasattr(os, "openpty"):
        pytest.skip("needs a pseudo-terminal")

    def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        controller, worker = os.openpty()
        try:
            return subprocess.run(
                [sys.executable, "-m", "carneytl", *args],
                stdin=worker,
                stdout=worker,
                stderr=subprocess.PIPE,
                env=env,
                timeout=60,
                check=False,
                text=True,
            )
        finally:
            os.close(worker)
            os.close(controller)

    return run
