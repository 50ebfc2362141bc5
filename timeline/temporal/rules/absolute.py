"""Rules for dates written out on the calendar: full and partial dates, years, decades, centuries.

"January 17, 2025", "17 January 2025", "Jan. 17", "2025-01-17", "1/17/2025", "the 17th of
January", "January 2025", "2023", "fiscal 1989", "the 1990s", "the 20th century",
"nineteen ninety-six", "on the 17th", "Christmas Eve", "Thanksgiving", "Good Friday". A date
without a year takes the year from the anchor and the clause's tense (`direction.month_day`,
`direction.yearly` for holidays, whose days the lexicon gives as fixed dates, n-th weekdays
of a month or offsets from Easter); everything else needs no anchor at all. Bare four-digit
numbers are years only when nothing says they count things ("2022 votes", "$2023", "2023%").
Rare numeric spellings ("17.01.2025") are handed to dateparser, which is never on the hot
path: only those few strings reach it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from timeline.model import TimeValue
from timeline.temporal import calendar as cal
from timeline.temporal import direction
from timeline.temporal.grammar import (
    HALF_YEAR_DAYS,
    LONG_AGO_DAYS,
    YEAR_REL,
    Context,
    Resolved,
    related_year,
    rule,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import (
    HOLIDAY_NAME_HEADS,
    HOLIDAYS,
    ORDINALS,
    keys,
    month_number,
    parse_number,
    weekday_number,
    words_year,
    year_number,
)
from timeline.temporal.tense import FUTURE, PAST, plan_told_in_past


def _day(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else ORDINALS[text.lower()]


def _dated(m: re.Match[str], ctx: Context, year_text: str | None) -> Resolved | None:
    month = month_number(m.group("month"))
    day = _day(m.group("day"))
    if year_text:
        d = cal.valid_day(int(year_text), month, day)
        return Resolved(cal.day_value(d), "calendar date") if d else None
    anchor = ctx.need_anchor()
    weekday = m.groupdict().get("weekday")
    if weekday:
        # "Saturday, April 25": the weekday picks the year when one of the candidates fits.
        wanted = weekday_number(weekday)
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            d = cal.valid_day(year, month, day)
            if d and d.isoweekday() == wanted:
                return Resolved(cal.day_value(d), f"date whose weekday fits, near {anchor}")
        # "At 1.23am on 26 April 1986 … learned of the accident on Monday, 28 April": else
        # the year of a day the story wrote out, if the weekday fits there.
        for year in reversed(dict.fromkeys(ctx.told_days.values())):
            d = cal.valid_day(year, month, day)
            if d and d.isoweekday() == wanted:
                return Resolved(cal.day_value(d), f"date whose weekday fits the story's {year}")
    told = ctx.told_days.get((month, day))
    if told is not None:
        d = cal.valid_day(told, month, day)
        if d is not None:
            return Resolved(cal.day_value(d), "the same day written before with its year")
    listed = ctx.listed_day
    if listed is not None and listed.start is not None:
        # "opens on Thursday 14 May, … Dublin on 26 May": the year that puts it nearest the
        # day its sentence named before it.
        tense = ctx.tense.tense if ctx.tense.cue else "present"
        near = [d for y in (listed.start.year - 1, listed.start.year, listed.start.year + 1)
                if (d := cal.valid_day(y, month, day)) is not None
                and not (tense == PAST and d > anchor or tense == FUTURE and d < anchor)]
        d = min(near, key=lambda d: abs((d - listed.start).days), default=None)
        if d is not None and abs((d - listed.start).days) <= 183:
            return Resolved(cal.day_value(d), f"date near {listed.value}, told before it "
                                              "in its sentence")
    framed = ctx.framed_year(lambda y: cal.valid_day(y, month, day))
    if framed is not None:
        d = cal.valid_day(framed, month, day)
        assert d is not None
        return Resolved(cal.day_value(d),
                        f"date of the year its sentence names ({ctx.year_frame.value})")
    tense = ctx.tense
    choice = tense.tense if tense.cue else "present"
    if choice == FUTURE and plan_told_in_past(ctx.text, ctx.start):
        # "The launch was originally scheduled for Feb. 26 but slipped": the plan may have
        # been for a day already passed; the nearest such date, not one a year ahead.
        choice = "present"
    d = direction.month_day(anchor, month, day, choice)
    if d is None:
        return None
    if choice == PAST and d > anchor and ctx.told_days and not _START_BEFORE.search(
            ctx.text, max(0, ctx.start - 16), ctx.start):
        # "Pearse had first read it on 24 April 1916. … Pearse surrendered on 29 April": a
        # past the tense cannot reach from the paper's date lies in the story's year, when
        # the story last wrote out a day of a year gone. (Not the start or end of what a
        # past clause told of: "was considering tariffs from 1 February".)
        (told_month, told_day), told_year = next(reversed(ctx.told_days.items()))
        told = cal.valid_day(told_year, told_month, told_day)
        near = [c for y in (told_year - 1, told_year, told_year + 1)
                if (c := cal.valid_day(y, month, day)) is not None and c <= anchor]
        if told is not None and (anchor - told).days > LONG_AGO_DAYS and near \
                and ctx.still_at(told):
            best = min(near, key=lambda c: abs((c - told).days))
            if abs((best - told).days) <= HALF_YEAR_DAYS:
                return Resolved(cal.day_value(best), f"date without year, past: near the "
                                                     f"story's {told}")
    if choice == PAST and d > anchor and ctx.strict_past():
        d = direction.month_day(anchor, month, day, choice, strict=True)
        assert d is not None
    return Resolved(cal.day_value(d), f"date without year, {choice} of {anchor}")


#: A preposition opening or closing a stretch of time: "from 1 February", "until 3 May" (not
#: "It was not until 14 May that …", a past).
_START_BEFORE = re.compile(
    r"\b(?:from|starting|beginning|(?<!not )until|till|by|through|before)\s+$", re.IGNORECASE)


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    relative = m.groupdict().get("yrel")
    if relative:
        # "on 1 July next year", "Nov. 30 of that year": that day of the year it names.
        year, _ = related_year(" ".join(relative.lower().split()), ctx)
        return _dated(m, ctx, str(year))
    return _dated(m, ctx, m.group("year"))


def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = cal.valid_day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Resolved(cal.day_value(d), "ISO date") if d else None


def _numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    d = cal.valid_day(year, int(m.group("m")), int(m.group("d")))
    return Resolved(cal.day_value(d), "numeric date, month first") if d else None


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = year_number(m.group("year"))
    if year is None:
        return None
    return Resolved(cal.month_value(year, month_number(m.group("month"))), "month and year")


_COUNTED = re.compile(r"[a-z]{3,}s$")
_NOT_PLURAL = frozenset("""is was has does his this its as us plus thus always perhaps towards
afterwards whereas news ends begins says sees gives makes takes comes goes seems looks marks
brings promises proves remains shows starts continues holds offers""".split())
_COUNT_WORDS = frozenset("""people men women children troops soldiers police staff personnel
votes units cases deaths km miles kg tonnes tons percent per""".split())
_YEAR_BEFORE = frozenset("""in since by until till from to through of during before after
early late mid between around fiscal year the his her their its our your my
spring summer autumn fall winter""".split())


_RANGE_START = re.compile(r"[-–](?:\d{4}|\d{2})\b")
_RANGE_END = re.compile(r"\d{4}[-–]$")


#: "2000 BC", "the 12th century BCE": TIMEX3 years here are of the common era.
_BEFORE_COMMON_ERA = re.compile(r"\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)(?!\w)")


def _not_bc(m: re.Match[str], text: str) -> bool:
    return _BEFORE_COMMON_ERA.match(text, m.end()) is None


#: Plurals a year names the time of, never a count of: "2019 levels", "2024 figures".
_OF_A_YEAR = frozenset("""levels figures prices rates results earnings sales numbers totals
highs lows peaks averages elections olympics budgets accounts standards""".split())


#: A year and "and" or "or" right before another number: "the 2003 and 2004 seasons".
_YEAR_AND_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d,?\s+(?:and|or)\s+$")


def _year_guard(m: re.Match[str], text: str) -> bool:
    if not _not_bc(m, text):
        return False
    if _RANGE_START.match(text, m.end()) or _RANGE_END.search(text, max(0, m.start() - 5),
                                                                m.start()):
        # "the 2019-2021 talks", "the 2022–23 season": a span of years.
        return True
    after = word_after(text, m.end())
    low = after.lower()
    rest = text[m.end():m.end() + 2]
    if rest[:1] in ("%", "$") or rest.startswith(("-", "/")) and rest[1:2].isdigit():
        return False
    if low in _COUNT_WORDS:
        return False
    if low in _OF_A_YEAR:
        return True  # "85 per cent of 2019 levels": the levels of that year, not 2019 of them
    if _COUNTED.match(low) and low not in _NOT_PLURAL and after == low:
        # "2022 votes" counts; "the 2019 talks", "fiscal 1989 sales" name a year, as does
        # the second of two years joined by "and" ("after the 2003 and 2004 seasons").
        return m.start("year") > m.start() or \
            word_before(text, m.start()) in _YEAR_BEFORE - {"of"} or \
            _YEAR_AND_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
    return True


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved(cal.year_value(int(m.group("year"))), "year")


def _fiscal_code(m: re.Match[str], ctx: Context) -> Resolved | None:
    digits = m.group("year")
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if len(digits) == 2 and year > (ctx.anchor.year if ctx.anchor else 2000) + 10:
        year -= 100  # "FY98" in an older story
    return Resolved(cal.year_value(year), f"fiscal year {year}")


def _word_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = words_year(m.group("year"))
    return Resolved(cal.year_value(year), "year in words") if year else None


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    digits = m.group("decade")
    if digits:
        start = int(digits)
        if start < 100:
            start += 1900 if start >= 30 else 2000
    else:
        base = 1900
        word = m.group("wdecade").lower()
        tens = parse_number(word[:-3] + "y") if word.endswith("ies") else None
        if tens is None:
            return None
        start = base + int(tens)
    return Resolved(cal.decade_value(start), "decade")


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group("cent")
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else ORDINALS.get(text.lower())
    if not number or number < 1:
        return None
    return Resolved(cal.century_value(number), "century")


def _decade_short(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("short"):
        start = int(m.group("short"))
        start += 1900 if start >= 30 else 2000
        return Resolved(cal.decade_value(start), "decade")
    return _decade(m, ctx)


def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    name = " ".join(m.group("name").lower().replace("’", "'").split())
    year = m.group("year")
    if m.group("rel"):
        # "Christmas Eve last year": that year's, counted from the anchor.
        step = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
        year = str(ctx.need_anchor().year + step)
    return _yearly_day(holiday_day(HOLIDAYS[name]), year, ctx, name)


#: Words before "New Year" that make it another calendar's, a greeting or a year: "Lunar New
#: Year", "Happy New Year", "the New Year" (see the relative rules).
_NOT_JANUARY_NEW_YEAR = frozenset("the a this next last happy".split())


def _holiday_guard(m: re.Match[str], text: str) -> bool:
    """A name, capitalised ("Christmas", "the late May bank holiday"), not the start of a
    longer proper name (`HOLIDAY_NAME_HEADS`); a bare "New Year" only as the first of
    January ("over Christmas and New Year"), not "Chinese New Year"."""
    name = m.group("name")
    if name.islower():
        return False
    after = word_after(text, m.end())
    if after[:1].isupper() and after.lower() in HOLIDAY_NAME_HEADS:
        # "the Good Friday Agreement", "Christmas Island": a name, no day.
        return False
    if " ".join(name.lower().split()) != "new year":
        return True
    before = _WORD_BEFORE_NAME.search(text, max(0, m.start() - 30), m.start())
    return before is None or (before.group(1).lower() not in _NOT_JANUARY_NEW_YEAR
                              and not before.group(1)[:1].isupper())


_WORD_BEFORE_NAME = re.compile(r"([\w'’-]+)\s+$")


def _yearly_day(day_in: Callable[[int], date | None], year: str | None, ctx: Context,
                what: str) -> Resolved | None:
    """A day that comes once a year (`day_in(year)`), in the `year` written with it or, if
    none, the year the clause's tense points to from the anchor."""
    if year:
        d = day_in(int(year))
        return Resolved(cal.day_value(d), f"{what} of {year}") if d else None
    anchor = ctx.need_anchor()
    framed = ctx.framed_year(day_in)
    if framed is not None:
        d = day_in(framed)
        assert d is not None
        return Resolved(cal.day_value(d),
                        f"{what} of the year its sentence names ({ctx.year_frame.value})")
    tense = ctx.tense
    choice = tense.tense if tense.cue else "present"
    d = direction.yearly(anchor, day_in, choice, strict=ctx.strict_past())
    return Resolved(cal.day_value(d), f"{what}, {choice} tense, near {anchor}") if d else None


_EASTERS = {"easter": cal.western_easter, "orthodox easter": cal.orthodox_easter}
_EASTER_SPEC = re.compile(r"(easter|orthodox easter)(?: ([+-]\d+))?")
_NTH_WEEKDAY = re.compile(r"(-?\d) (\w+) of (\d\d)(?: ([+-]\d+))?")


def holiday_day(spec: str) -> Callable[[int], date | None]:
    """The day of a holiday in a given year, from its lexicon entry (see the lexicon's
    notes): "12-25", "4 thursday of 11", "easter -2"; rules that changed over the years are
    listed oldest first, each but the last with its last year ("05-30 until 1970;
    -1 monday of 05": Memorial Day before and after the US moved it to a Monday)."""
    if ";" not in spec:
        return _one_holiday_day(spec)
    eras: list[tuple[int | None, Callable[[int], date | None]]] = []
    for part in spec.split(";"):
        rule_text, _, until = part.strip().partition(" until ")
        eras.append((int(until) if until else None, _one_holiday_day(rule_text.strip())))

    def era_day(year: int) -> date | None:
        for last, day_in in eras:
            if last is None or year <= last:
                return day_in(year)
        return None
    return era_day


def _one_holiday_day(spec: str) -> Callable[[int], date | None]:
    relative = _EASTER_SPEC.fullmatch(spec)
    if relative is not None:
        easter = _EASTERS[relative.group(1)]
        offset = timedelta(days=int(relative.group(2) or 0))
        return lambda year: easter(year) + offset
    nth = _NTH_WEEKDAY.fullmatch(spec)
    if nth is not None:
        n, weekday, month = int(nth.group(1)), weekday_number(nth.group(2)), int(nth.group(3))
        shift = timedelta(days=int(nth.group(4) or 0))

        def nth_day(year: int) -> date | None:
            day = cal.nth_weekday(year, month, weekday, n)
            return day + shift if day is not None else None
        return nth_day
    month, day = (int(part) for part in spec.split("-"))
    return lambda year: cal.valid_day(year, month, day)


def _day_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"on the 17th": that day of the anchor's month or, by the tense, of a neighbouring one."""
    anchor = ctx.need_anchor()
    day = int(m.group("day"))
    tense = ctx.tense
    choice = tense.tense if tense.cue else "present"
    options = [d for step in (-1, 0, 1)
               if (d := cal.valid_day(*_month_step(anchor, step), day)) is not None]
    if choice == PAST:
        before = [d for d in options if d <= anchor]
        d = max(before) if before else None
    elif choice == FUTURE:
        after = [d for d in options if d >= anchor]
        d = min(after) if after else None
    else:
        d = min(options, key=lambda d: (abs((d - anchor).days), d < anchor)) if options else None
    if d is None:
        return None
    return Resolved(cal.day_value(d), f"day of month, {choice} tense, near {anchor}")


def _day_of_named_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first of the month", "the 15th of next month", "the last day of this month"."""
    anchor = ctx.need_anchor()
    which = m.group("which").lower()
    step = {"next": 1, "last": -1, "previous": -1}.get(which, 0)
    year, month = _month_step(anchor, step)
    word = m.group("day").lower()
    d = cal.month_end(year, month) if word == "last" else cal.valid_day(year, month, _day(word))
    if d is None:
        return None
    return Resolved(cal.day_value(d), f"day {word} of the month {year}-{month:02d}")


def _month_step(anchor: date, step: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + step
    return index // 12, index % 12 + 1


_AFTER_ORDINAL_NOUN = re.compile(r"\s+[a-z]")


_DAY_OF_MONTH_BEFORE = frozenset("on by until since from before after till".split())


def _day_of_month_guard(m: re.Match[str], text: str) -> bool:
    if word_before(text, m.start()) not in _DAY_OF_MONTH_BEFORE:
        return False
    # "the 17th century", "the 5th floor": an ordinal naming something else.
    return _AFTER_ORDINAL_NOUN.match(text, m.end()) is None or \
        word_after(text, m.end()).lower() in ("and", "or", "to", "at", "in", "when", "after",
                                              "before", "but", "as", "until", "through")


def _unusual(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Rare numeric spellings ("17.01.2025", "2025/01/17", "17-Jan-2025"): dateparser reads
    them. It is slow, but only ever sees the few strings this rule's pattern lets through."""
    import dateparser

    text = m.group(0)
    order = "YMD" if re.match(r"\d{4}", text) else "DMY"
    parsed = dateparser.parse(text, languages=["en"], settings={
        "DATE_ORDER": order, "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    return Resolved(cal.day_value(parsed.date()), "unusual date format, read by dateparser")


_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAYWORD = _DAY_NUMBER + r"(?!\d|:\d)"
#: A day named by a holiday or a month and a day, its year perhaps after it ("Christmas",
#: "Dec. 25, 2024", "1 May"): what "two days before", "the Sunday after" count from.
_NAMED_DAY = (r"(?-i:(?=[A-Z]))<HOLIDAY>(?:,?\s*<YEAR4>)?|(?:<MONTH>\s*" + _DAYWORD + r"|"
              + _DAYWORD + r"\s+<MONTH>)(?:,?\s*<YEAR4>)?")
#: What joins the two days of a range ("March 10-14", "Dec. 18 and 19", "18 to 19 May").
_DAY_JOIN = r"\s*(?:[-–]|to|and|or|through|until|till)\s*"
#: What may follow the last day of a range: its year, or the end of the phrase. A noun would
#: make the number a count ("on March 10 and 14 others").
_RANGE_END_AFTER = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|for|to|and|when|as|with|the|a|"
                    r"this|next|last|before|after|while|across|from|over|during|throughout|"
                    r"inclusive|including|but|or|because|so|until|through|under|near|around|"
                    r"into|between|among|against)\b)")


def _range_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The second day of "March 10-14": the first day's month and year, or the year given
    after the range ("March 10-14, 2025")."""
    first_day = _day(m.group("d1"))
    day = _day(m.group("day"))
    if day <= first_day:
        return None
    if m.group("year"):
        d = cal.valid_day(int(m.group("year")), month_number(m.group("month")), day)
        return Resolved(cal.day_value(d), "last day of a range, with its year") if d else None
    first = ctx.inner(m.start("first"), m.end("first"))
    if first is None or first.start is None or first.granularity != "day":
        return None
    d = cal.valid_day(first.start.year, first.start.month, day)
    return Resolved(cal.day_value(d), f"last day of a range from {first.value}") if d else None


def _range_start(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The first day of "18-19 December": the month and year of the day after it."""
    day = _day(m.group("day"))
    last = ctx.inner(m.start("second"), m.end("second"))
    if last is None or last.start is None or last.granularity != "day" or day >= last.start.day:
        return None
    d = cal.valid_day(last.start.year, last.start.month, day)
    return Resolved(cal.day_value(d), f"first day of a range to {last.value}") if d else None


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _nth_weekday_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first Monday of October", "the last Friday in June 2024": that weekday of the
    month, in the year given or, like a holiday, the year the clause's tense points to."""
    n = _NTH[m.group("n").lower()]
    weekday, month = weekday_number(m.group("wd")), month_number(m.group("month"))

    def day_in(year: int) -> date | None:
        return cal.nth_weekday(year, month, weekday, n)
    what = f"{m.group('n').lower()} {m.group('wd')} of {m.group('month')}"
    return _yearly_day(day_in, m.group("year"), ctx, what)


def _nth_week_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first week of June", "the last week of August 2024": the ISO week holding that
    month's first (last …) Thursday, as ISO weeks belong to the year of their Thursday; the
    year as for a holiday."""
    return _nth_period_of_month(m, ctx, 4, "week", cal.week_value)


def _nth_weekend_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the last weekend of July 2022", "the first weekend in June": the weekend of that
    month's first (last …) Saturday; the year as for a holiday."""
    return _nth_period_of_month(m, ctx, 6, "weekend", cal.weekend_value)


def _nth_period_of_month(m: re.Match[str], ctx: Context, weekday: int, noun: str,
                         period: Callable[[date], TimeValue]) -> Resolved | None:
    """The week or weekend holding the month's n-th `weekday` (groups n, month, year)."""
    n = _NTH[m.group("n").lower()]
    month = month_number(m.group("month"))

    def day_in(year: int) -> date | None:
        return cal.nth_weekday(year, month, weekday, n)
    what = f"{m.group('n').lower()} {noun} of {m.group('month')}"
    found = _yearly_day(day_in, m.group("year"), ctx, what)
    if found is None or found.value.start is None:
        return None
    day_name = "Thursday" if weekday == 4 else "Saturday"
    return Resolved(period(found.value.start),
                    f"{found.how}: the {noun} of its {m.group('n').lower()} {day_name}")


def _inner_day(m: re.Match[str], ctx: Context, group: str) -> tuple[date, str] | None:
    """The day the match's `group` names, read as the rules read it alone, and its value;
    None unless it is a single day."""
    day = ctx.inner(m.start(group), m.end(group))
    if day is None or day.start is None or day.granularity != "day":
        return None
    return day.start, day.value


def _days_from_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the day after Christmas", "two days before Dec. 25", "a week after 1 May": the
    date moved by whole days or weeks."""
    found = _inner_day(m, ctx, "date")
    count = 1.0 if m.group("n").lower() in ("the", "a", "an") else parse_number(m.group("n"))
    if found is None or count is None or count != int(count):
        return None
    days = int(count) * (7 if m.group("unit").lower().startswith("week") else 1)
    sign = -1 if m.group("dir").lower() == "before" else 1
    moved = found[0] + timedelta(days=sign * days)
    return Resolved(cal.day_value(moved),
                    f"{m.group('n')} {m.group('unit')} {m.group('dir')} {found[1]}")


def _weekday_from_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the Sunday after Thanksgiving", "the Friday before Christmas", "the Monday after
    March 3": the first such weekday after (before) that day; a year after it ("… in 2019")
    is the day's."""
    if m.group("year"):
        name = " ".join(m.group("date").lower().replace("’", "'").split())
        if name not in HOLIDAYS:
            return None
        day = holiday_day(HOLIDAYS[name])(int(m.group("year")))
        if day is None:
            return None
        found: tuple[date, str] | None = (day, day.isoformat())
    else:
        found = _inner_day(m, ctx, "date")
    if found is None:
        return None
    iso = weekday_number(m.group("wd"))
    step = (iso - found[0].isoweekday()) % 7 or 7
    if m.group("dir").lower() == "before":
        step = -((found[0].isoweekday() - iso) % 7 or 7)
    d = found[0] + timedelta(days=step)
    return Resolved(cal.day_value(d), f"the {m.group('wd')} {m.group('dir')} {found[1]}")


def _holiday_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the Easter weekend", "the Labor Day weekend": the weekend of the holiday, the one
    before it when the holiday is a Monday."""
    found = _inner_day(m, ctx, "name")
    if found is None:
        return None
    d = found[0] - timedelta(days=1) if found[0].isoweekday() == 1 else found[0]
    return Resolved(cal.weekend_value(d), f"the weekend of {found[1]}")


def _weekend_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the weekend of June 14-15", "the weekend of Oct. 11": the weekend of that week."""
    found = _inner_day(m, ctx, "date" if m.group("date") else "date2")
    if found is None:
        return None
    return Resolved(cal.weekend_value(found[0]), f"the weekend of {found[1]}")


def _week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the week of Oct. 6", "the week ended Jan. 7" (weekly statistics): the calendar week
    of that day."""
    found = _inner_day(m, ctx, "date")
    if found is None:
        return None
    return Resolved(cal.week_value(found[0]), f"the week of {found[1]}")


RULES = (
    rule("holiday", "absolute",
         r"<B>(?P<name><HOLIDAY>)(?:,?\s+(?P<year><YEAR4>)|\s+(?P<rel>last|next|this)\s+year)?"
         r"(?![\w-])",
         _holiday, keys=keys("HOLIDAY"), guard=_holiday_guard),
    rule("day-of-month", "absolute",
         r"<B>the\s+"
         r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])",
         _day_of_month, guard=_day_of_month_guard, keys=keys("NUMBER"),
         reach=(16, 8)),
    rule("iso-date", "absolute", r"<B>(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d:])",
         _iso, priority=5,
         keys=keys("NUMBER"),
         reach=(12, 12)),
    rule("unusual-date", "absolute",
         r"<B>(?:\d{4}/[01]?\d/[0-3]?\d|[0-3]?\d\.[01]?\d\.\d{4}|[0-3]?\d/[01]?\d/\d{4}"
         r"|[0-3]?\d-<MONTH>-(?:\d{4}|\d{2}))(?![\d/.-]\d|\w)",
         _unusual, priority=-1, keys=keys("NUMBER"),
         reach=(14, 14)),
    rule("numeric-date", "absolute",
         r"<B>(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])",
         _numeric, priority=5,
         keys=keys("NUMBER"),
         reach=(8, 12)),
    rule("month-day-year", "absolute",
         r"<B>(?:(?P<weekday><WEEKDAY>),?\s+)?(?P<month><MONTH>)\s*(?P<day>" + _DAYWORD +
         # "March eighth", as a date is spoken on the air.
         r"|(?<=\s)<ORD>(?![\w-]))"
         r"(?:,?\s*(?P<year><YEAR4>)|,?\s+(?:of\s+)?" + YEAR_REL + r"(?![\w-]))?"
         r"(?!\d)(?!\s*(?:[ap]\.?m\b|%|percent))",
         _month_day, priority=4,
         keys=keys("MONTH")),
    rule("day-month-year", "absolute",
         r"<B>(?:(?P<weekday><WEEKDAY>),?\s+)?(?:the\s+(?=\d+(?:st|nd|rd|th)))?"
         r"(?P<day>" + _DAYWORD + r")(?:\s+of)?\s+(?P<month><MONTH>)"
         r"(?:,?\s+(?P<year><YEAR4>)|,?\s+(?:of\s+)?" + YEAR_REL + r"(?![\w-]))?(?!\d)",
         _month_day, priority=4,
         keys=keys("MONTH")),
    rule("range-end-day", "absolute",
         r"<B>(?P<first>(?P<month><MONTH>)\s*(?P<d1>" + _DAY_NUMBER + r"))" + _DAY_JOIN +
         r"(?P<end>(?P<day>" + _DAY_NUMBER + r")(?:,?\s+(?P<year><YEAR4>))?)(?![\d:%\w])"
         + _RANGE_END_AFTER,
         _range_end, priority=4, extent=lambda m: m.span("end"),
         keys=keys("MONTH")),
    rule("range-first-day", "absolute",
         # "March 10-14, 2024": the year written after the range is the first day's too.
         r"<B>(?P<month><MONTH>)\s*(?P<day>" + _DAY_NUMBER + r")(?=" + _DAY_JOIN +
         _DAY_NUMBER + r",?\s+(?P<year><YEAR4>)(?!\d))",
         _month_day, priority=5,
         keys=keys("MONTH")),
    rule("range-start-day", "absolute",
         r"<B>(?P<day>" + _DAY_NUMBER + r")" + _DAY_JOIN +
         r"(?=(?P<second>" + _DAY_NUMBER + r"(?:\s+of)?\s+<MONTH>(?:,?\s+<YEAR4>)?)(?!\d))",
         _range_start, priority=4, extent=lambda m: m.span("day"),
         keys=keys("MONTH"), reach=(40, 40)),
    rule("range-day-month", "absolute",
         r"(?<=\d[-–])(?P<day>" + _DAYWORD + r")(?:\s+of)?\s+(?P<month><MONTH>)"
         r"(?:,?\s+(?P<year><YEAR4>)|,?\s+(?:of\s+)?" + YEAR_REL + r"(?![\w-]))?(?!\d)",
         _month_day, priority=4,
         keys=keys("MONTH")),
    rule("ordinal-of-month", "absolute",
         r"<B>(?:the\s+)?(?P<day><ORD>)\s+(?:day\s+)?of\s+(?P<month><MONTH>)"
         r"(?:,?\s+(?P<year><YEAR4>)|,?\s+(?:of\s+)?" + YEAR_REL + r"(?![\w-]))?(?!\d)",
         _month_day, priority=4,
         keys=keys("MONTH")),
    rule("day-of-named-month", "absolute",
         r"<B>the\s+(?P<day><ORD>|last|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+(?:day\s+)?of\s+"
         r"(?P<which>the|this|next|last|previous)\s+month(?![\w-]|['’]s)",
         _day_of_named_month, priority=4, keys=keys("month"), reach=(40, 8)),
    rule("nth-weekday-of-month", "absolute",
         r"<B>(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
         r"(?P<wd><WEEKDAY>)\s+(?:of|in)\s+(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?(?!\d)",
         _nth_weekday_of_month, priority=5,
         keys=keys("MONTH"), reach=(40, 12)),
    rule("nth-week-of-month", "absolute",
         r"<B>the\s+(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
         r"(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?(?!\d)",
         _nth_week_of_month, priority=5,
         keys=keys("MONTH"), reach=(40, 12)),
    rule("nth-weekend-of-month", "absolute",
         r"<B>the\s+(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+weekend\s+(?:of|in)\s+"
         r"(?P<month><MONTH>)(?:,?\s+(?P<year><YEAR4>))?(?!\d)",
         _nth_weekend_of_month, priority=5,
         keys=keys("MONTH"), reach=(40, 12)),
    rule("days-from-date", "absolute",
         r"<B>(?P<n>the|an?|<NUM>)\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+"
         r"(?P<date>" + _NAMED_DAY + r")(?![\d\w-])",
         _days_from_date, priority=5,
         keys=keys("before after"), reach=(24, 30)),
    rule("weekday-from-date", "absolute",
         r"<B>the\s+(?P<wd><WEEKDAY>)\s+(?P<dir>before|after)\s+"
         r"(?P<date>" + _NAMED_DAY + r")(?:\s+in\s+(?P<year><YEAR4>))?"
         r"(?![\d\w-])",
         _weekday_from_date, priority=5, keys=keys("before after"), reach=(24, 40)),
    rule("holiday-weekend", "absolute",
         # "the Easter (long) weekend", "the late May bank holiday weekend".
         r"<B>(?:the\s+)?(?P<name><HOLIDAY>)(?:\s+holiday|\s+long)?\s+weekend(?![\w-])",
         _holiday_weekend, priority=5, keys=keys("weekend"), reach=(40, 8),
         guard=lambda m, text: not m.group("name").islower()),
    rule("weekend-of-date", "absolute",
         # The date is the weekend's first day, or its last when the day comes first.
         r"<B>the\s+weekend\s+of\s+(?:(?P<date><MONTH>\s*" + _DAYWORD + r")(?:\s*[-–]\s*\d{1,2})?"
         r"|(?:\d{1,2}\s*[-–]\s*)?(?P<date2>" + _DAYWORD + r"\s+<MONTH>))(?:,?\s*<YEAR4>)?(?!\d)",
         _weekend_of, priority=5,
         keys=keys("weekend"), reach=(16, 30)),
    rule("week-of-date", "absolute",
         r"<B>the\s+week\s+(?:of|beginning|starting|commencing|ending|ended|to)\s+(?:on\s+)?"
         r"(?P<date>(?:<WEEKDAY>,?\s+)?(?:<MONTH>\s*" + _DAYWORD +
         r"|" + _DAYWORD + r"\s+<MONTH>)(?:,?\s*<YEAR4>)?)(?!\d)",
         _week_of, priority=5,
         keys=keys("MONTH"), reach=(30, 30)),
    rule("month-year", "month",
         r"<B>(?P<month><MONTH>)(?:,|\s+of)?\s+(?P<year><YEAR4>|<YEARWORDS>)<E>",
         _month_year, priority=3,
         keys=keys("MONTH")),
    rule("year", "year",
         r"(?:(?<=\d{4}[-–])|<B>)(?:(?:the\s+)?(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+)?"
         r"(?P<year><YEAR4>)(?![\w,.]\d|\w|'s\b\s*\d|[-–](?!\d{2}(?:\d{2})?\b)\w)",
         _year, guard=_year_guard,
         keys=keys("NUMBER"),
         reach=(40, 12)),
    rule("far-year", "year",
         # "warming of 3C by 2100": a year past 2099 only after a preposition of time, and not
         # as a clock ("at 2100 GMT").
         r"<B>(?:by|in|until|till|before|through|beyond|after|the\s+year)\s+(?P<year>2[1-9]\d\d)"
         r"(?!\s*(?:GMT|UTC|BST|CET|hours|hrs|h\b|local|[ECMP][SD]?T\b))(?![\w,.]\d|\w)",
         _year, keys=keys("NUMBER"), extent=lambda m: m.span("year"), reach=(16, 12)),
    rule("fiscal-year-code", "year",
         # "FY2025", "FY 2026", "FY25": a fiscal year, named by the year it ends in.
         r"<B>(?-i:FY)\s?'?(?P<year>\d{4}|\d{2})<E>",
         _fiscal_code, keys=keys("fy"), reach=(4, 10)),
    rule("year-words", "year",
         r"<B>(?:the\s+year\s+)?(?P<year><YEARWORDS>)<E>",
         _word_year, priority=1,
         keys=keys("nineteen eighteen thousand")),
    rule("decade", "decade",
         r"<B>(?:the\s+)?(?:(?P<decade>1[5-9]\d0|20\d0)'?s|'(?P<short>\d0)s"
         r"|(?P<wdecade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
         r"<E>",
         _decade_short,
         keys=keys("NUMBER twenties thirties forties "
                   "fifties sixties seventies eighties nineties"),
         reach=(20, 10)),
    rule("century", "century",
         r"<B>(?:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|<ORD>)[-\s]+century<E>",
         _century, guard=_not_bc,
         keys=keys("century")),
)

