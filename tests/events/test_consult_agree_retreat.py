"""Meetings, deals and withdrawals in wire copy: CONSULT, AGREE and RETREAT with hand-placed
actor mentions, checking the exact events (type, rule, source, target) the dictionary gives."""

from __future__ import annotations

from handmade import M, code_handmade, rows

from factions.pipeline import analyze_text

RUSSIA = M("Russia", "russia")
TURKEY = M("Turkey", "turkey")


coded = code_handmade



# ---------------------------------------------------------------- CONSULT


def test_telling_a_session_of_a_body_consults_the_body():
    events = coded("Congo's foreign minister, Therese Wagner, told an emergency session of the "
                   "U.N. Security Council on Sunday that Rwandan troops had crossed the border.", [
                       M("Congo", "dr-congo", locative=True),
                       M("Therese Wagner", "therese-wagner"),
                       M("U.N. Security Council", "un-security-council")])
    assert ("CONSULT", "consult.address-session", ["therese-wagner"],
            ["un-security-council"]) in rows(events)
    # telling reporters is no consultation
    assert coded("Wagner told reporters on Sunday that the talks would go on.", [
        M("Wagner", "therese-wagner", "alias")]) == []


def test_talks_after_which_the_subject_acted_are_the_subjects():
    events = coded("Russia's foreign ministry said Assad had left Syria after talks with "
                   "parties to the conflict.", [
                       M("Russia's foreign ministry", "russian-foreign-ministry"),
                       M("Assad", "bashar-al-assad", "alias"), M("Syria", "syria")])
    assert rows(events) == [("CONSULT", "consult.after-talks", ["bashar-al-assad"], [])]
    met = coded("Blinken flew home on Monday after a meeting with Netanyahu.", [
        M("Blinken", "antony-blinken", "alias"), M("Netanyahu", "benjamin-netanyahu", "alias")])
    assert ("CONSULT", "consult.after-talks", ["antony-blinken"], ["benjamin-netanyahu"]) \
        in rows(met)


def test_mediators_named_by_demonyms_mediate_between_the_sides_just_fighting():
    events = coded("The LNA and the GNA clashed south of Tripoli on Monday. The GNA said it had "
                   "accepted a ceasefire proposal put forward by Egyptian and Turkish mediators.", [
                       M("LNA", "libyan-national-army"),
                       M("GNA", "government-of-national-accord"),
                       M("GNA", "government-of-national-accord", nth=1),
                       M("it", "government-of-national-accord", "pronoun")])
    assert [r for r in rows(events) if r[0] == "CONSULT"] == [
        ("CONSULT", "consult.named-mediators", ["egypt", "turkey"],
         ["government-of-national-accord", "libyan-national-army"])]
    # mediators named by no one are no event
    assert coded("The mediators arrived in Cairo on Monday.", []) == []


def test_a_mediation_between_a_states_army_and_a_group_is_between_the_state_and_the_group():
    analysis = analyze_text("Israel said it would press on in Gaza. Israeli troops fought Hamas "
                            "fighters in Rafah on Monday. Hours later Hamas said it had accepted "
                            "a ceasefire proposal put forward by Egyptian and Qatari mediators.",
                            published="2024-05-07")
    assert [(e.source, e.target) for e in analysis.events if e.type == "CONSULT"] == [
        (["egypt", "qatar"], ["israel", "hamas"])]
    assert sorted((r.source, r.target) for r in analysis.relations if r.type == "mediates") == [
        ("egypt", "hamas"), ("egypt", "israel"), ("qatar", "hamas"), ("qatar", "israel")]


_QUIET = (" Aid agencies said food prices had tripled. Hospitals in the city were short of fuel."
          " Schools have been closed since April.")


def _mediations(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published="2024-05-20").events if e.type == "CONSULT"]


def test_talks_brokered_with_no_sides_named_are_between_the_two_sides_of_the_war():
    # the fighting is told well before the talks: the article's war gives their sides
    war = "Sudan's army and the RSF clashed in Khartoum on Monday." + _QUIET
    sides = ["rapid-support-forces", "sudanese-armed-forces"]
    assert _mediations(war + " Talks brokered by Kenya resumed in Nairobi on Tuesday.") == [
        ("consult.talks-convened", ["kenya"], sides, "asserted")]
    assert _mediations(war + " Negotiations chaired by the African Union opened in Addis Ababa "
                             "on Tuesday.") == [
        ("consult.talks-convened", ["african-union"], sides, "asserted")]
    # talks told as suspended or stalled were held before the story
    assert _mediations(war + " Talks in Jeddah sponsored by Saudi Arabia and the United States "
                             "were suspended this month.") == [
        ("consult.talks-convened", ["saudi-arabia", "united-states"], sides, "historical")]
    assert _mediations("Sudan's army and the RSF clashed in Khartoum on Monday. Talks mediated "
                       "by Kenya have stalled since March.") == [
        ("consult.talks-convened", ["kenya"], sides, "historical")]
    # ... not talks that collapsed at a meeting of the story's time
    assert _mediations("Sudan's army and the RSF clashed in Khartoum on Monday. Kenya brokered "
                       "talks that collapsed in Nairobi on Friday.") == [
        ("consult.broker", ["kenya"], sides, "asserted")]
    # with no war in the story, the talks have no sides
    assert _mediations("The two armies have been at peace for years." + _QUIET + " Talks in "
                       "Jeddah sponsored by Saudi Arabia and the United States were suspended "
                       "this month.") == [
        ("consult.talks-convened", ["saudi-arabia", "united-states"], [], "historical")]


def test_a_un_brokered_truce_written_with_dots_is_a_mediation():
    assert _mediations("A U.S.-mediated ceasefire between Israel and Hezbollah took effect on "
                       "Wednesday.") == [
        ("consult.brokered", ["united-states"], ["israel", "hezbollah"], "asserted")]
    # a truce that expired was brokered before the story
    assert _mediations("Sudan's army and the RSF clashed in Khartoum on Monday. A U.N.-brokered "
                       "truce that began in January expired on Sunday.") == [
        ("consult.brokered", ["united-nations"],
         ["rapid-support-forces", "sudanese-armed-forces"], "historical")]


def test_a_ceasefire_brokered_by_a_third_party_is_a_truce_between_the_sides():
    text = ("Congo and Rwanda signed a peace agreement in Washington on Friday. Several earlier "
            "agreements, including a ceasefire brokered by Angola last year, collapsed.")
    mentions = [M("Congo", "dr-congo"), M("Rwanda", "rwanda"), M("Angola", "angola")]
    events = [e for e in coded(text, mentions) if "Angola" in e.evidence.text]
    assert rows(events) == [
        ("CONSULT", "consult.brokered-by", ["angola"], ["rwanda", "dr-congo"]),
        ("RETREAT", "retreat.ceasefire", ["rwanda"], ["dr-congo"]),
        ("RETREAT", "retreat.ceasefire", ["dr-congo"], ["rwanda"])]
    # brokering a truce named before ("brokered the truce") adds none: it is the one told
    again = coded("Congo and Rwanda signed a peace agreement in Washington on Friday. Angola "
                  "brokered the truce that followed.", [*mentions[:2], M("Angola", "angola")])
    assert [e.type for e in again if "Angola" in e.evidence.text] == ["CONSULT"]


def test_the_truce_a_time_clause_dates_by_is_no_truce_of_its_own():
    mentions = [M("Israel", "israel"), M("Hamas", "hamas"), M("Israeli", "israel", "demonym")]
    events = coded("A ceasefire between Israel and Hamas took effect on Sunday. In the hours "
                   "before the truce began, Israeli air strikes killed at least 19 people.",
                   mentions)
    assert [e.type for e in events if "hours" in e.evidence.text] == ["ASSAULT"]


def test_guests_a_host_brings_together_for_a_meeting_meet_each_other():
    events = analyze_text("Qatar's emir hosted Congolese President Felix Tshisekedi and Rwandan "
                          "President Paul Kagame for a surprise meeting in Doha on Tuesday.",
                          published="2025-03-19").events
    assert [(e.rule, e.source, e.target) for e in events] == [
        ("consult.host-actor", ["tamim-bin-hamad-al-thani"], ["felix-tshisekedi", "paul-kagame"]),
        ("consult.hosted-for-meeting", ["felix-tshisekedi"], ["paul-kagame"]),
        ("consult.hosted-for-meeting", ["paul-kagame"], ["felix-tshisekedi"])]
    # a meeting with no host bringing anyone together is no such event
    assert [e.rule for e in analyze_text("Kagame left for a meeting in Doha on Tuesday.",
                                         published="2025-03-19").events] == []


# ---------------------------------------------------------------- AGREE


def test_a_deal_named_before_the_clause_that_reached_it_is_an_agreement_both_ways():
    events = coded("Turkey says the offensive violates a 2018 de-escalation agreement it "
                   "reached with Russia in Sochi.", [
                       TURKEY, M("it", "turkey", "pronoun"), RUSSIA])
    assert [r for r in rows(events) if r[0] == "AGREE"] == [
        ("AGREE", "agree.reached-with", ["turkey"], ["russia"]),
        ("AGREE", "agree.reached-with", ["russia"], ["turkey"])]
    # reaching a town with reinforcements is no deal
    assert [e for e in coded("Turkey reached with its tanks the outskirts of the town.", [
        TURKEY]) if e.type == "AGREE"] == []


def test_whom_a_photograph_shows_meeting_someone_met_them():
    events = coded("Photographs released by the Chadian presidency showed him meeting Tiani.", [
        M("Chadian presidency", "chadian-presidency"), M("him", "mahamat-deby", "pronoun"),
        M("Tiani", "abdourahamane-tiani", "alias")])
    assert rows(events) == [("CONSULT", "consult.meet", ["mahamat-deby"],
                             ["abdourahamane-tiani"])]


def test_a_deal_signed_with_no_signer_named_is_the_deal_just_made():
    events = coded("The government and the TPLF agreed to a permanent cessation of "
                   "hostilities. The agreement was signed in Pretoria on Wednesday evening.", [
                       M("government", "ethiopian-government"), M("TPLF", "tplf")])
    signed = rows([e for e in events if "signed" in e.evidence.text])
    assert signed == [("AGREE", "agree.signed-passive", ["tplf"], ["ethiopian-government"]),
                      ("AGREE", "agree.signed-passive", ["ethiopian-government"], ["tplf"])]
    # with no deal made just before, a signing with no signer is no event
    assert coded("The agreement was signed in Pretoria on Wednesday evening.", []) == []


def test_a_signature_for_one_side_is_given_to_the_parties_of_the_deal_just_made():
    text = ("Ethiopia's government and the TPLF signed a peace agreement in Pretoria. "
            "Redwan Hussien signed on behalf of the government.")
    gov = M("Ethiopia's government", "ethiopian-government")
    redwan = M("Redwan Hussien", "redwan-hussien")
    events = coded(text, [gov, M("TPLF", "tplf"), redwan])
    assert rows(events)[-1] == ("AGREE", "agree.sign-on-behalf", ["redwan-hussien"],
                                ["tplf", "ethiopian-government"])
    # with no deal between two sides before it, the signature stays without a counterpart
    alone = coded("Redwan Hussien signed on behalf of the government.", [redwan])
    assert rows(alone) == [("AGREE", "agree.sign-on-behalf", ["redwan-hussien"], [])]


def test_a_deal_by_the_parties_is_made_by_the_parties_of_the_deal_just_reported():
    events = coded("Russia and Ukraine signed a grain agreement in Istanbul. Russia also "
                   "shelled the French embassy. The parties agreed to launch a joint "
                   "inspection centre.", [
                       RUSSIA, M("Ukraine", "ukraine"), M("Russia", "russia", nth=1),
                       M("French", "france", "demonym")])
    last = rows([e for e in events if "parties" in e.evidence.text])
    # not Russia and France, the pair that fights
    assert last == [("AGREE", "agree.agree", ["ukraine", "russia"], [])]


def test_the_two_governments_committing_to_each_other_are_the_parties_of_the_deal():
    events = coded("Congo and Rwanda signed a peace agreement in Washington on Friday. The two "
                   "governments commit to respect each other's territorial integrity.", [
                       M("Congo", "dr-congo"), M("Rwanda", "rwanda")])
    assert rows([e for e in events if "commit" in e.evidence.text]) == [
        ("AGREE", "agree.commit-mutual", ["rwanda", "dr-congo"], [])]
    # with no deal and no fighting before, "the two governments" are no one
    assert coded("The two governments commit to respect each other's borders.", []) == []


# ---------------------------------------------------------------- RETREAT


def test_positions_abandoned_in_the_passive_are_a_withdrawal_of_whose_they_were():
    events = analyze_text("Russian positions on the west bank were abandoned overnight, "
                          "Ukraine's military said.", published="2022-11-10").events
    assert [(e.type, e.rule, e.source) for e in events] == [
        ("RETREAT", "retreat.positions-abandoned", ["russia"])]
    # positions abandoned by no one named are no event
    assert analyze_text("The positions were abandoned overnight.",
                        published="2022-11-10").events == []


def test_ending_the_siege_is_an_assault_and_ending_ones_own_a_retreat():
    police = M("security forces", "somali-police")
    stormed = coded("Al-Shabaab fighters besieged the Hayat Hotel for some 30 hours before "
                    "security forces ended the siege.", [M("Al-Shabaab fighters", "al-shabaab"),
                                                         police])
    assert [(e.type, e.rule, e.source) for e in stormed if e.source == ["somali-police"]] == [
        ("ASSAULT", "assault.end-siege", ["somali-police"])]
    lifted = coded("Al-Shabaab ended its siege of the town on Monday.",
                   [M("Al-Shabaab", "al-shabaab")])
    assert [(e.type, e.rule) for e in lifted] == [("RETREAT", "retreat.lift-siege")]


def test_footage_released_by_an_army_frees_no_one():
    hamas = M("Hamas", "hamas")
    assert [e.type for e in coded("Footage released by the army showed Hamas fighters "
                                  "attacking the base.", [hamas])] == ["ASSAULT"]
    assert rows(coded("Hamas released three hostages on Sunday.", [hamas])) == [
        ("RETREAT", "retreat.release", ["hamas"], [])]


def test_captives_handed_over_are_released_and_suspects_handed_over_are_not():
    hamas, icrc = M("Hamas", "hamas"), M("the Red Cross", "icrc", "alias")
    assert rows(coded("Hamas handed over three Israeli hostages to the Red Cross in Gaza on "
                      "Sunday.", [hamas, icrc])) == [
        ("RETREAT", "retreat.hand-over-captives", ["hamas"], ["icrc"])]
    # the names of the hostages are no hostages; a transfer of suspects is no release
    assert [e.type for e in coded("Netanyahu demanded that Hamas first hand over the names of "
                                  "the hostages.", [hamas]) if e.type == "RETREAT"] == []
    assert [e.rule for e in coded("The SDF handed over 125 suspects to Iraq.", [
        M("SDF", "sdf"), M("Iraq", "iraq")])] != ["retreat.hand-over-captives"]


def test_armed_men_of_a_nationality_from_a_named_force_are_that_force():
    events = analyze_text("Hundreds of Russian contractors from the Wagner Group were withdrawn "
                          "from the Tripoli front, according to GNA officials.",
                          published="2020-06-10").events
    assert [(e.type, e.source) for e in events] == [("RETREAT", ["wagner-group"])]


def test_a_phone_call_in_which_one_side_told_the_other_goes_both_ways():
    events = coded("Saudi Crown Prince Mohammed bin Salman told US President Donald Trump in a "
                   "phone call that the kingdom was ready to respond.", [
                       M("Mohammed bin Salman", "mbs"), M("Donald Trump", "trump")])
    assert [r for r in rows(events) if r[0] == "CONSULT"] == [
        ("CONSULT", "consult.tell-by-phone", ["mbs"], ["trump"]),
        ("CONSULT", "consult.tell-by-phone", ["trump"], ["mbs"])]
    # a plain "told", with no call, is no consultation
    told = coded("Mohammed bin Salman told Donald Trump that the kingdom was ready.", [
        M("Mohammed bin Salman", "mbs"), M("Donald Trump", "trump")])
    assert [r for r in rows(told) if r[0] == "CONSULT"] == []


def test_who_led_a_sides_delegation_in_talks_is_that_side():
    events = analyze_text(
        '"God will hold him accountable," Abdullah Abdullah, who led the government\'s '
        "delegation in peace talks with the Taliban, said in a video message.").events
    assert [(e.rule, e.source, e.target) for e in events if e.type == "CONSULT"] == [
        ("consult.talks", ["islamic-republic-government"], ["taliban"])]


def test_the_guests_hosted_for_talks_are_the_hosts_targets():
    events = analyze_text("Egypt will host Haftar and Serraj for talks next week.").events
    assert [(e.rule, e.source, e.target) for e in events if e.type == "CONSULT"] == [
        ("consult.summit-host", ["egypt"], ["khalifa-haftar", "fayez-al-sarraj"])]


def test_met_one_and_separately_another_meets_both():
    events = analyze_text(
        "Chad's President Mahamat Idriss Deby flew to Niamey. Photographs showed him meeting "
        "General Abdourahamane Tiani and, separately, Mohamed Bazoum.").events
    assert [(e.rule, e.source, e.target) for e in events if e.type == "CONSULT"] == [
        ("consult.meet", ["mahamat-idriss-deby"], ["abdourahamane-tiani", "mohamed-bazoum"])]


def test_a_mediation_after_the_deal_its_sentence_names_is_between_that_deals_parties():
    text = ("BEIRUT, Dec 10 - Turkey-backed Syrian rebels captured the northern city of Manbij "
            "from the US-backed Syrian Democratic Forces (SDF), and the Kurdish-led force said "
            "on Tuesday it had agreed to withdraw its fighters under a truce brokered by the "
            "United States. Factions of the Syrian National Army (SNA) pushed into the city on "
            "Monday. Turkish drones struck SDF positions on the city's outskirts. SDF commander "
            "Mazloum Abdi said the agreement had been reached through US mediation.")
    events = analyze_text(text, published="2024-12-10").events
    # "through US mediation": the state's act, not a place it passed through
    assert [(e.source, e.target) for e in events if e.rule == "consult.mediation"] == [
        (["united-states"], ["syrian-democratic-forces", "syrian-national-army"])]


def test_the_others_named_with_a_deal_deal_with_its_maker_not_with_one_another():
    events = analyze_text("The European Union agreed on Monday to open accession talks with "
                          "Ukraine and Moldova.", published="2024-06-10").events
    assert [(e.source, e.target) for e in events if e.type == "AGREE"] == [
        (["european-union"], ["ukraine", "moldova"]),
        (["ukraine"], ["european-union"]),
        (["moldova"], ["european-union"])]


def test_a_veto_lifted_is_a_concession_to_whom_it_held_back():
    assert [(e.type, e.rule, e.source, e.target) for e in analyze_text(
        "Turkey lifted its veto on Sweden's bid to join NATO.", published="2024-01-24").events] \
        == [("CONCEDE", "concede.lift-veto", ["turkey"], ["sweden"])]
    assert [(e.type, e.source, e.target) for e in analyze_text(
        "Hungary dropped its objections to Ukraine's accession talks.",
        published="2023-12-14").events] == [("CONCEDE", ["hungary"], ["ukraine"])]


def test_a_trip_for_talks_with_a_leader_consults_the_leader():
    events = analyze_text("Blinken arrived in Cairo for talks with Egyptian President Abdel "
                          "Fattah al-Sisi.", published="2024-01-15").events
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("CONSULT", "consult.travel-to-meet", ["antony-blinken"], ["abdel-fattah-al-sisi"])]


def test_a_trip_to_meet_someone_and_the_meeting_are_one_consultation():
    events = analyze_text("UN Secretary-General Antonio Guterres flew to Benghazi to meet Haftar "
                          "on Friday.", published="2019-04-07").events
    assert [(e.type, e.mode, e.source, e.target) for e in events] == [
        ("CONSULT", "visit", ["antonio-guterres"], ["khalifa-haftar"])]


def test_restored_diplomatic_ties_are_agreed_both_ways_under_the_broker():
    events = analyze_text("Saudi Arabia and Iran restored diplomatic ties in a deal brokered by "
                          "China.", published="2024-01-15").events
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("AGREE", "agree.make-peace", ["saudi-arabia"], ["iran"]),
        ("AGREE", "agree.make-peace", ["iran"], ["saudi-arabia"]),
        ("CONSULT", "consult.brokered-by", ["china"], ["iran", "saudi-arabia"])]


def test_a_country_after_a_trigger_ending_in_to_is_whom_it_was_said_to():
    # "spoke to Qatar", "appealed to Ethiopia": the addressee, not a destination
    rows_ = []
    for text in ("Egypt's foreign minister spoke to Qatar about the truce.",
                 "Kenya appealed to Ethiopia to show restraint.",
                 "Japan's prime minister apologised to South Korea."):
        rows_ += [(e.type, e.rule, e.source, e.target)
                  for e in analyze_text(text, published="2024-08-06").events]
    # (Egypt's foreign minister and Japan's prime minister in August 2024 are their holders)
    assert rows_ == [("CONSULT", "consult.speak-to", ["badr-abdelatty"], ["qatar"]),
                     ("REQUEST", "request.call-on", ["kenya"], ["ethiopia"]),
                     ("SUPPORT", "support.apologize", ["fumio-kishida"], ["south-korea"])]


# ---------------------------------------------------------------- session 24: table phrasing


def _table(text: str, published: str) -> list[tuple]:
    return [(e.type, e.rule, e.source, e.target)
            for e in analyze_text(text, published=published).events]


def test_a_witness_to_a_signing_stands_between_the_signers():
    assert ("CONSULT", "consult.witness-signing", ["donald-trump"],
            ["nikol-pashinyan", "ilham-aliyev"]) in _table(
        "The accord was signed by Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
        "President Ilham Aliyev, with Donald Trump looking on.", "2025-08-09")
    assert ("CONSULT", "consult.signed-in-presence", ["donald-trump"],
            ["nikol-pashinyan", "ilham-aliyev"]) in _table(
        "Pashinyan and Aliyev signed the declaration at the White House in the presence of "
        "Donald Trump.", "2025-08-09")
    assert ("CONSULT", "consult.witness-signing-verb", ["uhuru-kenyatta"], ["ethiopia", "tplf"]) \
        in _table("Kenyatta witnessed the signing of the accord between Ethiopia and the TPLF.",
                  "2022-11-03")
    assert _table("Erdogan presided over the signing of the deal by Russia and Ukraine in "
                  "Istanbul.", "2022-07-23") == [
        ("CONSULT", "consult.witness-signing-verb", ["recep-tayyip-erdogan"],
         ["russia", "ukraine"])]
    # watching no signing, or a signing before no one named, is no mediation
    assert _table("Crowds looked on as the soldiers marched into the town.", "2022-07-23") == []
    assert _table("The agreement was signed in Doha in the presence of diplomats.",
                  "2022-07-23") == []


def test_the_witness_and_the_signers_sign_where_the_talks_just_told_were_held():
    events = analyze_text(
        "Saudi Arabia and Iran agreed on Friday to restore relations. A statement issued after "
        "four days of talks in Beijing said the two countries would respect each other's "
        "sovereignty. The agreement was signed by Ali Shamkhani and Musaed al-Aiban, with "
        "China's top diplomat Wang Yi standing between them.", published="2023-03-10").events
    witness = [e for e in events if e.rule == "consult.witness-signing"]
    assert [(e.source, e.place_text) for e in witness] == [(["wang-yi"], "Beijing")]
    assert {"ali-shamkhani", "musaed-al-aiban"} <= set(witness[0].target)
    assert [e.place_text for e in events if e.rule == "agree.sign"] == ["Beijing", "Beijing"]


def test_two_people_named_so_after_their_meeting_act_together():
    assert _table("Macron met Scholz in Paris on Monday. The two leaders agreed to step up "
                  "military aid to Kyiv.", "2024-05-07") == [
        ("CONSULT", "consult.meet", ["emmanuel-macron"], ["olaf-scholz"]),
        ("AGREE", "agree.agree", ["emmanuel-macron"], ["olaf-scholz"]),
        ("AGREE", "agree.agree", ["olaf-scholz"], ["emmanuel-macron"])]
    assert _table("Erdogan hosted Putin in Sochi on Friday. Both also agreed to revive the "
                  "grain deal.", "2023-09-05")[1:] == [
        ("AGREE", "agree.agree", ["recep-tayyip-erdogan"], ["vladimir-putin"]),
        ("AGREE", "agree.agree", ["vladimir-putin"], ["recep-tayyip-erdogan"])]
    assert _table("Blinken spoke by phone with Wang Yi on Tuesday, and the two men discussed "
                  "the crisis in Gaza.", "2024-05-07")[1:] == [
        ("CONSULT", "consult.discuss-pair", ["antony-blinken"], ["wang-yi"]),
        ("CONSULT", "consult.discuss-pair", ["wang-yi"], ["antony-blinken"])]
    # with no two people named before, "the two leaders" are no one; aides are not the leaders
    assert [r[0] for r in _table("Russian troops shelled Kharkiv. The two leaders agreed to "
                                 "hold talks.", "2024-05-07")] == ["ASSAULT"]
    assert _table("Both agreed to a ceasefire.", "2024-05-07") == []
    assert _table("Aides of the two leaders met in Geneva.", "2024-05-07") == []


def test_officials_from_both_sides_are_the_two_sides():
    fight = ("Pakistan and Afghanistan traded fire on Sunday. Pakistan shelled Afghanistan on "
             "Monday. ")
    for subject in ("Officials from both sides", "The foreign ministers of the two countries"):
        assert [r for r in _table(fight + subject + " met in Doha on Friday.", "2025-10-17")
                if r[0] == "CONSULT"] == [
            ("CONSULT", "consult.meet", ["afghanistan"], ["pakistan"]),
            ("CONSULT", "consult.meet", ["pakistan"], ["afghanistan"])]


def test_talks_opened_or_held_with_capitals_and_counterparts_are_with_their_governments():
    events = analyze_text("Pakistan and Afghanistan traded fire. Hakan Fidan spoke to his "
                          "counterparts in Islamabad and Kabul during the week.",
                          published="2025-10-17").events
    assert [(e.rule, e.source, e.target, e.place_text) for e in events
            if e.type == "CONSULT"] == [
        ("consult.counterparts-in", ["hakan-fidan"], ["pakistan", "afghanistan"], None)]
    assert _table("Turkey started negotiations with Syria on Monday.", "2024-01-29") == [
        ("CONSULT", "consult.sit-down", ["turkey"], ["syria"])]
    assert _table("Kagame left Doha after three rounds of talks with Tshisekedi.",
                  "2025-03-19") == [
        ("CONSULT", "consult.after-talks", ["paul-kagame"], ["felix-tshisekedi"])]
    assert _table("President Ram Chandra Paudel appointed Karki after two days of talks with "
                  "army chief General Ashok Raj Sigdel.", "2025-09-14") == [
        ("CONSULT", "consult.after-talks", ["ram-chandra-paudel"], ["ashok-raj-sigdel"])]
    # days of fighting are no talks
    assert _table("Thousands of people fled after two days of fighting in the town.",
                  "2025-03-19") == []


def test_a_force_that_leaves_a_place_or_pulls_its_fighters_out_withdraws():
    rows_ = []
    for text, day in (
            ("Hezbollah is to pull its fighters and heavy weapons out of the area.", "2024-11-27"),
            ("SDF commander Mazloum Abdi said his fighters would leave Manbij as soon as "
             "possible.", "2024-12-11"),
            ("Russian troops left Kherson on Friday.", "2022-11-12"),
            ("The last French soldiers left Mali in August.", "2022-11-12")):
        rows_ += [(e.type, e.rule, e.source, e.target, e.modality)
                  for e in analyze_text(text, published=day).events]
    assert rows_ == [
        ("RETREAT", "retreat.withdraw", ["hezbollah"], [], "planned"),
        ("RETREAT", "retreat.forces-leave", ["mazloum-abdi", "syrian-democratic-forces"], [],
         "planned"),
        ("RETREAT", "retreat.forces-leave", ["russian-armed-forces"], [], "asserted"),
        ("RETREAT", "retreat.forces-leave", ["french-armed-forces"], ["mali"], "historical")]
    # civilians leaving, troops leaving mines behind, a date or a destination: no withdrawal
    for text in ("Thousands of civilians left the city on Saturday.",
                 "Russian troops left behind mines and booby traps.",
                 "Biden confirmed in April that American forces would leave by September.",
                 "Russian troops left for the front on Friday."):
        assert analyze_text(text, published="2022-11-12").events == [], text


def test_briefing_a_council_consults_it_and_the_telling_is_done_not_reported():
    rows_ = []
    for text in ("Guterres briefed the UN Security Council on Monday.",
                 "The U.N. envoy Hans Grundberg told the Security Council that the truce was "
                 "holding.",
                 "Zelenskiy addressed the UN General Assembly by video link.",
                 "Congo's foreign minister condemned the attack and told the U.N. Security "
                 "Council that Rwandan troops had crossed the border."):
        rows_ += [(e.rule, e.source, e.target, e.modality)
                  for e in analyze_text(text, published="2024-09-25").events
                  if e.type == "CONSULT"]
    assert rows_ == [
        ("consult.brief-council", ["antonio-guterres"], ["un-security-council"], "asserted"),
        ("consult.brief-council", ["hans-grundberg"], ["un-security-council"], "asserted"),
        ("consult.brief-council", ["volodymyr-zelensky"], ["un-general-assembly"], "asserted"),
        # (Congo's foreign minister in September 2024 is Therese Kayikwamba Wagner)
        ("consult.brief-council", ["therese-kayikwamba-wagner"], ["un-security-council"],
         "asserted")]
    # addressing the nation or reporters consults no one
    for text in ("Zelenskiy addressed the nation on Monday.",
                 "The minister told reporters after a council meeting that the talks had "
                 "failed."):
        assert [e for e in analyze_text(text, published="2024-09-25").events
                if e.type == "CONSULT"] == [], text


def test_an_adviser_or_envoy_sent_with_his_name_between_is_a_visit_of_the_sender():
    assert _table("Brazilian President Luiz Inacio Lula da Silva sent his chief foreign policy "
                  "adviser Celso Amorim to the talks.", "2023-12-15") == [
        ("CONSULT", "consult.send-envoy", ["lula-da-silva"], [])]
    assert _table("Qatar sent its envoy Mohammed al-Khulaifi to Kabul to meet the Taliban.",
                  "2023-12-15") == [("CONSULT", "consult.send-envoy", ["qatar"], ["taliban"])]
    # troops sent are no envoy
    assert [r for r in _table("Russia sent military advisers to Mali.", "2023-12-15")
            if r[0] == "CONSULT"] == []


def test_a_picture_or_the_names_released_free_nobody():
    for text in ("Islamic State later released a picture of eight men.",
                 "The ministry released the names of the soldiers killed."):
        assert [e.type for e in analyze_text(text, published="2019-04-23").events] == []
    events = analyze_text("Hamas released three hostages on Sunday.", published="2025-01-20").events
    assert [(e.type, e.rule, e.source) for e in events] == [
        ("RETREAT", "retreat.release", ["hamas"])]
