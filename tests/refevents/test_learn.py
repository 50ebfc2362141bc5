"""References learned from articles that date named events."""

from __future__ import annotations

from datetime import date

from timeline.model import TimeValue, Timex
from timeline.refevents import learn_references, load_reference_events
from timeline.temporal.eventrel import find_event_relative


def _day_timex(text: str, phrase: str, day: str, kind: str = "date") -> Timex:
    start = text.index(phrase)
    d = date.fromisoformat(day)
    return Timex(start, start + len(phrase), phrase, kind,
                 TimeValue(day, start=d, end=d, granularity="day"))


def test_named_event_with_a_date_in_its_clause_is_learned() -> None:
    text = "Trump and Putin met at the Elmendorf summit on Aug. 15 and left without a deal."
    learned = learn_references("a1", text, [_day_timex(text, "Aug. 15", "2025-08-15")])
    assert [(r.id, r.start, r.source) for r in learned] == [
        ("elmendorf-summit-2025-08-15", date(2025, 8, 15), "article:a1")]


def test_possessive_weekday_before_the_name() -> None:
    text = "Friday's Gimhae meeting lasted under two hours."
    learned = learn_references("a2", text, [_day_timex(text, "Friday", "2025-10-31", "weekday")])
    assert [r.id for r in learned] == ["gimhae-meeting-2025-10-31"]


def test_no_learning_without_a_day_in_the_same_clause() -> None:
    text = "The Elmendorf summit was long. Months later, on Aug. 15, nothing happened."
    assert learn_references("a3", text, [_day_timex(text, "Aug. 15", "2025-08-15")]) == []
    month = Timex(0, 0, "", "month", TimeValue("2025-08", start=date(2025, 8, 1),
                                                 end=date(2025, 8, 31), granularity="month"))
    assert learn_references("a3", "The Elmendorf summit in August.", [month]) == []


def test_sentence_starts_and_possessives_are_not_names() -> None:
    text = "The summit on Aug. 15 ended. Trump's meeting on Aug. 16 was short."
    timexes = [_day_timex(text, "Aug. 15", "2025-08-15"), _day_timex(text, "Aug. 16", "2025-08-16")]
    assert learn_references("a4", text, timexes) == []


def test_learned_reference_anchors_another_article() -> None:
    first = "Officials gathered for the Gimhae meeting on Oct. 30."
    learned = learn_references("a5", first, [_day_timex(first, "Oct. 30", "2025-10-30")])
    second = "A day after the Gimhae meeting, soybean prices rose."
    references = (*load_reference_events(), *learned)
    (timex,) = find_event_relative(second, date(2025, 11, 3), references)
    assert timex.value is not None
    assert (timex.value.value, timex.value.ref) == ("2025-10-31", "gimhae-meeting-2025-10-30")
    assert "article:a5" in timex.how
