"""The result cache: a rebuild of unchanged articles reuses everything, a change is seen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import timeline.merge
import timeline.pipeline
from tests.conftest import EXAMPLES
from timeline import build


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def test_an_unchanged_corpus_is_neither_analysed_nor_merged_again(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = str(tmp_path / "cache.sqlite")
    first = build([str(corpus)], cache=cache).to_json()

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("analysed or merged again")

    monkeypatch.setattr(timeline.pipeline, "analyse_all", fail)
    monkeypatch.setattr(timeline.merge, "merge_events", fail)
    assert build([str(corpus)], cache=cache).to_json() == first


def test_a_changed_article_is_analysed_and_merged_again(corpus: Path, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache.sqlite")
    build([str(corpus)], cache=cache)
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Putin", "Medvedev"),
                       encoding="utf-8")
    assert (build([str(corpus)], cache=cache).to_json()
            == build([str(corpus)]).to_json())


def test_cached_results_keep_progress_reports_complete(corpus: Path, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache.sqlite")
    build([str(corpus)], cache=cache)
    seen: list[tuple[int, int]] = []
    build([str(corpus)], cache=cache, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)
