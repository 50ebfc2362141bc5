"""The rule record and the context a normalizer works in.

A `Rule` is data: a name, an expression kind, a compiled pattern (a template over the lexicon's
fragments), an optional guard that can veto a match by looking at its surroundings ("May" the
verb, "2022 votes"), a priority used only to break ties between equally long readings, the key
words every match contains (so the engine runs the pattern only near them), an optional extent
that trims the match to TimeML's extent, and a normalizer that turns the match into a
`Resolved` value. Normalizers are pure functions of the
match and a `Context` (text, publication anchor, the narrative's last date, the clause's
tense); when they need a reference date that the article does not have they raise `NoAnchor`,
and the engine keeps the expression with no value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from timeline.model import TimeValue
from timeline.temporal.lexicon import PAST_VERBS, compile_pattern
from timeline.temporal.tense import PAST, PAST_AS_PLAIN, Tense, tense_with_cue, word_tense


class NoAnchor(Exception):
    """The expression is relative and there is nothing to resolve it against."""


@dataclass(frozen=True)
class Resolved:
    value: TimeValue
    how: str
    #: False for values derived from the period named before ("a year ago" after "the third
    #: quarter"): they must not become the frame for the next such expression.
    frames: bool = True


Normalizer = Callable[[re.Match[str], "Context"], Resolved | None]
Guard = Callable[[re.Match[str], str], bool]
#: The part of a match that is the expression, when the pattern needed context around it.
Extent = Callable[[re.Match[str]], tuple[int, int]]
#: Reads text[start:end] as one expression, in the clause of the given outer context.
InnerResolver = Callable[[int, int, "Context"], TimeValue | None]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    normalize: Normalizer
    priority: int = 0
    guard: Guard | None = None
    #: Lower-case words of which every match contains one ("#" = any number): the engine only
    #: runs the pattern near them. Empty: the pattern runs over the whole text.
    keys: frozenset[str] = frozenset()
    #: Narrows the match to the expression's TimeML extent ("a two-year" → "two-year").
    extent: Extent | None = None
    #: How many characters before and after a key word a match may reach.
    reach: tuple[int, int] = (120, 120)


def rule(name: str, kind: str, template: str, normalize: Normalizer, *, priority: int = 0,
         guard: Guard | None = None, keys: Iterable[str] = (),
         extent: Extent | None = None, reach: tuple[int, int] = (120, 120)) -> Rule:
    """A rule from a pattern template (see `lexicon.expand` for the `<NAME>` placeholders)."""
    return Rule(name, kind, compile_pattern(template), normalize, priority, guard,
                frozenset(k.lower() for k in keys), extent, reach)


#: The rest of a sentence: no full stop or semicolon, though decimal points ("$9.7") may occur.
SENTENCE_REST = r"(?:[^.;]|\.(?=\d))*$"
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])|\n")


#: What follows a clock time that labels a line: a dash, a colon or a bar, or the line's
#: first capitalised word ("06:10 - Stations are shut", "18:45 Talks resume").
_LABELS_LINE = re.compile(r"[ \t]*[-–—:|][ \t]+\S|[ \t]+[A-Z“\"]")


def labels_line(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] opens its line as a label ("14:19 — …",
    "Updated 09:40 GMT - …" in a live report)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return (not before.strip() or _LABEL_WORDS.fullmatch(before) is not None) \
        and _LABELS_LINE.match(text, end) is not None


#: Words a live report puts before the time of an entry.
_LABEL_WORDS = re.compile(r"\s*(?:(?:last\s+)?updated?|posted|edited)(?:\s+at)?:?\s+",
                          re.IGNORECASE)


def sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence holding text[at] starts, looking back at most `reach` characters."""
    start = max(0, at - reach)
    for end in _SENTENCE_END.finditer(text, start, at):
        start = end.end()
    return start
#: (Not "the three months to June 30": those months are the quarter.)
_COUNTED_MONTHS = re.compile(r"(?<!three )(?<!six )(?<!3 )(?<!6 )\bmonths\b" + SENTENCE_REST,
                             re.IGNORECASE)


#: "the first time in years", "the biggest protest in decades", "will hit their highest
#: level in two years": how long it has been, a duration, not a time ahead or behind. The
#: words between are the noun the superlative qualifies: in "the biggest plant will open in
#: two years" the time is the opening's. ("Its first passengers in five years" may be either.)
SINCE_IN = re.compile(
    r"\b(?:time|[a-z]{2,}est|best|worst|most|least)"
    r"(?:\s+(?!(?:will|would|shall|be|is|are|was|were|has|have|had|can|could|may|might|"
    r"should|must|to)\b)[a-z-]+){0,3}?\s+in\s+$", re.IGNORECASE)


#: Half a year and a year, in days: how far a story may move on from a day and still be in
#: its time (`Context.still_at`), and how far before the paper (or the story's day) a day
#: lies to be of a time gone, whose year the story's year-less names may take.
HALF_YEAR_DAYS = 183
LONG_AGO_DAYS = 366


class Context:
    """What a normalizer may look at besides its match."""

    __slots__ = ("text", "start", "end", "anchor", "last_day", "last_date", "_tense",
                 "_resolve_inner", "_offset", "last_period", "year_frame", "label_day",
                 "apposed", "told_days", "listed_day", "past_day")

    def __init__(self, text: str, start: int, end: int, anchor: date | None,
                 last_day: TimeValue | None, last_date: TimeValue | None,
                 resolve_inner: InnerResolver, *, offset: int = 0,
                 last_period: TimeValue | None = None,
                 year_frame: TimeValue | None = None,
                 label_day: TimeValue | None = None, apposed: bool = False,
                 told_days: Mapping[tuple[int, int], int] | None = None,
                 listed_day: TimeValue | None = None,
                 past_day: TimeValue | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.anchor = anchor
        #: The narrative's most recent day-or-finer date before this expression.
        self.last_day = last_day
        #: The narrative's most recent calendar date of any granularity before it.
        self.last_date = last_date
        self._tense: Tense | None = None
        self._resolve_inner = resolve_inner
        #: Where the string the normalizer's match was made on starts in `text`.
        self._offset = offset
        #: A month, quarter or half the text named just before ("third-quarter profit …"):
        #: "a year ago" next to it means that period a year back.
        self.last_period = last_period
        #: A past date written with its year earlier in the same sentence ("In the spring of
        #: 2020, few expected it to last beyond Christmas"): see `framed_year`.
        self.year_frame = year_frame
        #: Whether this expression is set off by a comma right after `year_frame`, restating
        #: it ("on 23 December 1999, two days before Christmas"): its year, whatever the tense.
        self.apposed = apposed
        #: The year of each (month, day) the text wrote earlier with its year ("on the night
        #: of 14 November 2019" … "the evening of 14 November"): the same day again.
        self.told_days = told_days or {}
        #: A day with its year told earlier in the same sentence ("opens on Thursday 14 May
        #: and plays Dublin on 26 May"): a year-less date next to it is of the same stretch.
        self.listed_day = listed_day
        #: The narrative's most recent day-or-finer date up to the anchor: where a past time
        #: of day goes when the story has just looked ahead ("won on Sunday. … will be sworn
        #: in on Dec. 10. … conceded shortly after polls closed at 6 p.m.").
        self.past_day = past_day
        #: The day of the last time that labelled a line (a timeline's or a live report's
        #: entry), for the next entry's time.
        self.label_day = label_day

    def reporting_period(self) -> TimeValue | None:
        """The period named before that "a year ago" is compared with, unless the sentence
        itself counts months first ("In the first nine months, net fell from a year
        earlier"): then the comparison is with those months, which no quarter names."""
        if self.last_period is None or _COUNTED_MONTHS.search(
                self.text, max(0, self.start - 160), self.start):
            return None
        return self.last_period

    def need_anchor(self) -> date:
        """The publication date, or NoAnchor for an undated article."""
        if self.anchor is None:
            raise NoAnchor
        return self.anchor

    def narrative_day(self) -> tuple[date, str]:
        """The day "two days later" counts from: the last day the text set, else the anchor."""
        if self.last_day is not None and self.last_day.start is not None:
            return self.last_day.start, self.last_day.value
        anchor = self.need_anchor()
        return anchor, anchor.isoformat()

    @property
    def tense(self) -> Tense:
        if self._tense is None:
            self._tense = tense_with_cue(self.text, self.start, self.end)
        return self._tense

    def strict_past(self) -> bool:
        """Whether the time can only lie behind: a "since" ("since December"), or a past
        verb governing the expression right before it ("rose sharply in March", "came in late
        June"), which no year-less name can put ahead of the story, however far back it
        reaches. A past verb further off may be another clause's ("declared a dividend
        payable Dec. 15")."""
        tense = self.tense
        if tense.since:
            return True
        if tense.tense != PAST or not tense.cue or " " in tense.cue \
                or tense.cue.lower() in PAST_AS_PLAIN:
            return False
        if tense.cue.lower() not in _AUXILIARIES and re.match(
                rf"\s+(?:[a-z]+ly\s+)?{re.escape(tense.cue)}\b",
                self.text[self.end:self.end + 40]):
            # "Trump's call with Putin on 12 February broke three years of isolation": the
            # past verb right after the time is its clause's, the time in its subject.
            return True
        found = re.search(rf"(?:\b(?P<before>[a-z]+)\s+)?\b{re.escape(tense.cue)}\s+"
                          r"(?:[a-z]+ly\s+)?(?:(?:in|on|during|until|from)\s+)?$",
                          self.text[max(0, self.start - 60):self.start])
        # "would be shipped … and retested in early March": a form after "and" may be a
        # participle of what came before; only a verb standing alone is sure.
        if found is not None:
            return found.group("before") not in ("and", "or", "be", "been")
        # "A jury sided with Epic Games over its app store in December": a past verb whose
        # object runs up to "in" and the time, with nothing between that could give the
        # time a reference of its own (an infinitive, a clause, "payable", "due").
        return _past_verb_over_object(self.text, self.start)

    def still_at(self, day: date) -> bool:
        """Whether the story is still in the time of `day`: no date told since lies half a
        year or more after it ("announced on Jan. 18, 2022. The watchdog blocked it in
        April": the story has moved on; "on 26 April 1986 … Three days later": it has not)."""
        last = self.last_date
        return last is None or last.start is None or (last.start - day).days < HALF_YEAR_DAYS

    def framed_year(self, first_day: Callable[[int], date | None]) -> int | None:
        """The year of a year-less name (a month, a holiday, a season; `first_day(year)` is
        where it starts that year) in a past clause whose sentence first names a past date
        with its year: that year ("In March 2020, … in June" is June 2020), or the next one
        when the name follows "by", "until", "beyond" and the like and would fall before
        the date ("In March 2020, few expected it to last beyond February"). None when the
        sentence names no such date, the clause is not past, or the result would lie after
        the anchor."""
        frame = self.year_frame
        if frame is None or frame.start is None or not self.apposed and self.tense.tense != PAST:
            return None
        year = frame.start.year
        first = first_day(year)
        if first is not None and first < frame.start and _ONWARD_BEFORE.search(
                self.text, max(0, self.start - 24), self.start):
            year += 1
            first = first_day(year)
        if first is None or self.anchor is not None and first > self.anchor:
            return None
        return year

    def inner(self, start: int, end: int) -> TimeValue | None:
        """The value of the sub-expression text[start:end] ("August" in "early August"),
        read by the same rules, with this expression's clause for tense."""
        return self._resolve_inner(start + self._offset, end + self._offset, self)


#: Auxiliaries after a time tell no lexical past of its own ("the meeting on Dec. 11 was a
#: live option", reported; "festivals planned for mid-July have pulled out").
_AUXILIARIES = frozenset("was were had has have is are be been did".split())
#: Words between a past verb and "in <time>" that may give the time a reference of its own:
#: "agreed to hold talks in December", "declared a dividend payable in December", "said
#: that …", "a plant that opens in March".
_OWN_TIME_WORDS = frozenset("""to that which who whom whose where when will would could
should may might can shall must is are be been being payable due scheduled expected planned
slated set effective and or but as after before until since next this""".split())
#: Words before a time that look forward from the story's date: "lasted beyond Christmas".
_ONWARD_BEFORE = re.compile(r"\b(?:by|until|till|beyond|through|into|later\s+in)\s+"
                            r"(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)


#: "this year", "last year", "that year", "the following year" after a month or a day.
YEAR_REL = (r"(?P<yrel>(?:this|last|next|that)\s+year"
            r"|the\s+(?:current|previous|coming|same|following)\s+year)")


def related_year(year_rel: str, ctx: Context) -> tuple[int, str]:
    """The year of a month or a day named with `YEAR_REL`, and how it was found: "this/last/
    next year", "the current year" count from the anchor; "that year", "the same year", "the
    following/previous year" from the story's last date (from the anchor if it has none)."""
    word = year_rel.split()[-2]
    told = ctx.last_date.start if ctx.last_date is not None else None
    if word in ("that", "same", "following", "previous") and told is not None:
        year = told.year + {"following": 1, "previous": -1}.get(word, 0)
        return year, f"month of {year_rel}, from the story's {told.year}"
    anchor = ctx.need_anchor()
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(word, 0)
    return anchor.year + step, f"month of {year_rel}"


def rules_of(*modules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(r for rules in modules for r in rules)


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[\s,]*$")
_WORD_AFTER = re.compile(r"[\s,]*([A-Za-z0-9][\w'’-]*)")


def word_before(text: str, start: int) -> str:
    """The word just before `start` (lower case, "" if none)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def word_after(text: str, end: int) -> str:
    """The word just after `end`, as written ("" if none)."""
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m else ""


#: Verbs whose object is a plan: "proposed a virtual session in late November", "announced
#: a visit in May"; the time of the plan may lie ahead of the proposing.
_PLANNING = re.compile(r"(?:propos|plann|schedul|announc|promis|pledg|offer|suggest|urg|invit|"
                       r"agre|book|expect|predict|call|request|demand|vow|unveil|arrang|"
                       r"target|aim|intend|hop|want)(?:ed|e|es|s)?|forecast|sought|seek")
#: Words after which "to" is a preposition: "handed it to the police", "sold to a rival".
_DETERMINERS_AFTER_TO = frozenset("the a an his her their its our this that these those".split())
_IN_BEFORE = re.compile(r"\b(in|during|on)\s+(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)
_WORDS = re.compile(r"[\w'’-]+")


def _past_verb_over_object(text: str, start: int) -> bool:
    """Whether "in <time>" (or "on <day>") at `start` closes a run of at most nine words (no
    punctuation) that opens with a past-tense verb: the verb's object and the time it
    happened."""
    found = _IN_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return False
    lo = max(0, found.start() - 90)
    stretch = text[lo:found.start()]
    cut = max(stretch.rfind(mark) for mark in ",;:.!?()\"“”")
    words = _WORDS.findall(stretch[cut + 1:])
    for k in range(len(words) - 1, max(-1, len(words) - 11), -1):
        word = words[k]
        low = word.lower()
        if low == "to" and k + 1 < len(words) and (
                words[k + 1][0].isupper() or words[k + 1].lower() in _DETERMINERS_AFTER_TO):
            # "surrendered to British forces on 29 April": a preposition, no infinitive.
            continue
        if low in _OWN_TIME_WORDS:
            return False
        before = words[k - 1] if k > 0 else ""
        found_tense = word_tense(word, before.lower(), before)
        if found_tense is not None:
            # After "on" only a past form the lexicon knows is sure: in "will redeem its
            # preferred shares on Oct. 31" the form in -ed describes a noun.
            return found_tense == PAST and k < len(words) - 1 \
                and _PLANNING.fullmatch(low) is None \
                and (found.group(1).lower() != "on" or low in PAST_VERBS)
    return False
