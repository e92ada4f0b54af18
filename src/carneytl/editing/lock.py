"""The lock that queues edits of one store: a file beside it that exists only while an edit runs.

On POSIX the lock is ``flock`` on ``STORE.lock``; the kernel drops it when its holder exits, so
a killed edit never leaves the store locked. The holder deletes the file before it lets go, so
a story's folder (often a git repository) is not left with one. Deleting a lock file is safe
only with a rule every taker follows, because a waiter may already have the old file open:

* take ``flock`` on the file opened at the path, then check that the path still names that
  same file; if the holder deleted it (or another took its place) meanwhile, start again;
* delete the file while still holding it, and only then let go.

A waiter that wins the lock on a deleted file thus finds out and never edits alongside the
process that made the new one. filelock's Unix lock keeps its file for exactly this reason,
lacking the second check; where ``fcntl`` does not exist (Windows), filelock's lock is used,
which deletes its file on release as far as Windows allows.
"""

from __future__ import annotations

import contextlib
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

# How often a waiting edit tries the lock again, in seconds.
_POLL = 0.05


class LockTimeoutError(Exception):
    """The lock was held by another process for longer than the caller would wait."""


class LockFailedError(Exception):
    """The lock file cannot be made or locked; the message says why (a read-only folder...)."""


def lock_path(target: Path) -> Path:
    """The lock file of the store ``target``: beside it, its name plus ``.lock``."""
    return target.with_name(target.name + ".lock")


@contextlib.contextmanager
def store_lock(
    target: Path, *, timeout: float, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the lock of the store ``target`` for the ``with`` block, then delete its file.

    ``on_wait`` is called once, when the lock is found held by another process.

    Raises:
        LockTimeoutError: another process held the lock for ``timeout`` seconds.
        LockFailedError: the lock file cannot be made or locked (a read-only folder, say).
    """
    try:
        import fcntl  # noqa: F401 - only to learn whether flock exists here
    except ImportError:  # pragma: no cover - Windows
        with _filelock(target, timeout=timeout, on_wait=on_wait):
            yield
        return
    path = lock_path(target)
    try:
        handle = _acquire(path, timeout=timeout, on_wait=on_wait)
    except OSError as exc:
        raise LockFailedError(exc.strerror or str(exc)) from None
    try:
        yield
    finally:
        try:
            # Deleted before the lock is let go: see the module's docstring.
            with contextlib.suppress(OSError):
                if os.path.samestat(os.fstat(handle), path.stat()):
                    path.unlink()
        finally:
            os.close(handle)  # closing the only descriptor drops the flock


def _acquire(path: Path, *, timeout: float, on_wait: Callable[[], None] | None) -> int:
    """Open and lock the file at ``path`` that is still there once locked; return its handle."""
    import fcntl

    deadline = time.monotonic() + timeout
    waited = False
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        handle = os.open(path, flags, 0o666)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            if not waited and on_wait is not None:
                on_wait()
            waited = True
            if time.monotonic() >= deadline:
                raise LockTimeoutError from None
            time.sleep(_POLL)
            continue
        except BaseException:
            os.close(handle)
            raise
        try:
            if os.path.samestat(os.fstat(handle), path.stat()):
                return handle
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(handle)
            raise
        # The holder before us deleted this file as it let go: the lock now lives in a new one.
        os.close(handle)


@contextlib.contextmanager
def _filelock(  # pragma: no cover - Windows
    target: Path, *, timeout: float, on_wait: Callable[[], None] | None
) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_path(target)))
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait()
            lock.acquire(timeout=timeout)
    except Timeout:
        raise LockTimeoutError from None
    except OSError as exc:
        raise LockFailedError(exc.strerror or str(exc)) from None
    try:
        yield
    finally:
        lock.release()
