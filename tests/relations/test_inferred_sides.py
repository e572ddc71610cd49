"""Which events may imply opposition: verbal and posturing hostility (an accusation, a threat,
a build-up) only between sides the article's events put in conflict, and never between an
actor and its own state (real sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text
from factions.pipeline.run import make_document, run_stages
from factions.relations.infer import Sides, event_sentences, governments_of_states


def inferred(analysis: Analysis) -> set[tuple[str, str, str, str]]:
    return {(r.type, r.source, r.target, r.basis) for r in analysis.relations
            if r.basis == "inferred"}


def test_a_third_partys_condemnation_of_the_strikes_is_no_opposition():
    analysis = analyze_text(
        "Turkey struck Syrian government positions across northwest Syria on Friday. NATO "
        "Secretary-General Jens Stoltenberg condemned the indiscriminate air strikes by the "
        "Syrian regime and Russia.", published="2020-02-28")
    assert any(e.type == "ACCUSE" and e.source == ["jens-stoltenberg"] for e in analysis.events)
    assert ("opposes", "turkey", "assad-government", "inferred") in inferred(analysis)
    assert not [r for r in analysis.relations
                if r.type == "opposes" and "jens-stoltenberg" in (r.source, r.target)]


def test_an_insult_between_the_leaders_of_two_warring_forces_is_opposition():
    analysis = analyze_text(
        "Sudan's army launched air strikes on bases of the paramilitary Rapid Support Forces in "
        "Khartoum on Sunday. In a television interview, RSF commander General Mohamed Hamdan "
        "Dagalo called Burhan a criminal.", published="2023-04-16")
    assert ("opposes", "hemedti", "abdel-fattah-al-burhan", "inferred") in inferred(analysis)



def test_a_crowd_opposes_whom_it_accuses_without_a_war_between_them():
    analysis = analyze_text(
        "In Kinshasa, hundreds of protesters on Tuesday attacked the embassies of Rwanda, France, "
        "Belgium and the United States, accusing Western capitals of doing too little to "
        "restrain Kigali.", published="2025-01-28")
    assert ("opposes", "x-rwa-protesters", "x-western-capitals", "inferred") in \
        inferred(analysis)

def test_an_envoy_warning_a_side_is_not_opposed_to_it():
    analysis = analyze_text(
        "The Rapid Support Forces attacked army positions in El Fasher on Friday. US special "
        "envoy for Sudan Tom Perriello warned both sides that attacks on civilians would carry "
        "consequences.", published="2024-06-14")
    assert any(e.type == "THREATEN" and e.source == ["tom-perriello"] for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "opposes"]


def test_criticism_of_an_ally_is_no_opposition():
    analysis = analyze_text(
        "Azerbaijan's army pounded separatist positions in Nagorno-Karabakh last week. "
        "Pashinyan's government has also criticised Russia, Armenia's traditional ally, saying "
        "its peacekeepers did nothing to stop the offensive.", published="2023-09-26")
    assert any(e.type == "ACCUSE" and e.source == ["armenian-government"]
               for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "opposes"]


def test_a_president_condemning_a_bombing_in_his_capital_opposes_the_bombers():
    # The bombing names no target: it is on the state whose capital it hits, which the
    # president holds office in.
    analysis = analyze_text(
        "Al-Shabaab car bombs killed at least 100 people in Mogadishu on Saturday. Visiting the "
        "site on Sunday, President Hassan Sheikh Mohamud described the attack as cruel and "
        "cowardly and said the government would keep fighting until the militants were "
        "defeated.", published="2022-10-31")
    # The government's vow to fight until the militants are defeated makes it the side the
    # bombers fight, so the bombing with no target named is aimed at it too.
    assert inferred(analysis) == {
        ("opposes", "hassan-sheikh-mohamud", "al-shabaab", "inferred"),
        ("opposes", "al-shabaab", "federal-government-of-somalia", "inferred")}


def test_a_bystanders_condemnation_and_a_spokesmans_threat_add_nothing_to_the_strikes():
    analysis = analyze_text(
        "US and British warplanes struck dozens of Houthi military targets across Yemen early on "
        "Friday. Iran condemned Friday's strikes. Hussein al-Ezzi, a Houthi deputy foreign "
        "minister, said the United States and Britain would \"pay a heavy price\".",
        published="2024-01-12")
    # The two strikers act together: allied, and opposed to the Houthis, as states (the
    # article names Britain).
    assert inferred(analysis) == {
        ("opposes", "united-states", "houthis", "inferred"),
        ("opposes", "united-kingdom", "houthis", "inferred"),
        ("allied_with", "united-states", "united-kingdom", "inferred")}


def test_the_backer_of_a_side_condemning_an_attack_on_it_opposes_the_attacker():
    text = ("Israel carried out an air strike on Beirut's southern suburbs on Tuesday evening, "
            "targeting a senior Hezbollah commander. Iran's foreign ministry also denounced the "
            "attack. Hezbollah and Israel have traded fire across the border almost daily since "
            "October, when the Iran-backed group began firing at Israeli positions.")
    assert ("opposes", "iran", "israel", "inferred") in inferred(
        analyze_text(text, published="2024-07-30"))
    # Without the backing the text states, Iran is a bystander.
    bystander = text.replace("the Iran-backed group", "the group")
    assert ("opposes", "iran", "israel", "inferred") not in inferred(
        analyze_text(bystander, published="2024-07-30"))


def test_a_deployment_the_text_asserts_against_a_named_enemy_is_opposition():
    analysis = analyze_text(
        "Ethiopian Prime Minister Abiy Ahmed has ordered federal troops into action against the "
        "Tigray People's Liberation Front (TPLF), accusing it of attacking an army base.",
        published="2020-11-05")
    assert ("opposes", "abiy-ahmed", "tplf", "inferred") in inferred(analysis)


def test_a_state_its_government_and_its_president_are_one_side():
    text = ("Al-Shabaab car bombs killed at least 100 people in Mogadishu on Saturday. Somalia's "
            "government blamed al-Shabaab. President Hassan Sheikh Mohamud visited the site. "
            "Russia fired dozens of missiles at Ukraine, and the Russian army pressed on. RSF "
            "commander Mohamed Hamdan Dagalo said Sudan's army had attacked.")
    state = run_stages(make_document(text, published="2022-10-31"))
    sides = Sides(state, governments_of_states(state), event_sentences(state))
    assert sides.own_side("hassan-sheikh-mohamud", "federal-government-of-somalia")
    assert sides.own_side("somalia", "federal-government-of-somalia")
    assert sides.own_side("russian-armed-forces", "russia")
    # A commander and the army of the state he fights in are two sides; so are two bodies of
    # one state (an army that overthrows its government).
    assert not sides.own_side("hemedti", "sudanese-armed-forces")
    assert not sides.own_side("federal-government-of-somalia", "somali-national-army")


def test_a_strike_on_a_groups_commander_in_a_capital_is_on_the_group_not_the_country():
    analysis = analyze_text(
        "Israel carried out an air strike on Beirut's southern suburbs on Tuesday evening, "
        "targeting a senior Hezbollah commander. Lebanon's government condemned the attack.",
        published="2024-07-30")
    # The strike fell in Lebanon, whose government condemns it: that government opposes
    # Israel; Israel's target is Hezbollah.
    assert inferred(analysis) == {
        ("opposes", "israel", "hezbollah", "inferred"),
        ("opposes", "lebanese-government", "israel", "inferred")}


def test_a_broker_with_no_sides_named_mediates_between_the_two_sides_of_the_war():
    analysis = analyze_text(
        "Russia on Monday pulled out of the Turkish-brokered deal that has allowed Ukraine to "
        "ship grain through the Black Sea. Russia fired missiles at the port of Odesa overnight. "
        "Ukrainian troops have retaken a string of villages in the southern Zaporizhzhia region "
        "from Russian forces.", published="2023-07-17")
    # Stated by "Turkish-brokered"; against a foreign enemy the Ukrainian troops fight for
    # Ukraine, which the article names.
    assert {(r.type, r.source, r.target) for r in analysis.relations
            if r.type == "mediates"} == {
        ("mediates", "turkey", "russia"), ("mediates", "turkey", "ukraine")}


def test_no_main_war_when_two_pairs_fight_as_often():
    analysis = analyze_text(
        "The United Nations brokered the talks. Haftar's forces carried out an air strike on "
        "Tripoli. Government of National Accord forces pushed Haftar's forces back from the "
        "airport. Egypt and Turkey exchanged fire.", published="2019-04-07")
    assert any(e.type == "CONSULT" and e.source == ["united-nations"] for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "mediates"]


def test_soldiers_who_surrender_to_a_force_are_opposed_to_it():
    analysis = analyze_text(
        "Hundreds of Congolese soldiers surrendered to the M23 rebels in Goma and handed over "
        "their weapons.", published="2025-01-28")
    assert inferred(analysis) == {("opposes", "fardc", "m23", "inferred")}


_SUDAN_WAR = ("Sudan's army launched air strikes on bases of the paramilitary Rapid Support "
              "Forces (RSF) in Khartoum. The RSF said it had taken the presidential palace from "
              "the army.")


def test_an_international_organizations_truce_proposal_mediates_between_the_warring_sides():
    analysis = analyze_text(
        "Following a UN proposal, both the army and the RSF said on Sunday that they had agreed "
        "to a three-hour pause. " + _SUDAN_WAR, published="2023-04-16")
    assert {r for r in inferred(analysis) if r[0] == "mediates"} == {
        ("mediates", "united-nations", "rapid-support-forces", "inferred"),
        ("mediates", "united-nations", "sudanese-armed-forces", "inferred")}


def test_an_officials_call_for_a_ceasefire_is_a_statement_not_mediation():
    analysis = analyze_text(
        "UN Secretary-General Antonio Guterres called for an immediate ceasefire. " + _SUDAN_WAR,
        published="2023-04-16")
    assert any(e.type == "REQUEST" and e.mode == "ceasefire" for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "mediates"]


def test_an_organizations_demand_that_a_side_stop_is_not_mediation():
    analysis = analyze_text(
        "UN demands end to RSF siege of El Fasher as hospital shuts and famine looms. "
        + _SUDAN_WAR, published="2024-06-14")
    assert any(e.type == "REQUEST" and e.source == ["united-nations"] for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "mediates"]


def test_sanctions_on_a_country_under_a_junta_are_against_the_junta():
    # The KB's CNSP is named for its council, but its aliases call it Niger's junta: it is the
    # government the country stands for.
    analysis = analyze_text(
        "Niger's junta said it would not bow to pressure. ECOWAS also closed land and air borders "
        "with Niger, suspended commercial and financial transactions with the country and froze "
        "its assets held in regional central banks.", published="2023-08-01")
    assert inferred(analysis) == {("opposes", "ecowas", "niger-cnsp", "inferred")}


def test_capitals_a_mediator_shuttles_between_are_venues_not_opposed_sides():
    analysis = analyze_text(
        "Israeli tanks seized the Rafah crossing. CIA Director William Burns, who has been "
        "shuttling between Doha and Cairo, was expected to join the talks on Tuesday.",
        published="2024-05-07")
    assert any(e.type == "CONSULT" and e.target == ["qatar", "egypt"] for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "opposes"]


def test_a_coup_or_crackdown_aimed_abroad_is_a_misread_target():
    text = ("General Abdourahamane Tiani proclaimed himself head of a transitional council on "
            "Friday. Thousands of supporters of the coup gathered outside the French embassy, "
            "and the junta accused France of planning a military operation.")
    state = run_stages(make_document(text, published="2023-08-01"))
    sides = Sides(state, governments_of_states(state), event_sentences(state))
    coup = next(e for e in state.events if e.type == "COERCE" and e.mode == "coup")
    assert coup.source == ["abdourahamane-tiani"]
    # As completion might aim it: at the side the junta quarrels with.
    coup.target = ["france"]
    assert not sides.may_oppose("abdourahamane-tiani", "france", coup)
    coup.target = ["mohamed-bazoum"]
    assert sides.may_oppose("abdourahamane-tiani", "mohamed-bazoum", coup)


def test_crowds_and_communities_attacked_or_policed_are_no_party_to_the_war():
    # Dispersing demonstrators and killing members of an ethnic community are violence against
    # them, not an opposition between sides; the crowd still opposes what it attacks.
    policed = analyze_text(
        "In Kinshasa, hundreds of protesters attacked the embassy of Rwanda on Tuesday. "
        "Congolese police fired tear gas to disperse the protesters.", published="2025-01-28")
    assert any(e.type == "COERCE" and e.target == ["x-cod-protesters"] for e in policed.events)
    assert {(r.type, r.source, r.target) for r in policed.relations if r.type == "opposes"} == {
        ("opposes", "x-cod-protesters", "rwanda")}
    killed = analyze_text(
        "Human rights groups fear a repeat of the ethnic killings in West Darfur last year, when "
        "the RSF and allied Arab militias were accused of killing thousands of members of the "
        "Masalit community in El Geneina.", published="2024-06-14")
    assert any(e.type == "ASSAULT" and e.target == ["x-masalit-community"]
               for e in killed.events)
    assert not [r for r in killed.relations if r.type == "opposes"]


def test_condolences_are_a_courtesy_not_backing():
    analysis = analyze_text(
        "Turkey struck Syrian government positions across northwest Syria on Friday. NATO "
        "Secretary-General Jens Stoltenberg offered condolences to Turkey.", published="2020-02-28")
    assert any(e.type == "SUPPORT" and e.source == ["jens-stoltenberg"] for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "supports"]


def test_a_patron_striking_beside_the_side_it_backs_is_no_ally_of_it():
    joint = "Syrian and Russian warplanes struck rebel positions in Idlib on Thursday."
    assert inferred(analyze_text(joint, published="2020-02-28")) == {
        ("allied_with", "syrian-arab-army", "russian-armed-forces", "inferred")}
    # The text says elsewhere that Russia backs the Syrian army: the joint strike is that
    # backing, which the stated row says.
    backed = analyze_text(
        "The Syrian army, backed by Russian air power, has been advancing on Idlib since "
        f"December. {joint}", published="2020-02-28")
    assert ("supports", "russia", "syrian-arab-army", "stated") in {
        (r.type, r.source, r.target, r.basis) for r in backed.relations}
    assert not [r for r in backed.relations if r.type == "allied_with"]


def test_aid_a_foreign_state_sends_to_no_one_named_goes_to_the_storys_government():
    text = ("MOGADISHU, Oct 31 - Al-Shabaab car bombs killed at least 100 people in Mogadishu on "
            "Saturday. Al-Shabaab has been fighting Somalia's federal government for more than 15 "
            "years. President Hassan Sheikh Mohamud appealed to friendly countries to send doctors "
            "and medical supplies. Qatar announced humanitarian assistance.")
    analysis = analyze_text(text, published="2022-10-31")
    assert any(e.type == "AID" and e.source == ["qatar"] and not e.target
               for e in analysis.events)
    assert ("supports", "qatar", "federal-government-of-somalia", "inferred") in inferred(
        analysis)
    # Not from a state the government accuses.
    hostile = analyze_text(f"{text} Somalia's federal government accused Qatar of funding the "
                           "militants.", published="2022-10-31")
    assert ("supports", "qatar", "federal-government-of-somalia", "inferred") not in inferred(
        hostile)


def test_weapons_of_a_foreign_force_with_no_recipient_named_back_the_storys_government():
    analysis = analyze_text(
        "TRIPOLI, June 21 - The UN-recognised Government of National Accord (GNA) said on Sunday "
        "that the Libyan National Army had shelled Tripoli. A dramatic reversal of fortunes for "
        "the LNA has been brought about in recent weeks with the help of Turkish drones and air "
        "defence systems.", published="2020-06-21")
    assert ("supports", "turkish-armed-forces", "government-of-national-accord", "inferred") in \
        inferred(analysis)


def test_the_backer_of_one_side_is_no_ally_of_the_other():
    listed = ("Thousands of foreign fighters remain in the country, according to UN estimates, "
              "including Syrians brought in by Turkey and Russian contractors of the Wagner Group "
              "fighting alongside Haftar.")
    assert ("allied_with", "turkey", "khalifa-haftar", "inferred") in inferred(
        analyze_text(listed, published="2020-10-23"))
    # Turkey's forces back the GNA, which fights Haftar's army: a misread source.
    analysis = analyze_text(
        "Front lines have been largely frozen since June, when GNA forces backed by Turkish "
        "drones drove the LNA out of western Libya and halted outside the central city of "
        f"Sirte. {listed}",
        published="2020-10-23")
    assert not [r for r in analysis.relations
                if r.type == "allied_with" and "turkey" in (r.source, r.target)]
    assert ("allied_with", "wagner-group", "khalifa-haftar", "stated") in {
        (r.type, r.source, r.target, r.basis) for r in analysis.relations}


def test_aid_named_as_a_charge_goes_to_no_one():
    analysis = analyze_text(
        "MOGADISHU, Oct 31 - Al-Shabaab car bombs killed at least 100 people in Mogadishu on "
        "Saturday. Al-Shabaab has been fighting Somalia's federal government for more than 15 "
        "years. Al-Shabaab accused Qatar of arming its rivals.", published="2022-10-31")
    assert any(e.type == "AID" and e.source == ["qatar"] and not e.target
               for e in analysis.events)
    assert not [r for r in analysis.relations if r.type == "supports"]


def test_a_state_against_the_other_states_army_adds_nothing_to_the_two_states_and_armies():
    # Without the rule: also "Indian Armed Forces opposes Pakistan" and "Pakistan Armed Forces
    # opposes India", the same war told across the pairs.
    analysis = analyze_text("Indian jets struck targets in Pakistan on Wednesday. Pakistani "
                            "troops shelled Indian positions along the Line of Control. India "
                            "said Pakistan's army had fired first.", published="2025-05-08")
    assert [(r.type, r.source, r.target) for r in analysis.relations] == [
        ("opposes", "india", "pakistan"),
        ("opposes", "pakistan-armed-forces", "indian-armed-forces")]


def test_a_regions_own_government_does_not_stand_for_its_country():
    # The Kurdistan Regional Government governs a region of Iraq beside Baghdad: "Iraq" in an
    # event is Iraq, not the KRG (nor is Ethiopia the Tigray regional government).
    from factions.relations.infer import national_governments

    state = run_stages(make_document(
        "Iran's Revolutionary Guards fired missiles at Kurdish groups in northern Iraq on "
        "Wednesday. Iraq summoned the Iranian ambassador, and the Kurdistan Regional Government "
        "condemned the strikes. Ethiopia accused the Tigray Regional Government of attacking an "
        "army base. The Somali government said Puntland had cut ties with Mogadishu.",
        published="2022-09-28"))
    assert {m.actor_id for m in state.mentions} >= {
        "kurdistan-regional-government", "tigray-regional-government", "government-of-puntland"}
    governments = national_governments(state)
    assert "IRQ" not in governments and "ETH" not in governments
    assert governments.get("SOM") == "federal-government-of-somalia"
