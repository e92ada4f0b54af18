"""Stores from a newsroom's tools: `init`, `source add`, and TimelineJS timelines in and out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.importing import (
    COLUMNS,
    TITLE_FROM_TEXT,
    date_text,
    read_csv,
    read_json,
    summary_text,
    title_from_text,
)
from carneytl.storage import safeyaml
from carneytl.storage.parsing import parse_store

ARTICLES = Path(__file__).parent / "data" / "articles"


def read(path):
    return parse_store(path.read_bytes(), str(path))


def test_init_starts_a_valid_store_with_an_example(runner, tmp_path):
    path = tmp_path / "new.yaml"
    result = runner.invoke(app, ["init", str(path)])
    assert result.exit_code == 0, result.output
    store = read(path)
    assert [e.id for e in store.events] == ["example-event"]
    assert list(store.sources) == ["example-wire-2026-01-16"]
    assert path.read_text(encoding="utf-8").startswith("# A carneytl event store")
    check = runner.invoke(app, ["check", str(path)])
    assert check.exit_code == 0, check.output


def test_init_never_overwrites(runner, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("precious\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(path)])
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert path.read_text(encoding="utf-8") == "precious\n"


def test_init_makes_yaml_only(runner, tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path / "story.json")])
    assert result.exit_code == 1
    assert not (tmp_path / "story.json").exists()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.yaml"
    shutil.copy(ARTICLES / "story.yaml", path)
    return path


def test_source_add_appends_a_source_and_prints_its_id(runner, story):
    before = story.read_text(encoding="utf-8")
    args = ["source", "add", "--store", str(story), "--publisher", "Valley Post"]
    args += ["--published", "2024-04-12", "--title", "Repairs to begin in May"]
    args += ["--url", "https://example.org/valley-post/repairs"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == "valley-post-2024-04-12-repairs-begin-may\n"
    store = read(story)
    source = store.sources["valley-post-2024-04-12-repairs-begin-may"]
    assert source.published == "2024-04-12"
    assert source.url == "https://example.org/valley-post/repairs"
    after = story.read_text(encoding="utf-8")
    # Only lines were added, right after the last source, in the same layout.
    assert (
        after.replace(
            "  - id: valley-post-2024-04-12-repairs-begin-may\n"
            "    title: Repairs to begin in May\n"
            "    publisher: Valley Post\n"
            "    published: 2024-04-12\n"
            "    url: https://example.org/valley-post/repairs\n",
            "",
        )
        == before
    )


def test_source_add_refuses_a_taken_id_and_a_bad_url(runner, story):
    before = story.read_bytes()
    # A title is given: without a title or a publisher a source is refused before its id.
    taken = runner.invoke(
        app,
        ["source", "add", "-s", str(story), "--id", "harbour-gazette-2024-03-02", "--title", "T"],
    )
    assert taken.exit_code == 2
    assert "already has a source" in taken.stderr
    bad = runner.invoke(
        app, ["source", "add", "-s", str(story), "--id", "x", "--url", "nope", "--title", "T"]
    )
    assert bad.exit_code == 2
    assert "--url" in bad.stderr
    assert story.read_bytes() == before


SHEET = (
    ",".join(COLUMNS)
    + """
,,,,,,,,,The Old Mill bridge,A timeline,,,,,title,,
2024,3,1,,,,,,,Council closes the Old Mill bridge,<p>Inspectors found cracks.</p>,,,,,,bridge,
2024,4,,,,,,,,Tenders for the repair,,,,,,,,
2024,5,6,09:00,2024,5,18,,,Repairs &amp; one lane reopened,,https://example.org/p.jpg,,,,,works,
2025,,,,,,,,,A year of works,,,,,,,,

"""
)


def test_the_spreadsheet_gives_each_date_at_its_precision():
    found = read_csv(SHEET, "sheet.csv").events
    assert [f.date for f in found] == ["2024-03-01", "2024-04", "2024-05-06/2024-05-18", "2025"]
    assert found[0].summary == "Inspectors found cracks."
    assert found[0].tags == ("bridge",)
    assert found[2].title == "Repairs & one lane reopened"
    assert found[2].dropped == ("Time", "Media")
    assert [f.line for f in found] == [3, 4, 5, 6]


def test_a_bad_row_is_reported_at_its_line():
    sheet = SHEET.replace("2024,4,,", "2024,13,,")
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the message is what matters
        read_csv(sheet, "sheet.csv")
    assert "sheet.csv:4:1:" in str(caught.value)


def test_dates_need_a_year_above_a_month_and_a_month_above_a_day():
    from carneytl.errors import DateError

    with pytest.raises(DateError):
        date_text((None, 3, 1), (None, None, None))
    with pytest.raises(DateError):
        date_text((2024, None, 1), (None, None, None))
    assert date_text((2024, 3, 1), (2024, 3, 1)) == "2024-03-01"


def test_summaries_leave_out_what_carneytl_itself_adds():
    text = "<p>One.</p><p>Two &lt;b&gt;</p><p>Sources: <a href='x'>X</a></p>"
    assert summary_text(text) == "One.\nTwo <b>"


def test_import_writes_a_review_that_accept_applies(runner, story, tmp_path):
    sheet = tmp_path / "timeline.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = runner.invoke(app, ["import", str(sheet), "--store", str(story)])
    assert result.exit_code == 0, result.output
    review = safeyaml.load(result.stdout)[0]
    actions = {c["event"]["title"]: c["action"] for c in review["candidates"]}
    # The store has the closure already, under other words but the same day and actors.
    assert actions["Council closes the Old Mill bridge"] == "skip"
    assert actions["Tenders for the repair"] == "add"
    assert "left out: Time, Media" in result.stdout
    path = tmp_path / "review.yaml"
    path.write_text(result.stdout, encoding="utf-8")
    accepted = runner.invoke(app, ["accept", str(path), "--store", str(story)])
    assert accepted.exit_code == 0, accepted.output
    titles = [e.title for e in read(story).events]
    assert "Tenders for the repair" in titles
    again = runner.invoke(app, ["import", str(sheet), "--store", str(story)])
    assert {c["action"] for c in safeyaml.load(again.stdout)[0]["candidates"]} == {"skip"}


ROUND_TRIP_STORE = """version: 1
events:
  - id: bridge-closed
    date: 2024-03-01
    title: Council closes the Old Mill bridge
    summary: Inspectors found cracks in two piers & a railing.
    tags: [bridge]
  - id: tenders
    date: 2024-04
    title: Tenders for the <repair>
  - id: works
    date: 2024-05-06/2024-05-18
    title: Repairs, and one lane reopened
    tags: [works, bridge]
  - id: year-of-works
    date: 2025
    title: A year of works
"""


def timelinejs(runner, path):
    result = runner.invoke(app, ["list", "--store", str(path), "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_timeline_goes_out_and_comes_back_without_loss(runner, tmp_path):
    original = tmp_path / "original.yaml"
    original.write_text(ROUND_TRIP_STORE, encoding="utf-8")
    exported = tmp_path / "timeline.json"
    exported.write_text(timelinejs(runner, original), encoding="utf-8")
    copy = tmp_path / "copy.yaml"
    copy.write_text("version: 1\nevents: []\n", encoding="utf-8")
    review = runner.invoke(app, ["import", str(exported), "--store", str(copy)])
    assert review.exit_code == 0, review.output
    path = tmp_path / "review.yaml"
    path.write_text(review.stdout, encoding="utf-8")
    accepted = runner.invoke(app, ["accept", str(path), "--store", str(copy)])
    assert accepted.exit_code == 0, accepted.output
    assert timelinejs(runner, copy) == exported.read_text(encoding="utf-8")
    events = read(copy).events
    assert [(e.id, e.date.text, e.title) for e in events] == [
        (e.id, e.date.text, e.title) for e in read(original).events
    ]


def test_a_timelinejs_file_that_is_not_one_is_refused():
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the message is what matters
        read_json(json.dumps({"title": {}}), "t.json")
    assert "no 'events' list" in str(caught.value)


def test_paragraphs_are_read_as_the_first_open_to_the_next_close():
    assert summary_text("lead<p>one <p>inner</p> tail </p><p>two</p>") == "one inner\ntwo"
    assert summary_text("no paragraphs, <i>a</i> tag") == "no paragraphs, a tag"
    assert summary_text("<p>unclosed") == "unclosed"
    # A "<" that no ">" closes is text, and so is a tag that opens inside another.
    assert summary_text("<p>a < b <<i>c</i></p>") == "a < b <c"


def test_unclosed_paragraphs_and_tags_take_one_pass():
    # Each of these, 300 kB, kept a lazy regular expression busy for minutes.
    assert summary_text("<p>" * 100_000) is None  # tags and nothing else
    assert summary_text("<p>x" * 100_000 + "</p>") == "x" * 100_000
    assert summary_text("<" * 100_000) == "<" * 100_000


def test_a_sheet_the_csv_module_cannot_read_is_refused_at_its_line():
    from carneytl.errors import StoreError

    sheet = "Year,Headline,Text\n2024,Short,x\n2024,Long," + '"' + "a" * 200_000 + '"\n'
    with pytest.raises(StoreError) as caught:
        read_csv(sheet, "sheet.csv")
    (problem,) = caught.value.problems
    assert (problem.line, problem.message.split(":")[0]) == (3, "not a CSV sheet")


def test_a_json_array_is_read_as_json_not_as_a_sheet():
    from carneytl.importing import read

    with pytest.raises(Exception) as caught:  # noqa: PT011 - the message is what matters
        read("[1, 2]", "t.json")
    assert "no 'events' list" in str(caught.value)


QUALIFIED_STORE = """version: 1
events:
  - id: about-december
    date: 2018-12~
    title: Talks in about December
  - id: until-may
    date: ../2019-05
    title: The old bridge in use until May
  - id: since-march
    date: 2019-03-01/..
    title: Works since the first of March
  - id: perhaps-fifth
    date: 2020-01-05?
    title: A vote perhaps on the fifth
  - id: rough-range
    date: 2020-02/2020-03-04?
    title: A closure from February to perhaps 4 March
  - id: plain
    date: 2021
    title: A plain year
"""


def test_qualified_and_open_dates_come_back_from_their_display_date(runner, tmp_path):
    original = tmp_path / "original.yaml"
    original.write_text(QUALIFIED_STORE, encoding="utf-8")
    found = read_json(timelinejs(runner, original), "t.json").events
    assert {f.id: f.date for f in found} == {e.id: e.date.text for e in read(original).events}


def test_a_display_date_of_other_words_leaves_the_date_parts_as_they_are():
    assert date_text((2019, 5, None), (None, None, None), "Spring 2019") == "2019-05"
    assert date_text((2019, 5, None), (None, None, None), "until May 2019") == "../2019-05"
    assert date_text((2019, 5, None), (None, None, None), "c. May 2019") == "2019-05~"


def test_a_group_over_several_lines_becomes_a_one_line_tag():
    slide = {"start_date": {"year": 2024}, "text": {"headline": "x"}, "group": " a\nb:  c "}
    (found,) = read_json(json.dumps({"events": [slide]}), "t.json").events
    assert found.tags == ("a b: c",)


# A slide without a headline, an id that is not a slug, an account's sources in the export.


def slides(*events):
    return json.dumps({"events": list(events)})


def day_slide(day, **text):
    return {"start_date": {"year": 2024, "month": 3, "day": day}, "text": text}


def test_a_slide_without_a_headline_takes_its_texts_first_sentence_as_title():
    untitled = day_slide(3, text="<p>Council <b>closes</b> the bridge. Cracks were found.</p>")
    found = read_json(slides(day_slide(1, headline="First"), untitled), "t.json")
    assert [(f.title, f.titled_from_text) for f in found.events] == [
        ("First", False),
        ("Council closes the bridge", True),
    ]
    assert found.events[1].summary == "Council closes the bridge. Cracks were found."
    assert found.skipped == []


def test_a_title_from_text_is_its_first_line_and_sentence_cut_between_words():
    assert title_from_text("One line.\nAnother line.") == "One line"
    assert title_from_text("Is it open? Nobody knows.") == "Is it open?"
    assert title_from_text("Wait...") == "Wait..."
    long = "The council " + "and the builders " * 10 + "met."
    made = title_from_text(long)
    assert made.endswith("…")
    assert len(made) <= TITLE_FROM_TEXT
    assert long.startswith(made[:-1])
    assert not made[:-1].endswith(" ")
    assert len(title_from_text("x" * 200)) == TITLE_FROM_TEXT  # one word: cut inside it


def test_a_slide_with_neither_headline_nor_text_is_left_out_and_named():
    bare = {"start_date": {"year": 2024}, "media": {"url": "https://example.org/p.jpg"}}
    found = read_json(slides(day_slide(1, headline="First"), bare, day_slide(2, headline="B")), "t")
    assert [f.title for f in found.events] == ["First", "B"]
    assert found.skipped == ["slide 2"]


def test_a_sheet_row_without_a_headline_is_read_the_same_way():
    sheet = SHEET.replace(",Tenders for the repair,", ",,<p>Tenders went out. Five came back.</p>")
    sheet += "2026,1,,,,,,,,,,,,,,,,\n"
    # A text of no words ("." or "...") names nothing either.
    sheet += "2026,2,,,,,,,,,.,,,,,,,\n2026,3,,,,,,,,,<p>...</p>,,,,,,,\n"
    found = read_csv(sheet, "sheet.csv")
    assert found.events[1].title == "Tenders went out"
    assert found.skipped == ["line 8", "line 9", "line 10"]


def test_import_notes_skipped_slides_on_stderr_and_titles_from_text_in_the_review(
    runner, story, tmp_path
):
    timeline = tmp_path / "t.json"
    timeline.write_text(
        slides(
            day_slide(1, headline="A new footbridge opens"),
            day_slide(2, text="<p>Ferry service resumes for the summer.</p>"),
            {"start_date": {"year": 2024}},
        ),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["import", str(timeline), "--store", str(story)])
    assert result.exit_code == 0, result.output
    assert result.stderr == "note: slide 3 has neither a headline nor a text: left out\n"
    assert "#   no headline: the title is the text's first sentence; check it" in result.stdout
    review = safeyaml.load(result.stdout)[0]
    titles = [c["event"]["title"] for c in review["candidates"]]
    assert titles == ["A new footbridge opens", "Ferry service resumes for the summer"]


@pytest.mark.parametrize(
    ("unique_id", "made"),
    [
        ("Carney Xi!", "carney-xi"),
        ("carney-xi-2026", "carney-xi-2026"),  # a slug already: kept
        ("Pékin 2026", "pekin-2026"),
        ("!!!", None),  # no word to keep: the title gives the id
        (2026, "2026"),
    ],
)
def test_a_unique_id_is_made_a_slug_and_kept(unique_id, made):
    slide = {**day_slide(1, headline="Carney meets Xi"), "unique_id": unique_id}
    (found,) = read_json(slides(slide), "t.json").events
    assert found.id == made


def test_import_keeps_a_slugified_unique_id_as_the_events_id(runner, story, tmp_path):
    timeline = tmp_path / "t.json"
    slide = {**day_slide(9, headline="Carney meets Xi"), "unique_id": "Carney Xi!"}
    timeline.write_text(slides(slide), encoding="utf-8")
    result = runner.invoke(app, ["import", str(timeline), "--store", str(story)])
    assert result.exit_code == 0, result.output
    (candidate,) = safeyaml.load(result.stdout)[0]["candidates"]
    assert candidate["event"]["id"] == "carney-xi"


ACCOUNT_STORE = """version: 1
sources:
  - id: gazette-2024-03-02
    title: Bridge shut <for now>
    publisher: Valley Gazette
    url: https://example.org/gazette/shut
  - id: radio-2024-04-13
    publisher: River Radio
events:
  - id: bridge-closed
    date: 2024-03-01
    title: Council closes the Old Mill bridge
    sources: [gazette-2024-03-02]
    accounts:
      - date: 2024-03-04
        sources: [radio-2024-04-13, gazette-2024-03-02]
        as_written: on <Monday>
"""


def test_the_timelinejs_export_names_an_accounts_sources_as_it_names_the_events(runner, tmp_path):
    path = tmp_path / "story.yaml"
    path.write_text(ACCOUNT_STORE, encoding="utf-8")
    (slide,) = json.loads(timelinejs(runner, path))["events"]
    link = '<a href="https://example.org/gazette/shut">Bridge shut &lt;for now&gt;</a>'
    assert f"<p>Sources: {link}</p>" in slide["text"]["text"]
    assert (
        f"<p>Other account: 4 Mar 2024 per River Radio, {link} (as written: on &lt;Monday&gt;)</p>"
        in slide["text"]["text"]
    )
    assert "radio-2024-04-13" not in slide["text"]["text"]
