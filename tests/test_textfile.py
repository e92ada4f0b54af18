"""Articles, reviews and timelines are read by one reader: one limit, one wording of refusals."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.errors import CarneyError, ExitStatus, UsageError
from carneytl.storage import textfile

STORE = Path(__file__).parent / "data" / "articles" / "story.yaml"

# Each command that reads such a text, and the words it names that text by.
READERS = {
    "extract": (["extract", "{path}", "--published", "2026-01-14"], "an article"),
    "accept": (["accept", "{path}", "--store", "{store}"], "a review"),
    "import": (["import", "{path}"], "a timeline"),
}


def _first_error(runner, tmp_path, command, path):
    store = tmp_path / "story.yaml"
    shutil.copyfile(STORE, store)
    before = store.read_bytes()
    words, _ = READERS[command]
    args = [word.format(path=path, store=store) for word in words]
    result = runner.invoke(app, args)
    assert result.exit_code == ExitStatus.FAILURE, result.output
    assert result.stdout == ""
    assert store.read_bytes() == before
    return result.stderr.splitlines()[0]


@pytest.mark.parametrize("command", READERS)
def test_binary_bytes_are_refused_alike(runner, tmp_path, command):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"2018\x00\x01")
    error = _first_error(runner, tmp_path, command, path)
    assert error == f"error: {path} looks like a binary file, not text"


@pytest.mark.parametrize("command", READERS)
def test_text_that_is_not_utf8_is_refused_alike(runner, tmp_path, command):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café, 2018".encode("latin-1"))
    error = _first_error(runner, tmp_path, command, path)
    assert error == f"error: {path} is not UTF-8 text (byte 0xe9 at offset 3)"


@pytest.mark.parametrize("command", READERS)
def test_a_directory_is_refused_alike(runner, tmp_path, command):
    folder = tmp_path / "folder"
    folder.mkdir()
    error = _first_error(runner, tmp_path, command, folder)
    assert error == f"error: {folder}: is a directory, not a text file"


@pytest.mark.parametrize("command", READERS)
def test_a_text_over_the_limit_is_refused_naming_what_it_should_be(
    runner, tmp_path, monkeypatch, command
):
    monkeypatch.setattr(textfile, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "long.txt"
    path.write_text("In 2018 it rained. " * 10, encoding="utf-8")
    error = _first_error(runner, tmp_path, command, path)
    _, what = READERS[command]
    assert error == f"error: {path} is over the 0.0001 MB {what} may be"


def test_a_text_at_the_limit_is_read_whole_and_one_byte_more_is_refused(tmp_path, monkeypatch):
    data = "\ufeffIn 2018.".encode()
    monkeypatch.setattr(textfile, "MAX_TEXT_BYTES", len(data))
    path = tmp_path / "short.txt"
    path.write_bytes(data)
    assert textfile.read_text(str(path), "an article") == ("In 2018.", str(path))
    path.write_bytes(data + b" ")
    with pytest.raises(CarneyError, match="is over the"):
        textfile.read_text(str(path), "an article")


@pytest.mark.parametrize("what", ["an article", "a review", "a timeline"])
def test_standard_input_on_a_terminal_is_refused_naming_the_text(monkeypatch, what):
    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(b"typed text\n")))
    with pytest.raises(CarneyError, match=f"^- reads {what} piped in, not a terminal$"):
        textfile.read_text("-", what)


def test_closed_standard_input_is_refused_as_a_terminal_is(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(CarneyError, match=r"^- reads a review piped in, not a terminal$"):
        textfile.read_text("-", "a review")


def test_an_empty_path_is_a_usage_error():
    with pytest.raises(UsageError, match="the path given is empty"):
        textfile.read_text("", "a timeline")
