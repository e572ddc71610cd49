"""Who did what in the shapes wire copy attributes acts: a relative clause after a list, the
agent of an accusation before a gerund's object, claims of responsibility and passive agents of
reported attacks, and states behind hyphenated brokers."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2020-06-22").events


def triples(events: list[Event]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(e.source), tuple(e.target)) for e in events}


SIRTE = ("Statements of support for Cairo's position were issued by Saudi Arabia and by the "
         "United Arab Emirates, which has also been accused by UN experts of supplying weapons "
         "to Haftar.")


def test_a_singular_relative_clause_after_a_list_is_the_last_ones():
    found = triples(events_of(SIRTE))
    assert ("AID", ("united-arab-emirates",), ("khalifa-haftar",)) in found
    assert ("ACCUSE", ("united-nations",), ("united-arab-emirates",)) in found
    assert not any(t == "AID" and "saudi-arabia" in s for t, s, _ in found)


def test_the_agent_of_an_accusation_supplies_nothing():
    # "accused by UN experts of supplying weapons": the experts accuse, they do not arm Haftar
    found = triples(events_of(SIRTE))
    assert not any(t == "AID" and "united-nations" in s for t, s, _ in found)


def test_who_says_an_attack_was_someones_blames_them():
    found = triples(events_of(
        "Israel and the United States have said the rocket was launched by Hezbollah."))
    assert ("ACCUSE", ("israel", "united-states"), ("hezbollah",)) in found


def test_a_passive_agent_with_no_one_reporting_is_no_accusation():
    found = triples(events_of("The attack on the convoy was carried out by Hezbollah."))
    assert not any(t == "ACCUSE" for t, _, _ in found)


def test_strikes_said_to_be_carried_out_by_a_state_accuse_it():
    found = triples(events_of("Ukraine said the air strikes were carried out by Russia."))
    assert ("ACCUSE", ("ukraine",), ("russia",)) in found
    assert ("ASSAULT", ("russia",), ()) in found


def test_the_body_a_complaint_is_filed_with_is_no_accused():
    found = triples(analyze_text(
        "Israel carried out an air strike on Beirut's southern suburbs on Tuesday. Lebanon's "
        "government said it would file a complaint with the U.N. Security Council.",
        published="2024-07-30").events)
    assert ("ACCUSE", ("lebanese-government",), ("israel",)) in found
    assert not any(t == "ACCUSE" and "un-security-council" in g for t, _, g in found)


def test_a_diplomatic_protest_lodged_with_a_state_accuses_it():
    found = triples(events_of("China lodged a protest with Japan over the visit."))
    assert ("ACCUSE", ("china",), ("japan",)) in found


def test_a_leaders_military_in_a_whose_clause_is_his_states():
    found = triples(analyze_text(
        "Turkey has sent drones to Libya. Turkish President Tayyip Erdogan, whose military backs "
        "the GNA, said the ceasefire did not look credible.", published="2020-10-23").events)
    assert ("SUPPORT", ("turkey",), ("government-of-national-accord",)) in found
    assert not any(t == "SUPPORT" and "recep-tayyip-erdogan" in s for t, s, _ in found)


def test_a_complaint_that_someone_did_something_accuses_them():
    found = triples(events_of("Russia complained that Ukraine had shelled the plant."))
    assert ("ACCUSE", ("russia",), ("ukraine",)) in found
    found = triples(events_of(
        "Russia has long complained that Western sanctions block its agricultural trade."))
    assert ("ACCUSE", ("russia",), ("x-western-countries",)) in found


def test_an_accusation_aimed_at_a_foreign_states_body_is_aimed_at_the_state_too():
    found = triples(analyze_text(
        "Turkey has sent drones to Libya. Egypt condemned the Turkish parliament's vote as a "
        "threat to Arab security.", published="2020-01-20").events)
    assert ("ACCUSE", ("egypt",), ("grand-national-assembly-of-turkey", "turkey")) in found


def coded_on(text: str, published: str) -> list[tuple[str, str, list[str], list[str], str]]:
    return [(e.type, e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published=published).events]


def test_an_attack_told_without_its_doer_is_reported_as_the_act_of_whom_a_later_sentence_blames():
    assert coded_on(
        "Fano fighters clashed with Ethiopian troops in Gondar on Saturday. In Finote Selam, a "
        "drone strike on a busy square on Sunday killed at least 26 people, according to two "
        "residents. The residents blamed the military.", "2023-08-16") == [
        ("ASSAULT", "assault.clash", ["fano"], ["endf"], "asserted"),
        ("ASSAULT", "assault.clash", ["endf"], ["fano"], "asserted"),
        ("ASSAULT", "assault.drone-strike", ["endf"], [], "reported")]
    assert coded_on(
        "Fighting between the army and the Rapid Support Forces spread on Monday. On Tuesday, "
        "drones hit the city's international airport and the country's largest fuel depot. All "
        "flights were suspended. The army blamed the RSF.", "2025-05-07") == [
        ("ASSAULT", "assault.clashes", ["sudanese-armed-forces"], ["rapid-support-forces"],
         "asserted"),
        ("ASSAULT", "assault.clashes", ["rapid-support-forces"], ["sudanese-armed-forces"],
         "asserted"),
        ("ASSAULT", "assault.hit", ["rapid-support-forces"], ["sudanese-armed-forces"],
         "reported"),
        ("ACCUSE", "accuse.blame", ["sudanese-armed-forces"], ["rapid-support-forces"],
         "asserted")]


def test_a_blame_that_names_its_act_tells_the_attack_itself():
    # "for that attack": the blaming sentence is the attack's telling, not the strike's
    assert coded_on("Earlier on Tuesday, a drone strike hit a market in the town. The Israeli "
                    "military blamed Hezbollah for that attack.", "2024-07-30") == [
        ("ACCUSE", "accuse.blame", ["israel-defense-forces"], ["hezbollah"], "asserted")]


def test_allies_fighting_against_someone_each_attack_it_and_a_war_that_ended_is_history():
    assert coded_on(
        "Fano, a loose network of volunteer militias with no central command, fought alongside "
        "the federal army and Amhara special forces against Tigrayan forces during the two-year "
        "war in Tigray, which ended with a peace deal in November last year.", "2023-08-16") == [
        ("COOPERATE", "cooperate.fight-alongside", ["fano"], ["endf", "amhara-special-forces"],
         "historical"),
        ("ASSAULT", "assault.fight-against", ["fano"], ["tigray-defense-forces"], "historical"),
        ("ASSAULT", "assault.fight-against", ["endf"], ["tigray-defense-forces"], "historical"),
        ("ASSAULT", "assault.fight-against", ["amhara-special-forces"], ["tigray-defense-forces"],
         "historical")]
    # no "against": the alliance alone
    assert coded_on("The two movements now fight alongside the army.", "2024-06-14") == []
