"""Verbal conflict in the shapes wire copy gives it, as families rather than single sentences:
warnings of punishment and of more force to come, "will not allow", refusals to resign,
denials that one's soil serves an attack, envoys summoned in a list, what a speaker calls an
act, and a rejection told in an apposition to the claim or offer it answers."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2024-06-15").events


def rows(text: str, type_: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality) for e in events_of(text)
            if e.type == type_]


# ---------------------------------------------------------------- punishment promised


def test_a_promise_of_punishment_is_the_speakers_threat_at_whom_it_names():
    assert rows("Attorney General Tarek William Saab said Edmundo Gonzalez would answer to the "
                "courts like any other citizen.", "THREATEN") == [
        ("threaten.face-justice", ["tarek-william-saab"], ["edmundo-gonzalez-urrutia"],
         "asserted")]
    assert rows("Kobakhidze said Edmundo Gonzalez would be punished.", "THREATEN") == [
        ("threaten.face-justice", ["irakli-kobakhidze"], ["edmundo-gonzalez-urrutia"],
         "asserted")]


def test_a_promise_of_punishment_with_no_party_named_has_no_target():
    assert rows("Interior Minister Ahmad Vahidi said rioters would face the full force of the "
                "law.", "THREATEN") == [
        ("threaten.face-justice", ["ahmad-vahidi"], [], "asserted")]
    assert rows("\"Those who attacked our soldiers will be brought to justice,\" Prime Minister "
                "Abiy Ahmed said.", "THREATEN") == [
        ("threaten.face-justice", ["abiy-ahmed"], [], "asserted")]
    assert rows("President Ebrahim Raisi said on Wednesday that the protests were acts of chaos "
                "that would not be tolerated.", "THREATEN") == [
        ("threaten.face-justice", ["ebrahim-raisi"], [], "asserted")]


def test_punishment_told_with_its_agent_or_a_trial_date_is_no_threat():
    assert rows("Aid agencies said civilians would be punished by the sanctions.",
                "THREATEN") == []
    assert rows("Prosecutors said Edmundo Gonzalez would face trial in March.", "THREATEN") == []


def test_more_force_to_come_is_the_speakers_threat():
    assert rows("Defense Secretary Pete Hegseth said more strikes would follow.",
                "THREATEN") == [("threaten.more-to-follow", ["pete-hegseth"], [], "asserted")]
    assert rows("Netanyahu said the raid in Jenin would not be a one-off.", "THREATEN") == [
        ("threaten.more-to-follow", ["benjamin-netanyahu"], [], "asserted")]
    assert rows("Hegseth said more details would follow later.", "THREATEN") == []


# ---------------------------------------------------------------- "will not allow"


def test_will_not_allow_a_named_party_is_a_threat_at_it():
    assert rows("Turkish Foreign Minister Hakan Fidan said Turkey would not allow the YPG to "
                "exploit the turmoil.", "THREATEN") == [
        ("threaten.will-not-allow", ["hakan-fidan"], ["ypg"], "asserted")]


def test_will_not_allow_told_by_a_state_after_a_relative_clause_is_its_own_word():
    assert rows("Israel, which has its own Druze community, has said it will not allow troops "
                "or weapons in southern Syria.", "THREATEN") == [
        ("threaten.will-not-allow", ["israel"], [], "asserted")]


def test_will_not_allow_them_names_no_party():
    assert rows("President Bola Tinubu said his government would not allow them to reverse "
                "security gains.", "THREATEN") == []


def test_not_letting_ones_territory_be_used_is_a_denial_not_a_threat():
    text = ("Zabihullah Mujahid said the Taliban did not allow anyone to use Afghan territory "
            "against another country.")
    assert rows(text, "REJECT") == [
        ("reject.territory-not-used", ["zabihullah-mujahid"], [], "asserted")]
    assert rows(text, "THREATEN") == []


# ---------------------------------------------------------------- refusals to resign


def test_a_refusal_to_resign_is_a_rejection_by_whoever_says_it():
    assert rows("\"I will not resign,\" Dina Boluarte told reporters.", "REJECT") == [
        ("reject.will-not-resign", ["dina-boluarte"], [], "asserted")]
    assert rows("Nicolas Maduro said he would not step down.", "REJECT") == [
        ("reject.will-not-resign", ["nicolas-maduro"], [], "asserted")]


def test_not_resigning_from_a_party_is_no_rejection():
    assert rows("Dina Boluarte said she would not resign from the party.", "REJECT") == []


# ---------------------------------------------------------------- envoys and names for acts


def test_envoys_summoned_in_a_list_are_each_states_charge():
    assert rows("Iran summoned the British and Norwegian ambassadors over what it called "
                "interference in its internal affairs.", "ACCUSE") == [
        ("accuse.summon-ambassador", ["iran"], ["united-kingdom", "norway"], "asserted")]
    assert rows("Algeria summoned the French and Spanish envoys.", "ACCUSE") == [
        ("accuse.summon-ambassador", ["algeria"], ["france", "spain"], "asserted")]


def test_what_a_speaker_calls_an_act_is_an_accusation():
    assert rows("President Bola Tinubu described the attacks as isolated acts of terror.",
                "ACCUSE") == [("accuse.describe-as", ["bola-tinubu"], [], "asserted")]
    assert rows("NATO Secretary General Mark Rutte called the incursion reckless.",
                "ACCUSE") == [("accuse.call-act", ["mark-rutte"], [], "asserted")]
    assert rows("Benjamin Netanyahu called the meeting a success.", "ACCUSE") == []


# ---------------------------------------------------------------- apposed rejections


def test_a_rejection_apposed_to_an_offer_answers_whoever_made_it():
    assert rows("Hamas proposed a three-stage truce, a plan Israel rejected on Sunday.",
                "REJECT") == [("reject.reject", ["israel"], ["hamas"], "asserted")]
    assert rows("Gustavo Petro floated the idea of a repeat election, which Maria Corina "
                "Machado rejected.", "REJECT") == [
        ("reject.reject", ["maria-corina-machado"], ["gustavo-petro"], "asserted")]


def test_a_denial_apposed_to_a_charge_is_told_not_reported():
    assert rows("Russia accused Ukraine of shelling the plant, a charge Kyiv denied.",
                "REJECT") == [("reject.charge-denied", ["ukraine"], ["russia"], "asserted")]


# ---------------------------------------------------------------- what another must do


def test_what_a_speaker_says_another_must_do_is_a_demand_on_it():
    assert rows("Machado said Maduro must step down.", "REQUEST") == [
        ("request.modal-demand", ["maria-corina-machado"], ["nicolas-maduro"], "asserted")]
    assert rows("The Organization of American States condemned the deployment of troops, and "
                "its secretary general, Luis Almagro, said the Bolivian army must submit to the "
                "civilian power.", "REQUEST") == [
        ("request.modal-demand", ["luis-almagro"], ["bolivian-armed-forces"], "asserted")]


def test_what_a_speaker_says_his_own_state_or_a_thing_must_do_is_no_demand():
    assert rows("Erdogan said Turkey must defend its borders.", "REQUEST") == []
    assert rows("Blinken said the agreement must be implemented.", "REQUEST") == []
    assert rows("The report said the army had to withdraw from the town after heavy losses.",
                "REQUEST") == []


# ---------------------------------------------------------------- an act judged unlawful


def test_a_speaker_who_finds_an_act_a_violation_accuses_whoever_did_it():
    assert rows("The Arab League said the memorandum was a clear violation of Somalia's "
                "sovereignty.", "ACCUSE") == [
        ("accuse.act-violates", ["arab-league"], [], "asserted")]
    text = ("Ethiopia and Somaliland signed a memorandum of understanding on Monday. The Arab "
            "League said the memorandum was a clear violation of Somalia's sovereignty.")
    accused = [e.target for e in events_of(text) if e.rule == "accuse.act-violates"]
    assert accused == [["government-of-somaliland", "ethiopia"]]


def test_a_violation_told_with_no_speaker_is_no_charge():
    assert rows("The ceasefire was violated several times overnight.", "ACCUSE") == []
    assert rows("The deployment was a clear violation of the 2018 agreement.", "ACCUSE") == []


# ---------------------------------------------------------------- designs ascribed


def test_a_design_a_speaker_ascribes_to_another_is_a_charge_against_it():
    assert rows("President Nicolas Maduro said the United States was seeking to overthrow him.",
                "ACCUSE") == [("accuse.ascribed-design", ["nicolas-maduro"], ["united-states"],
                               "asserted")]
    assert rows("Putin said Kyiv was trying to improve its position at future negotiations.",
                "ACCUSE") == [("accuse.ascribed-design", ["vladimir-putin"], ["ukraine"],
                               "asserted")]
    assert rows("Ukrainian President Volodymyr Zelensky said Moscow was testing how far it "
                "could go.", "ACCUSE") == [
        ("accuse.ascribed-design", ["volodymyr-zelensky"], ["russia"], "asserted")]


def test_a_peacemakers_effort_or_the_speakers_own_side_is_no_charge():
    assert rows("Qatar said it was trying to broker a deal between Israel and Hamas.",
                "ACCUSE") == []
    assert rows("Egypt said Israel and Hamas were trying to reach an agreement.", "ACCUSE") == []
    assert rows("Zelensky said Ukraine was trying to push Russian forces back.", "ACCUSE") == []


def test_a_speakers_meeting_place_is_where_it_spoke():
    events = events_of("The Arab League, meeting in Cairo, said the memorandum was a clear "
                       "violation of Somalia's sovereignty.")
    assert [(e.rule, e.place_text) for e in events if e.type == "ACCUSE"] == [
        ("accuse.act-violates", "Cairo")]


# ---------------------------------------------------------------- the act a condemnation names


def condemned(text: str, published: str) -> list[tuple[str, list[str], str | None]]:
    analysis = analyze_text(text, published=published)
    return [(e.rule, e.target, e.place_text) for e in analysis.events if e.type == "ACCUSE"]


def test_a_condemned_attack_is_one_that_took_place_not_one_foreseen():
    assert condemned(
        "Israel struck a building in Doha on Tuesday. Iran said it would attack Israel if the "
        "strikes went on. United Nations Secretary-General Antonio Guterres called the attack a "
        "flagrant violation of Qatar's sovereignty.", "2025-09-10") == [
        ("accuse.call-act", ["israel"], None)]


def test_a_condemned_attack_is_not_its_repulse():
    assert condemned(
        "Boko Haram fighters bombed a market in Gwoza on Saturday. Nigerian troops later "
        "repelled an attack on a military post in the town. Governor Babagana Zulum condemned "
        "the attacks as barbaric.", "2024-06-30") == [
        ("accuse.condemn", ["boko-haram"], None)]


def test_a_place_the_speaker_then_visits_is_not_where_the_statement_was_made():
    assert condemned(
        "Boko Haram fighters bombed a market in Gwoza on Saturday. Governor Babagana Zulum "
        "condemned the bombings as barbaric and visited Gwoza on Sunday.", "2024-06-30") == [
        ("accuse.condemn", ["boko-haram"], None)]


# ---------------------------------------------------------------- fraud alleged, summons ignored


def test_irregularities_a_speaker_reports_are_its_charge():
    assert rows("Observers from the European Union said they had seen irregularities during the "
                "count.", "ACCUSE") == [
        ("accuse.irregularities", ["european-union"], [], "asserted")]
    assert rows("The election was marred by irregularities, according to local media.",
                "ACCUSE") == []


def test_ignored_summonses_are_defiance():
    assert rows("Edmundo Gonzalez ignored three summonses to testify.", "REJECT") == [
        ("reject.ignore", ["edmundo-gonzalez-urrutia"], [], "asserted")]


# ---------------------------------------------------------------- refusals to comply, denials


def test_a_refusal_to_enforce_or_accept_what_another_imposed_is_a_rejection_of_it():
    assert rows("In a joint statement, Mali and Burkina Faso said they would not enforce "
                "sanctions imposed on Niger by the Economic Community of West African States "
                "(ECOWAS).", "REJECT") == [
        ("reject.will-not-comply", ["mali", "burkina-faso"], ["ecowas"], "asserted")]
    assert rows("Venezuela has never accepted the award.", "REJECT") == [
        ("reject.will-not-comply", ["venezuela"], [], "asserted")]
    assert rows("The government will not accept defeat, the minister said.", "REJECT") == []


def test_a_denied_attack_is_a_denial_and_no_attack():
    events = events_of("The Rapid Support Forces have previously denied attacking civilians.")
    assert [(e.type, e.rule, e.source) for e in events] == [
        ("REJECT", "reject.deny-doing", ["rapid-support-forces"])]
    assert rows("The Syrian Democratic Forces denied any link to the attack in Ankara.",
                "REJECT") == [("reject.deny-doing", ["syrian-democratic-forces"], [],
                               "asserted")]


# ---------------------------------------------------------------- whose act a judgement names


def test_whose_policy_or_war_a_judgement_names_is_whom_it_accuses():
    assert rows("Opposition leader Yair Lapid called the deal a dangerous failure of Prime "
                "Minister Benjamin Netanyahu's foreign policy.", "ACCUSE") == [
        ("accuse.call-act", ["yair-lapid"], ["benjamin-netanyahu"], "asserted")]
    assert rows("US President Joe Biden condemned the strikes as a demonstration of the utter "
                "brutality of Mr Putin's war.", "ACCUSE") == [
        ("accuse.condemn", ["joe-biden"], ["vladimir-putin"], "asserted")]
    assert rows("Opposition leader Maria Corina Machado called the warrant an act of "
                "desperation by Nicolas Maduro.", "ACCUSE") == [
        ("accuse.call-act", ["maria-corina-machado"], ["nicolas-maduro"], "asserted")]


def test_whose_sovereignty_or_efforts_are_harmed_is_not_accused():
    assert rows("Guterres called the attack a flagrant violation of Qatar's sovereignty.",
                "ACCUSE") == [("accuse.call-act", ["antonio-guterres"], [], "asserted")]
    assert rows("Turkey condemned the attacks as an attempt to sabotage Syria's efforts.",
                "ACCUSE") == [("accuse.condemn", ["turkey"], [], "asserted")]


def test_force_promised_in_a_quote_is_the_speakers_threat():
    assert rows("\"We will strike Hamas wherever its leaders are,\" Israel Katz said.",
                "THREATEN") == [("threaten.we-will-strike", ["israel-katz"], ["hamas"],
                                 "asserted")]
    assert rows("\"If Hezbollah breaks the deal, we will attack,\" Netanyahu said.",
                "THREATEN") == [("threaten.we-will-strike", ["benjamin-netanyahu"], [],
                                 "asserted")]
    assert rows("\"We will respond to the needs of the displaced,\" the Red Crescent said.",
                "THREATEN") == []


# ---------------------------------------------------------------- a speaker's word for an act


def test_what_a_speaker_describes_an_act_as_right_after_the_as_is_a_condemnation():
    assert rows("French President Emmanuel Macron described the attack as abominable.",
                "ACCUSE") == [("accuse.describe-as-judged", ["emmanuel-macron"], [],
                               "asserted")]
    assert rows("The African Union described the Sudanese military move as a power grab.",
                "ACCUSE") == [("accuse.describe-as-judged", ["african-union"],
                               ["sudanese-armed-forces"], "asserted")]
    assert rows("Turkish President Tayyip Erdogan characterised the Israeli strikes as a war "
                "crime.", "ACCUSE") == [("accuse.describe-as-judged", ["recep-tayyip-erdogan"],
                                         ["israel"], "asserted")]
    assert rows("Ukraine's foreign ministry portrayed the Russian strikes as a slaughter of "
                "civilians.", "ACCUSE") == [
        ("accuse.describe-as-judged", ["ukrainian-foreign-ministry"], ["russia"], "asserted")]
    assert rows("The Palestinian foreign ministry denounced the settlers' rampage as a pogrom.",
                "ACCUSE") == [("accuse.describe-as-judged", ["palestine"], [], "asserted")]


def test_a_description_that_is_no_condemnation_or_a_coup_named_elsewhere_is_none():
    assert rows("The military government that seized power in a 2021 coup is facing what "
                "analysts describe as its gravest challenge in decades.", "ACCUSE") == []
    assert rows("Residents described the scene as chaotic.", "ACCUSE") == []
    assert rows("Human Rights Watch described the detentions as a military matter.",
                "ACCUSE") == []


def test_what_a_speaker_says_an_act_amounts_to_is_a_charge_against_its_doer():
    assert rows("Opposition leader Lee Jae-myung said President Yoon Suk Yeol's decree "
                "amounted to an insurrection.", "ACCUSE") == [
        ("accuse.amounts-to", ["lee-jae-myung"], ["yoon-suk-yeol"], "asserted")]
    assert rows("Amnesty International said Israel's blockade of Gaza amounts to collective "
                "punishment.", "ACCUSE") == [
        ("accuse.amounts-to", ["amnesty-international"], ["israel"], "asserted")]
    assert rows("Kyiv said Russia's referendums in occupied regions amounted to an illegal "
                "annexation.", "ACCUSE") == [
        ("accuse.amounts-to", ["ukraine"], ["russia"], "asserted")]
    assert rows("The U.N. human rights office said the killings by the RSF could amount to war "
                "crimes.", "ACCUSE") == [("accuse.amounts-to", ["ohchr"], [], "hypothetical")]


def test_what_else_an_act_amounts_to_is_no_charge():
    assert rows("The clashes amounted to one of the worst defeats for Malian forces in a "
                "decade.", "ACCUSE") == []
    assert rows("Officials said the damage to the port amounted to $2 billion.",
                "ACCUSE") == []


def test_being_held_to_account_or_feeling_the_law_is_promised_punishment():
    assert rows("Dbeibah said those responsible would be held to account.", "THREATEN") == [
        ("threaten.face-justice", ["abdul-hamid-dbeibah"], [], "asserted")]
    assert rows("Interior Minister Juan Zapata said the gangs would feel the full weight of the "
                "law.", "THREATEN") == [("threaten.face-justice", ["juan-zapata-ecuador"], [],
                                         "asserted")]
    assert rows("Interior Minister Juan Zapata said those behind the killing would be caught and "
                "punished.", "THREATEN") == [("threaten.face-justice", ["juan-zapata-ecuador"], [],
                                              "asserted")]


def test_no_one_held_to_account_or_a_call_for_it_is_no_threat():
    assert rows("Human Rights Watch said no one had been held to account for the killings.",
                "THREATEN") == []
    assert rows("The United Nations said those responsible must be held to account.",
                "THREATEN") == []


def test_a_vow_that_someone_will_pay_is_a_threat_at_them():
    assert rows("Israel vows Hezbollah will pay after rocket kills 12 children on Golan "
                "football pitch", "THREATEN") == [
        ("threaten.vow-will-pay", ["israel"], ["hezbollah"], "asserted")]
    assert rows("Netanyahu promised that Hamas would pay a price it had never known before.",
                "THREATEN") == [
        ("threaten.vow-will-pay", ["benjamin-netanyahu"], ["hamas"], "asserted")]
    assert rows("Putin vowed that Ukraine would be made to pay for the attack on the bridge.",
                "THREATEN") == [("threaten.vow-will-pay", ["vladimir-putin"], ["ukraine"],
                                 "asserted")]
    assert rows("President Ebrahim Raisi vowed that those responsible would pay.",
                "THREATEN") == [("threaten.vow-will-pay", ["ebrahim-raisi"], [], "asserted")]


def test_a_pledge_to_pay_money_is_no_threat():
    assert rows("Prime Minister Abiy Ahmed pledged that the government would pay the salaries "
                "of civil servants in Tigray.", "THREATEN") == []
    assert rows("Abiy Ahmed promised the donors would pay for the reconstruction.",
                "THREATEN") == []


# ---------------------------------------------------------------- a part in an attack denied


def test_a_part_denied_in_an_attack_is_that_attack_negated_by_whom_the_clause_names():
    def denied(text: str) -> list[tuple[str, list[str], list[str], str, str | None]]:
        return [(e.rule, e.source, e.target, e.modality, e.date)
                for e in analyze_text(text, published="2024-04-02").events
                if e.type == "ASSAULT" and e.modality == "negated"]

    assert denied("Israel struck Iran's nuclear sites with dozens of warplanes on Monday. "
                  "Secretary of State Marco Rubio said the United States was not involved in "
                  "the strikes.") == [
        ("assault.not-involved-in", ["united-states"], ["iran"], "negated", "2024-04-01")]
    assert denied("A suicide bomber killed 100 policemen at a mosque in Peshawar on Monday. "
                  "The main spokesman of Tehrik-i-Taliban Pakistan (TTP), Mohammad Khurasani, "
                  "later said the group had no part in the bombing.") == [
        ("coder.denied-part", ["tehrik-i-taliban-pakistan"], ["x-pak-police"], "negated",
         "2024-04-01")]
    assert denied("Israeli jets struck Hamas positions in Gaza on Monday. Hezbollah said it had "
                  "no connection to the strikes.") == [
        ("assault.not-involved-in", ["hezbollah"], ["hamas"], "negated", "2024-04-01")]
    assert denied("Lashkar-e-Taiba gunmen killed 26 tourists in Pahalgam on Monday. Pakistan's "
                  "Defence Minister Khawaja Asif said his country had nothing to do with the "
                  "attack.") == [
        ("coder.denied-part", ["pakistan"], ["x-civilian-victims"], "negated", "2024-04-01")]


def test_no_part_in_a_decision_or_with_no_attack_told_is_no_denied_attack():
    def negated(text: str) -> list[Event]:
        return [e for e in analyze_text(text, published="2024-04-02").events
                if e.type == "ASSAULT" and e.modality == "negated"]

    assert negated("Israeli jets struck Hamas positions in Gaza. Hamas said it had nothing to "
                   "do with the decision.") == []
    assert negated("Nasser Kanaani said Tehran was not involved in the decisions of resistance "
                   "groups.") == []
    assert negated("Hezbollah said it had no connection to the strikes.") == []
