"""Measuring the temporal tagger against TimeML gold annotations (TimeBank and the like).

`read_timeml` turns a `.tml` file into plain text + gold TIMEX3 offsets; `align` and `Counts`
are the TempEval-3 Task A scorer (strict and relaxed extents, type and value); `evaluate_docs`
and `evaluate_directory` run the tagger and return an `EvalReport` that prints as a table
(`format_report`) or serialises to JSON (`EvalReport.to_dict`). `timeline eval timeml DIR` and
`python -m timeline.evaluate DIR` are thin faces over these.
"""

from __future__ import annotations

from timeline.evaluate.report import EvalReport, format_report
from timeline.evaluate.run import evaluate_directory, evaluate_docs, write_json
from timeline.evaluate.scorer import Alignment, Counts, Pair, Span, align
from timeline.evaluate.timeml import GoldTimex, TimeMLDoc, parse_timeml, read_corpus, read_timeml

__all__ = [
    "Alignment",
    "Counts",
    "EvalReport",
    "GoldTimex",
    "Pair",
    "Span",
    "TimeMLDoc",
    "align",
    "evaluate_directory",
    "evaluate_docs",
    "format_report",
    "parse_timeml",
    "read_corpus",
    "read_timeml",
    "write_json",
]
