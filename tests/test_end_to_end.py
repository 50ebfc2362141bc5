"""End to end: the CLI on examples/ and on the seeds, checking the JSON's content."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, SEEDS, needs_seeds

SEED_NEWS = "000_00b5067769be9523"
SEED_UNDATED = "003_c1dfb6d39388797c"


def build(tmp_path: Path, *args: str) -> dict:
    html, data = tmp_path / "timeline.html", tmp_path / "timeline.json"
    out = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "build", *args, "-o", str(html),
         "--json", str(data), "--quiet", "--no-cache"],
        capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert html.stat().st_size > 1_000_000  # plotly.js inlined: works offline
    return json.loads(data.read_text(encoding="utf-8"))


def events_on(chronology: dict, value: str) -> list[dict]:
    return [e for e in chronology["events"] if e["when"]["value"] == value]


def assert_chronological(chronology: dict) -> None:
    starts = [e["when"]["start"] for e in chronology["events"] if e["when"]["start"]]
    assert starts == sorted(starts)


@pytest.fixture(scope="module")
def examples_json(tmp_path_factory) -> dict:
    return build(tmp_path_factory.mktemp("examples"), str(EXAMPLES))


def test_examples_articles_dated_from_their_headers(examples_json):
    truth_file = ROOT / "tests" / "data" / "examples_truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    got = {a["id"]: (a["published"], a["published_source"]) for a in examples_json["articles"]}
    assert got == {stem: (t["published"], "header") for stem, t in truth.items()}


def test_examples_chronology_is_ordered_and_has_evidence(examples_json):
    assert examples_json["schema"] == "timeline/1"
    assert len(examples_json["events"]) >= 30
    assert_chronological(examples_json)
    for event in examples_json["events"]:
        assert event["title"] and len(event["title"].split()) <= 14
        for mention in event["mentions"]:
            assert mention["phrase"] in mention["sentence"]
            assert mention["anchor"] and mention["how"]


def test_examples_events_told_twice_are_merged(examples_json):
    # The Alaska summit is told by three of the example articles.
    summit = [e for e in events_on(examples_json, "2025-08-15")
              if {"Donald Trump", "Vladimir Putin"} <= set(e["actors"])]
    assert summit, "no Trump–Putin event on 2025-08-15"
    assert max(len({m["article"] for m in e["mentions"]}) for e in summit) >= 2


def test_examples_known_events_have_actors(examples_json):
    calls = [e for e in events_on(examples_json, "2025-01-21")
             if {"Xi Jinping", "Vladimir Putin"} <= set(e["actors"])]
    assert calls, "the Xi–Putin call a day after the inauguration is missing"
    busan = [e for e in events_on(examples_json, "2025-10-30")
             if {"Donald Trump", "Xi Jinping"} <= set(e["actors"])]
    assert busan, "the Busan meeting is missing"


@needs_seeds
def test_seeds_resolve_as_the_skeleton_issue_says(tmp_path):
    data = build(tmp_path, str(SEEDS), "--date", f"{SEED_UNDATED}=2025-01-23")
    published = {a["id"]: a["published"] for a in data["articles"]}
    assert published == {SEED_NEWS: "2025-10-25", SEED_UNDATED: "2025-01-23"}
    by_phrase: dict[tuple[str, str], set[str]] = {}
    for event in data["events"]:
        for m in event["mentions"]:
            by_phrase.setdefault((m["article"], m["phrase"].lower()), set()).add(m["value"])

    def values(article: str, needle: str) -> set[str]:
        return {v for (a, p), vs in by_phrase.items() if a == article and needle in p for v in vs}

    assert "2025-10-22" in values(SEED_NEWS, "wednesday")
    assert "2025-10-30" in values(SEED_NEWS, "thursday")
    assert "2025-09" in values(SEED_NEWS, "last month")
    assert "2025-01-23" in values(SEED_UNDATED, "thursday")
    assert "2025-01-17" in values(SEED_UNDATED, "friday")
    assert "2025-01-21" in values(SEED_UNDATED, "a day after")
    sanctions = events_on(data, "2025-10-22")
    assert any("Donald Trump" in e["actors"] for e in sanctions)
    assert_chronological(data)
    # "Hours before the inauguration" is on 2025-01-20, before it, and ordered first.
    before = [e for e in events_on(data, "2025-01-20") if e["when"]["mod"] == "BEFORE"]
    assert before


@needs_seeds
def test_undated_seed_is_dated_by_inference(tmp_path):
    data = build(tmp_path, str(SEEDS / f"{SEED_UNDATED}.txt"))
    article = data["articles"][0]
    assert article["published"] == "2025-01-23"
    assert article["published_source"] == "inferred"
    assert article["evidence"]


def test_same_input_gives_identical_files(tmp_path):
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    for folder in (first, second):
        out = subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), "build", str(EXAMPLES), "-o",
             str(folder / "t.html"), "--json", str(folder / "t.json"), "--quiet", "--no-cache"],
            capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr
    assert (first / "t.json").read_bytes() == (second / "t.json").read_bytes()
    assert (first / "t.html").read_bytes() == (second / "t.html").read_bytes()


def test_library_parallel_and_cached_builds_equal_serial(tmp_path):
    from timeline import build as build_lib

    # Enough articles for the process pool to be used: the examples under three names each.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        for copy in range(3):
            (corpus / f"{path.stem}_{copy}.txt").write_bytes(path.read_bytes())
    serial = build_lib([str(corpus)], workers=1).to_json()
    cache = str(tmp_path / "cache.sqlite")
    assert build_lib([str(corpus)], workers=2, cache=cache).to_json() == serial
    assert build_lib([str(corpus)], workers=2, cache=cache).to_json() == serial
    assert len(json.loads(serial)["articles"]) == 3 * len(list(EXAMPLES.glob("*.txt")))
