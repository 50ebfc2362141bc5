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
from collections.abc import Iterable, Sequence
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
_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("‑", "-"))

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
    #: Nouns the event goes by once a text has named it ("the inauguration"), lower case.
    nouns: tuple[str, ...] = ()
    #: Which of its series the event is, when the file does not hold the whole series:
    #: Putin's fifth inauguration is 5 ("sworn in for a fifth term").
    ordinal: int | None = None

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
    #: Found by a bare noun with no name before it ("a day after the inauguration"): it may
    #: mean only an event close to the anchor (`RECENT_DAYS`).
    recent: bool = False


#: How far from the anchor an event a bare noun stands for may be.
RECENT_DAYS = 31


def fold(text: str) -> str:
    """`text` with typographic quotes and dashes as ASCII, same length.

    (A few scans for single characters cost less than translating every character.)"""
    if text.isascii():
        return text
    for typographic, plain in _FOLD_PAIRS:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


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
    nouns = raw.get("nouns", [])
    if not isinstance(nouns, list) or not all(
            isinstance(n, str) and re.fullmatch(r"[A-Za-z][A-Za-z-]*", n) for n in nouns):
        raise KnowledgeError(f"{where}: 'nouns' must be a list of single words", path)
    ordinal = raw.get("ordinal")
    if ordinal is not None and (type(ordinal) is not int or ordinal < 1):
        raise KnowledgeError(f"{where}: 'ordinal' must be a whole number from 1", path)
    return ReferenceEvent(ident, patterns, start, end, granularity, tuple(actors), source,
                          note if isinstance(note, str) else "",
                          tuple(n.lower() for n in nouns), ordinal)


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


#: Operators of the parsed pattern, by name (the parser's constants are not public).
_OP = {name: getattr(_sre_parser, name, None) for name in (
    "LITERAL", "IN", "RANGE", "SUBPATTERN", "BRANCH", "MAX_REPEAT", "MIN_REPEAT",
    "POSSESSIVE_REPEAT", "AT", "ASSERT", "ASSERT_NOT")} if _sre_parser is not None else {}
_REPEATS = (_OP.get("MAX_REPEAT"), _OP.get("MIN_REPEAT"), _OP.get("POSSESSIVE_REPEAT"))
_ZERO_WIDTH = (_OP.get("AT"), _OP.get("ASSERT"), _OP.get("ASSERT_NOT"))


@dataclass(frozen=True)
class _Plan:
    """How to look for one name cheaply.

    `needs`: groups of words; a match holds at least one word of every group (as written,
    ignoring case), so a text lacking all words of a group is passed over. `openings`: the
    words every match starts with, or None when not known (then the name's pattern runs
    over the whole text)."""

    pattern: str
    needs: tuple[tuple[str, ...], ...]
    openings: tuple[str, ...] | None


@lru_cache(maxsize=4096)
def _plan(pattern: str) -> _Plan:
    if _sre_parser is None:
        return _Plan(pattern, (), None)
    try:
        items = _sre_parser.parse(pattern, re.IGNORECASE).data
    except Exception:  # noqa: BLE001 — an unknown pattern is just run everywhere
        return _Plan(pattern, (), None)
    needs = sorted(_needs(items), key=lambda group: -min(len(w) for w in group))
    openings = _openings(list(items))
    return _Plan(pattern, tuple(needs), None if openings is None else tuple(sorted(openings)))


def _data(sub: Any) -> list[tuple[Any, Any]]:
    return list(getattr(sub, "data", sub))


def _plain_group(arg: Any) -> bool:
    """A group that changes no flags (inside one, literals match as everywhere else)."""
    return not arg[1] and not arg[2]


def _needs(items: Sequence[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """Groups of ASCII words every match of `items` holds one word of (see `_Plan`)."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _OP["LITERAL"] and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is _OP["SUBPATTERN"] and _plain_group(arg):
            out.extend(_needs(_data(arg[-1])))
        elif op is _OP["BRANCH"]:
            # One word of each alternative; the branch needs nothing if one has none.
            picks = [_best(_needs(_data(alt))) for alt in arg[1]]
            if all(pick is not None for pick in picks):
                out.append(tuple(dict.fromkeys(w for pick in picks if pick for w in pick)))
        elif op in _REPEATS and arg[0] >= 1:
            out.extend(_needs(_data(arg[2])))
    if run:
        out.append(("".join(run),))
    return out


def _best(groups: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    return max(groups, key=lambda group: min(len(w) for w in group), default=None)


#: How many opening words a name may have before a shorter, shared one is used instead.
_MAX_OPENINGS = 16


def _openings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """ASCII words (lowercase) one of which every match of `items` starts with, or None."""
    if not items:
        return None  # the match may be empty: no word is sure
    op, arg = items[0]
    if op is _OP["LITERAL"]:
        word = []
        for op2, arg2 in items:
            if op2 is not _OP["LITERAL"] or arg2 >= 128:
                break
            word.append(chr(arg2).lower())
        if not word:
            return None
        head = "".join(word)
        tail = _openings(items[len(word):]) if len(word) < len(items) else None
        if tail is None or len(tail) > _MAX_OPENINGS:
            return {head}
        return {head + rest for rest in tail}
    if op is _OP["IN"]:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _OP["LITERAL"] and value < 128:
                chars.add(chr(value).lower())
            elif kind is _OP["RANGE"] and value[1] < 128 and value[1] - value[0] < 26:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars or None
    if op in _ZERO_WIDTH:
        return _openings(items[1:])
    if op is _OP["SUBPATTERN"] and _plain_group(arg):
        return _openings(_data(arg[-1]) + items[1:])
    if op is _OP["BRANCH"]:
        found: set[str] = set()
        for alt in arg[1]:
            words = _openings(_data(alt) + items[1:])
            if words is None:
                return None
            found |= words
        return found
    if op in _REPEATS:
        # The body's own openings only: what follows one repetition may be another.
        body = _openings(_data(arg[2]))
        if arg[0] >= 1 or body is None:
            return body
        rest = _openings(items[1:])
        return None if rest is None else body | rest
    return None


#: Non-ASCII characters and the ASCII one each matches when case is ignored ("ſ" is an "s",
#: the Kelvin sign a "k"), "" for none, None for more than one.
_ASCII_TWIN: dict[str, str | None] = {}
_ASCII_CASED = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _twin(char: str) -> str | None:
    twin = _ASCII_TWIN.get(char, "?")
    if twin == "?":
        found = set()
        if _ASCII_CASED.fullmatch(char):
            found = {chr(c).lower() for c in range(128)
                     if re.fullmatch(re.escape(chr(c)), char, re.IGNORECASE)}
        twin = _ASCII_TWIN[char] = (found.pop() if len(found) == 1 else
                                    None if found else "")
    return twin


def _caseless(folded: str) -> str | None:
    """`folded` in lowercase, every character matching an ASCII letter (ignoring case) made
    that letter, same length; None when that cannot be had."""
    if folded.isascii():
        return folded.lower()
    plain = folded
    for char in set(_NON_ASCII.findall(folded)):
        twin = _twin(char)
        if twin is None:
            return None
        if twin:
            plain = plain.replace(char, twin)
    lowered = plain.lower()
    return lowered if len(lowered) == len(folded) else None


@dataclass(frozen=True)
class _NameIndex:
    """The plans of a list of names, and for each word the names whose first group of
    needed words holds it."""

    plans: tuple[_Plan, ...]
    keyed: dict[str, tuple[int, ...]]
    unkeyed: tuple[int, ...]


@lru_cache(maxsize=16)
def _name_index(patterns: tuple[str, ...]) -> _NameIndex:
    plans = tuple(_plan(p) for p in patterns)
    keyed: dict[str, list[int]] = {}
    for index, plan in enumerate(plans):
        for word in plan.needs[0] if plan.needs else ():
            keyed.setdefault(word, []).append(index)
    unkeyed = tuple(i for i, plan in enumerate(plans) if not plan.needs)
    return _NameIndex(plans, {w: tuple(ix) for w, ix in keyed.items()}, unkeyed)


def _scan_names(patterns: tuple[str, ...], folded: str) -> list[tuple[str, list[re.Match[str]]]]:
    """Each of `patterns` with what `_compiled(pattern).finditer(folded)` yields, for those
    that match at all, in order.

    A name's pattern only runs where the text holds the words it needs (see `_Plan`), and
    only at the places one of its opening words stands: the matches are the same, since a
    pattern can match nowhere else."""
    index = _name_index(patterns)
    lowered = _caseless(folded)
    if lowered is None:
        chosen: Iterable[int] = range(len(index.plans))
    else:
        hits = set(index.unkeyed)
        for word, plans in index.keyed.items():
            if word in lowered:
                hits.update(plans)
        chosen = sorted(hits)
    present: dict[str, bool] = {}
    places: dict[str, list[int]] = {}
    merged: dict[tuple[str, ...], list[int]] = {}
    out = []
    for i in chosen:
        plan = index.plans[i]
        regex = _compiled(plan.pattern)
        if lowered is None:
            matches = list(regex.finditer(folded))
        elif not _holds(plan.needs[1:], lowered, present):
            continue
        elif plan.openings is None:
            matches = list(regex.finditer(folded))
        else:
            openings = plan.openings
            at = merged.get(openings)
            if at is None:
                if len(openings) == 1:
                    at = _places(folded, lowered, openings[0], places)
                else:
                    at = sorted({p for word in openings
                                 for p in _places(folded, lowered, word, places)})
                # Names of one opening ("President Putin's …") share its places.
                merged[openings] = at
            matches = _matches_at(regex, folded, at)
        if matches:
            out.append((plan.pattern, matches))
    return out


def _holds(needs: tuple[tuple[str, ...], ...], lowered: str, present: dict[str, bool]) -> bool:
    """Whether `lowered` holds a word of every group of `needs` (`present` remembers)."""
    for group in needs:
        for word in group:
            hit = present.get(word)
            if hit is None:
                hit = present[word] = word in lowered
            if hit:
                break
        else:
            return False
    return True


#: Where a name can start: not inside a word (as `_compiled` asks, and in the same mode).
_NAME_EDGE = re.compile(r"(?<![\w-])", re.IGNORECASE)


def _places(folded: str, lowered: str, word: str, memo: dict[str, list[int]]) -> list[int]:
    """Every position where `word` starts in `lowered` and a name can start in `folded`,
    in order (`memo` remembers)."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = []
        edge = _NAME_EDGE.match
        at = lowered.find(word)
        while at != -1:
            if edge(folded, at):
                found.append(at)
            at = lowered.find(word, at + 1)
    return found


def _matches_at(regex: re.Pattern[str], folded: str, places: list[int]) -> list[re.Match[str]]:
    """What `regex.finditer(folded)` yields, trying only `places` (a superset of where it
    can match). An empty match (whose successor finditer finds by other rules) falls back
    to finditer itself."""
    out: list[re.Match[str]] = []
    pos = 0
    for start in places:
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


#: The last tuple of references `_by_pattern` was asked about, and its answer.
_LAST_BY_PATTERN: tuple[object, tuple[str, ...], dict[str, list[ReferenceEvent]]] | None = None


def _by_pattern(references: Sequence[ReferenceEvent]
                ) -> tuple[tuple[str, ...], dict[str, list[ReferenceEvent]]]:
    """The distinct name patterns of `references` in order, and the events of each.

    Every article asks about the same tuple of references: the answer for it is kept (a
    tuple cannot change; a list is looked at anew every time)."""
    global _LAST_BY_PATTERN
    last = _LAST_BY_PATTERN
    if last is not None and last[0] is references:
        return last[1], last[2]
    by_pattern: dict[str, list[ReferenceEvent]] = {}
    for event in references:
        for pattern in event.names:
            by_pattern.setdefault(pattern, []).append(event)
    patterns = tuple(by_pattern)
    if isinstance(references, tuple):
        _LAST_BY_PATTERN = (references, patterns, by_pattern)
    return patterns, by_pattern


def find_references(text: str, references: Sequence[ReferenceEvent]) -> list[ReferenceMention]:
    """Every place `text` names a reference event, longest match first on overlaps.

    Events whose names match the same span become candidates of one mention; an ordinal or a
    year written in (or right before) the phrase narrows them ("Trump's second
    inauguration", "the 2022 Istanbul talks"); a phrase whose year fits no candidate is no
    mention at all.
    """
    folded = fold(text)
    patterns, by_pattern = _by_pattern(references)
    spans: dict[tuple[int, int], list[ReferenceEvent]] = {}
    for pattern, matches in _scan_names(patterns, folded):
        events = by_pattern[pattern]
        for m in matches:
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
        index = _ORDINALS[ordinal.group(1).lower()]
        if any(e.ordinal is not None for e in events):
            # The file says which of the series each is ("fifth term" is not the fifth
            # of the file's Putin inaugurations, which start at his fourth).
            events = [e for e in events if e.ordinal == index + 1]
        else:
            ranked = _distinct_by_date(events)
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
