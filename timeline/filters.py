"""Filters on a chronology: by actor, by date range, by number of sources.

Actors are given by canonical name or any alias the actors file knows ("Zelenskyy", "the
Kremlin"), case-insensitively; an event is kept when it has any of them. `since`/`until`
keep events whose interval overlaps the range (a month event stays when the range starts
inside that month). `min_sources` counts distinct articles among an event's mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.actors import ActorIndex, load_actors
from timeline.model import Event


def _wanted(names: Sequence[str], index: ActorIndex) -> set[str]:
    out = set()
    for name in names:
        canonical = index.canonical(name)
        out.add((canonical or name).casefold())
    return out


def filter_events(
    events: Sequence[Event],
    *,
    actors: Sequence[str] = (),
    since: date | None = None,
    until: date | None = None,
    min_sources: int = 1,
    index: ActorIndex | None = None,
) -> list[Event]:
    """The events that pass every filter given, in their original order.

    `index` resolves actor aliases; the built-in actors file when not given.
    """
    wanted = _wanted(actors, index or load_actors()) if actors else set()
    out = []
    for event in events:
        if wanted and not any(a.casefold() in wanted for a in event.actors):
            continue
        start, end = event.when.start, event.when.end or event.when.start
        if (since is not None or until is not None) and start is None:
            continue
        if since is not None and end is not None and end < since:
            continue
        if until is not None and start is not None and start > until:
            continue
        if len(event.sources) < min_sources:
            continue
        out.append(event)
    return out
