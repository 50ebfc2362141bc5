"""`timeline eval timeml` and `python -m timeline.evaluate`, with a stand-in tagger.

The stand-in finds weekday names and resolves each to a fixed value, so the expected scores
follow from the tiny corpus written here, whatever the state of the real tagger.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import timeline.cli.eval_cmd  # noqa: F401  (registers the command)
from timeline.cli.app import app
from timeline.errors import UsageError
from timeline.evaluate import run
from timeline.evaluate.__main__ import main
from timeline.model import TimeValue, Timex

DOC = """<?xml version="1.0" ?>
<TimeML><DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-06"
  functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Talks began <TIMEX3 tid="t1" type="DATE" value="2024-03-04">Monday</TIMEX3
  > and ended <TIMEX3 tid="t2" type="DATE" value="2024-03-05">Tuesday</TIMEX3
  > after <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
</TimeML>
"""


def fake_tag(text, anchor):
    assert anchor is not None and anchor.isoformat() == "2024-03-06"
    return [Timex(m.start(), m.end(), m.group(), "weekday", TimeValue("2024-03-04"))
            for m in re.finditer(r"\b(?:Mon|Tues)day\b", text)]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "default_tagger", lambda: fake_tag)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "tiny.tml").write_text(DOC, encoding="utf-8")
    return folder


def test_eval_timeml_prints_scores_and_writes_json(corpus, tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "timeml", str(corpus), "--json", str(out),
                                      "--errors", "5"])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output and "3 gold / 2 system" in result.output
    assert "chars/s" in result.output
    assert "Tuesday" in result.output and "2024-03-05" in result.output
    assert "two days" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["counts"] == {"gold": 3, "system": 2, "strict": 2, "relaxed": 2, "type_ok": 2,
                                "value_ok": 1}
    assert report["scores"]["strict_precision"] == 1.0
    assert report["scores"]["value_accuracy"] == 0.5
    assert report["by_kind"][0]["kind"] == "weekday"


def test_eval_timeml_rejects_a_folder_without_tml(tmp_path):
    result = CliRunner().invoke(app, ["eval", "timeml", str(tmp_path)])
    assert isinstance(result.exception, UsageError)
    assert "no .tml files" in str(result.exception)


def test_module_entry_point(corpus, capsys):
    assert main([str(corpus)]) == 0
    assert "relaxed" in capsys.readouterr().out
    assert main([str(corpus / "absent")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a directory" in err
