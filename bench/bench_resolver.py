"""Speed of the temporal tagger (tag + resolve) against dateparser.search_dates, on TimeBank.

Both read the same plain texts (every TimeBank document, TimeML tags stripped) with each
document's creation date as the reference time: `timeline.temporal.tag(text, dct)` and
`dateparser.search.search_dates(text, settings={"RELATIVE_BASE": dct})`. One process; times
are CPU seconds of that process, so the figures are per core and hold on a busy machine.
The tagger's first pass (regex compilation, data loading) is reported apart; its speed is the
best of `--repeat` further passes. dateparser gets one warm-up call and then one timed pass,
over all documents or, with `--dateparser-every K`, over every K-th document (a fixed subset).

As a baseline for accuracy, search_dates' results are placed back into the text (its matched
substrings, in order) and scored like the tagger with the TempEval-3 scorer; its value is the
calendar day of the datetime it returns, so this is a crude figure: it can never be right for
durations, months, years or vague references, which dateparser does not represent.

    python bench/bench_resolver.py [--corpus DIR] [--repeat 5] [--dateparser-every 1]
                                   [--no-dateparser]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.evaluate.scorer import Counts, Span, align, total  # noqa: E402
from timeline.evaluate.timeml import TimeMLDoc, read_corpus  # noqa: E402

TIMEBANK = ROOT / ".." / "shared" / "timeml" / "TimeBank"


def run_tagger(docs: list[TimeMLDoc], repeat: int) -> tuple[float, float, Counts]:
    """(first-pass seconds, best later pass seconds, scores of the last pass)."""
    from timeline.temporal import tag

    def one_pass() -> tuple[float, list[list]]:
        found = []
        started = time.process_time()
        for doc in docs:
            found.append(tag(doc.text, doc.dct))
        return time.process_time() - started, found

    cold, found = one_pass()
    best = min(one_pass()[0] for _ in range(max(1, repeat)))
    counts = total(align([Span.from_gold(g) for g in doc.timexes],
                         [Span.from_timex(t) for t in timexes]).counts
                   for doc, timexes in zip(docs, found, strict=True))
    return cold, best, counts


def place(text: str, results: list[tuple[str, datetime]]) -> list[Span]:
    """search_dates returns (substring, datetime) in text order: find each substring again."""
    spans = []
    cursor = 0
    for phrase, moment in results:
        at = text.find(phrase, cursor)
        if at < 0:
            at = text.find(phrase)
            if at < 0:
                continue
        spans.append(Span(at, at + len(phrase), phrase, "DATE", moment.date().isoformat(),
                          "dateparser"))
        cursor = at + len(phrase)
    return spans


def run_dateparser(docs: list[TimeMLDoc]) -> tuple[float, Counts]:
    """(seconds, scores) of one pass of search_dates over `docs`."""
    from dateparser.search import search_dates

    search_dates("The talks ended on Tuesday, March 3.",
                 settings={"RELATIVE_BASE": datetime(2020, 3, 5)})
    counts = []
    started = time.process_time()
    found = []
    for doc in docs:
        base = datetime.combine(doc.dct, datetime.min.time()) if doc.dct else datetime(2000, 1, 1)
        found.append(search_dates(doc.text, settings={"RELATIVE_BASE": base}) or [])
    seconds = time.process_time() - started
    for doc, results in zip(docs, found, strict=True):
        counts.append(align([Span.from_gold(g) for g in doc.timexes],
                            place(doc.text, results)).counts)
    return seconds, total(counts)


def _row(name: str, docs: list[TimeMLDoc], seconds: float, counts: Counts) -> str:
    chars = sum(len(d.text) for d in docs)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    rate = chars / seconds if seconds else 0.0
    mb_rate = size / seconds / 1e6 if seconds else 0.0
    return (f"{name:<26}{chars:>10,}{seconds:>10.3f}{rate:>14,.0f}{mb_rate:>9.3f}"
            f"{counts.strict_f1:>11.3f}{counts.relaxed_f1:>10.3f}{counts.value_f1:>10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(TIMEBANK), help="folder of .tml files")
    parser.add_argument("--repeat", type=int, default=5, help="timed tagger passes (best kept)")
    parser.add_argument("--dateparser-every", type=int, default=1, metavar="K",
                        help="time dateparser on every K-th document only")
    parser.add_argument("--no-dateparser", action="store_true", help="time the tagger only")
    args = parser.parse_args()

    docs = list(read_corpus(args.corpus))
    chars = sum(len(d.text) for d in docs)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters ({size / 1e6:.3f} MB UTF-8); "
          f"Python {platform.python_version()}, {os.cpu_count()} CPUs, one process, CPU time")
    print(f"{'':<26}{'chars':>10}{'seconds':>10}{'chars/s':>14}{'MB/s':>9}"
          f"{'strict F1':>11}{'relax F1':>10}{'value F1':>10}")

    cold, best, counts = run_tagger(docs, args.repeat)
    print(_row("timeline (first pass)", docs, cold, counts))
    print(_row(f"timeline (best of {args.repeat})", docs, best, counts))
    if args.no_dateparser:
        return
    subset = docs[:: max(1, args.dateparser_every)]
    sub_chars = sum(len(d.text) for d in subset)
    dp_seconds, dp_counts = run_dateparser(subset)
    label = "dateparser" if len(subset) == len(docs) else f"dateparser (1/{args.dateparser_every})"
    print(_row(label, subset, dp_seconds, dp_counts))
    tagger_rate = chars / best
    dp_rate = sub_chars / dp_seconds
    print(f"\ntimeline is {tagger_rate / dp_rate:,.0f}x dateparser.search_dates "
          f"({tagger_rate:,.0f} vs {dp_rate:,.0f} characters/s)")
    if len(subset) != len(docs):
        print(f"dateparser ran on {len(subset)} of {len(docs)} documents (every "
              f"{args.dateparser_every}th); its scores are on that subset only")
    print("goals: >= 1 MB/s per core, >= 20x dateparser; dateparser's value F1 is crude (it "
          "returns a day for every match)")


if __name__ == "__main__":
    main()
