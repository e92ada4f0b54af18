"""Paging long output on a terminal through ``$PAGER``, the way git and gh do.

Output that fits on the screen is written straight to the terminal. Longer output goes to the
pager as it is produced: the pager starts as soon as one screenful is known, so the first
screen shows while later rows are still being laid out.
"""

from __future__ import annotations

import os
import shlex
import signal
from contextlib import suppress
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import TextIO

DEFAULT_PAGER = "less -FRX"


def pager_command() -> tuple[str, ...] | None:
    """Return the pager to run: ``CARNEYTL_PAGER``, else ``PAGER``, else ``less -FRX``.

    An empty value or ``cat`` means no pager, as in git.
    """
    for name in ("CARNEYTL_PAGER", "PAGER"):
        value = os.environ.get(name)
        if value is not None:
            break
    else:
        value = DEFAULT_PAGER
    try:
        words = tuple(shlex.split(value))
    except ValueError:
        return None
    if not words or words == ("cat",):
        return None
    return words


def _pager_env(command: tuple[str, ...]) -> dict[str, str]:
    env = dict(os.environ)
    # Like git: a plain `less` still keeps colours, quits on one screen and leaves it shown.
    if os.path.basename(command[0]) == "less":  # noqa: PTH119 - a command name, not a path
        env.setdefault("LESS", "FRX")
    return env


def page(chunks: Iterable[str], *, stdout: TextIO, command: tuple[str, ...], height: int) -> None:
    """Write ``chunks`` to ``stdout``, or through ``command`` when they outrun ``height`` lines."""
    pending: list[str] = []
    lines = 0
    rest: Iterator[str] = iter(chunks)
    for chunk in rest:
        pending.append(chunk)
        lines += chunk.count("\n")
        if lines >= height:
            break
    else:
        stdout.write("".join(pending))
        stdout.flush()
        return
    _run_pager(chain(pending, rest), stdout=stdout, command=command)


def _run_pager(chunks: Iterator[str], *, stdout: TextIO, command: tuple[str, ...]) -> None:
    import subprocess

    stdout.flush()
    try:
        pager = subprocess.Popen(  # noqa: S603 - the user's own pager, as git runs it
            command,
            stdin=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_pager_env(command),
        )
    except OSError:
        # No such pager: the output still matters more than the paging.
        stdout.writelines(chunks)
        stdout.flush()
        return
    assert pager.stdin is not None  # noqa: S101 - stdin=PIPE always gives one
    # Ctrl-C belongs to the pager while it runs; carneytl waits for it to finish.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for chunk in chunks:
            pager.stdin.write(chunk)
            # Chunks are whole screens or more; flushing each lets the pager show it now.
            pager.stdin.flush()
        pager.stdin.close()
    except OSError:
        # The reader quit before the end (q in less): nothing more to show.
        with suppress(OSError):
            pager.stdin.close()
    finally:
        try:
            pager.wait()
        finally:
            signal.signal(signal.SIGINT, previous)


def terminal_height() -> int:
    """Return the screen's height in lines (``LINES``, else the terminal's, else 24)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).lines
