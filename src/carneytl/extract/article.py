"""Reading the article to extract from: a UTF-8 text file or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from carneytl.errors import STDIN, STDIN_LABEL, CarneyError, EmptyInputError, UsageError

# A long-form article is well under a megabyte; sixteen take the tagger several seconds. More
# is not an article (a log, a device like /dev/zero), and reading it all could exhaust memory.
MAX_ARTICLE_BYTES = 16_000_000


def read_article(file: str) -> tuple[str, str]:
    """Read the article from a file or standard input; return its text and a label for it.

    Raises:
        UsageError: the path is empty.
        CarneyError: standard input is a terminal; the file is missing, a directory,
            unreadable, over 16 MB, binary, or not UTF-8 text.
        EmptyInputError: the text is nothing but blank space.
    """
    data, label = _read_bytes(file)
    if len(data) > MAX_ARTICLE_BYTES:
        raise CarneyError(
            f"{label} is over the {MAX_ARTICLE_BYTES / 1_000_000:g} MB an article may be",
            hint="extract from the article's own text, or from one part of it at a time",
        )
    if b"\x00" in data:
        raise CarneyError(f"{label} looks like a binary file, not text")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise CarneyError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        # Said before anything else is asked of it: an empty file lacks a publication day
        # too, but that is not what is wrong with it.
        raise EmptyInputError(f"{label} is empty")
    return text, label


def _read_bytes(file: str) -> tuple[bytes, str]:
    """Read up to one byte past the limit: that tells a text too long without holding more."""
    if file == STDIN:
        if sys.stdin is None or sys.stdin.isatty():
            # Nothing is piped in: reading would wait, silently, for text typed at the prompt.
            raise CarneyError(
                "- reads an article piped in, not a terminal",
                hint="pipe the text in (cat article.txt | carneytl extract - ...) "
                "or give the file's path",
            )
        return sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), STDIN_LABEL
    if not file:
        raise UsageError("FILE is empty", hint="give the article's path, or - for standard input")
    try:
        with Path(file).open("rb") as handle:
            return handle.read(MAX_ARTICLE_BYTES + 1), file
    except FileNotFoundError:
        raise CarneyError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise CarneyError(f"{file}: is a directory, not a text file") from None
    except OSError as exc:
        raise CarneyError(f"{file}: cannot read: {exc.strerror}") from None
