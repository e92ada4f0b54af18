from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from carneytl.cli import app
from carneytl.storage import safeyaml

# The seed article's date phrases, in sentences of our own.
SEED_TEXT = """A prime minister heads to Beijing to mend ties

Aides call it the first such trip by a leader of the country since 2017, and a turning point.
On Thursday, Carney sees Premier Li Qiang in the Chinese capital.
On Friday, Carney is scheduled to hold talks with Xi Jinping, whom he met last year in Korea.
Ties sank in 2018. The detainees went home in 2021.
Aides briefed the press this week on a plan that runs over the next decade.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "bbc.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    return path


def test_expressions_json_has_exactly_the_interface_keys(runner, article):
    args = ["extract", str(article), "--published", "2026-01-14", "--expressions"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert records
    text = article.read_text(encoding="utf-8")
    for record in records:
        assert list(record) == ["start", "end", "text", "type", "value"]
        assert text[record["start"] : record["end"]] == record["text"]
    values = {r["text"]: r["value"] for r in records}
    assert values["Thursday"] == "2026-01-15"
    assert values["Friday"] == "2026-01-16"
    assert values["last year"] == "2025"
    assert values["this week"] == "2026-W03"


def test_the_yaml_review_holds_the_resolved_dates_and_the_article_source(runner, article):
    result = runner.invoke(app, ["extract", str(article), "--published", "2026-01-14"])
    assert result.exit_code == 0, result.output
    review, _ = safeyaml.load(result.stdout)
    assert review["review"] == 1
    dates = {c["event"]["as_written"]: str(c["event"]["date"]) for c in review["candidates"]}
    assert dates == {
        "since 2017": "2017",
        "On Thursday": "2026-01-15",
        "On Friday": "2026-01-16",
        "last year": "2025",
        "in 2018": "2018",
        "in 2021": "2021",
        "this week": "2026-01-12/2026-01-18",
        "over the next decade": "2026/2036~",
    }
    (source,) = review["sources"]
    assert source["published"] == "2026-01-14"
    assert source["title"] == "A prime minister heads to Beijing to mend ties"


def test_actors_come_from_the_store(runner, article):
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2026-01-14", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    by_phrase = {r["as_written"]: r for r in json.loads(result.stdout)}
    assert "Li Qiang" in by_phrase["On Thursday"]["actors"]
    assert "Mark Carney" in by_phrase["On Thursday"]["actors"]
    assert by_phrase["On Friday"]["date"] == "2026-01-16"


def test_the_table_shows_dates_at_their_precision(runner, article):
    args = ["extract", str(article), "--published", "2026-01-14", "--format", "table"]
    result = runner.invoke(app, [*args, "--width", "120", "--no-color"])
    assert result.exit_code == 0, result.output
    assert "15 Jan 2026" in result.stdout
    assert "12–18 Jan 2026" in result.stdout


def test_a_bad_publication_day_is_a_usage_error(runner, article):
    result = runner.invoke(app, ["extract", str(article), "--published", "14/01/2026"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_an_unknown_format_is_a_usage_error(runner, article):
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2026-01-14", "--format", "xml"]
    )
    assert result.exit_code == 2


def test_a_missing_file_is_reported_without_a_traceback(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing), "--published", "2026-01-14"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_text_that_is_not_utf8_is_reported(runner, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 opened in 2018.".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path), "--published", "2026-01-14"])
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr


def test_an_article_over_the_size_limit_is_refused_without_reading_it_all(
    runner, tmp_path, monkeypatch
):
    from carneytl.storage import textfile

    monkeypatch.setattr(textfile, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "long.txt"
    path.write_text("In 2018 it rained. " * 10, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2026-01-14"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path} is over the 0.0001 MB an article may be\n")


def test_a_device_that_never_ends_is_refused_at_the_limit():
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "extract", "/dev/zero", "--published", "2026-01-14"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: /dev/zero is over the 16 MB an article may be\n")


def test_binary_input_is_refused(runner, tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"2018\x00\x01")
    result = runner.invoke(app, ["extract", str(path), "--published", "2026-01-14"])
    assert result.exit_code == 1
    assert "looks like a binary file" in result.stderr


def test_standard_input_is_read_with_a_dash_in_a_real_pipe():
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "carneytl",
            "extract",
            "-",
            "--published",
            "2026-01-14",
            "--expressions",
            "--format",
            "json",
        ],
        input=b"The pair met last year.\n",
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == [
        {"start": 13, "end": 22, "text": "last year", "type": "DATE", "value": "2025"}
    ]
    assert not re.search(rb"\x1b\[", completed.stdout)


def test_the_article_and_the_store_cannot_both_come_from_standard_input(runner):
    result = runner.invoke(
        app, ["extract", "-", "--published", "2026-01-14", "--store", "-"], input="text"
    )
    assert result.exit_code == 2
    assert "cannot both come from standard input" in result.stderr


def test_reading_a_terminal_is_refused_at_once(monkeypatch):
    import io

    from carneytl.errors import CarneyError
    from carneytl.storage.textfile import read_text

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(b"typed text\n")))
    with pytest.raises(CarneyError, match="reads an article piped in, not a terminal"):
        read_text("-", "an article")


def test_extract_dash_on_a_terminal_exits_1_with_the_store_commands_wording():
    import os
    import pty

    if not hasattr(os, "openpty"):
        pytest.skip("needs a pseudo-terminal")
    controller, worker = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "carneytl", "extract", "-", "--published", "2026-01-14"],
            stdin=worker,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    finally:
        os.close(worker)
        os.close(controller)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: - reads an article piped in, not a terminal",
        "hint: pipe the text in, or give the file's path",
    ]


def test_kind_narrative_dates_bare_days_by_the_story_not_publication(runner, tmp_path):
    path = tmp_path / "history.txt"
    # News carries a story's year through its paragraph only; a narrative, through the text.
    path.write_text("The fort fell on 2 March 1862.\n\nOn 9 March the fleet sailed.\n")
    args = ["extract", str(path), "--published", "2026-01-14", "--expressions", "-f", "json"]
    as_news = runner.invoke(app, [*args, "--kind", "news"])
    as_story = runner.invoke(app, [*args, "--kind", "narrative"])
    assert as_news.exit_code == as_story.exit_code == 0, as_news.output + as_story.output
    assert json.loads(as_news.stdout)[1]["value"] == "2025-03-09"
    assert json.loads(as_story.stdout)[1]["value"] == "1862-03-09"


def test_an_unknown_kind_is_a_usage_error(runner, article):
    result = runner.invoke(
        app, ["extract", str(article), "--published", "2026-01-14", "--kind", "poem"]
    )
    assert result.exit_code == 2
    assert "narrative" in result.stderr


def test_status_in_json_is_reckoned_from_today_not_publication(runner, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("The summit will open on Friday.\n")
    args = ["extract", str(path), "--published", "2026-01-14", "-f", "json"]
    before = runner.invoke(app, [*args, "--today", "2026-01-14"])
    after = runner.invoke(app, [*args, "--today", "2026-03-01"])
    assert before.exit_code == after.exit_code == 0, before.output + after.output
    assert json.loads(before.stdout)[0]["status"] == "upcoming"
    assert json.loads(after.stdout)[0]["status"] == "past"
