"""The edit lock: no lock file left beside a store, and still one editor at a time."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from carneytl.cli import app
from carneytl.editing.lock import LockTimeoutError, lock_path, store_lock
from carneytl.editing.transaction import NewEvent, add_event, remove_event
from carneytl.errors import StoreError, UsageError
from carneytl.storage.stores import load_store

STORE = "version: 1\nevents:\n  - id: seed\n    date: 2018\n    title: Seed\n"


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_no_lock_file_is_left_after_an_edit_or_a_refused_one(write_store, tmp_path):
    path = write_store(STORE)
    add_event(path, NewEvent(date="2019", title="New"))
    assert names(tmp_path) == ["store.yaml"]
    with pytest.raises(UsageError):
        add_event(path, NewEvent(date="2019-13", title="Refused"))
    assert names(tmp_path) == ["store.yaml"]
    remove_event(path, "new")
    broken = write_store("events:\n  - id: a\n    date: 2018-13\n    title: t\n", "broken.yaml")
    with pytest.raises(StoreError):
        add_event(broken, NewEvent(date="2019", title="t"))
    assert names(tmp_path) == ["broken.yaml", "store.yaml"]


def test_no_lock_file_is_left_by_the_cli(runner, write_store, tmp_path):
    path = write_store(STORE)
    for args in (["add", "--date", "2019", "--title", "t"], ["add", "--date", "x", "--title", "t"]):
        runner.invoke(app, [*args, "-s", str(path)])
        assert names(tmp_path) == ["store.yaml"]


def test_a_second_taker_waits_for_the_lock_and_times_out(write_store):
    target = write_store(STORE).resolve()
    waits = []
    with (
        store_lock(target, timeout=1),
        pytest.raises(LockTimeoutError),
        store_lock(target, timeout=0.2, on_wait=lambda: waits.append(1)),
    ):
        pass  # pragma: no cover - never reached
    assert waits == [1]
    assert not lock_path(target).exists()


# A writer that stops right after opening the lock file, before locking it, until told to go on.
LATE_WAITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from carneytl.editing.transaction import NewEvent, add_event

    real_open = os.open
    paused = []

    def open_then_pause(path, flags, mode=0o777, **kwargs):
        handle = real_open(path, flags, mode, **kwargs)
        if str(path).endswith(".lock") and not paused:
            paused.append(handle)
            print("opened", flush=True)
            sys.stdin.readline()
        return handle

    os.open = open_then_pause
    add_event(
        Path(sys.argv[1]),
        NewEvent(date="2019", title="Late"),
        on_wait=lambda: print("waiting", flush=True),
    )
    print("added", flush=True)
    """
)


def test_a_waiter_holding_a_deleted_lock_file_starts_again_instead_of_editing(write_store):
    # The race that makes deleting a lock file unsafe without the rule in editing/lock.py:
    # B opens the lock file while A holds it; A deletes it and lets go; C makes a new one and
    # locks it; B then locks the old, deleted file. B must see that and wait for C.
    path = write_store(STORE)
    target = path.resolve()
    with store_lock(target, timeout=5):  # A
        late = subprocess.Popen(
            [sys.executable, "-c", LATE_WAITER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert late.stdin is not None
        assert late.stdout is not None
        assert late.stdout.readline() == "opened\n"
    assert not lock_path(target).exists()
    before = path.read_bytes()
    with store_lock(target, timeout=5):  # C
        late.stdin.write("go\n")
        late.stdin.flush()
        assert late.stdout.readline() == "waiting\n"
        assert path.read_bytes() == before
    out, _ = late.communicate(timeout=60)
    assert (out, late.returncode) == ("added\n", 0)
    assert [e.id for e in load_store(path).events] == ["seed", "late"]
    assert not lock_path(target).exists()
