"""Cross-border strikes between two states and communal violence (South and West Asia):
real-style sentences through the whole pipeline."""

from __future__ import annotations

from factions.model import Analysis, Event
from factions.pipeline import analyze_text

_TWO_STRIKES = ("Iran struck militants in Pakistan on Tuesday. Pakistan struck militants in Iran "
                "on Thursday. The Baloch Liberation Army attacked Pakistani troops. ")


def rows(analysis: Analysis, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in analysis.events if e.type == kind]


def only(analysis: Analysis, rule: str) -> Event:
    found = [e for e in analysis.events if e.rule == rule]
    assert len(found) == 1, [(e.rule, e.source, e.target) for e in analysis.events]
    return found[0]


def test_both_neighbours_a_mediator_has_ties_with_are_the_two_states_at_odds():
    analysis = analyze_text(_TWO_STRIKES + "China, which has close ties with both neighbours, "
                            "offered to mediate.", published="2024-01-19")
    event = only(analysis, "consult.offer-to-mediate")
    assert (event.source, event.target, event.mode, event.modality) == (
        ["china"], ["iran", "pakistan"], "third-party", "planned")
    mediated = {(r.source, r.target) for r in analysis.relations if r.type == "mediates"}
    assert mediated == {("china", "iran"), ("china", "pakistan")}


def test_both_countries_urged_are_the_two_states_not_the_group_one_of_them_fights():
    analysis = analyze_text(_TWO_STRIKES + "U.N. Secretary-General Antonio Guterres urged both "
                            "countries to exercise maximum restraint.", published="2024-01-19")
    assert rows(analysis, "REQUEST") == [(["antonio-guterres"], ["iran", "pakistan"])]


def test_each_country_accused_the_other_is_two_accusations():
    analysis = analyze_text("Iran struck militants in Pakistan. Pakistan struck militants in "
                            "Iran. Each country has long accused the other of sheltering militants "
                            "on its side of the border.", published="2024-01-19")
    assert rows(analysis, "ACCUSE") == [(["iran"], ["pakistan"]), (["pakistan"], ["iran"])]


def test_a_strike_on_hideouts_is_aimed_at_whoever_the_text_then_says_used_them():
    analysis = analyze_text("Pakistan's army said its jets struck militant hideouts in Iran's "
                            "Sistan-Baluchestan province. Iranian officials said nine people were "
                            "killed. Pakistan said the hideouts were used by the Baloch Liberation "
                            "Army.", published="2024-01-19")
    assert rows(analysis, "ASSAULT") == [(["pakistan-army"], ["baloch-liberation-army"])]


def test_jets_striking_on_another_states_soil_act_for_their_state():
    analysis = analyze_text("Iran fired missiles into Pakistan on Tuesday. Pakistan condemned the "
                            "attack. Pakistani jets struck Baloch Liberation Army hideouts in "
                            "Iran's Sistan-Baluchestan province on Thursday.",
                            published="2024-01-19")
    strike = only(analysis, "assault.strike")
    assert (strike.source, strike.target) == (
        ["pakistan-armed-forces", "pakistan"], ["baloch-liberation-army"])


def test_a_verb_after_a_time_phrase_in_a_conjunct_keeps_the_subject():
    analysis = analyze_text("Iran fired missiles into Pakistan on Tuesday. Islamabad condemned the "
                            "attack as a violation of its airspace and on Wednesday recalled its "
                            "ambassador from Tehran.", published="2024-01-19")
    event = only(analysis, "sanction.recall-ambassador")
    assert (event.source, event.target, str(event.date)) == (["pakistan"], ["iran"], "2024-01-17")


def test_a_verb_after_a_claim_with_an_aside_goes_back_to_the_speaker():
    analysis = analyze_text("Iran fired missiles into Pakistan on Tuesday. Pakistan also said "
                            "Iran's ambassador, who was visiting his home country, would not be "
                            "allowed to return, and suspended all high-level visits.",
                            published="2024-01-19")
    event = only(analysis, "sanction.cut-ties")
    assert (event.source, event.modality) == (["pakistan"], "asserted")
    assert not [e for e in analysis.events if e.type == "CONSULT"]  # no visit home


def test_violence_between_two_communities_is_each_ones_attack_on_the_other():
    analysis = analyze_text("Indian troops have moved more than 23,000 people to safety after "
                            "days of violence between the majority Meitei community and the "
                            "mainly Christian Kuki-Zo tribes, the army said.",
                            published="2023-05-07")
    assert rows(analysis, "ASSAULT") == [(["meitei"], ["kuki-zo"]), (["kuki-zo"], ["meitei"])]
    assert rows(analysis, "AID") == [(["indian-armed-forces"], [])]
    assert {(r.type, r.source, r.target) for r in analysis.relations} == {
        ("opposes", "meitei", "kuki-zo")}


def test_flag_marches_are_a_show_of_force_not_a_protest():
    analysis = analyze_text("Indian troops were deployed in Manipur. Indian soldiers staged flag "
                            "marches through the worst-hit towns.", published="2023-05-07")
    assert [(e.type, e.rule) for e in analysis.events] == [
        ("MOBILIZE", "mobilize.deploy"), ("MOBILIZE", "mobilize.flag-march")]


def test_shoot_at_sight_orders_are_coercion_not_shooting():
    analysis = analyze_text("On Thursday, Governor Anusuiya Uikey authorised district officials to "
                            "issue shoot-at-sight orders in extreme cases.", published="2023-05-07")
    assert [(e.type, e.mode, e.source, str(e.date)) for e in analysis.events] == [
        ("COERCE", "emergency", ["anusuiya-uikey"], "2023-05-04")]


def test_a_march_to_oppose_a_demand_is_aimed_at_whoever_made_it():
    analysis = analyze_text("The All Tribal Students Union Manipur held a \"Tribal Solidarity "
                            "March\" in the hill districts on Wednesday to oppose a demand by "
                            "Meiteis for Scheduled Tribe status.", published="2023-05-07")
    assert rows(analysis, "PROTEST") == [(["all-tribal-students-union-manipur"], ["meitei"])]


def test_a_headline_opens_with_the_bare_army_and_clashes_that_kill_are_no_verb():
    analysis = analyze_text("Army moves thousands to safety as ethnic clashes kill dozens in "
                            "India's Manipur\n\nIMPHAL, India, May 7 - Indian troops have moved "
                            "more than 23,000 people to safety in Manipur, the army said on "
                            "Sunday.", published="2023-05-07")
    assert [(e.type, e.source, e.modality) for e in analysis.events] == [
        ("AID", ["indian-armed-forces"], "asserted"), ("AID", ["indian-armed-forces"], "reported")]
    assert analysis.key_actor == "indian-armed-forces"


def test_chairing_a_meeting_of_a_national_committee_is_no_mediation():
    analysis = analyze_text("Pakistan's caretaker Prime Minister Anwaar-ul-Haq Kakar cut short a "
                            "visit to Davos and chaired a meeting of the National Security "
                            "Committee on Friday.", published="2024-01-19")
    assert not [e for e in analysis.events if e.mode == "third-party"]


def test_the_state_a_deployment_goes_to_is_the_federal_state_named_before():
    analysis = analyze_text("Ethnic clashes erupted in the northeastern Indian state of Manipur on "
                            "Wednesday. Officials said dozens were killed. The federal government "
                            "rushed army and Assam Rifles troops to the state.",
                            published="2023-05-07")
    event = only(analysis, "mobilize.send-troops")
    place = {p.id: p for p in analysis.places}[event.place or ""]
    assert (event.source, place.name) == (["x-ind-government"], "Manipur")
