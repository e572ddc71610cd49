"""AID phrasing: help given with an operation the story just told."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze, analyze_text, make_document


def analysis_of(text: str) -> Analysis:
    return analyze(make_document(text, published="2024-01-12", source="test"))


def aid(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze(make_document(text, published="2024-01-12", source="test"))
    return {(tuple(e.source), tuple(e.target)) for e in analysis.events if e.type == "AID"}


def test_support_with_no_recipient_goes_to_those_who_struck():
    events = aid("US warplanes struck Houthi targets in Yemen on Friday. Australia and Canada "
                 "provided support, the White House said.")
    assert events == {(("australia", "canada"), ("united-states",))}


def test_support_with_a_named_recipient_keeps_it():
    events = aid("US warplanes struck Houthi targets in Yemen on Friday. Iran provided support "
                 "to the Houthis, officials said.")
    assert (("iran",), ("houthis",)) in events


def test_political_support_is_no_aid():
    events = aid("US warplanes struck Houthi targets in Yemen on Friday. Australia provided "
                 "political support, officials said.")
    assert events == set()


def test_weapons_named_in_a_list_still_reach_their_recipient():
    events = aid("Iran supplied missiles and drones to the Houthis.")
    assert events == {(("iran",), ("houthis",))}


def test_a_new_verb_after_and_keeps_its_preposition():
    events = aid("Iran sent weapons and fled to the Houthis.")
    assert (("iran",), ("houthis",)) not in events


def test_relief_from_a_foreign_state_with_no_recipient_goes_to_the_story_country():
    events = aid("MOGADISHU, Oct 30 - Two car bombs killed at least 100 people in Somalia's "
                 "capital on Saturday, the government of Somalia said. Qatar announced "
                 "humanitarian assistance.")
    assert (("qatar",), ("somalia",)) in events


def test_relief_from_an_agency_with_no_recipient_stays_without_one():
    events = aid("MOGADISHU, Oct 30 - Two car bombs killed at least 100 people in Somalia's "
                 "capital on Saturday, the government of Somalia said. The World Food "
                 "Programme announced humanitarian assistance.")
    assert events and all(not target for _, target in events)


def test_a_warring_state_that_evacuates_its_people_helps_no_one_else():
    events = aid("PHNOM PENH, July 26 - Cambodian rockets struck civilian areas in Thailand, and "
                 "Thailand sent F-16 fighter jets to bomb Cambodian military targets. Thai "
                 "authorities evacuated tens of thousands of people from villages near the "
                 "frontier to temporary shelters.")
    assert events == {(("thailand",), ())}


def test_jets_sent_to_bomb_are_the_bombing_not_weapons_given_to_its_target():
    analysis = analyze(make_document(
        "Thailand sent F-16 fighter jets to bomb Cambodian military targets.",
        published="2025-07-25", source="test"))
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["thailand"], ["royal-cambodian-armed-forces"])]
    # troops sent to fight somewhere are still a deployment
    sent = analysis_of("Russia sent troops to fight in Syria.")
    assert "MOBILIZE" in [e.type for e in sent.events]


def test_weapons_hyphenated_to_a_supplier_were_sent_to_who_fights_with_them():
    events = aid("KYIV, July 18 - Ukraine's counteroffensive, launched in early June with "
                 "Western-supplied tanks and armoured vehicles, grinds on slowly.")
    assert events == {(("x-western-countries",), ("ukraine",))}


def test_the_maker_of_the_weapons_an_attack_uses_is_not_its_target():
    analysis = analyze_text("Ukrainian troops attacked with US-supplied missiles.",
                            published="2023-06-01")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["armed-forces-of-ukraine"], []),
        ("AID", ["united-states"], ["armed-forces-of-ukraine"])]
    analysis = analyze_text("Russian forces struck Kyiv with Iranian-made drones overnight.",
                            published="2023-06-01")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["russian-armed-forces"], ["ukraine"])]


def test_shelters_in_a_list_of_targets_are_no_asylum():
    from factions.pipeline import analyze_text

    events = analyze_text("The ministry said 32 targets of the Kurdistan Workers' Party (PKK) had "
                          "been destroyed, among them caves, bunkers, shelters and fuel depots.",
                          published="2024-10-24").events
    assert [e.rule for e in events if e.type == "AID"] == []


def test_two_participles_share_their_by_agent():
    from factions.pipeline import analyze_text

    events = analyze_text("Factions of the Syrian National Army (SNA), an alliance of rebel "
                          "groups armed and paid by Turkey, pushed into the city on Monday.",
                          published="2024-12-10").events
    assert [(e.rule, e.source, e.target) for e in events if e.type == "AID"] == [
        ("aid.arm", ["turkey"], ["syrian-national-army"])]


def test_two_verbs_joined_by_and_share_their_object():
    assert aid("Egypt armed and funded Haftar's forces.") == {
        (("egypt",), ("libyan-national-army",))}
    analysis = analyze_text("GOMA - Congo accused Rwanda of arming and funding the M23 rebels.",
                            published="2025-01-28")
    assert [(e.type, e.mode, e.source, e.target, e.modality) for e in analysis.events
            if e.type == "AID"] == [("AID", "weapons", ["rwanda"], ["m23"], "reported"),
                                    ("AID", "economic", ["rwanda"], ["m23"], "reported")]
