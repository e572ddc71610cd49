"""Captures told without their captor: a place that fell, a passive capture with no agent, a
force that lost control of a town (events/assault.yaml), on whole articles through the
pipeline."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def captures(text: str, published: str) -> list[tuple[str, list[str], list[str]]]:
    events: list[Event] = analyze_text(text, published=published).events
    return [(e.rule, e.source, e.target) for e in events if e.type == "ASSAULT"]


def test_a_place_that_fell_was_taken_by_the_attacker_just_told():
    found = captures("Russian forces shelled the city on Monday. The town of Bakhmut fell on "
                     "Tuesday, officials said.", "2023-05-21")
    assert ("assault.place-fell", ["russian-armed-forces"], []) in found


def test_a_place_that_fell_with_no_attack_told_before_is_no_event():
    assert captures("The town of Bakhmut fell silent on Tuesday.", "2023-05-21") == []
    assert captures("Kandahar and Herat fell last week.", "2021-08-16") == []


def test_what_fell_is_no_place_no_capture():
    found = captures("Russian forces shelled the city on Monday. Its shares fell about 6% after "
                     "the bell, and the government fell on Tuesday.", "2023-05-21")
    assert [rule for rule, _, _ in found] == ["assault.shell"]


def test_a_passive_capture_with_no_agent_takes_the_attacker_just_told():
    found = captures("Taliban fighters launched an offensive on the north. A day later the "
                     "northern city of Mazar-i-Sharif was captured.", "2021-08-16")
    assert ("assault.captured-no-agent", ["taliban"], []) in [
        (rule, source, []) for rule, source, _ in found]


def test_forces_that_lost_control_of_a_town_lost_it_to_the_side_they_fight():
    found = captures("The Three Brotherhood Alliance has attacked Myanmar's military across Shan "
                     "state. Junta spokesman Zaw Min Tun acknowledged last week that government "
                     "forces had lost control of Chinshwehaw and two other towns.", "2023-11-09")
    assert ("assault.lose-control", ["three-brotherhood-alliance"], ["tatmadaw"]) in found


def test_two_towns_joined_by_and_are_one_object_not_two_clauses():
    # The "and" between two names with no verb after the second does not open a clause, so
    # the capture keeps its places and is aimed at the state's army the story names.
    found = captures("Congolese soldiers held out in Goma. The M23 has captured Minova and "
                     "Sake.", "2024-02-10")
    assert found == [("assault.capture-territory", ["m23"], ["fardc"])]


def test_a_town_taken_from_a_force_is_taken_from_that_force():
    # "retook X from Y", "seized X from Y": the previous holder is the target.
    assert captures("Mozambican troops retook the town of Palma from Ansar al-Sunna on "
                    "Sunday.", "2021-08-09") == [
        ("assault.retake", ["mozambican-armed-forces"], ["ansar-al-sunna-mozambique"])]
    assert captures("Ansar al-Sunna fighters seized the port of Mocimboa da Praia from the "
                    "Mozambican army on Tuesday.", "2020-08-13") == [
        ("assault.seize-territory", ["ansar-al-sunna-mozambique"], ["mozambican-armed-forces"])]
    assert captures("M23 rebels captured the town of Sake from the Congolese army on Friday.",
                    "2025-01-28") == [
        ("assault.capture-territory", ["m23"], ["fardc"])]


def test_a_named_place_taken_from_its_holder_is_a_capture_from_it():
    found = captures("Turkey-backed rebels take Syria's Manbij from Kurdish-led SDF\n\n"
                     "BEIRUT, Dec 10 - Factions of the Syrian National Army (SNA) pushed into "
                     "the city on Monday.", "2024-12-10")
    assert ("assault.take-place-from", ["syrian-national-army"],
            ["syrian-democratic-forces"]) in found


def test_a_person_taken_to_a_named_place_is_no_capture():
    found = captures("Ruben Vardanyan was stopped at the Lachin checkpoint and taken to Baku, "
                     "Azerbaijan's State Border Service said.", "2023-09-28")
    assert [rule for rule, _, _ in found if rule.startswith("assault.take")] == []


def test_an_insurgency_against_a_named_state_stays_aimed_at_the_state():
    found = captures("Turkish drones struck SDF positions. Turkey considers the YPG an "
                     "extension of the Kurdistan Workers' Party (PKK), which has waged an "
                     "insurgency against the Turkish state since 1984.", "2024-12-10")
    assert ("assault.war-on", ["pkk"], ["turkey"]) in found


def test_a_militia_that_forms_the_backbone_of_a_force_is_no_build_up():
    events = analyze_text("Turkey would not allow the People's Protection Units (YPG), the "
                          "Kurdish militia that forms the backbone of the SDF, to exploit the "
                          "turmoil.", published="2024-12-10").events
    assert [e.rule for e in events if e.type == "MOBILIZE"] == []


def test_a_decision_taken_by_someone_is_no_capture():
    for text, found in (
            ("The UAE foreign ministry said it did not recognise the decision, which it said had "
             "been taken by the Port Sudan authority rather than by the legitimate government of "
             "Sudan.", [("REJECT", "reject.not-recognise", ["united-arab-emirates"], [])]),
            ("The decision to close the border was taken by the Sudanese government on Monday.",
             [])):
        events = analyze_text(text, published="2025-05-07").events
        assert [(e.type, e.rule, e.source, e.target) for e in events] == found
