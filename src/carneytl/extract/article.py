"""Reading the article to extract from: a UTF-8 text file or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from carneytl.errors import CarneyError

STDIN = "-"


def read_article(file: str) -> tuple[str, str]:
    """Read the article from a file or standard input; return its text and a label for it.

    Raises:
        CarneyError: the file is missing, a directory, unreadable, or not UTF-8 text.
    """
    if file == STDIN:
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        try:
            data = Path(file).read_bytes()
        except FileNotFoundError:
            raise CarneyError(f"{file}: no such file") from None
        except IsADirectoryError:
            raise CarneyError(f"{file}: is a directory, not a text file") from None
        except OSError as exc:
            raise CarneyError(f"{file}: cannot read: {exc.strerror}") from None
        label = file
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), label
    except UnicodeDecodeError as exc:
        raise CarneyError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
