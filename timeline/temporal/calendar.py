"""Calendar values: TIMEX3 value strings and inclusive intervals for days, weeks, months, ….

Every normalizer ends in one of these small pure functions, so the spelling of a value
(`2025-W43`, `2025-Q3`, `199`) and its interval are decided in one place. Date arithmetic is
pendulum's (month and year shifts with end-of-month clamping, ISO weeks); nothing here does
more than pick the first and last day of a period.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pendulum

from timeline.model import TimeValue
from timeline.temporal.lexicon import SEASON_MONTHS


def shift(day: date, **units: int) -> date:
    """`day` moved by years/months/weeks/days (pendulum: month ends are clamped)."""
    moved = pendulum.Date(day.year, day.month, day.day).add(**units)
    return date(moved.year, moved.month, moved.day)


def month_end(year: int, month: int) -> date:
    d = pendulum.Date(year, month, 1).end_of("month")
    return date(d.year, d.month, d.day)


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th ISO `weekday` (1 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = month_end(year, month)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def western_easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon_fix = (century + 8) // 25
    epact_fix = (century - moon_fix + 1) // 3
    moon = (19 * golden + century - leap_c - epact_fix + 15) % 30
    quad, year_rest = divmod(rest, 4)
    sunday = (32 + 2 * leap_r + 2 * quad - moon - year_rest) % 7
    shift = (golden + 11 * moon + 22 * sunday) // 451
    month, day = divmod(moon + sunday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Easter Sunday of the Orthodox churches: the Julian computus, in Gregorian dates."""
    moon = (19 * (year % 19) + 15) % 30
    sunday = (2 * (year % 4) + 4 * (year % 7) - moon + 34) % 7
    month, day = divmod(moon + sunday + 114, 31)
    julian_to_gregorian = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=julian_to_gregorian)


def day_value(d: date, mod: str | None = None) -> TimeValue:
    return TimeValue(d.isoformat(), "DATE", d, d, "day", mod)


def week_start(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def week_value(d: date, mod: str | None = None) -> TimeValue:
    year, week, _ = d.isocalendar()
    first = week_start(d)
    return TimeValue(f"{year}-W{week:02d}", "DATE", first, first + timedelta(days=6), "week", mod)


def weekend_value(d: date, mod: str | None = None) -> TimeValue:
    year, week, _ = d.isocalendar()
    saturday = week_start(d) + timedelta(days=5)
    return TimeValue(f"{year}-W{week:02d}-WE", "DATE", saturday, saturday + timedelta(days=1),
                     "week", mod)


def month_value(year: int, month: int, mod: str | None = None) -> TimeValue:
    return TimeValue(f"{year:04d}-{month:02d}", "DATE", date(year, month, 1),
                     month_end(year, month), "month", mod)


def quarter_value(year: int, quarter: int, mod: str | None = None) -> TimeValue:
    first = 3 * (quarter - 1) + 1
    return TimeValue(f"{year:04d}-Q{quarter}", "DATE", date(year, first, 1),
                     month_end(year, first + 2), "quarter", mod)


def half_value(year: int, half: int, mod: str | None = None) -> TimeValue:
    first = 6 * (half - 1) + 1
    return TimeValue(f"{year:04d}-H{half}", "DATE", date(year, first, 1),
                     month_end(year, first + 5), "half", mod)


def season_value(year: int, season: str, mod: str | None = None) -> TimeValue:
    first, last = SEASON_MONTHS[season]
    # Winter straddles the new year: "winter 2025" runs from December 2025 into 2026.
    last_year = year + 1 if last < first else year
    return TimeValue(f"{year:04d}-{season}", "DATE", date(year, first, 1),
                     month_end(last_year, last), "season", mod)


def year_value(year: int, mod: str | None = None) -> TimeValue:
    return TimeValue(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), "year", mod)


def decade_value(decade: int, mod: str | None = None) -> TimeValue:
    """`decade` is the year it starts (1990 → "199")."""
    return TimeValue(f"{decade // 10:03d}", "DATE", date(decade, 1, 1), date(decade + 9, 12, 31),
                     "decade", mod)


def century_value(century: int, mod: str | None = None) -> TimeValue:
    """`century` as counted in words (the 20th century → 1900-1999, value "19")."""
    first = (century - 1) * 100
    return TimeValue(f"{century - 1:02d}", "DATE", date(max(first, 1), 1, 1),
                     date(first + 99, 12, 31), "century", mod)


def time_value(d: date, clock: str, mod: str | None = None) -> TimeValue:
    """A time of day on `d`: `clock` is "15:00" or a part of the day ("MO", "NI")."""
    return TimeValue(f"{d.isoformat()}T{clock}", "TIME", d, d, "time", mod)


#: Hours before this are the small hours: they end a night rather than begin a day.
SMALL_HOURS_END = 6
_CLOCK = re.compile(r"T(\d\d):\d\d$")


def clock_hour(value: TimeValue) -> int | None:
    """The hour of a time of day told by the clock (`…T22:27` is 22), None for any other
    value."""
    m = _CLOCK.search(value.value)
    return int(m.group(1)) if m else None


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: date) -> tuple[int, str]:
    """(year, season code) of the season `d` falls in (December counts as next winter)."""
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= last and first <= d.month <= last:
            return d.year, code
    # Winter: December opens the season of its own year; January and February close it.
    return (d.year if d.month == 12 else d.year - 1), "WI"


def vague_value(value: str) -> TimeValue:
    """PAST_REF, PRESENT_REF, FUTURE_REF: no interval, no invented precision."""
    return TimeValue(value, "DATE", None, None, "vague")


def duration_value(value: str, mod: str | None = None) -> TimeValue:
    return TimeValue(value, "DURATION", None, None, "duration", mod)


def set_value(value: str, quant: str | None = None, freq: str | None = None) -> TimeValue:
    return TimeValue(value, "SET", None, None, "set", None, quant, freq)
