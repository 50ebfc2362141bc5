"""Properties of tagging, resolving and dating on any text with any anchor.

Whatever the text (any Unicode, with or without temporal words and names of reference
events) and whatever the anchor (1900 to 2100, or none):

* tagging and resolving never raise, through the calendar tagger and through the
  event-relative path (`timeline.pipeline.tag_article`), and inferring a publication date
  never raises;
* every span lies inside the text, matches it, and spans are sorted and do not overlap;
* every value is a well-formed TIMEX3 value of its type, with a known granularity and an
  interval whose start is not after its end;
* the same input gives the same output.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dating import infer_date
from timeline.model import GRANULARITIES, Article, Timex
from timeline.pipeline import tag_article
from timeline.refevents import load_reference_events
from timeline.temporal import tag

REFERENCES = load_reference_events()

# --- a validator of TIMEX3 values -----------------------------------------------------------

#: A number in a duration or a placeholder for one ("P3D", "P1.5Y", "PXY").
_AMOUNT = r"(?:\d+(?:\.\d+)?|X+)"
#: Date units of a duration: years, months, weeks, days, decades, centuries, millennia,
#: quarters, halves, and X for a unit left unsaid.
_DURATION = (rf"P(?=[\dX.]|T)(?:{_AMOUNT}(?:Y|M|W|D|DE|CE|ML|Q|H|X))*"
             rf"(?:T(?:{_AMOUNT}[HMS])+)?")
#: A calendar date at any grain, digits possibly left unknown as X: a century ("19"), a
#: decade ("199"), a year, then a month and day, an ISO week (with a day or the weekend), a
#: quarter, a half or a season.
_DATE = (r"(?:[\dX]{2,3}|[\dX]{4}(?:-(?:[\dX]{2}(?:-[\dX]{2})?|W[\dX]{2}(?:-(?:[1-7X]|WE))?"
         r"|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)")
#: A time of day: hours with minutes and seconds, or a part of the day.
_CLOCK = r"T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
_REF = r"(?:PAST|PRESENT|FUTURE)_REF"

TIMEX3 = {
    "DATE": re.compile(rf"{_DATE}|{_REF}"),
    "TIME": re.compile(rf"{_DATE}{_CLOCK}|{_CLOCK}|{_REF}"),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(rf"{_DURATION}|{_DATE}(?:{_CLOCK})?|{_CLOCK}"),
}


def valid_timex3(kind: str, value: str) -> bool:
    """Whether `value` is a TIMEX3 value of type `kind`."""
    pattern = TIMEX3.get(kind)
    return pattern is not None and pattern.fullmatch(value) is not None


@pytest.mark.parametrize(("kind", "value"), [
    ("DATE", "2025-10-22"), ("DATE", "2025-W43"), ("DATE", "2025-W43-WE"), ("DATE", "2025-09"),
    ("DATE", "2025-Q3"), ("DATE", "2025-H2"), ("DATE", "2025-SU"), ("DATE", "2023"),
    ("DATE", "199"), ("DATE", "19"), ("DATE", "PAST_REF"), ("DATE", "PRESENT_REF"),
    ("DATE", "FUTURE_REF"), ("DATE", "XXXX-07"), ("DATE", "XXXX-WXX-1"),
    ("TIME", "2025-10-25T18:45"), ("TIME", "2025-10-24TEV"), ("TIME", "2025-10-25T24:00"),
    ("TIME", "2025-10-25T10:30:15"), ("DURATION", "P3D"), ("DURATION", "PT2H30M"),
    ("DURATION", "P1Y6M"), ("DURATION", "PXY"), ("DURATION", "PT1M30S"),
    ("DURATION", "P1.5Y"), ("DURATION", "P2DE"), ("SET", "P1W"), ("SET", "XXXX-WXX-2TNI"),
    ("SET", "XXXX-WXX-4"),
])
def test_validator_accepts_timex3_values(kind: str, value: str) -> None:
    assert valid_timex3(kind, value)


@pytest.mark.parametrize(("kind", "value"), [
    ("DATE", ""), ("DATE", "2025-13-XX-1"), ("DATE", "2025-10-22T"), ("DATE", "P3D"),
    ("DATE", "25-10-2025"), ("DATE", "2025-W4"), ("DATE", "2025-Q5"), ("DATE", "next week"),
    ("DATE", "20251"), ("TIME", "2025-10-25"), ("TIME", "2025-10-25T7"),
    ("DURATION", "P"), ("DURATION", "PT"), ("DURATION", "3D"), ("DURATION", "P3"),
    ("DURATION", "2025"), ("SET", "every week"), ("EVENT", "2025"),
])
def test_validator_rejects_what_is_not_timex3(kind: str, value: str) -> None:
    assert not valid_timex3(kind, value)


# --- the properties ---------------------------------------------------------------------------

#: Words and phrases the grammar and the event-relative recogniser react to, so that random
#: texts reach the resolvers and not only the scanner.
_PIECES = [
    " May ", " Monday ", " last ", " week ", " 2024 ", " 1899 ", " 2101 ", " 9999 ", " ago ",
    " the ", " early ", " p.m. ", " Jan. ", " 31 ", " 29 February ", " years ", " every ",
    " next ", " quarter ", " third ", " days after ", " hours before ", " since ",
    " Trump's inauguration", " the Alaska summit", " the call", " the invasion of Ukraine",
    " on Tuesday", " in 2022", " 1990s ", " two days later", " this year's ", " mid-", " Q3 ",
    " tonight ", " 10:30 ", " noon ", " a decade ", " weekly ", " fiscal ", " '98 ", ".", ",",
    " 14:00 GMT ", " FY25 ", " BC ", " the first of the month", " year to date", " Hours later",
    " the new year", " every summer", " Black Friday", " until ", " dawn ", " July-September",
    " quarter ended in ", " weeks after ", " he said", ", though ",
    "\n\n", "’", "–", "\u00a0", "İ", "ſ", "\u212a",
]
texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)),
             max_size=30).map("".join),
)
anchors = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1),
                                        max_value=date(2100, 12, 31)))


def _check(text: str, found: tuple[Timex, ...] | list[Timex]) -> None:
    last_end = 0
    for t in found:
        assert last_end <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text
        last_end = t.end
        value = t.value
        if value is None:
            continue
        assert valid_timex3(value.type, value.value), (t.text, value)
        assert value.granularity in GRANULARITIES, value
        if value.start is not None and value.end is not None:
            assert value.start <= value.end, value


@settings(max_examples=250, deadline=None)
@given(text=texts, anchor=anchors)
def test_tagging_any_text_gives_valid_spans_and_values(text: str, anchor: date | None) -> None:
    found = tag(text, anchor)
    _check(text, found)
    assert tag(text, anchor) == found


@settings(max_examples=250, deadline=None)
@given(text=texts, anchor=anchors)
def test_event_relative_tagging_gives_valid_spans_and_values(text: str,
                                                             anchor: date | None) -> None:
    article = Article("a", text, anchor)
    found = tag_article(article, REFERENCES)
    _check(text, found)
    assert tag_article(article, REFERENCES) == found


@settings(max_examples=100, deadline=None)
@given(text=texts)
def test_inferring_a_publication_date_never_raises(text: str) -> None:
    result = infer_date(text, REFERENCES)
    assert result == infer_date(text, REFERENCES)
    if result.date is not None and result.low is not None and result.high is not None:
        assert result.low <= result.date <= result.high
