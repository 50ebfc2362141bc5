"""Rules for lengths of time and for repetitions: durations and sets.

Durations follow TimeML: "three days" → P3D, "two hours" → PT2H, "a five-year plan" → P5Y,
"the past three months" → P3M (the determiner and the "past"/"last"/"next" belong to the
expression), "2 1/2 years" → P2Y6M, "several weeks" → PXW, "some time" → PXM, "a while" →
PXX; an approximator ("nearly", "more than", "up to") is kept in the extent and becomes the
modifier. Sets: "monthly" → P1M, "every Tuesday" → XXXX-WXX-2, "each July" → XXXX-07,
"twice a year" → "a year" P1Y with freq 2X.
"""

from __future__ import annotations

import re

from timeline.temporal import calendar as cal
from timeline.temporal.grammar import (
    SINCE_IN,
    Context,
    Normalizer,
    Resolved,
    rule,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import (
    APPROXIMATORS,
    HOLIDAYS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    TIME_UNITS,
    UNITS,
    grouped,
    keys,
    month_number,
    parse_number,
    weekday_number,
)

#: How a fraction of a unit is written in the next smaller unit.
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
            "DE": ("Y", 10), "CE": ("Y", 100)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}


def duration_string(count: float | None, unit_word: str) -> str:
    """TIMEX3 duration for `count` units ("X" when the count is vague)."""
    code = UNITS[unit_word.lower()]
    lead = "PT" if unit_word.lower() in TIME_UNITS else "P"
    if code == "2W":
        code = "W"
        count = None if count is None else count * 2
    if code == "DE":
        code = "Y" if count is not None else "DE"
        count = None if count is None else count * 10
    if code == "CE":
        code = "Y" if count is not None else "CE"
        count = None if count is None else count * 100
    if code == "Q":
        code = "M" if count is not None else "Q"
        count = None if count is None else count * 3
    if code == "ML":
        code = "Y" if count is not None else "ML"
        count = None if count is None else count * 1000
    if count is None:
        return f"{lead}X{code}"
    whole = int(count)
    rest = count - whole
    smaller = _SMALLER_TIME if lead == "PT" else _SMALLER
    if rest and code in smaller:
        small, factor = smaller[code]
        small_lead = "T" if code == "D" and lead == "P" else ""
        head = f"{lead}{whole}{code}" if whole else lead
        return f"{head}{small_lead}{round(rest * factor)}{small}"
    return f"{lead}{whole}{code}" if not rest else f"{lead}{count:g}{code}"


def _mod(approx: str | None) -> str | None:
    if not approx:
        return None
    return APPROXIMATORS.get(" ".join(approx.lower().split()))


def _duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    groups = m.groupdict()
    number = groups.get("n")
    count = parse_number(number) if number else 1.0
    if count is None or count <= 0:
        return None
    if groups.get("half") or groups.get("half2"):
        count += 0.5
    value = duration_string(count, m.group("unit"))
    return Resolved(cal.duration_value(value, _mod(groups.get("approx"))), f"{value}: a duration")


def _vague_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = duration_string(None, m.group("unit"))
    return Resolved(cal.duration_value(value), f"{value}: an unspecified number of units")


def _fixed(value: str) -> Normalizer:
    def normalize(m: re.Match[str], ctx: Context) -> Resolved | None:
        return Resolved(cal.duration_value(value), f"{value}: an unspecified length")
    return normalize


def _count_guard(m: re.Match[str], text: str) -> bool:
    unit = m.group("unit").lower()
    number = (m.group("n") or "").lower()
    if unit in ("second", "minute") and number in ("a", "an", "one", ""):
        # "a second term", "a minute's silence": ordinals and idioms, not lengths of time.
        after = text[m.end():m.end() + 1]
        return after in (".", ",", ";", ")", "") or word_after(text, m.end()).lower() in (
            "ago", "later", "earlier", "before", "after", "or", "and", "to", "of")
    if number in ("a", "an") and m.group("det"):
        return False
    if m.group("det") and word_after(text, m.end()).lower() == "ago":
        # "lost the final eight years ago": "eight years ago" is the time; "the final"
        # belongs to the noun before.
        return False
    if number in ("a", "an") and _RATE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        # "$1.76 a year", "four flights a week": a rate, not a stretch of time.
        return False
    if _AMOUNT_OF.match(text, m.end()):
        # "compensation of six months of salary", "reserves that cover three months of imports":
        # an amount measured in time, not a stretch of the story.
        return False
    if unit.startswith("quarter") and word_after(text, m.end()).lower() in _FRACTION_OF:
        # "three-quarters of the vote", "a quarter of the budget", "a quarter point": fractions.
        return False
    if len(number) == 4 and number.isdigit() and not unit.endswith("s"):
        # "the 1988 quarter" names a period of that year; it is not 1,988 quarters.
        return False
    if not m.group(0).endswith("-old") and word_after(text, m.end()).lower() == "old":
        # "52 years old" gives an age, not a stretch of time in the story.
        return False
    return not (unit == "night" or unit == "nights") or bool(number)


#: Words after which a "quarter" is a fraction of something else: "a quarter point" of
#: interest, "a quarter percentage point".
_FRACTION_OF = frozenset("of point points percentage percent".split())
_LAST_VERB = re.compile(r"last\s+", re.IGNORECASE)
#: Words after which "last" is a verb: "to last", "will last", "could not last".
_BEFORE_VERB = frozenset("""to will would could can may might should must shall not never did
does do won't wouldn't can't cannot didn't doesn't""".split())


def _adjective_extent(m: re.Match[str]) -> tuple[int, int]:
    """"a two-year plan", "a five year low": the article belongs to the noun, not the length.
    "set to last three days": there "last" is the verb."""
    det = m.group("det")
    if m.group("approx"):
        return m.span()
    if not det:
        verb = _LAST_VERB.match(m.group(0))
        if verb and word_before(m.string, m.start()) in _BEFORE_VERB:
            return m.start() + verb.end(), m.end()
        return m.span()
    number = m.group("n").lower()
    between = m.string[m.end("n"):m.start("unit")]
    plural = m.group("unit").lower().endswith("s")
    if "-" in between or (not plural and number not in ("a", "an", "one")):
        return m.end("det"), m.end()
    return m.span()


#: Nouns of amounts measured over a period: "the quarterly dividend", "average daily volume",
#: "a quarterly loss". The adjective says what the figure is a rate of, not that something
#: happens again and again in the story ("weekly talks" does).
_MEASURED = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:dividends?|payouts?|profits?|loss(?:es)?|earnings|results|"
    r"revenues?|sales|volumes?|turnover|output|production|income|average|deficits?|"
    r"surplus(?:es)?|growth|returns?|yields?)\b")


def _set_adverb_guard(m: re.Match[str], text: str) -> bool:
    # "demand will rise 3% annually", "300,000 tonnes annually": a rate, like "$1.76 a year".
    return _MEASURED.match(text, m.end()) is None and \
        _RATE_BEFORE.search(text, max(0, m.start() - 24), m.start()) is None


def _set_adverb(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = SET_ADVERBS[m.group(0).lower()]
    return Resolved(cal.set_value(value, "EVERY"), f"{value}: repeats")


def _every(m: re.Match[str], ctx: Context) -> Resolved | None:
    quant = m.group("q").upper().split()[0]
    if m.group("wd"):
        part = PARTS_OF_DAY.get((m.group("part") or "").lower())
        value = f"XXXX-WXX-{weekday_number(m.group('wd'))}" + (f"T{part}" if part else "")
    elif m.group("month"):
        value = f"XXXX-{month_number(m.group('month')):02d}"
    elif (m.group("season") or m.group("dpart")) and (m.group("other") or m.group("n")):
        return None  # "every other night": no TIMEX3 value says it
    elif m.group("season"):
        value = f"XXXX-{SEASONS[m.group('season').lower()]}"
    elif m.group("dpart"):
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[m.group('dpart').lower()]}"
    elif m.group("holiday"):
        # "every Christmas": a holiday on a fixed date is a yearly set; one that moves
        # ("every Easter") has no TIMEX3 value.
        day = HOLIDAYS[" ".join(m.group("holiday").lower().replace("’", "'").split())]
        if m.group("other") or m.group("n") or not re.fullmatch(r"\d\d-\d\d", day):
            return None
        value = f"XXXX-{day}"
    elif m.group("weekend"):
        if m.group("other") or m.group("n"):
            return None
        value = "XXXX-WXX-WE"  # "every weekend"
    else:
        count = parse_number(m.group("n")) if m.group("n") else 1.0
        if m.group("other"):
            count = 2.0
        if count is None:
            return None
        value = duration_string(count, m.group("unit"))
    return Resolved(cal.set_value(value, quant), f"{value}: every one")


_TIMES = re.compile(r"\b(once|twice|thrice|\w+\s+times)\s+$", re.IGNORECASE)


def _per_guard(m: re.Match[str], text: str) -> bool:
    return _TIMES.search(text, max(0, m.start() - 24), m.start()) is not None


def _per(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = duration_string(1.0, m.group("unit"))
    times_match = _TIMES.search(ctx.text, max(0, m.start() - 24), m.start())
    if times_match is None:
        return None
    times = times_match.group(1).lower()
    freq = {"once": "1X", "twice": "2X", "thrice": "3X"}.get(times)
    if freq is None:
        n = parse_number(times.split()[0])
        freq = f"{int(n)}X" if n else None
    return Resolved(cal.set_value(value, None, freq), f"{value}: {times} in each")


def _weekday_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    part = PARTS_OF_DAY.get((m.group("part") or "").lower())
    value = f"XXXX-WXX-{weekday_number(m.group('wd')[:-1])}" + (f"T{part}" if part else "")
    return Resolved(cal.set_value(value), f"{value}: every such day")


#: An amount, perhaps with its noun, right before "a year": "$1.76 a year", "four flights a
#: week", "500 million tonnes a year".
_RATE_BEFORE = re.compile(
    r"(?:\d%?|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|"
    + "|".join(w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and v > 1
               and " " not in w) +
    # One word may stand between ("four flights a week"), but not a preposition that makes
    # the length a time of its own ("fell 8 percent within an hour").
    r"))(?:\s+(?!(?:within|for|in|after|over|under|inside|than|about|around|by|during|"
    r"before|since|until)\b)[a-z-]+)?\s+$", re.IGNORECASE)
_AMOUNT_OF = re.compile(
    # ("a decade of flat wages" is a stretch of time: a trend, not an amount, is told.)
    r"\s+of\s+(?:(?!(?:flat|stagnant|falling|rising|declining|slow|sluggish|weak|strong|"
    r"record|negative|zero|low|high|soaring|shrinking|growing)\b)[a-z]+\s+)?"
    r"(?:pay|salary|salaries|wages|severance|rent|imports|exports|supplies|output|production|"
    r"income|spending|expenses)\b", re.IGNORECASE)
_PLURAL_BEFORE = frozenset("""for over within after took takes take taking lasted lasting last
follows followed amid despite ending ended spent spend spends spending waited""".split())
#: "Hours later", "comes days after the vote", "only weeks before the election": a bare plural
#: before a word of sequence, opening its clause or after one of these words.
_SEQUENCE_AFTER = frozenset("later earlier after before".split())
_SEQUENCE_LEAD = frozenset("""just only mere merely barely some even and but comes came come
arrives arrived was were is""".split())


def _plural_guard(m: re.Match[str], text: str) -> bool:
    start = m.start()
    if word_after(text, m.end())[:1].isdigit():
        return False  # "years 5 and 6": a name with a number
    before = word_before(text, start)
    if before in _PLURAL_BEFORE or SINCE_IN.search(text, max(0, start - 48), start):
        return True
    if word_after(text, m.end()).lower() not in _SEQUENCE_AFTER:
        return False
    head = text[max(0, start - 3):start].rstrip()
    return before in _SEQUENCE_LEAD or not head or head[-1] in ".!?;:—–(\"“"
_APPROX = r"(?P<approx><APPROX>\s+)?"
_DETERMINERS = grouped("the its their his her a an".split())
_COUNT_ADJECTIVES = grouped("past last next first previous coming following final remaining "
                            "additional further initial full entire".split())
_COUNT = rf"(?P<det>{_DETERMINERS}\s+)?(?:{_COUNT_ADJECTIVES}\s+)?"

#: Fractions of one unit: "half a century", "a quarter of an hour", "a half-century".
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
_FRACTION = (r"(?:(?P<approx_f><APPROX>)\s+)?"
             r"(?:half\s+(?:a|an)\s+|(?:a|one)\s+(?:half|quarter)\s+of\s+(?:a|an|the)\s+"
             r"|three\s+quarters\s+of\s+(?:a|an)\s+|an?\s+(?:half|quarter)[-\s]"
             # "a tense half-hour", "a turbulent half-century": an adjective between.
             r"|(?<=[a-z] )(?<!every )(?<!each )(?<!per )"
             r"half-(?=(?:hour|century|decade)(?![\w-])))")


def _fraction(m: re.Match[str], ctx: Context) -> Resolved | None:
    words = m.group("frac").lower().split()
    part = next(w for w in (w.split("-")[0] for w in words) if w in _FRACTIONS)
    value = duration_string(_FRACTIONS[part], m.group("unit"))
    return Resolved(cal.duration_value(value, _mod(m.group("approx_f"))),
                    f"{value}: a fraction of one {m.group('unit').lower()}")


#: The ISO 8601 designators in the order a duration writes them ("T" marks the time part).
_DESIGNATORS = ("Y", "M", "D", "TH", "TM", "TS")


def _compound_value(m: re.Match[str]) -> str | None:
    """The duration of "two hours and 45 minutes" ("PT2H45M"), "3 hours 41 minutes", "4 minutes,
    28 seconds", "a year
    and three months" ("P1Y3M"): whole counts, the second unit smaller than the first, no
    weeks (TIMEX3 writes weeks alone). None when the phrase is not such a pair."""
    parts = []
    for count_group, unit_group in (("n1", "u1"), ("n2", "u2")):
        count = parse_number(m.group(count_group))
        if count is None or count <= 0 or count != int(count):
            return None
        value = duration_string(count, m.group(unit_group))
        time = value.startswith("PT")
        designator = ("T" if time else "") + value[-1]
        number = value[2 if time else 1:-1]
        if designator not in _DESIGNATORS or not number.isdigit():
            return None
        parts.append((_DESIGNATORS.index(designator), number, designator))
    (first, n1, d1), (second, n2, d2) = parts
    if first >= second:
        return None
    date_part = "".join(n + d for _, n, d in parts if not d.startswith("T"))
    time_part = "".join(n + d[1] for _, n, d in parts if d.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


def _compound(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = _compound_value(m)
    if value is None:
        return None
    return Resolved(cal.duration_value(value, _mod(m.group("approx"))),
                    f"{value}: a duration in two units")


RULES = (
    rule("duration-compound", "duration",
         # "1hr 38min": a unit may follow its digits directly.
         r"<B>" + _APPROX + r"(?P<n1><NUM>|an?|one)(?:[-\s]+|(?<=\d))(?P<u1><UNIT>)"
         r"(?:,?\s+and\s+|,?\s+)(?P<n2><NUM>|an?|one)(?:[-\s]+|(?<=\d))(?P<u2><UNIT>)(?![\w-])",
         _compound, priority=1, guard=lambda m, text: _compound_value(m) is not None,
         keys=keys("UNIT"), reach=(32, 40)),
    rule("duration-fraction", "duration",
         r"<B>(?P<frac>" + _FRACTION + r")(?P<unit><UNIT>)(?![\w-])",
         _fraction, keys=keys("UNIT"), reach=(48, 10)),
    rule("duration", "duration",
         r"<B>" + _APPROX + _COUNT + r"(?P<n><NUM>|an?|one|<COUPLE>)(?:\s+more)?"
         r"(?:\s+and\s+(?P<half>a\s+half))?(?:[-\s]+|(?<=\d))(?:trading\s+|business\s+|working\s+"
         r"|calendar\s+|straight\s+|consecutive\s+|full\s+|more\s+)?"
         r"(?P<unit><UNIT>)(?:\s+and\s+(?P<half2>a\s+half))?(?:-old|-long)?(?![\w])(?!-\w)",
         _duration, guard=_count_guard, extent=_adjective_extent,
         keys=keys("UNIT"),
         reach=(80, 40)),
    rule("duration-range", "duration",
         # "two to three weeks", "the next 12 to 18 months": TIMEX3 has no range, and either
         # bound alone would invent precision.
         r"<B>(?:(?:the|its)\s+(?:next|past|last|coming|first|following)\s+)?"
         r"(?:<NUM>|a)\s*(?:to|-|–|or)\s*<NUM>[-\s]+(?P<unit><UNIT>)(?![\w-])",
         _vague_duration, priority=1,
         guard=lambda m, text: word_after(text, m.end()).lower() not in ("ago", "old", "later",
                                                                         "earlier")
         and re.search(r"\d{4}", m.group(0)) is None,
         keys=keys("UNIT"), reach=(48, 10)),
    rule("duration-year-ago", "duration",
         # "sales in the year-earlier six months": six months long, a year back.
         r"<B>the\s+(?:year[-\s](?:earlier|ago)|comparable|same|corresponding)\s+"
         r"(?P<n><NUM>)\s+(?P<unit>months|weeks)(?![\w-])",
         _duration, priority=1, keys=keys("months weeks"), reach=(40, 10)),
    rule("duration-one-more", "duration",
         r"<B>(?:an?\s+(?:additional|extra|further|full|entire|whole)|another)\s+"
         r"(?P<unit><UNIT>)(?![\w-])",
         # ("another year of low flows" is a year long.)
         _duration, guard=lambda m, text: word_after(text, m.end()).lower() != "ago" and (
             word_after(text, m.end()).lower() != "of"
             or m.group(0).lower().startswith("another")),
         keys=keys("UNIT"), reach=(40, 10)),
    rule("duration-vague-adjective", "duration",
         r"<B>(?:several|few|multi|many)-(?P<unit>day|week|month|year|decade)(?![\w-])",
         _vague_duration, keys=keys("UNIT"), reach=(12, 4)),
    rule("duration-the-unit", "duration",
         r"<B>(?P<approx><APPROX>\s+)?the\s+(?:next|past|last|coming)\s+"
         # ("the past fortnight": no calendar period is one, unlike "the past week".)
         r"(?P<unit>hour|day|fortnight)(?![\w-])",
         _duration, guard=lambda m, text: word_after(text, m.end()).lower() != "of",
         keys=keys("UNIT"),
         reach=(60, 10)),
    rule("within-the-hour", "duration",
         # "shut down its servers within the hour": an hour long, from the moment told.
         r"(?<=within\s)the\s+hour(?![\w-])",
         _fixed("PT1H"), keys=keys("hour"), reach=(12, 4)),
    rule("year-ended", "duration",
         r"<B>the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\s+(?:<MONTH>|today|"
         r"tomorrow|yesterday|in\b))",
         _fixed("P1Y"), priority=1, keys=keys("year")),
    rule("duration-vague", "duration",
         r"<B>(?:<FEW>|the|those|these)\s+(?P<unit>seconds|minutes|hours|days|nights|weeks|"
         r"months|quarters|years|decades|centuries)(?![\w-])",
         _vague_duration, priority=-1,
         guard=lambda m, text: not m.group(0).lower().startswith(("the ", "those ", "these "))
         or word_after(text, m.end()).lower() not in ("of", "ago"),
         keys=keys("UNIT"),
         reach=(60, 10)),
    rule("duration-plural", "duration",
         r"<B>(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])",
         _vague_duration, priority=-1,
         guard=_plural_guard, keys=keys("UNIT"), reach=(5, 5)),
    rule("duration-first-units", "duration",
         # "in the first hours of the assault", "the first days after the vote".
         r"<B>the\s+first\s+(?:few\s+)?(?P<unit>hours|days|weeks|months|years)"
         r"(?=\s+(?:of|after|since|following)\b)",
         _vague_duration, keys=keys("UNIT"), reach=(20, 10)),
    rule("duration-plural-pair", "duration",
         r"<B>(?P<unit>days|weeks|months|years)\s+or\s+(?:days|weeks|months|years)(?![\w-])",
         _vague_duration,
         keys=keys("UNIT"),
         reach=(10, 30)),
    rule("some-time", "duration",
         r"<B>(?:some|a\s+long|a\s+short|quite\s+some)\s+time(?!\s+(?:ago|later|before|after))"
         r"(?![\w-])",
         _fixed("PXM"), guard=lambda m, text: text[max(0, m.start() - 4):m.start()].lower()
         in ("for ", "ken ", "kes ", "ook ", "und "),
         keys=keys("time")),
    rule("long-period", "duration",
         r"<B>an?\s+(?:(?:fairly|very|rather|relatively)\s+)?(?:long|lengthy|short|brief|"
         r"extended|prolonged)\s+period(?:\s+of\s+time)?(?![\w-])",
         _fixed("PXX"), keys=keys("period"), reach=(40, 16)),
    rule("a-while", "duration", r"<B>(?:a\s+(?:little\s+|long\s+|short\s+)?while)(?![\w-])",
         _fixed("PXX"), guard=lambda m, text: word_after(text, m.end()).lower() not in ("ago",),
         keys=keys("while")),
    rule("set-adverb", "set", r"<B><SETADV>(?![\w-])", _set_adverb,
         guard=_set_adverb_guard, keys=keys("SETADV")),
    rule("every", "set",
         r"<B>(?P<q>every|each)\s+(?:(?P<other>other)\s+|(?P<n><NUM>)\s+)?"
         r"(?:(?P<wd><WEEKDAY>)(?:\s+(?P<part><PART>))?|(?P<month><MONTH>)|(?P<season><SEASON>)"
         r"|(?P<dpart>morning|afternoon|evening|night)|(?P<weekend>weekend)|(?P<unit><UNIT>)"
         r"|(?-i:(?=[A-Z]))(?P<holiday><HOLIDAY>))"
         r"(?![\w-])",
         _every, priority=1,
         keys=keys("every each")),
    rule("per", "set",
         r"<B>(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|quarter|hour)(?![\w-])",
         _per, priority=2, guard=_per_guard,
         keys=keys("day week month year quarter hour")),
    rule("weekday-plural", "set",
         r"<B>(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))"
         r"(?:\s+(?P<part>mornings|afternoons|evenings|nights))?(?![\w-])",
         _weekday_plural,
         keys=keys("mondays tuesdays wednesdays thursdays fridays saturdays sundays")),
)
