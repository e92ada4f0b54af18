"""Run carneytl in a real process, as a shell would, for tests of exit codes and streams."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def carneytl(
    *args: str | bytes, stdin: str | None = None, **options: Any
) -> subprocess.CompletedProcess[str]:
    """``python -m carneytl ARGS``: its exit code, stdout and stderr as text, never raising."""
    return subprocess.run(
        [sys.executable, "-m", "carneytl", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **options,
    )
