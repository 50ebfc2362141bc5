"""The chronology as a CSV table: one row per event, for spreadsheets and data tools.

Columns: id, date (the TIMEX3 value), start, end, granularity, mod, when (a human label),
title, actors and sources (joined by "; "), mentions (count), phrase and sentence (of the
first mention). Text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
`-`, `@`, a tab or a carriage return) get a leading apostrophe, so opening the file never
executes anything an article said. RFC 4180 quoting and line ends; UTF-8; deterministic.
"""

from __future__ import annotations

import csv
import io

from timeline.model import Chronology, Event
from timeline.render.labels import describe

COLUMNS = ("id", "date", "start", "end", "granularity", "mod", "when", "title", "actors",
           "sources", "mentions", "phrase", "sentence")

#: First characters that make a spreadsheet treat a cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell that cannot start a spreadsheet formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _row(event: Event) -> list[str]:
    when = event.when
    first = event.mentions[0] if event.mentions else None
    cells = [
        event.id,
        when.value,
        when.start.isoformat() if when.start else "",
        when.end.isoformat() if when.end else "",
        when.granularity,
        when.mod or "",
        describe(when),
        event.title,
        "; ".join(event.actors),
        "; ".join(event.sources),
        str(len(event.mentions)),
        first.phrase if first else "",
        " ".join(first.sentence.split()) if first else "",
    ]
    return [neutralise(cell) for cell in cells]


def to_csv(chronology: Chronology) -> str:
    """CSV text with a header row and one row per event, in chronology order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in chronology.events:
        writer.writerow(_row(event))
    return out.getvalue()
