"""Page furniture: whole lines of widgets and prompts go, sentences that mention them stay."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timeline.ingest import junk
from timeline.ingest.junk import is_junk


@pytest.mark.parametrize(
    "line",
    [
        "+ ↺ − 16 px",
        "- ↺ + 20px",
        "RECOMMENDED VIDEO",
        "Recommended stories",
        "Share this article",
        "Share this story on Facebook",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more",
        "Read more: Ministers to meet again in spring",
        "Sign up for our newsletter",
        "Sign up to our free daily briefing newsletter",
        "Listen to this article",
        "Listen to this article · 6 min",
        "Share",
        "Comments",
        "Comments (14)",
        "37 comments",
        "Facebook Twitter Email",
        "Follow us on Telegram",
        "5 min read",
        "2 hours ago",
        "Image source, Agency Pictures",
        "© 2024 Some Newspaper Ltd",
        "* * *",
        "Skip to main content",
    ],
)
def test_furniture_lines(line):
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement appeared in three newspapers.",
        "Share prices fell sharply after the announcement.",
        "Comments by the minister drew criticism on Tuesday.",
        "Read more carefully, the statement offers few concessions.",
        "Subscribe to the agreement, officials urged their neighbours.",
        "Recommended changes were sent to parliament.",
        "A",
        "",
    ],
)
def test_prose_is_not_furniture(line):
    assert not is_junk(line)


def test_long_lines_are_never_furniture():
    assert not is_junk("Share " * 40)


@example("ſize 16")
@example("Font sıze")
@example("SİZE")
@example("Text Size")
@given(st.text(alphabet=st.sampled_from("pPxXsSiIzZeE ſıİ+−↺↻⟲⟳a1.-é"), max_size=30)
       | st.text(max_size=60))
def test_fragment_hint_test_agrees_with_its_pattern(line: str) -> None:
    assert junk._has_fragment_hint(line) is (junk._FRAGMENT_HINT.search(line) is not None)
