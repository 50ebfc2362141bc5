"""Who takes part in events: people, countries and institutions found in a sentence.

The knowledge lives in a data file (`timeline/data/actors.json`, format in docs/events.md):
each actor has a canonical name, a short form for titles ("Trump"), a kind, aliases, and
optionally place names that stand for it ("Beijing" → China) or another actor it stands for
("the Kremlin" → Russia). Role phrases ("the US president") name whoever held the role on a
given date. `ActorIndex.find` returns every actor reference in a sentence as
(start, end, canonical name), leftmost-longest, non-overlapping, in text order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from timeline.errors import KnowledgeError

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "actors.json"

KINDS = ("person", "country", "institution")

# A place name is a place, not an actor, after these words ("met in Beijing").
_LOCATIVE_WORDS = ("in", "to", "from", "at", "near", "outside", "across", "into", "via",
                   "toward", "towards", "around", "of", "visit", "visited", "visiting", "visits",
                   "left", "reached", "arrived")
_LOCATIVE = re.compile(rf"(?:\b(?:{'|'.join(_LOCATIVE_WORDS)})\s+)$", re.IGNORECASE)
#: A locative word and a town's name and comma: what follows says where the town is.
_IN_TOWN_OF = re.compile(r"\b(?:in|at|near|from|to|outside)\s+(?:[A-Z][\w’'-]+\s+){0,2}"
                         r"[A-Z][\w’'-]+,(\s+)$")
# "pro-Russia" and "anti-NATO" describe something else, not the actor.
_NEGATED_WORDS = ("pro", "anti", "non", "ex")
_NEGATED_PREFIX = re.compile(rf"\b(?:{'|'.join(_NEGATED_WORDS)})-$", re.IGNORECASE)
# "former US president" names a past holder we cannot identify from the date alone.
_FORMER_WORDS = ("former", "ex", "then")
_FORMER = re.compile(rf"(?:\b(?:{'|'.join(_FORMER_WORDS)})[\s-]+)$", re.IGNORECASE)
#: How far back each of the three can start: the longest word, with its hyphen and a final
#: newline before which `$` also matches for "pro-".
_LOCATIVE_LONGEST = max(map(len, _LOCATIVE_WORDS))
_NEGATED_LONGEST = max(map(len, _NEGATED_WORDS)) + 2
_FORMER_LONGEST = max(map(len, _FORMER_WORDS))
# A place name followed by a capitalised word is part of a longer name ("Washington Post");
# one followed by a word for a territory names that territory ("Washington state", "the
# Moscow region").
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z][a-z]|(?:state|province|region|county|oblast|district|"
                           r"governorate|area)\b)")
#: A compass or like word, capitalised, right before a country's name makes another place:
#: "Latin America", "South America", "New Mexico", "Northern Ireland", "Eastern Ukraine".
#: (Countries named so, "South Korea", are actors of their own and matched whole first.)
_REGION_WORDS = ("Latin", "North", "South", "East", "West", "Central", "New", "Northern",
                 "Southern", "Eastern", "Western", "Upper", "Lower", "Equatorial", "Greater")
#: … and so does a body of water named after it ("the Gulf of Mexico").
_WATERS = ("Gulf of", "Bay of", "Sea of", "Strait of", "Straits of", "Gulf of the")
_REGION_OF = re.compile(rf"\b(?:{'|'.join(_REGION_WORDS + _WATERS)}) $")
_REGION_LONGEST = max(map(len, _REGION_WORDS + _WATERS)) + 1
#: How many sentences `ActorIndex` remembers the date-free scan of: the few an article is
#: working through (its events are found clause by clause, sentence by sentence), not more,
#: which would only pay off on corpora that repeat sentences across articles.
_SCANS_KEPT = 8


def _run_start(text: str, end: int, dash: bool = False) -> int:
    """Where the run of whitespace (with `dash`, of whitespace and hyphens) that ends at
    `end` begins; `end` when there is none."""
    while end > 0 and (text[end - 1].isspace() or dash and text[end - 1] == "-"):
        end -= 1
    return end


#: A capitalised word right before a place's name, and what stands before that word.
_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+) $")
#: Capitalised words that are no part of a name: days, months, and the words that open
#: sentences ("Then Russia said …", "Meanwhile China …").
_NOT_NAME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december today tonight
yesterday tomorrow but and or so then now yet still also meanwhile however when while as
after before if since though although because once until unless in on at from to for with by
of into over under about the a an this that these those last next every each both all some
many most neither either instead later earlier separately elsewhere here there where why how
what which who whom whose nor perhaps maybe even only just already indeed
eventually ultimately again""".split())


def _inside_longer_name(text: str, at: int) -> bool:
    """Whether the place named at `at` ends a longer capitalised name ("Turning Point USA",
    "Air France", "Team GB"): a capitalised word right before it that is no day, month or
    word that opens sentences ("On Monday China said …", "Then Russia said …", "Hopefully
    China can help")."""
    m = _WORD_BEFORE_NAME.search(text, max(0, at - 40), at)
    # ("Hopefully China can help": an adverb in -ly opens the sentence.)
    return m is not None and m.group("word").lower() not in _NOT_NAME_WORDS \
        and not m.group("word").endswith("ly")


def _after_locative(text: str, at: int) -> bool:
    """Whether `text[:at]` ends with a locative word and whitespace ("met in ")."""
    word_end = _run_start(text, at)
    return _LOCATIVE.search(text, max(0, word_end - _LOCATIVE_LONGEST), at) is not None


def _after_negation(text: str, at: int) -> bool:
    """Whether `text[:at]` ends with "pro-", "anti-" … (or that and a final newline)."""
    return _NEGATED_PREFIX.search(text, max(0, at - _NEGATED_LONGEST), at) is not None


def _after_former(text: str, at: int) -> bool:
    """Whether `text[:at]` ends with "former", "ex" or "then" and spaces or hyphens."""
    word_end = _run_start(text, at, dash=True)
    return _FORMER.search(text, max(0, word_end - _FORMER_LONGEST), at) is not None


@dataclass(frozen=True)
class Actor:
    """One actor as the data file describes it."""

    name: str
    short: str
    kind: str
    aliases: tuple[str, ...]
    places: tuple[str, ...] = ()
    stands_for: str | None = None
    pronoun: str | None = None
    #: For a person: the country or institution they belong to ("Zelensky" → Ukraine).
    country: str | None = None
    #: For a country: the adjectives naming it ("Saudi"); "the Saudi capital" is its first
    #: place.
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleHolder:
    actor: str
    start: date | None
    end: date | None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Reference:
    """One actor reference in a sentence: offsets, canonical name, words for a title."""

    start: int
    end: int
    name: str
    label: str


@dataclass(frozen=True)
class _Target:
    """What a matched phrase refers to: an actor, a place standing for one, or a role."""

    actor: str | None = None
    place: bool = False
    holders: tuple[RoleHolder, ...] = ()


#: The trie key of the whitespace between two words of a phrase (never a character of a
#: word, which `str.split` leaves without whitespace).
_SPACE = " "
#: The end of a phrase in a trie node.
_END = None

#: A trie node: its items, `_END` or (key, child node), in the order the regex tries them.
_Node = list[Any]


def _atoms(alias: str, *, role: bool = False) -> list[tuple[str, ...]]:
    """The characters each position of an alias accepts, one tuple per position, `_SPACE`
    for any whitespace between words: capitalised words exact, lowercase words in either
    case.

    Role phrases are written in either case in news ("US President Trump", "the US
    president"), so every word of a role phrase except an acronym matches in either case.
    """
    out: list[tuple[str, ...]] = []
    for i, word in enumerate(alias.split()):
        if i:
            out.append((_SPACE,))
        if word[0].islower() or (role and not word.isupper() and word[0].isalpha()):
            out.append(tuple(dict.fromkeys(word[0].lower() + word[0].upper())))
        else:
            out.append((word[0],))
        out.extend((c,) for c in word[1:])
    return out


def _insert(node: _Node, atoms: list[tuple[str, ...]]) -> None:
    """Add one phrase after those already in the trie, keeping the order they are tried in.

    Branches with different first characters exclude each other, so a phrase may join an
    earlier branch with its character, but never one before a shorter phrase's end: that
    end is tried first. The whitespace branch can only go on after the whole run of
    whitespace (every word starts with another character), so joining there tries the
    same phrases in the same order too.
    """
    if not atoms:
        if not node or node[-1] is not _END:
            node.append(_END)
        return
    for key in atoms[0]:
        child = None
        for item in reversed(node):
            if item is _END:
                break
            if item[0] == key:
                child = item[1]
                break
        if child is None:
            child = []
            node.append((key, child))
        _insert(child, atoms[1:])


def _render(node: _Node, *, top: bool = False) -> str:
    """The regex of a trie node. At the top each branch checks, once past its first
    character, that no word character or dot precedes the phrase: the pattern then opens
    with a set of literal characters, which the regex engine scans for quickly."""
    parts = []
    for item in node:
        if item is _END:
            parts.append("")
            continue
        key, child = item
        char = r"\s+" if key == _SPACE else re.escape(key)
        if top:
            char = rf"{char}(?<![\w.]{char})"
        parts.append(char + _render(child))
    body = "|".join(parts)
    return body if len(parts) <= 1 else f"(?:{body})"


def _key(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


class ActorIndex:
    """Actors and role phrases compiled into one matcher."""

    def __init__(self, actors: tuple[Actor, ...], roles: Mapping[str, tuple[RoleHolder, ...]]):
        self.actors = actors
        self._by_name = {a.name: a for a in actors}
        targets: dict[str, _Target] = {}
        for actor in actors:
            for alias in actor.aliases:
                targets.setdefault(_key(alias), _Target(actor=actor.name))
            for place in actor.places:
                targets.setdefault(_key(place), _Target(actor=actor.name, place=True))
        for phrase, holders in roles.items():
            targets.setdefault(_key(phrase), _Target(holders=holders))
        self._targets = targets
        self._scans: dict[str, tuple[tuple[int, int, _Target, str], ...]] = {}
        #: Inside `scanning_once`: each text's phrases that name a target, as `_matches`
        #: finds them.
        self._matched: dict[str, tuple[tuple[int, int, _Target, str], ...]] | None = None
        #: Lowercase words of every actor's names, aliases, places and adjectives
        #: ("zelenskyy", "moscow", "saudi").
        self.alias_words = frozenset(
            w.casefold() for a in actors
            for alias in (a.name, a.short, *a.aliases, *a.places, *a.adjectives)
            for w in alias.split())
        phrases = sorted({p for a in actors for p in (*a.aliases, *a.places)} | set(roles),
                         key=lambda p: (-len(p), p))
        # The phrases, longest first, as one alternation tried in that order, written as a
        # trie of characters: the same match at every position without trying each phrase
        # in turn. A phrase matches after no word character or dot and before no word
        # character.
        trie: _Node = []
        for phrase in phrases:
            _insert(trie, _atoms(phrase, role=phrase in roles))
        self._pattern = re.compile(f"(?:{_render(trie, top=True)})(?!\\w)" if trie
                                   else "(?!x)x")

    def place_names(self, text: str) -> set[str]:
        """The places `text` names as locations ("met in the Saudi capital", "flew to Kiev"),
        each as its actor's first place ("Riyadh", "Kyiv"). A place standing for its country
        ("Moscow's invasion", "Beijing denied it") is the actor, not a location."""
        found = set()
        for start, _, target, _ in self._matches(text):
            if target.place and target.actor is not None and _after_locative(text, start):
                found.add(self._by_name[target.actor].places[0])
        return found

    @contextmanager
    def scanning_once(self) -> Iterator[None]:
        """Within the block each text is scanned for phrases once: an article's events are
        found and then profiled from the same sentences (`place_names` reads what `references`
        read). What was scanned is forgotten when the block ends, so only one article's
        texts are ever kept."""
        if self._matched is not None:  # an enclosing block keeps them already
            yield
            return
        self._matched = {}
        try:
            yield
        finally:
            self._matched = None

    def _matches(self, text: str) -> tuple[tuple[int, int, _Target, str], ...]:
        """The phrases of `text` that name a target: (start, end, target, phrase as
        written), in text order."""
        kept = self._matched
        if kept is not None:
            found = kept.get(text)
            if found is not None:
                return found
        targets = self._targets
        named = []
        for match in self._pattern.finditer(text):
            phrase = match.group(0)
            target = targets.get(_key(phrase))
            if target is not None:
                named.append((match.start(), match.end(), target, phrase))
        found = tuple(named)
        if kept is not None:
            kept[text] = found
        return found

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name."""
        return self._by_name.get(name)

    def short(self, name: str) -> str:
        """The short form of an actor's name for titles ("Trump")."""
        actor = self._by_name.get(name)
        return actor.short if actor else name

    def kind(self, name: str) -> str:
        actor = self._by_name.get(name)
        return actor.kind if actor else "person"

    def canonical(self, phrase: str, on: date | None = None) -> str | None:
        """The canonical actor a whole phrase names (any alias, any case), or None."""
        wanted = _key(phrase)
        for actor in self.actors:
            if wanted in (_key(actor.name), _key(actor.short)):
                return self._resolve(actor.name)
        target = self._targets.get(wanted)
        if target is None:
            return None
        return self._target_actor(target, on)

    def _resolve(self, name: str) -> str:
        """Follow `stands_for` ("the Kremlin" → Russia)."""
        seen = set()
        actor = self._by_name.get(name)
        while actor is not None and actor.stands_for and actor.name not in seen:
            seen.add(actor.name)
            name = actor.stands_for
            actor = self._by_name.get(name)
        return name

    def _target_actor(self, target: _Target, on: date | None) -> str | None:
        if target.actor is not None:
            return self._resolve(target.actor)
        if on is None:
            names = {h.actor for h in target.holders}
            return self._resolve(names.pop()) if len(names) == 1 else None
        for holder in target.holders:
            if holder.holds(on):
                return self._resolve(holder.actor)
        return None

    def find(self, sentence: str, on: date | None) -> list[tuple[int, int, str]]:
        """Actor references in `sentence`: (start, end, canonical name), in text order.

        `on` is the date the sentence speaks of; it picks who held a role ("the US
        president"). Without it a role resolves only when one actor ever held it. Place
        names count as actors except after a locative word ("in Moscow") or inside a longer
        capitalised name ("Washington Post").
        """
        return [(r.start, r.end, r.name) for r in self.references(sentence, on)]

    def references(self, sentence: str, on: date | None) -> list[Reference]:
        """Like `find`, with the words a title should use for each reference.

        A title keeps "Moscow" and "the Kremlin" as written (they say more than "Russia")
        and shortens people and roles to the person's short name ("Xi").
        """
        found = []
        for start, end, target, phrase in self._scan(sentence):
            name = self._target_actor(target, on)
            if name is None:
                continue
            if target.place:
                label = " ".join(phrase.split())
            elif target.actor is not None:
                label = self.short(target.actor)
            else:
                label = self.short(name)
            found.append(Reference(start, end, name, label))
        return found

    def _scan(self, sentence: str) -> tuple[tuple[int, int, _Target, str], ...]:
        """The phrases of `sentence` that may name an actor, whatever the date: (start, end,
        target, phrase as written). A sentence is scanned once for its own events and once
        per event it tells, so the last few scans are kept."""
        scans = self._scans
        found = scans.get(sentence)
        if found is not None:
            return found
        kept = []
        matches = self._matches(sentence)
        for found_here in matches:
            start, end, target, _ = found_here
            if _after_negation(sentence, start):
                continue
            if target.place and (_after_locative(sentence, start)
                                 or _NAME_GOES_ON.match(sentence, end)):
                continue
            if _REGION_OF.search(sentence, max(0, start - _REGION_LONGEST), start):
                continue
            if (target.place or target.actor is not None
                    and self.kind(target.actor) == "country") \
                    and _inside_longer_name(sentence, start) \
                    and not any(e == start - 1 for _, e, _, _ in matches):
                # (A name of an actor right before is another reference: "told Trump China
                # would buy".)
                continue
            town = None if target.actor is None or self.kind(target.actor) != "country" \
                else _IN_TOWN_OF.search(sentence, max(0, start - 40), start)
            if town is not None and not any(e == town.end() - len(town.group(1)) - 1
                                            for _, e, _, _ in matches):
                # "in Davos, Switzerland": where a town is, not who acted ("from France,
                # Germany and Poland" is a list of actors).
                continue
            if target.holders and _after_former(sentence, start):
                continue
            kept.append(found_here)
        found = tuple(kept)
        if len(scans) >= _SCANS_KEPT:
            del scans[next(iter(scans))]
        scans[sentence] = found
        return found


def _day(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise KnowledgeError(f"{where}: expected a date YYYY-MM-DD, got {value!r}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse(data: Any) -> ActorIndex:
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise KnowledgeError('expected an object with an "actors" list')
    actors = []
    for i, entry in enumerate(data["actors"]):
        where = f"actors[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f'{where}: expected an object with a "name"')
        kind = entry.get("kind", "person")
        if kind not in KINDS:
            raise KnowledgeError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
        name = entry["name"].strip()
        places = _strings(entry.get("places", []), f"{where}.places")
        adjectives = _strings(entry.get("adjectives", []), f"{where}.adjectives")
        if places:
            # "the Saudi capital" is a place like "Riyadh".
            places += tuple(f"the {adjective} capital" for adjective in adjectives)
        actors.append(Actor(
            name=name,
            short=str(entry.get("short") or name),
            kind=kind,
            aliases=_strings(entry.get("aliases", [name]), f"{where}.aliases"),
            places=places,
            stands_for=entry.get("stands_for"),
            pronoun=entry.get("pronoun"),
            country=entry.get("country"),
            adjectives=adjectives,
        ))
    names = {a.name for a in actors}
    for actor in actors:
        if actor.stands_for is not None and actor.stands_for not in names:
            raise KnowledgeError(f"actor {actor.name!r} stands for unknown {actor.stands_for!r}")
        if actor.country is not None and actor.country not in names:
            raise KnowledgeError(f"actor {actor.name!r} belongs to unknown {actor.country!r}")
    roles: dict[str, tuple[RoleHolder, ...]] = {}
    for i, entry in enumerate(data.get("roles", [])):
        where = f"roles[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("holders"), list):
            raise KnowledgeError(f'{where}: expected an object with "phrases" and "holders"')
        holders = []
        for j, h in enumerate(entry["holders"]):
            if not isinstance(h, dict) or h.get("actor") not in names:
                raise KnowledgeError(f"{where}.holders[{j}]: unknown actor {h!r}")
            holders.append(RoleHolder(h["actor"], _day(h.get("from"), where),
                                      _day(h.get("until"), where)))
        for phrase in _strings(entry.get("phrases"), f"{where}.phrases"):
            roles[phrase] = tuple(holders)
    return ActorIndex(tuple(actors), roles)


def load_actors(path: str | None = None) -> ActorIndex:
    """Read an actors file (default: the built-in `timeline/data/actors.json`).

    A missing, unreadable or malformed file raises KnowledgeError naming it.
    """
    source = Path(path) if path is not None else DEFAULT_PATH
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError("no such actors file", str(source)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read actors file ({exc})", str(source)) from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"not valid JSON (line {exc.lineno}: {exc.msg})",
                             str(source)) from None
    try:
        return _parse(data)
    except KnowledgeError as exc:
        raise KnowledgeError(exc.message, str(source)) from None
