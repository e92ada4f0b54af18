"""The drawn views: timeline, timeline --scale, show and stats, and their SVG/HTML export."""

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from rich.cells import cell_len

from carneytl.cli import app

TODAY = ["--today", "2026-11-28"]
PLAIN = ["--no-color"]

WIDE_STORE = """\
version: 1
sources:
  - id: xinhua
    title: 习近平会见加拿大总理卡尼
    publisher: 新华社
    published: 2026-01-16
    url: https://example.org/a/very/long/address/that/goes/on/and/on/without/any/space/at/all
events:
  - id: xi-meets-carney
    date: 2026-01-16
    title: 习近平在人民大会堂会见加拿大总理卡尼，双方宣布建立新型战略伙伴关系并签署多项合作文件
    actors: [习近平, Mark Carney]
    tags: [外交, visit]
    location: 北京
    sources: [xinhua]
    as_written: 周五
  - id: quebec-trade-mission
    date: 2019-05
    title: >-
      Québec's trade mission to Shànghǎi, led by the Ministère de l'Économie et de
      l'Innovation
    actors: [Québec, François Legault]
    tags: [trade]
  - id: long-title
    date: 2018
    title: >-
      Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword
      and then a long tail of ordinary words that keeps going well past any reasonable
      terminal width to test wrapping
    actors: [A really rather long actor name that will not fit in a narrow column at all]
    tags: [a-tag-with-an-exceptionally-long-name-for-testing-truncation]
  - id: open-start
    date: ../2017-06~
    title: Talks that had no recorded beginning
  - id: open-end
    date: 2025-10-22/..
    title: A policy still in force
  - id: future-summit
    date: 2027-03/2027-05?
    title: A summit planned for spring
"""


def _invoke(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.stdout


# --- timeline ------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_timeline_shows_every_year_of_the_story_with_breaks_between_them(runner, width, color):
    out = _invoke(runner, ["timeline", *TODAY, color, "--width", str(width)])
    plain = _strip_ansi(out)
    headings = [line for line in plain.splitlines() if line.strip().isdigit()]
    assert headings == ["2017", "2018", "2021", "2025", "2026"]
    assert "2 years 9 months later" in plain
    assert "3 years 4 months later" in plain
    # The two long silences are the only breaks: 2017 to 2018 is less than a year.
    assert plain.count("later") == 2
    # Breaks sit between the years they separate.
    assert plain.index("2018") < plain.index("2 years 9 months") < plain.index("\n2021")
    assert plain.index("\n2021") < plain.index("3 years 4 months") < plain.index("\n2025")


def _strip_ansi(text):
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_timeline_with_color_uses_escape_codes_and_without_none(runner):
    assert "\x1b[" in _invoke(runner, ["timeline", *TODAY, "--color"])
    assert "\x1b[" not in _invoke(runner, ["timeline", *TODAY, "--no-color"])


@pytest.mark.parametrize("scale", [[], ["--scale"]], ids=["timeline", "scale"])
def test_coloured_views_keep_the_styles_of_whole_lines(runner, scale):
    out = _invoke(runner, ["timeline", *scale, *TODAY, "--color"])
    today = "\x1b[1;33m"  # bold yellow, the today line's own style
    assert any(line.startswith(today) and "today" in line for line in out.splitlines())
    if not scale:
        assert "\x1b[1m2017\x1b[0m" in out  # year headings are bold


def _on_a_terminal(args, **env_changes):
    """Run carneytl with stdout on a pseudo-terminal, as a user's shell would, and read it."""
    import os
    import pty

    env = {**os.environ, "TERM": "xterm-256color", **env_changes}
    env = {k: v for k, v in env.items() if v is not None}
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "carneytl", *args],
        stdout=child,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closes once the process has gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait() == 0
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_timeline_on_a_terminal_is_coloured_unless_no_color_is_set():
    args = ["timeline", *TODAY, "--since", "2026", "--width", "60"]
    assert "\x1b[" in _on_a_terminal(args, NO_COLOR=None)
    plain = _on_a_terminal(args, NO_COLOR="1")
    assert "\x1b[" not in plain
    assert "today, 28 Nov 2026" in plain
    assert "\x1b[" in _on_a_terminal([*args, "--color"], NO_COLOR="1")


def test_timeline_draws_the_today_line_after_the_past_events(runner):
    out = _invoke(runner, ["timeline", *TODAY, *PLAIN])
    lines = out.splitlines()
    marker = next(i for i, line in enumerate(lines) if "today, 28 Nov 2026" in line)
    last_event = max(i for i, line in enumerate(lines) if "17 Jan 2026" in line)
    assert marker > last_event
    assert lines[marker].startswith(" ▶")


def test_timeline_marks_upcoming_events_hollow_after_the_today_line(runner):
    out = _invoke(runner, ["timeline", "--today", "2026-01-15", *PLAIN, "--width", "100"])
    lines = out.splitlines()
    marker = next(i for i, line in enumerate(lines) if "today, 15 Jan 2026" in line)
    xi = next(i for i, line in enumerate(lines) if "16 Jan 2026" in line)
    arrest = next(i for i, line in enumerate(lines) if "1 Dec 2018" in line)
    assert arrest < marker < xi
    assert lines[xi].startswith(" ○")
    assert lines[arrest].startswith(" ●")


def test_timeline_glyphs_tell_day_month_year_and_interval_apart(runner, write_store):
    store = write_store(WIDE_STORE)
    out = _invoke(runner, ["timeline", "-s", str(store), *TODAY, *PLAIN, "--width", "120"])
    rows = {
        line.split()[1]: line.split()[0]
        for line in out.splitlines()
        if line.startswith(" ") and len(line.split()) > 1
    }
    assert rows["2018"] == "■"
    assert rows["May"] == "◆"
    assert rows["16"] == "●"
    assert rows["c."] == "▬"  # c. until Jun 2017
    assert rows["Mar–May"] == "▭"  # an upcoming interval is hollow


def test_timeline_reversed_reads_newest_first_with_breaks_counted_back(runner):
    out = _invoke(runner, ["timeline", *TODAY, *PLAIN, "--reverse"])
    headings = [line for line in out.splitlines() if line.strip().isdigit()]
    assert headings == ["2026", "2025", "2021", "2018", "2017"]
    assert "3 years 4 months earlier" in out
    assert out.index("today, 28 Nov 2026") < out.index("2026")


def test_timeline_reversed_puts_today_first_even_when_every_event_shares_one_day(runner):
    one_day = ["--since", "2026-01-15", "--until", "2026-01-15", "--within"]
    out = _invoke(runner, ["timeline", *TODAY, *PLAIN, "--reverse", *one_day])
    assert out.index("today, 28 Nov 2026") < out.index("Li Qiang") < out.index("Zhao Leji")


def test_timeline_takes_the_list_filters(runner):
    out = _invoke(runner, ["timeline", *TODAY, *PLAIN, "--since", "2025", "--tag", "diplomacy"])
    assert "2018" not in out
    assert "Carney and Xi Jinping meet at the APEC summit" in out
    assert "Carney lands in Beijing" not in out


def test_timeline_with_nothing_to_show_says_so_on_stderr(runner):
    result = runner.invoke(app, ["timeline", *TODAY, "--search", "no such thing"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no events match" in result.stderr


# --- timeline --scale ----------------------------------------------------------------------


def test_scale_places_events_in_proportion_to_time(runner):
    out = _invoke(runner, ["timeline", "--scale", *TODAY, *PLAIN, "--width", "100"])
    lines = out.splitlines()
    axis = next(line for line in lines if "┼" in line)
    years = lines[lines.index(axis) + 1]
    # Year ticks are evenly spaced: the gaps between them differ by at most one cell.
    ticks = [i for i, char in enumerate(axis) if char == "┼"]
    gaps = {b - a for a, b in itertools.pairwise(ticks)}
    assert max(gaps) - min(gaps) <= 1
    for year in ("2018", "2021", "2025"):
        assert years.index(year) in ticks
    # The last year's label keeps inside the width, ending at the edge if it must.
    assert years.index("2026") in ticks or years.endswith("2026")
    # Markers sit where their day falls between the year ticks: 24 Sep 2021 is 73% of the
    # way from the 2021 tick to the 2022 one.
    marks = lines[lines.index(axis) - 1]
    assert marks[0] == "▬"
    column_2021 = marks.index("●", marks.index("●") + 1)
    tick_2021 = years.index("2021")
    gap = min(gaps)
    expected = tick_2021 + (dt.date(2021, 9, 24) - dt.date(2021, 1, 1)).days / 365 * gap
    assert abs(column_2021 - expected) <= 1


def test_scale_numbers_match_the_legend_under_the_axis(runner):
    out = _invoke(runner, ["timeline", "--scale", *TODAY, *PLAIN, "--width", "80"])
    assert "8–14" in out  # the visit's days share one column and one label
    legend = [line for line in out.splitlines() if re.match(r"^[ \d]\d  [●◆■▬○◇□▭]  ", line)]
    assert [int(line[:2]) for line in legend] == list(range(1, 15))
    assert "14  ●  17 Jan 2026" in out


@pytest.mark.parametrize("reverse", [[], ["--reverse"]], ids=["oldest first", "newest first"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_scale_labels_name_every_event_once_however_crowded(runner, write_store, width, reverse):
    rows = [
        f"  - {{id: e{i}, date: {2020 + i // 12}-{i % 12 + 1:02d}-15, title: E{i}}}"
        for i in range(60)
    ]
    store = write_store("version: 1\nevents:\n" + "\n".join(rows) + "\n")
    args = [
        "timeline",
        "--scale",
        "-s",
        str(store),
        *TODAY,
        *PLAIN,
        "--width",
        str(width),
        *reverse,
    ]
    lines = _invoke(runner, args).splitlines()
    marks_row = next(i for i, line in enumerate(lines) if "●" in line)
    named = []
    for line in lines[:marks_row]:
        for token in line.split():
            low, _, high = token.partition("–")
            assert int(low) <= int(high or low)
            named.extend(range(int(low), int(high or low) + 1))
    assert sorted(named) == list(range(1, 61))
    assert marks_row <= 3


def test_scale_draws_intervals_as_bars(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: long-one, date: 2018/2020, title: A three-year programme}\n"
        "  - {id: point, date: 2021-06-01, title: One day}\n"
    )
    out = _invoke(runner, ["timeline", "--scale", "-s", str(store), *TODAY, *PLAIN])
    bar = next(line for line in out.splitlines() if line.startswith("▬"))
    assert "━━━━━━━━━━" in bar
    assert bar.rstrip().endswith("●")


def test_scale_stacks_overlapping_bars_in_at_most_eight_lanes(runner, write_store):
    rows = [f"  - {{id: e{i}, date: 2010/2020, title: E{i}}}" for i in range(30)]
    store = write_store("version: 1\nevents:\n" + "\n".join(rows) + "\n")
    lines = _invoke(runner, ["timeline", "--scale", "-s", str(store), *TODAY, *PLAIN]).splitlines()
    bars = [line for line in lines if line.startswith("▬━")]
    assert len(bars) == 8


def test_scale_shows_today_on_the_axis_when_it_falls_inside(runner):
    out = _invoke(runner, ["timeline", "--scale", "--today", "2020-01-01", *PLAIN])
    lines = out.splitlines()
    row = next(line for line in lines if "today" in line)
    axis = next(line for line in lines if "┼" in line)
    years = lines[lines.index(axis) + 1]
    assert row.index("▲") == years.index("2020")


def test_scale_copes_with_a_single_event(runner, write_store):
    store = write_store("version: 1\nevents:\n  - {id: one, date: 2018-12-01, title: Alone}\n")
    out = _invoke(runner, ["timeline", "--scale", "-s", str(store), *TODAY, *PLAIN])
    assert out.startswith("1\n●\n")
    assert "Dec 2018" in out


# --- show ----------------------------------------------------------------------------------


def test_show_gives_every_field_in_plain_words(runner):
    out = _invoke(runner, ["show", "meng-arrest", *TODAY, *PLAIN, "--width", "100"])
    for expected in (
        "meng-arrest",
        "Canada arrests Huawei finance chief Meng Wanzhou at Washington's request",
        "a single day, Saturday 1 December 2018",
        "past: it ended 7 years 11 months before 28 Nov 2026",
        "“in 2018”",
        "2018-12-01",
        "Canadian authorities detain",
        "Canada, United States, China, Meng Wanzhou, Huawei",
        "huawei, detention, extradition",
        "Vancouver",
        "BBC News, 14 Jan 2026",
        "“Canada's Mark Carney faces delicate balancing act in China visit”",
        "The Globe and Mail, Dec 2018",
        "[toronto-star-2018-12-06]",
    ):
        assert expected in out, expected


def test_show_says_a_year_is_the_whole_year(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n  - {id: crisis, date: '2018', title: The crisis year}\n"
    )
    out = _invoke(runner, ["show", "crisis", "-s", str(store), *TODAY, *PLAIN])
    assert "the whole of 2018" in out
    assert "none" not in out  # fields the store leaves out are left out


def test_show_status_of_an_upcoming_and_an_ongoing_event(runner):
    ahead = _invoke(runner, ["show", "carney-meets-xi-2026", "--today", "2026-01-15", *PLAIN])
    assert "upcoming: it starts 1 day after 15 Jan 2026" in ahead
    during = _invoke(runner, ["show", "carney-china-visit-2026", "--today", "2026-01-15", *PLAIN])
    assert "ongoing on 15 Jan 2026" in during
    assert "from 13 January 2026 to 17 January 2026, 5 days" in during


def test_show_json_is_the_event_record(runner):
    record = json.loads(_invoke(runner, ["show", "meng-arrest", *TODAY, "--json"]))
    assert record["id"] == "meng-arrest"
    assert record["status"] == "past"
    assert record["sources"][0]["publisher"] == "BBC News"


def test_show_unknown_id_exits_1_and_suggests_the_closest_ids(runner):
    result = runner.invoke(app, ["show", "meng-arest"])
    assert result.exit_code == 1
    assert "error: no event has the id 'meng-arest'" in result.stderr
    assert "did you mean meng-arrest" in result.stderr
    assert result.stdout == ""


def test_show_unknown_id_from_a_real_process_exits_1_without_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "show", "carney-visit"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "hint: did you mean" in done.stderr
    assert "carney-" in done.stderr


def test_show_unknown_id_with_nothing_close_points_to_the_list(runner):
    result = runner.invoke(app, ["show", "zzzzzz"])
    assert result.exit_code == 1
    assert "carneytl list" in result.stderr


# --- stats ---------------------------------------------------------------------------------


def test_stats_counts_per_year_with_the_silent_years_as_none(runner):
    out = _invoke(runner, ["stats", *TODAY, *PLAIN, "--width", "80"])
    assert out.startswith("14 events, 3 Dec 2017 – 17 Jan 2026\n")
    rows = {line.split()[0]: line.split()[-1] for line in out.splitlines() if line.startswith("  ")}
    assert rows["2018"] == "2"
    assert rows["2019–2020"] == "none"
    assert rows["2026"] == "7"
    assert rows["Canada"] == "14"
    assert rows["visit"] == "8"


def test_stats_json_holds_the_same_counts(runner):
    doc = json.loads(_invoke(runner, ["stats", *TODAY, "--json"]))
    assert doc["events"] == 14
    assert doc["first"] == "2017-12-03"
    assert {"year": 2020, "events": 0} in doc["years"]
    assert doc["actors"][0] == {"actor": "Canada", "events": 14}
    assert {"tag": "visit", "events": 8} in doc["tags"]


def test_stats_takes_the_list_filters(runner):
    doc = json.loads(_invoke(runner, ["stats", *TODAY, "--json", "--actor", "Xi Jinping"]))
    assert doc["events"] == 3
    assert [y["year"] for y in doc["years"]] == list(range(2017, 2027))
    doc = json.loads(_invoke(runner, ["stats", *TODAY, "--json", "--since", "2026"]))
    assert doc["years"] == [{"year": 2026, "events": 7}]


def test_stats_json_refuses_an_export(runner, tmp_path):
    result = runner.invoke(app, ["stats", "--json", "--export-svg", str(tmp_path / "s.svg")])
    assert result.exit_code == 2


# --- width, CJK, accents ---------------------------------------------------------------------

VIEW_ARGS = [
    ["timeline"],
    ["timeline", "--scale"],
    ["timeline", "--reverse"],
    ["stats"],
    ["show", "xi-meets-carney"],
    ["show", "long-title"],
]


@pytest.mark.parametrize("width", [40, 80, 120, 200])
@pytest.mark.parametrize("view", VIEW_ARGS, ids=" ".join)
@pytest.mark.parametrize("store_kind", ["embedded", "wide"])
def test_no_line_is_wider_than_the_width_asked(runner, write_store, width, view, store_kind):
    if store_kind == "embedded" and view[0] == "show":
        view = ["show", "carney-meets-xi-2026"]
    store = ["-s", str(write_store(WIDE_STORE))] if store_kind == "wide" else []
    out = _invoke(runner, [*view, *store, *TODAY, *PLAIN, "--width", str(width)])
    assert out.strip()
    for line in out.splitlines():
        assert cell_len(line) <= width, line


def test_columns_sets_the_width_when_no_flag_does(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    out = _invoke(runner, ["timeline", *TODAY, *PLAIN])
    assert max(cell_len(line) for line in out.splitlines()) == 40
    assert "Canada arrests Huawei finance chief\n" in out


def test_cjk_and_accented_titles_line_up_with_the_others(runner, write_store):
    store = write_store(WIDE_STORE)
    out = _invoke(runner, ["timeline", "-s", str(store), *TODAY, *PLAIN, "--width", "80"])
    lines = out.splitlines()
    starts = set()
    for index, line in enumerate(lines):
        for title in ("习近平在", "Québec's", "Talks that", "A policy"):
            if title in line:
                starts.add(cell_len(line[: line.index(title)]))
                # Wrapped lines continue under the title's first cell.
                follow = lines[index + 1]
                if follow.strip() and not follow.startswith(" ●") and follow.startswith("  "):
                    starts.add(len(follow) - len(follow.lstrip()))
    assert len(starts) == 1
    assert "习近平" in out
    assert "Économie" in out


# --- export ----------------------------------------------------------------------------------


def _parse_svg(path):
    return ET.parse(path).getroot()  # noqa: S314 - the file is carneytl's own output


@pytest.mark.parametrize(
    "command", [["timeline"], ["timeline", "--scale"], ["list"], ["stats"]], ids=" ".join
)
def test_exported_svg_is_well_formed_xml(runner, tmp_path, write_store, command):
    picture = tmp_path / "out.svg"
    markup = "  - {id: markup, date: 2020, title: 'a <b> & \"c\" [red]x'}\n"
    store = write_store(WIDE_STORE + markup)
    result = runner.invoke(
        app, [*command, "-s", str(store), *TODAY, "--color", "--export-svg", str(picture)]
    )
    assert result.exit_code == 0, result.output
    root = _parse_svg(picture)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = "".join(root.itertext())
    assert "习近平" in text.replace("\xa0", " ")


def test_export_writes_what_stdout_shows_and_html_too(runner, tmp_path):
    svg, html = tmp_path / "t.svg", tmp_path / "t.html"
    args = ["timeline", *TODAY, *PLAIN, "--export-svg", str(svg), "--export-html", str(html)]
    out = _invoke(runner, args)
    assert "2 years 9 months later" in out
    page = html.read_text(encoding="utf-8")
    assert "2 years 9 months later" in page
    assert page.lstrip().lower().startswith("<!doctype html>")
    _parse_svg(svg)


def test_export_without_colour_carries_no_colour(runner, tmp_path):
    plain, coloured = tmp_path / "plain.svg", tmp_path / "coloured.svg"
    _invoke(runner, ["timeline", *TODAY, "--no-color", "--export-svg", str(plain)])
    _invoke(runner, ["timeline", *TODAY, "--color", "--export-svg", str(coloured)])
    assert plain.read_text().count("fill: #") < coloured.read_text().count("fill: #")


def test_export_to_a_missing_directory_exits_1_with_a_message(runner, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "t.svg"
    result = runner.invoke(app, ["timeline", *TODAY, "--export-svg", str(target)])
    assert result.exit_code == 1
    assert f"error: cannot write {target}" in result.stderr


def test_list_exports_its_table_but_not_json(runner, tmp_path):
    picture = tmp_path / "list.svg"
    _invoke(runner, ["list", *TODAY, "--export-svg", str(picture)])
    _parse_svg(picture)
    result = runner.invoke(app, ["list", "--json", "--export-svg", str(picture)])
    assert result.exit_code == 2


# --- start-up ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["stats", "--json"], ["show", "meng-arrest", "--json"]],
    ids=" ".join,
)
def test_machine_output_never_imports_rich(args):
    code = (
        "import sys\n"
        "from carneytl.cli import main\n"
        f"sys.argv = ['carneytl', *{args!r}, '--today', '2026-11-28']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] == 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"


def test_the_readme_picture_is_committed_and_well_formed():
    from pathlib import Path

    top = Path(__file__).parent.parent
    assert "](docs/timeline.svg)" in (top / "README.md").read_text(encoding="utf-8")
    texts = {
        name: "".join(_parse_svg(top / "docs" / name).itertext()).replace("\xa0", " ")
        for name in ("timeline.svg", "timeline-scale.svg")
    }
    assert "2 years 9 months later" in texts["timeline.svg"]
    assert "8–14" in texts["timeline-scale.svg"]


def test_events_with_an_open_start_go_under_one_heading_before_the_years(runner, write_store):
    path = write_store(
        "events:\n"
        "  - {id: a, date: ../2021, title: Open start}\n"
        "  - {id: b, date: 2019/.., title: Open end}\n"
        "  - {id: c, date: 2020-05-01, title: Dated}\n"
        "  - {id: d, date: ../2018-03, title: Also open}\n"
    )
    out = _invoke(runner, ["timeline", "--store", str(path), *TODAY, *PLAIN])
    headings = [line for line in out.splitlines() if line and not line.startswith((" ", "●"))]
    assert headings == ["earlier", "2019", "2020"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "markdown", "yaml", "ics"])
def test_as_of_is_said_by_the_views_for_people_never_in_machine_formats(runner, fmt):
    day = ["--today", "2026-11-28", "--as-of", "2026-01-14"]
    told = runner.invoke(app, ["list", *day, "--no-color", "--width", "80"])
    assert told.stdout.endswith("\nas known on 14 Jan 2026; later reports left out\n")
    result = runner.invoke(app, ["list", *day, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "as known on" not in result.stdout
    assert "as known on" not in runner.invoke(app, ["stats", *day, "--json"]).stdout
