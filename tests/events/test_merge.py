"""Merging tellings of one event, and keeping different events apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventkit import event

from timeline.actors import load_actors
from timeline.merge import merge_events, profile_events
from timeline.model import Event, Mention, TimeValue

CALL_A = "Putin and Trump held a phone call about the ceasefire on Tuesday."
CALL_B = "Trump spoke with Putin by phone this week, a call both sides described as useful."
MEETING = "Trump met Zelensky at the White House on Tuesday to discuss the ceasefire."


def test_two_articles_telling_one_call_merge_with_the_most_precise_date():
    a = event("aaa", "2025-03-18", "Putin and Trump hold phone call about ceasefire",
              ("Vladimir Putin", "Donald Trump"), CALL_A, art="one", start=10)
    b = event("bbb", "2025-W12", "Trump speaks with Putin by phone",
              ("Donald Trump", "Vladimir Putin"), CALL_B, art="two", start=40)
    (merged,) = merge_events([b, a])
    assert merged.when.value == "2025-03-18"
    assert merged.title == a.title
    assert merged.id == "aaa"
    assert [m.article for m in merged.mentions] == ["one", "two"]
    assert merged.sources == ("one", "two")


def test_different_kinds_on_the_same_day_stay_apart():
    call = event("c1", "2025-03-18", "Putin and Trump hold phone call about ceasefire",
                 ("Vladimir Putin", "Donald Trump"), CALL_A, art="one")
    meeting = event("m1", "2025-03-18", "Trump meets Zelensky at the White House",
                    ("Donald Trump", "Volodymyr Zelensky"), MEETING, art="two")
    assert len(merge_events([call, meeting])) == 2


def test_non_overlapping_times_stay_apart():
    a = event("a", "2025-03-18", "Putin and Trump hold phone call", ("Vladimir Putin",
              "Donald Trump"), CALL_A, art="one")
    b = event("b", "2025-05-19", "Putin and Trump hold phone call", ("Vladimir Putin",
              "Donald Trump"), CALL_A, art="two")
    assert len(merge_events([a, b])) == 2


def test_actor_union_and_ties_on_precision_go_to_the_most_told_value():
    a = event("a1", "2025-08", "Putin and Trump hold summit in Alaska",
              ("Vladimir Putin", "Donald Trump"),
              "Putin and Trump held a summit in Alaska in August.", art="x")
    b = event("b1", "2025-08", "Trump and Putin hold summit in Anchorage",
              ("Donald Trump", "Vladimir Putin", "United States"),
              "Trump and Putin held their summit in Alaska last month.", art="y")
    c = event("c1", "2025", "Alaska summit between Putin and Trump",
              ("Vladimir Putin", "Donald Trump"),
              "The Alaska summit between Putin and Trump this year yielded nothing.", art="z")
    (merged,) = merge_events([c, b, a])
    assert merged.when.value == "2025-08"
    assert set(merged.actors) == {"Vladimir Putin", "Donald Trump", "United States"}
    assert len(merged.mentions) == 3


def test_clauses_of_one_sentence_never_merge():
    sentence = "Trump called Putin on Tuesday, and called Putin again on Wednesday."
    a = event("a", "2025-W12", "Trump calls Putin", ("Donald Trump", "Vladimir Putin"),
              sentence, art="x", start=5)
    b = event("b", "2025-W12", "Trump calls Putin again", ("Donald Trump", "Vladimir Putin"),
              sentence, art="x", start=5)
    assert len(merge_events([a, b])) == 2


def test_weak_chains_do_not_glue_unrelated_events():
    week = event("w", "2025-W12", "Trump holds call and meeting",
                 ("Donald Trump",), "Trump held a call and a meeting this week.", art="x")
    call = event("c", "2025-03-18", "Putin and Trump hold phone call about ceasefire",
                 ("Vladimir Putin", "Donald Trump"), CALL_A, art="y")
    meeting = event("m", "2025-03-18", "Trump meets Zelensky at the White House",
                    ("Donald Trump", "Volodymyr Zelensky"), MEETING, art="z")
    merged = merge_events([week, call, meeting])
    assert not any({"c", "m"} <= {m.article for m in e.mentions} for e in merged)
    assert all(not ({"y", "z"} <= set(e.sources)) for e in merged)


def test_merge_is_deterministic_whatever_the_input_order():
    events = [
        event("a", "2025-03-18", "Putin and Trump hold phone call about ceasefire",
              ("Vladimir Putin", "Donald Trump"), CALL_A, art="one"),
        event("b", "2025-W12", "Trump speaks with Putin by phone",
              ("Donald Trump", "Vladimir Putin"), CALL_B, art="two"),
        event("m", "2025-03-18", "Trump meets Zelensky at the White House",
              ("Donald Trump", "Volodymyr Zelensky"), MEETING, art="three"),
    ]
    assert merge_events(events) == merge_events(list(reversed(events)))


def test_a_person_and_their_country_count_as_a_weak_shared_actor():
    from timeline.actors import load_actors
    from timeline.merge import _actor_overlap, _weights

    index = load_actors()
    person = _weights(["Volodymyr Zelensky"], index)
    country = _weights(["United States", "Ukraine"], index)
    other = _weights(["United States", "Russia"], index)
    assert 0 < _actor_overlap(person, country) < 0.5
    assert _actor_overlap(person, other) == 0.0
    assert _actor_overlap(_weights(["Donald Trump"], index),
                          _weights(["Donald Trump", "Russia"], index)) == 1.0


def test_what_was_agreed_is_not_the_kind_of_the_happening():
    # "Putin agrees to halt strikes": the strikes are the object of the agreement, and the
    # sentence names the call it came out of; a strike on that day is another event.
    agreed = event("a", "2025-03-18", "Putin agrees to halt strikes on energy infrastructure",
                   ("Vladimir Putin", "Donald Trump"),
                   "Putin agreed on Tuesday to halt strikes on energy infrastructure after a "
                   "long telephone call with Donald Trump.", art="one")
    call = event("b", "2025-03-18", "Putin and Trump hold phone call about ceasefire",
                 ("Vladimir Putin", "Donald Trump"), CALL_A, art="two")
    strike = event("c", "2025-03-18", "Russia launches drone strikes on Kyiv",
                   ("Vladimir Putin", "Russia"),
                   "Russia launched drone strikes on Kyiv on Tuesday, Putin said.", art="three")
    merged = merge_events([agreed, call, strike])
    assert sorted(sorted(e.sources) for e in merged) == [["one", "two"], ["three"]]


def test_a_happening_told_as_still_ahead_is_not_the_kind_of_the_telling():
    # "Before the talks, Putin warned …": the warning came before the talks and is not them.
    talks = event("t", "2025-12-02", "Putin meets US envoy Witkoff in the Kremlin",
                  ("Vladimir Putin", "Steve Witkoff"),
                  "Putin met US envoy Steve Witkoff in the Kremlin on Tuesday for five hours "
                  "of talks on the peace plan, but no compromise was reached, an aide said.",
                  art="one", start=10)
    warning = event("w", "2025-12-02", "Putin warns Russia was ready for war",
                    ("Vladimir Putin", "Russia"),
                    "Before the talks, Putin warned on Tuesday that Russia was ready for war "
                    "if Europe started one.",
                    art="one", start=300)
    assert len(merge_events([talks, warning])) == 2


def test_a_ceremony_is_the_inauguration_of_that_day_but_not_a_parade():
    sworn = event("a", "2025-01-20", "Trump takes office", ("Donald Trump", "Xi Jinping"),
                  "Trump took office on Jan. 20, three days after a call with Xi.", art="one")
    ceremony = event("b", "2025-01-20", "Xi does not attend ceremony at the Capitol",
                     ("Xi Jinping",), "Xi did not attend the ceremony at the Capitol.",
                     art="two")
    parade = event("c", "2025-01-20", "Military parade marches in Beijing", ("Xi Jinping",),
                   "A military parade marched in Beijing on Monday.", art="three")
    merged = merge_events([sworn, ceremony, parade])
    assert sorted(sorted(e.sources) for e in merged) == [["one", "two"], ["three"]]


def test_the_start_of_a_war_and_the_invasion_merge_across_granularities():
    invasion = event("a", "2022-02", "China never condemns invasion Russia launched",
                     ("China", "Russia"),
                     "China has never condemned the invasion that Russia launched in February "
                     "2022.", art="one")
    began = event("b", "2022", "War begins", ("China",),
                  "Beijing has backed calls for talks since the war began in 2022.", art="two")
    (merged,) = merge_events([invasion, began])
    assert merged.when.value == "2022-02"


def test_marking_years_since_is_an_anniversary():
    marks = event("a", "2025-02", "Marks three years since troops cross border", (),
                  "Next month marks three years since Russian troops crossed the border.",
                  art="one")
    anniversary = event("b", "2025-02-24", "Third anniversary of the invasion falls", (),
                        "The third anniversary of the invasion falls next Monday.", art="two")
    (merged,) = merge_events([marks, anniversary])
    assert merged.when.value == "2025-02-24"


def test_a_capital_named_by_its_country_is_the_same_place():
    saudi = event("a", "2025-02-18", "American and Russian officials hold talks in the Saudi "
                  "capital", ("Russia",), "American and Russian officials held talks in the "
                  "Saudi capital on Tuesday.", art="one")
    riyadh = event("b", "2025-02", "US and Russian delegations meet in Riyadh",
                   ("United States", "Russia"), "Last month US and Russian delegations met in "
                   "Riyadh.", art="two")
    paris = event("c", "2025-02", "US and Russian delegations meet in Paris",
                  ("United States", "Russia"), "Last month US and Russian delegations met in "
                  "Paris.", art="three")
    assert len(merge_events([saudi, riyadh])) == 1
    assert len(merge_events([saudi, paris])) == 2


def test_two_values_of_a_month_or_coarser_need_evidence_beyond_actors():
    quote = event("a", "2025", "State media quotes Xi on coordination", ("Xi Jinping", "Russia"),
                  "State media quoted Xi as saying Beijing and Moscow would deepen their "
                  "coordination this year.", art="one")
    talks = event("b", "2025", "Talks come after biggest ceremony", ("Russia",),
                  "The talks came a week after Moscow's biggest ceremony of the year.",
                  art="two")
    assert len(merge_events([quote, talks])) == 2
    summit = event("c", "2025-08", "Putin says understandings reached with Trump",
                   ("Vladimir Putin", "Donald Trump"),
                   "Putin said the understandings he reached with Trump in Alaska last month "
                   "could open a path to peace.", art="three")
    met = event("d", "2025-08", "Trump and Putin meet in Anchorage",
                ("Donald Trump", "Vladimir Putin"),
                "In August Trump and Putin met in Anchorage, Alaska.", art="four")
    assert len(merge_events([summit, met])) == 1


def _undated(ident: str, vague: str, title: str, actors: tuple[str, ...], sentence: str,
             art: str, anchor: date = date(2025, 10, 25)) -> Event:
    """An undated telling as `timeline.events.extract_all` gives it."""
    value = TimeValue(vague, granularity="vague")
    mention = Mention(art, sentence, "will", 0, 4, value, anchor, "undated", sentence_start=0)
    return Event(ident, title, actors, value, (mention,))


MEETING_XI = event("m", "2025-10-30", "Trump's meeting with Xi to focus on trade",
                   ("Donald Trump", "Xi Jinping"),
                   "Trump's meeting with Xi on Thursday is expected to focus on trade.",
                   art="one", start=100)


def test_an_undated_telling_joins_the_dated_event_it_tells():
    coming = _undated("u", "FUTURE_REF", "Trump to meet Xi in South Korea",
                      ("Donald Trump", "Xi Jinping"),
                      "He flew to Asia, where he will meet Xi in South Korea.", art="one")
    (merged,) = merge_events([MEETING_XI], undated=[coming])
    assert merged.id == "m" and merged.when.value == "2025-10-30"
    assert merged.title == MEETING_XI.title
    assert len(merged.mentions) == 2


def test_an_undated_telling_never_makes_an_event_nor_joins_a_wrong_one():
    # The wrong direction: "will meet" cannot tell a meeting before the article's date.
    past = _undated("u", "FUTURE_REF", "Trump to meet Xi", ("Donald Trump", "Xi Jinping"),
                    "Trump will meet Xi.", art="two", anchor=date(2025, 11, 5))
    # Another kind of happening with the same people.
    call = _undated("v", "FUTURE_REF", "Trump to call Xi", ("Donald Trump", "Xi Jinping"),
                    "Trump will call Xi.", art="three")
    # Nothing in common but the kind.
    other = _undated("w", "FUTURE_REF", "Macron to meet Scholz", ("Emmanuel Macron",),
                     "Macron will meet Scholz.", art="four")
    # Told by nobody dated: dropped.
    alone = _undated("x", "PAST_REF", "Putin and Xi tout their friendship",
                     ("Vladimir Putin", "Xi Jinping"),
                     "Putin and Xi have previously touted their friendship.", art="five")
    (merged,) = merge_events([MEETING_XI], undated=[past, call, other, alone])
    assert merged == MEETING_XI


def test_a_vague_past_telling_joins_a_past_event():
    declared = event("d", "2022-02-24", "Two leaders declare no-limits friendship", (),
                     "The two leaders declared a no-limits friendship just weeks before the "
                     "invasion.", art="one", mod="BEFORE")
    touted = _undated("u", "PAST_REF", "Putin and Xi tout their relationship as friendship "
                      "with no limits", ("Vladimir Putin", "Xi Jinping"),
                      "Putin and Xi have previously touted their relationship as a "
                      "\"friendship with no limits\".", art="two")
    (merged,) = merge_events([declared], undated=[touted])
    assert merged.sources == ("one", "two")
    assert merged.actors == ("Vladimir Putin", "Xi Jinping")


COMPANIES = ["Acme", "Borden", "Cintas", "Dover", "Equifax", "Fluor", "Gartner", "Hasbro",
             "Intuit", "Jabil", "Kellwood", "Lennar", "Mattel", "Nucor"]


def test_a_subject_no_actor_names_still_tells_events_apart():
    # Earnings reports of different companies in one quarter: the companies are in no
    # actors file, but each title's subject names one.
    reports = [event(name.lower(), "1989-09", f"{name} reports net income of {i} million",
                     (), f"In the third quarter, {name} reported net income of ${i} million, or "
                     f"{i} cents a share.", art=name)
               for i, name in enumerate(COMPANIES, 10)]
    assert len(merge_events(reports)) == len(COMPANIES)


def test_words_many_events_share_are_weak_evidence():
    # With no subject named, only the words speak: "net income", "share", "million" are in
    # every report, so they say little; among two events they would say much.
    reports = [event(name.lower(), "1989-09", f"Company reports net income of {i} million",
                     (), f"In the third quarter, the company reported net income of ${i} million, "
                     f"or {i} cents a share, after a {name} restructuring.", art=name)
               for i, name in enumerate(COMPANIES * 3, 10)]
    assert len(merge_events(reports)) == len(reports)
    assert len(merge_events(reports[:2])) == 1


def test_two_anniversaries_of_one_month_are_not_one_for_their_kind_alone():
    victory = event("a", "2025-05", "Parade marks the anniversary of the victory", (),
                    "This month a parade marks the anniversary of the victory.", art="one")
    invasion = event("b", "2025-05-24", "Anniversary of the invasion falls", (),
                     "The anniversary of the invasion falls on Saturday.", art="two")
    assert len(merge_events([victory, invasion])) == 2
    vote = event("c", "1998-03-04", "Board of supervisors to vote", (),
                 "Tomorrow the board of supervisors will vote on the school.", art="three")
    rally = event("d", "1998", "Supporters urge general to run in presidential vote", (),
                  "This year his supporters urged the general to run in the presidential vote.",
                  art="four")
    assert len(merge_events([vote, rally])) == 2


def test_calling_off_a_summit_is_neither_a_call_nor_the_summit():
    off = event("a", "2025-10-22", "Trump says he called off summit with Putin in Budapest",
                ("Donald Trump", "Vladimir Putin"),
                "On Wednesday Trump said he had called off a summit with Putin in Budapest.",
                art="one")
    call = event("b", "2025-10-22", "Putin and Trump hold phone call about ceasefire",
                 ("Vladimir Putin", "Donald Trump"), CALL_A, art="two")
    summit = event("c", "2025-10-22", "Trump and Putin hold summit in Budapest",
                   ("Donald Trump", "Vladimir Putin"),
                   "Trump and Putin held a summit in Budapest on Wednesday.", art="three")
    assert len(merge_events([off, call])) == 2
    assert len(merge_events([off, summit])) == 2


def test_a_profile_reads_the_sentences_of_a_merged_event_as_one_text():
    # Each sentence alone says nothing of a cancellation; told together, "called off" runs
    # from one into the next, and the profile must read it as the merged text does.
    first = event("a", "2025-03-18", "Trump and Putin summit", ("Donald Trump",),
                  "The summit that Trump had planned was called", art="one")
    second = event("b", "2025-03-18", "Trump and Putin summit", ("Donald Trump",),
                   "off on Tuesday, aides said.", art="two")
    both = replace(first, mentions=first.mentions + second.mentions)
    apart = [replace(first, mentions=(m,)) for m in both.mentions]
    (together,) = profile_events([both], load_actors())
    alone = profile_events(apart, load_actors())
    assert "cancel" in together.words
    assert "call" not in together.words
    assert all("cancel" not in p.words for p in alone)
    assert any("call" in p.words for p in alone)
