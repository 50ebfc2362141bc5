"""`timeline date`: one line per article with date, source, confidence and evidence."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import timeline.cli.date_cmd  # noqa: F401  (registers the command)
from timeline.cli.app import app

UNDATED = Path(__file__).resolve().parent / "undated"


def test_prints_one_line_per_article(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("Published: 22 January 2025\n\nXi and Putin spoke by video link.\n", "utf-8")
    result = CliRunner().invoke(app, ["date", str(UNDATED / "busan_meeting.txt"),
                                      str(UNDATED / "analysis_minsk.txt"), str(dated)])
    assert result.exit_code == 0, result.output
    lines = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}
    assert lines["busan_meeting"][1:4] == ["2025-10-30", "inferred", "1.00"]
    assert "Thursday 2025-10-30 is in the past" in lines["busan_meeting"][4]
    assert lines["analysis_minsk"][1:4] == ["unknown", "unknown", "-"]
    assert lines["dated"][1:3] == ["2025-01-22", "header"]
    assert "analysis_minsk: no publication date found" in result.stderr


def test_jsonl_and_check(tmp_path: Path) -> None:
    dated = tmp_path / "riyadh.txt"
    body = (UNDATED / "riyadh_talks.txt").read_text("utf-8")
    dated.write_text("Published: 20 February 2025\n\n" + body, "utf-8")
    result = CliRunner().invoke(app, ["date", "--check", "--format", "jsonl", str(dated)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["published"] == "2025-02-20" and record["source"] == "header"
    assert record["evidence"][-1].startswith("from the text alone: 2025-02-18")
    assert record["evidence"][-1].endswith("agrees")


def test_bad_events_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    result = CliRunner().invoke(app, ["date", "--events", str(bad),
                                      str(UNDATED / "busan_meeting.txt")])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert str(bad) in str(result.exception)
