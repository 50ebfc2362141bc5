"""The TimeML reader: plain text with tags stripped, gold offsets that slice back to their text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.errors import ArticleError, UsageError
from timeline.evaluate.timeml import parse_dct, parse_timeml, read_corpus, read_timeml, timeml_files

TIMEBANK = Path(__file__).resolve().parents[2] / ".." / "shared" / "timeml" / "TimeBank"

# Written for these tests: a date-time DCT, an entity, an EVENT and a SIGNAL around the
# expressions, a tag nested inside a TIMEX3 and an empty (non-consuming) TIMEX3.
SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>sample-001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2024-03-05T09:30"
  functionInDocument="CREATION_TIME">Mar 5</TIMEX3></DCT>
<TITLE>ignored</TITLE>
<TEXT>
The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE"
  value="2024-03-04">on Monday</TIMEX3> &amp; agreed.
Shares <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <SIGNAL sid="s1">for</SIGNAL> <TIMEX3
  tid="t2" type="DURATION" value="P3D">three <SIGNAL sid="s2">straight</SIGNAL> days</TIMEX3
  >.<TIMEX3 tid="t3" type="DATE" value="2024-03-07" anchorTimeID="t1"/>
Results come <TIMEX3 tid="t4" type="DATE" value="2024-Q2">next quarter</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_plain_text_and_offsets():
    doc = parse_timeml(SAMPLE, doc_id="fallback")
    assert doc.id == "sample-001"
    assert doc.dct == date(2024, 3, 5)
    assert doc.dct_value == "2024-03-05T09:30"
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert "met on Monday & agreed." in doc.text
    assert [(t.text, t.type, t.value, t.tid) for t in doc.timexes] == [
        ("on Monday", "DATE", "2024-03-04", "t1"),
        ("three straight days", "DURATION", "P3D", "t2"),
        ("next quarter", "DATE", "2024-Q2", "t4"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start:timex.end] == timex.text


def test_nothing_outside_text_leaks_in():
    doc = parse_timeml(SAMPLE, doc_id="x")
    assert "ignored" not in doc.text and "Mar 5" not in doc.text
    assert doc.text.startswith("\nThe board met")


def test_doc_id_falls_back_to_file_stem(tmp_path):
    path = tmp_path / "story7.tml"
    path.write_text(SAMPLE.replace("<DOCID>sample-001</DOCID>", ""), encoding="utf-8")
    assert read_timeml(path).id == "story7"


@pytest.mark.parametrize(("value", "expected"), [
    ("1998-01-08", date(1998, 1, 8)),
    ("1990-08-15T13:37", date(1990, 8, 15)),
    ("1998-02-13T14:26:00", date(1998, 2, 13)),
    ("19980108", date(1998, 1, 8)),
    ("XXXX-XX-XX", None),
])
def test_parse_dct(value, expected):
    assert parse_dct(value) == expected


def test_missing_dct_gives_no_anchor():
    source = ("<TimeML><TEXT>Nothing <TIMEX3 tid='t1' type='DATE' value='2001'>2001</TIMEX3>"
              "</TEXT></TimeML>")
    doc = parse_timeml(source, doc_id="d")
    assert doc.dct is None and doc.id == "d"
    assert [(t.start, t.end) for t in doc.timexes] == [(8, 12)]


def test_malformed_file_names_the_path(tmp_path):
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>open <TIMEX3>tag</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        read_timeml(path)
    assert str(path) in str(info.value) and "well-formed" in str(info.value)


def test_document_without_text_element(tmp_path):
    with pytest.raises(ArticleError, match="no <TEXT>"):
        parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>", doc_id="x", path="x.tml")


def test_directory_errors(tmp_path):
    with pytest.raises(UsageError, match="no .tml files"):
        timeml_files(tmp_path)
    with pytest.raises(UsageError, match="not a directory"):
        timeml_files(tmp_path / "absent")


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="TimeBank not available")
def test_reads_all_of_timebank():
    docs = list(read_corpus(TIMEBANK))
    assert len(docs) == 183
    assert sum(len(d.timexes) for d in docs) > 1000
    assert all(d.dct is not None for d in docs)
    for doc in docs:
        for timex in doc.timexes:
            assert doc.text[timex.start:timex.end] == timex.text
            assert timex.value
