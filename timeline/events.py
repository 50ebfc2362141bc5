"""From resolved temporal expressions to events: one Event per dated clause.

A clause holding a temporal expression resolved to a calendar date or time becomes an
event; durations, sets and vague references ("recently", "in recent months") do not.
Clauses are cut at `;`, a dash, a comma before a conjunction ("and", "while", "when",
"after" …), after a leading subordinate clause ("Though X did A, Y did B"), and before a
subordinate clause with its own verb and its own date ("… came three days after Trump and
Putin met on Aug. 15" tells two events). Each event has one Mention copied from the
expression, a headline title (`timeline.titles`), the actors named in the clause (a
"he"/"she" subject stands for the most salient person before it), and a stable id: a short
hash of the date value, the sorted actors and the title's content words, so the same input
always gives the same id whatever else is in the corpus.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors import ActorIndex, Reference
from timeline.model import Article, Event, Mention, TimeValue, Timex, granularity_rank
from timeline.temporal.lexicon import expand
from timeline.temporal.tense import CLOSING_BEFORE, DATE_LABEL
from timeline.text import Sentence, split_sentences
from timeline.titles import (
    PERSON_TITLES,
    base_form,
    elliptical_title,
    has_finite_verb,
    is_copular,
    make_title,
    plural_subject,
    plural_verb_after,
    relative_clause_at,
    reports,
    subject_of,
    tells_event,
    third_person,
    trailing_noun_phrase,
)

#: Granularities that place an event on the calendar.
EVENT_GRANULARITIES = frozenset(
    {"time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "range"})

# Alternatives grouped by their first character (the two after a space tried in turn), so
# that most positions fail at once.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:and|but|while|whereas|which|who|whose|where|when|although|though|"
    r"because|as|after|before|since|despite|until)\b)"
    # "while" opens a clause, but "while preparing for the storm" is a phrase of this one.
    r"|\s(?:[–—-]\s|\s*(?=(?:while|whereas)\s(?![a-z]+ing\b)))")
_COLON = re.compile(r":\s+")
#: A subordinate clause set off inside a sentence: ", as offices emptied, …".
_INNER_SUBORDINATE = re.compile(r",\s+(?:as|while|when|because|although|though|once|if)\s+"
                                r"(?![a-z]+ing\b)(?!(?:well|soon|long|much|many|far|expected|"
                                r"usual|ever|always|planned|agreed|announced)\b)")
#: A participle phrase set off by a comma after a short subject ("Council offices, closed
#: since Wednesday"); `_SET_OFF_PARTICIPLE` also wants its closing comma and the main clause
#: going on after it (group 1: the phrase with its commas).
_PARTICIPLE_PHRASE = r",\s+[a-z]+(?:ed|en)\b(?:[^,]|,(?=\d)){0,80}"
_SUBJECT_AND_PARTICIPLE = re.compile(r"\s*[^,]{2,60}?" + _PARTICIPLE_PHRASE)
_SET_OFF_PARTICIPLE = re.compile(r"[^,]{2,60}?(" + _PARTICIPLE_PHRASE + r",)\s+[a-z]")
#: A live report's entry: "9:40 a.m. — Crews have isolated the main …".
_CLOCK_LABEL = re.compile(r"[ \t]*(?:[01]?\d(?::[0-5]\d)?\s*[ap]\.?m\.?|[012]?\d:[0-5]\d)"
                          r"(?:\s+[A-Z]{2,4})?(?P<mark>\s*[-–—:]\s)", re.IGNORECASE)
_OPENING_QUOTES = "“\"‘'"
_JOINED_VERB = re.compile(r"(?<=[\w.%)\"”’]) (and|but) ([a-z]+)\b")
#: What says a reported clause tells of something still to come.
_PLAN = re.compile(r"\b(?:would|will|plans?\s+to|intends?\s+to|was\s+going\s+to)\b")
_REPORTING_PAST = frozenset("said told added announced warned promised pledged vowed".split())
#: A comma and a verb with no subject of its own: the main clause going on after an
#: inserted phrase.
_MAIN_VERB_RESUMES = re.compile(r",\s+(?=(?:had|has|have|was|were|is|are|will|would|could|can)"
                                r"\s+(?:not\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+\b)")
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|until|when|once)\s", re.IGNORECASE)
_LEADING_SUBORDINATE = re.compile(
    r"(?:Though|Although|While|Whereas|Because|Since|As|If|Once|Even though|Despite|Unlike|"
    r"After|Before|Following|Like|Until|When)\b")


def _opening_words(words: Sequence[str]) -> str:
    """An alternation of `words` (regexes, each opening with a letter) where no word character
    precedes them — as `\\b` before them says — grouped by first letter, each group checking
    that once past its letter: the pattern then opens with a set of literal characters,
    which the regex engine scans for quickly instead of trying every place."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(
        f"{first}(?<!\\w{first})" + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()) + ")"


_REPORTED = re.compile(
    _opening_words(["said", "says", r"told\s+\w+", "announced", "added", "wrote"])
    # "said on Tuesday that …", "said last week that …", "said in a statement on Friday
    # that …": the time of the saying may come before "that", and a phrase set off by
    # commas ("said on Tuesday, a day after he died, that …").
    + r"\s+(?:(?:[\w.’'-]+\s+){1,6}?that\s+|(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+,\s+"
      r"(?:[\w.’'-]+\s+){1,8}?[\w.’'-]+,\s+that\s+|that\s+)?")
#: "announced a suspension of the controls it had imposed …": what is announced is a thing,
#: and a verb after it belongs to a clause inside that noun phrase.
_ANNOUNCED_THING = re.compile(r"\W*(?:announced\s+(?:a|an|the|its|their|his|her|new)|"
                              # "a ceasefire announced by Trump": a participle and its agent.
                              r"(?:said|announced|told|added|wrote)\s+by)\s", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,“\"]{0,60},\s*)?(he|she)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"^,?\s*(who|which|that)\b")
#: ", China's foreign ministry said on": a date right after a trailing attribution.
_SAID_BEFORE = re.compile(r",\s+[^,;]{1,60}?\b(?:said|says|told\s+\w+|reported|added|showed|"
                          r"shows)\s+(?:on\s+|late\s+|early\s+|in\s+)?$")
#: ", the city's mayor said": a date after it dates the saying, not the clause before.
_SAID_BETWEEN = re.compile(r",\s+[^,;]{1,60}?\b(?:said|says|told|reported|added)\b")


#: Participles of plans: "the summit planned for Friday" names when it was to be, not when
#: it was planned.
_PLAN_PARTICIPLES = frozenset("scheduled planned expected slated proposed due set "
                              "rescheduled postponed delayed intended".split())


def _is_participle_word(word: str) -> bool:
    """Whether a past form after a noun may tell what was done to it ("agreed", "taken")."""
    return word not in _PLAN_PARTICIPLES and has_finite_verb("it " + word)


def _up_to_comma(sentence: str, start: int, end: int) -> str:
    """sentence[start:end], up to its first comma: a subordinate clause's own words ("after
    months of talks, was signed" ends at the comma; the verb after it is the main one)."""
    comma = sentence.find(",", start, end)
    words = sentence[start:comma if comma != -1 else end]
    for m in _JOINED_VERB.finditer(words):
        if has_finite_verb("it " + m.group(2)):
            # "after the theft and reopened on Wednesday": a verb joined with "and" goes on
            # with the main clause; the subordinate phrase ends before it.
            return words[:m.start()]
    return words


#: A trailing attribution: "…, the US Geological Survey said." Who reports an event is its
#: source, not one of its actors.
_ATTRIBUTION = re.compile(r",\s+(?:[^,;“”\"]{1,60}?)\s+(?:said|says|reported|reports|added|"
                          r"told\s+[\w ]{1,30}?)\s*[.!]?\s*$")
#: A relative clause set off by commas, and words that open a clause of their own.
_COMMA_RELATIVE = re.compile(r"^,?\s*(who|which)\b")
#: A clause set under the one before it: "began at 7.30pm after the temperature reached 39
#: degrees during the afternoon, and finished …" goes on with the main clause's subject
#: (after a pronoun, "…, shortly after he took over the books, and carried on", with the
#: pronoun's).
_SUBORDINATE = re.compile(r"^,?\s*(?:\w+ly\s+)?(?:after|before|when|while|because|since|until|"
                          r"although|though|once|whereas)\s+(?!(?:he|she|they|it|we|i)\b)",
                          re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"(?:where|when|while|whereas|which|who|that|and|but|as|after|before|"
                           r"since|until|because|although|though|if)\b")
_RESTRICTIVE = re.compile(r"(?<=[a-z] )(?:that|which|who)\s")
#: A past participle right after a lowercase noun: "a truce agreed on Wednesday".
_REDUCED_PARTICIPLE = re.compile(r"(?<=[a-z] )([a-z]{3,}(?:ed|en))\s")
#: What may stand between such a participle and its date: nothing, or a preposition.
_PREPOSITION_ONLY = re.compile(r"\s*(?:(?:on|in|at|during|by)\s+)?")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s")
#: The word right after a date, when it may be a verb ("… on Friday rose …").
_VERB_AFTER_DATE = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\b")
#: ", agreed in January," after a subject: a past participle phrase between commas.
#: (A comma inside a number, "1,100", closes nothing.)
_PARTICIPLE_APPOSITION = re.compile(r"(?<=\w),\s+(?P<verb>[a-z]{3,}(?:ed|en))\b"
                                    r"(?:[^,;]|,(?=\d)){0,80},")
#: A clause that is such a participle phrase ("agreed in January").
_PARTICIPLE_OPEN = re.compile(r"(?:first\s+|later\s+|originally\s+)?[a-z]{3,}(?:ed|en)\b")
#: ", first proposed by …", ", signed in 2019": a past participle phrase after a comma,
#: its agent or place right after it.
_TRAILING_PARTICIPLE = re.compile(
    r"(?<=[a-z]),\s+(?=(?:first\s+|later\s+|originally\s+)?[a-z]{3,}ed\s+"
    r"(?:by|in|at|on|during)\b)")
_WORD = re.compile(r"[a-z0-9]+")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_COMMA = re.compile(r",\s")
#: A place and its region or country set off by commas: "Kourou, French Guiana," (group 1:
#: from the first comma to the second, which closes it).
_PLACE_APPOSITION = re.compile(r"\b[A-Z][\w'’.-]*(,\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,)")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: "since reunification in 1990", "since the Alaska summit in August": an event named by a
#: noun phrase (no verb in it) and dated after it.
_SINCE_PHRASE = re.compile(r"\bsince\s+((?:[\w’'-]+\s+){1,5}?)(?:in|on|of)\s+$", re.IGNORECASE)
_NOT_NOUNS = frozenset("""he she it they we i you was were is are be been being had has have
did does do took made came went began won lost held who which that""".split())
_COMMA_WHEN = re.compile(r"\s*,\s*when\b")
_WHEN_CLAUSE = re.compile(r"[\s,]*when\s+")
_WHICH_CLAUSE = re.compile(r"(?:which|that|who)\s+\w")
#: Nouns of periods, which begin and end ("the fiscal year"; not "Thursday").
_PERIOD_NOUN = re.compile(r"\b(?:year|quarter|month|week|season|half|decade|term|period|"
                          r"session|winter|summer|spring|autumn|fall)\b", re.IGNORECASE)
#: "which ends in May", "which began in March": what a period does.
_PERIOD_WHICH = re.compile(r"(?:which|that)\s+(?:(?:will|would)\s+)?(?:begin|began|begun|"
                           r"begins|start|starts|started|end|ends|ended|run|runs|ran|last|"
                           r"lasts|lasted|close|closes|closed|expire|expires|expired)\b")
#: A clause that opens with its modal, no subject of its own.
_MODAL_START = re.compile(r"(?:would|will|could|might|should)\s+[a-z]")
#: "… that she said", "… which officials said": a relative pronoun, then a saying.
_THAT_SAID_END = re.compile(r"\s+(?:that|which)\s+(?:he|she|they|it|we|officials|[A-Z][a-z]+)"
                            r"\s+(?:said|says|added|believed|hoped|expected)\s*$")
#: "… and would stay high": a joined verb group that goes on with what was said.
_MODAL_JOINED = re.compile(r"(?:and|but)\s+(?:would|could|might|should)\b")
#: A verb of saying and the reported clause it opens, without "that" or with it.
_SAID_THEN_CLAUSE = re.compile(r"\b(?:said|says|added|warned|told\s+[\w.]+)\s+(?:that\s+)?")
_JOINED_CLAUSE = re.compile(r"(?:and|but|or|yet|then)\s+[a-z]|(?:after|before)\s+[a-z]{3,}ing\b")
#: "before heading to Mumbai …": a clause opening with a gerund after "after"/"before".
_GERUND_LEAD = re.compile(r"(?:after|before)\s+[a-z]{3,}ing\s+(?:to|the|a|an|his|her|its|their|"
                          r"for|with|on|in|at|into|from|out|up|back|down|off|over|that|she|he|"
                          r"they|it)\b")
#: "a day after scrapping the summit": a clause told with a gerund, its subject shared.
_GERUND = re.compile(r"[a-z]{3,}ing\s+(?:the|a|an|his|her|its|their|[a-z]+)\b")
_POSSESSIVE = re.compile(r"['’]s\s+")
_STOPWORDS = frozenset(
    "a an the of to in on at for with and or but by from as is are was were be been has have "
    "had will would that this it its his her their they he she we says said say".split())


def is_eventful(timex: Timex) -> bool:
    """True when a temporal expression dates something (a day, a month, a year …)."""
    value = timex.value
    return (value is not None and value.is_dated
            and value.granularity in EVENT_GRANULARITIES)


def title_key(title: str) -> str:
    """The content words of a title, lowercased and sorted: what an id depends on."""
    words = {w for w in _WORD.findall(title.lower()) if w not in _STOPWORDS}
    return " ".join(sorted(words))


def event_id(value: str, actors: Sequence[str], title: str) -> str:
    """A short stable id from the date value, the actors (any order) and the title words."""
    key = "\x1f".join([value, "|".join(sorted(actors)), title_key(title)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def clauses(sentence: str, protected: Sequence[tuple[int, int]] = (),
            dated: Sequence[tuple[int, int]] = (),
            extra_cuts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Clause spans of a sentence; never cut inside quotes or `protected` spans.

    `dated` are the spans of dated expressions: a subordinate clause ("after Trump and Putin
    met …", "since Russia invaded …") is cut off when it has its own verb and holds one.
    """
    keep = [*_quoted_spans(sentence), *protected]
    cuts: set[int] = set(extra_cuts)
    if _LEADING_SUBORDINATE.match(sentence):
        # "Though X did A, Y did B": the leading subordinate clause ends at its first comma.
        places = [m.span(1) for m in _PLACE_APPOSITION.finditer(sentence)]
        comma = next((m.start() for m in _COMMA.finditer(sentence)
                      if not _inside(m.start(), keep) and not _inside(m.start(), places)),
                     None)
        if comma is not None and not (
                any(s == 0 and e >= comma - 1 for s, e in dated)
                and any(s > comma for s, _ in dated)):
            # "Before the talks, Putin warned on Tuesday": a lead-in that is a time phrase
            # and nothing else is no clause of its own when the rest has a date.
            cuts.add(comma)
    # "Feb. 12 - Trump and Putin speak by phone": the dash after a date label opens what
    # happened on that date, not a clause of its own.
    label = DATE_LABEL.match(sentence) or _CLOCK_LABEL.match(sentence)
    label_mark = label.start("mark") if label else -1
    for m in _CLAUSE_BREAK.finditer(sentence):
        if not _inside(m.start(), keep) and m.start() > 0 and m.start() != label_mark:
            cuts.add(m.start())
    for m in _INNER_SUBORDINATE.finditer(sentence):
        # "On Monday, as talks resumed, the rouble rose": the subordinate clause ends at its
        # comma when the main clause follows it.
        close = _closing_comma(sentence, m, keep)
        if close is None:
            continue
        following = min((c for c in cuts if c > close), default=len(sentence))
        # Both sides have their verb: not the comma of a list ("when Putin, Xi and Kim met").
        if has_finite_verb(sentence[m.end():close]) \
                and has_finite_verb(sentence[close + 1:following]) \
                and not _JOINED_CLAUSE.match(sentence[close + 1:following].lstrip()):
            cuts.add(close)
    for m in _COLON.finditer(sentence):
        # "the plan had collapsed: Rubio and Lavrov held a call on Oct. 20 …": a colon
        # between two clauses, each with its verb (not one opening a quote or a list).
        at = m.start()
        if not _inside(at, keep) and has_finite_verb(sentence[:at]) \
                and has_finite_verb(sentence[m.end():m.end() + 80]) \
                and sentence[m.end():m.end() + 1] not in _OPENING_QUOTES:
            cuts.add(at)
    if dated:
        _cut_around_dates(sentence, keep, dated, cuts)
    opening = _opening_participle(sentence, keep, dated)
    if opening is not None:
        # "Born in Lagos on 9 May 1932, Okafor-Lind moved to London": the dated participle
        # phrase tells an event of the main clause's subject, not the main clause's date.
        # (Cut last: the cuts above read its date as the main clause's first one, so that
        # "Launched on Aug. 29, the probe spent … and entered orbit on Saturday" is cut
        # before "and".)
        cuts.add(opening)
    bounds = [0, *sorted(cuts), len(sentence)]
    spans = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        while start < end and sentence[start] in " ,;–—-":
            start += 1
        if sentence[start:end].strip(" ,.;"):
            spans.append((start, end))
    return spans


#: A sentence opening with a past participle and a preposition: "Born in Lagos …",
#: "Founded in 1958 …", "Arrested on Monday, …".
_OPENING_PARTICIPLE = re.compile(r"(?:(?:First|Originally|Later)\s+(?=[a-z])|(?=[A-Z]))"
                                 r"(?P<verb>[Bb]orn|[A-Za-z][a-z]{2,}(?:ed|en))\s+"
                                 r"(?:in|on|at|by|as|from|during|last|this|to)\b")
#: Participles of saying and asking: "Asked on Tuesday whether …, Trump said" tells the
#: main clause's moment, no event of its own.
_SAYING_OPENERS = frozenset("asked pressed questioned interviewed contacted reached told "
                            "quoted cited approached challenged".split())


def _opening_participle(sentence: str, keep: Sequence[tuple[int, int]],
                        dated: Sequence[tuple[int, int]]) -> int | None:
    """The comma closing an opening participle phrase that holds a date, when a clause with
    its own verb follows ("Elected in 2019, the mayor has promised …"); None otherwise."""
    m = _OPENING_PARTICIPLE.match(sentence)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb in _SAYING_OPENERS or verb != "born" and not tells_event(verb):
        return None
    comma = next((c.start() for c in _COMMA.finditer(sentence, m.end())
                  if not _inside(c.start(), keep)), None)
    if comma is None or not any(e <= comma for _, e in dated):
        return None
    rest = _up_to_comma(sentence, comma + 1, len(sentence))
    # A subject opens what follows: a name or a determiner ("the mayor"), not a list item.
    if not has_finite_verb(rest) and _SUBJECT_OPENS.match(rest) is None:
        return None
    return comma


_SUBJECT_OPENS = re.compile(r"\s*(?:(?:the|a|an|its|his|her|their)\s+[a-z]|(?P<name>[A-Z][\w’'-]+"
                            r"(?:\s+[A-Z][\w’'-]+)*)\s+(?:(?:now|also|still|[a-z]+ly)\s+)?"
                            r"[a-z]+s\b)")


def _time_subject(clause: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a time phrase that is its clause's subject: it opens the clause, or
    follows a short lead-in and its comma, names a period without a preposition ("this
    year", "Next year", "The previous month"), and a verb follows at once. None otherwise."""
    if start < 0 or end > len(clause):
        return None
    if _PERIOD_SUBJECT.match(clause, start, end) is None \
            and not _NAMED_DAY_SUBJECT.fullmatch(clause, start, end):
        return None
    before = clause[:start].strip()
    if before and before.lower() not in _CONJUNCTIONS_BEFORE_SUBJECT \
            and not _SAID_BEFORE_SUBJECT.search(before) and (
                not before.endswith(",") or len(before.split()) > 4 or has_finite_verb(before)):
        return None
    word = _NEXT_WORD.match(clause, end)
    if word is None or not has_finite_verb("it " + word.group(1)):
        return None
    return start, end


#: Words that open a clause before its subject: "after the previous month had brought …".
_CONJUNCTIONS_BEFORE_SUBJECT = frozenset(
    "after before when as since until while because once although though".split())
#: A saying right before a reported clause's subject: "Police said New Year's Eve had been …".
_SAID_BEFORE_SUBJECT = re.compile(r"\b(?:said|says|say|added|noted|reported)(?:\s+that)?$",
                                  re.IGNORECASE)
#: A day by its name ("New Year's Eve", "Christmas Day", "Monday"), no preposition before it.
_NAMED_DAY_SUBJECT = re.compile(r"(?:[A-Z][\w'’]*\s+){0,3}(?:Eve|Day|Monday|Tuesday|Wednesday|"
                                r"Thursday|Friday|Saturday|Sunday)")
#: A period named as a noun phrase: "this year", "Next year", "the previous month".
_PERIOD_SUBJECT = re.compile(r"(?:this|next|last|the\s+(?:previous|following|past|coming))\s+"
                             r"(?:year|month|week|spring|summer|autumn|fall|winter|quarter|"
                             r"season|decade)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _closing_comma(sentence: str, m: re.Match[str], keep: Sequence[tuple[int, int]]
                   ) -> int | None:
    """Where the clause that `m` opens ends at a comma outside `keep`; None if `m` lies
    inside `keep` or no such comma follows."""
    if _inside(m.start(), keep):
        return None
    return next((c.start() for c in _COMMA.finditer(sentence, m.end())
                 if not _inside(c.start(), keep)), None)


def _cut_around_dates(sentence: str, keep: list[tuple[int, int]],
                      dated: Sequence[tuple[int, int]], cuts: set[int]) -> None:
    """The cuts of `clauses` that only a dated expression makes, added to `cuts`."""
    for m in _RELATIVE_OPEN.finditer(sentence):
        # "Ortberg, who became chief executive in August, said on Monday night …": when both
        # the relative clause and the rest hold a date, the relative clause ends at its comma
        # and the rest is a clause of its own (its subject is the head before "who").
        close = _closing_comma(sentence, m, keep)
        if close is None:
            continue
        later = [s for s, _ in dated if s > close]
        # "Trump, who had endorsed Cuomo, threatened last month to …": with the date after
        # the relative clause only, the rest is cut off all the same, so that the relative
        # clause's verb does not title it.
        if later and has_finite_verb("he " + sentence[close + 1:min(later)]):
            cuts.add(close)
    for m in _PARTICIPLE_APPOSITION.finditer(sentence) if len(dated) > 1 else ():
        # "A truce, agreed in January, collapsed in March": a participle phrase set off
        # after the subject, with a date of its own, tells an event of its own when the
        # rest of the clause has a date too.
        close = m.end() - 1
        if _inside(m.start(), keep) or any(m.start() < c <= close for c in cuts):
            continue
        inner = [s for s, _ in dated if m.end(1) <= s < close]
        later = [s for s, _ in dated if s > close]
        if inner and later and has_finite_verb("it " + sentence[close + 1:min(later)]):
            cuts.update((m.start(), close))
    for m in _JOINED_VERB.finditer(sentence) if len(dated) == 1 else ():
        # "Trump called the talks amazing and said he would visit China in April": a date
        # told only after a joined reporting verb dates what is reported, not the first verb.
        at = m.start(1)
        reported_plan = m.group(2) in _REPORTING_PAST and _PLAN.search(sentence, at,
                                                                        dated[0][0])
        # "They asked the Commission for options and will return to it in December": the
        # plan's date dates the plan.
        plan = m.group(2) in ("will", "would")
        if (reported_plan or plan) and not _inside(at, keep) \
                and dated[0][0] > at and not any(at < c < dated[0][0] for c in cuts) \
                and has_finite_verb(sentence[:at]):
            cuts.add(at)
    for m in _JOINED_VERB.finditer(sentence) if len(dated) > 1 else ():
        # "The deal was reached last week and approved by the cabinet early Friday": a second
        # verb with a date of its own tells a second event, comma or not.
        at = m.start(1)
        lo = max((c for c in cuts if c < at), default=0)
        hi = min((c for c in cuts if c > at), default=len(sentence))
        if any(lo <= s < at for s, _ in dated) and any(
                at < s < hi and not _SAID_BETWEEN.search(sentence, at, s) for s, _ in dated) \
                and not _inside(at, keep) and has_finite_verb("it " + m.group(2)) \
                and has_finite_verb(sentence[lo:at]):
            cuts.add(at)
    for m in _SUBORDINATOR.finditer(sentence):
        at = m.start()
        # A cut right before a protected span ("since Trump took office" as an expression
        # of its own) does not cut it.
        if any(s < at < e for s, e in keep) or at == 0:
            continue
        after = [s for s, _ in dated if s > at and not any(at < c < s for c in cuts)]
        if not after or not has_finite_verb(_up_to_comma(sentence, at, min(after))):
            continue
        # "The package, the 19th since Moscow launched its invasion in February 2022,
        # had been held up …": the subordinate clause ends where the main verb resumes.
        resumed = _MAIN_VERB_RESUMES.search(sentence, min(after))
        lo = max((c for c in cuts if c < at), default=0)
        if resumed is None and not has_finite_verb(sentence[lo:at]):
            # "A hearing before the commission is set for Tuesday": no verb before the word
            # and none resuming after: a preposition inside the subject, before the main verb.
            continue
        cuts.add(at)
        if resumed is not None and not _inside(resumed.start(), keep) and not any(
                min(after) < c < resumed.start() for c in cuts):
            cuts.add(resumed.start())
    for m in _REDUCED_PARTICIPLE.finditer(sentence) if len(dated) > 1 else ():
        # "A 48-hour truce agreed on Wednesday collapsed on Friday": a participle phrase
        # right after the subject's noun, with a date of its own, ends where the main verb
        # follows that date, when the main clause has a date of its own too.
        at = m.start(1)
        first = min((d for d in dated if d[0] >= m.end(1)), default=None)
        if first is None or not _PREPOSITION_ONLY.fullmatch(sentence, m.end(1), first[0]) \
                or _inside(at, keep) or any(at <= c <= first[1] for c in cuts) \
                or has_finite_verb(sentence[:at]) or not _is_participle_word(m.group(1)):
            continue
        resumed = _VERB_AFTER_DATE.match(sentence, first[1])
        # The verb right after the date ("… on Wednesday collapsed"), not a conjunction: in
        # "The talks stalled in May and resumed in June" "stalled" is the verb.
        if resumed is None or not has_finite_verb("it " + resumed.group(1).split()[0]) \
                or not any(s > resumed.start(1) for s, _ in dated):
            continue
        cuts.update((at, resumed.start(1)))
    for m in _RESTRICTIVE.finditer(sentence):
        # "The death toll from the quake that struck on Friday rose above 2,000 on Monday": a
        # relative clause inside the subject, with a date of its own, ends where the main
        # verb follows that date; the main clause has a date of its own after it.
        at = m.start()
        first = min((d for d in dated if d[0] > at), default=None)
        if first is None or _inside(at, keep) or "," in sentence[at:first[0]] \
                or any(at <= c <= first[1] for c in cuts) \
                or not relative_clause_at(sentence[max(0, at - 40):at],
                                          sentence[m.end():m.end() + 60]) \
                or has_finite_verb(sentence[:at]):
            continue
        resumed = _VERB_AFTER_DATE.match(sentence, first[1])
        if resumed is None or not has_finite_verb("it " + resumed.group(1)) \
                or not any(s > resumed.end() for s, _ in dated):
            continue
        cuts.update((at, resumed.start(1)))
    for m in _RESTRICTIVE.finditer(sentence):
        # "Schumer demanded an extension of subsidies that expire at the end of the year":
        # when the only date of a clause is in a relative clause, it dates that clause's
        # event (the subsidies expire), not the main clause's (the demand).
        # With a date of its own before "that" ("freed prisoners the same day under a truce
        # that took effect on Friday"), the main clause is cut off from it as well.
        at = m.start()
        lo = max((c for c in cuts if c < at), default=0)
        hi = min((c for c in cuts if c > at), default=len(sentence))
        if not any(m.end() <= s < hi for s, _ in dated):
            continue
        if not _inside(at, keep) and relative_clause_at(sentence[max(0, at - 40):at],
                                                        sentence[m.end():m.end() + 60]) \
                and has_finite_verb(sentence[lo:at]) and not reports(sentence[lo:at]):
            cuts.add(at)
    for m in _TRAILING_PARTICIPLE.finditer(sentence):
        # "More than 80 countries had backed the roadmap, first proposed by Lula on Nov. 10":
        # a participle phrase after the object, holding the only date of its clause, dates
        # what was done to that object.
        at = m.start()
        lo = max((c for c in cuts if c < at), default=0)
        hi = min((c for c in cuts if c > at), default=len(sentence))
        if _inside(at, keep) or any(lo <= s < at for s, _ in dated) \
                or not any(at < s < hi for s, _ in dated) or not has_finite_verb(sentence[lo:at]):
            continue
        if _SUBJECT_AND_PARTICIPLE.fullmatch(sentence, lo, at):
            # "The ministers, pressed by farmers, agreed on Friday": what came before is the
            # subject and a participle set off after it; the verb after the comma is the main
            # one, not a participle of the object.
            continue
        cuts.add(at)
    for m in _REPORTED.finditer(sentence):
        # "Earlier today, he said he will speak with Putin on Monday": the reported clause
        # has its own date and tells its own event.
        at = m.end()
        if _inside(m.start(), keep) or _ANNOUNCED_THING.match(sentence, m.start(), at + 12):
            continue
        # The saying's own date comes before a phrase set off by commas, if there is one.
        comma = sentence.find(",", m.start(), at)
        head = comma if comma >= 0 else at
        before = [s for s, _ in dated if s < head and not any(s < c < head for c in cuts)]
        after = [s for s, _ in dated if s > at and not any(at < c < s for c in cuts)]
        if before and after and has_finite_verb("so " + sentence[at:min(after)]):
            cuts.add(at)


#: A person the actor list does not know, named after a title or a role ("Prime Minister
#: Andrew Holness", "chief executive Kelly Ortberg", "Mrs. Okafor") or before an age or a
#: "who" clause ("Kelly Ortberg, who …", "Ana Ruiz, 54, …").
_TITLED = re.compile(
    r"\b(?P<title>"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+")
               for t in sorted(PERSON_TITLES, key=len, reverse=True))
    + r")\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?![\w'’-])")
_APPOSED = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*),\s+(?:who\b|\d{1,3},)"
                      # "Combs, 55, …": one name with an age is a person too.
                      r"|\b(?P<one>[A-Z][a-z][\w'’-]*),\s+\d{1,3},\s")
#: Titles that name one person by a single name, and those that say "he" or "she".
_ONE_NAME_TITLES = frozenset("mr. mrs. ms. dr. pope king queen prince princess".split())
_SHE_TITLES = frozenset("mrs. ms. queen princess spokeswoman chairwoman".split())
_HE_TITLES = frozenset("mr. king prince pope spokesman chairman".split())


#: "It" opening a clause as the subject of a verb that tells an event; not the empty "it"
#: of "It was not clear …", "It took three days to …", "It remains unclear …".
_IT_OPENS = re.compile(
    r"It\s+(?:also\s+|then\s+|later\s+)?(?:(?P<modal>will|would)\s+(?:also\s+)?)?"
    r"(?!(?:is|was|isn't|wasn't|has|had|will|would|could|be|take|seem|become|remain|mean|"
    r"may|might|seems?|seemed|appears?|appeared|remains?|remained|takes?|took|becomes?|became|"
    r"emerged|means?|meant|makes?|made|helps?|helped|happened|matters?|follows?|followed|"
    r"comes?|came|goes|went)\b)(?P<verb>[a-z]+)\b")
_THE_NOUN_OPENS = re.compile(r"The\s+[a-z]")
#: A clause without its verb: "and again in Istanbul on Thursday".
_ELLIPSIS = re.compile(r",?\s*(?:and|but)\s+(?:again|then|later|also)\s+(?:in|on|at)\b")
_THEY_OPENS = re.compile(r"They\s+(?:also\s+|then\s+|later\s+)?(?:will\s+|would\s+)?[a-z]+")
#: Two people told of together after being named: "the two leaders", "both men".
_TWO_LEADERS = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|presidents|men|heads\s+of"
                          r"\s+state)\b")


class _Salience:
    """The person a "he" or "she" most likely stands for, sentence by sentence.

    Known people (the actor list) come with their pronoun. A person it does not know,
    recognised by a title or an apposition, stands for the pronoun its title says, or, with
    none, for "he" or "she" when no one else does: "Kelly Ortberg, who became chief executive
    in August, … He will visit the factory" titles "Kelly Ortberg to visit factory". Such a
    person names titles only; the event's actors stay those of the list."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.last: dict[str, str] = {}
        self.anyone: str | None = None
        self.previous = ""  # the sentence before
        #: People named in full so far whose short name is no alias of its own ("Kim" of
        #: "Kim Jong Un"): after the full name, the short one means them in this article.
        self.named: dict[str, str] = {}
        #: People named so far, the most recently named last.
        self.people: list[str] = []

    def persons(self, text: str, refs: Sequence[Reference]) -> dict[str, str]:
        """The first person of each pronoun mentioned outside quotes in `text`."""
        quoted = _quoted_spans(text)
        found: dict[str, str] = {}
        for ref in refs:
            actor = self.index.actor(ref.name)
            if actor is None or actor.kind != "person" or _inside(ref.start, quoted):
                continue
            found.setdefault(actor.pronoun or "he", ref.name)
        return found

    def unknown_persons(self, text: str) -> tuple[dict[str, str], str | None]:
        """People the actor list does not know, named in `text`: by the pronoun their title
        gives, and the last one whose title gives none."""
        found: dict[str, str] = {}
        anyone = None
        named = [(m.start("name"), m.group("name"), m.group("title").lower())
                 for m in _TITLED.finditer(text)]
        named += [(m.start(), m.group("name") or m.group("one"), "" if m.group("name") else "age")
                  for m in _APPOSED.finditer(text)]
        if not named:
            return found, anyone  # most sentences: no quotes to find
        quoted = _quoted_spans(text)
        for at, name, title in sorted(named):
            if _inside(at, quoted) or self.index.canonical(name) is not None:
                continue
            if " " not in name and title not in _ONE_NAME_TITLES and title != "age":
                continue
            if title in _SHE_TITLES:
                found.setdefault("she", name)
            elif title in _HE_TITLES:
                found.setdefault("he", name)
            else:
                anyone = name
        return found, anyone

    def pronouns(self, before: dict[str, str], guess: bool = True) -> dict[str, str]:
        """Pronoun → canonical name: earlier in the sentence first, then previous sentences;
        with `guess`, a person whose title says no pronoun stands for either."""
        fallback = {"he": self.anyone, "she": self.anyone} if self.anyone and guess else {}
        return {**fallback, **self.last, **before}

    def they(self, clause: str) -> str:
        """What a "They" opening `clause` stands for: the plural subject of the sentence
        before ("European Union leaders failed … They asked …"), or ""."""
        if not _THEY_OPENS.match(clause) or not self.previous:
            return ""
        subject = subject_of(self.previous)
        if not subject or subject.lower() == "they" or len(subject.split()) > 5 \
                or not plural_subject(subject):
            return ""
        return subject

    def it(self, clause: str) -> str:
        """What an "It" opening `clause` stands for: the subject of the sentence before
        when that is "the" and a singular noun ("The museum was closed … It reopened"); ""
        for none, or for an "It" that stands for nothing ("It was not clear …")."""
        opens = _IT_OPENS.match(clause)
        if opens is None or not _THE_NOUN_OPENS.match(self.previous) \
                or not (opens.group("modal") or tells_event(opens.group("verb"))):
            return ""  # "It will hold its conference", "It reopened"
        subject = subject_of(self.previous)
        if not subject[:1].islower() or len(subject.split()) > 4 or plural_subject(subject):
            return ""
        return subject

    def short_names(self, sentence: str, refs: list[Reference]) -> list[Reference]:
        """`refs` and the short names of people named in full before ("Kim")."""
        if not self.named:
            return refs
        extra = [Reference(m.start(), m.end(), name, short)
                 for short, name in self.named.items()
                 for m in _whole_word(short).finditer(sentence)
                 if not any(r.start <= m.start() < r.end for r in refs)]
        return sorted([*refs, *extra], key=lambda r: r.start) if extra else refs

    def note_full_names(self, refs: Sequence[Reference]) -> None:
        for r in refs:
            actor = self.index.actor(r.name)
            if actor is None or actor.kind != "person":
                continue
            if actor.short not in actor.aliases:
                self.named[actor.short] = actor.name
            if actor.name in self.people:
                self.people.remove(actor.name)
            self.people.append(actor.name)

    def pair(self) -> tuple[str, str] | None:
        """The two people named last, in the order the text named them: whom "the two
        leaders" stands for."""
        return (self.people[-2], self.people[-1]) if len(self.people) >= 2 else None

    def update(self, sentence: str, found: dict[str, str]) -> None:
        self.previous = sentence
        # A sentence whose subject is "he" keeps the same "he" in focus.
        subject = _PRONOUN_SUBJECT.match(sentence)
        unknown, anyone = self.unknown_persons(sentence)
        found = {**unknown, **found}
        if subject:
            found = {k: v for k, v in found.items() if k != subject.group(1).lower()}
            anyone = None
        self.last.update(found)
        if anyone is not None:
            self.anyone = anyone


def extract_events(article: Article, timexes: Sequence[Timex], actors: ActorIndex) -> list[Event]:
    """Events of one article, in text order, one Mention each."""
    return extract_all(article, timexes, actors)[0]


def extract_all(article: Article, timexes: Sequence[Timex],
                actors: ActorIndex) -> tuple[list[Event], list[Event]]:
    """The events of one article, and its undated tellings.

    An undated telling is a clause with no dated expression that still says when, vaguely:
    a vague expression ("have previously touted …" → PAST_REF) or a future cue ("where he
    will meet Xi" → FUTURE_REF). It never makes an event of its own: merging may join it to
    the dated event it tells (`timeline.merge.attach_undated`), as one more mention.
    """
    events: list[Event] = []
    undated: list[Event] = []
    salience = _Salience(actors)
    seen: set[str] = set()
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    starts = [t.start for t in ordered]
    # An expression ending in a sentence starts in it too, unless it ends before it starts.
    spans_forward = all(t.start <= t.end for t in ordered)
    for sentence in split_sentences(article.text):
        dateline = _DATELINE.match(sentence.text)
        if dateline is not None and not actors.references(
                _DATELINE_PLACE.split(dateline.group(0), 1)[0], None):
            # ("NATO — the alliance …" names an actor, not where the report was filed.)
            # "WASHINGTON, Oct 22 (Reuters) - The United States …": where and when the
            # report was filed, not part of what it tells.
            sentence = Sentence(sentence.start + dateline.end(), sentence.end,
                                sentence.text[dateline.end():])
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_right(starts, sentence.end) if spans_forward else len(ordered)
        inside = [t for t in ordered[first:last] if t.end <= sentence.end
                  and not _inside_word(article.text, t)]
        dated = [t for t in inside if is_eventful(t) and not _since(article.text, t)
                 # "a premium to the closing price on Friday": which price, no event.
                 and not CLOSING_BEFORE.search(article.text, max(0, t.start - 40), t.start)]
        refs = actors.references(sentence.text, article.published)
        if not _is_dateline(sentence.text):
            found = _sentence_events(article, sentence, inside, dated, actors, salience)
            for event in found:
                target = undated if event.when.start is None else events
                if event.id in seen:
                    continue
                seen.add(event.id)
                target.append(event)
        salience.note_full_names(refs)
        salience.update(sentence.text, salience.persons(sentence.text, refs))
    return events, undated


def _sentence_events(article: Article, sentence: Sentence, inside: Sequence[Timex],
                     dated: Sequence[Timex], actors: ActorIndex,
                     salience: _Salience) -> list[Event]:
    """The dated events of a sentence, then its undated tellings."""
    text = sentence.text
    if not inside and _FUTURE_CUE.search(text) is None:
        # Nothing dates any clause, not even vaguely (`_vague_cue`): no need to cut it.
        return []
    # Durations and sets stay in titles ("for 30 days"); dates and vague times go. An
    # unresolved expression stays too: it is often the name of an event ("the Oval Office
    # confrontation") that the title needs.
    cut = [t for t in inside if t.value is not None and t.type in ("DATE", "TIME")]
    spans = [(_period_end_start(text, t.start - sentence.start), t.end - sentence.start)
             for t in cut]
    # Calendar expressions, unlike event-relative ones ("after the Oval Office
    # confrontation"), never name an event a title may need.
    calendar = [span for span, t in zip(spans, cut, strict=True) if t.kind != "event"]
    dated_spans = [(t.start - sentence.start, t.end - sentence.start) for t in dated]
    measured = _measured_clauses(text, inside, sentence.start) if dated else []
    parts = clauses(text, spans, dated_spans, [m[0] for m in measured])
    chosen: dict[int, Timex] = {}
    # The most precise expression of a clause dates it ("after the summit, on Feb. 28").
    # A period's end ("the quarter ended Sept. 30") names the period, not when the clause's
    # event happened: any other date of the clause comes first.
    # So does the date of a trailing attribution ("Xi will visit in 2026, the ministry said
    # on Saturday": the visit, not the saying).
    for timex in sorted(dated, key=lambda t: (
            _period_end_start(text, t.start - sentence.start) < t.start - sentence.start
            or _SAID_BEFORE.search(text, max(0, t.start - sentence.start - 80),
                                   t.start - sentence.start) is not None,
            granularity_rank(t.value.granularity), t.start)):
        offset = timex.start - sentence.start
        which = next((i for i, (s, e) in enumerate(parts) if s <= offset < e), None)
        if which is not None:
            which = _trailing_date_owner(text, parts, which, offset,
                                         timex.end - sentence.start)
            which = _leading_date_owner(text, parts, which, offset, timex.end - sentence.start,
                                        dated_spans)
        if which is not None and which not in chosen:
            chosen[which] = timex
    for at, lo, hi, step, approx in measured:
        # "passed the bill on Wednesday, two days after the Senate approved it": the Senate's
        # vote is dated by the clause it is measured from.
        which = next((i for i, (s, e) in enumerate(parts) if s == at), None)
        if which is None or which in chosen or which - 1 not in chosen:
            continue
        # It is measured from the date told right before it, which need not be the one that
        # dates the clause before: "X will be buried on Saturday, the Vatican said on
        # Tuesday, a day after he died" counts from Tuesday.
        base = max((t for t in dated
                    if parts[which - 1][0] <= t.start - sentence.start
                    and t.end - sentence.start <= lo), key=lambda t: t.start,
                   default=chosen[which - 1])
        found = _measured_timex(base, text[lo:hi], sentence.start + lo, step, approx)
        if found is not None:
            chosen[which] = found
    for which, (start, end) in enumerate(parts):
        if which not in chosen:
            cue = _vague_cue(article, sentence, inside, start, end)
            if cue is not None:
                chosen[which] = cue
    chosen = dict(sorted(chosen.items()))
    return [_event(article, sentence, timex, parts, which,
                   [parts[i] for i in chosen if i != which], spans, actors, salience, calendar)
            for which, timex in chosen.items()]


#: "by" right before a date: a deadline.
_BY_BEFORE = re.compile(r"\bby\s+$")
#: Verbs of planning before the act they plan: "aims to", "has promised to", "are expected
#: to agree to".
_DEADLINE_PLAN = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:is|are|was|were)\s+(?:expected|set|due|likely)\s+to\s+)?"
    r"(?:(?:aims?|aimed|plans?|planned|pledged?|pledges|promised?|promises|vowed?|vows|"
    r"intends?|intended|commits?|committed|agreed?|agrees|targets?|targeted|decided|"
    r"decides?|proposed?|proposes)\s+to\s+)+"
    r"(?=[a-z])")


def _replaced(clause: str, span: tuple[int, int], by: str,
              remove: Sequence[tuple[int, int]], names: Sequence[tuple[int, int, str]]
              ) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]:
    """`clause` with `span` replaced `by` a string, and the offsets after it moved."""
    lo, hi = span
    shift = len(by) - (hi - lo)

    def moved(at: int) -> int:
        return at + shift if at >= hi else at
    return (clause[:lo] + by + clause[hi:],
            [(moved(a), moved(b)) for a, b in remove if b <= lo or a >= hi],
            [(moved(a), moved(b), n) for a, b, n in names if b <= lo or a >= hi])


#: A comma and at most a preposition before a date that ends a sentence.
_TRAILING_DATE_LEAD = re.compile(r",\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+)?$")


def _trailing_date_owner(text: str, parts: Sequence[tuple[int, int]], which: int,
                         start: int, end: int) -> int:
    """The clause a date dates: "The EU delayed its countermeasures, which were due next
    week, on Thursday": a date set off by a comma at the very end of a relative clause is
    the main clause's, which the relative clause interrupts."""
    lo, hi = parts[which]
    if which == 0 or (_RELATIVE.match(text[lo:hi]) is None
                      and _COMMENT_CLAUSE.match(text, lo) is None) \
            or text[end:hi].strip(" .!?\"”’") or not _TRAILING_DATE_LEAD.search(text, lo, start):
        return which
    return which - 1


#: A comment set off inside the main clause: "fell, as analysts had predicted, on Monday".
_COMMENT_CLAUSE = re.compile(r",?\s*as\s+(?:[a-z]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?"
                             r"(?:expected|predicted|planned|forecast|feared|hoped|promised|"
                             r"agreed|announced|reported|anticipated)\s*,")


def _leading_date_owner(text: str, parts: Sequence[tuple[int, int]], which: int,
                        start: int, end: int, dated: Sequence[tuple[int, int]]) -> int:
    """The clause a date dates when the date's own clause is the date alone: "In mid-March
    of that year, as offices emptied, asking rents fell": the main clause after the
    subordinate one, when it has no date of its own."""
    lo, hi = parts[which]
    if _TIME_LEAD.fullmatch(text, lo, start) is None or text[end:hi].strip(" ,.;"):
        return which
    for later in range(which + 1, len(parts)):
        a, b = parts[later]
        if any(a <= s < b for s, _ in dated):
            return which
        if _SUBORDINATE_OPEN.match(text, a) is None:
            return later if has_finite_verb(text[a:b]) else which
    return which


#: What may come before a date that is all its clause holds: "In", "On", "Late on".
_TIME_LEAD = re.compile(r"\s*(?:(?:in|on|at|by|during|early|late|later|earlier|since)\s+)*",
                        re.IGNORECASE)
#: A clause opening with a subordinating word: not the main clause.
_SUBORDINATE_OPEN = re.compile(r"(?:as|while|when|after|before|since|because|although|though|"
                               r"if|once|until|which|who|whose|where)\b", re.IGNORECASE)


#: "the quarter ended Sept. 30", "the year ending in March": the date names a period.
_PERIOD_END = re.compile(r"\b(?:quarters?|years?|months|weeks|period|half|days)\s+"
                         r"(?P<verb>ended|ending)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def _period_end_start(text: str, start: int) -> int:
    """Where the phrase naming a period's end starts: at "ended" in "the quarter ended
    Sept. 30" (the date at `start`), else `start`."""
    m = _PERIOD_END.search(text, max(0, start - 30), start)
    return m.start("verb") if m else start


#: A span of time before "after" or "before" that a tagged duration does not cover:
#: "hours after", "minutes before", "shortly after" — the same day.
_SAME_DAY_BEFORE = re.compile(
    r"\b(?:(?:just|only|mere|a\s+few|several|some|\d+|two|three|four|five|six)\s+)?"
    r"(?:hours?|minutes?|moments?)\s+$|\b(?:shortly|soon)\s+$", re.IGNORECASE)
_AFTER_OR_BEFORE = re.compile(r"(?<= )(after|before)\s+")
_DURATION_STEP = re.compile(r"P(\d+)([DWMY])")
_STEP_UNITS = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


_Measured = tuple[int, int, int, "tuple[int, str] | None", bool]


def _measured_clauses(text: str, inside: Sequence[Timex], offset: int) -> list[_Measured]:
    """Clauses told as measured from the one before: "…, two days after the Senate
    approved it", "…, hours before Trump spoke". Each as (where "after"/"before" starts in
    the sentence, where the measuring phrase starts and ends, and (count, unit), or None
    for the same day)."""
    found: list[_Measured] = []
    for m in _AFTER_OR_BEFORE.finditer(text):
        at = m.start()
        if at < 2 or text[at - 1] != " ":
            continue
        step: tuple[int, str] | None = None
        start = None
        approx = False
        for t in inside:
            if t.end - offset == at - 1 and t.value is not None and t.type == "DURATION":
                size = _DURATION_STEP.fullmatch(t.value.value)
                if size is None or t.value.mod not in (None, "APPROX"):
                    break  # "less than four months after …" bounds the date, names none
                step, start = (int(size.group(1)), _STEP_UNITS[size.group(2)]), t.start - offset
                approx = t.value.mod == "APPROX"
                break
        if start is None:
            same = _SAME_DAY_BEFORE.search(text, max(0, at - 24), at)
            if same is None:
                continue
            start = same.start()
        if text[:start].rstrip()[-1:] != ",":
            continue  # "…, two days after …": the measure follows a clause and its comma
        rest = text[m.end():]
        stop = min((i for i in (rest.find(","), rest.find(";")) if i >= 0), default=len(rest))
        if not has_finite_verb("so " + rest[:stop]) and not (
                _GERUND.match(rest) and not rest[stop:].strip(" .!?\"”")):
            # "two days after the summit" names an event: refevents date those. A gerund
            # clause ending the sentence is the subject's deed ("…, a day after scrapping
            # the summit"); one set off before the main clause is not measured from it.
            continue
        found.append((at, start, m.end(1), step, approx))
    return found


def _measured_timex(main: Timex, phrase: str, start: int, step: tuple[int, str] | None,
                    approx: bool = False) -> Timex | None:
    """The date of a clause measured from `main`'s: `step` before it after "after", after it
    after "before"; the same day for hours. `phrase` ("two days after") starts at `start`
    in the article. None when `main` is too coarse to count from."""
    from timeline.temporal.calendar import day_value
    from timeline.temporal.rules.relative import shifted

    value = main.value
    if value is None or value.start is None or value.granularity not in ("day", "time") \
            and step is None:
        return None
    if step is None:
        moved = day_value(value.start)
    else:
        count, unit = step
        grain = {"days": "day", "weeks": "week", "months": "month", "years": "year"}[unit]
        if granularity_rank(value.granularity) > granularity_rank(grain):
            return None
        sign = -1 if phrase.lower().endswith("after") else 1
        moved = shifted(unit, count, value.start, sign)
        if moved is None:
            return None
        if approx:
            moved = replace(moved, mod="APPROX")  # "about two weeks after …"
    return Timex(start, start + len(phrase), phrase, "narrative", moved, main.anchor,
                 f"{phrase!r} a clause dated {value.value} ({main.text!r}): {moved.value}",
                 "measured-clause")


#: Words that put a clause in the future without dating it ("he will meet Xi").
_FUTURE_CUE = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|due|set|scheduled|slated|"
                         r"poised)\s+to)\b")
_VAGUE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def _vague_cue(article: Article, sentence: Sentence, inside: Sequence[Timex], start: int,
               end: int) -> Timex | None:
    """What says, vaguely, when an undated clause happens: a vague expression in it
    ("previously"), else a future cue outside quotes ("will"); None when nothing does."""
    for timex in inside:
        offset = timex.start - sentence.start
        if start <= offset < end and timex.value is not None \
                and timex.value.value in _VAGUE_VALUES:
            return timex
    quoted = None
    for m in _FUTURE_CUE.finditer(sentence.text, start, end):
        if quoted is None:
            quoted = _quoted_spans(sentence.text)
        if not _inside(m.start(), quoted):
            at = sentence.start + m.start()
            return Timex(at, at + len(m.group(0)), m.group(0), "cue",
                         TimeValue("FUTURE_REF", granularity="vague"), article.published,
                         f"undated, future: {m.group(0)!r}")
    return None


def _since(text: str, timex: Timex) -> bool:
    """ "since February": the start of a state of affairs, not the date of an event.

    "since last month, when X happened" still dates X.
    """
    if _COMMA_WHEN.match(text, timex.end):
        return False
    return bool(_SINCE_BEFORE.search(text[max(0, timex.start - 12):timex.start])
                or timex.text.lower().startswith("since "))


def _since_noun_phrase(text: str, at: int) -> tuple[int, int] | None:
    """The span of the noun phrase between "since" and the date at `at`, when it names an
    event rather than telling a clause ("since the party was founded in 2013" has a verb)."""
    m = _SINCE_PHRASE.search(text, max(0, at - 60), at)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w.lower() in _NOT_NOUNS or w.lower().endswith("ed") for w in words):
        return None
    return m.start(1), m.end(1)


def _inside_word(text: str, timex: Timex) -> bool:
    """A match inside a word ("Fri" in "Friedrich") is no temporal expression."""
    before = text[timex.start - 1] if timex.start > 0 else " "
    after = text[timex.end] if timex.end < len(text) else " "
    return before.isalnum() or after.isalnum()


#: A wire dateline opening a paragraph: a city in capitals, maybe a region, a day, an agency,
#: then a dash ("WASHINGTON, Oct 22 (Reuters) -", "BUSAN, South Korea (AP) —").
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"
    r"(?:, (?:" + expand("<MONTH>") + r")\.? \d{1,2})?(?: \([A-Za-z. ]{2,20}\))?"
    r" ?[-—–] ")


_DATELINE_PLACE = re.compile(r",| \(| ?[-—–] ")


def _is_dateline(text: str) -> bool:
    """A dateline or caption ("Published: 22 January 2025", "By Staff | Moscow | 17 May")."""
    words = _LOWER_WORD.finditer(text)
    if next(words, None) is not None and next(words, None) is not None:
        return False  # two lowercase words: running text
    return not has_finite_verb(text)


def _event(article: Article, sentence: Sentence, timex: Timex,
           parts: Sequence[tuple[int, int]], which: int, others: Sequence[tuple[int, int]],
           spans: Sequence[tuple[int, int]], actors: ActorIndex, salience: _Salience,
           calendar: Sequence[tuple[int, int]] = ()) -> Event:
    assert timex.value is not None
    text = sentence.text
    refs = _possessed_people(text, salience.short_names(text, actors.references(
        text, timex.value.start or article.published)), actors)
    start, end = parts[which]
    title_start, title_end = start, end
    if which > 0 and _PARTICIPLE_OPEN.match(text, start) \
            and text[parts[which - 1][1]:start].strip() == "," \
            and text[end:end + 1] == "," and which + 1 < len(parts):
        # "A truce, agreed in January, …": the participle phrase is told of the subject.
        title_start = parts[which - 1][0]
    following = parts[which + 1] if which + 1 < len(parts) else None
    when = _WHEN_CLAUSE.match(text, end)
    if when and (following in others or not (
            is_copular(text[start:end]) or _SINCE_BEFORE.search(
                text, max(0, timex.start - sentence.start - 12), timex.start - sentence.start))):
        # "said last week that … when he meets Xi on Thursday": its own event. "The shutdown
        # began on Oct. 1, when Congress failed …": the clause tells an event of its own,
        # unlike a state ("relations were on display last month, when …", "has moved fast
        # since last month, when …").
        when = None
    if following is not None and when:
        # "… on display last month, when Putin, Xi and Kim met": the when-clause is the event.
        title_start, title_end = when.end(), following[1]
        end = following[1]
    cut: list[tuple[int, int]] = []
    if following is None or not when:
        head = _head_before_relative(text, parts, which)
        if head is not None:
            # "…, said on Monday night that …" after a relative clause: its subject is the
            # head before "who"; the relative clause is left out of the title.
            cut = [(head[1], start - 1)]
            title_start = head[0]
    names = [(r.start - title_start, r.end - title_start, r.label) for r in refs
             if title_start <= r.start and r.end <= title_end
             and not any(a <= r.start < b for a, b in cut)]
    relative = _RELATIVE.match(text[title_start:title_end])
    antecedent = next((r for r in reversed(refs) if r.end <= title_start
                       and not text[r.end:title_start].strip(" ,")), None)
    extra: list[str] = []
    if relative and antecedent is not None:
        # "Zelensky, who met Erdogan on Tuesday": the relative pronoun is the subject.
        names.append((relative.start(1), relative.end(1), antecedent.label))
        extra.append(antecedent.name)
    elif relative and which > 0 and relative.group(1).lower() == "who":
        # A person the actor list does not know: "Kelly Ortberg, who became chief …".
        name = _trailing_name(text[parts[which - 1][0]:parts[which - 1][1]])
        if name:
            names.append((relative.start(1), relative.end(1), name))
    # "he" in the title stands for a person named before it: with a when-clause for title,
    # the clause it follows counts too ("after Scholz's coalition collapsed, when he …").
    before = salience.persons(text[:title_start], [r for r in refs if r.end <= title_start])
    pronouns = salience.pronouns(before)
    short = {k: actors.short(v) for k, v in pronouns.items()}
    # "received him": an object stands for a person only when that is no guess.
    him = salience.pronouns(before, guess=False).get("he")
    in_title = {**short, "him": actors.short(him) if him is not None else ""}
    remove = [(s - title_start, e - title_start) for s, e in [*spans, *cut]
              if title_start <= s and e <= title_end]
    clause = text[title_start:title_end]
    pair = _TWO_LEADERS.search(clause)
    if pair is not None and not any(
            actors.actor(r.name) is not None and actors.actor(r.name).kind == "person"
            for r in refs) and salience.pair() is not None:
        # "The two leaders held talks": the two people the article named last.
        first, second = salience.pair()
        label = f"{actors.short(first)} and {actors.short(second)}"
        names.append((pair.start(), pair.end(), label))
        extra.extend((first, second))
    it = salience.it(clause) if title_start == 0 else ""
    if it:
        in_title["it"] = it
    opening_they = salience.they(text)
    if opening_they:
        # "They asked … and will return …": the whole sentence's "They".
        in_title["they"] = short["they"] = opening_they
    they, they_actors = _they_antecedent(text, parts, which, clause, refs, spans, short)
    if they:
        # "Hostages were freed on Monday, two years after they were seized …": "they" in a
        # later clause is the plural subject of the clause before.
        in_title["they"] = they
        extra.extend(they_actors)
    shared, shared_actors = _shared_subject(text, parts, which, clause, refs, spans, short,
                                            pronouns)
    if shared.lower() == "it" and parts[which - 1][0] == 0:
        # "It weakened …, and was expected to hit Cuba": the "It" the first clause stood for.
        shared = salience.it(text[:parts[which - 1][1]]) or shared
    if shared:
        extra.extend(shared_actors)
    plan = _DEADLINE_PLAN.search(clause) if _BY_BEFORE.search(
        text, max(0, timex.start - sentence.start - 4), timex.start - sentence.start) else None
    if plan is not None and plan.end() <= timex.start - sentence.start - title_start:
        # "Allies agreed to raise spending to 5% of GDP by 2035": a deadline dates the act
        # planned, not the planning ("Allies to raise spending …" in 2035).
        clause, remove, names = _replaced(clause, plan.span(), "will ", remove, names)
    apposed = _SET_OFF_PARTICIPLE.match(clause)
    if apposed is not None and timex.start - sentence.start - title_start >= apposed.end(1):
        # "Council offices, closed since Wednesday, reopen on Monday": the participle phrase
        # set off after the subject is not what this event's clause tells.
        remove = [*remove, apposed.span(1)]
    subject_time = _time_subject(clause, timex.start - sentence.start - title_start,
                                 timex.end - sentence.start - title_start)
    if subject_time is not None:
        # "Next year brings new challenges", "For Ashvale, this year began under water": the
        # time is what the clause tells of, and stays in its title.
        remove = [r for r in remove if r != subject_time]
    passive = bool(shared) and _PASSIVE_GROUP.search(
        text, parts[which - 1][0], parts[which - 1][1]) is not None
    opened = ""
    if which == 0 and len(parts) > 1 and start == 0 \
            and text[end:parts[1][0]].strip() == "," and _OPENING_PARTICIPLE.match(text):
        # "Born in Lagos on 9 May 1932, Okafor-Lind moved …": the main clause's subject
        # was born ("Okafor-Lind born in Lagos").
        lo, hi = parts[1]
        opened = subject_of(text[lo:hi],
                            [(a - lo, b - lo) for a, b in spans if lo <= a and b <= hi],
                            [(r.start - lo, r.end - lo, r.label) for r in refs
                             if lo <= r.start and r.end <= hi], short)
        if not opened:
            # "Brightwell now employs 9,000 people": a name before a present the verb
            # finder does not take for one.
            named = _SUBJECT_OPENS.match(text, lo, hi)
            opened = named.group("name") if named and named.group("name") else ""
        if opened.lower() in ("he", "she", "it", "they", "we", "i", "you"):
            opened = ""  # a pronoun no one named before stands for: no subject
        extra.extend(r.name for r in refs if lo <= r.start and r.end <= hi
                     and r.label.split()[-1] in opened.split())
    title = make_title(clause, remove, names, in_title, shared, passive) or timex.text
    if opened and title != timex.text:
        # The participle stays one ("Originally scheduled to open", not "… schedules …").
        verb = _OPENING_PARTICIPLE.match(text)
        if verb is not None:
            said = verb.group("verb").lower()
            forms = {third_person(base_form(said)), base_form(said)} - {said}
            words = title.split()
            at = next((i for i, w in enumerate(words[:3]) if w.lower() in forms), None)
            if at is not None:
                words[at] = said
                title = " ".join(words)
        title = f"{opened[:1].upper()}{opened[1:]} {title[:1].lower()}{title[1:]}"
    if which > 0 and _ELLIPSIS.match(clause) and not has_finite_verb(clause):
        # "Officials met in Riyadh on Tuesday, and again in Istanbul on Thursday": the verb
        # is the clause before's.
        lo, hi = parts[which - 1]
        title = elliptical_title(
            text[lo:hi], [(s - lo, e - lo) for s, e in spans if lo <= s and e <= hi],
            [(r.start - lo, r.end - lo, r.label) for r in refs if lo <= r.start and r.end <= hi],
            clause, remove, names) or title
    named_since = _since_noun_phrase(text, timex.start - sentence.start)
    if named_since is not None:
        # "the highest since reunification in 1990", "Since the Alaska summit in August, …":
        # the date dates the event the phrase names, not the clause's own.
        lo, hi = named_since
        title = make_title(text[lo:hi], [], [(r.start - lo, r.end - lo, r.label) for r in refs
                                             if lo <= r.start and r.end <= hi]) or title
        named_before = salience.pronouns(salience.persons(
            text[:lo], [r for r in refs if r.end <= lo]), guess=False)
        owner = {"His": named_before.get("he"), "Her": named_before.get("she")}.get(
            title.split(" ", 1)[0])
        owner = actors.short(owner) if owner else None
        if owner and " " in title:
            # "since his visit to Alaska": whose visit.
            title = f"{owner}'s {title.split(' ', 1)[1]}"
    elif (len([w for w in title.split() if w.lower() != "the"]) <= 2
          or reports(title.split()[-1])) \
            and following is not None and title_end < following[1] \
            and not shared and title != timex.text and reports(title):
        # "Trump says" alone ("Gov. Greg Abbott says"): the statement's title takes in what
        # was said.
        title_end = following[1]
        clause = text[title_start:title_end]
        names = [(r.start - title_start, r.end - title_start, r.label) for r in refs
                 if title_start <= r.start and r.end <= title_end]
        remove = [(s - title_start, e - title_start) for s, e in spans
                  if title_start <= s and e <= title_end]
        title = make_title(clause, remove, names, in_title) or title
    if len(title.split()) < 3 and named_since is None:
        # The other expressions of the clause may be the event's very name ("after the Oval
        # Office confrontation with Zelenskyy on Feb. 28"): keep them, cut only the date.
        own = [(timex.start - sentence.start - title_start, timex.end - sentence.start
                - title_start), *((a - title_start, b - title_start) for a, b in cut),
               *((a - title_start, b - title_start) for a, b in calendar
                 if title_start <= a and b <= title_end)]
        fuller = make_title(clause, own, names, in_title)
        mine = own[0]
        subject = [(a - title_start, b - title_start) for a, b in calendar
                   if title_start <= a and b <= title_end]
        subject = [(a, b) for a, b in subject
                   if (a, b) != mine and len(clause[:a].split()) < 5
                   and not any(c in clause[:a] for c in ",;:—–")
                   and not has_finite_verb(clause[:a])]
        if len(fuller.split()) < 3 and subject:
            # "The quarter ends in late January", "The company's fiscal year ends in
            # January": a time phrase in the subject, before any verb, stays.
            fuller = make_title(clause, [s for s in own if s not in subject], names,
                                in_title) or fuller
        added = set(fuller.lower().split()) - set(title.lower().split())
        if len(fuller.split()) > len(title.split()) and any(
                w.isalpha() and w not in ("and", "or", "but") for w in added):
            title = fuller
            # The kept expressions are part of the event now: their actors count ("since
            # Trump took office in January" → Trump).
            spans = [(timex.start - sentence.start, timex.end - sentence.start)]
    blanked = _blank(clause, remove)
    subject = next((v for k, v in pronouns.items()
                    if title.startswith(short[k] + " ") and _subject_pronoun(blanked, k)), None)
    # A trailing attribution ends the sentence; "…, the Kremlin said" before a reported
    # clause cut off is the event's subject.
    said = _ATTRIBUTION.search(text, title_start, end) \
        if not text[end:].strip(" .!?\"”’") else None
    source = [(said.start(), said.end())] if said else []
    named = [r.name for r in refs
             if title_start <= r.start < end and not any(a <= r.start < b
                                                         for a, b in [*spans, *cut, *source])]
    if subject is not None and actors.actor(subject) is None:
        subject = None  # a person the actor list does not know titles the event only
    found = ([subject] if subject else []) + extra + named
    if not found:
        # A clause naming nobody ("Monday's talks were friendly") takes the sentence's
        # actors, except those of its other events and those inside time expressions.
        # Nor those of an undated clause with a subject and verb of its own ("hours before
        # Trump addressed parliament").
        own = [(a, b) for i, (a, b) in enumerate(parts) if i != which and (a, b) not in others
               and _SUBORDINATOR.match(text, a) and has_finite_verb(text[a:b])]
        found = [r.name for r in refs
                 if not any(a <= r.start < b for a, b in [*others, *spans, *own, *source])]
    names_unique = _subject_first(tuple(dict.fromkeys(found)), title, actors)
    mention = Mention(
        article=article.id,
        sentence=text,
        phrase=timex.text,
        start=timex.start,
        end=timex.end,
        value=timex.value,
        anchor=timex.anchor,
        how=timex.how,
        sentence_start=sentence.start,
    )
    return Event(
        id=event_id(timex.value.value, names_unique, title),
        title=title,
        actors=names_unique,
        when=timex.value,
        mentions=(mention,),
    )


_TRAILING_NAME = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$")


def _trailing_name(text: str) -> str:
    """The proper name `text` ends with ("Kelly Ortberg", "the late Shinzo Abe" → "Shinzo
    Abe"): whom a "who" after it stands for; "" when it ends otherwise."""
    m = _TRAILING_NAME.search(_TRAILING_AGE.sub("", text.rstrip(" ,")))
    if m is None:
        return ""
    words = m.group(0).split()
    while words and words[0] in ("The", "A", "An"):
        words = words[1:]
    return " ".join(words)


#: A passive verb group: "was suspended", "were later released".
_PASSIVE_GROUP = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:(?:also|later|then|"
                            r"quickly|first|subsequently|promptly)\s+)?[a-z]+(?:ed|en)\b")
#: An age set off after a name: "Graham Pelling, 58".
_TRAILING_AGE = re.compile(r",\s*\d{1,3}$")


def _head_before_relative(text: str, parts: Sequence[tuple[int, int]],
                          which: int) -> tuple[int, int] | None:
    """The clause before a relative clause that `parts[which]` continues: "Ortberg" of
    "Ortberg, who became chief executive in August, said on Monday …"; None otherwise. An
    age after the name is left out ("Graham Pelling, 58, who …")."""
    head = _clause_before_relative(text, parts, which)
    if head is None:
        return None
    age = _TRAILING_AGE.search(text, head[0], head[1])
    return (head[0], age.start()) if age is not None else head


def _clause_before_relative(text: str, parts: Sequence[tuple[int, int]],
                            which: int) -> tuple[int, int] | None:
    if which < 2:
        return None
    start, end = parts[which]
    before = parts[which - 1]
    if not text[start:start + 1].islower() or _OPENS_CLAUSE.match(text, start):
        return None
    if (_RELATIVE.match(text[before[0]:before[1]])
            or _PARTICIPLE_OPEN.match(text, before[0])) and not text[before[1]:start].strip() \
            and not text[parts[which - 2][1]:before[0]].strip():
        # "The death toll from the quake that struck on Friday rose on Monday": a relative
        # clause without commas, cut off inside the subject; or a participle phrase ("A
        # truce agreed on Wednesday collapsed on Friday").
        return parts[which - 2]
    if not (_COMMA_RELATIVE.match(text[before[0]:before[1]])
            or _PARTICIPLE_OPEN.match(text, before[0])):
        return None
    if text[before[1]:start].strip() != ",":
        return None
    return parts[which - 2]


def _shared_subject(text: str, parts: Sequence[tuple[int, int]], which: int, clause: str,
                    refs: Sequence[Reference], spans: Sequence[tuple[int, int]],
                    pronouns: dict[str, str], persons: dict[str, str]) -> tuple[str, list[str]]:
    """ "Zelenskyy said …, but accused Moscow …": a clause opening with a conjunction and a
    verb shares the subject of the clause before it; one opening with "which" has the noun
    phrase the clause before ends with. The subject's words and its actors."""
    if which == 0:
        return "", []
    start, end = parts[which - 1]
    names = [(r.start - start, r.end - start, r.label) for r in refs
             if start <= r.start and r.end <= end]
    remove = [(s - start, e - start) for s, e in spans if start <= s and e <= end]
    if _WHICH_CLAUSE.match(clause) or (_PARTICIPLE_OPEN.match(clause)
                                       and text[end:parts[which][0]].strip() in (",", "")
                                       and text[start:end].rstrip()[-1:].isalpha()):
        # "… with a 19th package of sanctions, which includes a ban": the antecedent.
        before = text[start:end]
        last = max(remove, key=lambda span: span[1], default=None)
        if last is not None and not before[last[1]:].strip(" ,") and _PERIOD_WHICH.match(clause) \
                and _PERIOD_NOUN.search(before, last[0], last[1]):
            # "… in the current fiscal year, which ends in May": a time phrase is the
            # antecedent of what begins or ends ("on Friday, which angered Kyiv" is not).
            words = before[last[0]:last[1]].split()
            if words and words[0].lower() in ("the", "this", "its", "their", "that"):
                words = words[1:]
            return " ".join(words), []
        subject = trailing_noun_phrase(before, remove, names, plural=plural_verb_after(clause))
        return subject, []
    said = _THAT_SAID_END.search(text, start, end) if _MODAL_START.match(clause) else None
    if said is not None:
        # "a new housing plan that she said would go to the council in September": the
        # relative pronoun before the saying is the subject of what was said.
        subject = trailing_noun_phrase(text[start:said.start()], remove, names)
        return subject, []
    if not _JOINED_CLAUSE.match(clause) or subject_of(clause) and not _GERUND_LEAD.match(clause):
        # "… and talks resumed on Friday" has a subject of its own; "before heading to Mumbai
        # for a forum organised by FICCI" has none, whatever verb comes later.
        return "", []
    if which >= 2 and (_COMMA_RELATIVE.match(text[start:end])
                       or _SUBORDINATE.match(text[start:end])
                       and text[end:parts[which][0]].strip().startswith(",")):
        # "Dutton lost his seat, which he had held since 2001, and conceded defeat": the
        # clause before is a relative clause; the subject is the main clause's.
        start, end = parts[which - 2]
        names = [(r.start - start, r.end - start, r.label) for r in refs
                 if start <= r.start and r.end <= end]
        remove = [(s - start, e - start) for s, e in spans if start <= s and e <= end]
    said = _SAID_THEN_CLAUSE.search(text, start, end) if _MODAL_JOINED.match(clause) else None
    if said is not None and subject_of(text[said.end():end]):
        # "Kestrel said costs rose in the first half and would stay high": what was said
        # goes on, with the reported clause's subject.
        start = said.end()
        names = [(r.start - start, r.end - start, r.label) for r in refs
                 if start <= r.start and r.end <= end]
        remove = [(s - start, e - start) for s, e in spans if start <= s and e <= end]
    subject = subject_of(text[start:end], remove, names, pronouns)
    words = subject.split()
    actors = [r.name for r in refs if start <= r.start and r.end <= end
              and r.label.split()[-1] in words]
    # A pronoun subject ("he said …, but …") came back as its person's short name.
    actors += [persons[k] for k, short in pronouns.items() if short == subject and k in persons]
    return subject, actors


def _they_antecedent(text: str, parts: Sequence[tuple[int, int]], which: int, clause: str,
                     refs: Sequence[Reference], spans: Sequence[tuple[int, int]],
                     pronouns: dict[str, str]) -> tuple[str, list[str]]:
    """The plural subject of the clause before and its actors, when this clause's subject
    is "they"."""
    if which == 0 or not _THEY.search(clause):
        return "", []
    if subject_of(clause).lower().split()[-1:] != ["they"]:
        return "", []  # "they were seized", "two years after they were seized"
    start, end = parts[which - 1]
    names = [(r.start - start, r.end - start, r.label) for r in refs
             if start <= r.start and r.end <= end]
    remove = [(s - start, e - start) for s, e in spans if start <= s and e <= end]
    subject = subject_of(text[start:end], remove, names, pronouns)
    if subject.lower() == "they" or not plural_subject(subject):
        return "", []
    words = subject.split()
    return subject, [r.name for r in refs if start <= r.start and r.end <= end
                     and r.label.split()[-1] in words]


_THEY = re.compile(r"\bthey\b", re.IGNORECASE)


def _possessed_people(text: str, refs: Sequence[Reference],
                      actors: ActorIndex) -> list[Reference]:
    """ "China's Xi Jinping" is Xi: a person after their own country's possessive is one
    reference to the person, and the title names only them."""
    out: list[Reference] = []
    for ref in refs:
        before = out[-1] if out else None
        person = actors.actor(ref.name)
        if before is not None and person is not None and person.country == before.name \
                and _POSSESSIVE.fullmatch(text, before.end, ref.start):
            out[-1] = Reference(before.start, ref.end, ref.name, ref.label)
            continue
        out.append(ref)
    return out


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with a space for every character inside one of `spans`."""
    chars = list(text)
    for start, end in spans:
        start, end = max(start, 0), min(end, len(chars))
        if start < end:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


@functools.lru_cache(maxsize=64)
def _pronoun_subject(pronoun: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^\W*|[,:]\s*|\b(?:and|but|while|as|then|where|when)\s+){pronoun}\b",
        re.IGNORECASE)


def _subject_pronoun(clause: str, pronoun: str) -> bool:
    """Whether `pronoun` opens the clause's main part ("On Wednesday, he announced")."""
    return _pronoun_subject(pronoun).search(clause) is not None


@functools.lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def _subject_first(names: tuple[str, ...], title: str, actors: ActorIndex) -> tuple[str, ...]:
    """Actors in the order the title names them, then the others in text order."""
    def position(name: str) -> int:
        found = _whole_word(actors.short(name)).search(title)
        return found.start() if found else len(title)

    return tuple(sorted(names, key=position))
