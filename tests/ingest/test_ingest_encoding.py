"""Decoding: UTF-8 strict first, BOMs, legacy encodings without mojibake, binary refused."""

from __future__ import annotations

import pytest

from timeline.ingest.encoding import UndecodableError, decode_bytes, mojibake_score

APOSTROPHE = "Zelenskyy’s aides called the proposal “premature” — for now.\n"
PORTUGUESE = "Delegates gathered in São Paulo for the conference.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (APOSTROPHE, "utf-8"),
        (APOSTROPHE, "utf-8-sig"),
        (APOSTROPHE, "utf-16"),
        (PORTUGUESE, "utf-16"),
        (APOSTROPHE, "utf-16-le"),
        (APOSTROPHE, "utf-16-be"),
        (APOSTROPHE, "cp1252"),
        (PORTUGUESE, "latin-1"),
        (PORTUGUESE, "cp1252"),
        ("Les négociations à Genève reprendront très bientôt.\n", "latin-1"),
        ("Die Gespräche über die Waffenruhe würden fortgesetzt, hieß es.\n", "cp1252"),
        ("Переговоры продолжатся во вторник, сообщил Кремль.\n", "cp1251"),
        ("Переговоры продолжатся во вторник, сообщил Кремль.\n", "koi8-r"),
        ("São", "latin-1"),
    ],
)
def test_round_trip_without_mojibake(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


def test_bom_is_not_part_of_the_text():
    assert decode_bytes("\ufeffHello there".encode("utf-8")) == "Hello there"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(1, 256)) * 8,
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50,
    ],
)
def test_binary_is_refused(data):
    with pytest.raises(UndecodableError, match="binary"):
        decode_bytes(data)


def test_mojibake_scores_higher_than_clean_text():
    clean = "Переговоры продолжатся"
    garbled = clean.encode("cp1251").decode("cp1252")
    assert mojibake_score(clean) == 0
    assert mojibake_score(garbled) > 5
