"""A Sahel ambush with foreign forces and a South-East Asian border war ended by a mediated
ceasefire, in the shapes wire copy gives them, coded through the whole pipeline with exact
expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-08-06", kind: str | None = None
         ) -> list[tuple[str, list[str], list[str], str | None]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.source, e.target, e.date) for e in events
            if kind is None or e.type == kind]


def test_broken_off_relations_is_the_past_participle_of_break():
    assert rows("Mali has broken off diplomatic relations with Ukraine.") == [
        ("SANCTION", ["mali"], ["ukraine"], "2024-08-06")]
    assert rows("Mali broke off relations with Ukraine on Sunday.") == [
        ("SANCTION", ["mali"], ["ukraine"], "2024-08-04")]


def test_an_actor_that_followed_suit_did_the_act_before_it_on_its_own_day():
    assert rows("Mali broke off diplomatic relations with Ukraine on Sunday, and neighbouring "
                "Niger followed suit on Tuesday.") == [
        ("SANCTION", ["mali"], ["ukraine"], "2024-08-04"),
        ("SANCTION", ["niger"], ["ukraine"], "2024-08-06")]
    assert rows("Mali cut ties with Ukraine and Burkina Faso did the same.", kind="SANCTION") == [
        ("SANCTION", ["mali"], ["ukraine"], "2024-08-06"),
        ("SANCTION", ["burkina-faso"], ["ukraine"], "2024-08-06")]
    # no act before it in the sentence: nothing to repeat
    assert rows("Niger followed suit on Tuesday.") == []


def test_a_ceasefire_agreed_on_a_named_day_with_paired_adjectives_is_a_truce():
    found = rows("Thailand and Cambodia agreed on Monday to an immediate and unconditional "
                 "ceasefire.", "2025-07-28")
    assert ("RETREAT", ["thailand"], ["cambodia"], "2025-07-28") in found
    assert ("RETREAT", ["cambodia"], ["thailand"], "2025-07-28") in found


def test_the_act_after_said_after_is_the_speakers_own():
    found = rows("Thailand and Cambodia agreed to a ceasefire, Malaysian Prime Minister Anwar "
                 "Ibrahim said after hosting talks between Thailand and Cambodia.", "2025-07-28",
                 "CONSULT")
    assert [(t, s, sorted(g)) for t, s, g, _ in found] == [
        ("CONSULT", ["anwar-ibrahim"], ["cambodia", "thailand"])]


def test_each_side_accused_the_other_is_an_accusation_each_way():
    found = rows("Thailand and Cambodia clashed on Thursday. Each side accused the other of "
                 "firing first.", "2025-07-28", "ACCUSE")
    assert sorted((s, t) for _, s, t, _ in found) == [
        (["cambodia"], ["thailand"]), (["thailand"], ["cambodia"])]
    assert sorted((s, t) for _, s, t, _ in rows(
        "Thailand and Cambodia clashed on Thursday. The two sides accused each other of firing "
        "first.", "2025-07-28", "ACCUSE")) == [
        (["cambodia"], ["thailand"]), (["thailand"], ["cambodia"])]



def test_a_reciprocal_accusation_is_between_the_pair_that_fights_most():
    found = rows("Thailand bombed Cambodian military targets on Thursday. Each side accused the "
                 "other of firing first.", "2025-07-28", "ACCUSE")
    assert sorted((s, t) for _, s, t, _ in found) == [
        (["royal-cambodian-armed-forces"], ["thailand"]),
        (["thailand"], ["royal-cambodian-armed-forces"])]
    # no pair in the article: no sides to give it
    assert rows("Each side accused the other of firing first.", "2025-07-28") == []


def test_a_pronouns_spokesman_named_after_his_title_is_the_speaker():
    assert rows("Niger's junta cut ties with Ukraine. Its spokesman, Colonel Amadou Abdramane, "
                "accused Kyiv of backing terrorist groups.", kind="ACCUSE") == [
        ("ACCUSE", ["amadou-abdramane"], ["ukraine"], "2024-08-06")]


def test_summoning_a_states_ambassador_by_possessive_is_aimed_at_that_state():
    assert rows("Senegal summoned Kyiv's ambassador over a video.") == [
        ("ACCUSE", ["senegal"], ["ukraine"], "2024-08-06")]
    assert rows("Senegal summoned Ukraine's ambassador over a video.") == [
        ("ACCUSE", ["senegal"], ["ukraine"], "2024-08-06")]


def test_counted_victims_joined_by_and_are_all_the_targets():
    assert rows("JNIM killed 50 Russian mercenaries and 10 Malian soldiers.") == [
        ("ASSAULT", ["jnim"], ["russia", "malian-armed-forces"], "2024-08-06")]
    # the list goes on after a count that names no actor
    assert rows("JNIM said it had ambushed the convoy and killed 50 Russians and 10 Malian "
                "soldiers.") == [("ASSAULT", ["jnim"], ["malian-armed-forces"], "2024-08-06")]


def test_a_town_an_apposition_locates_in_a_region_is_the_place():
    events = analyze_text("Malian troops fought rebels. Fighting erupted on July 25 near "
                          "Tinzaouaten, a remote outpost in north-eastern Mali, when an army "
                          "convoy came under attack from Tuareg-led rebels.",
                          published="2024-08-06").events
    attack = next(e for e in events if "Tinzaouaten" in e.evidence.text)
    assert (attack.place_text, attack.date) == ("near Tinzaouaten", "2024-07-25")


def test_a_claim_of_an_earlier_attack_took_place_where_and_when_it_did():
    events = analyze_text("Malian troops came under attack near Tinzaouaten on July 25.\n\n"
                          "JNIM said it had killed 10 Malian soldiers.",
                          published="2024-08-06").events
    claim = next(e for e in events if e.evidence.text.startswith("JNIM"))
    assert (claim.source, claim.place_text, claim.date) == (
        ["jnim"], "near Tinzaouaten", "2024-07-25")


def modalities(text: str, published: str = "2024-08-06", kind: str | None = None
               ) -> list[tuple[str, list[str], str]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.source, e.modality) for e in events if kind is None or e.type == kind]


def test_a_truce_said_to_take_effect_later_is_planned_not_hypothetical():
    assert modalities("Thailand and Cambodia agreed to a ceasefire on Monday. Anwar said the "
                      "truce would take effect at midnight.", "2025-07-28", "RETREAT")[-2:] == [
        ("RETREAT", ["cambodia"], "planned"), ("RETREAT", ["thailand"], "planned")]


def test_a_state_that_says_it_is_cutting_ties_does_so():
    assert modalities("Niger's junta said on Tuesday it was severing ties with Ukraine.") == [
        ("SANCTION", ["niger-cnsp"], "asserted")]


def test_a_headline_act_retold_later_on_a_day_of_its_own_took_place_that_day():
    events = analyze_text("Mali cuts ties with Ukraine\n\nBAMAKO, Aug 6 - Mali has broken off "
                          "diplomatic relations with Ukraine.\n\nA government spokesman said on "
                          "Sunday that Mali was cutting ties with Ukraine with immediate effect.",
                          published="2024-08-06").events
    assert [(e.type, e.source, e.date) for e in events] == [
        ("SANCTION", ["mali"], "2024-08-04"), ("SANCTION", ["mali"], "2024-08-04"),
        ("SANCTION", ["mali"], "2024-08-04")]


def test_a_verb_after_and_keeps_the_clauses_subject_and_those_brought_in_are_no_target():
    found = rows("Mali expelled France and brought in Wagner fighters.")
    assert [(t, s) for t, s, _, _ in found] == [("COERCE", ["mali"]), ("MOBILIZE", ["mali"])]
    assert "wagner-group" not in found[1][2]


def test_solidarity_in_quotes_with_a_states_government_and_people_supports_that_state():
    assert rows("Niger's junta said on Tuesday it was severing ties with Ukraine \"in total "
                "solidarity\" with the government and people of Mali.", kind="SUPPORT") == [
        ("SUPPORT", ["niger-cnsp"], ["mali"], "2024-08-06")]


def test_an_outbreak_of_fighting_with_no_side_named_is_between_the_two_sides():
    events = analyze_text("Thailand attacked Cambodia on Wednesday. Fighting broke out "
                          "the next morning near the ancient Ta Moan Thom temple complex.",
                          published="2025-07-28").events
    fights = [(e.source, e.target, e.place_text) for e in events
              if e.type == "ASSAULT" and "Fighting" in e.evidence.text]
    assert sorted(fights) == [(["cambodia"], ["thailand"], "Ta Moan Thom"),
                              (["thailand"], ["cambodia"], "Ta Moan Thom")]
    found = rows("Thailand attacked Cambodia on Wednesday. The clashes, the worst "
                 "between the neighbours in more than a decade, have killed 35 people.",
                 "2025-07-28", "ASSAULT")
    assert sorted((s, t) for _, s, t, _ in found[1:]) == [
        (["cambodia"], ["thailand"]), (["thailand"], ["cambodia"])]
    # fighting merely named ("fears that the fighting could spread") has no sides of its own
    assert rows("Thailand attacked Cambodia on Wednesday. Oil prices rose on fears "
                "that the fighting could spread.", "2025-07-28", "ASSAULT") == [
        ("ASSAULT", ["thailand"], ["cambodia"], "2025-07-23")]


def test_the_speakers_own_act_after_said_after_is_asserted():
    assert modalities("Thailand and Cambodia agreed to a ceasefire, Malaysian Prime Minister "
                      "Anwar Ibrahim said after hosting talks between Thailand and Cambodia.",
                      "2025-07-28", "CONSULT") == [("CONSULT", ["anwar-ibrahim"], "asserted")]


def test_an_indefinite_confrontation_between_the_neighbours_is_no_fight():
    assert rows("India attacked Pakistan on Wednesday. Guterres said the world could not afford "
                "a military confrontation between the two neighbours.", "2025-05-07",
                "ASSAULT") == [("ASSAULT", ["india"], ["pakistan"], "2025-05-07")]


def test_a_war_against_a_capital_is_against_its_government():
    assert rows("Malian troops fought Tuareg rebels. The northern rebels resumed their war "
                "against Bamako last year.", kind="ASSAULT")[-1] == (
        "ASSAULT", ["x-tuareg-rebels"], ["mali"], "2023")


def test_a_demonym_before_a_weapons_s_form_makes_it_the_firing_force():
    # "rockets" after "Cambodian" is the plural noun, not the verb "to rocket"
    assert rows("Cambodian rockets struck civilian areas in Thailand on Thursday.",
                "2025-07-25") == [
        ("ASSAULT", ["royal-cambodian-armed-forces"], ["thailand"], "2025-07-24")]
    assert rows("Israeli shells hit a school in Gaza on Monday.", "2024-03-05") == [
        ("ASSAULT", ["israel-defense-forces"], [], "2024-03-04")]


LEDE = ("BAMAKO, Aug 6 - Mali's military government has broken off diplomatic relations with "
        "Ukraine over remarks by a Ukrainian intelligence official who suggested that Kyiv had "
        "helped separatist rebels inflict heavy losses on Malian troops and Russian Wagner "
        "mercenaries near the Algerian border, and neighbouring Niger followed suit on Tuesday.")


def test_help_to_inflict_losses_is_aid_to_the_group_and_the_groups_attack():
    analysis = analyze_text(LEDE, published="2024-08-06")
    coded = [(e.type, e.rule, e.source, e.target, e.modality) for e in analysis.events]
    assert ("AID", "aid.help-to-fight", ["ukraine"], ["x-separatist-rebels"], "reported") \
        in coded
    assert ("ASSAULT", "assault.inflict-losses", ["x-separatist-rebels"],
            ["malian-armed-forces", "wagner-group"], "reported") in coded


def test_who_followed_suit_repeats_the_first_clauses_act_not_one_told_inside_it():
    analysis = analyze_text(LEDE, published="2024-08-06")
    assert [(e.type, e.source, e.target) for e in analysis.events
            if "niger" in e.source] == [("SANCTION", ["niger"], ["ukraine"])]


def test_a_relative_clause_opened_by_a_reporting_verb_is_its_antecedents_report():
    assert [(e.type, e.modality) for e in analyze_text(
        "Hamas, which said it had fired rockets at Tel Aviv, rejected the plan.",
        published="2024-08-06").events] == [("ASSAULT", "reported"), ("REJECT", "asserted")]


def places(text: str, published: str = "2025-07-28") -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.place_text, e.modality)
            for e in analyze_text(text, published=published).events]


def test_a_place_singled_out_within_the_country_just_named_is_the_events_place():
    assert places("Cambodian rockets struck civilian areas in Thailand, including a petrol "
                  "station in Sisaket province where several people were killed.") == [
        ("ASSAULT", "Sisaket province", "asserted")]
    # a list of cities is no part singled out by a phrase that places it
    assert places("Russian missiles struck cities across Ukraine, including Kharkiv and "
                  "Odesa.") == [("ASSAULT", "Ukraine", "asserted")]


def test_clashes_opening_a_sentence_with_their_toll_are_the_wars_two_sides_in_a_past_period():
    found = analyze_text(
        "Thai troops fought Cambodian troops on Monday. Clashes near the 11th-century Preah "
        "Vihear temple between 2008 and 2011 killed at least 28 people.",
        published="2025-07-28").events[1:]
    assert [(e.source, e.target, e.place_text, e.date, e.modality) for e in found] == [
        (["royal-cambodian-armed-forces"], ["royal-thai-armed-forces"], "Preah Vihear", "2008",
         "historical"),
        (["royal-thai-armed-forces"], ["royal-cambodian-armed-forces"], "Preah Vihear", "2008",
         "historical")]
    # with no side in the story, still no event
    assert analyze_text("Clashes killed 20 people in Khartoum.", published="2023-04-20").events \
        == []


def test_a_calendar_day_a_measure_runs_from_days_after_publication_is_ahead_and_planned():
    found = analyze_text(
        "Thai troops clashed with Cambodian troops. Both countries face steep U.S. tariffs on "
        "their exports from August 1.", published="2025-07-28").events
    assert [(e.type, e.date, e.modality) for e in found if e.type == "SANCTION"] == [
        ("SANCTION", "2025-08-01", "planned")]
    # a weekday after "from" in a past order stays the last one
    ordered = analyze_text("Armed separatists had ordered residents to stay at home from "
                           "Saturday to Tuesday, residents said.", published="2024-05-20").events
    assert all(e.date is None or e.date <= "2024-05-20" for e in ordered)


def test_the_next_morning_is_the_day_after_the_one_told_before():
    found = analyze_text(
        "PUTRAJAYA, July 28 - The crisis erupted on Wednesday, when a landmine wounded five Thai "
        "soldiers on patrol. Fighting broke out the next morning between Thai and Cambodian "
        "troops.", published="2025-07-28").events
    assert [(e.type, e.date) for e in found] == [
        ("ASSAULT", "2025-07-23"), ("ASSAULT", "2025-07-24"), ("ASSAULT", "2025-07-24")]


def test_places_coordinated_after_the_events_place_are_written_with_it():
    found = analyze_text("The United States struck more than 85 targets in Iraq and Syria on "
                         "Friday.", published="2024-02-03").events
    assert [(e.place_text, e.place) for e in found] == [("Iraq and Syria", "country:IRQ")]


def test_a_verb_form_right_after_a_subordinator_is_the_noun():
    # "as protests ... enter": the protests are no act of the headline's subject
    found = analyze_text("Georgia detains opposition leaders as protests over frozen EU bid "
                         "enter second week", published="2024-12-05").events
    assert [e.type for e in found] == ["COERCE"]
