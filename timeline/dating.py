"""Dating undated articles from their own text.

News text dates itself: "on Thursday" in the past tense puts the publication within six days
after a Thursday, "Hours before Trump's inauguration on Monday" says that Monday is
2025-01-20 and already past, an article that mentions the 2022 invasion was written after it,
and "will meet on Aug. 15" was written before that day. `infer_date` turns every such mention
into a constraint on the publication date (a set of allowed days), scores each day by how many
constraints it satisfies, and takes the earliest day of the best-scoring stretch: the day
nearest after the latest past event mentioned. When the best days run on without end (the
text gives lower bounds only) or nothing constrains the date at all, the article stays
undated: its relative expressions are then left unresolved, never guessed against today.
The algorithm, the evidence lines and the confidence are described in docs/dating.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.model import Article
from timeline.refevents import ReferenceEvent, ReferenceMention, find_references, fold
from timeline.temporal.calendar import month_end, valid_day
from timeline.temporal.eventrel import Relative, pick_event, resolve, scan
from timeline.temporal.lexicon import expand, month_number
from timeline.temporal.tense import tense_with_cue
from timeline.text import Sentence, sentence_at, split_sentences

#: How many days after a past weekday an article can still call it "on Thursday".
WEEKDAY_REACH = 6
#: How far (days) a year-less date ("on Aug. 15") may lie from the publication date.
YEARLESS_REACH = 183
#: The chosen day must lie this close after a specific dated mention (an event, a full date,
#: a weekday tied to one); otherwise only repeating or ambiguous evidence placed it.
ANCHOR_REACH = timedelta(days=31)
#: How many years after the latest year the text names a year-less date may still fall in.
YEARS_AHEAD = 10
#: The widest stretch of equally good days an article is still dated by (its first day);
#: wider, the text does not say when it was written.
SPREAD_LIMIT = 45
#: Days searched after the latest date the text mentions; a best score still held there
#: means the text sets no upper bound, and the article is left undated.
HORIZON = 400

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"(?<![\w-])(?P<day>" + "|".join(_WEEKDAY_NAMES) + r")(?!s\b)(?![\w-])")
_MONTH = expand("<MONTH>")
_DAYNUM = expand("<DAYNUM>")
_YEAR = expand("<YEAR4>")
_DATE = re.compile(
    rf"(?<![\w-])(?:(?P<md_month>{_MONTH})\s+(?P<md_day>{_DAYNUM})(?:,?\s+(?P<md_year>{_YEAR}))?"
    rf"|(?P<dm_day>{_DAYNUM})\s+(?:of\s+)?(?P<dm_month>{_MONTH})(?:,?\s+(?P<dm_year>{_YEAR}))?"
    rf"|(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))"
    rf"|(?:(?:in|since|during|from|until|by|of|early|late|mid-?)\s+)(?P<my_month>{_MONTH})\s+"
    rf"(?P<my_year>{_YEAR})"
    rf"|(?P<y_prep>in|since|during|throughout|early|late|mid-?)\s+(?P<year>{_YEAR})"
    r")(?![\w-])"
)


@dataclass(frozen=True)
class Constraint:
    """One thing the text says about its own date: the publication lies in one of `windows`."""

    phrase: str
    start: int
    end: int
    #: Inclusive (first, last) day ranges; date.min / date.max for open ends.
    windows: tuple[tuple[date, date], ...]
    #: Why, in words ("Monday 2025-01-20 is in the past").
    reason: str
    #: False for a year-less date's windows, which repeat every year, and for a name that may
    #: mean several events: neither can by itself say when the article is from.
    specific: bool = True

    def allows(self, day: date) -> bool:
        return any(lo <= day <= hi for lo, hi in self.windows)


@dataclass(frozen=True)
class DatingResult:
    """What the text says about its publication date.

    `date` is None when nothing pins it. `low`..`high` is the stretch of equally good days
    `date` was chosen from (its uncertainty); `confidence` is described in docs/dating.md.
    """

    date: date | None
    low: date | None
    high: date | None
    confidence: float
    evidence: tuple[str, ...]
    constraints: tuple[Constraint, ...] = field(default=(), repr=False)


# --- collecting constraints -------------------------------------------------------------


def _after(day: date) -> tuple[tuple[date, date], ...]:
    return ((day, date.max),)


def _before(day: date) -> tuple[tuple[date, date], ...]:
    return ((date.min, day),)


def _weekday_windows(days: Sequence[date], future: bool,
                     word: str = "") -> tuple[tuple[date, date], ...]:
    """Where the publication can be for a weekday `days` spoke of ("last Wednesday" reaches
    into the week before, "next Monday" into the week after)."""
    reach = timedelta(days=WEEKDAY_REACH)
    if word in ("last", "next"):
        near, far = timedelta(days=1), timedelta(days=2 * WEEKDAY_REACH + 1)
    else:
        near, far = timedelta(0), reach
    if future:
        return tuple((d - far, d - near) for d in days)
    return tuple((d + near, d + far) for d in days)


def _word_before(text: str, start: int) -> str:
    m = re.search(r"(\w+)\s+$", text[max(0, start - 12):start])
    return m.group(1).lower() if m else ""


def _days_with_weekday(lo: date, hi: date, weekday: int) -> list[date]:
    first = lo + timedelta(days=(weekday - lo.weekday()) % 7)
    return [first + timedelta(weeks=i) for i in range((hi - first).days // 7 + 1)] \
        if first <= hi else []


_CONDITIONALS = frozenset({"would", "could", "might", "should"})


def _tense(text: str, start: int, end: int) -> str:
    """"future" or "past" (present counts as past: the text speaks of what has happened).

    A conditional after the expression ("endorsed at the talks on Tuesday, and would not
    comment") speaks of another clause: then only the cues before the expression count.
    """
    found = tense_with_cue(text, start, end)
    if found.cue.lower() in _CONDITIONALS:
        found = tense_with_cue(text[:end], start, end)
    return "future" if found.tense == "future" else "past"


#: What may stand between an event's name and the weekday that dates it: places and commas
#: ("at the World Economic Forum in Davos, Switzerland, on Thursday").
_EVENT_TO_WEEKDAY = re.compile(
    r"(?:\s*,?\s*(?:in\s+|at\s+)?(?:the\s+)?[A-Z][\w.'-]*)*\s*,?\s*(?:on|last|this)?\s*")


def _event_constraints(
    text: str, start: int, end: int, phrase: str, events: Sequence[ReferenceEvent],
    value_lo: date, value_hi: date, tense: str, weekday: tuple[int, int, int] | None,
    relative: bool = False,
) -> list[Constraint]:
    """The event(s) a phrase refers to bound the date; an attached weekday pins it."""
    out = []
    label = events[0].id if len(events) == 1 else " or ".join(e.id for e in events)
    if tense == "future":
        what = f"{value_hi} (relative to {label})" if relative else f"{label} ({value_hi})"
        out.append(Constraint(phrase, start, end, _before(value_hi), f"{what} is still to come",
                              specific=len(events) == 1))
    else:
        what = f"{value_lo} (relative to {label})" if relative else f"{label} ({value_lo})"
        out.append(Constraint(phrase, start, end, _after(value_lo), f"{what} has happened",
                              specific=len(events) == 1))
    if weekday is not None:
        wd, wd_start, wd_end = weekday
        days = sorted({d for e in events for d in _days_with_weekday(e.start, e.end, wd)})
        if days:
            future = _tense(text, wd_start, wd_end) == "future"
            shown = " or ".join(d.isoformat() for d in days)
            when = "still to come" if future else "in the past"
            lo, hi = min(start, wd_start), max(end, wd_end)
            word = _word_before(text, wd_start)
            out.append(Constraint(text[lo:hi], lo, hi, _weekday_windows(days, future, word),
                                  f"{_WEEKDAY_NAMES[wd]} {shown} is {when}"))
    return out


def _relative_constraints(
    text: str, rel: Relative, used_weekdays: set[int]
) -> list[Constraint]:
    assert rel.mention is not None
    event = pick_event(rel, text, None)
    events = [event] if event is not None else list(rel.mention.candidates)
    if not events:
        return []
    values = [resolve(rel, e.value, None) for e in events]
    starts = [v.start for v in values if v.start is not None]
    ends = [v.end or v.start for v in values if v.start is not None]
    ends = [d for d in ends if d is not None]
    if not starts:
        return []
    weekday = None
    if rel.weekday is not None:
        match = _WEEKDAY.search(text, rel.event_start, rel.end)
        if match:
            weekday = (rel.weekday, match.start(), match.end())
            used_weekdays.add(match.start())
    tense = _tense(text, rel.start, rel.end)
    return _event_constraints(text, rel.start, rel.end, rel.text, events, min(starts),
                              max(ends), tense, weekday, relative=True)


#: Events at most this many days long can be dated by a weekday anywhere in their sentence.
_SHORT_EVENT_DAYS = 3


def _mention_constraints(
    text: str, mention: ReferenceMention, used_weekdays: set[int]
) -> list[Constraint]:
    """An event named in the text; a weekday written right after it says which day it was."""
    events = list(mention.candidates)
    weekday = None
    gap = _EVENT_TO_WEEKDAY.match(text, mention.end)
    follow = _WEEKDAY.match(text, gap.end()) if gap else None
    if follow and "\n" not in text[mention.end:follow.start()]:
        wd = _WEEKDAY_NAMES.index(follow.group("day"))
        fitting = [e for e in events if _days_with_weekday(e.start, e.end, wd)]
        if fitting:
            events = fitting
            weekday = (wd, follow.start(), follow.end())
            used_weekdays.add(follow.start())
    tense = _tense(text, mention.start, mention.end)
    lo = min(e.start for e in events)
    hi = max(e.end for e in events)
    return _event_constraints(text, mention.start, mention.end, mention.text, events, lo, hi,
                              tense, weekday)


@dataclass(frozen=True)
class _Dated:
    """An absolute or partial date the text states."""

    start: int
    end: int
    text: str
    first: date | None
    last: date | None
    month_day: tuple[int, int] | None = None


def _dates(text: str) -> list[_Dated]:
    out = []
    for m in _DATE.finditer(text):
        phrase = m.group(0)
        if m.group("iso"):
            d = valid_day(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
            if d:
                out.append(_Dated(m.start(), m.end(), phrase, d, d))
            continue
        if m.group("my_month"):
            year, month = int(m.group("my_year")), month_number(m.group("my_month"))
            out.append(_Dated(m.start("my_month"), m.end(), phrase, date(year, month, 1),
                              month_end(year, month)))
            continue
        if m.group("year"):
            year = int(m.group("year"))
            out.append(_Dated(m.start("year"), m.end(), phrase, date(year, 1, 1),
                              date(year, 12, 31)))
            continue
        if m.group("md_month"):
            month_word, day_word, year_word = m.group("md_month", "md_day", "md_year")
        else:
            month_word, day_word, year_word = m.group("dm_month", "dm_day", "dm_year")
        month, day = month_number(month_word), int(re.sub(r"\D", "", day_word))
        if year_word:
            d = valid_day(int(year_word), month, day)
            if d:
                out.append(_Dated(m.start(), m.end(), phrase, d, d))
        elif valid_day(2024, month, day):  # a leap year: any real month-day passes
            out.append(_Dated(m.start(), m.end(), phrase, None, None, (month, day)))
    return out


def _date_constraints(text: str, dated: _Dated, years: range,
                      events: Sequence[ReferenceEvent] = ()) -> Constraint | None:
    future = _tense(text, dated.start, dated.end) == "future"
    if dated.first is not None and dated.last is not None:
        # A year ("resigned in 2021") bounds the date but does not pin it: the article may
        # be from any time after that year began.
        pins = (dated.last - dated.first).days < 31
        if future:
            return Constraint(dated.text, dated.start, dated.end, _before(dated.last),
                              f"{dated.last} is still to come", specific=pins)
        return Constraint(dated.text, dated.start, dated.end, _after(dated.first),
                          f"{dated.first} is in the past", specific=pins)
    assert dated.month_day is not None
    month, day = dated.month_day
    # A year-less date next to an event that fell on it is that event's day ("sanctions on
    # Rosneft and Lukoil … on Oct. 22").
    on_event = sorted({d for e in events for y in range(e.start.year, e.end.year + 1)
                       if (d := valid_day(y, month, day)) is not None and e.start <= d <= e.end})
    if on_event:
        when = "still to come" if future else "in the past"
        shown = " or ".join(d.isoformat() for d in on_event)
        windows = tuple((date.min, d) if future else (d, date.max) for d in on_event)
        return Constraint(dated.text, dated.start, dated.end, windows,
                          f"{shown}, the day of {events[0].id}, is {when}")
    days = [d for y in years if (d := valid_day(y, month, day)) is not None]
    if not days:
        return None
    reach = timedelta(days=YEARLESS_REACH)
    windows = tuple((d - reach, d) if future else (d, d + reach) for d in days)
    when = "still to come" if future else "in the past"
    return Constraint(dated.text, dated.start, dated.end, windows,
                      f"{dated.text} ({month:02d}-{day:02d}) is {when}, within half a year",
                      specific=False)


def _weekday_date_ties(text: str, dated: Sequence[_Dated], years: range,
                       used_weekdays: set[int]) -> list[Constraint]:
    """"on Friday, Jan. 17" / "Jan. 17 (Friday)": the weekday names which year it is."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if m.start() in used_weekdays:
            continue
        wd = _WEEKDAY_NAMES.index(m.group("day"))
        for d in dated:
            before = text[m.end():d.start]
            after = text[d.end:m.start()]
            close = (d.start >= m.end() and re.fullmatch(r"\s*,?\s*(?:the\s+)?", before)) or (
                m.start() >= d.end and re.fullmatch(r"\s*[(,]\s*", after))
            if not close:
                continue
            if d.first is not None and d.first == d.last:
                candidates = [d.first] if d.first.weekday() == wd else []
            elif d.month_day is not None:
                month, day = d.month_day
                candidates = [x for y in years if (x := valid_day(y, month, day)) is not None
                              and x.weekday() == wd]
            else:
                continue
            if not candidates:
                continue
            future = _tense(text, m.start(), m.end()) == "future"
            shown = " or ".join(c.isoformat() for c in candidates)
            when = "still to come" if future else "in the past"
            lo, hi = min(m.start(), d.start), max(m.end(), d.end)
            windows = _weekday_windows(candidates, future, _word_before(text, m.start()))
            out.append(Constraint(text[lo:hi], lo, hi, windows,
                                  f"{m.group('day')} {shown} is {when}"))
            used_weekdays.add(m.start())
            break
    return out


@dataclass(frozen=True)
class _Dating:
    """A dated thing a weekday in its sentence may name the day of."""

    start: int
    end: int
    days: tuple[date, ...]


def _sentence_datings(text: str, relatives: Sequence[Relative],
                      mentions: Sequence[ReferenceMention]) -> list[_Dating]:
    out = []
    for rel in relatives:
        event = pick_event(rel, text, None)
        if event is None:
            continue
        value = resolve(rel, event.value, None)
        if value.start is not None and value.start == value.end:
            out.append(_Dating(rel.start, rel.end, (value.start,)))
    for mention in mentions:
        days = sorted({e.start + timedelta(days=i) for e in mention.candidates
                       if (e.end - e.start).days < _SHORT_EVENT_DAYS
                       for i in range((e.end - e.start).days + 1)})
        if days:
            out.append(_Dating(mention.start, mention.end, tuple(days)))
    return out


def _sentence_weekday_ties(text: str, sentences: Sequence[Sentence],
                           datings: Sequence[_Dating], used_weekdays: set[int]) -> list[Constraint]:
    """"said on Tuesday …, a day after the Helsinki summit": a weekday and a dated event of
    the same sentence that fell on that weekday are one day. When several would fit, the
    latest wins: news speaks of the current week."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if m.start() in used_weekdays:
            continue
        sentence = sentence_at(list(sentences), m.start())
        if sentence is None:
            continue
        wd = _WEEKDAY_NAMES.index(m.group("day"))
        best: tuple[date, _Dating] | None = None
        for dating in datings:
            if not sentence.start <= dating.start < sentence.end:
                continue
            fitting = [d for d in dating.days if d.weekday() == wd]
            if fitting and (best is None or max(fitting) > best[0]):
                best = (max(fitting), dating)
        if best is None:
            continue
        day, dating = best
        future = _tense(text, m.start(), m.end()) == "future"
        when = "still to come" if future else "in the past"
        lo, hi = min(m.start(), dating.start), max(m.end(), dating.end)
        out.append(Constraint(text[lo:hi], lo, hi,
                              _weekday_windows([day], future, _word_before(text, m.start())),
                              f"{m.group('day')} {day} is {when}"))
        used_weekdays.add(m.start())
    return out


def collect_constraints(text: str, references: Sequence[ReferenceEvent]) -> list[Constraint]:
    """Every constraint the text puts on its own publication date, in text order."""
    folded = fold(text)
    sentences = split_sentences(text)
    used_weekdays: set[int] = set()
    constraints: list[Constraint] = []
    relatives = [r for r in scan(text, references) if r.mention is not None]
    covered = [(r.start, r.end) for r in relatives]
    for rel in relatives:
        constraints.extend(_relative_constraints(folded, rel, used_weekdays))
    mentions = find_references(text, references)
    for mention in mentions:
        if any(s <= mention.start and mention.end <= e for s, e in covered):
            continue
        constraints.extend(_mention_constraints(folded, mention, used_weekdays))
        covered.append((mention.start, mention.end))
    dated = [d for d in _dates(folded)
             if not any(s <= d.start and d.end <= e for s, e in covered)]
    for d in dated:
        if d.first is not None:
            c = _date_constraints(folded, d, range(0))
            if c is not None:
                constraints.append(c)
    years = _years_in_play(constraints)
    for d in dated:
        if d.month_day is None:
            continue
        sentence = sentence_at(sentences, d.start)
        near = [e for m in mentions
                if sentence is not None and sentence.start <= m.start < sentence.end
                for e in m.candidates]
        c = _date_constraints(folded, d, years, near)
        if c is not None:
            constraints.append(c)
    if years:
        constraints.extend(_weekday_date_ties(folded, dated, years, used_weekdays))
    datings = _sentence_datings(folded, relatives, mentions)
    constraints.extend(_sentence_weekday_ties(folded, sentences, datings, used_weekdays))
    # Phrases were cut from the folded text; show them as the article spells them.
    constraints = [replace(c, phrase=text[c.start:c.end]) for c in constraints]
    constraints.sort(key=lambda c: c.start)
    return constraints


def _years_in_play(constraints: Sequence[Constraint]) -> range:
    """Years a year-less date may belong to: from just before the earliest year the other
    evidence names to a decade after the latest (the text may be much younger than what it
    recalls)."""
    years = [d.year for c in constraints for w in c.windows for d in w
             if d not in (date.min, date.max)]
    if not years:
        return range(0)
    return range(min(years) - 1, max(years) + YEARS_AHEAD + 1)


# --- choosing the date ------------------------------------------------------------------


def _score(constraints: Sequence[Constraint], first: date, last: date) -> list[int]:
    """Per day of first..last, how many constraints it satisfies (a sweep over windows)."""
    size = (last - first).days + 1
    delta = [0] * (size + 1)
    for c in constraints:
        covered = _union(c.windows)
        for lo, hi in covered:
            a = max(lo, first)
            b = min(hi, last)
            if a > b:
                continue
            delta[(a - first).days] += 1
            delta[(b - first).days + 1] -= 1
    scores, running = [], 0
    for i in range(size):
        running += delta[i]
        scores.append(running)
    return scores


def _union(windows: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping windows of one constraint merged, so a day counts once per constraint."""
    merged: list[tuple[date, date]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def infer_date(text: str, references: Sequence[ReferenceEvent]) -> DatingResult:
    """The publication date `text` implies, its uncertainty, confidence and evidence."""
    constraints = collect_constraints(text, references)
    bounds = [d for c in constraints for w in c.windows for d in w
              if d not in (date.min, date.max)]
    if not bounds:
        return DatingResult(None, None, None, 0.0, ("no dated mention to infer a date from",),
                            tuple(constraints))
    first = min(bounds) - timedelta(days=WEEKDAY_REACH + 1)
    last = max(bounds) + timedelta(days=HORIZON)
    scores = _score(constraints, first, last)
    best = max(scores)
    days = [first + timedelta(days=i) for i, s in enumerate(scores) if s == best]
    blocks: list[list[date]] = []
    for day in days:
        if blocks and (day - blocks[-1][-1]).days == 1:
            blocks[-1].append(day)
        else:
            blocks.append([day])
    lines = _evidence(constraints, days[0])
    if best == 0 or days[-1] == last:
        lines.append("nothing bounds the date from above: left undated")
        return DatingResult(None, None, None, 0.0, tuple(lines), tuple(constraints))
    chosen = blocks[0]
    anchored = any(c.specific and any(timedelta(0) <= chosen[0] - lo <= ANCHOR_REACH
                                      for lo, _ in c.windows if lo != date.min)
                   for c in constraints)
    if not anchored:
        lines.append(f"no dated event of its own shortly before {chosen[0]}: left undated")
        return DatingResult(None, None, None, 0.0, tuple(lines), tuple(constraints))
    spread = len(chosen)
    if spread > SPREAD_LIMIT:
        # "March 23" in the past within half a year, and nothing closer: a guess at any day
        # of that half-year would date every relative expression of the article wrongly.
        lines.append(f"range {chosen[0]}..{chosen[-1]} is wider than {SPREAD_LIMIT} days: "
                     f"left undated")
        return DatingResult(None, None, None, 0.0, tuple(lines), tuple(constraints))
    share = best / len(constraints)
    pin = 1.0 if spread <= WEEKDAY_REACH + 1 else (WEEKDAY_REACH + 1) / spread
    # Stretches a year or more later are the same evidence read a year on (year-less
    # dates repeat); closer ones are real rivals.
    rivals = sum(1 for b in blocks[1:] if (b[0] - chosen[0]).days < 365)
    confidence = round(share * pin / (1 + rivals), 2)
    lines.append(f"range {chosen[0]}..{chosen[-1]}")
    if len(blocks) > 1:
        others = ", ".join(f"{b[0]}..{b[-1]}" for b in blocks[1:4])
        lines.append(f"equally consistent: {others}")
    return DatingResult(chosen[0], chosen[0], chosen[-1], confidence, tuple(lines),
                        tuple(constraints))


def _evidence(constraints: Sequence[Constraint], day: date) -> list[str]:
    lines = []
    for c in constraints:
        phrase = " ".join(c.phrase.split())
        mark = "" if c.allows(day) else " (not met)"
        lines.append(f"'{phrase}' → {c.reason}{mark}")
    return lines


def infer_publication_date(article: Article, references: Sequence[ReferenceEvent]) -> Article:
    """`article` with an inferred publication date, or unchanged when it has one or none is
    pinned by its text."""
    if article.published is not None:
        return article
    result = infer_date(article.text, references)
    if result.date is None:
        return article
    return replace(article, published=result.date, published_source="inferred",
                   confidence=result.confidence, evidence=result.evidence)


def date_articles(
    articles: Sequence[Article], references: Sequence[ReferenceEvent]
) -> tuple[list[Article], list[str]]:
    """Date the undated articles; a warning for each one that stays undated."""
    out: list[Article] = []
    warnings: list[str] = []
    for article in articles:
        dated = infer_publication_date(article, references)
        if dated.published is None:
            warnings.append(f"{article.id}: no publication date found; "
                            "relative dates left unresolved")
        out.append(dated)
    return out, warnings
