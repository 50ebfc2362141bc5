"""The actors file and ActorIndex.find: names, aliases, places, roles over time, errors."""

from __future__ import annotations

import json
from datetime import date

import pytest

from timeline.actors import load_actors
from timeline.errors import KnowledgeError


def names(index, sentence, on=date(2025, 10, 25)):
    return [name for _, _, name in index.find(sentence, on)]


def test_required_actors_are_known(actors):
    for name in ["Donald Trump", "Xi Jinping", "Vladimir Putin", "Volodymyr Zelensky",
                 "Kim Jong Un", "Joe Biden", "China", "Russia", "Ukraine", "United States",
                 "European Union", "NATO", "United Nations", "Keir Starmer", "Emmanuel Macron",
                 "Friedrich Merz", "Narendra Modi", "Recep Tayyip Erdogan", "Viktor Orban",
                 "Marco Rubio", "Steve Witkoff", "Sergei Lavrov", "Dmitry Peskov",
                 "Lee Jae-myung", "Ursula von der Leyen", "Mark Rutte", "Kirill Dmitriev",
                 "Keith Kellogg", "J.D. Vance", "Mohammed bin Salman", "Alexander Stubb",
                 "Giorgia Meloni"]:
        assert actors.actor(name) is not None, name


def test_names_aliases_and_offsets(actors):
    sentence = "Zelenskyy spoke with Xi Jinping and the EU about Russia's plans."
    found = actors.find(sentence, date(2025, 10, 25))
    assert [(sentence[s:e], n) for s, e, n in found] == [
        ("Zelenskyy", "Volodymyr Zelensky"), ("Xi Jinping", "Xi Jinping"),
        ("the EU", "European Union"), ("Russia", "Russia")]


def test_longest_match_wins_and_words_inside_other_words_do_not_match(actors):
    assert names(actors, "The United States and the Russian envoy met.") == ["United States"]
    assert names(actors, "Trumpet players and xian officials.") == []


def test_role_phrases_depend_on_the_date(actors):
    sentence = "The US president said so."
    assert names(actors, sentence, date(2024, 6, 1)) == ["Joe Biden"]
    assert names(actors, sentence, date(2025, 3, 1)) == ["Donald Trump"]
    assert names(actors, sentence, date(2019, 3, 1)) == ["Donald Trump"]
    # Several holders and no date: not guessed.
    assert names(actors, sentence, None) == []
    # One holder ever: resolved without a date.
    assert names(actors, "the Chinese leader", None) == ["Xi Jinping"]


def test_former_holders_are_not_guessed(actors):
    assert names(actors, "The former US president spoke.") == []


def test_places_stand_for_countries_except_as_locations(actors):
    assert names(actors, "Beijing denied it and Moscow agreed.") == ["China", "Russia"]
    assert names(actors, "They met in Beijing and flew to Moscow.") == []
    assert names(actors, "The Washington Post reported it.") == []
    assert names(actors, "Judges in Maryland and Washington state blocked it.") == []
    assert names(actors, "Drones hit the Moscow region.") == []


def test_a_compass_word_before_a_country_makes_another_place(actors):
    assert names(actors, "The first pope from Latin America spoke.") == []
    assert names(actors, "Floods hit New Mexico and Northern Ireland.") == []
    assert names(actors, "The capsule landed in the Gulf of Mexico.") == []
    # A country named so is matched whole; the word alone before a name still counts.
    assert names(actors, "North Korea and South Korea met.") == ["North Korea", "South Korea"]
    assert names(actors, "In the south, Russia attacked.") == ["Russia"]


def test_a_country_ending_a_longer_name_is_no_actor(actors):
    assert names(actors, "The founder of Turning Point USA was shot.") == []
    assert names(actors, "Air France cancelled flights.") == []
    # Days, sentence openers and other actors before a country leave it an actor.
    assert names(actors, "On Monday China said it would retaliate.") == ["China"]
    assert names(actors, "Then Russia said no.") == ["Russia"]
    assert names(actors, "Hopefully China can help us.") == ["China"]
    assert names(actors, "Xi told Trump China would buy soybeans.") == [
        "Xi Jinping", "Donald Trump", "China"]


def test_institutions_standing_for_a_country(actors):
    assert names(actors, "The Kremlin said it was ready.") == ["Russia"]
    assert names(actors, "the White House said") == ["United States"]
    assert actors.actor("the Kremlin").kind == "institution"
    assert names(actors, "The European Commission proposed a loan.") == ["European Union"]


def test_a_longer_country_name_wins_over_the_shorter_inside_it(actors):
    assert names(actors, "South Sudan's president met Sudan's army chief.") == [
        "South Sudan", "Sudan"]
    assert names(actors, "Argentine officials met in Buenos Aires.") == []


def test_pro_prefix_is_not_the_actor(actors):
    assert names(actors, "pro-Russia protesters and the Russia-Ukraine war") == [
        "Russia", "Ukraine"]


def test_canonical_and_short(actors):
    assert actors.canonical("zelenskyy") == "Volodymyr Zelensky"
    assert actors.canonical("the kremlin") == "Russia"
    assert actors.canonical("Nobody Known") is None
    assert actors.short("Xi Jinping") == "Xi"


def test_custom_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"actors": [
        {"name": "Ada Lovelace", "short": "Lovelace", "kind": "person",
         "aliases": ["Ada Lovelace", "Lovelace"]}],
        "roles": [{"phrases": ["the countess"],
                   "holders": [{"actor": "Ada Lovelace", "from": "1838-06-30"}]}]}))
    index = load_actors(str(path))
    assert [n for *_, n in index.find("The countess met Lovelace.", date(1840, 1, 1))] == [
        "Ada Lovelace", "Ada Lovelace"]
    assert index.find("The countess spoke.", date(1830, 1, 1)) == []


@pytest.mark.parametrize("content, message", [
    ("{", "not valid JSON"),
    ('{"people": []}', '"actors" list'),
    ('{"actors": [{"name": "X", "kind": "planet"}]}', "kind must be"),
    ('{"actors": [{"name": "X"}], "roles": [{"phrases": ["the boss"], '
     '"holders": [{"actor": "Y"}]}]}', "unknown actor"),
    ('{"actors": [{"name": "X"}], "roles": [{"phrases": ["the boss"], '
     '"holders": [{"actor": "X", "from": "soon"}]}]}', "expected a date"),
])
def test_bad_files_raise_knowledge_error(tmp_path, content, message):
    path = tmp_path / "actors.json"
    path.write_text(content)
    with pytest.raises(KnowledgeError) as info:
        load_actors(str(path))
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(KnowledgeError, match="no such actors file"):
        load_actors(str(tmp_path / "nope.json"))


def test_places_are_named_by_their_country_s_first_place(actors):
    assert actors.place_names("talks in the Saudi capital and later in Kiev") == {"Riyadh",
                                                                                   "Kyiv"}
    assert actors.place_names("strikes on the Ukrainian capital") == set()
    assert actors.place_names("a drone hit the Ukrainian capital") == set()
    assert actors.place_names("Moscow's invasion, as Beijing said") == set()
    assert actors.place_names("Trump met Putin") == set()


def test_countries_beyond_the_first_story_are_known_by_name_and_capital(actors):
    sentence = ("Trump and the leaders of Egypt, Qatar and Turkey signed the plan, after "
                "Warsaw and the Iranian capital sent envoys.")
    assert names(actors, sentence) == ["Donald Trump", "Egypt", "Qatar", "Turkey", "Poland",
                                       "Iran"]


def test_a_country_after_a_town_and_comma_says_where_the_town_is(actors):
    assert names(actors, "Trump spoke at the forum in Davos, Switzerland, on Thursday.") == [
        "Donald Trump"]
    assert names(actors, "Ukraine accepted the proposal in talks in Jeddah, Saudi Arabia.") == [
        "Ukraine"]
    # A list of countries, and a person after a town, are actors still.
    assert names(actors, "Leaders from France, Germany and Poland met.") == [
        "France", "Germany", "Poland"]
    assert names(actors, "At the summit in Busan, Trump spoke.") == ["Donald Trump"]
