"""Clause tense around an expression, and the lexicon's number readers."""

from __future__ import annotations

import pytest

from timeline.temporal.lexicon import parse_number, words_year
from timeline.temporal.tense import in_side_flashback, tense_of, tense_with_cue


def _tense(sentence: str, phrase: str) -> str:
    start = sentence.index(phrase)
    return tense_of(sentence, start, start + len(phrase))


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("On Wednesday, he announced new sanctions.", "Wednesday", "past"),
    ("The meeting on Thursday is still expected to focus on trade.", "Thursday", "future"),
    ("They will meet on Thursday.", "Thursday", "future"),
    ("She plans to travel on Monday.", "Monday", "future"),
    ("The summit is due to open on Monday.", "Monday", "future"),
    ("The meeting is on Monday.", "Monday", "present"),
    ("He told reporters on Friday that he would not resign.", "Friday", "past"),
    ("He had discussed it on Friday “and we could work together,” he said.", "Friday", "past"),
    ("The transaction is expected to be completed by Dec. 15.", "Dec. 15", "future"),
])
def test_tense_of_the_clause(sentence: str, phrase: str, expected: str) -> None:
    assert _tense(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "tense", "cue"), [
    ("We'd been planning the trip all June, she recalls.", "June", "past", "We'd"),
    ("They’d been home on Monday.", "Monday", "past", "They’d"),
    ("They'd go back in June.", "June", "future", "They'd"),
])
def test_a_contracted_had_or_would(sentence: str, phrase: str, tense: str, cue: str) -> None:
    start = sentence.index(phrase)
    found = tense_with_cue(sentence, start, start + len(phrase))
    assert (found.tense, found.cue) == (tense, cue)


def test_no_cue_defaults_to_past_and_says_so() -> None:
    tense = tense_with_cue("Strikes on Monday.", 11, 17)
    assert tense.tense == "past"
    assert tense.cue == ""


@pytest.mark.parametrize(("text", "value"), [
    ("three", 3), ("twenty-four", 24), ("twenty four", 24), ("1,500", 1500), ("2 1/2", 2.5),
    ("a", 1), ("one hundred", 100), ("two thousand and eight", 2008), ("nonsense", None),
])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "year"), [
    ("nineteen ninety-six", 1996), ("two thousand", 2000), ("eighteen twelve", 1812),
    ("twelve", None),
])
def test_words_year(text: str, year: int | None) -> None:
    assert words_year(text) == year


@pytest.mark.parametrize(("text", "phrase", "side"), [
    # A past perfect in a relative clause, or after the clause's own verb: told on the side.
    ("Aid, which had been frozen after a clash on Feb. 28, flowed again.", "Feb. 28", True),
    ("The army entered the town a week after rebels had seized it on May 27.", "May 27", True),
    ("Officials lifted the curfew they had imposed on Sunday.", "Sunday", True),
    ("Voters went to the polls after the candidates had already debated on Sept. 10.",
     "Sept. 10", True),
    # The sentence itself steps back: the story goes on from there.
    ("The storm had struck on Oct. 12.", "Oct. 12", False),
    ("The envoy had begun the trip on Monday.", "Monday", False),
    # Not a past perfect at all.
    ("The talks, which had stalled, resumed on Monday.", "Monday", False),
    ("They had talks on Monday.", "Monday", False),
    ("The bank said it expects a loss on March 3.", "March 3", False),
    # A line break between "had" and its participle cuts the clause: no past perfect in it.
    ("Police said the men had\nfled on Sunday.", "Sunday", False),
])
def test_side_flashback(text: str, phrase: str, side: bool) -> None:
    start = text.index(phrase)
    assert in_side_flashback(text, start, start + len(phrase)) is side


def test_a_time_labelling_a_line_has_the_tense_of_the_line() -> None:
    text = ("The trial so far.\nMonday: The prosecution summed up.\n"
            "Wednesday: The judge will sum up.\nFriday: the verdict.")
    assert _tense(text, "Monday") == "past"
    assert _tense(text, "Wednesday") == "future"
    # A label with nothing telling a tense after it has none of its own.
    assert tense_with_cue(text, text.index("Friday"), text.index("Friday") + 6).cue == ""
