"""Regional diplomacy and cooperation: deals rejected by a third party, joint operations and
units, offers of troops, help named by what it sends, and the words that look like attacks or
deals and are not (the Anbar *desert*, *seized on* a dispute, *signed a law*)."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str = "2024-01-22") -> list[Event]:
    return analyze_text(text, published=published).events


def table(events: list[Event]) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in events]


def find(events: list[Event], kind: str, source: str) -> Event:
    found = [e for e in events if e.type == kind and source in e.source]
    assert len(found) == 1, [(e.type, e.rule, e.source, e.target) for e in events]
    return found[0]


MOU = ("Ethiopian Prime Minister Abiy Ahmed and Somaliland's president, Muse Bihi Abdi, signed a "
       "memorandum of understanding in Addis Ababa on Jan. 1 that would give landlocked Ethiopia "
       "access to the Red Sea. ")


def test_a_rejected_deal_is_aimed_at_its_parties_not_at_the_rejecters_war_foe():
    events = events_of(
        "Somalia's government said it would defeat a sea access deal between Ethiopia and the "
        "breakaway region of Somaliland.\n\n" + MOU +
        "Somalia's cabinet met in an emergency session the next day and rejected the deal as "
        "null and void. Al-Shabaab fighters attacked a Somali army base.")
    reject = find(events, "REJECT", "federal-government-of-somalia")
    assert reject.target == ["government-of-somaliland", "ethiopia"]
    assert reject.date == "2024-01-02"  # the day after Jan. 1


def test_a_law_nullifying_a_deal_rejects_it_and_the_relative_act_is_called_a_violation():
    events = events_of(
        "Somalia rejected a sea access deal between Ethiopia and Somaliland. " + MOU +
        "On Jan. 6, President Hassan Sheikh Mohamud signed a law nullifying the memorandum, which "
        "he called a violation of international law.")
    sentence = [e for e in events if "nullifying" in e.evidence.text]
    assert [(e.type, e.source, e.target) for e in sentence] == [
        ("REJECT", ["hassan-sheikh-mohamud"], ["government-of-somaliland", "ethiopia"]),
        ("ACCUSE", ["hassan-sheikh-mohamud"], ["government-of-somaliland", "ethiopia"])]


def test_a_hyphenated_pair_before_a_modified_deal_noun_are_its_two_sides():
    events = events_of("Somalia vows to defend its sovereignty as Ethiopia-Somaliland port deal "
                       "stirs regional alarm")
    agree = [(e.source, e.target) for e in events if e.type == "AGREE"]
    assert agree == [(["ethiopia"], ["government-of-somaliland"]),
                     (["government-of-somaliland"], ["ethiopia"])]


def test_forces_that_strike_in_a_joint_operation_cooperate_each_with_the_other():
    events = events_of("Iraqi forces and the U.S.-led coalition killed nine Islamic State "
                       "fighters in a joint operation in the western desert of Anbar province.",
                       "2024-12-16")
    assert table(events) == [
        ("ASSAULT", ["iraqi-security-forces", "global-coalition-against-daesh"],
         ["islamic-state"]),
        ("COOPERATE", ["iraqi-security-forces"], ["global-coalition-against-daesh"]),
        ("COOPERATE", ["global-coalition-against-daesh"], ["iraqi-security-forces"])]


def test_the_desert_is_a_place_not_a_flight():
    events = events_of("Iraqi forces and U.S.-led coalition kill Islamic State fighters in "
                       "Anbar desert raid", "2024-12-16")
    assert "RETREAT" not in {e.type for e in events}


def test_two_forces_that_form_joint_brigades_cooperate():
    events = events_of("Kurdish Peshmerga forces and the Iraqi army have formed two joint "
                       "brigades to hunt Islamic State cells.", "2024-12-16")
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("COOPERATE", "cooperate.joint-units", ["peshmerga"], ["iraqi-army"]),
        ("COOPERATE", "cooperate.joint-units", ["iraqi-army"], ["peshmerga"])]


def test_an_offer_to_send_troops_is_aid_to_the_country():
    aid = find(events_of("An Egyptian official said Cairo had offered to send troops to Somalia "
                         "if Mogadishu asked for them."), "AID", "egypt")
    assert (aid.mode, aid.target) == ("troops", ["somalia"])


def test_backing_forces_with_air_strikes_is_military_aid():
    aid = find(events_of("The group was defeated after a war in which the U.S.-led coalition "
                         "backed Iraqi forces with air strikes.", "2024-12-16"), "AID",
               "global-coalition-against-daesh")
    assert (aid.rule, aid.target) == ("aid.back-with", ["iraqi-security-forces"])


def test_declining_to_attend_a_summit_snubs_the_body_that_convened_it():
    reject = find(events_of("Ethiopia declined to attend an emergency summit of the East African "
                            "bloc IGAD in Kampala on Thursday."), "REJECT", "ethiopia")
    assert reject.target == ["igad"]


def test_backing_a_states_territorial_integrity_supports_that_state():
    support = find(events_of("Turkey said it backed Somalia's territorial integrity."),
                   "SUPPORT", "turkey")
    assert support.target == ["somalia"]


def test_seizing_on_a_dispute_and_signing_a_law_are_no_seizure_and_no_deal():
    events = events_of("Al-Shabaab has seized on the dispute. President Hassan Sheikh Mohamud "
                       "signed a law on the budget.")
    assert {e.type for e in events} <= {"REJECT"}


def test_a_troop_presence_counted_with_several_thousand():
    events = events_of("Landlocked since Eritrea's independence in 1993, Ethiopia relies on "
                       "Djibouti for most of its trade. It has several thousand troops in "
                       "Somalia.")
    mobilize = find(events, "MOBILIZE", "ethiopia")
    assert mobilize.rule == "mobilize.has-troops-in"


def test_suspects_handed_over_past_where_they_were_held_go_to_the_recipient():
    events = events_of("The Kurdish-led Syrian Democratic Forces (SDF) handed over 125 Iraqi "
                       "Islamic State suspects held in northeast Syria to Iraqi authorities last "
                       "week, the migration ministry said.", "2024-12-16")
    cooperate = find(events, "COOPERATE", "syrian-democratic-forces")
    assert (cooperate.rule, cooperate.target) == ("cooperate.extradite",
                                                 ["iraqi-government"])


def test_meeting_an_owners_officer_named_after_the_comma_is_meeting_the_officer():
    events = events_of("Prime Minister Mohammed Shia al-Sudani met the U.S.-led coalition's "
                       "commander, Major General Kevin Leahy, in Baghdad on Sunday.",
                       "2024-12-16")
    consult = find(events, "CONSULT", "mohammed-shia-al-sudani")
    assert consult.target == ["x-kevin-leahy"]


def test_a_withdrawal_set_by_a_past_agreement_is_still_planned():
    events = events_of("Baghdad and Washington agreed a timetable for the U.S.-led coalition's "
                       "drawdown in September.", "2024-12-16")
    retreat = find(events, "RETREAT", "global-coalition-against-daesh")
    assert retreat.modality == "planned"
    assert {e.modality for e in events if e.type == "AGREE"} == {"historical"}


def test_help_in_a_war_told_by_in_which_is_as_old_as_the_war():
    events = events_of("The U.S.-led coalition said it was ready. Islamic State seized about a "
                       "third of Iraq in 2014 and was declared defeated in the country three "
                       "years later, after a war in which the coalition backed Iraqi forces "
                       "with air strikes.", "2024-12-16")
    assert [(e.type, e.rule, e.modality) for e in events] == [
        ("ASSAULT", "assault.seize-territory", "historical"),
        ("AID", "aid.back-with", "historical")]


def test_a_bare_group_noun_opening_a_sentence_with_an_agent_noun_is_the_description():
    events = events_of("The U.S.-led coalition said it was ready. Coalition aircraft struck "
                       "caves used by Islamic State militants in the Wadi Houran valley late on "
                       "Saturday.", "2024-12-16")
    strike = find(events, "ASSAULT", "global-coalition-against-daesh")
    assert (strike.target, strike.date) == (["islamic-state"], "2024-12-14")


def test_the_group_opening_a_sentence_goes_on_with_the_group_the_sentence_before_opened_with():
    events = events_of(
        "Islamic State cells attack shepherds in Anbar. Islamic State may regroup. Iran-aligned "
        "factions oppose any extended foreign presence. Kataib Hezbollah, the most powerful of "
        "them, said the timetable was too slow. The group, which has attacked U.S. bases in Iraq "
        "and Syria, warned that foreign troops would be treated as occupiers.", "2024-12-16")
    attack = [e for e in events if e.type == "ASSAULT" and "U.S. bases" in e.evidence.text]
    assert [(e.source, e.target) for e in attack] == [(["kataib-hezbollah"], ["united-states"])]


def test_a_possessive_opening_a_sentence_is_the_previous_sentences_subject():
    events = events_of("The U.S.-led coalition backed Iraqi forces. Islamic State was declared "
                       "defeated in 2017. Its remaining cells still carry out hit-and-run "
                       "attacks in Anbar.", "2024-12-16")
    attack = [e for e in events if e.rule == "assault.hit-and-run"]
    assert [e.source for e in attack] == [["islamic-state"]]


def test_a_government_meeting_alone_is_no_consultation():
    events = events_of("Somalia's cabinet met in an emergency session on Tuesday.")
    assert [e.type for e in events] == []


def test_who_holds_talks_between_two_others_mediates_between_them():
    def hosted(text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
        return [(e.type, e.mode, e.source, e.target) for e in events_of(text)]

    assert hosted("Iraq held five rounds of talks between Saudi and Iranian security "
                  "officials.") == [("CONSULT", "third-party", ["iraq"], ["saudi-arabia", "iran"])]
    assert hosted("Iraq held talks between Saudi Arabia and Iran in Baghdad.") == [
        ("CONSULT", "third-party", ["iraq"], ["saudi-arabia", "iran"])]
    assert hosted("Oman organised talks between Iran and the United States.") == [
        ("CONSULT", "third-party", ["oman"], ["iran", "united-states"])]
    # Talks held with someone are that one's talks.
    assert hosted("Qatar held talks with Hamas.") == [("CONSULT", "meet", ["qatar"], ["hamas"])]


def _coded(text: str, kind: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published="2024-05-20").events if e.type == kind]


def test_standing_fully_or_firmly_behind_a_state_backs_it():
    assert _coded("Russia, Belgrade's closest ally, said it stood fully behind Serbia.",
                  "SUPPORT") == [("support.stand-by", ["russia"], ["serbia"], "asserted")]
    assert _coded("Russia said it stood firmly behind Serbia.", "SUPPORT") == [
        ("support.stand-by", ["russia"], ["serbia"], "asserted")]
    assert _coded("China said it would rally behind Pakistan.", "SUPPORT") == [
        ("support.stand-by", ["china"], ["pakistan"], "planned")]
    # standing trial is no backing
    assert _coded("Turkey said it was standing trial with nobody.", "SUPPORT") == []


def test_instructors_or_advisers_sent_to_a_country_aid_it():
    assert _coded("Moscow sent 300 more instructors to the Central African Republic on Monday.",
                  "AID") == [("aid.send-trainers-to", ["russia"], ["central-african-republic"],
                              "asserted")]
    assert _coded("Russia has sent military instructors to Mali, officials said.", "AID") == [
        ("aid.send-trainers-to", ["russia"], ["mali"], "reported")]
    # troops sent to a country may be an invasion: no aid; nor instructors sent to an event
    assert _coded("Russia sent troops to Ukraine.", "AID") == []
    assert _coded("The company sent instructors to the conference.", "AID") == []


def test_alerts_and_armies_called_out_are_mobilisations():
    assert _coded("Serbia put its army on the highest level of alert on Monday.",
                  "MOBILIZE") == [("mobilize.alert", ["serbia"], [], "asserted")]
    assert _coded("Armenia placed its troops on combat alert after the shelling.",
                  "MOBILIZE") == [("mobilize.alert", ["armenia"], [], "asserted")]
    assert _coded("Police put the suspect on a watch list.", "MOBILIZE") == []
    assert _coded("Pakistan's government called out the army to restore order in Punjab.",
                  "MOBILIZE") == [("mobilize.call-out", ["x-pak-government"], [], "asserted")]
    assert _coded("Ruto sent in the army to quell the protests.", "MOBILIZE") == [
        ("mobilize.call-out", ["william-ruto"], [], "asserted")]
    # calling out an army for its abuses is a criticism; calling in an ambassador a summons
    assert _coded("Kenya called out the military for abuses against civilians.",
                  "MOBILIZE") == []
    assert _coded("The foreign ministry called in the ambassador of Israel.", "MOBILIZE") == []
