"""The TempEval-3 scorer on hand-made gold and system annotations."""

from __future__ import annotations

import json

import pytest

from timeline.evaluate.report import DocResult, EvalReport, format_report
from timeline.evaluate.scorer import Counts, Span, align, f1, ratio, total


def g(start, end, value="2024-01-01", type_="DATE"):
    return Span(start, end, f"g{start}", type_, value)


def s(start, end, value="2024-01-01", type_="DATE", kind="date"):
    return Span(start, end, f"s{start}", type_, value, kind)


def test_strict_and_relaxed_matches():
    gold = [g(0, 10), g(20, 30), g(40, 45), g(60, 70)]
    system = [s(0, 10), s(22, 30), s(50, 55)]
    result = align(gold, system)
    assert [(p.gold.start, p.system.start, p.strict) for p in result.pairs] == [
        (0, 0, True), (20, 22, False)]
    assert [m.start for m in result.missed] == [40, 60]
    assert [x.start for x in result.spurious] == [50]
    c = result.counts
    assert (c.gold, c.system, c.strict, c.relaxed) == (4, 3, 1, 2)
    assert c.strict_precision == pytest.approx(1 / 3)
    assert c.strict_recall == pytest.approx(1 / 4)
    assert c.strict_f1 == pytest.approx(2 * (1 / 3) * (1 / 4) / (1 / 3 + 1 / 4))
    assert c.relaxed_precision == pytest.approx(2 / 3)
    assert c.relaxed_recall == pytest.approx(2 / 4)
    assert c.relaxed_f1 == pytest.approx(4 / 7)


def test_adjacent_spans_do_not_overlap():
    result = align([g(0, 5)], [s(5, 9)])
    assert result.counts.relaxed == 0
    assert len(result.missed) == 1 and len(result.spurious) == 1


def test_type_and_value_accuracy_over_relaxed_matches():
    gold = [g(0, 5, "2024-01-01"), g(10, 15, "P3D", "DURATION"), g(20, 25, "2024-W02"),
            g(30, 35, "PAST_REF")]
    system = [s(0, 5, "2024-01-01"), s(11, 15, "P3D", "DATE"), s(20, 25, "2024-01"),
              s(30, 35, None)]
    c = align(gold, system).counts
    assert (c.relaxed, c.type_ok, c.value_ok) == (4, 3, 2)
    assert c.type_accuracy == pytest.approx(0.75)
    assert c.value_accuracy == pytest.approx(0.5)
    assert c.relaxed_f1 == pytest.approx(1.0)
    assert c.value_f1 == pytest.approx(0.5)


def test_attribute_f1_is_accuracy_times_relaxed_f1_and_the_attribute_harmonic_mean():
    gold = [g(0, 5, "1998"), g(10, 15, "1998-01"), g(20, 25, "P1D"), g(30, 35, "1997")]
    system = [s(0, 5, "1998"), s(10, 14, "1998-02"), s(40, 45, "1999")]
    c = align(gold, system).counts
    assert c.value_ok == 1 and c.relaxed == 2
    attr_p, attr_r = c.value_ok / c.system, c.value_ok / c.gold
    assert c.value_f1 == pytest.approx(2 * attr_p * attr_r / (attr_p + attr_r))
    assert c.value_f1 == pytest.approx(0.5 * f1(2 / 3, 2 / 4))


def test_one_system_span_matches_one_gold_span():
    # "Monday morning" against gold "Monday" + "morning": the larger overlap wins, the other
    # gold expression is a miss.
    gold = [g(0, 6), g(7, 14)]
    system = [s(0, 14)]
    result = align(gold, system)
    assert [(p.gold.start, p.system.start) for p in result.pairs] == [(7, 0)]
    assert [m.start for m in result.missed] == [0]
    assert result.counts.relaxed_precision == 1.0
    assert result.counts.relaxed_recall == 0.5


def test_exact_extent_is_preferred_to_a_larger_overlap():
    gold = [g(0, 20), g(0, 4)]
    system = [s(0, 4), s(2, 20)]
    result = align(gold, system)
    assert sorted((p.gold.end, p.system.start, p.strict) for p in result.pairs) == [
        (4, 0, True), (20, 2, False)]


def test_duplicate_system_spans_count_once():
    result = align([g(0, 5)], [s(0, 5), s(0, 5)])
    c = result.counts
    assert (c.strict, c.system) == (1, 2)
    assert c.strict_precision == 0.5 and c.strict_recall == 1.0


@pytest.mark.parametrize(("gold", "system"), [([], []), ([g(0, 3)], []), ([], [s(0, 3)])])
def test_empty_cases_score_zero_without_error(gold, system):
    c = align(gold, system).counts
    scores = c.scores()
    assert set(scores.values()) == {0.0}
    assert (c.gold, c.system) == (len(gold), len(system))


def test_ratio_and_f1_edge_cases():
    assert ratio(1, 0) == 0.0
    assert f1(0.0, 0.0) == 0.0
    assert f1(1.0, 0.5) == pytest.approx(2 / 3)


def test_counts_are_micro_averaged():
    first = align([g(0, 5)], [s(0, 5)]).counts
    second = align([g(0, 5), g(10, 15), g(20, 25)], []).counts
    c = total([first, second])
    assert c == Counts(gold=4, system=1, strict=1, relaxed=1, type_ok=1, value_ok=1)
    assert c.strict_recall == 0.25


def _report():
    first = align([g(0, 5, "2024-01-05"), g(10, 15, "P2D", "DURATION"), g(30, 34, "2024")],
                  [s(0, 5, "2024-01-06", kind="weekday"), s(10, 15, "P2D", "DURATION",
                                                            kind="duration"),
                   s(50, 54, "2023", kind="year")])
    second = align([g(0, 5, "2024-01-05"), g(8, 9, "PRESENT_REF")],
                   [s(0, 5, "2024-01-06", kind="weekday")])
    return EvalReport("mini", (DocResult("a", 1000, 0.5, first), DocResult("b", 500, 0.25, second)))


def test_report_breakdown_and_errors():
    report = _report()
    rows = {r.kind: r for r in report.by_kind()}
    assert list(rows) == ["duration", "weekday", "year", "missed DATE"]
    assert (rows["weekday"].matched, rows["weekday"].value_ok) == (2, 0)
    assert rows["duration"].value_accuracy == 1.0
    assert rows["year"].spurious == 1
    assert rows["missed DATE"].missed == 2
    assert report.value_errors() == [(2, "g0", "2024-01-05", "2024-01-06", "weekday")]
    assert report.missed() == [(1, "g30", "DATE"), (1, "g8", "DATE")]
    assert report.spurious() == [(1, "s50", "year")]
    assert report.chars_per_second == pytest.approx(1500 / 0.75)


def test_report_json_and_table():
    report = _report()
    data = json.loads(json.dumps(report.to_dict()))
    assert data["counts"] == {"gold": 5, "system": 4, "strict": 3, "relaxed": 3, "type_ok": 3,
                              "value_ok": 1}
    assert data["scores"]["value_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["speed"]["chars_per_second"] == 2000
    table = format_report(report, errors=3)
    assert "strict" in table and "relaxed" in table and "2,000 chars/s" in table
    assert "2024-01-05" in table and "most frequent value errors" in table
    assert "most frequent value errors" not in format_report(report)
