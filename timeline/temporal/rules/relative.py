"""Rules for periods counted from the publication date, and parts of periods.

"today", "yesterday", "tomorrow", "this week", "last month", "next year", "earlier this week",
"the weekend", "three years ago", "a month ago", and the part rule that puts a modifier on any
period: "early August", "mid-1996", "late last week", "the end of the month". Each resolves
to the period itself at its own grain ("last month" is a month), never to a day inside it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.model import TimeValue
from timeline.temporal import calendar as cal
from timeline.temporal.grammar import SINCE_IN, Context, Resolved, rule, word_after, word_before
from timeline.temporal.lexicon import AWARD_TITLES, ORDINALS, UNITS, keys, parse_number
from timeline.temporal.tense import FUTURE, PAST, tense_of

_DAY_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}
_EDGE_MOD = {"early": "START", "late": "END", "mid": "MID"}


def _deictic(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    word = " ".join(m.group("word").lower().split())
    d = anchor + timedelta(days=_DAY_SHIFT[word])
    edge = (m.group("edge") or "").lower()
    return Resolved(cal.day_value(d, _EDGE_MOD.get(edge)), f"'{word}' from {anchor}")


def period_value(unit: str, anchor: date, step: int, mod: str | None = None) -> TimeValue:
    """The week/month/quarter/year/decade/century `step` periods away from the anchor's."""
    if unit == "week":
        return cal.week_value(anchor + timedelta(weeks=step), mod)
    if unit == "weekend":
        return cal.weekend_value(anchor + timedelta(weeks=step), mod)
    if unit == "month":
        d = cal.shift(anchor.replace(day=1), months=step)
        return cal.month_value(d.year, d.month, mod)
    if unit == "quarter":
        index = anchor.year * 4 + cal.quarter_of(anchor) - 1 + step
        return cal.quarter_value(index // 4, index % 4 + 1, mod)
    if unit == "year":
        return cal.year_value(anchor.year + step, mod)
    if unit == "decade":
        return cal.decade_value(anchor.year // 10 * 10 + 10 * step, mod)
    if unit == "century":
        return cal.century_value(anchor.year // 100 + 1 + step, mod)
    raise ValueError(unit)


_STEP = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
         "this past": -1, "next": 1, "coming": 1, "this coming": 1, "the coming": 1,
         # "the latest fiscal year": the last complete one, as with "the latest quarter".
         "the latest": -1, "the most recent": -1}


def _this_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    step = _STEP[rel]
    if unit in ("week", "weekend") and rel == "this past":
        # The week(end) just gone: the anchor's own when the anchor is at its end.
        step = 0 if anchor.isoweekday() >= 6 else -1
    edge = (m.group("edge") or "").lower()
    mod = _EDGE_MOD.get(edge)
    if unit == "year" and step == -1 and not mod and _COMPARED.search(
            ctx.text, max(0, ctx.start - 16), ctx.start):
        # "profit rose 5% from last year" after "third-quarter profit": that quarter, a year back.
        framed = same_period_years_back(ctx.reporting_period(), "year", 1, -1)
        if framed is not None:
            return Resolved(framed, f"'{rel} {unit}' compared with the {framed.granularity} "
                                    f"named before", frames=False)
    value = period_value(unit, anchor, step, mod)
    return Resolved(value, f"'{rel} {unit}' from {anchor}")


_COMPARED = re.compile(r"\b(?:from|than|over|versus|vs\.?|with)\s+$", re.IGNORECASE)


#: The length of each unit "the next …" may name, as a TIMEX3 duration.
_SPANS = {"week": "P1W", "month": "P1M", "quarter": "P3M", "year": "P1Y", "decade": "P10Y",
          "century": "P100Y"}


def _the_adjacent(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"within the next year", "over the past year": TimeML reads these as the adjacent
    calendar period (the year after or before the anchor's), not as a length of time."""
    anchor = ctx.need_anchor()
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    step = 1 if rel in ("next", "coming") else -1
    tense = ctx.tense
    if step == 1 and unit in _SPANS and tense.tense == PAST and tense.cue \
            and word_before(ctx.text, ctx.start) in ("over", "during", "throughout", "for"):
        # "Over the next decade she ran 40 marathons": told in the past, "next" counts from
        # the story's time, not the paper's; what it says is how long ("asked if the war can
        # end within the next year" stays the year ahead).
        return Resolved(cal.duration_value(_SPANS[unit]),
                        f"'the {rel} {unit}' told in the past: a length of time")
    if unit == "weekend" and step == 1 and anchor.isoweekday() < 6:
        step = 0  # on a weekday the next weekend is the one of the anchor's week
    return Resolved(period_value(unit, anchor, step), f"'the {rel} {unit}' from {anchor}")


def _this_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"this season", "last season" (of a sport, of hurricanes, of a crop): TIMEX3 has no
    value for a season that is no quarter of the calendar; the year it is named by, counted
    from the anchor's, says most of it."""
    anchor = ctx.need_anchor()
    step = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return Resolved(period_value("year", anchor, step), f"'{m.group(0)}': a year of {anchor}")


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    tense = ctx.tense.tense
    # On a Saturday or Sunday "the weekend" is this one, but one still to come on a Sunday
    # ("should fall below flood stage by the weekend") is the next; otherwise the tense picks.
    if anchor.isoweekday() == 7 and tense == FUTURE:
        step = 1
    else:
        step = 0 if anchor.isoweekday() >= 6 or tense == FUTURE else -1
    return Resolved(period_value("weekend", anchor, step), f"'the weekend', {tense} tense")


_UNIT_PERIOD = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year",
                "DE": "decade", "CE": "century"}


def shifted(unit_word: str, count: float, base: date, sign: int) -> TimeValue | None:
    """The period `count` units before (sign -1) or after (+1) `base`, at the unit's grain,
    or None when that is off the calendar ("2024 years ago")."""
    try:
        return _shifted(unit_word, count, base, sign)
    except (ValueError, OverflowError):
        return None


def _shifted(unit_word: str, count: float, base: date, sign: int) -> TimeValue | None:
    code = UNITS[unit_word.lower()]
    if code == "2W":
        code, count = "W", count * 2
    grain = _UNIT_PERIOD.get(code)
    if grain is None or count != int(count):
        return None
    n = int(count) * sign
    if grain == "day":
        return cal.day_value(base + timedelta(days=n))
    if grain == "week":
        return cal.week_value(base + timedelta(weeks=n))
    if grain == "month":
        d = cal.shift(base, months=n)
        return cal.month_value(d.year, d.month)
    if grain == "quarter":
        d = cal.shift(base, months=3 * n)
        return cal.quarter_value(d.year, cal.quarter_of(d))
    if grain == "year":
        return cal.year_value(base.year + n)
    # "a decade ago", "a century later": a point that far away, so the year it falls in
    # (the decade or century it falls in would claim ten or a hundred years around it).
    return cal.year_value(base.year + n * (10 if grain == "decade" else 100))


def same_period_years_back(period: TimeValue | None, unit: str, count: float,
                           sign: int) -> TimeValue | None:
    """"a year ago" right after "third-quarter profit": that quarter, a year away."""
    if period is None or period.start is None or not unit.lower().startswith("year") \
            or count != 1:
        # Only the one-year comparison is an idiom of reports; "three years ago" is a year.
        return None
    return _same_period_in(period, period.start.year + sign)


def _same_period_in(period: TimeValue, year: int) -> TimeValue:
    """The quarter, half or month `period` names, in `year`."""
    assert period.start is not None
    d = cal.shift(period.start, years=year - period.start.year)
    if period.granularity == "quarter":
        return cal.quarter_value(d.year, cal.quarter_of(d))
    if period.granularity == "half":
        return cal.half_value(d.year, 1 if d.month <= 6 else 2)
    return cal.month_value(d.year, d.month)


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    count = parse_number(m.group("n")) if m.group("n") else 1.0
    if count is None:
        return None
    sign = -1 if m.group("dir").lower() == "ago" else 1
    same = (m.group("same") or "").lower().split()
    unit = m.group("unit").lower().rstrip("s")
    if m.group("dir").lower().endswith("today") and unit in ("day", "week") \
            and count == int(count):
        # "a week from today": that very day.
        day = anchor + timedelta(days=int(count) * (7 if unit == "week" else 1))
        return Resolved(cal.day_value(day), f"{m.group(0).strip()}: {anchor} moved ahead")
    if same and unit in ("year", "decade", "centurie", "century") and count == int(count):
        # "thirty years ago today", "a year ago this week": that day (week, month) then.
        years = int(count) * {"year": 1, "decade": 10}.get(unit, 100)
        grain = {"today": "day", "week": "week"}.get(same[-1], "month")
        return Resolved(_years_back(grain, anchor, years),
                        f"{m.group(0).strip()}: the {grain} of {anchor}, {years} years back")
    framed = same_period_years_back(ctx.reporting_period(), m.group("unit"), count, sign)
    if framed is not None:
        return Resolved(framed, f"{m.group(0).strip()}: the {framed.granularity} named before,"
                                f" shifted", frames=False)
    value = shifted(m.group("unit"), count, anchor, sign)
    if value is None:
        return None
    mod = "APPROX" if m.group("approx") else None
    if mod:
        value = TimeValue(value.value, value.type, value.start, value.end, value.granularity, mod)
    return Resolved(value, f"{m.group(0).strip()} from {anchor}")


_NOT_QUALITY = frozenset("""few couple full whole single half calendar fiscal leap school record
further additional extra more other another new given certain straight consecutive successive
running row""".split())


def _quality_guard(m: re.Match[str], text: str) -> bool:
    # "a fourth straight month": a count of periods, not the period of the news.
    words = m.group("adj").lower().split()
    return not any(w in _NOT_QUALITY or w in ORDINALS or not w.isalpha() for w in words)


def _quality_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    unit = m.group("unit").lower()
    return Resolved(period_value(unit, anchor, 0),
                    f"'a {m.group('adj').strip()} {unit}' told as news: the {unit} of {anchor}")


def _year_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    framed = same_period_years_back(ctx.reporting_period(), "year", 1, -1)
    if framed is not None and framed.start is not None and "quarter" in m.group(0).lower():
        # "the year-ago quarter" is a quarter even after a month was named.
        framed = cal.quarter_value(framed.start.year, cal.quarter_of(framed.start))
    if framed is not None:
        return Resolved(framed, f"'{m.group(0)}': the {framed.granularity} named before, "
                                f"a year back", frames=False)
    anchor = ctx.need_anchor()
    return Resolved(cal.year_value(anchor.year - 1), f"'{m.group(0)}': the year before {anchor}")


def _year_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the 2024 period", "the 2024 quarter" in a results story: the period named before,
    in that year; with none named, the year itself."""
    year = int(m.group("year"))
    # "In the first nine months, arrivals reached 3 million, against 2.1 million in the 2024
    # period": the months this sentence named, in that year; TIMEX3 can say only the year.
    period = ctx.reporting_period()
    if period is not None and period.start is not None and (
            m.group("noun").lower() == "period" or period.granularity == m.group("noun").lower()):
        framed = _same_period_in(period, year)
        return Resolved(framed, f"the {period.granularity} named before, in {year}",
                        frames=False)
    if m.group("noun").lower() != "period":
        return None
    return Resolved(cal.year_value(year), f"'{m.group(0)}' with no period named before")


def _the_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"for the year", "the fiscal year" in news: the year the article is written in."""
    anchor = ctx.need_anchor()
    return Resolved(cal.year_value(anchor.year), f"'{m.group(0)}': the year of {anchor}")


#: The word before "of" right before the expression: "album" of "album of the year".
_WORD_BEFORE_OF = re.compile(r"([A-Za-z]+)\s+of\s+$")
#: "the year before", "the year that ...", "the year to March": not the current year.
_NOT_THE_YEAR = frozenset("""ago earlier before after later when that which in to ended ending
since following prior""".split())


def _the_year_guard(m: re.Match[str], text: str) -> bool:
    if text[m.end():m.end() + 1] in ("-", "'", "’"):
        return False
    after = word_after(text, m.end())
    if after.lower() in _NOT_THE_YEAR:
        return False
    titled = _WORD_BEFORE_OF.search(text, max(0, m.start() - 40), m.start())
    if titled is not None and titled.group(1).lower() in AWARD_TITLES:
        return False  # "won album of the year": an award's name
    # "the year of the dragon" names a year by what happened in it; "a high for the year of
    # $42" does not.
    return after.lower() != "of" or bool(re.match(r"\s+of\s+[$\d]", text[m.end():]))


_THIS_UNIT = re.compile(r"\bthis\s+(week|month|quarter|year)\b(?:[^.;]|\.(?=\d))*$",
                        re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(r"\b(?:as|than|or|and)\s+$", re.IGNORECASE)


def _elided_guard(m: re.Match[str], text: str) -> bool:
    lo = max(0, m.start() - 160)
    return _ELLIPSIS_BEFORE.search(text, lo, m.start()) is not None and \
        _THIS_UNIT.search(text, lo, m.start()) is not None


def _elided(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"as many visitors this year as last", "this year or next": the unit is the
    one "this" named just before."""
    this = _THIS_UNIT.search(ctx.text, max(0, ctx.start - 160), ctx.start)
    if this is None:
        return None
    anchor = ctx.need_anchor()
    unit = this.group(1).lower()
    step = -1 if m.group(0).lower() == "last" else 1
    return Resolved(period_value(unit, anchor, step), f"'{m.group(0)} {unit}', the unit elided")


def _in_units_guard(m: re.Match[str], text: str) -> bool:
    # "in a year or two" is no point in time. "in seven years' time" is one whatever the
    # verb ("our centenary is in seven years' time"); "in seven years" only told as ahead.
    return word_before(text, m.start()) == "in" and \
        word_after(text, m.end()).lower() != "or" and \
        not SINCE_IN.search(text, max(0, m.start() - 48), m.start()) and \
        (m.group("time") is not None or tense_of(text, m.start(), m.end()) == FUTURE)


def _in_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the line will open in five years": the time that far ahead of the publication date,
    as "five years from now" (told in the past or present, "in five years" is a length)."""
    anchor = ctx.need_anchor()
    count = parse_number(m.group("n"))
    value = shifted(m.group("unit"), count, anchor, 1) if count else None
    if value is None:
        return None
    return Resolved(value, f"in {m.group(0)}, future tense, from {anchor}")


def _latest_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the latest period" in a results story: the reporting period named before."""
    if ctx.last_period is None:
        return None
    return Resolved(ctx.last_period, f"the {ctx.last_period.granularity} named before")


def _rest_of_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"for the rest of the week": what is left of the anchor's week (month, year)."""
    anchor = ctx.need_anchor()
    unit = m.group("unit").lower()
    return Resolved(period_value(unit, anchor, 0), f"the rest of the {unit} of {anchor}")


def _full_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    return Resolved(cal.year_value(anchor.year), f"the full year of {anchor}")


def _same_last_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the same month last year", "the same week a year ago": that period of the story (the
    last one the text named, else the anchor's), a year back. "The same time last year",
    "this time last year" are read as the month."""
    unit = (m.group("unit") or "time").lower()
    if unit == "time":
        unit = "month"
    if unit == "weekend":
        return _same_weekend_last_year(ctx)
    last = ctx.last_date
    if last is not None and last.start is not None and last.granularity == unit:
        base, source = last.start, last.value
    else:
        base = ctx.need_anchor()
        source = base.isoformat()
    return Resolved(_years_back(unit, base, 1), f"the {unit} of {source}, a year back")


def _same_weekend_last_year(ctx: Context) -> Resolved:
    """"the same weekend last year" (box office, traffic, sales): the weekend the text last
    named, else the anchor's own on a Saturday or Sunday, the one just gone early in the week
    and the coming one later in it; the weekend of the same ISO week number a year back."""
    last = ctx.last_date
    if last is not None and last.start is not None and last.value.endswith("-WE"):
        base, source = last.start, last.value
    else:
        anchor = ctx.need_anchor()
        weekday = anchor.isoweekday()
        base = anchor - timedelta(days=weekday) if weekday <= 2 else anchor
        source = cal.weekend_value(base).value
    weekend = cal.weekend_value(_years_back("week", base, 1).start or base)
    return Resolved(weekend, f"the weekend of {source}, a year back")


def _years_back(grain: str, day: date, years: int) -> TimeValue:
    """The day, week or month of `day`, `years` back: the same date, the same ISO week
    number (the last week of a year without a 53rd), the same month."""
    if grain == "week":
        iso_year, week, _ = day.isocalendar()
        target = iso_year - years
        week = min(week, date(target, 12, 28).isocalendar().week)
        return cal.week_value(date.fromisocalendar(target, week, 1))
    back = cal.shift(day, years=-years)
    return cal.day_value(back) if grain == "day" else cal.month_value(back.year, back.month)


def _year_to_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"up 40% year to date": the year under way, so far."""
    anchor = ctx.need_anchor()
    return Resolved(cal.year_value(anchor.year), f"the year of {anchor}, to date")


#: Calendars whose new year is another day: "the Lunar New Year", "the Jewish new year".
_NEW_YEAR_OF = frozenset("lunar chinese jewish persian islamic hindu thai".split())


def _new_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"in the new year": told in the second half of a year, the next one; in the first
    half, or in the past tense, the year under way."""
    anchor = ctx.need_anchor()
    ahead = anchor.month >= 7 and ctx.tense.tense != PAST
    year = anchor.year + 1 if ahead else anchor.year
    return Resolved(cal.year_value(year), f"'the new year' seen from {anchor}")


def _year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    anchor = ctx.need_anchor()
    return Resolved(cal.year_value(anchor.year, "END"), f"the end of {anchor.year}")


_PART_MOD = {"early": "START", "beginning": "START", "start": "START", "dawn": "START",
             "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
             "turn": "END"}


def _part(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("part").lower()
    key = next((k for k in _PART_MOD if k in word), None)
    mod = _PART_MOD[key] if key else None
    if word in ("earlier", "later"):
        mod = None
    inner = ctx.inner(*m.span("inner"))
    if inner is None:
        inner = _the_period(m.group("inner"), ctx)
    if inner is None or inner.type not in ("DATE", "TIME"):
        return None
    if word == "later" and inner.granularity == "week" and ctx.anchor is not None \
            and ctx.anchor.isoweekday() == 7 and ctx.tense.tense != PAST \
            and inner.start is not None \
            and inner.start <= ctx.anchor <= (inner.end or inner.start):
        # "will return later in the week" said on a Sunday, the week's last day: the coming
        # week ("fell later in the week" is the one ending).
        inner = period_value("week", ctx.anchor + timedelta(days=1), 0)
    value = TimeValue(inner.value, inner.type, inner.start, inner.end, inner.granularity, mod)
    return Resolved(value, f"'{word}' of {inner.value}")


_THE_PERIOD = re.compile(r"(?:the|that)\s+(week|month|year|decade|century)", re.IGNORECASE)


def _the_period(text: str, ctx: Context) -> TimeValue | None:
    """"the month" in "the end of the month": the period of the narrative, else the anchor's."""
    m = _THE_PERIOD.fullmatch(text)
    if not m:
        return None
    unit = m.group(1).lower()
    base = ctx.last_date.start if ctx.last_date is not None and ctx.last_date.start else None
    if base is not None and unit in ("decade", "century") and ctx.tense.tense == PAST \
            and ctx.tense.cue and not ctx.tense.since and ctx.anchor is not None \
            and period_value(unit, base, 0).value != period_value(unit, ctx.anchor, 0).value:
        # "In 1953 they began building trailers. By the end of the decade the company
        # employed 30 people": told in the past, the decade of the story.
        return period_value(unit, base, 0)
    if base is None or text.lower().startswith("the "):
        base = ctx.need_anchor()
    return period_value(unit, base, 0)


_PERIOD_UNIT = r"(?P<unit>week|weekend|month|quarter|year|decade|century)"

_INNER = (
    r"(?:<MONTH>(?:,?\s+(?:<YEAR4>|(?:this|last|next)\s+year))?|(?:fiscal\s+)?<YEAR4>"
    r"|(?:the\s+)?1[5-9]\d0'?s|(?:the\s+)?20\d0'?s"
    r"|(?:this|last|next|the\s+current|the\s+previous|the\s+coming|the|that)\s+"
    r"(?:week|month|quarter|year|decade|century)"
    r"|(?:this|last|next|the)\s+(?:<SEASON>|<MONTH>)|<SEASON>(?:\s+(?:of\s+)?<YEAR4>)?"
    r"|the\s+(?:first|second|third|fourth)\s+quarter(?:\s+of\s+<YEAR4>)?"
    r"|yesterday|today|tomorrow|<WEEKDAY>)"
)

RULES = (
    rule("deictic-day", "relative",
         r"<B>(?:(?P<edge>early|late|earlier|later)\s+)?"
         r"(?P<word>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday"
         r"|the\s+day\s+after\s+tomorrow)(?![\w-])",
         _deictic, priority=1,
         keys=keys("today yesterday tomorrow")),
    rule("this-period", "relative",
         r"<B>(?:(?P<edge>early|late|mid|earlier|later)(?:-|\s+))?"
         r"(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+current|the\s+latest|"
         r"the\s+most\s+recent|this|current|last|past|previous|next|coming)\s+"
         r"(?:fiscal\s+|calendar\s+)?" + _PERIOD_UNIT + r"(?![\w-])",
         _this_period, guard=lambda m, text: _period_guard(m, text),
         keys=keys("week weekend month quarter year decade century")),
    rule("this-season", "relative",
         r"<B>(?P<rel>this|last|next)\s+season(?![\w-])",
         _this_season, keys=keys("season"), reach=(8, 4)),
    rule("the-adjacent-period", "relative",
         r"<B>the\s+(?P<rel>next|past|last|coming)\s+(?P<unit>weekend|week|month|quarter|year|"
         r"decade|century)(?:\s+or\s+so)?(?![\w-])",
         _the_adjacent, guard=lambda m, text: word_after(text, m.end()).lower() != "of",
         keys=keys("weekend week month quarter year decade century")),
    rule("the-weekend", "relative", r"<B>the\s+weekend(?![\w-])", _weekend,
         guard=lambda m, text: word_after(text, m.end()).lower() != "of",
         keys=keys("weekend")),
    rule("quality-period", "relative",
         r"<B>an?\s+(?P<adj>(?:[a-z]+\s+){1,2}?)(?P<unit>week|month|year)"
         r"(?=\s+(?:for|of|in|on|at)\b|\s*[,;—–]|\s+-\s)",
         _quality_period, priority=-1, guard=_quality_guard,
         keys=keys("week month year")),
    rule("year-ago", "relative",
         r"<B>(?:(?P<det>the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?year[-\s]"
         r"(?:ago|earlier)"
         r"(?P<noun>\s+(?:(?:first|second|third|fourth)[-\s])?(?:quarter|period|month|half))?"
         r"|the\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:period|quarter)\s+"
         r"(?:of\s+|in\s+)?(?:last|a)\s+year(?:\s+ago|\s+earlier)?"
         r"|last\s+year's\s+(?:quarter|period))"
         r"(?![\w-])",
         _year_ago, keys=keys("ago earlier last year"),
         extent=lambda m: m.span() if m.group("noun") or not m.group("det")
         else (m.end("det"), m.end())),
    rule("year-period", "relative",
         r"<B>the\s+(?P<year><YEAR4>)\s+(?P<noun>period|quarter|half)(?![\w-])",
         _year_period, priority=1, keys=keys("period quarter half"), reach=(16, 8)),
    rule("the-year", "relative", r"<B>the\s+(?:fiscal\s+|calendar\s+)?(?-i:year)(?![\w-])",
         _the_year, priority=-1, guard=_the_year_guard, keys=keys("year"), reach=(20, 6)),
    rule("in-units", "relative",
         r"<B>(?P<n><NUM>|an?|one)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)"
         r"(?P<time>['’]s?\s+time)?(?![\w-])",
         _in_units, priority=1, guard=_in_units_guard,
         keys=keys("day days week weeks fortnight fortnights month months year years decade "
                   "decades"),
         reach=(30, 20)),
    rule("elided-period", "relative", r"<B>(?:last|next)(?=\s*[.,;:)!?]|\s*$)", _elided,
         guard=_elided_guard, keys=keys("last next"), reach=(8, 4)),
    rule("latest-period", "relative", r"<B>the\s+(?:latest|most\s+recent)\s+period(?![\w-])",
         _latest_period, keys=keys("period")),
    rule("same-last-year", "relative",
         r"<B>(?:the\s+same\s+(?P<unit>day|weekend|week|month|time)|this\s+(?P<this>time))\s+"
         r"(?:of\s+|in\s+)?"
         r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|the\s+year\s+before)"
         r"(?![\w-])",
         _same_last_year, priority=2, keys=keys("same time"), reach=(8, 48)),
    rule("year-to-date", "relative",
         r"<B>(?P<the>the\s+)?year[-\s]to[-\s]date(?![\w-])", _year_to_date, keys=keys("year"),
         # "the year-to-date gain": the article belongs to the noun.
         extent=lambda m: (m.end("the"), m.end()) if m.group("the") and "-" in m.group(0)
         else m.span()),
    rule("new-year", "relative",
         r"<B>the\s+(?:new\s+year|New\s+Year)(?![\w-]|['’]s|\s+(?:Eve|Day|holiday))",
         _new_year, guard=lambda m, text: word_before(text, m.start()) not in _NEW_YEAR_OF,
         keys=keys("year")),
    rule("rest-of-period", "relative",
         r"<B>the\s+rest\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)(?![\w-])",
         _rest_of_period, keys=keys("rest")),
    rule("full-year", "relative", r"<B>the\s+full\s+year(?![\w-])", _full_year,
         keys=keys("year")),
    rule("year-end", "relative",
         r"<B>(?:the\s+)?year(?:'s)?[-\s]end(?![\w-])", _year_end, keys=keys("end")),
    rule("ago", "relative",
         r"<B>(?P<approx>(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|"
         r"just\s+over|just\s+under|over)\s+)?(?P<n><COUPLE>|<NUM>|a|an|one)?\s*"
         r"(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
         r"(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|from\s+today|hence)"
         r"(?:\s+(?P<same>today|this\s+week|this\s+month))?(?![\w-])",
         _ago, guard=lambda m, text: m.group("n") is not None,
         keys=keys("ago now hence today"),
         reach=(70, 10)),
    rule("part", "part",
         r"<B>(?P<part>(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn|dawn)"
         r"\s+of|(?:the\s+)?(?:early|mid|late)|earlier|later)(?:-|\s+)(?:in\s+)?"
         # ("its record close of Feb. 19" is a date: no day number may follow.)
         r"(?P<inner>" + _INNER + r")(?![\w-])(?!\.?\s*\d{1,2}(?!\d))",
         _part, priority=2,
         keys=keys("beginning start middle end close turn dawn early mid late earlier later")),
)


_OPENING_QUOTE = ("\"", "“", "‘", "'")


def _title_guard(m: re.Match[str], text: str) -> bool:
    """Every word capitalised right after an opening quote, as in a talk show called "This
    Week", is a title, not a time."""
    words = m.group(0).split()
    return not (text[max(0, m.start() - 1):m.start()] in _OPENING_QUOTE
                and all(w[:1].isupper() for w in words) and len(words) > 1)


def _period_guard(m: re.Match[str], text: str) -> bool:
    if not _title_guard(m, text):
        return False
    rel = " ".join(m.group("rel").lower().split())
    after_the = text[max(0, m.start() - 4):m.start()].lower().endswith("the ")
    if after_the and rel in ("last", "next") and word_after(text, m.end()).lower() == "of":
        # "the last week of December", "the next month of talks": part of what follows.
        return False
    if rel in ("past", "previous", "current") and after_the \
            and m.group("unit").lower() != "weekend":
        # "the past year" is a stretch of time ending now: the duration rules take it.
        return False
    return not (rel == "coming" and m.group("unit").lower() != "weekend")

