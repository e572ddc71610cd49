"""Accountability cases and street uprisings in Asia (a former president arrested on an
international warrant, youth-led protests that topple a government): news sentences with the
exact actors, events and alignments expected."""

from __future__ import annotations

from factions.model import Analysis, Event
from factions.pipeline import analyze_text


def by_type(a: Analysis, kind: str) -> list[Event]:
    return [e for e in a.events if e.type == kind]


def test_a_bare_surname_stays_with_the_family_member_named_first() -> None:
    # "Duterte" after "Sara Duterte" is still the former president the story is about: a
    # relative named later keeps her full name, the bare surname is the first one's
    a = analyze_text(
        "MANILA, March 12 - Former Philippine President Rodrigo Duterte was flown to the "
        "Netherlands on Tuesday. Vice President Sara Duterte, his daughter, flew to The Hague "
        "on Wednesday. ICC prosecutors accuse Duterte of murder.", published="2025-03-12")
    rodrigo = next(x for x in a.actors if x.name == "Rodrigo Duterte")
    sara = next(x for x in a.actors if x.name == "Sara Duterte")
    assert "Duterte" in rodrigo.aliases and "Duterte" not in sara.aliases
    assert [(e.source, e.target) for e in by_type(a, "ACCUSE")] == [
        (["icc"], [rodrigo.id])]


def test_a_war_on_drugs_is_a_policy_no_attack() -> None:
    # "killings in his war on drugs": no side is fought; a war on a named enemy still is
    a = analyze_text(
        "MANILA, March 12 - Thousands were killed in Rodrigo Duterte's war on drugs, rights "
        "groups say. The Taliban has waged a war on the government since 2012.",
        published="2025-03-12")
    assert [(e.source, e.target) for e in by_type(a, "ASSAULT")] == [
        (["taliban"], [a.events[0].target[0]])]
    assert a.events[0].evidence.trigger == "war on"
    assert "Thousands" not in a.events[0].evidence.text


def test_taking_charge_of_security_is_no_charge() -> None:
    a = analyze_text(
        "KATHMANDU, Sept 12 - The army took charge of security on Tuesday night and imposed "
        "a nationwide curfew.", published="2025-09-12")
    assert [(e.type, e.rule) for e in a.events] == [("COERCE", "coerce.curfew")]


def test_a_chief_justice_named_after_her_lower_case_title() -> None:
    a = analyze_text(
        "KATHMANDU, Sept 12 - Former chief justice Sushila Karki was sworn in as Nepal's "
        "interim prime minister on Friday.", published="2025-09-12")
    karki = next(x for x in a.actors if x.name == "Sushila Karki")
    assert karki.type == "person" and a.key_actor == karki.id


def test_a_welcomed_arrest_backs_whoever_made_it() -> None:
    # the welcome names the arrest, not who made it: it is aimed at the arrest's doer
    a = analyze_text(
        "MANILA, March 12 - Philippine police arrested former President Rodrigo Duterte in "
        "Manila on Tuesday. Human Rights Watch welcomed the arrest, calling it a long-awaited "
        "step.", published="2025-03-12")
    assert [(e.source, e.target, e.mode) for e in by_type(a, "SUPPORT")] == [
        (["human-rights-watch"], ["philippine-national-police"], "welcome")]
    # a welcomed deal backs no one side of it
    b = analyze_text(
        "ADDIS ABABA, Nov 3 - Ethiopia and Tigray forces signed a truce on Wednesday. The "
        "United Nations welcomed the agreement.", published="2022-11-03")
    assert [e.target for e in by_type(b, "SUPPORT")] in ([], [[]])


def test_police_fire_on_the_crowd_whose_protest_the_sentence_tells() -> None:
    # "when crowds broke through barricades": the crackdown and the shooting have no object
    # of their own; they are aimed at the crowd of the protest the same sentence tells
    a = analyze_text(
        "KATHMANDU, Sept 9 - Thousands of students marched on parliament on Monday. Police "
        "fired tear gas and live ammunition when protesters broke through barricades.",
        published="2025-09-09")
    crowd = a.events[0].source
    assert [(e.type, e.rule, e.target) for e in a.events[1:3]] == [
        ("COERCE", "coerce.tear-gas", crowd),
        ("ASSAULT", "assault.live-fire-beside-gas", crowd)]
    assert a.key_actor == crowd[0]


def test_a_headline_surname_of_a_person_the_lede_names_in_full() -> None:
    # the headline's bare "Duterte" (no alias of his) is the lede's
    a = analyze_text(
        "Philippines arrests Duterte on ICC warrant\n\n"
        "MANILA, March 12 - Former Philippine President Rodrigo Duterte was arrested in Manila "
        "on Tuesday on a warrant from the International Criminal Court.", published="2025-03-12")
    rodrigo = next(x for x in a.actors if x.name == "Rodrigo Duterte")
    assert [(e.evidence.trigger, e.source, e.target) for e in by_type(a, "COERCE")] == [
        ("arrests", ["philippines"], [rodrigo.id]), ("arrested", ["philippines"], [rodrigo.id])]
