"""Session 25 families of coercion and protest phrasing: a ruler's decree doing away with a body
of the state ("dissolved the government and the national assembly"); arrests told in the
passive after the story's own arrests or coup ("Several ministers were also arrested"); a crowd
named as "a crowd" or "a mob" after protesters were named; a crowd that converges on or masses
in front of a building; and the date of an act followed by a contact clause of its own ("the
body he had chaired since 2019")."""

from __future__ import annotations

import pytest

from factions.model import Event
from factions.pipeline import analyze_text

_KHARTOUM = "KHARTOUM, Oct 25 - Sudan's military seized power on Monday. "
_COLOMBO = "COLOMBO, July 9 - Tens of thousands of protesters marched on Saturday. "
_OUAGA = "OUAGADOUGOU, Oct 1 - Thousands of protesters rallied in Ouagadougou on Saturday. "


def coded(text: str, published: str, kind: str) -> list[Event]:
    return [e for e in analyze_text(text, published=published).events if e.type == kind]


def last_sentence(events: list[Event], text: str) -> list[Event]:
    tail = text.rsplit(". ", 1)[-1][:40]
    return [e for e in events if e.evidence.text.startswith(tail)]


@pytest.mark.parametrize(("sentence", "targets"), [
    ("Burhan dissolved the Sovereign Council and the government.",
     ["sovereignty-council", "sudanese-government"]),
    ("Burhan dissolved the government on Monday.", ["sudanese-government"]),
    ("Burhan dismissed the government on Monday.", ["sudanese-government"]),
    ("Burhan disbanded the Sovereign Council.", ["sovereignty-council"]),
    ("Burhan said he was also dissolving the Sovereign Council, the joint military-civilian body "
     "he had chaired since 2019.", ["sovereignty-council"]),
])
def test_a_ruler_dissolving_a_body_of_the_state_coerces_it(
        sentence: str, targets: list[str]) -> None:
    text = _KHARTOUM + sentence
    events = [e for e in last_sentence(coded(text, "2021-10-25", "COERCE"), text)
              if e.rule == "coerce.dissolve-body"]
    assert [(e.source, e.target, e.modality, e.date) for e in events] == [
        (["abdel-fattah-al-burhan"], targets, "asserted", "2021-10-25")]


@pytest.mark.parametrize("sentence", [
    "The rally dissolved peacefully after an hour.",
    "Burhan dismissed the accusation as propaganda.",
    "Burhan suspended talks with the rebels.",
])
def test_no_dissolution_of_a_crowd_a_claim_or_talks(sentence: str) -> None:
    text = _KHARTOUM + sentence
    assert [e.rule for e in last_sentence(coded(text, "2021-10-25", "COERCE"), text)] == []


@pytest.mark.parametrize(("text", "source", "target"), [
    # the same round-up as the arrest just told
    (_KHARTOUM + "Soldiers detained Prime Minister Abdalla Hamdok on Monday. Several ministers "
     "and civilian members of the Sovereign Council were also arrested, relatives said.",
     "sudanese-armed-forces", "sovereignty-council"),
    # officials held in the passive in a story of a coup: the coup's makers hold them
    ("YANGON, Feb 1 - Myanmar's military seized power on Monday, detaining Aung San Suu Kyi. "
     "President Win Myint was also detained, party officials said.", "tatmadaw", "win-myint"),
    ("YANGON, Feb 1 - Myanmar's military seized power on Monday. Several ministers of the "
     "National League for Democracy were taken into custody.", "tatmadaw",
     "national-league-for-democracy"),
])
def test_a_passive_arrest_is_the_story_round_up_or_coup_makers(
        text: str, source: str, target: str) -> None:
    published = "2021-10-25" if text.startswith("KHARTOUM") else "2021-02-01"
    events = [e for e in last_sentence(coded(text, published, "COERCE"), text)
              if e.mode == "arrest"]
    assert [(e.source, e.target) for e in events] == [([source], [target])]


def test_a_crowd_held_in_a_coup_story_is_not_the_coup_makers() -> None:
    text = "YANGON, Feb 1 - Myanmar's military seized power on Monday. Hundreds of protesters " \
        "were detained on Tuesday."
    events = [e for e in last_sentence(coded(text, "2021-02-01", "COERCE"), text)
              if e.mode == "arrest"]
    assert [(e.source, e.target) for e in events] == [([], ["x-mmr-protesters"])]


@pytest.mark.parametrize(("sentence", "target"), [
    ("Within hours, a crowd broke into the private residence of Prime Minister Ranil "
     "Wickremesinghe and set it alight.", ["ranil-wickremesinghe"]),
    ("In Kandy, a mob broke into the residence of the army's corps commander and set it "
     "ablaze.", ["x-lka-military"]),
])
def test_a_crowd_or_a_mob_after_protesters_is_the_story_crowd(
        sentence: str, target: list[str]) -> None:
    text = _COLOMBO + sentence
    events = last_sentence(coded(text, "2022-07-09", "PROTEST"), text)
    assert [(e.source, e.target, e.mode) for e in events] == [
        (["x-lka-protesters"], target, "riot")]


def test_a_crowd_of_onlookers_is_nobody_s_protest() -> None:
    text = _COLOMBO + "A crowd of onlookers watched the fire."
    assert last_sentence(coded(text, "2022-07-09", "PROTEST"), text) == []


@pytest.mark.parametrize(("sentence", "target"), [
    ("Hundreds of protesters then converged on the French embassy, setting fire to barriers at "
     "its entrance.", "france"),
    ("Hundreds of protesters massed in front of the Russian embassy.", "russia"),
    ("Crowds massed outside the Turkish embassy on Sunday.", "turkey"),
])
def test_a_crowd_converging_or_massing_at_a_building_protests_against_its_owner(
        sentence: str, target: str) -> None:
    text = _OUAGA + sentence
    events = last_sentence(coded(text, "2022-10-01", "PROTEST"), text)
    assert [(e.source, e.target) for e in events] == [(["x-bfa-protesters"], [target])]


@pytest.mark.parametrize("sentence", [
    "Investigators found a mass grave near the town.",
    "The leaders will gather on Monday in Paris.",
])
def test_no_protest_in_a_mass_grave_or_a_meeting(sentence: str) -> None:
    text = _OUAGA + sentence
    assert last_sentence(coded(text, "2022-10-01", "PROTEST"), text) == []


_LEDE = "COLOMBO, July 9 - Tens of thousands of protesters overran the official residence of " \
    "Ranil Wickremesinghe on Saturday. Speaker Mahinda Yapa Abeywardena said the president " \
    "would resign. Army commander General Shavendra Silva called for calm. The opposition said " \
    "it was ready to govern. "


@pytest.mark.parametrize(("sentence", "rule", "place"), [
    ("Police fired tear gas and water cannon and shot into the air in a failed attempt to hold "
     "back the crowds.", "coerce.tear-gas", "COLOMBO"),
    ("Police fired tear gas to disperse them.", "coerce.tear-gas", "COLOMBO"),
    ("Police shot into the air.", "coerce.warning-shots", "COLOMBO"),
    ("Police fired tear gas in Kandy.", "coerce.tear-gas", "Kandy"),
])
def test_tear_gas_and_warning_fire_hit_the_story_crowd_where_it_is(
        sentence: str, rule: str, place: str) -> None:
    text = _LEDE + sentence
    events = [e for e in last_sentence(analyze_text(text, published="2022-07-09").events, text)
              if e.type in ("COERCE", "ASSAULT")]
    assert [(e.type, e.rule, e.source, e.target, e.place_text) for e in events] == [
        ("COERCE", rule, ["x-lka-police"], ["x-lka-protesters"], place)]


def test_firing_into_the_air_with_no_crowd_is_no_coercion() -> None:
    text = "KADUNA, March 8 - Gunmen abducted 287 pupils from a school on Thursday. The " \
        "attackers arrived shortly after the morning assembly, firing into the air."
    assert [e.rule for e in last_sentence(analyze_text(text, published="2024-03-08").events,
                                          text)] == []


@pytest.mark.parametrize(("text", "target"), [
    ("BAGHDAD, Jan 16 - Iran fired missiles at Erbil in Iraq's Kurdistan region on Tuesday, "
     "killing four civilians. Iraq recalled its ambassador on Tuesday in protest.", ["iran"]),
    # no one fights Iraq in the story: the recall names no one
    ("BAGHDAD, Jan 16 - Iraq recalled its ambassador on Tuesday for consultations.", []),
])
def test_an_envoy_recalled_with_no_host_named_is_recalled_from_the_foe(
        text: str, target: list[str]) -> None:
    events = [e for e in coded(text, "2024-01-16", "SANCTION")
              if e.rule == "sanction.recall-ambassador"]
    assert [(e.source, e.target) for e in events] == [(["iraq"], target)]


_PM = "COLOMBO, July 9 - Tens of thousands of protesters overran the president's official " \
    "residence on Saturday. Prime Minister Ranil Wickremesinghe said he was willing to resign. "


@pytest.mark.parametrize(("sentence", "target"), [
    ("Within hours, a crowd broke into his private residence and set it alight.",
     ["ranil-wickremesinghe"]),
    ("Protesters later stormed his official residence.", ["ranil-wickremesinghe"]),
    # not a pronoun of no home or office
    ("Protesters later stormed the residence, defying his curfew.", []),
])
def test_a_crowd_storming_his_home_protests_against_him(
        sentence: str, target: list[str]) -> None:
    text = _PM + sentence
    events = last_sentence(coded(text, "2022-07-09", "PROTEST"), text)
    assert [(e.source, e.target) for e in events] == [(["x-lka-protesters"], target)]
