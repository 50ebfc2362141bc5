"""The shared seed articles read as the product expects (skipped when ../shared is absent)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import read_inputs
from timeline.text import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


def seed(prefix: str) -> Path:
    (path,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return path


def first_nonblank_line(path: Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_seed_000_header_date_and_clean_text():
    path = seed("000")
    (article,) = read_inputs([str(path)]).articles
    assert article.published == date(2025, 10, 25)
    assert article.published_source == "header"
    header = first_nonblank_line(path)
    assert header.strip() not in article.text
    assert "↺" not in article.text
    raw_lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    first_sentence = split_sentences(raw_lines[1])[0].text
    assert article.text.startswith(first_sentence)
    assert article.title is None


def test_seed_003_undated_and_furniture_removed():
    path = seed("003")
    (article,) = read_inputs([str(path)]).articles
    assert article.published is None
    assert article.published_source == "unknown"
    assert "RECOMMENDED VIDEO" in path.read_text(encoding="utf-8")
    assert "RECOMMENDED VIDEO" not in article.text
    assert article.text.startswith(first_nonblank_line(path))
    assert article.title is None


def test_seed_directory_reads_every_seed_without_warnings():
    result = read_inputs([str(SEEDS)])
    assert len(result.articles) == len(list(SEEDS.glob("*.txt")))
    assert result.warnings == ()
