"""Markdown export: a report table that no article text can break or script."""

from __future__ import annotations

from timeline.export.markdown import escape_cell, to_markdown


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ")][1:]


def test_report_has_title_summary_table_and_sources(sample):
    text = to_markdown(sample, title="Ukraine diplomacy")
    lines = text.splitlines()
    assert lines[0] == "# Ukraine diplomacy"
    assert lines[2].startswith("3 articles · 13 events")
    assert len(table_rows(text)) == len(sample.events)
    assert "| early March 2025 (2025-03) | Envoy visits Moscow | United States | " \
           "talks-analysis |" in lines
    assert "- talks-analysis: Months of talks, little progress (2025-06-02, metadata)" in lines


def test_every_row_has_four_cells_whatever_the_text(make):
    c = make.chronology(make.event("1", make.day("2025-01-01"), ("A|B",),
                                   title="a | b \\| c\nd"))
    row = table_rows(to_markdown(c))[0]
    cells = [cell for cell in row.replace("\\|", "").split("|")][1:-1]
    assert len(cells) == 4
    assert "\n" not in row


def test_markup_and_links_are_inert(hostile_chronology):
    text = to_markdown(hostile_chronology)
    assert "<script>" not in text and "<img" not in text and "<a " not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert escape_cell("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert escape_cell("*bold* _it_ `code` # h") == "\\*bold\\* \\_it\\_ \\`code\\` \\# h"
