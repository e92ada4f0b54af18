"""The store's JSON Schema: a valid 2020-12 schema that accepts real stores and refuses bad ones."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from hypothesis import given, settings

from carneytl.cli import app
from carneytl.render import RenderContext
from carneytl.render.yamlstore import render as render_yaml
from carneytl.storage.schema import store_schema
from carneytl.storage.stores import default_store_path
from carneytl.storage.validate import (
    ACCOUNT_KEYS,
    DERIVED_KEYS,
    EVENT_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
)
from conftest import TODAY
from test_roundtrip import stores


@pytest.fixture(scope="module")
def validator():
    schema = store_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def as_json_types(document):
    # What an editor sees: YAML's dates are plain strings to a JSON Schema validator.
    return json.loads(json.dumps(document, default=str))


def test_the_schema_declares_draft_2020_12():
    assert store_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_names_exactly_the_keys_the_store_reads():
    schema = store_schema()
    assert set(schema["anyOf"][0]["properties"]) == set(TOP_KEYS)
    assert set(schema["$defs"]["event"]["properties"]) == set(EVENT_KEYS) | set(DERIVED_KEYS)
    assert set(schema["$defs"]["source"]["properties"]) == set(SOURCE_KEYS)
    # An account's record in the JSON output also gives its date's start, end and precision.
    assert set(schema["$defs"]["account"]["properties"]) == set(ACCOUNT_KEYS) | {
        "start",
        "end",
        "precision",
    }


def test_the_embedded_store_is_valid(validator):
    document = yaml.safe_load(default_store_path().read_text(encoding="utf-8"))
    validator.validate(as_json_types(document))


def test_the_json_carneytl_writes_is_valid(runner, validator):
    result = runner.invoke(app, ["list", "--json", "--today", "2026-11-28"])
    validator.validate(json.loads(result.stdout))


@settings(max_examples=50, deadline=None)
@given(stores())
def test_every_yaml_store_carneytl_writes_is_valid(events):
    schema = jsonschema.Draft202012Validator(store_schema())
    schema.validate(as_json_types(yaml.safe_load(render_yaml(events, RenderContext(TODAY)))))


@pytest.mark.parametrize(
    "event",
    [
        {"id": "Bad Id", "date": "2018", "title": "A"},
        {"id": "a", "date": "2018-13", "title": "A"},
        {"id": "a", "date": "2018/2019/2020", "title": "A"},
        {"id": "a", "date": "../..", "title": "A"},
        {"id": "a", "date": "2018"},
        {"id": "a", "date": "2018", "title": "two\nlines"},
        {"id": "a", "date": "2018", "title": "A", "tittle": "typo"},
        {"id": "a", "date": "2018", "title": "A", "tags": "not-a-list"},
        {"id": "a", "date": "2018", "title": "A", "actors": [""]},
    ],
)
def test_the_schema_refuses_what_the_store_refuses(validator, event):
    assert not validator.is_valid({"events": [event]})


@pytest.mark.parametrize("url", ["javascript:alert(1)", "www.example.com", "https://", 5])
def test_the_schema_refuses_a_source_url_that_is_not_a_web_address(validator, url):
    assert not validator.is_valid({"sources": [{"id": "s", "url": url}], "events": []})


ACCOUNTED = {"id": "a", "date": "2018-12-01", "title": "A"}


@pytest.mark.parametrize(
    "account",
    [
        {"date": "2018-13", "sources": ["s"]},
        {"date": "2018-12-05"},
        {"date": "2018-12-05", "sources": []},
        {"date": "2018-12-05", "sources": ["s"], "nte": "typo"},
        {"sources": ["s"]},
    ],
)
def test_the_schema_refuses_an_account_the_store_refuses(validator, account):
    assert not validator.is_valid({"events": [{**ACCOUNTED, "accounts": [account]}]})


def test_the_schema_takes_an_account_written_by_hand(validator):
    account = {"date": "2018-12-05", "sources": ["s"], "as_written": "Wednesday", "note": "n"}
    assert validator.is_valid({"events": [{**ACCOUNTED, "accounts": [account]}]})


def test_the_schema_refuses_an_unknown_top_level_key(validator):
    assert not validator.is_valid({"events": [], "evnts": []})


def test_the_schema_command_prints_the_schema_as_json(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == store_schema()


def test_the_readme_shows_the_yaml_language_server_modeline():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=" in readme
    assert "carneytl schema >" in readme
