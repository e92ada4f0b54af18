"""Starting a store: a small, valid YAML file whose comments show how to fill it in."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from carneytl.errors import CarneyError

if TYPE_CHECKING:
    from pathlib import Path

STARTER = """\
# A carneytl event store: one story's chronology, each event dated and sourced.
# Check it with `carneytl check THIS-FILE`; view it with `carneytl list --store THIS-FILE`.
# Add to it with `carneytl add`, `carneytl source add`, or `carneytl extract` then `accept`.
version: 1

# Where the dates and facts come from. `published` is the day (or month, or year) the source
# came out: `--as-of DAY` uses it to show what was known on a given day.
sources:
  - id: example-wire-2026-01-16
    title: An example report, to replace with a real one
    publisher: Example Wire
    published: 2026-01-16
    url: https://example.org/wire/example-report

# One entry per event. `date` is YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B; add `~` for
# approximate, `?` for uncertain. `as_written` keeps the source's own words for the date.
# Another source's differing date goes in `accounts`; the event's own `date` stays.
events:
  - id: example-event
    date: 2026-01-15
    title: An example event, to replace with the first event of the story
    summary: A few sentences on what happened, in your own words.
    actors: [Example Council]
    tags: [example]
    location: Example Town
    sources: [example-wire-2026-01-16]
    as_written: on Thursday
"""


def create(path: Path) -> None:
    """Write a new store with one example source and event; never over an existing file.

    Raises:
        CarneyError: the file exists, or cannot be written.
    """
    if path.suffix.lower() not in {".yaml", ".yml"}:
        raise CarneyError(
            f"{path}: a store made by init is YAML: give the file a .yaml name",
            hint="for example: carneytl init story.yaml",
        )
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise CarneyError(
            f"{path} already exists; init does not overwrite a file",
            hint="choose another name, or remove the file first",
        ) from None
    except OSError as exc:
        raise CarneyError(f"cannot create {path}: {exc.strerror or exc}") from None
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(STARTER)
