"""The TimeML scorer compares values in one form where corpora write a value two ways."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "timex_eval.py"
_SPEC = importlib.util.spec_from_file_location("timex_eval", _PATH)
assert _SPEC is not None
assert _SPEC.loader is not None
timex_eval = importlib.util.module_from_spec(_SPEC)
# Its dataclasses look their module up by name while the module loads.
sys.modules.setdefault("timex_eval", timex_eval)
_SPEC.loader.exec_module(timex_eval)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("199X", "199"),
        ("198X", "198"),
        ("19XX", "19"),
        ("2014-XX-XX", "2014"),
        ("P1DE", "P10Y"),
        ("P2L", "P2000Y"),
        ("2000-W7", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
    ],
)
def test_two_spellings_of_one_value_compare_equal(one, other):
    assert timex_eval.canonical(one) == timex_eval.canonical(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("199X", "19"),
        ("199", "1990"),
        ("19XX", "1900"),
        ("2014", "201"),
        ("2000-W7", "2000-W17"),
        ("2000-W1", "2000-W10"),
    ],
)
def test_different_values_stay_different(one, other):
    assert timex_eval.canonical(one) != timex_eval.canonical(other)
