"""Numbers typed on the command line or set in the environment: ASCII digits, and not too many."""

from __future__ import annotations

import json

import pytest

from carneytl import output
from carneytl.cli import app
from carneytl.storage.stores import max_store_bytes


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


@pytest.mark.parametrize(
    ("megabytes", "limit"),
    [
        ("3", 3_000_000),
        (" 0.5 ", 500_000),
        ("inf", 64_000_000),
        ("1e400", 64_000_000),
        ("1_0", 64_000_000),
        ("٣", 64_000_000),
        ("nan", 64_000_000),
        ("0", 64_000_000),
        ("9" * 5000, 64_000_000),
    ],
)
def test_the_store_size_limit_is_read_only_from_ascii_digits(monkeypatch, megabytes, limit):
    monkeypatch.setenv("CARNEYTL_MAX_STORE_MB", megabytes)
    assert max_store_bytes() == limit


def test_an_infinite_store_size_limit_reads_the_store_at_the_usual_limit(runner, monkeypatch):
    monkeypatch.setenv("CARNEYTL_MAX_STORE_MB", "inf")
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    result = runner.invoke(app, ["list", "--json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 1
