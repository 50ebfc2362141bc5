"""Date labels, lanes and the summary line shared by the figure and the exports."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Chronology, TimeValue
from timeline.render.labels import clock_time, describe, escape, is_point, lanes_of, summary


def tv(value: str, first: str | None, last: str | None, granularity: str,
       mod: str | None = None, kind: str = "DATE") -> TimeValue:
    return TimeValue(value, kind, date.fromisoformat(first) if first else None,
                     date.fromisoformat(last) if last else None, granularity, mod)


@pytest.mark.parametrize(("when", "label"), [
    (tv("2025-10-22", "2025-10-22", "2025-10-22", "day"), "22 Oct 2025"),
    (tv("2025-10-22T14:05", "2025-10-22", "2025-10-22", "time", kind="TIME"),
     "22 Oct 2025 14:05"),
    (tv("2025-10-22TEV", "2025-10-22", "2025-10-22", "time", kind="TIME"), "22 Oct 2025"),
    (tv("2025-10", "2025-10-01", "2025-10-31", "month"), "October 2025"),
    (tv("2025-10", "2025-10-01", "2025-10-31", "month", "START"), "early October 2025"),
    (tv("2025-10", "2025-10-01", "2025-10-31", "month", "MID"), "mid-October 2025"),
    (tv("2024", "2024-01-01", "2024-12-31", "year", "END"), "late 2024"),
    (tv("2025-Q3", "2025-07-01", "2025-09-30", "quarter"), "Q3 2025"),
    (tv("2025-H1", "2025-01-01", "2025-06-30", "half"), "H1 2025"),
    (tv("2025-SU", "2025-06-21", "2025-09-22", "season"), "summer 2025"),
    (tv("2025-W43", "2025-10-20", "2025-10-26", "week"), "week of 20 Oct 2025"),
    (tv("202", "2020-01-01", "2029-12-31", "decade"), "2020s"),
    (tv("2025-08-18/2025-08-22", "2025-08-18", "2025-08-22", "range"), "18 Aug – 22 Aug 2025"),
    (tv("2024-12-30/2025-01-02", "2024-12-30", "2025-01-02", "range"),
     "30 Dec 2024 – 2 Jan 2025"),
    (tv("2025-03-11", "2025-03-11", "2025-03-11", "day", "BEFORE"), "before 11 Mar 2025"),
    (tv("2025-03-11", "2025-03-11", "2025-03-11", "day", "APPROX"), "about 11 Mar 2025"),
    (tv("PAST_REF", None, None, "vague"), "PAST_REF"),
    (tv("P3D", None, None, "duration", kind="DURATION"), "P3D"),
])
def test_describe(when, label):
    assert describe(when) == label


def test_points_and_spans():
    assert is_point(tv("2025-10-22", "2025-10-22", "2025-10-22", "day"))
    assert not is_point(tv("2025-10", "2025-10-01", "2025-10-31", "month"))
    assert is_point(tv("2025-08-18/2025-08-18", "2025-08-18", "2025-08-18", "range"))


def test_clock_time_only_for_stated_clock_times():
    assert clock_time(tv("2025-10-22T09:30", "2025-10-22", "2025-10-22", "time")) == "09:30"
    assert clock_time(tv("2025-10-22TMO", "2025-10-22", "2025-10-22", "time")) is None
    assert clock_time(tv("2025-10-22", "2025-10-22", "2025-10-22", "day")) is None


def test_lanes_of(make):
    ev = make.event("1", make.day("2025-01-01"), ("B", "A"), sources=("x", "y", "x"))
    assert lanes_of(ev, "actor") == ("B",)
    assert lanes_of(ev, "article") == ("x", "y")
    assert lanes_of(ev, "none") == ("Events",)
    assert lanes_of(make.event("2", make.day("2025-01-01"), ()), "actor") == ("Other",)


def test_summary_counts_and_range(make):
    c = make.chronology(make.event("1", make.day("2025-01-05")),
                        make.event("2", make.period("2025-02", "2025-02-01", "2025-02-28",
                                                    "month")))
    assert summary(c) == "1 article · 2 events · 5 Jan 2025 – 28 Feb 2025"
    assert summary(Chronology((), ())) == "0 articles · 0 events"


def test_escape_keeps_quotes_but_not_markup():
    assert escape('<b x="1">&') == '&lt;b x="1"&gt;&amp;'
