"""The pipeline from the README, run as real processes joined by real pipes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

CARNEYTL = [sys.executable, "-m", "carneytl"]
JQ_FILTER = 'map(select(.tags | index("huawei")))'


def _huawei_events():
    from carneytl.query import Query, run
    from carneytl.storage.stores import load_stores

    return [e for e in run(load_stores([]), Query()) if "huawei" in e.tags]


def _huawei_ids():
    ids = [e.id for e in _huawei_events()]
    assert "meng-arrest" in ids
    return ids


def _python_filter():
    # The same selection as the jq filter, for machines without jq: never skip the pipeline.
    code = (
        "import json, sys; "
        "events = json.load(sys.stdin); "
        "json.dump([e for e in events if 'huawei' in e['tags']], sys.stdout)"
    )
    return [sys.executable, "-c", code]


def _filter():
    jq = shutil.which("jq")
    return [jq, JQ_FILTER] if jq else _python_filter()


def _pipeline(*stages):
    processes = []
    previous = None
    for stage in stages:
        process = subprocess.Popen(
            stage,
            stdin=previous.stdout if previous else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if previous is not None:
            previous.stdout.close()  # so an early exit downstream reaches upstream as EPIPE
        processes.append(process)
        previous = process
    out, err = processes[-1].communicate(timeout=60)
    for process in processes[:-1]:
        process.wait(timeout=60)
        assert process.returncode == 0, process.stderr.read().decode()
        process.stderr.close()
    assert processes[-1].returncode == 0, err.decode()
    return out.decode("utf-8")


def test_json_output_filtered_by_jq_is_read_back_as_a_store_from_stdin():
    today = ["--today", "2026-11-28"]
    out = _pipeline(
        [*CARNEYTL, "list", "--json", *today],
        _filter(),
        [*CARNEYTL, "list", "--store", "-", "--json", *today],
    )
    events = json.loads(out)
    assert [e["id"] for e in events] == _huawei_ids()
    assert all("huawei" in e["tags"] for e in events)
    assert events[0]["sources"][0]["id"] == "bbc-2026-01-14"


def test_the_readme_pipeline_draws_the_filtered_events_as_a_timeline():
    today = ["--today", "2026-11-28"]
    out = _pipeline(
        [*CARNEYTL, "list", "--json", *today],
        _filter(),
        [*CARNEYTL, "timeline", "--store", "-", "--width", "100", *today],
    )
    titles = {e.title for e in _huawei_events()}
    assert titles
    for title in titles:
        assert title in out
    assert "Trudeau" not in out
    assert "\x1b" not in out


def test_the_python_filter_selects_what_the_jq_filter_does():
    today = ["--today", "2026-11-28"]
    via_python = _pipeline(
        [*CARNEYTL, "list", "--json", *today],
        _python_filter(),
        [*CARNEYTL, "list", "--store", "-", "--template", "{id}", *today],
    )
    assert via_python.splitlines() == _huawei_ids()


def test_every_machine_format_of_the_pipeline_is_utf8_without_colour():
    out = _pipeline(
        [*CARNEYTL, "list", "--format", "jsonl", "--today", "2026-11-28"],
        [*CARNEYTL, "list", "--store", "-", "--format", "csv", "--color"],
    )
    assert "\x1b" not in out
    assert out.startswith("id,date,start,end,")
