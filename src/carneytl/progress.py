"""A progress indicator on stderr for slow steps, shown only on a terminal and only when slow."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TextIO

_FRAMES = "|/-\\"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress(
    message: str, stream: TextIO | None = None, *, after: float = 1.0, every: float = 0.2
) -> Iterator[None]:
    """Show ``message`` with a spinner and the seconds taken while the block runs.

    Nothing appears for a block that ends within ``after`` seconds, on a stream that is not a
    terminal, or in a pipe; the line is erased when the block ends, so what follows on stderr
    (an error, say) starts on a clean line.
    """
    out = sys.stderr if stream is None else stream
    if not _is_terminal(out):
        yield
        return
    import threading

    done = threading.Event()
    started = time.monotonic()

    def spin() -> None:
        if done.wait(after):
            return
        frame = 0
        while True:
            elapsed = time.monotonic() - started
            out.write(f"\r{_FRAMES[frame % len(_FRAMES)]} {message} {elapsed:.0f} s")
            out.flush()
            frame += 1
            if done.wait(every):
                break
        out.write("\r\x1b[K")
        out.flush()

    spinner = threading.Thread(target=spin, name="carneytl-progress", daemon=True)
    spinner.start()
    try:
        yield
    finally:
        done.set()
        spinner.join()
