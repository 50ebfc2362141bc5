"""The data model every stage of the pipeline shares.

All values are frozen dataclasses: a stage takes model objects and returns new ones, never
mutating what it was given. The flow is Article → Timex (tag & resolve) → Mention / Event
(events) → Event (merge) → Chronology (order), and every exporter takes a Chronology.
Dates are `datetime.date`; intervals are inclusive. The JSON form of each object is defined
here too (`to_dict`), because `timeline.json` (schema "timeline/1") is a public format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "timeline/1"

#: Where an article's publication date came from, strongest first.
PUBLISHED_SOURCES = ("user", "header", "metadata", "inferred", "unknown")

#: TIMEX3 types.
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")

#: Granularities, finest first; the order decides "finer before coarser" on ties.
GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
    "range",
    "vague",
    "duration",
    "set",
)

#: TIMEX3 modifiers used by the resolver.
MODS = ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END", "APPROX",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")


def granularity_rank(granularity: str) -> int:
    """Position of a granularity in GRANULARITIES (unknown ones sort last)."""
    try:
        return GRANULARITIES.index(granularity)
    except ValueError:
        return len(GRANULARITIES)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


@dataclass(frozen=True)
class Article:
    """One input document."""

    id: str
    text: str
    published: date | None = None
    published_source: str = "unknown"
    title: str | None = None
    path: str | None = None
    url: str | None = None
    #: 0..1 for inferred dates; 1.0 for user/header/metadata; None when unknown.
    confidence: float | None = None
    #: Human-readable reasons for the publication date (one line each).
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "published": _iso(self.published),
            "published_source": self.published_source,
        }
        if self.url is not None:
            out["url"] = self.url
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        if self.evidence:
            out["evidence"] = list(self.evidence)
        return out


@dataclass(frozen=True)
class TimeValue:
    """The resolved meaning of a temporal expression.

    `value` is a TIMEX3 value string (`2025-10-22`, `2025-W43`, `2025-09`, `2025-Q3`,
    `2025-SU`, `2023`, `202`, `PAST_REF`, `P3D`, `XXXX-WXX-1` …). `start`/`end` are the
    inclusive calendar interval it covers, None for vague values, durations and sets.
    """

    value: str
    type: str = "DATE"
    start: date | None = None
    end: date | None = None
    granularity: str = "day"
    mod: str | None = None
    #: SET attributes as TimeML has them ("EACH", "EVERY", "2X" …).
    quant: str | None = None
    freq: str | None = None
    #: Id of the reference event this value was anchored to ("hours before X"), if any.
    ref: str | None = None

    @property
    def is_dated(self) -> bool:
        """True when the value places something on the calendar."""
        return self.start is not None and self.type in ("DATE", "TIME")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.value,
            "type": self.type,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "granularity": self.granularity,
            "mod": self.mod,
        }
        if self.quant is not None:
            out["quant"] = self.quant
        if self.freq is not None:
            out["freq"] = self.freq
        if self.ref is not None:
            out["ref"] = self.ref
        return out


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text, with its resolution.

    `start`/`end` are character offsets into the text as read (end exclusive). `value` is
    None when the expression could not be resolved (e.g. a relative phrase in an undated
    article). `anchor` is the date it was resolved against; `how` says, in a few words, how.
    """

    start: int
    end: int
    text: str
    kind: str
    value: TimeValue | None
    anchor: date | None = None
    how: str = ""
    rule: str = ""

    @property
    def type(self) -> str:
        return self.value.type if self.value is not None else "DATE"

    def to_dict(self) -> dict[str, Any]:
        """The `timeline tag` JSON line."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value.value if self.value is not None else None,
        }


@dataclass(frozen=True)
class Mention:
    """One source sentence telling of an event, and how its date was found."""

    article: str
    sentence: str
    phrase: str
    start: int
    end: int
    value: TimeValue
    anchor: date | None
    how: str
    #: Offset of the sentence in the article text (for text order).
    sentence_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "sentence": self.sentence,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "value": self.value.value,
            "anchor": _iso(self.anchor),
            "how": self.how,
        }


@dataclass(frozen=True)
class Event:
    """Something that happened (or will), at a resolved time, told by one or more mentions."""

    id: str
    title: str
    actors: tuple[str, ...]
    when: TimeValue
    mentions: tuple[Mention, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct article ids, in mention order."""
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "when": self.when.to_dict(),
            "title": self.title,
            "actors": list(self.actors),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Chronology:
    """Articles and their events in chronological order: what every exporter takes."""

    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "articles": [a.to_dict() for a in self.articles],
            "events": [e.to_dict() for e in self.events],
        }

    # Exporters live in their own modules (and import plotly lazily); these methods are the
    # library's convenient face for notebooks and reports.

    def to_json(self) -> str:
        """`timeline.json` text (schema "timeline/1"), deterministic."""
        from timeline.export.jsonfile import to_json

        return to_json(self)

    def write_json(self, path: str) -> None:
        """Write `timeline.json` atomically."""
        from timeline.atomic import write_text

        write_text(path, self.to_json())

    def figure(self, **options: Any) -> Any:
        """The chronology as a plotly Figure (see `timeline.render.figure`)."""
        from timeline.render import figure

        return figure(self, **options)

    def to_html(self, **options: Any) -> str:
        """An HTML page, or a `<div>` with `fragment=True` (see `timeline.render.to_html`)."""
        from timeline.render import to_html

        return to_html(self, **options)

    def write_html(self, path: str, **options: Any) -> None:
        """Write the HTML page atomically."""
        from timeline.atomic import write_text

        write_text(path, self.to_html(**options))

    def _repr_html_(self) -> str:
        return self.to_html(fragment=True)
