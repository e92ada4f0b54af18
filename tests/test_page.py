"""The HTML page renderer without a browser: one file, its data escaped, nothing loaded."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from carneytl.cli import app
from carneytl.render.page import policy, script_json

VARIED = str(Path(__file__).parent / "pages" / "varied.yaml")
TODAY = ["--today", "2026-11-28"]


def page_of(runner, *args: str) -> str:
    result = runner.invoke(app, [*args, *TODAY, "--format", "html"])
    assert result.exit_code == 0, result.output
    return result.stdout


def script_text(page: str, element_id: str) -> str:
    match = re.search(
        rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.DOTALL
    )
    assert match is not None, element_id
    return match[1]


def inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.DOTALL)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ('"</script><script>"', '"\\u003c/script\\u003e\\u003cscript\\u003e"'),
        ('"a & b"', '"a \\u0026 b"'),
        ('"<!--"', '"\\u003c!--"'),
        ('"x\u2028y\u2029z"', '"x\\u2028y\\u2029z"'),
        ('"北京"', '"北京"'),
    ],
)
def test_script_json_escapes_what_ends_or_breaks_a_script_element(raw, escaped):
    assert script_json(raw.encode()) == escaped
    assert json.loads(script_json(raw.encode())) == json.loads(raw)


def test_the_page_holds_exactly_the_json_records(runner):
    page = page_of(runner, "list", "--store", VARIED)
    result = runner.invoke(app, ["list", "--store", VARIED, *TODAY, "--json"])
    assert json.loads(script_text(page, "story-data")) == json.loads(result.stdout)
    meta = json.loads(script_text(page, "story-meta"))
    assert meta["today"] == "2026-11-28"
    assert meta["labels"][:3] == ["until Jun 2017", "2018?", "2018 – Mar 2019"]


def test_hostile_text_never_appears_raw_in_the_page(runner):
    page = page_of(runner, "list", "--store", VARIED)
    assert "<script>window.pwned" not in page
    assert "<img" not in page
    assert "\u2028" not in page
    assert "\u2029" not in page
    # Three script elements: the two data islands and the page's own code.
    assert page.count("<script") == 3
    assert page.count("</script>") == 3


def test_the_policy_allows_only_the_inline_script_and_style(runner):
    page = page_of(runner, "list")
    (meta,) = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    (script,) = inline(page, "script")
    (style,) = inline(page, "style")
    assert meta == policy(script, style)
    assert "default-src 'none'" in meta
    for text in (script, style):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in meta
    assert "unsafe-inline" not in meta
    assert "unsafe-eval" not in meta
    # The policy comes before anything it governs.
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_the_page_loads_nothing_from_elsewhere(runner):
    page = page_of(runner, "list")
    assert not re.search(r"<(script|img|iframe|link|object|embed)[^>]*\s(src|href)=", page)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "@import" not in page
    assert "http://" not in page.replace('"http://www.w3.org/2000/svg"', "")
    assert "https://" not in page


def test_list_between_and_timeline_write_the_page_with_filters(runner):
    page = page_of(runner, "list", "--store", VARIED, "--tag", "trade")
    ids = [r["id"] for r in json.loads(script_text(page, "story-data"))]
    assert ids == ["open-start", "a-month", "open-end"]
    page = page_of(runner, "between", "2019", "2019", "--store", VARIED)
    assert "a-day" in script_text(page, "story-data")
    page = page_of(runner, "timeline", "--store", VARIED)
    assert len(json.loads(script_text(page, "story-data"))) == 12
    assert page.startswith("<!doctype html>")


def test_an_empty_selection_still_writes_a_page(runner):
    page = page_of(runner, "list", "--store", VARIED, "--tag", "no-such-tag")
    assert json.loads(script_text(page, "story-data")) == []
    assert "<title>Chronology: 0 events</title>" in page


def test_the_format_is_registered_for_programs():
    from carneytl.render import FORMATS

    assert FORMATS["html"].machine
    assert FORMATS["html"].module == "carneytl.render.page"


def test_the_script_never_writes_markup():
    from importlib import resources

    folder = resources.files("carneytl.render") / "page"
    scripts = [p for p in folder.iterdir() if p.name.endswith(".js")]
    assert len(scripts) == 4
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in text, (script.name, sink)
        assert "new Function" not in text


def test_the_page_knows_the_as_of_day_and_names_it_in_its_title(runner):
    page = page_of(runner, "list", "--store", VARIED, "--as-of", "2019-06-30")
    meta = json.loads(script_text(page, "story-meta"))
    assert (meta["today"], meta["as_of"]) == ("2026-11-28", "2019-06-30")
    (title,) = re.findall(r"<title>(.*?)</title>", page)
    assert title.startswith("Chronology as known on 30 Jun 2019: ")
    # Hostile event text is as escaped as without --as-of.
    assert "<script>window.pwned" not in page
    assert page.count("<script") == 3


def test_without_as_of_the_page_says_nothing_of_it(runner):
    page = page_of(runner, "list", "--store", VARIED)
    assert json.loads(script_text(page, "story-meta"))["as_of"] is None
    (title,) = re.findall(r"<title>(.*?)</title>", page)
    assert title.startswith("Chronology: ")
