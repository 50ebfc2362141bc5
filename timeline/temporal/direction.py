"""Choosing the occurrence of a recurring calendar name: which Thursday, which December.

A weekday, a year-less month or date and a bare quarter name many periods; the clause's tense
picks one. Past: the most recent occurrence up to the anchor (the anchor's own day, month or
quarter included: news reports today's events in the past tense). Future: the next occurrence
from the anchor on (again including its own). Present, or no tense cue: the nearest occurrence
either way, counted in whole months first, the anchor's own year on a tie ("Feb. 12" told in
mid-August is that year's). A past tense may move a year-less month or date into the previous
calendar year only within six months of the anchor: further back, news would have given the
year, and the clause is more likely reporting something still to come ("declared a dividend
payable Dec. 15"), so the nearest occurrence wins, unless the text has told an earlier date
the month follows (see `rules.named`). A strict past ("since December", "since his arrest in
September", or a past verb right before the time: "rose sharply in March", "came in late
June") has no such limit: a time something has lasted since, or that a verb of the past
governs, cannot lie ahead (nor can "in <month>" closing a past verb's object with nothing
between that could date it apart: "a jury sided with Epic Games in December"). A date
that a decision moves or fixes ("extended until March", "set new elections for March 5")
lies ahead of the decision the news reports, whatever the verb's tense. A weekday in what was
said with "would" counts ahead from the saying when the sentence dates it by a weekday ("said
on Wednesday that he would travel on Thursday", in Friday's paper: the day before), and the
time of a saying itself ("told reporters on Wednesday he would …") is past.
These are the documented anchoring choices of the resolver.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.temporal.calendar import quarter_of, valid_day
from timeline.temporal.tense import FUTURE, PAST


def weekday(anchor: date, iso_weekday: int, tense: str) -> date:
    back = (anchor.isoweekday() - iso_weekday) % 7
    ahead = (iso_weekday - anchor.isoweekday()) % 7
    if tense == PAST:
        return anchor - timedelta(days=back)
    if tense == FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


#: How far back (or ahead) the tense may push a year-less month or date; beyond it news
#: would have written the year, so the nearest occurrence is meant ("payable Dec. 15").
REACH_MONTHS = 6


def month_year(anchor: date, month: int, tense: str, *, strict: bool = False) -> int:
    """The year of the `month` meant in a clause of `tense`, seen from `anchor`; `strict`: a
    past tense that cannot mean anything ahead ("since December")."""
    here = _month_index(anchor.year, anchor.month)
    if tense == PAST:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        if strict or year == anchor.year or here - _month_index(year, month) <= REACH_MONTHS:
            return year
    elif tense == FUTURE:
        year = anchor.year if month >= anchor.month else anchor.year + 1
        return year
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: (abs(_month_index(y, month) - here), y != anchor.year))


def month_day(anchor: date, month: int, day: int, tense: str, *,
              strict: bool = False) -> date | None:
    """The year-less date `month`/`day` nearest to `anchor` in the direction of `tense`."""
    return yearly(anchor, lambda year: valid_day(year, month, day), tense, strict=strict)


def yearly(anchor: date, day_in: Callable[[int], date | None], tense: str, *,
           strict: bool = False) -> date | None:
    """The day a yearly date (`day_in(year)`: Christmas, Thanksgiving, Easter) falls on nearest
    to `anchor` in the direction of `tense` (`strict`: as for `month_year`)."""
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := day_in(y)) is not None]
    if not candidates:
        return None
    reach = 31 * REACH_MONTHS
    if tense == PAST:
        before = [d for d in candidates
                  if d <= anchor and (strict or d.year == anchor.year
                                      or (anchor - d).days <= reach)]
        if before:
            return max(before)
    elif tense == FUTURE:
        after = [d for d in candidates if d >= anchor]
        if after:
            return min(after)
    # Nearest by whole months first, the anchor's own year on a tie: half a year before or
    # after is as near either way ("Feb. 12" told in mid-August), and news more often tells
    # what its year saw.
    here = _month_index(anchor.year, anchor.month)
    return min(candidates, key=lambda d: (abs(_month_index(d.year, d.month) - here),
                                          d.year != anchor.year, abs((d - anchor).days),
                                          d < anchor))


def quarter_year(anchor: date, quarter: int, tense: str) -> int:
    current = quarter_of(anchor)
    if tense == FUTURE and quarter != (current - 2) % 4 + 1:
        # Future, except for the quarter just ended: its results are still to be reported.
        return anchor.year if quarter >= current else anchor.year + 1
    # Past and present: a quarter is talked about once it has begun (results, forecasts for it).
    return anchor.year if quarter <= current else anchor.year - 1
