"""Paths that cannot be read and paths that are empty: one wording, one exit status."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carneytl.cli import app

STORE = "events:\n  - id: one\n    date: 2026-01-10\n    title: First\n"


@pytest.fixture
def unreadable(write_store, monkeypatch):
    """A store this process may not read, as it is for a user other than its owner."""
    path = write_store(STORE, "secret.yaml")
    real_access, real_open = os.access, Path.open

    def access(target, mode, *args, **kwargs):
        if Path(target) == path and mode & os.R_OK:
            return False
        return real_access(target, mode, *args, **kwargs)

    def open_(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(Path, "open", open_)
    return path


@pytest.mark.parametrize("command", [["list"], ["timeline"], ["stats"], ["show", "one"]])
def test_an_unreadable_store_is_said_like_a_missing_one_and_exits_1(runner, unreadable, command):
    result = runner.invoke(app, [*command, "--store", str(unreadable)])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"error: {unreadable}: cannot read: Permission denied\n"


def test_an_unreadable_store_from_the_environment_is_said_the_same_way(runner, unreadable):
    result = runner.invoke(app, ["list"], env={"CARNEYTL_STORE": str(unreadable)})
    assert result.exit_code == 1
    assert result.stderr == f"error: {unreadable}: cannot read: Permission denied\n"


def test_check_reports_an_unreadable_file_as_a_problem(runner, unreadable):
    result = runner.invoke(app, ["check", str(unreadable)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == f"{unreadable}: cannot read: Permission denied"


def test_an_edit_of_an_unreadable_store_exits_1(runner, unreadable):
    result = runner.invoke(app, ["remove", "one", "--store", str(unreadable)])
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr
    assert "invalid value" not in result.stderr


# Linux's prctl(2) request and the two capabilities that let root read and search every file.
_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 24, 1, 2
_NOBODY = 65534


def _drop_the_right_to_read_every_file() -> None:
    """In the child, before it runs Python: root gives up reading files whatever their mode."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) was refused")


def _run_bound_by_file_modes(args: list[str], path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``args`` as a process that ``path``'s mode binds, or skip saying why none can be."""
    run = functools.partial(
        subprocess.run, args, capture_output=True, text=True, timeout=60, check=False
    )
    if not hasattr(os, "geteuid"):
        pytest.skip("no POSIX file modes here: a mode of 000 cannot keep a file from its owner")
    if os.geteuid() != 0:
        if os.access(path, os.R_OK):
            pytest.skip("this file system ignores mode bits, so the file stays readable")
        return run()
    # Root reads every file. Under Linux it can give that up and stay root, so the interpreter
    # is still in reach where it lies under root's own home; elsewhere it becomes nobody.
    if sys.platform == "linux":
        try:
            return run(preexec_fn=_drop_the_right_to_read_every_file)
        except (OSError, subprocess.SubprocessError) as error:
            reason = f"root cannot give up reading every file here ({error})"
    else:
        nobody = {"user": _NOBODY, "group": _NOBODY, "extra_groups": []}
        probe = [sys.executable, "-c", f"import os; os.stat({str(path.parent)!r})"]
        try:
            reached = subprocess.run(probe, capture_output=True, timeout=60, check=False, **nobody)
        except OSError as error:
            reason = f"user {_NOBODY} cannot run this Python ({error})"
        else:
            if reached.returncode == 0:
                return run(**nobody)
            reason = (
                f"user {_NOBODY} cannot reach {path.parent}, so the mode would not be what stops it"
            )
    pytest.skip(reason)


def test_a_file_without_read_permission_exits_1_in_a_real_process(write_store):
    path = write_store(STORE, "locked.yaml")
    path.chmod(0)
    done = _run_bound_by_file_modes(
        [sys.executable, "-m", "carneytl", "list", "-s", str(path)], path
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"error: {path}: cannot read: Permission denied\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["list", "-s", ""], "'--store'"),
        (["list", "--store="], "'--store'"),
        (["check", ""], "'[PATH]...'"),
        (["remove", "x", "-s", ""], "'--store'"),
        (["list", "--export-svg", ""], "'--export-svg'"),
        (["timeline", "--export-html", ""], "'--export-html'"),
        (["--store", "", "list"], "'--store'"),
    ],
)
def test_an_empty_path_is_refused_as_empty(runner, args, option):
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for {option}: the path is empty" in result.stderr
    assert "directory" not in result.stderr


@pytest.mark.parametrize("value", ["a.yaml:", ":a.yaml", "a.yaml::b.yaml", ""])
def test_an_empty_entry_in_carneytl_store_is_refused_naming_the_variable(
    runner, write_store, value
):
    write_store(STORE, "a.yaml")
    write_store(STORE.replace("one", "two"), "b.yaml")
    if value == "":
        # An empty variable names no store at all: the embedded one is read, as when unset.
        result = runner.invoke(app, ["list", "--json"], env={"CARNEYTL_STORE": value})
        assert result.exit_code == 0
        return
    result = runner.invoke(app, ["list"], env={"CARNEYTL_STORE": value})
    assert result.exit_code == 2, result.output
    assert "Invalid value for CARNEYTL_STORE: it holds an empty path" in result.stderr


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carneytl", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "CARNEYTL_STORE": "mine.yaml:"},
    )


def test_the_empty_path_message_in_carneytls_own_words():
    done = run_main("list")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        (
            "error: invalid value for CARNEYTL_STORE: it holds an empty path "
            f"(a {os.pathsep!r} at either end, or two together)"
        ),
        "usage: carneytl list [OPTIONS]",
        "see 'carneytl list --help'",
    ]


def test_extract_refuses_an_empty_file_name(runner):
    result = runner.invoke(app, ["extract", "", "--published", "2026-01-14"])
    assert result.exit_code == 2
    assert "error: the path given is empty" in result.stderr
