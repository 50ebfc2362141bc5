"""`timeline.json`, schema "timeline/1": the tool's public, documented output format.

Deterministic: the same chronology gives byte-identical text (key order fixed by the model,
no timestamps, non-ASCII kept as UTF-8).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
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
        if any(type(key) is not str for key in value):
            raise _Unusual
        _container("{", "}", value.items(), newline, out)
    elif type(value) in (list, tuple):
        _container("[", "]", ((None, item) for item in value), newline, out)  # type: ignore[union-attr]
    else:
        raise _Unusual


def _container(opening: str, closing: str, entries: Iterable[tuple[str | None, object]],
               newline: str, out: list[str]) -> None:
    """Append a dict's (key, value) or a list's (None, value) entries, one per line
    indented under `newline`; an empty one stays on its line ("{}", "[]")."""
    inner = newline + "  "
    empty = True
    for key, item in entries:
        out.append(opening + inner if empty else "," + inner)
        empty = False
        if key is not None:
            out.append(encode_basestring(key))
            out.append(": ")
        _write(item, inner, out)
    out.append(opening + closing if empty else newline + closing)
