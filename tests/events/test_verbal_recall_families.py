"""Verbal conflict that wire reports phrase without the usual verbs, as families: consequences a
speaker promises ("would be made to pay", "response would be harsh", "would be tried", "ready
to impose sanctions"), and the labels a speaker pins on an actor or an act ("called Maduro a
fugitive", "called his remarks offensive", "an attempt by Kyiv to divert attention")."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2024-06-15").events


def rows(text: str, type_: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality) for e in events_of(text)
            if e.type == type_]


# ---------------------------------------------------------------- consequences promised


def test_a_price_or_regret_promised_is_the_speakers_threat_at_whom_the_clause_names():
    assert rows("Supreme Leader Ayatollah Ali Khamenei said Israel would be made to pay.",
                "THREATEN") == [
        ("threaten.made-to-pay", ["ali-khamenei"], ["israel"], "asserted")]
    assert rows("Hezbollah leader Hassan Nasrallah said Israel would regret it.",
                "THREATEN") == [
        ("threaten.made-to-pay", ["hassan-nasrallah"], ["israel"], "asserted")]


def test_a_harsh_or_firm_response_promised_is_a_threat_of_force():
    assert rows("If attacks on Russian territory continued, Moscow's response would be harsh, "
                "Putin said.", "THREATEN") == [
        ("threaten.harsh-response", ["vladimir-putin"], [], "asserted")]
    assert rows("The Pakistani army said it would respond firmly to any further attack on its "
                "installations.", "THREATEN") == [
        ("threaten.harsh-response", ["pakistan-army"], [], "asserted")]


def test_a_swift_response_to_a_disaster_is_no_threat():
    assert rows("Officials said the government's response to the floods would be swift.",
                "THREATEN") == []


def test_a_trial_promised_to_attackers_is_a_threat_but_a_trial_date_is_procedure():
    assert rows("Interior Minister Rana Sanaullah said those who attacked military property "
                "would be tried.", "THREATEN") == [
        ("threaten.will-be-tried", ["rana-sanaullah"], [], "asserted")]
    assert rows("Prosecutors said Edmundo Gonzalez would be tried in March.", "THREATEN") == []


def test_sanctions_held_over_someone_are_a_threat_not_sanctions():
    text = "Kaja Kallas said the European Union was ready to impose sanctions on those responsible."
    assert rows(text, "THREATEN") == [
        ("threaten.ready-to-sanction", ["kaja-kallas"], [], "asserted")]
    assert rows(text, "SANCTION") == []
    assert rows("Antony Blinken said Niger could face sanctions.", "THREATEN") == [
        ("threaten.could-face-sanctions", ["antony-blinken"], ["niger"], "asserted")]


def test_a_befitting_reply_a_promised_pursuit_and_steps_to_protect_are_threats():
    assert rows("\"India is capable of giving a befitting reply,\" Narendra Modi said.",
                "THREATEN") == [
        ("threaten.right-to-respond", ["narendra-modi"], [], "asserted")]
    assert rows("\"We will find them,\" Prime Minister Abiy Ahmed said.", "THREATEN") == [
        ("threaten.we-will-strike", ["abiy-ahmed"], [], "asserted")]
    assert rows("Saudi spokesman Turki al-Maliki said the kingdom would take the steps needed "
                "to protect its oil facilities.", "THREATEN") == [
        ("threaten.all-necessary-measures", ["turki-al-maliki"], [], "asserted")]


def test_a_vow_to_confront_an_enemy_is_a_threat_at_it():
    assert rows("Houthi leader Abdul-Malik al-Houthi vowed to confront Israel at sea.",
                "THREATEN") == [
        ("threaten.vow", ["abdul-malik-al-houthi"], ["israel"], "asserted")]


# ---------------------------------------------------------------- labels


def test_a_label_pinned_on_an_actor_is_a_charge_against_it():
    assert rows("Secretary of State Marco Rubio called Nicolas Maduro a fugitive from American "
                "justice.", "ACCUSE") == [
        ("accuse.brand", ["marco-rubio"], ["nicolas-maduro"], "asserted")]
    assert rows("Turkish President Tayyip Erdogan called the PKK fighters fanatics and thugs.",
                "ACCUSE") == [("accuse.brand", ["recep-tayyip-erdogan"], ["pkk"], "asserted")]


def test_remarks_called_offensive_are_a_charge_against_their_speaker_and_no_offensive():
    text = "Kazakhstan's foreign ministry called Antony Blinken's remarks offensive."
    assert rows(text, "ACCUSE") == [
        ("accuse.call-act", ["kazakhstan"], ["antony-blinken"], "asserted")]
    assert rows(text, "ASSAULT") == []
    assert rows("Russia launched a new offensive in eastern Ukraine.", "ASSAULT") == [
        ("assault.offensive", ["russia"], ["ukraine"], "asserted")]


def test_an_act_called_a_ploy_is_a_charge_against_its_doers():
    assert rows("Kremlin spokesman Dmitry Peskov called the Ukrainian raid an attempt by Kyiv to "
                "divert attention from the loss of Bakhmut.", "ACCUSE") == [
        ("accuse.call-act", ["dmitry-peskov"], ["ukraine"], "asserted")]
    assert rows("Russian Foreign Minister Sergei Lavrov called the talks with Turkey useful.",
                "ACCUSE") == []


# ---------------------------------------------------------------- ", as did X"


def test_actors_after_as_did_do_the_act_told_before_it():
    text = "The United Arab Emirates welcomed the agreement, as did Iraq and Oman."
    assert [(e.rule, e.source, e.target) for e in events_of(text) if e.type == "SUPPORT"] == [
        ("support.welcome", ["united-arab-emirates"], []), ("support.welcome", ["iraq"], []),
        ("support.welcome", ["oman"], [])]
    assert [(e.source, e.target) for e in events_of(
        "Britain condemned the attack on the embassy, and so did France.")
        if e.type == "ACCUSE"] == [(["united-kingdom"], []), (["france"], [])]


def test_as_did_with_no_actor_after_it_repeats_nothing():
    text = "Egypt welcomed the agreement, as did the markets, as has been the case before."
    assert [e.source for e in events_of(text) if e.type == "SUPPORT"] == [["egypt"]]


# ---------------------------------------------------------------- a second clause after ", and"


def test_a_named_actor_with_its_own_verb_after_comma_and_ends_a_complement():
    text = ("Lukashenko denies orchestrating the crisis, and the Kremlin has rejected "
            "suggestions that Moscow had a hand in it.")
    assert [(e.rule, e.source) for e in events_of(text) if e.type == "REJECT"] == [
        ("reject.deny-doing", ["alexander-lukashenko"]), ("reject.reject-claim", ["russia"])]
    text = "Egypt urged Israel to halt its offensive, and Hamas fired rockets at Israel."
    assert [(e.type, e.source, e.target, e.modality) for e in events_of(text)] == [
        ("REQUEST", ["egypt"], ["israel"], "asserted"),
        ("ASSAULT", ["hamas"], ["israel"], "asserted")]


def test_what_is_urged_after_comma_and_without_a_new_subject_stays_the_request():
    text = "Egypt urged Israel to halt its offensive, and to allow aid into Gaza."
    assert [e.type for e in events_of(text)] == ["REQUEST"]


# ---------------------------------------------------------------- places and mishaps


def test_a_place_in_what_a_statement_is_about_is_not_where_it_was_made():
    def places(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.place_text) for e in events_of(text) if e.type == "REJECT"]
    assert places("Putin declined Zelensky's challenge to meet him in person in Turkey.") == [
        ("REJECT", None)]
    assert places("Speaking in Ankara, Erdogan declined Zelensky's challenge to meet him in "
                  "Istanbul.") == [("REJECT", "Ankara")]


def test_blaming_a_mishap_charges_no_one():
    assert rows("The group blamed technical problems for the delay.", "ACCUSE") == []
    assert rows("Sudan's army blamed the RSF for the attack.", "ACCUSE") == [
        ("accuse.blame", ["sudanese-armed-forces"], ["rapid-support-forces"], "asserted")]


# ---------------------------------------------------------------- refusals and denials


def test_talks_refused_in_the_future_tense_are_a_rejection_by_the_speaker():
    text = ("The Gulf Cooperation Council has invited Yemen's warring parties to talks in "
            "Riyadh next week, but the Houthis say they will not negotiate on enemy soil.")
    assert [(e.rule, e.source, e.target, e.modality, e.place_text) for e in events_of(text)
            if e.type == "REJECT"] == [
        ("reject.will-not-negotiate", ["houthis"], ["gcc"], "asserted", None)]
    assert rows("Putin said there could be no talks with people who attack civilians.",
                "REJECT") == [("reject.will-not-negotiate", ["vladimir-putin"], [], "asserted")]
    assert rows("Hamas said it would not negotiate with Israel under fire.", "REJECT") == [
        ("reject.will-not-negotiate", ["hamas"], ["israel"], "asserted")]


def test_talks_to_come_are_no_rejection():
    text = "Taliban and U.S. envoys will negotiate in Doha next week."
    assert rows(text, "REJECT") == []
    assert [e.type for e in events_of(text)] == ["CONSULT", "CONSULT"]


def test_a_denial_of_wrongdoing_answers_the_charge_just_made():
    text = ("The National Accountability Bureau accused Imran Khan of corruption. Khan denies "
            "any wrongdoing.")
    assert rows(text, "REJECT") == [("reject.deny-allegation", ["imran-khan"],
                                     ["national-accountability-bureau"], "asserted")]


# ---------------------------------------------------------------- backing offered


def test_support_one_can_count_on_is_backing_by_whoever_says_so():
    assert rows("French President Emmanuel Macron said Lula could count on France's unwavering "
                "support.", "SUPPORT") == [
        ("support.count-on", ["emmanuel-macron"], ["lula-da-silva"], "asserted")]
    assert rows("Residents said they could count on the river for water.", "SUPPORT") == []


def test_standing_ready_to_help_is_an_offer_of_backing():
    assert rows("U.S. President Joe Biden called the killing heinous and said Washington stood "
                "ready to help.", "SUPPORT") == [
        ("support.stand-ready", ["joe-biden"], [], "asserted")]
    assert rows("The African Union stands ready to support Sudan in the talks.", "SUPPORT") == [
        ("support.stand-ready", ["african-union"], ["sudan"], "asserted")]


def test_wanting_the_culprits_brought_to_justice_is_a_demand_by_the_subject():
    assert rows("U.N. Secretary-General Antonio Guterres was appalled by the killing and wanted "
                "those responsible brought to justice, his spokesman Stephane Dujarric said.",
                "REQUEST") == [("request.want-justice", ["antonio-guterres"], [], "asserted")]
    assert rows("Amnesty International called for the killers to be held accountable.",
                "REQUEST") == [("request.want-justice", ["amnesty-international"], [],
                                "asserted")]
    assert rows("The villagers wanted the road rebuilt.", "REQUEST") == []
