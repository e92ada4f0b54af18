"""What a new user trips over: bounded option values, repeated names, Unicode, small views."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carneytl.cli import app

DAY = "2026-11-28"

STORE = """\
version: 1
events:
  - id: visit
    date: 2017-12-03/2017-12-07
    title: Trudeau visits Québec
    actors: [Canada, Zoë Martin]
    tags: [visit, Économie]
  - id: arrest
    date: 2018-12-01
    title: Meng Wanzhou arrested
    actors: [Canada]
  - id: later
    date: 2025-03
    title: Trade talks
"""


@pytest.fixture
def store(write_store):
    return str(write_store(STORE))


@pytest.fixture
def cli(runner, store):
    def invoke(*args, env=None):
        return runner.invoke(app, [*args, "--store", store, "--today", DAY], env=env)

    return invoke


# --- repeated fields -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "markdown"])
def test_a_repeated_field_is_a_usage_error_naming_it(cli, fmt):
    result = cli("list", "--format", fmt, "--fields", "id,title,ID")
    assert result.exit_code == 2
    assert "'id'" in result.stderr
    assert "more than once" in result.stderr
    assert result.stdout == ""


def test_distinct_fields_still_work(cli):
    result = cli("list", "--json", "--fields", "id,title")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0] == {"id": "visit", "title": "Trudeau visits Québec"}


# --- bounded work from option values ---------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "{title:>999999999}",
        "{title:.999999999}",
        "{title:x^1001}",
        "{title:>" + "9" * 5000 + "}",
        "{id:1001.2}",
    ],
)
def test_a_template_asking_for_a_huge_width_or_precision_is_a_usage_error(cli, template):
    result = cli("list", "--template", template)
    assert result.exit_code == 2
    assert "--template" in result.stderr
    assert "1000" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_a_template_within_the_bound_pads_as_python_does(cli):
    result = cli("list", "--template", "{id:>1000}|{title:.5}")
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first == " " * 995 + "visit|Trude"


def test_a_template_nesting_a_field_in_a_spec_is_refused(cli):
    result = cli("list", "--template", "{title:{id}}")
    assert result.exit_code == 2
    assert "nests" in result.stderr


# --- colour ----------------------------------------------------------------------------------

ANSI = "\x1b["


@pytest.mark.parametrize("command", [["list"], ["timeline"], ["timeline", "--scale"], ["stats"]])
def test_an_explicit_color_flag_wins_over_a_dumb_terminal(cli, command):
    result = cli(*command, "--color", env={"TERM": "dumb"})
    assert result.exit_code == 0
    assert ANSI in result.stdout


def test_a_dumb_terminal_still_gets_no_colour_by_default(cli):
    assert ANSI not in cli("list", env={"TERM": "dumb"}).stdout


def test_an_explicit_color_flag_wins_in_a_subprocess_with_a_dumb_terminal(store):
    import subprocess
    import sys

    env = {**os.environ, "TERM": "dumb"}
    args = [sys.executable, "-m", "carneytl", "list", "--store", store, "--today", DAY, "--color"]
    result = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0
    assert ANSI in result.stdout


# --- one name twice in one event -------------------------------------------------------------

REPEATS = """\
version: 1
events:
  - id: visit
    date: 2017-12-03
    title: A visit
    actors:
      - Canada
      - China
      - canada
    tags: [visit, Visit]
"""


def test_check_reports_an_actor_or_tag_listed_twice_with_its_place(runner, write_store):
    path = write_store(REPEATS)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert (
        f"{path}:9:9: actor 'canada' is listed twice in this event (also as 'Canada')"
        in result.stdout
    )
    assert (
        f"{path}:10:19: tag 'Visit' is listed twice in this event (also as 'visit')"
        in result.stdout
    )


def test_a_decomposed_spelling_of_an_actor_is_the_same_actor(runner, write_store):
    text = "version: 1\nevents:\n  - id: a\n    date: 2017\n    title: A\n"
    text += "    actors: [Zo\u00eb, Zoe\u0308]\n"
    result = runner.invoke(app, ["check", str(write_store(text))])
    assert result.exit_code == 1
    assert "listed twice" in result.stdout


def test_add_refuses_the_same_actor_twice_and_leaves_the_store_alone(runner, write_store):
    path = write_store("version: 1\nevents: []\n")
    before = path.read_bytes()
    args = ["add", "-s", str(path), "--date", "2018-12-01", "--title", "An arrest"]
    result = runner.invoke(app, [*args, "--actor", "Canada", "--actor", "Canada"])
    assert result.exit_code == 2
    assert "--actor: actor 'Canada' is listed twice" in result.stderr
    assert path.read_bytes() == before
    result = runner.invoke(app, [*args, "--tag", "x", "--tag", "X"])
    assert result.exit_code == 2
    assert "--tag: tag 'X' is listed twice" in result.stderr


def test_stats_counts_an_event_once_per_actor():
    from carneytl.dates.edtf import parse_edtf
    from carneytl.model import Event
    from carneytl.render.stats import tally

    event = Event(
        id="a", date=parse_edtf("2018"), title="A", actors=("Canada", "canada"), tags=("x", "x")
    )
    counts = tally([event])
    assert counts.actors == (("Canada", 1),)
    assert counts.tags == (("x", 1),)


# --- an empty required field -----------------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "date"])
def test_a_null_required_field_is_reported_as_empty_not_missing(runner, write_store, field):
    values = {"title": "A", "date": "2018"}
    values[field] = "null"
    text = "version: 1\nevents:\n  - id: a\n"
    text += f"    date: {values['date']}\n    title: {values['title']}\n"
    path = write_store(text)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    place = "4:11" if field == "date" else "5:12"  # where the value would be
    assert f"{path}:{place}: '{field}' is empty" in result.stdout
    assert "missing" not in result.stdout


def test_a_required_field_left_out_is_still_missing(runner, write_store):
    path = write_store("version: 1\nevents:\n  - id: a\n    date: 2018\n")
    result = runner.invoke(app, ["check", str(path)])
    assert "missing required field 'title'" in result.stdout


# --- Unicode in filters ----------------------------------------------------------------------


def ids(result):
    assert result.exit_code == 0, result.output
    return [record["id"] for record in json.loads(result.stdout)]


@pytest.mark.parametrize("spelling", ["Zo\u00eb Martin", "Zoe\u0308 Martin", "ZOË MARTIN"])
def test_an_actor_matches_in_any_unicode_spelling_and_case(cli, spelling):
    assert ids(cli("list", "--json", "--actor", spelling)) == ["visit"]


def test_an_actor_filter_still_tells_accents_apart(cli):
    assert ids(cli("list", "--json", "--actor", "Zoe Martin")) == []


@pytest.mark.parametrize("spelling", ["e\u0301conomie", "ÉCONOMIE"])
def test_a_tag_matches_in_any_unicode_spelling_and_case(cli, spelling):
    assert ids(cli("list", "--json", "--tag", spelling)) == ["visit"]
    assert ids(cli("list", "--json", "--exclude-tag", spelling)) == ["arrest", "later"]


@pytest.mark.parametrize("text", ["quebec", "QUÉBEC", "Que\u0301bec", "zoe"])
def test_search_ignores_case_and_accents(cli, text):
    assert ids(cli("list", "--json", "--search", text)) == ["visit"]


def test_search_keys_fold_accents_and_compatibility_forms():
    from carneytl.textkey import name_key, search_key

    assert search_key("Québec") == search_key("quebec") == "quebec"
    assert search_key("ﬁnance") == "finance"
    assert search_key("Straße") == "strasse"
    assert name_key("Zoe\u0308") == name_key("ZO\u00cb")
    assert name_key("Zoë") != name_key("Zoe")


@given(st.text(max_size=20))
def test_keys_do_not_depend_on_the_unicode_spelling(text):
    import unicodedata

    from carneytl.textkey import name_key, search_key

    composed, decomposed = (unicodedata.normalize(form, text) for form in ("NFC", "NFD"))
    assert name_key(composed) == name_key(decomposed)
    assert search_key(composed) == search_key(decomposed)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=20))
def test_an_ascii_name_has_the_key_of_the_full_caseless_match(text):
    import unicodedata

    from carneytl.textkey import name_key

    assert name_key(text) == unicodedata.normalize(
        "NFC", unicodedata.normalize("NFC", text).casefold()
    )


# --- CSV where a store is expected -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_piped_in_as_a_store_is_named_as_such(runner, store, fmt):
    table = runner.invoke(app, ["list", "--store", store, "--today", DAY, "--format", fmt])
    assert table.exit_code == 0
    result = runner.invoke(app, ["list", "--store", "-", "--today", DAY], input=table.stdout)
    assert result.exit_code == 1
    kind = fmt.upper()
    assert f"<stdin>: looks like {kind}, which is not a store format" in result.stderr
    assert "YAML, JSON or JSON Lines" in result.stderr
    assert "invalid YAML" not in result.stderr


def test_a_tiny_csv_file_is_named_as_csv_too(runner, write_store):
    path = write_store("id,date,title\na,2018,An event\n", name="events.csv")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert "looks like CSV" in result.stdout


def test_a_yaml_store_whose_first_line_has_commas_is_still_yaml(runner, write_store):
    text = "# id, date, title\nversion: 1\nevents:\n  - {id: a, date: 2018, title: A}\n"
    result = runner.invoke(app, ["check", str(write_store(text))])
    assert result.exit_code == 0, result.output


# --- timeline --scale ------------------------------------------------------------------------


def scale(runner, store, today, width=80):
    args = ["timeline", "--scale", "-s", store, "--today", today, "--width", str(width)]
    result = runner.invoke(app, [*args, "--no-color"])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_scale_says_today_is_past_the_axis_instead_of_pinning_it_to_the_edge(runner, store):
    lines = scale(runner, store, "2026-11-28")
    row = next(line for line in lines if "today" in line)
    assert row == "today, 28 Nov 2026, is after the last date shown →"
    legend = lines[-1]
    assert "▶" not in legend
    assert "▲" not in legend


def test_scale_says_today_is_before_the_axis(runner, store):
    lines = scale(runner, store, "2010-01-01")
    assert "← today, 1 Jan 2010, is before the first date shown" in lines


def test_the_scale_legend_shows_the_marker_the_axis_uses(runner, store):
    lines = scale(runner, store, "2020-01-01")
    row = next(line for line in lines if "today" in line)
    assert "▲" in row
    assert "▲ today" in lines[-1]
    assert "▶" not in lines[-1]


def test_the_plain_timeline_legend_keeps_its_own_marker(runner, store):
    result = runner.invoke(app, ["timeline", "-s", store, "--today", DAY, "--no-color"])
    assert "▶ today" in result.stdout.splitlines()[-1]


def test_a_scale_of_a_few_days_has_day_ticks(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2026-01-13, title: Leaves}\n"
        "  - {id: b, date: 2026-01-17, title: Back}\n"
    )
    lines = scale(runner, str(store), "2026-01-15")
    axis = next(line for line in lines if "┼" in line)
    assert axis.count("┼") == 4  # 14, 15, 16 and 17 January
    labels = lines[lines.index(axis) + 1]
    assert labels.split() == ["14", "Jan", "15", "16", "17"]


def test_a_scale_of_a_few_months_has_month_ticks(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2025-10-20, title: Start}\n"
        "  - {id: b, date: 2026-02-10, title: End}\n"
    )
    lines = scale(runner, str(store), "2026-01-15")
    axis = next(line for line in lines if "┼" in line)
    assert axis.count("┼") == 4  # November, December, January, February
    labels = lines[lines.index(axis) + 1]
    assert labels.split() == ["Nov", "Dec", "2026", "Feb"]  # January is named by its year


def test_an_ongoing_open_ended_event_runs_to_today(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2024-01-01, title: Before}\n"
        "  - {id: b, date: 2025-01-01/.., title: Thaw begins}\n"
    )
    lines = scale(runner, str(store), "2026-01-01")
    bar = next(line for line in lines if line.lstrip(" ●").startswith("▬"))
    axis = next(line for line in lines if "┼" in line)
    assert bar.endswith("━")
    assert len(bar) == len(axis)  # the axis reaches today, and the bar with it
    row = next(line for line in lines if "today" in line)
    assert row.endswith("▲")


def test_months_without_a_january_name_the_year_once(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2025-02-20, title: Start}\n"
        "  - {id: b, date: 2025-06-10, title: End}\n"
    )
    lines = scale(runner, str(store), "2025-03-15")
    axis = next(line for line in lines if "┼" in line)
    assert lines[lines.index(axis) + 1].split() == ["Mar", "2025", "Apr", "May", "Jun"]


# --- stats: runs of empty years --------------------------------------------------------------


def test_stats_collapses_a_run_of_empty_years_into_one_row(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2010, title: A}\n"
        "  - {id: b, date: 2012, title: B}\n"
        "  - {id: c, date: 2019, title: C}\n"
    )
    args = ["stats", "-s", str(store), "--today", DAY, "--width", "60", "--no-color"]
    lines = runner.invoke(app, args).stdout.splitlines()
    years = lines[lines.index("Per year") + 1 :]  # the last chart: no actors, no tags
    assert [line.split()[0] for line in years] == ["2010", "2011", "2012", "2013–2018", "2019"]
    assert years[1].split()[-1] == "none"
    assert years[3].split()[-1] == "none"
    assert all(len(line) <= 60 for line in lines)
    assert years[3].endswith("none")
    assert len(years[3]) == len(years[0])  # "none" ends where the counts end


def test_stats_json_still_has_a_row_for_every_year(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2010, title: A}\n"
        "  - {id: c, date: 2013, title: C}\n"
    )
    result = runner.invoke(app, ["stats", "-s", str(store), "--today", DAY, "--json"])
    years = json.loads(result.stdout)["years"]
    assert [row["year"] for row in years] == [2010, 2011, 2012, 2013]
    assert years[1]["events"] == 0


# --- small things ----------------------------------------------------------------------------


def test_show_leaves_out_the_fields_an_event_does_not_have(cli):
    result = cli("show", "later", "--width", "80")
    assert result.exit_code == 0
    out = result.stdout
    assert "none" not in out
    for label in ("As written", "Summary", "Actors", "Tags", "Location", "Sources"):
        assert label not in out, label
    for label in ("Date", "Span", "Status", "Stored as"):
        assert label in out, label


def test_the_table_leaves_out_actors_and_tags_when_no_event_has_any(runner, write_store):
    store = write_store(
        "version: 1\nevents:\n"
        "  - {id: a, date: 2018-12-01, title: An arrest, tags: [huawei]}\n"
        "  - {id: b, date: 2019-01-01, title: A release}\n"
    )
    args = ["list", "-s", str(store), "--today", DAY, "--width", "120"]
    header = runner.invoke(app, args).stdout.splitlines()[0].split()
    assert header == ["Date", "Title", "Tags"]
    store.write_text("version: 1\nevents:\n  - {id: b, date: 2019-01-01, title: A release}\n")
    header = runner.invoke(app, args).stdout.splitlines()[0].split()
    assert header == ["Date", "Title"]


def test_the_fast_table_leaves_out_empty_columns_as_well(runner, write_store):
    from carneytl.render.table import LARGE

    rows = [f"  - {{id: e{i}, date: 2018-01-01, title: E{i}}}" for i in range(LARGE + 1)]
    store = write_store("version: 1\nevents:\n" + "\n".join(rows) + "\n")
    args = ["list", "-s", str(store), "--today", DAY, "--width", "120"]
    assert runner.invoke(app, args).stdout.splitlines()[0].split() == ["Date", "Title"]


def test_bare_check_names_the_embedded_store_not_a_path(runner):
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0
    assert result.stdout.startswith("the embedded store: ok, ")
    assert "events.yaml" not in result.stdout


@pytest.mark.parametrize("command", [["list"], ["timeline"], ["timeline", "--scale"], ["stats"]])
def test_a_thirty_column_terminal_gets_a_thirty_column_layout(cli, command):
    from rich.cells import cell_len

    result = cli(*command, "--no-color", env={"COLUMNS": "30"})
    assert result.exit_code == 0
    widest = max(cell_len(line) for line in result.stdout.splitlines())
    assert 25 <= widest <= 30


def test_width_takes_thirty_and_refuses_less(cli):
    assert cli("list", "--width", "30").exit_code == 0
    result = cli("list", "--width", "29")
    assert result.exit_code == 2
    assert "29 is not between 30 and 1000 columns" in result.stderr


def test_width_help_says_where_the_width_comes_from(runner):
    import re

    out = re.sub(r"\s+", " ", runner.invoke(app, ["list", "--help"], env={"COLUMNS": "200"}).stdout)
    assert "30 to 1000" in out
    assert "COLUMNS" in out


def _stderr_on_a_terminal(on_a_terminal, args, columns):
    """Run carneytl with stdout on a pseudo-terminal (no pager); return its stderr."""
    env = dict(os.environ, CARNEYTL_PAGER="cat", COLUMNS=str(columns))
    result = on_a_terminal([*args, "--today", DAY, "--no-color"], env)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_on_a_terminal_the_table_says_once_which_columns_it_left_out(on_a_terminal):
    err = _stderr_on_a_terminal(on_a_terminal, ["list"], 80)
    assert err.count("\n") == 1
    assert err.startswith("note: Tags was left out to fit 80 columns; --width ")
    needed = int(err.split("--width ")[1].split()[0])
    assert 80 < needed <= 120
    assert _stderr_on_a_terminal(on_a_terminal, ["list", "--width", str(needed)], 80) == ""
    assert _stderr_on_a_terminal(on_a_terminal, ["list", "--width", str(needed - 1)], 80) != ""


def test_off_a_terminal_the_table_leaves_columns_out_without_a_word(runner):
    result = runner.invoke(app, ["list", "--today", DAY, "--width", "80"])
    assert result.exit_code == 0
    assert "Tags" not in result.stdout.splitlines()[0]
    assert result.stderr == ""


def test_left_out_names_no_column_that_would_be_empty():
    import datetime as dt

    from carneytl.dates.edtf import parse_edtf
    from carneytl.model import Event
    from carneytl.render import RenderContext
    from carneytl.render.table import left_out

    event = Event(id="a", date=parse_edtf("2018"), title="A " * 40, actors=("Canada",))
    assert left_out([event], RenderContext(dt.date(2026, 1, 1), 30)) == (("Actors",), 40)
    assert left_out([event], RenderContext(dt.date(2026, 1, 1), 120)) == ((), 120)
