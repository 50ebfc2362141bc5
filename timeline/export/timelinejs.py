"""The chronology as TimelineJS3 JSON, for Knight Lab's storytelling timeline.

The file is TimelineJS3's JSON format: a `title` slide and one `events` slide per dated event,
with `start_date` (and `end_date` for periods) as year/month/day objects that carry exactly
the precision the event has — a month is `{year, month}`, a year `{year}`, a week or a quarter
an explicit first and last day — plus a `display_date` in words, `text` (headline and the
quoted mentions), `group` (the lane: first actor or first source article) and `unique_id` (the
event id). TimelineJS renders headline and text as HTML, so every piece of article text is
HTML-escaped, and `autolink` is off so URLs in articles do not become links. Undated events
(vague references, durations) have no place on it and are left out.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

from timeline.model import Article, Chronology, Event
from timeline.render.labels import (
    article_label,
    check_lanes,
    describe,
    interval,
    is_point,
    lanes_of,
    summary,
)


def _date(d: date, granularity: str) -> dict[str, str]:
    if granularity == "year":
        return {"year": str(d.year)}
    if granularity == "month":
        return {"year": str(d.year), "month": str(d.month)}
    return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}


def _text(event: Event, articles: dict[str, Article]) -> str:
    parts = []
    if event.actors:
        parts.append(f"<p>{html.escape(', '.join(event.actors))}</p>")
    for mention in event.mentions:
        source = article_label(articles.get(mention.article), mention.article)
        parts.append(f"<blockquote>{html.escape(' '.join(mention.sentence.split()))}"
                     f"</blockquote><p>“{html.escape(mention.phrase)}” — "
                     f"<i>{html.escape(source)}</i></p>")
    return "".join(parts)


def _unique_id(event_id: str) -> str:
    """The event id as TimelineJS wants it in a URL fragment: letters, digits, - and _."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", event_id) or "event"


def _slide(event: Event, articles: dict[str, Article], lanes: str) -> dict[str, Any] | None:
    span = interval(event.when)
    if span is None:
        return None
    granularity = event.when.granularity
    whole_unit = granularity in ("year", "month") and not event.when.mod
    slide: dict[str, Any] = {
        "start_date": _date(span[0], granularity if whole_unit else "day"),
    }
    if not is_point(event.when) and not whole_unit:
        slide["end_date"] = _date(span[1], "day")
    slide["display_date"] = html.escape(describe(event.when))
    slide["text"] = {"headline": html.escape(event.title), "text": _text(event, articles)}
    if lanes != "none":
        lane = lanes_of(event, lanes)[0]
        name = article_label(articles.get(lane), lane) if lanes == "article" else lane
        slide["group"] = html.escape(name)
    slide["unique_id"] = _unique_id(event.id)
    slide["autolink"] = False
    return slide


def to_timelinejs(chronology: Chronology, *, lanes: str = "actor",
                  title: str | None = None) -> str:
    """TimelineJS3 JSON text for the chronology's dated events (deterministic)."""
    check_lanes(lanes)
    articles = {a.id: a for a in chronology.articles}
    events = [s for s in (_slide(e, articles, lanes) for e in chronology.events) if s]
    seen: dict[str, int] = {}
    for slide in events:
        uid = slide["unique_id"]
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:
            slide["unique_id"] = f"{uid}-{seen[uid]}"
    doc = {
        "title": {"text": {"headline": html.escape(title or "Timeline"),
                           "text": html.escape(summary(chronology))}},
        "events": events,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
