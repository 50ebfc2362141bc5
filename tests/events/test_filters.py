"""Filters: actors by any alias, date range by overlap, number of sources."""

from __future__ import annotations

from datetime import date

from eventkit import event

from timeline.filters import filter_events
from timeline.merge import combine

EVENTS = [
    event("z", "2025-03-01", "Zelensky in London", ("Volodymyr Zelensky",), art="a"),
    event("k", "2025-03", "Russia says no", ("Russia",), art="a"),
    event("t", "2025-04-02", "Trump speaks", ("Donald Trump",), art="b"),
]


def ids(events):
    return [e.id for e in events]


def test_actor_by_alias_case_insensitive(actors):
    assert ids(filter_events(EVENTS, actors=["zelenskyy"], index=actors)) == ["z"]
    assert ids(filter_events(EVENTS, actors=["the Kremlin"], index=actors)) == ["k"]
    assert ids(filter_events(EVENTS, actors=["DONALD TRUMP", "Russia"], index=actors)) == [
        "k", "t"]
    assert filter_events(EVENTS, actors=["Nobody"], index=actors) == []


def test_since_until_by_overlap():
    assert ids(filter_events(EVENTS, since=date(2025, 3, 15))) == ["k", "t"]
    assert ids(filter_events(EVENTS, until=date(2025, 3, 1))) == ["z", "k"]
    assert ids(filter_events(EVENTS, since=date(2025, 3, 2), until=date(2025, 3, 31))) == ["k"]


def test_min_sources_counts_distinct_articles():
    two = combine([event("p", "2025-05-01", "x", art="a", start=1),
                   event("q", "2025-05-01", "x", art="b", start=1)])
    twice_one = combine([event("r", "2025-05-02", "y", art="a", start=1),
                         event("s", "2025-05-02", "y", art="a", start=50)])
    assert ids(filter_events([two, twice_one], min_sources=2)) == ["p"]
    assert ids(filter_events([two, twice_one])) == ["p", "r"]
