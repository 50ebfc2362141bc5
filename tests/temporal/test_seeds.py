"""Every temporal expression of the two seed articles, resolved against its publication date.

The seeds are read from ../shared/seeds at test time (never copied here); each row names an
expression by a short phrase and which occurrence of it in the article body is meant. The
event-relative phrases ("a day after" an event, "hours before" one) belong to the eventrel
recogniser; this table checks the calendar parts next to them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
BBC = "000_00b5067769be9523.txt"
DAVOS = "003_c1dfb6d39388797c.txt"
ANCHORS = {BBC: date(2025, 10, 25), DAVOS: date(2025, 1, 23)}

# (seed, phrase, occurrence, expected value, expected mod)
ROWS = [
    (BBC, "a difficult week", 0, "2025-W43", None),
    (BBC, "recent months", 0, "PAST_REF", None),
    (BBC, "August", 0, "2025-08", None),
    (BBC, "earlier this week", 0, "2025-W43", None),
    (BBC, "Wednesday", 0, "2025-10-22", None),
    (BBC, "the long-term", 0, "FUTURE_REF", None),
    (BBC, "Thursday", 0, "2025-10-30", None),
    (BBC, "Earlier this week", 0, "2025-W43", None),
    (BBC, "monthly", 0, "P1M", None),
    (BBC, "previously", 0, "PAST_REF", None),
    (BBC, "last month", 0, "2025-09", None),
    (DAVOS, "Thursday", 0, "2025-01-23", None),
    (DAVOS, "Friday", 0, "2025-01-17", None),
    (DAVOS, "the next year", 0, "2026", None),
    (DAVOS, "Wednesday", 0, "2025-01-22", None),
    (DAVOS, "Monday", 0, "2025-01-20", None),
    (DAVOS, "weeks", 0, "PXW", None),
    (DAVOS, "2022", 0, "2022", None),
    (DAVOS, "2023", 0, "2023", None),
]

#: Expressions each seed has, in total: the table above must cover all of them.
COUNTS = {BBC: 11, DAVOS: 8}


def _body(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    if name == BBC:
        # The first line is the page's date widget: ingest's business, not the article body.
        text = text.split("\n", 1)[1]
    return text


def _nth(text: str, phrase: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.find(phrase, at + 1)
        assert at >= 0, f"{phrase!r} occurrence {n} not in the seed"
    return at


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@needs_seeds
@pytest.mark.parametrize(("seed", "phrase", "occurrence", "value", "mod"), ROWS,
                         ids=[f"{r[0][:3]}-{r[1]}-{r[2]}" for r in ROWS])
def test_seed_expression(seed: str, phrase: str, occurrence: int, value: str,
                         mod: str | None) -> None:
    text = _body(seed)
    start = _nth(text, phrase, occurrence)
    end = start + len(phrase)
    hits = [t for t in tag(text, ANCHORS[seed]) if t.start < end and t.end > start]
    assert len(hits) == 1, hits
    (timex,) = hits
    assert timex.text == phrase
    assert timex.value is not None
    assert timex.value.value == value
    assert timex.value.mod == mod
    assert timex.how


@needs_seeds
@pytest.mark.parametrize("seed", [BBC, DAVOS])
def test_no_expression_beyond_the_table(seed: str) -> None:
    """Nothing else is tagged, except the span an event-relative phrase will claim."""
    text = _body(seed)
    covered = [(_nth(text, p, n), _nth(text, p, n) + len(p)) for s, p, n, _, _ in ROWS
               if s == seed]
    rest = [t for t in tag(text, ANCHORS[seed])
            if not any(t.start < e and t.end > s for s, e in covered)
            and text[t.end:t.end + 7] != " after "]
    assert rest == []
    assert len(covered) == COUNTS[seed]


@needs_seeds
def test_undated_article_keeps_absolute_years_only() -> None:
    timexes = tag(_body(DAVOS), None)
    values = {t.text: (t.value.value if t.value else None) for t in timexes}
    assert values["2022"] == "2022"
    assert values["2023"] == "2023"
    assert values["Friday"] is None
