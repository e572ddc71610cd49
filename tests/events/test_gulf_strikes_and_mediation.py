"""Strikes on negotiators and quiet mediation in the Gulf, in the shapes wire copy gives them:
a third state announcing the truce it brokered between two sides, one side promising to stop
bombing the other, a condemnation told as an apposition to the strike ("an attack Qatar
condemned as ..."), a violation of a state's sovereignty charged to the attacker, and a
warning to whoever attacks, means put at a state's disposal."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str) -> list[Event]:
    return analyze_text(text, published=published).events


def coded(events: list[Event]) -> list[tuple[str, str, list[str], list[str], str | None]]:
    return [(e.type, e.rule, e.source, e.target, e.modality) for e in events]


def test_a_truce_a_third_state_says_it_brokered_is_made_between_the_two_sides():
    events = events_of("Oman said on Tuesday it had brokered a ceasefire between the United "
                       "States and Yemen's Houthis.", "2025-05-06")
    assert coded(events) == [
        ("CONSULT", "consult.broker", ["oman"], ["united-states", "houthis"], "reported"),
        ("RETREAT", "retreat.ceasefire", ["united-states"], ["houthis"], "reported"),
        ("RETREAT", "retreat.ceasefire", ["houthis"], ["united-states"], "reported")]


def test_talks_a_state_brokered_are_no_truce():
    events = events_of("Oman brokered talks between Iran and the United States in Muscat.",
                       "2025-04-12")
    assert [e.type for e in events] == ["CONSULT"]


def test_stopping_the_bombing_of_a_group_named_in_the_plural_is_a_one_sided_truce():
    events = events_of("The Houthis had capitulated, Trump said, and the United States would "
                       "stop bombing them.", "2025-05-06")
    assert coded(events) == [
        ("CONCEDE", "concede.concede", ["houthis"], [], "reported"),
        ("RETREAT", "retreat.stop-bombing", ["united-states"], ["houthis"], "planned")]


def test_a_condemnation_apposed_to_the_strike_is_the_condemners_aimed_at_the_striker():
    events = events_of("Israel carried out an air strike on a building in Doha where senior "
                       "Hamas officials had gathered, an attack Qatar condemned as a flagrant "
                       "violation of its sovereignty.", "2025-09-09")
    assert coded(events) == [
        ("ASSAULT", "assault.air-strike", ["israel"], [], "asserted"),
        ("ACCUSE", "accuse.condemn", ["qatar"], ["israel"], "asserted")]


def test_the_state_whose_sovereignty_was_violated_is_no_accused():
    events = events_of("Israel struck a building in Doha on Tuesday. United Nations "
                       "Secretary-General Antonio Guterres called the attack a flagrant "
                       "violation of Qatar's sovereignty and territorial integrity.",
                       "2025-09-09")
    assert coded(events)[1:] == [
        ("ACCUSE", "accuse.call-act", ["antonio-guterres"], ["israel"], "asserted")]


def test_a_warning_to_whoever_attacks_is_the_speakers_threat_with_no_target():
    events = events_of("Israeli Defence Minister Israel Katz said whoever attacked Israel would "
                       "be struck sevenfold.", "2025-05-06")
    assert coded(events) == [
        ("THREATEN", "threaten.whoever-attacks", ["israel-katz"], [], "asserted")]
    events = events_of("Supreme Leader Ali Khamenei said anyone who harms Iran will pay a heavy "
                       "price.", "2025-05-06")
    assert coded(events) == [
        ("THREATEN", "threaten.whoever-attacks", ["ali-khamenei"], [], "asserted")]


def test_means_put_at_a_states_disposal_are_backing_offered_to_it():
    events = events_of("Turkey said it would place its air bases at NATO's disposal.",
                       "2025-09-09")
    assert coded(events) == [("SUPPORT", "support.at-disposal", ["turkey"], ["nato"], "planned")]
