"""Rules for named periods that recur: weekdays, months, seasons, quarters and halves.

"Wednesday", "last Thursday", "next Monday", "in August", "last April", "June last year",
"this summer", "the third quarter", "Q3 2025", "the first half of 2025". Without an explicit
"last"/"next"/year, the clause's tense chooses the occurrence (see `direction`). Month names
that are also common words ("May", "March") count only after a temporal preposition or
modifier, or next to a day or year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.model import TimeValue
from timeline.temporal import calendar as cal
from timeline.temporal import direction
from timeline.temporal.grammar import (
    LONG_AGO_DAYS,
    YEAR_REL,
    Context,
    Resolved,
    related_year,
    rule,
    sentence_start,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import (
    AMBIGUOUS_MONTHS,
    PARTS_OF_DAY,
    SEASON_NOUN_HEADS,
    SEASONS,
    expand,
    keys,
    month_number,
    weekday_number,
    year_number,
)
from timeline.temporal.tense import FUTURE, PAST, in_past_perfect

#: Words before a month name used as a modifier ("its March meeting").
_DETERMINERS = frozenset("the a an its his her their our your this".split())
#: Words after "the March"/"the May" that make it a march or a person, not the month.
_NOT_AFTER_MONTH_NOUN = frozenset("""on of for to against through in into and or with from at
by past across government administration cabinet ministry era years premiership deal camp
team""".split())
_TEMPORAL_BEFORE = frozenset("""in on since by until till from to through during before after least
early late mid last next this that each every of between around throughout for into""".split())
#: "as early as May", "as late as March": a bound in time, then the month.
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|late|soon)\s+as\s+$", re.IGNORECASE)


#: "on Monday and Tuesday nights": the plural part of the day makes both weekdays repeat.
_SHARED_PART = re.compile(expand(r"\s+(?:and|or|&)\s+<WEEKDAY>\s+"
                                 r"(?P<part>mornings|afternoons|evenings|nights)\b"))


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    iso = weekday_number(m.group("wd"))
    shared = _SHARED_PART.match(m.string, m.end())
    if shared is not None and not m.group("rel"):
        value = f"XXXX-WXX-{iso}T{PARTS_OF_DAY[shared.group('part').lower()]}"
        return Resolved(cal.set_value(value), f"{value}: every such part of day")
    anchor = ctx.need_anchor()
    rel = (m.group("rel") or "").lower().split()
    first = ctx.last_day
    if not rel and first is not None and first.start is not None and first.granularity == "day" \
            and _SECOND_OF_RANGE.search(m.string, max(0, m.start() - 32), m.start()):
        # "between Thursday and Monday", "from Friday to Sunday": the second day comes after
        # the first, within the week.
        d = first.start + timedelta(days=(iso - first.start.isoweekday()) % 7 or 7)
        return Resolved(cal.day_value(d),
                        f"the {m.group('wd')} after {first.value}, ending a range")
    if not rel and first is not None and first.start is not None \
            and first.granularity == "day" and first.start.isoweekday() == iso \
            and _APPOSED_WEEKDAY.search(m.string, max(0, m.start() - 8), m.start()):
        # "until Thanksgiving, on Thursday,", "by Dec. 5, a Friday": the day just named.
        return Resolved(cal.day_value(first.start), f"the {m.group('wd')} just named, "
                                                    f"{first.value}")
    if not rel and first is not None and first.start is not None \
            and first.granularity in ("day", "time") and first.start.isoweekday() == iso \
            and _named_before_in_sentence(m):
        # "due to land early Tuesday, and the president declared Tuesday a holiday": the
        # same weekday named twice in a sentence is one day.
        return Resolved(cal.day_value(first.start, _edge(m.group("edge"))),
                        f"the {m.group('wd')} named before in its sentence, {first.value}")
    if rel and rel[-1] in ("last", "past", "previous"):
        back = (anchor.isoweekday() - iso) % 7 or 7
        d = anchor - timedelta(days=back)
        how = f"weekday, 'last': the {m.group('wd')} before {anchor}"
    elif rel and rel[-1] == "next":
        ahead = (iso - anchor.isoweekday()) % 7 or 7
        d = anchor + timedelta(days=ahead)
        how = f"weekday, 'next': the {m.group('wd')} after {anchor}"
    elif rel and rel[-1] == "coming":
        d = direction.weekday(anchor, iso, FUTURE)
        how = f"weekday, 'coming': the next {m.group('wd')} from {anchor}"
    elif rel:
        # "this Thursday": the one of the anchor's week, unless the clause's tense points
        # the other way ("they will meet this Monday", said on a Saturday: the next one).
        d = cal.week_start(anchor) + timedelta(days=iso - 1)
        how = f"weekday of the anchor's week ({anchor})"
        tense = ctx.tense
        if tense.cue and tense.tense == FUTURE and d < anchor:
            d = direction.weekday(anchor, iso, FUTURE)
            how = f"'this' {m.group('wd')}, future tense ('{tense.cue}'): the next from {anchor}"
        elif tense.cue and tense.tense == PAST and d > anchor:
            d = direction.weekday(anchor, iso, PAST)
            how = f"'this' {m.group('wd')}, past tense ('{tense.cue}'): the last before {anchor}"
    else:
        tense = ctx.tense
        # Without any tense cue the nearest such day is the best guess. "Thursday's close"
        # is over unless the clause looks ahead: what a day owns in the present has happened.
        choice = tense.tense if tense.cue else "present"
        if choice == "present" and m.string[m.end():m.end() + 2] in ("'s", "’s"):
            choice = PAST
        cue = f" ('{tense.cue}')" if tense.cue else ", no cue"
        ahead = _AHEAD_OF.search(m.string, max(0, m.start() - 24), m.start())
        if choice != PAST and _forecast_subject(m.string, m.start(), m.end()):
            # "Wednesday and Thursday look dry", "Saturday brings heavy rain": a day that is
            # the subject of a present of forecasts is ahead.
            choice, cue = FUTURE, " (a forecast's subject)"
        if ahead:
            # "gathered ahead of Sunday's vote": the day is after what the clause tells, so
            # the clause's tense says nothing of it; the nearest such day is meant.
            choice = "present"
            cue = f" (after '{ahead.group(0).strip()}')"
        d = direction.weekday(anchor, iso, choice)
        side = {"past": "on or before", "future": "on or after"}.get(choice, "nearest to")
        tense_word = "any tense" if ahead else f"{choice} tense"
        how = f"weekday, {tense_word}{cue}: the {m.group('wd')} {side} {anchor}"
        said = _said_on(ctx, m) if choice == FUTURE and tense.cue.lower() == "would" else None
        if said is not None and said < anchor:
            d = direction.weekday(said, iso, FUTURE)
            how = (f"weekday, future in the past ('would'): the {m.group('wd')} on or after "
                   f"the saying on {said}")
        listed = ctx.listed_day
        if said is None and choice == FUTURE and _PAST_FORM.fullmatch(tense.cue) \
                and listed is not None and listed.start is not None and listed.start < anchor:
            # "after European leaders visiting Kyiv the previous day demanded a ceasefire
            # starting on Monday": what was demanded or agreed on a day its sentence names
            # starts after that day, not after the paper's.
            d = listed.start + timedelta(days=(iso - listed.start.isoweekday()) % 7 or 7)
            how = (f"weekday, future of a past '{tense.cue}': the {m.group('wd')} after "
                   f"{listed.value}")
    mod = _edge(m.group("edge"))
    return Resolved(cal.day_value(d, mod), how)


def _named_before_in_sentence(m: re.Match[str]) -> bool:
    """Whether the weekday `m` names was named already in its sentence."""
    text, start = m.string, m.start()
    left = sentence_start(text, start, 300)
    word = m.group("wd").lower()
    return re.search(rf"\b{re.escape(word)}\b", text[left:start].lower()) is not None


#: A saying dated by a weekday earlier in the sentence: "said on Wednesday that he would …",
#: "On Wednesday, he said he would …".
_SAID_ON = re.compile(expand(
    r"\b(?:said|told\s+[\w.]+(?:\s+[\w.]+)?|announced|promised|pledged|vowed|insisted|"
    r"confirmed)\s+(?:on\s+)?(?P<wd><WEEKDAY>)\b"
    r"|\b[Oo]n\s+(?P<wd2><WEEKDAY>)\s*,\s*(?:[\w.’'-]+\s+){1,4}(?:said|told|announced|"
    r"promised|pledged|vowed|insisted|confirmed)\b"), re.IGNORECASE)


def _said_on(ctx: Context, m: re.Match[str]) -> date | None:
    """The day of a saying earlier in the weekday's sentence, when the narrative's last day
    is that saying's weekday: a "would" in what was said looks ahead from the saying
    ("said on Wednesday that he would travel on Thursday", in Friday's paper: the day
    before)."""
    text, start = m.string, m.start()
    last = ctx.last_day
    if last is None or last.start is None or last.granularity != "day":
        return None
    left = sentence_start(text, start, 200)
    said = None
    for found in _SAID_ON.finditer(text, left, start):
        said = found
    if said is None:
        return None
    if weekday_number(said.group("wd") or said.group("wd2")) != last.start.isoweekday():
        return None
    return last.start


#: A present of forecasts right after a weekday (or a pair of them) that is its subject.
_FORECAST_AFTER = re.compile(expand(
    r"(?:\s+(?:and|or)\s+<WEEKDAY>)?\s+(?:looks?|brings?|promises?|sees?|marks?)\b"),
    re.IGNORECASE)


_PAIRED_BEFORE = re.compile(expand(r"<WEEKDAY>\s+(?:and|or)\s+$"), re.IGNORECASE)


def _forecast_subject(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] (alone or second of a pair) opens its sentence
    as the subject of a present of forecasts."""
    paired = _PAIRED_BEFORE.search(text, max(0, start - 16), start)
    first = paired.start() if paired else start
    head = text[max(0, first - 3):first].rstrip(" \"“‘'")
    if head and head[-1] not in ".!?\n":
        return False
    return _FORECAST_AFTER.match(text, end) is not None


def _edge(word: str | None) -> str | None:
    if not word:
        return None
    low = word.lower()
    if low.startswith("early"):
        return "START"
    if low.startswith("late"):
        return "END"
    if low.startswith("mid"):
        return "MID"
    return None


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to|"
                       r"(?:heading|going)\s+into)\s+$",
                       re.IGNORECASE)


#: A weekday set off after a day it restates: "Thanksgiving, on Thursday", "Dec. 5, a Friday".
_APPOSED_WEEKDAY = re.compile(r"(?<=[\w.]),\s*(?:on\s+|a\s+)?$")
#: The first weekday of a range right before a second: "between Thursday and ", "from
#: Friday to ".
_SECOND_OF_RANGE = re.compile(expand(r"\b(?:between\s+<WEEKDAY>\s+and|from\s+<WEEKDAY>\s+"
                                     r"(?:to|until|till|through))\s+$"), re.IGNORECASE)


def _weekday_guard(m: re.Match[str], text: str) -> bool:
    # "Black Friday", "Good Friday" and the like are named days, not the weekday.
    return word_before(text, m.start()) not in ("black", "good", "cyber", "super", "ash", "holy",
                                                "palm", "easter", "bloody", "maundy")


def _month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m.group("month"))
    year_rel = (m.group("yrel") or "").lower()
    rel = " ".join((m.group("rel") or "").lower().split())
    anchor = ctx.need_anchor()
    told = ctx.last_date.start if ctx.last_date is not None else None
    if year_rel:
        year, how = related_year(year_rel, ctx)
    elif rel.startswith("the "):
        # "released in 1984 … won three Grammys the following February": the first such
        # month after the story's date (the last before it), else after the anchor.
        last = ctx.last_date
        if rel == "the following":
            base = (last.end if last is not None else None) or told or anchor
            year = base.year if month > base.month else base.year + 1
        else:
            base = told or anchor
            year = base.year if month < base.month else base.year - 1
        how = f"'{rel}' month name from {base}"
    elif rel in ("last", "past", "previous"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        how = f"'last' month name before {anchor}"
    elif rel in ("next", "coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
        how = f"'next' month name after {anchor}"
    elif rel == "this":
        year = anchor.year
        how = "month of the anchor's year"
    elif rel == "that":
        # "resigned that October": the October of the year the story is in.
        year = told.year if told is not None else anchor.year
        how = f"month of the story's year {year}"
    elif (framed := ctx.framed_year(lambda y: date(y, month, 1))) is not None:
        year = framed
        how = f"month of the year its sentence names ({ctx.year_frame.value})"
    else:
        tense = ctx.tense
        choice = tense.tense if tense.cue else "present"
        year = direction.month_year(anchor, month, choice, strict=ctx.strict_past())
        how = f"month, {choice} tense: nearest {m.group('month')} to {anchor}"
        if choice == PAST and (year, month) > (anchor.year, anchor.month) and told is not None \
                and told < anchor and ctx.last_date is not None \
                and ctx.last_date.granularity in _STORY_GRAINS:
            # Too far back for the tense alone to move it a year, but the story is there:
            # "launched on June 5, 2024, … decided in August" is the August after that day.
            after = told.year if month >= told.month else told.year + 1
            if (after, month) <= (anchor.year, anchor.month):
                year = after
                how = f"month, past tense: the {m.group('month')} after the story's {told}"
        frame = ctx.last_period
        if choice == FUTURE and frame is not None and frame.granularity == "month" \
                and frame.start is not None and frame.start < anchor \
                and _FUTURE_IN_PAST.match(tense.cue) is not None:
            # "In October, Opec+ agreed to cut output from November", "… said it would raise
            # fees in November": a plan told in the past looks ahead from when it was told,
            # the month its sentence named before it.
            year = frame.start.year if month > frame.start.month else frame.start.year + 1
            how = f"month, future from the past {frame.value}: the {m.group('month')} after it"
        story = ctx.last_day.start if ctx.last_day is not None else None
        if choice == PAST and story is not None and (anchor - story).days > LONG_AGO_DAYS \
                and ctx.still_at(story) and in_past_perfect(ctx.text, ctx.start, ctx.end):
            # "In the early hours of 26 September 2022 … Gazprom had halted flows at the end
            # of August": a past perfect in a story told of a time long gone looks back from
            # the story's day, not from the paper's. (Over a year back: an expiry "on Dec. 31,
            # 2023" told in August 2024 is background, not the story's time.)
            year = story.year if month <= story.month else story.year - 1
            how = f"month, past perfect: the {m.group('month')} before the story's {story}"
    return Resolved(cal.month_value(year, month, _edge(m.group("edge"))), how)


#: A verb's past form in -ed (a cue like "demanded" or "agreed").
_PAST_FORM = re.compile(r"[a-z]+ed", re.IGNORECASE)
#: Cues of a future seen from the past: "would", "could", "agreed to", "was expected to".
_FUTURE_IN_PAST = re.compile(r"(?:would|could|was|were|[a-z]+ed)\b", re.IGNORECASE)
#: Dates precise enough to place a story's later year-less month after them: "launched on
#: June 5, 2024, … decided in August"; not a year named in passing ("replaced rules in 2018.
#: … before elections in June").
_STORY_GRAINS = ("time", "day", "week", "month")


def _calendar_months(m: re.Match[str], text: str) -> bool:
    """Whether the two months open and close a calendar quarter; a fiscal quarter off the
    calendar ("the May-July quarter") is left to the month rules."""
    first, last = month_number(m.group("first")), month_number(m.group("last"))
    return first % 3 == 1 and last == first + 2


def _quarter_in(quarter: int, year_text: str | None, ctx: Context, how: str) -> Resolved:
    """That quarter of the year written, or of the year the clause's tense points to."""
    if year_text:
        return Resolved(cal.quarter_value(int(year_text), quarter), how)
    anchor = ctx.need_anchor()
    tense = ctx.tense
    year = direction.quarter_year(anchor, quarter, tense.tense if tense.cue else "present")
    return Resolved(cal.quarter_value(year, quarter), f"{how}, from {anchor}")


def _month_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the June half", "the December half (of 2024)": the six months ending that month (an
    Australian reporting period); without a year the last one ended, or the next one to end
    when the clause looks ahead."""
    half = 1 if month_number(m.group("month")) == 6 else 2
    if m.group("year"):
        return Resolved(cal.half_value(int(m.group("year")), half), "half ending that month")
    anchor = ctx.need_anchor()
    end = date(anchor.year, 6, 30) if half == 1 else date(anchor.year, 12, 31)
    if ctx.tense.tense == FUTURE:
        year = anchor.year if end >= anchor else anchor.year + 1
    else:
        year = anchor.year if end <= anchor else anchor.year - 1
    return Resolved(cal.half_value(year, half), f"half ending that month, from {anchor}")


def _month_range_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    quarter = (month_number(m.group("first")) - 1) // 3 + 1
    return _quarter_in(quarter, m.group("year") or m.group("year2"), ctx,
                       "quarter named by months")


def _months_to(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the three months to June", "the three months ended Sept. 30": the calendar quarter
    that month ends (a results period), in the year given or by the clause's tense."""
    quarter = month_number(m.group("month")) // 3
    return _quarter_in(quarter, m.group("year"), ctx, "quarter ending that month")


def _months_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first three months of the year", "the final three months of 2024": that quarter."""
    quarter = 1 if m.group("which").lower() == "first" else 4
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yrel"):
        year, _ = related_year(" ".join(m.group("yrel").lower().split()), ctx)
    else:
        year = ctx.need_anchor().year  # "of the year": the paper's
    return Resolved(cal.quarter_value(year, quarter), f"the {m.group('which')} three months")


def _quarter_ends(m: re.Match[str], text: str) -> bool:
    return month_number(m.group("month")) % 3 == 0


def _range_last_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"June" of "April-June": the month, in the year given or by the clause's tense."""
    month = month_number(m.group("month"))
    if m.group("year"):
        return Resolved(cal.month_value(int(m.group("year")), month), "last month of a range")
    anchor = ctx.need_anchor()
    tense = ctx.tense
    choice = tense.tense if tense.cue else "present"
    year = direction.month_year(anchor, month, choice, strict=ctx.strict_past())
    return Resolved(cal.month_value(year, month),
                    f"last month of a range, {choice} tense: nearest to {anchor}")


def _range_first_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"April" of "April-June": the year of the range's last month, or the one before when
    the range runs over the new year ("November-January")."""
    last = ctx.inner(m.start("second"), m.end("second"))
    if last is None or last.start is None or last.granularity != "month":
        return None
    month = month_number(m.group("month"))
    year = last.start.year if month <= last.start.month else last.start.year - 1
    return Resolved(cal.month_value(year, month), f"first month of a range to {last.value}")


def _month_guard(m: re.Match[str], text: str) -> bool:
    if m.group("rel") or m.group("yrel") or m.group("edge"):
        return True
    word = m.group("month").lower().rstrip(".")
    before = word_before(text, m.start())
    if before in _TEMPORAL_BEFORE or before == "as" and _AS_EARLY_AS.search(
            text, max(0, m.start() - 20), m.start()):
        return True
    after = word_after(text, m.end())
    if word in AMBIGUOUS_MONTHS:
        # "its March meeting", "the May deadline": a determiner, the capitalised name and a
        # lower-case noun. Not a march or a procession ("the March on Washington"), nor the
        # politician ("the May government").
        # A possessive is a determiner too: "the Federal Reserve's March meeting".
        return ((before in _DETERMINERS or before.endswith(("'s", "’s")))
                and m.group("month")[:1].isupper()
                and after[:1].islower() and after.lower() not in _NOT_AFTER_MONTH_NOUN)
    # "June Carter", "April Ryan": a capitalised word after a bare month name makes it a name.
    return not (after[:1].isupper() and text[m.end():m.end() + 1] == " ")


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = SEASONS[m.group("season").lower()]
    mod = _edge(m.group("edge"))
    year = year_number(m.group("year")) if m.group("year") else None
    if year is not None:
        return Resolved(cal.season_value(year, code, mod), "season and year")
    yrel = m.groupdict().get("yrel")
    if yrel:
        # "the spring of last year", "the summer of that year".
        year, _ = related_year(" ".join(yrel.lower().split()), ctx)
        return Resolved(cal.season_value(year, code, mod),
                        f"season of {' '.join(yrel.split())}, {year}")
    anchor = ctx.need_anchor()
    if not m.group("rel") and (framed := ctx.framed_year(
            lambda y: cal.season_value(y, code, mod).start)) is not None:
        return Resolved(cal.season_value(framed, code, mod),
                        f"season of the year its sentence names ({ctx.year_frame.value})")
    now = cal.season_value(*cal.season_of(anchor))
    assert now.start is not None
    # The same season in neighbouring years, by the day each one starts. A winter is named
    # by the year of its December, so in January the last one began two years back.
    options = [cal.season_value(y, code, mod) for y in range(anchor.year - 2, anchor.year + 2)]
    current = next((v for v in options if v.start == now.start), None)
    # "this past spring" is the last one, "this coming spring" the next.
    rel = ((m.group("rel") or "").lower().split() or [""])[-1]
    tense = ctx.tense.tense
    if rel in ("last", "past", "previous"):
        value = max((v for v in options if v.start and v.start < now.start), key=_start)
        how = "'last' season"
    elif rel in ("next", "coming"):
        value = min((v for v in options if v.start and v.start > now.start), key=_start)
        how = "'next' season"
    elif current is not None:
        value, how = current, "the season the anchor is in"
    elif rel == "this" and not ctx.tense.cue or tense not in (PAST, FUTURE):
        # "this spring" told in December: the clause's tense picks this year's or next
        # year's ("has brought a few hopeful signs this spring", "will open this spring");
        # with no cue, the nearer.
        value = min(options, key=lambda v: abs((v.start - anchor).days) if v.start else 9999)
        how = "the nearest such season"
    elif tense == PAST and _recent_enough(
            value := max((v for v in options if v.start and v.start <= anchor), key=_start),
            anchor, ctx.strict_past()):
        how = "past tense: the last such season"
    elif tense == FUTURE:
        value = min((v for v in options if v.start and v.start >= anchor), key=_start)
        how = "future tense: the next such season"
    else:
        value = min(options, key=lambda v: abs((_start(v) - anchor).days))
        how = "the nearest such season (a past one would be too far back)"
    return Resolved(value, f"{how}, seen from {anchor}")


def _recent_enough(value: TimeValue, anchor: date, strict: bool) -> bool:
    """Like year-less months: a past tense reaches into last year only for half a year, a
    strict past ("since", "was built in the spring") as far as it takes. The reach is counted
    to the season's last month, as it would be to a month of it ("awarded in the summer",
    told in early January, is last summer: August was five months back)."""
    start = _start(value)
    last = value.end or start
    return (strict or start.year == anchor.year
            or (anchor.year - last.year) * 12 + anchor.month - last.month
            <= direction.REACH_MONTHS)


def _start(value: TimeValue) -> date:
    assert value.start is not None
    return value.start


_SEASON_BEFORE = frozenset("""in into during over until till since by through throughout for before
after this last next early late""".split())
#: Words before a superlative's "of the summer": "the busiest weekend of the summer".
_OF_THE_SEASON_AFTER = re.compile(r"\b(?:days?|weeks?|weekends?|nights?|periods?|times?|months?|"
                                  r"stretch|spell|parts?)\s+of\s+$", re.IGNORECASE)


def _season_guard(m: re.Match[str], text: str) -> bool:
    if m.group("year") or m.group("rel") or m.group("edge") or m.group("yrel"):
        return True
    if re.match(r"\s+of\s+(?!\d|the\s+year|(?:this|last|next)\s+year)", text[m.end():]):
        return False
    if word_after(text, m.end()) in SEASON_NOUN_HEADS:
        return False  # "a cheque for the summer camp"
    before = word_before(text, m.start("season"))
    if before == "the":
        # "in the spring", but not "water from the spring".
        at = text.rfind("the", 0, m.start("season"))
        if _OF_THE_SEASON_AFTER.search(text, max(0, at - 24), at):
            return True  # "one of the busiest periods of the summer"
        before = word_before(text, at)
    return before in _SEASON_BEFORE


def _season_extent(m: re.Match[str]) -> tuple[int, int]:
    """"in the summer": the article belongs to the expression, as TimeML marks it; without
    a year it is kept only after a preposition that makes the season a time."""
    if m.group("the") and not m.group("year") and not m.group("yrel") and \
            word_before(m.string, m.start()) not in _SEASON_BEFORE:
        return m.end("the"), m.end()
    return m.span()


_QUARTER_NAMES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "final": 4, "last": 4}


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    groups = m.groupdict()
    q = groups.get("q")
    number = _QUARTER_NAMES[q.lower()] if q else int(groups["qn"])
    year_text = groups.get("year") or groups.get("year2")
    if year_text:
        return Resolved(cal.quarter_value(int(year_text), number), "quarter and year")
    anchor = ctx.need_anchor()
    yrel = (groups.get("yrel") or groups.get("yrel2") or "").lower()
    if yrel:
        year = anchor.year + {"last": -1, "next": 1}.get(yrel.split()[0], 0)
        return Resolved(cal.quarter_value(year, number), f"quarter of {yrel}")
    tense = ctx.tense.tense
    year = direction.quarter_year(anchor, number, tense)
    # "After a weak second quarter, profit rose ... from a year ago", "the slump will last
    # into the fourth quarter": a quarter the story measures from or looks towards is not
    # the one it reports, so it does not frame "a year ago".
    reference = _MEASURED_FROM.search(ctx.text, max(0, ctx.start - 32), ctx.start) is None
    return Resolved(cal.quarter_value(year, number), f"quarter, {tense} tense, from {anchor}",
                    frames=reference)


_MEASURED_FROM = re.compile(r"\b(?:after|since|following|before|until|into)\s+(?:(?:a|an|the|its|"
                            r"their)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
_ENDED = re.compile(expand(r"\s+(?P<verb>ended|ending|through|to)\s+(?:in\s+)?(?P<month><MONTH>)"
                           r"(?:\s*(?P<day>[12]\d|3[01]|0?[1-9])\b|(?![\w-]))"
                           r"(?:,?\s+(?P<year><YEAR4>)\b)?"), re.IGNORECASE)


def _this_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    ended = _ENDED.match(ctx.text, ctx.end)
    if ended:
        # "the quarter ended Sept. 30": the three months before that date, named by the
        # calendar quarter they mostly fall in ("ended July 31" is May to July: Q2).
        # "ended June 30" lies behind; "ending in June" may lie ahead, as the clause says.
        tense = PAST if ended.group("verb").lower() == "ended" else ctx.tense.tense
        month = month_number(ended.group("month"))
        if ended.group("year"):
            year = int(ended.group("year"))
            d = (cal.valid_day(year, month, int(ended.group("day"))) if ended.group("day")
                 else cal.month_end(year, month))
        elif ended.group("day"):
            d = direction.month_day(anchor, month, int(ended.group("day")), tense)
        else:
            year = direction.month_year(anchor, month, tense)
            d = cal.month_end(year, month)
        if d is not None:
            middle = d - timedelta(days=45)
            return Resolved(cal.quarter_value(middle.year, cal.quarter_of(middle)),
                            f"the quarter ending {d}")
    rel = (m.group("rel") or "the").lower()
    quarter, year = cal.quarter_of(anchor), anchor.year
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    latest = rel in ("the latest", "the most recent")
    if latest or (rel == "the" and ctx.tense.tense == PAST):
        # "the latest quarter", and "the quarter" told in the past tense: the last complete
        # one, whose results are being reported.
        step = -1
    index = year * 4 + quarter - 1 + step
    return Resolved(cal.quarter_value(index // 4, index % 4 + 1), f"quarter '{rel}' of {anchor}")


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    # "the last half", "the first two quarters" name halves of the year too.
    half = m.group("h") or m.groupdict().get("h2") or ""
    number = 1 if half.lower() in ("first", "1", "1st") else 2
    if m.group("year"):
        return Resolved(cal.half_value(int(m.group("year")), number), "half and year")
    yrel = m.groupdict().get("yrel")
    if yrel:
        # "the first half of next year", "the second half of that year".
        year, _ = related_year(" ".join(yrel.lower().split()), ctx)
        return Resolved(cal.half_value(year, number), f"half of {' '.join(yrel.split())}, {year}")
    anchor = ctx.need_anchor()
    return Resolved(cal.half_value(anchor.year, number), "half of the anchor's year")


def _quarter_extent(m: re.Match[str]) -> tuple[int, int]:
    """"the third-quarter results": the hyphenated adjective alone is the expression."""
    det = m.group("det")
    if det and "-" in m.string[m.end("q"):m.end("q") + 1] and not (m.group("year2")
                                                                    or m.group("yrel")):
        return m.end("det"), m.end()
    return m.span()


_YREL = YEAR_REL
_EDGE = r"(?:(?P<edge>early|late|mid)(?:-|\s+)(?:in\s+|on\s+)?)?"

RULES = (
    rule("weekday", "weekday",
         r"<B>" + _EDGE + r"(?:(?P<rel>this(?:\s+(?:past|coming))?|last|next|past|coming)\s+)?"
         r"(?P<wd><WEEKDAY>)(?!\s*,?\s*(?:<MONTH>|<DAYNUM>(?![,.]?\d)))(?![\w-]|\.\w)",
         _weekday, guard=_weekday_guard,
         keys=keys("WEEKDAY")),
    rule("month", "month",
         r"<B>" + _EDGE + r"(?:(?P<rel>this|last|next|past|previous|coming|that|"
         r"the\s+(?:following|previous|preceding))\s+)?"
         r"(?P<month><MONTH>)(?:,?\s+(?:of\s+)?" + _YREL + r")?(?!\s*\d)(?![\w-])",
         _month, guard=_month_guard,
         keys=keys("MONTH")),
    rule("month-range-quarter", "quarter",
         # "the July-September quarter (of 2024)", "the April-June period": a calendar
         # quarter named by its months.
         r"<B>(?:the\s+)?(?P<first><MONTH>)\s*[-–]\s*(?P<last><MONTH>)\s+(?:quarter|period)"
         r"(?:\s+of\s+(?P<year><YEAR4>)|,?\s+(?P<year2><YEAR4>))?(?![\w-])",
         _month_range_quarter, priority=4, guard=_calendar_months, keys=keys("quarter period"),
         reach=(40, 12)),
    rule("months-to", "quarter",
         # "the three months to June", "the three months ended Sept. 30, 2025".
         r"<B>(?:the\s+)?(?:three|3)\s+months\s+(?:to|ended|ending|through)\s+"
         r"(?P<month><MONTH>)(?:\.(?=\s*\d))?(?:\s+(?:30|31)(?:st|th)?)?(?:,?\s+(?P<year><YEAR4>))?"
         r"(?![\w-])",
         _months_to, priority=4, guard=_quarter_ends, keys=keys("months"), reach=(24, 40)),
    rule("month-quarter", "quarter",
         # "the June quarter (of 2023)", "the December quarter": the quarter ending that month
         # (Australian and New Zealand results and statistics).
         r"<B>(?:the\s+)?(?P<month><MONTH>)\s+quarter(?:\s+of\s+(?P<year><YEAR4>))?(?![\w-])",
         _months_to, priority=4, guard=_quarter_ends, keys=keys("quarter"), reach=(24, 12)),
    rule("month-half", "quarter",
         # "the June half", "the December half of 2024".
         r"<B>(?:the\s+)?(?P<month><MONTH>)\s+half(?:\s+of\s+(?P<year><YEAR4>))?(?![\w-])",
         _month_half, priority=4, guard=lambda m, text: month_number(m.group("month")) in (6, 12),
         keys=keys("half"), reach=(24, 12)),
    rule("months-of-year", "quarter",
         r"<B>the\s+(?P<which>first|final|last)\s+(?:three|3)\s+months\s+of\s+"
         r"(?:(?P<year><YEAR4>)|" + YEAR_REL + r"|the\s+year)(?![\w-])",
         _months_of_year, priority=4, keys=keys("months"), reach=(24, 40)),
    rule("range-first-month", "month",
         r"<B>(?P<month><MONTH>)(?=\s*[-–]\s*(?P<second><MONTH>(?:,?\s+<YEAR4>)?)"
         r"(?![\w-]))",
         _range_first_month, priority=3,
         keys=keys("MONTH")),
    rule("range-first-month-words", "month",
         # "from June through December", "between March and May": as "June-December".
         r"(?:(?<=\bfrom\s)|(?<=\bbetween\s))(?P<month><MONTH>)(?=\s+(?:through|to|until|"
         r"till|and)\s+(?P<second><MONTH>(?:,?\s+<YEAR4>)?)(?![\w-]))",
         _range_first_month, priority=3, guard=lambda m, text: m.group("month")[:1].isupper(),
         keys=keys("MONTH")),
    rule("range-last-month", "month",
         r"<B><MONTH>\s*[-–]\s*(?P<end>(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?)(?![\w-])",
         _range_last_month, priority=3, extent=lambda m: m.span("end"),
         keys=keys("MONTH")),
    rule("season", "season",
         r"<B>(?P<the>the\s+(?=<SEASON>(?![\w-])))?" + _EDGE +
         r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?"
         r"(?P<season><SEASON>)"
         r"(?:\s+(?:of\s+)?(?P<year><YEAR4>|<YEARWORDS>)|\s+of\s+" + _YREL + r")?(?![\w-])",
         _season, guard=_season_guard, extent=_season_extent,
         keys=keys("SEASON")),
    rule("quarter", "quarter",
         r"<B>(?P<det>the\s+)?(?:(?P<year2><YEAR4>)(?:'s)?\s+|" + _YREL + r"'s\s+)?"
         r"(?:fiscal\s+|flat\s+|calendar\s+)?"
         r"(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?quarter"
         r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<year><YEAR4>)|"
         + _YREL.replace("yrel", "yrel2") + r"))?(?![\w-])",
         _quarter, priority=1, extent=_quarter_extent,
         keys=keys("quarter")),
    rule("quarter-code", "quarter",
         r"<B>Q(?P<qn>[1-4])(?:\s+(?P<year><YEAR4>))?(?![\w-])",
         _quarter,
         keys=keys("q")),
    rule("this-quarter", "quarter",
         r"<B>(?P<rel>this|last|next|the\s+latest|the\s+most\s+recent|the\s+current|"
         r"the\s+previous|the\s+coming|the)\s+(?:fiscal\s+)?quarter(?![\w-])",
         _this_quarter,
         keys=keys("quarter")),
    rule("half", "quarter",
         r"<B>(?:the\s+)?(?:(?P<h>first|second|1st|2nd|last|latter)\s+half"
         r"|(?=(?:first|last)\s)(?P<h2>first|last)\s+two\s+quarters)"
         r"(?:\s+of)?(?:\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<year><YEAR4>)|"
         + _YREL + r"|the\s+year))?(?![\w-])",
         _half, guard=lambda m, text: bool(m.group("year") or m.group("yrel")
                                          or "year" in m.group(0).lower()),
         keys=keys("half quarters")),
    rule("half-code", "quarter",
         r"<B>H(?P<h>[12])\s+(?P<year><YEAR4>)(?![\w-])", _half,
         keys=keys("h")),
)

