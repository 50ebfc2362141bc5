"""Rules for expressions anchored in the story rather than at the publication date.

"two days later", "a year earlier", "the next day", "the following Monday", "the day before",
"that week", "the same day", "later that day". They count from the last date the text itself
set (the most recent day-or-finer date before them; for "that year"/"that month" the most
recent date of a fine enough grain) and fall back on the publication date when the text has
set none — HeidelTime's narrative anchoring, applied to news. A step finer than the story's
last date ("in 2019 … three months later") gives only the year it lands in. A date told on
the side in the past perfect ("lifted the curfew it had imposed on Sunday") sets nothing: the
story had moved on (`tense.in_side_flashback`, applied by the engine); nor does a step back
told in the past perfect ("had obtained a warrant two days earlier"), while an absolute date
in the past perfect ("Xi had arrived on May 7. A day later, …") does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from timeline.model import TimeValue, granularity_rank
from timeline.temporal import calendar as cal
from timeline.temporal.grammar import (
    SENTENCE_REST,
    Context,
    Resolved,
    rule,
    sentence_start,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import PARTS_OF_DAY, SEASONS, keys, parse_number, weekday_number
from timeline.temporal.rules.relative import period_value, same_period_years_back, shifted
from timeline.temporal.tense import PAST, PRESENT


def _base(ctx: Context, grain: str) -> tuple[date, str]:
    """The narrative date fine enough for a `grain` step, else the day, else the anchor."""
    last = ctx.last_date
    if last is not None and last.start is not None and \
            granularity_rank(last.granularity) <= granularity_rank(grain):
        return last.start, last.value
    return ctx.narrative_day()


def _coarser_story_date(ctx: Context, grain: str) -> TimeValue | None:
    """The story's last date when it is coarser than a `grain` step and was told after the
    last day ("in the summer of 2020 … 14 months later"); None otherwise."""
    last, day = ctx.last_date, ctx.last_day
    if last is None or last.start is None or \
            granularity_rank(last.granularity) <= granularity_rank(grain):
        return None
    if last.granularity not in ("month", "season", "quarter", "half", "year"):
        return None
    if day is not None and day.start is not None and day.start >= last.start:
        return None
    return last


_COMPARISON = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus)\b"
                         + SENTENCE_REST, re.IGNORECASE)


def _year_told_here(ctx: Context) -> bool:
    """Whether the story's last date is a year that the sentence, before the expression,
    writes out ("in 2024")."""
    last = ctx.last_date
    if last is None or last.granularity != "year" or last.start is None:
        return False
    return str(last.start.year) in ctx.text[sentence_start(ctx.text, ctx.start, 300):ctx.start]


def _later(m: re.Match[str], ctx: Context) -> Resolved | None:
    count = parse_number(m.group("n"))
    if count is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    grain = "week" if unit == "fortnight" else unit
    base, source = _base(ctx, grain)
    sign = -1 if m.group("dir").lower() in ("earlier", "before", "prior") else 1
    framed = same_period_years_back(ctx.reporting_period(), m.group("unit"), count, sign)
    if framed is not None:
        return Resolved(framed, f"{m.group(0)}: the {framed.granularity} named before, shifted",
                        frames=False)
    if _COMPARISON.search(ctx.text, max(0, ctx.start - 80), ctx.start) and ctx.anchor \
            and not _year_told_here(ctx):
        # "a loss of $9.7 million a year earlier": figures are compared with the reported
        # period, which is the publication's, not the last date the story mentioned. (Not
        # when the sentence names the year compared: "stood at $11.5 billion in 2024, up
        # from $7.9 billion five years earlier".)
        base, source = ctx.anchor, f"the publication date {ctx.anchor}"
    coarse = _coarser_story_date(ctx, grain)
    if coarse is not None and coarse.start is not None and coarse.end is not None:
        # "signed in the summer of 2020 but cancelled 14 months later": the story is at a
        # period coarser than the step, so the result is only known to its year.
        first = shifted(m.group("unit"), count, coarse.start, sign)
        last = shifted(m.group("unit"), count, coarse.end, sign)
        if first is not None and last is not None and first.start and last.start:
            middle = first.start + (last.start - first.start) / 2
            return Resolved(cal.year_value(middle.year),
                            f"{m.group(0)} from {coarse.value}: the year it falls in")
    if sign < 0 and ctx.anchor is not None and base > ctx.anchor \
            and ctx.tense.tense == PAST and ctx.tense.cue:
        # "talks run through Tuesday. … Omerova told reporters a day earlier": told in the
        # past, the step is not from a story day still to come but from the paper's.
        base, source = ctx.anchor, f"the publication date {ctx.anchor}"
    value = shifted(m.group("unit"), count, base, sign)
    if value is None:
        return None
    if m.group("approx"):
        # "nearly two years later": about then.
        value = replace(value, mod="APPROX")
    return Resolved(value, f"{m.group(0)} from {source}")


def _hours_later(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Hours later", "two hours earlier", "minutes afterwards": within the story's day; a
    counted step from a clock time the story is at is that time moved ("at 9 a.m. Friday,
    only to reinstate it 18 hours later": 03:00 on Saturday)."""
    last = ctx.last_day
    clock = _CLOCK_VALUE.fullmatch(last.value) if last is not None else None
    count = parse_number(m.group("n")) if m.group("n") and m.group("n").lower() not in (
        "a", "an", "one") else (1.0 if m.group("n") else None)
    if clock is not None and count is not None and count == int(count) and last is not None \
            and last.start is not None:
        unit = timedelta(hours=1) if m.group("unit").lower().startswith("hour") \
            else timedelta(minutes=1)
        sign = -1 if m.group("dir").lower() == "earlier" else 1
        # ("24:00", midnight at the day's end, is the next day's 00:00.)
        moment = datetime.combine(last.start, time()) + timedelta(
            hours=int(clock.group(1)), minutes=int(clock.group(2)))
        moved = moment + sign * int(count) * unit
        mod = "APPROX" if m.group("approx") and m.group("approx").lower() not in (
            "just", "only", "mere", "barely") else None
        return Resolved(cal.time_value(moved.date(), moved.strftime("%H:%M"), mod),
                        f"'{m.group(0)}' from {last.value}")
    base, source = ctx.narrative_day()
    if count is not None and m.group("unit").lower().startswith("hour") and count >= 24:
        # "48 hours later" from a day with no clock: that many days on, to the nearest.
        days = round(count / 24) * (-1 if m.group("dir").lower() == "earlier" else 1)
        return Resolved(cal.day_value(base + timedelta(days=days)),
                        f"'{m.group(0)}': {days:+d} days from {source}")
    return Resolved(cal.day_value(base), f"'{m.group(0)}': the day of {source}")


#: A time value with its clock: "2025-08-29T21:40".
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")


_NEXT_DAY = {"the next day": 1, "the following day": 1, "the day after": 1,
             "the next morning": 1, "the previous day": -1, "the day before": -1,
             "the same day": 0, "that day": 0, "that same day": 0, "the prior day": -1}


def _day_step(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = " ".join(m.group("phrase").lower().split())
    base, source = ctx.narrative_day()
    d = base + timedelta(days=_NEXT_DAY[phrase])
    edge = (m.group("edge") or "").lower()
    if phrase == "the next morning":
        if _in_small_hours(ctx):
            # "crews arrived at 1:22 a.m. The next morning, residents returned": the morning
            # after the night those hours belong to, the same calendar day.
            d = base
        return Resolved(cal.time_value(d, "MO"), f"the morning after {source}")
    return Resolved(cal.day_value(d), f"'{edge + ' ' if edge else ''}{phrase}' from {source}")


_PART_STEPS = {"that": 0, "same": 0, "next": 1, "following": 1, "previous": -1, "prior": -1}


def _part_step(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"late that evening", "the following afternoon", "the previous night": a part of the
    story's day, or of the day after or before it."""
    step = _PART_STEPS[(m.group("rel") or "that").lower()]
    part = PARTS_OF_DAY[m.group("part").lower()]
    if step == 1 and part == "MO" and _in_small_hours(ctx):
        step = 0  # "the following morning" after "at 1:22 a.m.": as for "the next morning"
    base, source = ctx.narrative_day()
    d = base + timedelta(days=step)
    return Resolved(cal.time_value(d, part), f"'{m.group(0)}': {step:+d} day from {source}")


def _in_small_hours(ctx: Context) -> bool:
    """Whether the story's clock is at a time in the small hours (a night's end)."""
    hour = cal.clock_hour(ctx.last_day) if ctx.last_day is not None else None
    return hour is not None and hour < cal.SMALL_HOURS_END


def _part_around(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the evening before", "the morning after", closing a phrase: a part of the day before
    or after the story's day ("the night before the vote" is told against an event)."""
    step = -1 if m.group("rel").lower() == "before" else 1
    part = PARTS_OF_DAY[m.group("part").lower()]
    base, source = ctx.narrative_day()
    d = base + timedelta(days=step)
    return Resolved(cal.time_value(d, part), f"'{m.group(0)}': {step:+d} day from {source}")


_IN_THE_DAY = re.compile(r"\b(?:later|earlier)\s+in\s+$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|was|it's|it’s|marked|marks)\s+$", re.IGNORECASE)


def _story_day_guard(m: re.Match[str], text: str) -> bool:
    lo = max(0, m.start() - 20)
    if m.group("nth"):
        return _COPULA.search(text, lo, m.start()) is not None
    return _IN_THE_DAY.search(text, lo, m.start()) is not None


def _story_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"later in the day", "Thursday was the third day of the strike": the story's day."""
    if m.group("nth") and ctx.tense.tense == PRESENT:
        # "Today is the fifth day of the heatwave."
        anchor = ctx.need_anchor()
        return Resolved(cal.day_value(anchor), f"'{m.group(0)}' told in the present: {anchor}")
    base, source = ctx.narrative_day()
    return Resolved(cal.day_value(base), f"'{m.group(0)}': the day of {source}")


def _then(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"until then", "by then": the deadline the story set last, whatever its grain."""
    last = ctx.last_date
    if last is None or last.start is None:
        return None
    return Resolved(last, f"'then': the story's last date {last.value}", frames=False)


def _period_step(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    base, source = _base(ctx, unit)
    reported = ctx.last_period
    if unit == "quarter" and reported is not None and reported.granularity == "quarter" \
            and reported.start is not None:
        # "… compared with the year-earlier period. … up from 29 in the prior quarter": the
        # quarter before the one reported, not before the one it was compared with.
        base, source = reported.start, reported.value
    step = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}.get(rel, 0)
    value: TimeValue = period_value(unit, base, step)
    return Resolved(value, f"'{m.group(0)}' from {source}")


def _following_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    base, source = ctx.narrative_day()
    iso = weekday_number(m.group("wd"))
    if m.group("rel").lower() == "following":
        d = base + timedelta(days=(iso - base.isoweekday()) % 7 or 7)
    else:
        d = base - timedelta(days=(base.isoweekday() - iso) % 7 or 7)
    return Resolved(cal.day_value(d), f"'{m.group(0)}' from {source}")


#: "opens 30 minutes later than usual", "two days earlier than planned": a difference
#: between two times, which is a length, not a step of the story; "offline for nearly six
#: hours earlier this week": the length, then "earlier this week".
_COMPARED = re.compile(r"\s+(?:than|this|today|tonight)\b", re.IGNORECASE)


def _not_compared(m: re.Match[str], text: str) -> bool:
    return _COMPARED.match(text, m.end()) is None


def _later_guard(m: re.Match[str], text: str) -> bool:
    if not _not_compared(m, text):
        return False
    if m.group("dir").lower() in ("before", "after"):
        # "two days after the summit" is event-relative: that is not ours to resolve.
        nxt = text[m.end():m.end() + 2]
        return nxt[:1] in (".", ",", ";", ")", "") or nxt == "\n"
    return True


def _that_guard(m: re.Match[str], text: str) -> bool:
    return word_after(text, m.end()).lower() not in ("of",)


def _day_step_guard(m: re.Match[str], text: str) -> bool:
    if m.group("phrase").lower().split()[-1] in ("before", "after"):
        # "the day before the plunge" is told against an event, not the story's last date.
        nxt = text[m.end():m.end() + 1]
        return nxt in (".", ",", ";", ")", "", "\n", ":", "!", "?")
    if re.match(r"\s+as\b", text[m.end():m.end() + 4], re.IGNORECASE):
        # "on the same day as the referendum": the day of an event named after it (not "the
        # next day, as the video spread").
        return False
    return _that_guard(m, text)


def _period_step_any(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("that"):
        unit = m.group("unit").lower()
        base, source = _base(ctx, unit)
        return Resolved(period_value(unit, base, 0), f"'{m.group(0)}': the {unit} of {source}")
    return _period_step(m, ctx)


def _weekend_step(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"sold 180,000 units that weekend", "the following weekend", "the previous weekend":
    the weekend of the story's last day (or week), or the first one after (before) it."""
    base, source = _base(ctx, "week")
    rel = (m.group("rel") or "that").lower()
    if rel == "following":
        # The first weekend starting after the story's day.
        base += timedelta(days=7 if base.isoweekday() >= 6 else 0)
    elif rel in ("previous", "prior", "preceding"):
        base -= timedelta(days=7)
    return Resolved(period_value("weekend", base, 0), f"'{m.group(0)}' from {source}")


#: Words before "that weekend" that make it a time, as for seasons, and the words opening a
#: clause after it ("that weekend the club …"); not "said that weekend trains would run".
_AFTER_THAT_WEEKEND = frozenset("the a an he she it they we i his her their its".split())


def _weekend_step_guard(m: re.Match[str], text: str) -> bool:
    if m.group("rel"):
        return _that_guard(m, text)
    return (word_before(text, m.start()) in _THAT_SEASON_BEFORE
            or text[m.end():m.end() + 1] in (".", ",", ";", ":", "!", "?", ")", "", "\n")
            or word_after(text, m.end()).lower() in _AFTER_THAT_WEEKEND)


def _period_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The week before, ministers met in Rome": the period before (after) the story's."""
    unit = m.group("unit").lower()
    base, source = _base(ctx, unit)
    step = -1 if m.group("dir").lower() == "before" else 1
    return Resolved(period_value(unit, base, step), f"'{m.group(0)}' from {source}")


def _season_step(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"began a study the following spring", "the previous winter", "that autumn": the
    season after, before or of the story's last date (the publication date if none)."""
    code = SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "that").lower()
    last = ctx.last_date
    if last is not None and last.start is not None:
        first, end, source = last.start, last.end or last.start, last.value
    else:
        first = end = ctx.need_anchor()
        source = first.isoformat()
    options = [cal.season_value(y, code) for y in range(first.year - 2, end.year + 3)]
    # (A season's value always has its start and end.)
    if rel == "following":
        value = next(v for v in options if v.start is not None and v.start > end)
    elif rel in ("previous", "preceding", "prior"):
        value = [v for v in options if v.end is not None and v.end < first][-1]
    else:
        value = next((v for v in options if v.start is not None and v.end is not None
                      and v.start <= first <= v.end), cal.season_value(first.year, code))
    return Resolved(value, f"'{m.group(0)}' from {source}")


#: Words before "that spring" that make it a time: "in that spring", "until that winter".
_THAT_SEASON_BEFORE = frozenset("in during by until till through throughout since before after "
                                "of over for later early late".split())


#: Marks that end a sentence or a clause set off by a semicolon.
_STOPS = frozenset(".;!?")


def _season_step_guard(m: re.Match[str], text: str) -> bool:
    """ "that autumn" is a time after a preposition, opening its sentence before a comma or
    ending its sentence; not in "said that spring floods were likely"."""
    if m.group("rel"):
        return True
    before = text[:m.start()].rstrip(" \"“‘")
    opens = not before or before[-1] in ".!?\n"
    # "The song reached the top five that autumn.": ending its sentence, it is no
    # determiner of a noun after it.
    return word_before(text, m.start()) in _THAT_SEASON_BEFORE or (
        opens and text[m.end():m.end() + 1] == ",") or text[m.end():m.end() + 1] in _STOPS


def _told_alone_guard(m: re.Match[str], text: str) -> bool:
    """"the week before," with nothing after it: "the week before the vote" is told against
    an event, and "the year before last" is another phrase."""
    return text[m.end():m.end() + 1] in (".", ",", ";", ")", "", "\n", ":", "!", "?")


def _period_step_guard(m: re.Match[str], text: str) -> bool:
    if not m.group(0).lower().startswith(("the ", "that ")):
        return False
    rel = (m.group("rel") or "").lower()
    # "the next year" is the year after the anchor's: the relative rules take it.
    return rel != "next" and _that_guard(m, text)


RULES = (
    rule("season-step", "narrative",
         r"<B>(?:the\s+(?P<rel>following|previous|preceding|prior)|that)\s+(?P<season><SEASON>)"
         r"(?![\w-])",
         _season_step, priority=1, guard=_season_step_guard, keys=keys("SEASON"),
         reach=(24, 8)),
    rule("later", "narrative",
         r"<B>(?P<approx><APPROX>\s+)?"
         r"(?P<n><NUM>|an?|one|<COUPLE>)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
         r"\s+(?P<dir>later|earlier|afterwards?|before|after|prior)(?![\w-])",
         _later, priority=2, guard=_later_guard,
         keys=keys("later earlier afterward afterwards before after prior"),
         reach=(50, 20)),
    rule("hours-later", "narrative",
         r"<B>(?:(?P<approx>(?:<APPROX>|just|only|mere|barely))\s+)?(?:(?:(?P<n><NUM>|an?|one)|"
         r"<COUPLE>|a\s+few|several|some)\s+)?(?P<unit>hours?|minutes?)\s+"
         r"(?P<dir>later|earlier|afterwards?)"
         r"(?![\w-])",
         _hours_later, priority=2, guard=_not_compared,
         keys=keys("later earlier afterward afterwards"),
         reach=(50, 12)),
    rule("day-step", "narrative",
         r"<B>(?:(?P<edge>early|late|earlier|later)\s+)?(?P<phrase>the\s+(?:next|following|"
         r"previous|prior|same)\s+day|the\s+next\s+morning|the\s+day\s+(?:before|after)"
         r"(?!\s+(?:yesterday|tomorrow))|that\s+(?:same\s+)?day)(?![\w-])",
         _day_step, priority=1, guard=_day_step_guard,
         keys=keys("day morning")),
    rule("part-step", "narrative",
         # "the next morning" is the day-step rule's.
         r"<B>(?:(?:early|late|earlier|later)\s+)?(?:(?P<that>that)\s+(?:same\s+)?|the\s+"
         r"(?P<rel>same|next|following|previous|prior)\s+)(?P<part>morning|afternoon|evening|"
         r"night)(?![\w-])",
         _part_step, guard=lambda m, text: _that_guard(m, text)
         and text[m.end():m.end() + 1] not in ("'", "’"), keys=keys("PART"), reach=(40, 8)),
    rule("part-before", "narrative",
         # "had walked across the span the evening before, at a ceremony …".
         r"<B>the\s+(?P<part>morning|afternoon|evening|night)\s+(?P<rel>before|after)"
         r"(?=[.,;:!?)]|\s*$)",
         _part_around, keys=keys("PART"), reach=(8, 16)),
    rule("story-day", "narrative",
         r"<B>(?:the\s+day(?![\w'’-])|(?P<nth>(?:the\s+)?<ORD>\s+"
         r"(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+of\b)))",
         _story_day, guard=lambda m, text: _story_day_guard(m, text), keys=keys("day"),
         reach=(40, 8)),
    rule("then", "narrative",
         # Not "since then", "after then": those usually point back at an event.
         r"<B>(?:until|till|by)\s+(?P<then>then)(?![\w-])",
         _then, keys=keys("then"), extent=lambda m: m.span("then"), reach=(12, 6)),
    rule("period-step", "narrative",
         r"<B>(?:(?:the\s+)?(?P<rel>following|next|previous|prior|preceding|same)"
         r"|(?P<that>that)(?:\s+(?:same|very))?)\s+(?P<unit>week|month|year|quarter|decade)"
         r"(?![\w-])",
         _period_step_any, guard=_period_step_guard,
         keys=keys("week month year quarter decade")),
    rule("weekend-step", "narrative",
         # "the next weekend" is the relative rules', as "the next year" is.
         r"<B>(?:the\s+(?P<rel>following|previous|prior|preceding|same)|that)\s+"
         r"weekend(?![\w-])",
         _weekend_step, priority=1, guard=_weekend_step_guard, keys=keys("weekend"),
         reach=(24, 8)),
    rule("period-before", "narrative",
         r"<B>the\s+(?P<unit>week|month|year)\s+(?P<dir>before|after)(?![\w-])",
         _period_before, guard=_told_alone_guard, keys=keys("week month year"),
         reach=(16, 12)),
    rule("following-weekday", "narrative",
         r"<B>the\s+(?P<rel>following|previous|preceding|next)\s+(?P<wd><WEEKDAY>)(?![\w-])",
         _following_weekday, priority=1,
         keys=keys("WEEKDAY")),
)

