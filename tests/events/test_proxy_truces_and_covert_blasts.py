"""Truces between a state coalition and a proxy armed group, and attacks whose author is only
named by the side that blames it, in the shapes Middle East wire copy gives them: a party named
with its patron hyphenated before it ("the Iran-aligned Houthi movement")."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str = "2022-04-07") -> list[Event]:
    return analyze_text(text, published=published).events


def coded(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in events]


def test_a_truce_side_named_with_its_hyphenated_patron_is_the_group_not_the_patron():
    events = events_of("The first nationwide truce between the Saudi-led coalition and the "
                       "Iran-aligned Houthi movement held for a sixth day on Thursday.")
    assert coded(events) == [("RETREAT", ["saudi-led-coalition"], ["houthis"]),
                             ("RETREAT", ["houthis"], ["saudi-led-coalition"])]


def test_an_attack_the_victim_blamed_on_a_state_is_that_states_reported_attack_on_it():
    events = events_of("Hand-held radios used by Hezbollah members exploded across Lebanon on "
                       "Wednesday, a day after thousands of the group's pagers blew up, killing "
                       "at least 12 people, in an attack the Iran-backed group blamed on Israel.",
                       "2024-09-18")
    assert [(e.type, e.source, e.target, e.modality, str(e.date), e.place_text)
            for e in events] == [
        ("ASSAULT", ["israel"], ["hezbollah"], "reported", "2024-09-17", "Lebanon"),
        ("ACCUSE", ["hezbollah"], ["israel"], "asserted", "2024-09-17", "Lebanon")]


def test_a_bombing_blamed_on_a_group_in_its_own_sentence_is_that_groups():
    events = events_of("A car bomb exploded in Kabul on Friday, killing 10 people, in an attack "
                       "the government blamed on the Taliban.", "2024-09-18")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert [(e.source, e.modality, e.place_text) for e in assault] == [
        (["taliban"], "reported", "Kabul")]


def test_a_purpose_infinitive_after_a_comma_is_the_callers_not_the_called():
    events = events_of("Foreign Minister Abbas Araqchi condemned the attack as an act of "
                       "terrorism and phoned his Lebanese counterpart, Abdallah Bou Habib, to "
                       "express solidarity.", "2024-09-18")
    assert coded(events) == [("ACCUSE", ["abbas-araghchi"], []),
                             ("CONSULT", ["abbas-araghchi"], ["abdallah-bou-habib"]),
                             ("SUPPORT", ["abbas-araghchi"], [])]


def test_a_un_agencys_lower_case_title_names_its_chief_as_the_doer():
    events = events_of("U.N. human rights chief Volker Turk called for an independent "
                       "investigation.", "2024-09-18")
    assert coded(events) == [("REQUEST", ["volker-turk"], [])]


def test_reports_after_an_article_are_a_noun_and_the_verb_after_them_keeps_its_subject():
    events = events_of("U.N. Secretary-General Antonio Guterres was deeply alarmed by the "
                       "reports and urged all sides to exercise maximum restraint.", "2024-09-18")
    assert coded(events) == [("REQUEST", ["antonio-guterres"], [])]


def test_a_conjunct_that_goes_on_with_its_own_verb_is_no_target_of_the_concern_before():
    events = events_of("France's foreign ministry said it was deeply concerned by the reports "
                       "and the United States urged the authorities to allow independent "
                       "investigators into the area.", "2022-04-06")
    assert coded(events) == [("REQUEST", ["united-states"], [])]


def test_fire_at_a_states_positions_is_aimed_at_its_army_and_an_attack_before_a_when_is_history():
    events = events_of("Hezbollah and Israel have traded fire across the frontier almost daily "
                       "since October, when the group began firing at Israeli positions in "
                       "solidarity with its ally Hamas after the Palestinian militant group's "
                       "attack on southern Israel.", "2024-09-18")
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("ASSAULT", ["hezbollah"], ["israel"], "asserted"),
        ("ASSAULT", ["israel"], ["hezbollah"], "asserted"),
        ("ASSAULT", ["hezbollah"], ["israel-defense-forces"], "historical"),
        ("SUPPORT", ["hezbollah"], ["hamas"], "historical"),
        ("ASSAULT", ["x-pse-rebels"], ["israel"], "historical")]
    assert events[-1].place_text == "southern Israel"


def test_a_place_an_attack_is_made_in_support_of_is_not_its_scene():
    events = events_of("Hezbollah said its fighters would keep up their attacks on Israel in "
                       "support of Gaza.", "2024-09-18")
    assert [(e.type, e.source, e.target, e.modality, e.place_text) for e in events] == [
        ("ASSAULT", ["hezbollah"], ["israel"], "planned", None)]


def test_positions_read_as_the_owners_forces_still_tell_whose_positions_were_abandoned():
    events = events_of("Haftar's Libyan National Army lost ground. The group's last positions in "
                       "southern Tripoli were abandoned at the start of June.", "2020-06-20")
    assert coded(events) == [("RETREAT", ["libyan-national-army"], [])]
