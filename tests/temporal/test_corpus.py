"""The resolver corpus: one row per phrase, read in its sentence against a fixed anchor date.

Rows live in tests/corpus/<kind>.tsv (columns: phrase, anchor, context, expected value,
optional expected modifier; lines starting with "#" are comments). An expected value of "-"
makes a negative row: nothing may be tagged over that phrase. Adding a rule to the grammar
means adding rows here; this test only reads them.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import resolve_phrase, tag

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _rows() -> list[pytest.ParameterSet]:
    rows = []
    for path in sorted(CORPUS.glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for number, cells in enumerate(csv.reader(handle, delimiter="\t"), start=1):
                if not cells or cells[0].startswith("#"):
                    continue
                phrase, anchor, context, expected = cells[:4]
                mod = cells[4] if len(cells) > 4 and cells[4] else None
                rows.append(pytest.param(phrase, date.fromisoformat(anchor), context, expected,
                                         mod, id=f"{path.stem}:{number}:{phrase}"))
    return rows


ROWS = _rows()


def test_corpus_is_large_and_covers_every_kind() -> None:
    kinds = {p.id.split(":")[0] for p in ROWS}
    assert len(ROWS) >= 400
    assert {"absolute", "weekday", "month", "relative", "part", "quarter", "year", "time",
            "duration", "set", "vague", "narrative", "negative"} <= kinds


@pytest.mark.parametrize(("phrase", "anchor", "context", "expected", "mod"), ROWS)
def test_corpus_row(phrase: str, anchor: date, context: str, expected: str,
                    mod: str | None) -> None:
    if expected == "-":
        start = context.find(phrase)
        assert start >= 0
        end = start + len(phrase)
        hits = [t for t in tag(context, anchor) if t.start < end and t.end > start]
        assert hits == []
        return
    value = resolve_phrase(phrase, anchor, context)
    assert value is not None, f"{phrase!r} not tagged"
    assert value.value == expected
    assert value.mod == mod
