"""Properties of the figure over random chronologies (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Article, Chronology, Event, Mention, TimeValue
from timeline.render import figure
from timeline.render.figure import MAX_ROWS

_DAY0 = date(2025, 1, 1)


@st.composite
def chronologies(draw) -> Chronology:
    n = draw(st.integers(0, 40))
    events = []
    for i in range(n):
        first = _DAY0 + timedelta(days=draw(st.integers(0, 20)))
        length = draw(st.sampled_from([0, 0, 0, 6, 30]))
        granularity = "day" if length == 0 else ("week" if length == 6 else "month")
        when = TimeValue(first.isoformat(), start=first, end=first + timedelta(days=length),
                         granularity=granularity,
                         mod=draw(st.sampled_from([None, None, "BEFORE", "AFTER"])))
        actors = tuple(draw(st.lists(st.sampled_from("ABCDE"), max_size=2, unique=True)))
        sources = draw(st.lists(st.sampled_from(["a1", "a2", "a3"]), min_size=1, max_size=2,
                                unique=True))
        mentions = tuple(Mention(s, "It happened.", "then", 0, 4, when, None, "") for s in sources)
        events.append(Event(f"e{i}", f"Event {i}", actors, when, mentions))
    articles = tuple(Article(a, "", _DAY0, "user") for a in ("a1", "a2", "a3"))
    return Chronology(articles, tuple(events))


@settings(max_examples=40, deadline=None)
@given(chronologies(), st.sampled_from(["actor", "article", "none"]))
def test_every_event_is_drawn_inside_its_lane_and_none_hides_another(chronology, lanes):
    fig = figure(chronology, lanes=lanes)
    points = fig.data[1]
    expected = sum(len(e.sources) if lanes == "article" else 1 for e in chronology.events)
    assert len(points.x) == expected
    assert all(abs(y - round(y)) < 0.5 for y in points.y)
    if lanes == "none" and len(chronology.events) <= MAX_ROWS:
        # With room for every row, no two marks share a position.
        assert len(set(zip(points.x, points.y, strict=True))) == len(points.x)
    assert fig.to_json() == figure(chronology, lanes=lanes).to_json()
