"""The tagging engine: run the grammar over a text, choose among readings, resolve in text order.

1. Recognition: every rule's pattern is run over the stretches of text around its key words
   (one pass over the words finds them); a match the rule's guard vetoes is dropped. Each
   surviving match, narrowed to the rule's extent, is a candidate reading.
2. Choice, in one place: candidates supplied by other recognisers (`extra`) come first; then
   the longest candidate wins, then the one of higher rule priority, then the earlier one, then
   the earlier rule. A candidate overlapping one already chosen is dropped.
3. Resolution in text order, so that narrative expressions ("two days later") see the dates the
   text set before them. A rule that needs a reference date in an undated article yields the
   expression with no value rather than a guess.
The engine knows nothing about any kind of expression: rules live in `timeline.temporal.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from timeline.memo import last_by_identity
from timeline.model import TimeValue, Timex
from timeline.temporal.calendar import day_value
from timeline.temporal.grammar import (
    LONG_AGO_DAYS,
    Context,
    InnerResolver,
    NoAnchor,
    Rule,
    labels_line,
    sentence_start,
)
from timeline.temporal.lexicon import expand
from timeline.temporal.rules import RULES
from timeline.temporal.tense import (
    SINCE_BEFORE,
    in_past_perfect,
    in_side_flashback,
    in_side_relative,
    plan_told_in_past,
)

_ORDER = {r.name: i for i, r in enumerate(RULES)}
_NARRATIVE_GRAINS = ("time", "day")
#: A step back from the story's day: "two days earlier", "a week before", "the previous day".
_STEP_BACK = re.compile(r"\b(?:earlier|before|prior)\s*$|^the\s+(?:previous|preceding|prior)\b",
                        re.IGNORECASE)
#: What ends a reporting period: "the three months to June 30", "the quarter ended Sept. 30",
#: "the year ending Dec. 31", "as of June 30".
_PERIOD_END = re.compile(
    r"\b(?:(?:months|weeks|quarter|half|year|period)\s+(?:that\s+)?(?:to|ended|ending|"
    r"through)|as\s+of)\s+$", re.IGNORECASE)
_PERIOD_GRAINS = ("month", "quarter", "half")
#: Grains of a look ahead from a past story that leaves the story where it was.
_LOOK_AHEAD_GRAINS = ("month", "quarter", "half", "season", "year", "decade", "century")
#: How far back (in characters) a named period still frames "a year ago": a reporting quarter
#: or half frames the few paragraphs of results that follow it, a month only its own sentence
#: or so.
_PERIOD_REACH = {"quarter": 1500, "half": 1500, "month": 200}


class _Candidate:
    __slots__ = ("start", "end", "rule", "match")

    def __init__(self, rule: Rule, match: re.Match[str]) -> None:
        self.start, self.end = rule.extent(match) if rule.extent else match.span()
        self.rule = rule
        self.match = match


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
#: Letters that an ASCII letter matches when case is ignored, and that letter.
_ASCII_TWINS = str.maketrans({"ſ": "s", "ı": "i", "İ": "I", "\u212a": "K"})
_TWINS = re.compile("[ſıİ\u212a]")
_KEYED: dict[str, list[int]] = {}
for _index, _rule in enumerate(RULES):
    for _key in _rule.keys:
        _KEYED.setdefault(_key, []).append(_index)
_UNKEYED = [i for i, r in enumerate(RULES) if not r.keys]
#: Per key word, the rules it opens windows for and how far each reaches before and after.
_KEY_REACH: dict[str, tuple[tuple[int, int, int], ...]] = {
    key: tuple((i, *RULES[i].reach) for i in indices) for key, indices in _KEYED.items()}


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the stretches of text where its key words occur (merged, in order).

    Scanning one short token stream and running each pattern only near its keys is what keeps
    the tagger fast: most rules' keys are rare words."""
    spans: list[list[tuple[int, int]]] = [[] for _ in RULES]
    keyed = _KEY_REACH
    for m in _TOKEN.finditer(text):
        word = m.group()
        hits = keyed.get("#" if word[0].isdigit() else word.lower())
        if hits is None:
            continue
        start, end = m.span()
        for i, before, after in hits:
            lo, hi = start - before, end + after
            rule_spans = spans[i]
            if rule_spans and rule_spans[-1][1] >= lo:
                rule_spans[-1] = (rule_spans[-1][0], hi)
            else:
                rule_spans.append((lo, hi))
    size = len(text)
    for i in _UNKEYED:
        spans[i] = [(0, size)]
    # Rules of the same key word and reach end their windows alike: each end is moved once.
    ends: dict[int, int] = {}
    out = []
    for rule_spans in spans:
        windows = []
        for lo, hi in rule_spans:
            end = ends.get(hi)
            if end is None:
                end = ends[hi] = _word_end(text, hi)
            windows.append((max(0, lo), end))
        out.append(windows)
    return out


#: The rest of the word a window ends in, and the next word, for lookaheads.
_TAIL = re.compile(r"\w*\W{0,3}\w*")


def _word_end(text: str, hi: int) -> int:
    """Move a window's end past the word it cuts and the word after it, so that no pattern
    sees a truncated word ("Fri" of "Friedrich") at the window's edge."""
    m = _TAIL.match(text, hi)
    return m.end() if m else len(text)


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for r, windows in zip(RULES, _windows(text), strict=True):
        guard = r.guard
        finditer = r.pattern.finditer
        for lo, hi in windows:
            for m in finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                if guard is not None and not guard(m, text):
                    continue
                found.append(_Candidate(r, m))
    return found


_candidates_kept = last_by_identity(_candidates)


def _candidates_of(text: str) -> list[_Candidate]:
    """`_candidates(text)`, as a list of the caller's own. The pipeline tags an article a
    second time when event-relative phrases join in (`extra`); the candidates depend on the
    text alone, so that second time finds them kept (`last_by_identity`)."""
    return list(_candidates_kept(text))


def _choose(candidates: list[_Candidate], extra: Sequence[Timex],
            length: int) -> list[_Candidate]:
    taken = bytearray(length + 1)
    for t in extra:
        taken[t.start:t.end] = b"\x01" * (t.end - t.start)
    candidates.sort(key=lambda c: (c.start - c.end, -c.rule.priority, c.start,
                                   _ORDER[c.rule.name]))
    chosen = []
    for c in candidates:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return chosen


def _inner_resolver(text: str) -> InnerResolver:
    def resolve_inner(start: int, end: int, outer: Context) -> TimeValue | None:
        piece = text[start:end]
        best: tuple[int, int, Rule, re.Match[str]] | None = None
        for r in RULES:
            m = r.pattern.fullmatch(piece)
            if m is None:
                continue
            key = (-r.priority, _ORDER[r.name])
            if best is None or key < best[:2]:
                best = (key[0], key[1], r, m)
        if best is None:
            return None
        ctx = Context(text, outer.start, outer.end, outer.anchor, outer.last_day,
                      outer.last_date, resolve_inner, offset=start, label_day=outer.label_day,
                      year_frame=outer.year_frame, apposed=outer.apposed,
                      told_days=outer.told_days, listed_day=outer.listed_day,
                      past_day=outer.past_day)
        resolved = best[2].normalize(best[3], ctx)
        return resolved.value if resolved is not None else None
    return resolve_inner


def tag(text: str, anchor: date | None, *, extra: Sequence[Timex] = ()) -> list[Timex]:
    """All temporal expressions of `text`, resolved against `anchor`, sorted, non-overlapping.

    `extra` are expressions found by other recognisers (event-relative phrases); they win over
    any overlapping reading of the grammar and are returned as given.
    """
    original = text
    if _TWINS.search(text):
        # The patterns ignore case, so "monthſ" matches "months" and "İ" an "i"; the rules
        # then look the words up in tables of ASCII spellings. They read a copy with each such
        # letter made its ASCII twin (same length, same offsets); phrases keep the original.
        text = text.translate(_ASCII_TWINS)
    chosen = _choose(_candidates_of(text), extra, len(text))
    items: list[tuple[int, Timex | _Candidate]] = [(c.start, c) for c in chosen]
    items.extend((t.start, t) for t in extra)
    items.sort(key=lambda item: item[0])
    resolve_inner = _inner_resolver(text)
    last_day: TimeValue | None = None
    past_day: TimeValue | None = None
    last_date: TimeValue | None = None
    last_end = 0
    period: tuple[TimeValue, int] | None = None
    # The last past date written with its year, and where it ends (`Context.framed_year`).
    year_frame: tuple[TimeValue, int] | None = None
    # The last such date anywhere in a sentence: it frames what is apposed to it.
    written: tuple[TimeValue, int] | None = None
    # The days written with their year so far (`Context.told_days`).
    told_days: dict[tuple[int, int], int] = {}
    # The last day-level date and where it ends (`Context.listed_day`).
    listed: tuple[TimeValue, int] | None = None
    # Quotations in the text, and the clock inside the last quotation a date was told in.
    quoted = [m.span() for m in _QUOTE.finditer(text)] if _QUOTE_MARK.search(text) else []
    quote_clock: tuple[tuple[int, int], TimeValue | None, TimeValue | None] | None = None
    # The day of the last time that labelled a line (`Context.label_day`).
    label_day: TimeValue | None = None
    # The story's clock before a "since" date moved it, restored after that sentence.
    before_since: tuple[TimeValue | None, TimeValue | None, int, int] | None = None
    # The last day told on the side (a flashback the story's clock did not follow), and
    # where it ends: the rest of its sentence counts from it.
    side: tuple[TimeValue, int] | None = None
    out: list[Timex] = []
    for at, item in items:
        if before_since is not None and not _same_sentence(text, before_since[3], at):
            last_date, last_day, last_end, _ = before_since
            before_since = None
        frames = True
        if isinstance(item, Timex):
            timex = item
        else:
            near = None
            if period and item.start - period[1] <= _PERIOD_REACH[period[0].granularity] and (
                    period[0].granularity != "month"
                    or _same_sentence(text, period[1], item.start + 1)):
                # A month frames only its own sentence: "lost only once after mid-August. A
                # year ago Rovers finished seventh" is no comparison with last August.
                near = period[0]
            frame = year_frame[0] if year_frame is not None and _same_sentence(
                text, year_frame[1], item.start) else None
            apposed = False
            if written is not None and _APPOSED.fullmatch(text, written[1], item.start):
                frame, apposed = written[0], True
            day, told = last_day, last_date
            if side is not None and _same_sentence(text, side[1], item.start + 1) \
                    and "," not in text[side[1]:item.start]:
                # "confessed to robberies since August, including one on 2nd November and
                # another three days later": what goes on from the flashback counts from it
                # ("The Italian, who had topped practice on Friday, crossed the line … at the
                # 3pm start" is back in the story).
                day, told = side[0], side[0]
            if quote_clock is not None and quote_clock[0][0] < item.start and (
                    item.start < quote_clock[0][1] or "\n" not in text[quote_clock[0][1]:item.start]
                    and any(a < item.start < b for a, b in quoted)):
                # "“We were told on Saturday morning …,” she said. “Three days later we've
                # got him back”": inside the quotations of a paragraph their own dates set
                # the clock.
                day, told = quote_clock[1] or day, quote_clock[2] or told
            listed_day = listed[0] if listed is not None and _same_sentence(
                text, listed[1], item.start + 1) else None
            resolved = _resolve(text, anchor, item, day, told, resolve_inner, near, frame,
                                label_day, apposed, told_days, listed_day, past_day)
            if resolved is None:
                continue
            timex, frames = resolved
            if original is not text:
                timex = replace(timex, text=original[timex.start:timex.end])
        out.append(timex)
        value = timex.value
        if value is not None and value.type == "TIME" and value.start is not None \
                and labels_line(text, timex.start, timex.end):
            label_day = day_value(value.start)
        with_year = value is not None and value.start is not None \
            and _WRITTEN_YEAR.search(timex.text) is not None
        if with_year and value.granularity in ("day", "time"):
            told_days.setdefault((value.start.month, value.start.day), value.start.year)
        if value is not None and value.granularity == "day" and value.start is not None \
                and value.type == "DATE" and value.mod is None:
            listed = (value, timex.end)
        last_year = value is not None and value.start is not None \
            and _LAST_YEAR.fullmatch(timex.text) is not None
        if (with_year or last_year) and value.type == "DATE" \
                and value.granularity in _FRAME_GRAINS \
                and value.mod in (None, "START", "MID", "END", "APPROX") \
                and (anchor is None or value.start <= anchor):
            written = (value, timex.end)
            if _opens_sentence(text, timex):
                year_frame = written
        if value is not None and value.type in ("DATE", "TIME") and value.start is not None:
            inside = next((q for q in quoted if q[0] < timex.start < q[1]), None)
            if inside is not None:
                # "“Tonight we are cup winners,” she said" in Sunday's paper: a time in
                # somebody's words is the speaker's; the narration's clock stays, and the
                # quotation keeps its own.
                grain = value.granularity in _NARRATIVE_GRAINS
                same = quote_clock is not None and quote_clock[0] == inside
                quote_clock = (inside, value if grain else (quote_clock[1] if same else None),
                               value)
                continue
            if last_day is not None and isinstance(item, _Candidate) \
                    and _STEP_BACK.search(item.match.group(0)) \
                    and in_past_perfect(text, timex.start, timex.end):
                # "Vale was arrested on March 14. Prosecutors had obtained a warrant two days
                # earlier. The following day, …": a step back told in the past perfect is
                # background; the story stays on its day.
                continue
            if last_date is not None and last_date.end is not None \
                    and value.granularity in _LOOK_AHEAD_GRAINS and value.start > last_date.end \
                    and _WOULD_BEFORE.search(text, max(0, timex.start - 90), timex.start):
                # "In the spring of 1963 she took a bus to Boston. Women would not be allowed
                # in the race until 1972 … Two years later she did it again": a look ahead
                # from a past story, told with "would" and in months or years, leaves the
                # story where it was, as does one past the paper's date ("would face a 10%
                # rate until early July"); "the Kremlin said they would swap prisoners on
                # Wednesday" is the story's next day.
                continue
            if last_date is not None and in_side_flashback(text, timex.start, timex.end):
                # "aid it had frozen after the clash on Feb. 28": the story stays where it
                # was; "two days later" does not count from a flashback told on the side,
                # unless its own sentence goes on with it (`side`).
                if value.granularity in _NARRATIVE_GRAINS:
                    side = (value, timex.end)
                continue
            if last_day is not None and last_end <= timex.start \
                    and _ENDS_SENTENCE.match(text, timex.end) \
                    and _same_sentence(text, last_end, timex.start) and _ATTRIBUTION.search(
                        text, max(0, timex.start - 120), timex.start):
                # "knocked services offline on Tuesday, the company said in a post-mortem
                # published late on Thursday": the saying's day ends a sentence whose own
                # day the story goes on with ("shortly after 2pm" is Tuesday's).
                continue
            if last_day is not None and _REFERENCE_POINT.search(
                    text, max(0, timex.start - 40), timex.start):
                # "the index remains 10% below its record close of Feb. 19": a record a
                # comparison is measured against is no step of the story.
                continue
            if last_day is not None and value.granularity in _NARRATIVE_GRAINS \
                    and plan_told_in_past(text, timex.start):
                # "won on Sunday night. The ceremony was originally scheduled for Jan. 31 …
                # The telecast began at 5 p.m.": a day a plan had, which events overtook, is
                # no day the story was at.
                continue
            if anchor is not None and value.start > anchor and _SIDE_AHEAD.search(
                    text, max(0, timex.start - 90), timex.start):
                # "… ahead of Diwali, which falls on Sunday. … between 5 pm and 9 pm": a day
                # ahead told on the side of the story leaves the story's clock where it was.
                continue
            if _SPEAKER_BEFORE.search(text, max(0, timex.start - 110), timex.start) \
                    and _SPEAKER_AFTER.match(text, timex.end):
                # "The spokesman, who briefed journalists yesterday, said a gang stormed the
                # shop at about 9.40pm": the speaker's day is not the story's.
                continue
            if last_date is not None and before_since is None and (
                    text.startswith(("since ", "Since "), timex.start)
                    or SINCE_BEFORE.search(text, max(0, timex.start - 24), timex.start)):
                # "the first such measures since Trump took office in January": the start of
                # a state of affairs. Its sentence may count from it ("Since the summit on
                # Aug. 15, … three days later"); the next sentence goes on from the story's
                # day before it ("On the same day, …").
                before_since = (last_date, last_day, last_end, timex.end)
            if last_date is not None and last_date.start is not None \
                    and value.start < last_date.start and _same_sentence(text, last_end,
                                                                         timex.start) \
                    and in_side_relative(text, timex.start, timex.end):
                # "freed on Monday under a truce that took effect on Friday. The same day, …":
                # an earlier date told in a relative clause of the same sentence is a
                # flashback on the side too.
                if value.granularity in _NARRATIVE_GRAINS:
                    side = (value, timex.end)
                continue
            if last_day is not None and last_day.start is not None and value.end is not None \
                    and value.granularity in _NARRATIVE_GRAINS \
                    and (last_day.start - value.end).days > LONG_AGO_DAYS \
                    and _same_sentence(text, last_end, timex.start):
                # "On Wednesday morning he spoke at the university to mark 25 years since the
                # agreement was signed on 10 April 1998. … that evening": a day years before
                # the one its sentence is about is history told on the side, not the story's
                # new day; it is still the last date told ("the bombing of Aug. 6, 1945,
                # which killed 140,000 by the end of that year").
                last_date, last_end = value, timex.end
                continue
            last_date, last_end = value, timex.end
            if value.granularity in _NARRATIVE_GRAINS and not _PERIOD_END.search(
                    text, max(0, timex.start - 40), timex.start):
                # "Revenue for the three months to June 30 … On a call that evening": the end
                # of a reporting period is no day of the story.
                last_day = value
                if anchor is None or value.start <= anchor:
                    past_day = value
            elif value.granularity == "range":
                # "since the summit on Aug. 15": the story's clock is at the range's edge.
                edge = value.end if value.mod in ("BEFORE", "ON_OR_BEFORE") else value.start
                if edge is not None:
                    last_day = day_value(edge)
            elif value.granularity in _PERIOD_GRAINS and frames and (
                    anchor is None or value.start <= anchor):
                # A period still to come ("the third quarter of next year" in an outlook)
                # has no results yet to compare with "a year ago".
                period = (value, timex.end)
    return out


#: The end of a sentence: a stop and a capital (abbreviations before a capital end nothing
#: here only at the cost of a missed side flashback).
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]|\n")


def _same_sentence(text: str, before: int, after: int) -> bool:
    return _SENTENCE_BREAK.search(text, before, after) is None


#: A trailing attribution before a date: ", the company said in a statement late on",
#: ", according to a timeline investigators laid out".
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:(?!(?:after|before|when|as|while|since|because|if|although|though|which|who|"
    r"that|and|but)\b)[\w’'-]+\s+){1,6}(?:said|says|told\s+\w+|reported|announced|wrote|added)"
    r"|according\s+to)"
    r"(?:\s+(?!(?:that|it|he|she|they|we|had|has|have|was|were|would|will)\b)[\w’'-]+){0,8}\s+$",
    re.IGNORECASE)
#: What may follow a date that ends its sentence.
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?]|$)")
#: A quotation within a paragraph, and a quick test that the text may hold one.
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_QUOTE_MARK = re.compile(r"[“\"]")
#: What a date with a written year may be to frame its sentence's year-less names: no
#: decade ("the 1990s"), no range ("since 2020").
_FRAME_GRAINS = ("day", "week", "month", "quarter", "half", "season", "year")
#: A year written out in an expression ("2020", "March 2020"): such a date frames the
#: year-less names of its sentence (`Context.framed_year`).
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
#: A "would" earlier in the clause of a time: a look ahead from a past story.
_WOULD_BEFORE = re.compile(r"\bwould(?:n['’]t)?\b[^.;:!?\n]*$", re.IGNORECASE)
#: What stands between a date and an expression apposed to it: "on 23 December 1999, two
#: days before Christmas".
_APPOSED = re.compile(expand(
    # … and a list after it: "raised the rate four times in 2022, in May, July and November".
    r",[ \t]*(?:(?:in|during)[ \t]+(?:<MONTH>(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+))*)?"))
#: "Last year, …", "Last year's ceremony, held in March": a year named by its distance from
#: the paper's frames its sentence as a written one does.
_LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)
#: A record or extreme a comparison is measured against, before its date: "below its record
#: close of", "its all-time high on", "the peak reached on".
_REFERENCE_POINT = re.compile(
    r"\b(?:record|all-time|peak|highs?|lows?)\b(?:\s+[\w-]+){0,2}?\s+(?:of|on|set\s+on|"
    r"reached\s+on|hit\s+on)\s+$", re.IGNORECASE)
#: A day ahead told on the side: "shoppers thronged markets ahead of Diwali, which falls on
#: Sunday" (the look-ahead of a relative clause set off by a comma).
_SIDE_AHEAD = re.compile(
    r",\s+(?:which|who)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|falls|will|begins|starts|opens|"
    r"closes|ends|runs|takes|comes)\b[^.;,\n]{0,40}$", re.IGNORECASE)
#: The speaker's own time, told in a relative clause of the subject: "The spokesman, who
#: briefed journalists yesterday, said the gang struck at about 9.40pm".
_SPEAKER_BEFORE = re.compile(r",\s+who\s+[^,;.\n]{0,100}$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"[^,;.\n]{0,30},\s+(?:said|says|told|added|announced|confirmed|"
                            r"warned|explained|insisted)\b", re.IGNORECASE)


#: How a sentence opens when its first phrase sets the time of all of it: "In the spring of
#: 2020, …", "By June 2020, …", "When vaccines arrived in early 2021, …".
_FRAME_OPENERS = frozenset("in by during when after before until throughout on at as from "
                           "between over early late later".split())
_FIRST_WORD = re.compile(r"[\s\"“‘(]*([A-Za-z]+)")


def _opens_sentence(text: str, timex: Timex) -> bool:
    """Whether `timex` is in the opening phrase of its sentence, one set off by a comma that
    starts with a preposition or a word like "when": a time the whole sentence is told in.
    A year inside a sentence ("The company, founded in 2010, reported …", "fell in 2025,
    and rose in January") frames nothing."""
    start = sentence_start(text, timex.start, 200)
    first = _FIRST_WORD.match(text, start, timex.start + 1)
    if first is None or first.group(1).lower() not in _FRAME_OPENERS \
            and first.start(1) != timex.start:
        return False
    if len(text[start:timex.start].split()) > 12:
        return False
    comma = text.find(",", timex.end, timex.end + 40)
    return comma >= 0 and _same_sentence(text, timex.end, comma)


def _resolve(text: str, anchor: date | None, c: _Candidate, last_day: TimeValue | None,
             last_date: TimeValue | None, resolve_inner: InnerResolver,
             last_period: TimeValue | None, year_frame: TimeValue | None = None,
             label_day: TimeValue | None = None, apposed: bool = False,
             told_days: Mapping[tuple[int, int], int] | None = None,
             listed_day: TimeValue | None = None,
             past_day: TimeValue | None = None) -> tuple[Timex, bool] | None:
    ctx = Context(text, c.start, c.end, anchor, last_day, last_date, resolve_inner,
                  last_period=last_period, year_frame=year_frame, label_day=label_day,
                  apposed=apposed, told_days=told_days, listed_day=listed_day,
                  past_day=past_day)
    phrase = text[c.start:c.end]
    try:
        resolved = c.rule.normalize(c.match, ctx)
    except NoAnchor:
        return Timex(c.start, c.end, phrase, c.rule.kind, None, anchor,
                     "relative expression and no reference date", c.rule.name), True
    if resolved is None:
        return None
    return Timex(c.start, c.end, phrase, c.rule.kind, resolved.value, anchor, resolved.how,
                 c.rule.name), resolved.frames
