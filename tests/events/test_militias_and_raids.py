"""Militia attacks on foreign forces and army raids in occupied areas, in the shapes wire copy
gives them: attacks a militia umbrella claims, strikes on sites a report says an enemy uses, a
force withdrawing after its own raid, fighters confronting troops with gunfire, a condemnation
of "the operation" the article named, contacts halted "and meetings" with a state, and a vow
joined to a blame whose object ends in a list of countries."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str = "2024-02-03") -> list[Event]:
    return analyze_text(text, published=published).events


def coded(events: list[Event]) -> list[tuple[str, str, list[str], list[str], str | None]]:
    return [(e.type, e.rule, e.source, e.target, e.modality) for e in events]


def test_attacks_a_militia_claims_are_its_own_told_on_its_word():
    events = events_of(
        "The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed "
        "drone attacks on three US bases on Sunday.")
    assert coded(events) == [("ASSAULT", "assault.drone-strike", ["islamic-resistance-in-iraq"],
                              ["united-states"], "reported")]


def test_a_claim_of_the_attack_already_told_is_no_new_attack():
    assert events_of("Islamic State claimed the attack.", "2021-10-08") == []


def test_strikes_on_sites_a_report_says_a_force_uses_are_aimed_at_that_force():
    events = events_of(
        "The United States struck more than 85 targets in Iraq and Syria on Friday, hitting "
        "sites it said were used by Iran's Revolutionary Guards' Quds Force.")
    assert coded(events) == [("ASSAULT", "assault.strike", ["united-states"], ["quds-force"],
                              "asserted")]


def test_what_the_striker_described_as_a_groups_facility_is_aimed_at_the_group():
    events = events_of(
        "The army said they were intercepted, and Israeli aircraft then struck what it "
        "described as a Hamas weapons facility in Gaza.", "2023-07-05")
    assert [(e.type, e.source, e.target) for e in events] == [
        ("ASSAULT", ["israel-defense-forces"], ["hamas"])]


def test_a_force_withdrawing_after_a_raid_withdraws_after_its_own_raid():
    events = events_of("Israel pulls troops out of Jenin camp after two-day raid", "2023-07-05")
    assert coded(events) == [
        ("RETREAT", "retreat.withdraw", ["israel"], [], "asserted"),
        ("ASSAULT", "assault.raid-noun", ["israel"], [], "asserted")]
    events = events_of(
        "Israeli forces withdrew from the Jenin refugee camp on Wednesday, ending their biggest "
        "operation in the occupied West Bank in two decades after two days of drone strikes and "
        "street battles.", "2023-07-05")
    assert [(e.type, e.rule, e.source) for e in events] == [
        ("RETREAT", "retreat.end-operation", ["israel-defense-forces"]),
        ("ASSAULT", "assault.drone-strike", ["israel-defense-forces"]),
        ("ASSAULT", "assault.armed-clash", ["israel-defense-forces"])]


def test_fighters_confronting_troops_with_gunfire_attack_them():
    events = events_of("Israeli troops entered the camp. Hamas fighters confronted Israeli troops "
                       "with gunfire.", "2023-07-05")
    assert ("ASSAULT", "assault.confront-with-arms", ["hamas"], ["israel-defense-forces"],
            "asserted") in coded(events)
    assert not [e for e in events_of("The minister confronted critics with figures.",
                                     "2023-07-05") if e.type == "ASSAULT"]


def test_the_troops_after_a_foreign_ministry_are_still_the_raiding_army():
    # "the Palestinian health ministry" names no foreign force: "the troops" two sentences on
    # are still the Israeli army's, which Islamic Jihad's fighters confronted.
    events = events_of(
        "JENIN, West Bank, July 5 - Israeli forces raided the Jenin refugee camp on Monday. "
        "Troops arrested 30 suspects, the Israeli military said. The Palestinian health ministry "
        "said 12 Palestinians were killed. Islamic Jihad said its fighters had confronted the "
        "troops with gunfire.", "2023-07-05")
    assert [(e.type, e.source, e.target) for e in events] == [
        ("ASSAULT", ["israel-defense-forces"], ["palestinian-islamic-jihad"]),
        ("COERCE", ["israel-defense-forces"], ["palestinian-islamic-jihad"]),
        ("ASSAULT", ["palestinian-islamic-jihad"], ["israel-defense-forces"])]


def test_condemning_the_operation_is_aimed_at_whoever_the_article_said_ran_it():
    events = events_of(
        "Thousands of Israeli soldiers raided the Jenin refugee camp. The Israeli military said "
        "the operation had targeted armed groups. Islamic Jihad fighters confronted the troops "
        "with gunfire. Saudi Arabia condemned the operation.", "2023-07-05")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in accuse] == [
        (["saudi-arabia"], ["israel-defense-forces"])]
    # an operation the article never called so is no attack told before
    events = events_of(
        "Houthi forces fired missiles at Saudi Arabia on Saturday. Yahya Saree, a military "
        "spokesman for the Houthis, described the operation as a response to aggression.")
    assert all("houthis" not in e.target for e in events if e.type == "ACCUSE")


def test_contacts_and_meetings_halted_with_a_state_are_aimed_at_it():
    events = events_of("The Palestinian Authority said it was halting contacts and meetings with "
                       "Israel.", "2023-07-05")
    # (a sanction its source announces is the act itself: asserted, as the gold has it)
    assert coded(events) == [("SANCTION", "sanction.cut-ties", ["palestinian-authority"],
                              ["israel"], "asserted")]


def test_a_vow_after_a_blame_ending_in_a_list_of_countries_is_the_blamers():
    events = events_of(
        "Biden blamed radical Iran-backed militant groups operating in Syria and Iraq and vowed "
        "that the United States would respond.")
    assert [(e.type, e.source) for e in events] == [("ACCUSE", ["joe-biden"]),
                                                    ("THREATEN", ["joe-biden"])]


def places(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.place_text, e.date) for e in events]


def test_the_government_of_a_prime_minister_is_the_government():
    events = events_of("The United States struck Iraq. In Baghdad, the government of Prime "
                       "Minister Mohammed Shia al-Sudani condemned the strikes.")
    assert [(e.type, e.source) for e in events] == [("ACCUSE", ["iraqi-government"])]


def test_rockets_fired_towards_a_state_come_from_the_side_it_fights():
    events = events_of("Israeli aircraft struck Hamas positions in Gaza. Hours after the "
                       "withdrawal, five rockets were fired from the Gaza Strip towards Israel.",
                       "2023-07-05")
    assert coded(events)[1] == ("ASSAULT", "assault.weapons-fired-at", ["hamas"], ["israel"],
                                "asserted")


def test_a_soldier_killed_by_gunfire_was_shot_by_the_side_his_army_fights():
    events = events_of("Islamic Jihad fighters confronted Israeli troops with gunfire. An "
                       "Israeli soldier was killed by gunfire on Tuesday.", "2023-07-05")
    assert [(e.rule, e.source, e.target, e.date) for e in events][1] == (
        "assault.killed-by-gunfire", ["palestinian-islamic-jihad"], ["israel-defense-forces"],
        "2023-07-04")


def test_operations_suspended_against_us_forces_are_one_sides_truce():
    events = events_of("On Tuesday, Kataib Hezbollah, one of the most powerful Iraqi factions, "
                       "announced it was suspending military and security operations against "
                       "US forces.")
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("RETREAT", "retreat.suspend-attacks-on", ["kataib-hezbollah"], ["us-armed-forces"])]
    relations = analyze_text("Kataib Hezbollah announced it was suspending operations against "
                             "US forces.", published="2024-02-03").relations
    assert [(r.type, r.source, r.target) for r in relations] == [
        ("opposes", "kataib-hezbollah", "us-armed-forces")]


def test_groups_a_state_backs_attack_us_forces_and_say_they_retaliate():
    analysis = analyze_text(
        "Iran-backed groups have launched more than 160 rocket and drone attacks on US forces in "
        "Iraq and Syria since mid-October, saying they were retaliating for Washington's support "
        "for Israel in its war against Hamas.", published="2024-02-03")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["x-iran-backed-groups"], ["us-armed-forces"]),
        ("ASSAULT", ["israel"], ["hamas"])]
    assert sorted((r.type, r.source, r.target) for r in analysis.relations) == [
        ("opposes", "israel", "hamas"),
        ("opposes", "x-iran-backed-groups", "us-armed-forces"),
        ("supports", "iran", "x-iran-backed-groups"),
        ("supports", "united-states", "israel")]


def test_the_groups_one_state_backs_are_one_actor_however_named():
    analysis = analyze_text("Biden blamed Iran-backed militant groups. Iran-backed groups have "
                            "launched more than 160 attacks on US forces.", published="2024-02-03")
    assert [(e.type, e.source) for e in analysis.events] == [
        ("ACCUSE", ["joe-biden"]), ("ASSAULT", ["x-iran-backed-militant-groups"])]


def test_attacks_claimed_that_day_happened_on_the_day_told_before():
    events = events_of(
        "The three soldiers were killed on Sunday in Jordan. More than 40 others were wounded. "
        "They were the first US troops killed by hostile fire this year. Biden vowed to respond. "
        "The Islamic Resistance in Iraq claimed drone attacks on three US bases that day.")
    assert [(e.rule, e.date) for e in events if e.type == "ASSAULT"] == [
        ("assault.drone-strike", "2024-01-28")]


def test_a_participle_closing_a_relative_clause_goes_on_the_main_clause():
    events = events_of(
        "WASHINGTON, Feb 3 - The United States struck more than 85 targets in Iraq and Syria on "
        "Friday in retaliation for a drone attack that killed three American soldiers at a remote "
        "outpost in Jordan last weekend, hitting sites it said were used by the Quds Force.")
    assert [(e.source, e.target, e.place_text, e.date) for e in events] == [
        (["united-states"], ["quds-force"], "Iraq and Syria", "2024-02-02")]


def test_where_the_groups_blamed_operate_is_not_where_they_were_blamed():
    events = events_of("Biden blamed radical Iran-backed militant groups operating in Syria and "
                       "Iraq.")
    assert places(events) == [("ACCUSE", None, "2024-02-03")]


def test_strikes_called_the_start_of_a_response_promise_more():
    events = events_of("The United States struck targets in Iraq on Friday. Defense Secretary "
                       "Lloyd Austin said Friday's strikes were the start of a multi-tiered "
                       "response.")
    assert coded(events)[1] == ("THREATEN", "threaten.start-of-response", ["lloyd-austin"], [],
                                "asserted")


def test_the_camp_named_before_is_the_scene_of_the_raid_and_what_follows():
    events = events_of(
        "JENIN, West Bank, July 5 - Israeli forces withdrew from the Jenin refugee camp on "
        "Wednesday. The Israeli military said its drones had struck a militant command centre in "
        "the camp. Troops seized hundreds of weapons and arrested about 30 suspects, it said.",
        "2023-07-05")
    assert [(e.type, e.place_text) for e in events] == [
        ("RETREAT", "Jenin refugee camp"), ("ASSAULT", "Jenin refugee camp"),
        ("COERCE", "Jenin refugee camp"), ("COERCE", "Jenin refugee camp")]


def test_what_a_speaker_says_happened_is_not_at_the_speakers_place():
    events = events_of(
        "Iran-backed groups have launched more than 160 rocket and drone attacks on US forces in "
        "Iraq and Syria since mid-October, saying they were retaliating for Washington's support "
        "for Israel in its war against Hamas.")
    assert [(e.source, e.place_text) for e in events] == [
        (["x-iran-backed-groups"], "Iraq and Syria"), (["israel"], None)]


def test_soldiers_taking_part_in_a_raid_are_its_deployment():
    events = events_of("Israeli forces raided the Jenin camp. Thousands of soldiers took part, "
                       "backed by armoured bulldozers that tore up roads.", "2023-07-05")
    assert [(e.type, e.rule, e.source) for e in events][1] == (
        "MOBILIZE", "mobilize.forces-take-part", ["israel-defense-forces"])
    assert events_of("Soldiers took part in a parade in Moscow.", "2023-07-05") == []


def test_soldiers_killed_in_clashes_with_a_group_are_its_targets():
    assert coded(events_of("Five Malian soldiers died in clashes with JNIM militants near Gao.",
                           "2024-05-01")) == [
        ("ASSAULT", "assault.killed-in-clashes-with", ["jnim"], ["malian-armed-forces"],
         "asserted")]
    assert coded(events_of("Twelve Congolese soldiers were killed in fighting with M23 rebels "
                           "on Monday.", "2024-05-01")) == [
        ("ASSAULT", "assault.killed-in-clashes-with", ["m23"], ["fardc"], "asserted")]


def test_fire_before_a_weekday_is_the_noun_not_fire_on():
    # "killed by Hezbollah fire on Monday" is no attack of the soldiers' army on Hezbollah
    assert coded(events_of("Two Israeli soldiers were killed by Hezbollah fire on Monday.",
                           "2024-05-01")) == [
        ("ASSAULT", "assault.kill", ["hezbollah"], ["israel-defense-forces"], "asserted")]


def test_whom_bullets_hit_is_the_target_of_a_shooting_with_no_shooter_named():
    def hits(text: str) -> list[tuple[str, str, list[str], list[str], str | None]]:
        return [row for row in coded(events_of(text)) if row[0] == "ASSAULT"]

    assert hits("Presidential candidate Fernando Villavicencio was hit by several bullets as he "
                "climbed into a vehicle.") == [
        ("ASSAULT", "assault.hit-by-bullets", [], ["fernando-villavicencio"], "asserted")]
    assert hits("Haitian President Jovenel Moise was hit by twelve bullets, an investigating "
                "judge said.") == [
        ("ASSAULT", "assault.hit-by-bullets", [], ["jovenel-moise"], "reported")]
    assert hits("Mexican journalist Javier Valdez was struck by a bullet outside his "
                "office.") == [
        ("ASSAULT", "assault.hit-by-bullets", [], ["x-javier-valdez"], "asserted")]
    assert hits("Three Nigerian soldiers were hit by gunfire near the base.") == [
        ("ASSAULT", "assault.hit-by-bullets", [], ["nigerian-armed-forces"], "asserted")]


def test_rubber_bullets_or_a_hit_of_another_kind_are_no_shooting():
    assert [e for e in events_of("Protesters were hit by rubber bullets fired by police in "
                                 "Nairobi.") if e.rule == "assault.hit-by-bullets"] == []
    assert events_of("The ruling was a hit with voters.") == []
    assert events_of("The convoy was hit by bad weather near the border.") == []
