"""Hand-made chronologies for the render and export tests (no pipeline needed).

The conftests of tests/render and tests/export import the fixtures from here.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from timeline.model import Article, Chronology, Event, Mention, TimeValue
from timeline.render.synthetic import sample_chronology

#: Strings that would run script if they reached a page unescaped.
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           '<a href="javascript:alert(1)">x</a>')


def day(iso: str, mod: str | None = None) -> TimeValue:
    d = date.fromisoformat(iso)
    return TimeValue(iso, start=d, end=d, granularity="day", mod=mod)


def period(value: str, first: str, last: str, granularity: str,
           mod: str | None = None) -> TimeValue:
    return TimeValue(value, start=date.fromisoformat(first), end=date.fromisoformat(last),
                     granularity=granularity, mod=mod)


def event(eid: str, when: TimeValue, actors: tuple[str, ...] = ("A",), *,
          title: str | None = None, sources: tuple[str, ...] = ("a1",),
          sentence: str = "Something happened then.", phrase: str = "then") -> Event:
    mentions = tuple(Mention(src, sentence, phrase, 0, len(phrase), when, date(2025, 6, 1),
                             "test rule", 0) for src in sources)
    return Event(eid, title or f"Event {eid}", actors, when, mentions)


def chronology(*events: Event, articles: tuple[Article, ...] | None = None) -> Chronology:
    if articles is None:
        ids = dict.fromkeys(m.article for e in events for m in e.mentions)
        articles = tuple(Article(a, "", date(2025, 6, 1), "user", f"Title of {a}") for a in ids)
    return Chronology(articles, events)


@pytest.fixture
def make() -> SimpleNamespace:
    """The builders above, as one fixture: `make.day`, `make.event`, `make.chronology` …"""
    return SimpleNamespace(day=day, period=period, event=event, chronology=chronology,
                           hostile=HOSTILE)


@pytest.fixture
def sample() -> Chronology:
    return sample_chronology()


@pytest.fixture
def hostile_chronology() -> Chronology:
    """Every text field an article controls carries markup that would run if unescaped."""
    script, img, link = HOSTILE
    when = day("2025-03-01")
    mention = Mention("evil", f"{img} said {link}", script, 0, 10, when, date(2025, 3, 2),
                      f"rule {img}", 0)
    events = (
        Event("x1", script, (img,), when, (mention,)),
        Event("x2", link, (), period("2025-04", "2025-04-01", "2025-04-30", "month"), (mention,)),
    )
    articles = (Article("evil", "", date(2025, 3, 2), "user", title=link),)
    return Chronology(articles, events)
