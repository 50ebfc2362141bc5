"""TimelineJS3 export: its JSON format, precise dates, groups and inert text."""

from __future__ import annotations

import json

import pytest

from timeline.errors import UsageError
from timeline.export.timelinejs import to_timelinejs


def slides(chronology, **options):
    doc = json.loads(to_timelinejs(chronology, **options))
    return doc, {s["unique_id"]: s for s in doc["events"]}


def test_title_slide_and_one_slide_per_dated_event(sample):
    doc, by_id = slides(sample, title="Diplomacy")
    assert doc["title"]["text"]["headline"] == "Diplomacy"
    assert doc["title"]["text"]["text"].startswith("3 articles")
    assert list(by_id) == [e.id for e in sample.events if e.when.start is not None]
    assert "e13" not in by_id  # vague: no place on a timeline


def test_dates_carry_exactly_the_precision_known(sample):
    _, by_id = slides(sample)
    assert by_id["e01"]["start_date"] == {"year": "2025", "month": "2", "day": "12"}
    assert "end_date" not in by_id["e01"]
    assert by_id["e04"]["start_date"] == {"year": "2025", "month": "3", "day": "3"}
    assert by_id["e04"]["end_date"] == {"year": "2025", "month": "3", "day": "9"}
    assert by_id["e04"]["display_date"] == "week of 3 Mar 2025"
    assert by_id["e08"]["end_date"] == {"year": "2025", "month": "6", "day": "30"}
    # An "early March" is not the whole month: it keeps explicit days and says so.
    assert by_id["e05"]["display_date"] == "early March 2025"


def test_a_plain_month_is_a_month(make):
    c = make.chronology(make.event("m", make.period("2025-07", "2025-07-01", "2025-07-31",
                                                    "month")),
                        make.event("y", make.period("2024", "2024-01-01", "2024-12-31", "year")))
    _, by_id = slides(c)
    assert by_id["m"]["start_date"] == {"year": "2025", "month": "7"}
    assert "end_date" not in by_id["m"]
    assert by_id["y"]["start_date"] == {"year": "2024"}


def test_groups_follow_the_lanes(sample):
    _, by_actor = slides(sample)
    assert by_actor["e07"]["group"] == "Russia"
    _, by_article = slides(sample, lanes="article")
    assert by_article["e07"]["group"] == "Months of talks, little progress"
    _, none = slides(sample, lanes="none")
    assert "group" not in none["e07"]
    with pytest.raises(UsageError):
        to_timelinejs(sample, lanes="topic")


def test_text_quotes_the_mentions_and_is_escaped(sample, hostile_chronology):
    _, by_id = slides(sample)
    text = by_id["e07"]["text"]["text"]
    assert "<blockquote>A truce on energy targets was announced March 18.</blockquote>" in text
    assert by_id["e07"]["autolink"] is False
    raw = to_timelinejs(hostile_chronology)
    for markup in ("<script>", "<img", "<a href"):
        assert markup not in raw
    _, hostile = slides(hostile_chronology)
    assert hostile["x1"]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_unique_ids_are_url_safe_and_unique(make):
    c = make.chronology(make.event("a b", make.day("2025-01-01")),
                        make.event("a/b", make.day("2025-01-02")))
    _, by_id = slides(c)
    assert list(by_id) == ["a-b", "a-b-2"]
