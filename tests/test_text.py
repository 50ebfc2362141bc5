"""Sentence splitting: offsets agree with the text, abbreviations do not cut sentences."""

from __future__ import annotations

from timeline.text import sentence_at, split_sentences


def test_offsets_match_text():
    text = "  First one here. Second one, with U.S. officials.\n\nThird!  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "First one here.", "Second one, with U.S. officials.", "Third!"]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Mr. Smith met Gen. Lee on Jan. 17 in Washington, D.C. on Friday. Then J. Doe spoke."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Smith met Gen. Lee on Jan. 17 in Washington, D.C. on Friday.", "Then J. Doe spoke."]


def test_quotes_close_sentences():
    text = "“We will talk,” he said. “It went well.” The talks ended."
    assert [s.text for s in split_sentences(text)] == [
        "“We will talk,” he said.", "“It went well.”", "The talks ended."]


def test_line_breaks_end_paragraphs():
    text = "A headline without a stop\n\nThe body starts here."
    assert [s.text for s in split_sentences(text)] == [
        "A headline without a stop", "The body starts here."]


def test_sentence_at_finds_containing_sentence():
    text = "One. Two two. Three."
    sentences = split_sentences(text)
    assert sentence_at(sentences, text.index("two")).text == "Two two."
    assert sentence_at(sentences, len(text) + 5) is None


def test_a_pronoun_or_article_after_an_abbreviation_opens_a_sentence():
    text = ("The capsule splashed down at 5:57 p.m. The crew was flown to Houston. "
            "She grew up in the U.S. Her family moved there in 1990.")
    assert [s.text for s in split_sentences(text)] == [
        "The capsule splashed down at 5:57 p.m.", "The crew was flown to Houston.",
        "She grew up in the U.S.", "Her family moved there in 1990."]


def test_other_words_after_an_abbreviation_keep_the_sentence_going():
    text = ("Talks open at 10 a.m. Monday in Geneva, U.S. officials said. "
            "The case of Smith vs. The State went to Gen. A. Jones and Mr. I. Kerr.")
    assert [s.text for s in split_sentences(text)] == [
        "Talks open at 10 a.m. Monday in Geneva, U.S. officials said.",
        "The case of Smith vs. The State went to Gen. A. Jones and Mr. I. Kerr."]


def test_a_clock_time_ends_a_sentence_unless_a_day_month_or_zone_follows():
    def texts(text: str) -> list[str]:
        return [s.text for s in split_sentences(text)]

    assert texts("The ban takes effect at 10 p.m. School boards said they would close.") == [
        "The ban takes effect at 10 p.m.", "School boards said they would close."]
    for kept in ("The vote closes at 9 p.m. Thursday, officials said.",
                 "It starts at 8 p.m. New York time on Friday.",
                 "Talks began at 9 a.m. on Monday.", "Polls open at 7 a.m. EST on Tuesday."):
        assert texts(kept) == [kept]


def test_a_time_zone_in_capitals_ends_a_sentence():
    texts = [s.text for s in split_sentences("Polls open at 7 a.m. EST. Voters queued early.")]
    assert texts == ["Polls open at 7 a.m. EST.", "Voters queued early."]
    assert len(split_sentences("The firm, est. 1901, grew.")) == 1
