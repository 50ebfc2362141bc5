"""Headline-style titles for events: "Trump announces new sanctions on Russia's oil companies".

A title is built from one clause by rules, no model: time phrases are cut out, actor
references become their short names ("Chinese President Xi Jinping" → "Xi"), the subject is
the words before the main verb (a pronoun subject becomes the actor it stands for), the verb
group is put in the headline present ("announced" → "announces", "will meet" → "to meet",
"were imposed" → "imposed"), and the object runs to the next clause boundary. Quotes led by
the speaker's words ("“…,” Trump said") become "Trump says …". Titles are at most
MAX_WORDS words, cut at a phrase boundary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from timeline.temporal.lexicon import SCHEDULED_PRESENT, SCHEDULING_VERBS
from timeline.text import ABBREVIATIONS

MAX_WORDS = 12

# Irregular verbs: past or past participle → base form. Only forms that differ from the base.
_IRREGULAR = {
    "said": "say", "met": "meet", "held": "hold", "took": "take", "taken": "take",
    "made": "make", "spoke": "speak", "spoken": "speak", "told": "tell", "gave": "give",
    "given": "give", "went": "go", "gone": "go", "came": "come", "saw": "see", "seen": "see",
    "began": "begin", "begun": "begin", "won": "win", "lost": "lose", "sent": "send",
    "brought": "bring", "thought": "think", "sought": "seek", "bought": "buy", "left": "leave",
    "led": "lead", "struck": "strike", "stricken": "strike", "wrote": "write",
    "written": "write", "flew": "fly", "flown": "fly", "drew": "draw", "drawn": "draw",
    "threw": "throw", "thrown": "throw", "chose": "choose", "chosen": "choose",
    "broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze",
    "stood": "stand", "understood": "understand", "fell": "fall", "fallen": "fall",
    "felt": "feel", "found": "find", "got": "get", "gotten": "get", "knew": "know",
    "known": "know", "grew": "grow", "grown": "grow", "shook": "shake", "shaken": "shake",
    "did": "do", "done": "do", "had": "have", "ate": "eat", "eaten": "eat", "drove": "drive",
    "driven": "drive", "rose": "rise", "risen": "rise", "forgot": "forget",
    "forgotten": "forget", "hid": "hide", "hidden": "hide", "beaten": "beat",
    "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
    "undertaken": "undertake", "overtook": "overtake", "overtaken": "overtake",
    "fought": "fight", "caught": "catch", "taught": "teach", "paid": "pay", "laid": "lay",
    "sold": "sell", "kept": "keep", "meant": "mean", "spent": "spend", "built": "build",
    "sank": "sink", "sunk": "sink", "rang": "ring", "rung": "ring", "ran": "run",
    "sang": "sing", "sung": "sing", "swore": "swear", "sworn": "swear", "wore": "wear",
    "worn": "wear", "tore": "tear", "torn": "tear", "bore": "bear", "borne": "bear",
    "woke": "wake", "woken": "wake", "heard": "hear", "lent": "lend", "bent": "bend",
    "dealt": "deal", "fled": "flee", "fed": "feed", "bled": "bleed", "slid": "slide",
    "shot": "shoot", "stuck": "stick", "swung": "swing", "hung": "hang", "sprang": "spring",
    "sprung": "spring", "forbade": "forbid", "forbidden": "forbid", "forgave": "forgive",
    "forgiven": "forgive", "arose": "arise", "arisen": "arise", "became": "become",
    "oversaw": "oversee", "overseen": "oversee", "foresaw": "foresee",
    "upheld": "uphold", "withheld": "withhold", "mistook": "mistake", "mistaken": "mistake",
    "rode": "ride", "ridden": "ride", "strove": "strive", "striven": "strive",
    "lit": "light", "sat": "sit", "spat": "spit", "slung": "sling", "clung": "cling",
    "slept": "sleep", "swept": "sweep", "wept": "weep", "leapt": "leap", "dreamt": "dream",
}
#: Past participles that are never a past tense: without "has" or "was" they are no finite
#: verb ("polls taken in August suggested support").
_PARTICIPLE_ONLY = frozenset("""taken spoken given gone seen begun stricken written flown drawn
thrown chosen broken frozen fallen gotten known grown shaken done eaten driven risen forgotten
hidden beaten withdrawn undertaken overtaken sunk rung sung sworn worn torn borne woken sprung
forbidden forgiven arisen overseen mistaken ridden striven""".split())
#: Past forms that are never participles ("broke", "took"): always a finite verb.
_PAST_ONLY = frozenset(w for w, base in _IRREGULAR.items() if w not in _PARTICIPLE_ONLY and any(
    p in _PARTICIPLE_ONLY and _IRREGULAR[p] == base for p in _IRREGULAR)) - {"struck", "got"}
# Past forms equal to the base: recognised as past only after a subject, kept as they are.
_SAME_PAST = frozenset("put set cut let hit quit spread cast upset hurt beat read shut cost "
                       "bet bid burst thrust broadcast forecast".split())
# Regular verbs whose base the spelling rules below would get wrong.
_REGULAR_EXCEPTIONS = {
    "added": "add", "created": "create", "focused": "focus", "biased": "bias",
    "completed": "complete",
    "competed": "compete", "deleted": "delete", "united": "unite", "invited": "invite",
    "ignited": "ignite", "honored": "honor", "favored": "favor", "labored": "labor",
    "belonged": "belong", "prolonged": "prolong", "longed": "long", "welcomed": "welcome",
    "declined": "decline", "combined": "combine", "piloted": "pilot", "erred": "err",
    "interfered": "interfere", "controlled": "control", "patrolled": "patrol",
    "enrolled": "enrol", "bottomed": "bottom", "ransomed": "ransom", "signaled": "signal",
    "exhaled": "exhale", "inhaled": "inhale", "scaled": "scale", "telephoned": "telephone",
    "phoned": "phone", "zoned": "zone", "cloned": "clone", "toned": "tone",
    "condoned": "condone", "dethroned": "dethrone", "postponed": "postpone",
    # British spelling doubles a final l that "-ell" does not cover.
    "signalled": "signal", "totalled": "total", "equalled": "equal", "dialled": "dial",
    "fuelled": "fuel", "pedalled": "pedal", "marshalled": "marshal", "annulled": "annul",
    "extolled": "extol", "trialled": "trial", "initialled": "initial",
    "pencilled": "pencil", "stencilled": "stencil", "imperilled": "imperil",
    "premiered": "premiere", "adhered": "adhere", "persevered": "persevere",
    "revered": "revere",
    # "-anged" is "-ange" ("changed", "arranged") but for these.
    "banged": "bang", "hanged": "hang", "clanged": "clang", "twanged": "twang",
}
_BE = frozenset("is are was were be been being 's".split())
_HAVE = frozenset("has have had".split())
_DO = frozenset("did does do".split())
_FUTURE = frozenset("will would shall 'll".split())
_MODAL = frozenset("can could may might must should".split())
_FUTURE_ADJ = frozenset("expected due set scheduled poised likely going slated planning "
                        "preparing about unlikely".split())
_ADVERB = frozenset("also still already now just reportedly previously finally again then "
                    "repeatedly officially publicly formally personally recently later "
                    "earlier initially eventually subsequently immediately quickly first "
                    "ultimately apparently separately jointly directly effectively "
                    "even only once".split())
_NEGATION = frozenset({"not", "never", "n't"})
# Words ending in s that are not present-tense verbs after a name ("Trump's allies" aside).
_NOT_VERBS = frozenset("its his was has does is this thus us always perhaps across news "
                       "series species less unless plus bonus virus census chaos ties".split())
_REPORTING = frozenset("say tell add write state claim warn insist note stress argue suggest "
                       "confirm deny report tweet post acknowledge admit reply announce "
                       "declare explain predict promise vow pledge threaten".split())
#: Plain presents of saying and thinking that a plural subject may take: "Analysts say".
_SAYING_PLAIN = frozenset("say tell warn insist claim argue note predict confirm deny admit "
                          "fear expect hope believe think add".split())
_SAYING_S = frozenset(w + "s" for w in _SAYING_PLAIN if w != "deny") | {"denies"}
_DETERMINERS = frozenset("a an the this that these those his her its their our my your some "
                         "any every each no another such".split())
_PREPOSITIONS = frozenset("of with in on at to from by for about between over under into "
                          "against during after before amid among across through toward "
                          "towards without within since until via per than like".split())
_BOUNDARY_WORDS = frozenset("which who whom whose where when while whereas because although "
                            "though but as if unless".split())
_LEADING = frozenset("while as though although since because when if after before once but "
                     "and so yet meanwhile however still then also now instead indeed later "
                     "separately earlier previously unlike despite where until following "
                     "whereas which who whose".split())
# Titles before a name add nothing to a headline ("President Trump" → "Trump").
_HONORIFIC_WORDS = ("President", "Minister", "Chancellor", "Secretary", "Premier",
                    "Spokesman", "Spokeswoman", "King", "Queen", "Prince", "Envoy", "Senator",
                    "Governor", "Mr.", "Mrs.", "Ms.", "Dr.")
_HONORIFIC = re.compile(
    r"\b(?:(?:Vice|Prime|Foreign|Defence|Defense|Deputy|Interior|Finance|Trade)\s+)?"
    rf"(?:{'|'.join(map(re.escape, _HONORIFIC_WORDS))})\s+$")
#: Lowercase role nouns written before a person's name ("foreign policy chief Kaja Kallas").
_ROLE_NOUNS = ("chief", "minister", "secretary", "envoy", "adviser", "advisor", "aide",
               "spokesman", "spokeswoman", "spokesperson", "negotiator", "ambassador",
               "commander", "counterpart", "official", "leader", "president", "chancellor")
_ROLE_END = re.compile(rf"\b(?:{'|'.join(_ROLE_NOUNS)})\s+$")
#: A role phrase before a name: an article or possessive, an owner, up to three lowercase
#: words, a role noun ("The EU's foreign policy chief ", "US envoy ", "his Russian
#: counterpart ").
_ROLE = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:\b[A-Z][\w.’'-]*(?:['’]s)?\s+)?"
    r"(?:\b[a-z][\w-]*\s+){0,3}?" + rf"\b(?:{'|'.join(_ROLE_NOUNS)})\s+$")
_LABEL_MARK = re.compile(r"\s*[-–—:]\s+")
_TIME_PREPOSITION_WORDS = (
    "on", "in", "at", "during", "by", "from", "since", "until", "till", "over", "through",
    "throughout", "for", "as of", "as early as", "as late as", "as recently as", "just", "only",
    "late", "early", "later", "earlier", "starting", "beginning", "effective", "to", "around",
    "ahead of", "in the run-up to", "at least", "most of", "much of", "all of", "part of",
    "the rest of", "before", "after", "shortly", "soon", "immediately", "right", "well", "long")
#: Plain prepositions: one right before another is a verb's particle ("sworn in on Friday",
#: "weighed in on Monday"), which stays with its verb; other words of the list qualify the
#: next ("late on Monday", "as early as May").
_PLAIN_PREPOSITION = "on|in|at|during|by|from|since|until|till|over|through|throughout|for"
_TIME_PREPOSITION = re.compile(
    rf"(?:\b(?:(?:{_PLAIN_PREPOSITION})\s*(?!(?:{_PLAIN_PREPOSITION})\b)|"
    rf"(?:{'|'.join(w for w in _TIME_PREPOSITION_WORDS if w not in _PLAIN_PREPOSITION.split('|'))})"
    rf"\s*))+$", re.IGNORECASE)
#: The longest word of each: a match ends with one, right before the final whitespace.
_HONORIFIC_LONGEST = max(map(len, _HONORIFIC_WORDS))
_TIME_PREPOSITION_LONGEST = max(map(len, _TIME_PREPOSITION_WORDS))
#: "the quarter ended Sept. 30": the participle that ends a period goes with its date
#: ("the talks ended on Sunday" keeps its verb).
_PERIOD_ENDED = re.compile("(?:" + "|".join(f"(?<={noun} )" for noun in (
    "quarter", "months", "period", "year", "half", "weeks")) + r")(?:ended|ending)\s+$")
_QUOTES = "“”\"‘’«»"
#: Abbreviations whose period does not end the clause ("St. Peter's Square"): those that do
#: not end a sentence either (`timeline.text`); dotted ones ("U.S.") have a token of their own.
_ABBREVIATED = "|".join(sorted((w for w in ABBREVIATIONS if "." not in w), key=len, reverse=True))
#: Tokens: quotes, amounts whole ("33,000", "$21", "10%", "€4.5"), words, punctuation.
#: The abbreviations are tried only before a word that a period ends (`(?=\w+\.)`): the
#: same tokens, without trying sixty alternatives at every character.
_TOKEN = re.compile(r"[“”\"«»]|‘(?=\w)|’(?!\w)|[$€£¥]?\d(?:[\d,.]*\d)?(?:%|[\w'’\-–]*\w)?"
                    r"|(?:[A-Za-z]\.){2,}|(?=\w+\.)(?i:" + _ABBREVIATED + r")\.(?=\s+[A-Z0-9])"
                    r"|\w[\w'’.\-–&]*\w|\w|[,;:()!?.…&]|[–—]|-")
_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|I'd|I’d|I'm|I’m|I've|I’ve|I'll|I’ll|[Ww]e|[Ww]e're|"
                           r"[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'll|[Ww]e’ll|[Mm]y|[Oo]ur|us|[Yy]ou)(?!\w)")
# Capitalised only because they open the quote; lowercase after "says".
_COMMON_OPENERS = frozenset("every the this that these those it its there they no all nobody "
                            "nothing everything everyone some many most we he she what how "
                            "when why if our a an one".split())
# Fixed patterns of the rules below, compiled once.
_DOUBLED_L = re.compile(r"[aeiou][^aeiou]+ell$")
_VOWELS = re.compile(r"[aeiouy]+")
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh|o)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_SIBILANT_ES = re.compile(r"(?:ss|sh|ch|x|z|o)es$")
#: A present in -s; "-ous" ends adjectives ("cautious"), never a verb.
_PRESENT_S = re.compile(r"(?![a-z]*ous$)[a-z]{2,}[^s'’]s")
_OF_BEFORE = re.compile(r"\bof\s+$")
_PREPOSITION_NEXT = re.compile(rf"\s*(?:{'|'.join(_PREPOSITIONS)})\b")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_SPACES = re.compile(r"\s+")
#: A person's age set off by commas after the name: "Takaichi, 64, won …".
_AGE = re.compile(r"\b([A-Z][\w’'-]*),\s\d{1,3},(?=\s)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_QUOTE_FIRST = re.compile(r"^\s*[“\"](?P<q>[^”\"]+?)[,.!?]?\s*[”\"]\s*,?\s*(?P<rest>.*)$")
_INTERJECTION = frozenset("hopefully well look frankly honestly clearly obviously and but so "
                          "now yes no of course".split())


def _run_start(text: str, end: int) -> int:
    """Where the run of whitespace that ends at `end` begins; `end` when there is none."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _honorific(text: str) -> re.Match[str] | None:
    """`_HONORIFIC.search(text)`, looking first at the end only, or else a role before a
    name (`_ROLE`: "the EU's foreign policy chief", "US envoy", "his Russian counterpart").

    A match ends with a title and whitespace; the title alone, right before the final
    whitespace, is a match too. When there is none near the end there is none at all.
    """
    if text.endswith(" ") and _ROLE_END.search(text, max(0, len(text) - 16)):
        role = _ROLE.search(text, max(0, len(text) - 80))
        if role is not None:
            return role
    near = max(0, _run_start(text, len(text)) - _HONORIFIC_LONGEST)
    if _HONORIFIC.search(text, near) is None:
        return None
    return _HONORIFIC.search(text)


def _time_preposition(text: str) -> re.Match[str] | None:
    """`_TIME_PREPOSITION.search(text)`: the leftmost run of time prepositions ending `text`,
    looking near the end first.

    Every run ends with one word of at most `_TIME_PREPOSITION_LONGEST` characters before
    the final whitespace, and each word of a run starts a shorter run. The leftmost run
    found from `near` on is the leftmost of all unless one more word ends right before it,
    and such a word can only start before `near` when the whitespace before the run starts
    less than a word's length after `near`.
    """
    longest = _TIME_PREPOSITION_LONGEST
    near = max(0, _run_start(text, len(text)) - 3 * longest)
    found = _TIME_PREPOSITION.search(text, near)
    if found is None or near == 0 or near <= _run_start(text, found.start()) - longest:
        return found
    return _TIME_PREPOSITION.search(text)


def _stem_regular(word: str, suffix: str) -> str:
    """Base form of a regular -ed (or -ing) form, by English spelling rules."""
    stem = word[: -len(suffix)]
    if suffix == "ed" and stem.endswith("i"):
        return stem[:-1] + "y"
    if suffix == "ed" and word.endswith("eed") and len(word) > 4:
        return word[:-1]
    if suffix == "ed" and stem.endswith("e"):
        return stem
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprtz":
        return stem[:-1]
    if stem.endswith("ll") and _DOUBLED_L.search(stem):
        return stem[:-1]
    if len(stem) < 2:
        return stem
    last, before = stem[-1], stem[-2]
    vowels = "aeiou"
    if last in "vcuz" and not stem.endswith("zz"):
        return stem + "e"
    if last == "s" and not stem.endswith("ss"):
        return stem + "e"
    if last == "g" and (before in "rdn" or before in vowels) and not stem.endswith("ong"):
        # "charged", "changed"; a single g after a vowel is a "ge" ("damaged", "managed"):
        # "-ag" verbs double it ("tagged").
        return stem + "e"
    if last == "l" and before not in vowels + "lrw":
        return stem + "e"  # "settled", "tackled", "toppled"; not "hurled", "crawled"
    if last in "y" or last not in "bdgklmnprt" or before not in vowels:
        return stem
    if stem.endswith(("iat", "uat")):
        return stem + "e"
    if len(stem) >= 3 and stem[-3] in vowels and stem[-4:-2] != "qu":
        # Two vowels before the consonant ("claim", "gain") need no silent e.
        return stem
    syllables = len(_VOWELS.findall(stem))
    if syllables <= 1:
        return stem + "e"
    ending = stem[-2:]
    if ending in ("at", "ut", "id", "ud", "od", "ad", "ar", "ir", "ur", "or", "ul", "il", "in",
                  "ib", "ok", "ik", "ak", "um", "om", "am", "ap", "ot", "iv", "ed"):
        return stem + "e"
    return stem


def base_form(word: str) -> str:
    """The base form of a past tense, past participle or -ing form ("announced" → "announce")."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower in _REGULAR_EXCEPTIONS:
        return _REGULAR_EXCEPTIONS[lower]
    if len(lower) == 4 and lower.endswith("ied"):
        return lower[:-1]  # "died", "tied", "lied", "vied"
    if lower in ("dyed", "eyed"):
        return lower[:-1]
    if lower.endswith("ed") and len(lower) > 3:
        return _stem_regular(lower, "ed")
    if lower in ("dying", "tying", "lying", "vying"):
        return lower[:-4] + "ie"
    if lower.endswith("ing") and len(lower) > 4:
        stem = _stem_regular(lower[:-3] + "ed", "ed")
        return stem
    return lower


def third_person(base: str) -> str:
    """The present tense for a singular subject ("announce" → "announces")."""
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if _SIBILANT.search(base):
        return base + "es"
    if _CONSONANT_Y.search(base):
        return base[:-1] + "ies"
    return base + "s"


def present(base: str, plural: bool) -> str:
    if base == "be":
        return "are" if plural else "is"
    return base if plural else third_person(base)


def _is_past(word: str) -> bool:
    lower = word.lower()
    if not word[:1].islower():
        return False
    return lower in _IRREGULAR or lower in _REGULAR_EXCEPTIONS or (
        lower.endswith("ed") and len(lower) > 3 and "-" not in lower
        and lower not in _ED_NOT_VERBS)


#: Words in -ed that are no verb forms: "several hundred protesters gathered".
_ED_NOT_VERBS = frozenset("""hundred kindred sacred naked wicked wretched rugged ragged jagged
crooked beloved indeed deed need seed speed feed greed creed breed steed weed reed shred sled
bed red shed""".split())


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _join(tokens: Sequence[str]) -> str:
    out = ""
    for token in tokens:
        if not out or token in ",;:.!?)…" or out.endswith("("):
            out += token
        else:
            out += " " + token
    return out


def rewrite(clause: str, remove: Sequence[tuple[int, int]],
            names: Sequence[tuple[int, int, str]]) -> str:
    """The clause with time phrases cut out and actor references replaced by short names.

    `remove` and `names` are (start, end[, short name]) offsets into `clause`. A preposition
    left dangling before a removed time phrase ("on", "during") goes with it, and adjacent
    references to the same actor ("Chinese President" + "Xi Jinping") become one name.
    """
    edits: list[tuple[int, int, str]] = []
    for start, _, _ in names:
        title = _honorific(clause[:start])
        if title:
            edits.append((title.start(), start, ""))
    for start, end in remove:
        before = clause[:start]
        # "of" and whitespace can only end `before`: look at its last two letters.
        if _OF_BEFORE.search(before, max(0, _run_start(before, len(before)) - 2)) \
                and _PREPOSITION_NEXT.match(clause[end:]):
            # "off the back of a difficult week for Kyiv": the time is a noun the clause
            # needs, not an adverbial; cutting it would leave "the back of for Kyiv".
            continue
        # "Monday's talks" → "talks": the possessive goes with the date, and a preposition
        # before it stays with the noun ("won in Wednesday's election" → "won in election").
        tail = _POSSESSIVE_S.match(clause[end:])
        ended = _PERIOD_ENDED.search(before, max(0, start - 24)) \
            if before.find("end", max(0, start - 24)) != -1 else None
        lead = None if tail else (ended or _time_preposition(before))
        cut_start, cut_end = lead.start() if lead else start, end + (tail.end() if tail else 0)
        left = len(clause[:cut_start].rstrip())
        right = len(clause) - len(clause[cut_end:].lstrip())
        if clause[left - 1:left] == "," and clause[right:right + 1] == ",":
            # "The army, on Monday, took the town": the commas set the time off; both go.
            cut_start, cut_end = left - 1, right + 1
        elif left == 0:
            # "Feb. 12 - Trump and Putin speak": a date label's dash or colon goes with it.
            mark = _LABEL_MARK.match(clause, cut_end)
            if mark is not None:
                cut_end = mark.end()
        edits.append((cut_start, cut_end, ""))
    edits = _join_cuts(clause, edits)
    last: tuple[int, int, str] | None = None
    for start, end, short in sorted(names):
        if any(s <= start < e for s, e, _ in edits):
            continue
        if last is not None and last[2] == short and not clause[last[1]:start].strip():
            edits[-1] = (last[0], end, short)
            last = edits[-1]
            continue
        if last is not None and last[2] == short and clause[last[1]:start].strip() == "," \
                and clause[end:end + 1] == ",":
            # "Trump, the US president, said": the apposition names the same actor.
            edits[-1] = (last[0], end + 1, short)
            last = edits[-1]
            continue
        edits.append((start, end, short))
        last = edits[-1]
    edits.sort()
    out, pos = [], 0
    for start, end, text in edits:
        if start < pos:
            continue
        out.append(clause[pos:start])
        out.append(text)
        pos = end
    out.append(clause[pos:])
    text = "".join(out)
    # Only a space is printable whitespace: text without two spaces in a row and with every
    # character printable has nothing to collapse. Then only spaces are left, and a space
    # before punctuation is one of these pairs.
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    if " ," in text or " ;" in text or " :" in text or " ." in text or " !" in text \
            or " ?" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_PUNCT.sub(r"\1", text)
    if "(" in text:
        text = _EMPTY_PARENS.sub("", text)
    return text.strip(" ,;:")


#: What may stand between two cut time phrases and goes with them: "in May and again in
#: August", "on Monday or Tuesday", "from Nov. 22 to Nov. 23", "from December into January".
_BETWEEN_CUTS = re.compile(r"[\s,]*(?:(?:and|or|to|into|through|until|till)\s+|[-–]\s*)?"
                           r"(?:(?:again|then|also)\s+)?[\s,]*")


def _join_cuts(clause: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cuts (edits with no text) joined across what only links them."""
    cuts = sorted(e for e in edits if not e[2])
    out = [e for e in edits if e[2]]
    last: tuple[int, int, str] | None = None
    for cut in cuts:
        if last is not None and (cut[0] <= last[1] or _BETWEEN_CUTS.fullmatch(
                clause, last[1], cut[0])):
            # Overlapping cuts, or cuts linked by "and", "to" …: one cut.
            last = (last[0], max(last[1], cut[1]), "")
            out[-1] = last
        else:
            last = cut
            out.append(cut)
    return out


def _split_verb_group(tokens: list[str], i: int, plural: bool) -> tuple[list[str], int, str]:
    """Headline form of the verb group starting at tokens[i]: (words, next index, base)."""
    n = len(tokens)

    def skip_adverbs(j: int) -> tuple[int, list[str]]:
        negs = []
        while j < n and (tokens[j].lower() in _ADVERB or tokens[j].lower() in _NEGATION
                         or (tokens[j].lower().endswith("ly") and tokens[j][0].islower()
                             and j + 1 < n and _is_verbish(tokens[j + 1]))):
            if tokens[j].lower() in _NEGATION:
                negs.append("not" if tokens[j].lower() == "n't" else tokens[j].lower())
            j += 1
        return j, negs

    word = tokens[i].lower()
    j, negs = skip_adverbs(i + 1)
    nxt = tokens[j].lower() if j < n else ""
    if word in _FUTURE and nxt and nxt[0].isalpha():
        return [*negs, "to", nxt], j + 1, nxt
    if word in _MODAL and nxt:
        return [word, *negs, nxt], j + 1, nxt
    if word in _DO and nxt and nxt.isalpha() and nxt not in _NOT_AFTER_DO:
        base = base_form(nxt) if nxt.endswith("ed") else nxt
        if negs:
            return [present("do", plural), *negs, base], j + 1, base
        return [present(base, plural)], j + 1, base
    if word in _BE:
        if nxt in _FUTURE_ADJ and j + 2 < n and tokens[j + 1].lower() == "to":
            base = tokens[j + 2].lower()
            return [*negs, "to", base], j + 3, base
        if nxt == "to" and j + 1 < n:
            base = tokens[j + 1].lower()
            return [*negs, "to", base], j + 2, base
        if nxt.endswith("ing") and len(nxt) > 4:
            base = base_form(nxt)
            return [*negs, present(base, plural)], j + 1, base
        if nxt and _is_past(tokens[j]):
            return [*negs, nxt], j + 1, base_form(nxt)
        return [present("be", plural), *negs], j, "be"
    if word in _HAVE:
        if nxt == "been":
            k, more = skip_adverbs(j + 1)
            after = tokens[k].lower() if k < n else ""
            if after and _is_past(tokens[k]):
                return [*negs, *more, after], k + 1, base_form(after)
            if after.endswith("ing"):
                base = base_form(after)
                return [*negs, *more, present(base, plural)], k + 1, base
            return [*negs, present("be", plural)], j + 1, "be"
        if nxt and (_is_past(tokens[j]) or nxt in _SAME_PAST):
            base = base_form(nxt)
            if "not" in negs:
                # "has not left Russia": "does not leave", as for "did not".
                return [present("do", plural), *negs, base], j + 1, base
            return [*negs, present(base, plural)], j + 1, base
        return [present("have", plural), *negs], j, "have"
    if not _is_past(tokens[i]) and word.endswith("s"):
        base = _present_base(word)
        return [word if not plural else base], i + 1, base
    base = base_form(word)
    return [present(base, plural)], i + 1, base


#: Pasts that go on with "by" as a preposition of their own ("rose by 3%", "stood by").
_ACTIVE_BEFORE_BY = frozenset("rose fell grew dropped climbed jumped increased decreased "
                                 "declined slipped gained lost stood passed went came "
                                 "stopped".split())


#: Words after "did"/"does" that show it is the verb itself ("as it did in 2022 and …").
#: Verbs a thing does by itself ("the talks resumed in Geneva"): never read as passives.
_DONE_BY_ITSELF = frozenset("""resumed ended started stalled collapsed opened closed continued
returned arrived landed gathered stayed remained happened occurred failed expired lapsed
crashed erupted exploded surged slumped plunged peaked""".split())
#: Verbs a person does without an object ("was elected in 2019 and resigned in 2021"): no
#: passive after a passive.
_DONE_BY_ONESELF = frozenset("""resigned retired died testified pleaded appeared travelled
traveled voted campaigned worked lived served played competed stepped moved emigrated
graduated starred debuted survived recovered responded complained apologised apologized
agreed refused declined insisted""".split())
#: What may follow a participle with no object: "arrested in April", "charged on Friday".
_AFTER_PASSIVE = frozenset("by in on at after before during over last this earlier later "
                           "yesterday today when , .".split())
_NOT_AFTER_DO = _PREPOSITIONS | _DETERMINERS | frozenset(
    # "did it again", "did well": objects and adverbs of "do" as the verb itself.
    """and or but so as than that it them him her me us everything nothing something
    anything well badly much more better worse""".split())


def _present_base(word: str) -> str:
    """ "includes" → "include", "pushes" → "push", "carries" → "carry"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if _SIBILANT_ES.search(word):
        return word[:-2]
    return word[:-1]


#: Prepositions that open a phrase, not a clause, at the start of a sentence.
_LEADING_PREPOSITIONS = frozenset("with without in on at for despite amid under during by "
                                  "from like unlike among".split())


def _verb_follows(token: str) -> bool:
    lower = token.lower()
    return token.islower() and (_is_past(token) or lower in _BE or lower in _HAVE
                                or lower in _FUTURE or lower in _MODAL)


def _leading_phrase_end(tokens: list[str]) -> int:
    """Where a leading prepositional phrase ends (its comma), or 0: "With credit for time
    served, …", "After the 2023 election, …" (but "After Trump met Putin, …" is a clause)."""
    if not tokens or "," not in tokens[:12]:
        return 0
    first = tokens[0].lower()
    comma = tokens.index(",")
    if first in _LEADING_PREPOSITIONS:
        return comma
    if first in ("after", "before", "since", "until", "following") and not any(
            _is_verbish(t) or _PRESENT_S.fullmatch(t) for t in tokens[1:comma]):
        return comma
    return 0


def _is_verbish(token: str) -> bool:
    lower = token.lower()
    return _is_past(token) or lower in _BE or lower in _HAVE or lower in _FUTURE


def _find_verb(tokens: list[str], known: frozenset[str]) -> int | None:
    """Index of the main verb group: the first finite verb outside quotes after a subject."""
    quoted = False
    # "With credit for time served, he could be released": a leading prepositional phrase
    # holds no verb of the clause.
    skip = _leading_phrase_end(tokens)
    for i, token in enumerate(tokens):
        if i < skip:
            continue
        if token in _QUOTES:
            quoted = not quoted
            continue
        if quoted or i == 0 or token in known:
            continue
        lower = token.lower()
        prev = tokens[i - 1].lower()
        if prev in _DETERMINERS or prev in _PREPOSITIONS and lower not in _BE:
            continue
        if i > 1 and prev.endswith("ly") and tokens[i - 2].lower() in _DETERMINERS:
            # "A privately built spacecraft", "the newly elected mayor": an adjective.
            continue
        if not token.islower():
            # "17 May 2025", "Will Smith": capitalised words are not verbs mid-sentence.
            continue
        if lower in _BE or lower in _HAVE or lower in _FUTURE or lower in _MODAL:
            return i
        if lower in _DO and i + 1 < len(tokens):
            return i
        if lower in _SAYING_PLAIN and i + 1 < len(tokens) and (
                prev in ("they", "we", "i", "you")
                or _plural_noun(prev if i == 1 else tokens[i - 1])):
            # "Employers say they will meet …", "Officials warn that …": a plural's plain
            # present of saying.
            return i
        if lower in _SAYING_S and i + 1 < len(tokens) and (
                prev in ("he", "she", "it") or tokens[i - 1][:1].isupper() and i < 4
                or i >= 2 and tokens[i - 2].lower() in _DETERMINERS and prev.isalpha()):
            # "The union says it will strike again", "Smith warns that …".
            return i
        if _plural_noun(tokens[i - 1]) and _bare_plural_verb(lower) and i + 1 < len(tokens) \
                and tokens[i + 1].lower() in _DETERMINERS and lower not in _NOT_VERBS:
            # "Russian and Ukrainian officials hold their first direct talks": a plain
            # present between a plural noun and a determiner.
            return i
        if lower + "s" in SCHEDULED_PRESENT \
                and _plural_noun(prev if i == 1 else tokens[i - 1]) \
                and (i + 1 == len(tokens) or tokens[i + 1].lower() in _PREPOSITIONS) \
                and not any(t.lower() in _SUBORDINATORS for t in tokens[:i]):
            # "Talks begin in Geneva", "the polls close": a plural's plain present of a verb
            # of schedules (not in a lead-in: "Hours after the rates kick in, Trump …").
            return i
        if i >= 2 and _after_determiner(tokens, i) and tokens[i - 1].isalpha() \
                and tokens[i - 1].islower() and not tokens[i - 1].endswith("s") \
                and tokens[i - 1].lower() not in _COUNTS and tokens[i - 1].lower() != "one" \
                and _PRESENT_S.fullmatch(lower) and lower not in _NOT_VERBS \
                and i + 1 < len(tokens) and (tokens[i + 1][:1].isdigit()
                                             or tokens[i + 1].lower() in _COUNTS
                                             or tokens[i + 1].lower() in _DETERMINERS
                                             or _plural_noun(tokens[i + 1])
                                             and tokens[i + 1] not in _NOT_VERBS
                                             and tokens[i + 1] not in _BE
                                             and tokens[i + 1] not in _HAVE):
            # "The recall covers three models", "The declaration commits members to …": a
            # present in -s after "the" and a noun, before what opens its object.
            return i
        if i == 1 and prev in ("which", "who", "that") and _bare_plural_verb(lower):
            # "subsidies …, which expire at the end of the year": a plain present after a
            # relative pronoun is its verb.
            return i
        if _is_past(token) and lower not in _PARTICIPLE_ONLY and not _reduced_relative(tokens, i) \
                and not _in_relative_clause(tokens, i) and prev not in _BEFORE_ADJECTIVE \
                and not _adjective_before_subject(tokens, i):
            return i
        named = tokens[i - 1] in known  # the names keep their capitals
        if prev in _ADVERB and i > 1:
            # "It also cut its forecast": the subject is before the adverb.
            prev = tokens[i - 2].lower()
        if lower in _SAME_PAST and (named or prev in ("he", "she", "they", "it", "who")
                                    or _proper_noun(tokens[i - 1])
                                    or _noun_then_object(tokens, i)):
            # "Alcaraz beat Sinner", "Beijing cut rates", "the storm hit the coast".
            return i
        if named and i > 1 and tokens[i - 2].lower() in _PREPOSITIONS:
            named = False  # "opens in US cinemas": a name after a preposition is no subject
        # "… and plans to expand it": right after a clause-opening "and", an -s form
        # before what opens an object is the verb ("and sales rose": a noun).
        joined = i == 1 and prev in ("and", "but") and i + 1 < len(tokens) and (
            tokens[i + 1].lower() in _DETERMINERS or tokens[i + 1].lower() in _PREPOSITIONS
            or tokens[i + 1].lower() in _SUBJECT_PRONOUNS or not tokens[i + 1].islower()) \
            and not _finite_be_follows(tokens, i + 1) and not _past_follows(tokens, i + 1)
        # A name not known as an actor counts before the -s form of a verb the lexicon
        # knows ("The US takes over", "Russia launches strikes"; not "US troops").
        named = named or _proper_noun(tokens[i - 1]) and i + 1 < len(tokens) \
            and (lower in SCHEDULED_PRESENT or base_form(lower) in SCHEDULING_VERBS)
        if (named or joined or prev in ("he", "she", "it", "who", "which")) and token.islower() \
                and _PRESENT_S.fullmatch(lower) and lower not in _NOT_VERBS \
                and not (named and i + 1 < len(tokens) and _verb_follows(tokens[i + 1])):
            # ("EU governments approved": a name before a plural noun, the verb after it.)
            return i
        if token.islower() and _PRESENT_S.fullmatch(lower) and lower not in _NOT_VERBS \
                and tokens[i - 1].islower() and _opens_noun_phrase(tokens, i - 1) \
                and (i + 1 == len(tokens) or tokens[i + 1].lower() in _PREPOSITIONS
                     or tokens[i + 1].lower() in _DETERMINERS) \
                and not _finite_be_follows(tokens, i + 1) \
                and not (i + 1 < len(tokens) and tokens[i + 1].lower() == "of"
                         and _past_follows(tokens, i + 2)):
            # "The film opens in cinemas", "the truce expires at midnight"; not "the news
            # reports of the attack were false", "the directors of the two armies spoke".
            return i
    return None


#: Words before a subject pronoun that are not the noun a relative clause without "that"
#: follows: "not clear what it would do", "said that they", "so it".
_NOT_NOUNS = _BOUNDARY_WORDS | _LEADING | _DETERMINERS | frozenset(
    "what how why whether if so and or but than that not".split())
#: Adverbs that may stand before a participle set off after a subject ("The truce, first
#: agreed in Geneva, …").
_PARTICIPLE_ADVERBS = frozenset("first later originally".split())
#: Particles of phrasal verbs ("called off", "set up").
_PARTICLES = frozenset("off up down out back away".split())
#: Adverbs that make the participle after them an adjective: "the strongest quake ever
#: recorded", "the newly elected mayor".
_BEFORE_ADJECTIVE = frozenset("ever newly".split())
#: Verbs that take a clause as object: in "officials said on Monday the talks were over"
#: the past form is the verb, and "were" opens the clause it reports.
_CLAUSE_TAKING = _REPORTING | frozenset("think believe know find feel fear hope learn decide "
                                        "agree show reveal realise realize hear see expect "
                                        "disclose indicate estimate signal conclude recall "
                                        "assume understand".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that".split())


#: Words that open a subordinate clause or phrase.
_SUBORDINATORS = frozenset("after before since until when while once as because if "
                           "although though unless whereas".split())
#: Quantifiers that may stand before an adjective and its noun ("most affected employees").
_QUANTIFIERS = frozenset("most many all some several few both other more".split())


def _adjective_before_subject(tokens: list[str], i: int) -> bool:
    """Whether the past form at `i` describes the noun after it, between a quantifier and
    that noun's verb: "Most affected employees will be told", "All detained protesters
    were freed"."""
    if tokens[i - 1].lower() not in _QUANTIFIERS or i + 2 >= len(tokens):
        return False
    noun, verb = tokens[i + 1], tokens[i + 2].lower()
    return noun.isalpha() and noun.islower() and not _is_past(noun) and (
        verb in _BE or verb in _HAVE or verb in _FUTURE or verb in _MODAL)


#: Past verbs that report a finding, after a participle whose time was cut.
_CLAUSE_VERBS_PAST = frozenset("found showed suggested revealed concluded indicated confirmed "
                               "estimated said warned".split())


def _after_determiner(tokens: list[str], i: int) -> bool:
    """Whether a determiner opens the noun phrase right before tokens[i], with at most one
    lowercase word between it and the noun ("the recall", "the voluntary recall")."""
    if tokens[i - 2].lower() in _DETERMINERS:
        return True
    return i >= 3 and tokens[i - 3].lower() in _DETERMINERS and tokens[i - 2].isalpha() \
        and tokens[i - 2].islower() and not _is_verbish(tokens[i - 2])


def _reduced_relative(tokens: list[str], i: int) -> bool:
    """Whether the past form at `i` is a participle describing the noun before it, the
    verb coming later: "the hostages held in Gaza were released", "talks planned for
    Geneva have stalled". It is when a preposition follows it and a finite "be" or "have",
    or a past form after a noun ("… killed in floods rose"), comes before the clause ends."""
    if tokens[i - 1].lower() in _SUBJECT_PRONOUNS or i + 1 >= len(tokens) \
            or tokens[i].lower() in _PAST_ONLY:
        return False
    following = tokens[i + 1].lower()
    if following in _MODAL or following in _FUTURE or following in ("is", "are", "was", "were"):
        # "temporary staff trained last month would handle …", "devices released since 2021
        # will get it": the participle's own time cut out, the verb follows at once.
        return tokens[i - 1].isalpha() and (tokens[i - 1].islower() or i == 1)
    if following in _CLAUSE_VERBS_PAST and tokens[i - 1].isalpha() \
            and (tokens[i - 1].islower() or i == 1) and tokens[i].lower().endswith("ed") \
            and i + 2 < len(tokens) and tokens[i + 2].lower() in ("that", "the", "a", "an"):
        # "a review released [in February] found that …", "results published [in 2018]
        # showed that …": a past verb of finding right after, its time cut out.
        return True
    agent = tokens[i + 1].lower() == "by"  # "announced by Trump": passive, whatever verb
    if tokens[i + 1].lower() not in _PREPOSITIONS \
            or base_form(tokens[i].lower()) in _CLAUSE_TAKING and not agent:
        return False
    for k, token in enumerate(tokens[i + 2:i + 10], start=i + 2):
        lower = token.lower()
        if lower in _BE or lower in _HAVE:
            # "suspended for 90 days the tariffs he had imposed": a "have" after a pronoun
            # is the verb of a relative clause of its own.
            return lower not in ("be", "been", "being") \
                and tokens[k - 1].lower() not in _SUBJECT_PRONOUNS
        before = tokens[k - 1].lower()
        if lower in _DETERMINERS and before not in _PREPOSITIONS and lower != "that":
            # "arrested in Paris a man wanted for murder": an object, so the verb came first.
            return False
        if token.islower() and _is_past(token) and tokens[k - 1].isalpha() \
                and tokens[i + 1].lower() not in _LEADING \
                and before not in _PREPOSITIONS and before not in _DETERMINERS \
                and before not in _SUBJECT_PRONOUNS and before not in _BEFORE_ADJECTIVE:
            # "the number of people killed in floods in Texas rose above 100": a past form
            # after the noun the participle phrase ends with is the clause's verb ("erupted
            # after the government blocked …": a clause, not a phrase, follows "erupted").
            return True
        if agent and token.islower() and _PRESENT_S.fullmatch(lower) \
                and lower not in _NOT_VERBS and before not in _PREPOSITIONS \
                and before not in _DETERMINERS and not _plural_noun(before):
            # "A ceasefire announced by Trump takes hold": with its agent, the past form is
            # a passive participle, and a present form after the agent is the verb.
            return True
        if (token in ",;:" or token in _QUOTES or lower in _BOUNDARY_WORDS or lower in _LEADING
                or lower in ("and", "or", "that", "what", "how", "why", "whether")):
            return False
    return False


#: Nouns whose "that" opens what they say, not a relative clause ("the hope that …").
_COMPLEMENT_NOUNS = frozenset("""fact idea news view sign signs hope hopes fear fears belief
claim claims assurance assurances promise promises warning warnings evidence report reports
rumour rumours rumor rumors suggestion suggestions concern concerns notion chance risk
danger possibility proof so now such given except sure true clear likely possible""".split())


def relative_clause_at(before: str, after: str) -> bool:
    """Whether a "that", "which" or "who" between `before` and `after` opens a relative
    clause whose subject it is: a noun before it ("subsidies that expire at the end of the
    year", "the ceasefire that took effect"), its verb after it. Not a complement ("said
    that talks …", "the hope that …")."""
    words = _tokens(before)[-1:]
    following = [t for t in _tokens(after)[:3] if t.lower() not in _ADVERB]
    if not words or not following:
        return False
    noun, verb = words[0], following[0]
    low = noun.lower()
    if not noun.isalpha() or not noun.islower() or _is_verbish(noun) or low in _PREPOSITIONS \
            or low in _DETERMINERS or low.endswith("ly") or low in _COMPLEMENT_NOUNS \
            or base_form(low) in _CLAUSE_TAKING or low.rstrip("s") in _CLAUSE_TAKING:
        return False
    lower = verb.lower()
    if not verb.islower() or lower in _DETERMINERS or lower in _PREPOSITIONS:
        return False
    if _is_verbish(verb) or lower in _MODAL or lower in _DO:
        return True
    if _PRESENT_S.fullmatch(lower) and lower not in _NOT_VERBS:
        return True
    # A verb in its base form ("subsidies that expire at …"): an object or a preposition next.
    nxt = following[1].lower() if len(following) > 1 else ""
    return nxt in _PREPOSITIONS or nxt in _DETERMINERS


def reports(text: str) -> bool:
    """Whether `text` holds a verb that takes a clause ("said", "warned", "believes"): a
    "that" after it may open what it reports rather than a relative clause."""
    return any(t.islower() and (base_form(t) in _CLAUSE_TAKING or t.rstrip("s") in _CLAUSE_TAKING)
               for t in _tokens(text))


def _without_age(m: re.Match[str]) -> str:
    """The name of "Takaichi, 64, won"; with its comma when another apposition follows
    ("Ana Ruiz, 54, a teacher, …")."""
    rest = m.string[m.end():m.end() + 12].split()
    after = rest[0] if rest else ""
    return m.group(1) + ("," if after.lower() in _DETERMINERS else "")


def _in_relative_clause(tokens: list[str], i: int) -> bool:
    """Whether the verb at `i` is a relative clause's, the main verb coming later: "five
    soldiers who died on Monday were buried"."""
    if i < 2 or tokens[i - 1].lower() not in ("who", "which", "that") \
            or not tokens[i - 2].isalpha():
        return False
    for token in tokens[i + 1:i + 12]:
        lower = token.lower()
        if token in ",;:" or token in _QUOTES or lower in ("and", "or", "but"):
            return False
        if lower in _BE or lower in _HAVE or lower in _FUTURE or lower in _MODAL:
            return lower not in ("be", "been", "being")
    return False


def _noun_phrase(tokens: list[str]) -> list[str]:
    """The words up to the first preposition or punctuation: "no casualties" of "no
    casualties in the city"."""
    out: list[str] = []
    for token in tokens:
        if token.lower() in _PREPOSITIONS or not token[:1].isalnum():
            break
        out.append(token)
    return out


_PLURAL_NOUN = re.compile(r"[a-z]{2,}[^su']s")


def _noun_then_object(tokens: list[str], i: int) -> bool:
    """ "the minister quit", "the storm hit the coast": after "the" and a noun, a verb whose
    past is its base, when what follows is an object, a particle or the end ("the tax cut
    passed" has a verb after it: there "cut" is a noun)."""
    if i >= 1 and i + 1 < len(tokens) and _PLURAL_NOUN.fullmatch(tokens[i - 1]) \
            and (tokens[i + 1].lower() in _DETERMINERS or tokens[i + 1][:1].isdigit()):
        return True  # "Ukraine's own drones hit an oil refinery"
    if i < 2 or not tokens[i - 1].islower() or not _opens_noun_phrase(tokens, i - 1):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    low = nxt.lower()
    if _PLURAL_NOUN.fullmatch(nxt) and not (i + 2 < len(tokens) and _is_verbish(tokens[i + 2])):
        return True  # "the central bank cut rates"; not "the tax cut plans were dropped"
    return (low in _DETERMINERS or low in _PREPOSITIONS or nxt[:1].isdigit()
            or nxt[:1] in "$€£" or nxt[:1].isupper() or low.endswith("ly")
            or low in ("off", "up", "down", "out", "back", "fire") or nxt in ",.;:")


def _finite_be_follows(tokens: list[str], start: int) -> bool:
    """Whether a finite "be" or "have" comes before the next punctuation."""
    for token in tokens[start:start + 10]:
        if not token[:1].isalnum():
            return False
        if token.lower() in _BE or token.lower() in _HAVE:
            return True
    return False


def _past_follows(tokens: list[str], start: int) -> bool:
    """Whether a lowercase past form comes before the next punctuation."""
    for token in tokens[start:start + 10]:
        if not token[:1].isalnum():
            return False
        if token.islower() and _is_past(token):
            return True
    return False


def _opens_noun_phrase(tokens: list[str], head: int) -> bool:
    """Whether a determiner opens the noun phrase ending at `head`, with at most two
    words, figures or names between them ("the storm", "the magnitude 8.8 quake", "the
    Premier League season")."""
    for k in range(head - 1, max(-1, head - 4), -1):
        token = tokens[k]
        if token.lower() in _DETERMINERS:
            return True
        if not (token.islower() or token[:1].isdigit() or token.istitle() and token.isalpha()) \
                or _is_verbish(token) \
                or token.lower() in _PREPOSITIONS:
            return False
    return False


#: Nouns ending in "men" that are singular.
_SINGULAR_MEN = frozenset("specimen abdomen regimen omen stamen semen hymen".split())
#: Endings of capitalised plurals that name groups ("Democrats", "Ukrainians", "Loyalists").
_GROUP_PLURAL = ("ans", "ats", "ists", "ites", "ies")
#: Titles and roles written before a person's name, as written ("Prime Minister Andrew
#: Holness", "chief executive Kelly Ortberg"); `timeline.events` finds unknown people by them.
PERSON_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Pope", "King", "Queen", "Prince", "Princess",
                 "President", "Prime Minister", "Chancellor", "Minister", "Secretary", "Senator",
                 "Sen.", "Rep.", "Gov.", "Governor", "Mayor", "Judge", "General", "Gen.",
                 "executive", "CEO", "spokesman", "spokeswoman", "spokesperson", "chairman",
                 "chairwoman", "director", "coach", "captain")
_PERSON_TITLE_WORDS = frozenset(t.split()[0].lower() for t in PERSON_TITLES)


def _person_name(words: list[str]) -> bool:
    """Whether a subject's words are a person's name: two or three capitalised words not
    ending like a group ("Senate Democrats"), or a name after a title ("Judge Lopes")."""
    if words[0].lower() in _PERSON_TITLE_WORDS and len(words) >= 2:
        return True
    names = [w for w in words if w[:1].isupper()]
    return 2 <= len(words) <= 3 and len(names) == len(words) \
        and not words[-1].lower().endswith(_GROUP_PLURAL)


def _proper_noun(token: str) -> bool:
    """A capitalised word that is not a common sentence opener ("The", "It")."""
    return token[:1].isupper() and token.isalpha() and token.lower() not in _COMMON_OPENERS


#: Words that count what follows them: "two million New Yorkers" are people, not a name.
_COUNTS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands "
                    "million millions billion many several".split())


#: Head nouns of the names of bodies: "the Food and Drug Administration" is one.
_BODY_HEADS = frozenset("""administration agency commission department bureau institute
organization organisation council service services authority company corporation bank
foundation association committee board office ministry court party union fund program
programme center centre""".split())


def _one_named_body(words: list[str]) -> bool:
    """Whether capitalised words joined by "and" name one body ("Food and Drug
    Administration", "Health and Human Services Department"), not a list ("Russia and
    Ukraine", "Britain and the European Union")."""
    at = [k for k, w in enumerate(words) if w.lower() == "and"]
    if len(at) != 1 or at[0] == 0 or at[0] + 1 >= len(words):
        return False
    around = words[at[0] - 1], words[at[0] + 1]
    return all(w[:1].isupper() for w in around) and words[-1].lower() in _BODY_HEADS \
        and words[at[0] + 1].lower() not in _DETERMINERS and len(words) - at[0] > 2


def _is_plural(subject: list[str], known: frozenset[str]) -> bool:
    head_part: list[str] = []
    if len(subject) > 2 and subject[0].lower() in ("more", "less", "fewer") \
            and subject[1].lower() == "than":
        subject = subject[2:]  # "More than two million voters"
    listed = "and" in (t.lower() for t in subject)
    for k, token in enumerate(subject):
        if token == "," and head_part and not listed:
            break  # "The museum's director, Laurence des Cars,": the head is before it
        if token.lower() in _PREPOSITIONS:
            if head_part:
                break
            continue  # "About 33,000 members": an approximator, not a preposition
        if head_part and token.islower() and token.endswith("ing") \
                and head_part[-1].isalpha() and head_part[-1].lower() not in _COUNTS \
                and head_part[-1].lower() not in ("last", "first", "only", "the"):
            break  # "European leaders visiting Kyiv": the head comes before the participle
        if head_part and token.islower() and _is_past(token) and (
                k + 1 < len(subject) and subject[k + 1].lower() in _PREPOSITIONS
                or token.lower() in _PARTICIPLE_ONLY or k + 1 == len(subject)):
            # "talks planned for Geneva", "polls taken": so does a participle after the head
            # (not "the armed forces").
            break
        head_part.append(token)
    words = [t for t in head_part if t not in ",;"]
    while len(words) > 1 and (words[-1].lower() in _ADVERB or words[-1].lower() == "last"):
        words.pop()  # "The two leaders last met": the adverb is not the head
    if "and" in (t.lower() for t in words) and not _one_named_body(words):
        return True
    if not words:
        return False
    head = words[-1]
    lower = head.lower()
    if lower in ("they", "we", "both", "you", "people", "police", "children") or (
            len(words) == 1 and lower in ("many", "several", "few", "others", "some", "most")):
        return True  # ("Many missed their first paycheck": a pronoun of a number.)
    if len(words) == 1 and _COUNT_ALONE.fullmatch(head) or len(words) <= 2 \
            and lower in _COUNTS and words[0].lower() in ("the", lower):
        return True  # "Of the 212 restaurants, 61 have closed", "the six set off".
    if head.islower() and lower.endswith("men") and lower not in _SINGULAR_MEN:
        return True  # "gunmen", "firefighters and policemen", "women"
    if head in known or lower in ("us", "news", "media", "series", "this", "its"):
        return False
    if head[:1].isupper() and words[0] == "The" and len(words) > 1:
        # "The Yankees", "The Los Angeles Dodgers": a team or a band, not a person.
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))
    counted = any(w[:1].isdigit() or w.lower() in _COUNTS for w in words[:-1])
    if head[:1].isupper() and not counted and _person_name(words):
        return False  # "Judge Maria Lopes", "Paulo Reis": a person, whatever the last letter
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


#: A number standing alone for as many things: "61", "1,200" (not "1").
_COUNT_ALONE = re.compile(r"(?:[2-9]|[1-9][\d,]*\d)")


def _clean_subject(tokens: list[str]) -> list[str]:
    skip = _leading_phrase_end(tokens)
    if skip:
        tokens = tokens[skip + 1:]  # "Despite the deal, fighting …"
    while tokens and (tokens[0].lower() in _LEADING or tokens[0] in ",;:"):
        tokens = tokens[1:]
    if "," in tokens and _adverbial(tokens[: tokens.index(",")]) and not _is_name_list(tokens):
        last = len(tokens) - 1 - tokens[::-1].index(",")
        tokens = tokens[last + 1:]
    if len(tokens) > 1 and tokens[0].lower() in ("a", "an") or (
            len(tokens) > 1 and tokens[0].lower() == "the" and tokens[1][:1].islower()):
        tokens = tokens[1:]
    return tokens


def _adverbial(tokens: list[str]) -> bool:
    """Whether words before a comma are a lead-in ("In a statement", "Speaking in Paris")."""
    if not tokens:
        return True
    first = tokens[0].lower()
    if any(t.lower() in ("before", "after", "ago", "during", "until") for t in tokens):
        # "Hours before the inauguration, Putin …": a time lead-in.
        return True
    return (first in _PREPOSITIONS or first in _LEADING or first in _ADVERB
            or first.endswith(("ly", "ing")) or first in _QUOTES or first[:1].isdigit()
            or len(tokens) == 1 and _is_past(tokens[0]))


def is_copular(text: str) -> bool:
    """Whether the main verb of `text` is "be" telling a state ("relations were on display
    last month"), not a passive ("was signed") or another verb."""
    tokens = _tokens(text)
    verb = _find_verb(tokens, frozenset())
    if verb is None or tokens[verb].lower() not in _BE:
        return False
    rest = [t for t in tokens[verb + 1:verb + 4] if t.lower() not in _ADVERB]
    return not (rest and (_is_past(rest[0]) or rest[0].lower().endswith("ing")))


def has_finite_verb(text: str) -> bool:
    """Whether `text` holds a finite verb after some subject ("after Trump and Putin met")."""
    tokens = _tokens(text)
    return _find_verb(tokens, frozenset()) is not None


def _is_name_list(tokens: list[str]) -> bool:
    """ "Putin, Xi and North Korea's Kim": short capitalised items joined by commas and "and"."""
    if "and" not in tokens:
        return False
    items: list[list[str]] = [[]]
    for token in tokens:
        if token in (",", "and"):
            items.append([])
        else:
            items[-1].append(token)
    items = [item for item in items if item]
    return len(items) >= 2 and all(len(item) <= 4 and item[0][:1].isupper() for item in items)


def _object(tokens: list[str], start: int, reporting: bool) -> list[str]:
    out: list[str] = []
    j = start
    if reporting:
        # "told reporters that …", "said on Friday that …": the reported clause follows "that".
        for k in range(start, min(start + 5, len(tokens))):
            if tokens[k].lower() == "that":
                j = k + 1
                break
    quoted = False
    while j < len(tokens):
        token = tokens[j]
        lower = token.lower()
        if token in _QUOTES:
            quoted = not quoted
            j += 1
            continue
        if not quoted:
            if token in ";()–—-!?.…" or token == "," or token == ":" and not reporting:
                break
            if lower in _BOUNDARY_WORDS and out and not _as_preposition(tokens, j):
                break
            if lower == "and" and j + 1 < len(tokens) and _is_verb_start(tokens, j + 1):
                break
            if lower in ("it", "they", "he", "she", "we") and out \
                    and (not reporting or out[0].lower() in ("a", "an")) \
                    and out[-1].isalpha() and out[-1].islower() \
                    and out[-1] not in _PREPOSITIONS and not _is_past(out[-1]) \
                    and out[-1] not in _NOT_NOUNS \
                    and j + 1 < len(tokens) and _is_verb_start(tokens, j + 1):
                break  # "the controls it had imposed": a relative clause without "that"
        if token == ":":
            j += 1
            continue
        out.append(token)
        j += 1
    return out


def _as_preposition(tokens: list[str], i: int) -> bool:
    """ "touted it as a 'friendship'": "as" before an article or a quote starts no clause,
    unlike "as he flew to Asia"."""
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return tokens[i].lower() == "as" and (nxt in ("a", "an", "the") or nxt in _QUOTES)


def _is_verb_start(tokens: list[str], i: int) -> bool:
    token = tokens[i]
    lower = token.lower()
    if lower in _ADVERB and i + 1 < len(tokens):
        return _is_verb_start(tokens, i + 1)
    return _is_past(token) or lower in _FUTURE or lower in _HAVE


def _headline(words: list[str], verb_end: int | None = None,
              verb_start: int | None = None) -> list[str]:
    """Drop articles headline style and cut to MAX_WORDS at a phrase boundary."""
    out = [w for w in words if w.lower() not in ("a", "an") and w not in _QUOTES]
    if verb_start is not None:
        verb_start -= sum(1 for w in words[:verb_start] if w.lower() in ("a", "an")
                          or w in _QUOTES)
    if verb_end is not None:
        verb_end -= sum(1 for w in words[:verb_end] if w.lower() in ("a", "an"))
        if verb_end < len(out) and out[verb_end].lower() == "the" and len(out) > verb_end + 1 \
                and out[verb_end + 1][:1].islower():
            del out[verb_end]
    count = [i for i, w in enumerate(out) if w[:1].isalnum()]
    if len(count) > MAX_WORDS and verb_end is not None and verb_start is not None \
            and _cut_at(out, count) < verb_end + 2:
        # The cut would leave the verb without what it does ("About 33,000 members of the
        # International Association of Machinists"): shorten the subject instead, at the
        # latest preposition whose phrase, dropped, brings the title within bounds.
        heads = [k for k in range(1, verb_start) if out[k].lower() in _PREPOSITIONS]
        words_at = [sum(1 for w in out[k:verb_start] if w[:1].isalnum()) for k in heads]
        fits = [k for k, n in zip(heads, words_at, strict=True) if len(count) - n <= MAX_WORDS]
        head = max(fits) if fits else (heads[0] if heads else None)
        if head is not None:
            out = out[:head] + out[verb_start:]
            verb_end -= verb_start - head
            count = [i for i, w in enumerate(out) if w[:1].isalnum()]
    if len(count) > MAX_WORDS:
        out = out[:_cut_at(out, count)]
        if len(out) > 5 and out[-1].lower() in ("how", "what", "why", "whether", "if") \
                and out[-3].lower() == "to" and (verb_end is None or len(out) - 3 > verb_end):
            # "… in Paris to discuss how to respond …" cut short: "to discuss" has lost what
            # it discusses.
            del out[-3:]
    _drop_dangling(out)
    return out


def _cut_at(out: list[str], count: list[int]) -> int:
    """Where a title of more than MAX_WORDS words is cut: before a preposition or a
    conjunction a few words before the limit, else at the limit."""
    limit = count[MAX_WORDS]
    for k in range(limit, max(3, limit - 6), -1):
        if out[k].lower() in _PREPOSITIONS or out[k].lower() in ("and", "or", "but"):
            return k
    for k in range(limit + 1, min(limit + 3, len(out) + 1)):
        # No boundary before the limit: end the phrase the limit cuts if it ends within two
        # words ("had lost external power", not "had lost external").
        if k == len(out) or out[k].lower() in _PREPOSITIONS \
                or out[k].lower() in ("and", "or", "but") or not out[k][:1].isalnum():
            return k
    return limit


#: Plain forms of verbs that take "in" or "over" as a particle ("Politics take over").
_PARTICLE_BASES = frozenset("""take hand step sign move turn carry kick give blow run fall swear
check cave weigh phase pour flood roll sweep""".split())


#: Words that cannot follow a demonstrative "that": after them it is a conjunction.
_COMPLEMENT_OPENERS = frozenset("a an the he she they it we i his her their its our".split())


def _drop_dangling(out: list[str]) -> None:
    """No trailing preposition, article, conjunction or punctuation, nor a "be" left alone
    once its time is cut ("The council's next meeting is [on Jan. 8]")."""
    if len(out) > 2 and out[-1].lower() in ("is", "are", "was", "were"):
        out.pop()
    while out and (out[-1].lower() in _PREPOSITIONS or out[-1].lower() in _DETERMINERS
                   or out[-1].lower() in ("and", "or", "but", "that", "to", "how", "what",
                                          "why", "whether", "if", "who", "which")
                   or out[-1] in ",;:-–—(."):
        if len(out) > 1 and out[-2].lower() in _BE and out[-1].lower() in _PREPOSITIONS:
            break  # "the strike was over", "the vote is off": an adverb, not a preposition
        if len(out) > 2 and out[-1].lower() in ("in", "over") and (
                _is_past(out[-2]) or out[-2] in _PARTICLE_BASES
                and out[-3].lower() not in _PREPOSITIONS and out[-3].lower() not in _DETERMINERS
                or out[-2].islower() and _PRESENT_S.fullmatch(out[-2])
                and out[-2] not in _NOT_VERBS and not _plural_noun(out[-3])
                and out[-3].lower() not in _PREPOSITIONS and out[-3].lower() not in _DETERMINERS):
            break  # "Karki sworn in", "control handed over", "Fiddelke takes over"
        out.pop()
    if len(out) > 4 and out[-2].lower() in ("that", "which") and out[-1].islower() \
            and (_is_past(out[-1]) or out[-1] in _SAME_PAST
                 or _PRESENT_S.fullmatch(out[-1]) and out[-1] not in _NOT_VERBS):
        # "after talks in Egypt that began [on Oct. 6]", "a warning that runs [through
        # Monday]": a relative clause left with its verb alone once its date is cut says
        # nothing.
        del out[-2:]
        _drop_dangling(out)


def _finish(words: list[str]) -> str:
    text = _join(words).strip()
    return text[:1].upper() + text[1:] if text else text


def _quote_title(quote: str, speaker: str) -> str:
    speaker = speaker[:1].upper() + speaker[1:]  # "the mediator told …": "Mediator: …"
    quote = _SENTENCE_END.split(quote.strip())[0].strip(" ,.;:")
    words = _tokens(quote)
    while words and (words[0].lower() in _INTERJECTION or words[0] == ","):
        words = words[1:]
    if not words:
        return speaker
    if _FIRST_PERSON.search(" ".join(words)):
        kept = _headline(words)
        ellipsis = "…" if len(kept) < len(words) else ""
        return f"{speaker}: “{_join(kept)}{ellipsis}”"
    if words[0].lower() in _COMMON_OPENERS and words[0] != "I":
        words = [words[0].lower(), *words[1:]]
    return _finish([speaker, "says", *_headline(words)])


def _with_absolute(tokens: list[str]) -> int:
    """The index of the -ing form in a clause "with <noun phrase> <-ing> …" ("with Russian
    forces advancing slowly"), 0 when the clause is not one."""
    if len(tokens) < 3 or tokens[0].lower() != "with":
        return 0
    for j in range(2, min(len(tokens), 7)):
        token = tokens[j]
        if token.islower() and token.endswith("ing") and len(token) > 5:
            phrase = tokens[1:j]
            if any(not t.isalnum() or _is_verbish(t) or t.lower() in _PREPOSITIONS
                   for t in phrase):
                return 0
            return j
    return 0


def _quote_before_comma(tokens: list[str]) -> list[str]:
    """A closing quote after a comma moved before it ('"Genesis," published' reads as
    'Genesis", published'): the comma belongs to the sentence, not to the quote."""
    out: list[str] = []
    inside = False
    for token in tokens:
        if token in _QUOTES and token not in "‘’":
            if inside and out and out[-1] == ",":
                out.insert(len(out) - 1, token)
                inside = False
                continue
            inside = not inside
        out.append(token)
    return out


def _participle_lead_in(tokens: list[str]) -> list[str]:
    """ "Asked if the war can end, Trump replied …", "Speaking in Paris, Macron said …": a
    clause opening with a participle has its subject and verb after the first comma."""
    if len(tokens) < 4 or not tokens[0][:1].isupper() or "," not in tokens:
        return tokens
    first = tokens[0].lower()
    if not (first.endswith(("ed", "ing")) and base_form(first) != first) \
            or tokens[1][:1].isupper():
        # "United Airlines said": a name, not a participle.
        return tokens
    rest = tokens[tokens.index(",") + 1:]
    if rest and rest[0][:1].islower() and rest[0].lower().endswith(("ing", "ed")):
        # "Milling wheat futures slipped 1.2%, touching their lowest level": what follows the
        # comma opens with a participle too, so it is no clause with a subject; the first
        # word was an adjective.
        return tokens
    return rest if _find_verb(rest, frozenset()) is not None or len(rest) > 1 else tokens


def _known(names: Sequence[tuple[int, int, str]], pronouns: Mapping[str, str]) -> frozenset[str]:
    """Words of the actor names a clause holds: a verb never hides among them."""
    return frozenset(n for _, _, n in names for n in n.split()) | frozenset(
        w for v in pronouns.values() for w in v.split())


def _subject(tokens: list[str], pronouns: Mapping[str, str]) -> list[str]:
    """The words before the main verb as a headline subject, a pronoun made its actor, a
    relative clause in it left out ("five soldiers who died … were buried")."""
    words = [w for t in _clean_subject(tokens)
             for w in (pronouns[t.lower()].split() if t.lower() in pronouns else [t])]
    if len(words) > 2 and words[-2] == "," and words[-1].lower() in _PARTICIPLE_ADVERBS:
        words = words[:-2]  # "The truce, first agreed in Geneva": the adverb is the verb's
    cut = next((k for k, w in enumerate(words)
                if k > 0 and (w in ("who", "which", "that") and words[k - 1].isalpha()
                              or w == "," and k + 1 < len(words) and (
                                  _apposed_participle(words[k + 1])
                                  # "The capsule, also carrying two astronauts, landed".
                                  or words[k + 1].lower() in _ADVERB and k + 2 < len(words)
                                  and _apposed_participle(words[k + 2])))), None)
    return words[:cut] if cut is not None else words


def _apposed_participle(word: str) -> bool:
    """Whether `word` after a comma opens a participle phrase set in the subject
    ("European leaders, meeting in Johannesburg, said")."""
    return word.islower() and word.endswith("ing") and len(word) > 5 \
        and word not in ("during", "including", "according", "following", "regarding")


def subject_of(clause: str, remove: Sequence[tuple[int, int]] = (),
               names: Sequence[tuple[int, int, str]] = (),
               pronouns: Mapping[str, str] | None = None) -> str:
    """The headline subject of a clause ("In Kyiv, Zelenskyy said …" → "Zelensky"), or ""."""
    pronouns = pronouns or {}
    tokens = _tokens(_AGE.sub(_without_age, rewrite(clause, remove, names)))
    verb = _find_verb(tokens, _known(names, pronouns))
    return " ".join(_subject(tokens[:verb], pronouns)) if verb is not None else ""


def tells_event(word: str) -> bool:
    """Whether `word`, right after a subject, is a verb in the past or the present ("cut",
    "reopened", "says")."""
    return _is_past(word) or word in _SAME_PAST or bool(_PRESENT_S.fullmatch(word))


def elliptical_title(lead: str, lead_remove: Sequence[tuple[int, int]],
                     lead_names: Sequence[tuple[int, int, str]], clause: str,
                     remove: Sequence[tuple[int, int]] = (),
                     names: Sequence[tuple[int, int, str]] = ()) -> str:
    """The title of a clause whose verb the clause before gave ("…, and again in Istanbul
    on Thursday" after "Officials met in Riyadh on Tuesday"): that clause's subject and
    verb, then this clause's words. "" when the clause before has no verb."""
    tokens = _tokens(_AGE.sub(_without_age, rewrite(lead, lead_remove, lead_names)))
    known = _known(lead_names, {})
    verb = _find_verb(tokens, known)
    if verb is None:
        return ""
    subject = _subject(tokens[:verb], {})
    group, _, _ = _split_verb_group(tokens, verb, _is_plural(subject, known))
    rest = _tokens(rewrite(clause, remove, names))
    while rest and rest[0].lower() in ("and", "but", ","):
        rest = rest[1:]
    words = [*subject, *group, *rest]
    return _finish(_headline(words, len(subject) + len(group), len(subject)))


def plural_subject(subject: str) -> bool:
    """Whether a headline subject ("Hostages", "Talks", "Russia and Ukraine") is plural."""
    return bool(subject) and _is_plural(subject.split(), frozenset())


def trailing_noun_phrase(clause: str, remove: Sequence[tuple[int, int]] = (),
                         names: Sequence[tuple[int, int, str]] = (),
                         plural: bool | None = None) -> str:
    """The noun phrase a clause ends with ("… followed with a 19th package of sanctions" →
    "19th package of sanctions"), what a following "which" stands for; "" when unclear.
    `plural`: whether the verb after "which" is plural, if known; a noun before a
    preposition that agrees with it is the head ("a tax credit for electric cars, which
    expires …", "rules for banks, which take effect …")."""
    tokens = _tokens(rewrite(clause, remove, names))
    start = len(tokens)
    crossed = False
    while start > 0:
        token = tokens[start - 1]
        lower = token.lower()
        if lower in _PREPOSITIONS and lower != "of" and plural is not None and not crossed \
                and start < len(tokens) and start >= 2 and tokens[start - 2].isalpha() \
                and tokens[start - 2].islower() and not _is_verbish(tokens[start - 2]) \
                and tokens[start - 2] not in _DETERMINERS \
                and _plural_noun(tokens[start - 2]) == plural:
            crossed = True
            start -= 1
            continue
        if (lower in _PREPOSITIONS and lower != "of") or not token[0].isalnum() \
                or _is_verbish(token) or lower in _BOUNDARY_WORDS or lower in _LEADING:
            break
        start -= 1
        if lower in _DETERMINERS and (start == 0 or tokens[start - 1].lower() != "of"):
            break  # "will face a parliamentary session": the phrase opens at "a"
    phrase = tokens[start:]
    of = max((i for i, t in enumerate(phrase) if t.lower() == "of"), default=0)
    if plural is not None and 0 < of < len(phrase) - 1 and phrase[of - 1].isalpha() \
            and phrase[of - 1].islower() and _plural_noun(phrase[of - 1]) != plural \
            and _plural_noun(phrase[-1]) == plural:
        # "an extension of health insurance subsidies that expire": the verb agrees with
        # the noun after "of", not with the one before it.
        phrase = phrase[of + 1:]
    while phrase and (phrase[0].lower() in _DETERMINERS or phrase[0].lower() == "of"
                      or phrase[0].lower() in _PREPOSITIONS):
        phrase = phrase[1:]
    return _join(phrase) if 0 < len(phrase) <= 6 else ""


#: Words right after "which" that are no verb: subjects of an object relative clause.
_NOT_BARE_VERBS = frozenset("""police people children women men media staff public government
military data many some few most all both several each every no not also still then now
only just neither either nobody everyone someone and or but nor yet than as so if because
while whether where when there here""".split())


def _bare_plural_verb(word: str) -> bool:
    """Whether a lowercase word may be a plain present verb ("expire", "take")."""
    return word.isalpha() and not word.endswith(("s", "ing", "ly")) \
        and word not in _NOT_BARE_VERBS and word not in _DETERMINERS \
        and word not in _PREPOSITIONS and word not in _SUBJECT_PRONOUNS \
        and word not in _BOUNDARY_WORDS


def _plural_noun(token: str) -> bool:
    """Whether a lowercase word looks like a plural noun ("cars", "families"; not "press")."""
    return token.islower() and token.endswith("s") and not token.endswith(("ss", "us", "is"))


def plural_verb_after(clause: str) -> bool | None:
    """Whether the verb right after an opening "which"/"that"/"who" is plural ("which
    expire", "which are"), singular ("which expires", "which is"), or None when it does not
    tell ("which expired")."""
    tokens = _tokens(clause)[1:2]
    if not tokens or not tokens[0].islower():
        return None  # "which Turkey will host": a name, the subject of its own verb
    verb = tokens[0]
    if verb in ("is", "was", "has", "does") or (
            _PRESENT_S.fullmatch(verb) is not None and verb not in _NOT_VERBS):
        return False
    if verb in ("are", "were", "have", "do") or _bare_plural_verb(verb) and not _is_past(verb):
        return True
    return None


#: A subject, then a past participle phrase between commas, then a finite verb.
_UNDATED_APPOSITION = re.compile(
    r"[^,]{2,60}?(,\s+[a-z]+(?:ed|en)\b[^,]{0,80},)\s+(?:was|were|is|are|has|have|had|will)\b")


#: A phrase set off by commas between a reporting verb and "that" ("said, in a statement,
#: that …", "said on Tuesday, a day after he died, that …"): not what was said.
_SET_OFF_BEFORE_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|added|wrote|warned)\b[^,;]{0,40}?"
    r"(,\s+[^,;“”\"]{1,80}?,)\s+that\s")


#: A subject, then a noun phrase describing it between commas, then its verb.
_NOUN_APPOSITION = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s[^,]{2,50}?(,\s+(?:the|a|an)\s+(?:[a-z]+est|first|second|third|"
    r"latest|last|only|biggest)\b[^,]{0,80},)\s+(?:was|were|is|are|has|have|had|will|"
    r"[a-z]+ed|took|came|went|began|ended)\b")


#: A name, then a noun phrase set off by commas that says who or what it is, then the verb:
#: "Paz, a centrist senator, won a runoff", "Kirk, the founder of a youth group, was shot".
_NAME_APPOSITION = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(,\s+(?:the|a|an)\s+[^,;“”\"]{2,80},)\s+"
    r"(?:was|were|is|are|has|have|had|will|would|[a-z]+ed|won|took|came|went|began|ended|"
    r"said|says|met|told|led|left|made|gave|became|ran|held|fell|rose|died|won|lost|spent|"
    r"sent|set|cut|hit|put|paid|sold|bought|brought|fought|caught|wrote|spoke|chose|drove|"
    r"flew|grew|knew|threw|broke|stole)\b")


#: The label of a question or an answer in an interview or explainer ("Q: …", "A: …").
_QA_LABEL = re.compile(r"[ \t]*[QA]:\s+")


#: Endings of words in -s that are no verbs: "business", "status", "deliberations",
#: "activists", "residents", "migrants".
_NOT_VERB_S = ("ss", "us", "is", "ions", "ists", "ents", "ants")
#: A word in -s inside a subject, maybe its verb: "Deal funds most" is no subject.
_VERB_INSIDE = re.compile(r"\b[a-z]{3,}s\s+\w")
#: Plain verbs after a plural noun that opens a clause: "and volunteers plan to resume".
_PLAIN_AFTER_PLURAL = frozenset("""plan plans say are were have had will would can could may
might must should need remain continue begin start expect hope want face fear warn believe
resume return""".split())
_ONWARDS_AFTER = re.compile(r"\s+(?:onwards?|alone)\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)


def _with_orphans(clause: str, span: tuple[int, int]) -> tuple[int, int]:
    """A time phrase's span with the words that mean nothing once it goes: "from November
    onwards", "planning it all July", "In 2007 alone"."""
    start, end = span
    after = _ONWARDS_AFTER.match(clause, end)
    before = _ALL_BEFORE.search(clause, max(0, start - 4), start)
    return (before.start() if before else start, after.end() if after else end)


#: A verb that makes the time opening a clause its subject: "Tomorrow is expected to be
#: cooler", "Friday belongs to the bowlers".
_VERB_AFTER_TIME = re.compile(r"\s+(?:is|was|will|would|could|should|may|might|has|had|"
                              r"marks|sees|saw|brings|brought|belongs|belonged|promises|"
                              r"looks|looked)\b")


def _time_as_subject(clause: str, span: tuple[int, int]) -> bool:
    """Whether the time at `span` opens `clause` as the subject of the verb after it (a name
    of a day, not "On Monday" or "Last week")."""
    start, end = span
    if clause[:start].strip() or not clause[start:start + 1].isupper():
        return False
    phrase = clause[start:end].split()
    return len(phrase) == 1 and phrase[0].lower() in _TIME_SUBJECTS \
        and _VERB_AFTER_TIME.match(clause, end) is not None


_DEICTIC_DAYS = frozenset("today tomorrow yesterday".split())
#: One-word times that may be a clause's subject.
_TIME_SUBJECTS = frozenset("""today tomorrow yesterday monday tuesday wednesday thursday
friday saturday sunday""".split())


def make_title(clause: str, remove: Sequence[tuple[int, int]] = (),
               names: Sequence[tuple[int, int, str]] = (),
               pronouns: Mapping[str, str] | None = None, shared_subject: str = "",
               shared_passive: bool = False) -> str:
    """A headline for one clause.

    `remove` are time-phrase offsets in `clause`; `names` are actor references
    (start, end, short name); `pronouns` maps "he"/"she" to the short name of the
    actor the pronoun stands for, when the caller knows it. `shared_subject` is the subject
    of the clause this one is joined to ("X said …, but accused Moscow"): it stands in when
    the clause has none of its own. `shared_passive`: that clause's verb is a passive ("was
    suspended … and arrested in April"), so a bare participle here is one too.
    """
    pronouns = pronouns or {}
    subjects = [span for span in remove if _time_as_subject(clause, span)]
    if subjects:
        # "Friday belongs to the bowlers"; a day told from the paper's date ("Tomorrow is
        # expected to be cooler") would mislead in a chronology: it is "Day".
        remove = [span for span in remove if span not in subjects]
        names = [*names, *((a, b, "Day") for a, b in subjects
                           if clause[a:b].lower() in _DEICTIC_DAYS)]
    remove = [_with_orphans(clause, span) for span in remove]
    asked = _QA_LABEL.match(clause)
    if asked is not None:
        # "A: The ministry published the rules on Monday": the answer's label is no word.
        remove = [*remove, asked.span()]
    apposed = _UNDATED_APPOSITION.match(clause)
    if apposed is not None and not any(apposed.start(1) <= a < apposed.end(1)
                                       for a, _ in remove):
        # "The deal, reached after months of talks, was signed on April 30": a participle
        # phrase set off in the subject, without the date, is not what the clause tells.
        remove = [*remove, apposed.span(1)]
    set_off = _SET_OFF_BEFORE_THAT.search(clause)
    if set_off is not None:
        remove = [*remove, set_off.span(1)]
    described = _NOUN_APPOSITION.match(clause) or _NAME_APPOSITION.match(clause)
    if described is not None and not any(described.start(1) <= a < described.end(1)
                                         for a, _ in remove):
        # "The exchange, the largest since the start of the war, took place …", "Paz, a
        # centrist senator, won …": what the subject is, not what the clause tells.
        remove = [*remove, described.span(1)]
    text = _AGE.sub(_without_age, rewrite(clause, remove, names))
    known = _known(names, pronouns)
    quote = _QUOTE_FIRST.match(text)
    if quote and quote.group("rest"):
        rest = _tokens(quote.group("rest"))
        speaker = _speaker(rest, pronouns)
        if speaker:
            return _quote_title(quote.group("q"), speaker)
    tokens = _participle_lead_in(_quote_before_comma(_tokens(text)))
    if not shared_subject and len(tokens) > 1 and tokens[0] in ("is", "was", "are", "were") \
            and _is_past(tokens[1]) and tokens[1].islower():
        # "That summer, the summer of 1976, is remembered as the hottest": the subject was
        # the time, gone; what is left is what was said of it ("Remembered as the hottest").
        return _finish(_headline([tokens[1][:1].upper() + tokens[1][1:], *tokens[2:]]))
    skip = 1 if tokens[:1] and tokens[0].lower() in ("and", "but") else 0
    if len(tokens) > skip + 2 and tokens[skip].lower() == "that" \
            and tokens[skip + 1].lower() in _COMPLEMENT_OPENERS:
        # "(said …) and that a shuttle bus would run again": the conjunction, not a
        # demonstrative ("that a" opens no noun phrase).
        tokens = tokens[skip + 1:]
    if shared_subject and tokens and (tokens[0].lower() in _FUTURE
                                      or tokens[0].lower() in _MODAL):
        # "… a plan that she said | would go to the council": the subject goes first.
        tokens = _tokens(shared_subject) + tokens
    given = False  # whether the tokens open with the subject given for "that"
    if shared_subject and tokens and tokens[0] == "that":
        # "… subsidies that expire at the end of the year": the noun it follows is the subject.
        given = True
        tokens = _tokens(shared_subject) + tokens[1:]
    lead = 1 if tokens and tokens[0].lower() in _PARTICIPLE_ADVERBS else 0
    participle = bool(shared_subject) and len(tokens) > lead and tokens[lead].islower() \
        and _is_past(tokens[lead]) and (len(tokens) == lead + 1 or tokens[lead + 1].lower()
                                        in ("by", "in", "at", "on"))
    gerund = 1 if tokens and tokens[0].lower() in ("after", "before") else 0
    if participle:
        # "…, first proposed by Lula on Nov. 10": a participle phrase told of the noun it
        # follows ("Roadmap first proposed by Lula"; "A truce agreed on Wednesday collapsed
        # …": "Truce agreed").
        verb = lead
        subject = shared_subject.split()
    elif shared_subject and not given and len(tokens) > gerund + 1 \
            and tokens[gerund].islower() and tokens[gerund].endswith("ing") \
            and len(tokens[gerund]) > 5:
        # "…, a day after scrapping the summit": the subject's own deed, told with a
        # gerund ("Trump scraps summit").
        subject = shared_subject.split()
        plural = _is_plural(subject, known)
        obj = _object(tokens, gerund + 1, False)
        group = [present(base_form(tokens[gerund]), plural)]
        words = [*subject, *group, *obj]
        return _finish(_headline(words, len(subject) + 1, len(subject)))
    elif _with_absolute(tokens) and _find_verb(tokens, known) is None:
        # "…, with Russian forces advancing slowly in the east": what the forces do (a
        # clause with a verb of its own, "With prices rising, the bank acted", tells that).
        ing = _with_absolute(tokens)
        subject = tokens[1:ing]
        if len(subject) > 1 and subject[0].lower() in ("the", "a", "an"):
            subject = [subject[1][:1].upper() + subject[1][1:], *subject[2:]]
        group = [present(base_form(tokens[ing]), _is_plural(subject, known))]
        words = [*subject, *group, *_object(tokens, ing + 1, False)]
        return _finish(_headline(words, len(subject) + 1, len(subject)))
    else:
        found = _find_verb(tokens, known)
        if found is None and shared_subject and len(tokens) > 1 \
                and tokens[0].lower() in ("and", "but", "then") and tokens[1].islower() \
                and tokens[1].endswith("s") and not tokens[1].endswith(_NOT_VERB_S) \
                and (len(tokens) < 3 or tokens[2].lower() not in _PLAIN_AFTER_PLURAL) \
                and not _VERB_INSIDE.search(shared_subject):
            # "The notice requires …, and takes effect on Monday": the present in -s right
            # after the conjunction is the verb the shared subject goes with.
            found = 1
        if found is None:
            return _finish(_headline(_clean_subject(tokens)))
        verb = found
        subject = _subject(tokens[:verb], pronouns)
    # "which Trump announced": a relative clause with a subject of its own.
    object_relative = not participle and bool(subject) and tokens[0].lower() in ("which", "that")
    passive = participle
    if not subject and shared_subject:
        subject = shared_subject.split()
        # "The deal was reached … and approved by the cabinet": a passive whose "was" the
        # first clause gave.
        passive = shared_passive and tokens[verb].lower().endswith("ed") and all(
            t.lower() in ("and", "but", "then", "later") for t in tokens[:verb]) \
            and tokens[verb].lower() not in _DONE_BY_ITSELF | _DONE_BY_ONESELF \
            and (verb + 1 == len(tokens) or tokens[verb + 1].lower() in _AFTER_PASSIVE) or \
            verb + 1 < len(tokens) and _is_past(tokens[verb]) and (
            tokens[verb + 1] == "by" and tokens[verb].lower() not in _ACTIVE_BEFORE_BY
            # "The truce, agreed in Geneva in May and extended in London in June": a thing,
            # not a person, is what was done somewhere.
            or tokens[verb + 1] in ("in", "at") and tokens[verb].lower().endswith("ed")
            and subject[-1].islower() and tokens[verb].lower() not in _ACTIVE_BEFORE_BY
            and tokens[verb].lower() not in _DONE_BY_ITSELF)
    plural = _is_plural(subject, known) or any(t.lower() == "they" for t in tokens[:verb])
    if [w.lower() for w in subject] == ["there"]:
        # "There were no casualties": the verb agrees with what follows it.
        plural = _is_plural(_noun_phrase(tokens[verb + 1:]), known)
    group, after, base = _split_verb_group(tokens, verb, plural)
    if passive:
        group = [*(w.lower() for w in tokens[:verb] if participle), tokens[verb].lower()]
    adverb = verb > 1 and tokens[verb - 1].lower() in _PARTICIPLE_ADVERBS \
        and tokens[verb - 2] == ","
    if subject and verb > 0 and (tokens[verb - 1] == "," or adverb) \
            and tokens[:verb].count(",") == 1 \
            and _is_past(tokens[verb]) and tokens[verb].lower().endswith(("ed", "en")) \
            and len(group) == 1:
        # "The deal, signed in Geneva on Oct. 3, ended the war": a participle after a comma
        # is a passive told of the subject ("Deal signed in Geneva"; "The truce, first
        # agreed in Geneva," → "Truce agreed in Geneva": `_subject` left the adverb out).
        while subject and subject[-1] == ",":
            subject = subject[:-1]
        group = [tokens[verb].lower()]
    quoted = _reported_quote(tokens, after) if base in _REPORTING and subject else None
    if quoted:
        # "Trump replied: “You’re going to have to ask Russia …”"
        return _quote_title(quoted, " ".join(subject))
    obj = _object(tokens, after, base in _REPORTING)
    if shared_subject and object_relative and base not in ("say", "tell"):
        # "The tariffs, which Trump announced on April 2, …": the relative pronoun is the
        # object, and the noun it stands for is what the verb acts on ("called off").
        at = 1 if obj and obj[0].lower() in _PARTICLES else 0
        if len(obj) == at or obj[at].lower() in _PREPOSITIONS:
            obj = [*obj[:at], *shared_subject.split(), *obj[at:]]
    if base == "tell" and "that" in (t.lower() for t in tokens[after:after + 5]):
        group = [present("say", plural)]
    if base == "spend":
        group, obj = _spent_doing(group, obj, plural)
    him = pronouns.get("him", pronouns.get("he"))
    if him and him.split() != subject:
        # "Starmer received him": the object pronoun stands for the salient person.
        obj = [w for t in obj for w in (him.split() if t == "him" else [t])]
    words = [*subject, *group, *obj]
    return _finish(_headline(words, len(subject) + len(group), len(subject)))


def _reported_quote(tokens: list[str], at: int) -> str | None:
    """The quote a reporting verb opens ("replied: “…”"), or None."""
    while at < len(tokens) and tokens[at] in ",:":
        at += 1
    if at >= len(tokens) or tokens[at] not in _QUOTES:
        return None
    close = next((k for k in range(at + 1, len(tokens)) if tokens[k] in _QUOTES), len(tokens))
    if close - at <= 3 and close + 1 < len(tokens) and tokens[close + 1][:1].islower():
        return None  # 'announced “reciprocal” tariffs': a word in quotes inside the object
    return _join(tokens[at + 1:close]) or None


def _spent_doing(group: list[str], obj: list[str],
                 plural: bool) -> tuple[list[str], list[str]]:
    """ "spent (much of) this week touring Saudi Arabia", its time cut out: the headline is
    what was done, "tours Saudi Arabia"."""
    rest = obj
    if len(rest) > 2 and rest[0].lower() in ("much", "most", "part", "all", "some") \
            and rest[1].lower() == "of":
        rest = rest[2:]
    if len(group) == 1 and rest and rest[0].islower() and rest[0].endswith("ing") \
            and len(rest[0]) > 4:
        return [present(base_form(rest[0]), plural)], rest[1:]
    return group, obj


def _speaker(rest: list[str], pronouns: Mapping[str, str]) -> str | None:
    """The speaker in the tail of a quote-first sentence: "Trump said …" or "said Trump"."""
    if not rest:
        return None
    first = rest[0].lower()
    if base_form(first) in _REPORTING and len(rest) > 1:
        who = rest[1:3] if rest[1].lower() in ("the", "a") else rest[1:2]
        return " ".join(who)
    for i, token in enumerate(rest[:12]):
        if base_form(token.lower()) in _REPORTING and _is_past(token) or token.lower() in (
                "says", "tells", "writes", "adds"):
            subject = _clean_subject(rest[:i])
            if "," in subject:
                # "the chief mediator, Ingrid Solberg, told reporters": the name set off.
                inner = subject[subject.index(",") + 1:]
                inner = inner[:inner.index(",")] if "," in inner else inner
                named = bool(inner) and all(w[:1].isupper() for w in inner)
                subject = inner if named else subject[:subject.index(",")]
            if len(subject) == 1 and subject[0].lower() in pronouns:
                return pronouns[subject[0].lower()]
            return " ".join(subject) if subject else None
    return None
