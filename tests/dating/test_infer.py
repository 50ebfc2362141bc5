"""Dating undated articles: our own corpus, the seed, and the examples with their dates removed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from timeline.dating import date_articles, infer_date, infer_publication_date
from timeline.model import Article
from timeline.refevents import load_reference_events

HERE = Path(__file__).resolve().parent
UNDATED = HERE / "undated"
TRUTH: dict[str, str | None] = json.loads((UNDATED / "truth.json").read_text("utf-8"))
ROOT = HERE.parents[1]
EXAMPLES = ROOT / "examples"
SEED = ROOT / ".." / "shared" / "seeds" / "003_c1dfb6d39388797c.txt"
REFS = load_reference_events()


def test_corpus_is_complete() -> None:
    assert sorted(p.stem for p in UNDATED.glob("*.txt")) == sorted(TRUTH)
    assert sum(v is not None for v in TRUTH.values()) >= 10


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_undated_corpus(name: str) -> None:
    result = infer_date((UNDATED / f"{name}.txt").read_text("utf-8"), REFS)
    expected = TRUTH[name]
    if expected is None:
        assert result.date is None
        assert result.evidence, "an undated result still says why"
        return
    assert result.date == date.fromisoformat(expected)
    assert result.low is not None and result.high is not None
    assert result.low <= result.date <= result.high
    assert 0 < result.confidence <= 1
    assert any(line.startswith("range ") for line in result.evidence)


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seeds not present")
def test_seed_without_date_is_dated_and_then_resolves_against_that_date() -> None:
    from timeline.pipeline import tag_article

    article = Article(id="003", text=SEED.read_text("utf-8"))
    (dated,), warnings = date_articles([article], REFS)
    assert warnings == []
    assert (dated.published, dated.published_source) == (date(2025, 1, 23), "inferred")
    assert dated.confidence is not None and dated.confidence > 0.5
    assert any("Monday 2025-01-20 is in the past" in line for line in dated.evidence)
    assert "range 2025-01-23..2025-01-26" in dated.evidence
    values = {t.text: t.value.value for t in tag_article(dated, REFS) if t.value is not None}
    assert values["Wednesday"] == "2025-01-22"
    assert values["Friday"] == "2025-01-17"
    assert values["a day after Trump’s inauguration"] == "2025-01-21"


def _examples() -> list[Article]:
    if not EXAMPLES.is_dir():
        return []
    from timeline.ingest import read_inputs

    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    return [a for a in read_inputs(paths).articles if a.published is not None] if paths else []


EXAMPLE_ARTICLES = _examples()


@pytest.mark.skipif(not EXAMPLE_ARTICLES, reason="no dated examples")
def test_examples_with_their_dates_removed() -> None:
    dated = 0
    for article in EXAMPLE_ARTICLES:
        truth = article.published
        stripped = replace(article, published=None, published_source="unknown")
        result = infer_date(stripped.text, REFS)
        if result.date is None:
            continue
        dated += 1
        assert result.low is not None and result.high is not None
        assert result.date == truth or result.low <= truth <= result.high, (
            article.id, truth, result.date, result.low, result.high)
    # Some examples really do not say when they were written; most do.
    assert dated >= len(EXAMPLE_ARTICLES) // 2


def test_dated_articles_are_left_alone() -> None:
    article = Article(id="x", text="On Thursday, a day after the Busan meeting, ...",
                      published=date(2025, 11, 3), published_source="header", confidence=1.0)
    assert infer_publication_date(article, REFS) is article


def test_nothing_pins_the_date_warning_names_the_article() -> None:
    article = Article(id="003_x", text="Since the 2022 invasion, Europe has rearmed. "
                                       "On Thursday ministers met again.")
    (same,), warnings = date_articles([article], REFS)
    assert same == article
    assert warnings == ["003_x: no publication date found; relative dates left unresolved"]


def test_past_weekday_tied_to_an_event_bounds_the_date() -> None:
    text = "Trump and Xi met at the Busan meeting on Thursday. Markets rose."
    result = infer_date(text, REFS)
    assert (result.date, result.low, result.high) == (
        date(2025, 10, 30), date(2025, 10, 30), date(2025, 11, 5))


def test_future_date_is_an_upper_bound() -> None:
    text = ("Since the Alaska summit on Aug. 15 the talks have stalled. "
            "Trump will meet Zelensky on Aug. 18, 2025.")
    result = infer_date(text, REFS)
    assert (result.low, result.high) == (date(2025, 8, 15), date(2025, 8, 18))


def test_last_weekday_reaches_into_the_week_before() -> None:
    text = "The Riyadh talks last Tuesday were the first in years."
    result = infer_date(text, REFS)
    assert (result.low, result.high) == (date(2025, 2, 19), date(2025, 3, 3))


def test_contradicting_evidence_lowers_confidence() -> None:
    clean = infer_date("The Busan meeting on Thursday went well.", REFS)
    mixed = infer_date("The Busan meeting on Thursday went well. Putin will attend the SCO "
                       "summit in Tianjin.", REFS)
    assert clean.confidence == 1.0
    assert mixed.date == clean.date
    assert mixed.confidence < clean.confidence
    assert any(line.endswith("(not met)") for line in mixed.evidence)


def test_weekday_next_to_a_full_date() -> None:
    result = infer_date("Trump spoke to Xi on Friday, Jan. 17, 2025, officials said.", REFS)
    assert (result.low, result.high) == (date(2025, 1, 17), date(2025, 1, 23))


def test_weekday_names_the_year_of_a_year_less_date() -> None:
    # 15 August fell on a Friday in 2025 (and in 2014, outside the other evidence).
    text = ("Since the 2022 invasion, talks have failed. Trump and Putin met on Friday, "
            "Aug. 15, in Anchorage.")
    result = infer_date(text, REFS)
    assert (result.date, result.high) == (date(2025, 8, 15), date(2025, 8, 21))


def test_next_weekday_in_the_future() -> None:
    text = "The Busan meeting on Thursday ended well. Xi will visit Washington next Monday."
    result = infer_date(text, REFS)
    assert result.date == date(2025, 10, 30)


def test_a_half_year_of_equally_good_days_leaves_the_article_undated() -> None:
    text = ("The patient was discharged on March 23 after five weeks in hospital. "
            "He was first admitted in March 2013.")
    result = infer_date(text, REFS)
    assert result.date is None
    assert any("wider than" in line and "left undated" in line for line in result.evidence)


def test_a_year_mentioned_bounds_the_date_but_does_not_pin_it() -> None:
    # Jan. 1 of 2021 fits all three mentions, as does every Oct. 25 to Jan. 1 after it: the
    # year only says the article is later than its start.
    text = ("Cuomo resigned as governor in 2021. Early voting began on Oct. 25. "
            "The new mayor will take office on Jan. 1.")
    result = infer_date(text, REFS)
    assert result.date is None
    assert any("no dated event of its own" in line for line in result.evidence)
