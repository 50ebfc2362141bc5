"""Properties that must hold for any date: offsets add up, a tied weekday pins the date."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dating import infer_date
from timeline.refevents import ReferenceEvent
from timeline.temporal.eventrel import find_event_relative

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
           8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def _summit(day: date) -> ReferenceEvent:
    return ReferenceEvent("zorbian-summit", (r"Zorbian\s+summit",), day, day, "day", (), "test")


@settings(max_examples=60, deadline=None)
@given(day=days, count=st.integers(min_value=2, max_value=12), after=st.booleans(),
       digits=st.booleans())
def test_day_offsets_add_up(day: date, count: int, after: bool, digits: bool) -> None:
    number = str(count) if digits else NUMBERS[count]
    relation = "after" if after else "before"
    text = f"Talks resumed {number} days {relation} the Zorbian summit, officials said."
    (timex,) = find_event_relative(text, day + timedelta(days=30), [_summit(day)])
    expected = day + timedelta(days=count if after else -count)
    assert timex.value is not None
    assert (timex.value.value, timex.value.ref) == (expected.isoformat(), "zorbian-summit")


@settings(max_examples=60, deadline=None)
@given(day=days)
def test_a_weekday_tied_to_a_dated_event_pins_the_publication(day: date) -> None:
    text = f"The Zorbian summit on {WEEKDAYS[day.weekday()]} ended without a deal."
    result = infer_date(text, [_summit(day)])
    assert (result.date, result.low, result.high) == (day, day, day + timedelta(days=6))
    assert result.confidence == 1.0


@settings(max_examples=40, deadline=None)
@given(day=days)
def test_lower_bounds_alone_never_date_an_article(day: date) -> None:
    text = (f"Since the Zorbian summit, nothing has changed. "
            f"Officials met on {day:%B} {day.day}, {day.year}.")
    assert infer_date(text, [_summit(day)]).date is None
