"""The least CPU time of a few runs of some work: what the side-by-side benchmarks compare."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def least_cpu(work: Callable[[], object], repeat: int, *, warm: bool = False) -> float:
    """The least CPU seconds (``time.process_time``) ``work`` took over ``repeat`` runs.

    The least, not the mean: on a shared machine other work only ever adds time. ``warm``
    runs the work once first, untimed, for caches filled on first use.
    """
    if warm:
        work()
    times = []
    for _ in range(repeat):
        began = time.process_time()
        work()
        times.append(time.process_time() - began)
    return min(times)
