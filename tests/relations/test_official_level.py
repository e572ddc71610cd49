"""The level an alignment is stated at: a lower official's backing or opposition is his or her
body's, a head of state's, government's or group's stays the person's (real sentences through
the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def spoken(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations
            if r.type in ("supports", "opposes")}


def test_a_secretary_of_state_praising_a_mediator_is_his_state_backing_it():
    analysis = analyze_text(
        "U.S. Secretary of State Antony Blinken praised the AU panel and said Washington would "
        "keep backing the peace process.", published="2022-11-03")
    assert spoken(analysis) == {("supports", "united-states", "african-union")}


def test_a_coalition_spokesman_is_the_coalition():
    analysis = analyze_text(
        "Houthi drones struck Saudi oil facilities on Saturday. Colonel Ali Hassan, a spokesman "
        "for the Saudi-led coalition, praised the Yemeni government's forces.",
        published="2019-09-15")
    assert spoken(analysis) == {("supports", "saudi-led-coalition", "yemeni-government")}


def test_a_foreign_secretary_speaks_for_his_state():
    analysis = analyze_text(
        "Russian missiles struck Kyiv on Monday. Britain's foreign secretary, James Cleverly, "
        "praised Ukraine's air defences.", published="2022-10-10")
    assert ("supports", "united-kingdom", "armed-forces-of-ukraine") in spoken(analysis)
    assert not [r for r in analysis.relations if "james-cleverly" in (r.source, r.target)]


def test_a_spokesmans_accusation_is_his_forces_opposition_once():
    analysis = analyze_text(
        "LNA forces shelled Tripoli on Saturday. Ahmed al-Mismari, the spokesman of the LNA, "
        "accused the Government of National Accord of using Turkish drones.",
        published="2019-05-04")
    assert spoken(analysis) == {
        ("opposes", "libyan-national-army", "government-of-national-accord")}


def test_a_head_of_state_stays_himself():
    analysis = analyze_text(
        "Drones struck Saudi oil facilities at Abqaiq on Saturday. The White House said Trump had "
        "offered his support for Saudi Arabia's self-defence.", published="2019-09-15")
    assert ("supports", "donald-trump", "saudi-arabia") in spoken(analysis)


def test_an_envoy_mediating_stays_himself():
    analysis = analyze_text(
        "Massad Boulos, Trump's senior adviser for Africa, shuttled between Kinshasa and Kigali "
        "to end the fighting between Congo and Rwanda.", published="2025-06-28")
    assert any(r.type == "mediates" and r.source == "massad-boulos" for r in analysis.relations)


def test_a_list_of_states_that_summons_envoys_is_no_apposition_of_the_envoys():
    # "Britain, Germany and France summoned Russian envoys": no "Britain member_of Russia"
    analysis = analyze_text(
        "Russian opposition leader Alexei Navalny died in an Arctic penal colony on Friday. "
        "Britain, Germany and France summoned Russian envoys over the death.",
        published="2024-02-20")
    assert [(r.source, r.target) for r in analysis.relations if r.type == "member_of"] == []
