"""Two neighbouring states at war on their border: a power with bases in both is allied with
each, and "each side" of a story whose forces are named once as a state and once as an army is
the two states."""

from __future__ import annotations

from factions.pipeline import analyze_text

BORDER = (
    "Kyrgyzstan and Tajikistan agree ceasefire after deadly border fighting\n\n"
    "BISHKEK, Sept 16 - Kyrgyzstan and Tajikistan agreed a ceasefire on Friday after two days "
    "of fighting along their disputed border.\n\n"
    "Each side blamed the other for the violence. Kyrgyz border guards said Tajik forces had "
    "fired on their posts with mortars. Tajikistan's border service said Kyrgyz troops had "
    "shelled an outpost near the Tajik city of Isfara.\n\n"
    "Russia has military bases in both countries, which are members of the Moscow-led "
    "Collective Security Treaty Organization.")


def test_a_power_with_bases_in_two_warring_states_is_allied_with_each():
    relations = {(r.type, r.source, r.target)
                 for r in analyze_text(BORDER, published="2022-09-16").relations}
    assert ("allied_with", "russia", "kyrgyzstan") in relations
    assert ("allied_with", "russia", "tajikistan") in relations
    # the two armies fight each other; the states oppose each other
    assert ("opposes", "armed-forces-of-kyrgyzstan", "armed-forces-of-tajikistan") in relations
    # working with both sides of a war is still no alliance with either
    text = ("Israeli jets struck southern Lebanon on Monday and Lebanon fired rockets at Israel. "
            "Washington and Paris said they would work with Israel and Lebanon to make sure the "
            "truce was implemented.")
    assert [(r.type, r.source, r.target) for r in
            analyze_text(text, published="2024-11-27").relations] == [
        ("opposes", "lebanon", "israel")]


def test_each_side_of_a_state_and_the_other_states_army_is_the_two_states():
    analysis = analyze_text(BORDER, published="2022-09-16")
    # (one accusation by both, each of the other; not the state and the other's army)
    assert [(e.type, e.source, e.target) for e in analysis.events
            if e.evidence.text.startswith("Each side")] == [
        ("ACCUSE", ["kyrgyzstan", "tajikistan"], [])]


def test_a_base_kept_in_a_named_country_is_an_alliance_with_its_state():
    # the base's host is read from its place (the event has no target)
    analysis = analyze_text("Russia keeps a military base in Armenia, its ally.",
                            published="2022-09-13")
    assert [(e.type, e.source, e.target, e.place_text) for e in analysis.events] == [
        ("MOBILIZE", ["russia"], [], "Armenia")]
    assert [(r.type, r.source, r.target) for r in analysis.relations] == [
        ("allied_with", "russia", "armenia")]
    # a base in a region is no host state
    analysis = analyze_text("Russia keeps a military base in the Caucasus.",
                            published="2022-09-13")
    assert analysis.relations == []
