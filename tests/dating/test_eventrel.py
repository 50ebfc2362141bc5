"""Event-relative phrases against the reference events: the corpus and narrative anchors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.model import TimeValue, Timex
from timeline.refevents import ReferenceEvent, load_reference_events
from timeline.temporal.eventrel import find_event_relative

CORPUS = json.loads((Path(__file__).parent / "eventrel_corpus.json").read_text("utf-8"))["rows"]
REFS = load_reference_events()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.mark.parametrize("row", CORPUS, ids=[r["text"][:40] for r in CORPUS])
def test_corpus(row: dict) -> None:
    found = find_event_relative(row["text"], _day(row["anchor"]), REFS)
    if row["value"] is None:
        assert found == []
        return
    assert [t.text for t in found] == [row["phrase"]]
    timex = found[0]
    assert timex.kind == "event"
    assert row["text"][timex.start:timex.end] == row["phrase"]
    value = timex.value
    assert value is not None
    assert (value.value, value.mod, value.granularity, value.ref) == (
        row["value"], row["mod"], row["granularity"], row["ref"])
    assert (value.start, value.end) == (_day(row["start"]), _day(row["end"]))


def _timex(text: str, phrase: str, day: str) -> Timex:
    start = text.index(phrase)
    d = date.fromisoformat(day)
    return Timex(start, start + len(phrase), phrase, "weekday",
                 TimeValue(day, start=d, end=d, granularity="day"))


def test_narrative_noun_next_to_its_date_earlier_in_the_same_sentence() -> None:
    text = ("Since the regional election on 7 May, ministers have faced pressure, and the new "
            "first minister, who took office two days after the election, wants talks.")
    prior = [_timex(text, "7 May", "2026-05-07")]
    found = find_event_relative(text, date(2026, 7, 12), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None) for t in found] == [
        ("two days after the election", "2026-05-09")]


def test_narrative_call_takes_the_date_of_the_call_told_before() -> None:
    text = ("Trump spoke with Xi by phone on Friday. Markets were calm. "
            "Two days after the call, Beijing announced new export controls.")
    prior = [_timex(text, "Friday", "2025-10-10")]
    found = find_event_relative(text, date(2025, 10, 15), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None) for t in found] == [
        ("Two days after the call", "2025-10-12")]


@pytest.mark.parametrize(("text", "day", "phrase", "value"), [
    ("A strong quake struck the coast on Wednesday. A volcano began erupting hours after the "
     "quake.", "2025-07-30", "hours after the quake", "2025-07-30"),
    ("The storm made landfall on Monday. A day after the storm, power was restored.",
     "2025-10-27", "A day after the storm", "2025-10-28"),
    ("Crowds protested in the capital on Sunday. Two days after the protests, the minister "
     "resigned.", "2025-10-26", "Two days after the protests", "2025-10-28"),
])
def test_narrative_nouns_of_disasters_and_unrest(text: str, day: str, phrase: str,
                                                 value: str) -> None:
    prior = [_timex(text, text.split(" on ")[1].split(".")[0], day)]
    found = find_event_relative(text, date(2025, 10, 31), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None) for t in found] == [(phrase, value)]


def test_narrative_anchor_may_be_a_time_of_day() -> None:
    text = "The quake hit at 11:24 a.m. on Wednesday. A volcano erupted hours after the quake."
    start = text.index("11:24 a.m. on Wednesday")
    day = date(2025, 7, 30)
    prior = [Timex(start, start + 23, "11:24 a.m. on Wednesday", "clock",
                   TimeValue("2025-07-30T11:24", "TIME", day, day, "time"))]
    found = find_event_relative(text, date(2025, 7, 31), REFS, prior=prior)
    assert [(t.text, t.value.start if t.value else None) for t in found] == [
        ("hours after the quake", day)]


def test_narrative_anchor_is_not_the_date_of_the_phrase_own_sentence() -> None:
    # The summit is before the meeting, not on Monday: nothing earlier tells of it.
    text = ("Trump met Zelensky at the White House on Monday three days after his summit "
            "with Putin in Alaska ended.")
    prior = [_timex(text, "Monday", "2025-08-18")]
    assert find_event_relative(text, date(2025, 8, 19), REFS, prior=prior) == []


def test_phrase_set_off_after_a_date_restates_it() -> None:
    # Set off by a comma, the phrase is Monday told another way: its value is Monday's,
    # and the summit still gets no date.
    text = ("Trump met Zelensky at the White House on Monday, three days after his summit "
            "with Putin in Alaska.")
    prior = [_timex(text, "Monday", "2025-08-18")]
    (found,) = find_event_relative(text, date(2025, 8, 19), REFS, prior=prior)
    assert (found.text, found.value) == ("three days after his summit", prior[0].value)
    assert "restates" in found.how


@pytest.mark.parametrize(("text", "date_phrase", "day", "phrase"), [
    ("A crew had inspected the line on Sept. 12, a week before the crash, and found nothing.",
     "Sept. 12", "2025-09-12", "a week before the crash"),
    ("She met the envoy on Friday, a day before the ceremony.", "Friday", "2025-09-26",
     "a day before the ceremony"),
    ("He flew home on Tuesday, the day after Smith's wedding.", "Tuesday", "2025-09-23",
     "the day after Smith's wedding"),
    ("The talks broke down on Monday, just hours before the deadline.", "Monday",
     "2025-09-22", "just hours before the deadline"),
    # The phrase runs to the comma when no clause starts before it.
    ("He took office on Jan. 20, three days after a call with Chinese leader Xi Jinping, "
     "and spoke to Putin later.", "Jan. 20", "2025-01-20",
     "three days after a call with Chinese leader Xi Jinping"),
])
def test_offset_set_off_after_a_date_takes_that_date_whatever_the_event(
        text: str, date_phrase: str, day: str, phrase: str) -> None:
    prior = [_timex(text, date_phrase, day)]
    (found,) = find_event_relative(text, date(2025, 9, 27), REFS, prior=prior)
    assert found.value is not None
    assert (found.text, found.value.value, found.value.ref) == (phrase, day, None)


@pytest.mark.parametrize("text", [
    # No date before the comma, or the phrase is not set off: nothing to restate.
    "The crew inspected the line, a week before the crash, and found nothing.",
    "The crew inspected the line on Sept. 12 a week before the crash.",
    # A bare relation is no offset: "before the vote" holds no temporal expression.
    "Shares fell on Friday, before the results were published.",
    # A clause of its own after the relation is dated by the events stage, from Friday.
    "The summit was announced on Friday, two days before a deadline for a truce expired.",
    "Talks resumed on Friday, a day after the union rejected the offer.",
])
def test_nothing_restated_without_a_date_right_before_the_comma(text: str) -> None:
    at = text.find("Sept. 12") if "Sept. 12" in text else text.find("Friday")
    prior = [] if at < 0 else [_timex(text, text[at:at + (8 if "Sept" in text else 6)],
                                      "2025-09-12")]
    assert find_event_relative(text, date(2025, 9, 27), REFS, prior=prior) == []


def test_narrative_anchor_needs_a_sentence_about_the_same_noun() -> None:
    text = "Trump visited Tokyo on Friday. Two days after the call, Beijing announced controls."
    prior = [_timex(text, "Friday", "2025-10-10")]
    assert find_event_relative(text, date(2025, 10, 15), REFS, prior=prior) == []


def test_narrative_anchor_is_not_taken_when_a_date_in_the_phrase_rules_it_out() -> None:
    text = ("The parliamentary election was held on Wednesday. "
            "After the 2023 election, it took seven months to form a government.")
    year = text.index("2023")
    prior = [_timex(text, "Wednesday", "2025-10-29"),
             Timex(year, year + 4, "2023", "year",
                   TimeValue("2023", start=date(2023, 1, 1), end=date(2023, 12, 31),
                             granularity="year"))]
    assert find_event_relative(text, date(2025, 10, 31), REFS, prior=prior) == []


def test_narrative_anchor_takes_the_nearest_earlier_sentence() -> None:
    text = ("Zelensky met Macron on Monday. Zelensky met Trump on Wednesday. "
            "In the days after the meeting, Kyiv sent a delegation.")
    prior = [_timex(text, "Monday", "2025-10-13"), _timex(text, "Wednesday", "2025-10-15")]
    (found,) = find_event_relative(text, date(2025, 10, 20), REFS, prior=prior)
    assert found.value is not None
    assert (found.value.mod, found.value.start) == ("AFTER", date(2025, 10, 16))


def test_user_reference_events_work_with_the_same_phrases() -> None:
    summit = ReferenceEvent("lisbon-summit-2030", (r"Lisbon\s+summit",), date(2030, 5, 2),
                            date(2030, 5, 2), "day", (), "test")
    found = find_event_relative("Three days before the Lisbon summit, talks broke down.",
                                date(2030, 6, 1), [summit])
    assert [(t.value.value, t.value.ref) for t in found if t.value] == [
        ("2030-04-29", "lisbon-summit-2030")]


def test_ambiguous_name_without_anchor_stays_unresolved() -> None:
    (found,) = find_event_relative("A day after Trump's inauguration, Xi called.", None, REFS)
    assert found.value is None
    assert "trump-inauguration-2017" in found.how and "trump-inauguration-2025" in found.how


def test_weekday_after_the_name_decides_without_anchor() -> None:
    # 20 January 2017 was a Friday, 20 January 2025 a Monday.
    (found,) = find_event_relative("Hours before Trump's inauguration on Monday, Putin spoke.",
                                   None, REFS)
    assert found.value is not None and found.value.ref == "trump-inauguration-2025"


def test_future_clause_takes_the_next_event() -> None:
    text = "Putin will travel to China two days before the SCO summit."
    (found,) = find_event_relative(text, date(2025, 8, 1), REFS)
    assert found.value is not None and found.value.value == "2025-08-29"


def test_narrative_anchor_prefers_a_date_next_to_the_noun_further_back() -> None:
    # The nearer sentence names the talks, but its date is the tariffs', set off by commas.
    text = ("The minister will hold talks with her counterpart on Thursday morning. "
            "She will then travel to Mumbai. Exporters fear tariffs, due to take effect "
            "from January 1, that would be raised at the talks. "
            "A briefing will follow on the day of the talks.")
    prior = [_timex(text, "Thursday morning", "2025-11-06"), _timex(text, "January 1",
                                                                    "2026-01-01")]
    found = find_event_relative(text, date(2025, 11, 4), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None) for t in found] == [
        ("on the day of the talks", "2025-11-06")]


@pytest.mark.parametrize(("phrase", "value"), [
    ("the day of the vote", "2025-10-29"), ("the morning of the vote", "2025-10-29TMO"),
    ("the week of the vote", "2025-W44"), ("the year of the vote", "2025"),
])
def test_the_day_or_part_of_an_event_is_of_its_day(phrase: str, value: str) -> None:
    text = f"The parliament held its vote on Wednesday. Protests began on {phrase}."
    prior = [_timex(text, "Wednesday", "2025-10-29")]
    found = find_event_relative(text, date(2025, 10, 31), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None) for t in found] == [
        (f"on {phrase}", value)]


def test_the_verb_telling_of_a_narrative_event_belongs_to_its_phrase() -> None:
    text = ("The crew will stage a strike starting on Friday. The ministry urged both sides "
            "to resume talks before the strike begins.")
    prior = [_timex(text, "on Friday", "2025-03-14")]
    found = find_event_relative(text, date(2025, 3, 12), REFS, prior=prior)
    assert [(t.text, t.value.value if t.value else None, t.value.mod if t.value else None)
            for t in found] == [("before the strike begins", "2025-03-14", "BEFORE")]


def test_a_bare_relation_set_off_after_a_date_adds_no_time() -> None:
    text = ("Harwick said on Friday it had agreed to buy Eastmoor in a deal. Unions said on "
            "Wednesday, before the deal was announced, that they would seek talks.")
    prior = [_timex(text, "on Friday", "2025-05-30"), _timex(text, "Wednesday", "2025-05-28")]
    assert find_event_relative(text, date(2025, 5, 30), REFS, prior=prior) == []


def test_a_definite_noun_finds_its_event_further_back_than_a_demonstrative() -> None:
    intro = "The storm made landfall on Monday. "
    filler = "Officials counted the damage. " * 7
    prior_text = intro + filler
    for phrase, found_value in (("After the storm", "2025-09-01"), ("After that storm", None)):
        text = prior_text + f"{phrase}, crews rebuilt the sea walls."
        prior = [_timex(text, "on Monday", "2025-09-01")]
        found = find_event_relative(text, date(2025, 9, 4), REFS, prior=prior)
        assert [t.value.value for t in found if t.value] == (
            [found_value] if found_value else [])
