"""Actors of cross-border strikes and communal violence: a pronoun after a time phrase, police
placed in a town of another country, a federal state's own bodies, descriptions before a name,
roles of a counterpart (real-style sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def mentions(analysis: Analysis) -> dict[str, list[str]]:
    return {a.id: [m.text for m in a.mentions] for a in analysis.actors}


def text_roles(analysis: Analysis, actor_id: str) -> list[str]:
    actor = next(a for a in analysis.actors if a.id == actor_id)
    return [r.title for r in actor.roles if r.source == "text"]


def test_a_pronoun_after_an_opening_time_phrase_goes_on_with_the_previous_subject():
    analysis = analyze_text("Jaish al-Adl has carried out a string of attacks on Iranian security "
                            "forces. In December it claimed an assault on a police station in the "
                            "town of Rask that killed 11 police officers.", published="2024-01-19")
    assert mentions(analysis) == {
        "jaish-al-adl": ["Jaish al-Adl", "it"],
        "iranian-law-enforcement-command": ["Iranian security forces", "a police station",
                                            "police officers"]}


def test_a_police_station_in_a_town_of_another_named_country_is_that_countrys_police():
    analysis = analyze_text("ISLAMABAD, Jan 19 - Pakistan and Iran agreed to de-escalate. In "
                            "December Jaish al-Adl claimed an assault on a police station in the "
                            "town of Rask that killed 11 police officers.", published="2024-01-19")
    found = mentions(analysis)
    assert found["iranian-law-enforcement-command"] == ["a police station", "police officers"]
    assert not [a for a in found if a.startswith("x-pak-police")]


def test_the_state_police_of_a_federal_state_are_a_body_of_their_own():
    analysis = analyze_text("Ethnic clashes have killed 54 people in India's Manipur state. Kuki "
                            "leaders accused the state police of standing by while mobs attacked "
                            "tribal neighbourhoods in Imphal.", published="2023-05-07")
    assert mentions(analysis)["x-ind-state-police"] == ["the state police"]
    assert next(a for a in analysis.actors if a.id == "x-ind-state-police").name == \
        "Indian state police"


def test_a_description_before_a_known_name_is_its_role_not_a_group():
    analysis = analyze_text("Iran launched missiles at what it said were two strongholds of the "
                            "Sunni militant group Jaish al-Adl in Balochistan.",
                            published="2024-01-16")
    assert [a.id for a in analysis.actors] == ["iran", "jaish-al-adl"]
    assert text_roles(analysis, "jaish-al-adl") == ["Sunni militant group"]


def test_a_class_a_group_seeks_is_no_actor():
    analysis = analyze_text("The march opposed a demand by Meiteis for Scheduled Tribe status.",
                            published="2023-05-07")
    assert [a.id for a in analysis.actors] == ["meitei"]


def test_the_counterpart_one_spoke_with_by_telephone_has_that_role():
    analysis = analyze_text("Pakistani Foreign Minister Jalil Abbas Jilani spoke by telephone with "
                            "his Iranian counterpart, Hossein Amir-Abdollahian.",
                            published="2024-01-19")
    assert text_roles(analysis, "hossein-amir-abdollahian") == ["Iranian counterpart"]
    assert text_roles(analysis, "jalil-abbas-jilani") == ["Pakistani Foreign Minister"]


def test_a_headline_may_open_with_the_bare_army():
    analysis = analyze_text("Army moves thousands to safety in India's Manipur\n\nIMPHAL, India, "
                            "May 7 - Indian troops have moved more than 23,000 people to safety.",
                            published="2023-05-07")
    assert mentions(analysis)["indian-armed-forces"] == ["Army", "Indian troops"]
