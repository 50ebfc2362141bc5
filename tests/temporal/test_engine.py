"""The tagging engine's contract: offsets, ordering, choice among readings, anchors, extras."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import GRANULARITIES, TimeValue, Timex
from timeline.temporal import resolve_phrase, tag
from timeline.temporal.rules import RULES

SAT = date(2025, 10, 25)
KINDS = {"absolute", "weekday", "month", "relative", "part", "quarter", "season", "year",
         "decade", "century", "time", "duration", "set", "vague", "narrative"}


def test_offsets_order_and_overlap() -> None:
    text = ("On Wednesday the envoy met officials; by Oct. 30 a deal is expected, "
            "three years after talks began in 2022.")
    found = tag(text, SAT)
    assert [t.text for t in found] == ["Wednesday", "Oct. 30", "three years", "2022"]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for t in found:
        assert text[t.start:t.end] == t.text
        assert t.anchor == SAT
        assert t.how and t.rule and t.kind in KINDS


def test_longest_reading_wins() -> None:
    (timex,) = tag("Talks stalled in mid-January 2025.", SAT)
    assert timex.text == "mid-January 2025"
    assert (timex.value.value, timex.value.mod) == ("2025-01", "MID")


def test_extra_candidates_win_and_are_returned_as_given() -> None:
    text = "Xi and Putin spoke a day after the inauguration on Monday."
    start = text.index("a day after")
    end = text.index(" on Monday")
    extra = Timex(start, end, text[start:end], "eventrel",
                  TimeValue("2025-01-21", "DATE", date(2025, 1, 21), date(2025, 1, 21)),
                  date(2025, 1, 23), "a day after the reference event", "eventrel")
    found = tag(text, date(2025, 1, 23), extra=[extra])
    assert found[0] is extra
    assert [t.text for t in found[1:]] == ["Monday"]
    assert all(t.rule != "duration" for t in found)


def test_undated_text_keeps_absolute_values_only() -> None:
    found = {t.text: t for t in tag("On Friday, he recalled the 17 January 2025 decree.", None)}
    assert found["Friday"].value is None
    assert found["17 January 2025"].value.value == "2025-01-17"


def test_narrative_counts_from_the_last_date_not_the_anchor() -> None:
    text = "The envoy arrived on Oct. 3. Two days later, talks began. A week later they ended."
    values = [t.value.value for t in tag(text, SAT)]
    assert values == ["2025-10-03", "2025-10-05", "2025-W41"]


def test_a_weekday_named_twice_in_a_sentence_is_one_day() -> None:
    text = ("The team was due to fly home early Tuesday, and the government declared Tuesday a "
            "public holiday. Fans had queued for tickets on Tuesday.")
    values = [(t.text, t.value.value) for t in tag(text, date(2022, 12, 19)) if t.value]
    # The second "Tuesday" has a past verb of its own but is the day named before it; the
    # third, in another sentence, is not held to it.
    assert values == [("early Tuesday", "2022-12-20"), ("Tuesday", "2022-12-20"),
                      ("Tuesday", "2022-12-13")]


def test_undated_narrative_follows_absolute_dates() -> None:
    text = "The vote was held on June 12, 2024. The next day, results came in."
    values = [t.value.value if t.value else None for t in tag(text, None)]
    assert values == ["2024-06-12", "2024-06-13"]


def test_intervals_and_granularity_are_kept() -> None:
    value = resolve_phrase("last month", SAT, "Prices rose last month.")
    assert value is not None
    assert (value.start, value.end, value.granularity) == (date(2025, 9, 1),
                                                          date(2025, 9, 30), "month")
    week = resolve_phrase("earlier this week", SAT, "He said so earlier this week.")
    assert (week.start, week.end) == (date(2025, 10, 20), date(2025, 10, 26))


def test_resolve_phrase_rejects_a_phrase_missing_from_its_context() -> None:
    with pytest.raises(ValueError):
        resolve_phrase("Tuesday", SAT, "Nothing here.")


def test_rules_are_well_formed() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        assert r.kind in KINDS
        assert r.keys, f"rule {r.name} would scan every text in full"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abc 0123456789-/.,'") + [
    " May ", " Monday ", " last ", " week ", " 2024 ", " ago ", " the ", " early ",
    " p.m. ", " Jan. ", " years ", " every ", " next ", " quarter ", " third "]),
    max_size=40).map("".join),
       st.sampled_from([SAT, date(2024, 2, 29), None]))
def test_any_text_gives_valid_sorted_spans(text: str, anchor: date | None) -> None:
    found = tag(text, anchor)
    last_end = 0
    for t in found:
        assert last_end <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        last_end = t.end
        if t.value is not None:
            assert t.value.granularity in GRANULARITIES
            assert t.value.type in ("DATE", "TIME", "DURATION", "SET")


def _full_scan(text: str) -> set[tuple[str, int, int]]:
    return {(r.name, *m.span()) for r in RULES for m in r.pattern.finditer(text)
            if m.end() > m.start() and (r.guard is None or r.guard(m, text))}


def test_scanning_near_key_words_finds_what_a_full_scan_finds() -> None:
    from timeline.temporal.engine import _candidates

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    texts = [line.split("\t")[2] for path in sorted(corpus.glob("*.tsv"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    examples = Path(__file__).resolve().parents[2] / "examples"
    texts += [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    seeds = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    for text in texts:
        keyed = {(c.rule.name, c.match.start(), c.match.end()) for c in _candidates(text)}
        assert keyed == _full_scan(text), text


@pytest.mark.parametrize("gap", range(95, 150))
def test_window_edges_do_not_cut_words(gap: int) -> None:
    from timeline.temporal.engine import _candidates

    text = ("Talks began on Monday" + " word" * (gap // 5)
            + " with Friedrich Merz, Saturday, Oct. 4.")
    keyed = {(c.rule.name, c.match.start(), c.match.end()) for c in _candidates(text)}
    assert keyed == _full_scan(text)
    assert "Fri" not in {t.text for t in tag(text, SAT)}


def test_an_extra_range_sets_the_narrative_clock_at_its_edge() -> None:
    text = "Since the summit on Aug. 15, no meeting took place; three days later talks failed."
    end = text.index(",")
    since = Timex(0, end, text[:end], "eventrel",
                  TimeValue("2025-08-15", "DATE", date(2025, 8, 15), date(2025, 9, 4), "range",
                            "ON_OR_AFTER"), date(2025, 9, 4), "since the summit", "eventrel")
    found = tag(text, date(2025, 9, 4), extra=[since])
    assert [t.value.value for t in found] == ["2025-08-15", "2025-08-18"]


def test_letters_that_match_ascii_ignoring_case_are_read_as_ascii():
    # "ſ" matches "s" and "\u212a" (Kelvin) "k" in a case-blind pattern; the rules' tables
    # hold ASCII spellings, so such a letter must not reach a lookup unmatched.
    from datetime import date

    from timeline.temporal import tag

    text = "Prices rose in the first of the monthſ hours before dawn, over two weekſ."
    found = tag(text, date(2025, 11, 8))
    assert [t.text for t in found] == [text[t.start:t.end] for t in found]
    assert any(t.text == "two weekſ" and t.value is not None and t.value.value == "P2W"
               for t in found)


@pytest.mark.parametrize(("text", "expected"), [
    # A live report's entries open with a bare 24-hour time and a mark or a capital.
    ("Live coverage.\n\n06:10 - Stations are shut.", [("06:10", "2023-03-06T06:10")]),
    ("Live coverage.\n\n06:10 \u2014 Stations are shut.", [("06:10", "2023-03-06T06:10")]),
    ("Live coverage.\n\n18:45: Talks resume.", [("18:45", "2023-03-06T18:45")]),
    ("Live coverage.\n\n18:45 Talks resume.", [("18:45", "2023-03-06T18:45")]),
    # Not a time: a score, or a number inside a line without a word that makes it one.
    ("Results.\n\n3:2 win for the hosts.", []),
    ("The ratio was 10:45 - a record.", []),
])
def test_a_bare_24_hour_time_labelling_a_line_is_a_time(
        text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value.value if t.value else None)
             for t in tag(text, date(2023, 3, 6))]
    assert found == expected


def test_a_sentence_opening_with_overnight_after_a_paragraph_of_background() -> None:
    # "Overnight, …" opening a sentence is the paper's night when the story's last day was
    # told in another paragraph; in the same paragraph it is the night after that day.
    text = ("Talks in Istanbul on May 16 made no progress.\n\n"
            "Overnight, drones hit the capital, the air force said.\n\n"
            "A flight was grounded on 24 May. Engineers worked overnight, and it flew again "
            "the following morning.")
    found = [(t.text, t.value.value if t.value else None) for t in tag(text, date(2025, 6, 26))]
    assert [v for p, v in found if p.lower() == "overnight"] == [
        "2025-06-25TNI", "2025-05-24TNI"]


def test_updates_of_a_live_report_stay_on_its_day() -> None:
    # "Updated 09:40 GMT - …" labels an entry like a bare time: the day of the report,
    # not the day the entry before told of.
    text = ("Updated 08:15 GMT - The talks in Jeddah ended on Tuesday.\n\n"
            "Ministers met on 28 February, days after the row.\n\n"
            "Updated 09:40 GMT - Rubio said the ball was in Russia's court.\n\n"
            "Last updated: 11:05 GMT - The Kremlin said it was waiting for details.")
    found = [(t.text, t.value.value if t.value else None) for t in tag(text, date(2025, 3, 12))]
    assert [v for p, v in found if "GMT" in p] == [
        "2025-03-12T08:15", "2025-03-12T09:40", "2025-03-12T11:05"]


def test_entries_of_a_timeline_keep_the_day_of_the_first_entry() -> None:
    # The list's day is the story's when it starts; a day an entry names in passing ("broke
    # down on Friday") does not move the next entry, and a live report stays on its day.
    text = ("Services went offline on Tuesday, the company said on Thursday.\n\n"
            "13:58 — An engineer begins a change.\n\n"
            "14:19 — Talks that broke down on Friday are blamed.\n\n"
            "14:52 — Engineers try to roll back the change.")
    found = [(t.text, t.value.value if t.value else None) for t in tag(text, date(2025, 3, 21))]
    assert [v for p, v in found if ":" in p] == [
        "2025-03-18T13:58", "2025-03-18T14:19", "2025-03-18T14:52"]
