"""Reading the article to extract from: a UTF-8 text file or standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from carneytl.errors import STDIN_LABEL, CarneyError, UsageError

STDIN = "-"
# A long-form article is well under a megabyte; sixteen take the tagger several seconds. More
# is not an article (a log, a device like /dev/zero), and reading it all could exhaust memory.
MAX_ARTICLE_BYTES = 16_000_000


def read_article(file: str) -> tuple[str, str]:
    """Read the article from a file or standard input; return its text and a label for it.

    Raises:
        UsageError: the path is empty.
        CarneyError: standard input is a terminal; the file is missing, a directory,
            unreadable, over 16 MB, binary, or not UTF-8 text.
    """
    # One byte past the limit tells a text that is too long without holding more than that.
    if file == STDIN:
        if sys.stdin is None or sys.stdin.isatty():
            # Nothing is piped in: reading would wait, silently, for text typed at the prompt.
            raise CarneyError(
                "- reads an article piped in, not a terminal",
                hint="pipe the text in (cat article.txt | carneytl extract - ...) "
                "or give the file's path",
            )
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
        label = STDIN_LABEL
    elif not file:
        raise UsageError("FILE is empty", hint="give the article's path, or - for standard input")
    else:
        try:
            with Path(file).open("rb") as handle:
                data = handle.read(MAX_ARTICLE_BYTES + 1)
        except FileNotFoundError:
            raise CarneyError(f"{file}: no such file") from None
        except IsADirectoryError:
            raise CarneyError(f"{file}: is a directory, not a text file") from None
        except OSError as exc:
            raise CarneyError(f"{file}: cannot read: {exc.strerror}") from None
        label = file
    if len(data) > MAX_ARTICLE_BYTES:
        raise CarneyError(
            f"{label} is over the {MAX_ARTICLE_BYTES / 1_000_000:g} MB an article may be",
            hint="extract from the article's own text, or from one part of it at a time",
        )
    if b"\x00" in data:
        raise CarneyError(f"{label} looks like a binary file, not text")
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), label
    except UnicodeDecodeError as exc:
        raise CarneyError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
