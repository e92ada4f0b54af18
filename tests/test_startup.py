"""Start-up guards: what the fast paths may import. Behaviour only, no timings."""

import os
import shutil
import subprocess
import sys

import pytest

from carneytl.cli import COMMANDS
from carneytl.storage.stores import default_store_path

SLOW_MODULES = ("rich", "dateutil", "pydantic")


def imported_modules(*args):
    """Run carneytl in a fresh interpreter and return the top-level modules it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "carneytl", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert "carneytl" in names, result.stderr[-2000:]
    return names


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["list", "--format", "jsonl"],
        ["between", "2018", "2021-09", "--json"],
        ["between", "2018-12-01", "..", "--json", "--today", "2026-11-28"],
        ["list", "--since", "last year", "--json", "--today", "2026-11-28"],
    ],
)
def test_the_json_path_never_imports_rich_dateutil_or_pydantic(args):
    imported = imported_modules(*args)
    assert not imported & set(SLOW_MODULES), sorted(imported & set(SLOW_MODULES))


def test_list_json_never_imports_pydantic():
    assert "pydantic" not in imported_modules("list", "--json")


def test_a_cached_store_loads_without_importing_yaml(tmp_path):
    store = tmp_path / "events.yaml"
    shutil.copyfile(default_store_path(), store)
    long_ago = 1_600_000_000 * 10**9
    os.utime(store, ns=(long_ago, long_ago))
    parsers = {"yaml", "yaml_rs"}
    # The first run reads the YAML (through yaml-rs, which the shipped store passes the
    # screen for); the second reads the cache and needs no YAML parser at all.
    assert "yaml_rs" in imported_modules("list", "--json", "--store", str(store))
    assert not parsers & imported_modules("list", "--json", "--store", str(store))


def test_month_name_bounds_still_work_through_dateutil():
    assert "dateutil" in imported_modules("between", "Dec 2018", "2021", "--json")


def imported_carneytl_modules(*args):
    """Run carneytl in a fresh interpreter and return every carneytl module it imported.

    From ``sys.modules`` at the end, not ``-X importtime``: that does not list the command
    modules, which are imported through ``importlib.import_module``.
    """
    code = (
        "import sys\n"
        "from carneytl.cli import main\n"
        f"sys.argv = ['carneytl', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('carneytl.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(eval(done.stderr.strip().splitlines()[-1]))  # noqa: S307 - our own repr() above


def test_a_command_imports_only_the_family_that_registers_it():
    imported = imported_carneytl_modules("list", "--json")
    assert "carneytl.cli.listing" in imported
    assert not imported & {"carneytl.cli.views", "carneytl.cli.editing", "carneytl.cli.extracting"}


def test_help_still_lists_every_command():
    done = subprocess.run(
        [sys.executable, "-m", "carneytl", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for command in COMMANDS:
        assert f"  {command} " in done.stdout


def test_a_cached_read_imports_neither_the_parsers_nor_the_cache_writer(tmp_path):
    store = tmp_path / "events.yaml"
    shutil.copyfile(default_store_path(), store)
    long_ago = 1_600_000_000 * 10**9
    os.utime(store, ns=(long_ago, long_ago))
    first_read = {
        "carneytl.storage.parsing",
        "carneytl.storage.validate",
        "carneytl.storage.cachewrite",
    }
    assert first_read <= imported_carneytl_modules("list", "--json", "-s", str(store))
    assert not first_read & imported_carneytl_modules("list", "--json", "-s", str(store))
