import io
import threading

import pytest

from carneytl.progress import progress


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_a_slow_step_on_a_terminal_shows_the_message_then_erases_it():
    out = FakeTerminal()
    shown = threading.Event()
    with progress("reading big.yaml…", out, after=0.0, every=0.01):
        for _ in range(500):
            if "reading big.yaml…" in out.getvalue():
                shown.set()
                break
            threading.Event().wait(0.01)
    assert shown.is_set()
    assert out.getvalue().endswith("\r\x1b[K")


def test_a_quick_step_shows_nothing():
    out = FakeTerminal()
    with progress("reading…", out, after=60.0):
        pass
    assert out.getvalue() == ""


def test_nothing_is_shown_when_stderr_is_not_a_terminal():
    out = io.StringIO()
    with progress("reading…", out, after=0.0, every=0.01):
        threading.Event().wait(0.05)
    assert out.getvalue() == ""


def test_an_error_inside_still_stops_the_indicator():
    out = FakeTerminal()
    with pytest.raises(ValueError, match="bad store"), progress("reading…", out, after=0.0):
        raise ValueError("bad store")
    assert all(t.name != "carneytl-progress" for t in threading.enumerate())
    # Whether or not it got to show, it leaves the line clean.
    assert out.getvalue() == "" or out.getvalue().endswith("\r\x1b[K")
