"""Armed-conflict recall in the shapes wire copy gives it (session 24): a toll told after the
attack it counts, with no doer named (of a named side whose foe the story does not show, or of
soldiers and police no actor names); forces ordered to a place; frontiers reinforced; and an
attack whose subject carries a participle of aim ("Rebels seeking to overturn ... attacked"),
which happened although its purpose is only an aim. Coded through the whole pipeline with exact
expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-06-01", kinds: tuple[str, ...] = ("ASSAULT",)
         ) -> list[tuple[str, list[str], list[str], str]]:
    events = analyze_text(text, published=published).events
    return [(e.rule, e.source, e.target, e.modality) for e in events if e.type in kinds]


# ---------------------------------------------------------------- tolls after the attack


def test_a_named_sides_toll_with_no_foe_seen_is_the_attack_just_told():
    # The Pakistani army is not the knowledge base's "Pakistani soldiers" body: completion sees
    # no foe of the dead, so the attack just told by another country's side names the doer.
    assert rows(
        "Taliban forces attacked Pakistani border posts on Saturday. The Pakistani army said its "
        "troops had repulsed the assault. It said 23 Pakistani soldiers had been killed.")[-1] == (
        "assault.kill", ["taliban"], ["pakistan-armed-forces"], "reported")


def test_a_toll_of_soldiers_or_police_no_actor_names_is_the_attack_just_told():
    assert rows("Islamic State fighters ambushed a Syrian army convoy near Palmyra on Friday. Nine "
                "soldiers were killed, a war monitor said.") == [
        ("assault.ambush", ["islamic-state"], ["syrian-arab-army"], "asserted"),
        ("assault.kill", ["islamic-state"], ["syrian-arab-army"], "reported")]
    assert rows("Gunmen from al-Shabaab stormed a police station in Mogadishu on Friday. At least "
                "12 policemen were killed, police said.") == [
        ("assault.storm", ["al-shabaab"], ["somali-police-force"], "asserted"),
        ("assault.kill", ["al-shabaab"], ["somali-police-force"], "reported")]


def test_a_toll_is_no_attack_of_its_own_when_whose_dead_they_were_is_unsaid():
    # after an attack and the riposte to it
    assert rows(
        "Fighters from JNIM attacked an army base in northern Burkina Faso on Sunday. The army "
        "said troops had repelled the assailants. At least 200 people had been killed, the "
        "U.N. said.") == [
        ("assault.attack", ["jnim"], ["burkina-faso"], "asserted"),
        ("assault.push-back", ["burkina-faso-armed-forces"], ["jnim"], "reported")]
    # a running count, an act named after the verb, or the dead told before
    assert rows("RSF fighters shelled El Fasher on Sunday. At least 56 civilians have been killed "
                "in the city since April, the U.N. said.") == [
        ("assault.shell", ["rapid-support-forces"], [], "asserted")]
    assert rows("M23 rebels attacked Congolese army positions near Goma. Twenty soldiers were "
                "killed by a roadside bomb.") == [
        ("assault.attack", ["m23"], ["fardc"], "asserted")]
    assert rows("The Allied Democratic Forces attacked a school in western Uganda on Friday. The "
                "three soldiers were killed on Sunday.") == [
        ("assault.attack", ["allied-democratic-forces"], ["updf"], "asserted")]


# ---------------------------------------------------------------- forces sent somewhere


def test_forces_ordered_to_a_place_are_a_deployment():
    mobilize = ("MOBILIZE", "REQUEST")
    assert rows("President Yoweri Museveni said he had ordered more troops to the border area.",
                kinds=mobilize) == [
        ("mobilize.order-forces-to", ["yoweri-museveni"], [], "reported")]
    assert rows("Abiy ordered thousands of soldiers into Tigray on Wednesday.", kinds=mobilize) == [
        ("mobilize.order-forces-to", ["abiy-ahmed"], [], "asserted")]
    assert rows("Putin ordered additional forces to the front, the Kremlin said.",
                kinds=mobilize) == [
        ("mobilize.order-forces-to", ["vladimir-putin"], [], "reported")]


def test_forces_ordered_to_act_are_no_deployment():
    kinds = ("MOBILIZE", "REQUEST", "RETREAT", "ASSAULT")
    assert rows("Putin ordered troops to withdraw from the border, the Kremlin said.",
                kinds=kinds) == [("retreat.withdraw", ["vladimir-putin"], [], "planned")]
    assert rows("Haftar ordered his troops to march on Tripoli.", kinds=kinds) == [
        ("assault.march-on", ["khalifa-haftar"], [], "planned")]


def test_an_order_to_the_authorities_is_no_request():
    def requests(text: str) -> list[tuple[str, list[str], list[str]]]:
        return [(e.rule, e.source, e.target) for e in analyze_text(
            "BRASILIA, Jan 9 - Rioters stormed Congress in Brazil on Sunday. " + text,
            published="2023-01-09").events if e.type == "REQUEST"]
    assert requests("Lula ordered the authorities to clear all the camps outside military "
                    "barracks.") == []
    assert requests("Lula ordered authorities to clear the camps within 24 hours.") == []
    # a body named as another party is still asked
    assert requests("Lula ordered the Brazilian government to clear the camps.") == [
        ("request.order-to", ["lula-da-silva"], ["x-bra-government"])]


def test_a_reinforced_frontier_is_a_build_up():
    assert rows("Lithuania reinforced its frontier with Belarus on Tuesday.",
                kinds=("MOBILIZE",)) == [("mobilize.reinforce", ["lithuania"], [], "asserted")]
    assert rows("Poland has reinforced its borders with thousands of troops.",
                kinds=("MOBILIZE",)) == [("mobilize.reinforce", ["poland"], [], "asserted")]


# ---------------------------------------------------------------- a subject's aim


def test_an_aim_that_qualifies_the_subject_leaves_the_attack_done():
    assert rows("Rebels seeking to overturn the re-election of President Faustin-Archange "
                "Touadera attacked the outskirts of Bangui on Wednesday.") == [
        ("assault.attack", ["x-caf-rebels"], [], "asserted")]
    assert rows("Fighters from the Arakan Army trying to capture the town shelled army positions "
                "on Tuesday.") == [("assault.shell", ["arakan-army"], [], "asserted")]
    assert rows("M23 rebels hoping to seize Goma advanced on the city.") == [
        ("assault.advance", ["m23"], [], "asserted")]


def test_an_aim_of_the_predicate_is_still_no_event():
    assert rows("Al-Shabaab militants are trying to storm the base.") == []
    assert rows("The rebels have been seeking to seize Goma for months.") == []
    assert rows("M23 rebels want to attack Goma.") == []


# ---------------------------------------------------------------- an attack told by its weapon


def test_a_weapon_that_slams_into_a_place_is_an_attack_by_whose_it_is():
    assert rows("Russian missiles crashed into an apartment block in Dnipro on Saturday.") == [
        ("assault.weapon-slams-into", ["russian-armed-forces"], [], "asserted")]
    assert rows("Two Houthi drones crashed into a residential building in Tel Aviv.") == [
        ("assault.weapon-slams-into", ["houthis"], [], "asserted")]


def test_a_weapon_no_one_is_named_for_is_the_attack_just_told():
    assert rows("Hezbollah fired rockets at northern Israel on Sunday. Rockets slammed into the "
                "town of Kiryat Shmona, the Israeli military said.")[1] == (
        "assault.weapon-slams-into", ["hezbollah"], ["israel"], "reported")
    assert rows("Druze fighters clashed with Bedouin tribes in Sweida. Mortar rounds fell on "
                "several neighbourhoods of the city.")[2] == (
        "assault.weapon-slams-into", ["x-bedouin-tribes"], ["x-druze-fighters"], "asserted")


def test_what_falls_or_crashes_with_no_weapon_or_no_doer_is_no_attack():
    assert rows("The plane crashed into a mountain near Kabul.") == []
    assert rows("The responsibility fell on the government.") == []
    # a weapon with no owner named and no attack told before it
    assert rows("Rockets slammed into the northern Israeli town of Kiryat Shmona on Sunday.") == []
