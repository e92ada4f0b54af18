"""Numbers typed on the command line or set in the environment: ASCII digits, and not too many."""

from __future__ import annotations

import json

import pytest

from carneytl import output
from carneytl.cli import app


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1_000", "'1_000' is not a number of events (a whole number, e.g. 80)"),
        ("٣", "'٣' is not a number of events"),
        ("１０", "'１０' is not a number of events"),
        ("1.0", "'1.0' is not a number of events"),
        ("9" * 5000, f"'{'9' * 37}...' is more events than there can be"),
    ],
)
def test_a_limit_is_ascii_digits_and_not_too_many(runner, value, message):
    result = runner.invoke(app, ["list", "--json", "--limit", value])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr) < 400


@pytest.mark.parametrize(("value", "count"), [("0", 0), ("+1", 1), ("0" * 40 + "2", 2)])
def test_a_limit_in_ascii_digits_is_read(runner, value, count):
    result = runner.invoke(app, ["list", "--json", "--limit", value])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == count


def test_a_width_of_other_digits_is_refused(runner):
    result = runner.invoke(app, ["list", "--width", "８０"])
    assert result.exit_code == 2
    assert "'８０' is not a number of columns" in result.stderr


@pytest.mark.parametrize(
    ("columns", "width"),
    [
        ("120", 120),
        (" 90 ", 90),
        ("1_000", None),
        ("１２０", None),
        ("9" * 5000, None),
        ("0", None),
    ],
)
def test_the_columns_variable_is_read_only_in_ascii_digits(monkeypatch, columns, width):
    monkeypatch.setenv("COLUMNS", columns)
    assert output._env_width() == width  # noqa: SLF001 - the one reader of the variable
