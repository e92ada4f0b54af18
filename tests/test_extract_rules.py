"""Every tagging rule's own examples, run through the whole tagger."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from carneytl.extract.rules import RULES
from carneytl.extract.rules.base import EXAMPLE_DAY
from carneytl.extract.rules.dispatch import compiled, match_rule
from carneytl.extract.tagger import find_timexes

CASES = [
    pytest.param(rule, ex, id=f"{rule.name}: {ex.sentence}")
    for rule in RULES
    for ex in rule.examples
]


def test_every_rule_has_a_unique_name_and_at_least_one_example():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)


@pytest.mark.parametrize(("rule", "ex"), CASES)
def test_a_rules_example_gives_its_expression_and_value(rule, ex):  # noqa: ARG001 - the id names the rule
    found = find_timexes(ex.sentence, dt.date.fromisoformat(EXAMPLE_DAY))
    assert (ex.text, ex.type, ex.value) in [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(("rule", "ex"), CASES)
def test_a_rules_example_is_read_by_that_rule(rule, ex):
    start = ex.sentence.index(ex.text)
    # The rule may open a few words earlier than the trimmed expression ("more than").
    winners = []
    for begin in range(max(0, start - 12), start + 1):
        found = match_rule(ex.sentence, begin)
        if found is not None:
            winners.append(RULES[found[0]].name)
    assert rule.name in winners


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_a_rules_pattern_compiles_on_its_own(rule):
    assert compiled(RULES.index(rule)).flags & re.VERBOSE
