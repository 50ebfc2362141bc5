"""The JSON writer gives exactly the standard library's indented text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from timeline.export.jsonfile import dumps

_LEAVES = (st.none() | st.booleans() | st.integers() | st.floats() | st.text())
_JSON = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30)


@given(_JSON)
def test_same_text_as_json_dumps(data):
    assert dumps(data) == json.dumps(data, ensure_ascii=False, indent=2)


def test_keys_that_are_not_strings_are_left_to_json():
    data = {1: [True, None], "x": {}, "y": [], "z": 1.5, "w": float("nan")}
    assert dumps(data) == json.dumps(data, ensure_ascii=False, indent=2)
