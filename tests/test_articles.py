"""A story told by three articles goes through extract, review and accept into a store."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.storage import safeyaml
from carneytl.storage.parsing import parse_store

ARTICLES = Path(__file__).parent / "data" / "articles"
VALLEY = ARTICLES / "valley-post.txt"
RADIO = ARTICLES / "riverton-radio.txt"
COURIER = ARTICLES / "courier.txt"
# The courier's article has no front matter: the command line describes it.
COURIER_FLAGS = ["--published", "2024-05-20", "--publisher", "Riverton Courier"]


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", path)
    return path


def read(path):
    return parse_store(path.read_bytes(), str(path))


def extract(runner, story, *extra):
    args = ["extract", str(VALLEY), str(RADIO), str(COURIER), *COURIER_FLAGS, "--store", str(story)]
    result = runner.invoke(app, [*args, *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def review_of(runner, story, tmp_path):
    text = extract(runner, story)
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    return path, safeyaml.load(text)[0]


def by_date(review):
    return {str(c["event"]["date"]): c for c in review["candidates"]}


def test_each_candidate_matches_the_store_where_it_should(runner, story, tmp_path):
    _, review = review_of(runner, story, tmp_path)
    found = {
        day: (c["match"]["status"], c["match"]["event"], c["action"])
        for day, c in by_date(review).items()
    }
    assert found == {
        "2024-03-01": ("same", "bridge-closed", "source"),
        "2024-04-10": ("same", "repair-contract", "source"),
        "2024-03-04": ("conflict", "bridge-closed", "account"),
        "2024-05-06": ("new", None, "add"),
        "2024-05-18": ("new", None, "add"),
    }


def test_a_candidate_two_articles_share_is_one_with_both_sources(runner, story, tmp_path):
    _, review = review_of(runner, story, tmp_path)
    sources = {s["publisher"]: s["id"] for s in review["sources"]}
    start = by_date(review)["2024-05-06"]
    assert start["event"]["sources"] == [sources["Valley Post"], sources["Riverton Radio"]]


def test_an_article_given_twice_proposes_each_candidate_once(runner, story, tmp_path):
    copy = tmp_path / "valley-post-copy.txt"
    shutil.copy(VALLEY, copy)
    once = runner.invoke(app, ["extract", str(VALLEY), "--store", str(story), "-f", "json"])
    twice = runner.invoke(
        app, ["extract", str(VALLEY), str(copy), "--store", str(story), "-f", "json"]
    )
    assert twice.exit_code == 0, twice.output
    assert json.loads(twice.stdout) == json.loads(once.stdout)


def test_each_article_is_one_new_source_with_a_slug_id(runner, story, tmp_path):
    _, review = review_of(runner, story, tmp_path)
    assert [s["id"] for s in review["sources"]] == [
        "valley-post-2024-04-12-repairs-old-mill-bridge",
        "riverton-radio-2024-04-13-bridge-builders-named",
        "riverton-courier-2024-05-20-one-lane-old-mill",
    ]
    courier = review["sources"][2]
    assert courier["title"] == "One lane of the Old Mill bridge reopens"
    assert courier["published"] == "2024-05-20"


def test_json_and_the_table_carry_the_match(runner, story):
    records = json.loads(extract(runner, story, "--format", "json"))
    conflict = next(r for r in records if r["date"] == "2024-03-04")
    assert conflict["match"]["status"] == "conflict"
    assert conflict["match"]["event"] == "bridge-closed"
    assert 0 <= conflict["match"]["score"] <= 1
    assert list(conflict)[-3:] == ["match", "action", "sentence"]
    table = extract(runner, story, "--format", "table", "--width", "120", "--no-color")
    assert "conflict bridge-closed" in table
    assert "same repair-contract" in table


def test_accept_applies_the_review_and_keeps_the_earlier_events(runner, story, tmp_path):
    before = read(story)
    review, _ = review_of(runner, story, tmp_path)
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 0, result.output
    assert "2 event(s) added" in result.stderr
    after = read(story)
    events = {e.id: e for e in after.events}
    closed = events["bridge-closed"]
    # The event's own date stays; the other date is an account with its source.
    assert closed.date == before.events[0].date
    (account,) = closed.accounts
    assert account.date.text == "2024-03-04"
    assert [s.publisher for s in account.sources] == ["Riverton Radio"]
    assert account.as_written == "on 4 March 2024"
    assert [s.publisher for s in closed.sources] == ["Harbour Gazette", "Valley Post"]
    assert [s.publisher for s in events["repair-contract"].sources] == ["Valley Post"]
    new = [e for e in after.events if e.id not in {"bridge-closed", "repair-contract"}]
    assert [e.date.text for e in new] == ["2024-05-06", "2024-05-18"]
    assert set(before.sources) < set(after.sources)
    assert len(after.sources) == 4
    # Everything else of the earlier events is as it was.
    for old in before.events:
        now = events[old.id]
        assert (now.title, now.actors, now.tags, now.date) == (
            old.title,
            old.actors,
            old.tags,
            old.date,
        )
    assert "# The contract was reported before any article in this folder." in story.read_text()


def test_extracting_again_after_accepting_proposes_nothing(runner, story, tmp_path):
    review, _ = review_of(runner, story, tmp_path)
    assert runner.invoke(app, ["accept", str(review), "--store", str(story)]).exit_code == 0
    _, again = review_of(runner, story, tmp_path)
    assert {c["action"] for c in again["candidates"]} == {"skip"}
    assert all(s.get("existing") for s in again["sources"])


def test_the_timeline_marks_the_disputed_date_and_as_of_shows_the_earlier_story(
    runner, story, tmp_path
):
    review, _ = review_of(runner, story, tmp_path)
    assert runner.invoke(app, ["accept", str(review), "--store", str(story)]).exit_code == 0
    look = ["--store", str(story), "--no-color", "--width", "100", "--today", "2024-06-01"]
    timeline = runner.invoke(app, ["timeline", *look])
    assert timeline.exit_code == 0, timeline.output
    line = next(x for x in timeline.stdout.splitlines() if "Old Mill bridge after" in x)
    assert "≠" in line
    known = runner.invoke(app, ["list", *look, "--as-of", "2024-04-12", "--format", "json"])
    assert [e["id"] for e in json.loads(known.stdout)] == [
        "bridge-closed",
        "repair-contract",
        "dunmore-builders-will-start-work-on-the-old-mill-bridge",
    ]
    closed = json.loads(known.stdout)[0]
    assert closed["accounts"] == []  # the radio's other date came out on 13 April


def test_dry_run_prints_a_diff_and_writes_nothing(runner, story, tmp_path):
    before = story.read_bytes()
    review, _ = review_of(runner, story, tmp_path)
    result = runner.invoke(app, ["accept", str(review), "--store", str(story), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"--- {story} (now)\n+++ {story} (accepted)\n")
    assert "+      - date: 2024-03-04\n" in result.stdout
    assert "would change" in result.stderr
    assert story.read_bytes() == before


def edit_review(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.replace(old, new, 1)


def where(text, needle):
    """The 1-based line and column of the first ``needle`` in ``text``."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def test_a_review_citing_an_unknown_event_is_refused_whole_at_its_place(runner, story, tmp_path):
    before = story.read_bytes()
    review, _ = review_of(runner, story, tmp_path)
    text = edit_review(review, "event: repair-contract,", "event: repair-contrat,")
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    line, column = where(text, "repair-contrat,")
    assert (
        f"error: {review}:{line}:{column}: the store has no event 'repair-contrat'" in result.stderr
    )
    assert "did you mean 'repair-contract'" in result.stderr
    assert story.read_bytes() == before


def test_an_account_with_an_impossible_date_is_refused_whole_at_its_place(runner, story, tmp_path):
    before = story.read_bytes()
    review, _ = review_of(runner, story, tmp_path)
    text = edit_review(review, "date: 2024-03-04", "date: 2024-02-30")
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    line, column = where(text, "2024-02-30")
    assert result.stderr.startswith(f"error: {review}:{line}:{column}: ")
    assert "2024-02-30" in result.stderr
    assert story.read_bytes() == before


def test_every_problem_of_a_review_is_reported_at_once(runner, story, tmp_path):
    review, _ = review_of(runner, story, tmp_path)
    edit_review(review, "action: add", "action: adopt")
    text = edit_review(review, "event: bridge-closed, score: 0.965", "event: nowhere, score: 0.965")
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert f"{review}:{where(text, 'adopt')[0]}:" in errors[0]
    assert "unknown action 'adopt'" in errors[0]
    assert "no event 'nowhere'" in errors[1]


def test_an_account_that_agrees_with_the_event_is_refused(runner, story, tmp_path):
    review, _ = review_of(runner, story, tmp_path)
    edit_review(
        review,
        "action: source\n    match: {status: same, event: bridge-closed",
        "action: account\n    match: {status: same, event: bridge-closed",
    )
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    assert "nothing to record" in result.stderr


def test_a_file_that_is_not_a_review_is_refused(runner, story, tmp_path):
    path = tmp_path / "not-review.yaml"
    path.write_text("events: []\n", encoding="utf-8")
    result = runner.invoke(app, ["accept", str(path), "--store", str(story)])
    assert result.exit_code == 1
    assert f"{path}:1:1: not a carneytl review" in result.stderr


def test_a_write_that_fails_leaves_the_store_as_it_was(runner, story, tmp_path, monkeypatch):
    before = story.read_bytes()
    review, _ = review_of(runner, story, tmp_path)

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert story.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "review.yaml",
        "story.yaml",
    ]


# Kills its own process at the moment the new store would replace the old one.
KILL_AT_RENAME = """
import os, pathlib, signal, sys
def die(self, target):
    os.kill(os.getpid(), signal.SIGKILL)
pathlib.Path.replace = die
from carneytl.cli import main
sys.argv = ["carneytl", *sys.argv[1:]]
main()
"""


def test_accept_killed_during_the_write_leaves_the_store_as_it_was(runner, story, tmp_path):
    before = story.read_bytes()
    review, _ = review_of(runner, story, tmp_path)
    args = ["accept", str(review), "--store", str(story)]
    done = subprocess.run(
        [sys.executable, "-c", KILL_AT_RENAME, *args],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL
    assert story.read_bytes() == before
    # The next accept finds the lock free and clears what the killed one left behind.
    again = subprocess.run(
        [sys.executable, "-m", "carneytl", *args], capture_output=True, check=False, timeout=120
    )
    assert again.returncode == 0, again.stderr
    assert len(read(story).events) == 4
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_article_without_a_publication_day_is_a_usage_error(runner, story):
    result = runner.invoke(app, ["extract", str(VALLEY), str(COURIER), "--store", str(story)])
    assert result.exit_code == 2
    assert f"error: {COURIER}: no publication day" in result.stderr


def test_an_article_the_store_already_cites_reuses_its_source(runner, story, tmp_path):
    article = tmp_path / "gazette.txt"
    article.write_text(
        "---\npublished: 2024-03-02\nurl: https://example.org/gazette/old-mill-bridge-shut\n---\n"
        "Riverton Council shut the Old Mill bridge on 1 March 2024 after an inspection.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(article), "--store", str(story)])
    assert result.exit_code == 0, result.output
    review = safeyaml.load(result.stdout)[0]
    assert [s["id"] for s in review["sources"]] == ["harbour-gazette-2024-03-02"]
    assert review["sources"][0]["existing"] is True
    (candidate,) = review["candidates"]
    assert candidate["match"]["event"] == "bridge-closed"
    assert candidate["action"] == "skip"


def test_an_article_from_standard_input_in_a_real_pipe(story):
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "extract", "-", "--store", str(story), "-f", "json"],
        input=RADIO.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    statuses = [r["match"]["status"] for r in json.loads(done.stdout)]
    assert statuses == ["conflict", "new"]
    assert b"\x1b[" not in done.stdout


def test_standard_input_can_be_read_once_only(runner):
    result = runner.invoke(app, ["extract", "-", "-", "--published", "2024-01-01"], input="x")
    assert result.exit_code == 2


def test_accept_needs_a_store_to_change(runner, tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text("review: 1\ncandidates: []\n", encoding="utf-8")
    result = runner.invoke(app, ["accept", str(path)])
    assert result.exit_code == 2
    assert "accept needs the store to change" in result.stderr


DOC = Path(__file__).parents[1] / "docs" / "articles.md"


def shown_blocks():
    """The plain fenced blocks of docs/articles.md: what its commands print."""
    blocks, lines, language = [], None, ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if lines is None and line.startswith("```"):
            lines, language = [], line[3:]
        elif lines is not None and line == "```":
            if not language:
                blocks.append("\n".join(lines))
            lines = None
        elif lines is not None:
            lines.append(line)
    return blocks


def test_the_outputs_docs_articles_shows_are_what_the_commands_print(runner, story, tmp_path):
    blocks = shown_blocks()
    look = ["--no-color", "--today", "2024-06-01", "--width"]
    table = extract_two(runner, story, "--format", "table", "--width", "100", "--no-color")
    review = tmp_path / "review.yaml"
    review.write_text(extract_two(runner, story), encoding="utf-8")
    assert runner.invoke(app, ["accept", str(review), "--store", str(story)]).exit_code == 0
    timeline = runner.invoke(app, ["timeline", "--store", str(story), *look, "90"]).stdout
    earlier = runner.invoke(
        app, ["timeline", "--store", str(story), *look, "90", "--as-of", "2024-04-12"]
    ).stdout
    for printed in (table, timeline, earlier):
        assert printed.strip("\n") in blocks


def extract_two(runner, story, *extra):
    result = runner.invoke(app, ["extract", str(VALLEY), str(RADIO), "--store", str(story), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_review_that_changes_nothing_says_so_and_leaves_the_file_alone(runner, story, tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text("review: 1\nsources: []\ncandidates: []\n", encoding="utf-8")
    before = story.stat().st_mtime_ns, story.read_bytes()
    result = runner.invoke(app, ["accept", str(path), "--store", str(story)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"nothing to change in {story}: 0 skipped\n"
    assert (story.stat().st_mtime_ns, story.read_bytes()) == before


def test_a_review_can_go_straight_from_extract_to_accept_in_a_pipe(story):
    extract_args = [sys.executable, "-m", "carneytl", "extract", str(VALLEY), str(RADIO)]
    made = subprocess.run(
        [*extract_args, "--store", str(story)], capture_output=True, check=True, timeout=120
    )
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "accept", "-", "--store", str(story)],
        input=made.stdout,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().startswith(f"changed {story}: 1 event(s) added")
    assert len(read(story).events) == 3


def test_a_review_from_standard_input_is_located_as_such(runner, story):
    result = runner.invoke(
        app, ["accept", "-", "--store", str(story)], input="review: 1\ncandidates: [3]\n"
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error: <stdin>:2:")


def test_an_account_keeps_the_note_the_reviewer_gives(runner, story, tmp_path):
    review, _ = review_of(runner, story, tmp_path)
    edit_review(
        review,
        "action: account\n",
        "action: account\n    note: The radio counts from the day the barriers went up.\n",
    )
    result = runner.invoke(app, ["accept", str(review), "--store", str(story)])
    assert result.exit_code == 0, result.output
    (account,) = next(e for e in read(story).events if e.id == "bridge-closed").accounts
    assert account.note == "The radio counts from the day the barriers went up."


@pytest.mark.parametrize("width", ["60", "80", "100"])
def test_the_candidates_table_keeps_titles_whole_and_opens_like_every_table(runner, story, width):
    # A long matched id once took the width from the titles, which broke letter by letter.
    table = extract(runner, story, "--format", "table", "--width", width, "--no-color")
    assert table.startswith("Date")
    assert max(len(line) for line in table.splitlines()) <= int(width)
    title = "Riverton Council awarded the repair contract to Dunmore Builders"
    title_words = set(title.split())
    cells = {word for line in table.splitlines()[2:] for word in line.split()}
    assert title_words <= cells


def test_a_review_that_is_not_valid_yaml_is_refused_in_one_line_at_its_place(
    runner, story, tmp_path
):
    path = tmp_path / "review.yaml"
    path.write_text("review: 1\ncandidates:\n  - action: add\n   event: [\n", encoding="utf-8")
    result = runner.invoke(app, ["accept", str(path), "--store", str(story)])
    assert result.exit_code == 1
    said = "invalid YAML: did not find expected '-' indicator"
    assert result.stderr == f"error: {path}:4:4: {said}\n"
