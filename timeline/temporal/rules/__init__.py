"""The tagger's grammar: every rule, grouped by the kind of expression it recognises.

One module per family of kinds (absolute dates and years, named periods, relative periods and
parts, times of day, durations and sets, vague references, narrative references); `RULES` is
their concatenation and the only thing the engine reads. A new phrase is a new rule in the
module of its kind, plus rows in the resolver corpus (tests/corpus).
"""

from __future__ import annotations

from timeline.temporal.grammar import Rule, rules_of
from timeline.temporal.rules import absolute, durations, named, narrative, relative, times, vague

RULES: tuple[Rule, ...] = rules_of(
    absolute.RULES,
    named.RULES,
    relative.RULES,
    times.RULES,
    durations.RULES,
    vague.RULES,
    narrative.RULES,
)
