"""`timeline.json`, schema "timeline/1": the tool's public, documented output format.

Deterministic: the same chronology gives byte-identical text (key order fixed by the model,
no timestamps, non-ASCII kept as UTF-8).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from timeline.model import Chronology


def to_json(chronology: Chronology) -> str:
    return dumps(chronology.to_dict()) + "\n"


def dumps(data: object) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, the same text, faster.

    The standard library drops to its pure-Python encoder whenever it indents; this one
    writes the same layout directly, with the C string escaper. Values other than dicts with
    string keys, lists, tuples, strings, ints, finite floats, booleans and None are left to
    `json.dumps`.
    """
    out: list[str] = []
    try:
        _write(data, "\n", out)
    except _Unusual:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unusual(Exception):
    """A value `dumps` leaves to the standard encoder."""


def _write(value: object, newline: str, out: list[str]) -> None:
    """Append `value` encoded, `newline` being the line break and indent of its own line."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif type(value) is float and value - value == 0:  # finite
        out.append(float.__repr__(value))
    elif type(value) is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(inner if first else "," + inner)
            first = False
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
        out.append(newline + "}")
    elif type(value) in (list, tuple):
        items: list[object] | tuple[object, ...] = value  # type: ignore[assignment]
        if not items:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        first = True
        for item in items:
            out.append(inner if first else "," + inner)
            first = False
            _write(item, inner, out)
        out.append(newline + "]")
    else:
        raise _Unusual
