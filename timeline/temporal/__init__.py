"""The temporal tagger and resolver: find every temporal expression of a text and say when it is.

`tag(text, anchor)` returns `Timex` records (offsets, kind, TIMEX3 value with its interval,
granularity and modifier, and a short account of how it was resolved), using the declarative
grammar in `timeline.temporal.rules`, the word lists in `timeline/data/temporal_lexicon.json`
and the clause tense from `timeline.temporal.tense`. `resolve_phrase` is the corpus tests'
entry point: the value of one phrase, read in its sentence.

The engine is imported when first asked for: building the grammar compiles every rule's
pattern, which a rebuild served from the cache, or a program that only needs the calendar or
tense helpers of this package, never uses.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from timeline.model import TimeValue

if TYPE_CHECKING:
    from timeline.temporal.engine import tag

__all__ = ["resolve_phrase", "tag"]


def __getattr__(name: str) -> Any:
    if name == "tag":
        from timeline.temporal.engine import tag

        return tag
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def resolve_phrase(phrase: str, anchor: date, context: str | None = None) -> TimeValue | None:
    """The value of `phrase` as read in `context` (or alone), or None if it is not tagged.

    The expression chosen is the one that overlaps the phrase the most, so "on Wednesday" and
    "Wednesday" name the same expression.
    """
    from timeline.temporal.engine import tag

    text = context if context is not None else phrase
    where = text.find(phrase)
    if where < 0:
        where = text.lower().find(phrase.lower())
    if where < 0:
        raise ValueError(f"phrase {phrase!r} is not in its context")
    end = where + len(phrase)
    best = None
    best_overlap = 0
    for timex in tag(text, anchor):
        overlap = min(end, timex.end) - max(where, timex.start)
        if overlap > best_overlap:
            best, best_overlap = timex, overlap
    return best.value if best is not None else None
