"""The CarneyError tree: every failure a user can cause, with its exit status."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import IntEnum

# The name standard input goes by wherever a user sees it: in messages, in PATH:LINE:COL
# places, in a review's account of what was read. The compilers' spelling: unlike words such
# as "standard input", it names no file a user is likely to have.
STDIN_LABEL = "<stdin>"
# What a command line gives, in place of a path, for standard input.
STDIN = "-"


def input_label(path: str | os.PathLike[str]) -> str:
    """Return the name a user sees for an input given on the command line (``-``: stdin)."""
    text = os.fspath(path)
    return STDIN_LABEL if text == STDIN else text


class ExitStatus(IntEnum):
    """Process exit statuses, shared by every command."""

    OK = 0
    FAILURE = 1  # bad store, unknown id, I/O problem, nothing to read (an empty article)
    USAGE = 2  # bad arguments: the user can fix the command line
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class CarneyError(Exception):
    """Base of every error carneytl reports to a user; the message is written for them."""

    exit_status: ExitStatus = ExitStatus.FAILURE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        """Keep an optional hint apart from the message so the CLI can show it on its own line."""
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(CarneyError):
    """A command-line argument is wrong; the user can fix the command."""

    exit_status = ExitStatus.USAGE


class EmptyInputError(CarneyError):
    """An input holds no text at all (nothing, or only blank lines): nothing to read in it."""


def refuse_empty(text: str, label: str) -> None:
    """Raise :class:`EmptyInputError` if ``text`` is only blank space (and byte order marks).

    Said before any parse: an empty review or sheet would otherwise be reported as a
    malformed one, which is not what is wrong with it.
    """
    if not text.lstrip("\ufeff").strip():
        raise EmptyInputError(f"{label} is empty")


class DateError(CarneyError):
    """A date, interval or bound could not be parsed or is impossible."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a store, located as precisely as the format allows."""

    path: str
    line: int | None
    column: int | None
    message: str
    field: str | None = None

    def __str__(self) -> str:
        """Render as ``PATH:LINE:COL: message``, the form editors and compilers use."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class StoreError(CarneyError):
    """A store is missing, unreadable, malformed or invalid: one or more problems."""

    def __init__(self, problems: list[Problem]) -> None:
        """Hold every problem found, so they can be reported all at once."""
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = tuple(problems)


class OutputError(CarneyError):
    """Standard output cannot take what was written (a full disk, a device error)."""


class NotFoundError(CarneyError):
    """An event id that the store does not hold."""
