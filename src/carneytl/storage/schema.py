"""The JSON Schema (draft 2020-12) of the store format, for editors and outside validators.

It describes what :mod:`carneytl.storage.validate` accepts (a test keeps the key lists in
step). Loading stays the authority: the schema cannot say that a day exists (``2019-02-30``)
or that a cited source id is defined, so a file can pass the schema and still be refused with
a located problem.
"""

from __future__ import annotations

from typing import Any

from carneytl.storage.validate import SLUG as _SLUG
from carneytl.storage.validate import SUPPORTED_VERSIONS

DIALECT = "https://json-schema.org/draft/2020-12/schema"

SLUG = f"^{_SLUG.pattern}$"
_END = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[~?%]?"
EDTF = rf"^(?:{_END}|{_END}/{_END}|\.\./{_END}|{_END}/\.\.)$"

# One line without control characters once the white space at its ends is trimmed, as loading
# reads a name, a place or a phrase. ECMA-262's \s takes in the line separators as well.
_INNER = r"[^\x00-\x1f\x7f-\x9f\u2028\u2029]"
_SOLID = r"[^\s\x00-\x1f\x7f-\x9f]"
_WORDS = rf"{_SOLID}(?:{_INNER}*{_SOLID})?"
_LINE: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": rf"^\s*(?:{_WORDS})?\s*$"},
        {"type": ["number", "null"]},
    ],
    "description": "One line, without control characters.",
}
# A title: one line of prose, not blank, without C0 or C1 controls (the Unicode separators may
# stay, as loading allows them there).
_PROSE = r"[^\x00-\x1f\x7f-\x9f]"
_TITLE: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": rf"^{_PROSE}*[^\s\x00-\x1f\x7f-\x9f]{_PROSE}*$"},
        {"type": "number"},
    ],
    "description": "One line, without control characters.",
}
# Text of several lines: tabs and line feeds, a carriage return only before a line feed (or
# at the very end, which loading trims).
_MULTI: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": r"^(?:[^\x00-\x08\x0b-\x1f\x7f-\x9f]|\r\n)*\r?$"},
        {"type": ["number", "null"]},
    ],
    "description": "Text; tabs and line breaks may stay, other control characters may not.",
}
_NAMES: dict[str, Any] = {
    "type": ["array", "null"],
    "items": {"type": "string", "pattern": rf"^\s*{_WORDS}\s*$"},
}
_DATE_TEXT: dict[str, Any] = {"type": "string", "pattern": EDTF}
_YEAR: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": 9999}
# The shape of the rule loading applies (an http or https address with a host, no spaces);
# ECMA-262 patterns have no flag for case, hence the spelled-out scheme.
_URL: dict[str, Any] = {
    "type": ["string", "null"],
    "pattern": r"^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#\x00-\x1f\x7f-\x9f]+[^\s\x00-\x1f\x7f-\x9f]*)?$",
    "description": "The page's full web address, http or https.",
}


def _source() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "A publication that events cite.",
        "required": ["id"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": SLUG, "description": "Lower-case slug."},
            "title": {"anyOf": [_TITLE, {"type": "null"}]},
            "publisher": _LINE,
            "published": {"anyOf": [_DATE_TEXT, _YEAR, {"type": "null"}]},
            "url": _URL,
        },
    }


def _account() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "Another version of the event's date, as the sources named here gave it.",
        "required": ["date", "sources"],
        "additionalProperties": False,
        "properties": {
            "date": {
                "description": "Written as the event's date is.",
                "anyOf": [_DATE_TEXT, _YEAR],
            },
            "sources": {
                "type": "array",
                "minItems": 1,
                "description": "The sources that gave this date: ids, or sources written inline.",
                "items": {
                    "anyOf": [{"type": "string", "pattern": SLUG}, {"$ref": "#/$defs/source"}]
                },
            },
            "as_written": _LINE,
            "note": _MULTI,
            # Written by carneytl's own JSON output and recomputed on load.
            "start": {"type": ["string", "null"]},
            "end": {"type": ["string", "null"]},
            "precision": {"enum": ["year", "month", "day"]},
        },
    }


def _event() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "One dated event of the story.",
        "required": ["id", "date", "title"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": SLUG, "description": "Lower-case slug, unique."},
            "date": {
                "description": "EDTF subset: YYYY, YYYY-MM, YYYY-MM-DD, A/B, ../B, A/..; "
                "a trailing ~ (approximate), ? (uncertain) or % (both).",
                "anyOf": [_DATE_TEXT, _YEAR],
            },
            "title": _TITLE,
            "summary": _MULTI,
            "actors": _NAMES,
            "tags": _NAMES,
            "location": _LINE,
            "sources": {
                "type": ["array", "null"],
                "description": "Ids from the top-level sources, or sources written inline.",
                "items": {
                    "anyOf": [{"type": "string", "pattern": SLUG}, {"$ref": "#/$defs/source"}]
                },
            },
            "as_written": _LINE,
            "accounts": {
                "type": ["array", "null"],
                "description": "Other versions of the date; 'date' stays the preferred one.",
                "items": {"$ref": "#/$defs/account"},
            },
            # Written by carneytl's own JSON output and recomputed on load.
            "start": {"type": ["string", "null"]},
            "end": {"type": ["string", "null"]},
            "precision": {"enum": ["year", "month", "day"]},
            "approximate": {"type": "boolean"},
            "uncertain": {"type": "boolean"},
            "status": {"enum": ["past", "ongoing", "upcoming"]},
            "first_reported": {
                "type": ["string", "null"],
                "description": (
                    "The earliest day by which one of the sources, or of the accounts' "
                    "sources, was out."
                ),
            },
        },
    }


def store_schema() -> dict[str, Any]:
    """Return the schema: a store mapping, or a bare array of events (as JSON output is)."""
    events = {"type": "array", "items": {"$ref": "#/$defs/event"}}
    return {
        "$schema": DIALECT,
        "title": "carneytl event store",
        "description": "A news story's chronology: sourced events with EDTF dates.",
        "anyOf": [
            {
                "type": "object",
                "required": ["events"],
                "additionalProperties": False,
                "properties": {
                    "version": {"enum": list(SUPPORTED_VERSIONS)},
                    "sources": {"type": ["array", "null"], "items": {"$ref": "#/$defs/source"}},
                    "events": {"anyOf": [events, {"type": "null"}]},
                },
            },
            events,
        ],
        "$defs": {"source": _source(), "account": _account(), "event": _event()},
    }
