"""Accusations and threats in the shapes wire copy gives them: quoted threats whose quote opened
in an earlier sentence, threats of force that name no one, and an act called a violation."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2024-01-15").events


def by_rule(events: list[Event], rule: str) -> Event:
    found = [e for e in events if e.rule == rule]
    assert len(found) == 1, [(e.type, e.rule, e.source, e.target) for e in events]
    return found[0]


LIBYA = (
    "TRIPOLI, April 7 - Forces loyal to eastern commander Khalifa Haftar carried out an air "
    "strike on the southern outskirts of Tripoli on Sunday.\n\n"
    "Fayez al-Serraj, the GNA's prime minister, accused Haftar of stabbing the peace process in "
    "the back. \"We offered our hand for peace and received an attack in return. Whoever "
    "attacks our capital will be met with force,\" Serraj said in a televised speech.")

YEMEN = (
    "SANAA, Jan 12 - US and British warplanes struck Houthi targets across Yemen on Friday.\n\n"
    "President Joe Biden said the strikes were meant to protect shipping. \"I will not hesitate "
    "to direct further measures to protect our people,\" he said in a statement.\n\n"
    "Iran condemned Friday's strikes. Foreign ministry spokesman Nasser Kanaani called them an "
    "arbitrary violation of Yemen's sovereignty and international law.")


def test_the_speaker_after_a_quote_opened_in_an_earlier_sentence_threatens():
    threat = by_rule(events_of(LIBYA), "threaten.met-with-force")
    assert threat.type == "THREATEN"
    assert threat.source == ["fayez-al-sarraj"]
    # no one named: aimed at whoever has been attacking the camp he speaks for
    assert threat.target == ["khalifa-haftar"]


def test_a_quoted_threat_implies_no_alignment():
    analysis = analyze_text(LIBYA, published="2024-01-15")
    threat = by_rule(analysis.events, "threaten.met-with-force")
    assert not [r for r in analysis.relations if threat.evidence.text in r.evidence.text]


def test_a_threat_naming_no_one_after_the_speakers_strikes_is_aimed_at_whom_they_struck():
    threat = by_rule(events_of(YEMEN), "threaten.not-go-unanswered")
    assert threat.source == ["joe-biden"]
    assert threat.target == ["houthis"]


def test_an_act_called_a_violation_is_condemned_with_whoever_did_it():
    events = events_of(YEMEN)
    called = by_rule(events, "accuse.call-act")
    assert called.type == "ACCUSE"
    assert called.source == ["nasser-kanaani"]  # in the knowledge base since session 28
    # "them" are the strikes Iran condemned just before, not an actor
    assert called.target == ["united-states", "british-armed-forces"]


def test_strikes_called_a_violation_take_the_strikers():
    events = events_of("US and British warplanes struck Houthi targets in Yemen on Friday. "
                       "Russia called the strikes a violation of international law.")
    called = by_rule(events, "accuse.call-act")
    assert called.source == ["russia"]
    assert called.target == ["united-states", "british-armed-forces"]


def test_calling_someone_a_name_is_still_branding():
    events = events_of("RSF commander Mohamed Hamdan Dagalo called Burhan a criminal.")
    branded = by_rule(events, "accuse.brand")
    assert (branded.source, branded.target) == (["hemedti"], ["abdel-fattah-al-burhan"])


def test_an_army_that_will_not_stop_until_its_foe_faces_justice_threatens_it():
    events = events_of(
        "Ethiopian troops clashed with TPLF fighters near Mekelle on Wednesday. On Thursday, "
        "deputy army chief Berhanu Jula told a news conference that the army would not stop "
        "until the TPLF leadership faced justice.")
    threat = by_rule(events, "threaten.not-stop-until")
    assert (threat.source, threat.target) == (["birhanu-jula"], ["tplf"])


def test_fighters_who_would_track_a_leader_down_are_their_commanders_threat():
    events = events_of("RSF commander General Mohamed Hamdan Dagalo, known as Hemedti, called "
                       "Burhan a criminal and said his fighters would track him down.")
    threat = by_rule(events, "threaten.hunt-down")
    assert threat.type == "THREATEN"
    assert "hemedti" in threat.source
    assert threat.target == ["abdel-fattah-al-burhan"]


def test_hunting_done_is_no_threat():
    events = events_of("Police hunted down the gunmen on Tuesday.")
    assert not [e for e in events if e.type == "THREATEN"]


def test_charges_called_baseless_are_rejected_for_whoever_made_them():
    events = events_of("Washington accused Iran of being behind the strikes. Foreign ministry "
                       "spokesman Abbas Mousavi said on Sunday that the US charges were blind "
                       "and meaningless.")
    rejected = by_rule(events, "reject.charges-baseless")
    assert (rejected.type, rejected.source, rejected.target) == (
        "REJECT", ["abbas-mousavi"], ["united-states"])  # a KB person since session 28


def test_calling_anothers_words_a_declaration_of_war_is_no_threat_but_a_warning_is():
    said = analyze_text(
        "The remarks were condemned on Sunday by the UN-recognised Government of National "
        "Accord (GNA), which said in a statement that they amounted to \"a declaration of "
        "war\".", published="2020-06-21")
    assert not [e for e in said.events if e.type == "THREATEN"]
    warned = analyze_text("Russia said it would consider any attack on Crimea a declaration "
                          "of war.", published="2023-08-01")
    assert [(e.rule, e.source) for e in warned.events if e.type == "THREATEN"] == [
        ("threaten.declaration-of-war", ["russia"])]


def test_whoever_says_a_party_was_responsible_for_an_attack_accuses_it():
    accusation = by_rule(events_of(
        "Israel said Hezbollah was responsible for the killing of the children."),
        "accuse.responsible-for")
    assert (accusation.source, accusation.target) == (["israel"], ["hezbollah"])


def test_a_party_responsible_for_an_attack_with_no_one_saying_so_accuses_no_one():
    events = events_of("Hezbollah was responsible for the attack on the town.")
    assert [e for e in events if e.rule == "accuse.responsible-for"] == []


KASHMIR = (
    "NEW DELHI, May 7 - India fired missiles at nine sites in Pakistan early on Wednesday.\n\n"
    "Prime Minister Shehbaz Sharif called the strikes an act of war. After a meeting of the "
    "National Security Committee, Pakistan said its armed forces had been authorised to "
    "respond at a time and place of their choosing.")


def test_calling_an_attack_an_act_of_war_condemns_its_doers():
    events = analyze_text(KASHMIR, published="2025-05-07").events
    accusation = by_rule(events, "accuse.call-act")
    assert (accusation.source, accusation.target) == (["shehbaz-sharif"], ["india"])


def test_a_response_at_a_time_and_place_of_their_choosing_is_a_threat():
    events = analyze_text(KASHMIR, published="2025-05-07").events
    threat = by_rule(events, "threaten.right-to-respond")
    assert (threat.type, threat.target, threat.modality) == ("THREATEN", ["india"], "asserted")


def test_a_state_that_regards_a_group_as_an_extension_of_another_accuses_it():
    from factions.pipeline import analyze_text

    events = analyze_text("Turkey considers the YPG an extension of the Kurdistan Workers' Party "
                          "(PKK), which has waged an insurgency against the Turkish state since "
                          "1984.", published="2024-12-10").events
    assert [(e.rule, e.source, e.target) for e in events if e.type == "ACCUSE"] == [
        ("accuse.regard-as", ["turkey"], ["ypg"])]


def test_a_leader_condemns_no_act_of_his_own_side():
    from factions.pipeline import analyze_text

    text = ("ANKARA, Oct 24 - Two assailants, a man and a woman armed with rifles and "
            "explosives, stormed the Turkish Aerospace Industries (TUSAS) complex in "
            "Kahramankazan on Wednesday afternoon. Four employees and a taxi driver were killed "
            "and 22 people were wounded before security forces shot both attackers dead. "
            "President Tayyip Erdogan called the assault a vile terrorist attack.")
    events = analyze_text(text, published="2024-10-24").events
    assert [(e.source, e.target) for e in events if e.type == "ACCUSE"] == [
        (["recep-tayyip-erdogan"], ["x-unnamed-armed-group"])]
    assert ("assault.storm", ["x-unnamed-armed-group"], ["turkish-aerospace"]) in [
        (e.rule, e.source, e.target) for e in events if e.type == "ASSAULT"]


def test_a_minister_who_names_the_attackers_group_blames_it_and_a_threat_in_the_passive():
    from factions.pipeline import analyze_text

    text = ("ANKARA, Oct 24 - Turkish warplanes struck Kurdish militant targets in northern Iraq "
            "overnight. The ministry said 32 targets of the Kurdistan Workers' Party (PKK) had "
            "been destroyed. Interior Minister Ali Yerlikaya said the attackers were members of "
            "the PKK. President Tayyip Erdogan said the militants would be pursued wherever "
            "they hid.")
    events = analyze_text(text, published="2024-10-24").events
    assert [(e.rule, e.source, e.target) for e in events if e.type in ("ACCUSE", "THREATEN")] == [
        ("accuse.attackers-members-of", ["ali-yerlikaya"], ["pkk"]),
        ("threaten.will-be-pursued", ["recep-tayyip-erdogan"], ["pkk"])]
    # "struck Kurdish militant targets": "targets" is the noun, not a second attack on Iraq
    assert [e.rule for e in events if e.type == "ASSAULT"][:1] == ["assault.strike"]
    assert "assault.target" not in [e.rule for e in events]


def test_a_charge_named_in_apposition_is_the_blame_told_before_and_its_denial_answers_it():
    events = events_of("Bangkok blamed the blast on mines it said had been newly laid by "
                       "Cambodian troops, an accusation Phnom Penh denied.")
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("ACCUSE", "accuse.blame", ["thailand"], []),
        ("REJECT", "reject.charge-denied", ["cambodia"], ["thailand"])]


def test_who_says_a_side_broke_the_truce_charges_it():
    events = analyze_text(
        "KHARTOUM, June 1 - Secretary of State Antony Blinken said the army and the RSF had "
        "violated the truce and that Washington would hold them to account.",
        published="2023-06-01").events
    assert [(e.type, e.rule, e.source, e.target) for e in events] == [
        ("ACCUSE", "accuse.truce-violated", ["antony-blinken"],
         ["sudanese-armed-forces", "rapid-support-forces"])]
    # told with no one saying it, the violation is the act itself
    told = analyze_text("KHARTOUM, June 1 - The army violated the truce on Monday.",
                        published="2023-06-01").events
    assert [(e.type, e.source) for e in told] == [("ASSAULT", ["sudanese-armed-forces"])]


def test_a_move_someone_called_a_provocation_is_their_charge_against_the_mover():
    # ", a move X called Y" (with or without "that"): X calls the main clause's act Y, aimed
    # at its subject; not the main clause's subject accusing no one.
    def rows(text: str) -> list[tuple[str, list[str], list[str], str]]:
        return [(e.type, e.source, e.target, e.rule)
                for e in analyze_text(text, published="2023-12-14").events
                if e.type == "ACCUSE"]

    assert rows("The U.S. military held joint air drills with Guyana's armed forces over the "
                "country on Dec. 7, a move Venezuela's defence minister, Vladimir Padrino "
                "Lopez, called a provocation.") == [
        ("ACCUSE", ["vladimir-padrino-lopez"], ["us-armed-forces"], "accuse.call-act")]
    for text in ("The United States sent a warship through the Taiwan Strait on Monday, a move "
                 "China called a provocation.",
                 "The United States sent a warship through the Taiwan Strait on Monday, a move "
                 "that China called a provocation."):
        assert rows(text) == [("ACCUSE", ["china"], ["united-states"], "accuse.call-act")]


def test_what_the_accuser_goes_on_to_say_after_and_said_is_no_part_of_the_charge():
    # "said he would be held responsible" is Frelimo's word on Mondlane, not Mondlane blaming
    # anyone: the charge "of inciting violence" ends at "and said"
    events = analyze_text("MAPUTO, Nov 8 - Frelimo's spokesperson accused Venancio Mondlane on "
                          "Wednesday of inciting violence and said he would be held responsible "
                          "for the deaths.", published="2024-11-08").events
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("ACCUSE", ["frelimo"], ["venancio-mondlane"], "asserted")]


def test_a_warning_that_the_army_could_be_deployed_is_a_threat():
    events = analyze_text("MAPUTO, Nov 8 - Defence Minister Cristovao Chume warned earlier this "
                          "week that the army could be deployed to support the police if the "
                          "unrest continued.", published="2024-11-08").events
    assert [(e.type, e.source, e.modality) for e in events] == [
        ("THREATEN", ["cristovao-chume"], "asserted")]


def test_an_inquiry_into_someones_death_does_not_accuse_the_dead():
    events = analyze_text("DUBAI, Sept 28 - Mahsa Amini, 22, died on Sept 16. President Ebrahim "
                          "Raisi has ordered an investigation into Amini's death.",
                          published="2022-09-28").events
    assert [(e.type, e.mode, e.source, e.target) for e in events] == [
        ("ACCUSE", "investigate", ["ebrahim-raisi"], [])]


def test_a_charge_which_the_accused_denied_is_rejected():
    events = analyze_text("MAPUTO, Nov 8 - Venancio Mondlane blamed the security forces for the "
                          "killings, which the police denied.", published="2024-11-08").events
    assert [(e.type, e.source, e.target) for e in events] == [
        ("ACCUSE", ["venancio-mondlane"], ["mozambican-police"]),
        ("REJECT", ["mozambican-police"], ["venancio-mondlane"])]
