"""What an evaluation run found, and its two faces: a readable table and a JSON document.

`EvalReport` keeps every document's alignment, so the summary scores, the breakdown by
expression kind and the lists of frequent errors are all derived from one record and cannot
disagree. The breakdown files each matched expression under the *system's* kind (which rule
family produced it: weekday, relative, …) and each missed gold expression under `missed <gold
type>`, so the tagger developer sees where value errors and misses come from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from timeline.evaluate.scorer import Alignment, Counts, ratio, total

#: The schema name of the JSON report.
REPORT_SCHEMA = "timeline-eval/1"


@dataclass(frozen=True)
class DocResult:
    """One document's alignment and how long tagging it took."""

    id: str
    chars: int
    seconds: float
    alignment: Alignment


@dataclass(frozen=True)
class KindRow:
    """Matched and spurious system expressions of one kind (or misses of one gold type)."""

    kind: str
    matched: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    spurious: int = 0
    missed: int = 0

    @property
    def value_accuracy(self) -> float:
        return ratio(self.value_ok, self.matched)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "matched": self.matched, "strict": self.strict,
                "type_ok": self.type_ok, "value_ok": self.value_ok,
                "value_accuracy": round(self.value_accuracy, 4), "spurious": self.spurious,
                "missed": self.missed}


@dataclass(frozen=True)
class EvalReport:
    """The result of running the tagger over a corpus and scoring it against the gold."""

    corpus: str
    docs: tuple[DocResult, ...]

    @property
    def counts(self) -> Counts:
        return total(d.alignment.counts for d in self.docs)

    @property
    def chars(self) -> int:
        return sum(d.chars for d in self.docs)

    @property
    def seconds(self) -> float:
        return sum(d.seconds for d in self.docs)

    @property
    def chars_per_second(self) -> float:
        return ratio(self.chars, self.seconds)

    def by_kind(self) -> list[KindRow]:
        """One row per system kind (matches, spurious), then one per missed gold type."""
        rows: dict[str, dict[str, int]] = {}

        def row(kind: str) -> dict[str, int]:
            return rows.setdefault(kind, Counter())

        for doc in self.docs:
            for pair in doc.alignment.pairs:
                r = row(pair.system.kind or "?")
                r["matched"] += 1
                r["strict"] += pair.strict
                r["type_ok"] += pair.type_ok
                r["value_ok"] += pair.value_ok
            for span in doc.alignment.spurious:
                row(span.kind or "?")["spurious"] += 1
            for span in doc.alignment.missed:
                row(f"missed {span.type}")["missed"] += 1
        system_kinds = sorted(k for k in rows if not k.startswith("missed "))
        missed_kinds = sorted(k for k in rows if k.startswith("missed "))
        return [KindRow(kind, **rows[kind]) for kind in system_kinds + missed_kinds]

    def value_errors(self) -> list[tuple[int, str, str, str, str]]:
        """Matched expressions with a wrong value, grouped and most frequent first:
        (count, gold text, gold value, system value, system kind)."""
        counter: Counter[tuple[str, str, str, str]] = Counter()
        for doc in self.docs:
            for pair in doc.alignment.pairs:
                if not pair.value_ok:
                    counter[(pair.gold.text, pair.gold.value or "",
                             pair.system.value or "-", pair.system.kind)] += 1
        return [(n, *key) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    def missed(self) -> list[tuple[int, str, str]]:
        """Gold expressions no system expression overlaps: (count, text, gold type)."""
        counter = Counter((s.text, s.type) for d in self.docs for s in d.alignment.missed)
        return [(n, *key) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    def spurious(self) -> list[tuple[int, str, str]]:
        """System expressions no gold expression overlaps: (count, text, system kind)."""
        counter = Counter((s.text, s.kind) for d in self.docs for s in d.alignment.spurious)
        return [(n, *key) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    def to_dict(self) -> dict[str, Any]:
        """The JSON report: scores, counts, breakdown, speed and every grouped error."""
        return {
            "schema": REPORT_SCHEMA,
            "corpus": self.corpus,
            "documents": len(self.docs),
            "characters": self.chars,
            "counts": self.counts.to_dict(),
            "scores": {k: round(v, 4) for k, v in self.counts.scores().items()},
            "by_kind": [r.to_dict() for r in self.by_kind()],
            "speed": {"seconds": round(self.seconds, 4),
                      "chars_per_second": round(self.chars_per_second)},
            "value_errors": [
                {"count": n, "gold_text": text, "gold_value": gold, "system_value": system,
                 "kind": kind}
                for n, text, gold, system, kind in self.value_errors()],
            "missed": [{"count": n, "text": text, "type": typ} for n, text, typ in self.missed()],
            "spurious": [{"count": n, "text": text, "kind": kind}
                         for n, text, kind in self.spurious()],
        }


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report: EvalReport, *, errors: int = 0) -> str:
    """A plain-text table of the scores, the breakdown and the speed; with `errors` > 0 also the
    most frequent value errors, misses and spurious expressions."""
    c = report.counts
    lines = [
        f"{report.corpus}: {len(report.docs)} documents, {report.chars:,} characters, "
        f"{c.gold:,} gold / {c.system:,} system expressions",
        "",
        f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}   matches",
        f"{'strict':<10}{c.strict_precision:>8.4f}{c.strict_recall:>8.4f}{c.strict_f1:>8.4f}"
        f"   {c.strict:,}",
        f"{'relaxed':<10}{c.relaxed_precision:>8.4f}{c.relaxed_recall:>8.4f}"
        f"{c.relaxed_f1:>8.4f}   {c.relaxed:,}",
        "",
        f"{'':<10}{'accuracy':>10}{'F1':>8}   correct",
        f"{'type':<10}{c.type_accuracy:>10.4f}{c.type_f1:>8.4f}   {c.type_ok:,}",
        f"{'value':<10}{c.value_accuracy:>10.4f}{c.value_f1:>8.4f}   {c.value_ok:,}",
        "",
        "by expression kind (system kind; misses by gold type)",
        f"{'kind':<18}{'matched':>8}{'strict':>8}{'value ok':>9}{'val acc':>9}"
        f"{'spurious':>9}{'missed':>8}",
    ]
    for r in report.by_kind():
        accuracy = f"{r.value_accuracy:.3f}" if r.matched else "-"
        lines.append(f"{_clip(r.kind, 18):<18}{r.matched:>8}{r.strict:>8}{r.value_ok:>9}"
                     f"{accuracy:>9}{r.spurious:>9}{r.missed:>8}")
    lines += ["", f"speed: {report.chars:,} characters tagged in {report.seconds:.3f} s = "
              f"{report.chars_per_second:,.0f} chars/s"]
    if errors > 0:
        lines += ["", f"most frequent value errors (top {errors}): count  gold text  gold value"
                  "  → system value  [kind]"]
        for n, text, gold, system, kind in report.value_errors()[:errors]:
            lines.append(f"{n:>5}  {_clip(text, 36):<36} {gold:<18} → {system:<18} [{kind}]")
        lines += ["", f"most frequent missed gold expressions (top {errors}): count  text  type"]
        for n, text, typ in report.missed()[:errors]:
            lines.append(f"{n:>5}  {_clip(text, 50):<50} {typ}")
        lines += ["", f"most frequent spurious expressions (top {errors}): count  text  kind"]
        for n, text, kind in report.spurious()[:errors]:
            lines.append(f"{n:>5}  {_clip(text, 50):<50} {kind}")
    return "\n".join(lines) + "\n"
