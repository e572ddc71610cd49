"""Who belongs to, heads or is allied with a group, as the text states it: member_of and
commands for people and their organizations, allied_with between groups (a coalition and its
members, a movement and its armed wing). Real-style sentences through the whole pipeline."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def stated(analysis: Analysis, *relations: str) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in analysis.relations
            if r.basis == "stated" and r.type in relations}


_ROWS = ("member_of", "commands", "allied_with")


def test_a_title_right_before_a_name_is_that_persons_office():
    analysis = analyze_text(
        "The junta accused Paris of planning a military operation to free Bazoum, a claim "
        "French Foreign Minister Catherine Colonna denied.", published="2023-08-01")
    assert stated(analysis, *_ROWS) == {("catherine-colonna", "member_of", "france")}


def test_a_title_with_its_remit_before_the_name():
    analysis = analyze_text(
        "US special envoy for Sudan Tom Perriello said the world was watching El Fasher.",
        published="2024-06-14")
    assert stated(analysis, *_ROWS) == {("tom-perriello", "member_of", "united-states")}


def test_an_actor_later_in_the_sentence_holds_no_title():
    analysis = analyze_text(
        '"There is now nowhere in the city to treat people with serious wounds," an MSF '
        "official for Sudan said in a statement.", published="2024-06-14")
    assert not stated(analysis, *_ROWS)


def test_an_apposition_must_open_on_the_titles_own_phrase():
    analysis = analyze_text(
        "Russia launched some strikes around Hama, while Hezbollah, weakened by its war with "
        "Israel, pulled its fighters out of Syria in recent days.", published="2024-12-08")
    assert not stated(analysis, "member_of")


def test_a_helper_named_after_the_title_does_not_hold_it():
    analysis = analyze_text(
        "The negotiations were led by former Nigerian President Olusegun Obasanjo, the AU's "
        "high representative for the Horn of Africa, with the help of former Kenyan President "
        "Uhuru Kenyatta.", published="2022-11-02")
    assert stated(analysis, "member_of") == {("olusegun-obasanjo", "member_of", "african-union")}


def test_the_groups_leader_commands_it_and_a_senior_commander_is_a_member():
    analysis = analyze_text(
        "Israel said it had killed Fuad Shukr, a senior Hezbollah commander who advises the "
        "group's leader, Hassan Nasrallah, on operations.", published="2024-07-30")
    assert stated(analysis, *_ROWS) == {("fuad-shukr", "member_of", "hezbollah"),
                                        ("hassan-nasrallah", "commands", "hezbollah")}


def test_a_commander_title_before_a_rank_and_name():
    analysis = analyze_text(
        "Sudan's army fought the paramilitary RSF in Khartoum. In a television interview, RSF "
        "commander General Mohamed Hamdan Dagalo, known as Hemedti, called the army chief a "
        "criminal.", published="2023-04-16")
    assert ("hemedti", "commands", "rapid-support-forces") in stated(analysis, *_ROWS)


def test_members_of_as_an_object_says_nothing_of_the_subject():
    analysis = analyze_text(
        "He urged residents to report suspicious vehicles and to help the security forces "
        "identify members of al-Shabaab.", published="2022-10-30")
    assert not stated(analysis, *_ROWS)


def test_a_coalition_and_its_member_group_are_allies_and_its_head_too():
    analysis = analyze_text(
        "M23 rebels captured Goma on Monday. Its political wing is part of the Congo River "
        "Alliance, a coalition headed by Corneille Nangaa, a former head of Congo's electoral "
        "commission.", published="2025-01-28")
    assert stated(analysis, *_ROWS) == {
        ("m23", "allied_with", "alliance-fleuve-congo"),
        ("corneille-nangaa", "allied_with", "alliance-fleuve-congo")}


def test_a_person_heading_a_group_commands_it():
    analysis = analyze_text(
        "The Wagner Group, a private military company led by Yevgeny Prigozhin, has sent "
        "fighters to Mali.", published="2022-04-06")
    assert ("yevgeny-prigozhin", "commands", "wagner-group") in stated(analysis, *_ROWS)


def test_fighting_alongside_takes_the_phrase_before_it_not_an_earlier_agent():
    analysis = analyze_text(
        "Thousands of foreign fighters remain in Libya, including Syrians brought in by Turkey "
        "and Russian contractors of the Wagner Group fighting alongside Haftar.",
        published="2020-10-23")
    assert stated(analysis, "allied_with") == {("wagner-group", "allied_with", "khalifa-haftar")}


def test_a_movements_armed_wing_is_its_ally():
    analysis = analyze_text(
        "The Kerem Shalom crossing was shut by Israel on Sunday after a rocket attack claimed "
        "by Hamas's armed wing killed four Israeli soldiers.", published="2024-05-07")
    assert ("x-armed-wing-of-hamas", "allied_with", "hamas") in stated(analysis, "allied_with")


def test_allied_forces_known_by_a_name_are_that_names_allies():
    analysis = analyze_text(
        "The Rapid Support Forces have encircled El Fasher for weeks and have been at war with "
        "Sudan's army since April. The army and allied armed movements from Darfur, known as "
        "the Joint Forces, are defending the city.", published="2024-06-14")
    allied = stated(analysis, "allied_with")
    assert len(allied) == 1
    (source, _, target), = allied
    assert target == "sudanese-armed-forces"
    assert analysis.actor(source).name == "Joint Forces"


def test_a_titles_body_is_the_of_right_after_it_not_a_later_one():
    # the "of" of "accused Israel of backing" is the charge's, not the minister's body
    analysis = analyze_text(
        "TEHRAN, Jan 5 - Interior Minister Ahmad Vahidi accused Israel of backing the "
        "attackers.", published="2024-01-05")
    assert stated(analysis, *_ROWS) == set()
    analysis = analyze_text(
        "SANAA, Jan 5 - Yahya Saree, a spokesman of the Houthis, said the group had fired "
        "missiles at Israel.", published="2024-01-05")
    assert stated(analysis, *_ROWS) == {("yahya-saree", "member_of", "houthis")}
