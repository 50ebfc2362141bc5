"""Merging: the same real-world event told several times becomes one Event.

Two events may be one only if they are consistent: their time intervals overlap (a day
inside its week or month), they come from different sentences, and they do not name
different kinds of happening ("call" vs "meeting"). Kinds come from the head of the title
(subject, verb, object: "Putin agrees to halt strikes" names none, and what a verb stops is
not its kind) and the noun a possessive date modifies ("Tuesday's call"). A day joins a
coarser value, and two coarse values join, only with evidence beyond the actors: a shared
name or place, a once-only kind (an invasion) told of the same subject, or titles sharing
many words. Consistent pairs are scored on shared actors (people weigh more than countries;
a subject no actors file knows counts too), agreeing kinds and shared words (a word many
events share counts less), and pairs above THRESHOLD merge, strongest first; a group only
grows when every pair across it is consistent, so chains of weak links cannot glue events of
different days together. The merged event keeps every mention, the most precise time value
(finest granularity; on a tie the value most mentions give), the union of actors, the title
of its best telling, and the smallest id of its parts (so its id changes only when a new part
with a smaller id joins). Undated tellings ("where he will meet Xi") then join the one dated
event they fit, as mentions (`attach_undated`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import pairwise
from math import fsum

from timeline.actors import ActorIndex, load_actors
from timeline.blocking import ranked_pairs
from timeline.model import Event, TimeValue, granularity_rank
from timeline.titles import _PREPOSITIONS

#: Words that name a kind of happening → the kind. Two events of different kinds are apart.
EVENT_KINDS = {
    **dict.fromkeys("call calls called phone phoned telephone telephoned video spoke speak "
                    "speaks conversation rang".split(), "call"),
    **dict.fromkeys("meet meets meeting met summit talks gathering encounter confrontation "
                    "clash".split(), "meeting"),
    **dict.fromkeys("visit visits visited trip tour".split(), "visit"),
    **dict.fromkeys("sanction sanctions sanctioned blacklist blacklisting".split(), "sanctions"),
    **dict.fromkeys("tariff tariffs".split(), "tariffs"),
    **dict.fromkeys("friendship partnership".split(), "friendship"),
    **dict.fromkeys("invasion invaded invade invades invading".split(), "invasion"),
    **dict.fromkeys("inauguration inaugurated sworn oath office".split(), "inauguration"),
    **dict.fromkeys("ceasefire truce".split(), "ceasefire"),
    **dict.fromkeys("strike strikes attack attacks attacked".split(), "strike"),
    **dict.fromkeys("deal agreement accord".split(), "deal"),
    **dict.fromkeys("interview".split(), "interview"),
    **dict.fromkeys("address speech".split(), "speech"),
    **dict.fromkeys("parade".split(), "parade"),
    **dict.fromkeys("election elected".split(), "election"),
    # A vote in a parliament or a board is no election.
    **dict.fromkeys("vote votes voted referendum".split(), "vote"),
    **dict.fromkeys("anniversary".split(), "anniversary"),
    **dict.fromkeys("test tested launch launched".split(), "test"),
    **dict.fromkeys("ceremony ceremonies celebration celebrations".split(), "ceremony"),
}

#: Kinds told by a phrase rather than one word: "the war began in 2022" is the start of the
#: war (the invasion), "next month marks three years since …" an anniversary.
_KIND_PHRASES = (
    (re.compile(r"\bwar\b(?:\s+\w+){0,3}?\s+(?:begins?|began|begun|starts?|started|"
                r"erupt(?:s|ed)?|breaks out|broke out)\b|\b(?:start|outbreak|beginning)\s+of\s+"
                r"(?:the\s+)?war\b|\btroops\s+(?:cross(?:es|ed)?|enter(?:s|ed)?|poured|pour(?:s)?|"
                r"roll(?:s|ed)?)\b"), "invasion"),
    (re.compile(r"\bmark(?:s|ed|ing)?\s+(?:\w+\s+){1,3}(?:years?|months?|decades?)\s+"
                r"(?:since|after|from)\b"), "anniversary"),
)

#: A general kind and the kinds it takes in: an inauguration is a ceremony, so "the ceremony"
#: and "took office" may be one event, while an inauguration and a parade stay apart.
_GENERAL_KINDS = {"ceremony": frozenset({"inauguration", "parade", "anniversary"})}

#: Kinds that happen once to their subject (a country is invaded once, a president
#: inaugurated once a term): agreeing on one is evidence across granularities ("in 2022" and
#: "in February 2022"), unlike calls and meetings, of which a month holds many.
_SINGULAR_KINDS = frozenset({"invasion", "inauguration", "anniversary", "election"})

_STOP = frozenset(
    "a an the of to in on at for with and or but by from as is are was were be been being has "
    "have had will would shall can could may might must that this these those it its his her "
    "their they he she we i you our my me us them him who whom which what when where while "
    "said says say told tell also not no more most than then there here into over about after "
    "before during since until just very so such only even still new other some any all both "
    "one two three week weeks month months year years day days monday tuesday wednesday "
    "thursday friday saturday sunday earlier later last next ago january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug sep "
    "sept oct nov dec".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# "Russian", "Chinese", "British": adjectives of nationality name no particular event.
_NATIONALITY = ("ian", "ean", "ese", "ish", "can")

#: Weight of a shared actor by kind: a shared person says more than a shared country, and a
#: person's country met in the other event ("Zelensky" and "Ukraine") says less still.
_ACTOR_WEIGHT = {"person": 1.0}
_OTHER_ACTOR = 0.5
_AFFILIATION = 0.4


_POSSESSIVE = ("'s", "’s")


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A crude stem of a word (one token, no white space), lowercased: "talks", "talked",
    "talking" are "talk"."""
    word = word.lower()
    if word.endswith(_POSSESSIVE):
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Profile:
    event: Event
    words: frozenset[str]
    title_words: frozenset[str]
    names: frozenset[str]
    title_names: frozenset[str]
    #: Kinds of the happening itself: the title's head (subject, verb, object) and the noun
    #: a possessive date modifies. "Putin agrees to halt strikes" has none: the strikes are
    #: what was agreed, not what happened.
    kinds: frozenset[str]
    #: Every kind named in the title or the sentences: weaker evidence of agreement.
    context_kinds: frozenset[str]
    #: Kinds the title's verbs stop or undo ("halts strikes"): such an event is not one.
    stopped: frozenset[str]
    actors: dict[str, float]
    sentences: frozenset[tuple[str, int]]
    #: Weight of each word by how few events of the corpus use it (see `_rarity`): shared
    #: "net income" says little among earnings reports, shared "friendship" much.
    rarity: Mapping[str, float] = field(default_factory=dict)

    def with_rarity(self, rarity: Mapping[str, float]) -> Profile:
        """This profile with `rarity`: `dataclasses.replace`, without its per-call cost
        (a corpus has a profile per event, and clustering and attaching each take one)."""
        copy = object.__new__(Profile)
        copy.__dict__.update(self.__dict__)
        copy.__dict__["rarity"] = rarity
        return copy


def _weights(actors: Sequence[str], index: ActorIndex) -> dict[str, float]:
    """Each actor's weight, plus the countries of its people at a small weight."""
    out: dict[str, float] = {}
    for name in actors:
        known = index.actor(name)
        out[name] = _ACTOR_WEIGHT.get(known.kind if known else "person", _OTHER_ACTOR)
    for name in actors:
        known = index.actor(name)
        if known is not None and known.country and known.country not in out:
            out[known.country] = -_AFFILIATION
    return out


_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|&)\s+)?[A-Z][\w'’.&-]*)*")


def _names(text: str, skip: set[str] | frozenset[str]) -> frozenset[str]:
    """Names that are not actors: runs of capitalised words, each run one name ("Riyadh",
    "Oval Office", "Control Data" — which "Automatic Data" does not share). Actor words and
    nationality adjectives split or end a run; the word opening the text counts only in a
    run of two or more ("Control Data reported", not "Officials said")."""
    out = set()
    for match in _NAME.finditer(text):
        out.update(_runs(match.group(0).split(), skip, opening=match.start() == 0))
    return frozenset(out)


def _runs(words: Sequence[str], skip: set[str] | frozenset[str], opening: bool) -> list[str]:
    """The name runs among capitalised `words` (tokens, no white space in any); `opening`
    when the first opens its text."""
    out: list[str] = []
    run: list[str] = []
    for i, word in enumerate([*words, ""]):
        lower = word.lower()
        # A possessive or a closing dot is no part of the name.
        if lower.endswith(_POSSESSIVE):
            lower = lower[:-2]
        elif lower.endswith("."):
            lower = lower[:-1]
        if lower in ("of", "&") and run:
            run.append(lower)
            continue
        if not lower or lower in skip or lower in _STOP or lower.endswith(_NATIONALITY):
            while run and run[-1] in ("of", "&"):
                run.pop()
            if run and not (opening and i == 1):
                out.append(" ".join(run))
            run = []
            continue
        run.append(lower)
    return out


def _named_subject(tokens: Sequence[str], event: Event, skip: set[str] | frozenset[str]
                   ) -> list[str]:
    """A subject the actors file does not know ("Magna shares close", "Valley Federal
    Savings takes charge"): the capitalised words opening the title, as one name. A lone
    first word counts only if a source sentence capitalises it where a sentence does not
    start ("… yesterday, Magna shares closed"), so "Senior officials" names nobody."""
    opening: list[str] = []
    for token in tokens:
        if not token[:1].isupper():
            break
        opening.append(token)
    runs = _runs(opening, skip, opening=False)
    if not runs or not opening[0].lower().startswith(runs[0].split()[0]):
        return []
    first = opening[0]
    if " " not in runs[0] and not any(re.search(rf"[\w,;:]\s+{re.escape(first)}\b",
                                                m.sentence) for m in event.mentions):
        return []
    return ["~" + runs[0]]


def _content_parts(text: str) -> tuple[tuple[str, str], ...]:
    """(lowercase, stem) of the content words of `text`: not stop words, over two letters.
    Hyphenated words count by their parts: "no-limits friendship", "friendship with no
    limits"."""
    out = []
    for word in _WORD.findall(text):
        # A word holds no dash but the hyphen (`_WORD`).
        for part in word.split("-") if "-" in word else (word,):
            lower = part.lower()
            if len(part) > 2 and lower not in _STOP:
                out.append((lower, _stem(lower)))
    return tuple(out)


class Profiler:
    """Profiles events (`profile`), each event once, and what a text yields — its names,
    places, content words — once per text: the events of one sentence share their sentence,
    and an event no other joined is profiled again when undated tellings look for theirs."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        # By identity: a profile holds its event, so the id is not reused while it lives.
        self._profiles: dict[int, Profile] = {}
        self._names: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
        self._places: dict[str, frozenset[str]] = {}
        self._content: dict[str, tuple[tuple[str, str], ...]] = {}
        self._sentences: dict[str, tuple[tuple[tuple[str, str], ...], frozenset[str]]] = {}

    def _named(self, text: str, skip: frozenset[str]) -> frozenset[str]:
        """Names and places `text` gives (`_names`, `ActorIndex.place_names`)."""
        key = (text, skip)
        found = self._names.get(key)
        if found is None:
            places = self._places.get(text)
            if places is None:
                places = frozenset(p.lower() for p in self.index.place_names(text))
                self._places[text] = places
            found = _names(text, skip | self.index.alias_words) | places
            self._names[key] = found
        return found

    def _words(self, text: str, skip: frozenset[str]) -> frozenset[str]:
        """The content words of `text` but those in `skip`, stemmed (`_content_parts`)."""
        parts = self._content.get(text)
        if parts is None:
            parts = self._content[text] = _content_parts(text)
        return frozenset(stem for lower, stem in parts if lower not in skip)

    def _read(self, sentence: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """The content words (`_content_parts`) and the kinds its words name of one
        sentence, "called off" read as "cancels"."""
        found = self._sentences.get(sentence)
        if found is None:
            meant = _CALLED_OFF.sub("cancels", sentence)
            # "Before the talks, Putin warned …": a happening told as coming later is another.
            kinds = frozenset(EVENT_KINDS[m.group()] for m in _WORD.finditer(meant)
                              if m.group() in EVENT_KINDS
                              and not _STILL_AHEAD.search(meant, max(0, m.start() - 40),
                                                          m.start()))
            found = self._sentences[sentence] = (_content_parts(meant), kinds)
        return found

    def _sentence_words(self, sentences: Sequence[str], skip: frozenset[str]
                        ) -> tuple[frozenset[str], frozenset[str]]:
        """Content words, but those in `skip`, and kinds named by the words of `sentences`
        told together: what each sentence gives, unless a "called off" runs from one
        sentence into the next, when the text they make together is read instead."""
        if any(_CALL_AT_END.search(a) and _OFF_AT_START.match(b)
               for a, b in pairwise(sentences)):
            meant = _CALLED_OFF.sub("cancels", " ".join(sentences))
            kinds = frozenset(EVENT_KINDS[w] for w in _WORD.findall(meant) if w in EVENT_KINDS)
            return self._words(meant, skip), kinds
        words: set[str] = set()
        kinds_named: set[str] = set()
        for sentence in sentences:
            parts, kinds = self._read(sentence)
            words.update(stem for lower, stem in parts if lower not in skip)
            kinds_named |= kinds
        return frozenset(words), frozenset(kinds_named)

    def seed(self, profiles: Iterable[Profile]) -> None:
        """Take profiles made elsewhere (in the per-article stage) for their events."""
        for profile in profiles:
            self._profiles[id(profile.event)] = profile

    def profile(self, event: Event) -> Profile:
        found = self._profiles.get(id(event))
        if found is None:
            found = self._profiles[id(event)] = self._profile(event)
        return found

    def _profile(self, event: Event) -> Profile:
        index = self.index
        skip = frozenset(w.lower() for actor in event.actors for w in actor.split())
        title_tokens = _WORD.findall(event.title)
        # Kinds and content words read "called off" as what it means ("cancels").
        title_meant = _CALLED_OFF.sub("cancels", event.title)
        words, named_kinds = self._sentence_words([m.sentence for m in event.mentions], skip)
        kind_tokens = _WORD.findall(title_meant)
        kinds, stopped = _head_kinds(kind_tokens)
        # Capitalised words that name no actor (any actor, told in any of its aliases) name
        # places and named things ("Riyadh", "Oval Office"): two events naming different
        # ones are likely apart. Places count under one name each: "the Saudi capital" is
        # "Riyadh".
        title_names = self._named(event.title, skip)
        names = set(title_names)
        for m in event.mentions:
            names |= self._named(m.sentence, skip)
        return Profile(
            event=event,
            words=words,
            title_words=self._words(title_meant, skip),
            names=frozenset(names),
            title_names=title_names,
            kinds=kinds | _kinds(_dated_nouns(event)),
            stopped=stopped,
            context_kinds=_kinds([*kind_tokens[1:], *_dated_nouns(event)],
                                 event.title.lower()) | named_kinds,
            actors={**_weights(event.actors, index),
                    **dict.fromkeys(_named_subject(title_tokens, event,
                                                   skip | index.alias_words), _OTHER_ACTOR)},
            sentences=frozenset((m.article, m.sentence_start) for m in event.mentions),
        )


def profile_events(events: Sequence[Event], index: ActorIndex | Profiler
                   ) -> tuple[Profile, ...]:
    """The profiles of `events`, as merging reads them (see `Profile`); `index` may be a
    `Profiler` that has profiled some of them already."""
    profiler = index if isinstance(index, Profiler) else Profiler(index)
    return tuple(profiler.profile(e) for e in events)


def _kinds(words: Sequence[str], phrase: str = "") -> frozenset[str]:
    """Kinds named by these words (lowercase words only: "Oval Office" is a place, "took
    office" an inauguration) and by the kind phrases found in `phrase`."""
    found = {EVENT_KINDS[w] for w in words if w in EVENT_KINDS}
    found.update(kind for pattern, kind in _KIND_PHRASES if pattern.search(phrase))
    return frozenset(found)


#: Words that end a title's head once its verb has come: what follows is a circumstance
#: ("after a call"), a complement ("anniversary of the invasion") or a relative clause.
_HEAD_END = frozenset("after before following during since amid despite of for over about "
                      "that which who where when while".split())
#: Verbs whose "to" complement names what was agreed or planned, not what happened.
_CONTROL_VERB = re.compile(r"(?:agree|refuse|decide|vow|pledge|promise|threaten|plan|offer|"
                           r"seek|try|tries|hope|want|fail|urge|ask|prepare|aim|intend|"
                           r"move)(?:s|es|ed|d)?$")


#: "called off the summit" cancels it: no call was made.
#: Words telling that what follows happened after the clause's own event.
_STILL_AHEAD = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|eve\s+of|run-up\s+to)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\bcall(?:s|ed|ing)?\s+off\b", re.IGNORECASE)
#: A sentence ending where a "called off" could begin, and one starting where it could end.
_CALL_AT_END = re.compile(r"call(?:s|ed|ing)?\s*$", re.IGNORECASE)
_OFF_AT_START = re.compile(r"\s*off", re.IGNORECASE)

#: Verbs that stop or undo what their object names: "halts strikes" is no strike, "lifts
#: sanctions" no imposing of sanctions.
_STOP_VERB = re.compile(r"(?:halt|stop|end|suspend|pause|cease|ban|cancel|lift|scrap|"
                        r"postpone|call off)(?:s|es|ed|ped|ping|ing)?$")


def _head_kinds(tokens: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Kinds named by the head of a title (up to the first circumstance after its verb),
    and kinds its verbs stop ("agrees to halt strikes": no kind, strikes stopped)."""
    stopped: list[str] = []
    for i, token in enumerate(tokens):
        if _STOP_VERB.match(token.lower()):
            for word in tokens[i + 1:i + 4]:
                if word.lower() in _PREPOSITIONS:
                    break
                stopped.append(word)
    head = [tokens[0].lower()] if tokens else []
    verb_seen = False
    for i, token in enumerate(tokens[1:], 1):
        lower = token.lower()
        if verb_seen and (lower in _HEAD_END or lower == "to"
                          and _CONTROL_VERB.match(tokens[i - 1].lower())):
            break
        verb_seen = verb_seen or token.islower()
        head.append(token)
    head = [w for w in head if w not in stopped]
    return _kinds(head, " ".join(tokens).lower()), _kinds(stopped)


def _dated_nouns(event: Event) -> list[str]:
    """The words a possessive date modifies ("Tuesday's call"): they name the event itself."""
    out = []
    for m in event.mentions:
        after = m.sentence[m.end - m.sentence_start:]
        if not m.phrase.endswith(("'s", "’s")) and not after.startswith(("'s", "’s")):
            continue
        words = re.match(r"(?:['’]s)?\s+([a-z-]+)(?:\s+([a-z-]+))?", after)
        if words:
            out.extend(w for w in words.groups() if w)
    return out


def _overlap(a: TimeValue, b: TimeValue) -> bool:
    if a.start is None or b.start is None:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start <= b_end and b.start <= a_end


def _consistent(a: Profile, b: Profile) -> bool:
    """Could these two be one event? Times overlap, different sentences, no kind conflict.

    Every pair inside a merged event must pass this, so no chain of links can join two
    events on different days or of different kinds.
    """
    return not a.sentences & b.sentences and _consistent_shapes(a, b)


_Shape = tuple[object, ...]


def _shape(p: Profile) -> _Shape:
    """All `_consistent_shapes` reads of a profile."""
    return (p.event.when.start, p.event.when.end, p.kinds, p.stopped)


def _consistent_shapes(a: Profile, b: Profile) -> bool:
    """`_consistent` but for sentences: times overlap and no kind conflict."""
    if not _overlap(a.event.when, b.event.when):
        return False
    if a.stopped & b.kinds or b.stopped & a.kinds:
        return False
    return not (a.kinds and b.kinds and not _agree(a.kinds, b.kinds))


def _agree(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether some kind of `x` is, or takes in, or is taken in by, some kind of `y`."""
    return bool(x & y) or any(k in _GENERAL_KINDS.get(g, ()) for g in x for k in y) or any(
        k in _GENERAL_KINDS.get(g, ()) for g in y for k in x)


def _compatible(a: Profile, b: Profile) -> bool:
    """May this pair link two groups? `_consistent`, and evidence beyond a shared time.

    A value inside a coarser one (a day in a month), or two values both a month or coarser
    ("in 2025" and "this year"), link only with evidence beyond the actors: a shared name
    ("Alaska"), an agreeing kind that happens once, or titles sharing a good part of their
    words, because a month holds many events of the same people.
    """
    if not _consistent(a, b):
        return False
    ga, gb = a.event.when.granularity, b.event.when.granularity
    if ga != gb or granularity_rank(ga) > granularity_rank("week"):
        return (bool(a.names & b.names) or _once_and_same(a, b)
                or _dice(a.title_words, b.title_words, a.rarity) >= TITLE_EVIDENCE)
    return True


def _once_and_same(a: Profile, b: Profile) -> bool:
    """Whether the two agree on a kind that happens once to its subject, and on something
    that says the subject is the same: an actor, a title word, or a second kind ("marks
    three years since troops crossed the border" and "the third anniversary of the
    invasion"). Two anniversaries of the same month are not one for that alone."""
    shared = a.kinds & b.kinds
    if not shared & _SINGULAR_KINDS:
        return False
    own_a = {n for n, w in a.actors.items() if w > 0}
    own_b = {n for n, w in b.actors.items() if w > 0}
    same_actor = bool(own_a and own_b and _actor_overlap(a.actors, b.actors) > 0)
    told = (a.kinds | a.context_kinds) & (b.kinds | b.context_kinds)
    words = {w for w in a.title_words & b.title_words if w not in EVENT_KINDS}
    return same_actor or len(told) > 1 or bool(words)


def _dice(x: frozenset[str], y: frozenset[str],
          rarity: Mapping[str, float] | None = None) -> float:
    """Dice overlap of two word sets; a shared word counts by its rarity (1 when unknown).

    The weights are summed exactly (`math.fsum`): a plain float sum would depend on the
    order of the set, which differs from run to run with string hashing.
    """
    if not x or not y:
        return 0.0
    common = x & y
    if not common:
        return 0.0
    rare = [rarity[w] for w in common if w in rarity] if rarity else None
    shared = len(common) - len(rare) + fsum(rare) if rare else len(common)
    return 2 * shared / (len(x) + len(y))


#: How many other events may share a word before it counts for less.
COMMON_WORD = 8


def _rarity(profiles: Sequence[Profile]) -> dict[str, float]:
    """What a shared word is worth: 1, or COMMON_WORD / k when k other events use it too
    and k > COMMON_WORD. Among earnings reports "net income" says little; among the tellings
    of a week's diplomacy "friendship" says much. A small corpus weighs every word fully."""
    df: Counter[str] = Counter(w for p in profiles for w in p.words | p.title_words)
    return {w: min(1.0, COMMON_WORD / (d - 2)) for w, d in df.items() if d - 2 > COMMON_WORD}


def _with_rarity(profiles: list[Profile]) -> list[Profile]:
    rarity = _rarity(profiles)
    return [p.with_rarity(rarity) for p in profiles]


def _named_in_other(a: Profile, b: Profile) -> tuple[dict[str, float], dict[str, float]]:
    """The two actor weights, where a subject named only by its words ("~dpc acquisition")
    counts for the other event too when that one's sentences name all its words ("an offer
    from DPC Acquisition")."""
    def extend(own: Profile, other: Profile) -> dict[str, float]:
        extra = {k: w for k, w in other.actors.items() if k.startswith("~")
                 and k not in own.actors and k[1:] in own.names}
        return {**own.actors, **extra} if extra else own.actors

    return extend(a, b), extend(b, a)


def _actor_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted share of the smaller actor set found in the other.

    An event naming nobody ("Monday's talks were friendly") neither agrees nor disagrees:
    it scores half.
    """
    own_a = sum(w for w in a.values() if w > 0)
    own_b = sum(w for w in b.values() if w > 0)
    if not own_a or not own_b:
        return 0.5
    # Negative weights mark affiliations: they count, at their size, only when shared.
    shared = sum(min(abs(w), abs(b[name])) for name, w in a.items()
                 if name in b and (w > 0 or b[name] > 0))
    return min(1.0, shared / min(own_a, own_b))


def similarity(a: Profile, b: Profile) -> float:
    """0 when the two cannot be one event; otherwise higher is more alike (≥ THRESHOLD merges)."""
    if not _compatible(a, b):
        return 0.0
    return _likeness(a, b)


def _likeness(a: Profile, b: Profile) -> float:
    """The score of two tellings on actors, kinds and words, whatever their times."""
    actors = _actor_overlap(*_named_in_other(a, b))
    score = (0.4 * actors
             + _kind_agreement(a, b)
             + 0.5 * _dice(a.title_words, b.title_words, a.rarity)
             + 0.5 * _dice(a.words, b.words, a.rarity))
    if a.title_names and b.title_names and not a.names & b.names:
        score -= 0.2
    if actors == 0 and _names_somebody(a) and _names_somebody(b):
        # Both name who acted, and nobody in common: "Acme reports net income" and "Borden
        # reports net income" are two events however alike their words.
        score -= 0.2
    if a.event.when.value == b.event.when.value:
        score += 0.1
    return score


def _names_somebody(profile: Profile) -> bool:
    return any(w > 0 for w in profile.actors.values())


def _kind_agreement(a: Profile, b: Profile) -> float:
    """0.35 when the two happenings are of one kind; 0.15 when one's kind is only named
    around the other ("agreed to halt strikes after a long telephone call" and "Tuesday's
    call")."""
    if a.kinds and b.kinds and _agree(a.kinds, b.kinds):
        return 0.35
    if _agree(a.kinds, b.context_kinds) or _agree(b.kinds, a.context_kinds):
        return 0.15
    return 0.0


THRESHOLD = 0.55
#: Share of title words (Dice) that lets a finer value merge into a coarser one.
TITLE_EVIDENCE = 0.3


def _best(events: Sequence[Event]) -> tuple[TimeValue, Event]:
    """The most precise time value and the event whose title the merged event takes."""
    counts = Counter(e.when.value for e in events for _ in e.mentions)

    def precision(e: Event) -> tuple[int, int, str]:
        return (granularity_rank(e.when.granularity), -counts[e.when.value], e.when.value)

    when = min(events, key=precision).when
    candidates = [e for e in events if e.when.value == when.value]
    first = min(candidates, key=lambda e: (
        ":" in e.title, -len(e.actors), min((m.article, m.start) for m in e.mentions)))
    return when, first


def combine(events: Sequence[Event]) -> Event:
    """One event from several tellings of it."""
    if len(events) == 1:
        return events[0]
    when, best = _best(events)
    mentions = sorted({m for e in events for m in e.mentions},
                      key=lambda m: (m.article, m.start, m.end))
    actors = list(best.actors)
    for event in events:
        actors.extend(a for a in event.actors if a not in actors)
    return Event(id=min(e.id for e in events), title=best.title, actors=tuple(actors),
                 when=when, mentions=tuple(mentions))


#: The fields of a profile that `_content_key` reads.
_KEYED = tuple(f.name for f in fields(Profile) if f.name not in ("event", "sentences", "rarity"))


def _content_key(profile: Profile) -> tuple[object, ...]:
    """All `similarity` reads of a profile but its sentences (whose sharing it only tests)
    and the corpus-wide rarity: profiles alike in this score alike against any other."""
    parts: list[object] = [profile.event.when, profile.event.title, profile.event.actors]
    for name in _KEYED:
        value = getattr(profile, name)
        parts.append(tuple(sorted(value.items())) if isinstance(value, dict) else value)
    return tuple(parts)


def cluster(events: Sequence[Event], actors: ActorIndex | Profiler) -> list[list[int]]:
    """Groups of indices into `events` that tell the same event.

    `actors` says what kind each actor is (a shared person counts more than a shared
    country) and which country a person belongs to. Unknown actors count as persons. A
    `Profiler` in its place keeps the profiles it makes for later use.
    """
    profiles = _with_rarity(list(profile_events(events, actors)))
    group = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    # `_consistent` but for sentences reads only a profile's times and kinds (`_shape`),
    # which many events share: each pair of shapes is tested once. Events of one content
    # key have one shape, so the test also spares scoring pairs that cannot merge.
    shape_of = [_shape(p) for p in profiles]
    tested: dict[tuple[_Shape, _Shape], bool] = {}

    def fits(i: int, j: int) -> bool:
        key = (shape_of[i], shape_of[j])
        found = tested.get(key)
        if found is None:
            found = tested[key] = _consistent_shapes(profiles[i], profiles[j])
        return found

    # The pairs scoring THRESHOLD or more, strongest first, as a full sort would give them
    # (`timeline.blocking`: only overlapping times, each pair of contents scored once).
    pairs = ranked_pairs(
        [(e.when.start, e.when.end or e.when.start) if e.when.start else None for e in events],
        [_content_key(p) for p in profiles],
        lambda i, j: similarity(profiles[i], profiles[j]),
        lambda i, j: bool(profiles[i].sentences & profiles[j].sentences),
        group, THRESHOLD, compatible=fits)
    # Groups found inconsistent stay so as they grow: they are not compared again.
    apart: set[tuple[int, int]] = set()
    # Every pair across two groups must be `_consistent`: no two share a sentence exactly
    # when the groups' sentences are apart, and each pair of their shapes must fit.
    sentences = {i: set(p.sentences) for i, p in enumerate(profiles)}
    shapes = {i: {shape_of[i]: i} for i in range(len(profiles))}
    for i, j in pairs:
        gi, gj = group[i], group[j]
        if gi == gj or (min(gi, gj), max(gi, gj)) in apart:
            continue
        if sentences[gi] & sentences[gj] or not all(
                fits(x, y) for x in shapes[gi].values() for y in shapes[gj].values()):
            apart.add((min(gi, gj), max(gi, gj)))
            continue
        for x in members[gj]:
            group[x] = gi
        members[gi].extend(members.pop(gj))
        sentences[gi] |= sentences.pop(gj)
        for shape, x in shapes.pop(gj).items():
            shapes[gi].setdefault(shape, x)
    return [sorted(m) for _, m in sorted(members.items())]


def merge_events(events: Sequence[Event], actors: ActorIndex | None = None,
                 undated: Sequence[Event] = (), profiles: Iterable[Profile] = ()
                 ) -> list[Event]:
    """Merge events that tell the same happening; ids unique in the result.

    `actors` gives the kinds of actors (the built-in actors file when not given). `undated`
    are tellings with no date of their own (`timeline.events.extract_all`): each joins the
    merged event it tells, if any (`attach_undated`), and is dropped otherwise. `profiles`
    made beforehand of these very event objects (`profile_events`, with the same actors)
    spare making them again.
    """
    profiler = Profiler(actors or load_actors())
    profiler.seed(profiles)
    merged = [combine([events[i] for i in group]) for group in cluster(events, profiler)]
    merged = attach_undated(merged, undated, profiler)
    merged.sort(key=lambda e: (e.when.start is None, e.when.start, e.id,
                               [(m.article, m.start) for m in e.mentions]))
    seen: Counter[str] = Counter()
    out = []
    for event in merged:
        seen[event.id] += 1
        if seen[event.id] > 1:
            # Two events that hash alike but were kept apart: the later one gets a suffix.
            event = Event(f"{event.id}-{seen[event.id]}", event.title, event.actors,
                          event.when, event.mentions)
        out.append(event)
    return out


#: Score an undated telling needs to join a dated event: more than two dated tellings need,
#: since nothing about time speaks for the pair beyond the direction.
ATTACH_THRESHOLD = 0.7


def _direction_fits(telling: Event, event: Event) -> bool:
    """Whether a vague time ("previously", "will") fits the event's dates, seen from the
    telling's own anchor (its article's date)."""
    anchor = telling.mentions[0].anchor
    when = event.when
    if anchor is None or when.start is None:
        return False
    end = when.end or when.start
    vague = telling.when.value
    if vague == "FUTURE_REF":
        return when.start > anchor
    if vague == "PAST_REF":
        return end < anchor
    return when.start <= anchor <= end


def _tells(telling: Profile, event: Profile) -> float:
    """How well an undated telling fits a dated event; 0 when it cannot be that event.

    Both must name one kind of happening with nothing stopped between them, the vague time
    must point the right way, the two must share a person, a name, or a good part of their
    title words, and come from different sentences.
    """
    if not (telling.kinds and event.kinds and _agree(telling.kinds, event.kinds)):
        return 0.0
    if telling.stopped & event.kinds or event.stopped & telling.kinds:
        return 0.0
    if telling.sentences & event.sentences or not _direction_fits(telling.event, event.event):
        return 0.0
    persons = {n for n, w in telling.actors.items() if w == 1.0 and event.actors.get(n) == 1.0}
    if not (persons or telling.names & event.names
            or _dice(telling.title_words, event.title_words, event.rarity) >= TITLE_EVIDENCE):
        return 0.0
    return _likeness(telling, event)


def attach_undated(events: Sequence[Event], undated: Sequence[Event],
                   actors: ActorIndex | Profiler) -> list[Event]:
    """`events` with each undated telling added, as a mention, to the one it tells best.

    A telling joins only an event it fits (`_tells`) with a score of ATTACH_THRESHOLD or
    more, and only when no other event fits as well. The event keeps its id, time and title;
    it gains the telling's mentions and actors.
    """
    if not undated:
        return list(events)
    everyone = _with_rarity(list(profile_events((*events, *undated), actors)))
    profiles, tellings = everyone[:len(events)], everyone[len(events):]
    # Only events of an agreeing kind can score above 0 (`_tells`): look at those alone.
    by_kinds: dict[frozenset[str], list[int]] = {}
    for i, p in enumerate(profiles):
        by_kinds.setdefault(p.kinds, []).append(i)
    joined: dict[int, list[Event]] = {}
    for telling, own in zip(undated, tellings, strict=True):
        near = sorted(i for kinds, members in by_kinds.items()
                      if own.kinds and kinds and _agree(own.kinds, kinds) for i in members)
        scores = sorted(((_tells(own, profiles[i]), i) for i in near), reverse=True)
        if not scores or scores[0][0] < ATTACH_THRESHOLD:
            continue
        if len(scores) > 1 and scores[1][0] == scores[0][0]:
            continue
        joined.setdefault(scores[0][1], []).append(telling)
    out = []
    for i, event in enumerate(events):
        extra = joined.get(i, [])
        if extra:
            mentions = sorted({m for e in (event, *extra) for m in e.mentions},
                              key=lambda m: (m.article, m.start, m.end))
            names = list(event.actors)
            for telling in extra:
                names.extend(a for a in telling.actors if a not in names)
            event = Event(event.id, event.title, tuple(names), event.when, tuple(mentions))
        out.append(event)
    return out
