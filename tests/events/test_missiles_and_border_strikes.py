"""Missile posturing on the Korean Peninsula and the 2025 Pakistan-Afghanistan border war, in the
shapes wire copy gives them (a weapons test and its condemnation, a joint air drill, troops sent
to another state's war, a haven charged, crossings closed, a truce agreed at mediated talks),
coded through the whole pipeline with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str, kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target) for e in events
            if kind is None or e.type == kind]


def alignments(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analyze_text(text, published=published).relations
            if r.type != "member_of"}


def test_a_weapons_test_is_aimed_at_no_one_and_its_condemnation_at_the_tester():
    assert rows("North Korea test-fired a new solid-fuel intercontinental ballistic missile on "
                "Thursday. South Korea, Japan and the United States condemned the launch as a "
                "violation of U.N. Security Council resolutions that ban Pyongyang from using "
                "ballistic missile technology.", "2024-11-01") == [
        ("MOBILIZE", "weapons", ["north-korea"], []),
        ("ACCUSE", "condemn", ["south-korea", "japan", "united-states"], ["north-korea"])]


def test_the_launch_a_leader_oversaw_is_condemned_in_him_and_his_state():
    # the launch, not the leader's vow to build up his forces; Kim is "Kim" alone
    assert rows("North Korea test-fired a new missile on Thursday, and leader Kim Jong Un vowed "
                "to keep strengthening the country's nuclear forces. Kim, who oversaw the launch, "
                "said it was an appropriate military action. Japan condemned the launch.",
                "2024-11-01") == [
        ("MOBILIZE", "weapons", ["north-korea"], []),
        ("MOBILIZE", "troops", ["kim-jong-un"], []),
        ("MOBILIZE", "weapons", ["kim-jong-un"], []),
        ("ACCUSE", "condemn", ["japan"], ["kim-jong-un", "north-korea"])]


def test_what_it_is_called_is_no_role_of_the_speaker():
    analysis = analyze_text("North Korean leader Kim Jong Un oversaw the launch. Kim said it was "
                            "an appropriate military action.", published="2024-11-01")
    kim = next(a for a in analysis.actors if a.id == "kim-jong-un")
    assert [r.title for r in kim.roles if r.source == "text"] == ["North Korean leader"]


def test_an_honorific_before_a_name_is_no_role():
    analysis = analyze_text("Pakistani Defence Minister Khawaja Asif and his Afghan counterpart, "
                            "Mullah Mohammad Yaqoob, led the delegations.", published="2025-10-19")
    yaqoob = next(a for a in analysis.actors if a.id == "mohammad-yaqoob")
    # "Mullah" is no role; the apposition before it is
    assert [r.title for r in yaqoob.roles if r.source == "text"] == ["Afghan counterpart"]


def test_a_ballistic_missile_launched_at_no_one_is_a_test_and_at_a_ship_an_attack():
    # "at 7:10 a.m." is a time, no one it is aimed at
    assert rows("North Korea launched a ballistic missile from near Pyongyang at 7:10 a.m. on "
                "Thursday.", "2024-11-01") == [("MOBILIZE", "weapons", ["north-korea"], [])]
    assert rows("The Houthis launched a ballistic missile at a U.S. destroyer in the Red Sea.",
                "2024-01-12") == [
        ("ASSAULT", "heavy-weapons", ["houthis"], ["united-states"])]


def test_a_joint_air_drill_deploys_each_of_its_holders():
    assert rows("South Korea, Japan and the United States held a joint air drill on Friday with a "
                "U.S. B-1B strategic bomber.", "2024-11-01") == [
        ("MOBILIZE", "troops", ["south-korea", "japan", "united-states"], [])]


def test_troops_sent_to_another_states_war_aid_that_state():
    text = ("Washington and Seoul say North Korea has sent troops to Russia to fight in the war "
            "against Ukraine.")
    assert rows(text, "2024-11-01", "AID") == [("AID", "troops", ["north-korea"], ["russia"])]
    assert ("supports", "north-korea", "russia") in alignments(text, "2024-11-01")


def test_a_haven_charged_is_protection_but_no_alignment():
    text = ("Pakistan has long accused Kabul of harbouring TTP fighters who use Afghan soil to "
            "plan attacks on its security forces.")
    assert rows(text, "2025-10-19") == [
        ("ACCUSE", "allege", ["pakistan"], ["afghanistan"]),
        ("AID", "protection", ["afghanistan"], ["tehrik-i-taliban-pakistan"])]
    assert alignments(text, "2025-10-19") == set()


def test_a_council_that_meets_to_discuss_consults():
    events = analyze_text("The U.N. Security Council will meet on Monday to discuss the launch, "
                          "diplomats said.", published="2024-11-01").events
    assert [(e.type, e.mode, e.source, e.target, e.modality, e.date) for e in events] == [
        ("CONSULT", "multilateral", ["un-security-council"], [], "planned", "2024-11-04")]


def test_a_war_waged_since_a_year_long_gone_is_background():
    events = analyze_text("The TTP, a separate movement allied with the Afghan Taliban, has fought "
                          "the Pakistani state since 2007.", published="2025-10-19").events
    # the standing alliance is a relation, no act of cooperation
    assert [(e.type, e.source, e.modality, e.date) for e in events] == [
        ("ASSAULT", ["tehrik-i-taliban-pakistan"], "historical", "2007")]


def test_closing_the_border_crossings_sanctions_the_side_one_fights():
    assert rows("Taliban forces attacked Pakistani border posts on Saturday. Pakistan closed the "
                "border crossings at Torkham and Chaman, the main trade routes between the two "
                "countries.", "2025-10-19", "SANCTION") == [
        ("SANCTION", "sanctions", ["pakistan"], ["taliban"])]


def test_blocked_efforts_are_refused_to_whose_they_were_and_did_not_happen():
    assert rows("Russia and China have blocked efforts by the United States and its allies to "
                "tighten U.N. sanctions on North Korea.", "2024-11-01") == [
        ("REJECT", "veto", ["russia", "china"], ["united-states"])]


def test_a_truce_agreed_at_mediated_talks_leaves_the_talks_and_the_fighting_told():
    events = analyze_text("Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday at "
                          "talks in Doha mediated by Qatar and Turkey, ending a week of the worst "
                          "fighting between the neighbours.", published="2025-10-19").events
    assert [(e.type, e.source, e.modality) for e in events
            if e.type in ("CONSULT", "ASSAULT")] == [
        ("CONSULT", ["qatar", "turkey"], "asserted"),
        ("ASSAULT", ["pakistan"], "asserted"),
        ("ASSAULT", ["afghanistan"], "asserted")]


def test_a_truce_monitored_is_no_new_truce():
    assert rows("Pakistan and Afghanistan agreed to a ceasefire on Sunday. The ministry said the "
                "two sides would set up a mechanism to monitor the truce.", "2025-10-19",
                "RETREAT") == [
        ("RETREAT", "ceasefire", ["pakistan"], ["afghanistan"]),
        ("RETREAT", "ceasefire", ["afghanistan"], ["pakistan"])]


def test_nights_and_mornings_later_count_from_the_day_told():
    events = analyze_text("The crisis began on Oct. 9, when two explosions shook central Kabul. "
                          "Two nights later, Taliban forces attacked Pakistani border posts.",
                          published="2025-10-19").events
    assert [(e.type, e.source, e.date) for e in events] == [
        ("ASSAULT", ["taliban"], "2025-10-11")]


def test_signing_a_mutual_defence_pact_makes_allies():
    assert alignments("Pyongyang and Moscow signed a mutual defence pact in June.",
                      "2024-11-01") == {("allied_with", "north-korea", "russia")}


def test_an_act_condemned_as_a_violation_is_no_defiance_by_the_condemner():
    assert rows("Iraq's foreign ministry condemned the strikes as a violation of U.N. Security "
                "Council resolutions that ban such attacks.", "2024-10-25") == [
        ("ACCUSE", "condemn", ["iraq"], [])]


def test_a_ballistic_missile_launched_at_a_city_is_an_attack_not_a_test():
    assert rows("Ukraine said Russia had launched a ballistic missile at the city of Dnipro.",
                "2024-11-21") == [("ASSAULT", "heavy-weapons", ["russia"], [])]
    assert rows("North Korea launched a ballistic missile into the sea off its east coast.",
                "2024-11-21") == [("MOBILIZE", "weapons", ["north-korea"], [])]
