"""Alignment triggers inside an actor's mention, participles and coordinated demonyms."""

from __future__ import annotations

from handmade import M
from test_alignments import related, triples

from factions.pipeline import analyze_text

HAFTAR = M("Haftar", "khalifa-haftar", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")


def test_x_backed_inside_a_descriptor_names_the_backer_and_the_described_actor():
    relations = related("The UN-backed government in Tripoli appealed for more help on Sunday.", [
        M("The UN-backed government", "government-of-national-accord", "descriptor"),
        M("UN", "united-nations", "alias")])
    assert triples(relations, "stated") == {
        ("united-nations", "supports", "government-of-national-accord")}


def test_demonym_backed_inside_an_agent_mention():
    relations = related("Turkish-backed forces massed west of the city on Sunday.", [
        M("Turkish-backed forces", "government-of-national-accord", "agent")])
    assert triples(relations, "stated") == {
        ("turkey", "supports", "government-of-national-accord")}


def test_loyal_to_inside_an_agent_phrase_supports_the_named_actor():
    relations = related(
        "In the south, LNA fighters loyal to Haftar captured the town of Gharyan.", [
            M("LNA", "libyan-national-army", "alias"), HAFTAR])
    assert ("libyan-national-army", "supports", "khalifa-haftar") in triples(relations, "stated")
    assert ("khalifa-haftar", "supports", "libyan-national-army") not in triples(relations)


def test_agent_phrase_with_no_actor_beside_it_gives_no_alignment():
    relations = related(
        "Egypt had been a close partner in the fight against militias loyal to Haftar.", [
            M("Egypt", "egypt"), HAFTAR])
    assert not [r for r in relations if r.rule == "rel.loyal-to"]


def test_participle_fighting_alongside_reads_the_actor_on_its_left():
    relations = related(
        "Turkey said Russian troops fighting alongside Haftar had reached the front line.", [
            M("Turkey", "turkey"), M("Russian troops", "russia", "agent"), HAFTAR])
    stated = {t for t in triples(relations, "stated") if t[1] == "allied_with"}
    assert stated == {("russia", "allied_with", "khalifa-haftar")}


def test_coordinated_demonyms_share_a_mediator_noun():
    relations = related(
        "Haftar and the GNA accepted a truce proposal put forward by Egyptian and Turkish "
        "mediators.", [HAFTAR, GNA])
    mediators = {r.source for r in relations if r.type == "mediates"}
    assert mediators == {"egypt", "turkey"}


def test_who_helps_a_mediator_mediates_between_the_same_sides():
    relations = related(
        "The UN mediated talks between Haftar and the GNA with the help of Egypt.", [
            HAFTAR, GNA, M("UN", "united-nations", "alias"), M("Egypt", "egypt")])
    mediates = {t for t in triples(relations, "stated") if t[1] == "mediates"}
    assert mediates == {(m, "mediates", side) for m in ("united-nations", "egypt")
                        for side in ("khalifa-haftar", "government-of-national-accord")}
    assert not [r for r in relations if r.source == "egypt" and r.type == "supports"]


def test_linked_compound_in_an_apposition_qualifies_the_head():
    relations = related(
        "The RSF, the Russia-linked paramilitary group, said it had taken the airport.", [
            M("RSF", "rapid-support-forces", "alias"), M("Russia", "russia")])
    assert triples(relations, "stated") == {("russia", "allied_with", "rapid-support-forces")}


def test_the_army_aligned_government_is_allied_with_the_national_army():
    analysis = analyze_text(
        "The RSF has been at war with Sudan's army since April last year. The army-aligned "
        "government, which is based in Port Sudan, has accused the United Arab Emirates of "
        "arming the RSF.", published="2024-06-10")
    found = {(r.type, r.source, r.target) for r in analysis.relations if r.basis == "stated"}
    assert ("allied_with", "sudanese-armed-forces", "sudanese-government") in found


def test_a_foreign_aligned_group_is_backed_not_allied():
    analysis = analyze_text(
        "US and British warplanes struck dozens of Houthi military targets across Yemen, in "
        "retaliation for attacks by the Iran-aligned group on shipping.", published="2024-01-12")
    found = {(r.type, r.source, r.target) for r in analysis.relations if r.basis == "stated"}
    assert ("supports", "iran", "houthis") in found
    assert not [t for t in found if t[0] == "allied_with"]


def _alignments(text: str, published: str) -> set[tuple[str, str, str]]:
    analysis = analyze_text(text, published=published)
    return {(r.source, r.type, r.target) for r in analysis.relations}


def test_a_known_name_that_opens_with_its_patron_still_says_who_backs_it():
    found = _alignments("BEIRUT, Dec 10 - Turkey-backed Syrian rebels captured the northern city "
                        "of Manbij from the US-backed Syrian Democratic Forces (SDF) after days "
                        "of fighting. The United States has about 900 troops in northeast Syria.",
                        "2024-12-10")
    assert ("united-states", "supports", "syrian-democratic-forces") in found
    # a troop presence opposes no one
    assert not any(s == "united-states" and t == "opposes" for s, t, _ in found)


def test_an_ally_of_a_leader_is_his_ally():
    found = _alignments("The attack came a day after Devlet Bahceli, the leader of the "
                        "Nationalist Movement Party and an ally of President Tayyip Erdogan, "
                        "spoke in parliament.", "2024-10-24")
    assert ("recep-tayyip-erdogan", "allied_with", "devlet-bahceli") in found


def test_partners_against_a_group_oppose_it():
    found = _alignments("The United States has about 900 troops in northeast Syria, where they "
                        "partner with the SDF against Islamic State.", "2024-12-10")
    assert ("united-states", "opposes", "islamic-state") in found
    assert ("united-states", "allied_with", "syrian-democratic-forces") in found


def test_a_patron_hyphenated_to_the_second_member_of_a_list_backs_that_member_alone():
    analysis = analyze_text("The truce between the Saudi-led coalition and the Iran-aligned Houthi "
                            "movement held.", published="2022-04-07")
    assert {(r.source, r.type, r.target) for r in analysis.relations
            if r.rule == "rel.x-backed"} == {("iran", "supports", "houthis")}


# An apposition that calls an actor a body of "X-backed" groups: X backs that body.

def test_an_umbrella_group_of_iran_aligned_militias_is_backed_by_iran():
    analysis = analyze_text(
        "The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed "
        "drone attacks on three US bases.", published="2024-01-29")
    backs = {(r.source, r.target) for r in analysis.relations if r.type == "supports"}
    assert backs == {("iran", "islamic-resistance-in-iraq")}


def test_an_umbrella_of_mostly_iran_backed_militias_after_an_acronym_is_backed_by_iran():
    analysis = analyze_text(
        "Members of Saraya al-Salam exchanged fire with fighters of the Popular Mobilisation "
        "Forces (PMF), an umbrella of mostly Iran-backed militias.", published="2022-08-30")
    backs = {(r.source, r.target) for r in analysis.relations if r.type == "supports"}
    assert backs == {("iran", "popular-mobilization-forces")}


def test_a_coalition_of_turkish_backed_factions_is_backed_by_turkey():
    analysis = analyze_text(
        "The Syrian National Army, a coalition of Turkish-backed rebel factions, attacked "
        "Manbij.", published="2024-12-10")
    backs = {(r.source, r.target) for r in analysis.relations if r.type == "supports"}
    assert backs == {("turkey", "syrian-national-army")}


def test_iran_aligned_militias_with_no_umbrella_named_are_backed_themselves():
    analysis = analyze_text("Iran-aligned militias have attacked US troops in Iraq.",
                            published="2024-01-29")
    backs = {(r.source, r.target) for r in analysis.relations if r.type == "supports"}
    assert backs == {("iran", "x-iran-aligned-militias")}
