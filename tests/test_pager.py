import io
import os
import shlex
import sys
import time

import pytest

from carneytl.output import Environment, write
from carneytl.pager import pager_command

COPY = """\
import sys
with open(sys.argv[1], "w") as out:
    for line in sys.stdin:
        out.write(line)
        out.flush()
"""


def terminal(tmp_path, command=None, height=10):
    pager = (
        (sys.executable, "-c", COPY, str(tmp_path / "paged.txt")) if command is None else command
    )
    return Environment(
        io.StringIO(),
        io.StringIO(),
        is_terminal=True,
        color=False,
        width=80,
        pager=pager,
        height=height,
    )


def test_output_longer_than_the_screen_goes_through_the_pager(tmp_path):
    env = terminal(tmp_path)
    text = "".join(f"line {i}\n" for i in range(30))
    write(text, env)
    assert (tmp_path / "paged.txt").read_text() == text
    assert env.stdout.getvalue() == ""


def test_output_that_fits_on_the_screen_is_written_directly(tmp_path):
    env = terminal(tmp_path)
    write("one\ntwo\n", env)
    assert env.stdout.getvalue() == "one\ntwo\n"
    assert not (tmp_path / "paged.txt").exists()


def test_the_pager_shows_the_first_screen_before_the_last_row_is_made(tmp_path):
    paged = tmp_path / "paged.txt"
    seen_before_end = []

    def rows():
        yield "".join(f"row {i}\n" for i in range(20))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if paged.exists() and "row 19" in paged.read_text():
                seen_before_end.append(True)
                break
            time.sleep(0.02)
        yield "last row\n"

    write(rows(), terminal(tmp_path))
    assert seen_before_end == [True]
    assert paged.read_text().endswith("row 19\nlast row\n")


def test_a_missing_pager_falls_back_to_plain_output(tmp_path):
    env = terminal(tmp_path, command=("carneytl-no-such-pager-here",))
    text = "x\n" * 50
    write(text, env)
    assert env.stdout.getvalue() == text


def test_a_pager_quit_early_ends_the_output_quietly(tmp_path):
    env = terminal(tmp_path, command=(sys.executable, "-c", "pass"))
    write(iter(["y\n" * 5000] * 50), env)
    assert env.stdout.getvalue() == ""


def test_a_pipe_is_never_paged(monkeypatch):
    monkeypatch.setenv("PAGER", "less")
    env = Environment.from_system(page=True)
    assert env.pager is None


@pytest.mark.parametrize(
    ("carneytl_pager", "pager", "expected"),
    [
        (None, None, ("less", "-FRX")),
        (None, "most -s", ("most", "-s")),
        (None, "", None),
        (None, "cat", None),
        ("less -R", "more", ("less", "-R")),
        ("", "more", None),
    ],
)
def test_the_pager_comes_from_carneytl_pager_then_pager(
    monkeypatch, carneytl_pager, pager, expected
):
    for name, value in (("CARNEYTL_PAGER", carneytl_pager), ("PAGER", pager)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert pager_command() == expected


def _paged(on_a_terminal, tmp_path, args, lines):
    """Run carneytl on a terminal ``lines`` high, its pager copying the page to a file; read it."""
    paged = tmp_path / "paged.txt"
    script = tmp_path / "pager.py"
    script.write_text(COPY)
    env = dict(
        os.environ,
        CARNEYTL_PAGER=shlex.join([sys.executable, str(script), str(paged)]),
        LINES=str(lines),
        COLUMNS="80",
    )
    result = on_a_terminal([*args, "--today", "2026-11-28", "--no-color"], env)
    assert result.returncode == 0, result.stderr
    return paged.read_text()


def test_list_on_a_terminal_pages_the_table(on_a_terminal, tmp_path):
    assert "Meng Wanzhou" in _paged(on_a_terminal, tmp_path, ["list"], 10)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["timeline"], "Meng Wanzhou"),
        (["timeline", "--scale"], "Meng Wanzhou"),
        (["stats"], "Xi Jinping"),
        (["show", "carney-china-visit-2026"], "canadian-press-2026-01-13"),
    ],
)
def test_the_drawn_views_page_like_list(on_a_terminal, tmp_path, args, expected):
    assert expected in _paged(on_a_terminal, tmp_path, args, 5)


def test_a_drawn_view_in_a_pipe_is_never_paged(tmp_path):
    import subprocess

    paged = tmp_path / "paged.txt"
    script = tmp_path / "pager.py"
    script.write_text(COPY)
    env = dict(
        os.environ, CARNEYTL_PAGER=shlex.join([sys.executable, str(script), str(paged)]), LINES="5"
    )
    result = subprocess.run(
        [sys.executable, "-m", "carneytl", "stats", "--today", "2026-11-28"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "Xi Jinping" in result.stdout
    assert not paged.exists()
