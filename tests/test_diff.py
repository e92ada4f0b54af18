"""The unified diff of a store edit: right line numbers, and only the changed middle compared."""

from __future__ import annotations

import difflib
import re

from hypothesis import given
from hypothesis import strategies as st

from carneytl.editing.transaction import unified_diff


def patched(a: list[str], diff: list[str]) -> list[str]:
    """Apply a unified diff to ``a``, checking every context and removed line against it."""
    out: list[str] = []
    at = 0
    for line in diff[2:]:
        if line.startswith("@@ "):
            found = re.match(r"@@ -(\d+)(?:,(\d+))? ", line)
            assert found is not None
            start, size = int(found[1]), int(found[2] or 1)
            begin = start - 1 if size else start
            out.extend(a[at:begin])
            at = begin
        elif line.startswith("+"):
            out.append(line[1:])
        else:
            assert a[at] == line[1:]
            if line.startswith(" "):
                out.append(a[at])
            at += 1
    return out + a[at:]


LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "  url: null\n"]), max_size=30)


@given(LINES, LINES)
def test_the_diff_turns_the_old_text_into_the_new(a, b):
    diff = unified_diff(a, b, "x", "x")
    assert (diff == []) == (a == b)
    if diff:
        assert patched(a, diff) == b


def test_one_inserted_event_gives_the_hunk_difflib_gives():
    a = [f"line {i}\n" for i in range(200)]
    b = [*a[:120], "  - id: new\n", "    date: 2025\n", *a[120:]]
    assert unified_diff(a, b, "s", "s") == list(difflib.unified_diff(a, b, "s", "s"))


def test_a_big_store_compares_only_the_lines_that_changed(monkeypatch):
    # difflib over every line of a store of thousands of events took minutes; the common
    # ends are left out, so the matcher sees the few lines around the change.
    seen: list[int] = []
    plain = difflib.SequenceMatcher.set_seqs

    def watched(self, a, b):
        seen.append(len(a) + len(b))
        return plain(self, a, b)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seqs", watched)
    a = [f"  - id: e{i}\n    url: null\n" for i in range(100_000)]
    b = [*a[:50_000], "  - id: new\n", *a[50_000:]]
    assert unified_diff(a, b, "s", "s")[2] == "@@ -49998,6 +49998,7 @@\n"
    assert max(seen) <= 16
