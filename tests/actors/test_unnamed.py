"""Armed groups the text does not name ("gunmen", "bandits"), their victims, and the
descriptions that stand for the article's one named group ("Jihadists", "Islamist militants")."""

from __future__ import annotations

from factions.actors.unnamed import UNNAMED
from factions.pipeline.run import analyze_text, prepare


def _mentions(text: str, actor_id: str) -> list[str]:
    state = prepare(text, published="2024-03-08")
    return [m.text for m in state.mentions if m.actor_id == actor_id]


def test_gunmen_bandits_and_the_kidnappers_are_one_unnamed_group_of_the_story_country():
    text = ("KADUNA, Nigeria, March 8 - Gunmen on motorcycles stormed a school in the town of "
            "Kuriga in Nigeria's Kaduna state on Thursday and abducted more than 280 pupils. "
            "Officials blame armed gangs known locally as bandits. The kidnappers demanded a "
            "ransom.")
    assert _mentions(text, "x-unnamed-armed-group") == [
        "Gunmen", "armed gangs", "bandits", "The kidnappers"]
    analysis = analyze_text(text, published="2024-03-08")
    group = analysis.actor("x-unnamed-armed-group")
    assert group is not None
    assert (group.name, group.type, group.country) == ("Gunmen", "armed_group", "NGA")


def test_the_assailants_after_a_named_group_are_that_group():
    text = ("OUAGADOUGOU, Aug 28 - Fighters from JNIM opened fire on men digging a trench near "
            "Barsalogho in Burkina Faso. The army said troops had repelled the assailants.")
    assert "the assailants" in _mentions(text, "jnim")
    assert _mentions(text, "x-unnamed-armed-group") == []


def test_gunmen_after_a_named_group_are_left_alone():
    text = ("GAZA, May 7 - Hamas fighters fired rockets at Israel. The army said soldiers had "
            "killed around 20 gunmen in the area.")
    assert _mentions(text, "x-unnamed-armed-group") == []


def test_gunmen_opening_a_clause_after_a_named_group_are_a_band_of_their_own():
    text = ("NEW DELHI, May 7 - India said it hit camps of Lashkar-e-Taiba and Jaish-e-Mohammed. "
            "Tensions have soared since April 22, when gunmen opened fire on visitors near "
            "Pahalgam. New Delhi has accused Islamabad of backing the attackers.")
    assert _mentions(text, "x-unnamed-armed-group") == ["gunmen", "the attackers"]


def test_the_group_that_claims_the_attack_is_the_gunmen_named_before():
    text = ("QUETTA, Pakistan, March 12 - Security forces freed passengers from a train seized "
            "by Baloch separatists. Gunmen blew up a section of the track and stormed the "
            "Jaffar Express. The outlawed Baloch Liberation Army (BLA) claimed responsibility. "
            "Some of the attackers wore suicide vests.")
    assert _mentions(text, "x-unnamed-armed-group") == []
    mentions = _mentions(text, "baloch-liberation-army")
    assert "Gunmen" in mentions and "the attackers" in mentions


def test_no_claim_leaves_the_gunmen_unnamed():
    text = ("KABUL, May 2 - Gunmen stormed a hospital in the city. No group claimed "
            "responsibility, but officials blamed the Taliban.")
    assert _mentions(text, "x-unnamed-armed-group") == ["Gunmen"]


def test_the_object_of_a_killing_or_abduction_names_the_victims():
    text = ("KADUNA, Nigeria, March 8 - Gunmen abducted more than 280 pupils on Thursday. "
            "\"They took the children into the bush,\" a resident said. In a separate attack, "
            "gunmen killed at least 23 people in the village of Maidaro.")
    assert _mentions(text, "x-civilian-victims") == [
        "more than 280 pupils", "the children", "at least 23 people"]


def test_people_are_victims_only_when_the_text_says_who_they_were():
    assert _mentions("Islamist militants killed hundreds of people, many of them civilians, in "
                     "Burkina Faso.", "x-civilian-victims") == ["hundreds of people"]
    assert _mentions("Russia fired dozens of missiles at cities across Ukraine, killing at least "
                     "11 people.", "x-civilian-victims") == []


def test_a_headlines_jihadists_are_the_group_the_article_names():
    text = ("Jihadists kill hundreds digging trenches near Burkina Faso town\n\n"
            "OUAGADOUGOU, Aug 28 - Islamist militants linked to al Qaeda killed hundreds of "
            "people near the town of Barsalogho on Saturday. Fighters from the Group for the "
            "Support of Islam and Muslims (JNIM) arrived on motorcycles. JNIM claimed the attack.")
    assert _mentions(text, "jnim")[:2] == ["Jihadists", "Islamist militants"]
    events = analyze_text(text, published="2024-08-28").events
    # "hundreds" alone are people; "hundreds of people" are victims only when the text says
    # who they were
    assert [(e.source, e.target) for e in events if e.type == "ASSAULT"][:2] == [
        (["jnim"], ["x-civilian-victims"]), (["jnim"], [])]


def test_jihadists_or_militants_of_a_story_that_names_no_group_are_the_unnamed_group():
    text = ("OUAGADOUGOU, Aug 28 - Jihadists killed 12 soldiers in an ambush in northern Burkina "
            "Faso, security sources said. The militants fled with weapons and motorbikes.")
    assert _mentions(text, UNNAMED) == ["Jihadists", "The militants"]
    analysis = analyze_text(text, published="2024-08-28")
    assert [(e.type, e.source, e.target) for e in analysis.events][0] == (
        "ASSAULT", [UNNAMED], ["burkina-faso-armed-forces"])
    # A story that names the group anywhere keeps its militants for that group's rules.
    assert _mentions(text + " JNIM later claimed the ambush.", UNNAMED) == []


def test_a_transnational_groups_branch_is_the_local_one():
    text = ("OUAGADOUGOU, Aug 28 - JNIM fighters killed dozens of civilians near Barsalogho in "
            "Burkina Faso. JNIM, al Qaeda's affiliate in the Sahel, and a rival Islamic State "
            "branch control large parts of Burkina Faso.")
    assert _mentions(text, "islamic-state-sahel") == ["Islamic State"]
    assert _mentions(text, "islamic-state") == []


def test_governors_police_and_a_regions_lawmakers_of_a_nigerian_story():
    text = ("KADUNA, Nigeria, March 8 - Kaduna Governor Uba Sani visited Kuriga in Nigeria's "
            "Kaduna state. Police declined to comment. Lawmakers from Kaduna urged the federal "
            "government to deploy more troops.")
    state = prepare(text, published="2024-03-08")
    found = [(m.text, m.actor_id) for m in state.mentions if not m.locative]
    assert ("Uba Sani", "uba-sani") in found  # in the knowledge base since session 28
    assert ("Police", "nigeria-police-force") in found
    assert ("Lawmakers from Kaduna", "x-kaduna-lawmakers") in found


def test_victims_no_attack_was_coded_on_are_no_actor():
    analysis = analyze_text("KHARTOUM, April 16 - The fighting has killed dozens of civilians and "
                            "threatens to tip Sudan into civil war.", published="2023-04-16")
    assert "x-civilian-victims" not in [a.id for a in analysis.actors]
    assert [e.source for e in analysis.events if "x-civilian-victims" in e.source] == []


def test_insurgents_linked_to_a_transnational_group_are_its_branch_in_the_story():
    # "Islamic State-linked insurgents" in a story of Mozambique are the local branch (Ansar
    # al-Sunna, "Islamic State Mozambique"); "the insurgents" and "the fighters" later refer back
    # to it, not to Islamic State, named only as what qualifies them.
    text = ("MAPUTO, Aug 9 - Mozambican troops have recaptured the port town of Mocimboa da "
            "Praia from Islamic State-linked insurgents, the Mozambican army said. He said the "
            "insurgents had fled into the forest. In March, the fighters stormed the town of "
            "Palma.")
    state = prepare(text, published="2021-08-09")
    assert [m.text for m in state.mentions if m.actor_id == "ansar-al-sunna-mozambique"] == [
        "insurgents", "the insurgents", "the fighters"]
    assert [m.text for m in state.mentions if m.actor_id == "islamic-state"] == [
        "Islamic State"]


def test_a_name_the_group_is_known_by_locally_is_that_group_here():
    # "known locally as al-Shabab": not Somalia's al-Shabaab, whose name the KB knows.
    text = ("MAPUTO, Aug 9 - Mozambican troops have recaptured the town from Islamic "
            "State-linked insurgents. The insurgents, known locally as al-Shabab although they "
            "have no known link to the Somali group of that name, took up arms in 2017.")
    state = prepare(text, published="2021-08-09")
    assert [m.text for m in state.mentions if m.actor_id == "ansar-al-sunna-mozambique"] == [
        "insurgents", "The insurgents", "al-Shabab", "they"]
    assert not any(m.actor_id == "al-shabaab" for m in state.mentions)


def test_suspects_arrested_after_an_attack_by_unnamed_gunmen_are_those_gunmen():
    text = ("QUITO, Jan 10 - Hours after masked gunmen stormed a television station in "
            "Guayaquil, police arrested 13 suspects. In Quito, police arrested three suspects.")
    assert _mentions(text, "x-unnamed-armed-group") == ["masked gunmen", "suspects", "suspects"]
    assert _mentions("QUITO, Jan 10 - Police arrested three suspects in Quito.",
                     "x-unnamed-armed-group") == []


def test_separatists_named_by_the_groups_own_word_are_that_group():
    text = ("Pakistan frees hostages held by Baloch separatists\n\nQUETTA, March 12 - Troops "
            "freed passengers from a train seized by separatist militants. The Baloch Liberation "
            "Army (BLA) claimed responsibility. The BLA demanded the release of prisoners.")
    mentions = _mentions(text, "baloch-liberation-army")
    assert "Baloch separatists" in mentions and "separatist militants" in mentions


def test_captives_tourists_and_the_named_dead_of_a_passive_are_the_victims():
    text = ("QUETTA, March 12 - Troops freed more than 150 passengers and the militants were "
            "holding more than 200 people hostage. Gunmen opened fire on visitors near Pahalgam. "
            "Twenty-six people, most of them Hindu tourists, were killed in the attack.")
    assert _mentions(text, "x-civilian-victims") == [
        "more than 150 passengers", "more than 200 people", "visitors", "Twenty-six people"]


def test_a_capitalized_qualifier_opening_the_story_starts_no_named_group():
    analysis = analyze_text("GUAYAQUIL - Masked gunmen stormed a television studio on Tuesday. "
                            "Unidentified gunmen later fled.", published="2024-01-10")
    groups = [(a.id, [m.text for m in a.mentions]) for a in analysis.actors
              if "gunmen" in a.id or a.id == UNNAMED]
    assert groups == [(UNNAMED, ["Masked gunmen", "Unidentified gunmen"])]


def test_people_killed_in_a_village_are_the_victims():
    analysis = analyze_text("KHARTOUM, Oct 26 - RSF fighters killed at least 120 people in a "
                            "village in Gezira state, activists said, after a commander "
                            "defected to the army.", published="2024-10-26")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["rapid-support-forces"], ["x-civilian-victims"])]
    analysis = analyze_text("KINSHASA - ADF rebels killed at least 40 people in an overnight "
                            "attack on a village in North Kivu.", published="2024-06-08")
    assert [(e.type, e.target) for e in analysis.events] == [
        ("ASSAULT", ["x-civilian-victims"])]


def test_counted_assailants_are_new_people_not_the_group_named_before():
    text = ("ANKARA, Oct 24 - The ministry said 32 targets of the Kurdistan Workers' Party (PKK) "
            "had been destroyed. Two assailants, a man and a woman armed with rifles and "
            "explosives, stormed the Turkish Aerospace Industries (TUSAS) complex in "
            "Kahramankazan on Wednesday afternoon. Interior Minister Ali Yerlikaya said the "
            "attackers were members of the PKK.")
    assert _mentions(text, "x-unnamed-armed-group") == ["assailants", "the attackers"]
    assert "assailants" not in _mentions(text, "pkk")


def test_a_description_in_the_words_of_a_groups_kb_descriptor_is_that_group():
    text = ("Turkey strikes Kurdish militants in Iraq and Syria\n\nANKARA, Oct 24 - Turkish "
            "warplanes struck Kurdish militant targets in northern Iraq overnight. The ministry "
            "said 32 targets of the Kurdistan Workers' Party (PKK) had been destroyed and that "
            "a large number of militants had been killed. The PKK has waged an insurgency "
            "since 1984.")
    assert _mentions(text, "pkk") == ["Kurdish militants", "Kurdish militant",
                                      "Kurdistan Workers' Party", "PKK", "militants", "PKK"]


def test_rebels_need_the_words_of_the_groups_own_descriptor():
    text = ("BEIRUT, Dec 10 - Turkey-backed Syrian rebels captured the northern city of Manbij. "
            "Factions of the Syrian National Army (SNA) pushed into the city on Monday. "
            "The SNA launched its offensive in late November.")
    assert _mentions(text, "syrian-national-army")[:2] == ["Syrian rebels", "Syrian National Army"]


def test_a_count_of_a_people_killed_is_the_victims():
    analysis = analyze_text("KYIV - Russian missiles killed 12 Ukrainians in Dnipro on Friday.",
                            published="2024-04-20")
    assert [(e.type, e.target) for e in analysis.events] == [
        ("ASSAULT", ["x-civilian-victims"])]
    assert [m.text for a in analysis.actors if a.id == "x-civilian-victims"
            for m in a.mentions] == ["Ukrainians"]
    # no count, no toll: "killed Afghans who worked for US forces" names no victims' band
    analysis = analyze_text("KABUL - Taliban fighters killed Afghans who worked for US forces.",
                            published="2024-04-20")
    assert "x-civilian-victims" not in [a.id for a in analysis.actors]


def test_civilians_of_a_people_killed_by_strikes_are_the_strikes_target():
    analysis = analyze_text("GAZA - Israeli strikes killed 20 Palestinian civilians.",
                            published="2024-01-05")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["israel"], ["x-civilian-victims"])]
    # a demonym before companies, civilians or journalists is not the state
    # (sanctions aimed at no actor are no event: none aimed at Sudan either)
    analysis = analyze_text("WASHINGTON - The United States imposed sanctions on three Sudanese "
                            "companies.", published="2024-01-05")
    assert not [e for e in analysis.events if "sudan" in e.target]
    assert "sudan" not in {m.actor_id for m in prepare("WASHINGTON - The United States imposed "
                                                       "sanctions on three Sudanese companies."
                                                       ).mentions}


def test_a_person_of_a_given_age_who_opens_with_violence_is_the_unnamed_attacker():
    text = ("BANSKA BYSTRICA, Slovakia, May 16 - A 71-year-old man shot Prime Minister Robert Fico "
            "on Wednesday. The suspect was detained at the scene.")
    assert _mentions(text, UNNAMED) == ["A 71-year-old man", "The suspect"]
    analysis = analyze_text(text, published="2024-05-16")
    assert [(e.type, e.source, e.target) for e in analysis.events if e.type == "ASSAULT"] == [
        ("ASSAULT", [UNNAMED], ["robert-fico"])]


def test_an_aged_person_who_does_no_violence_is_no_attacker():
    text = "A 71-year-old man said he had voted for Fico. The suspect was never found."
    assert _mentions(text, UNNAMED) == []


def test_a_lone_assailant_and_the_shooter_are_one_unnamed_attacker():
    text = ("BRASILIA, Sept 6 - An assailant stabbed Jair Bolsonaro at a rally in Juiz de Fora "
            "on Thursday. Police said the shooter was not involved; the assailant was arrested.")
    assert _mentions(text, UNNAMED) == ["assailant", "the shooter", "the assailant"]
    analysis = analyze_text(text, published="2018-09-06")
    assert [(e.type, e.mode, e.source, e.target) for e in analysis.events
            if e.type == "ASSAULT"] == [("ASSAULT", "physical", [UNNAMED], ["jair-bolsonaro"])]


def test_the_attacker_after_a_named_group_is_one_person_not_the_group():
    text = ("JENIN, July 4 - Islamic Jihad fighters clashed with Israeli troops in Jenin. In Tel "
            "Aviv, the attacker, a Palestinian man, rammed his car into pedestrians.")
    assert _mentions(text, UNNAMED) == ["the attacker"]
