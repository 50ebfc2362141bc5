"""Sentence boundaries for English news text, as character offsets.

Every stage that needs sentences (the resolver's tense detection, event extraction, the
evidence shown for a date) uses this one splitter so that offsets agree. It is rule based:
a sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by space
and a capital, a digit or an opening quote, unless the word before the stop is a known
abbreviation or a single initial; a line break that ends a paragraph always ends a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.memo import last_by_identity

#: Words whose period does not end a sentence (lower case, without the final period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt adm maj cmdr st jr sr rev hon pres
    no nos vs etc inc corp co ltd bros dept univ est approx fig al
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g
    """.split()
)

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9]")
#: Words that open a sentence and never follow an abbreviation's period inside one: a
#: pronoun or an article. Not "A" before a period (an initial: "Gen. A. Smith"); "vs." is
#: left out, since a name that begins with "The" follows it ("Smith vs. The State").
_OPENER = re.compile(r"\s+[\"“‘(]?(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|"
                     r"These|Those|There)\s+(?=[\w\"“‘(])")
#: What may follow "a.m."/"p.m." in the same sentence: a day, a month, a time zone ("EST",
#: "Eastern", "New York time"), "local", "on".
_CLOCK_GOES_ON = re.compile(
    r"\s+[\"“‘(]?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|[A-Z]{2,5}\b|"
    r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Greenwich)\b|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b|[a-z])")
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[\"“A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _word_before(text: str, stop: int) -> str:
    """The token that ends right before the stop character at `stop`."""
    i = stop
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "\"“(":
        i -= 1
    return text[i:stop]


def _is_abbreviation(token: str) -> bool:
    if token.isupper() and token.isalpha() and len(token) > 2:
        return False  # "at 7 a.m. EST. Voters queued": a time zone, not "est." (estimated)
    word = token.lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Single initials ("J. Smith") and dotted acronyms ("U.S.") do not end sentences.
    return bool(re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]?", word))


def _boundaries(text: str) -> list[int]:
    cuts: set[int] = set()
    for m in _PARAGRAPH.finditer(text):
        cuts.add(m.start())
    for m in _END.finditer(text):
        nxt = _NEXT_START.match(text, m.end())
        if not nxt:
            continue
        before = _word_before(text, m.start())
        if before.lower() in ("a.m", "p.m") and not _CLOCK_GOES_ON.match(text, m.end()):
            # "… will take effect at 10 p.m. School boards said …": after a clock time only a
            # day, a month or a zone goes on with the sentence.
            cuts.add(m.end())
            continue
        if text[m.start()] == "." and _is_abbreviation(before) and (
                before.lower() in ("vs", "v") or not _OPENER.match(text, m.end())):
            # "U.S. President Trump", "at 10 a.m. Monday" keep going: a missed cut is
            # cheaper than a wrong one. Only a word that opens sentences and never follows
            # such a period inside one ("at 1:05 a.m. The crew …") ends it there.
            continue
        cuts.add(m.end())
    return sorted(cuts)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets into it (leading/trailing space trimmed).

    Tagging an article (event-relative phrases) and extracting its events both split it:
    the sentences of the last text asked about are kept (`last_by_identity`), given out as
    a list of the caller's own."""
    return list(_split_kept(text))


def _split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    begin = 0
    for cut in [*_boundaries(text), len(text)]:
        chunk = text[begin:cut]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            s = begin + lead
            out.append(Sentence(s, s + len(stripped), stripped))
        begin = cut
    return out


_split_kept = last_by_identity(_split_sentences)


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing character `offset` (binary search over sorted sentences)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None
