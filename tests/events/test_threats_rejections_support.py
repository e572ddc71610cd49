"""THREATEN, REJECT, SUPPORT, COOPERATE and CONCEDE in the shapes wire copy gives them: what a
speaker says a move 'would be treated as', a readiness to confront, and the look-alikes that are
no threat (a vote condemned as a threat, a remark that 'amounted to' a declaration of war,
force majeure) and no cooperation (a country 'one of the partners of' others)."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2024-01-15").events


def summary(events: list[Event]) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.type, e.rule, e.source, e.target) for e in events]


def of_type(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def test_a_move_the_speaker_would_treat_as_a_threat_is_his_threat():
    events = events_of(
        "Any advance on the city of Sirte would be treated as a direct threat to Egypt's national "
        "security, President Abdel Fattah al-Sisi was quoted as saying on Saturday.")
    threats = of_type(events, "THREATEN")
    assert [(e.rule, e.source) for e in threats] == [
        ("threaten.treated-as-threat", ["abdel-fattah-al-sisi"])], summary(events)


def test_ready_to_confront_is_the_speakers_threat():
    events = events_of(
        "Saudi Crown Prince Mohammed bin Salman told US President Donald Trump in a phone call "
        "that the kingdom was willing and able to confront what he called terrorist aggression.")
    threats = of_type(events, "THREATEN")
    assert [(e.rule, e.source) for e in threats] == [
        ("threaten.ready-to-confront", ["mohammed-bin-salman"])], summary(events)


def test_a_vote_condemned_as_a_threat_is_no_threat():
    events = events_of(
        "Egypt condemned the Turkish parliament's vote as a threat to Arab security.")
    assert of_type(events, "THREATEN") == [], summary(events)


def test_remarks_that_amounted_to_a_declaration_of_war_are_no_threat():
    events = events_of(
        "The remarks were condemned on Sunday by Libya's Government of National Accord (GNA), "
        "which said in a statement that they amounted to \"a declaration of war\".")
    assert of_type(events, "THREATEN") == [], summary(events)


def test_a_warning_with_force_majeure_is_no_threat():
    events = events_of(
        "The National Oil Corporation declared force majeure, warning that output could "
        "collapse.")
    assert of_type(events, "THREATEN") == [], summary(events)


def test_partners_of_others_is_a_standing_relation_not_cooperation():
    events = events_of(
        "Niger had been one of the last close partners of Western governments in the fight "
        "against jihadist groups in the Sahel.")
    assert of_type(events, "COOPERATE") == [], summary(events)


def test_readiness_to_develop_friendly_relations_is_support_without_an_alignment():
    analysis = analyze_text("China said it was ready to develop friendly relations with "
                            "Afghanistan.", published="2024-01-15")
    support = [e for e in analysis.events if e.type == "SUPPORT"]
    assert [(e.rule, e.source, e.target) for e in support] == [
        ("support.friendly-relations", ["china"], ["afghanistan"])], summary(analysis.events)
    assert analysis.relations == []


def test_a_ruler_who_gave_instructions_for_power_to_be_handed_over_concedes():
    events = events_of(
        "Russia's foreign ministry said Bashar al-Assad had left Syria after talks with parties "
        "to the conflict and had given instructions for power to be handed over peacefully.")
    concede = of_type(events, "CONCEDE")
    # the adverbial "after talks with parties to the conflict" has no actor of its own: the
    # coordinated clause takes the main clause's subject
    assert [(e.rule, e.source) for e in concede] == [
        ("concede.order-handover", ["bashar-al-assad"])], summary(events)


def test_names_joined_by_commas_alone_open_a_headline_as_a_list():
    events = events_of("Mali, Burkina Faso warn ECOWAS that force in Niger would mean war\n\n"
                       "NIAMEY, Aug 1 - The two juntas issued a joint statement.")
    threats = of_type(events, "THREATEN")
    assert [(e.source, e.target) for e in threats] == [
        (["mali", "burkina-faso"], ["ecowas"])], summary(events)


def test_a_title_after_a_name_in_a_headline_is_still_an_apposition():
    events = events_of("Guterres, UN chief, warns Haftar of consequences over Tripoli attack\n\n"
                       "NEW YORK, April 8 - The secretary-general spoke on Monday.")
    threats = of_type(events, "THREATEN")
    assert [e.source for e in threats] == [["antonio-guterres"]], summary(events)


def test_a_proposal_far_from_meeting_the_speakers_demands_is_turned_down():
    events = events_of(
        "Prime Minister Benjamin Netanyahu's office responded that the proposal was far from "
        "meeting Israel's core demands, but said a delegation would be sent to Cairo.")
    assert [(e.type, e.rule, e.source) for e in events if e.type in ("REJECT", "REQUEST")] == [
        ("REJECT", "reject.falls-short", ["benjamin-netanyahu"])], summary(events)


def test_hours_given_to_lay_down_weapons_are_an_ultimatum_to_whom_they_are_given():
    events = events_of(
        "GOMA, Jan 27 - The M23 rebels had given Congolese soldiers in Goma 48 hours to lay "
        "down their weapons.")
    threats = of_type(events, "THREATEN")
    assert [(e.rule, e.source, e.target) for e in threats] == [
        ("threaten.give-hours", ["m23"], ["fardc"])], summary(events)


def test_a_government_that_will_not_be_deterred_threatens_its_attackers():
    events = events_of(
        "MOGADISHU, Oct 31 - Two al-Shabaab car bombs killed at least 100 people in Mogadishu on "
        "Saturday.\n\nPresident Hassan Sheikh Mohamud told reporters the government would not "
        "be deterred.")
    threats = of_type(events, "THREATEN")
    assert [(e.rule, e.source, e.target) for e in threats] == [
        ("threaten.not-go-unanswered", ["hassan-sheikh-mohamud"], ["al-shabaab"])], \
        summary(events)


def test_a_new_subject_after_comma_and_ends_the_ultimatums_content():
    events = events_of(
        "GOMA, Jan 27 - The M23 had given Congolese soldiers in Goma 48 hours to lay down their "
        "weapons, and hundreds of Congolese soldiers surrendered to the M23.")
    assert [(e.type, e.source, e.target) for e in events] == [
        ("THREATEN", ["m23"], ["fardc"]), ("RETREAT", ["fardc"], ["m23"])], summary(events)


def test_bond_yields_is_no_concession():
    analysis = analyze_text("Russia has kept bond yields low since the invasion.")
    assert [e.type for e in analysis.events if e.type == "CONCEDE"] == []


def test_denying_any_role_rejects_the_accusation_of_whoever_made_it():
    events = analyze_text("New Delhi has accused Islamabad of backing the attackers. Pakistan "
                          "denies any role and has called for a neutral investigation.",
                          published="2025-05-07").events
    rejections = [(e.rule, e.source, e.target, e.modality) for e in of_type(events, "REJECT")]
    assert rejections == [("reject.deny-allegation", ["pakistan"], ["india"], "asserted")]


def test_suspending_ones_participation_in_talks_is_a_walk_out_not_a_halt_of_talks():
    events = analyze_text(
        "KHARTOUM, June 1 - The army said on Wednesday it had suspended its participation in the "
        "talks because the RSF had never withdrawn from hospitals.", published="2023-06-01").events
    assert [(e.type, e.rule, e.source) for e in events if e.type in ("REJECT", "SANCTION")] == [
        ("REJECT", "reject.walk-out", ["sudanese-armed-forces"])], summary(events)
    # a government suspending the talks themselves halts them
    halted = events_of("Petro suspended peace talks with the ELN on Friday.")
    assert [e.rule for e in halted if e.type in ("REJECT", "SANCTION")] == [
        "sanction.suspend-talks"], summary(halted)


def test_a_warning_of_a_response_with_words_between_is_a_threat():
    assert summary(events_of("North Korea warned of a \"merciless\" response to the drills.")) == [
        ("THREATEN", "threaten.warn-retaliation", ["north-korea"], [])]
    assert events_of("The WHO warned of a humanitarian catastrophe.") == []


def test_what_is_rejected_or_condemned_after_a_possessive_pronoun_is_aimed_at_its_owner():
    def aimed(text: str, type_: str) -> list[tuple[list[str], list[str]]]:
        return [(e.source, e.target) for e in of_type(events_of(text), type_)]

    assert aimed("Venezuelan President Nicolas Maduro was sworn in on Friday. The United States "
                 "does not recognise his re-election last year, which the opposition says was "
                 "stolen.", "REJECT") == [(["united-states"], ["nicolas-maduro"])]
    assert aimed("Lukashenko was sworn in again on Friday. The European Union refused to "
                 "recognise his victory.", "REJECT") == [
        (["european-union"], ["alexander-lukashenko"])]
    assert aimed("Putin met Xi in Beijing. Kyiv condemned his remarks on the war.",
                 "ACCUSE") == [(["ukraine"], ["vladimir-putin"])]
    # A person the pronoun's noun phrase names is the one acted on, not the owner.
    assert [(e.type, e.target) for e in events_of(
        "Prigozhin was seen in Minsk. Putin met his close ally, Lukashenko, in Sochi.")] == [
        ("CONSULT", ["alexander-lukashenko"])]
    assert aimed("Hadi, who has lived in exile in Saudi Arabia, also dismissed his deputy, Ali "
                 "Mohsen al-Ahmar.", "REJECT") == [
        (["abd-rabbu-mansour-hadi"], ["ali-mohsen-al-ahmar"])]


def test_an_owned_claim_to_something_is_a_noun_and_its_owner_the_target_of_its_rejection():
    events = analyze_text("Maduro was sworn in on Friday. His claim to a third term has been "
                          "rejected by most Western governments.", published="2025-01-11").events
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("REJECT", ["x-western-governments"], ["nicolas-maduro"], "asserted")]
    events = events_of("Maduro's claim over the region has been rejected by the European Union.")
    assert [(e.source, e.target) for e in of_type(events, "REJECT")] == [
        (["european-union"], ["nicolas-maduro"])]
    # His claims that something happened still report it.
    events = events_of("Moscow rejected his claims that Russia shelled the plant.")
    assert [(e.type, e.modality) for e in of_type(events, "ASSAULT")] == [
        ("ASSAULT", "reported")]
