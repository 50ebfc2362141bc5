"""CSV export: one row per event, plain to parse, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from timeline.export.csvfile import COLUMNS, neutralise, to_csv


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_event_with_the_documented_columns(sample):
    text = to_csv(sample)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    parsed = rows(text)
    assert [r["id"] for r in parsed] == [e.id for e in sample.events]
    truce = next(r for r in parsed if r["id"] == "e07")
    assert truce == {
        "id": "e07", "date": "2025-03-18", "start": "2025-03-18", "end": "2025-03-18",
        "granularity": "day", "mod": "", "when": "18 Mar 2025",
        "title": "Energy truce announced", "actors": "Russia; Ukraine",
        "sources": "talks-analysis; autumn-review", "mentions": "2", "phrase": "March 18",
        "sentence": "A truce on energy targets was announced March 18.",
    }
    undated = next(r for r in parsed if r["id"] == "e13")
    assert (undated["start"], undated["end"], undated["date"]) == ("", "", "FUTURE_REF")


def test_formula_cells_are_neutralised(make):
    c = make.chronology(make.event("1", make.day("2025-01-01"), ("=cmd|' /C calc'!A0",),
                                   title="+SUM(A1:A9)", sentence="@import it", phrase="-1 day"))
    row = rows(to_csv(c))[0]
    assert row["title"] == "'+SUM(A1:A9)"
    assert row["actors"] == "'=cmd|' /C calc'!A0"
    assert row["sentence"] == "'@import it"
    assert row["phrase"] == "'-1 day"
    assert row["date"] == "2025-01-01"  # harmless cells are untouched


def test_neutralise():
    assert [neutralise(s) for s in ("=1", "\tx", "\rx", "a=1", "")] == ["'=1", "'\tx", "'\rx",
                                                                         "a=1", ""]


def test_quotes_commas_and_newlines_survive_a_round_trip(make):
    title = 'He said "no", then\nleft'
    c = make.chronology(make.event("1", make.day("2025-01-01"), title=title))
    assert rows(to_csv(c))[0]["title"] == title
    assert to_csv(c) == to_csv(c)
