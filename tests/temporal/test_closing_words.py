"""The test on a relation's closing word never turns away a phrase `_HEAD` would read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import eventrel
from timeline.temporal.lexicon import closing_words


def test_closing_words_of_alternatives_and_groups() -> None:
    assert closing_words(r"(?:after|prior\s+to|the\s+(?P<u>day|eve)\s+of)", re.I) == (
        "after", "of", "to")
    assert closing_words(r"(?:after|afterwards)", re.I) == ("after", "afterwards")


def test_no_closing_words_when_unknown() -> None:
    assert closing_words(r"(?:after|x?)", re.I) is None  # may end in nothing
    assert closing_words(r"after\b", re.I) is None  # ends in an assertion
    assert closing_words(r"After", 0) is None  # letters as written
    assert closing_words(r"(?-i:After)", re.I) is None


def test_relation_endings_are_known() -> None:
    assert eventrel._RELATION_ENDS is not None
    assert {"after", "before", "since", "of", "to"} <= set(eventrel._RELATION_ENDS)


PIECES = ["two days after", "the eve of", "in the run-up to", "shortly before", "AFTER",
          "Following", "(after", "prior to", "ahead of", " ", "  ", "\n", "Putin", "the",
          "his", "call", "2022", "won't", "re-", "of", "to", "sinCE", "during", "in",
          "weeks", "the morning of", "ſince", "\u212aursk", "\t"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)),
                 max_size=16).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_every_head_passes_the_test(text: str) -> None:
    for end in range(len(text) + 1):
        before = text[max(0, end - eventrel._WINDOW):end]
        if eventrel._HEAD.search(before) is not None:
            assert eventrel._may_close_relation(before), before
