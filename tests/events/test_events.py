"""Event extraction: which clauses become events, mentions, actors, pronouns, stable ids."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from eventkit import article, timexes

from timeline.events import clauses, event_id, extract_all, extract_events

TEXT = (
    "Macron arrived in Warsaw for talks with the Polish government. "
    "On Tuesday, he announced a joint air-defence plan for the region. "
    "Officials have discussed the idea in recent months. "
    "The talks last three days. "
    "The leaders meet every year."
)


def test_dated_clauses_become_events_and_vague_ones_do_not(actors):
    art = article("warsaw", TEXT)
    tx = timexes(TEXT, {"On Tuesday": "2025-10-21", "in recent months": "PAST_REF",
                        "three days": "P3D"})
    events = extract_events(art, tx, actors)
    assert len(events) == 1
    event = events[0]
    assert event.title == "Macron announces joint air-defence plan for the region"
    assert event.actors == ("Emmanuel Macron",)
    assert event.when.value == "2025-10-21"


def test_mention_is_copied_from_the_timex(actors):
    art = article("warsaw", TEXT)
    tx = timexes(TEXT, {"On Tuesday": "2025-10-21"}, anchor=date(2025, 10, 25))
    (event,) = extract_events(art, tx, actors)
    (mention,) = event.mentions
    assert mention.article == "warsaw"
    assert TEXT[mention.start:mention.end] == "On Tuesday" == mention.phrase
    assert mention.sentence == "On Tuesday, he announced a joint air-defence plan for the region."
    assert TEXT[mention.sentence_start:].startswith(mention.sentence)
    assert mention.anchor == date(2025, 10, 25)
    assert mention.how == "test: 2025-10-21"
    assert mention.value is tx[0].value


def test_two_dated_clauses_make_two_events(actors):
    text = ("Starmer hosted European leaders in London on Sunday, and Meloni flew to "
            "Washington on Monday.")
    art = article("london", text)
    tx = timexes(text, {"on Sunday": "2025-03-02", "on Monday": "2025-03-03"})
    events = extract_events(art, tx, actors)
    assert [(e.when.value, e.actors[0]) for e in events] == [
        ("2025-03-02", "Keir Starmer"), ("2025-03-03", "Giorgia Meloni")]
    assert events[1].title == "Meloni flies to Washington"


def test_one_clause_with_two_expressions_is_one_event(actors):
    text = "Rubio met Lavrov in Riyadh on Tuesday, Feb. 18."
    art = article("riyadh", text)
    tx = timexes(text, {"on Tuesday": "2025-02-18", "Feb. 18": "2025-02-18"})
    assert len(extract_events(art, tx, actors)) == 1


def test_she_refers_to_the_last_female_person(actors):
    text = ("Meloni and Orban spoke at the summit. "
            "On Friday, she proposed a new migration pact.")
    art = article("rome", text)
    tx = timexes(text, {"On Friday": "2025-06-27"})
    (event,) = extract_events(art, tx, actors)
    assert event.title == "Meloni proposes new migration pact"
    assert event.actors[0] == "Giorgia Meloni"


def test_role_phrase_resolved_at_the_event_date(actors):
    text = "The US president signed the bill on Friday."
    for day, who in (("2024-05-03", "Joe Biden"), ("2025-05-02", "Donald Trump")):
        art = article("bill", text, date.fromisoformat(day))
        (event,) = extract_events(art, timexes(text, {"on Friday": day}), actors)
        assert event.actors == (who,)


def test_ids_are_stable_and_do_not_depend_on_position(actors):
    sentence = "On Tuesday, Macron announced a joint air-defence plan for the region."
    first = article("a", sentence)
    second = article("b", "Unrelated opening words here. " + sentence)
    phrases = {"On Tuesday": "2025-10-21"}
    e1 = extract_events(first, timexes(first.text, phrases), actors)[0]
    e2 = extract_events(second, timexes(second.text, phrases), actors)[0]
    assert e1.id == e2.id
    assert e1.id == extract_events(first, timexes(first.text, phrases), actors)[0].id
    assert event_id("2025-10-21", ["B", "A"], "x y") == event_id("2025-10-21", ["A", "B"], "y x")
    assert event_id("2025-10-22", ["A"], "x") != event_id("2025-10-21", ["A"], "x")


def test_clauses_do_not_cut_quotes_or_time_phrases():
    sentence = "He said “we agree, and we will sign” on Monday, and left a day after the vote."
    protected = [(sentence.index("a day after"), sentence.index("vote") + 4)]
    parts = [sentence[s:e] for s, e in clauses(sentence, protected)]
    assert parts == ["He said “we agree, and we will sign” on Monday", "and left a day after "
                     "the vote."]


def test_while_opens_a_clause_but_not_before_a_participle():
    sentence = "Three people died while clearing debris on Sunday."
    assert [sentence[s:e] for s, e in clauses(sentence)] == [sentence]
    sentence = "Prices rose on Monday while wages fell."
    assert [sentence[s:e] for s, e in clauses(sentence)] == ["Prices rose on Monday",
                                                            "while wages fell."]



def test_since_datelines_and_word_fragments_make_no_event(actors):
    text = ("Published: 3 March 2025\n\n"
            "Leaders have met repeatedly since February. "
            "Friedrich Merz spoke in Berlin on Friday.")
    art = article("misc", text, date(2025, 3, 3))
    tx = timexes(text, {"3 March 2025": "2025-03-03", "February": "2025-02",
                        "Fri": "2025-02-28", "on Friday": "2025-02-28"})
    events = extract_events(art, tx, actors)
    assert [(e.mentions[0].phrase, e.title) for e in events] == [
        ("on Friday", "Merz speaks in Berlin")]


def test_subordinate_clause_with_its_own_date_is_its_own_event(actors):
    text = "Saturday's summit came a week after Macron visited Kyiv on May 10."
    art = article("sub", text, date(2025, 5, 20))
    tx = timexes(text, {"Saturday": "2025-05-17", "on May 10": "2025-05-10"})
    events = extract_events(art, tx, actors)
    assert [e.when.value for e in events] == ["2025-05-17", "2025-05-10"]
    assert events[1].title == "Macron visits Kyiv"
    assert events[1].actors[0] == "Emmanuel Macron"


def test_the_most_precise_expression_of_a_clause_dates_it(actors):
    text = "Aid was cut after the summit in Paris on Feb. 28."
    art = article("range", text, date(2025, 3, 4))
    tx = timexes(text, {"after the summit in Paris": "2025-02", "Feb. 28": "2025-02-28"})
    (event,) = extract_events(art, tx, actors)
    assert event.when.value == "2025-02-28"
    assert event.mentions[0].phrase == "Feb. 28"


def test_undated_tellings_are_kept_apart_from_events(actors):
    text = ("Trump flew to Asia, where he will meet Xi in South Korea. "
            "Putin and Xi have previously touted a friendship with no limits. "
            "Trump's meeting with Xi on Thursday is expected to focus on trade. "
            "“We will win,” Trump said.")
    art = article("asia", text)
    tx = timexes(text, {"previously": "PAST_REF", "on Thursday": "2025-10-30"})
    events, undated = extract_all(art, tx, actors)
    assert events == extract_events(art, tx, actors)
    assert [e.when.value for e in events] == ["2025-10-30"]
    assert [(e.when.value, e.mentions[0].phrase, e.title) for e in undated] == [
        ("FUTURE_REF", "will", "Trump to meet Xi in South Korea"),
        ("PAST_REF", "previously", "Putin and Xi tout friendship with no limits")]
    assert undated[0].actors[:2] == ("Donald Trump", "Xi Jinping")
    assert text[undated[0].mentions[0].start:undated[0].mentions[0].end] == "will"


def test_a_conjoined_clause_shares_its_subject_and_actor(actors):
    text = ("In Kyiv, Zelenskyy said he would support a pause in attacks on Tuesday, but accused "
            "Moscow of new drone strikes on Wednesday.")
    art = article("kyiv", text, date(2025, 3, 20))
    tx = timexes(text, {"on Tuesday": "2025-03-18", "on Wednesday": "2025-03-19"})
    events = extract_events(art, tx, actors)
    assert events[1].title == "Zelensky accuses Moscow of new drone strikes"
    assert events[1].actors[0] == "Volodymyr Zelensky"


def test_a_since_clause_named_as_an_expression_is_still_its_own_event(actors):
    text = "It was the first major package of sanctions since Trump took office in January."
    art = article("pkg", text, date(2025, 10, 31))
    tx = timexes(text, {"since Trump took office": "2025-01-20", "January": "2025-01"})
    # "since Trump took office" is event-relative, as the tagger makes it.
    tx = [replace(t, kind="event") if t.text.startswith("since") else t for t in tx]
    (event,) = extract_events(art, tx, actors)
    assert event.title == "Trump takes office"
    assert event.when.value == "2025-01"


def test_a_when_clause_pronoun_takes_the_person_of_the_clause_before(actors):
    # The when-clause is the event; its "he" is the person named just before it in the same
    # sentence, not the one in focus from the sentence before.
    text = ("Macron spoke to reporters in Paris. "
            "The crisis in Starmer's cabinet was at its worst in June, when he sacked two "
            "ministers.")
    art = article("london", text)
    tx = timexes(text, {"June": "2025-06"})
    (event,) = extract_events(art, tx, actors)
    assert event.title.startswith("Starmer sacks two ministers")
    assert event.actors[0] == "Keir Starmer"


def test_a_dated_relative_clause_and_the_rest_make_two_events(actors):
    text = ("Zelensky, who met Erdogan in Ankara on Tuesday, said on Thursday that talks "
            "would continue.")
    art = article("kyiv", text)
    tx = timexes(text, {"on Tuesday": "2025-10-21", "on Thursday": "2025-10-23"})
    events = extract_events(art, tx, actors)
    assert [(e.when.value, e.title) for e in events] == [
        ("2025-10-21", "Zelensky meets Erdogan in Ankara"),
        ("2025-10-23", "Zelensky says talks would continue")]
    assert events[1].actors == ("Volodymyr Zelensky",)


def test_the_noun_before_an_object_relative_clause_is_its_object(actors):
    text = "The summit, which Trump called off on Tuesday, was meant to take place in Budapest."
    tx = timexes(text, {"on Tuesday": "2025-10-21"})
    assert [e.title for e in extract_events(article("summit", text), tx, actors)] == [
        "Trump calls off summit"]
    # The rest of the sentence, dated too, keeps its own short title.
    text = "The package, which Brussels proposed in September, was approved on Thursday."
    tx = timexes(text, {"in September": "2025-09", "on Thursday": "2025-10-23"})
    assert [e.title for e in extract_events(article("package", text), tx, actors)] == [
        "Brussels proposes package", "Package approved"]


def test_a_relative_clause_names_a_person_the_actor_list_does_not_know(actors):
    text = "Kelly Ortberg, who became chief executive in August, said on Monday he was glad."
    art = article("seattle", text)
    tx = timexes(text, {"in August": "2024-08", "on Monday": "2024-11-04"})
    titles = [e.title for e in extract_events(art, tx, actors)]
    assert titles == ["Kelly Ortberg becomes chief executive", "Kelly Ortberg says he was glad"]


def test_an_age_after_the_head_of_a_relative_clause_stays_out_of_titles(actors):
    text = ("Graham Pelling, 58, who served as treasurer from 2008 to 2020, was convicted by "
            "a jury last month.")
    art = article("court", text)
    tx = timexes(text, {"2008": "2008", "2020": "2020", "last month": "2021-11"})
    titles = [e.title for e in extract_events(art, tx, actors)]
    assert titles == ["Graham Pelling serves as treasurer", "Graham Pelling convicted by jury"]


def test_a_relative_clause_without_its_own_comma_close_is_not_a_head(actors):
    text = ("Beijing, which has backed talks since the war began in 2022, said it welcomed "
            "all efforts towards a ceasefire.")
    art = article("beijing", text)
    tx = timexes(text, {"2022": "2022"})
    (event,) = extract_events(art, tx, actors)
    assert not event.title.lower().startswith("said")


def test_a_date_after_since_and_a_noun_phrase_dates_the_event_the_phrase_names(actors):
    text = "Turnout reached 82.5 percent, the highest since reunification in 1990."
    art = article("berlin", text)
    (event,) = extract_events(art, timexes(text, {"1990": "1990"}), actors)
    assert event.title == "Reunification"
    # With a verb in it, the phrase tells its own clause.
    text = "It was the party's best result since it was founded in 2013."
    art = article("berlin", text)
    (event,) = extract_events(art, timexes(text, {"2013": "2013"}), actors)
    assert "found" in event.title.lower()


def test_he_stands_for_a_person_the_actor_list_does_not_know(actors):
    text = ("Kelly Ortberg, who became chief executive in August, praised the deal. "
            "He will visit the factory in Everett on Thursday.")
    art = article("seattle", text)
    tx = timexes(text, {"in August": "2024-08", "on Thursday": "2024-11-07"})
    events = extract_events(art, tx, actors)
    assert events[-1].title == "Kelly Ortberg to visit factory in Everett"
    assert events[-1].actors == ()  # titles only: the actor list stays the list's


def test_a_known_person_keeps_the_pronoun_over_an_unknown_one(actors):
    text = ("Macron met Kelly Ortberg, who runs Boeing, in Paris. "
            "On Friday, he announced an order for new jets.")
    art = article("paris", text)
    tx = timexes(text, {"On Friday": "2025-06-13"})
    (event,) = extract_events(art, tx, actors)
    assert event.title.startswith("Macron announces")


def test_a_title_gives_an_unknown_person_a_pronoun(actors):
    text = ("Mrs. Okafor chaired the board until 2019. Mr. Diallo joined it in 2020. "
            "On Monday, she resigned from the company.")
    art = article("lagos", text)
    tx = timexes(text, {"until 2019": "2019", "in 2020": "2020", "On Monday": "2025-06-09"})
    events = extract_events(art, tx, actors)
    assert events[-1].title == "Okafor resigns from the company"


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_main_one(actors):
    text = ("Senate Democrats had demanded an extension of health subsidies that expire at "
            "the end of the year.")
    tx = timexes(text, {"the end of the year": "2025"})
    (event,) = extract_events(article("subsidies", text), tx, actors)
    assert event.title == "Health subsidies expire"
    text = "Russia launched the attack that killed 12 people on Monday."
    tx = timexes(text, {"on Monday": "2025-11-10"})
    (event,) = extract_events(article("attack", text), tx, actors)
    assert event.title == "Attack kills 12 people"
    assert event.actors == ("Russia",)


def test_a_that_clause_after_a_reporting_verb_is_not_a_relative_clause(actors):
    text = "Putin said at the summit that talks in Istanbul on Monday had failed."
    tx = timexes(text, {"on Monday": "2025-11-10"})
    (event,) = extract_events(article("summit", text), tx, actors)
    assert event.title.startswith("Putin says")


def test_an_undated_clause_keeps_its_own_subject_out_of_other_events(actors):
    text = ("Twenty hostages were released on Monday, after Trump addressed the "
            "parliament, under a ceasefire that took effect on Friday.")
    tx = timexes(text, {"on Monday": "2025-10-13", "on Friday": "2025-10-10"})
    events = extract_events(article("hostages", text), tx, actors)
    assert [(e.title, e.actors) for e in events] == [
        ("Twenty hostages released", ()), ("Ceasefire takes effect", ())]


def test_a_second_dated_verb_after_and_is_a_second_event(actors):
    text = ("The agreement was reached in talks in Egypt last week and approved by the "
            "cabinet early Friday.")
    tx = timexes(text, {"last week": "2025-W41", "early Friday": "2025-10-10"})
    events = extract_events(article("deal", text), tx, actors)
    assert [(e.when.value, e.title) for e in events] == [
        ("2025-W41", "Agreement reached in talks in Egypt"),
        ("2025-10-10", "Agreement approved by the cabinet")]
    # Dates joined by "and" are one event; so is a verb without a date of its own.
    text = "Zelenskyy visited Washington on Friday and Tuesday and met Trump."
    tx = timexes(text, {"on Friday": "2025-10-10", "Tuesday": "2025-10-14"})
    assert len(extract_events(article("visit", text), tx, actors)) == 1


def test_a_joined_clause_with_its_own_subject_does_not_share_the_first(actors):
    text = "Russia attacked the city on Monday and talks resumed on Friday."
    tx = timexes(text, {"on Monday": "2025-10-13", "on Friday": "2025-10-10"})
    events = extract_events(article("talks", text), tx, actors)
    assert [(e.title, e.actors) for e in events] == [
        ("Russia attacks city", ("Russia",)), ("Talks resume", ())]


def test_a_clause_measured_from_a_dated_one_is_dated_from_it(actors):
    text = ("The House passed the bill on Wednesday evening, two days after the Senate "
            "approved it.")
    tx = timexes(text, {"on Wednesday evening": "2025-11-12", "two days": "P2D"})
    house, senate = extract_events(article("house", text), tx, actors)
    assert (house.when.value, senate.when.value) == ("2025-11-12", "2025-11-10")
    assert senate.title == "The Senate approves it"
    (mention,) = senate.mentions
    assert text[mention.start:mention.end] == mention.phrase == "two days after"
    assert "2025-11-12" in mention.how
    text = "Kyiv was hit on Friday, a week before Russia launched a new offensive."
    tx = timexes(text, {"on Friday": "2025-11-07", "a week": "P1W"})
    assert [e.when.value for e in extract_events(article("kyiv", text), tx, actors)] == [
        "2025-11-07", "2025-W46"]
    text = "Trump spoke on Monday, hours after the hostages were freed."
    tx = timexes(text, {"on Monday": "2025-11-10"})
    assert [e.when.value for e in extract_events(article("hours", text), tx, actors)] == [
        "2025-11-10", "2025-11-10"]


def test_they_in_a_later_clause_is_the_plural_subject_before_it(actors):
    text = "Talks resumed on Monday, a week after they were suspended on Oct. 6."
    tx = timexes(text, {"on Monday": "2025-10-13", "on Oct. 6": "2025-10-06"})
    assert [e.title for e in extract_events(article("talks", text), tx, actors)] == [
        "Talks resume", "Talks suspended"]
    text = ("Russia and Ukraine swapped prisoners on Friday, days after they agreed to it on "
            "Tuesday.")
    tx = timexes(text, {"on Friday": "2025-10-17", "on Tuesday": "2025-10-14"})
    swap, deal = extract_events(article("swap", text), tx, actors)
    assert (deal.title, deal.actors) == ("Russia and Ukraine agree to it", ("Russia", "Ukraine"))
    # A singular subject is not what "they" stands for.
    text = "Trump met the envoys on Monday after they arrived on Sunday."
    tx = timexes(text, {"on Monday": "2025-10-13", "on Sunday": "2025-10-12"})
    assert extract_events(article("envoys", text), tx, actors)[1].title == "They arrive"


def test_a_participle_phrase_with_a_date_of_its_own_is_its_own_event(actors):
    text = "A truce, agreed in January, collapsed in March."
    tx = timexes(text, {"in January": "2025-01", "in March": "2025-03"})
    assert [(e.when.value, e.title) for e in extract_events(article("truce", text), tx,
                                                             actors)] == [
        ("2025-01", "Truce agreed"), ("2025-03", "Truce collapses")]
    # Without a date of its own, it is left out of the title.
    text = "The deal, reached after months of talks, was signed in Washington on April 30."
    tx = timexes(text, {"on April 30": "2025-04-30"})
    assert [e.title for e in extract_events(article("deal", text), tx, actors)] == [
        "Deal signed in Washington"]


def test_a_comma_inside_a_number_does_not_close_a_participle_phrase(actors):
    text = ("The claim, filed in 2016 on behalf of about 1,100 former employees, alleges that "
            "trustees moved funds in 2014.")
    tx = timexes(text, {"in 2016": "2016", "in 2014": "2014"})
    assert [e.title for e in extract_events(article("claim", text), tx, actors)] == [
        "Claim filed on behalf of about 1,100 former employees",
        "Claim alleges that trustees moved funds"]


def test_a_present_in_s_after_and_shares_the_subject(actors):
    text = "The notice requires the surface to be removed, and takes effect on Monday."
    tx = timexes(text, {"on Monday": "2013-06-17"})
    assert [e.title for e in extract_events(article("notice", text), tx, actors)] == [
        "Notice takes effect"]
    # A plural noun opening the clause is its own subject.
    text = "The family held a vigil, and volunteers plan to resume the search on Saturday."
    tx = timexes(text, {"on Saturday": "2013-10-19"})
    assert [e.title for e in extract_events(article("search", text), tx, actors)] == [
        "Volunteers plan to resume the search"]


def test_a_place_and_its_country_do_not_end_a_leading_clause(actors):
    text = ("When the telescope lifted off from Kourou, French Guiana, on Christmas Day 2021, "
            "many of the engineers had spent their careers building it.")
    tx = timexes(text, {"on Christmas Day 2021": "2021-12-25"})
    assert [e.title for e in extract_events(article("launch", text), tx, actors)] == [
        "Telescope lifts off from Kourou"]


def test_passives_of_a_thing_told_after_first_or_and(actors):
    text = ("The truce, first agreed in Geneva in May and extended in London in June, keeps "
            "tariffs at 30%.")
    tx = timexes(text, {"in May": "2025-05", "in June": "2025-06"})
    assert [e.title for e in extract_events(article("truce", text), tx, actors)] == [
        "Truce agreed in Geneva", "Truce extended in London"]
    # What a thing does by itself stays active.
    text = "The talks stalled in May and resumed in Geneva in June."
    tx = timexes(text, {"in May": "2025-05", "in June": "2025-06"})
    assert [e.title for e in extract_events(article("talks", text), tx, actors)] == [
        "Talks stall", "Talks resume in Geneva"]


def test_a_trailing_participle_phrase_with_the_only_date_dates_its_noun(actors):
    text = "More than 80 countries had backed the roadmap, first proposed by Lula on Nov. 10."
    tx = timexes(text, {"on Nov. 10": "2025-11-10"})
    assert [e.title for e in extract_events(article("roadmap", text), tx, actors)] == [
        "Roadmap first proposed by Lula"]
    text = "He praised the treaty, signed in 2019 by both sides."
    tx = timexes(text, {"in 2019": "2019"})
    assert [e.title for e in extract_events(article("treaty", text), tx, actors)] == [
        "Treaty signed by both sides"]


def test_they_opening_a_sentence_is_the_plural_subject_before_it(actors):
    text = ("EU leaders failed on Thursday to agree on the loan. They asked the Commission "
            "for options and will return to the issue at their summit in December.")
    tx = timexes(text, {"on Thursday": "2025-10-23", "in December": "2025-12"})
    titles = [(e.when.value, e.title) for e in extract_events(article("they", text), tx,
                                                              actors)]
    assert titles[-1] == ("2025-12", "EU leaders to return to the issue at their summit")
    text = "Officials met on Monday. They agreed on Tuesday to meet again."
    tx = timexes(text, {"on Monday": "2025-10-20", "on Tuesday": "2025-10-21"})
    assert extract_events(article("they2", text), tx, actors)[1].title == \
        "Officials agree to meet again"
    # After a singular subject, "They" stays.
    text = "Russia attacked Kyiv on Monday. They said on Tuesday it was revenge."
    tx = timexes(text, {"on Monday": "2025-10-20", "on Tuesday": "2025-10-21"})
    assert extract_events(article("they3", text), tx, actors)[1].title == \
        "They say it was revenge"


def test_the_two_leaders_are_the_two_people_named_last(actors):
    text = "Xi met Putin on Thursday. The two leaders signed 20 agreements on Friday."
    tx = timexes(text, {"on Thursday": "2025-05-08", "on Friday": "2025-05-09"})
    signed = extract_events(article("two", text), tx, actors)[1]
    assert (signed.title, signed.actors) == (
        "Xi and Putin sign 20 agreements", ("Xi Jinping", "Vladimir Putin"))
    # With nobody named before, they stay "two leaders".
    text = "The two leaders met on Friday."
    tx = timexes(text, {"on Friday": "2025-05-09"})
    assert extract_events(article("none", text), tx, actors)[0].title == "Two leaders meet"


def test_a_short_name_means_the_person_named_in_full_before_it(actors):
    text = ("Xi hosted Kim Jong Un and Putin at the parade on Wednesday. Kim held talks with "
            "Xi on Thursday.")
    tx = timexes(text, {"on Wednesday": "2025-09-03", "on Thursday": "2025-09-04"})
    events = extract_events(article("kim", text), tx, actors)
    assert events[1].actors == ("Kim Jong Un", "Xi Jinping")
    # Before any full mention, "Kim" alone names nobody.
    text = "Kim held talks with Xi on Thursday."
    tx = timexes(text, {"on Thursday": "2025-09-04"})
    assert extract_events(article("kim-only", text), tx, actors)[0].actors == ("Xi Jinping",)


def test_a_lead_in_time_phrase_is_no_event_of_its_own(actors):
    text = "Before the talks, Putin warned on Tuesday that Russia was ready."
    before, tuesday = timexes(text, {"Before the talks": "2025-11-30",
                                     "on Tuesday": "2025-12-02"})
    # An event-relative value: the days before the talks.
    before = replace(before, value=replace(before.value, granularity="range", mod="BEFORE"))
    tx = [before, tuesday]
    assert [(e.when.value, e.title) for e in extract_events(article("warn", text), tx,
                                                             actors)] == [
        ("2025-12-02", "Putin warns Russia was ready")]
    # A lead-in that tells of another dated event still does.
    text = "Unlike the bitter encounter in February, Monday's talks were friendly."
    tx = timexes(text, {"in February": "2025-02", "Monday's": "2025-08-18"})
    assert [e.when.value for e in extract_events(article("unlike", text), tx, actors)] == [
        "2025-02", "2025-08-18"]


def test_an_announced_thing_keeps_its_clause_and_drops_its_inner_relative(actors):
    text = ("On Friday, the ministry announced a suspension of the export controls it had "
            "imposed on Oct. 9.")
    tx = timexes(text, {"On Friday": "2025-10-31", "on Oct. 9": "2025-10-09"})
    (event,) = extract_events(article("controls", text), tx, actors)
    assert (event.when.value, event.title) == (
        "2025-10-31", "Ministry announces suspension of the export controls")


def test_a_short_statement_takes_in_what_was_said_and_keeps_its_speaker(actors):
    text = ("Earlier this month, the Kremlin said Putin had no plans to travel abroad before "
            "the end of the year.")
    tx = timexes(text, {"Earlier this month": "2025-11", "the end of the year": "2025"})
    statement, plan = extract_events(article("kremlin", text), tx, actors)
    assert (statement.title, statement.actors) == (
        "The Kremlin says Putin had no plans to travel abroad", ("Russia",))


def test_said_on_a_day_that_with_a_date_of_its_own_is_two_events(actors):
    text = "Trump said on Friday that he would meet Xi in April."
    tx = timexes(text, {"on Friday": "2025-11-14", "in April": "2026-04"})
    assert [(e.when.value, e.title) for e in extract_events(article("said", text), tx,
                                                             actors)] == [
        ("2025-11-14", "Trump says he would meet Xi"), ("2026-04", "Trump to meet Xi")]
    text = "Putin said in a statement last week that talks could resume in January."
    tx = timexes(text, {"last week": "2025-W46", "in January": "2026-01"})
    assert [e.when.value for e in extract_events(article("said2", text), tx, actors)] == [
        "2025-W46", "2026-01"]


def test_a_plan_reported_after_a_joined_said_is_dated_by_its_own_date(actors):
    text = 'Trump called the talks "amazing" and said he would visit China in April.'
    tx = timexes(text, {"in April": "2026-04"})
    (event,) = extract_events(article("visit", text), tx, actors)
    assert (event.when.value, event.title) == ("2026-04", "Trump says he would visit China")
    # Not when the date may be the first verb's too.
    text = "Trump met Xi and said it went well on Thursday."
    tx = timexes(text, {"on Thursday": "2025-10-30"})
    (event,) = extract_events(article("met", text), tx, actors)
    assert event.title == "Trump meets Xi"


def test_a_short_title_is_not_lengthened_by_another_calendar_date(actors):
    text = "Prices rose from March through June."
    tx = timexes(text, {"March": "2025-03", "June": "2025-06"})
    assert [e.title for e in extract_events(article("prices", text), tx, actors)] == [
        "Prices rise"]


def test_a_clause_without_its_verb_takes_the_one_before(actors):
    text = "Officials met in Riyadh on Tuesday, and again in Istanbul on Thursday."
    tx = timexes(text, {"on Tuesday": "2025-11-18", "on Thursday": "2025-11-20"})
    assert [e.title for e in extract_events(article("again", text), tx, actors)] == [
        "Officials meet in Riyadh", "Officials meet again in Istanbul"]


def test_a_colon_between_two_clauses_cuts_them(actors):
    text = ("Within a week the plan had collapsed: Rubio and Lavrov held a call on Oct. 20 "
            "that exposed deep differences.")
    tx = timexes(text, {"on Oct. 20": "2025-10-20"})
    (event,) = extract_events(article("colon", text), tx, actors)
    assert event.title == "Rubio and Lavrov hold call that exposed deep differences"


def test_a_wire_dateline_is_neither_an_event_nor_part_of_a_title(actors):
    text = ("WASHINGTON, Oct 22 (Reuters) - The United States imposed sanctions on two oil "
            "companies on Wednesday.\n\nBUSAN, South Korea (AP) — Trump said Thursday he "
            "had agreed to cut tariffs.")
    tx = timexes(text, {"Oct 22": "2025-10-22", "on Wednesday": "2025-10-22",
                        "Thursday": "2025-10-30"})
    events = extract_events(article("wire", text), tx, actors)
    assert [(e.when.value, e.title) for e in events] == [
        ("2025-10-22", "US imposes sanctions on two oil companies"),
        ("2025-10-30", "Trump says he had agreed to cut tariffs")]
    # Capitals naming an actor are the subject, not a dateline.
    text = "NATO — the alliance — warned on Monday of new threats."
    tx = timexes(text, {"on Monday": "2025-10-20"})
    assert extract_events(article("nato", text), tx, actors)[0].actors == ("NATO",)


def test_it_opening_a_sentence_is_the_noun_the_sentence_before_was_about(actors):
    text = ("The museum was closed for three days after the robbery. It reopened on Oct. 22 "
            "with extra security. The company reported a loss on Tuesday. It also cut its "
            "forecast on Wednesday.")
    tx = timexes(text, {"on Oct. 22": "2025-10-22", "on Tuesday": "2025-10-21",
                        "on Wednesday": "2025-10-22"})
    assert [e.title for e in extract_events(article("it", text), tx, actors)] == [
        "Museum reopens with extra security", "Company reports loss",
        "Company also cuts its forecast"]
    text = ("The company reported a loss on Tuesday. It will hold its annual conference in "
            "March.")
    tx = timexes(text, {"on Tuesday": "2025-10-21", "in March": "2026-03"})
    assert extract_events(article("it-will", text), tx, actors)[1].title == \
        "Company to hold its annual conference"
    # A clause joined to one opening with such an "It" shares what it stands for.
    text = ("The storm made landfall on Tuesday. It weakened by Tuesday evening, and was "
            "expected to hit Cuba early Wednesday.")
    tx = timexes(text, {"on Tuesday": "2025-10-28", "Tuesday evening": "2025-10-28",
                        "early Wednesday": "2025-10-29"})
    assert extract_events(article("it-and", text), tx, actors)[-1].title == \
        "Storm to hit Cuba"
    # An "it" that stands for nothing, or after a plural or a name, stays.
    for text, title in [
            ("The plan was announced on Monday. It was not clear on Tuesday what it would do.",
             "It is not clear what it would do"),
            ("The shares rose on Monday. It gained 5% on Tuesday.", "It gains 5%")]:
        tx = timexes(text, {"on Monday": "2025-10-20", "on Tuesday": "2025-10-21"})
        assert extract_events(article("it", text), tx, actors)[-1].title == title


def test_the_date_of_a_trailing_attribution_yields_to_the_clause_own(actors):
    text = "Xi will travel to the US in 2026, China's foreign ministry said on Saturday."
    tx = timexes(text, {"in 2026": "2026", "on Saturday": "2025-11-15"})
    (event,) = extract_events(article("xi", text), tx, actors)
    assert (event.when.value, event.title) == ("2026", "Xi to travel to US")
    text = "The economy grew 0.6% in the third quarter, data showed on Wednesday."
    tx = timexes(text, {"in the third quarter": "2025-09", "on Wednesday": "2025-11-19"})
    assert extract_events(article("gdp", text), tx, actors)[0].when.value == "2025-09"
    # Alone, it dates the clause.
    text = "The US has paused all military aid, an official said late on Monday."
    tx = timexes(text, {"late on Monday": "2025-03-03"})
    assert extract_events(article("aid", text), tx, actors)[0].when.value == "2025-03-03"


def test_the_end_of_a_reported_period_does_not_date_the_report(actors):
    text = ("The company reported revenue of $77.7 billion for the quarter ended Sept. 30 on "
            "Wednesday.")
    tx = timexes(text, {"Sept. 30": "2025-09-30", "on Wednesday": "2025-10-29"})
    (event,) = extract_events(article("results", text), tx, actors)
    assert (event.when.value, event.title) == (
        "2025-10-29", "Company reports revenue of $77.7 billion for the quarter")
    text = "On Tuesday, the company reported a loss for the three months ended June 30."
    tx = timexes(text, {"On Tuesday": "2025-10-28", "June 30": "2025-06-30"})
    (event,) = extract_events(article("loss", text), tx, actors)
    assert (event.when.value, event.title) == (
        "2025-10-28", "Company reports loss for the three months")


def test_a_since_phrase_owned_by_his_names_its_owner(actors):
    text = "Putin has not left Russia since his visit to Alaska in August."
    tx = timexes(text, {"August": "2025-08"})
    assert [e.title for e in extract_events(article("since", text), tx, actors)] == [
        "Putin's visit to Alaska"]


def test_a_gerund_clause_measured_from_the_main_one_is_the_subject_deed(actors):
    text = "Trump announced sanctions on Wednesday, a day after scrapping the summit."
    tx = timexes(text, {"on Wednesday": "2025-10-22", "a day": "P1D"})
    assert [(e.when.value, e.title) for e in extract_events(article("scrap", text), tx,
                                                             actors)] == [
        ("2025-10-22", "Trump announces sanctions"), ("2025-10-21", "Trump scraps summit")]
    # Set off before the main clause, it is not measured from it.
    text = "Speaking on Monday evening, hours after taking the oath, he said it was over."
    tx = timexes(text, {"on Monday evening": "2025-01-20"})
    assert len(extract_events(article("oath", text), tx, actors)) == 1


def test_a_measured_noun_phrase_or_a_coarse_date_dates_no_second_clause(actors):
    text = "Talks resumed on Monday, two days after the summit."
    tx = timexes(text, {"on Monday": "2025-11-10", "two days": "P2D"})
    assert len(extract_events(article("summit", text), tx, actors)) == 1
    text = "The firm collapsed in March, three days after its chief resigned."
    tx = timexes(text, {"in March": "2025-03", "three days": "P3D"})
    assert len(extract_events(article("firm", text), tx, actors)) == 1


def test_a_when_clause_with_its_own_date_does_not_title_the_clause_before(actors):
    text = ("Trump said last week that he would raise chip exports when he meets Xi in "
            "South Korea on Thursday.")
    tx = timexes(text, {"last week": "2025-W43", "on Thursday": "2025-10-30"})
    said, meets = extract_events(article("chips", text), tx, actors)
    assert said.title.startswith("Trump says") and meets.title.startswith("Trump meets Xi")


def test_who_after_a_name_the_actor_list_does_not_know_stands_for_it(actors):
    text = ("She replaces Shigeru Ishiba, who announced his resignation in early September "
            "after a defeat.")
    tx = timexes(text, {"in early September": "2025-09"})
    (event,) = extract_events(article("ishiba", text), tx, actors)
    assert event.title.startswith("Shigeru Ishiba announces his resignation")


def test_which_after_a_noun_keeps_the_noun_as_subject_of_a_short_title(actors):
    text = "The union, which struck in September, said on Monday the deal was fair."
    tx = timexes(text, {"in September": "2025-09", "on Monday": "2025-10-20"})
    titles = [e.title for e in extract_events(article("union", text), tx, actors)]
    assert titles == ["Union strikes", "Union says deal was fair"]


def test_a_where_clause_after_a_relative_one_is_not_its_continuation(actors):
    text = ("She will face a session that opens later this week, where a budget is due by "
            "the end of November.")
    tx = timexes(text, {"later this week": "2025-W43", "the end of November": "2025-11"})
    titles = [e.title for e in extract_events(article("session", text), tx, actors)]
    assert titles == ["Session opens", "Budget is due"]


def test_a_bounded_measure_dates_nothing_and_an_approximate_one_is_approximate(actors):
    text = "It topped $5 trillion on Wednesday, less than four months after it crossed $4 trillion."
    tx = timexes(text, {"on Wednesday": "2025-10-29", "less than four months": "P4M"})
    tx = [t if t.text != "less than four months" else
          replace(t, value=replace(t.value, mod="LESS_THAN")) for t in tx]
    assert len(extract_events(article("cap", text), tx, actors)) == 1
    text = "Shares fell on Monday, about two weeks after the bank raised rates."
    tx = timexes(text, {"on Monday": "2025-10-27", "about two weeks": "P2W"})
    tx = [t if t.text != "about two weeks" else
          replace(t, value=replace(t.value, mod="APPROX")) for t in tx]
    _, rates = extract_events(article("rates", text), tx, actors)
    assert (rates.when.value, rates.when.mod) == ("2025-W42", "APPROX")


def test_a_when_clause_titles_a_state_but_not_an_event(actors):
    text = "The shutdown began on Oct. 1, when Congress failed to agree on funding."
    tx = timexes(text, {"on Oct. 1": "2025-10-01"})
    (event,) = extract_events(article("shutdown", text), tx, actors)
    assert event.title == "Shutdown begins"
    text = "Relations were on display last month, when Putin and Xi met in Beijing."
    tx = timexes(text, {"last month": "2025-09"})
    (event,) = extract_events(article("display", text), tx, actors)
    assert event.title == "Putin and Xi meet in Beijing"


def test_him_is_no_guess_and_who_after_a_common_noun_takes_the_noun(actors):
    text = ("Judge Arun Subramanian fined the singer. Before the hearing, the singer wrote "
            "to his former girlfriend, who testified against him in May.")
    tx = timexes(text, {"in May": "2025-05"})
    (event,) = extract_events(article("court", text), tx, actors)
    assert event.title == "Former girlfriend testifies against him"
    text = "Keir Starmer met the envoy on Monday. Putin received him on Tuesday."
    tx = timexes(text, {"on Monday": "2025-09-29", "on Tuesday": "2025-09-30"})
    assert extract_events(article("envoy", text), tx, actors)[1].title == \
        "Putin receives Starmer"


def test_who_reports_an_event_is_not_its_actor(actors):
    text = "The quake hit at a depth of 28 kilometers on Monday, the US Geological Survey said."
    tx = timexes(text, {"on Monday": "2025-11-03"})
    (event,) = extract_events(article("quake", text), tx, actors)
    assert event.actors == ()
    text = "Trump met Putin in Alaska on Aug. 15, the Kremlin said."
    tx = timexes(text, {"on Aug. 15": "2025-08-15"})
    (event,) = extract_events(article("alaska", text), tx, actors)
    assert event.actors == ("Donald Trump", "Vladimir Putin")


def test_a_relative_clause_without_a_date_does_not_title_the_dated_rest(actors):
    text = ("President Donald Trump, who had endorsed Cuomo on the eve of the vote, threatened "
            "last month to cut federal funds to the city.")
    tx = timexes(text, {"last month": "2025-10"})
    (event,) = extract_events(article("funds", text), tx, actors)
    assert event.title == "Trump threatens to cut federal funds to the city"


def test_one_name_with_an_age_is_a_person_he_can_stand_for(actors):
    text = ("Judge Arun Subramanian fined the singer. Combs, 55, has been held since his "
            "arrest. With credit for time served, he could be released in May 2028.")
    tx = timexes(text, {"in May 2028": "2028-05"})
    (event,) = extract_events(article("combs", text), tx, actors)
    assert event.title == "Combs could be released"


def test_whose_and_an_inserted_since_clause_are_clauses_of_their_own(actors):
    text = ("The package, the 19th since Moscow launched its invasion of Ukraine in February "
            "2022, had been held up by Slovakia, whose prime minister dropped his objections "
            "on Wednesday.")
    tx = timexes(text, {"in February 2022": "2022-02", "on Wednesday": "2025-10-22"})
    titles = [e.title for e in extract_events(article("package", text), tx, actors)]
    assert titles == ["Moscow launches its invasion of Ukraine",
                      "Prime minister drops his objections"]


def test_a_measured_clause_counts_from_the_date_told_right_before_it(actors):
    # The trailing attribution's date, not the main clause's, is what "a day after" follows.
    text = ("The pope will be buried on Saturday, the Vatican said on Tuesday, a day after "
            "the pontiff died.")
    tx = timexes(text, {"on Saturday": "2025-04-26", "on Tuesday": "2025-04-22",
                        "a day": "P1D"})
    assert [(e.when.value, e.title) for e in extract_events(article("pope", text), tx,
                                                             actors)] == [
        ("2025-04-26", "Pope to be buried"), ("2025-04-21", "Pontiff dies")]


def test_a_phrase_set_off_between_said_and_that_leaves_the_reported_clause_its_own(actors):
    text = ("The minister said on Monday, two days after the vote, that the results would be "
            "published on Friday.")
    tx = timexes(text, {"on Monday": "2025-04-21", "on Friday": "2025-04-25",
                        "two days": "P2D"})
    assert [(e.when.value, e.title) for e in extract_events(article("vote", text), tx,
                                                             actors)] == [
        ("2025-04-21", "Minister says results would be published"),
        ("2025-04-25", "Results to be published")]
    text = ("The Vatican said on Tuesday, a day after the pontiff died, that the pope would be "
            "buried on Saturday.")
    tx = timexes(text, {"on Tuesday": "2025-04-22", "on Saturday": "2025-04-26",
                        "a day": "P1D"})
    assert [(e.when.value, e.title) for e in extract_events(article("pope", text), tx,
                                                             actors)][1:] == [
        ("2025-04-21", "Pontiff dies"), ("2025-04-26", "Pope to be buried")]


def test_a_date_set_off_after_a_relative_clause_dates_the_main_clause(actors):
    text = ("The European Union delayed its first countermeasures, which had been due to take "
            "effect next week, on Thursday.")
    tx = timexes(text, {"next week": "2025-W16", "on Thursday": "2025-04-10"})
    assert [(e.when.value, e.title) for e in extract_events(article("eu", text), tx,
                                                             actors)] == [
        ("2025-04-10", "EU delays its first countermeasures"),
        ("2025-W16", "First countermeasures are due to take effect")]
    # Inside the relative clause, the date is its own.
    text = "He praised the deal, which was signed on Friday."
    tx = timexes(text, {"on Friday": "2025-04-04"})
    assert [e.title for e in extract_events(article("deal", text), tx, actors)] == [
        "Deal signed"]


def test_a_which_clause_is_told_of_the_noun_its_verb_agrees_with(actors):
    text = "Congress ended a tax credit for electric cars, which expires on Sept. 30."
    tx = timexes(text, {"on Sept. 30": "2025-09-30"})
    assert [e.title for e in extract_events(article("credit", text), tx, actors)] == [
        "Tax credit for electric cars expires"]
    text = "He criticised the rules for banks, which take effect on Monday."
    tx = timexes(text, {"on Monday": "2025-07-21"})
    assert [e.title for e in extract_events(article("rules", text), tx, actors)] == [
        "Rules for banks take effect"]


def test_a_joined_present_verb_takes_the_subject_before_it(actors):
    text = "Tesla launched a robotaxi service on June 22 and plans to expand it next month."
    tx = timexes(text, {"on June 22": "2025-06-22", "next month": "2025-08"})
    assert [e.title for e in extract_events(article("taxi", text), tx, actors)] == [
        "Tesla launches robotaxi service", "Tesla plans to expand it"]
    # A plural noun opening the joined clause is its own subject.
    text = ("He said on Monday he was ready to go, and talks on a new government are expected "
            "to continue this week.")
    tx = timexes(text, {"on Monday": "2024-12-09", "this week": "2024-W50"})
    assert extract_events(article("talks", text), tx, actors)[-1].title == \
        "Talks on new government to continue"
    text = "Tesla cut prices on Monday and sales rose on Tuesday."
    tx = timexes(text, {"on Monday": "2025-07-21", "on Tuesday": "2025-07-22"})
    assert [e.title for e in extract_events(article("sales", text), tx, actors)] == [
        "Tesla cuts prices", "Sales rise"]


def test_a_chronology_line_is_told_by_its_date_label(actors):
    text = "Feb. 18 - US and Russian delegations meet in Riyadh without Ukraine."
    tx = timexes(text, {"Feb. 18": "2025-02-18"})
    assert [(e.when.value, e.title) for e in extract_events(article("list", text), tx,
                                                             actors)] == [
        ("2025-02-18", "US and Russian delegations meet in Riyadh without Ukraine")]


def test_a_deadline_dates_the_act_planned_not_the_planning(actors):
    text = "Allies are expected to agree to raise defence spending to 5 percent of GDP by 2035."
    tx = timexes(text, {"2035": "2035"})
    assert [(e.when.value, e.title) for e in extract_events(article("nato", text), tx,
                                                             actors)] == [
        ("2035", "Allies to raise defence spending to 5 percent of GDP")]
    # A date of the planning itself keeps the planning verb.
    text = "The company pledged on Monday to reach net zero by 2040."
    tx = timexes(text, {"on Monday": "2025-06-23", "2040": "2040"})
    assert [e.title for e in extract_events(article("zero", text), tx, actors)] == [
        "Company pledges to reach net zero"]


def test_a_dated_relative_clause_inside_the_subject_is_cut_off(actors):
    text = ("The death toll from the earthquake that struck central Myanmar on Friday rose "
            "above 2,000 on Monday.")
    tx = timexes(text, {"on Friday": "2025-03-28", "on Monday": "2025-03-31"})
    assert [(e.when.value, e.title) for e in extract_events(article("quake", text), tx,
                                                             actors)] == [
        ("2025-03-28", "Earthquake strikes central Myanmar"),
        ("2025-03-31", "Death toll from the earthquake rises above 2,000")]


def test_a_verb_joined_after_a_phrase_with_after_belongs_to_the_main_clause(actors):
    # "after the theft" has no verb of its own: "and reopened" goes on with the museum.
    text = "The museum stayed closed for three days after the theft and reopened on Wednesday."
    tx = timexes(text, {"on Wednesday": "2025-10-22"})
    titles = [e.title for e in extract_events(article("louvre", text), tx, actors)]
    assert titles == ["Museum stays closed for three days after the theft"]
    # A clause after "after" still gets its own event.
    text = "Stocks rose after Trump and Xi met on Thursday."
    tx = timexes(text, {"on Thursday": "2025-10-30"})
    titles = [e.title for e in extract_events(article("busan", text), tx, actors)]
    assert titles == ["Trump and Xi meet"]


def test_a_dated_relative_clause_after_a_dated_main_clause_tells_its_own_event(actors):
    text = "Israel freed the prisoners on Monday under a ceasefire that took effect on Friday."
    tx = timexes(text, {"on Monday": "2025-10-13", "on Friday": "2025-10-10"})
    assert [(e.when.value, e.title) for e in extract_events(article("gaza", text), tx,
                                                             actors)] == [
        ("2025-10-13", "Israel frees prisoners under ceasefire"),
        ("2025-10-10", "Ceasefire takes effect")]


def test_a_time_phrase_that_is_the_subject_stays_in_the_title(actors):
    text = ("The company's fiscal fourth quarter ends in late January, and it expects to report "
            "results in February.")
    tx = timexes(text, {"fiscal fourth quarter": "2025", "late January": "2026-01",
                        "February": "2026-02"})
    assert [(e.when.value, e.title) for e in extract_events(article("nvda", text), tx,
                                                             actors)] == [
        ("2026-01", "Company's fiscal fourth quarter ends"),
        ("2026-02", "It expects to report results")]


def test_a_dated_participle_phrase_after_the_subject_tells_its_own_event(actors):
    text = "A truce agreed on Wednesday collapsed on Friday when jets struck a village."
    tx = timexes(text, {"on Wednesday": "2025-10-15", "on Friday": "2025-10-17"})
    assert [(e.when.value, e.title) for e in extract_events(article("truce", text), tx,
                                                             actors)] == [
        ("2025-10-15", "Truce agreed"),
        ("2025-10-17", "Truce collapses when jets struck village")]
    text = "Tariffs imposed in April were lifted on Tuesday."
    tx = timexes(text, {"in April": "2025-04", "on Tuesday": "2025-10-14"})
    assert [(e.when.value, e.title) for e in extract_events(article("tariffs", text), tx,
                                                             actors)] == [
        ("2025-04", "Tariffs imposed"), ("2025-10-14", "Tariffs lifted")]
    # A plan's participle names when it was to be, not when it was planned.
    text = "The summit planned for Friday was cancelled on Monday."
    tx = timexes(text, {"Friday": "2025-10-17", "on Monday": "2025-10-13"})
    assert len(extract_events(article("summit", text), tx, actors)) == 1


def test_a_plural_with_the_plain_present_of_a_scheduled_verb_tells_an_event(actors):
    text = "Officials met on Friday. Talks begin on Monday in Geneva."
    tx = timexes(text, {"on Friday": "2025-10-17", "on Monday": "2025-10-27"})
    assert [e.title for e in extract_events(article("talks", text), tx, actors)] == [
        "Officials meet", "Talks begin in Geneva"]


def test_a_saying_with_a_long_subject_takes_in_what_was_said(actors):
    text = ("Governor Jane Doe said on Sunday that lawmakers would take up warning systems at a "
            "session that begins on July 21.")
    tx = timexes(text, {"on Sunday": "2025-07-06", "on July 21": "2025-07-21"})
    titles = [e.title for e in extract_events(article("floods", text), tx, actors)]
    assert titles[0] == "Governor Jane Doe says lawmakers would take up warning systems"


def test_a_time_phrase_before_which_ends_is_its_antecedent(actors):
    text = "Revenue will grow 77% in the current fiscal year, which ends in May 2026."
    tx = timexes(text, {"the current fiscal year": "2025", "in May 2026": "2026-05"})
    assert [(e.when.value, e.title) for e in extract_events(article("orcl", text), tx,
                                                             actors)][-1] == \
        ("2026-05", "Current fiscal year ends")

    # A day is no period: "on Thursday, which will last" tells of what was declared.
    text = "Marcos declared a state of calamity on Thursday, which will last for one year."
    tx = timexes(text, {"on Thursday": "2025-11-06"})
    (_, undated) = extract_all(article("ph", text), tx, actors)
    assert [e.title for e in undated] == ["State of calamity to last for one year"]


def test_a_name_and_a_known_verb_make_a_clause_before_a_joined_dated_plan(actors):
    text = ("The US takes over the presidency on Dec. 1 and will host the next summit in Miami "
            "in December 2026.")
    tx = timexes(text, {"on Dec. 1": "2025-12-01", "in December 2026": "2026-12"})
    assert [e.when.value for e in extract_events(article("g20", text), tx, actors)] == [
        "2025-12-01", "2026-12"]


def test_a_joined_clause_after_a_relative_clause_shares_the_main_subject(actors):
    text = ("Peter Dutton lost his seat, which he had held since 2001, and conceded defeat "
            "on Saturday night.")
    tx = timexes(text, {"on Saturday night": "2025-05-03"})
    assert [e.title for e in extract_events(article("au", text), tx, actors)] == [
        "Peter Dutton concedes defeat"]


def test_a_joined_clause_after_a_subordinate_clause_shares_the_main_subject(actors):
    text = ("The final began at 7.30pm under a closed roof after the temperature in the city "
            "reached 39 degrees during the afternoon, and finished shortly after 11pm.")
    tx = timexes(text, {"at 7.30pm": "2018-01-27", "during the afternoon": "2018-01-28",
                        "shortly after 11pm": "2018-01-29"})
    titles = [e.title for e in extract_events(article("open", text), tx, actors)]
    assert titles[-1] == "Final finishes"


def test_a_joined_clause_after_a_subordinate_pronoun_clause_keeps_its_subject(actors):
    text = ("Marsh began taking money in April 2006, shortly after he took over the "
            "books in March, and carried on until September 2009.")
    tx = timexes(text, {"in April 2006": "2006-04", "in March": "2006-03",
                        "until September 2009": "2009-09"})
    titles = [e.title for e in extract_events(article("court", text), tx, actors)]
    assert not titles[-1].startswith("Marsh began")
    assert titles[-1].split()[0] in ("He", "Marsh")


def test_a_participle_of_saying_with_its_agent_opens_no_reported_clause(actors):
    text = "June 24 - A ceasefire announced by Trump takes hold early in the morning."
    tx = timexes(text, {"June 24": "2025-06-24", "early in the morning": "2025-06-24"})
    assert [e.title for e in extract_events(article("war", text), tx, actors)] == [
        "Ceasefire announced by Trump takes hold"]


def test_a_joined_would_goes_on_with_what_was_said(actors):
    # "… and would keep growing": the reported clause's subject, not the one who said it.
    text = "The company said sales rose in March and would keep growing until December."
    tx = timexes(text, {"in March": "2025-03", "until December": "2025-12"})
    assert [e.title for e in extract_events(article("co", text), tx, actors)] == [
        "Company says sales rose", "Sales to keep growing"]
    text = "Trump said on Monday that talks went well and flew home on Tuesday."
    tx = timexes(text, {"on Monday": "2025-07-14", "on Tuesday": "2025-07-15"})
    assert [e.title for e in extract_events(article("tr", text), tx, actors)] == [
        "Trump says talks went well", "Trump flies home"]


def test_before_inside_the_subject_is_a_preposition(actors):
    # No verb before "before" and none resuming after its clause: it opens no clause.
    text = "A hearing before the national consumer safety commission is set for Tuesday."
    tx = timexes(text, {"for Tuesday": "2025-01-21"})
    assert [e.title for e in extract_events(article("hearing", text), tx, actors)] == [
        "Hearing before the national consumer safety commission is set"]


def test_a_clock_time_labelling_an_entry_is_no_clause_of_its_own(actors):
    text = "9:40 a.m. — Crews have isolated the main that burst beneath Harbour Street."
    tx = timexes(text, {"9:40 a.m.": "2025-03-12"})
    assert [e.title for e in extract_events(article("live", text), tx, actors)] == [
        "Crews isolate main that burst beneath Harbour Street"]


def test_a_participle_set_off_after_the_subject_is_not_the_main_clause(actors):
    # The participle phrase holds the other date; the event after it has the subject's verb.
    text = "Council offices, closed since Wednesday, reopen on Monday."
    tx = timexes(text, {"since Wednesday": "2025-12-24", "on Monday": "2025-12-29"})
    titles = [e.title for e in extract_events(article("council", text), tx, actors)]
    assert "Council offices reopen" in titles
    text = "The ministers, pressed by farmers, agreed on Friday to extend the limits."
    tx = timexes(text, {"on Friday": "2025-12-26"})
    assert [e.title for e in extract_events(article("min", text), tx, actors)] == [
        "Ministers agree to extend the limits"]


def test_a_date_alone_before_a_subordinate_clause_dates_the_main_clause(actors):
    text = "In mid-March of that year, as offices emptied, asking rents fell by about 8 per cent."
    tx = timexes(text, {"In mid-March of that year": "2020-03"})
    assert [e.title for e in extract_events(article("rent", text), tx, actors)] == [
        "Asking rents fall by about 8 per cent"]
    text = "On Monday, as talks resumed, the rouble rose."
    tx = timexes(text, {"On Monday": "2025-05-12"})
    assert [e.title for e in extract_events(article("rouble", text), tx, actors)] == [
        "Rouble rises"]


def test_a_date_after_an_as_comment_dates_the_main_clause(actors):
    text = "The shares fell, as analysts had predicted, on Monday."
    tx = timexes(text, {"on Monday": "2025-05-12"})
    assert [e.title for e in extract_events(article("shares", text), tx, actors)] == [
        "Shares fall"]


def test_a_list_inside_a_when_clause_is_not_cut(actors):
    text = ("Relations were on full display last month, when Putin, Xi and Kim met in Beijing "
            "for a show of solidarity.")
    tx = timexes(text, {"last month": "2025-09"})
    (event,) = extract_events(article("show", text), tx, actors)
    assert event.title.startswith("Putin, Xi and Kim")


def test_a_time_that_is_the_subject_stays_in_the_title(actors):
    for text, phrase, value, title in [
            ("Next year brings new challenges.", "Next year", "2026",
             "Next year brings new challenges"),
            ("For Ashvale, this year began under water.", "this year", "2025",
             "This year begins under water"),
            ("The talks on Monday ended.", "on Monday", "2025-12-22", "Talks end"),
            ("After the previous month had brought heavy rain, nothing changed.",
             "the previous month", "2024-12", "Previous month brings heavy rain"),
            ("Police said New Year's Eve had been quieter than usual.", "New Year's Eve",
             "2025-12-31", "Police say New Year's Eve had been quieter than usual"),
            ("Officials said Monday that the plan had failed.", "Monday", "2025-12-29",
             "Officials say plan had failed")]:
        tx = timexes(text, {phrase: value})
        assert [e.title for e in extract_events(article("year", text), tx, actors)] == [title]


def test_what_was_said_of_a_noun_before_that_has_that_noun_as_subject(actors):
    text = ("Her platform includes a bus pilot due to start next spring and a new housing plan "
            "that she said would go to the city council in September.")
    tx = timexes(text, {"next spring": "2026", "in September": "2025-09"})
    titles = [e.title for e in extract_events(article("plan", text), tx, actors)]
    assert "New housing plan to go to the city council" in titles


@pytest.mark.parametrize(("text", "dates", "expected"), [
    # A bare participle joined to a passive is a passive too.
    ("Pelling was suspended on Friday and arrested in April.",
     {"on Friday": "2020-02-14", "in April": "2020-04"},
     ["Pelling suspended", "Pelling arrested"]),
    # Verbs a person does alone stay active.
    ("He was elected in 2019 and resigned in 2021.", {"2019": "2019", "2021": "2021"},
     ["He elected", "He resigns"]),
    # A verb after an active clause stays active.
    ("Putin met Xi on Monday and travelled to Beijing on Friday.",
     {"on Monday": "2025-10-20", "on Friday": "2025-10-24"},
     ["Putin meets Xi", "Putin travels to Beijing"]),
])
def test_a_participle_joined_to_a_passive_clause_is_passive(actors, text, dates, expected):
    titles = [e.title for e in extract_events(article("joined", text), timexes(text, dates),
                                              actors)]
    assert titles == expected


@pytest.mark.parametrize(("text", "dates", "expected"), [
    ("Born in Lagos on 9 May 1932, Okafor-Lind moved to London as a child.",
     {"9 May 1932": "1932-05-09"}, ["Okafor-Lind born in Lagos"]),
    ("Founded in 1958 as a family bakery, Brightwell now employs 9,000 people.",
     {"1958": "1958"}, ["Brightwell founded as family bakery"]),
    ("Elected in 2019, the mayor has promised to cut fares.", {"2019": "2019"},
     ["Mayor elected"]),
    ("Arrested on Monday, the suspect appeared in court on Friday.",
     {"on Monday": "2019-10-28", "on Friday": "2019-11-01"},
     ["Suspect arrested", "Suspect appears in court"]),
    ("Originally scheduled to open on 3 October, the show was postponed twice.",
     {"3 October": "2020-10-03"}, ["Show originally scheduled to open"]),
    # Asking and saying are one moment: the date stays the saying's.
    ("Asked on Tuesday whether he would run, Smith said he would not.",
     {"on Tuesday": "2019-10-29"}, ["Smith says he would not"]),
])
def test_a_dated_opening_participle_is_an_event_of_the_main_subject(actors, text, dates,
                                                                      expected):
    titles = [e.title for e in extract_events(article("opening", text), timexes(text, dates),
                                              actors)]
    assert titles == expected


def test_the_date_of_a_closing_price_dates_no_event(actors):
    text = "Halvorsen will pay $52 a share, a 31% premium to Brightwater's closing price on Friday."
    events, _ = extract_all(article("merger", text), timexes(text, {"on Friday": "2026-02-27"}),
                            actors)
    assert events == []


def test_a_gerund_after_before_shares_the_subject_whatever_verb_follows(actors):
    text = ("Robles will travel to Bengaluru on Friday, before heading to Mumbai on Saturday "
            "for a business forum organised by industry chamber FICCI.")
    tx = timexes(text, {"on Friday": "2025-11-07", "on Saturday": "2025-11-08"})
    titles = [e.title for e in extract_events(article("visit", text), tx, actors)]
    assert titles[-1].startswith("Robles head")
    # "closing arguments" is a noun phrase with a verb of its own, no gerund clause.
    text = "Jurors began deliberating on Friday, after closing arguments wrapped up on Thursday."
    tx = timexes(text, {"on Friday": "2025-01-24", "on Thursday": "2025-01-23"})
    titles = [e.title for e in extract_events(article("trial", text), tx, actors)]
    assert titles[-1] == "Closing arguments wrap up"
