"""Modality in the shapes wire copy gives it: which date makes an event background, whose
statement makes it a claim, and what the speaker does by saying it."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str, published: str) -> list[Event]:
    return analyze_text(text, published=published).events


def modality(events: list[Event], kind: str, trigger: str) -> set[str]:
    found = {e.modality for e in events if e.type == kind and e.evidence.trigger == trigger}
    assert found, [(e.type, e.evidence.trigger, e.modality) for e in events]
    return found


def test_a_date_in_another_clause_does_not_make_the_event_background():
    events = events_of("Turkey mediated the talks over several weeks, building on a truce that "
                       "Russia and Ukraine signed in Istanbul in April.", "2022-07-20")
    assert modality(events, "CONSULT", "mediated") == {"asserted"}
    # the truce itself is dated in its own clause, months before the story
    assert modality(events, "AGREE", "signed") == {"historical"}


def test_a_when_clause_takes_the_date_of_the_clause_it_follows():
    events = events_of("The war began in November 2020 when Ethiopian troops attacked Tigray.",
                       "2022-11-03")
    assert modality(events, "ASSAULT", "attacked") == {"historical"}
    events = events_of("Hezbollah briefly occupied the town in 2012 before withdrawing under "
                       "international pressure.", "2022-11-03")
    assert modality(events, "RETREAT", "withdrawing") == {"historical"}


def test_a_since_clause_dates_the_start_of_the_event_before_it():
    events = events_of("Russian peacekeepers, who have been deployed in the enclave since a "
                       "truce ended the war in 2020, did not intervene.", "2023-09-27")
    assert modality(events, "MOBILIZE", "deployed") == {"historical"}


def test_a_trailing_said_reports_every_clause_before_it():
    # "north and east" cuts a clause between the trigger and the speaker
    events = events_of("Sudanese army warplanes bombed RSF positions in the north and east of "
                       "Khartoum on Saturday, witnesses said.", "2024-05-07")
    assert modality(events, "ASSAULT", "bombed") == {"reported"}
    events = events_of("Russia and Turkey agreed to set up a joint monitoring centre in Idlib, the "
                       "Kremlin said, adding that talks would continue.", "2024-05-07")
    assert modality(events, "AGREE", "agreed to") == {"reported"}


def test_a_later_statement_with_a_claim_of_its_own_reports_nothing_before_it():
    events = events_of("Russian forces shelled Kharkiv on Sunday, and Ukrainian officials said on "
                       "Monday that they had repelled the attack.", "2024-05-07")
    assert modality(events, "ASSAULT", "shelled") == {"asserted"}


def test_a_deal_or_a_call_its_own_party_announces_is_its_claim():
    events = events_of("Hamas said it had accepted the ceasefire proposal.", "2024-05-07")
    assert modality(events, "AGREE", "accepted ... proposal") == {"reported"}
    events = events_of("Mr Zelensky said he had spoken to French President Emmanuel Macron.",
                       "2024-05-07")
    assert modality(events, "CONSULT", "spoken to") == {"reported"}


def test_a_speech_act_its_own_speaker_states_is_made_by_saying_it():
    events = events_of("Ukraine's foreign ministry said it condemned the Russian strikes on Kyiv.",
                       "2024-05-07")
    assert modality(events, "ACCUSE", "condemned") == {"asserted"}
    events = events_of("The U.S. State Department said it was deeply concerned and urged the "
                       "warring sides to return to talks.", "2024-05-07")
    assert modality(events, "REQUEST", "urged") == {"asserted"}


def test_a_when_clause_after_since_names_the_act_that_began_it():
    events = events_of("Fighting has raged along the border since March, when Hezbollah fighters "
                       "attacked Israeli positions.", "2024-07-30")
    assert modality(events, "ASSAULT", "attacked") == {"historical"}
    # what has gone on since then is still going on
    events = events_of("Hezbollah fighters have attacked Israeli positions almost daily since "
                       "March.", "2024-07-30")
    assert modality(events, "ASSAULT", "attacked") == {"asserted"}


def test_a_bare_verb_after_and_shares_the_modal_before_it():
    events = events_of("Ukrainian forces could cross the river and retake the town of Kherson.",
                       "2024-05-07")
    assert modality(events, "ASSAULT", "retake") == {"hypothetical"}
    events = events_of("Turkey said it would fly in medical staff and evacuate the wounded for "
                       "treatment.", "2024-05-07")
    assert modality(events, "AID", "evacuate ... wounded") == {"planned"}


def test_a_verb_with_a_tense_of_its_own_after_and_keeps_its_own_modality():
    events = events_of("UN envoy Martin Griffiths said the attack risked dragging Yemen into a "
                       "regional war, and urged all parties to show restraint.", "2024-05-07")
    assert modality(events, "REQUEST", "urged") == {"asserted"}


def test_in_the_past_before_a_span_of_recent_time_is_no_background():
    events = events_of("In the past 24 hours, Russian forces shelled Kharkiv.", "2024-05-07")
    assert modality(events, "ASSAULT", "shelled") == {"asserted"}
    events = events_of("In the past, Russian forces shelled Kharkiv.", "2024-05-07")
    assert modality(events, "ASSAULT", "shelled") == {"historical"}


def test_a_threat_is_made_whatever_future_it_threatens():
    events = events_of("Hussein al-Ezzi, a Houthi deputy foreign minister, said the United States "
                       "would pay a heavy price.", "2024-01-12")
    assert modality(events, "THREATEN", "pay a heavy price") == {"asserted"}
    # what is threatened is still to come
    events = events_of("Haftar vowed to attack the GNA.", "2024-01-12")
    assert modality(events, "ASSAULT", "attack") == {"planned"}


def test_a_truce_agreed_to_is_in_force_a_withdrawal_agreed_to_is_planned():
    events = events_of("Ethiopia's federal government and the TPLF have agreed to a permanent "
                       "cessation of hostilities.", "2022-11-03")
    assert modality(events, "RETREAT", "permanent cessation of hostilities") == {"asserted"}
    events = events_of("Russia and Ukraine agreed to withdraw their troops from the town.",
                       "2022-11-03")
    assert modality(events, "RETREAT", "withdraw ... from") == {"planned"}


def test_a_headline_closing_with_a_dash_and_a_name_credits_its_source():
    events = events_of("Libya's warring sides sign permanent ceasefire in Geneva - UN",
                       "2020-10-23")
    assert modality(events, "AGREE", "sign") == {"reported"}
    # an aside after a dash in a sentence is no credit
    events = events_of("Russian forces shelled Kharkiv on Sunday - the third attack this week.",
                       "2022-10-10")
    assert modality(events, "ASSAULT", "shelled") == {"asserted"}


def test_a_report_opened_by_a_second_verb_of_the_subject_is_reported():
    events = events_of("Erdogan welcomed the deal and said Turkey had accepted the UN proposal.",
                       "2024-01-12")
    assert modality(events, "AGREE", "accepted ... proposal") == {"reported"}
    events = events_of("The GNA disputed that account and said its troops had pushed the "
                       "attackers back from the airport.", "2024-01-12")
    assert modality(events, "ASSAULT", "pushed ... back") == {"reported"}
    # the subject's own demand after it is made by saying it
    events = events_of("Saudi Arabia, which backs the Yemeni government, said it was following "
                       "the situation with great concern and called for restraint.", "2024-01-12")
    assert modality(events, "REQUEST", "called for restraint") == {"asserted"}


def test_what_is_said_alongside_a_planned_act_is_said():
    events = events_of("Haftar vowed to retaliate, accusing the GNA of attacking his forces.",
                       "2024-01-12")
    assert modality(events, "ACCUSE", "accusing") == {"asserted"}
    events = events_of("Haftar vowed to keep accusing the GNA of treason.", "2024-01-12")
    assert modality(events, "ACCUSE", "accusing") == {"planned"}


def test_announcing_aid_gives_it_announcing_an_operation_plans_it():
    events = events_of("The United States announced $100 million in humanitarian aid for Sudan.",
                       "2024-01-12")
    assert modality(events, "AID", "humanitarian aid") == {"asserted"}
    events = events_of("Turkey announced a military operation against the YPG.", "2024-01-12")
    assert modality(events, "ASSAULT", "military operation") == {"planned"}


def test_a_trailing_report_may_add_its_setting_but_no_claim():
    events = events_of("Russian forces shelled the north and east of Kharkiv overnight, officials "
                       "said in a statement.", "2024-05-07")
    assert modality(events, "ASSAULT", "shelled") == {"reported"}
    events = events_of("Russian forces shelled the north and east of Kharkiv overnight, officials "
                       "said Moscow struck again, as rescuers searched the rubble.", "2024-05-07")
    assert modality(events, "ASSAULT", "shelled") == {"asserted"}


def test_an_alignment_in_the_apposition_of_a_speaker_is_the_writers_not_the_speakers():
    analysis = analyze_text("MOGADISHU - Al-Shabaab, an al Qaeda affiliate, said it carried out "
                            "the attack.", published="2024-01-01")
    assert [(r.type, r.source, r.target, r.modality) for r in analysis.relations] == [
        ("allied_with", "al-shabaab", "al-qaeda", "asserted")]
    # a speaker after the verb still reports what comes before
    analysis = analyze_text("The attack was carried out by al-Shabaab gunmen, said the army "
                            "spokesman.", published="2024-01-01")
    assert [e.modality for e in analysis.events] == ["reported"]


def test_a_participle_with_its_agent_after_a_noun_tells_what_was_done():
    def brokering(text: str) -> list[str]:
        return [e.modality for e in analyze_text(text, published="2024-11-27").events
                if e.type == "CONSULT"]
    assert brokering("BEIRUT - Israel and Hezbollah agreed to a ceasefire brokered by the "
                     "United States and France.") == ["asserted"]
    assert brokering("BEIRUT - Israel and Hezbollah agreed to a ceasefire to be brokered by "
                     "the United States.") == ["planned"]


def test_the_authority_to_act_is_no_act():
    events = events_of("U.S. forces struck a boat in the Caribbean on Monday. Lawmakers "
                       "questioned whether the military had the authority to kill suspected "
                       "smugglers without a trial.", "2025-09-15")
    assert [(e.type, e.source, e.modality) for e in events] == [
        ("ASSAULT", ["us-armed-forces"], "asserted")]


def test_a_negator_inside_an_aside_does_not_negate_the_verb_after_it():
    events = events_of("Fano, a loose network of volunteer militias with no central command, "
                       "fought alongside the federal army and Amhara special forces against "
                       "Tigrayan forces.", "2023-08-16")
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("COOPERATE", ["fano"], ["endf", "amhara-special-forces"], "asserted"),
        ("ASSAULT", ["fano"], ["tigray-defense-forces"], "asserted"),
        ("ASSAULT", ["endf"], ["tigray-defense-forces"], "asserted"),
        ("ASSAULT", ["amhara-special-forces"], ["tigray-defense-forces"], "asserted")]


def test_a_stance_in_the_present_tense_is_held_now_whatever_the_date_of_its_object():
    def kinds(text: str) -> list[tuple[str, list[str], str]]:
        return [(e.type, e.target, e.modality)
                for e in analyze_text(text, published="2025-09-10").events]

    assert kinds("Maduro was sworn in on Friday. The United States does not recognise his "
                 "re-election last year, which the opposition says was stolen.") == [
        ("REJECT", ["nicolas-maduro"], "asserted")]
    assert kinds("Lukashenko was sworn in on Friday. Western governments do not recognise his "
                 "victory in the 2020 election.") == [
        ("REJECT", ["alexander-lukashenko"], "asserted")]
    # In the past tense the old date is the refusal's own.
    assert kinds("In 2019 the United States did not recognise his re-election.") == [
        ("REJECT", [], "historical")]


def test_the_month_may_is_no_modal_verb():
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.modality) for e in analyze_text(text, published="2023-06-01").events]

    assert kinds("The army and the RSF agreed to a ceasefire on May 20 in talks brokered by "
                 "Saudi Arabia and the United States.") == [
        ("AGREE", "asserted"), ("RETREAT", "asserted"), ("CONSULT", "asserted")]
    assert kinds("Israeli jets struck Gaza on 3 May, the army said.") == [("ASSAULT", "reported")]
    # The modal verb still is.
    assert kinds("Hamas may attack Israel.") == [("ASSAULT", "hypothetical")]
    assert kinds("May Israel attack Hamas, the war would spread.") == [
        ("ASSAULT", "hypothetical")]


def _assaults(text: str, published: str = "2024-01-16") -> set[str]:
    return {e.modality for e in events_of(text, published) if e.type == "ASSAULT"}


def test_attacks_told_as_a_habit_in_the_perfect_are_background():
    # an adverb of repetition after the auxiliary
    assert _assaults("Iran has repeatedly struck Kurdish opposition groups in Iraq's "
                     "Kurdistan region.") == {"historical"}
    assert _assaults("The Houthis have repeatedly fired missiles and drones at Saudi cities and "
                     "oil facilities.") == {"historical"}
    assert _assaults("Turkish jets have regularly bombed PKK hideouts in the Qandil "
                     "mountains.") == {"historical"}
    # a count of attacks the perfect has done
    assert _assaults("Jaish al-Adl has carried out a string of attacks on Iranian security "
                     "forces in Sistan-Baluchestan.") == {"historical"}
    assert _assaults("Islamic State has carried out several attacks in Iran.") == {"historical"}
    assert _assaults("The Pakistani Taliban have staged dozens of deadly attacks on police "
                     "posts in Khyber Pakhtunkhwa.") == {"historical"}


def test_pressure_told_as_a_habit_in_the_perfect_is_background():
    def requests(text: str) -> set[str]:
        return {e.modality for e in events_of(text, "2023-11-10") if e.type == "REQUEST"}
    assert requests("Scam centres are an issue Beijing has repeatedly pressed the generals to "
                    "address.") == {"historical"}
    assert requests("Washington has often urged Kyiv not to strike targets inside Russia.") == \
        {"historical"}
    assert requests("The African Union has frequently called on the two sides to talk.") == \
        {"historical"}
    # the story's own call, and a habit told of another verb, are not
    assert requests("China on Friday urged the generals in Myanmar to restore order.") == \
        {"asserted"}
    assert requests("Egypt, which has often brokered truces between Israel and Hamas, urged "
                    "both sides to show restraint.") == {"asserted"}


def test_a_previous_act_in_the_perfect_is_background():
    events = events_of("Iran's Revolutionary Guards have previously targeted Iranian Kurdish "
                       "opposition groups in northern Iraq.", "2024-01-16")
    assert modality(events, "ASSAULT", "targeted") == {"historical"}


def test_attacks_of_the_story_or_counted_up_to_now_are_no_habit():
    assert _assaults("Russian forces shelled Kharkiv on Tuesday, killing three people.") == \
        {"asserted"}
    # a count in the simple past is the story's own barrage
    assert _assaults("Russia fired dozens of missiles at Kyiv on Monday.", "2024-01-16") == \
        {"asserted"}
    # a recent date bounds the habit: the story's own campaign
    assert _assaults("Russian troops have repeatedly shelled the town since Sunday.",
                     "2024-01-16") == {"asserted"}
    # repetition of a statement or a blockade is no attack
    events = events_of("China has repeatedly blocked missions to resupply the Philippine "
                       "troops on the shoal.", "2024-06-18")
    assert not any(e.modality == "historical" for e in events)


def _modalities(text: str, kind: str, published: str = "2025-09-10") -> set[str]:
    return {e.modality for e in events_of(text, published) if e.type == kind}


def test_a_body_or_official_of_the_source_performs_what_it_says_the_source_does():
    assert _modalities("The US State Department said Washington stood by its NATO ally.",
                       "SUPPORT") == {"asserted"}
    assert _modalities("The Pentagon said the United States backed Israel's right to defend "
                       "itself.", "SUPPORT") == {"asserted"}
    assert _modalities("Foreign ministry spokesman Majed al-Ansari said Qatar was suspending "
                       "its mediation between Israel and Hamas until further notice.",
                       "SANCTION") == {"asserted"}
    assert _modalities("Government spokesman Colonel Abdoulaye Maiga said on Sunday that Mali "
                       "was cutting ties with Kyiv with immediate effect.", "SANCTION") == \
        {"asserted"}
    assert _modalities("Kenya's foreign ministry said Kenya condemned the attack on the "
                       "embassy.", "ACCUSE") == {"asserted"}


def test_what_a_body_says_another_did_before_or_a_closing_credit_stays_reported():
    # an act the report says was done earlier, by another of the camp
    assert _modalities("The Kremlin said Russian President Vladimir Putin had urged both "
                       "leaders to show restraint.", "REQUEST") == {"reported"}
    assert _modalities("In Washington, the State Department said Secretary of State Marco Rubio "
                       "had spoken to Rwandan President Paul Kagame and urged an immediate "
                       "ceasefire.", "REQUEST", "2025-01-28") == {"reported"}
    # a speaker of another camp
    assert _modalities("Kenya's foreign ministry said Ethiopia had rejected the proposal.",
                       "REJECT") == {"reported"}
    assert _modalities("Ukrainian officials said Russia was rejecting the proposal.",
                       "REJECT") == {"reported"}
    # a report that closes the sentence credits the claim
    assert _modalities("U.S. Secretary of State Marco Rubio spoke to officials of both "
                       "countries and urged them to avoid escalation, the State Department "
                       "said.", "REQUEST", "2025-05-07") == {"reported"}


def test_announcing_an_arrest_curfew_or_suspension_does_it():
    assert _modalities("Iran's intelligence ministry announced the arrest of several suspects "
                       "in three provinces.", "COERCE", "2024-01-16") == {"asserted"}
    assert _modalities("The Pakistani army announced a curfew in Quetta.", "COERCE",
                       "2024-01-16") == {"asserted"}
    assert _modalities("On Tuesday, Kataib Hezbollah announced it was suspending military "
                       "operations against US forces.", "RETREAT", "2024-02-03") == {"asserted"}
    # ... but what it announces it plans, or orders others to do, lies ahead
    assert _modalities("Kenyan police announced plans to arrest the protest leaders.",
                       "COERCE", "2024-06-26") == {"planned"}
    assert _modalities("Mercenary leader Yevgeny Prigozhin ordered his Wagner fighters to turn "
                       "back from their advance on Moscow.", "RETREAT", "2023-06-24") == \
        {"planned"}


def test_a_participle_after_a_deal_noun_plans_nothing_after_it():
    # "a truce agreed in March": how the truce was made, not an agreement whose content follows
    events = events_of("A humanitarian truce agreed in March collapsed in late August, and in "
                       "October Ethiopian troops, backed by Eritrean soldiers, captured the "
                       "town of Shire.", "2022-11-03")
    assert {e.modality for e in events if e.type in ("ASSAULT", "AID")} == {"asserted"}
    # the verb with its complement still plans what it agrees to
    events = events_of("Russia and Ukraine agreed to exchange prisoners and to halt strikes on "
                       "energy sites.", "2022-11-03")
    assert modality(events, "RETREAT", "exchange prisoners") == {"planned"}


def test_what_an_announcement_says_would_happen_is_planned():
    assert _modalities("The Pakistani army announced it would impose a curfew in Quetta.",
                       "COERCE", "2024-02-03") == {"planned"}
    assert _modalities("The Houthis announced they would halt attacks on Saudi Arabia next "
                       "week.", "RETREAT", "2024-02-03") == {"planned"}
    # a "would" no statement announces is a possibility
    assert _modalities("Pakistani troops would impose a curfew in Quetta if the protests "
                       "spread.", "COERCE", "2024-02-03") == {"hypothetical"}


def test_what_a_sentence_opening_under_the_deal_lays_down_is_planned():
    events = events_of("Under its terms, Israeli troops will withdraw from southern Lebanon over "
                       "60 days while the Lebanese army deploys soldiers south of the Litani "
                       "river.", "2024-11-27")
    assert modality(events, "MOBILIZE", "deploys") == {"planned"}
    assert _modalities("Under the agreement, Rwanda withdraws its troops from eastern Congo "
                       "within 90 days.", "RETREAT", "2025-06-28") == {"planned"}
    assert _modalities("Under the first phase of the truce, Hamas is to free 33 hostages.",
                       "RETREAT", "2025-01-20") == {"planned"}
    # what was done under it, or under something that is no deal, was done
    assert _modalities("Under the deal, Hamas freed three Israeli hostages on Sunday.",
                       "RETREAT", "2025-01-20") == {"asserted"}
    assert "planned" not in _modalities("Under pressure from Washington, Israel withdrew its "
                                        "troops from the town.", "RETREAT", "2025-01-20")


def test_an_act_done_previously_and_the_charge_made_alongside_it_are_background():
    events = events_of("TEHRAN, Jan 16 - Iran's Revolutionary Guards have previously targeted "
                       "Kurdish groups in northern Iraq, accusing them of working with Israel.",
                       "2024-01-16")
    assert modality(events, "ASSAULT", "targeted") == {"historical"}
    assert modality(events, "ACCUSE", "accusing") == {"historical"}
    # done on the day, the charge alongside is asserted
    events = events_of("TEHRAN, Jan 16 - Iran's Revolutionary Guards struck Kurdish groups in "
                       "northern Iraq on Tuesday, accusing them of working with Israel.",
                       "2024-01-16")
    assert modality(events, "ACCUSE", "accusing") == {"asserted"}
