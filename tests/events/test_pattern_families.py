"""Pattern families of wire copy: each test codes a news sentence with hand-placed actor
mentions and checks the exact event (type, rule, source, target) the dictionary gives."""

from __future__ import annotations

from handmade import M, code_handmade, rows

from factions.events.patterns import verb_forms, verb_spellings

HAFTAR = M("Haftar", "khalifa-haftar", "alias")
LNA = M("LNA", "libyan-national-army", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")
RSF = M("RSF", "rapid-support-forces", "alias")
SAF = M("SAF", "sudanese-armed-forces", "alias")


coded = code_handmade



# ---------------------------------------------------------------- ASSAULT


def test_a_town_that_fell_to_a_force_was_captured_by_it():
    assert rows(coded("The town of Tarhouna fell to the GNA on Friday.", [GNA])) == [
        ("ASSAULT", "assault.fall-to", ["government-of-national-accord"], [])]
    # a share of the vote or a duty that falls to someone is no capture
    assert coded("Responsibility for the talks fell to the GNA.", [GNA]) == []


def test_swept_into_a_city_is_a_ground_assault():
    events = coded("RSF fighters swept into the city before dawn on Sunday.", [
        M("RSF fighters", "rapid-support-forces", "agent", sector="militia")])
    assert rows(events) == [("ASSAULT", "assault.sweep-into", ["rapid-support-forces"], [])]
    assert events[0].mode == "ground"


def test_blows_against_an_enemy_are_an_assault_by_the_modifier():
    events = coded("Sisi described the retreat as the result of Egyptian blows against the LNA.",
                   [M("Sisi", "abdel-fattah-al-sisi", "alias"),
                    M("Egyptian", "egypt", "demonym"), LNA])
    assert ("ASSAULT", "assault.blows-against", ["egypt"], ["libyan-national-army"]) in rows(events)


def test_battle_as_a_business_metaphor_is_no_assault():
    assert coded("Microsoft leads the battle to turn generative AI into revenue.", [
        M("Microsoft", "egypt")]) == []
    assert coded("The TPLF commands a large and battle-hardened force.", [
        M("TPLF", "tplf", "alias")]) == []


def test_armed_as_an_adjective_is_no_arms_supply():
    assert [e for e in coded("The SAF and allied armed movements are defending the city.",
                             [SAF]) if e.type == "AID"] == []


# ---------------------------------------------------------------- COERCE


def test_a_commander_who_proclaims_himself_head_of_state_stages_a_coup():
    events = coded("Haftar proclaimed himself head of a transitional council on Friday.",
                   [HAFTAR])
    assert rows(events) == [("COERCE", "coerce.self-proclaimed", ["khalifa-haftar"], [])]
    assert events[0].mode == "coup"


def test_blocking_highways_and_cutting_supply_routes_is_a_blockade():
    events = coded("RSF fighters blocked the main highways linking the capital to the border.",
                   [M("RSF fighters", "rapid-support-forces", "agent", sector="militia")])
    assert rows(events) == [("COERCE", "coerce.block-roads", ["rapid-support-forces"], [])]
    cut = coded("The LNA cut the main supply routes into Tripoli.", [LNA])
    assert rows(cut) == [("COERCE", "coerce.cut-supply", ["libyan-national-army"], [])]


def test_checkpoints_set_up_by_a_force_are_a_restriction_not_a_deployment():
    events = coded("RSF fighters had set up checkpoints across the city.", [
        M("RSF fighters", "rapid-support-forces", "agent", sector="militia")])
    assert rows(events) == [("COERCE", "coerce.checkpoints", ["rapid-support-forces"], [])]


def test_telling_residents_to_leave_is_an_evacuation_order():
    events = coded("On Monday the LNA told roughly 100,000 people in the eastern part of the city "
                   "to leave for what it called a safe zone.", [LNA])
    assert rows(events) == [("COERCE", "coerce.told-to-leave", ["libyan-national-army"], [])]
    assert events[0].mode == "deport"
    # telling reporters something is no order
    assert coded("The LNA told reporters it would leave the city.", [LNA]) == []


def test_held_in_custody_by_a_force_is_a_detention():
    events = coded("Haftar has been held in his residence by the RSF since Wednesday.",
                   [HAFTAR, RSF])
    assert rows(events) == [("COERCE", "coerce.held-by", ["rapid-support-forces"],
                             ["khalifa-haftar"])]
    # held accountable, held talks: no detention
    assert [e for e in coded("Haftar was held accountable by the RSF for the killings in "
                             "custody.", [HAFTAR, RSF]) if e.type == "COERCE"] == []


# ---------------------------------------------------------------- RETREAT


def test_pulling_out_of_a_deal_is_a_withdrawal():
    events = coded("Russia on Monday pulled out of the grain deal.", [M("Russia", "russia")])
    assert rows(events) == [("RETREAT", "retreat.exit-deal", ["russia"], [])]
    quits = coded("Russia quits Black Sea grain deal.", [M("Russia", "russia")])
    assert rows(quits) == [("RETREAT", "retreat.exit-deal", ["russia"], [])]


def test_forces_that_melt_away_retreat():
    events = coded("SAF troops melted away as the rebels advanced.", [
        M("SAF troops", "sudanese-armed-forces", "agent", sector="military")])
    assert ("RETREAT", "retreat.melt-away", ["sudanese-armed-forces"], []) in rows(events)


# ---------------------------------------------------------------- CONSULT


def test_meeting_a_close_ally_named_in_apposition():
    events = coded("Sisi met his close ally, Turkish President Erdogan, in Cairo on Monday.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias"), M("his", "abdel-fattah-al-sisi", "pronoun"),
        M("Erdogan", "turkey", "alias")])
    assert rows(events) == [
        ("CONSULT", "consult.meet-ally", ["abdel-fattah-al-sisi"], ["turkey"])]


def test_contacts_letters_and_emergency_sessions_are_consultations():
    contact = coded("Turkey said it was in contact with the GNA.", [
        M("Turkey", "turkey"), M("it", "turkey", "pronoun"), GNA])
    assert rows(contact) == [
        ("CONSULT", "consult.in-contact", ["turkey"], ["government-of-national-accord"])]
    letter = coded("Sisi had written to Haftar last week with a proposal.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias"), HAFTAR])
    assert rows(letter) == [
        ("CONSULT", "consult.write-to", ["abdel-fattah-al-sisi"], ["khalifa-haftar"])]
    session = coded("The UN was meeting in an emergency session on Friday.", [
        M("UN", "united-nations", "alias")])
    assert rows(session) == [("CONSULT", "consult.emergency-session", ["united-nations"], [])]


# ---------------------------------------------------------------- ACCUSE


def test_bearing_responsibility_for_killings_is_an_accusation_by_the_speaker():
    events = coded("The UN said the GNA bore responsibility for the killings.", [
        M("UN", "united-nations", "alias"), GNA])
    assert rows(events) == [("ACCUSE", "accuse.bore-responsibility", ["united-nations"],
                             ["government-of-national-accord"])]


def test_wanted_by_a_government_is_an_accusation_by_it():
    events = coded("Haftar is wanted by France over the bombing of the embassy.", [
        HAFTAR, M("France", "france")])
    assert ("ACCUSE", "accuse.wanted-by", ["france"], ["khalifa-haftar"]) in rows(events)


def test_shock_regret_and_describing_an_attack_as_cowardly_are_criticism():
    shocked = coded('The UN was "deeply shocked" by the attacks, its spokesman said.', [
        M("UN", "united-nations", "alias")])
    assert ("ACCUSE", "accuse.shocked", ["united-nations"], []) in rows(shocked)
    regret = coded("Turkey deeply regretted the decision by Russia.", [
        M("Turkey", "turkey"), M("Russia", "russia")])
    assert [r[:3] for r in rows(regret)] == [("ACCUSE", "accuse.regret", ["turkey"])]
    described = coded("Sisi described the attack as cruel and cowardly.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias")])
    assert rows(described) == [("ACCUSE", "accuse.describe-as", ["abdel-fattah-al-sisi"], [])]
    branded = coded("Egypt described the LNA as reckless.", [M("Egypt", "egypt"), LNA])
    assert rows(branded) == [
        ("ACCUSE", "accuse.describe-as", ["egypt"], ["libyan-national-army"])]


# ---------------------------------------------------------------- AID, SUPPORT, AGREE


def test_forces_backed_by_foreign_drones_receive_military_aid():
    events = coded("GNA forces backed by Turkish drones drove the LNA out of western Libya.", [
        M("GNA forces", "government-of-national-accord", "agent", sector="military"),
        M("Turkish", "turkey", "demonym"), LNA])
    assert ("AID", "aid.backed-by-forces", ["turkey"], ["government-of-national-accord"]) \
        in rows(events)


def test_granting_asylum_to_a_fallen_ruler_is_aid():
    events = coded("Russia granted Haftar asylum on Sunday.", [M("Russia", "russia"), HAFTAR])
    assert rows(events) == [("AID", "aid.grant-asylum-to", ["russia"], ["khalifa-haftar"])]


def test_propping_up_a_ruler_is_aid():
    events = coded("Russia spent billions of dollars propping up Haftar.", [
        M("Russia", "russia"), HAFTAR])
    assert rows(events) == [("AID", "aid.prop-up", ["russia"], ["khalifa-haftar"])]


def test_offered_support_and_acting_in_support_of_an_ally():
    offered = coded("Russia had offered its support for Egypt's position.", [
        M("Russia", "russia"), M("Egypt", "egypt")])
    assert rows(offered) == [("SUPPORT", "support.offer-support", ["russia"], ["egypt"])]
    ally = coded("The LNA began firing at GNA positions in support of its ally Egypt.", [
        LNA, GNA, M("Egypt", "egypt")])
    assert ("SUPPORT", "support.in-support-of", ["libyan-national-army"], ["egypt"]) \
        in rows(ally)


def test_signing_on_behalf_of_a_side_is_an_agreement():
    events = coded("Abiy signed on behalf of the government at the ceremony.", [
        M("Abiy", "abiy-ahmed", "alias")])
    assert rows(events) == [("AGREE", "agree.sign-on-behalf", ["abiy-ahmed"], [])]


# ---------------------------------------------------------------- inflection


def test_british_and_american_spellings_and_doubled_consonants():
    assert {f["past"] for f in verb_spellings("label")} == {"labeled", "labelled"}
    assert {f["ing"] for f in verb_spellings("cancel")} == {"canceling", "cancelling"}
    assert verb_forms("prop")["ing"] == "propping"
    assert verb_forms("regret")["past"] == "regretted"
    assert verb_forms("sweep")["past"] == "swept"
    assert verb_forms("stab")["past"] == "stabbed"


# ---------------------------------------------------------------- wrong readings fixed


def test_a_military_strike_is_no_labour_strike():
    events = coded("Turkey condemned the LNA strike and blamed the LNA for the deaths.", [
        M("Turkey", "turkey"), LNA, M("LNA", "libyan-national-army", "alias", nth=1)])
    assert "PROTEST" not in [e.type for e in events]
    assert ("ACCUSE", "accuse.blame", ["turkey"], ["libyan-national-army"]) in rows(events)


def test_what_a_warning_warns_against_is_no_event():
    events = coded("Turkey warned Russia against any attack on its forces.", [
        M("Turkey", "turkey"), M("Russia", "russia")])
    assert rows(events) == [("THREATEN", "threaten.warn", ["turkey"], ["russia"])]


def test_artillery_shells_asked_for_are_no_shelling():
    events = coded("Ukraine has pressed France for more long-range missiles and artillery shells.",
                   [M("Ukraine", "ukraine"), M("France", "france")])
    assert rows(events) == [("REQUEST", "request.press-for", ["ukraine"], ["france"])]


def test_a_seized_tanker_is_a_seizure_not_a_capture_of_territory():
    events = coded("Egypt seized a British-flagged tanker in the Strait of Hormuz.", [
        M("Egypt", "egypt")])
    assert [(e.type, e.source) for e in events] == [("COERCE", ["egypt"])]


def test_an_offensive_that_gathers_pace_is_no_troop_build_up():
    events = coded("The LNA offensive gathered pace in April.", [LNA])
    assert [e.type for e in events] == ["ASSAULT"]


def test_the_object_a_pattern_needs_may_stand_in_the_gap_of_its_trigger():
    events = coded("France keeps about 1,500 troops in the country.", [M("France", "france")])
    assert rows(events) == [("MOBILIZE", "mobilize.garrison", ["france"], [])]


def test_a_charge_the_accused_denies_is_a_rejection_by_it():
    events = coded("The GNA accused Egypt of arming the LNA, a charge Egypt denies.", [
        GNA, M("Egypt", "egypt"), LNA, M("Egypt", "egypt", nth=1)])
    assert ("REJECT", "reject.charge-denied", ["egypt"], ["government-of-national-accord"]) \
        in rows(events)


def test_saying_an_enemy_crossed_a_red_line_accuses_it():
    events = coded("Sisi wrote on social media that the LNA had crossed a red line.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias"), LNA])
    assert rows(events) == [
        ("ACCUSE", "accuse.crossed-red-line", ["abdel-fattah-al-sisi"], ["libyan-national-army"])]


def test_an_attack_that_will_not_go_unanswered_is_a_threat_by_the_speaker():
    events = coded('The LNA said the attack "will not go unanswered or unpunished".', [LNA])
    assert rows(events) == [
        ("THREATEN", "threaten.not-go-unanswered", ["libyan-national-army"], [])]


def test_gunmen_from_a_force_are_the_subject_of_their_act():
    events = coded("Doctors said fighters from the RSF stormed the South Hospital on Saturday.",
                   [M("Doctors", "msf"), RSF])
    assert rows(events) == [("ASSAULT", "assault.storm", ["rapid-support-forces"], [])]
    # troops moved away from a place are no subject of the verb after them
    events = coded("The SAF pulled fighters from the RSF front and stormed the town.", [SAF, RSF])
    assert rows(events) == [("ASSAULT", "assault.storm", ["sudanese-armed-forces"], [])]


def test_describing_an_act_as_an_atrocity_accuses_whoever_did_it():
    events = coded("RSF fighters shot dead 40 civilians in the town on Friday. The SAF described "
                   "it as the worst atrocity of the war.", [
                       M("RSF fighters", "rapid-support-forces", "agent", sector="militia"), SAF])
    assert ("ACCUSE", "accuse.describe-as", ["sudanese-armed-forces"], ["rapid-support-forces"]) \
        in rows(events)


# ---------------------------------------------------------------- triggers and scopes


def test_since_as_an_adverb_does_not_block_the_verb_after_it():
    events = coded("Egypt and Turkey have since mediated between the SAF and the RSF.", [
        M("Egypt", "egypt"), M("Turkey", "turkey"), SAF, RSF])
    assert rows(events) == [("CONSULT", "consult.mediate", ["egypt", "turkey"],
                             ["sudanese-armed-forces", "rapid-support-forces"])]
    # as a preposition before a noun it still reads the noun
    assert coded("Russia has shelled Kyiv since attacks resumed in May.", [
        M("Russia", "russia")])[0].rule == "assault.shell"


def test_a_subject_after_a_conjunction_that_is_also_a_preposition_acts():
    events = coded("Turkey struck back after Russia shelled its positions.", [
        M("Turkey", "turkey"), M("Russia", "russia")])
    assert ("ASSAULT", "assault.shell", ["russia"], ["turkey"]) in rows(events)
    events = coded("It was the deadliest day since Turkey sent troops into Syria in 2016.", [
        M("Turkey", "turkey")])
    assert rows(events) == [("MOBILIZE", "mobilize.send-into", ["turkey"], [])]


def test_a_coordinated_verb_in_the_past_tense_ends_a_request_scope():
    events = coded("Turkey called on Russia to halt the offensive and offered condolences to "
                   "France.", [M("Turkey", "turkey"), M("Russia", "russia"), M("France", "france")])
    assert rows(events) == [("REQUEST", "request.call-on", ["turkey"], ["russia"]),
                            ("SUPPORT", "support.condolences", ["turkey"], ["france"])]
    # a coordinated base form is still part of what was asked
    events = coded("The UN urged Russia to halt its attacks and withdraw its troops.", [
        M("UN", "united-nations", "alias"), M("Russia", "russia")])
    assert rows(events) == [("REQUEST", "request.urge", ["united-nations"], ["russia"])]


def test_protesters_attacking_embassies_riot_against_the_embassies_countries():
    events = coded("Angry crowds attacked the embassies of France and Russia in Niamey.", [
        M("Angry crowds", "niger", "agent"), M("France", "france"), M("Russia", "russia")])
    assert rows(events) == [("PROTEST", "protest.storm-building", ["niger"],
                             ["france", "russia"])]
    # fighters attacking an embassy is an attack
    events = coded("Fighters from the RSF attacked the embassy of France in Khartoum.", [
        RSF, M("France", "france")])
    assert rows(events) == [("ASSAULT", "assault.attack", ["rapid-support-forces"], ["france"])]


def test_what_is_no_act_of_war_reads_no_event():
    # fires set off by an attack, a reason given with "in retaliation for", the fall of a
    # government, patients moved out of a hospital
    assert coded("LNA fighters set off huge fires in Tripoli.", [LNA]) == []
    assert rows(coded("LNA fighters set off a car bomb in Tripoli.", [LNA])) == [
        ("ASSAULT", "assault.detonate", ["libyan-national-army"], [])]
    events = coded("Turkey struck the LNA in retaliation for attacks on its troops.", [
        M("Turkey", "turkey"), LNA])
    assert [e.rule for e in events] == ["assault.strike"]
    assert coded("Sisi called the fall of the government a historic mistake.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias")]) == []
    assert coded("MSF staff evacuated most patients after the hospital was shelled.", [
        M("MSF", "msf", "alias")]) == []


def test_the_object_of_a_trigger_may_stand_in_its_later_gap():
    events = coded("Russia kept providing the LNA with weapons and fuel.", [
        M("Russia", "russia"), LNA])
    assert ("AID", "aid.provide-with", ["russia"], ["libyan-national-army"]) in rows(events)


def test_concern_is_an_accusation_only_when_it_names_whom_it_is_about():
    assert rows(coded("France voiced concern and urged restraint.", [M("France", "france")])) == [
        ("REQUEST", "request.urge-noun", ["france"], [])]
    events = coded("France expressed concern over the RSF offensive.", [M("France", "france"), RSF])
    assert rows(events) == [
        ("ACCUSE", "accuse.concern", ["france"], ["rapid-support-forces"]),
        ("ASSAULT", "assault.offensive", ["rapid-support-forces"], [])]


def test_peacekeepers_are_aid_when_sent_to_or_serving_in_a_country():
    events = coded("Russian peacekeepers in Ukraine patrolled the line.", [
        M("Russian", "russia", "demonym"), M("Ukraine", "ukraine")])
    assert ("AID", "aid.peacekeepers", ["russia"], ["ukraine"]) in rows(events)
    # soldiers handing their arms to UN peacekeepers: no mission is sent anywhere
    events = coded("Hundreds of soldiers handed over their arms to UN peacekeepers.", [
        M("UN", "united-nations", "alias")])
    assert [e for e in events if e.type == "AID"] == []


def test_a_verb_whose_subject_is_an_event_noun_of_its_type_is_the_same_act():
    events = coded("Egypt vows to punish the LNA after LNA car bombs kill at least 100.", [
        M("Egypt", "egypt"), LNA, M("LNA", "libyan-national-army", "alias", nth=1)])
    assert [e for e in events if e.rule == "assault.kill"] == []
    assert ("ASSAULT", "assault.car-bomb", ["libyan-national-army"]) in [
        (e.type, e.rule, e.source) for e in events]


# ---------------------------------------------------------------- CONSULT, COOPERATE


def test_a_truce_brokered_by_a_third_party_is_mediation_between_the_deal_s_parties():
    events = coded("Egypt and Turkey signed a peace agreement in Washington on Friday. Several "
                   "earlier agreements, including a ceasefire brokered by France last year, "
                   "collapsed within weeks.",
                   [M("Egypt", "egypt", "alias"), M("Turkey", "turkey", "alias"),
                    M("France", "france", "alias")])
    mediation = [r for r in rows(events) if r[0] == "CONSULT"]
    assert mediation == [("CONSULT", "consult.brokered-by", ["france"], ["turkey", "egypt"])]


def test_speakers_listed_with_titles_who_formed_a_council_work_together():
    events = coded("Abdullah, former President Karzai and veteran politician Hekmatyar said they "
                   "had formed a council to help arrange a peaceful transfer of power.",
                   [M("Abdullah", "egypt", "alias"), M("Karzai", "turkey", "alias"),
                    M("Hekmatyar", "france", "alias"),
                    # the pronoun stage may link "they" to another plural actor of the story
                    M("they", "russia", "pronoun")])
    assert rows(events) == [
        ("COOPERATE", "cooperate.form-together", ["egypt"], ["turkey", "france"]),
        ("COOPERATE", "cooperate.form-together", ["turkey"], ["egypt", "france"]),
        ("COOPERATE", "cooperate.form-together", ["france"], ["egypt", "turkey"])]


def test_ready_to_cooperate_with_no_actor_named_is_still_a_pledge():
    assert rows(coded("Sisi said he was ready to cooperate with any leadership chosen by the "
                      "people.", [M("Sisi", "abdel-fattah-al-sisi", "alias"),
                                   M("he", "abdel-fattah-al-sisi", "pronoun")])) == [
        ("COOPERATE", "cooperate.ally-verb", ["abdel-fattah-al-sisi"], [])]


# ---------------------------------------------------------------- SANCTION, AID, MOBILIZE


def test_closing_the_borders_with_a_state_is_a_sanction_on_it():
    events = coded("ECOWAS closed land and air borders with Niger on Wednesday.", [
        M("ECOWAS", "ecowas", "alias"), M("Niger", "niger")])
    assert rows(events) == [("SANCTION", "sanction.close-borders-with", ["ecowas"], ["niger"])]


def test_sanctions_imposed_on_a_state_by_a_bloc_are_the_blocs():
    events = coded("The juntas said they would not enforce sanctions imposed on Niger by ECOWAS.", [
        M("Niger", "niger"), M("ECOWAS", "ecowas", "alias")])
    assert rows(events) == [
        ("SANCTION", "sanction.sanctions-imposed-on", ["ecowas"], ["niger"])]


def test_troops_deployed_alongside_a_force_aid_it():
    events = coded("Russian soldiers were deployed in eastern Libya alongside the LNA.", [
        M("Russian soldiers", "russia", "agent", sector="military"), LNA])
    assert ("AID", "aid.deployed-alongside", ["russia"], ["libyan-national-army"]) \
        in rows(events)
    assert "MOBILIZE" in [e.type for e in events]


def test_rescuing_a_ruler_is_aid_but_a_plan_designed_to_rescue_him_is_not():
    rescued = coded("Russia, whose air force rescued Haftar in 2019, launched some strikes.", [
        M("Russia", "russia"), HAFTAR])
    assert ("AID", "aid.rescue", ["russia"], ["khalifa-haftar"]) in rows(rescued)
    plan = coded("Turkish officials said the plan was designed to rescue Haftar.", [
        M("Turkish officials", "turkey", "agent", sector="government"), HAFTAR])
    assert "AID" not in [e.type for e in plan]


def test_a_force_that_has_some_thousands_of_troops_in_a_country_is_deployed_there():
    kept = coded("The UN, which has some 20,000 troops in the country, condemned the bombing.", [
        M("UN", "united-nations", "alias")])
    assert ("MOBILIZE", "mobilize.has-troops-in", ["united-nations"], []) in rows(kept)
    given = coded("The RSF had given government troops in Khartoum 48 hours to leave.", [RSF])
    assert "MOBILIZE" not in [e.type for e in given]


def test_moving_into_a_place_the_other_side_left_is_a_takeover_without_a_fight():
    sdf = M("SDF fighters", "syrian-democratic-forces", "agent", sector="militia")
    events = coded("SDF fighters moved into Deir al-Zor after government forces withdrew.", [sdf])
    rule = "coerce.move-into-vacated"
    assert rows(events) == [("COERCE", rule, ["syrian-democratic-forces"], [])]
    assert events[0].mode == "seize"
    taken = coded("SDF fighters took over the buffer zone after the soldiers abandoned posts.",
                  [sdf])
    assert rows(taken) == [("COERCE", rule, ["syrian-democratic-forces"], [])]
    # with no one leaving, entering a city or talks is no takeover
    assert [e for e in coded("SDF fighters entered Raqqa on Sunday.", [sdf])
            if e.rule == rule] == []
    assert [e for e in coded("SDF fighters entered talks after the army withdrew.", [sdf])
            if e.rule == rule] == []


def test_a_coup_named_in_passing_is_not_staged_by_the_subject_of_its_clause():
    pdf = M("PDF units", "peoples-defence-force", "agent", sector="militia")
    events = coded("PDF units, led by lawmakers ousted in the 2021 coup, attacked a police post.",
                   [pdf])
    assert [e for e in events if e.rule == "coerce.coup"] == []
    staged = coded("The LNA staged a coup in 2014.", [LNA])
    assert rows(staged) == [("COERCE", "coerce.coup", ["libyan-national-army"], [])]


def test_a_state_broadcaster_or_air_traffic_control_taken_over_is_run_by_force():
    events = coded("LNA soldiers took over the state broadcaster on Wednesday night.", [
        M("LNA soldiers", "libyan-national-army", "agent", sector="military")])
    assert rows(events) == [
        ("COERCE", "coerce.take-over-institution", ["libyan-national-army"], [])]
    assert events[0].mode == "seize"
    # a post or a duty taken over is no seizure
    assert coded("The LNA took over the chairmanship of the committee.", [LNA]) == []
