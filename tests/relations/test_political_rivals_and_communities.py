"""Accusations that imply opposition without a war: a party's against another party or its
country's government, a community's against the police (real-style sentences through the
whole pipeline); a party at war still needs its war's camps."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def triples(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations}


def test_the_opposition_accusing_the_ruling_party_opposes_it():
    analysis = analyze_text("Ethnic clashes have killed 54 people in India's Manipur state. "
                            "Opposition parties accused the Bharatiya Janata Party, which governs "
                            "both Manipur and India, of failing to protect lives.",
                            published="2023-05-07")
    assert triples(analysis) == {("opposes", "x-ind-opposition", "bharatiya-janata-party")}


def test_a_party_leader_accusing_the_prime_minister_opposes_him():
    analysis = analyze_text("Congress party president Mallikarjun Kharge accused Prime Minister "
                            "Narendra Modi of staying silent on Manipur.", published="2023-05-07")
    assert triples(analysis) == {("opposes", "mallikarjun-kharge", "narendra-modi")}


def test_a_community_accusing_the_police_opposes_them():
    analysis = analyze_text("Ethnic clashes have killed 54 people in India's Manipur state. Kuki "
                            "leaders accused the state police of standing by while mobs attacked "
                            "tribal neighbourhoods in Imphal.", published="2023-05-07")
    assert triples(analysis) == {("opposes", "kuki-zo", "x-ind-state-police")}


def test_a_mediator_between_capitals_of_fellow_mediators_keeps_the_war_sides():
    analysis = analyze_text("Israeli tanks seized the Rafah crossing after Hamas fired rockets at "
                            "Israel. CIA Director William Burns, who has been shuttling between "
                            "Doha and Cairo, was expected to join the talks.",
                            published="2024-05-07")
    mediated = {t for r, s, t in triples(analysis) if r == "mediates" and s == "william-burns"}
    assert mediated == {"hamas", "israel"}
