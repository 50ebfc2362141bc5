"""Rules for times of day: clock times, noon and midnight, and parts of the day.

"3 p.m.", "10:30 a.m. EST", "10 p.m. Wednesday", "noon Thursday", "Thursday night",
"yesterday morning", "this morning", "tonight", "last night". The day comes from the words
next to the time (read by the other rules, so "Thursday" follows the weekday rule and the
clause's tense) or, when none is given, is the publication date. Values are TIMEX3 TIME
strings: `2025-10-25T15:00`, `2025-10-23TNI`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.model import TimeValue
from timeline.temporal import calendar as cal
from timeline.temporal import direction
from timeline.temporal.grammar import (
    Context,
    Resolved,
    labels_line,
    rule,
    sentence_start,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import (
    CLOCK_WORDS,
    PARTS_OF_DAY,
    WEEKDAYS,
    expand,
    keys,
    weekday_number,
)
from timeline.temporal.tense import FUTURE, PAST

#: A day named right before a time of day: "Friday at 5 p.m.", "on Nov. 4, at noon".
_DAY_JUST_BEFORE = re.compile(
    r"\b(?:" + expand("<WEEKDAY>") + r"|today|tomorrow|yesterday|" + expand("<MONTH>")
    + r"\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s+(?:at\s+)?$",
    re.IGNORECASE)


#: A day named anywhere: a weekday, a date, a holiday.
_DAY_IN_SENTENCE = re.compile(
    r"\b(?:" + expand("<WEEKDAY>") + r"|today|tomorrow|yesterday|" + expand("<MONTH>")
    + r"\.?\s*(?:[12]\d|3[01]|0?[1-9])\b|(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    + r"|(?:[12]\d|3[01]|0?[1-9])\s+" + expand("<MONTH>") + r"\b"
    + r"|(?-i:(?=[A-Z]))" + expand("<HOLIDAY>") + r")",
    re.IGNORECASE)


#: Words before a day that make it a limit, not the day things happen on.
_LIMIT_BEFORE = re.compile(r"\b(?:until|till|through|by|before|after|since|from)\s+$",
                           re.IGNORECASE)


def _names_its_day(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a day that is not a limit ("until Saturday")."""
    return any(not _LIMIT_BEFORE.search(text, max(0, m.start() - 10), m.start())
               for m in _DAY_IN_SENTENCE.finditer(text, start, end))


def _day_just_told(text: str, at: int) -> bool:
    """Whether the sentence before the one holding text[at], in the same paragraph, names a
    day that is not a limit, and its own sentence names none before `at`."""
    own = sentence_start(text, at, 300)
    if _names_its_day(text, own, at):
        return False
    before = sentence_start(text, max(0, own - 2), 300)
    return before < own and "\n" not in text[before:own].strip() \
        and _names_its_day(text, before, own)


def _day_of(m: re.Match[str], ctx: Context) -> tuple[date, str]:
    if m.groupdict().get("day"):
        inner = ctx.inner(*m.span("day"))
        if inner is not None and inner.start is not None \
                and inner.granularity in ("day", "time"):
            return inner.start, f"on {inner.value}"
    if ctx.last_day is not None and ctx.last_day.start is not None \
            and _DAY_JUST_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        # "The deadline is Friday at 5 p.m.": the day was named right before the time.
        return ctx.last_day.start, f"on {ctx.last_day.value}, named before it"
    if labels_line(ctx.text, ctx.start, ctx.end):
        # An entry of a timeline or a live report ("14:19 — The incident is escalated"): on
        # the day of the entry before it, the first on the day the story is at before the
        # list (not a day an entry names in passing).
        if ctx.label_day is not None and ctx.label_day.start is not None:
            return ctx.label_day.start, f"on the day of the entry before, {ctx.label_day.value}"
        if ctx.last_day is not None and ctx.last_day.start is not None \
                and (ctx.anchor is None or ctx.last_day.start <= ctx.anchor):
            return ctx.last_day.start, f"on the story's day {ctx.last_day.value}"
    if ctx.last_day is not None and ctx.last_day.start is not None \
            and ctx.tense.tense == PAST \
            and (ctx.anchor is None or ctx.last_day.start <= ctx.anchor):
        # "The storm hit on Tuesday. It came ashore at about 1 p.m.": a past time of day
        # with no day of its own is on the day the story is at.
        return ctx.last_day.start, f"on the story's day {ctx.last_day.value}"
    if ctx.last_day is not None and ctx.tense.tense == PAST and ctx.past_day is not None \
            and ctx.past_day.start is not None and not _names_its_day(
                ctx.text, sentence_start(ctx.text, ctx.start, 300), ctx.start):
        # "won on Sunday. … will be sworn in on Dec. 10. Massa conceded shortly after polls
        # closed at 6 p.m.": the story looked ahead; a past time of day is on its last day
        # up to the paper's date.
        return ctx.past_day.start, f"on the story's last past day {ctx.past_day.value}"
    if ctx.last_day is not None and ctx.last_day.start is not None \
            and ctx.tense.tense == FUTURE and ctx.anchor is not None \
            and ctx.last_day.start > ctx.anchor and _day_just_told(ctx.text, ctx.start):
        # "should reach the capital by late Thursday afternoon. Snow is expected to begin
        # around 5 p.m.": a time of day still to come, with no day of its own, is on the
        # day ahead the sentence before told of.
        return ctx.last_day.start, f"on the day ahead told just before, {ctx.last_day.value}"
    if ctx.last_day is not None and ctx.last_day.start is not None \
            and _names_its_day(ctx.text, sentence_start(ctx.text, ctx.start, 300), ctx.start):
        # "The New Year's Eve fireworks will begin at 11:45 p.m.": a time of day in a
        # sentence that names its day, whatever the tense.
        return ctx.last_day.start, f"on {ctx.last_day.value}, named in its sentence"
    anchor = ctx.need_anchor()
    return anchor, f"on the publication day {anchor}"


def _in_the_evening(value: TimeValue) -> bool:
    """Whether `value` is an evening or a clock time from 18:00 to 23:59."""
    hour = cal.clock_hour(value)
    return value.value.endswith("TEV") or hour is not None and 18 <= hour <= 23


def _clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    hour = int(m.group("h"))
    minute = int(m.group("min") or 0)
    if hour > 12 or hour == 0 or minute > 59:
        return None
    pm = m.group("ap").lower().startswith("p")
    if pm and hour != 12:
        hour += 12
    elif not pm and hour == 12:
        hour = 0
    day, how = _day_of(m, ctx)
    last = ctx.last_day
    if not pm and not m.groupdict().get("day") and last is not None \
            and last.start == day and last.value.endswith("TNI"):
        # "The fire jumped the highway overnight. A warning went out at 5.20am": a morning
        # hour after the story's night is on the day that night runs into.
        day += timedelta(days=1)
        how = f"on the morning after the story's night {last.value}"
    elif not pm and hour < cal.SMALL_HOURS_END and not m.groupdict().get("day") \
            and last is not None and last.start == day and _in_the_evening(last):
        # "declared martial law at 10:27 p.m. … voted to lift it at 1 a.m.": a small hour
        # after the story's evening is past midnight, on the next day.
        day += timedelta(days=1)
        how = f"in the small hours after the story's evening {last.value}"
    mod = "APPROX" if m.group("approx") else None
    return Resolved(cal.time_value(day, f"{hour:02d}:{minute:02d}", mod), f"clock time {how}")


#: The hours a bare "7" can be before a part of the day, and the hours to add for it:
#: "at 7 this morning" is 07:00, "by 9 tonight" 21:00, "at 12 this afternoon" noon.
_BARE_HOURS = {"morning": (range(1, 12), 0), "afternoon": (range(1, 7), 12),
               "evening": (range(5, 12), 12), "night": (range(6, 12), 12)}
#: Words before a bare hour that make it a time ("at 7 this morning", not "scored 7 this
#: afternoon").
_BARE_HOUR_BEFORE = frozenset("at by until till before after around about from since "
                              "past".split())


def _clock_part_guard(m: re.Match[str], text: str) -> bool:
    hours, _ = _BARE_HOURS[_bare_part(m)]
    return (m.group("approx") or word_before(text, m.start()) in _BARE_HOUR_BEFORE) and \
        (int(m.group("h")) in hours or int(m.group("h")) == 12 and _bare_part(m) == "afternoon")


def _bare_part(m: re.Match[str]) -> str:
    return (m.group("part") or "night").lower()


def _clock_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"at 7 this morning", "until 10 last night": a clock time without a.m. or p.m., which
    the part of the day gives."""
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    if hour != 12:
        hour += _BARE_HOURS[_bare_part(m)][1]
    day, how = _day_of(m, ctx)
    mod = "APPROX" if m.group("approx") else None
    return Resolved(cal.time_value(day, f"{hour:02d}:{minute:02d}", mod),
                    f"clock time, {_bare_part(m)} {how}")


def _clock24(m: re.Match[str], ctx: Context) -> Resolved | None:
    hour = int(m.group("h") or m.group("h2"))
    minute = int(m.group("min") or m.group("min2"))
    day, how = _day_of(m, ctx)
    mod = "APPROX" if m.group("approx") else None
    return Resolved(cal.time_value(day, f"{hour:02d}:{minute:02d}", mod),
                    f"24-hour clock time {how}")


#: Words before a bare "14:30" that make it a time of day rather than a score or a ratio.
_CLOCK24_BEFORE = frozenset("at from to until till by before after since around about between "
                            "approximately roughly shortly".split())


def _clock24_guard(m: re.Match[str], text: str) -> bool:
    if m.group("tz") or m.group("hrs"):
        return True
    # "closed at 7.15" is a price: with a dot, only a zone or "hours" makes it a time.
    if m.group("sep") != ":":
        return False
    if word_before(text, m.start()) in _CLOCK24_BEFORE:
        return True
    # A live report's entry opens with its time: "06:10 - Stations are shut".
    return m.group("day") is None and labels_line(text, m.start(), m.end())


def _clock_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    day, how = _day_of(m, ctx)
    clock = CLOCK_WORDS[m.group("word").lower()]
    if clock == "24:00" and ctx.tense.tense == PAST and day == ctx.anchor \
            and not m.group("day"):
        # "The strike began at midnight", told on the day: the midnight that opened it.
        return Resolved(cal.time_value(day, "00:00"), f"the midnight that began {day}")
    return Resolved(cal.time_value(day, clock), how)


def _day_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(m.group("part").lower().split())
    part = PARTS_OF_DAY[word]
    weekday = m.group("day")
    if word.endswith("s") and weekday[:1].isupper() and weekday.lower().rstrip(".") in WEEKDAYS:
        # "on Tuesday nights": every such night, a set.
        value = f"XXXX-WXX-{WEEKDAYS[weekday.lower().rstrip('.')]}T{part}"
        return Resolved(cal.set_value(value), f"{value}: every such part of day")
    day, how = _day_of(m, ctx)
    return Resolved(cal.time_value(day, part), f"part of day {how}")


#: What may follow "overnight" as an adverb, not as an adjective before its noun.
_ADVERB_END = re.compile(r"\s*(?:[.,;:!?)\n]|$|(?:and|but|to|before|after|as|while|so|then|in|"
                         r"at|on|with|for|until|when|from)\b)")
_INTO_DAY = re.compile(expand(r"\s+(?:into|to)\s+(<WEEKDAY>)(?![\w-])"))


def _deictic_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    word = " ".join(m.group(0).lower().split())
    if "tonight" in word:
        return Resolved(cal.time_value(anchor, "NI"), f"tonight, {anchor}")
    if "last night" in word:
        return Resolved(cal.time_value(anchor - timedelta(days=1), "NI"),
                        f"the night before {anchor}")
    # "late overnight", "earlier overnight": the edge word says nothing of which night.
    if word.endswith("overnight"):
        word = "overnight"
    into = _INTO_DAY.match(ctx.text, ctx.end) if word == "overnight" else None
    if into is not None:
        # "overnight into Tuesday": the night before that day.
        choice = ctx.tense.tense if ctx.tense.cue else "present"
        day = direction.weekday(anchor, weekday_number(into.group(1)), choice)
        return Resolved(cal.time_value(day - timedelta(days=1), "NI"),
                        f"the night before {into.group(1)} {day}")
    last = ctx.last_day
    if word == "overnight" and last is not None and last.start is not None \
            and last.value.endswith(("TEV", "TNI")):
        # "celebrating on Saturday evening, and the party continued overnight", "The storm
        # hit on Friday night. Crews worked overnight": the night the story's evening or
        # night runs into, not the one before it.
        return Resolved(cal.time_value(last.start, "NI"), f"the night after {last.value}")
    if word == "overnight" and ctx.tense.tense == FUTURE:
        if last is not None and last.start is not None and last.start > anchor \
                and _ADVERB_END.match(ctx.text, ctx.end):
            # "should reach the capital by late Thursday afternoon. … Temperatures are then
            # forecast to climb overnight": the night of the day ahead the story is at.
            return Resolved(cal.time_value(last.start, "NI"), f"the night of {last.value}")
        # "temperatures will fall overnight": the coming night.
        return Resolved(cal.time_value(anchor, "NI"), f"the coming night, {anchor}")
    if word == "overnight":
        # "after Wall Street fell overnight" in a report on Friday's trading: the night before
        # the day the story is about.
        day, source = ctx.narrative_day()
        paragraph = ctx.text.rfind("\n", 0, ctx.start) + 1
        if day > anchor or day < anchor and sentence_start(ctx.text, ctx.start + 1, 300) \
                == ctx.start and not _names_its_day(ctx.text, paragraph, ctx.start):
            # A past night is not before a day still to come ("would meet on Thursday"), and
            # a sentence opening with it after a day told in another paragraph is the
            # paper's news: "The fighting has not paused for the vote. Overnight, Russia
            # attacked …".
            day, source = anchor, anchor.isoformat()
        elif day < anchor and _ADVERB_END.match(ctx.text, ctx.end) and not _names_its_day(
                ctx.text, sentence_start(ctx.text, ctx.start, 300), ctx.start):
            # "The light came on during a flight on 24 May. Engineers replaced a sensor
            # overnight": told after a past day of the story, the night that followed it
            # ("depressed by overnight losses in New York" on a day of trading is the night
            # before it).
            return Resolved(cal.time_value(day, "NI"), f"the night after {source}")
        return Resolved(cal.time_value(day - timedelta(days=1), "NI"),
                        f"the night before {source}")
    part = PARTS_OF_DAY[m.group("part").lower()]
    return Resolved(cal.time_value(anchor, part), f"'this' part of day {anchor}")


def _story_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Traders sold heavily in the morning": that part of the day the story is about.
    Only in a past clause: "he runs in the morning" is a habit, "talks resume in the morning"
    the next one."""
    part = PARTS_OF_DAY[" ".join(m.group("part").lower().split())]
    opening = sentence_start(ctx.text, ctx.start, 300)
    if ctx.tense.tense == FUTURE and _UNTIL_BEFORE.search(
            ctx.text, max(0, ctx.start - 8), ctx.start) \
            and not _names_its_day(ctx.text, opening, ctx.start):
        # "expected to continue until late afternoon": a limit later on the day of the
        # story, the publication day, unless its sentence names another ("On Saturday 14
        # August 1976, with the thermometer reading 31C by mid-morning").
        anchor = ctx.need_anchor()
        return Resolved(cal.time_value(anchor, part), f"until that part of {anchor}")
    if ctx.tense.tense != PAST and ctx.last_day is not None and ctx.last_day.start is not None \
            and _names_its_day(ctx.text, opening, ctx.start):
        # "will hold talks on Wednesday morning before he meets the prime minister in the
        # afternoon": the part of the day its sentence names.
        return Resolved(cal.time_value(ctx.last_day.start, part),
                        f"part of {ctx.last_day.value}, named in its sentence")
    if ctx.tense.tense != PAST or not ctx.tense.cue:
        return None  # no past verb: a habit ("she swims in the morning") or the next one
    day, source = ctx.narrative_day()
    if ctx.anchor is not None and day > ctx.anchor:
        # A past part of a day is not on a story day still to come.
        day, source = ctx.anchor, ctx.anchor.isoformat()
    return Resolved(cal.time_value(day, part), f"part of the day of {source}")


#: Words that make "noon", "midnight" a time of the story: "at noon", "until midday".
_CLOCK_WORD_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|around|past|since)\s+$",
                                re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.IGNORECASE)
#: "in the morning", "by mid-afternoon": a preposition puts a bare part of the day in the story.
_PART_BEFORE = frozenset("in by during until till through throughout since before after".split())


#: "at dawn", "at dusk": a point of the day, where "at" does not make "at the morning".
_AT_POINT = frozenset("dawn daybreak dusk nightfall".split())


def _story_part_guard(m: re.Match[str], text: str) -> bool:
    start = m.start("the") if m.group("the") else m.start()
    nxt = text[m.end():m.end() + 3]
    before = word_before(text, start)
    if before == "at" and m.group("part").lower() in _AT_POINT:
        before = "in"
    after = word_after(text, m.end()).lower()
    if after in ("and", "or") and nxt.startswith(","):
        after = ""  # "during the evening, and the last came …": another clause
    return before in _PART_BEFORE and not nxt.startswith(("'", "’")) and \
        after not in ("of", "and", "or", "hours", "session", "sessions", "paper", "papers",
                      "news", "show")


_DAY = (r"(?P<day>(?:<WEEKDAY>,?\s+)?<MONTH>\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        r"(?:,?\s+<YEAR4>)?|(?:<WEEKDAY>,?\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+<MONTH>"
        r"(?:,?\s+<YEAR4>)?|(?:(?:this|next|last|coming)\s+)?<WEEKDAY>"
        # "07:00 this morning", "9 p.m. yesterday evening": the day of that part of a day.
        r"|(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tonight|last\s+night"
        r"|today|yesterday|tomorrow"
        r"|(?-i:(?=[A-Z]))<HOLIDAY>)")
_TZ = (r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|MSK|local\s+time"
       # Zones whose letters spell words ("west", "eat") only as capitals.
       r"|(?-i:EET|EEST|WET|WEST|IST|JST|KST|HKT|SGT|AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|SAST|"
       r"WAT|CAT|EAT|PKT|AKST|AKDT|HST)"
       r"|(?-i:[A-Z][a-z]+)\s+time)\b)?")

RULES = (
    rule("clock", "time",
         r"<B>(?P<approx>(?:about|around|approximately|roughly|shortly\s+(?:before|after))\s+)?"
         r"(?P<h>\d{1,2})(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)" + _TZ +
         r"(?:,?\s+(?:on\s+)?" + _DAY + r"(?![\w-]))?",
         _clock, priority=1,
         keys=keys("am pm m")),
    rule("clock-part", "time",
         r"<B>(?P<approx>(?:about|around|approximately|roughly|shortly\s+(?:before|after))\s+)?"
         r"(?P<h>\d{1,2})(?:[:.](?P<min>[0-5]\d))?\s+(?P<day>(?:this|yesterday|tomorrow)\s+"
         r"(?P<part>morning|afternoon|evening)|tonight|last\s+night)(?![\w-])",
         _clock_part, priority=1, guard=_clock_part_guard,
         keys=keys("morning afternoon evening tonight night"), reach=(32, 4)),
    rule("clock-24", "time",
         # "14:00 GMT", "at 09:30", "0600 GMT", "at 1400 hours".
         r"<B>(?P<approx>(?:about|around|approximately|roughly|shortly\s+(?:before|after))\s+)?"
         r"(?:(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<min>[0-5]\d)(?![:.,]?\d)"
         r"|(?P<compact>(?P<h2>[01]\d|2[0-3])(?P<min2>[0-5]\d))(?=\s+(?:GMT|UTC|hours|hrs)\b))"
         r"(?:\s+(?P<hrs>hours|hrs|h)\b|(?P<tz>" + _TZ + r"))?"
         r"(?:,?\s+(?:on\s+)?" + _DAY + r"(?![\w-]))?",
         _clock24, guard=_clock24_guard, keys=keys("NUMBER"), reach=(20, 48)),
    rule("clock-word", "time",
         r"<B>(?P<word><CLOCKWORD>)(?:,?\s+(?:on\s+)?" + _DAY + r")?(?![\w-])",
         _clock_word, guard=lambda m, text: m.group("day") is not None
         or _CLOCK_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None,
         keys=keys("noon midday midnight")),
    rule("day-part", "time",
         r"<B>(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?" + _DAY +
         r"\s+(?P<part><PART>)(?![\w-])",
         _day_part, priority=1,
         keys=keys("PART")),
    rule("part-day", "time",
         r"<B>(?:the\s+)?(?:(?:early|late)\s+)?(?P<part><PART>)\s+(?:on\s+|of\s+)?" + _DAY +
         r"(?![\w-])",
         _day_part, priority=1, keys=keys("PART"),
         guard=lambda m, text: m.group("part")[-1:] != "s"),
    rule("story-part", "time",
         r"<B>(?P<the>the\s+)?(?:(?:early|late)\s+)?"
         r"(?P<part>morning|afternoon|evening|mid-?\s?afternoon|midafternoon|mid-morning|"
         r"midmorning|dawn|daybreak|dusk|"
         r"nightfall)(?![\w-])",
         _story_part, priority=-1, guard=_story_part_guard,
         keys=keys("morning afternoon evening midafternoon midmorning mid dawn daybreak dusk "
                   "nightfall"),
         reach=(24, 16)),
    rule("deictic-part", "time",
         r"<B>(?:(?:early|late|earlier|later)\s+)?(?:tonight|last\s+night|overnight|"
         r"this\s+(?P<part>morning|afternoon|evening))(?![\w-])",
         _deictic_part, priority=1,
         guard=lambda m, text: not (m.group(0).lower() == "overnight"
                                   and word_before(text, m.start()) in ("an", "the")),
         keys=keys("tonight night overnight morning afternoon evening")),
)
