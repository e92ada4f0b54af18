"""Real processes: concurrent adds, a writer killed mid-write, Ctrl-C, and a closed pipe."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from carneytl.storage.stores import load_store

STORE = "# kept\nversion: 1\nevents:\n  - id: seed\n    date: 2018\n    title: Seed\n"


def carneytl(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "carneytl", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ten_concurrent_adds_leave_ten_new_events_and_a_valid_file(write_store):
    path = write_store(STORE)
    processes = [
        carneytl("add", "--store", str(path), "--date", f"20{10 + n}", "--title", "Same title")
        for n in range(10)
    ]
    results = [(*p.communicate(), p.returncode) for p in processes]
    assert all(code == 0 for _, _, code in results), results
    ids = sorted(out.strip() for out, _, _ in results)
    assert len(set(ids)) == 10
    events = load_store(path).events
    assert len(events) == 11
    assert sorted(e.id for e in events if e.id != "seed") == ids
    # Each went in by date, whatever order the processes ran in.
    assert [e.date.text for e in events] == sorted(["2018", *(f"20{10 + n}" for n in range(10))])
    assert path.read_text(encoding="utf-8").startswith("# kept\n")


# A writer that stops just before making its temporary file durable, and says so.
PAUSED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from carneytl.editing.transaction import NewEvent, add_event

    real_fsync = os.fsync

    def pause(fd):
        sys.stdout.write("writing\\n")
        sys.stdout.flush()
        time.sleep(600)

    os.fsync = pause
    add_event(Path(sys.argv[1]), NewEvent(date="2019", title="Never lands"))
    """
)


def test_a_writer_killed_mid_write_leaves_the_old_file_intact(write_store):
    path = write_store(STORE)
    before = path.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", PAUSED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "writing\n"
    temporary = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(temporary) == 1  # the new text is on its way, beside the store
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert path.read_bytes() == before
    # The lock died with the writer: the next add goes through, and the store is valid.
    follower = carneytl("add", "--store", str(path), "--date", "2020", "--title", "After")
    assert follower.wait() == 0, follower.communicate()
    assert [e.id for e in load_store(path).events] == ["seed", "after"]
    # ...and clears away the dead writer's temporary file.
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


# A writer that stops right after renaming its new file over the store, and says so.
RENAMED_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from carneytl.editing import transaction

    def pause(folder):
        sys.stdout.write("renamed\\n")
        sys.stdout.flush()
        time.sleep(600)

    transaction._sync_folder = pause
    transaction.add_event(Path(sys.argv[1]), transaction.NewEvent(date="2019", title="Landed"))
    """
)


def test_a_writer_killed_after_the_rename_leaves_the_new_file_whole(write_store):
    path = write_store(STORE)
    writer = subprocess.Popen(
        [sys.executable, "-c", RENAMED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "renamed\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert [e.id for e in load_store(path).events] == ["seed", "landed"]
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_ctrl_c_while_waiting_for_the_lock_exits_130_quietly(write_store):
    from filelock import FileLock

    path = write_store(STORE)
    before = path.read_bytes()
    with FileLock(f"{path}.lock"):
        adder = carneytl(
            "add",
            "--store",
            str(path),
            "--date",
            "2020",
            "--title",
            "Waits",
            # A shell's background job (CI may be one) ignores SIGINT, and children inherit
            # that; give the child the default, as a terminal's foreground job would have.
            preexec_fn=_default_sigint,
        )
        assert adder.stderr is not None
        assert adder.stderr.readline().startswith("waiting for another carneytl")
        adder.send_signal(signal.SIGINT)
        _, err = adder.communicate()
    assert adder.returncode == 130
    assert "Traceback" not in err
    assert "Aborted" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("rows", [50, 500], ids=["rich table", "fast table"])
def test_a_closed_pipe_ends_the_listing_quietly_and_successfully(tmp_path, rows):
    events = "".join(f"  - id: e{n}\n    date: 2018\n    title: {'x' * 100}\n" for n in range(rows))
    path = tmp_path / "big.yaml"
    path.write_text(f"events:\n{events}", encoding="utf-8")
    for args in (["--json"], ["--format", "jsonl"], ["--no-color"], ["--format", "csv"]):
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader is gone before the first byte: like `| head -0`
        result = subprocess.run(
            [sys.executable, "-m", "carneytl", "list", "--store", str(path), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        os.close(write_end)
        assert result.stderr == "", args
        assert result.returncode == 0, args


def _run_into(stdout, *args: str) -> subprocess.CompletedProcess[str]:
    """Run carneytl with its standard output going to ``stdout`` (a file or a descriptor)."""
    return subprocess.run(
        [sys.executable, "-m", "carneytl", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("args", [["schema"], ["formats"], ["--version"], ["show", "meng-arrest"]])
def test_a_closed_pipe_ends_the_other_writers_quietly_and_successfully(args):
    read_end, write_end = os.pipe()
    os.close(read_end)
    result = _run_into(write_end, *args)
    os.close(write_end)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["list", "--no-color"],
        ["timeline"],
        ["schema"],
        ["--version"],
        ["--help"],
        ["list", "--help"],
    ],
)
def test_output_a_full_disk_refuses_is_one_error_line_and_exit_1(args):
    with Path("/dev/full").open("wb") as full:  # Linux: every write fails with ENOSPC
        result = _run_into(full, *args)
    assert result.returncode == 1
    assert result.stderr == "error: cannot write the output: No space left on device\n"


def test_an_add_whose_id_cannot_be_written_says_the_event_was_added_first(write_store):
    path = write_store(STORE)
    with Path("/dev/full").open("wb") as full:
        result = _run_into(full, "add", "--store", str(path), "--date", "2020", "--title", "New")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"added 'new' (2020) to {path}",
        "error: cannot write the output: No space left on device",
    ]
    assert [e.id for e in load_store(path).events] == ["seed", "new"]


def test_a_closed_standard_output_is_one_error_line_and_nothing_is_done(write_store):
    path = write_store(STORE)
    before = path.read_bytes()
    add = ["add", "-s", str(path), "--date", "2020", "--title", "X"]
    result = subprocess.run(
        [sys.executable, "-m", "carneytl", *add],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),  # the child starts with its stdout closed
    )
    assert (result.returncode, result.stderr) == (1, "error: standard output is closed\n")
    assert path.read_bytes() == before


def test_head_reading_one_line_ends_the_listing_quietly(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(
        "events:\n"
        + "".join(f"  - id: e{n}\n    date: 2018\n    title: t{n}\n" for n in range(3000)),
        encoding="utf-8",
    )
    lister = carneytl("list", "--store", str(path), "--format", "jsonl")
    assert lister.stdout is not None
    assert lister.stdout.readline().startswith('{"id": "e0"')
    lister.stdout.close()
    lister.wait()
    assert lister.stderr is not None
    assert lister.stderr.read() == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["list", "--frmat", "json"],
            [
                "error: no such option: --frmat (Possible options: --format)",
                "usage: carneytl list [OPTIONS]",
                "see 'carneytl list --help'",
            ],
        ),
        (
            ["between", "2018"],
            [
                "error: missing argument 'END'",
                "usage: carneytl between [OPTIONS] {START} {END}",
                "see 'carneytl between --help'",
            ],
        ),
        (
            ["list", "--format"],
            ["error: option '--format' requires an argument", "see 'carneytl list --help'"],
        ),
        (
            ["lst"],
            [
                "error: no such command 'lst'. Did you mean 'list'?",
                "usage: carneytl [OPTIONS] COMMAND [ARGS]...",
                "see 'carneytl --help'",
            ],
        ),
    ],
)
def test_a_command_line_click_cannot_parse_is_reported_like_every_other_error(args, expected):
    out, err = carneytl(*args).communicate(timeout=60)
    assert (out, err.splitlines()) == ("", expected)


def test_a_command_line_error_exits_2():
    process = carneytl("list", "--width", "10")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.startswith(
        "error: invalid value for '--width': 10 is not in the range 30<=x<=1000\n"
    )


def test_no_arguments_shows_the_help_on_stderr_and_exits_2():
    process = carneytl()
    out, err = process.communicate(timeout=60)
    assert (out, process.returncode) == ("", 2)
    assert err.startswith("Usage: carneytl [OPTIONS] COMMAND [ARGS]...")
    assert "  list " in err
