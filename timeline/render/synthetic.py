"""Made-up chronologies for benchmarks, tests and trying the renderers without articles.

`sample_chronology()` is a small, hand-written diplomatic timeline (three articles, a dozen
events of every kind the renderer draws: days, a clock time, a week, a month, a quarter, a
season, a range, "before"/"after" values, an undated one). `synthetic_chronology(n)` makes
`n` events spread over two years from a seeded generator, for measuring scale. Neither touches
the network or the disk.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline.model import Article, Chronology, Event, Mention, TimeValue

_ACTORS = ("United States", "China", "Russia", "Ukraine", "European Union", "NATO",
           "United Nations", "Turkey", "India", "Saudi Arabia", "Japan", "Brazil")
_VERBS = ("meets", "calls", "visits", "sanctions", "signs a deal with", "warns", "hosts",
          "talks with")


def _mention(article: str, phrase: str, sentence: str, when: TimeValue, anchor: date,
             how: str) -> Mention:
    start = max(sentence.find(phrase), 0)
    return Mention(article, sentence, phrase, start, start + len(phrase), when, anchor, how, 0)


def _day(d: date, mod: str | None = None) -> TimeValue:
    return TimeValue(d.isoformat(), start=d, end=d, granularity="day", mod=mod)


def sample_chronology() -> Chronology:
    """A dozen invented events from three invented articles, covering every kind of mark."""
    a1, a2, a3 = date(2025, 3, 14), date(2025, 6, 2), date(2025, 9, 30)
    articles = (
        Article("summit-report", "", a1, "header", "Leaders agree to meet after phone call"),
        Article("talks-analysis", "", a2, "metadata", "Months of talks, little progress"),
        Article("autumn-review", "", a3, "user", "A season of sanctions and visits"),
    )

    def event(eid: str, title: str, actors: tuple[str, ...], when: TimeValue,
              *mentions: tuple[str, str, str, date, str]) -> Event:
        return Event(eid, title, actors, when,
                     tuple(_mention(art, phrase, sentence, when, anchor, how)
                           for art, phrase, sentence, anchor, how in mentions))

    events = (
        event("e01", "Leaders hold a phone call", ("United States", "Russia"),
              _day(date(2025, 2, 12)),
              ("summit-report", "on Wednesday", "The two leaders spoke by phone on Wednesday.",
               a1, "weekday, past tense → the Wednesday before"),
              ("talks-analysis", "in February", "A call in February opened the talks.", a2,
               "month name, past → February 2025")),
        event("e02", "Delegations meet in Riyadh", ("United States", "Russia"),
              TimeValue("2025-02-18", start=date(2025, 2, 18), end=date(2025, 2, 18)),
              ("summit-report", "Feb. 18", "Delegations met in Riyadh on Feb. 18.", a1,
               "absolute date")),
        event("e03", "Foreign ministers talk by phone", ("China", "Russia"),
              TimeValue("2025-02-18T15:30", "TIME", date(2025, 2, 18), date(2025, 2, 18), "time"),
              ("summit-report", "at 3:30 pm on Feb. 18", "The ministers talked at 3:30 pm on "
               "Feb. 18.", a1, "clock time on an absolute date")),
        event("e04", "Aid is paused", ("United States",),
              TimeValue("2025-W10", start=date(2025, 3, 3), end=date(2025, 3, 9),
                        granularity="week"),
              ("summit-report", "last week", "Aid deliveries were paused last week.", a1,
               "last week → the week before 2025-03-14")),
        event("e05", "Envoy visits Moscow", ("United States",),
              TimeValue("2025-03", start=date(2025, 3, 1), end=date(2025, 3, 31),
                        granularity="month", mod="START"),
              ("talks-analysis", "in early March", "An envoy went to Moscow in early March.", a2,
               "month name with part → early March 2025")),
        event("e06", "Ceasefire proposal drafted", ("Ukraine",), _day(date(2025, 3, 11), "BEFORE"),
              ("summit-report", "days before the meeting", "A draft was ready days before the "
               "meeting on March 11.", a1, "event-relative → before 2025-03-11")),
        event("e07", "Energy truce announced", ("Russia", "Ukraine"), _day(date(2025, 3, 18)),
              ("talks-analysis", "March 18", "A truce on energy targets was announced March 18.",
               a2, "absolute date"),
              ("autumn-review", "in March", "The energy truce of March did not last.", a3,
               "month name, past → March 2025")),
        event("e08", "Trade talks continue", ("China", "United States"),
              TimeValue("2025-Q2", start=date(2025, 4, 1), end=date(2025, 6, 30),
                        granularity="quarter"),
              ("talks-analysis", "this quarter", "Trade talks went on through this quarter.", a2,
               "this quarter → 2025-Q2")),
        event("e09", "Sanctions widen", ("European Union",),
              TimeValue("2025-SU", start=date(2025, 6, 21), end=date(2025, 9, 22),
                        granularity="season"),
              ("autumn-review", "over the summer", "Sanctions widened over the summer.", a3,
               "season, past → summer 2025")),
        event("e10", "Summit in Alaska", ("United States", "Russia"), _day(date(2025, 8, 15)),
              ("autumn-review", "Aug. 15", "The leaders met in Alaska on Aug. 15.", a3,
               "absolute date")),
        event("e11", "Follow-up meetings", ("Ukraine", "European Union"),
              TimeValue("2025-08-18/2025-08-22", start=date(2025, 8, 18), end=date(2025, 8, 22),
                        granularity="range"),
              ("autumn-review", "from Aug. 18 to 22", "Meetings ran from Aug. 18 to 22.", a3,
               "date range")),
        event("e12", "Parade in Beijing", ("China",), _day(date(2025, 9, 3), "AFTER"),
              ("autumn-review", "after the summit", "A parade followed after the summit.", a3,
               "event-relative → after 2025-09-03")),
        event("e13", "Talks said to resume", ("Turkey",),
              TimeValue("FUTURE_REF", granularity="vague"),
              ("autumn-review", "soon", "Talks may resume soon.", a3, "vague reference")),
    )
    return Chronology(articles, events)


def synthetic_chronology(n: int, *, seed: int = 0, articles: int = 20) -> Chronology:
    """`n` random but reproducible events over 2024-2025 from `articles` articles.

    Four in five are days, the rest weeks and months; some are told by several articles, a
    few have no actor, and a few are "before"/"after" a date.
    """
    rng = random.Random(seed)
    first = date(2024, 1, 1)
    arts = tuple(Article(f"article-{i:03d}", "", first + timedelta(days=rng.randrange(730)),
                         "header", f"Report number {i}") for i in range(articles))
    events = []
    for i in range(n):
        day = first + timedelta(days=rng.randrange(730))
        kind = rng.random()
        if kind < 0.8:
            mod = rng.choice((None,) * 18 + ("BEFORE", "AFTER"))
            when = _day(day, mod)
        elif kind < 0.9:
            monday = day - timedelta(days=day.weekday())
            iso = monday.isocalendar()
            when = TimeValue(f"{iso.year}-W{iso.week:02d}", start=monday,
                             end=monday + timedelta(days=6), granularity="week")
        else:
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            when = TimeValue(f"{start.year}-{start.month:02d}", start=start, end=end,
                             granularity="month")
        actors = tuple(rng.sample(_ACTORS, rng.choice((0, 1, 1, 2, 2, 3))))
        subject = actors[0] if actors else "Officials"
        title = f"{subject} {rng.choice(_VERBS)} {actors[1] if len(actors) > 1 else 'partners'}"
        sources = rng.sample(arts, rng.choice((1, 1, 1, 2, 3)))
        mentions = tuple(
            _mention(a.id, "on that day", f"{title} on that day, officials said.", when,
                     a.published or first, "synthetic")
            for a in sources
        )
        events.append(Event(f"ev{i:05d}", title, actors, when, mentions))
    events.sort(key=lambda e: (e.when.start or first, e.id))
    return Chronology(arts, tuple(events))
