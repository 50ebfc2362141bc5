"""Chronological order: interval start, granularity, stated relations, text order, id."""

from __future__ import annotations

from dataclasses import replace

from eventkit import event

from timeline.model import TimeValue
from timeline.order import order_events


def ids(events):
    return [e.id for e in events]


def test_start_then_finer_before_coarser():
    month = event("month", "2025-03", "m")
    day1 = event("day1", "2025-03-01", "d")
    week = event("week", "2025-W10", "w")  # starts Monday 2025-03-03
    earlier = event("early", "2025-02-27", "e")
    assert ids(order_events([month, week, day1, earlier])) == ["early", "day1", "month", "week"]


def test_undated_last():
    undated = replace(event("u", "2025-03-01", "u"), when=TimeValue("PAST_REF",
                                                                     granularity="vague"))
    assert ids(order_events([undated, event("d", "2025-03-01", "d")])) == ["d", "u"]


def test_before_and_after_modifiers_on_the_same_day():
    plain = event("plain", "2025-01-20", "p", art="b")
    before = event("before", "2025-01-20", "b", mod="BEFORE", art="z")
    after = event("after", "2025-01-20", "a", mod="AFTER", art="a")
    assert ids(order_events([after, plain, before])) == ["before", "plain", "after"]


def test_reference_relation_places_event_next_to_its_reference():
    target = event("inaug", "2025-01-20", "inauguration", art="a", start=50)
    other = event("other", "2025-01-20", "other", art="a", start=10)
    before = event("hours", "2025-01-20", "h", mod="BEFORE", ref="inaug", art="z")
    ordered = order_events([target, other, before])
    assert ids(ordered).index("hours") == ids(ordered).index("inaug") - 1


def test_text_order_then_id_break_ties_and_order_is_total():
    a = event("zz", "2025-03-01", "x", art="a", start=5)
    b = event("aa", "2025-03-01", "y", art="a", start=90)
    c = event("mm", "2025-03-01", "z", art="b", start=1)
    assert ids(order_events([c, b, a])) == ["zz", "aa", "mm"]
    assert order_events([a, b, c]) == order_events([c, a, b])
