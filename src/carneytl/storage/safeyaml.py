"""Safe YAML loading for stores: no code, no alias bombs, duplicate keys noted, text as written.

Imported only when a YAML store is read: it pulls in PyYAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import yaml

if TYPE_CHECKING:
    from collections.abc import Callable

# Nodes that aliases may add to a document beyond the ones written out. A real store reuses a
# list of actors now and then; a "billion laughs" document multiplies its nodes a billionfold.
MAX_ALIAS_NODES = 1_000_000

# An anchor (`&name`) can only follow the start of a line, a space or a flow indicator, so text
# such as "Q&A" or "R & D" cannot start one, and most stores skip the alias count entirely.
# Written to start with the literal `&` so the scan skips ahead by memchr.
_ANCHOR = re.compile(r"&(?<![^\s\[{,]&)[^\s\[\]{},]")

# libyaml's C parser is much faster; the pure-Python one stands in where it is missing.
_Base: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML's own timestamp type would turn `2018-02-30` into a crash inside the parser and
# `2018-12-01` into a date object; as text, every date goes through dates.parse_edtf, which
# reports impossible days at their line and column like any other problem.
_TEXT_DATES = {
    first: [(tag, regexp) for tag, regexp in entries if tag != "tag:yaml.org,2002:timestamp"]
    for first, entries in _Base.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A mapping key written twice; YAML would silently keep only the last value."""

    key: str
    line: int
    column: int
    first_line: int


class AliasBombError(yaml.MarkedYAMLError):
    """A document whose aliases would expand it past :data:`MAX_ALIAS_NODES` nodes."""


# The base class is chosen at import time, so mypy sees it as Any.
class StoreLoader(_Base):  # type: ignore[misc]
    """PyYAML's safe loader, noting duplicate keys instead of silently keeping the last one.

    It constructs only plain data: any other tag, ``!!python/...`` included, is an error.
    Dates stay text unless tagged ``!!timestamp``, and so does a number not written the way
    Python writes it (``0100``, ``1:20``, ``2.50``).
    """

    yaml_implicit_resolvers = _TEXT_DATES

    def __init__(self, stream: str) -> None:
        """Start loading ``stream``, with no duplicates seen yet."""
        super().__init__(stream)
        self.duplicates: list[Duplicate] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:  # noqa: FBT001, FBT002 - PyYAML's own signature
        """Build a mapping as the safe loader does, then look for keys written twice."""
        # flatten_mapping (merge keys) deletes the `<<` entries from this very list and rebinds
        # node.value, so `written` ends up holding exactly the keys written in this mapping.
        written = node.value
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        # Without merges, equal lengths prove that no key repeats: the common case costs one
        # comparison per mapping.
        if node.value is not written or len(mapping) != len(written):
            self._note_duplicates(written)
        return mapping

    def _note_duplicates(self, pairs: list[tuple[yaml.Node, yaml.Node]]) -> None:
        first: dict[tuple[str, str], yaml.Mark] = {}
        for key_node, _ in pairs:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            mark = key_node.start_mark
            seen = first.setdefault((key_node.tag, key_node.value), mark)
            if seen is not mark:
                self.duplicates.append(
                    Duplicate(str(key_node.value), mark.line + 1, mark.column + 1, seen.line + 1)
                )


def _lenient(tag: str) -> None:
    strict = StoreLoader.yaml_constructors[tag]

    def construct(loader: StoreLoader, node: yaml.ScalarNode) -> object:
        try:
            return strict(loader, node)
        except Exception:  # noqa: BLE001 - PyYAML's scalar parsers fail in many ways on odd text
            # An impossible date (2018-02-30), a 5,000-digit number, `!!int x`: keep the text,
            # so that validation can say what is wrong with it, and where.
            return loader.construct_scalar(node)

    StoreLoader.add_constructor(tag, construct)


for _kind in ("timestamp", "bool"):
    _lenient(f"tag:yaml.org,2002:{_kind}")


def _as_written(tag: str, canonical: Callable[[Any], str]) -> None:
    strict = StoreLoader.yaml_constructors[tag]

    def construct(loader: StoreLoader, node: yaml.ScalarNode) -> object:
        text = loader.construct_scalar(node)
        # YAML 1.1 reads `0100` as octal 64, `1:20` as 80, `0x7E2` as 2018 and `2.50` as 2.5;
        # a store field is text, so a number is kept only when its text is exactly what was
        # written (`2018`, `1`, `2.5`). Anything else stays as written: `date: 0100` is the
        # year 100 and `title: 2.50` keeps its zero.
        try:
            number = strict(loader, node)
            return number if canonical(number) == text else text
        except Exception:  # noqa: BLE001 - as in _lenient: `!!int x`, or a 5,000-digit number
            # (hexadecimal too: Python will not write one in decimal)
            return text

    StoreLoader.add_constructor(tag, construct)


_as_written("tag:yaml.org,2002:int", str)
_as_written("tag:yaml.org,2002:float", repr)


def refuse_alias_bombs(text: str) -> None:
    """Raise :class:`AliasBombError` if aliases would expand ``text`` past the limit.

    Walks the parser's events without building the document: memory holds one size per anchor
    and one counter per open collection, however large the expansion would be.
    """
    if not _ANCHOR.search(text):
        return
    sizes: dict[str, int] = {}
    open_nodes: list[tuple[str | None, int]] = [(None, 0)]
    added = 0
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.CollectionStartEvent):
            open_nodes.append((event.anchor, 1))
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_nodes.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            anchor, size = None, sizes.get(event.anchor or "", 1)
            added += size
            if added > MAX_ALIAS_NODES:
                raise AliasBombError(
                    problem=f"too many aliases: they would expand the document past "
                    f"{MAX_ALIAS_NODES:,} values (an alias bomb?)",
                    problem_mark=cast("yaml.Mark", event.start_mark),
                )
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        parent_anchor, parent_size = open_nodes[-1]
        open_nodes[-1] = (parent_anchor, parent_size + size)


def load(text: str) -> tuple[object, list[Duplicate]]:
    """Load one YAML document safely; return it with the duplicate keys found in it.

    Raises:
        yaml.YAMLError: the text is not YAML, uses a tag that is not plain data, or is a bomb.
    """
    refuse_alias_bombs(text)
    loader = StoreLoader(text)
    try:
        return loader.get_single_data(), loader.duplicates
    finally:
        loader.dispose()
