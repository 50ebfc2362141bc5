"""The TempEval-3 Task A scorer for temporal expressions, written for this project.

Gold and system expressions are aligned one to one within a document: first every pair with
identical extents (a *strict* match), then, among those left, pairs whose extents overlap by
at least one character (a *relaxed* match), largest overlap first, earlier text first on ties.
Strict matches are relaxed matches too. From the counts, micro-averaged over a corpus:

- strict / relaxed precision = matches / system expressions, recall = matches / gold
  expressions, F1 their harmonic mean;
- type and value accuracy = relaxed matches whose TIMEX3 `type` / `value` string equals the
  gold one, divided by relaxed matches;
- type and value F1 = that accuracy × relaxed F1, which is what TempEval-3 reports as the
  attribute F1 (attribute-correct matches over system count and over gold count, combined).

A ratio with a zero denominator is 0.0: a run that finds nothing, or a corpus with nothing to
find, earns no credit rather than a division error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from timeline.evaluate.timeml import GoldTimex
from timeline.model import Timex


@dataclass(frozen=True)
class Span:
    """One temporal expression on either side of the comparison."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    #: The system's expression kind (weekday, relative, …); empty for gold.
    kind: str = ""

    @classmethod
    def from_gold(cls, gold: GoldTimex) -> Span:
        return cls(gold.start, gold.end, gold.text, gold.type, gold.value)

    @classmethod
    def from_timex(cls, timex: Timex) -> Span:
        value = timex.value.value if timex.value is not None else None
        return cls(timex.start, timex.end, timex.text, timex.type, value, timex.kind)

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True)
class Pair:
    """A gold expression and the system expression aligned with it."""

    gold: Span
    system: Span

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)

    @property
    def type_ok(self) -> bool:
        return self.gold.type == self.system.type

    @property
    def value_ok(self) -> bool:
        return self.system.value is not None and self.gold.value == self.system.value


@dataclass(frozen=True)
class Alignment:
    """The outcome of aligning one document: matched pairs, missed gold, spurious system."""

    pairs: tuple[Pair, ...]
    missed: tuple[Span, ...]
    spurious: tuple[Span, ...]

    @property
    def counts(self) -> Counts:
        return Counts(
            gold=len(self.pairs) + len(self.missed),
            system=len(self.pairs) + len(self.spurious),
            strict=sum(p.strict for p in self.pairs),
            relaxed=len(self.pairs),
            type_ok=sum(p.type_ok for p in self.pairs),
            value_ok=sum(p.value_ok for p in self.pairs),
        )


def align(gold: Sequence[Span], system: Sequence[Span]) -> Alignment:
    """Align gold and system expressions one to one (see the module docstring)."""
    gold_free = set(range(len(gold)))
    system_free = set(range(len(system)))
    matched: list[tuple[int, int]] = []
    by_extent: dict[tuple[int, int], list[int]] = {}
    for j, span in enumerate(system):
        by_extent.setdefault((span.start, span.end), []).append(j)
    for i, span in enumerate(gold):
        candidates = by_extent.get((span.start, span.end))
        if candidates:
            j = candidates.pop(0)
            matched.append((i, j))
            gold_free.discard(i)
            system_free.discard(j)
    overlapping = sorted(
        ((gold[i].overlap(system[j]), i, j) for i in gold_free for j in system_free
         if gold[i].overlap(system[j]) > 0),
        key=lambda c: (-c[0], gold[c[1]].start, system[c[2]].start, c[1], c[2]),
    )
    for _, i, j in overlapping:
        if i in gold_free and j in system_free:
            matched.append((i, j))
            gold_free.discard(i)
            system_free.discard(j)
    matched.sort(key=lambda m: (gold[m[0]].start, gold[m[0]].end, m[0]))
    return Alignment(
        pairs=tuple(Pair(gold[i], system[j]) for i, j in matched),
        missed=tuple(gold[i] for i in sorted(gold_free, key=lambda i: (gold[i].start, i))),
        spurious=tuple(system[j] for j in sorted(system_free, key=lambda j: (system[j].start, j))),
    )


def ratio(part: float, whole: float) -> float:
    """`part / whole`, or 0.0 when `whole` is zero."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are zero)."""
    return ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class Counts:
    """The raw counts behind every score; they add up across documents (micro-averaging)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def strict_precision(self) -> float:
        return ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return ratio(self.type_ok, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return ratio(self.value_ok, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def scores(self) -> dict[str, float]:
        """Every score, by name, in report order."""
        return {
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "relaxed_precision": self.relaxed_precision,
            "relaxed_recall": self.relaxed_recall,
            "relaxed_f1": self.relaxed_f1,
            "type_accuracy": self.type_accuracy,
            "value_accuracy": self.value_accuracy,
            "type_f1": self.type_f1,
            "value_f1": self.value_f1,
        }

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def total(counts: Iterable[Counts]) -> Counts:
    """The sum of per-document counts."""
    out = Counts()
    for item in counts:
        out = out + item
    return out
