"""Curation overrides: file formats, each action, warnings, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventkit import event

from timeline.errors import KnowledgeError
from timeline.merge import combine
from timeline.overrides import apply_overrides, load_overrides, parse_when

EVENTS = [
    event("e1", "2025-03-01", "First", ("Donald Trump",), art="a"),
    event("e2", "2025-03-02", "Second", ("Vladimir Putin",), art="b"),
    event("e3", "2025-03-03", "Third", ("Xi Jinping",), art="c"),
]


def write(tmp_path: Path, text: str, name: str = "overrides.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_date_title_actors_drop(tmp_path):
    path = write(tmp_path, """
[[event]]
id = "e1"
date = "2025-02"
title = "First, corrected"
actors = ["Joe Biden"]

[[event]]
id = "e2"
drop = true
""")
    events, warnings = apply_overrides(EVENTS, load_overrides(path))
    assert warnings == []
    assert [e.id for e in events] == ["e1", "e3"]
    first = events[0]
    assert (first.title, first.actors, first.when.value, first.when.granularity) == (
        "First, corrected", ("Joe Biden",), "2025-02", "month")
    assert first.mentions == EVENTS[0].mentions


def test_unmatched_ids_warn_with_the_file_name(tmp_path):
    path = write(tmp_path, '[[event]]\nid = "abc123"\ntitle = "x"\n'
                           '[[event]]\nid = "e1"\nmerge_with = ["gone"]\n')
    _, warnings = apply_overrides(EVENTS, path)
    assert warnings == [
        f"{path}: override for event abc123 matches no event",
        f"{path}: merge_with gone (for event e1) matches no event"]


def test_merge_with_and_split(tmp_path):
    path = write(tmp_path, '[[event]]\nid = "e1"\nmerge_with = ["e2", "e3"]\n')
    events, _ = apply_overrides(EVENTS, path)
    assert len(events) == 1
    assert events[0].id == "e1"
    assert len(events[0].mentions) == 3
    joined = combine(EVENTS[:2])
    path = write(tmp_path, f'[[event]]\nid = "{joined.id}"\nsplit = true\n', "split.toml")
    events, _ = apply_overrides([joined], path)
    assert len(events) == 2
    assert sorted(m.article for e in events for m in e.mentions) == ["a", "b"]
    assert len({e.id for e in events}) == 2
    assert events == apply_overrides([joined], path)[0]


def test_additions_get_stable_ids(tmp_path):
    path = write(tmp_path, """
[[add]]
date = 2025-01-20
title = "Inauguration"
actors = ["Donald Trump"]
note = "background"
""")
    one, _ = apply_overrides([], path)
    two, _ = apply_overrides([], path)
    assert one[0].id == two[0].id
    assert one[0].when.value == "2025-01-20"
    assert one[0].mentions == ()


def test_json_form(tmp_path):
    path = write(tmp_path, json.dumps({"event": [{"id": "e3", "title": "Renamed"}]}),
                 "overrides.json")
    events, warnings = apply_overrides(EVENTS, path)
    assert warnings == []
    assert events[2].title == "Renamed"


@pytest.mark.parametrize("text, message", [
    ("[[event]\n", "not valid TOML"),
    ('[[event]]\ntitle = "x"\n', "missing id"),
    ('[[event]]\nid = "a"\ndate = "soon"\n', "not a date"),
    ('[[event]]\nid = "a"\ncolour = "red"\n', "unknown key"),
    ('[[event]]\nid = "a"\ndrop = "yes"\n', "true or false"),
    ('[[add]]\ntitle = "x"\n', "needs date and title"),
    ('[things]\n', "unknown section"),
])
def test_bad_files(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(KnowledgeError) as info:
        load_overrides(path)
    assert message in str(info.value) and path in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(KnowledgeError, match="no such overrides file"):
        load_overrides(str(tmp_path / "none.toml"))


@pytest.mark.parametrize("text, start, end, granularity", [
    ("2025-10-22", "2025-10-22", "2025-10-22", "day"),
    ("2025-02", "2025-02-01", "2025-02-28", "month"),
    ("2025-W43", "2025-10-20", "2025-10-26", "week"),
    ("2025-Q3", "2025-07-01", "2025-09-30", "quarter"),
    ("2024", "2024-01-01", "2024-12-31", "year"),
])
def test_parse_when(text, start, end, granularity):
    when = parse_when(text)
    assert (when.start.isoformat(), when.end.isoformat(), when.granularity) == (
        start, end, granularity)


def test_example_file_parses():
    path = Path(__file__).resolve().parents[2] / "examples" / "overrides.toml"
    overrides = load_overrides(str(path))
    assert overrides.events == () and overrides.additions == ()
