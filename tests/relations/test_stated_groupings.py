"""Stated alignments of groupings, on real-style sentences through the whole pipeline (the
knowledge base recognizes the groups)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def stated(analysis: Analysis, relation: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in analysis.relations
            if r.basis == "stated" and r.type == relation}


def pairs(found: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, _, t in found}


def test_an_alliance_made_up_of_groups_allies_each_with_it_and_with_each_other():
    analysis = analyze_text(
        "The Three Brotherhood Alliance - made up of the Myanmar National Democratic Alliance "
        "Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army - began "
        "the campaign on Oct. 27.", published="2023-11-15")
    members = ["mndaa", "tnla", "arakan-army"]
    expected = {frozenset(("three-brotherhood-alliance", m)) for m in members} | {
        frozenset((a, b)) for k, a in enumerate(members) for b in members[k + 1:]}
    assert pairs(stated(analysis, "allied_with")) == expected


def test_made_up_of_without_a_grouping_word_states_no_alliance():
    analysis = analyze_text(
        "The delegation, made up of officials from Russia and Ukraine, arrived in Istanbul on "
        "Monday.", published="2023-07-17")
    assert not stated(analysis, "allied_with")
