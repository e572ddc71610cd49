"""Third parties hyphenated to the deal they brokered ("a Qatar-mediated deal with Israel"),
mediations in another time, and attacks claimed by a group (real wire phrasings through the
whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def triples(analysis: Analysis) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


def test_a_deal_a_third_party_brokered_is_accepted_from_the_counterpart():
    found = triples(analyze_text("Hamas accepted a Qatar-mediated deal with Israel on Monday.",
                                 published="2024-05-07"))
    assert ("AGREE", ("hamas",), ("israel",)) in found
    assert ("CONSULT", ("qatar",), ("hamas", "israel")) in found
    assert not any(t == "AGREE" and "qatar" in g for t, _, g in found)


def test_a_brokered_deal_with_no_counterpart_is_accepted_from_the_broker():
    found = triples(analyze_text("Hamas accepted a Qatar-mediated deal on Monday.",
                                 published="2024-05-07"))
    assert ("AGREE", ("hamas",), ("qatar",)) in found


KARABAKH = ("Azerbaijan's army pounded separatist positions with artillery and forced the "
            "region's ethnic Armenian fighters to agree to lay down their weapons. Russian "
            "peacekeepers have been deployed in the enclave since a Moscow-brokered truce ended "
            "a six-week war in 2020.")


def test_a_capital_hyphenated_to_a_mediation_is_its_state():
    analysis = analyze_text(KARABAKH, published="2023-09-27")
    brokered = [e for e in analysis.events if e.rule == "consult.brokered"]
    assert [(e.source, e.modality, e.date) for e in brokered] == [
        (["russia"], "historical", "2020")]


def test_a_capital_hyphenated_to_a_word_is_no_place_of_the_event():
    analysis = analyze_text(KARABAKH, published="2023-09-27")
    assert all(e.place_text != "Moscow" for e in analysis.events)


def test_a_past_mediation_takes_no_sides_from_the_storys_events():
    analysis = analyze_text(KARABAKH, published="2023-09-27")
    assert not [r for r in analysis.relations if r.type == "mediates" and r.source == "russia"]
    brokered = [e for e in analysis.events if e.rule == "consult.brokered"]
    assert brokered and brokered[0].target == []


def test_a_current_mediation_still_takes_the_sides_of_the_sentence_before():
    analysis = analyze_text(
        "Israeli troops fought Hamas fighters in Rafah on Monday. Hamas later accepted a "
        "Qatar-mediated truce.", published="2024-05-07")
    assert {(r.source, r.target) for r in analysis.relations if r.type == "mediates"} >= {
        ("qatar", "hamas")}


def test_an_attack_claimed_by_a_group_is_the_groups():
    found = triples(analyze_text(
        "Israel shut the Kerem Shalom crossing on Sunday after a rocket attack claimed by Hamas "
        "killed four Israeli soldiers.", published="2024-05-07"))
    assert ("ASSAULT", ("hamas",), ()) in found


def test_the_act_that_brought_about_another_happened_at_its_place():
    analysis = analyze_text(
        "Israel shut the Kerem Shalom crossing on Sunday after a rocket attack claimed by Hamas "
        "killed four Israeli soldiers.", published="2024-05-07")
    attack = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [e.place_text for e in attack] == ["Kerem Shalom crossing"]


def test_who_claims_responsibility_for_an_attack_carried_it_out():
    found = triples(analyze_text(
        "Al-Shabaab claimed responsibility for the bombing in Mogadishu, which killed 20 people.",
        published="2022-10-30"))
    assert ("ASSAULT", ("al-shabaab",), ()) in found


def test_a_claim_that_someone_acted_still_reports_it():
    analysis = analyze_text("Hamas claimed that Israeli troops had shelled the camp.",
                            published="2024-05-07")
    assert [(e.type, e.source, e.modality) for e in analysis.events] == [
        ("ASSAULT", ["israel-defense-forces"], "reported")]


def test_a_mediator_works_between_a_movement_not_its_armed_wing():
    analysis = analyze_text(
        "Hamas fighters clashed with Israeli troops in Rafah. A rocket attack claimed by Hamas's "
        "armed wing killed four Israeli soldiers. CIA Director William Burns has been shuttling "
        "between Doha and Cairo.", published="2024-05-07")
    sides = {r.target for r in analysis.relations
             if r.type == "mediates" and r.source == "william-burns"}
    assert sides == {"hamas", "israel-defense-forces"}
