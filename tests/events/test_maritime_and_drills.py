"""Maritime coercion and military drills in East Asia, in the shapes wire copy gives them
(coast guards ramming and boarding boats, drills that simulate a blockade), coded through the
whole pipeline with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-06-18", kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target) for e in events
            if kind is None or e.type == kind]


def test_ramming_and_boarding_navy_boats_is_coercion_of_their_owner():
    assert rows("Chinese coast guard personnel rammed and boarded Philippine navy boats, seizing "
                "rifles and injuring several sailors.", kind="COERCE") == [
        ("COERCE", "repress", ["china-coast-guard"], ["armed-forces-of-the-philippines"]),
        ("COERCE", "seize", ["china-coast-guard"], ["armed-forces-of-the-philippines"])]


def test_a_participle_after_a_verb_first_conjunct_has_the_subject_before_the_and():
    # "Philippine navy" is the object of "boarded", not the subject of "injuring"
    assert rows("Chinese coast guard personnel rammed and boarded Philippine navy boats, seizing "
                "rifles and injuring several sailors.", kind="ASSAULT") == [
        ("ASSAULT", None, ["china-coast-guard"], ["armed-forces-of-the-philippines"])]


def test_surrounding_and_towing_boats_is_coercion_at_sea():
    assert rows("The China Coast Guard surrounded two Philippine navy boats near Second Thomas "
                "Shoal on Monday and towed them away.") == [
        ("COERCE", "repress", ["china-coast-guard"], ["armed-forces-of-the-philippines"])]
    # crews of a force are the force
    assert rows("The Philippine military said crews of the China Coast Guard, armed with knives "
                "and axes, surrounded two Philippine navy boats near Second Thomas Shoal.") == [
        ("COERCE", "repress", ["china-coast-guard"], ["armed-forces-of-the-philippines"])]
    # no vessel, no sea: a surrounded residence is no maritime coercion
    assert [r for r in rows("Troops surrounded the house of the opposition leader.")
            if r[1] == "repress"] == []


def test_summoning_a_states_deputy_ambassador_protests_to_that_state():
    assert rows("Poland summoned China's deputy ambassador.") == [
        ("ACCUSE", "criticize", ["poland"], ["china"])]


def test_a_treaty_ally_is_no_signed_treaty():
    assert rows("Washington said it stood with its treaty ally, the Philippines.",
                kind="AGREE") == []


def test_reaffirmed_commitment_to_partners_including_one_supports_it():
    assert rows("The State Department reaffirmed its commitment to its allies and partners, "
                "including Taiwan.", "2025-04-02", "SUPPORT") == [
        ("SUPPORT", "endorse", ["us-state-department"], ["taiwan"])]


def test_it_opening_a_sentence_is_the_body_the_sentence_before_opened_with():
    found = rows("Taiwan's defence ministry said it had detected Chinese military aircraft "
                 "around the island. It scrambled jets in response.", "2025-04-02", "MOBILIZE")
    assert ("MOBILIZE", "alert", ["republic-of-china-armed-forces"], []) in found


def test_the_owner_of_what_was_hit_in_a_passive_is_the_target():
    # after a report, the passive's subject "no Pakistani military installations" is not the
    # reporter's clause: what was hit is the Pakistani military's
    found = rows("India said its missiles hit militant camps. It said no Pakistani military "
                 "installations were hit by Indian missiles.", "2025-05-07")
    assert [r[3] for r in found] == [[], ["pakistan-armed-forces"]]


def test_illegally_intruded_is_the_speakers_charge():
    assert rows("Chinese foreign ministry spokesman Lin Jian said Philippine navy boats had "
                "illegally intruded into waters near the shoal.") == [
        ("ACCUSE", "allege", ["lin-jian"], ["armed-forces-of-the-philippines"])]


def test_voiced_serious_concern_over_is_a_criticism():
    assert rows("Japan voiced serious concern over the conduct of China.", kind="ACCUSE") == [
        ("ACCUSE", "criticize", ["japan"], ["china"])]


def test_simulated_blockade_and_rehearsed_strikes_are_a_drill_not_an_attack():
    found = rows("The People's Liberation Army said its forces had simulated a blockade of "
                 "Taiwan's main ports and rehearsed precision strikes on energy facilities.",
                 "2025-04-02")
    assert {r[0] for r in found} == {"MOBILIZE"}
    assert ("MOBILIZE", "troops", ["peoples-liberation-army"], ["taiwan"]) in found


def test_a_force_the_watcher_detected_is_deployed():
    assert rows("Taiwan's defence ministry said it had detected 76 Chinese military aircraft "
                "around the island.", "2025-04-02") == [
        ("MOBILIZE", "troops", ["peoples-liberation-army"], [])]


def test_shadowing_rival_vessels_and_patrols_with_a_gap_are_deployments():
    assert rows("Taiwan's coast guard said its cutters had shadowed 10 Chinese coast guard "
                "vessels.", "2025-04-02", "MOBILIZE") == [
        ("MOBILIZE", "alert", ["taiwan-coast-guard-administration"], ["china-coast-guard"])]
    assert rows("China's coast guard said its ships had carried out law enforcement patrols "
                "around Taiwan.", "2025-04-02") == [
        ("MOBILIZE", "troops", ["china-coast-guard"], [])]


def test_calling_a_leader_a_parasite_or_a_state_the_biggest_troublemaker_accuses_them():
    assert rows('China\'s Taiwan Affairs Office called Lai Ching-te a "parasite".',
                "2025-04-02") == [("ACCUSE", "allege", ["taiwan-affairs-office"], ["lai-ching-te"])]
    assert rows("Lai Ching-te said China was the biggest troublemaker in the region.",
                "2025-04-02") == [("ACCUSE", "condemn", ["lai-ching-te"], ["china"])]


def test_a_states_arms_supplier_aids_it():
    assert rows("The United States is Taiwan's most important arms supplier.", "2025-04-02") == [
        ("AID", "weapons", ["united-states"], ["taiwan"])]


def test_an_ability_shared_by_a_coordinated_verb_is_no_event():
    assert rows("The Eastern Theater Command said the drills tested its forces' ability to "
                "control the area, block key shipping lanes and strike key targets.",
                "2025-04-02", "ASSAULT") == []


def test_demonym_and_state_vessels_are_the_state():
    assert rows("Japan and Australia voiced serious concern over the dangerous conduct of "
                "Chinese vessels.", kind="ACCUSE") == [
        ("ACCUSE", "criticize", ["japan", "australia"], ["china"])]


def test_its_after_a_verb_first_conjunct_is_the_sentence_subject():
    # not "China", the last group named: no "Taiwan supports China" from the list of allies,
    # and Taiwan's own warships are no aid to anyone
    analysis = analyze_text(
        "In Washington, the State Department criticised China's aggressive military activities "
        "and rhetoric, and reaffirmed its commitment to its allies and partners, including "
        "Taiwan. Taiwan's defence ministry dispatched warships.", published="2025-04-02")
    assert ("taiwan", "china") not in {(r.source, r.target) for r in analysis.relations}
    assert [e.type for e in analysis.events if e.type == "AID"] == []


def test_in_what_a_state_called_a_stern_warning_to_a_titled_leader():
    found = rows("China's military staged large-scale drills around Taiwan on Wednesday, "
                 "practising strikes on ports in what Beijing called a stern warning to the "
                 "island's president, Lai Ching-te.", "2025-04-02")
    assert ("THREATEN", None, ["china"], ["lai-ching-te"]) in found
    assert {r[0] for r in found} == {"MOBILIZE", "THREATEN"}  # the practised strikes: a drill


def test_a_state_that_protests_complains_officially():
    assert rows("China coast guard rams Philippine boats; Philippines protests",
                kind="ACCUSE") == [("ACCUSE", "criticize", ["philippines"], [])]
    assert [e.cameo for e in analyze_text("China coast guard rams Philippine boats; Philippines "
                                          "protests", published="2024-06-18").events
            if e.type == "ACCUSE"] == ["114"]


def test_allies_and_partners_is_a_standing_relation_not_cooperation():
    assert rows("In Washington, the State Department reaffirmed its commitment to its allies and "
                "partners, including Taiwan.", "2025-04-02", "COOPERATE") == []
    assert rows("Rwanda partnered with Mozambique.", "2021-08-09", "COOPERATE") != []


def test_an_unnamed_treaty_ally_is_the_state_most_named_other_than_the_speakers_foes():
    text = ("China's coast guard rammed Philippine navy boats. Manila summoned China's "
            "ambassador. The Philippines said it would not back down. In Washington, the State "
            "Department condemned China's actions and said the United States stood with its "
            "treaty ally.")
    found = rows(text, kind="SUPPORT")
    assert found == [("SUPPORT", "endorse", ["united-states"], ["philippines"])]
    # the alliance a phrase names is not the ally
    assert rows("Turkey said 33 soldiers were killed in Idlib. The US State Department said "
                "Washington stood by its NATO ally.", "2020-02-28", "SUPPORT") == [
        ("SUPPORT", "endorse", ["united-states"], ["turkey"])]


def test_standing_with_an_unnamed_ally_states_the_alliance():
    analysis = analyze_text("Turkey said 33 soldiers were killed in Idlib. The US State "
                            "Department said Washington stood by its NATO ally.",
                            published="2020-02-28")
    assert {(r.type, r.source, r.target) for r in analysis.relations
            if r.type in ("allied_with", "supports")} == {
        ("allied_with", "united-states", "turkey")}
