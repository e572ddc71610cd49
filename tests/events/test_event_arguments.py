"""Who did it and to whom: argument finding on real news phrasing."""

from __future__ import annotations

from functools import partial

from handmade import M, code_handmade

from factions.model import Event
from factions.pipeline import analyze_text

coded = partial(code_handmade, published="2024-06-14")


def found(events: list[Event]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(e.source), tuple(e.target)) for e in events}


RSF = M("Rapid Support Forces", "rapid-support-forces")


def test_whoever_a_demand_that_names_is_its_target():
    events = coded("The UN Security Council has demanded that Sudan's paramilitary Rapid Support "
                   "Forces end their siege of El Fasher.", [
                       M("UN Security Council", "un-security-council"),
                       M("Sudan", "sudan", locative=True), RSF])
    assert ("REQUEST", ("un-security-council",), ("rapid-support-forces",)) in found(events)


def test_a_verb_after_said_and_a_copula_claim_goes_back_to_the_speaker():
    events = coded("US special envoy for Sudan Tom Perriello said the world was watching El Fasher "
                   "and urged both sides to let aid through.", [
                       M("US", "united-states", "alias"), M("Sudan", "sudan", locative=True),
                       M("Tom Perriello", "tom-perriello"),
                       M("El Fasher", "x-el-fasher", locative=True)])
    assert [(e.type, e.source) for e in events] == [("REQUEST", ["tom-perriello"])]


def test_a_verb_after_said_and_a_perfect_claim_keeps_the_claims_subject():
    events = coded("The State Department said Secretary of State Marco Rubio had spoken to Rwandan "
                   "President Paul Kagame and urged an immediate ceasefire.", [
                       M("State Department", "us-department-of-state"),
                       M("Marco Rubio", "marco-rubio"), M("Paul Kagame", "paul-kagame")])
    assert ("REQUEST", ("marco-rubio",), ("paul-kagame",)) in found(events)


def test_a_verb_after_a_comma_and_goes_back_to_the_speaker():
    events = coded("Putin said Russia had struck energy targets with precision weapons, and warned "
                   "that further attacks would be met with a severe response.", [
                       M("Putin", "vladimir-putin", "alias"), M("Russia", "russia")])
    assert ("THREATEN", ("vladimir-putin",), ()) in {
        (t, s, ()) for t, s, _ in found(events)}


def test_a_capital_a_relative_clause_hangs_on_is_its_government():
    events = coded("Moscow, which spent years propping up Assad, condemned the attack.", [
        M("Assad", "bashar-al-assad", "alias")])
    assert ("AID", ("russia",), ("bashar-al-assad",)) in found(events)


def test_a_trigger_that_is_also_a_reporting_verb_keeps_its_subject():
    events = coded("Saudi Crown Prince Mohammed bin Salman told US President Donald Trump in a "
                   "phone call that the kingdom was willing and able to respond.", [
                       M("Saudi", "saudi-arabia", "alias"),
                       M("Mohammed bin Salman", "mohammed-bin-salman"),
                       M("US", "united-states", "alias"), M("Donald Trump", "donald-trump")])
    assert ("CONSULT", ("mohammed-bin-salman",), ("donald-trump",)) in found(events)


def test_signatories_named_after_their_countries_possessive_are_the_people():
    events = coded("The text was signed at the State Department by Congo's Thérèse Kayikwamba "
                   "Wagner and Rwanda's Olivier Nduhungirehe.", [
                       M("State Department", "us-department-of-state"),
                       M("Congo", "dr-congo"), M("Thérèse Kayikwamba Wagner", "t-wagner"),
                       M("Rwanda", "rwanda"), M("Olivier Nduhungirehe", "o-nduhungirehe")])
    assert found(events) == {("AGREE", ("t-wagner",), ("o-nduhungirehe",)),
                             ("AGREE", ("o-nduhungirehe",), ("t-wagner",))}


def test_a_countrys_rival_forces_are_the_two_sides_that_fight_in_the_article():
    events = coded("The LNA shelled GNA positions south of the capital. Libya's two main rival "
                   "military forces signed a permanent ceasefire on Friday.", [
                       M("LNA", "libyan-national-army", "alias"),
                       M("GNA", "government-of-national-accord", "alias"),
                       M("Libya", "libya")])
    sides = ("libyan-national-army", "government-of-national-accord")
    signed = [e for e in events if e.type == "AGREE"]
    assert len(signed) == 1 and sorted(signed[0].source) == sorted(sides)


def test_an_object_standing_in_the_triggers_gap_is_the_target():
    events = coded("Turkey pressed the GNA for a ceasefire.", [
        M("Turkey", "turkey"), M("GNA", "government-of-national-accord", "alias")])
    assert found(events) == {("REQUEST", ("turkey",), ("government-of-national-accord",))}


def test_a_second_addressee_after_the_first_ones_infinitive_is_a_target_too():
    events = coded("U.N. Secretary-General António Guterres called on Rwanda to withdraw its "
                   "forces from Congolese territory and on M23 to halt its advance.", [
                       M("António Guterres", "antonio-guterres"), M("Rwanda", "rwanda"),
                       M("M23", "m23")])
    assert found(events) == {("REQUEST", ("antonio-guterres",), ("rwanda", "m23"))}


def test_a_second_addressee_needs_its_own_infinitive():
    events = coded("The European Union urged Moscow to halt its attacks on the port and Ukraine "
                   "said it would keep shipping grain.", [
                       M("European Union", "european-union"), M("Moscow", "russia", "alias"),
                       M("Ukraine", "ukraine")])
    assert ("REQUEST", ("european-union",), ("russia",)) in found(events)


def test_a_second_addressee_without_a_preposition():
    events = coded("Turkish President Tayyip Erdogan urged Russia to return to the grain deal and "
                   "Ukraine to keep its ports open.", [
                       M("Tayyip Erdogan", "tayyip-erdogan"), M("Russia", "russia"),
                       M("Ukraine", "ukraine")])
    assert ("REQUEST", ("tayyip-erdogan",), ("russia", "ukraine")) in found(events)


def test_a_demonym_heading_an_answers_object_is_its_target():
    events = coded("U.N. Secretary-General Antonio Guterres deeply regretted the Russian "
                   "decision.", [M("Antonio Guterres", "antonio-guterres")])
    assert ("ACCUSE", ("antonio-guterres",), ("russia",)) in found(events)


def test_a_statement_after_talks_is_addressed_to_whom_the_speaker_spoke():
    events = coded("The White House said President Joe Biden had spoken with Benjamin Netanyahu "
                   "on Monday and restated his concerns about a ground offensive.", [
                       M("White House", "white-house"), M("Joe Biden", "joe-biden"),
                       M("Benjamin Netanyahu", "benjamin-netanyahu")])
    assert ("ACCUSE", ("joe-biden",), ("benjamin-netanyahu",)) in found(events)


def test_a_statement_in_its_own_sentence_keeps_no_addressee():
    events = coded("Marco Rubio met Paul Kagame in Kigali. He later urged an immediate "
                   "ceasefire.", [M("Marco Rubio", "marco-rubio"), M("Paul Kagame", "paul-kagame")])
    assert all(e.target == [] for e in events if e.type == "REQUEST")


def test_a_by_agent_hyphenated_to_a_participle_only_qualifies_the_next_actor():
    events = coded("The remarks were condemned on Sunday by the UN-recognised Government of "
                   "National Accord (GNA), which said they amounted to hostile interference.", [
                       M("UN", "united-nations", "alias"),
                       M("Government of National Accord", "government-of-national-accord"),
                       M("GNA", "government-of-national-accord", "alias")])
    assert found(events) == {("ACCUSE", ("government-of-national-accord",), ())}


def test_a_by_agent_title_in_apposition_is_the_person_named_after_it():
    events = coded("An immediate truce and a return to talks were urged by the acting UN envoy, "
                   "Stephanie Williams, who warned that foreign interference risked turning the "
                   "country into a regional battlefield.", [
                       M("UN", "united-nations", "alias"),
                       M("Stephanie Williams", "stephanie-williams")])
    assert found(events) == {("REQUEST", ("stephanie-williams",), ())}


def test_by_agents_with_a_repeated_preposition_after_an_article_are_one_list():
    events = coded("A ceasefire initiative unveiled by Sisi in Cairo was rejected by the GNA and "
                   "by Turkey, whose officials said it was designed to rescue Haftar.", [
                       M("Sisi", "abdel-fattah-al-sisi", "alias"),
                       M("GNA", "government-of-national-accord", "alias"), M("Turkey", "turkey"),
                       M("Haftar", "khalifa-haftar", "alias")])
    assert ("REJECT", ("government-of-national-accord", "turkey"),
            ("abdel-fattah-al-sisi",)) in found(events)


def test_the_main_clause_after_a_whose_clause_goes_back_to_its_antecedent():
    events = coded("Russia, whose air force rescued Assad in 2015, launched some strikes around "
                   "Hama but did not intervene at scale.", [
                       M("Russia", "russia"), M("Assad", "bashar-al-assad", "alias")])
    # the whose-clause's own act is Russia's aid to Assad (aid.rescue)
    assert found(events) == {("ASSAULT", ("russia",), ()),
                             ("AID", ("russia",), ("bashar-al-assad",))}


def test_a_verb_after_a_comma_and_goes_past_a_that_clause_back_to_the_speaker():
    events = coded("Debretsion Gebremichael, the region's president and the party's chairman, "
                   "told reporters in Mekelle that troops of the Northern Command had chosen to "
                   "side with the people of Tigray, and accused Abiy of preparing an invasion of "
                   "the region for weeks.", [
                       M("Debretsion Gebremichael", "debretsion-gebremichael"),
                       M("the party", "tplf", "descriptor"),
                       M("Abiy", "abiy-ahmed", "alias")])
    assert ("ACCUSE", ("debretsion-gebremichael",), ("abiy-ahmed",)) in found(events)


def test_a_verb_after_a_comma_and_goes_past_a_coordinated_claim_back_to_the_speaker():
    events = coded("UN envoy Martin Griffiths said the attack was \"extremely worrying\" and "
                   "risked dragging Yemen into a regional conflagration, and urged all parties to "
                   "show restraint.", [
                       M("UN", "united-nations", "alias"),
                       M("Martin Griffiths", "martin-griffiths")])
    assert found(events) == {("REQUEST", ("martin-griffiths",), ())}


def test_they_in_a_claim_is_every_speaker_of_the_list():
    events = coded("Following a UN proposal, both the army and the RSF said on Sunday that they "
                   "had agreed to a three-hour pause to allow humanitarian evacuations.", [
                       M("UN", "united-nations", "alias"),
                       M("the army", "sudanese-armed-forces", "descriptor"),
                       M("RSF", "rapid-support-forces", "alias"),
                       M("they", "rapid-support-forces", "pronoun")])
    assert ("RETREAT", ("sudanese-armed-forces",), ("rapid-support-forces",)) in found(events)
    assert ("RETREAT", ("rapid-support-forces",), ("sudanese-armed-forces",)) in found(events)


def test_a_participle_aside_neither_cuts_the_clause_nor_gives_its_subject():
    events = coded("The Syrian army, backed by Russian air power and Iranian-backed militias, has "
                   "been advancing since December on Idlib, the last big stronghold of the rebels "
                   "who rose up against Assad.", [
                       M("The Syrian army", "syrian-arab-army", "descriptor"),
                       M("Iranian-backed militias", "x-iranian-backed-militias", "agent"),
                       M("Assad", "bashar-al-assad", "alias")])
    assert found(events) == {
        ("ASSAULT", ("syrian-arab-army",), ()),
        ("AID", ("russia", "x-iranian-backed-militias"), ("syrian-arab-army",))}


def test_rebels_led_by_a_named_group_are_that_group():
    events = coded("Syrian rebels led by the Islamist group Hayat Tahrir al-Sham (HTS) swept into "
                   "Damascus before dawn on Sunday.", [
                       M("Syrian rebels", "x-syr-rebels", "agent"),
                       M("Hayat Tahrir al-Sham", "hayat-tahrir-al-sham"),
                       M("HTS", "hayat-tahrir-al-sham", "alias")])
    assert found(events) == {("ASSAULT", ("hayat-tahrir-al-sham",), ())}


def test_mercenaries_linked_to_a_company_are_the_company_not_their_nationality():
    events = coded("On the other side, Russian mercenaries linked to the Wagner Group reached the "
                   "front lines south of Tripoli in the autumn, Western officials say.", [
                       M("Russian mercenaries", "russia", "agent"),
                       M("Wagner Group", "wagner-group")])
    assert found(events) == {("MOBILIZE", ("wagner-group",), ())}


def test_whoever_helps_in_the_triggers_clause_acts_with_its_source():
    events = coded("The negotiations were led by former Nigerian President Olusegun Obasanjo, the "
                   "AU's high representative for the Horn of Africa, with the help of former "
                   "Kenyan President Uhuru Kenyatta and former South African deputy president "
                   "Phumzile Mlambo-Ngcuka.", [
                       M("Olusegun Obasanjo", "olusegun-obasanjo"),
                       M("AU", "african-union", "alias"), M("Uhuru Kenyatta", "uhuru-kenyatta"),
                       M("Phumzile Mlambo-Ngcuka", "phumzile-mlambo-ngcuka")])
    assert found(events) == {("CONSULT", ("olusegun-obasanjo", "uhuru-kenyatta",
                                          "phumzile-mlambo-ngcuka"), ())}


def test_in_a_fight_the_backers_named_after_the_subject_fight_with_it():
    events = coded("Since August, government forces backed by clan militias have pushed "
                   "al-Shabaab out of dozens of villages.", [
                       M("government forces", "somali-national-army", "agent"),
                       M("clan militias", "x-clan-militias", "agent"),
                       M("al-Shabaab", "al-shabaab")])
    assert found(events) == {
        ("ASSAULT", ("somali-national-army", "x-clan-militias"), ("al-shabaab",)),
        ("AID", ("x-clan-militias",), ("somali-national-army",))}


def test_a_countrys_office_with_no_name_after_it_is_its_holder():
    events = coded("Egypt's president met Haftar in Cairo on Sunday.", [
        M("Egypt", "egypt"), M("Haftar", "khalifa-haftar", "alias")])
    assert found(events) == {("CONSULT", ("abdel-fattah-al-sisi",), ("khalifa-haftar",))}


def test_a_countrys_office_before_a_name_leaves_the_name_to_say_who():
    events = coded("Egypt's president Abdel Fattah al-Sisi met Haftar in Cairo on Sunday.", [
        M("Egypt", "egypt"), M("Abdel Fattah al-Sisi", "abdel-fattah-al-sisi"),
        M("Haftar", "khalifa-haftar", "alias")])
    assert found(events) == {("CONSULT", ("abdel-fattah-al-sisi",), ("khalifa-haftar",))}


def test_a_reporter_title_in_apposition_is_the_person_named_after_it():
    events = coded("Their military spokesman, Yahya Saree, said 73 strikes had killed five of the "
                   "group's fighters and wounded six, and that the attack \"will not go unanswered "
                   "or unpunished\".", [
                       M("Their military", "houthis", "agent", sector="military"),
                       M("Yahya Saree", "yahya-saree")])
    assert found(events) == {("THREATEN", ("yahya-saree",), ())}


def test_the_antecedent_of_which_they_accuse_is_the_accused():
    # "which" is the object of "accuse": the pronoun after it is who accuses.
    events = coded("Western governments say such fighters belong to the Wagner Group, which they "
                   "accuse of deploying hundreds of men to Mali.", [
                       M("Western governments", "x-western-governments"),
                       M("Wagner Group", "wagner-group"),
                       M("they", "x-western-governments", "pronoun"),
                       M("Mali", "mali", locative=True)])
    assert ("ACCUSE", ("x-western-governments",), ("wagner-group",)) in found(events)
    assert not any(e.type == "ACCUSE" and e.source == ["wagner-group"] for e in events)


def test_a_commander_a_state_blames_is_the_accused():
    events = coded("Israel strikes Beirut suburb, targeting Hezbollah commander it blames for "
                   "Golan attack", [
                       M("Israel", "israel"), M("Beirut", "x-beirut", locative=True),
                       M("Hezbollah", "hezbollah"), M("it", "israel", "pronoun")])
    assert ("ACCUSE", ("israel",), ("hezbollah",)) in found(events)


def test_the_agent_of_a_passive_verb_after_an_accusation_noun_is_not_the_accuser():
    # Russian lawmakers dismissed the allegation; they did not make it.
    events = coded("US Africa Command accused Moscow of trying to tip the balance in Haftar's "
                   "favour. The allegation was dismissed by Russian lawmakers.", [
                       M("US Africa Command", "africom"), M("Moscow", "russia", "alias"),
                       M("Haftar", "khalifa-haftar"), M("Russian lawmakers", "state-duma")])
    assert ("ACCUSE", ("africom",), ("russia",)) in found(events)
    assert ("REJECT", ("state-duma",), ("africom",)) in found(events)
    assert not any(e.type == "ACCUSE" and e.source == ["state-duma"] for e in events)


def test_an_object_relatives_antecedent_is_the_target_past_an_aside():
    from factions.pipeline import analyze_text
    events = analyze_text("The strongest faction in the province is Hayat Tahrir al-Sham, "
                          "formerly linked to al Qaeda, which Moscow and Damascus say they are "
                          "fighting.").events
    assert ("ASSAULT", ("russia", "syria"), ("hayat-tahrir-al-sham",)) in found(events)


def test_the_subject_of_which_they_accuse_is_the_main_subject_and_the_antecedent_the_target():
    from factions.pipeline import analyze_text
    events = analyze_text("Western governments say the fighters belong to the Wagner Group, a "
                          "Russian private military company with close ties to the Kremlin, "
                          "which they accuse of deploying hundreds of men to Mali.").events
    assert ("ACCUSE", ("x-western-governments",), ("wagner-group",)) in found(events)


def test_a_contact_relatives_head_is_the_target():
    from factions.pipeline import analyze_text
    events = analyze_text("Israel bombed a village in the south, killing a Hamas commander it "
                          "accuses of planning the raid.").events
    assert ("ACCUSE", ("israel",), ("hamas",)) in found(events)


def test_it_right_after_the_verb_and_before_a_preposition_is_the_object():
    events = coded("Abiy has ordered federal troops into action against the TPLF, accusing it of "
                   "attacking an army base.", [
                       M("Abiy", "abiy-ahmed", "alias"), M("TPLF", "tplf", "alias"),
                       M("it", "tplf", "pronoun")])
    assert ("ACCUSE", ("abiy-ahmed",), ("tplf",)) in found(events)


def test_it_before_a_modal_stays_the_subject_of_the_claim():
    events = coded("Egypt warned it would intervene in Libya.", [
        M("Egypt", "egypt"), M("it", "egypt", "pronoun"), M("Libya", "libya", locative=True)])
    assert all(e.target == [] for e in events if e.type == "THREATEN")


def test_the_guests_invited_to_a_summit_are_its_targets():
    events = coded("Kenyan President William Ruto said he would host an emergency summit of the "
                   "bloc's leaders on Wednesday, and that both Kagame and Congolese President "
                   "Felix Tshisekedi had been invited.", [
                       M("Kenyan", "kenya", "demonym"), M("William Ruto", "william-ruto"),
                       M("he", "william-ruto", "pronoun"), M("Kagame", "paul-kagame", "alias"),
                       M("Felix Tshisekedi", "felix-tshisekedi")])
    assert ("CONSULT", ("william-ruto",), ("paul-kagame", "felix-tshisekedi")) in found(events)


def test_talks_held_at_a_states_request_are_with_that_state():
    events = coded("At Turkey's request, NATO ambassadors held emergency consultations in "
                   "Brussels.", [M("Turkey", "turkey"), M("NATO", "nato")])
    assert ("CONSULT", ("nato",), ("turkey",)) in found(events)


def test_a_rejected_plan_is_aimed_at_whoever_unveiled_it():
    events = coded("A ceasefire initiative unveiled by Sisi in Cairo on June 6, with Haftar at "
                   "his side, was rejected by the GNA and by Turkey.", [
                       M("Sisi", "abdel-fattah-al-sisi", "alias"),
                       M("Haftar", "khalifa-haftar", "alias"),
                       M("his", "abdel-fattah-al-sisi", "pronoun"),
                       M("GNA", "government-of-national-accord", "alias"), M("Turkey", "turkey")])
    assert ("REJECT", ("government-of-national-accord", "turkey"),
            ("abdel-fattah-al-sisi",)) in found(events)


def test_them_after_a_list_is_the_whole_list():
    events = coded("Stoltenberg condemned the air strikes by the Syrian regime and Russia, called "
                   "on them to halt the offensive.", [
                       M("Stoltenberg", "jens-stoltenberg", "alias"),
                       M("Syrian regime", "assad-government", "alias"), M("Russia", "russia"),
                       M("them", "russia", "pronoun")])
    assert ("REQUEST", ("jens-stoltenberg",), ("assad-government", "russia")) in found(events)


def test_a_bracketed_short_name_does_not_cut_a_list_of_signatories():
    events = coded("The agreement was signed by military delegations from the Government of "
                   "National Accord (GNA) and Haftar's Libyan National Army (LNA).", [
                       M("Government of National Accord", "government-of-national-accord"),
                       M("GNA", "government-of-national-accord", "alias"),
                       M("Haftar", "khalifa-haftar", "alias"),
                       M("Libyan National Army", "libyan-national-army"),
                       M("LNA", "libyan-national-army", "alias")])
    assert {("AGREE", ("government-of-national-accord",), ("libyan-national-army",)),
            ("AGREE", ("libyan-national-army",), ("government-of-national-accord",))} <= \
        found(events)


def test_a_possessive_determiner_in_a_warnings_content_is_no_addressee():
    # The whole pipeline: the spokesman's movement (read from the apposition) sent the drones,
    # so the warning answers no attack on it, and "its" is no addressee: a warning that names
    # no one warned is no threat at all.
    text = ("Yahya Saree, a military spokesman for the Houthis, said the group had sent ten "
            "drones against the sites, and warned that its targets in Saudi Arabia would keep "
            "widening.")
    events = analyze_text(text, published="2024-06-14").events
    assert found(events) == {("ASSAULT", ("houthis",), ())}


def test_an_unresolved_them_is_the_group_named_before_it():
    events = coded("A group of demonstrators tried to break into the compound before security "
                   "forces dispersed them with tear gas.", [
                       M("A group of demonstrators", "x-ner-protesters", "agent"),
                       M("security forces", "x-ner-police", "agent")])
    assert ("COERCE", ("x-ner-police",), ("x-ner-protesters",)) in found(events)


def test_a_clash_takes_its_sides_from_a_between_past_a_place_and_a_day():
    analysis = analyze_text("KHARTOUM, April 15 - Heavy fighting broke out in Sudan's capital on "
                            "Saturday between the army and the paramilitary Rapid Support Forces "
                            "(RSF), witnesses said.", published="2023-04-15")
    assert sorted((e.type, e.source[0], e.target[0]) for e in analysis.events) == [
        ("ASSAULT", "rapid-support-forces", "sudanese-armed-forces"),
        ("ASSAULT", "sudanese-armed-forces", "rapid-support-forces")]
    # a "between" after a border joins places, not sides
    analysis = analyze_text("KHARTOUM - Fighting raged on Saturday in the area near the border "
                            "between Sudan and Chad.", published="2023-04-15")
    assert [(e.source, e.target) for e in analysis.events] == []


def test_a_trigger_whose_gap_holds_its_object_is_no_reduced_passive():
    analysis = analyze_text("YANGON - Myanmar's junta extended a state of emergency by six months "
                            "on Wednesday.", published="2024-01-31")
    assert [(e.type, e.mode, e.source) for e in analysis.events] == [
        ("COERCE", "emergency", ["state-administration-council"])]


def test_a_by_aside_runs_through_its_agents_apposition_and_second_agent():
    # ", led by X, the governor of ..., and Y,": the leaders qualify the movements, whose
    # pronoun ("their") then tells who fights alongside the army
    events = analyze_text(
        "The army and allied armed movements from Darfur, known as the Joint Forces, are "
        "defending the city. The two main movements, led by Minni Minawi, the governor of the "
        "Darfur region, and Finance Minister Jibril Ibrahim, abandoned their neutrality earlier "
        "this year and now fight alongside the military.", published="2024-06-14").events
    assert [(e.type, e.source, e.target) for e in events if e.type == "COOPERATE"] == [
        ("COOPERATE", ["x-joint-forces"], ["sudanese-armed-forces"])]


def test_a_by_aside_stops_before_a_stretch_that_says_something():
    from factions.events.sentence import participle_asides
    words = "the syrian army , backed by russian air power , the monitor said , has advanced ."
    assert participle_asides(words.split(), 0, len(words.split())) == [(3, 10)]


def test_a_participle_right_after_its_object_is_the_objects_act():
    def rows(text: str) -> list[tuple[str, str, list[str]]]:
        return [(e.type, e.rule, e.source)
                for e in analyze_text(text, published="2024-01-04").events]

    # the protesters call for civilian rule, not the police who fired at them
    assert rows("KHARTOUM, Jan 3 - Sudanese police fired tear gas at protesters calling for "
                "civilian rule.") == [
        ("COERCE", "coerce.tear-gas", ["sudan-police-force"]),
        ("REQUEST", "request.call-for", ["x-sdn-protesters"])]
    # people who are no party and a sheltering place give the participle no actor
    assert rows("RSF fighters attacked civilians fleeing the town.") == [
        ("ASSAULT", "assault.attack", ["rapid-support-forces"])]
    # (the people killed where a school was struck are its civilian victims: the killing,
    # aimed at them, tells the strike)
    assert rows("Israeli jets struck a school sheltering displaced families, killing 30 "
                "people.") == [("ASSAULT", "assault.kill", ["israel-defense-forces"])]
    # what a picture shows stays the controller's reading
    assert rows("Photographs released by the Chadian presidency showed him meeting Tiani.") == [
        ("CONSULT", "consult.meet", ["chad"])]


def test_an_aside_agent_is_no_subject_for_a_clause_that_opens_on_its_own_noun():
    events = analyze_text("The talks, mediated by Qatar and Egypt, stalled over the demand.",
                          published="2024-05-01").events
    assert [(e.type, e.rule, e.source) for e in events] == [
        ("CONSULT", "consult.brokered-by", ["qatar", "egypt"])]


def test_a_two_word_demonym_before_a_noun_stands_for_its_country():
    # "North Korean" is one demonym of two words: the sanctioned people are North Korea's.
    events = analyze_text(
        "North Korea test-fired a new missile on Thursday. Seoul imposed sanctions on Friday on "
        "11 North Korean individuals and four entities involved in procuring funds for the "
        "missile programme.", published="2024-11-01").events
    assert [(e.type, e.mode, e.source, e.target) for e in events if e.type == "SANCTION"] == [
        ("SANCTION", "sanctions", ["south-korea"], ["north-korea"])]


def _sources(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in analyze_text(text, published="2024-08-26").events
            if e.type == kind]


def test_an_official_who_says_what_his_own_state_will_do_speaks_for_it_too():
    # The stance is the state's and the speaker's: either may be the one annotated.
    assert _sources("President Joe Biden said the United States would hunt down those "
                    "responsible.", "THREATEN") == [(["united-states", "joe-biden"], [])]
    assert _sources("Ecuadorean President Daniel Noboa said his government backed the "
                    "operations.", "SUPPORT") == [(["ecuadorian-government", "daniel-noboa"], [])]
    assert _sources("White House spokesman John Kirby said Washington supported the mission "
                    "and urged Moscow to grant access.", "REQUEST") == [
        (["united-states", "john-kirby"], ["russia"])]
    assert _sources("German Chancellor Olaf Scholz said Germany would keep supporting Ukraine.",
                    "SUPPORT") == [(["germany", "olaf-scholz"], ["ukraine"])]
    assert _sources("French President Emmanuel Macron said France condemned the Russian strikes "
                    "on Kyiv.", "ACCUSE") == [(["france", "emmanuel-macron"], ["russia"])]


def test_a_speaker_is_no_source_of_what_another_state_or_an_office_does():
    # another state's act is a claim about it; an office is no person speaking for the state
    assert _sources("Russian Foreign Minister Sergei Lavrov said Washington had threatened Iran.",
                    "THREATEN") == [(["united-states"], ["iran"])]
    assert _sources("Ukrainian President Volodymyr Zelensky said Moscow was testing how far it "
                    "could go.", "ACCUSE") == [(["volodymyr-zelensky"], ["russia"])]
    assert _sources("The State Department said Washington stood by its NATO ally Turkey.",
                    "SUPPORT") == [(["united-states"], ["turkey"])]


def test_a_title_with_of_between_the_state_and_the_speaker_names_the_speaker():
    # "and said" goes back to the speaker, not to the state named first in the title
    assert _sources("U.S. Secretary of State Antony Blinken condemned the killing and said "
                    "Washington stood ready to assist Ecuador.", "SUPPORT") == [
        (["antony-blinken"], ["ecuador"])]


def test_the_alignment_of_a_state_and_its_speaker_is_the_states_alone():
    relations = analyze_text("German Chancellor Olaf Scholz said Germany would keep supporting "
                             "Ukraine.", published="2024-08-26").relations
    assert [(r.type, r.source, r.target) for r in relations] == [
        ("supports", "germany", "ukraine")]


def test_a_companion_of_the_subjects_kind_acts_with_it():
    # "together with", "alongside", "along with", "in concert with", "in tandem with": before
    # the verb, after it, after its object, in a relative clause
    assert _sources("Saudi Arabia welcomed the move and, together with the United Arab Emirates, "
                    "pledged $3 billion to support Yemen's economy.", "AID") == [
        (["saudi-arabia", "united-arab-emirates"], [])]
    assert _sources("Russia, which props up President Bashar al-Assad's government alongside "
                    "Iran, requested an emergency session of the U.N. Security Council.",
                    "AID") == [(["russia", "iran"], ["x-syr-government"])]
    assert _sources("Qatar, which has been mediating between Israel and Hamas together with Egypt "
                    "and the United States, said the killing was a dangerous escalation.",
                    "CONSULT") == [(["qatar", "egypt", "united-states"], ["israel", "hamas"])]
    assert _sources("France pledged 50 million euros to Lebanon along with Germany.", "AID") == [
        (["france", "germany"], ["lebanon"])]
    assert _sources("Egypt, in concert with Qatar, mediated talks between Israel and Hamas.",
                    "CONSULT") == [(["egypt", "qatar"], ["israel", "hamas"])]
    assert _sources("The United States imposed sanctions on Iran's oil sector in tandem with "
                    "Britain.", "SANCTION") == [(["united-states", "united-kingdom"], ["iran"])]


def test_a_companion_of_another_kind_or_inside_the_trigger_is_no_source():
    # people killed or held with the target are more of the target; "fought alongside" names
    # whom the source fights with
    assert _sources("Israel killed Hamas commander Saleh al-Arouri along with two aides in "
                    "Beirut.", "ASSAULT") == [(["israel"], ["saleh-al-arouri"])]
    assert _sources("Wagner fighters fought alongside Malian troops.", "COOPERATE") == [
        (["wagner-group"], ["malian-armed-forces"])]
    assert _sources("The army deployed soldiers in Quito alongside police.", "MOBILIZE") == [
        (["ecuadorian-armed-forces"], [])]


def test_the_apposition_after_an_owners_noun_names_the_subject():
    # not the owner, nor a force read off the title ("military ruler")
    assert _sources("Mali's partners in the Alliance of Sahel States, Burkina Faso and Niger, "
                    "condemned the attack.", "ACCUSE") == [(["burkina-faso", "niger"], [])]
    assert _sources("Niger's military ruler, General Abdourahamane Tiani, accused France of "
                    "training militants.", "ACCUSE") == [(["abdourahamane-tiani"], ["france"])]
    assert _sources("Iran's main regional proxy, Hezbollah, threatened Israel with retaliation.",
                    "THREATEN") == [(["hezbollah"], ["israel"])]
    assert _sources("Sudan's military leader, General Abdel Fattah al-Burhan, rejected the "
                    "proposal.", "REJECT") == [(["abdel-fattah-al-burhan"], [])]


def test_a_bodys_official_in_apposition_or_a_report_aside_leaves_the_subject():
    # the official speaks for the body; ", Hamas said," is an aside, no apposition
    assert _sources("The State Department's top diplomat for Africa, Molly Phee, condemned the "
                    "coup.", "ACCUSE") == [(["us-state-department"], [])]
    assert _sources("Israel's offensive, Hamas said, had killed thousands.", "ASSAULT") == [
        (["israel"], [])]


def test_a_group_owned_by_a_country_speaks_for_itself():
    # as the subject of an act already reads it ("Lebanon's Hezbollah fired rockets")
    assert _sources("Lebanon's Hezbollah, the most powerful of Iran's allies in the region, said "
                    "the attack would not go unpunished.", "THREATEN") == [(["hezbollah"], [])]
    assert _sources("Yemen's Houthis said the strikes would not go unanswered.", "THREATEN") == [
        (["houthis"], [])]
    assert _sources("Sudan's RSF said it would not stop until it took El Fasher.",
                    "THREATEN") == [(["rapid-support-forces"], [])]
