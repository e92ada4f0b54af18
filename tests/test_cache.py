import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.cli.selection import record_codec
from carneytl.query import Query, matches, run
from carneytl.storage import cache, cachewrite, stores
from carneytl.storage.stores import load_store

STORE = """\
version: 1
sources:
  - id: bbc
    title: A report
    publisher: BBC News
    published: 2026-01-14
events:
  - id: visit
    date: 2017-12-03/2017-12-07
    title: Trudeau visits China
    actors: [Canada, China]
    tags: [visit]
    sources: [bbc]
  - id: arrest
    date: 2018-12-01
    title: Meng Wanzhou is arrested
    summary: In Vancouver, at US request.
    actors: [Canada, United States]
    tags: [huawei]
    location: Vancouver
    as_written: in 2018
  - id: talks
    date: 2025~
    title: Talks resume
    actors: [Canada, China]
    sources:
      - id: inline-source
        publisher: CBC News
  - id: open
    date: ../2019-05
    title: Before May 2019
"""
LONG_AGO = 1_600_000_000 * 10**9


@pytest.fixture
def store_path(write_store):
    path = write_store(STORE)
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    return path


def entries():
    return sorted(cache.cache_dir().glob("*.json"))


def test_the_cache_directory_comes_from_the_environment_in_tests():
    assert Path(os.environ["CARNEYTL_CACHE_DIR"]) == cache.cache_dir()
    assert "cache" in cache.cache_dir().name


def test_a_first_load_writes_one_cache_entry(store_path):
    assert entries() == []
    load_store(store_path)
    assert len(entries()) == 1


def test_a_first_load_that_writes_an_entry_hands_on_the_records_it_wrote(store_path):
    # The query that pays for the entry writes its --json output from those records.
    first = load_store(store_path, codec=record_codec())
    again = load_store(store_path, codec=record_codec())
    assert first.records is not None
    assert first.records.pieces(first.events) is not None
    assert first == again


def test_a_store_that_is_not_cached_carries_no_records(store_path, monkeypatch):
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    assert load_store(store_path, codec=record_codec()).records is None


def _cached_long_ago(path):
    """Read ``path`` so that it has a cache entry, and make that entry look weeks old."""
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    before = set(entries())
    load_store(path)
    (entry,) = set(entries()) - before
    os.utime(entry, ns=(LONG_AGO, LONG_AGO))
    return entry


def test_writing_an_entry_forgets_old_entries_of_stores_that_are_gone(tmp_path, store_path):
    gone, kept = tmp_path / "scratch.yaml", tmp_path / "café" / "kept.yaml"
    kept.parent.mkdir()
    for path in (gone, kept):
        path.write_text(STORE, encoding="utf-8")
    gone_entry, kept_entry = _cached_long_ago(gone), _cached_long_ago(kept)
    gone.unlink()
    load_store(store_path)  # a first read: its entry is written, and the others looked at
    assert not gone_entry.exists()
    assert kept_entry.exists()  # its store is still there, under a name that is not ASCII
    assert len(entries()) == 2


def test_an_entry_whose_store_went_missing_lately_is_kept(tmp_path, store_path):
    gone = tmp_path / "moved-away.yaml"
    gone.write_text(STORE, encoding="utf-8")
    os.utime(gone, ns=(LONG_AGO, LONG_AGO))
    load_store(gone)
    gone.unlink()
    load_store(store_path)
    assert len(entries()) == 2


def test_pruning_leaves_files_it_did_not_write_alone(tmp_path, store_path):
    gone = tmp_path / "scratch.yaml"
    gone.write_text(STORE, encoding="utf-8")
    entry = _cached_long_ago(gone)
    foreign = entry.with_name("store-notes.txt")
    unreadable = entry.with_name("store-0000abcd.json")
    foreign.write_text("the user's own file", encoding="utf-8")
    unreadable.write_bytes(b"not a header\n")
    for path in (foreign, unreadable):
        os.utime(path, ns=(LONG_AGO, LONG_AGO))
    load_store(store_path)
    assert foreign.exists()
    assert unreadable.exists()


def test_writing_an_entry_removes_temporary_files_left_by_a_crashed_writer(store_path):
    load_store(store_path)
    (entry,) = entries()
    abandoned = entry.with_name(entry.name + ".4242.tmp")
    fresh = entry.with_name(entry.name + ".4343.tmp")
    abandoned.write_bytes(b"half an entry")
    fresh.write_bytes(b"being written now")
    os.utime(abandoned, ns=(LONG_AGO, LONG_AGO))
    entry.unlink()
    load_store(store_path)
    assert not abandoned.exists()
    assert fresh.exists()


def test_a_cached_load_gives_the_same_store_as_a_fresh_parse(store_path, monkeypatch):
    first = load_store(store_path)
    cached = load_store(store_path)
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    fresh = load_store(store_path)
    assert cached == fresh == first
    assert list(cached.sources) == ["bbc", "inline-source"]


def test_the_second_load_reads_the_cache_and_not_the_store(store_path, monkeypatch):
    load_store(store_path)

    def no_parse(*_args, **_kwargs):
        raise AssertionError("the store was parsed again")

    monkeypatch.setattr("carneytl.storage.stores._read_store", no_parse)
    assert [e.id for e in load_store(store_path).events] == ["visit", "arrest", "talks", "open"]


def test_a_changed_store_is_parsed_again(store_path):
    load_store(store_path)
    store_path.write_text(STORE.replace("Talks resume", "Talks restart"), encoding="utf-8")
    os.utime(store_path, ns=(LONG_AGO + 10**9, LONG_AGO + 10**9))
    titles = [e.title for e in load_store(store_path).events]
    assert "Talks restart" in titles
    assert len(entries()) == 1


def test_a_store_touched_without_change_of_size_is_parsed_again(store_path, monkeypatch):
    load_store(store_path)
    os.utime(store_path, ns=(LONG_AGO + 5, LONG_AGO + 5))
    parsed = []
    real = stores.load_cached

    def spy(path, parse, **options):
        return real(path, lambda: parsed.append(path) or parse(), **options)

    monkeypatch.setattr(stores, "load_cached", spy)
    load_store(store_path)
    assert parsed == [store_path]


def test_an_edit_that_keeps_size_and_puts_the_mtime_back_is_parsed_again(store_path):
    load_store(store_path)
    # Same length, and the modification time restored, as `touch -r` or `cp -p` would leave it.
    store_path.write_text(STORE.replace("Talks resume", "Talks return"), encoding="utf-8")
    os.utime(store_path, ns=(LONG_AGO, LONG_AGO))
    titles = [e.title for e in load_store(store_path).events]
    assert any("Talks return" in title for title in titles)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b'"blocks"', b'"blockz"'),
        lambda _: b"garbage",
        lambda _: b"",
        lambda data: data.split(b"\n", 1)[0] + b"\n" + b"[" * len(data.split(b"\n", 1)[1]),
    ],
    ids=["truncated", "wrong-key", "garbage", "empty", "not-the-layout"],
)
def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(store_path, damage):
    expected = load_store(store_path)
    (entry,) = entries()
    damaged = damage(entry.read_bytes())
    entry.write_bytes(damaged)
    assert load_store(store_path) == expected
    assert entry.read_bytes() != damaged
    assert load_store(store_path) == expected
    header = entry.read_bytes().split(b"\n", 1)[0]
    assert json.loads(header.rsplit(b" ", 2)[0])[1] == str(store_path.resolve())


def _set(doc, path, value):
    *outer, last = path
    target = doc
    for part in outer:
        target = target[part]
    target[last] = value


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("block", 0, 0), 42),  # an id that is not text
        (("block", 2, 0), None),  # a title that is missing
        (("block", 1), [0, 0]),  # a column longer than the rest
        (("block", 1, 0), 999),  # a date that points nowhere
        (("block", 9, 0), 999),  # a list of accounts that points nowhere
        (("block", 10, 0), -1),  # a record that starts before the records
        (("block", 12, 0), 10**9),  # a record that ends past them
        (("block", 14, 0), "0"),  # a place in the store that is not a number
        (("doc", "spans", 0, 3), 7),  # a precision that does not exist
        (("doc", "names", 0), [1, 2]),  # names that are not text
        (("doc", "sources", 0), ["only-an-id"]),  # a source row cut short
        (("doc", "store_sources"), [99]),  # a source that is not there
        (("doc", "blocks", 0, 5), 10**9),  # a block that ends past the entry
    ],
)
def test_a_cache_entry_with_wrong_shapes_inside_is_ignored(store_path, path, value):
    expected = load_store(store_path)
    damaged = _damage_block(path, value)
    assert load_store(store_path) == expected
    assert entries()[0].read_bytes() != damaged  # not trusted: parsed again and written anew


def test_record_offsets_at_the_very_end_give_the_json_built_afresh(runner, store_path, monkeypatch):
    command, fresh, entry = _json_and_its_entry(runner, store_path, monkeypatch)
    header, rest = entry.read_bytes().split(b"\n", 1)
    size = int(header.rsplit(b" ", 2)[1])
    records_end = json.loads(rest[:size])["blocks"][0][4]
    for column in (10, 11, 12, 13):  # the first row's four record offsets
        _damage_block(("block", column, 0), records_end)
    from carneytl.cli import app

    result = runner.invoke(app, command)
    assert (result.exit_code, result.stdout_bytes) == (0, fresh)


def _damage_block(path, value):
    """Set ``value`` at ``path`` in the only cache entry's head or first block; return it."""
    (entry,) = entries()
    header, rest = entry.read_bytes().split(b"\n", 1)
    key, size, _ = header.rsplit(b" ", 2)
    doc, blob = json.loads(rest[: int(size)]), rest[int(size) :]
    # The entry's blocks of rows follow its records: take them apart, damage one, put back.
    places = doc["blocks"]
    blocks = [json.loads(blob[begin:end]) for *_, begin, end in places]
    parts = {"doc": doc, "block": blocks[0]}
    if path[0] == "block":
        _set(parts, path, value)
    after = blob[: places[0][4]]  # the records
    for place, block in zip(places, blocks, strict=True):
        text = json.dumps(block).encode()
        place[4:] = [len(after), len(after) + len(text)]
        after += text
    if path[0] == "doc":
        _set(parts, path, value)
    body = json.dumps(doc).encode()
    damaged = key + b" %d %d\n" % (len(body), len(after)) + body + after
    entry.write_bytes(damaged)
    return damaged


def test_no_cache_turns_the_cache_off(store_path, monkeypatch):
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    load_store(store_path)
    assert entries() == []


def test_a_store_with_problems_is_never_cached(write_store):
    from carneytl.errors import StoreError

    path = write_store("events:\n  - id: x\n    title: no date\n")
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    for _ in range(2):
        with pytest.raises(StoreError):
            load_store(path)
    assert entries() == []


def test_a_store_written_this_instant_is_not_cached_yet(write_store):
    load_store(write_store(STORE))
    assert entries() == []


def test_an_unwritable_cache_directory_does_not_stop_a_query(store_path, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("CARNEYTL_CACHE_DIR", str(blocker / "cache"))
    assert len(load_store(store_path).events) == 4


def test_the_cli_gives_the_same_json_from_the_cache_as_from_the_store(store_path):
    command = [sys.executable, "-m", "carneytl", "list", "--json", "-s", str(store_path)]
    command += ["--today", "2026-11-28"]
    first = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    assert len(entries()) == 1
    second = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    env = dict(os.environ, CARNEYTL_NO_CACHE="1")
    fresh = subprocess.run(command, capture_output=True, check=True, timeout=60, env=env).stdout
    assert first == second == fresh


def test_the_user_cache_directory_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("CARNEYTL_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert cache.cache_dir() == tmp_path / "carneytl"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert cache.cache_dir().is_absolute()


WINDOWS = [
    (dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
    (dt.date(2017, 12, 7), dt.date(2017, 12, 7)),
    (None, dt.date(2017, 1, 1)),
    (dt.date(2019, 6, 1), None),
    (dt.date(2030, 1, 1), None),
    (None, None),
]


@pytest.mark.parametrize("window", WINDOWS)
def test_a_windowed_cached_load_keeps_every_event_that_overlaps_the_window(store_path, window):
    every = load_store(store_path).events
    assert len(entries()) == 1
    kept = load_store(store_path, window=window).events
    query = Query(start=window[0], end=window[1])
    assert [e for e in every if matches(e, query)] == [e for e in kept if matches(e, query)]
    assert set(kept) <= set(every)


def test_a_windowed_cached_load_leaves_out_events_that_cannot_overlap(store_path):
    load_store(store_path)
    kept = load_store(store_path, window=(dt.date(2018, 1, 1), dt.date(2018, 12, 31)))
    assert [e.id for e in kept.events] == ["arrest", "open"]
    assert list(kept.sources) == ["bbc", "inline-source"]


def test_between_gives_the_same_json_from_a_windowed_cache_as_from_the_store(store_path):
    command = [sys.executable, "-m", "carneytl", "between", "2017-12-06", "2018"]
    command += ["--json", "-s", str(store_path), "--today", "2026-11-28"]
    first = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    second = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    env = dict(os.environ, CARNEYTL_NO_CACHE="1")
    fresh = subprocess.run(command, capture_output=True, check=True, timeout=60, env=env).stdout
    assert first == second == fresh
    assert [e["id"] for e in json.loads(fresh)] == ["open", "visit", "arrest"]


def test_a_store_whose_text_is_not_valid_unicode_is_refused_and_not_cached(tmp_path):
    from carneytl.errors import StoreError

    path = tmp_path / "store.json"
    path.write_text('{"events": [{"id": "a", "date": "2020", "title": "bad \\ud800 text"}]}')
    os.utime(path, ns=(LONG_AGO, LONG_AGO))
    with pytest.raises(StoreError, match="half of a UTF-16 surrogate pair"):
        load_store(path)
    assert entries() == []


@st.composite
def _stores_and_windows(draw):
    from carneytl.dates.edtf import parse_edtf
    from carneytl.model import Event
    from carneytl.storage.stores import Store

    days = st.dates(dt.date(2015, 1, 1), dt.date(2022, 12, 31))

    def edtf(day):
        return draw(st.sampled_from([day.isoformat(), day.isoformat()[:7], str(day.year)]))

    events = []
    for number in range(draw(st.integers(0, 8))):
        first, second = sorted([draw(days), draw(days)])
        text = draw(
            st.sampled_from(
                [
                    edtf(first),
                    f"{edtf(first)}/{edtf(second)}",
                    f"../{edtf(first)}",
                    f"{edtf(first)}/..",
                    f"{edtf(first)}~",
                ]
            )
        )
        events.append(Event(f"e{number}", parse_edtf(text), f"title {number}"))
    window = (draw(st.none() | days), draw(st.none() | days))
    return Store(path="s", events=tuple(events), sources={}), window


@settings(max_examples=80, deadline=None)
@given(_stores_and_windows())
def test_a_window_never_drops_an_event_the_query_would_keep(store_and_window):
    store, (first, last) = store_and_window
    # The entry's own encoding and decoding, without files: many stores in a second.
    doc, blob, _ = cachewrite._pack(store)  # noqa: SLF001 - see above
    kept = cache._decode(orjson.loads(doc), "s", (first, last), memoryview(blob)).events  # noqa: SLF001 - see above
    for within in (False, True):
        query = Query(start=first, end=last, within=within)
        assert run(kept, query) == run(store.events, query)


@pytest.mark.parametrize(
    "options",
    [
        ["list", "--json", "--today", "2018-12-01"],
        ["list", "--json", "--reverse", "--limit", "3", "--today", "2019-06-01"],
        ["between", "2018", "..", "--json", "--tag", "huawei"],
        ["list", "--json", "--fields", "id,status"],
        ["list", "--format", "jsonl"],
    ],
)
def test_json_from_the_cache_is_byte_for_byte_the_json_from_the_store(
    runner, store_path, monkeypatch, options
):
    from carneytl.cli import app

    command = [*options, "-s", str(store_path)]
    first = runner.invoke(app, command)
    assert len(entries()) == 1
    cached = runner.invoke(app, command)
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    fresh = runner.invoke(app, command)
    assert first.exit_code == cached.exit_code == fresh.exit_code == 0
    assert first.stdout_bytes == cached.stdout_bytes == fresh.stdout_bytes


def test_written_records_that_do_not_line_up_with_their_offsets_are_not_written_out(
    runner, store_path, monkeypatch
):
    command, fresh, entry = _json_and_its_entry(runner, store_path, monkeypatch)
    data = entry.read_bytes()
    # The first record opens with "  {" just after the records' own "[\n": the same length,
    # so every offset still points inside the entry, in order.
    opening = data.index(b"[\n  {", data.index(b"\n") + 1) + 2
    entry.write_bytes(data[:opening] + b"  X" + data[opening + 3 :])
    from carneytl.cli import app

    assert runner.invoke(app, command).stdout_bytes == fresh


def _json_and_its_entry(runner, store_path, monkeypatch):
    """Return ``list --json``'s command, its output built without the cache, and the entry."""
    from carneytl.cli import app

    command = ["list", "--json", "-s", str(store_path)]
    monkeypatch.setenv("CARNEYTL_NO_CACHE", "1")
    fresh = runner.invoke(app, command).stdout_bytes
    monkeypatch.delenv("CARNEYTL_NO_CACHE")
    runner.invoke(app, command)
    (entry,) = entries()
    return command, fresh, entry
