"""Calendar arithmetic behind the holidays: Easter (both reckonings) and n-th weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.calendar import nth_weekday, orthodox_easter, western_easter
from timeline.temporal.rules.absolute import holiday_day


@pytest.mark.parametrize(("year", "western", "orthodox"), [
    (1961, date(1961, 4, 2), date(1961, 4, 9)),
    (2000, date(2000, 4, 23), date(2000, 4, 30)),
    (2019, date(2019, 4, 21), date(2019, 4, 28)),
    (2024, date(2024, 3, 31), date(2024, 5, 5)),
    (2025, date(2025, 4, 20), date(2025, 4, 20)),
    (2026, date(2026, 4, 5), date(2026, 4, 12)),
])
def test_easter_dates(year: int, western: date, orthodox: date) -> None:
    assert western_easter(year) == western
    assert orthodox_easter(year) == orthodox


def test_easter_is_always_a_sunday_in_march_or_april() -> None:
    for year in range(1900, 2101):
        day = western_easter(year)
        assert day.isoweekday() == 7
        assert date(year, 3, 22) <= day <= date(year, 4, 25)
        assert orthodox_easter(year).isoweekday() == 7


@pytest.mark.parametrize(("args", "expected"), [
    ((2025, 11, 4, 4), date(2025, 11, 27)),  # US Thanksgiving
    ((2024, 11, 4, 4), date(2024, 11, 28)),
    ((2025, 5, 1, -1), date(2025, 5, 26)),   # the last Monday of May
    ((2025, 9, 1, 1), date(2025, 9, 1)),     # a month starting on the weekday
    ((2025, 2, 1, 5), None),                 # no fifth Monday in February 2025
])
def test_nth_weekday(args: tuple[int, int, int, int], expected: date | None) -> None:
    assert nth_weekday(*args) == expected


@pytest.mark.parametrize(("spec", "year", "expected"), [
    ("12-25", 2025, date(2025, 12, 25)),
    ("02-29", 2025, None),
    ("4 thursday of 11", 2026, date(2026, 11, 26)),
    ("-1 monday of 05", 2026, date(2026, 5, 25)),
    ("easter -2", 2025, date(2025, 4, 18)),
    ("easter +1", 2026, date(2026, 4, 6)),
    ("orthodox easter", 2024, date(2024, 5, 5)),
])
def test_holiday_specs(spec: str, year: int, expected: date | None) -> None:
    assert holiday_day(spec)(year) == expected


def test_every_holiday_of_the_lexicon_has_a_day_in_every_year() -> None:
    from timeline.temporal.lexicon import HOLIDAYS

    for name, spec in HOLIDAYS.items():
        day_in = holiday_day(spec)
        for year in range(1950, 2051):
            assert day_in(year) is not None, (name, year)
