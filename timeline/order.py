"""Ordering: one total, stable chronology.

Events sort by the start of their interval (undated last), then finer granularity before
coarser on the same start (a day before the month that holds it), then stated relations
("hours before X": a BEFORE modifier sorts before a same-start event without one, AFTER
after), then the article and position of the first mention, then the id. An event whose
value names another event of the list as its reference (`TimeValue.ref`) is moved next to
it, on the side its modifier says, when both start on the same day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline.model import Event, granularity_rank

_RELATION = {"BEFORE": -1, "ON_OR_BEFORE": -1, "AFTER": 1, "ON_OR_AFTER": 1}


def sort_key(event: Event) -> tuple[bool, date, int, int, tuple[str, int], str]:
    when = event.when
    first = min(((m.article, m.start) for m in event.mentions), default=("", 0))
    return (
        when.start is None,
        when.start or date.min,
        granularity_rank(when.granularity),
        _RELATION.get(when.mod or "", 0),
        first,
        event.id,
    )


def order_events(events: Sequence[Event]) -> list[Event]:
    """The chronology order of `events` (see the module docstring)."""
    ordered = sorted(events, key=sort_key)
    ids = {e.id for e in ordered}
    for event in [e for e in ordered if e.when.ref in ids and e.when.ref != e.id]:
        side = _RELATION.get(event.when.mod or "", 0)
        if side == 0:
            continue
        ordered.remove(event)
        at = next(i for i, e in enumerate(ordered) if e.id == event.when.ref)
        target = ordered[at]
        if target.when.start != event.when.start:
            ordered.insert(_position(ordered, event), event)
            continue
        ordered.insert(at if side < 0 else at + 1, event)
    return ordered


def _position(ordered: list[Event], event: Event) -> int:
    """Where `event` goes by sort key alone."""
    key = sort_key(event)
    return next((i for i, e in enumerate(ordered) if sort_key(e) > key), len(ordered))
