"""Reference events: named, dated happenings that news text uses as time anchors.

"Hours before Trump's inauguration" or "since the Alaska summit" can only be placed on the
calendar by knowing when those events were. They come from a data file
(`timeline/data/reference_events.json`, plus any `--events FILE` the user gives) and from the
input articles themselves: a named event in the same clause as a day-level date ("the
Anchorage summit on Aug. 15") becomes a learned reference (`learn_references`). A name may
mean several events ("Trump's inauguration" is 2017 and 2025); `choose` picks one by the rule
documented in docs/dating.md: an ordinal or a year in the phrase first, then a weekday the
text attaches to it, then the most recent one on or before the anchor (the next one after it
when the clause speaks of the future).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline.errors import KnowledgeError
from timeline.model import TimeValue, Timex

try:  # the regular-expression parser, to see which characters a name can start with
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover — another Python: names are then tried everywhere
    _sre_parser = None  # type: ignore[assignment]

BUILTIN_FILE = Path(__file__).resolve().parent / "data" / "reference_events.json"

#: Curly quotes and dashes written as their ASCII forms, so that names written with `'` and `-`
#: match "Trump’s" and "Trump–Putin". Every replacement is one character for one, so offsets
#: into the normalised text are offsets into the original.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "‑": "-"})

_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
_ORDINAL_RE = re.compile(r"\b(first|second|third|fourth|fifth)\b", re.I)
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class ReferenceEvent:
    """A dated event that texts refer to by name."""

    id: str
    #: Regular expressions (plain aliases are patterns too), matched case-insensitively.
    names: tuple[str, ...]
    start: date
    end: date
    granularity: str
    actors: tuple[str, ...]
    #: Where the date was checked ("Wikipedia: …"), or "article:<id>" for learned ones.
    source: str
    note: str = ""

    @property
    def value(self) -> TimeValue:
        """The event's own time value (a day, or the first day of a multi-day interval)."""
        return TimeValue(self.start.isoformat(), start=self.start, end=self.end,
                         granularity=self.granularity, ref=self.id)

    @property
    def learned(self) -> bool:
        return self.source.startswith("article:")


@dataclass(frozen=True)
class ReferenceMention:
    """A place in a text that names a reference event, with every event the name may mean."""

    start: int
    end: int
    text: str
    candidates: tuple[ReferenceEvent, ...]


def fold(text: str) -> str:
    """`text` with typographic quotes and dashes as ASCII, same length."""
    return text.translate(_FOLD)


# --- loading ------------------------------------------------------------------------------


def _parse_day(raw: object, where: str, path: str) -> date:
    if not isinstance(raw, str):
        raise KnowledgeError(f"{where}: date must be a string YYYY-MM-DD", path)
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise KnowledgeError(f"{where}: bad date {raw!r} (expected YYYY-MM-DD)", path) from None


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Expand `{macro}` references and let a space match any run of white space."""
    for _ in range(3):  # macros may use macros, a few levels deep
        pattern = re.sub(r"\{([a-z_]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
    return pattern.replace(" ", r"\s+")


def _parse_event(raw: object, index: int, macros: dict[str, str], path: str) -> ReferenceEvent:
    where = f"event {index + 1}"
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: must be an object", path)
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise KnowledgeError(f"{where}: missing 'id'", path)
    where = f"event {ident!r}"
    names = raw.get("names")
    if (not isinstance(names, list) or not names
            or not all(isinstance(n, str) and n.strip() for n in names)):
        raise KnowledgeError(f"{where}: 'names' must be a non-empty list of strings", path)
    patterns = tuple(_expand(n, macros) for n in names)
    for name, pattern in zip(names, patterns, strict=True):
        try:
            _compiled(pattern)  # as it is matched: inside a group ("(?i)" alone would pass)
        except re.error as exc:
            raise KnowledgeError(f"{where}: bad name pattern {name!r} ({exc})", path) from None
    if "date" in raw:
        start = end = _parse_day(raw["date"], where, path)
    elif "start" in raw and "end" in raw:
        start = _parse_day(raw["start"], where, path)
        end = _parse_day(raw["end"], where, path)
        if end < start:
            raise KnowledgeError(f"{where}: 'end' is before 'start'", path)
    else:
        raise KnowledgeError(f"{where}: needs 'date' or 'start' and 'end'", path)
    granularity = raw.get("granularity") or ("day" if start == end else "range")
    if not isinstance(granularity, str):
        raise KnowledgeError(f"{where}: 'granularity' must be a string", path)
    actors = raw.get("actors", [])
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise KnowledgeError(f"{where}: 'actors' must be a list of strings", path)
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise KnowledgeError(f"{where}: missing 'source' (where the date was checked)", path)
    note = raw.get("note", "")
    return ReferenceEvent(ident, patterns, start, end, granularity, tuple(actors), source,
                          note if isinstance(note, str) else "")


def read_events_file(path: str | Path) -> tuple[ReferenceEvent, ...]:
    """Reference events of one file; any problem is a KnowledgeError naming the file."""
    shown = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError("no such reference-events file", shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read reference events ({exc})", shown) from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"not valid JSON (line {exc.lineno}: {exc.msg})", shown) from None
    if isinstance(data, list):
        data = {"events": data}
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise KnowledgeError("expected an object with an 'events' list", shown)
    macros = data.get("macros", {})
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise KnowledgeError("'macros' must map names to patterns", shown)
    return tuple(_parse_event(e, i, macros, shown) for i, e in enumerate(data["events"]))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> tuple[ReferenceEvent, ...]:
    events: dict[str, ReferenceEvent] = {}
    for path in (str(BUILTIN_FILE), *extra_files):
        for event in read_events_file(path):
            # A user's file may redefine a built-in event by reusing its id.
            events[event.id] = event
    return tuple(events.values())


def load_reference_events(extra_files: Sequence[str] = ()) -> tuple[ReferenceEvent, ...]:
    """The built-in reference events plus those of `extra_files` (`--events FILE`)."""
    return _load(tuple(str(f) for f in extra_files))


# --- finding names in text ----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE)


#: Patterns the one-pass scan cannot hold: back-references and conditionals (their group
#: numbers would shift), named groups (names would clash) and global flags (they would apply
#: to every pattern).
_UNCOMBINABLE = re.compile(r"\\\d|\(\?P|\(\?\(|\(\?[aiLmsux]+\)")


@lru_cache(maxsize=16)
def _scanner(patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A pattern whose matches start wherever any of `patterns` matches (and nowhere else),
    and the patterns it covers.

    Patterns are grouped by the characters their matches can start with, and a group is
    only tried where the text has one of them. A group of an ASCII letter opens with a
    case-sensitive class of its two cases (and any non-ASCII character, whose case the
    regular-expression engine folds its own way), which the engine tests without entering
    the group: most positions are passed over after a few character tests.
    """
    covered = [p for p in patterns if not _UNCOMBINABLE.search(p)]
    # A pattern joins the group of each character (or class piece) it can start with.
    groups: dict[str, list[str]] = {}
    for pattern in covered:
        for piece in _lead(pattern) or [""]:
            # "T" and "t" test alike (case-insensitively); other scripts keep their pieces.
            groups.setdefault(piece.lower() if piece.isascii() else piece, []).append(pattern)
    branches = []
    for piece, members in groups.items():
        names = "|".join(rf"(?:{p})(?![\w])" for p in members)
        if len(piece) == 1 and piece.isascii() and piece.isalpha():
            # Test the letter, then look back at it with the names ahead.
            branches.append(rf"(?-i:[{piece}{piece.upper()}\x80-\U0010ffff])"
                            rf"(?<=(?={names})[\s\S])")
        else:
            branches.append((f"(?=[{piece}])" if piece else "") + f"(?={names})")
    if not branches:
        return None, frozenset()
    try:
        return (re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})", re.IGNORECASE),
                frozenset(covered))
    except re.error:
        return None, frozenset()


def _lead(pattern: str) -> list[str] | None:
    """Character-class pieces ("T", "a-z", "\\d") holding every character a non-empty match
    of `pattern` can start with (matched case-insensitively), or None when not known."""
    if _sre_parser is None:
        return None
    try:
        items = _sre_parser.parse(pattern, re.IGNORECASE).data
    except Exception:  # noqa: BLE001 — an unknown pattern just goes untested by lead
        return None
    found = _leads(items)
    if found is None or found[1] or not found[0]:
        return None
    return sorted(found[0])


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def _leads(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(class pieces for the first character, whether the items can match nothing)."""
    pieces: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            pieces.add(re.escape(chr(arg)))
            return pieces, False
        if name == "IN":
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    pieces.add(re.escape(chr(value)))
                elif str(kind) == "RANGE":
                    pieces.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif str(kind) == "CATEGORY" and str(value) in _CATEGORIES:
                    pieces.add(_CATEGORIES[str(value)])
                else:
                    return None
            return pieces, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item starts the match
        if name == "SUBPATTERN":
            inner = _leads(arg[-1].data)
        elif name == "BRANCH":
            alternatives = [_leads(alt.data) for alt in arg[1]]
            if any(a is None for a in alternatives):
                return None
            inner = (set().union(*(a[0] for a in alternatives if a)),
                     any(a[1] for a in alternatives if a))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            body = _leads(arg[2].data)
            inner = None if body is None else (body[0], body[1] or arg[0] == 0)
        else:
            return None
        if inner is None:
            return None
        pieces |= inner[0]
        if not inner[1]:
            return pieces, False
    return pieces, True


def _starts(patterns: tuple[str, ...], folded: str) -> tuple[list[int], frozenset[str]]:
    """Every position where some name may start (one pass over the text), and the patterns
    for which that list is complete."""
    scanner, covered = _scanner(patterns)
    starts: list[int] = []
    if scanner is None:
        return starts, covered
    search, size = scanner.search, len(folded)
    m = search(folded)
    while m is not None:
        starts.append(m.start())
        # A name that can match nothing stops at the very end too: nothing lies beyond.
        m = search(folded, m.start() + 1) if m.start() < size else None
    return starts, covered


def _finditer(pattern: str, folded: str,
              starts: tuple[list[int], frozenset[str]]) -> list[re.Match[str]]:
    """What `_compiled(pattern).finditer(folded)` yields, trying only the positions in
    `starts`: the matches are the same, since a pattern can only match where the scan
    stopped. An empty match (whose successor finditer finds by other rules) falls back to
    finditer itself."""
    regex = _compiled(pattern)
    positions, covered = starts
    if pattern not in covered:
        return list(regex.finditer(folded))
    out: list[re.Match[str]] = []
    pos = 0
    for start in positions:
        if start < pos:
            continue
        m = regex.match(folded, start)
        if m is None:
            continue
        if m.end() == m.start():
            return list(regex.finditer(folded))
        out.append(m)
        pos = m.end()
    return out


def find_references(text: str, references: Sequence[ReferenceEvent]) -> list[ReferenceMention]:
    """Every place `text` names a reference event, longest match first on overlaps.

    Events whose names match the same span become candidates of one mention; an ordinal or a
    year written in (or right before) the phrase narrows them ("Trump's second
    inauguration", "the 2022 Istanbul talks"); a phrase whose year fits no candidate is no
    mention at all.
    """
    folded = fold(text)
    by_pattern: dict[str, list[ReferenceEvent]] = {}
    for event in references:
        for pattern in event.names:
            by_pattern.setdefault(pattern, []).append(event)
    spans: dict[tuple[int, int], list[ReferenceEvent]] = {}
    starts = _starts(tuple(by_pattern), folded)
    for pattern, events in by_pattern.items():
        for m in _finditer(pattern, folded, starts):
            if m.end() > m.start():
                bucket = spans.setdefault((m.start(), m.end()), [])
                bucket.extend(e for e in events if e not in bucket)
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda se: (-(se[1] - se[0]), se[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    out = []
    for s, e in sorted(chosen):
        narrowed = _narrow(folded, s, e, spans[(s, e)])
        if narrowed:
            out.append(ReferenceMention(s, e, text[s:e], tuple(narrowed)))
    return out


def _narrow(folded: str, start: int, end: int,
            events: list[ReferenceEvent]) -> list[ReferenceEvent]:
    """Apply a year or an ordinal written in the phrase, just before it or as "in 2023" after."""
    before = folded[max(0, start - 12):start]
    before = before.rsplit(",", 1)[-1]
    phrase = folded[start:end]
    years = [int(y) for y in _YEAR_RE.findall(phrase)]
    lead = re.search(r"\b(19[5-9]\d|20\d\d)\s+$", before)
    if lead:
        years.append(int(lead.group(1)))
    trail = re.match(r"\s+in\s+(19[5-9]\d|20\d\d)\b", folded[end:end + 12])
    if trail:
        years.append(int(trail.group(1)))
    if years:
        events = [e for e in events if any(e.start.year <= y <= e.end.year for y in years)]
    ordinal = _ORDINAL_RE.search(phrase) or re.search(
        r"\b(first|second|third|fourth|fifth)\s+$", before, re.I)
    if ordinal and len(events) > 1:
        ranked = _distinct_by_date(events)
        index = _ORDINALS[ordinal.group(1).lower()]
        events = [ranked[index]] if index < len(ranked) else []
    return events


def _distinct_by_date(events: Sequence[ReferenceEvent]) -> list[ReferenceEvent]:
    """Events sorted by date, one per distinct interval (built-in ones kept over learned)."""
    by_interval: dict[tuple[date, date], ReferenceEvent] = {}
    for event in sorted(events, key=lambda e: (e.start, e.end, e.learned, e.id)):
        by_interval.setdefault((event.start, event.end), event)
    return list(by_interval.values())


def choose(
    candidates: Sequence[ReferenceEvent],
    anchor: date | None,
    *,
    weekday: int | None = None,
    future: bool = False,
) -> ReferenceEvent | None:
    """The one event a name means, or None when the text does not say which.

    `weekday` (0 = Monday) is a day of the week the text attaches to the event ("Trump's
    inauguration on Monday"): only events covering such a day remain. Then the most recent
    event starting on or before `anchor` wins; when the clause speaks of the future, or no
    event is that early, the first one after it. Without an anchor only an unambiguous
    name is resolved.
    """
    events = _distinct_by_date(candidates)
    if weekday is not None:
        fitting = [e for e in events if _covers_weekday(e, weekday)]
        events = fitting or events
    if len(events) <= 1:
        return events[0] if events else None
    if anchor is None:
        return None
    past = [e for e in events if e.start <= anchor]
    later = [e for e in events if e.start > anchor]
    if future and later:
        return later[0]
    if past:
        return past[-1]
    return later[0]


def _covers_weekday(event: ReferenceEvent, weekday: int) -> bool:
    span = (event.end - event.start).days
    return span >= 6 or any(
        (event.start.weekday() + i) % 7 == weekday for i in range(span + 1))


# --- learning references from the articles ------------------------------------------------

#: Event nouns a place name can precede to name an event ("the Anchorage summit").
_EVENT_NOUNS = ("summit", "talks", "meeting", "parade", "call", "conference", "negotiations",
                "visit", "forum", "ceremony", "signing")

_NAMED_EVENT = re.compile(
    r"\b(?P<name>(?:[A-Z][\w.'-]*\s+){1,4}?)(?P<noun>(?i:" + "|".join(_EVENT_NOUNS) + r"))\b"
)

#: Capitalised words that start a sentence or name a date, not a place or body.
_NOT_A_NAME = frozenset(
    """
    the a an this that these those their his her its our my your last next first second
    in on at by for of from to and but or after before since during while when as with
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def learn_references(
    article_id: str, text: str, timexes: Sequence[Timex]
) -> list[ReferenceEvent]:
    """Named events an article dates to the day ("the Anchorage summit on Aug. 15").

    A phrase of one to three capitalised words before an event noun ("Busan meeting",
    "US-Russia talks") is learned when a dated, day-level expression stands in the same
    clause within a few words of it, with nothing but a linking word between them ("on",
    "held on", a comma). The learned event has source "article:<id>" and can anchor
    event-relative phrases in every other article.
    """
    folded = fold(text)
    dated = [t for t in timexes
             if t.value is not None and t.value.start is not None
             and t.value.start == t.value.end and t.value.granularity == "day"
             and t.value.ref is None and t.kind != "event"]
    out: dict[str, ReferenceEvent] = {}
    for m in _NAMED_EVENT.finditer(folded):
        words: list[str] = []
        for word in reversed(m.group("name").split()):
            if word.rstrip(".").lower() in _NOT_A_NAME or word.endswith("'s"):
                break
            words.insert(0, word)
        if not words:
            continue
        name_start = m.start("name") + m.group("name").index(words[0])
        timex = _attached_day(folded, name_start, m.end(), dated)
        if timex is None or timex.value is None or timex.value.start is None:
            continue
        phrase = " ".join([*words, m.group("noun")])
        day = timex.value.start
        ident = f"{_slug(phrase)}-{day.isoformat()}"
        pattern = r"\s+".join(re.escape(w) for w in phrase.split())
        out.setdefault(ident, ReferenceEvent(
            id=ident, names=(pattern,), start=day, end=day, granularity="day", actors=(),
            source=f"article:{article_id}",
            note=f"dated by {timex.text!r} in article {article_id}"))
    return list(out.values())


#: What may stand between a named event and the date that dates it.
_LINK = re.compile(r"^[\s,]*(?:(?:which |that )?(?:was |were )?(?:held |took place |began |"
                   r"started |opened )?(?:on|of)\s+)?(?:the\s+)?$", re.I)


def _attached_day(text: str, start: int, end: int, dated: Sequence[Timex]) -> Timex | None:
    for timex in dated:
        if timex.start >= end and timex.start - end <= 30 and _LINK.match(text[end:timex.start]):
            return timex
        # "Friday's Busan meeting", "the Aug. 15 Anchorage summit".
        between = text[timex.end:start]
        if timex.end <= start and start - timex.end <= 4 and re.fullmatch(r"(?:'s)?\s*", between):
            return timex
    return None
