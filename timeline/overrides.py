"""Curation overrides: a file the user edits to correct the chronology by hand.

The file (TOML, or JSON with the same structure; format in docs/events.md and
examples/overrides.toml) holds `[[event]]` tables keyed by a stable event id with actions
(`date`, `title`, `actors`, `drop`, `merge_with`, `split`, `note`) and `[[add]]` tables for
events the articles do not state. Event ids are stable across rebuilds, so edits survive
them. An override naming an id that matches no event is reported as a warning line, never
ignored silently. After `merge_with`, the absorbed ids keep answering for the merged event
in later overrides of the same file.
"""

from __future__ import annotations

import calendar
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from timeline.errors import KnowledgeError
from timeline.events import event_id
from timeline.merge import combine
from timeline.model import Event, TimeValue

_EVENT_KEYS = frozenset({"id", "date", "title", "actors", "drop", "merge_with", "split", "note"})
_ADD_KEYS = frozenset({"date", "title", "actors", "note", "id"})


@dataclass(frozen=True)
class EventOverride:
    """Changes to one event, named by its id."""

    id: str
    when: TimeValue | None = None
    title: str | None = None
    actors: tuple[str, ...] | None = None
    drop: bool = False
    merge_with: tuple[str, ...] = ()
    split: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Addition:
    """An event added by hand."""

    when: TimeValue
    title: str
    actors: tuple[str, ...] = ()
    note: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Overrides:
    path: str
    events: tuple[EventOverride, ...] = ()
    additions: tuple[Addition, ...] = ()


def parse_when(value: Any) -> TimeValue:
    """A date as written in an overrides file → TimeValue.

    Accepts `2025-10-22`, `2025-10`, `2025`, `2025-W43`, `2025-Q3` (or a TOML date).
    """
    if isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {value!r}")
    text = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        day = date.fromisoformat(text)
        return TimeValue(text, start=day, end=day, granularity="day")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        last = calendar.monthrange(year, month)[1]
        return TimeValue(text, start=date(year, month, 1), end=date(year, month, last),
                         granularity="month")
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return TimeValue(text, start=monday, end=monday + timedelta(days=6), granularity="week")
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
        year, quarter = int(m[1]), int(m[2])
        first = 3 * quarter - 2
        last = calendar.monthrange(year, first + 2)[1]
        return TimeValue(text, start=date(year, first, 1), end=date(year, first + 2, last),
                         granularity="quarter")
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return TimeValue(text, start=date(year, 1, 1), end=date(year, 12, 31),
                         granularity="year")
    raise ValueError(f"not a date (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn or YYYY): {text!r}")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"{where}: expected a list of strings")
    return tuple(value)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{where}: expected a non-empty string")
    return value.strip()


def _when(value: Any, where: str) -> TimeValue:
    try:
        return parse_when(value)
    except ValueError as exc:
        raise KnowledgeError(f"{where}: {exc}") from None


def _check_table(entry: Any, where: str, allowed: frozenset[str]) -> None:
    """An [[event]] or [[add]] entry must be a table with only the keys its kind knows."""
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{where}: expected a table")
    bad = set(entry) - allowed
    if bad:
        raise KnowledgeError(f"{where}: unknown key {sorted(bad)[0]!r}")


def _parse(data: Any, path: str) -> Overrides:
    if not isinstance(data, dict):
        raise KnowledgeError("expected [[event]] and [[add]] tables")
    unknown = set(data) - {"event", "add"}
    if unknown:
        raise KnowledgeError(f"unknown section {sorted(unknown)[0]!r} (expected event or add)")
    events = []
    for i, entry in enumerate(data.get("event", [])):
        where = f"event {i + 1}"
        _check_table(entry, where, _EVENT_KEYS)
        if "id" not in entry:
            raise KnowledgeError(f"{where}: missing id")
        for flag in ("drop", "split"):
            if flag in entry and not isinstance(entry[flag], bool):
                raise KnowledgeError(f"{where}: {flag} must be true or false")
        events.append(EventOverride(
            id=_text(entry["id"], where),
            when=_when(entry["date"], where) if "date" in entry else None,
            title=_text(entry["title"], where) if "title" in entry else None,
            actors=_strings(entry["actors"], where) if "actors" in entry else None,
            drop=entry.get("drop", False),
            merge_with=_strings(entry.get("merge_with", []), where),
            split=entry.get("split", False),
            note=entry.get("note"),
        ))
    additions = []
    for i, entry in enumerate(data.get("add", [])):
        where = f"add {i + 1}"
        _check_table(entry, where, _ADD_KEYS)
        if "date" not in entry or "title" not in entry:
            raise KnowledgeError(f"{where}: needs date and title")
        additions.append(Addition(
            when=_when(entry["date"], where),
            title=_text(entry["title"], where),
            actors=_strings(entry.get("actors", []), where),
            note=entry.get("note"),
            id=_text(entry["id"], where) if "id" in entry else None,
        ))
    return Overrides(path, tuple(events), tuple(additions))


def load_overrides(path: str) -> Overrides:
    """Read an overrides file: TOML, or JSON when the name ends in `.json`."""
    source = Path(path)
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise KnowledgeError("no such overrides file", path) from None
    except OSError as exc:
        raise KnowledgeError(f"cannot read overrides file ({exc.strerror})", path) from None
    try:
        text = raw.decode("utf-8")
        data = json.loads(text) if source.suffix.lower() == ".json" else tomllib.loads(text)
    except UnicodeDecodeError:
        raise KnowledgeError("not UTF-8 text", path) from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"not valid JSON (line {exc.lineno}: {exc.msg})", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"not valid TOML ({exc})", path) from None
    try:
        return _parse(data, path)
    except KnowledgeError as exc:
        raise KnowledgeError(exc.message, path) from None


def _split(event: Event) -> list[Event]:
    """Each mention of `event` as an event of its own (same title and actors)."""
    if len(event.mentions) < 2:
        return [event]
    out = []
    for mention in event.mentions:
        part_id = event_id(mention.value.value, event.actors,
                           f"{event.title} {mention.article} {mention.start}")
        out.append(Event(part_id, event.title, event.actors, mention.value, (mention,)))
    return out


def apply_overrides(events: Sequence[Event], overrides: Overrides | str
                    ) -> tuple[list[Event], list[str]]:
    """Apply curation overrides; return the events and one warning per unmatched id.

    Overrides apply in file order; within one, `merge_with` first, then `split`, then
    `date`/`title`/`actors`, then `drop`. Additions come last.
    """
    if isinstance(overrides, str):
        overrides = load_overrides(overrides)
    name = overrides.path
    current = list(events)
    aliases: dict[str, str] = {}
    warnings: list[str] = []

    def find(ident: str) -> int | None:
        target = aliases.get(ident, ident)
        return next((i for i, e in enumerate(current) if e.id in (target, ident)), None)

    for rule in overrides.events:
        at = find(rule.id)
        if at is None:
            warnings.append(f"{name}: override for event {rule.id} matches no event")
            continue
        if rule.merge_with:
            parts = [current[at]]
            for other in rule.merge_with:
                j = find(other)
                if j is None:
                    warnings.append(f"{name}: merge_with {other} (for event {rule.id}) "
                                    "matches no event")
                elif current[j] not in parts:
                    parts.append(current[j])
            merged = replace(combine(parts), id=current[at].id)
            for part in parts[1:]:
                aliases[part.id] = merged.id
                current.remove(part)
            at = current.index(parts[0])
            current[at] = merged
        if rule.split:
            pieces = _split(current[at])
            current[at:at + 1] = pieces
            if rule.when or rule.title or rule.actors is not None or rule.drop:
                warnings.append(f"{name}: event {rule.id} was split; its other changes "
                                "are not applied")
            continue
        event = current[at]
        if rule.when is not None:
            event = replace(event, when=rule.when)
        if rule.title is not None:
            event = replace(event, title=rule.title)
        if rule.actors is not None:
            event = replace(event, actors=rule.actors)
        current[at] = event
        if rule.drop:
            del current[at]
    for addition in overrides.additions:
        ident = addition.id or event_id(addition.when.value, addition.actors, addition.title)
        current.append(Event(ident, addition.title, addition.actors, addition.when, ()))
    return current, warnings
