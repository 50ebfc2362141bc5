"""Event-relative temporal expressions: "a day after Trump's inauguration", "since the summit".

A phrase is an optional offset ("two days", "hours", "just weeks", "shortly"), a relation
("after", "before", "following", "ahead of", "since", "in the run-up to", "on the eve of",
"the day after" …) and the event it is relative to: a reference event named in the text
(`timeline.refevents`), or a narrative one ("two days after the call": the call the text last
dated). An optional trailing "on Monday", "on Jan. 20" or "in 2022" belongs to the phrase and
helps to say which event a name means. The phrase grammar is general: it knows nothing of any
particular event, and every name of the built-in or a user's reference file works with it.
Values follow TIMEX3 (see docs/dating.md): an exact offset gives a value with the grain of its
unit ("a day after" → a day, "two weeks after" → a week, "months" → a month); a vague one
("hours before", "weeks before", "before") gives the event's own value with mod BEFORE or
AFTER and, as start/end, the stretch of days it can mean; "since X" runs from X to the anchor
with mod ON_OR_AFTER. Every value carries `ref`, the id of the event it hangs on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from timeline.model import TimeValue, Timex
from timeline.refevents import (
    RECENT_DAYS,
    ReferenceEvent,
    ReferenceMention,
    choose,
    find_references,
    fold,
)
from timeline.temporal.calendar import (
    day_value,
    month_value,
    shift,
    time_value,
    week_value,
    year_value,
)
from timeline.temporal.lexicon import (
    BARE_EVENT_NOUNS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_VERBS,
    closing_words,
    compile_with_look_ahead,
    expand,
    month_number,
    parse_number,
)
from timeline.temporal.tense import tense_of
from timeline.text import split_sentences

#: Offsets: what each unit word counts in.
_UNITS = {"minute": "hour", "moment": "hour", "hour": "hour", "day": "day", "night": "day",
          "week": "week", "fortnight": "fortnight", "month": "month", "year": "year"}

#: How far a vague offset ("days before", "a few weeks after") reaches: (nearest, farthest).
_VAGUE_REACH = {
    "hour": (timedelta(0), timedelta(0)),
    "day": (timedelta(days=1), timedelta(days=10)),
    "week": (timedelta(days=7), timedelta(days=56)),
    "fortnight": (timedelta(days=14), timedelta(days=28)),
    "month": (timedelta(days=28), timedelta(days=365)),
    "year": (timedelta(days=365), timedelta(days=3650)),
}
#: A bare "before X" / "after X" / "in the run-up to X": the month next to the event.
_BARE_REACH = (timedelta(0), timedelta(days=30))

_VAGUE_COUNT = r"(?:a\s+few|a\s+couple\s+of|several|some|few|many|a\s+number\s+of)"
_HEDGE = (r"(?:just|only|barely|merely|a\s+mere|mere|some|about|around|roughly|nearly|"
          r"almost|more\s+than|less\s+than|little\s+more\s+than|at\s+least|exactly|precisely)")
_UNIT_WORD = r"(?:minutes?|moments?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)"
_OFFSET = (
    rf"(?:{_HEDGE}\s+)?(?:(?P<count>{expand('<NUM>')}|an?|{_VAGUE_COUNT})\s+)?"
    rf"(?P<unit>{_UNIT_WORD})"
    r"|(?P<adverb>shortly|just|soon|immediately|right|not\s+long|only|moments|even)"
)
#: How many words `_HEAD` lets stand between a relation and the event's name.
_GAP_WORDS = 3
#: What ties a phrase to the event named after it ("two days after", "in the run-up to").
_RELATION = (
    r"(?:"
    rf"(?:{_OFFSET})\s+(?P<rel>after|before|following|since|prior\s+to|ahead\s+of)"
    r"|(?:on\s+)?the\s+(?P<fixed_unit>day|morning|afternoon|evening|night|week|month|year)"
    r"\s+(?P<fixed_rel>after|before|following|of)"
    r"|(?P<eve>(?:on\s+)?the\s+eve\s+of)"
    # "on the third anniversary of the invasion" (as a subject or an object the phrase
    # names what the title tells: "The third anniversary of the invasion falls on Monday").
    r"|on\s+the\s+(?P<anniv>first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of"
    r"|in\s+the\s+(?:(?P<in_unit>minutes|hours|days|weeks|months|years)\s+"
    r"(?P<in_rel>after|before|following|since|leading\s+up\s+to|preceding|ahead\s+of))"
    r"|in\s+the\s+(?P<runup>run-up|lead-up|build-up|days\s+leading\s+up)\s+to"
    r"|in\s+the\s+(?P<wake>wake|aftermath)\s+of"
    r"|(?P<bare>after|before|following|since|ahead\s+of|prior\s+to|during|"
    r"at\s+the\s+time\s+of|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)"
    r")"
)
_HEAD = compile_with_look_ahead(
    r"(?<![\w-])" + _RELATION + r"\s+"
    # A few words may stand between the relation and the event's name ("before Putin
    # launched his 2022 invasion"), but not another relation or a preposition starting a
    # phrase of its own.
    r"(?P<gap>(?:(?!(?:after|before|since|following|ahead|prior|during|of|on|in|at|to|with|"
    rf"for|about|from|by|and|or|but|that|which|when|while|as|than)\b)[\w'-]+\s+)"
    rf"{{0,{_GAP_WORDS}}}?)$",
    re.IGNORECASE,
)
_WINDOW = 140
#: The endings of `_RELATION` (lowercase): a word before an event's name that ends in none
#: of them cannot close a relation, and `_HEAD` need not be tried (None: no such test).
_RELATION_ENDS = closing_words(_RELATION, re.IGNORECASE)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TRAIL = re.compile(
    r",?\s+(?:"
    r"on\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|on\s+(?P<md_month>{expand('<MONTH>')})\s+(?P<md_day>{expand('<DAYNUM>')})"
    rf"(?:,?\s+(?P<md_year>{expand('<YEAR4>')}))?\b"
    rf"|on\s+(?P<dm_day>{expand('<DAYNUM>')})\s+(?P<dm_month>{expand('<MONTH>')})"
    rf"(?:\s+(?P<dm_year>{expand('<YEAR4>')}))?\b"
    rf"|in\s+(?P<year>{expand('<YEAR4>')})\b"
    r")"
)

#: Nouns a narrative event goes by, and the words that show an earlier sentence told of it.
#: Nouns of reference events ("the invasion", "the blast") are theirs, not listed here.
NARRATIVE_NOUNS: dict[str, tuple[str, ...]] = {
    "call": ("call", "calls", "called", "spoke", "phone", "conversation"),
    "conversation": ("conversation", "call", "spoke", "talked"),
    "meeting": ("meeting", "met", "talks", "meet"),
    "summit": ("summit", "met", "meeting"),
    "talks": ("talks", "met", "meeting", "negotiations"),
    "negotiations": ("negotiations", "talks", "negotiated"),
    "visit": ("visit", "visited", "trip", "arrived"),
    "trip": ("trip", "visit", "visited", "travelled", "traveled"),
    "speech": ("speech", "address", "spoke", "said"),
    "address": ("address", "speech", "spoke"),
    "interview": ("interview", "told", "said"),
    "vote": ("vote", "voted", "ballot"),
    "election": ("election", "elected", "vote"),
    "attack": ("attack", "attacked", "strike", "struck"),
    "strike": ("strike", "struck", "attack"),
    "announcement": ("announcement", "announced"),
    "parade": ("parade",),
    "deal": ("deal", "agreement", "signed", "agreed"),
    "agreement": ("agreement", "deal", "signed", "agreed"),
    "ceasefire": ("ceasefire", "truce"),
    "truce": ("truce", "ceasefire"),
    "earthquake": ("earthquake", "quake", "struck", "hit"),
    "quake": ("quake", "earthquake", "struck", "hit"),
    "storm": ("storm", "hurricane", "typhoon", "landfall", "hit", "struck"),
    "hurricane": ("hurricane", "storm", "landfall", "hit", "struck"),
    "raid": ("raid", "raided"),
    "protest": ("protest", "protests", "protested", "rally"),
    "protests": ("protests", "protest", "protested", "rally"),
    "rally": ("rally", "protest", "rallied"),
    "referendum": ("referendum", "vote", "voted"),
    "debate": ("debate", "debated"),
    "hearing": ("hearing", "testified"),
    "ruling": ("ruling", "ruled"),
    "verdict": ("verdict", "convicted", "acquitted", "jury"),
    "arrest": ("arrest", "arrested", "detained"),
}
_NARRATIVE = compile_with_look_ahead(
    r"(?<![\w-])(?:the|that|this|their|his|her|its|those|these)\s+"
    r"(?:(?!(?:after|before|since|of|on|in|at|to|with|and|or)\b)[\w'-]+\s+){0,2}?"
    r"(?P<noun>" + "|".join(NARRATIVE_NOUNS) + r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Relative:
    """An event-relative phrase found in a text, before it is resolved."""

    start: int
    end: int
    text: str
    #: "before", "after", "since" or "at".
    relation: str
    #: Offset unit ("hour", "day", "week", "fortnight", "month", "year") or None for none.
    unit: str | None
    #: Offset count; None when vague ("days", "a few weeks", "shortly").
    count: int | None
    #: The named reference event(s), or None for a narrative event.
    mention: ReferenceMention | None
    #: The narrative noun ("call") when `mention` is None.
    noun: str | None
    #: Start of the event's name in the text.
    event_start: int
    #: Monday = 0, from a trailing "on Monday".
    weekday: int | None = None
    #: A trailing "on Jan. 20" / "in 2022": (year or None, month or None, day or None).
    trail_date: tuple[int | None, int | None, int | None] | None = None
    #: Where the comma is when the phrase is set off after what comes before it ("on
    #: Sept. 12, a week before the crash"): the date before that comma is the phrase's own.
    comma: int | None = None

    @property
    def needs_prior(self) -> bool:
        """Whether resolving needs the calendar tagger's dates (`resolve_all`'s `prior`)."""
        return self.noun is not None or self.comma is not None and self.mention is None


def _offset(m: re.Match[str]) -> tuple[str | None, int | None, str]:
    """(unit, count, relation) of a matched head."""
    if m.group("fixed_unit"):
        unit = m.group("fixed_unit").lower()
        rel = m.group("fixed_rel").lower()
        if rel == "of":
            # "the day of the talks", "the morning of the vote": that day (or part of it).
            return unit, None, "at"
        relation = "before" if rel == "before" else "after"
        if unit in ("morning", "afternoon", "evening", "night"):
            return "day", 1, relation
        return unit, 1, relation
    if m.group("eve"):
        return "day", 1, "before"
    if m.group("anniv"):
        # "the third anniversary of the invasion": that many years after it, to the day.
        word = m.group("anniv").lower()
        count = int(word[:-2]) if word[0].isdigit() else ORDINALS[word]
        return "anniversary", count, "after"
    if m.group("in_unit"):
        rel = m.group("in_rel").lower()
        relation = "before" if rel.startswith(("before", "leading", "preceding", "ahead")) \
            else "since" if rel == "since" else "after"
        return _UNITS[m.group("in_unit").lower().rstrip("s")], None, relation
    if m.group("runup"):
        return None, None, "before"
    if m.group("wake"):
        return None, None, "after"
    if m.group("bare"):
        rel = " ".join(m.group("bare").lower().split())
        if rel in ("after", "following"):
            return None, None, "after"
        if rel == "since":
            return None, None, "since"
        if rel in ("before", "ahead of", "prior to"):
            return None, None, "before"
        return None, None, "at"
    rel = " ".join(m.group("rel").lower().split())
    relation = ("after" if rel in ("after", "following") else "since" if rel == "since"
                else "before")
    if m.group("adverb"):
        word = m.group("adverb").lower()
        # "soon after" reaches days; "shortly", "just", "moments" stay on the day.
        return ("day" if word == "soon" else "hour"), None, relation
    unit = _UNITS[m.group("unit").lower().rstrip("s")]
    count_text = (m.group("count") or "").lower()
    if not count_text:
        return unit, None, relation
    if count_text in ("a", "an"):
        return unit, 1, relation
    number = parse_number(count_text)
    if number is None or number != int(number):
        return unit, None, relation
    return unit, int(number), relation


def _trail(folded: str, end: int) -> tuple[re.Match[str] | None, int | None, tuple | None]:
    m = _TRAIL.match(folded, end)
    if not m:
        return None, None, None
    if m.group("weekday"):
        return m, _WEEKDAYS.index(m.group("weekday").lower()), None
    if m.group("year"):
        return m, None, (int(m.group("year")), None, None)
    if m.group("md_month"):
        month, day, year = m.group("md_month"), m.group("md_day"), m.group("md_year")
    else:
        month, day, year = m.group("dm_month"), m.group("dm_day"), m.group("dm_year")
    day_number = int(re.sub(r"\D", "", day))
    return m, None, (int(year) if year else None, month_number(month), day_number)


def scan(text: str, references: Sequence[ReferenceEvent]) -> list[Relative]:
    """Every event-relative phrase of `text`, unresolved, in text order, not overlapping."""
    folded = fold(text)
    mentions = find_references(text, references)
    found: list[Relative] = []
    taken: list[tuple[int, int]] = []
    for mention in mentions:
        rel = _phrase(text, folded, mention.start, mention.end, mention, None)
        if rel is not None:
            found.append(rel)
            taken.append((mention.start, mention.end))
    for m in _NARRATIVE.finditer(folded):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        rel = _phrase(text, folded, m.start(), m.end(), None, m.group("noun").lower())
        if rel is not None:
            found.append(rel)
    found.extend(_definite(text, folded, mentions, taken, references))
    found.extend(rel for rel in _apposed(text, folded)
                 if not any(rel.start < f.end and f.start < rel.end for f in found))
    found.sort(key=lambda r: (r.start, -r.end))
    out: list[Relative] = []
    for rel in found:
        if not out or rel.start >= out[-1].end:
            out.append(rel)
    return out


#: "the inauguration": a definite noun that may stand for an event the text named before.
_DEFINITE = re.compile(r"(?<![\w-])the\s+(?P<noun>[a-z][a-z-]*)(?![\w-])", re.IGNORECASE)


def _definite(text: str, folded: str, mentions: Sequence[ReferenceMention],
              taken: Sequence[tuple[int, int]],
              references: Sequence[ReferenceEvent] = ()) -> list[Relative]:
    """Phrases hanging on "the <noun>" where an earlier name in the text told of an event
    that goes by that noun (its `nouns`): "Donald Trump was sworn in on Monday … three days
    before the inauguration". The nearest such name decides, among the events it may mean
    those that go by the noun. Nouns of narrative events ("the call") are left to the
    narrative reading. Without an earlier name, only a noun of the lexicon's
    `bare_event_nouns` ("a day after the inauguration") is read, as an event of that noun
    close to the anchor (`ReferenceMention.recent`)."""
    nouns = {n for mention in mentions for event in mention.candidates for n in event.nouns}
    out: list[Relative] = []
    bare = BARE_EVENT_NOUNS if references and any(
        noun in folded for noun in BARE_EVENT_NOUNS) else frozenset()
    if not nouns and not bare:
        return out
    for m in _DEFINITE.finditer(folded):
        noun = m.group("noun").lower()
        if noun not in nouns and noun not in bare or noun in NARRATIVE_NOUNS:
            continue
        start, end = m.span()
        if any(start < e and s < end for s, e in taken) or any(
                start < x.end and x.start < end for x in mentions):
            continue
        earlier = [x for x in mentions if x.end <= start
                   and any(noun in event.nouns for event in x.candidates)]
        if earlier:
            named = max(earlier, key=lambda x: (x.end, x.start))
            meant = ReferenceMention(start, end, text[start:end],
                                     tuple(e for e in named.candidates if noun in e.nouns))
        elif noun in bare:
            events = tuple(e for e in references if noun in e.nouns)
            if not events:
                continue
            meant = ReferenceMention(start, end, text[start:end], events, recent=True)
        else:
            continue
        rel = _phrase(text, folded, start, end, meant, None)
        if rel is not None:
            out.append(rel)
    return out


#: Words that end the phrase of an event `_APPOSED` reads even when it runs on to the next
#: punctuation mark ("a phone call with Chinese leader Xi Jinping,"): conjunctions,
#: auxiliaries, pronouns and verbs of saying.
_CLAUSE_WORDS = ("after before since and or but that which who when where while as than was "
                 "were is are be been had has have will would could can may might should did "
                 "does said says it he she they we").split()
_CLAUSE_STOP = "(?:" + "|".join(_CLAUSE_WORDS) + ")"
#: … and the short noun phrase of one ("the crash", "its launch") ends at a preposition too.
_NP_STOP = "(?:" + "|".join(["following", "of", "on", "in", "at", "to", "into", "with", "for",
                             "by", "from", *_CLAUSE_WORDS]) + ")"
_NP_WORD = rf"(?!{_NP_STOP}\b)[\w'-]+"
_RUN_WORD = rf"(?!{_CLAUSE_STOP}\b)[\w'-]+(?:\.\w+)*"
#: An offset and relation set off by a comma, and the event it names: "…, a week before the
#: crash", "…, two days after Smith's arrest", "…, the day before the ceremony".
#: (Case-insensitive in parts only: a name's capital tells it from other words.)
_APPOSED = compile_with_look_ahead(
    r"(?<=[\w.)]),\s+(?i:"
    rf"(?:{_HEDGE}\s+)?(?:(?:{expand('<NUM>')}|an?|{_VAGUE_COUNT})\s+)?{_UNIT_WORD}\s+"
    r"(?:after|before|following|ahead\s+of|prior\s+to)"
    r"|the\s+(?:day|morning|afternoon|evening|night|week|month|year)\s+(?:after|before|following)"
    r"|the\s+eve\s+of)\s+"
    r"(?P<np>(?i:the|an?|his|her|its|their|our|this|that)\s+|[A-Z][\w-]*'s\s+)"
    # To the next punctuation mark when no clause starts before it, else the first words.
    rf"(?P<words>(?:{_RUN_WORD}\s+){{0,7}}{_RUN_WORD}(?=[,;:)!?\u2014]|\.(?:\s|$)|$)"
    rf"|(?:{_NP_WORD}\s+){{0,2}}{_NP_WORD}(?=\s*[,.;:)!?\u2014]|\s*$|\s+(?i:{_NP_STOP})\b)"
    rf"|{_NP_WORD})"
)


def _apposed(text: str, folded: str) -> list[Relative]:
    """Offsets set off by a comma after what they restate, whatever the event: in "visited
    the site on Sept. 12, a week before the crash" the phrase is Sept. 12 told another way,
    so it needs no date of the crash (`resolve_all` gives it the date before the comma)."""
    out = []
    for m in _APPOSED.finditer(folded):
        if _tells_a_clause(folded, m.start("np")):
            continue
        rel = _phrase(text, folded, m.start("np"), m.end("words"), None, None)
        if rel is not None and rel.comma is not None:
            out.append(rel)
    return out


#: Up to the next mark that ends a phrase: a comma, a semicolon, a colon, a sentence's end.
_TO_MARK = re.compile(r"[^,;:!?]*?(?=[,;:!?]|\.(?:\s|$)|$)")
_AUXILIARIES = frozenset("is are was were be been has have had will would can could may "
                         "might shall should must did does do".split())
_DETERMINER_WORDS = frozenset("the a an his her its their our this that".split())


def _tells_a_clause(folded: str, at: int) -> bool:
    """Whether the words from `at` to the next comma or sentence end hold a verb of their
    own ("two days before Trump's deadline … expired"): the events stage dates such a
    clause from the one before it, so no phrase may swallow it."""
    words = re.findall(r"[a-z][\w'-]*", _TO_MARK.match(folded, at).group().lower())
    return any(word in _AUXILIARIES or word in PAST_VERBS
               or word.endswith("ed") and i > 0 and words[i - 1] not in _DETERMINER_WORDS
               for i, word in enumerate(words))


def _may_close_relation(before: str) -> bool:
    """False when `_HEAD` cannot match at the end of `before`: a relation's last word is
    followed only by white space and at most `_GAP_WORDS` whole words, so one of the last
    few words ends with one of `_RELATION_ENDS` (compared in lower case, which reads ASCII
    text as `_HEAD` does ignoring case; other text is left to `_HEAD`)."""
    return _RELATION_ENDS is None or not before.isascii() or any(
        word.lower().endswith(_RELATION_ENDS)
        for word in before.rsplit(None, _GAP_WORDS + 1)[-_GAP_WORDS - 1:])


def _phrase(text: str, folded: str, start: int, end: int, mention: ReferenceMention | None,
            noun: str | None) -> Relative | None:
    lo = max(0, start - _WINDOW)
    before = folded[lo:start]
    if not _may_close_relation(before):
        return None
    head = _HEAD.search(before)
    if head is None:
        return None
    unit, count, relation = _offset(head)
    if noun is not None and head.group("gap").strip():
        return None  # "after Putin's call" is the name of no narrative event
    if unit is not None and count is not None and _FOR_BEFORE.search(
            folded, max(0, lo + head.start() - 6), lo + head.start()):
        return None  # "spoke for more than an hour after the summit": a length, then when
    told = _TOLD_AFTER.match(folded, end) if noun is not None else None
    if told is not None:
        # "before the strike begins", "before the deal was announced,": the verb that tells
        # of the event belongs to the phrase (a title cut of the phrase leaves no stray verb).
        end = told.end()
    trail, weekday, trail_date = _trail(folded, end)
    phrase_end = trail.end() if trail else end
    phrase_start = lo + head.start()
    comma = None
    if relation in ("before", "after") and (unit is not None or noun is not None):
        set_off = _SET_OFF.search(folded, max(0, phrase_start - 4), phrase_start)
        comma = set_off.start() if set_off else None
    return Relative(phrase_start, phrase_end, text[phrase_start:phrase_end], relation, unit,
                    count, mention, noun, start, weekday, trail_date, comma)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: A verb right after a narrative event's noun that ends its clause: "the strike begins",
#: "the deal was announced,".
_TOLD_AFTER = re.compile(r"\s+(?:(?:was|were|is|are|had|has|have|would|will)\s+(?:been\s+|be\s+)?)?"
                         r"[a-z]+(?=\s*(?:[,.;:!?)]|$)|\s+and\b)")
#: A comma that sets a phrase off from the words before it (`Relative.comma`).
_SET_OFF = re.compile(r"(?<=[\w.)]),\s+$")


# --- resolving ----------------------------------------------------------------------------


def _fits_trail(event: ReferenceEvent, trail: tuple | None) -> bool:
    if trail is None:
        return True
    year, month, day = trail
    if month is None:
        return year is not None and event.start.year <= year <= event.end.year
    d = event.start
    while d <= event.end:
        if d.month == month and d.day == day and (year is None or d.year == year):
            return True
        d += timedelta(days=1)
    return False


def pick_event(rel: Relative, text: str, anchor: date | None) -> ReferenceEvent | None:
    """The reference event a phrase hangs on (None if the name is ambiguous without anchor)."""
    if rel.mention is None:
        return None
    candidates = [e for e in rel.mention.candidates if _fits_trail(e, rel.trail_date)]
    if rel.mention.recent:
        # "a day after the inauguration" with no name before: only an event that close.
        if anchor is None:
            return None
        candidates = [e for e in candidates if abs((e.start - anchor).days) <= RECENT_DAYS]
    future = tense_of(text, rel.start, rel.end) == "future"
    return choose(candidates, anchor, weekday=rel.weekday, future=future)


def resolve(rel: Relative, base: TimeValue, anchor: date | None) -> TimeValue:
    """The value of `rel` given the value of the event it is relative to."""
    assert base.start is not None and base.end is not None
    ref = base.ref
    if rel.relation == "at":
        return replace(_within(base, rel.unit), ref=ref)
    if rel.relation == "since":
        end = anchor if anchor is not None and anchor >= base.start else None
        return TimeValue(base.value, "DATE", base.start, end, "range" if end else base.granularity,
                         "ON_OR_AFTER", ref=ref)
    sign = 1 if rel.relation == "after" else -1
    pivot = base.end if sign > 0 else base.start
    mod = "AFTER" if sign > 0 else "BEFORE"
    if rel.unit is None:
        near, far = _BARE_REACH
        return _window(base, pivot, sign, near, far, mod)
    if rel.count is None:
        near, far = _VAGUE_REACH[rel.unit]
        return _window(base, pivot, sign, near, far, mod)
    count = rel.count * sign
    if rel.unit == "anniversary":
        if base.granularity != "day":
            return replace(year_value(base.start.year + rel.count), ref=ref)
        return replace(day_value(shift(base.start, years=rel.count)), ref=ref)
    if rel.unit == "hour":
        days = int(rel.count / 24) * sign
        return replace(day_value(pivot + timedelta(days=days), mod), ref=ref)
    if rel.unit == "day":
        return replace(day_value(pivot + timedelta(days=count)), ref=ref)
    if rel.unit in ("week", "fortnight"):
        weeks = count * (2 if rel.unit == "fortnight" else 1)
        return replace(week_value(shift(pivot, weeks=weeks)), ref=ref)
    if rel.unit == "month":
        moved = shift(pivot, months=count)
        return replace(month_value(moved.year, moved.month), ref=ref)
    return replace(year_value(pivot.year + count), ref=ref)


def _within(base: TimeValue, unit: str | None) -> TimeValue:
    """The event's own value, or the day, week, month, year or part of the day of its
    start that "the day of", "the week of", "the morning of" name."""
    day = base.start
    if unit is None or day is None:
        return replace(base, mod=None)
    if unit in ("morning", "afternoon", "evening", "night"):
        return time_value(day, PARTS_OF_DAY[unit])
    return {"day": day_value, "week": week_value,
            "month": lambda d: month_value(d.year, d.month),
            "year": lambda d: year_value(d.year)}[unit](day)


def _window(base: TimeValue, pivot: date, sign: int, near: timedelta, far: timedelta,
            mod: str) -> TimeValue:
    if sign > 0:
        start, end = pivot + near, pivot + far
    else:
        start, end = pivot - far, pivot - near
    granularity = "day" if start == end else "range"
    return TimeValue(base.value, "DATE", start, end, granularity, mod, ref=base.ref)


def _describe(rel: Relative, base_label: str, base: TimeValue) -> str:
    if rel.relation == "at" and rel.unit is not None:
        return f"the {rel.unit} of {base_label} = {base.value}"
    if rel.unit is None:
        offset = rel.relation
    elif rel.count is None:
        offset = f"{rel.unit}s {rel.relation}"
    else:
        offset = f"{rel.count} {rel.unit}{'s' if rel.count > 1 else ''} {rel.relation}"
    return f"{offset} {base_label} = {base.value}"


@lru_cache(maxsize=128)
def _narrative_cue(noun: str, alone: bool = False) -> re.Pattern[str]:
    """The words that show a sentence told of the narrative event `noun` names (`alone`:
    the noun only)."""
    words = (noun,) if alone else NARRATIVE_NOUNS.get(noun, (noun,))
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _narrative_base(rel: Relative, text: str, prior: Sequence[Timex]) -> Timex | None:
    """The dated expression of the nearest earlier sentence that told of the same event."""
    assert rel.noun is not None
    cue = _narrative_cue(rel.noun)
    usable = [t for t in prior
              if t.value is not None and t.value.start is not None
              and t.value.start == t.value.end and t.value.granularity in ("day", "time")
              and (t.end <= rel.start or t.start >= rel.end)]
    # Earlier sentences only: in "Trump met Zelensky on Monday, three days after the
    # summit", the date before the phrase is the clause's own, not the summit's.
    sentences = split_sentences(text)
    earlier = [s for s in sentences if s.end <= rel.start]
    # … but the noun next to its date earlier in the phrase's own sentence, in another
    # clause, counts first: "Since the Holyrood election on 7 May, …, the first minister,
    # who took office two days after the election, …".
    own = [_Span(s.start, rel.start) for s in sentences if s.start < rel.start < s.end]
    # The noun itself next to a date (in the same stretch between commas) comes first, even
    # further back ("hold talks with her counterpart on Thursday morning" over "tariffs, due
    # to take effect from January 1, would be raised at the talks"); then, close by, any of
    # its words next to a date; then any date of a sentence close by that has one of them.
    noun = _narrative_cue(rel.noun, alone=True)
    # "that storm", "this meeting" point at the one just told of: no looking far back.
    far = earlier[-_TOGETHER_REACH:] if text[rel.event_start:rel.event_start + 4].lower() \
        == "the " else []
    for words, together, stretch in ((noun, True, own), (noun, True, far),
                                     (cue, True, earlier[-6:]), (cue, False, earlier[-6:])):
        for sentence in reversed(stretch):
            stop = min(sentence.end, rel.start)
            mentions = [m.start() for m in words.finditer(text, sentence.start, stop)]
            if not mentions:
                continue
            inside = [t for t in usable if sentence.start <= t.start and t.end <= stop
                      and (not together or any(_unbroken(text, t, p) for p in mentions))]
            if inside:
                return min(inside, key=lambda t: min(abs(t.start - p) for p in mentions))
    return None


class _Span(NamedTuple):
    start: int
    end: int


#: How many sentences back a narrative event is looked for next to its date.
_TOGETHER_REACH = 20


def _unbroken(text: str, timex: Timex, at: int) -> bool:
    """Whether nothing but words stands between `timex` and the word at `at`: no comma,
    semicolon or dash."""
    lo, hi = (timex.end, at) if timex.end <= at else (at, timex.start)
    return not any(mark in text[lo:hi] for mark in ",;–—")


def _contradicted(rel: Relative, base: TimeValue, prior: Sequence[Timex]) -> bool:
    """Whether a date inside the phrase rules out the event the story told last: "after the
    2023 election" is not the election of last Wednesday."""
    day = base.start
    return day is not None and any(
        rel.start <= t.start and t.end <= rel.end and t.value is not None
        and t.value.start is not None and t.value.end is not None
        and not t.value.start <= day <= t.value.end for t in prior)


def find_event_relative(
    text: str,
    anchor: date | None,
    references: Sequence[ReferenceEvent],
    prior: Sequence[Timex] = (),
) -> list[Timex]:
    """Event-relative expressions of `text` as Timexes (kind "event", value.ref set).

    `anchor` is the publication date: it decides which event an ambiguous name means and
    where "since X" ends; without it only unambiguous names are resolved, the others keep
    value None. `prior` are the calendar tagger's expressions, the dates a narrative phrase
    ("two days after the call") can hang on.
    """
    return resolve_all(scan(text, references), text, anchor, prior)


def resolve_all(found: Sequence[Relative], text: str, anchor: date | None,
                prior: Sequence[Timex] = ()) -> list[Timex]:
    """The Timexes of phrases `scan` found (see `find_event_relative`). Only phrases that
    need them (`Relative.needs_prior`: narrative ones and those set off by a comma) use
    `prior`."""
    out: list[Timex] = []
    for rel in found:
        if rel.mention is not None:
            event = pick_event(rel, text, anchor)
            if event is None and rel.mention.recent:
                continue
            if event is None:
                names = ", ".join(e.id for e in rel.mention.candidates)
                out.append(Timex(rel.start, rel.end, rel.text, "event", None, anchor,
                                 f"{rel.mention.text!r} may mean {names}", "eventrel"))
                continue
            base = event.value
            value = resolve(rel, base, anchor)
            how = _describe(rel, f"{event.id} ({event.source})", base)
        else:
            restated = _restated(rel, text, prior)
            if restated is not None and rel.unit is None:
                # "said on Wednesday, before the deal was announced, that …": no time of its
                # own beside the date it restates.
                continue
            if restated is not None:
                value = replace(restated.value, mod=None, ref=None)
                out.append(Timex(rel.start, rel.end, rel.text, "event", value, anchor,
                                 f"set off after {restated.text!r}, which it restates = "
                                 f"{value.value}", "eventrel:apposition"))
                continue
            if rel.noun is None:
                continue
            timex = _narrative_base(rel, text, prior)
            if timex is None or timex.value is None:
                continue
            base = replace(timex.value, mod=None, ref=None)
            if _contradicted(rel, base, prior):
                continue
            value = resolve(rel, base, anchor)
            how = _describe(rel, f"the {rel.noun} dated by {timex.text!r}", base)
        out.append(Timex(rel.start, rel.end, rel.text, "event", value, anchor, how,
                         f"eventrel:{rel.relation}"))
    return out


def _restated(rel: Relative, text: str, prior: Sequence[Timex]) -> Timex | None:
    """The date a phrase set off by a comma restates: the calendar expression that ends
    right before the comma ("on Sept. 12, a week before the crash"), when it names one day,
    time, month or year. The phrase then means that date, whenever the event was; a
    narrative noun's earlier sentence may tell of another call or vote."""
    if rel.comma is None or rel.unit is not None and _tells_a_clause(fold(text),
                                                                     rel.event_start):
        # (An offset before a clause, "…, two days after the Senate approved it", is the
        # events stage's to date; a bare relation is no measure: "…, before the deal was
        # announced," restates the date all the same.)
        return None
    for timex in reversed(prior):
        if timex.end > rel.comma:
            continue
        value = timex.value
        if (text[timex.end:rel.comma].strip() or value is None or value.start is None
                or value.start != value.end and value.granularity not in ("month", "year")
                or value.type not in ("DATE", "TIME") or value.mod is not None):
            return None
        return timex
    return None
