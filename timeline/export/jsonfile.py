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
    kind = type(value)
    if kind is dict:
        _dict(value, newline, out)  # type: ignore[arg-type]
    elif kind is list or kind is tuple:
        _list(value, newline, out)  # type: ignore[arg-type]
    else:
        out.append(_scalar(value))


def _scalar(value: object) -> str:
    """The text of a value that is no container."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    if kind is float and value - value == 0:  # type: ignore[operator]  # finite
        return float.__repr__(value)  # type: ignore[arg-type]
    raise _Unusual


#: Types whose values `_scalar` writes as they are, without a line of their own.
_PLAIN = frozenset({str, int, bool, type(None)})


def _dict(value: dict[object, object], newline: str, out: list[str]) -> None:
    """A dict's entries one per line, indented under `newline`; "{}" when empty. Keys must
    be strings. Strings, ints, booleans and None are written in the same piece as their
    key: most values of a chronology are such leaves."""
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in value.items():
        if type(key) is not str:
            raise _Unusual
        kind = type(item)
        if kind is str:
            out.append(f"{separator}{encode_basestring(key)}: {encode_basestring(item)}")
        elif kind in _PLAIN:
            out.append(f"{separator}{encode_basestring(key)}: {_scalar(item)}")
        else:
            out.append(f"{separator}{encode_basestring(key)}: ")
            _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "}")


def _list(value: list[object] | tuple[object, ...], newline: str, out: list[str]) -> None:
    """A list's items one per line, indented under `newline`; "[]" when empty."""
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        kind = type(item)
        if kind is str:
            out.append(separator + encode_basestring(item))
        elif kind in _PLAIN:
            out.append(separator + _scalar(item))
        else:
            out.append(separator)
            _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "]")
