"""Stated alignments in wire phrasings of fronts against an enemy (a coalition, an intervention,
an operation, joint operations with a partner), of standing behind someone, and of talks chaired
by a third party; and the actor an "X-backed" compound qualifies as the object of a fight
(real-style sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def rows(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations
            if r.type not in ("member_of", "commands")}


def pairs(analysis: Analysis, relation: str) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in analysis.relations if r.type == relation}


# ---------------------------------------------------------------- a front against an enemy

def test_who_led_a_coalition_against_a_group_opposes_it():
    analysis = analyze_text(
        "Saudi Arabia, which led a military coalition against the Houthis from 2015, has kept "
        "an informal truce with them since 2022.", published="2025-05-07")
    assert pairs(analysis, "opposes") == {frozenset({"saudi-arabia", "houthis"})}


def test_troops_kept_as_part_of_a_coalition_against_a_group_oppose_it_not_the_next_subject():
    analysis = analyze_text(
        "The United States keeps about 2,500 troops in Iraq and 900 in Syria as part of a "
        "coalition against Islamic State, and Sudani's government has begun talks with "
        "Washington.", published="2024-02-03")
    assert pairs(analysis, "opposes") == {frozenset({"united-states", "islamic-state"})}


def test_an_intervention_against_a_group_the_compound_qualifies_opposes_the_group():
    analysis = analyze_text(
        "A Saudi-led coalition intervened in 2015 against the Iran-aligned Houthi movement.",
        published="2023-03-10")
    assert pairs(analysis, "opposes") == {frozenset({"saudi-led-coalition", "houthis"})}
    assert ("supports", "iran", "houthis") in rows(analysis)


def test_troops_in_an_operation_against_a_group_oppose_it():
    analysis = analyze_text(
        "Nigerian troops killed 20 militants in an operation against Boko Haram in Borno "
        "state.", published="2024-06-20")
    assert pairs(analysis, "opposes") == {frozenset({"nigerian-armed-forces", "boko-haram"})}


def test_joint_operations_with_a_partner_against_a_group_oppose_the_group():
    analysis = analyze_text(
        "Uganda, whose troops have been conducting joint operations with the Congolese army "
        "against the Allied Democratic Forces since November, denied involvement.",
        published="2022-06-14")
    assert frozenset({"uganda", "allied-democratic-forces"}) in pairs(analysis, "opposes")


def test_an_operation_against_a_gang_with_no_actor_for_its_doer_gives_nothing():
    analysis = analyze_text("Police said the operation against the gang would continue.",
                            published="2024-01-10")
    assert not pairs(analysis, "opposes")


# ---------------------------------------------------------------- the object a compound qualifies

def test_fighting_the_iran_backed_group_opposes_the_group_not_its_patron():
    analysis = analyze_text("Israel has long fought the Iran-backed Hezbollah.",
                            published="2024-07-30")
    assert pairs(analysis, "opposes") == {frozenset({"israel", "hezbollah"})}
    assert ("supports", "iran", "hezbollah") in rows(analysis)


# ---------------------------------------------------------------- standing behind someone

def test_standing_fully_behind_a_state_supports_it():
    analysis = analyze_text("Russia said it stood fully behind Serbia.", published="2023-05-30")
    assert rows(analysis) == {("supports", "russia", "serbia")}


def test_standing_firmly_with_a_state_supports_it():
    analysis = analyze_text(
        "The European Union stands firmly with Ukraine, its foreign policy chief said.",
        published="2023-06-06")
    assert rows(analysis) == {("supports", "european-union", "ukraine")}


def test_standing_shoulder_to_shoulder_with_a_state_supports_it():
    analysis = analyze_text(
        "Turkey and Russia said they would stand shoulder to shoulder with Azerbaijan.",
        published="2023-09-20")
    assert rows(analysis) == {("supports", "turkey", "azerbaijan"),
                              ("supports", "russia", "azerbaijan")}


def test_standing_behind_a_statement_or_a_podium_backs_no_one():
    assert not rows(analyze_text("Hungary refused to stand behind the EU statement on Israel.",
                                 published="2023-10-20"))
    assert not rows(analyze_text(
        "The minister stood behind the podium as Kenya and Somalia signed the accord.",
        published="2023-10-20"))


# ---------------------------------------------------------------- talks chaired by a third party

def test_negotiations_chaired_by_a_third_party_between_two_sides_are_its_mediation():
    analysis = analyze_text(
        "The deal followed ten days of negotiations chaired by the United Nations between the "
        "Houthis and the Saudi-led coalition.", published="2023-04-14")
    assert {r for r in rows(analysis) if r[0] == "mediates"} == {
        ("mediates", "united-nations", "houthis"),
        ("mediates", "united-nations", "saudi-led-coalition")}


# ---------------------------------------------------------------- a coup condemned

def test_condemning_the_takeover_opposes_the_coup_makers_not_the_man_they_toppled():
    analysis = analyze_text(
        "Soldiers seized power in Guinea on Sunday and detained President Alpha Conde. The "
        "African Union condemned the takeover of Conde's government by armed men.",
        published="2021-09-08")
    assert rows(analysis) == {("opposes", "african-union", "guinea"),
                              ("opposes", "guinea", "x-alpha-conde")}


def test_condemning_an_attack_in_a_coup_story_is_no_condemnation_of_the_coup():
    analysis = analyze_text(
        "Army officers in Gabon seized power on Wednesday and placed President Ali Bongo under "
        "house arrest. Rebels attacked a police post in the north. France condemned the "
        "attack.", published="2023-08-31")
    assert not {r for r in rows(analysis) if "france" in r}
