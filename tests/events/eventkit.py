"""Hand-made time values, timexes and events for the events tests (no tagger needed)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from timeline.model import Article, Event, Mention, TimeValue, Timex


def value(text: str, mod: str | None = None, ref: str | None = None) -> TimeValue:
    """A TimeValue from a TIMEX3-like string (day, ISO week, month, year) or a vague one."""
    if text in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return TimeValue(text, granularity="vague")
    if text.startswith("P"):
        return TimeValue(text, type="DURATION", granularity="duration")
    parts = text.split("-")
    if len(parts) == 3:
        day = date.fromisoformat(text)
        return TimeValue(text, start=day, end=day, granularity="day", mod=mod, ref=ref)
    if len(parts) == 2 and parts[1].startswith("W"):
        monday = date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
        return TimeValue(text, start=monday, end=monday + timedelta(days=6),
                         granularity="week", mod=mod, ref=ref)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return TimeValue(text, start=date(year, month, 1),
                         end=date(year, month, calendar.monthrange(year, month)[1]),
                         granularity="month", mod=mod, ref=ref)
    year = int(text)
    return TimeValue(text, start=date(year, 1, 1), end=date(year, 12, 31), granularity="year",
                     mod=mod, ref=ref)


def timexes(text: str, phrases: dict[str, str], anchor: date | None = None) -> list[Timex]:
    """A Timex for the first occurrence of each phrase, with the given value."""
    out = []
    for phrase, val in phrases.items():
        start = text.index(phrase)
        out.append(Timex(start, start + len(phrase), phrase, "test", value(val), anchor,
                         f"test: {val}"))
    return sorted(out, key=lambda t: t.start)


def article(ident: str, text: str, published: date | None = date(2025, 10, 25)) -> Article:
    return Article(ident, text, published, "user" if published else "unknown")


def event(ident: str, when: str, title: str, actors: tuple[str, ...] = (),
          sentence: str | None = None, art: str = "a", start: int = 0,
          mod: str | None = None, ref: str | None = None) -> Event:
    """An event with one mention, built by hand."""
    val = value(when, mod, ref)
    mention = Mention(art, sentence or title, when, start, start + len(when), val, None, "",
                      sentence_start=start)
    return Event(ident, title, actors, val, (mention,))
