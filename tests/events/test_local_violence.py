"""ACLED-style local violence: raids, abductions, ambushes and reprisals as wire copy tells them
("gunmen stormed the village on motorcycles", "bandits abducted more than 280 pupils", "troops
repelled the attack, killing dozens of terrorists")."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline.run import analyze_text


def _events(text: str, published: str = "2024-03-08") -> list[Event]:
    return analyze_text(text, published=published).events


def _coded(text: str, published: str = "2024-03-08") -> list[tuple[object, ...]]:
    return [(e.type, e.mode, e.source, e.target, e.modality) for e in _events(text, published)]


NIGERIA = ("KADUNA, Nigeria, March 8 - Gunmen stormed the village of Kuriga in Nigeria's Kaduna "
           "state. ")


def test_a_dateline_march_is_no_protest_march():
    assert [e.type for e in _events("KADUNA, Nigeria, March 8 - Gunmen abducted more than 280 "
                                    "pupils in Nigeria's Kaduna state on Thursday.")] == ["ASSAULT"]


def test_people_carried_off_by_an_armed_band_are_abducted():
    assert _coded(NIGERIA + "In 2021, gunmen seized 279 schoolgirls from a boarding school in "
                  "the town of Jangebe.")[-1] == (
        "ASSAULT", "abduct", ["x-unnamed-armed-group"], ["x-civilian-victims"], "historical")


def test_stormed_and_abducted_in_one_sentence_is_one_attack_on_the_victims():
    coded = _coded("KADUNA, Nigeria, March 8 - Gunmen on motorcycles stormed a school in the "
                   "town of Kuriga in Nigeria's Kaduna state on Thursday and abducted more than "
                   "280 pupils, residents and local officials said.")
    assert coded == [("ASSAULT", "abduct", ["x-unnamed-armed-group"], ["x-civilian-victims"],
                      "reported")]


def test_an_inverted_said_after_a_quote_reports_it():
    coded = _coded(NIGERIA + "\"They came in large numbers on motorcycles and took the children "
                   "into the bush,\" said Musa Abdullahi, a resident.")
    assert coded[-1] == ("ASSAULT", "abduct", ["x-unnamed-armed-group"], [], "reported")


def test_a_repelled_attack_is_aimed_at_who_made_it():
    events = _events("MAIDUGURI, Nigeria, March 8 - Fighters from Islamic State West Africa "
                     "Province (ISWAP) ambushed a convoy in Borno state. Troops repelled an "
                     "attack by the jihadists on a base in Dikwa on Wednesday, killing dozens of "
                     "terrorists, the army said.")
    repel = [e for e in events if e.rule == "assault.repel-attack"]
    assert [(e.source, e.target, e.date) for e in repel] == [
        (["nigerian-armed-forces"], ["iswap"], "2024-03-06")]
    assert not [e for e in events if e.type == "REJECT"]  # killing terrorists vetoes nothing


def test_a_ransom_demand_is_a_request():
    coded = _coded(NIGERIA + "A relative said the kidnappers had called families and demanded a "
                   "ransom of 1 billion naira.")
    assert ("REQUEST", "release", ["x-unnamed-armed-group"], [], "reported") in coded


def test_forces_deployed_beside_their_own_police_and_vigilantes_cooperate():
    events = _events(NIGERIA + "Troops were deployed alongside police and local vigilantes in "
                     "Nigeria.")
    alongside = [e for e in events if e.rule == "aid.deployed-alongside"]
    assert [(e.type, e.source, e.target) for e in alongside] == [
        ("COOPERATE", ["nigerian-armed-forces"],
         ["nigeria-police-force", "civilian-joint-task-force"])]


def test_an_undated_part_of_an_attack_takes_its_day():
    events = _events("OUAGADOUGOU, Aug 28 - Fighters from JNIM opened fire on men digging a "
                     "trench near the town of Barsalogho in Burkina Faso on Saturday.\n\n"
                     "\"They shot at everyone in the trench,\" one resident said.",
                     published="2024-08-28")
    assert [(e.source, e.date) for e in events] == [
        (["jnim"], "2024-08-24"), (["jnim"], "2024-08-24")]


def test_condemning_saturdays_attack_answers_that_days_attack():
    events = _events("OUAGADOUGOU, Aug 28 - JNIM fighters killed dozens of civilians near "
                     "Barsalogho in Burkina Faso on Saturday. On Monday the army said its troops "
                     "had attacked JNIM positions. The African Union condemned Saturday's "
                     "attack.", published="2024-08-28")
    condemn = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in condemn] == [(["african-union"], ["jnim"])]


def test_a_pluperfect_act_in_a_later_statement_happened_on_the_attacks_day():
    events = _events("OUAGADOUGOU, Aug 28 - JNIM fighters killed dozens of civilians near "
                     "Barsalogho in Burkina Faso on Saturday.\n\nJNIM claimed the attack in a "
                     "statement on Sunday, saying its fighters had killed about 300 soldiers.",
                     published="2024-08-28")
    assert [(e.source, e.date) for e in events if e.type == "ASSAULT"] == [
        (["jnim"], "2024-08-24"), (["jnim"], "2024-08-24")]


def test_a_repelled_attack_with_no_target_was_aimed_at_those_who_repelled_it():
    analysis = analyze_text(
        "MAIDUGURI, Nigeria, March 9 - Fighters from Islamic State West Africa Province (ISWAP) "
        "ambushed a military convoy on Tuesday. Troops repelled an attack by the jihadists on a "
        "base in Dikwa on Wednesday, killing dozens of terrorists, the army said.",
        published="2024-03-09")
    coded = [(e.type, e.source, e.target, e.evidence.trigger) for e in analysis.events]
    assert ("ASSAULT", ["nigerian-armed-forces"], ["iswap"], "repelled") in coded
    assert ("ASSAULT", ["iswap"], ["nigerian-armed-forces"], "attack") in coded


def test_a_weapon_that_killed_with_no_one_named_is_an_attack_on_the_victims():
    assert _coded("A landmine wounded five Thai soldiers on patrol on Wednesday.") == [
        ("ASSAULT", "explosives", [], ["royal-thai-armed-forces"], "asserted")]
    assert _coded("A roadside bomb killed three Nigerian soldiers in Borno state on Monday.") == [
        ("ASSAULT", "explosives", [], ["nigerian-armed-forces"], "asserted")]
    assert _coded("Three Malian soldiers were killed by a landmine on Monday.") == [
        ("ASSAULT", "explosives", [], ["malian-armed-forces"], "asserted")]


def test_a_weapon_names_its_user_when_a_demonym_qualifies_it():
    assert [(e.rule, e.source, e.target) for e in _events(
        "A Russian missile killed five Ukrainian soldiers on Monday.")] == [
        ("assault.weapon-kills", ["russian-armed-forces"],
         ["armed-forces-of-ukraine"])]
    # the noun tells the act; the verb it is subject of adds none
    assert [(e.rule, e.source, e.target) for e in _events(
        "The Indian army said Pakistani shelling killed at least 12 civilians.")] == [
        ("assault.shelling", ["pakistan"], ["x-civilian-victims"])]


def test_a_weapon_word_that_is_not_the_subject_gives_no_sourceless_attack():
    assert _events("A mine collapse killed 20 miners on Monday.") == []
    # "bombing campaign and killed": the verb has its own subject, who named it
    assert [(e.source, e.target) for e in _events(
        "In September Israel launched an intense bombing campaign and killed Hezbollah leader "
        "Hassan Nasrallah in an air strike on Beirut.", "2024-11-27")
        if e.target == ["hassan-nasrallah"]] == [(["israel"], ["hassan-nasrallah"])]
    # a headline's "after ... car bombs kill": the vow's subject did not set off the bombs
    assert [e.type for e in _events("Somalia vows to hunt down al-Shabaab after Mogadishu car "
                                    "bombs kill at least 100", "2022-10-31")] == ["THREATEN"]


def test_a_raid_an_active_verb_was_done_in_is_its_subjects():
    assert [(e.rule, e.source, e.target) for e in _events(
        "Israeli forces rescued four hostages held by Hamas in a raid on the Nuseirat camp on "
        "Saturday.", "2024-06-10") if e.type == "ASSAULT"] == [
        ("assault.hostages-held-by", ["hamas"], ["x-civilian-victims"]),
        ("assault.raid-noun", ["israel-defense-forces"], ["hamas"])]
    # the victims of a passive are no doers of what killed them
    assert _events("Three soldiers were killed in an air strike on Monday.") == []


def test_people_killed_where_an_attack_struck_a_civilian_place_are_its_civilian_victims():
    # the civilian place is what the clause before ", killing ..." struck, far from the doers
    text = ("KANO, June 30 - Militants attacked a market in the village of Kurmin Masara in "
            "Kaduna state on Saturday, killing at least 18 people, police said.")
    assert [(e.type, e.source, e.target) for e in _events(text, "2024-06-30")] == [
        ("ASSAULT", ["x-unnamed-armed-group"], ["x-civilian-victims"])]
