"""The temporal tagger's vocabulary: word lists and tables, and the pattern fragments made of them.

Everything language-specific that is a list (month and weekday names, number words, units,
seasons, parts of the day, approximators, tense cue words) lives in
`timeline/data/temporal_lexicon.json` and is read once at import. Rules are written as regex
templates with `<NAME>` placeholders (`<MONTH> <DAY>`) that `expand` replaces with the
alternations built here, so a new spelling is a data change and never touches a rule or the
engine. Names (months, weekdays) are matched case-sensitively (capitalised or all caps): in
lower case "may", "march" and "sun" are ordinary words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parents[1] / "data" / "temporal_lexicon.json"


def _load() -> dict[str, Any]:
    with open(_DATA, encoding="utf-8") as handle:
        return json.load(handle)


_LEX = _load()

MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
SEASONS: dict[str, str] = _LEX["seasons"]
#: Nouns a season names a kind of ("the summer camp", "winter tyres"): the season is no time.
SEASON_NOUN_HEADS: frozenset[str] = frozenset(_LEX["season_noun_heads"])
HOLIDAY_NAME_HEADS: frozenset[str] = frozenset(_LEX["holiday_name_heads"])
AWARD_TITLES: frozenset[str] = frozenset(_LEX["award_titles"])
HOLIDAYS: dict[str, str] = _LEX["holidays"]
SEASON_MONTHS: dict[str, tuple[int, int]] = {k: (v[0], v[1])
                                            for k, v in _LEX["season_months"].items()}
PARTS_OF_DAY: dict[str, str] = _LEX["parts_of_day"]
CLOCK_WORDS: dict[str, str] = _LEX["clock_words"]
NUMBER_WORDS: dict[str, float] = _LEX["number_words"]
NUMBER_SCALES: dict[str, int] = _LEX["number_scales"]
ORDINALS: dict[str, int] = _LEX["ordinals"]
UNITS: dict[str, str] = _LEX["units"]
TIME_UNITS: frozenset[str] = frozenset(_LEX["time_units"])
SET_ADVERBS: dict[str, str] = _LEX["set_adverbs"]
APPROXIMATORS: dict[str, str] = _LEX["approximators"]
PAST_VERBS: frozenset[str] = frozenset(_LEX["past_verbs"])
NOT_PAST: frozenset[str] = frozenset(_LEX["not_past"])
#: Past forms whose "un" belongs to the verb ("unveiled a plan"), not a negation of a
#: participle ("an undisclosed sum").
VERBS_IN_UN: frozenset[str] = frozenset(_LEX["verbs_in_un"])
#: -ed words listed in NOT_PAST that are past-tense verbs right after their subject
#: ("Trump called Putin", "they renewed talks"), adjectives elsewhere ("a man called X").
PAST_AFTER_SUBJECT: frozenset[str] = frozenset(_LEX["past_after_subject"])
PRESENT_VERBS: frozenset[str] = frozenset(_LEX["present_verbs"])
FUTURE_WORDS: frozenset[str] = frozenset(_LEX["future_words"])
SCHEDULING_VERBS: frozenset[str] = frozenset(_LEX["scheduling_verbs"])
SCHEDULED_PRESENT: frozenset[str] = frozenset(_LEX["scheduled_present"])
#: Nouns of reference events that, with "the" and no name before, stand for such an event
#: close to the anchor ("a day after the inauguration").
BARE_EVENT_NOUNS: frozenset[str] = frozenset(_LEX["bare_event_nouns"])
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(_LEX["ambiguous_months"])


def _space(word: str) -> str:
    """A word or phrase as a regex: inner spaces match any run of white space."""
    return r"\s+".join(re.escape(part) for part in word.split())


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of `words`, longest first so the longest spelling wins
    (see `grouped`)."""
    return grouped(sorted(set(words), key=lambda w: (-len(w), w)))


def grouped(words: Sequence[str]) -> str:
    """A non-capturing alternation of `words` in their order, grouped by first character,
    each group opening with it once: at a place of the text only one group can match, so the
    regex engine tries that group's words (in the same order) instead of every word, and the
    matches are the same. The words are left as they are when two first characters could
    match one character of a text (the same letter in both cases, or a character beyond
    ASCII)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        regex = _space(word)
        first = word.lstrip()[:1]
        if not first or not first.isascii() or not regex.startswith(first):
            return "(?:" + "|".join(_space(w) for w in words) + ")"
        groups.setdefault(first, []).append(regex[1:])
    if len({first.lower() for first in groups}) < len(groups):
        return "(?:" + "|".join(_space(w) for w in words) + ")"
    parts = [first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
             for first, rests in groups.items()]
    return "(?:" + "|".join(parts) + ")"


def _name_alternation(table: dict[str, int], need_period: Iterable[str] = ()) -> str:
    """Case-sensitive spellings of calendar names: `January`, `JANUARY`, `Jan.`, `Jan`."""
    dotted = set(need_period)
    forms: list[tuple[int, str]] = []
    for word in table:
        for cased in (word.capitalize(), word.upper()):
            if len(word) <= 4 and word not in ("may", "june", "july"):
                # Abbreviations: the period is optional unless the bare form is a common word.
                forms.append((len(word), re.escape(cased)
                              + (r"\." if word in dotted else r"\.?")))
            else:
                forms.append((len(word), re.escape(cased)))
    # Longest name first, measured without the optional period: "Apr\.?" is as long as
    # "April" as a pattern, and put first it takes "3 Apr" of "3 April 2006".
    forms.sort(key=lambda f: -f[0])
    return "(?-i:" + "|".join(form for _, form in forms) + ")"


_SMALL = [w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 0 <= v < 20
          and " " not in w and w not in ("a", "an", "single", "dozen")]
_TENS = [w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and v >= 20 and v % 10 == 0]
_ONES = [w for w in _SMALL if 1 <= NUMBER_WORDS[w] <= 9]
_WORD_NUMBER = (
    rf"(?:(?:{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|{alternation(_SMALL)}|a)"
    rf"(?:\s+(?:{alternation(NUMBER_SCALES)})(?:\s+(?:and\s+)?"
    rf"(?:{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|{alternation(_SMALL)}))?)?"
    rf"|{alternation(_TENS)}(?:[-\s]{alternation(_ONES)})?|{alternation(_SMALL)})"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\s*½)?"

#: Fragments that rule templates refer to as `<NAME>`.
FRAGMENTS: dict[str, str] = {
    "MONTH": _name_alternation(MONTHS, _LEX["month_abbreviations_need_period"]),
    "WEEKDAY": _name_alternation(WEEKDAYS, ("sun", "sat", "wed", "mon")),
    "SEASON": alternation(SEASONS),
    "PART": alternation(PARTS_OF_DAY),
    "CLOCKWORD": alternation(CLOCK_WORDS),
    "NUM": rf"(?:{_DIGITS}|{_WORD_NUMBER}(?!\w))",
    "WORDNUM": _WORD_NUMBER,
    "ORD": alternation(w for w, v in ORDINALS.items() if v > 0),
    "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    "YEAR4": r"(?:1[5-9]\d\d|20\d\d)",
    #: A year as it is spoken: "nineteen ninety-six", "two thousand and eight".
    "YEARWORDS": rf"(?:(?:nineteen|eighteen)[-\s]+{_WORD_NUMBER}"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?{_WORD_NUMBER})?)",
    "UNIT": alternation(UNITS),
    "TIMEUNIT": alternation(TIME_UNITS),
    "APPROX": alternation(APPROXIMATORS),
    #: "a couple of days" counts two, as TimeML reads it.
    "COUPLE": r"(?:a\s+)?couple(?:\s+of)?",
    "FEW": alternation(("few", "a few", "several", "some", "many", "a number of", "numerous",
                        "the past few", "the last few",
                        "the next few", "the past several", "the last several",
                        "the next several", "the first few", "the coming", "the past",
                        "the last", "the next", "recent", "the recent", "coming",
                        "the previous", "the following")),
    "SETADV": alternation(SET_ADVERBS),
    "HOLIDAY": alternation(HOLIDAYS),
    "B": r"(?<![\w$#@/.-])",
    "E": r"(?![\w@]|-(?!\s)|'\w)",
}

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9]*)>")


def expand(template: str) -> str:
    """Replace every `<NAME>` placeholder of a rule template by its fragment."""
    return _PLACEHOLDER.sub(lambda m: FRAGMENTS[m.group(1)], template)


def compile_pattern(template: str) -> re.Pattern[str]:
    """A rule's regex: template expanded, case-insensitive except for calendar names.

    When the characters a match can start with are known, the regex first looks ahead for
    one of them: the same matches, but most places of a text are passed over after one
    test instead of a try at every alternative of the pattern's opening."""
    return compile_with_look_ahead(expand(template), re.IGNORECASE)


def compile_with_look_ahead(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, with a look-ahead for the characters a match can start
    with when they are known (see `compile_pattern`)."""
    first = first_character_test(source, flags)
    if first is not None:
        try:
            return re.compile(f"(?={first})(?:{source})", flags)
        except re.error:  # a pattern that cannot be wrapped (global flags) runs as it is
            pass
    return re.compile(source, flags)


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def first_character_test(source: str, flags: int) -> str | None:
    """A regex for one character that every match of `source` starts with one of, or None
    when not known or when `source` can match nothing. Characters the pattern reads ignoring
    case are tested ignoring case, the others (calendar names) as written."""
    try:
        from re import _parser
        parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 — another Python, or an odd pattern: no lookahead
        return None
    found = _leads(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    if found is None or found[1] or not found[0]:
        return None
    caseless = sorted(piece for piece, ignore in found[0] if ignore)
    cased = sorted(piece for piece, ignore in found[0]
                   if not ignore and (piece, True) not in found[0])
    tests = ([f"(?i:[{''.join(caseless)}])"] if caseless else []) + \
        ([f"(?-i:[{''.join(cased)}])"] if cased else [])
    return "|".join(tests)


def _leads(items: Any, ignore: bool) -> tuple[set[tuple[str, bool]], bool] | None:
    """(class pieces for the first character, each with whether it is read ignoring case;
    whether the items can match nothing)."""
    pieces: set[tuple[str, bool]] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            pieces.add((re.escape(chr(arg)), ignore))
            return pieces, False
        if name == "IN":
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    pieces.add((re.escape(chr(value)), ignore))
                elif str(kind) == "RANGE":
                    pieces.add((f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}",
                                ignore))
                elif str(kind) == "CATEGORY" and str(value) in _CATEGORIES:
                    pieces.add((_CATEGORIES[str(value)], ignore))
                else:
                    return None
            return pieces, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item starts the match
        inner: tuple[set[tuple[str, bool]], bool] | None
        if name == "SUBPATTERN":
            _, add_flags, del_flags, body = arg
            inner = _leads(body.data, bool((ignore or add_flags & re.IGNORECASE)
                                           and not del_flags & re.IGNORECASE))
        elif name == "BRANCH":
            alternatives = [_leads(alt.data, ignore) for alt in arg[1]]
            if any(a is None for a in alternatives):
                return None
            inner = (set().union(*(a[0] for a in alternatives if a)),
                     any(a[1] for a in alternatives if a))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            body = _leads(arg[2].data, ignore)
            inner = None if body is None else (body[0], body[1] or arg[0] == 0)
        else:
            return None
        if inner is None:
            return None
        pieces |= inner[0]
        if not inner[1]:
            return pieces, False
    return pieces, True


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """ISO weekday number (Monday = 1) of a weekday name or abbreviation."""
    return WEEKDAYS[word.lower().rstrip(".")]


_FRACTION = re.compile(r"\s*(?:1/2|½)$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("2 1/2", "twenty-four", "a")."""
    raw = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if _FRACTION.search(raw):
        half = 0.5
        raw = _FRACTION.sub("", raw)
    digits = raw.replace(",", "")
    try:
        return float(digits) + half
    except ValueError:
        pass
    if raw in NUMBER_WORDS:
        return float(NUMBER_WORDS[raw]) + half
    total = 0.0
    current = 0.0
    seen = False
    for word in raw.split():
        if word == "and":
            continue
        if word in NUMBER_SCALES:
            current = max(current, 1.0) * NUMBER_SCALES[word]
            if NUMBER_SCALES[word] >= 1000:
                total += current
                current = 0.0
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
        seen = True
    return total + current + half if seen else None


def words_year(text: str) -> int | None:
    """A year spelt in words: "nineteen ninety-six", "two thousand", "the year two thousand"."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if words[0] in ("nineteen", "eighteen", "twenty") and len(words) > 1 and \
            words[1] not in NUMBER_SCALES:
        hundreds = NUMBER_WORDS[words[0]]
        rest = parse_number(" ".join(words[1:]))
        if rest is None or rest >= 100:
            return None
        return int(hundreds * 100 + rest)
    value = parse_number(" ".join(words))
    return int(value) if value is not None and 1000 <= value < 2100 else None


def year_number(text: str) -> int | None:
    """A year written in digits or spoken in words ("1997", "nineteen ninety-seven")."""
    return int(text) if text.isdigit() else words_year(text)


#: Word classes a rule can name as its keys (see `grammar.Rule.keys`); "#" stands for a number.
KEY_CLASSES: dict[str, frozenset[str]] = {
    "MONTH": frozenset(MONTHS),
    "WEEKDAY": frozenset(WEEKDAYS),
    "SEASON": frozenset(SEASONS),
    "UNIT": frozenset(UNITS),
    "PART": frozenset(w for phrase in PARTS_OF_DAY for w in phrase.replace("-", " ").split()),
    "SETADV": frozenset(SET_ADVERBS),
    "HOLIDAY": frozenset(w.split()[0].split("'")[0] for w in HOLIDAYS),
    "NUMBER": frozenset(["#"]),
}


def keys(*names: str) -> frozenset[str]:
    """Key words for a rule: word classes by upper-case name, plain words as themselves
    (several may share one string, separated by spaces)."""
    out: set[str] = set()
    for name in (n for group in names for n in group.split()):
        out.update(KEY_CLASSES.get(name, (name.lower(),)))
    return frozenset(out)


def closing_words(source: str, flags: int) -> tuple[str, ...] | None:
    """Lower-case endings one of which every match of `source` ends with (the literal
    characters its alternatives close with, as far back as they are literal), or None when
    not known: a match may end in something other than a literal, or the pattern reads
    letters as written (only a pattern ignoring case can be tested on lowercased text)."""
    try:
        from re import _parser
        parsed = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 — another Python, or an odd pattern: no test
        return None
    if not parsed.state.flags & re.IGNORECASE:
        return None
    ends = _closings(parsed.data)
    if ends is None:
        return None
    words = {text for text, _ in ends}
    if any(not w or not w.isascii() or w != w.lower() for w in words):
        return None
    return tuple(sorted(words))


def _closings(items: Any) -> set[tuple[str, bool]] | None:
    """The literal text each way through `items` ends with, each with whether it reaches
    back to the start of the items (and may go on with what comes before them)."""
    result = {("", True)}
    for op, arg in reversed(list(items)):
        if not any(open_ for _, open_ in result):
            break
        name = str(op)
        piece: set[tuple[str, bool]] | None
        if name == "LITERAL":
            piece = {(chr(arg), True)}
        elif name == "SUBPATTERN":
            _, add_flags, del_flags, body = arg
            if add_flags & ~re.IGNORECASE or del_flags:
                return None
            piece = _closings(body.data)
        elif name == "BRANCH":
            alternatives = [_closings(alt.data) for alt in arg[1]]
            if any(a is None for a in alternatives):
                return None
            piece = set().union(*alternatives)  # type: ignore[arg-type]
        else:
            piece = {("", False)}  # not a literal: the ending stops here
        if piece is None:
            return None
        result = {(text, False) if not open_ else (before + text, more)
                  for text, open_ in result for before, more in
                  ([("", False)] if not open_ else piece)}
    return result
