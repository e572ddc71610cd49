"""Inference rules on real sentences, through the whole pipeline (the knowledge base decides
which actor is a state and which its government)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def triples(analysis: Analysis, basis: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in analysis.relations
            if basis in (None, r.basis)}


def test_an_attack_on_a_country_is_on_its_named_government():
    analysis = analyze_text(
        "Israel carried out an air strike on Beirut's southern suburbs on Tuesday. Lebanon's "
        "government condemned the attack.", published="2024-07-30")
    # "Beirut's southern suburbs" is a place in Lebanon: the strike falls on Lebanon's soil, and
    # the government that condemns it opposes Israel (opposition holds both ways).
    assert ("lebanese-government", "opposes", "israel") in triples(analysis, "inferred")
    assert not any("lebanon" in (r.source, r.target) for r in analysis.relations)


def test_a_mediator_among_a_meetings_guests_mediates_between_no_one():
    analysis = analyze_text(
        "Turkey, Russia, Egypt and France met in Berlin. German and UN officials shuttled between "
        "the delegations.", published="2020-01-19")
    assert not [r for r in analysis.relations if r.type == "mediates"]
    # Nor are the guests opposed to each other for having been mediated between.
    assert not [r for r in analysis.relations if r.type == "opposes"]


def test_working_with_both_sides_of_a_conflict_is_no_alliance_with_either():
    analysis = analyze_text(
        "Israeli warplanes pounded Beirut's southern suburbs and Hezbollah fired rockets at "
        "northern Israel. U.S. President Joe Biden said Washington and Paris would work with "
        "Israel and Lebanon to make sure the truce was fully implemented.",
        published="2024-11-27")
    cooperation = [e for e in analysis.events if e.type == "COOPERATE"]
    assert [(e.source, e.target) for e in cooperation] == [
        (["united-states", "france"], ["israel", "lebanon"])]
    assert not any(r.type == "allied_with" for r in analysis.relations)


def test_who_condemns_a_coup_opposes_the_junta_and_the_juntas_head_opposes_whom_it_toppled():
    analysis = analyze_text(
        "LIBREVILLE, Aug 31 - Army officers in Gabon seized power on Wednesday, minutes after the "
        "electoral authority declared President Ali Bongo the winner of a third term. The "
        "committee named General Brice Oligui Nguema, the commander of the Republican Guard, as "
        "leader of the transition. France condemned the military takeover.",
        published="2023-08-31")
    assert triples(analysis) == {
        ("gabon-ctri", "opposes", "ali-bongo-ondimba"),
        ("brice-oligui-nguema", "opposes", "ali-bongo-ondimba"),
        ("france", "opposes", "gabon-ctri")}


def test_states_that_condemn_a_states_weapons_test_oppose_it():
    # A weapons test is aimed at no side, so no fight between the testing state and its
    # condemners is told; the condemnation alone sets them against it (states only: the
    # National Security Council's charge adds nothing).
    analysis = analyze_text(
        "SEOUL, Nov 1 - North Korea test-fired a new solid-fuel intercontinental ballistic "
        "missile on Thursday, state media said. South Korea, Japan and the United States "
        "condemned the launch as a violation of U.N. Security Council resolutions. The National "
        "Security Council in Washington called it a flagrant provocation.",
        published="2024-11-01")
    assert triples(analysis) == {
        ("south-korea", "opposes", "north-korea"),
        ("japan", "opposes", "north-korea"),
        ("united-states", "opposes", "north-korea")}
    # A leader who oversees a test is no state: condemning the launch sets no one against him.
    analysis = analyze_text(
        "SEOUL, Nov 1 - Kim Jong Un oversaw the test of a new missile on Thursday, state media "
        "said. Japan condemned the launch.", published="2024-11-01")
    assert triples(analysis) == set()
