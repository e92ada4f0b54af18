"""How a new event, source or account is styled as YAML: quoting, dates, flow lists."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any


def styled_source(item: dict[str, Any]) -> Any:  # noqa: ANN401 - a ruamel CommentedMap
    """Style a new source: its ``id``, ``title``, ``publisher``, ``published`` and ``url``."""
    keys = ("id", "title", "publisher", "published", "url")
    styled = styled_item({k: item[k] for k in keys if k in item})
    if "published" in item:
        styled["published"] = _date_value(str(item["published"]), quote_all=False)
    return styled


def styled_item(item: dict[str, Any]) -> Any:  # noqa: ANN401 - a ruamel CommentedMap
    """Style the new event like a hand-written entry, quoting only where a reader needs it.

    ruamel's idea of a safe plain scalar is YAML 1.2's; PyYAML reads YAML 1.1. When any text
    would not read back as written (`?0` in a flow list, say), every string is double-quoted.
    """
    import yaml

    from carneytl.storage import safeyaml

    accounts = item.get("accounts")
    if isinstance(accounts, list) and accounts and all(_plain_account(a) for a in accounts):
        # Accounts are written as a store event's are when they are added to it: a block list.
        styled = styled_item({key: value for key, value in item.items() if key != "accounts"})
        grow_item(styled, [], accounts)
        return styled
    styled = _styled(item, quote_all=False)
    try:
        loaded, _ = safeyaml.load(dump(styled))
    except yaml.YAMLError:
        loaded = None
    if not isinstance(loaded, dict) or any(
        loaded.get(key) != value for key, value in item.items() if key not in {"id", "date"}
    ):
        styled = _styled(item, quote_all=True)
    return styled


def _plain_account(account: object) -> bool:
    """Tell whether ``account`` is one :func:`grow_item` writes as given: text date, ids."""
    return (
        isinstance(account, dict)
        and isinstance(account.get("date"), str)
        and isinstance(account.get("sources"), list)
        and all(isinstance(ref, str) for ref in account["sources"])
        and set(account) <= {"date", "sources", "as_written", "note"}
        and all(isinstance(account[key], str) for key in ("as_written", "note") if key in account)
    )


def dump(styled: Any) -> str:  # noqa: ANN401 - a ruamel CommentedMap
    """Write a styled value as block YAML, one line per field."""
    from ruamel.yaml import YAML

    dumper = YAML(typ="rt")
    dumper.width = 4096  # one line per field, as hand-written neighbours have; never re-wrapped
    # A block list (a new event's accounts) is laid out as stores usually have it: `  - date:`.
    dumper.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    dumper.dump(styled, out)
    return out.getvalue()


def _styled(item: dict[str, Any], *, quote_all: bool) -> Any:  # noqa: ANN401 - CommentedMap
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    styled = CommentedMap()
    for key, value in item.items():
        if key == "date":
            styled[key] = _date_value(value, quote_all=quote_all)
        elif isinstance(value, list):
            seq = CommentedSeq([_safe_text(v, quote_all=quote_all) for v in value])
            seq.fa.set_flow_style()
            styled[key] = seq
        elif (
            not quote_all
            and isinstance(value, str)
            and "\n" in value
            and value.replace("\n", "").isprintable()
        ):
            # A literal block keeps lines as typed; other control characters need the escapes
            # of a double-quoted string.
            styled[key] = LiteralScalarString(value)
        else:
            styled[key] = _safe_text(value, quote_all=quote_all and key != "id")
    return styled


def _date_value(text: str, *, quote_all: bool) -> object:
    """Write a date the way people do: 2026-01-16 and 2018 unquoted, others as text."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text)
    if re.fullmatch(r"[1-9]\d{3}", text):
        return int(text)
    return _safe_text(text, quote_all=quote_all)


def _safe_text(value: object, *, quote_all: bool) -> object:
    """Quote text that a YAML 1.1 reader (PyYAML) would take for something else, like `yes`."""
    import yaml
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if not isinstance(value, str):
        return value
    if quote_all or not value.isprintable():
        # Line separators (NEL, U+2028) and controls written raw would be folded or refused on
        # reading; double quotes carry them as escapes.
        return DoubleQuotedScalarString(value)
    resolver: Any = yaml.resolver.Resolver()
    tag = resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag != "tag:yaml.org,2002:str":
        return SingleQuotedScalarString(value)
    return value


def _styled_refs(refs: list[str]) -> Any:  # noqa: ANN401 - a ruamel CommentedSeq
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq([_safe_text(r, quote_all=False) for r in refs])
    seq.fa.set_flow_style()
    return seq


def grow_item(item: Any, refs: list[str], accounts: list[dict[str, Any]]) -> None:  # noqa: ANN401 - a CommentedMap
    """Cite ``refs`` and append ``accounts`` to one event mapping, keys in the usual order.

    An account mapping with ``extends`` (the place of one of the event's accounts) is not
    appended: its ``sources`` join that account's.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if refs:
        if isinstance(item.get("sources"), list):
            item["sources"].extend(_safe_text(r, quote_all=False) for r in refs)
        else:
            keys = list(item)
            later = [k for k in ("as_written", "accounts") if k in keys]
            at = keys.index(later[0]) if later else len(keys)
            item.insert(at, "sources", _styled_refs(refs))
    if accounts:
        if not isinstance(item.get("accounts"), list):
            item["accounts"] = CommentedSeq()
        for account in accounts:
            if "extends" in account:
                item["accounts"][account["extends"]]["sources"].extend(
                    _safe_text(r, quote_all=False) for r in account["sources"]
                )
                continue
            styled = CommentedMap()
            styled["date"] = _date_value(account["date"], quote_all=False)
            styled["sources"] = _styled_refs(account["sources"])
            for key in ("as_written", "note"):
                if key in account:
                    styled[key] = _safe_text(account[key], quote_all=False)
            item["accounts"].append(styled)
