"""What a new user trips over: bounded option values, repeated names, Unicode filters, small views."""

from __future__ import annotations

import json

import pytest

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
