"""Rules for references with no calendar value: the present, the past and the future.

TimeML's PRESENT_REF ("now", "currently", "these days", "at present"), PAST_REF
("recently", "previously", "in the past", "years ago", "in recent months") and FUTURE_REF
("soon", "in the future", "the near term", "in the coming weeks"). They have no interval: the
timeline cannot place them on the calendar and does not pretend to. Word lists here are short
and closed; anything that counts units ("three years ago") belongs to the relative rules.
"""

from __future__ import annotations

import re

from timeline.temporal import calendar as cal
from timeline.temporal.grammar import (
    Context,
    Normalizer,
    Resolved,
    rule,
    word_after,
    word_before,
)
from timeline.temporal.lexicon import keys


def _ref(value: str) -> Normalizer:
    def normalize(m: re.Match[str], ctx: Context) -> Resolved | None:
        return Resolved(cal.vague_value(value), f"{value}: no calendar value")
    return normalize


_NOT_CURRENT = frozenset("""account accounts affairs events event flowing flow flows of
accounts-deficit""".split())


def _current_guard(m: re.Match[str], text: str) -> bool:
    if m.group(0).lower() != "current":
        return True
    after = word_after(text, m.end())
    return after.lower() not in _NOT_CURRENT and after[:1].islower()


_UNITS_PLURAL = r"(?:days|weeks|months|quarters|years|decades|times|hours|moments)"

RULES = (
    rule("present-ref", "vague",
         r"<B>(?:right\s+now|just\s+now|now|currently|current|at\s+present|presently|"
         r"nowadays|these\s+days|this\s+(?:crucial\s+|critical\s+)?moment|the\s+present"
         r"(?!\s+(?:day|tense|value))|at\s+the\s+moment)(?![\w-])",
         _ref("PRESENT_REF"), guard=_current_guard,
         keys=keys("now currently current present presently nowadays days moment")),
    rule("past-ref", "vague",
         r"<B>(?:(?:more\s+|most\s+|only\s+|very\s+)?recently|lately|previously|"
         r"formerly|earlier|(?:the\s+)?(?:recent\s+)?past(?!\s+(?:<NUM>|few|several|week|weekend|"
         r"month|year|decade|century|quarter|day|the|a|an|midnight|noon|midday|dawn|dusk)\b)|"
         r"(?:(?:many|several|some|a\s+few|few)\s+)?" + _UNITS_PLURAL + r"\s+ago|"
         r"(?:not\s+)?(?:so\s+)?long\s+ago|some\s+time\s+ago|a\s+(?:little\s+)?while\s+ago|"
         r"(?:the\s+)?recent\s+" + _UNITS_PLURAL + r"|of\s+late|"
         r"(?:the\s+)?last\s+(?:few|several)\s+(?:days|weeks|months|years)(?=\s+ago)|"
         # "saying at the time that he would go": then, in the story's past.
         r"(?<=\bat\s)the\s+time(?!\s+(?:of|when|being|that|zone)\b))"
         r"(?![\w-])",
         _ref("PAST_REF"), guard=lambda m, text: _past_guard(m, text),
         keys=keys("recently lately previously formerly earlier past ago late recent time")),
    rule("the-other-day", "vague", r"<B>the\s+other\s+(?:day|night|week)(?![\w-])",
         _ref("PAST_REF"), keys=keys("other"),
         guard=lambda m, text: word_after(text, m.end()).lower() not in ("of", "and", "or")),
    rule("then-current", "vague", r"<B>then[-\s]+current(?![\w-])", _ref("PAST_REF"),
         priority=1, keys=keys("current"), reach=(8, 4)),
    rule("once-adjective", "vague", r"<B>once(?=\s+[a-z])", _ref("PAST_REF"),
         guard=lambda m, text: _once_guard(m, text), keys=keys("once"), reach=(2, 4)),
    rule("future-ref", "vague",
         r"<B>(?:as\s+soon\s+as\s+possible|soon|shortly|someday|one\s+day(?=\s+[a-z])|"
         r"an?\s+(?:later|future)\s+date|the\s+(?:near\s+|foreseeable\s+|distant\s+|"
         r"immediate\s+|not[-\s](?:too|so)[-\s]distant\s+)?future|"
         r"the\s+(?:near|short|long|longer|medium)[-\s]+(?:term|run)|"
         r"(?:the\s+)?(?:coming|upcoming|future)\s+" + _UNITS_PLURAL +
         r"|the\s+" + _UNITS_PLURAL + r"\s+ahead)(?![\w-])",
         _ref("FUTURE_REF"), priority=1, guard=lambda m, text: _future_guard(m, text),
         keys=keys("soon shortly someday future term run ahead coming upcoming one later")),
)


_AFTER_NOUN = frozenset("""is was will would may might could should can and or but as for than
to in at on is, whether because if when while""".split())


def _future_guard(m: re.Match[str], text: str) -> bool:
    word = m.group(0).lower()
    if word.startswith("one"):
        # "the country will one day join": some day in the future, not a length of one day.
        return word_before(text, m.start()) in _MODALS
    if word in ("soon", "shortly"):
        after = word_after(text, m.end()).lower()
        # "as soon as the wind drops" is a conjunction; "soon after the vote", "shortly before
        # the merger" place a moment against an event, which the event rules read.
        return after not in _RELATION_AFTER and not (
            after == "as" and word_before(text, m.start()) == "as")
    if word.endswith("future"):
        # "the future of the alliance" is what becomes of it, not a time.
        return word_after(text, m.end()).lower() != "of"
    if not (word.endswith("term") or word.endswith("run")):
        return True
    # "the long term" as a noun ("in the long term, …"), not as an adjective ("long-term aid").
    after = text[m.end():m.end() + 2]
    return after[:1] in (".", ",", ";", ":", "!", "?", ")", "") or \
        word_after(text, m.end()).lower() in _AFTER_NOUN


_MODALS = frozenset("will would could may might can should must shall".split())
_RELATION_AFTER = frozenset("after before afterwards afterward thereafter".split())
_DETERMINERS = frozenset("a an the its his her their our my your this that these those".split())
_ADVERBS_OF_PARTICIPLE = frozenset("previously recently formerly earlier".split())


def _modifies_noun(m: re.Match[str], text: str) -> bool:
    """"its earlier loss", "a previously announced plan", "the recently passed law": inside
    a noun phrase the word compares or describes a thing; it does not place the clause.
    Nor does it in "as previously planned", which only refers to an earlier statement."""
    before = word_before(text, m.start())
    after = word_after(text, m.end())
    if before == "as" and m.group(0).lower() != "earlier":
        return after.lower().endswith(("ed", "en"))
    if before not in _DETERMINERS and not before.endswith(("'s", "’s")):
        return False
    if m.group(0).lower() == "earlier":
        return after[:1].isalpha() or after[:1].isdigit() or text[m.end():].lstrip()[:1] == "$"
    return after.lower().endswith(("ed", "en"))


def _once_guard(m: re.Match[str], text: str) -> bool:
    """"a once busy port": formerly. Elsewhere "once" counts ("once a week") or
    joins clauses ("once talks resume"); in "the once-mighty party" it is part of one
    compound adjective, like "long-term"."""
    return word_before(text, m.start()) in _DETERMINERS and \
        word_after(text, m.end()).lower() not in ("a", "an", "the", "more", "again", "in",
                                                   "and", "or", "per", "every")


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _at_the_time_guard(m: re.Match[str], text: str) -> bool:
    """"At the time the dam burst, most people ...": opening a sentence without a comma,
    "at the time" introduces a clause (the time is that clause's event), like "when"."""
    at = m.start() - 3
    opens = _SENTENCE_START.search(text, max(0, at - 4), at) is not None
    return not opens or text[m.end():m.end() + 1] == ","


def _past_guard(m: re.Match[str], text: str) -> bool:
    word = m.group(0).lower()
    if word == "the time":
        return _at_the_time_guard(m, text)
    if word in _ADVERBS_OF_PARTICIPLE and _modifies_noun(m, text):
        return False
    if word == "earlier":
        # "earlier this week" is taken by a longer rule; "earlier than" compares.
        return word_after(text, m.end()).lower() not in ("than", "on", "in", "that", "this")
    if word.endswith("past") and word_after(text, m.end())[:1].isdigit():
        return False
    return not (word == "recent" and word_after(text, m.end()).lower() in ("past",))

