"""Words and groupings every view of a chronology shares: lanes, date labels, escaping.

The figure, the HTML page and the CSV, Markdown and TimelineJS exports all say when an event
happened and which lane it belongs to; they take those words from here so that a month reads
"October 2025" and an event sits with the same actor everywhere. Nothing here imports plotly.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, timedelta

from timeline.errors import UsageError
from timeline.model import Article, Chronology, Event, TimeValue

LANE_MODES = ("actor", "article", "none")

#: The lane of events with no actor (actor lanes) or no source article (article lanes).
OTHER = "Other"

#: The single lane's name when lanes are off.
ALL_EVENTS = "Events"

#: Granularities drawn as a point in time; everything coarser is drawn as a span.
POINT_GRANULARITIES = ("day", "time")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

#: How a modifier reads in front of a date ("before 22 Oct 2025", "early October 2025").
_MOD_WORDS = {
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "by",
    "ON_OR_AFTER": "from",
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}


def escape(text: str) -> str:
    """Article text made inert for plotly's pseudo-HTML and for HTML pages.

    Quotes stay as they are: plotly.js decodes `&lt;`/`&gt;`/`&amp;` back to characters for
    display but would show `&quot;` literally in some places.
    """
    return html.escape(text, quote=False)


def check_lanes(lanes: str) -> None:
    """Raise UsageError unless `lanes` is one of LANE_MODES."""
    if lanes not in LANE_MODES:
        raise UsageError(f"lanes must be one of {', '.join(LANE_MODES)}, not {lanes!r}")


def article_label(article: Article | None, article_id: str) -> str:
    """What to call an article in a lane name or a hover: its title, else its id."""
    if article is not None and article.title:
        return article.title.strip()
    return article_id


def lanes_of(event: Event, mode: str) -> tuple[str, ...]:
    """Lane keys an event is drawn in.

    `actor`: the lane of its first actor. `article`: one lane per source article, so the
    same event appears once for every article telling it. `none`: a single lane.
    """
    if mode == "actor":
        return (event.actors[0] if event.actors else OTHER,)
    if mode == "article":
        return event.sources or (OTHER,)
    return (ALL_EVENTS,)


def first_actor(event: Event) -> str:
    """The actor an event is coloured by."""
    return event.actors[0] if event.actors else OTHER


def interval(when: TimeValue) -> tuple[date, date] | None:
    """The inclusive calendar interval of a dated value, None when it is not on the calendar."""
    if not when.is_dated or when.start is None:
        return None
    end = when.end if when.end is not None and when.end >= when.start else when.start
    return when.start, end


def is_point(when: TimeValue) -> bool:
    """True when the value is drawn as a point (a day or a time), not a span."""
    span = interval(when)
    return when.granularity in POINT_GRANULARITIES or (span is not None and span[0] == span[1])


def clock_time(when: TimeValue) -> str | None:
    """`HH:MM` when the TIMEX3 value states a clock time (`2025-10-22T14:30`), else None."""
    _, sep, rest = when.value.partition("T")
    if sep and len(rest) >= 5 and rest[:2].isdigit() and rest[2] == ":" and rest[3:5].isdigit():
        return rest[:5]
    return None


def day_label(day: date) -> str:
    """`22 Oct 2025`."""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def _period_label(when: TimeValue, start: date, end: date) -> str:
    value, granularity = when.value, when.granularity
    if granularity == "month" and start.day == 1:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if granularity == "year":
        return str(start.year)
    if granularity == "decade":
        return f"{start.year - start.year % 10}s"
    if granularity == "century":
        return f"{start.year // 100 + 1}th century"
    if granularity == "quarter" and "-Q" in value:
        return f"Q{value.rsplit('-Q', 1)[1][:1]} {start.year}"
    if granularity == "half" and "-H" in value:
        return f"H{value.rsplit('-H', 1)[1][:1]} {start.year}"
    if granularity == "season":
        season = _SEASONS.get(value.rsplit("-", 1)[-1][:2])
        if season is not None:
            return f"{season} {value[:4] if value[:4].isdigit() else start.year}"
    if granularity == "week":
        return f"week of {day_label(start)}"
    if start.year == end.year:
        left = f"{start.day} {_MONTHS[start.month - 1][:3]}"
        return f"{left} – {day_label(end)}"
    return f"{day_label(start)} – {day_label(end)}"


def describe(when: TimeValue) -> str:
    """A short human label for a time value: `22 Oct 2025`, `early October 2025`, `Q3 2025`.

    Undated values (vague references, durations, sets) fall back to their TIMEX3 value.
    """
    span = interval(when)
    if span is None:
        text = when.value
    elif is_point(when):
        text = day_label(span[0])
        clock = clock_time(when)
        if clock is not None:
            text = f"{text} {clock}"
    else:
        text = _period_label(when, *span)
    word = _MOD_WORDS.get(when.mod or "")
    if word == "mid":
        return f"mid-{text}"
    return f"{word} {text}" if word else text


def date_range(events: Iterable[Event]) -> tuple[date, date] | None:
    """First and last day covered by the dated events, None when none is dated."""
    spans = [s for s in (interval(e.when) for e in events) if s is not None]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def summary(chronology: Chronology) -> str:
    """`8 articles · 42 events · 20 Jan 2025 – 30 Oct 2025` (plus undated events, if any)."""
    n_articles, n_events = len(chronology.articles), len(chronology.events)
    parts = [_count(n_articles, "article"), _count(n_events, "event")]
    span = date_range(chronology.events)
    if span is not None:
        first, last = span
        parts.append(day_label(first) if first == last else f"{day_label(first)} – "
                     f"{day_label(last)}")
    undated = sum(1 for e in chronology.events if interval(e.when) is None)
    if undated:
        parts.append(f"{undated} without a date not drawn")
    return " · ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def exclusive_end(last: date) -> date:
    """The day after an inclusive end: where a span drawn to the end of its last day stops."""
    return last + timedelta(days=1)
