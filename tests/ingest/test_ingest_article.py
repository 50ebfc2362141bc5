"""From raw text to Article: header and furniture lines out, title detection, date precedence."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest import parse_article
from timeline.ingest.article import clean_text, looks_like_title, make_article

BODY = "Negotiators met for six hours on Monday.\n\nThey plan to meet again next week."


def test_header_and_widget_line_removed_and_date_taken():
    raw = " date 2024-04-02 + ↺ − 16 px\n\n" + BODY + "\n"
    article = parse_article(raw, id="a", path="a.txt")
    assert article.published == date(2024, 4, 2)
    assert article.published_source == "header"
    assert article.confidence == 1.0
    assert article.text == BODY
    assert article.title is None


def test_furniture_anywhere_is_removed_and_blank_runs_collapse():
    raw = BODY.replace("\n\n", "\n\nADVERTISEMENT\n\nShare this article\n\n") + "\n\nRead more\n"
    article = parse_article(raw, id="a", path=None)
    assert article.text == BODY
    assert "\n\n\n" not in article.text


def test_no_header_means_unknown():
    article = parse_article(BODY, id="a", path=None)
    assert article.published is None
    assert article.published_source == "unknown"
    assert article.confidence is None
    assert article.text == BODY


def test_user_date_beats_header():
    raw = "Published 3 May 2024\n\n" + BODY
    article = parse_article(raw, id="a", path=None, date_override=date(2024, 5, 4))
    assert (article.published, article.published_source) == (date(2024, 5, 4), "user")
    assert "Published" not in article.text


def test_header_beats_metadata_and_metadata_beats_nothing():
    with_header, _ = make_article("May 3, 2024\n\n" + BODY, id="a", path=None,
                                  meta_date=date(2024, 1, 1))
    assert (with_header.published, with_header.published_source) == (date(2024, 5, 3), "header")
    without, _ = make_article(BODY, id="a", path=None, meta_date=date(2024, 1, 1))
    assert (without.published, without.published_source) == (date(2024, 1, 1), "metadata")


def test_absurd_header_date_is_a_problem_and_ignored():
    article, problems = make_article("date 9999-12-31\n\n" + BODY, id="a", path=None)
    assert article.published is None
    assert article.text == BODY
    assert len(problems) == 1 and "line 1" in problems[0] and "9999" in problems[0]


def test_first_header_date_wins_and_later_headers_go_too():
    raw = "Published 2 June 2024\nUpdated 5 June 2024\n\n" + BODY
    article = parse_article(raw, id="a", path=None)
    assert article.published == date(2024, 6, 2)
    assert article.text == BODY


def test_title_line_before_blank_line():
    raw = "Ministers agree on a new round of talks\n\n" + BODY
    article = parse_article(raw, id="a", path=None)
    assert article.title == "Ministers agree on a new round of talks"
    assert article.text == BODY


def test_title_then_byline_with_date():
    raw = "Ministers agree on a new round of talks\nBy Ann Example | Vienna | 7 May 2024\n\n" + BODY
    article = parse_article(raw, id="a", path=None)
    assert article.title == "Ministers agree on a new round of talks"
    assert article.published == date(2024, 5, 7)
    assert article.text == BODY


def test_dateless_byline_is_dropped_not_a_title():
    raw = "By Ann Example and Bo Sample, Newswire\n\n" + BODY
    article = parse_article(raw, id="a", path=None)
    assert article.title is None
    assert article.text == BODY


def test_sentence_first_line_is_not_a_title():
    article = parse_article(BODY, id="a", path=None)
    assert article.title is None
    assert article.text.startswith("Negotiators met")


def test_short_line_glued_to_the_next_is_not_a_title():
    raw = "Ministers agree on a new round\nof talks, officials said on Monday.\n\n" + BODY
    assert parse_article(raw, id="a", path=None).title is None


def test_a_lone_line_is_text_not_title():
    assert parse_article("Ministers agree on talks", id="a", path=None).title is None


def test_known_title_repeated_as_first_line_is_dropped():
    cleaned = clean_text("Talks resume in Vienna\n\n" + BODY, known_title="Talks resume in Vienna")
    assert cleaned.title == "Talks resume in Vienna"
    assert cleaned.text == BODY


def test_looks_like_title():
    assert looks_like_title("Talks resume in Vienna")
    assert looks_like_title("“We are ready”, says envoy")
    assert not looks_like_title("Talks resumed in Vienna.")
    assert not looks_like_title("Talks resumed:")
    assert not looks_like_title("talks resume in vienna")
    assert not looks_like_title("Vienna")


def test_line_endings_and_trailing_spaces_normalised():
    article = parse_article("First line here.   \r\n\r\nSecond line.\r\n", id="a", path=None)
    assert article.text == "First line here.\n\nSecond line."


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "", "   ", "Published 3 May 2024", "date 9999-01-01", "Advertisement", "Share",
    "Talks resume in Vienna", "Envoys met on Monday.", "By Ann Example", "+ ↺ − 16 px",
    "They will meet again, officials said.", "\t", "RECOMMENDED VIDEO", "May 3, 2024",
]), max_size=14))
def test_body_is_made_of_input_lines(lines):
    raw = "\n".join(lines)
    article = parse_article(raw, id="p", path=None)
    kept = article.text.split("\n") if article.text else []
    assert "\n\n\n" not in article.text
    assert all(line == "" or line in lines for line in kept)
    assert article.published_source in ("header", "unknown")
    assert (article.published is None) == (article.published_source == "unknown")
