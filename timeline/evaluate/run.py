"""Running the temporal tagger over a TimeML corpus and scoring it.

Each document's plain text is tagged with its creation date (DCT) as the anchor, exactly as a
news article is tagged with its publication date. Only the tagging call is timed, and in CPU
time of this process, so the reported characters per second measure the tagger on one core,
not the XML reader, the scorer or whatever else the machine is busy with.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from timeline.evaluate.report import DocResult, EvalReport
from timeline.evaluate.scorer import Span, align
from timeline.evaluate.timeml import TimeMLDoc, read_corpus
from timeline.model import Timex

#: What is evaluated: text and anchor in, temporal expressions out.
Tagger = Callable[[str, date | None], Sequence[Timex]]


def default_tagger() -> Tagger:
    """The project's temporal tagger (imported here: it is the heavy part)."""
    from timeline.temporal import tag

    return tag


def evaluate_docs(docs: Iterable[TimeMLDoc], *, tagger: Tagger | None = None,
                  corpus: str = "corpus") -> EvalReport:
    """Tag every document, align the result with its gold TIMEX3s, and collect the report."""
    run = tagger if tagger is not None else default_tagger()
    results = []
    for doc in docs:
        started = time.process_time()
        found = run(doc.text, doc.dct)
        seconds = time.process_time() - started
        alignment = align([Span.from_gold(g) for g in doc.timexes],
                          [Span.from_timex(t) for t in found])
        results.append(DocResult(doc.id, len(doc.text), seconds, alignment))
    return EvalReport(corpus=corpus, docs=tuple(results))


def evaluate_directory(directory: str | Path, *, tagger: Tagger | None = None) -> EvalReport:
    """Evaluate the tagger on every `.tml` file under `directory` (UsageError if none)."""
    docs = list(read_corpus(directory))
    return evaluate_docs(docs, tagger=tagger, corpus=Path(directory).name or str(directory))


def write_json(report: EvalReport, path: str) -> None:
    """Write the JSON report atomically (OutputError naming the path on failure)."""
    import json

    from timeline.atomic import write_text

    write_text(path, json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
