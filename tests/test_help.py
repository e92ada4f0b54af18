"""Help in one style: capital metavars, options' errors in the user's words, what --search reads."""

from __future__ import annotations

import re

import pytest

from carneytl.cli import COMMANDS, app

# "  -s, --store PATH   Store file..." -> "PATH"; a flag has no metavar after its name.
OPTION_LINE = re.compile(r"^\s+(?:-\w, )?(--[\w-]+)(?: (\S+))?")


def help_text(runner, *command):
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)])
def test_every_metavar_is_one_word_in_capitals(runner, command):
    text = help_text(runner, *command)
    for line in text.splitlines():
        found = OPTION_LINE.match(line)
        if found and found.group(2) and not found.group(2).startswith(("/", "-")):
            metavar = found.group(2)
            assert re.fullmatch(r"[A-Z][A-Z|]*", metavar), (command, line)


def test_no_help_shows_click_type_names_or_ranges(runner):
    for name in COMMANDS:
        text = help_text(runner, name)
        for noise in ("<int", "<str>", "<path>", "<integer", "x>=", "<=x"):
            assert noise not in text, (name, noise)


def test_search_help_names_the_fields_it_reads(runner):
    text = " ".join(help_text(runner, "list").split())
    assert "title, summary, location, actors or tags" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--width", "abc"], "'abc' is not a number of columns (a whole number, e.g. 80)"),
        (["--width", "29"], "29 is not between 30 and 1000 columns"),
        (["--width", "1.5"], "'1.5' is not a number of columns"),
        (["--limit", "x"], "'x' is not a number of events"),
        (["--limit", "-1"], "-1 is negative; give 0 or more events"),
    ],
)
def test_a_bad_number_is_said_in_the_users_words(runner, args, message):
    result = runner.invoke(app, ["list", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "int range" not in result.stderr


def test_good_numbers_still_pass(runner):
    spaced = runner.invoke(app, ["list", "--json", "--width", " 80 "])
    assert spaced.exit_code == 0, spaced.output
    none = runner.invoke(app, ["list", "--json", "-n", "0"])
    assert none.exit_code == 0, none.output
    assert none.stdout == "[]\n"
