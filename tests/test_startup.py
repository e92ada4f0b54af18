"""Start-up cost: the `list --json` fast path imports nothing heavy (see pyproject's typer pin)."""

from __future__ import annotations

import json
import subprocess
import sys

# Run the real entry point in a fresh interpreter, then report which heavy packages it loaded.
PROBE = """
import json, sys
from carneytl.cli import main
sys.argv = ["carneytl", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
heavy = sorted({name.split(".")[0] for name in sys.modules} & {"pydantic", "rich", "dateutil"})
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def imported_by(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    result: dict[str, object] = json.loads(done.stderr.splitlines()[-1])
    return result


def test_list_json_never_imports_pydantic_rich_or_dateutil():
    assert imported_by("list", "--json") == {"code": 0, "heavy": []}


def test_an_iso_range_in_json_needs_no_dateutil_either():
    assert imported_by("between", "2018", "2021-09", "--json") == {"code": 0, "heavy": []}
