"""The look-ahead for a match's first character changes no rule's matches."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.lexicon import compile_with_look_ahead, first_character_test
from timeline.temporal.rules import RULES

#: Openings of every shape: literals, classes, categories, optional and alternative parts,
#: zero-width assertions, case-sensitive groups, characters matching ASCII letters ignoring
#: case, and patterns that can match nothing (left as they are).
PATTERNS = (
    r"(?<![\w-])(?:last|next)\s+week", r"(?:the\s+)?(?:\d+|two)\s+days", r"[A-C]\w+",
    r"\bQ[1-4]\b", r"(?-i:May|June)\s+\d", r"x?", r"(?:a|)b?", r"(?=s)summit", r"\s-\s",
    r"ſummit", r"\u212aursk", r"[^a]bc", r".all", r"(?:a+b|c)d", r"(?:ab)*c", r"[\]\-^]+x",
    r"(?-i:(?i:k)ursk)", r"(?-i:Kursk|(?i:summit))", r"(?:(?-i:May)|early)\s+\d",
)
PIECES = ["last week", "next Week", "the 2 days", "two days", "Bravo", "Q3", "q4", "May 5",
          "MAY 5", "may 5", "summit", "SUMMIT", "kursk", "Kursk", "\u212aursk", "ſ", " - ",
          "abc", "sbc", "call", "aabd", "cd", "ababc", "]-^x", " ", "\n", "-", "early 5",
          "EARLY 5", "KURSK", "kURSK"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)),
                 max_size=20).map("".join)


def _with_lead(source: str) -> re.Pattern[str]:
    return compile_with_look_ahead(source, re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_the_look_ahead_keeps_every_match(text: str) -> None:
    for source in PATTERNS:
        plain = re.compile(source, re.IGNORECASE)
        assert [m.span() for m in _with_lead(source).finditer(text)] == \
            [m.span() for m in plain.finditer(text)], source


def test_patterns_that_can_match_nothing_get_no_look_ahead() -> None:
    assert first_character_test(r"x?", re.IGNORECASE) is None
    assert first_character_test(r"(?:a|)b?", re.IGNORECASE) is None
    assert first_character_test(r".all", re.IGNORECASE) is None


def test_every_rule_matches_as_without_the_look_ahead() -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    texts = [line.split("\t")[2] for path in sorted(corpus.glob("*.tsv"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    for r in RULES:
        source = r.pattern.pattern
        if source.startswith("(?=("):
            source = source[source.index("]))(?:") + len("]))(?:"):-1]
        plain = re.compile(source, re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in r.pattern.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], (r.name, text)
