"""Hostage takings, rescues, claims of responsibility and tolls with no doer named, in the
shapes wire copy gives them (a train hijacking in Balochistan, strikes between India and
Pakistan)."""

from __future__ import annotations

from factions.model import Analysis, Event
from factions.pipeline import analyze_text

JAFFAR = (
    "Pakistan forces free train hostages held by Baloch separatists\n\n"
    "QUETTA, Pakistan, March 12 - Pakistani security forces freed more than 150 passengers from "
    "a train seized by separatist militants, officials said on Wednesday.\n\n"
    "Gunmen blew up a section of the track on Tuesday afternoon and stormed the Jaffar Express "
    "in the Bolan Pass.\n\n"
    "The outlawed Baloch Liberation Army (BLA) claimed responsibility, saying its fighters were "
    "holding more than 200 people hostage. The train's driver was killed in the first minutes "
    "of the assault, railway officials said.\n\n"
    "China condemned the hijacking. Pakistani officials have long accused India of supporting "
    "Baloch separatists. Balochistan borders Afghanistan and Iran.")

STRIKES = (
    "NEW DELHI, May 7 - India fired missiles at nine sites in Pakistan early on Wednesday. "
    "It said no Pakistani military installations had been hit.\n\n"
    "Tensions have soared since April 22, when gunmen opened fire on visitors near Pahalgam. "
    "Twenty-six people, most of them Hindu tourists, were killed in the attack.")


def _jaffar() -> Analysis:
    return analyze_text(JAFFAR, published="2025-03-12")


def _by_rule(events: list[Event], rule: str) -> Event:
    found = [e for e in events if e.rule == rule]
    assert len(found) == 1, [(e.rule, e.source, e.target) for e in events]
    return found[0]


def test_hostages_held_by_a_group_are_its_captives_and_their_rescue_is_no_release():
    events = _jaffar().events
    held = _by_rule(events, "assault.hostages-held-by")
    assert (held.source, held.target) == (["baloch-liberation-army"], ["x-civilian-victims"])
    assert not [e for e in events if e.type == "RETREAT"]


def test_blew_up_is_a_bombing_by_the_gunmen_the_claim_names():
    blast = _by_rule(_jaffar().events, "assault.detonate")
    assert (blast.source, blast.date, blast.mode) == (
        ["baloch-liberation-army"], "2025-03-11", "explosives")


def test_a_claim_of_responsibility_is_dated_by_the_attack_it_claims():
    held = _by_rule(_jaffar().events, "assault.take-hostage")
    assert (held.source, held.target, held.date) == (
        ["baloch-liberation-army"], ["x-civilian-victims"], "2025-03-11")


def test_a_toll_in_the_attack_just_told_is_that_attacks():
    toll = _by_rule(_jaffar().events, "assault.kill")
    assert (toll.source, toll.date, toll.modality) == (
        ["baloch-liberation-army"], "2025-03-11", "reported")


def test_condemning_the_hijacking_condemns_the_hijackers():
    condemned = _by_rule(_jaffar().events, "accuse.condemn")
    assert (condemned.source, condemned.target) == (["china"], ["baloch-liberation-army"])


def test_an_accusation_of_backing_states_no_alignment():
    analysis = _jaffar()
    assert ("supports", "india") not in {(r.type, r.source) for r in analysis.relations}
    assert {a.id for a in analysis.actors}.isdisjoint({"afghanistan", "iran"})


def test_a_toll_with_the_victims_named_and_a_denied_hit_take_the_attacks_doer():
    events = analyze_text(STRIKES, published="2025-05-07").events
    denied = [e for e in events if e.rule == "assault.hit"]
    assert [(e.source, e.modality) for e in denied] == [(["india"], "negated")]
    toll = _by_rule(events, "assault.kill")
    assert (toll.source, toll.target, toll.date) == (
        ["x-unnamed-armed-group"], ["x-civilian-victims"], "2025-04-22")


def test_a_claimed_bombing_is_the_claimers_and_a_response_hits_it_back():
    events = analyze_text("A year ago, the PKK claimed a suicide bombing outside the interior "
                          "ministry in Ankara, and Turkey responded with weeks of air strikes in "
                          "Iraq and Syria.", published="2024-10-24").events
    assert [(e.rule, e.source, e.target) for e in events] == [
        ("assault.suicide-bombing", ["pkk"], ["turkey"]),
        ("assault.respond-with", ["turkey"], ["pkk"])]
