"""`source add` has the safeguards of the other edits: no twin or empty sources, a dry run."""

from __future__ import annotations

import pytest

from carneytl.accept import add_source
from carneytl.cli import app
from carneytl.editing.yamltext import with_source_added
from carneytl.errors import CarneyError, UsageError
from carneytl.storage.stores import load_store
from processes import carneytl

PORT = """\
version: 1
# The port story, kept by hand.
sources:
  - id: harbour-gazette-2026-01-21-canola-deal
    title: Canola deal
    publisher: Harbour Gazette
    published: 2026-01-21
    url: https://example.org/gazette/canola
events:
  - id: canola-deal
    date: 2026-01-20
    title: The canola deal is signed
    sources: [harbour-gazette-2026-01-21-canola-deal]
"""
KNOWN = "harbour-gazette-2026-01-21-canola-deal"


@pytest.fixture
def port(tmp_path):
    path = tmp_path / "port.yaml"
    path.write_text(PORT, encoding="utf-8")
    return path


def add(runner, port, *args):
    return runner.invoke(app, ["source", "add", "-s", str(port), *args])


def test_the_same_url_again_is_refused_naming_the_source_the_store_has(runner, port):
    result = add(
        runner, port, "--publisher", "Wire", "--url", "https://example.org/gazette/canola/"
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: the store already has this source, as {KNOWN!r} (the same url)\n"
    )
    assert result.stdout == ""
    assert port.read_text(encoding="utf-8") == PORT


def test_the_same_publisher_day_and_title_are_refused_however_written(runner, port):
    result = add(
        runner,
        port,
        *("--publisher", "harbour gazette", "--title", "CANOLA DEAL"),
        *("--published", "21 Jan 2026"),
    )
    assert result.exit_code == 1
    assert f"as {KNOWN!r} (the same publisher, day and title)" in result.stderr
    assert port.read_text(encoding="utf-8") == PORT


def test_running_the_same_command_twice_adds_one_source(runner, port):
    args = ("--publisher", "Port Radio", "--published", "2026-01-22", "--title", "Deal done")
    first = add(runner, port, *args)
    assert first.exit_code == 0, first.output
    second = add(runner, port, *args)
    assert second.exit_code == 1
    assert "as 'port-radio-2026-01-22-deal-done'" in second.stderr
    assert list(load_store(port).sources) == [KNOWN, "port-radio-2026-01-22-deal-done"]


def test_another_title_of_the_same_publisher_and_day_is_another_source(runner, port):
    result = add(
        runner, port, "--publisher", "Harbour Gazette", "--published", "2026-01-21", "--title", "Q"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "harbour-gazette-2026-01-21-q\n"


@pytest.mark.parametrize(
    "args", [(), ("--url", "https://example.org/x"), ("--published", "2026-01-21")]
)
def test_a_source_with_neither_title_nor_publisher_is_refused(runner, port, args):
    result = add(runner, port, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: a source needs a --title or a --publisher")
    assert port.read_text(encoding="utf-8") == PORT


def test_blank_text_is_no_title_and_is_refused_before_the_store_is_opened(tmp_path):
    never_read = tmp_path / "missing.yaml"
    with pytest.raises(UsageError, match="needs a --title or a --publisher"):
        add_source(never_read, {"title": "  ", "publisher": "\t"})


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2026-01-23", "2026-01-23"),
        ("23 Jan 2026", "2026-01-23"),
        ("January 23, 2026", "2026-01-23"),
        ("Jan 2026", "2026-01"),
        ("2026", "2026"),
        ("yesterday", "2026-01-23"),
    ],
)
def test_published_is_read_as_adds_date_is(runner, port, written, stored):
    result = add(
        runner,
        port,
        *("--publisher", "Port Radio", "--title", "Tugs"),
        *("--published", written, "--today", "2026-01-24"),
    )
    assert result.exit_code == 0, result.output
    (source,) = [s for s in load_store(port).sources.values() if s.title == "Tugs"]
    assert source.published == stored


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("Q1 2026", "--published 'Q1 2026' is a span (2026-01/2026-03)"),
        ("2026-01/2026-03", "--published '2026-01/2026-03' is a span"),
        ("sometime", "--published: 'sometime' is ambiguous or not a date"),
        ("2026-02-30", "--published: '2026-02-30' is not a real day"),
    ],
)
def test_a_published_that_is_no_single_date_is_refused(runner, port, written, words):
    result = add(runner, port, "--publisher", "Port Radio", "--published", written)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {words}")
    assert port.read_text(encoding="utf-8") == PORT


def test_a_bad_url_is_said_once_as_the_option(runner, port):
    result = add(runner, port, "--title", "Tugs", "--url", "ftp://x")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "error: --url: 'ftp://x' is not a web address (http or https)"
    assert lines[1].startswith("hint: ")


def test_a_dry_run_prints_the_diff_and_writes_nothing(runner, port):
    result = add(
        runner,
        port,
        *("--publisher", "Port Radio", "--published", "22 Jan 2026", "--title", "Deal done"),
        "--dry-run",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"would add source 'port-radio-2026-01-22-deal-done' to {port} (dry run: nothing written)\n"
    )
    added = [line for line in result.stdout.splitlines() if line.startswith("+ ")]
    assert added == [
        "+  - id: port-radio-2026-01-22-deal-done",
        "+    title: Deal done",
        "+    publisher: Port Radio",
        "+    published: 2026-01-22",
    ]
    assert port.read_text(encoding="utf-8") == PORT


def test_a_dry_run_refuses_what_the_real_run_refuses(runner, port):
    args = ("--url", "https://example.org/gazette/canola", "--title", "X")
    real = add(runner, port, *args)
    dry = add(runner, port, *args, "--dry-run")
    assert real.exit_code == dry.exit_code == 1
    assert real.stderr == dry.stderr


def test_the_function_returns_the_source_and_the_edit_it_would_make(port):
    source, edit = add_source(port, {"publisher": "Tug Times"}, dry_run=True)
    assert source.id == "tug-times"
    assert edit.before == PORT
    assert "  - id: tug-times\n    publisher: Tug Times\n" in edit.after
    assert port.read_text(encoding="utf-8") == PORT


def test_the_known_source_refusal_is_a_failure_not_a_usage_error(port):
    with pytest.raises(CarneyError) as caught:
        add_source(port, {"title": "Canola deal", "url": "https://example.org/gazette/canola"})
    assert not isinstance(caught.value, UsageError)
    assert KNOWN in caught.value.message


def test_a_store_whose_lists_are_both_empty_gets_its_first_source(runner, tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("version: 1\nsources: []  # none yet\nevents: []\n", encoding="utf-8")
    result = runner.invoke(app, ["source", "add", "-s", str(path), "--publisher", "Port Radio"])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == (
        "version: 1\nsources:  # none yet\n  - id: port-radio\n    publisher: Port Radio\n"
        "events: []\n"
    )


def test_the_empty_sources_list_grows_not_the_events_list():
    text = "version: 1\nsources: []\nevents: []\n"
    grown = with_source_added(text, {"id": "port-radio", "publisher": "Port Radio"})
    assert (
        grown == "version: 1\nsources:\n  - id: port-radio\n    publisher: Port Radio\nevents: []\n"
    )


def test_a_process_refusing_a_twin_source_exits_1_with_the_id_on_stderr(port):
    done = carneytl(
        *("source", "add", "-s", str(port), "--publisher", "Harbour Gazette"),
        *("--published", "2026-01-21", "--title", "Canola deal", "--url", "https://example.org/x"),
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines()[0] == (
        f"error: the store already has this source, as {KNOWN!r} (the same publisher, day and "
        "title)"
    )
    assert port.read_text(encoding="utf-8") == PORT


def test_a_process_reports_each_bad_option_as_its_own_error(port):
    done = carneytl(
        "source", "add", "-s", str(port), "--title", "T", "--id", "Bad Id", "--url", "x"
    )
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if not line.startswith(("hint:", "see "))]
    assert errors == [
        "error: --id: 'Bad Id' is not a slug: use lower-case letters, digits and single hyphens",
        "error: --url: 'x' is not a web address (http or https)",
    ]


def test_a_process_dry_run_writes_the_diff_to_stdout_only(port):
    done = carneytl("source", "add", "-s", str(port), "--publisher", "Tug Times", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"--- {port}\n+++ {port}\n")
    assert "would add source 'tug-times'" in done.stderr
    assert port.read_text(encoding="utf-8") == PORT


def test_two_problems_of_add_are_two_errors(runner, port):
    result = runner.invoke(
        app,
        [
            *("add", "-s", str(port), "--date", "2026", "--title", "T"),
            *("--source", "nowhere", "--source", "elsewhere"),
        ],
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:2] == [
        "error: unknown source 'nowhere'",
        "error: unknown source 'elsewhere'",
    ]


@pytest.mark.parametrize("option", ["--title", "--publisher", "--url", "--id"])
def test_a_byte_that_is_not_utf8_is_refused_naming_its_option(runner, port, option):
    # Python hands a command line's stray byte 0xff over as the lone surrogate U+DCFF.
    args = ["--title", "T"] if option != "--title" else []
    result = add(runner, port, *args, option, "bad \udcff byte")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"error: {option}: holds the byte 0xff, which is not UTF-8 text"
    )
    assert port.read_text(encoding="utf-8") == PORT


def test_a_process_given_a_byte_that_is_not_utf8_exits_2_and_writes_nothing(port):
    args: list[str | bytes] = ["source", "add", "-s", str(port), "--title", b"bad \xff byte"]
    done = carneytl(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines()[:2] == [
        "error: --title: holds the byte 0xff, which is not UTF-8 text",
        "hint: type the text in a terminal set to UTF-8",
    ]
    assert "Traceback" not in done.stderr
    assert port.read_text(encoding="utf-8") == PORT
