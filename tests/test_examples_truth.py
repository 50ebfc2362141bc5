"""The example articles' temporal expressions, resolved as a careful reader would.

`tests/data/examples_truth.json` was written by hand with the articles: per article its
publication date and a sample of its expressions with the TIMEX3 value a reader gives them.
Each is looked up in the text (first occurrence) and must be found by the full per-article
tagging path (calendar rules and event-relative phrases) with that value.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, ROOT
from timeline.ingest import read_inputs
from timeline.pipeline import load_knowledge, tag_article

TRUTH = json.loads((ROOT / "tests" / "data" / "examples_truth.json").read_text("utf-8"))

#: Expressions the resolver gets wrong today, with why; each must stay wrong or be removed
#: from here once fixed (the test below fails when one of them starts to pass).
KNOWN_WRONG: set[tuple[str, str]] = set()

CASES = [(stem, e["phrase"], e["value"]) for stem, t in TRUTH.items() for e in t["expressions"]]


@pytest.fixture(scope="module")
def tagged():
    knowledge = load_knowledge()
    articles = read_inputs([str(EXAMPLES / f"{stem}.txt") for stem in TRUTH]).articles
    return {a.id: (a, tag_article(a, knowledge.references)) for a in articles}


def values_at(tagged, stem: str, phrase: str) -> list[str | None]:
    article, timexes = tagged[stem]
    at = article.text.find(phrase)
    assert at >= 0, f"{phrase!r} is not in {stem}"
    end = at + len(phrase)
    return [t.value.value if t.value else None for t in timexes if t.start < end and at < t.end]


def test_the_truth_file_covers_every_example():
    assert sorted(TRUTH) == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert len(CASES) >= 70


@pytest.mark.parametrize(("stem", "phrase", "value"), CASES,
                         ids=[f"{s[:12]}:{p}" for s, p, _ in CASES])
def test_example_expression(tagged, stem, phrase, value):
    got = values_at(tagged, stem, phrase)
    if (stem, phrase) in KNOWN_WRONG:
        assert value not in got, "fixed: remove it from KNOWN_WRONG"
    else:
        assert value in got, f"{stem}: {phrase!r} → {got}, expected {value}"
