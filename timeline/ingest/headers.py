"""Date header lines: the "Published Oct. 17, 2025 at 4:12 p.m. ET" above an article.

A header is recognised by a small grammar, not a list of strings. A date item is an optional
label (Published, Posted, Updated, Date, on …), an optional time before the date, an optional
weekday, the date itself (ISO `2025-10-17` or an ISO datetime, `2025/10/17`, `17.10.2025`,
`17 October 2025`, `Oct. 17, 2025`, unambiguous `d/m/yyyy`) and an optional time and time
zone. A line is a header when it is short and made only of date items and short bylines,
labels or page furniture ("By Staff Writer", "Moscow", "5 min read", "+ ↺ − 16 px"), separated
by `|`, `•`, `·`, dashes or commas, with at least one date item. A sentence that merely contains
a date is not a header: every other piece of the line must be a byline, a label or furniture.
Dateless byline lines ("By Jane Roe, Agency") are recognised too, so they are not taken for
titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.ingest.junk import is_junk

#: A header line longer than this is prose, not a header.
MAX_HEADER_LENGTH = 160
_DIGIT = re.compile(r"\d")


def _has_digit(line: str) -> bool:
    """Whether any character of `line` is a digit (`str.isdigit`, superscripts included):
    a line without one holds no date. The pattern answers for the usual digits."""
    return _DIGIT.search(line) is not None or (
        not line.isascii() and any(ch.isdigit() for ch in line))


#: Publication years outside this range are taken for typing or template errors ("9999").
MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

_MONTH = (r"(?P<mon>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?)")
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_LABEL = (r"(?:(?:(?:last|first|originally)\s+)?"
          r"(?:published|posted|updated|modified|created|issued|released|filed|revised|dated|date)"
          r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*|on\s+)")
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s*)")
_TIME = (r"(?:\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*[ap]\.?\s?m\b\.?"
         r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?)")
_ZONE = (r"(?:\(?(?:utc|gmt|z|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet"
         r"|eest|msk|ist|jst|kst|hkt|sgt|aest|aedt)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?"
         r"|[+-]\d{2}:?\d{2}\b)")
_TIME_AFTER = rf"(?:\s*(?:,|\bat\b|@|-|–)?\s*{_TIME}(?:\s*{_ZONE})?|\s+{_ZONE})?"
_TIME_BEFORE = rf"(?:{_TIME}(?:\s*{_ZONE})?\s*(?:,|\bon\b|-|–)?\s*)?"
_ISO_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_DATE_FORMS = (
    rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_ISO_TIME}",
    r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})",
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})",
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}\s*{_DAY},?\s+{_YEAR}",
)

#: A time of day alone in its part of the line ("Mar 19, 2025 | 10:02 AM EDT").
_LONE_TIME = re.compile(rf"{_TIME}(?:\s*{_ZONE})?", re.IGNORECASE)

_ITEMS = tuple(
    re.compile(rf"{_LABEL}?{_TIME_BEFORE}{_WEEKDAY}?{form}{_TIME_AFTER}", re.IGNORECASE)
    for form in _DATE_FORMS
)

#: Strong separators between the parts of a header line.
_SEPARATORS = re.compile(r"\s*(?:\||•|·|●|▪|◆|/\s|\s—\s|\s–\s|\s-\s)\s*")
_BYLINE = re.compile(r"by\s+(\S.*)", re.IGNORECASE)
_LABEL_ONLY = re.compile(rf"{_LABEL}", re.IGNORECASE)
_LABEL_CONNECTORS = frozenset(
    "of the and de del la le in on for at da di van von al el y & -".split()
)
_MAX_LABEL_WORDS = 5
_MAX_BYLINE_WORDS = 8


@dataclass(frozen=True)
class HeaderDate:
    """The date a header line states, or why it was ignored."""

    date: date | None
    problem: str | None = None


def parse_header_line(line: str) -> HeaderDate | None:
    """The date of a header line, or None when the line is not a date header.

    The first date item counts ("Published …, updated …" gives the publication date). A header
    whose date is absurd (year 9999) or impossible (30 February) is still a header: it is
    returned with `date` None and the problem said.
    """
    line = line.strip()
    if not line or len(line) > MAX_HEADER_LENGTH or not _has_digit(line):
        return None
    found: list[HeaderDate] = []
    for segment in _SEPARATORS.split(line):
        if not _parse_segment(segment, found):
            return None
    return found[0] if found else None


def parse_date_text(text: str) -> HeaderDate | None:
    """A date written on its own (a JSON `date` field): one date item and nothing else."""
    text = text.strip()
    for item in _ITEMS:
        match = item.fullmatch(text)
        if match:
            return _to_date(match)
    return None


def _parse_segment(segment: str, found: list[HeaderDate]) -> bool:
    """Consume one separator-delimited part of a header line; False if it is not header-like."""
    pos = 0
    end = len(segment)
    while True:
        while pos < end and segment[pos] in " ,;":
            pos += 1
        if pos >= end:
            return True
        match = _match_item(segment, pos)
        if match is not None:
            found.append(_to_date(match))
            pos = match.end()
            continue
        comma = segment.find(",", pos)
        chunk_end = end if comma < 0 else comma
        if not _is_label(segment[pos:chunk_end].strip()):
            return False
        pos = chunk_end


def _match_item(segment: str, pos: int) -> re.Match[str] | None:
    for item in _ITEMS:
        match = item.match(segment, pos)
        if match and (match.end() == len(segment) or segment[match.end()] in " ,;"):
            return match
    return None


def _is_label(chunk: str) -> bool:
    """A byline, a place or outlet name, a reading time or a lone label word."""
    if not chunk:
        return True
    words = chunk.split()
    byline = _BYLINE.fullmatch(chunk)
    if byline:
        return len(words) <= _MAX_BYLINE_WORDS and _is_name_list(byline.group(1).split())
    if _LABEL_ONLY.fullmatch(chunk + " ") or is_junk(chunk) or _LONE_TIME.fullmatch(chunk):
        return True
    if len(words) > _MAX_LABEL_WORDS or any(ch.isdigit() for ch in chunk):
        return False
    return _is_name_list(words)


def _is_name_list(words: list[str]) -> bool:
    """Capitalised words and connectors: "Staff Writer", "Jane Roe and John Doe", "Moscow"."""
    return bool(words) and not words[-1].endswith((".", "!", "?", ":")) and all(
        word[:1].isupper() or word.lower().strip(",") in _LABEL_CONNECTORS
        or word[:1] in "(\"'“"
        for word in words
    )


def is_byline(line: str) -> bool:
    """A dateless byline line: "By Jane Roe", "By Staff Writer | Moscow", "By A and B, Agency"."""
    line = line.strip()
    if not _BYLINE.match(line) or len(line) > MAX_HEADER_LENGTH:
        return False
    return all(
        _is_label(chunk.strip())
        for segment in _SEPARATORS.split(line)
        for chunk in segment.split(",")
    )


def _to_date(match: re.Match[str]) -> HeaderDate:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        month = _MONTHS[groups["mon"][:3].lower()]
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first or first == second:
            day, month = second, first
        else:
            return HeaderDate(None, f"ambiguous date {match.group(0).strip()!r} (day/month order)")
    else:
        month, day = int(groups["m"]), int(groups["d"])
    written = match.group(0).strip()
    if not MIN_YEAR <= year <= MAX_YEAR:
        return HeaderDate(None, f"absurd date {written!r} (year {year}) ignored")
    try:
        return HeaderDate(date(year, month, day))
    except ValueError:
        return HeaderDate(None, f"impossible date {written!r} ignored")
