"""Strikes between states and truces between a state and an armed group, in the shapes wire
copy gives them: a truce named by its two sides' hyphened names, a condemnation "as a violation
of" the victim's sovereignty, a board's finding, a threat whose clause opens with the speaker's
own state, a ban on return, a mediator's participle after talks."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str = "2025-06-13") -> list[Event]:
    return analyze_text(text, published=published).events


def coded(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in events]


def test_a_truce_named_by_its_two_sides_hyphened_goes_both_ways():
    events = events_of("Israel-Hezbollah ceasefire takes effect as displaced Lebanese head home",
                       "2024-11-27")
    assert coded(events) == [("RETREAT", ["israel"], ["hezbollah"]),
                             ("RETREAT", ["hezbollah"], ["israel"])]
    assert [e.modality for e in events] == ["asserted", "asserted"]


def test_displaced_as_an_adjective_is_no_expulsion():
    events = events_of("Thousands of displaced families returned as the truce held between "
                       "Israel and Hezbollah.", "2024-11-27")
    assert "COERCE" not in [e.type for e in events]


def test_a_condemnation_as_a_violation_of_the_victims_sovereignty_is_aimed_at_the_attacker():
    events = events_of("Israel struck Iran's main uranium enrichment plant at Natanz on Friday. "
                       "Saudi Arabia and Qatar condemned the strikes as a violation of Iran's "
                       "sovereignty.")
    condemned = [e for e in events if e.type == "ACCUSE"]
    assert coded(condemned) == [("ACCUSE", ["saudi-arabia", "qatar"], ["israel"])]


def test_a_boards_finding_of_breach_is_its_organizations_charge():
    events = events_of("On Thursday, the board of the IAEA declared Iran in breach of its "
                       "non-proliferation obligations for the first time in two decades.")
    assert coded(events) == [("ACCUSE", ["iaea"], ["iran"])]
    assert events[0].rule == "accuse.declare-in-breach"


def test_a_threat_whose_clause_opens_with_the_speakers_own_state_targets_whom_it_would_strike():
    events = events_of("Israeli Prime Minister Benjamin Netanyahu said his security cabinet had "
                       "approved the agreement, but warned that Israel would strike Hezbollah "
                       "if the group violated it.", "2024-11-27")
    threats = [e for e in events if e.type == "THREATEN"]
    assert coded(threats) == [("THREATEN", ["benjamin-netanyahu"], ["hezbollah"])]


def test_warning_residents_not_to_go_back_is_a_ban_on_return():
    events = events_of("The Israeli military warned residents not to go back to villages near "
                       "the border.", "2024-11-27")
    assert [(e.type, e.mode, e.source, e.rule) for e in events] == [
        ("COERCE", "restrict", ["israel-defense-forces"], "coerce.told-not-to-return")]
    assert events[0].modality == "asserted"


def test_talks_mediated_by_a_third_party_are_not_its_negotiations():
    events = events_of("The strikes cast doubt on the talks between Washington and Tehran. A "
                       "sixth round of the negotiations, mediated by Oman, had been due to take "
                       "place in Muscat on Sunday.")
    omani = [(e.type, e.mode) for e in events if e.source == ["oman"]]
    assert omani == [("CONSULT", "third-party")]


def test_a_country_an_attack_is_fired_at_is_its_target_whoever_reports_it():
    events = events_of("Hours later, Iran launched about 100 drones at Israel in response, the "
                       "Israeli military said.")
    assert coded(events) == [("ASSAULT", ["iran"], ["israel"])]
    assert events[0].modality == "reported"


def test_a_month_before_a_demonym_is_no_part_of_a_name():
    events = events_of("In October Israeli jets hit missile production sites in Iran.")
    assert coded(events) == [("ASSAULT", ["israel-defense-forces"], ["iran"])]
    assert (events[0].modality, events[0].date) == ("historical", "2024-10")


def test_two_states_trading_direct_fire_attack_each_other():
    events = events_of("Israel and Iran traded direct fire twice last year.")
    assert coded(events) == [("ASSAULT", ["israel"], ["iran"]), ("ASSAULT", ["iran"], ["israel"])]


def test_troops_crossing_into_a_region_is_a_ground_attack():
    events = events_of("Israeli ground troops crossed into southern Lebanon on Oct. 1.",
                       "2024-11-27")
    assert [(e.type, e.mode, e.source, e.place_text) for e in events] == [
        ("ASSAULT", "ground", ["israel-defense-forces"], "southern Lebanon")]


def test_a_leaders_word_that_his_forces_would_punish_the_attacker_is_his_threat():
    events = events_of("Supreme Leader Ayatollah Ali Khamenei said Israel would face a bitter "
                       "fate. He named new commanders to replace those killed and said the armed "
                       "forces would punish Israel severely.")
    assert [(e.type, e.source, e.target, e.rule) for e in events] == [
        ("THREATEN", ["ali-khamenei"], ["israel"], "threaten.met-with-force"),
        ("THREATEN", ["ali-khamenei"], ["israel"], "threaten.would-punish")]


def test_a_hope_that_a_deal_helps_a_truce_elsewhere_is_no_truce():
    events = events_of("The fighting in Gaza goes on, and U.S. officials said they hoped the "
                       "deal in Lebanon would give new momentum to efforts to reach a truce "
                       "there.", "2024-11-27")
    assert events == []


def test_the_two_countries_trading_fire_are_the_two_warring_states_each_on_the_other():
    events = events_of("Israel struck Iran on Friday, killing commanders. Iran launched drones "
                       "at Israel in response. The two countries traded direct fire twice last "
                       "year.")
    traded = [(e.source, e.target, e.modality) for e in events if e.rule == "assault.exchange-fire"]
    assert traded == [(["iran"], ["israel"], "historical"), (["israel"], ["iran"], "historical")]


def test_the_two_countries_are_not_a_state_and_an_armed_group():
    events = events_of("Israel struck Hezbollah positions on Friday. Hezbollah fired rockets at "
                       "Israel in response. The two countries traded direct fire last year.")
    assert [e for e in events if e.rule == "assault.exchange-fire"] == []


def test_a_cabinet_approving_an_agreement_accepts_it():
    events = events_of("Israeli Prime Minister Benjamin Netanyahu said his security cabinet had "
                       "approved the agreement.", "2024-11-27")
    assert [(e.type, e.mode, e.source, e.modality) for e in events] == [
        ("AGREE", "accept", ["israeli-security-cabinet"], "reported")]


def test_welcoming_the_end_of_an_aggression_backs_no_one_it_names():
    events = events_of("Iran's foreign ministry welcomed the end of what it called Israel's "
                       "aggression against Lebanon.", "2024-11-27")
    assert [(e.type, e.source, e.target, e.rule) for e in events] == [
        ("SUPPORT", ["iran"], [], "support.welcome-end"),
        ("ACCUSE", ["iran"], ["israel"], "accuse.call-act")]
    analysis = analyze_text("Iran's foreign ministry welcomed the end of what it called Israel's "
                            "aggression against Lebanon.", published="2024-11-27")
    assert not any(r.type == "supports" for r in analysis.relations)


def test_a_truce_extended_by_a_pronoun_is_the_truce_told_before():
    events = analyze_text(
        "Sudan's army and the RSF agreed to a seven-day ceasefire on May 20 in talks brokered by "
        "Saudi Arabia and the United States, and the truce took effect two days later. The two "
        "sides extended it by five days on Monday.", published="2023-06-01").events
    # (the truce of May 20, asserted, runs both ways: so does its extension)
    assert [(e.type, e.mode, e.source, e.target, e.date) for e in events
            if e.date == "2023-05-29"] == [
        ("RETREAT", "ceasefire", ["rapid-support-forces"], ["sudanese-armed-forces"],
         "2023-05-29"),
        ("RETREAT", "ceasefire", ["sudanese-armed-forces"], ["rapid-support-forces"],
         "2023-05-29")]
