"""Which way a clause points in time: past, present or future, from its verbs and cue words.

Relative expressions without a direction of their own ("on Thursday", "in December") take it
from the clause they sit in: "he announced" → past, "is expected to", "will", "plans to" →
future, "is", "says" → present. The clause is the stretch of the sentence around the expression
that is not cut by quotes, semicolons, colons, dashes or brackets; within it the cue nearest to
the expression wins, multi-word future constructions ("is still expected to") taking precedence
over the plain verbs inside them. With no cue at all the clause counts as past: news mostly
reports what has happened. The cue lists are in the temporal lexicon data file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from timeline.memo import per_span_of_last_text
from timeline.temporal.lexicon import (
    FUTURE_WORDS,
    NOT_PAST,
    NUMBER_WORDS,
    PAST_AFTER_SUBJECT,
    PAST_VERBS,
    PRESENT_VERBS,
    SCHEDULED_PRESENT,
    SCHEDULING_VERBS,
    VERBS_IN_UN,
    compile_with_look_ahead,
    expand,
)

PAST = "past"
PRESENT = "present"
FUTURE = "future"

_WINDOW = 320
_SAYING_BEFORE_THAT = ("said", "says", "warned", "warns", "added", "announced", "insisted",
                       "promised", "predicted", "cautioned", "stressed", "noted", "argued",
                       "claimed", "feared", "fears", "believes", "believe", "reported")
_CLAUSE_CUT = compile_with_look_ahead(
    # A period ends a sentence unless a lower-case word or a number follows it: "Sept. 14",
    # "Co. said" are abbreviations inside one clause.
    r"[!?;“”\"\n()\[\]—–]|(?<=[a-z0-9])\.(?=\s+(?![a-z0-9]))|\s-\s|\.\s+(?=[A-Z])"
    # A colon, but not that of a clock time ("at 04:00 on March 14").
    r"|(?<!\d):|:(?!\d)"
    # A concessive or causal clause after a comma has a tense of its own: "can return as
    # early as Wednesday, though the union said …".
    r"|,\s+(?:though|although|even\s+though|whereas|because|unless)\b"
    # … and without the comma, where the word can only open a clause: "would cut aid on
    # Wednesday unless the group sped up" — "sped" is the condition's tense, not Wednesday's
    # ("because of" is a preposition, and a bare "though" may be an adverb).
    r"|\s(?:although|even\s+though|whereas|unless|because(?!\s+of\b))\b"
    # A trailing attribution is a clause of its own: in "he would travel on Monday, he
    # said" the saying's past does not date Monday, nor in "… starting on Friday, their union
    # said on Wednesday, after …".
    r"|,(?=\s+(?:[\w’'-]+\s+){1,4}(?:said|says|added|told\s+\w+)"
    r"(?:\s+(?:on|late|early)?\s*[A-Z][a-z]+(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"\s*[.,;])"
    # A complement clause: "said on Friday that he would …" — "would" is not the saying's tense.
    r"|\bthat\s+(?=(?:he|she|it|they|we|i|you|the|a|an|his|her|its|their)\b)"
    # … and whatever follows "that" right after a verb of saying ("warned that rainfall
    # could trigger flooding through Thursday"). The verb is checked behind "that" once
    # "that" has matched: a look-behind tried first would run at every character.
    + r"|that(?:" + "|".join(rf"(?<=\b{verb} that)" for verb in _SAYING_BEFORE_THAT)
    + r")\s+"
    # The same without "that": "said he would visit in April" — the plan's tense, not the
    # saying's, dates "April".
    r"|\b(?:said|says|told\s+\w+|added|announced|insisted|promised|warned)\s+"
    r"(?=(?:he|she|it|they|we|i)\s+(?:would|will|could|might|had|was|were)\b)"
    # … and with a noun phrase as subject: "said the work would be finished by the spring",
    # "said landings on Inner Farne would be suspended".
    r"|\b(?:said|says|told\s+\w+|added|announced|insisted|promised|warned)\s+"
    r"(?=(?:(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){1,3}"
    r"|[a-z]+s\s+(?:[\w'’-]+\s+){0,3})(?:would|will|could|might)\b)")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_FUTURE_PHRASE = compile_with_look_ahead(
    r"\b(?:(?:is|are|was|were|be|been|being|'s|’s)\s+(?:still\s+|also\s+|now\s+|not\s+)?"
    r"(?:due|expected|set|scheduled|slated|going|planning|poised|about|likely|forecast|"
    r"predicted|projected|to)\s+to\b"
    r"|(?:is|are|was|were)\s+to\s+\w+"
    # "snow is expected on Tuesday", "the vote is set for Thursday": present passives of
    # planning (the past "was expected on Tuesday" may tell a plan that failed).
    r"|(?:is|are|'s|’s)\s+(?:still\s+|also\s+|now\s+)?(?:expected|scheduled|slated|planned|"
    r"set|due)(?=\s+(?:on|for|in|at|by|to|around|next|this|later|early|late|over|during|"
    r"before|after|until|within)\b)"
    r"|(?:due|set|scheduled|slated|poised|likely|expected|forecast|projected)\s+to"
    r"|(?:plans?|planning|planned|intends?|intended|aims?|aimed|hopes?|hoped|agreed|promised|"
    r"vowed|pledged|threatened|prepares?|preparing|wants?)\s+to\b"
    # "handed the plan to Zelensky": "to" before a name or a determiner is a preposition.
    r"(?!\s+(?:it|them|this|that|the|a|an|his|her|their|its)\b|\s+(?-i:[A-Z]))"
    r"|will|won't|shall|\w+['’]ll|next|upcoming|tomorrow)\b",
    re.IGNORECASE,
)


#: A verb right before the expression, but for a preposition, "off", "effect" or "into force"
#: and a named place ("opens on Monday", "takes effect on Jan. 1", "kicks off next week",
#: "arrives in Tokyo on Monday").
_SCHEDULED_TAIL = (
    # "kicks off", "takes effect", "fares go up by 5 per cent on Monday", "tickets go on
    # sale at 9am".
    r"\s+(?:(?:off|effect|into\s+force|place|up|down|on\s+sale|on\s+air)\s+)?"
    # "host Southampton at White Hart Lane on Sunday": a named opponent or guest.
    r"(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+(?=(?:in|at|on)\s))?"
    r"(?:by\s+[$€£]?\d[\d.,]*(?:\s*%|\s+per\s*cent|\s+percent)?\s+)?"
    # "arrives in the Netherlands on Monday", "goes to the Senate next week".
    r"(?:(?:in|to|at|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+"
    # "opens in US cinemas on Friday", "kicks off at the stadium on Sunday", "heads to the
    # polls on Sunday".
    r"|(?:in|at|to)\s+(?:the\s+)?(?:[A-Z]{2,}\s+)?[a-z]+s?\s+)?"
    r"(?:(?:on|at|in|from|by)\s+)?$")
_SCHEDULED_BEFORE = re.compile(r"\b([a-z]+s)" + _SCHEDULED_TAIL)
#: A name, the present of a verb of schedules and its object, then the time: "Walmart reports
#: its results on Thursday", "Apple unveils its new phones on Tuesday".
_SCHEDULED_OBJECT_BEFORE = re.compile(
    r"(?:(?<![\w.])[A-Z][\w&'’-]*|,)\s+([a-z]+s)\s+(?:(?:its|their|his|her|the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,3}"
    # … or a plural noun and whom it is with: "holds talks with Prime Minister Sanae
    # Takaichi on Tuesday".
    r"|[a-z]+s\s+with\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4})(?:on|at|in)\s+$")
#: The same told of a plural: after a relative pronoun ("measures that take effect on
#: Friday") or a plural noun ("the polls close at 9 p.m.", "talks begin on Monday"). Only
#: there is the plain form a present: elsewhere it may be an infinitive or an imperative.
_SCHEDULED_PLURAL_BEFORE = re.compile(
    # … or after a phrase set off by commas ("Council offices, closed since Wednesday,
    # reopen on Monday").
    # … or after a place ending the subject ("Voters in Romania return to the polls").
    # … or after a pronoun ("They host Southampton on Sunday").
    r"(?:\b(?:that|which|who|[Tt]hey|[Ww]e|[A-Za-z][a-z]+[^s\W]s"
    r"|(?:(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bof\s)|(?<=\bat\s))[A-Z][a-z]+)|,)\s+([a-z]+)"
    + _SCHEDULED_TAIL)
#: A present passive of a verb of schedules before the time: "Parasite is released in South
#: Korea on Thursday", "the results are published at 9am".
_PASSIVE_PRESENT_BEFORE = re.compile(r"\b(?:is|are)\s+(?:also\s+|then\s+)?([a-z]+ed|held)"
                                     + _SCHEDULED_TAIL)
#: A present progressive of a verb of schedules, and perhaps a short object, before the
#: time: an arrangement ("the board is meeting Tuesday", "they are holding a summit on
#: Friday"). The object must open with a determiner: in "are reviewing footage of the
#: attack on Tuesday" the time may be the attack's.
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|am|['’]s|['’]re)\s+(?:also\s+|still\s+|now\s+)?([a-z]+ing)"
    r"(?:\s+(?:its|their|his|her|the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:(?:on|at|in)\s+)?$|"
    + _SCHEDULED_TAIL + ")")


#: "to meet Xi on Thursday", "to resume Monday": an infinitive just before the expression
#: (only verbs of scheduled action: in "returned to office on Jan. 20" "to" is a preposition).
_INFINITIVE_BEFORE = re.compile(
    r"\bto\s+(?:" + "|".join(sorted(SCHEDULING_VERBS)) + r")(?:\s+[\w'’.]+){0,2}\s+$")


#: A ranking and its noun before an infinitive: "the first World Cup", "the only woman".
_RANKED_BEFORE = re.compile(r"\b(?:first|last|only|second|third|fourth|fifth|youngest|oldest)"
                            r"(?:\s+[\w'’-]+){1,3}\s+$", re.IGNORECASE)
#: A past verb of saying right before the time: "said on Wednesday", "told reporters late
#: Tuesday".
_SAID_WORDS = ("said", "told", "announced", "added", "insisted", "confirmed", "stated", "wrote",
               "tweeted", "posted")
#: Verbs that report what was said or thought, and a "would" after them.
_REPORTING = frozenset(_SAID_WORDS + ("thought", "believed", "expected", "hoped", "feared",
                                      "knew", "predicted", "promised", "warned", "agreed"))
_WOULD_BETWEEN = re.compile(r"\bwould\b|\w['’]d\s+(?!been\b)[a-z]+\b")
_SAID_BEFORE = re.compile(
    # ("were told to leave by 6 p.m. Monday" is an instruction, not a telling.)
    r"\b(" + "|".join(verb + (r"(?!\s+to\b)(?:\s+[\w.’'-]+){1,3}" if verb == "told" else "")
                       for verb in _SAID_WORDS) + r")\s+(?:(?:on|late|early)\s+)?$")


#: A clause opening with its subject and a verb of saying: "Sunak said", "the minister told".
_SAYING_OPENS = re.compile(
    r"\s*(?:he|she|they|we|I|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|"
    r"the\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+(?P<verb>said|says|told|tells|added|adds|announced|"
    r"insisted|warned|wrote)\b")
#: Words after which "coming" looks ahead: "the coming days", "in coming weeks", "is coming".
_BEFORE_COMING = frozenset("""the a an this these in over during for within is are was were be
been 's ’s up upcoming and""".split())
#: "with" and up to two words before an -ed word: "with smaller costumed bands".
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: A verb that keeps its object in a state, then the object: "keeps federal agencies".
_COMPLEMENT_BEFORE = re.compile(r"\b(?:keeps?|keeping|leaves|leaving|gets|getting|wants?|"
                                r"needs?)\s+(?:(?!and\b|or\b|but\b)[\w'’-]+\s+){1,3}$",
                                re.IGNORECASE)
#: An article or a possessive right before a word: it is a noun ("Sunak's plan to").
_NOUN_MARK_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|\w['’]s)\s+"
                               r"(?:(?:own|new|latest|original|earlier)\s+)?$", re.IGNORECASE)
#: "by" after a participle: "…, followed by a funeral".
_BY_AFTER = re.compile(r"\s+by\b")
#: "be" or "being" right before a verb of saying: its passive ("will be announced").
_BE_BEFORE = re.compile(r"\b(?:be|being)\s+(?:[a-z]+ly\s+)?$")
#: "were ordered to leave their homes Saturday night": an order obeyed when it was given,
#: told in the past (a deadline, "told to leave by Friday", may still lie ahead).
_ORDERED_BEFORE = re.compile(r"\b(?:(?:was|were)\s+(?:ordered|told|instructed|directed|forced)"
                              # … or the order told actively: "ordered residents to leave
                              # at around 6 p.m. Wednesday".
                              r"|ordered\s+(?:[\w'’.-]+\s+){1,3})\s*$", re.IGNORECASE)
#: What such an order makes people do at once ("told to attend a meeting on Thursday" may
#: be for a day ahead).
_MOVE_NOW = frozenset("leave evacuate flee stay remain shelter move return go".split())
#: A past verb of causing and its object before "to": "led NASA to", "forced them to".
_CAUSED_BEFORE = re.compile(r"\b(?:led|prompted|forced|caused|drove|compelled|persuaded|"
                            r"convinced)\s+(?:[\w'’.-]+\s+){1,3}$", re.IGNORECASE)


class Tense(NamedTuple):
    tense: str
    cue: str

    @property
    def since(self) -> bool:
        """Whether the cue is "since": the time can only lie behind (`SINCE_CUES`)."""
        return self.cue.lower() in SINCE_CUES


@per_span_of_last_text
def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end], as (left, right) offsets. The tense, flashback and
    relative-clause tests ask about the same expressions, so the answers for the last text
    are kept."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    left = lo
    for m in _CLAUSE_CUT.finditer(text, lo, start):
        left = m.end()
    cut = _CLAUSE_CUT.search(text, end, hi)
    right = cut.start() if cut else hi
    if cut is not None and cut.group(0)[:1].isalpha() and cut.group(0)[:4].lower() != "that":
        # "In October, the board said it would raise fees": the verb of saying before the
        # reported clause is the clause's own verb, and the time's.
        right = cut.end()
    if "," in text[left:start]:
        opener = None
        for found in _RELATIVE_OPEN.finditer(text, left, start):
            opener = found
        if opener is not None and "," not in text[opener.end():start]:
            # "Food aid, which lapsed on Nov. 1, will resume": a clause set off by commas
            # has its own verb; the main clause's after the closing comma is not its tense.
            close = text.find(",", end, right)
            if close != -1:
                right = close
    elif text[left:start].lstrip().startswith("With "):
        # "With millions expected to bathe on Monday, the government has placed …": an
        # opening phrase with its own verb; the main clause after the comma is another's.
        close = text.find(",", end, right)
        if close != -1:
            right = close
    return left, right


#: The opening of a non-restrictive relative clause.
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b", re.IGNORECASE)


#: A conjunction right after an expression ("met over the weekend and will meet again"):
#: when a verb follows it, a coordinated clause begins, with a time of its own.
#: A few words of a noun phrase, no verb among them: "holidays", "session of talks".
_NOUN_RUN = re.compile(r"(?:\s+[a-z]+(?<!ed)){1,3}")
_NEXT_CLAUSE = re.compile(r"\s*(?:,?\s*(?:and|but|or|while|whereas|that|which|who)|,\s*(?:once|"
                          r"when|after|before|because|until|unless|although|though|if))\s+",
                          re.IGNORECASE)


#: A relative clause set off by commas, closed where the main clause goes on ("…, which
#: were due next week, on Thursday"; not the first comma of a list: "who stepped down as
#: chairman, president and chief executive in March").
#: The participle of a present perfect: "has brought", "have risen", "has been", "has
#: already signed".
_PERFECT_AFTER = re.compile(r"\s+(?:(?:already|also|now|just|since|recently)\s+)?"
                            r"(?:been|[a-z]{2,}ed|brought|taken|given|made|seen|won|lost|"
                            r"risen|fallen|grown|begun|become|come|gone|done|had|held|left|"
                            r"met|paid|said|sold|spent|told|kept|built|bought|sent|led|"
                            r"run|shown|known|thrown|written|drawn|driven|broken|chosen)\b")
_SET_OFF_RELATIVE = re.compile(
    r",\s+(?:which|who)\b[^,;]*,(?=\s+(?:on|in|at|by|during|late|early|last|this|next|and|but|"
    r"said|says|will|would|has|have|had|is|are|was|were|[a-z]+ed)\b)")
#: What follows a time that labels a line: "Monday: …", "Oct. 3 — …".
_LABEL_MARK = re.compile(r"[ \t]*(?::|[-–—])[ \t]+")
#: A time word after "next": "next year", "next Tuesday", "next spring".
_TIME_WORD = re.compile(expand(
    r"\s+(?:week|month|year|quarter|season|spring|summer|autumn|fall|winter|weekend|decade|"
    r"<WEEKDAY>|<MONTH>)s?\b"), re.IGNORECASE)
_LISTED = re.compile(r"\s*,?\s*(?:and|or|&|to|-|–)?\s*")
#: A day, a month or a holiday joined to the expression after it by "and"/"or": "Monday and",
#: "Christmas and".
#: ("next Tuesday and Wednesday" shares its "next" otherwise: see `weak` in the loop.)
_LISTED_BEFORE = re.compile(expand(r"(?<!next\s)(?<!last\s)(?<!this\s)\b"
                                   r"(?P<item><WEEKDAY>|<MONTH>|(?=[A-Z])(?i:<HOLIDAY>))"
                                   r"\s+(?:and|or)\s+$"))
#: A number right before a word: "four starts", "12 visits".
_NUMBER_BEFORE = re.compile(r"\b(?:\d+|" + "|".join(sorted(
    w for w in NUMBER_WORDS if w.isalpha() and w not in ("a", "an"))) + r")\s+$",
    re.IGNORECASE)
#: What follows "'d" when it is "had": "we'd been", "she'd left", "they'd taken".
_HAD_AFTER = re.compile(r"\s+(?:(?:already|just|never|not|only)\s+)?"
                        r"(?:been|[a-z]+(?:ed|en|ne|wn|ft|ught)|spent|sent|meant|built|lost|"
                        r"made|had|got|told|said|paid|held|kept|led|met|run|won)\b")
#: A time of its own right after a verb, maybe past a participle or an object of a word or
#: two: "the bonds they began buying in September".
_OWN_TIME_AFTER = re.compile(expand(
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|on|last|this|since)\s+(?:<MONTH>|<WEEKDAY>|\d{4}\b)"))
#: A time right after a verb: "said Wednesday", "announced on Monday".
_OWN_TIME_NEXT = re.compile(expand(
    r"\s+(?:(?:on|in|last|late|early)\s+)?(?:<WEEKDAY>|<MONTH>(?:\s+\d{1,2}\b)?|yesterday|"
    r"today)\b"))
_SUBJECT_WORD = re.compile(r"([A-Za-z]+(?:['’][a-z]+)?)\s*")


def _cue_before(text: str, left: int, start: int) -> bool:
    """Whether text[left:start] holds a tense cue of its own: a verb, or a phrase of plans
    ("plans to launch it … in the third quarter, Hale told analysts"; not "In September,
    it announced")."""
    return _FUTURE_PHRASE.search(text, left, start) is not None or any(
        _word_kind(w.group(0)) is not None for w in _WORD.finditer(text, left, start))


_ACCORDING_TO = re.compile(r",\s+according\s+to\s+[^,.;]{1,60},", re.IGNORECASE)


def _next_clause_start(text: str, end: int, right: int) -> int:
    """Where a coordinated clause begins right after the expression ending at `end`: past a
    conjunction that a verb (a tense cue) follows; `right` (the clause's end) if none does.
    An attribution set off by commas right after the expression is skipped ("on Monday
    evening, according to the Kremlin, and were expected to sign …")."""
    aside = _ACCORDING_TO.match(text, end, right)
    if aside is not None:
        end = aside.end() - 1
    found = _NEXT_CLAUSE.match(text, end, right)
    if found is None:
        # "used his leave during the summer holidays and would have to take time off": the
        # expression's noun may come first.
        found = _NEXT_CLAUSE.search(text, end, min(right, end + 24))
        if found is None or not _NOUN_RUN.fullmatch(text, end, found.start()):
            return right
    after = found.end()
    at = after
    # The verb may follow a short subject: "…, and the bank expects it to return".
    for _ in range(4):
        if _FUTURE_PHRASE.match(text, at, right):
            return after
        word = _SUBJECT_WORD.match(text, at, right)
        if word is None:
            break
        if _word_kind(word.group(1)) is not None:
            return after
        at = word.end()
    return right


def _base_of(verb: str) -> str:
    """The plain form of a present in -s ("reports" → "report", "publishes" → "publish")."""
    if verb.endswith(("shes", "ches", "sses", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    return verb[:-1]


def _third_person(verb: str) -> str:
    """The present in -s of a plain form ("go" → "goes", "begin" → "begins")."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _scheduled_before(text: str, left: int, start: int) -> re.Match[str] | None:
    """A present of a verb of schedules right before the time at `start` (group 1 the verb):
    "the summit opens on Monday", "talks that begin on Monday", "Walmart reports its results
    on Thursday", "the board is meeting Tuesday"; None if there is none."""
    scheduled = _SCHEDULED_BEFORE.search(text, max(left, start - 40), start)
    if scheduled is not None and scheduled.group(1).lower() in SCHEDULED_PRESENT \
            and not _NUMBER_BEFORE.search(text, max(0, scheduled.start(1) - 16),
                                          scheduled.start(1)):
        # (Not "three of his four starts in January": after a number, a plural noun.)
        return scheduled
    plural = _SCHEDULED_PLURAL_BEFORE.search(text, max(left, start - 60), start)
    if plural is not None and _third_person(plural.group(1).lower()) in SCHEDULED_PRESENT:
        return plural
    with_object = _SCHEDULED_OBJECT_BEFORE.search(text, max(left, start - 60), start)
    if with_object is not None and (with_object.group(1) in SCHEDULED_PRESENT
                                    or _base_of(with_object.group(1)) in SCHEDULING_VERBS):
        return with_object
    passive = _PASSIVE_PRESENT_BEFORE.search(text, max(left, start - 60), start) \
        if " is " in text[max(left, start - 60):start] or " are " in text[
            max(left, start - 60):start] else None
    if passive is not None and _participle_base(passive.group(1)) in SCHEDULING_VERBS:
        return passive
    lo = max(left, start - 70)
    progressive = _PROGRESSIVE_BEFORE.search(text, lo, start) \
        if text.find("ing ", lo, start) != -1 else None
    if progressive is not None and _schedules(progressive.group(1)):
        return progressive
    return None


def _participle_base(participle: str) -> str:
    """The plain form of a past participle of a verb of schedules ("released" → "release",
    "opened" → "open", "held" → "hold"), or the word itself."""
    low = participle.lower()
    if low == "held":
        return "hold"
    if not low.endswith("ed"):
        return low
    return next((b for b in _bases(low[:-2]) if b in SCHEDULING_VERBS), low)


def _bases(stem: str) -> tuple[str, ...]:
    """The plain forms a stem left by cutting "-ed" or "-ing" may come from: "open(ed)",
    "releas(ed)" + "e", "plann(ed)" less its doubled consonant."""
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (stem, stem + "e", *doubled)


def _schedules(participle: str) -> bool:
    """Whether a form in -ing is of a verb of schedules ("meeting", "hosting", "making",
    "travelling")."""
    return any(b in SCHEDULING_VERBS or b + "s" in SCHEDULED_PRESENT
               for b in _bases(participle[:-3]))


def _opens_sentence(text: str, at: int, left: int) -> bool:
    head = text[max(0, at - 3):at].rstrip()
    return at == left or not head or head[-1] in ".!?\"“‘"


def _nearer(a: tuple[int, str, str] | None, b: tuple[int, str, str]) -> tuple[int, str, str]:
    return b if a is None or b[0] < a[0] else a


#: Words after which a verb of the past list is a participle or a bare infinitive ("will be
#: held", "to be made", "will hit", "could cut"): it takes the tense of the word before. After
#: a verb of state it is an adjective ("will stay closed until Wednesday").
_PARTICIPLE_AFTER = frozenset("""be been being is are am to will would can could may might must
shall should does do not never""".split()) | (_STATE_VERBS := frozenset("""stay stays staying
stayed remain remains remaining remained become becomes becoming became seem seems seemed get
gets getting""".split()))
#: Cue words that are nouns after a determiner ("its plans", "their hopes").
_NOUNS_TOO = frozenset("plans aims hopes wants remains".split())
#: Words before a noun: a participle right after one is an adjective ("a revised offer").
_ARTICLES = frozenset("a an the its their his her our my your this these those".split())
#: Words after which a form in -ed describes a noun: "with only scattered showers".
_QUANTIFIERS = frozenset("only some more most fewer many several no".split())
#: Past forms that are also plain forms and nouns ("a further cut in December").
PAST_AS_PLAIN = frozenset("""cut hit set put cost let spread hurt shut quit bid beat cast read
split burst upset broadcast forecast""".split())
_MODALS = frozenset("will would can could may might must shall should".split())
#: Words before an adverb in -ly that make the form in -ed after it a participle.
_BEFORE_ADVERB = _PARTICIPLE_AFTER | _QUANTIFIERS
#: Verbs after which an -ed word is an adjective of the object: "let registered runners ride".
_CAUSATIVES = frozenset("let lets letting help helps helped make makes made".split())
#: "had been due to lapse Friday": a plan told in the past perfect was overtaken by events,
#: so the time it names lies behind the reader, not ahead.
_PAST_PERFECT_PLAN = re.compile(
    r"(?:\bhad|\w['’]d)\s+(?:not\s+)?(?:been\s+(?:due|expected|scheduled|set|slated|supposed|"
    r"planned)\s+|(?:planned|hoped|intended|wanted|meant|aimed|arranged)\s+)?$",
    re.IGNORECASE)
#: Participles of plans, and "had been" right before one.
_PLAN_PARTICIPLES = frozenset("due scheduled slated set planned expected".split())
_HAD_BEEN_BEFORE = re.compile(r"(?:\bhad|\w['’]d)\s+(?:[a-z]+ly\s+)?been\s+$", re.IGNORECASE)
#: "extended the truce until March", "the hearing was postponed until Thursday": a verb
#: that moves an end or a date, then the new one. Whatever the verb's tense, the time it
#: moves to lies after the decision, which the news has just reported.
_EXTENDED_TO = re.compile(
    r"\b(extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|wait(?:s|ing)?|"
    r"delay(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    r"reschedul(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|"
    r"pushed\s+(?:it\s+|them\s+)?back)\b(?:[^.;]|\.(?=\d))*?"
    r"\b(?:until|till|through|to|into)\s+$", re.IGNORECASE)
#: "ordered flags lowered to half-staff until Friday", "was remanded in custody until
#: Thursday", "gave the agency until Friday to appeal": an order or a grant, then how long
#: it holds; like a moved date, its end lies ahead.
_ORDERED_UNTIL = re.compile(
    r"\b(order(?:s|ed|ing)?|remand(?:s|ed|ing)?|bail(?:s|ed)?|gave|given|give[sn]?|"
    r"grant(?:s|ed)?|allow(?:s|ed)?)\b[^.;,]*?"
    r"\b(?:until|till)\s+$", re.IGNORECASE)
#: "has pencilled one in for May", "pencilled in a cut for March": a date planned, whatever
#: the tense of the planning.
_PENCILLED_IN = re.compile(r"\b(pencil(?:l?ed|s|l?ing)?)\s+(?:[\w'’-]+\s+){0,6}?for\s+$",
                           re.IGNORECASE)
_PROPOSING = ("propos", "offer", "suggest", "invit")
#: "proposed direct talks with Ukraine in Istanbul on Thursday", "invited him to a summit
#: in Budapest next week": a meeting proposed with its place, then its date, which lies
#: ahead ("proposed a ceasefire on Monday" may date the proposal).
_PROPOSED_EVENT = re.compile(
    r"\b(propos(?:ed|es|e|ing)|offer(?:ed|s)?|suggest(?:ed|s)?|invit(?:ed|es|e|ing))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|meeting|meetings|summit|visit)\b"
    r"[^.;,]{0,40}?\b(?:in|at)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+"
    r"(?:on|in)\s+$",
    re.IGNORECASE)
#: "set new elections for March 5", "scheduled a hearing for Feb. 2": a verb that fixes the
#: date of an event, the event, then "for" and the date. Like `_EXTENDED_TO`, the date lies
#: after the decision the news reports, whatever the verb's tense ("set a record for July"
#: names no event, and "called for talks" no date).
_SET_FOR = re.compile(
    r"\b(set|sets|setting|scheduled?|schedules|scheduling|called|calls|calling|fixed|fixes|"
    r"fixing)\s+(?:(?:a|an|the|new|fresh|early|snap|its|their|his|her|general|parliamentary|"
    r"presidential|national|local|legislative|second|final|another)\s+)*"
    r"(?:elections?|votes?|referendums?|referenda|hearings?|trials?|meetings?|summits?|talks|"
    r"polls?|ballots?|runoffs?|run-offs?|sentencing|inauguration|deadline|date|"
    r"(?:oral\s+)?arguments?|debates?|sessions?|inquests?|inquiry|deliberations)\s+for\s+$",
    re.IGNORECASE)
#: "The launch was originally scheduled for Feb. 26", "the vote had been due on": a plan
#: told in the past, whose date may have passed (the plan changed) or lie ahead.
_PLAN_IN_PAST = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|previously|once|also)\s+)?"
    r"(?:scheduled|slated|set|due|planned|expected)\s+(?:for|on|to\s+[a-z]+(?:\s+on)?)\s+$",
    re.IGNORECASE)


def plan_told_in_past(text: str, start: int) -> bool:
    """Whether the time at `start` is the date of a plan told in the past tense."""
    return _PLAN_IN_PAST.search(text, max(0, start - 48), start) is not None


_HAD_RIGHT_BEFORE = re.compile(r"\b(?:had|\w['’]d)\s+(?:not\s+|already\s+|originally\s+)?$",
                               re.IGNORECASE)
_PAST_INTENT = re.compile(r"(?:agreed|promised|vowed|pledged|threatened|planned|hoped|"
                          r"intended|wanted|aimed)\s+to\b", re.IGNORECASE)
#: A counterfactual right before the time: "would have expired on", "could have opened in".
_WOULD_HAVE_BEFORE = re.compile(r"\b(?:would|could|might|should)\s+have\s+[a-z]+(?:ed|en|un|wn)"
                                r"\s+(?:on|in|by|at)?\s*$", re.IGNORECASE)
#: "as early as Tuesday", "as soon as next week".
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)
#: A modal of what may or will happen, in the same sentence before it.
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|will|would|should|can)\b(?![^.;]*[.;])",
                           re.IGNORECASE)
#: "the closing price on", "Friday's close": a price fixed on a day (past, and no event).
CLOSING_BEFORE = re.compile(r"\b(?:closing\s+(?:price|level|value|bell|rate)|(?:the|['’]s|its|"
                            r"their)\s+close)\s+(?:on\s+|of\s+)?$", re.IGNORECASE)
_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$",
                               re.IGNORECASE)
#: "ahead of Christmas", "in the run-up to the Easter holidays": a time after the clause's.
_AHEAD_OF_BEFORE = re.compile(r"\b(ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to)\s+"
                              r"(?:the\s+|this\s+year['’]s\s+)?"
                              r"(?P<event>(?:[A-Za-z][\w'’-]*\s+){1,3}(?:on|at)\s+)?$",
                              re.IGNORECASE)
#: "ahead of schedule on Monday": no event of its own between "ahead of" and the time.
_NOT_AHEAD_EVENTS = frozenset("schedule schedules time expectations forecasts estimates rivals "
                              "peers others competitors".split())
#: A verb that designates a day as something, right before it, and what it is made:
#: "declared Jan. 9 a national day of mourning", "designated Friday as a holiday", "has
#: reserved Nov. 19 as a backup date".
_DESIGNATING_BEFORE = re.compile(r"\b(declar(?:ed|es|e)|nam(?:ed|es|e)|designat(?:ed|es|e)|"
                                 r"proclaim(?:ed|s)?|made|makes|make|reserv(?:ed|es|e)|"
                                 r"earmark(?:ed|s)?)\s+$", re.IGNORECASE)
_COMPLEMENT_AFTER = re.compile(r",?\s+(?:as\s+)?(?:a|an)\s+(?!m\b|\.)[a-z]", re.IGNORECASE)
#: An official statistic and the period it covers: "inflation figures for February".
_STATISTIC_FOR = re.compile(
    r"\b(?:figures|data|numbers|statistics|readings?|payrolls|inflation|report|index|CPI|PMI|GDP)"
    r"\s+for\s+(?:the\s+(?:month\s+of\s+)?)?(?:(?:early|mid|late)[-\s]+)?$", re.IGNORECASE)
#: "since March", "since Monday": the point a state began is never ahead of the story.
SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+|last\s+)?$", re.IGNORECASE)
#: Cues of `tense_with_cue` that only a time already passed can follow: "since December" is
#: the last December, however far back, where a plain past tense reaches half a year.
SINCE_CUES = frozenset({"since", "ever"})
_FINITE_PAST = frozenset("was were had did".split())
#: "since taking office in January": the point a state began, told with a gerund.
_SINCE_DOING = re.compile(r"\bsince\s+[a-z]+ing\b[^.;,]{0,40}$", re.IGNORECASE)
#: "since his arrest in September", "since the invasion in February 2022": the point a state
#: began, told with a noun of the event and its date.
_SINCE_NOUN = re.compile(r"\bsince\s+(?:(?:his|her|its|their|the|a|an|our)\s+)?"
                         r"(?:[a-z][\w'’-]*\s+){1,3}(?:in|on)\s+$", re.IGNORECASE)
#: A capitalised -ing word opening a phrase: "Speaking to reporters on Friday, …".
_OPENING_ING = re.compile(r"\s*[A-Z][a-z]{2,}ing\b")
#: A proposal, then the start of what is proposed: "proposed a truce starting on".
_PROPOSED_START = re.compile(
    r"\b(propos(?:ed|es|e|ing)|demand(?:ed|s|ing)?|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|"
    r"urg(?:ed|es|e|ing)|call(?:ed|s|ing)?\s+for)\b[^.;:]{0,60}?\b(?:starting|beginning)\s+"
    r"(?:on\s+|from\s+|in\s+)?$", re.IGNORECASE)
#: A settled plan and when it starts: "agreed to a truce beginning on Tuesday", "announced a
#: strike starting Monday".
_SETTLED_START = re.compile(
    r"\b(agree(?:d|s)?(?:\s+(?:to|on|upon))?|announc(?:ed|es|e)|declar(?:ed|es|e)|"
    r"approv(?:ed|es|e)|order(?:ed|s)?|sign(?:ed|s)?)\b[^.;:]{0,60}?\b(?:starting|beginning)\s+"
    r"(?:on\s+|from\s+|in\s+)?$", re.IGNORECASE)
#: A noun, a past participle after it, maybe an agent or a place, then the expression's
#: preposition: "curbs imposed by Washington in", "rules adopted in", "caps agreed to in".
_NOUN_PARTICIPLE_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+),?\s+(?P<verb>[a-z]{3,})\s+(?:(?:to|upon|off|up)\s+)?"
    r"(?:(?:by|at|from|for|against|on|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+)?"
    # "the agreement, announced by Qatar's foreign ministry early on Wednesday".
    r"(?:(?:early|late)\s+)?(?:in|on|at|during|by|last|early|late|earlier)\s+(?:the\s+)?$")
#: The same set off by a comma, its agent right before a time that brings its own preposition:
#: "the agreement, announced by Qatar's foreign ministry early on Wednesday".
_NOUN_AGENT_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+),\s+(?P<verb>[a-z]{3,})\s+by\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+$")
#: Participles of plans: "the summit planned for March" lies ahead.
_PLANNED = frozenset("scheduled planned expected slated proposed set due intended "
                     "rescheduled postponed delayed extended".split())
#: Words before a participle that make it a verb of its own clause, not a noun's.
_NOT_NOUNS_BEFORE = frozenset("""is are was were be been being has have had having will would
could should may might must can to not never also just already who which that it he she they
we i you""".split()) | (_STATE_VERBS - {"remains", "stays"})


def _is_participle(word: str) -> bool:
    """A past participle, not one of plans ("scheduled for March")."""
    if word in _PLANNED or word in NOT_PAST:
        return False
    return (word.endswith("ed") and len(word) > 4) or word in PAST_VERBS


def _names_a_time(word: str) -> bool:
    """Whether `word` is a weekday or a month: "held on Monday, followed by a funeral on
    Tuesday" tells what follows the day, not what was done to it."""
    return bool(_TIME_NAME.fullmatch(word))


_TIME_NAME = re.compile(expand(r"<WEEKDAY>|<MONTH>"), re.IGNORECASE)


def _is_noun_before(word: str) -> bool:
    # ("a cut by the end of the quarter": after an article the word is the noun.)
    low = word.lower()
    return low not in _NOT_NOUNS_BEFORE and low not in _ARTICLES and not low.endswith("ly")


#: "little relief in sight before Saturday": a limit of a present.
_BEFORE_LIMIT = re.compile(r"\bbefore\s+$", re.IGNORECASE)
#: "would be posted by Wednesday": a deadline of a modal passive.
_MODAL_BY = re.compile(r"\b(will|would|should|must)\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)\s+"
                       r"(?:by|before|until)\s+$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by|(?P<through>through))\s+(?:at\s+least\s+)?$",
                           re.IGNORECASE)


def _runs_through(text: str, left: int, start: int,
                  best: tuple[int, str, str] | None) -> bool:
    """Whether "through" before the time at `start` ends a present state: a present in -s
    right before it ("a warning that runs through Monday", even after "have issued"), or a
    present cue before it ("the road is closed through Wednesday"). Not a measured stretch
    ("has fallen 2.08% this year through Oct. 19", "had bought shares through Sept. 29")."""
    runs = _RUNS_THROUGH.search(text, max(0, start - 24), start) is not None
    if best is None or best[1] == PRESENT:
        return runs or best is not None and text.rfind(best[2], left, start) >= 0
    return runs and _present_perfect(text, left, start, best[2])


#: A present in -s right before "through": "a warning that runs through Monday".
_RUNS_THROUGH = re.compile(r"\b[a-z]+[^s\W]s\s+through\s+$")
_SUBJECT_PRONOUNS = frozenset("i you he she it we they who which".split())
#: Capitalised words that begin a noun phrase rather than being its head.
_DETERMINERS = frozenset("the a an this that these those its his her their our my your so "
                         "some any no every each".split())


def _is_subject(word: str) -> bool:
    """Whether `word` (as written) can be the subject right before a verb: a pronoun or a name."""
    low = word.lower()
    if low in _SUBJECT_PRONOUNS:
        return True
    return word[:1].isupper() and low not in _DETERMINERS


#: What `_word_kind` says of a word whose tense depends on the word before it.
_CONTEXT = "context"


def _third_person_s(word: str) -> bool:
    """Whether lowercase `word` looks like a verb's present in -s ("leaves", "runs"), not
    "business", "status", "crisis"."""
    return len(word) > 3 and word.islower() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is", "ous"))


@lru_cache(maxsize=8192)
def _word_kind(word: str) -> str | None:
    """The tense `word` gives whatever precedes it, None for none, or `_CONTEXT` when that
    depends on the word before (the cases `_word_tense` looks back for)."""
    low = word.lower().replace("’", "'")
    if word == "May":
        return None
    if low in PAST_AFTER_SUBJECT or low in PAST_VERBS:
        return _CONTEXT
    if low in FUTURE_WORDS:
        return FUTURE
    if low in PRESENT_VERBS:
        return PRESENT
    if low.startswith("un") and low.endswith(("ed", "en")) and low not in VERBS_IN_UN:
        return None
    if low.endswith("ed") and len(low) > 4 and low not in NOT_PAST and not word[0].isupper():
        return _CONTEXT
    if low.endswith("n't"):
        return PRESENT
    return None


def _word_tense(word: str, before: str, before_as_written: str = "") -> str | None:
    low = word.lower().replace("’", "'")
    if word == "May":
        # Capitalised, "May" is the month ("from May 8"), not the modal verb.
        return None
    if low in PAST_AFTER_SUBJECT and before_as_written and _is_subject(before_as_written):
        # "Trump called Putin", "they renewed talks": a verb after its subject.
        return PAST
    if low in FUTURE_WORDS:
        return FUTURE
    if low in PAST_VERBS:
        # "will be held", "to be made": a participle takes the tense of its auxiliary.
        if before in _PARTICIPLE_AFTER and low not in _FINITE_PAST or before in _ARTICLES:
            return None
        if low in PAST_AS_PLAIN and before in ("and", "or"):
            # "is expected to reach the coast and spread inland": the plain form may go on
            # with an infinitive or a modal; the verb before it decides.
            return None
        return PAST
    if low in PRESENT_VERBS:
        return PRESENT
    if low.startswith("un") and low.endswith(("ed", "en")) and low not in VERBS_IN_UN:
        # "untouched by", "an undisclosed sum": negated participles are adjectives.
        return None
    if low.endswith("ed") and len(low) > 4 and low not in NOT_PAST and not word[0].isupper():
        # "to be completed", "is expected": a participle, not a past-tense verb; "a revised
        # offer": an adjective.
        return None if before in _PARTICIPLE_AFTER or before in _ARTICLES \
            or before in _QUANTIFIERS or before in _CAUSATIVES else PAST
    if low.endswith("n't"):
        return PRESENT
    return None


def word_tense(word: str, before: str, before_as_written: str = "") -> str | None:
    """The tense `word` gives after the word `before` (lower-cased; `before_as_written` as
    in the text), or None when it is no verb form that gives one."""
    return _word_tense(word, before, before_as_written)


def tense_with_cue(text: str, start: int, end: int | None = None) -> Tense:
    """The tense governing the expression at text[start:end], and the word that decided it.

    The pipeline tags an article a second time when event-relative phrases join in, and
    asks again about the same expressions: the answers for the last text asked about are
    kept."""
    return _kept_tense(text, start, start if end is None else end)


#: A line opening with a date and a dash or colon: an entry of a chronology ("Feb. 12 - Trump
#: and Putin speak by phone"), told in the historical present.
DATE_LABEL = re.compile(expand(
    r"[ \t]*(?:<MONTH>\.?\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:[12]\d|3[01]|0?[1-9])\s+<MONTH>(?:\s+\d{4})?|\d{4}-\d\d-\d\d)"
    r"(?P<mark>\s*[-–—:]\s)"), re.IGNORECASE)


def in_dated_entry(text: str, at: int) -> bool:
    """Whether `text[at]` lies on a line that opens with a date label (`DATE_LABEL`)."""
    return DATE_LABEL.match(text, text.rfind("\n", 0, at) + 1) is not None


def _tense_with_cue(text: str, start: int, end: int) -> Tense:
    listed = _LISTED_BEFORE.search(text, max(0, start - 24), start) \
        if "and" in text[max(0, start - 6):start] or "or" in text[max(0, start - 5):start] \
        else None
    if listed is not None:
        # "will close on Monday and Tuesday after staff voted to strike": the second of two
        # days joined by "and" has the tense of the first.
        return _tense_with_cue(text, listed.start("item"), listed.end("item"))
    ahead = _AHEAD_OF_BEFORE.search(text, max(0, start - 64), start) \
        if "ahead" in text[max(0, start - 64):start] or "-up" in text[max(0, start - 64):start] \
        else None
    if ahead is not None and ahead.group("event") and (
            _NOT_AHEAD_EVENTS.intersection(ahead.group("event").lower().split())):
        ahead = None
    if ahead is not None:
        # "patrols ahead of the Christmas and New Year festivities", "in the run-up to
        # Easter", "gathered ahead of the holiday on Thursday": the time is after what the
        # clause tells, whose tense says nothing of it; the nearest such day is meant.
        return Tense(PRESENT, " ".join(ahead.group(1).split()))
    designated = _DESIGNATING_BEFORE.search(text, max(0, start - 20), start)
    if designated is not None and _COMPLEMENT_AFTER.match(text, end):
        # "declared Jan. 9 a national day of mourning", "named Friday a public holiday": the
        # day is what the verb designates, not when it acted; the nearest such day is meant.
        return Tense(PRESENT, designated.group(1))
    period = _STATISTIC_FOR.search(text, max(0, start - 40), start) \
        if " for " in text[max(0, start - 24):start] else None
    if period is not None:
        # "consumer price figures for February, due out on Tuesday", "the jobs report for
        # May": a statistic covers a period already gone by when it is published, whatever
        # the tense of the waiting for it.
        return Tense(PAST, " ".join(period.group(0).split()[-2:]))
    since = SINCE_BEFORE.search(text, max(0, start - 24), start) or \
        _SINCE_DOING.search(text, max(0, start - 60), start) or \
        _SINCE_NOUN.search(text, max(0, start - 60), start)
    if since is not None:
        return Tense(PAST, since.group(0).split()[0])
    near = text[max(0, start - 48):start]
    if " have " in near and _WOULD_HAVE_BEFORE.search(text, max(0, start - 48), start):
        # "a deadline that would have expired on December 28": what would have been, near
        # the paper's day on either side; no tense points the way.
        return Tense(PRESENT, "would have")
    early = _AS_EARLY_AS.search(text, max(0, start - 16), start) if " as " in near else None
    if early is not None and _MODAL_BEFORE.search(text, max(0, start - 120), early.start()):
        # "crews could begin letting residents back as early as Tuesday": the earliest a
        # possibility can come is ahead, whatever verb of saying frames it.
        return Tense(FUTURE, "as early as")
    if "clos" in near and CLOSING_BEFORE.search(text, max(0, start - 40), start):
        # "a 31% premium to the closing price on Friday", "Friday's close": a price that
        # was fixed, whatever the clause's tense ("will pay $52 a share").
        return Tense(PAST, "closing")
    if _EFFECTIVE_BEFORE.search(text, max(0, start - 16), start):
        # "named a new chief, effective Feb. 1": when a change takes effect, which may have just
        # passed or be near; the clause's own verb ("named") says nothing about it.
        return Tense(PRESENT, "effective")
    left, right = _clause_bounds(text, start, end)
    lo = max(left, start - 48)
    window = text[lo:start]
    said = _SAID_BEFORE.search(text, lo, start) \
        if any(verb in window for verb in _SAID_WORDS) else None
    if said is not None and _BE_BEFORE.search(text, max(0, said.start() - 24), said.start()):
        # "The results will be announced on Tuesday": a saying still to come, in the passive;
        # the auxiliaries before "be" tell its time.
        said = None
    if said is not None:
        # "told reporters on Wednesday he would meet Xi": the time of the saying, whatever
        # the tense of what was said.
        return Tense(PAST, said.group(1))
    extended = _EXTENDED_TO.search(text, max(left, start - 120), start) or \
        _SET_FOR.search(text, max(left, start - 100), start)
    if extended is None:
        # Rarer cues, tried only when a word of theirs is near.
        near_words = text[max(left, start - 110):start].lower()
        if "til" in near_words[-12:]:
            extended = _ORDERED_UNTIL.search(text, max(left, start - 100), start)
        if extended is None and "pencil" in near_words:
            extended = _PENCILLED_IN.search(text, max(left, start - 60), start)
        if extended is None and any(w in near_words for w in _PROPOSING):
            extended = _PROPOSED_EVENT.search(text, max(left, start - 110), start)
    if extended is not None:
        # "agreed to extend the loan through January": the new end lies ahead.
        return Tense(FUTURE, extended.group(1))
    proposed = _PROPOSED_START.search(text, max(left, start - 90), start)
    if proposed is not None:
        # "proposed a 30-day truce starting on Monday", "demanded a ceasefire from Friday":
        # what is proposed starts ahead, whatever the tense of the proposing.
        return Tense(FUTURE, proposed.group(1))
    settled = _SETTLED_START.search(text, max(left, start - 90), start)
    if settled is not None:
        # "agreed to a 72-hour ceasefire beginning on Tuesday": what was settled starts
        # after the settling, which the news tells within days; it may have begun by the
        # time of writing, so the nearest such day is meant, whatever the verb's tense.
        return Tense(PRESENT, settled.group(1))
    done = _NOUN_PARTICIPLE_BEFORE.search(text, max(left, start - 72), start)
    if done is None and "by " in text[max(left, start - 48):start]:
        done = _NOUN_AGENT_BEFORE.search(text, max(left, start - 72), start)
    if done is not None and _is_participle(done.group("verb")) \
            and _is_noun_before(done.group("noun")) and not _names_a_time(done.group("noun")):
        # "Tariffs imposed in April have hurt exports", "curbs imposed by Washington in
        # April remain": a participle telling what was done to the noun dates it, whatever
        # the tense of the clause's own verb after it.
        return Tense(PAST, done.group("verb"))
    best: tuple[int, str, str] | None = None
    # The verb opening a coordinated clause right after the expression ("met over the
    # weekend and will meet again") is another clause's: it decides only when the
    # expression's own clause has no cue ("talks begin on Monday and will last a week").
    next_clause: tuple[int, str, str] | None = None
    split = _next_clause_start(text, end, right)
    # "delayed its countermeasures, which were due next week, on Thursday": a relative
    # clause set off by commas, not holding the expression, has a tense of its own.
    segment = text[left:right]
    aside = [(r.start(), r.end()) for r in _SET_OFF_RELATIVE.finditer(text, left, right)
             if not r.start() <= start < r.end()] \
        if ", which" in segment or ", who" in segment else []
    covered: list[tuple[int, int]] = list(aside)
    weak: tuple[int, str, str] | None = None
    for m in _FUTURE_PHRASE.finditer(text, left, right):
        if m.start() < end and m.end() > start:
            continue
        if aside and any(a <= m.start() < b for a, b in aside):
            continue
        if m.group(0)[:4].lower() == "plan" and _NOUN_MARK_BEFORE.search(
                text, max(left, m.start() - 24), m.start()):
            # "approved Sunak's plan to deport … late Monday": a noun; the clause's verb
            # tells when.
            continue
        covered.append((m.start(), m.end()))
        distance = start - m.end() if m.end() <= start else m.start() - end
        tense = FUTURE
        if _PAST_INTENT.match(m.group(0)) and _HAD_RIGHT_BEFORE.search(
                text, max(left, m.start() - 12), m.start()):
            # "The firm had planned to file in March": a plan overtaken by events.
            tense = PAST
        elif m.start() >= end and _PAST_INTENT.match(m.group(0)):
            # "In a speech late Tuesday, he promised to freeze rents": the time is the
            # promise's, told in the past; after it ("promised to act by March") it is the
            # plan's.
            tense = PAST
        elif m.group(0).lower().startswith("been") and _PAST_PERFECT_PLAN.search(
                text, max(left, m.start() - 12), m.start()):
            tense = PAST
        time_word = _TIME_WORD.match(text, m.end()) \
            if m.group(0).lower() in ("next", "upcoming") else None
        if time_word is not None and not _LISTED.fullmatch(text, time_word.end(), start):
            # "presented its budget for next year on Wednesday": another time's "next" says
            # the clause looks ahead only when no verb says otherwise ("meets next Tuesday
            # and Wednesday": the "next" of both).
            weak = _nearer(weak, (distance, tense, m.group(0)))
        elif m.start() >= split:
            next_clause = _nearer(next_clause, (distance, tense, m.group(0)))
        elif best is None or distance < best[0]:
            best = (distance, tense, m.group(0))
    scheduled = _scheduled_before(text, left, start)
    if scheduled is not None and not in_dated_entry(text, start):
        # "the summit opens on Monday", "the truce expires at midnight on Sunday": a present
        # tense right before the time tells what is scheduled.
        best = (start - scheduled.end(), FUTURE, scheduled.group(1))
    infinitive = _INFINITIVE_BEFORE.search(text, max(left, start - 48), start)
    if infinitive is not None and _RANKED_BEFORE.search(
            text, max(left, infinitive.start() - 40), infinitive.start()):
        # "the first World Cup to be played in November", "the only woman to win in May":
        # an infinitive after a ranking tells what singles the noun out, no plan; the
        # clause's verb decides.
        infinitive = None
    if infinitive is not None:
        # "led NASA to decide in August": what a past cause brought about has happened.
        planned = _PAST_PERFECT_PLAN.search(text, max(left, infinitive.start() - 40),
                                            infinitive.start()) or _CAUSED_BEFORE.search(
            text, max(left, infinitive.start() - 40), infinitive.start()) or (
            infinitive.group(0).split()[1].lower() in _MOVE_NOW
            and _ORDERED_BEFORE.search(text, max(left, infinitive.start() - 24),
                                        infinitive.start())
            and not _UNTIL_BEFORE.search(text, max(0, start - 24), start))
        best = (start - infinitive.end(), PAST if planned else FUTURE,
                infinitive.group(0).strip())
    written = ""
    # The word before this one, or before its adverb in -ly when an auxiliary precedes that:
    # "should be fully restored" is a participle after "be".
    unmodified = before_adverb = ""
    for m in _WORD.finditer(text, left, right):
        if m.start() > 0 and (text[m.start() - 1].isdigit() or m.group(0) == "am"
                              and text[max(0, m.start() - 2):m.start() - 1].isdigit()):
            continue  # "7.30am", "8 am": a clock's "am", no verb
        word, previous_written = m.group(0), written
        if written.endswith("ly") and written.islower() and len(written) > 4 \
                and before_adverb.lower() in _BEFORE_ADVERB:
            # "should be fully restored", "the most closely watched meeting": the word
            # before the adverb decides. (Not an article: "the previously announced pact"
            # still tells of a past.)
            unmodified = before_adverb
        else:
            unmodified = before_adverb = written
        written = word
        opening = False
        if word[0].isupper() and word.endswith("ed") and _opens_sentence(text, m.start(), left):
            # "Asked on Tuesday whether …", "Named on Monday, …": a sentence opening with a
            # participle tells what was done.
            word = word.lower()
            opening = len(word) > 4 and word not in NOT_PAST
        tense = PAST if opening else _word_kind(word)
        if tense is None and word.endswith(("'d", "’d")) and word[0].isalpha():
            # "We'd been planning it all July": "had"; "they'd go in May": "would".
            tense = PAST if _HAD_AFTER.match(text, m.end()) else FUTURE
        if tense is None and m.start() == end + 1 and _third_person_s(word) \
                and _opens_sentence(text, start, left):
            # "Wednesday marks three years since the launch": the time is the subject of a
            # present.
            tense = PRESENT
        if tense is None and previous_written in ("who", "which") and _third_person_s(word):
            # "Brown, who leaves office Jan. 7": a word in -s after a relative pronoun is its
            # verb, in the present.
            tense = PRESENT
        if tense is None:
            continue
        word_start, word_end = m.span()
        if word_start < end and word_end > start:
            continue
        if covered and any(a <= word_start < b for a, b in covered):
            continue
        if tense in (PAST, _CONTEXT) and word_start >= end \
                and _SET_OFF_PASSIVE.match(text, word_end) \
                and (text[max(left, word_start - 2):word_start] == ", "
                     or previous_written.islower() and _is_noun_before(previous_written)
                     and text[word_start - 1:word_start] == " "):
            # "will be held on Thursday, followed by a concert", "heading to Mumbai on
            # Saturday for a forum organised by FICCI": a participle after the time, set off
            # or right after its noun, tells of something else, in no tense of its own.
            continue
        if tense == FUTURE and word.lower() in _PLAN_PARTICIPLES and _HAD_BEEN_BEFORE.search(
                text, max(left, word_start - 32), word_start):
            # "The elections had originally been due in April but were put off": a plan told
            # in the past perfect was overtaken; its time lies behind (`_PAST_PERFECT_PLAN`).
            tense = PAST
        if tense == FUTURE and word.lower() == "coming" \
                and previous_written.lower() not in _BEFORE_COMING:
            # "slammed into the coast Wednesday night, coming ashore at 8:30 p.m.": a
            # participle of "come", not "the coming days".
            continue
        if tense == FUTURE and word.lower() in ("scheduled", "slated") and (
                previous_written.lower() in _ARTICLES or previous_written.endswith(("'s", "’s"))):
            # "ran past the summit's scheduled close on Tuesday": an adjective of the noun;
            # the clause's verb tells when.
            continue
        if tense in (PAST, _CONTEXT) and word_end <= start \
                and text[max(left, word_start - 2):word_start] == ", " \
                and _BY_AFTER.match(text, word_end):
            # "A wake will be held on Monday, followed by a funeral on Tuesday": a participle
            # opening a clause set off by a comma, no verb of the past.
            continue
        if tense == _CONTEXT and word.endswith("ed") and (_COMPLEMENT_BEFORE.search(
                text, max(left, word_start - 48), word_start) or _WITH_BEFORE.search(
                text, max(left, word_start - 32), word_start)):
            # ("with smaller costumed bands": an adjective in a phrase with no verb.)
            # "keeps federal agencies funded until Nov. 17": a participle saying what state
            # the object is kept in, no verb of the past.
            continue
        if tense == _CONTEXT:
            tense = _word_tense(word, unmodified.lower(), unmodified)
            if tense is None:
                continue
        elif tense == PRESENT and previous_written.lower() in _MODALS:
            # "will remain closed on Friday": a plain form after a modal is its infinitive.
            continue
        elif tense == PRESENT and word.lower() in ("has", "have") \
                and _PERFECT_AFTER.match(text, m.end(), right):
            # "This spring has brought a few hopeful signs": a present perfect tells what
            # has happened.
            tense = PAST
        elif word.lower() in _NOUNS_TOO and (
                previous_written.lower() in _DETERMINERS
                or _word_kind(previous_written) == _CONTEXT and previous_written.islower()):
            # "announced its plans for next season on Tuesday", "unveiled plans for a port
            # on Thursday": a noun, no verb.
            continue
        distance = start - word_end if word_end <= start else word_start - end
        if word_end <= start and tense == PAST and word.lower() in _REPORTING \
                and _WOULD_BETWEEN.search(text, word_end, start):
            # "if I said I thought he'd be here on Friday": a saying or a thought reports
            # what would be; its own time is not the reported one's.
            continue
        if word_end <= start and tense == PAST:
            own = _OWN_TIME_NEXT.match(text, word_end, start)
            if own is not None and not _LISTED.fullmatch(text, own.end(), start):
                # "said Wednesday its members would strike from 4 a.m. Friday": the saying
                # has its own time; what was said has the tense of its own verb.
                continue
        if word_start >= end and word.lower() in _SAID_WORDS \
                and "," in text[end:word_start] and _cue_before(text, left, start):
            # "will launch it later this year, most likely in the third quarter, Hale told
            # analysts": an attribution after the time does not date what it attributes, nor
            # does anything told after it ("…, organisers said yesterday").
            break
        if word_start >= end and tense == PAST:
            own = _OWN_TIME_AFTER.match(text, word_end, right)
            if own is not None and own.end() - word_end < distance:
                # "would begin buying bonds starting in January, on top of the bonds they
                # began buying in September": a verb after the time, nearer a time of its
                # own, is that time's.
                continue
        if word.lower() in ("would", "could") or tense == FUTURE and word.endswith(("'d", "’d")):
            # Future in the past, or a possibility: weaker than the verb it depends on.
            distance *= 2
        time_word = _TIME_WORD.match(text, word_end) if word.lower() == "last" else None
        if time_word is not None and not _LISTED.fullmatch(text, time_word.end(), start):
            # "a bus tested last week would run again on Saturday night": the "last" of
            # another time, like its "next".
            weak = _nearer(weak, (distance, tense, m.group(0)))
        elif word_start >= split:
            next_clause = _nearer(next_clause, (distance, tense, m.group(0)))
        elif best is None or distance < best[0]:
            best = (distance, tense, m.group(0))
    if best is None and next_clause is None and right < len(text) \
            and _OPENING_ING.match(text, left) and _opens_sentence(text, left, -1):
        # "Speaking to reporters on Friday, Trump said …": a participle phrase opening the
        # sentence has the tense of the clause it leads into, the saying's when it opens
        # with one ("…, Sunak said the first flights would take off in July").
        comma = text.find(",", end, right + 1)
        saying = _SAYING_OPENS.match(text, comma + 1) if comma != -1 else None
        if saying is not None:
            verb = saying.group("verb")
            return Tense(PRESENT if verb.endswith("s") else PAST, verb)
        found = _tense_with_cue(text, right + 1, right + 1)
        if found.cue:
            return found
    if best is None and next_clause is None and weak is None and left > 0 \
            and text[left - 1] == ":" and left - 1 > start - _WINDOW:
        # "has made two state visits as King: to Germany in March and to France in
        # September": a list after a colon has the tense of the clause it completes.
        found = _tense_with_cue(text, left - 1, left - 1)
        if found.cue:
            return found
    if best is None and next_clause is None and weak is None:
        label = _LABEL_MARK.match(text, end)
        if label is not None and (start == 0 or text[start - 1] == "\n"):
            # "Monday: The prosecution summed up …": a time labelling a line has the tense
            # of what the line tells.
            found = _tense_with_cue(text, label.end(), label.end())
            if found.cue:
                return found
    best = best or next_clause or weak
    until = _UNTIL_BEFORE.search(text, max(0, start - 12), start)
    through = until is not None and until.group("through") is not None
    if best is not None and best[1] == PAST \
            and (modal := _MODAL_BY.search(text, max(0, start - 40), start)) is not None:
        # "results … would be posted by Wednesday": a deadline of what is still to be done,
        # whatever past verb a relative clause before it has.
        return Tense(FUTURE, modal.group(1))
    if best is not None and best[1] == PRESENT and _BEFORE_LIMIT.search(
            text, max(0, start - 8), start) and text[end:end + 2] not in ("'s", "’s"):
        # "there is little relief in sight before Saturday": a limit ahead of a present
        # ("its share before Friday's purchases is below …": a day owned is past).
        return Tense(FUTURE, "before")
    if until is not None and (
            best is None and not through
            or best is not None and not through and (best[1] == PRESENT or _present_perfect(
                text, left, start, best[2]))
            or through and _runs_through(text, left, start, best)):
        # "has until Friday to respond", "the road is closed until Monday", "pricing in a
        # cut by the end of the third quarter": a present state that lasts until a time
        # ahead, or a deadline; so does one a present perfect began ("have
        # cancelled all travel until Thursday"). "Through" needs a present before it ("runs
        # through Monday"; not "has fallen 2.08% this year through Oct. 19, Lipper says").
        return Tense(FUTURE, until.group(0).strip())
    if best is None:
        return Tense(PAST, "")
    return Tense(best[1], best[2])


_kept_tense = per_span_of_last_text(_tense_with_cue)

def _present_perfect(text: str, left: int, start: int, cue: str) -> bool:
    """Whether the past cue `cue`, the last such word before `start`, is a present
    perfect ("have cancelled", "has been suspended")."""
    at = text.rfind(cue, left, start)
    return at >= 0 and (cue.lower() in ("has", "have") or _HAS_RIGHT_BEFORE.search(
        text, max(left, at - 24), at) is not None)


_HAS_RIGHT_BEFORE = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:not|never|already|just|"
                               r"also|now|since|been)\s+)*$", re.IGNORECASE)

#: What follows a passive participle set off by a comma: ", followed by", ", led by".
_SET_OFF_PASSIVE = re.compile(r"\s+by\b")


#: "had imposed", "had already signed": a past perfect verb follows.
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:not|never|already|just|also|earlier|previously)\s+)?$",
                         re.IGNORECASE)
#: Endings of past participles the verb lists do not hold ("had been frozen", "had begun").
_PARTICIPLE_ENDINGS = ("ed", "en", "un", "wn")
#: Past participles with none of those endings and unlike the past ("had lain in state").
_PARTICIPLES_APART = frozenset("lain come become overcome run overrun".split())


_RELATIVE_PRONOUNS = frozenset("which who whom that".split())
#: What opens a relative clause whose own subject follows: "where it had lain", "which they
#: had signed".
_RELATIVE_OPENERS = _RELATIVE_PRONOUNS | {"where"}
_SUBJECT_PRONOUNS = frozenset("it he she they we i you".split())
#: Tense cues that are not verbs ("earlier this month"): a flashback is told by its verbs.
_NOT_VERBS = frozenset("earlier last ago now currently today tomorrow next coming upcoming "
                       "due payable".split())


def in_side_flashback(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] dates a flashback told on the side: the
    nearest verb before it in its clause is in the past perfect, and that verb sits in a
    relative clause ("aid, which had been frozen after a clash on Feb. 28, flowed again") or
    after the clause's own verb ("the army entered the town a week after rebels had seized it
    on May 27"). Such a date says what had happened before the time the story is at and
    does not move the story's clock. A sentence that itself steps back ("Xi had arrived on
    May 7. A day later, …") does: the story goes on from there."""
    if "had" not in text[max(0, start - _WINDOW):start].lower():
        return False  # no past perfect within reach, without finding the clause
    left, _ = _clause_bounds(text, start, end)
    words = list(_WORD.finditer(text, left, start))
    had = _perfect_before(text, words)
    if had is None:
        return False
    if had and words[had - 1].group(0).lower() in _RELATIVE_PRONOUNS:
        return True
    if had > 1 and words[had - 1].group(0).lower() in _SUBJECT_PRONOUNS \
            and words[had - 2].group(0).lower() in _RELATIVE_OPENERS:
        # "carried from Westminster Hall, where it had lain in state since Wednesday".
        return True
    return any(_tense_at(words, i) is not None for i in range(had))


def in_past_perfect(text: str, start: int, end: int) -> bool:
    """Whether the nearest verb before the expression at text[start:end], in its clause, is
    in the past perfect ("Prosecutors had obtained a warrant two days earlier")."""
    if "had" not in text[max(0, start - _WINDOW):start].lower():
        return False
    left, _ = _clause_bounds(text, start, end)
    return _perfect_before(text, list(_WORD.finditer(text, left, start))) is not None


def in_side_relative(text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] dates a relative clause in the simple past
    ("hostages were freed on Monday under a ceasefire that took effect on Friday"): the
    nearest verb before it in its clause is a past right after "that", "which" or "who"."""
    left, _ = _clause_bounds(text, start, end)
    words = list(_WORD.finditer(text, left, start))
    for i in range(len(words) - 1, 0, -1):
        tense = _tense_at(words, i)
        if tense is not None:
            if tense != PAST:
                return False
            # The verb's subject, past any auxiliary: "that took effect", "which was signed";
            # or a short subject after a conjunction of time: "two years after they were
            # seized", "a week after rebel-held towns were shelled".
            j = i - 1
            while j > 0 and words[j].group(0).lower() in _AUXILIARIES:
                j -= 1
            if words[j].group(0).lower() in _RELATIVE_PRONOUNS:
                return True
            for k in range(j, max(-1, j - _SUBJECT_REACH), -1):
                if words[k].group(0).lower() in _TIME_CONJUNCTIONS:
                    return True
                if k < j and _tense_at(words, k) is not None:
                    break
            return False
    return False
#: How many words a subject between such a conjunction and its verb may have.
_SUBJECT_REACH = 5


_AUXILIARIES = frozenset("was were had been".split())
#: Conjunctions that open a clause telling when something else happened.
_TIME_CONJUNCTIONS = frozenset("after before since".split())


def _tense_at(words: list[re.Match[str]], i: int) -> str | None:
    """The tense the i-th of these words gives as a verb, reading the word before it."""
    match = words[i]
    word = match.group(0)
    if word.lower() in _NOT_VERBS or match.string[match.start() - 1:match.start()] == "-":
        # "Hamas-led", "state-owned": the end of a compound adjective is no verb.
        return None
    kind = _word_kind(word)
    if kind != _CONTEXT:
        return kind
    before = words[i - 1].group(0) if i else ""
    return _word_tense(word, before.lower(), before)


def _perfect_before(text: str, words: list[re.Match[str]]) -> int | None:
    """The index of "had" when the last verb of `words` is a past perfect, else None."""
    for i in range(len(words) - 1, -1, -1):
        tense = _tense_at(words, i)
        if tense is None:
            continue
        if tense != PAST:
            return None
        if words[i].group(0).lower() == "had":
            # "had been frozen", "had begun": the participle is not in the verb lists.
            following = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            perfect = following == "been" or following.endswith(_PARTICIPLE_ENDINGS) \
                or following in PAST_VERBS or following in _PARTICIPLES_APART
            return i if perfect else None
        at = words[i].start()
        found = _HAD_BEFORE.search(text, max(0, at - 24), at)
        if found is None:
            return None
        # None when the "had" lies before the clause ("had\nsigned": a line break cuts it).
        return next((j for j in range(i - 1, -1, -1) if words[j].start() == found.start()),
                    None)
    return None


def tense_of(text: str, start: int, end: int | None = None) -> str:
    """"past", "present" or "future" for the expression at text[start:end] (see module doc)."""
    return tense_with_cue(text, start, end).tense
