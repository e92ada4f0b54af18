"""Every output format, read back with its standard parser."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re

import icalendar
import pytest
import yaml

from carneytl.cli import app
from carneytl.storage.parsing import parse_store

STORE = """\
version: 1
sources:
  - id: paper
    title: "Pipes | and, commas"
    publisher: The Paper
    published: 2018-12-06
    url: https://example.org/a?b=1&c=2
events:
  - id: one-day
    date: 2018-12-01
    title: "Arrest in Vancouver | extradition, \\"quoted\\""
    summary: "Line one.\\nLine two; with <b>markup</b>."
    actors: [Canada, Meng Wanzhou]
    tags: [huawei, detention]
    location: Vancouver
    sources: [paper]
    as_written: in 2018
  - id: a-visit
    date: 2017-12-03/2017-12-07
    title: Montréal–北京 visit
    tags: [visit]
  - id: whole-month
    date: 2019-05
    title: Talks in May
  - id: whole-year
    date: 2020~
    title: A year of tension
  - id: year-to-month
    date: 2021/2022-03
    title: From a year to a month
  - id: open-end
    date: 2025-10/..
    title: Thaw begins
"""

TODAY = ["--today", "2026-11-28"]


@pytest.fixture
def store(write_store):
    return str(write_store(STORE))


def run(runner, store, *args):
    result = runner.invoke(app, ["list", "--store", store, *TODAY, *args])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    return result.stdout


def test_csv_has_a_header_row_and_joins_lists_with_semicolons(runner, store):
    rows = list(csv.DictReader(io.StringIO(run(runner, store, "--format", "csv"))))
    assert [r["id"] for r in rows] == [
        "a-visit",
        "one-day",
        "whole-month",
        "whole-year",
        "year-to-month",
        "open-end",
    ]
    one = rows[1]
    assert one["title"] == 'Arrest in Vancouver | extradition, "quoted"'
    assert one["summary"] == "Line one.\nLine two; with <b>markup</b>."
    assert one["actors"] == "Canada; Meng Wanzhou"
    assert one["tags"] == "huawei; detention"
    assert one["sources"] == "paper"
    assert one["start"] == one["end"] == "2018-12-01"
    assert one["approximate"] == "false"
    assert rows[5]["end"] == ""
    assert rows[3]["approximate"] == "true"


def test_csv_fields_choose_the_columns_and_no_header_drops_the_header(runner, store):
    out = run(runner, store, "-f", "csv", "--fields", "title,id", "--no-header", "-n", "1")
    assert list(csv.reader(io.StringIO(out))) == [["Montréal–北京 visit", "a-visit"]]


def test_tsv_is_read_by_the_csv_module_with_a_tab_delimiter(runner, store):
    out = run(runner, store, "--format", "tsv", "--fields", "id,date,tags")
    rows = list(csv.reader(io.StringIO(out), delimiter="\t"))
    assert rows[0] == ["id", "date", "tags"]
    assert rows[1] == ["a-visit", "2017-12-03/2017-12-07", "visit"]
    assert rows[2] == ["one-day", "2018-12-01", "huawei; detention"]


def test_tsv_keeps_one_line_per_event_by_escaping_tabs_newlines_and_backslashes(runner, store):
    out = run(runner, store, "--format", "tsv", "--fields", "id,summary", "--no-header")
    lines = out.splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    by_id = dict(line.split("\t") for line in lines)
    assert by_id["one-day"] == "Line one.\\nLine two; with <b>markup</b>."
    assert len(lines) == len(ids_in(runner, store))


def ids_in(runner, store):
    return json.loads(run(runner, store, "--json", "--fields", "id"))


def _markdown_cells(line):
    # Split on pipes that are not escaped, then undo the escapes (HTML entities too).
    cells, cell, chars = [], "", iter(line.strip()[1:-1])
    for char in chars:
        if char == "\\":
            cell += next(chars)
        elif char == "|":
            cells.append(html.unescape(cell.strip()))
            cell = ""
        else:
            cell += char
    return [*cells, html.unescape(cell.strip())]


def test_markdown_is_a_table_with_pipes_escaped_and_one_row_per_event(runner, store):
    lines = run(runner, store, "--format", "markdown").splitlines()
    assert _markdown_cells(lines[0]) == ["Date", "Title", "Actors", "Tags", "Sources"]
    assert set(lines[1].replace("|", "").split()) == {"---"}
    assert len(lines) == 2 + 6
    one = _markdown_cells(lines[3])
    assert one == [
        "1 Dec 2018",
        'Arrest in Vancouver | extradition, "quoted"',
        "Canada, Meng Wanzhou",
        "huawei, detention",
        "paper",
    ]
    assert all(len(_markdown_cells(line)) == 5 for line in lines)


def test_markdown_keeps_multi_line_text_in_one_row(runner, store):
    out = run(runner, store, "-f", "markdown", "--fields", "id,summary", "--search", "vancouver")
    lines = out.splitlines()
    assert len(lines) == 3
    assert _markdown_cells(lines[2]) == ["one-day", "Line one.<br>Line two; with <b>markup</b>."]


def test_markdown_writes_html_in_event_text_as_entities(runner, write_store):
    path = write_store(
        "events:\n  - id: a\n    date: 2018\n    title: '<script>alert(1)</script> R&D'\n"
        "    actors: [<b>Bold</b>]\n"
    )
    out = run(runner, str(path), "-f", "markdown")
    assert out.splitlines()[2] == (
        "| 2018 | &lt;script&gt;alert(1)&lt;/script&gt; R&amp;D | &lt;b&gt;Bold&lt;/b&gt; |  |  |"
    )


def test_a_markdown_renderer_shows_tags_entities_pipes_and_backslashes_literally(
    runner, write_store
):
    from markdown_it import MarkdownIt

    title = "<script>alert(1)</script> &amp; | a\\|b <br> <https://x.org> \\<i>"
    path = write_store(
        yaml.safe_dump({"events": [{"id": "a", "date": "2018", "title": title}]}),
    )
    out = run(runner, str(path), "-f", "markdown", "--fields", "id,title,summary")
    page = MarkdownIt("commonmark").enable("table").render(out)
    assert "<script" not in page
    cells = [html.unescape(cell) for cell in re.findall(r"<td>(.*?)</td>", page)]
    assert cells == ["a", title, ""]


def test_yaml_output_is_a_store_of_the_selection_and_only_the_sources_it_cites(runner, store):
    out = run(runner, store, "--format", "yaml", "--tag", "huawei")
    document = yaml.safe_load(out)
    assert document["version"] == 1
    assert [s["id"] for s in document["sources"]] == ["paper"]
    assert [e["id"] for e in document["events"]] == ["one-day"]
    original = parse_store(STORE.encode(), "original")
    back = parse_store(out.encode(), "back")
    assert back.events == tuple(e for e in original.events if e.id == "one-day")


def test_yaml_output_without_sources_still_loads(runner, store):
    out = run(runner, store, "--format", "yaml", "--search", "thaw")
    assert yaml.safe_load(out)["sources"] == []
    assert [e.id for e in parse_store(out.encode(), "back").events] == ["open-end"]


def _calendar(runner, store, *args):
    out = run(runner, store, "--format", "ics", *args)
    return icalendar.Calendar.from_ical(out)


def test_ics_holds_all_day_events_with_exclusive_ends_and_stable_uids(runner, store):
    events = {str(e["UID"]): e for e in _calendar(runner, store).walk() if e.name == "VEVENT"}
    assert set(events) == {
        "a-visit@carneytl",
        "one-day@carneytl",
        "whole-month@carneytl",
        "whole-year@carneytl",
        "year-to-month@carneytl",
        "open-end@carneytl",
    }

    def days(uid):
        event = events[uid]
        return event.decoded("DTSTART"), event.decoded("DTEND")

    assert days("one-day@carneytl") == (dt.date(2018, 12, 1), dt.date(2018, 12, 2))
    assert days("a-visit@carneytl") == (dt.date(2017, 12, 3), dt.date(2017, 12, 8))
    assert days("whole-month@carneytl") == (dt.date(2019, 5, 1), dt.date(2019, 6, 1))
    assert days("whole-year@carneytl") == (dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    assert days("year-to-month@carneytl") == (dt.date(2021, 1, 1), dt.date(2022, 4, 1))
    # An open span is marked on its known first day.
    assert days("open-end@carneytl") == (dt.date(2025, 10, 1), dt.date(2025, 10, 2))
    one = events["one-day@carneytl"]
    assert one["DTSTART"].params["VALUE"] == "DATE"
    assert str(one["SUMMARY"]) == 'Arrest in Vancouver | extradition, "quoted"'
    assert str(one["LOCATION"]) == "Vancouver"
    assert [str(c) for c in one["CATEGORIES"].cats] == ["huawei", "detention"]
    assert str(one["URL"]) == "https://example.org/a?b=1&c=2"
    description = str(one["DESCRIPTION"])
    assert description.startswith("Line one.\nLine two; with <b>markup</b>.\nDate: 1 Dec 2018")
    assert "Source: The Paper - Pipes | and, commas - 2018-12-06" in description
    assert one.decoded("DTSTAMP") == dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    assert str(events["a-visit@carneytl"]["SUMMARY"]) == "Montréal–北京 visit"


def test_ics_is_the_same_bytes_on_every_export(runner, store):
    assert run(runner, store, "-f", "ics") == run(runner, store, "-f", "ics")


def test_ics_of_no_events_is_still_a_calendar(runner, store):
    calendar = _calendar(runner, store, "--search", "nothing-matches")
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert [c for c in calendar.walk() if c.name == "VEVENT"] == []


def test_timelinejs_dates_carry_only_the_parts_they_have(runner, store):
    slides = {
        s["unique_id"]: s for s in json.loads(run(runner, store, "-f", "timelinejs"))["events"]
    }
    assert slides["one-day"]["start_date"] == {"year": 2018, "month": 12, "day": 1}
    assert "end_date" not in slides["one-day"]
    assert slides["a-visit"]["start_date"] == {"year": 2017, "month": 12, "day": 3}
    assert slides["a-visit"]["end_date"] == {"year": 2017, "month": 12, "day": 7}
    assert slides["whole-month"]["start_date"] == {"year": 2019, "month": 5}
    assert slides["whole-year"]["start_date"] == {"year": 2020}
    assert slides["year-to-month"]["start_date"] == {"year": 2021}
    assert slides["year-to-month"]["end_date"] == {"year": 2022, "month": 3}
    assert slides["open-end"]["start_date"] == {"year": 2025, "month": 10}
    assert "end_date" not in slides["open-end"]


def test_timelinejs_slides_have_display_date_escaped_text_and_group(runner, store):
    slides = {
        s["unique_id"]: s for s in json.loads(run(runner, store, "-f", "timelinejs"))["events"]
    }
    one = slides["one-day"]
    assert one["display_date"] == "1 Dec 2018"
    assert one["group"] == "huawei"
    assert one["text"]["headline"] == 'Arrest in Vancouver | extradition, "quoted"'
    assert "&lt;b&gt;markup&lt;/b&gt;" in one["text"]["text"]
    assert (
        '<a href="https://example.org/a?b=1&amp;c=2">Pipes | and, commas</a>'
        in (one["text"]["text"])
    )
    assert slides["whole-year"]["display_date"] == "c. 2020"
    assert "group" not in slides["whole-month"]


def test_template_prints_one_line_per_event_from_record_fields(runner, store):
    out = run(runner, store, "--template", "{date} {title} [{tags}]", "-n", "2")
    assert out.splitlines() == [
        "2017-12-03/2017-12-07 Montréal–北京 visit [visit]",
        '2018-12-01 Arrest in Vancouver | extradition, "quoted" [huawei; detention]',
    ]


def test_template_keeps_each_event_on_one_line(runner, store):
    out = run(runner, store, "--template", "{id}: {summary}", "--tag", "huawei")
    assert out == "one-day: Line one. Line two; with <b>markup</b>.\n"


def test_template_honours_format_specs_and_doubled_braces(runner, store):
    out = run(runner, store, "--template", "{{{id:>8}}}", "-n", "1")
    assert out == "{ a-visit}\n"


@pytest.mark.parametrize("template", ["{nope}", "{}", "{0}", "{title.upper}", "{tags[0]}"])
def test_a_template_with_a_bad_field_is_a_usage_error_listing_the_fields(runner, store, template):
    result = runner.invoke(app, ["list", "--store", store, "--template", template])
    assert result.exit_code == 2
    assert "{title}" in result.output
    assert "{as_written}" in result.output


def test_a_malformed_template_is_a_usage_error(runner, store):
    result = runner.invoke(app, ["list", "--store", store, "--template", "{title"])
    assert result.exit_code == 2
    assert "malformed" in result.output


def test_a_template_is_checked_even_when_nothing_matches(runner, store):
    args = ["list", "--store", store, "--search", "zzz", "--template", "{nope}"]
    assert runner.invoke(app, args).exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--template", "{id}", "--json"],
        ["--template", "{id}", "-f", "csv"],
        ["-f", "template"],
        ["-f", "yaml", "--fields", "id"],
        ["-f", "json", "--no-header"],
    ],
)
def test_options_that_do_not_fit_the_format_are_usage_errors(runner, store, args):
    result = runner.invoke(app, ["list", "--store", store, *args])
    assert result.exit_code == 2, result.output


def test_format_help_lists_every_registered_format(runner):
    from carneytl.render import formats_for

    result = runner.invoke(app, ["list", "--help"], terminal_width=400)
    flat = " ".join(result.stdout.split())
    assert f"instead of the command's own view: {', '.join(formats_for('events'))}." in flat


def test_every_registered_format_renders_utf8_without_colour_codes(runner, store):
    from carneytl.render import FORMATS

    for name in (f.name for f in FORMATS.values() if f.machine and f.serves("events")):
        extra = ["--template", "{title}"] if name == "template" else ["--format", name]
        result = runner.invoke(app, ["list", "--store", store, *TODAY, *extra, "--color"])
        assert result.exit_code == 0, (name, result.output)
        assert "\x1b" not in result.stdout, name
        result.stdout_bytes.decode("utf-8")
        assert "北京" in result.stdout, name


def test_between_takes_the_same_format_options(runner, store):
    args = ["between", "2018", "2019", "--store", store, "-f", "csv", "--no-header"]
    result = runner.invoke(app, [*args, "--fields", "id,date"])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["one-day", "2018-12-01"],
        ["whole-month", "2019-05"],
    ]
    result = runner.invoke(app, ["between", "2018", "2019", "--store", store, "--template", "{id}"])
    assert result.stdout == "one-day\nwhole-month\n"
