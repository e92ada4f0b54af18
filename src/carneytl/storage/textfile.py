"""Texts other than stores (an article, a review, a timeline), from a file or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from carneytl.errors import STDIN, CarneyError, UsageError, input_label, refuse_empty

# A long-form article is well under a megabyte, and so is a review of thousands of candidates;
# sixteen leave room for a whole archive at once. More is none of these (a log, a device like
# /dev/zero), and reading it all could exhaust memory.
MAX_TEXT_BYTES = 16_000_000


def read_text(file: str, what: str) -> tuple[str, str]:
    """Read ``what`` ("an article", "a review") from a file or ``-``; return its text and label.

    Raises:
        UsageError: the path is empty.
        CarneyError: standard input is a terminal; the file is missing, a directory,
            unreadable, over 16 MB, binary, or not UTF-8 text.
        EmptyInputError: the text is nothing but blank space.
    """
    label = input_label(file)
    data = _read_bytes(file, what)
    if len(data) > MAX_TEXT_BYTES:
        raise CarneyError(
            f"{label} is over the {MAX_TEXT_BYTES / 1_000_000:g} MB {what} may be",
            hint="split it, and give one part at a time",
        )
    if b"\x00" in data:
        raise CarneyError(f"{label} looks like a binary file, not text")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise CarneyError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    # Said before anything else is asked of it: an empty article lacks a publication day too,
    # and an empty review reads as a malformed one, but neither is what is wrong with it.
    refuse_empty(text, label)
    return text, label


def _read_bytes(file: str, what: str) -> bytes:
    """Read up to one byte past the limit: that tells a text too long without holding more."""
    if file == STDIN:
        if sys.stdin is None or sys.stdin.isatty():
            # Nothing is piped in: reading would wait, silently, for text typed at the prompt.
            raise CarneyError(
                f"- reads {what} piped in, not a terminal",
                hint="pipe the text in, or give the file's path",
            )
        return sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    if not file:
        raise UsageError(
            "the path given is empty", hint="give the file's path, or - for standard input"
        )
    try:
        with Path(file).open("rb") as handle:
            return handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        raise CarneyError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise CarneyError(f"{file}: is a directory, not a text file") from None
    except OSError as exc:
        raise CarneyError(f"{file}: cannot read: {exc.strerror}") from None
