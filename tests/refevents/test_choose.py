"""Which event an ambiguous name means."""

from __future__ import annotations

from datetime import date

from timeline.refevents import choose, find_references, load_reference_events

REFS = load_reference_events()


def _candidates(text: str):
    (mention,) = find_references(text, REFS)
    return mention.candidates


def test_most_recent_on_or_before_the_anchor() -> None:
    both = _candidates("Trump's inauguration")
    assert len(both) == 2
    assert choose(both, date(2025, 3, 1)).id == "trump-inauguration-2025"
    assert choose(both, date(2025, 1, 20)).id == "trump-inauguration-2025"
    assert choose(both, date(2025, 1, 19)).id == "trump-inauguration-2017"
    assert choose(both, date(2020, 6, 1)).id == "trump-inauguration-2017"


def test_before_every_event_the_first_one_after() -> None:
    assert choose(_candidates("Trump's inauguration"), date(2016, 12, 1)).id == \
        "trump-inauguration-2017"


def test_future_clause_takes_the_next_event() -> None:
    both = _candidates("Trump's inauguration")
    assert choose(both, date(2025, 1, 10), future=True).id == "trump-inauguration-2025"
    assert choose(both, date(2025, 1, 10)).id == "trump-inauguration-2017"


def test_weekday_narrows_before_the_anchor_rule() -> None:
    both = _candidates("Trump's inauguration")
    # 2017-01-20 was a Friday: "on Friday" means the first one even in 2025.
    assert choose(both, date(2025, 3, 1), weekday=4).id == "trump-inauguration-2017"
    assert choose(both, None, weekday=0).id == "trump-inauguration-2025"


def test_without_anchor_only_unambiguous_names() -> None:
    assert choose(_candidates("Trump's inauguration"), None) is None
    assert choose(_candidates("the Alaska summit"), None).id == "alaska-summit-2025"


def test_ordinal_and_year_in_the_phrase() -> None:
    assert [e.id for e in _candidates("Trump's first inauguration")] == ["trump-inauguration-2017"]
    assert [e.id for e in _candidates("the 2022 Istanbul talks")] == ["istanbul-talks-2022"]
    assert [e.id for e in _candidates("the second Minsk agreement")] == ["minsk-ii-2015"]


def test_many_calls_pick_the_latest_before_the_anchor() -> None:
    calls = _candidates("Trump's phone call with Putin")
    assert len(calls) >= 5
    assert choose(calls, date(2025, 8, 1)).id == "trump-putin-call-2025-07-03"
    assert choose(calls, date(2025, 3, 18)).id == "trump-putin-call-2025-03-18"
