"""Mass-casualty attacks, claims of responsibility and contested blame, in the shapes wire copy
gives them (a concert-hall attack near Moscow, twin bombings in Kerman): bare claims, blasts with
no doer named, charges told as "was responsible" or "had a hand in", denials of any part."""

from __future__ import annotations

from factions.pipeline import analyze_text


def _coded(text: str, published: str) -> list[tuple[str, str, list[str], list[str], str]]:
    return [(e.type, e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published=published).events]


def test_a_reported_was_responsible_is_the_speakers_charge_against_the_subject():
    assert _coded(
        "U.S. officials said they believed Islamic State's Afghanistan branch, known as Islamic "
        "State Khorasan, was responsible.", "2024-03-24") == [
        ("ACCUSE", "accuse.was-responsible", ["united-states"], ["islamic-state-khorasan"],
         "asserted")]


def test_had_a_hand_in_an_attack_is_a_charge_by_whoever_suggests_it():
    coded = _coded(
        "MOSCOW, March 24 - President Vladimir Putin suggested Ukraine had a hand in the "
        "deadliest assault on Russian soil in two decades.", "2024-03-24")
    assert coded[0] == ("ACCUSE", "accuse.behind-attack", ["vladimir-putin"], ["ukraine"],
                        "asserted")


def test_nothing_to_do_with_the_attack_is_the_speakers_denial():
    assert _coded(
        "Kyiv denied any involvement. Mykhailo Podolyak, an adviser to Ukrainian President "
        "Volodymyr Zelenskiy, said Ukraine had nothing to do with the attack.", "2024-03-24") == [
        ("REJECT", "accuse.deny-involvement", ["ukraine"], [], "asserted"),
        ("REJECT", "reject.nothing-to-do-with", ["mykhailo-podolyak"], [], "asserted")]


def test_a_decision_that_had_nothing_to_do_with_an_attack_is_no_denial():
    assert _coded("Peskov said the decision had nothing to do with an attack hours earlier on "
                  "the Crimean bridge.", "2023-07-17") == []


def test_a_bare_claim_of_responsibility_is_the_claimants_attack_reported():
    events = analyze_text(
        "Two explosions hit a crowd in Kerman on Wednesday, killing 90 people. A day later, "
        "Islamic State claimed responsibility through its Amaq news agency.",
        published="2024-01-05").events
    assert [(e.rule, e.source, e.modality, e.date) for e in events] == [
        ("assault.kill", ["islamic-state"], "reported", "2024-01-03"),
        ("assault.claimed-responsibility", ["islamic-state"], "reported", "2024-01-04")]


def test_missiles_fired_at_what_they_called_a_target_are_an_attack_not_a_test():
    assert _coded(
        "Iran's Revolutionary Guards said on Tuesday they had fired ballistic missiles late on "
        "Monday at what they called an Israeli spy headquarters in Erbil.", "2024-01-16") == [
        ("ASSAULT", "assault.fire-ballistic-at-place", ["irgc"], ["mossad"], "reported")]


def test_the_content_of_a_rejected_suggestion_is_no_event():
    assert _coded("Washington rejected any suggestion that it or Israel was behind the "
                  "bombings.", "2024-01-16") == [
        ("REJECT", "reject.reject-claim", ["united-states"], [], "asserted")]


def test_a_blast_with_no_doer_is_the_act_of_whoever_later_claims_it_not_of_whom_was_blamed():
    events = analyze_text(
        "The twin explosions in Kerman tore through crowds on Wednesday. Iranian officials "
        "blamed Israel. A day later, Islamic State claimed responsibility through its Amaq news "
        "agency.", published="2024-01-05").events
    assert [(e.rule, e.source, e.target, e.modality, e.date) for e in events] == [
        ("assault.blast-tore-through", ["islamic-state"], [], "reported", "2024-01-03"),
        ("accuse.blame", ["iran"], ["israel"], "asserted", "2024-01-03"),
        ("assault.claimed-responsibility", ["islamic-state"], [], "reported", "2024-01-04")]


def test_a_condemned_attack_is_the_storys_not_a_background_killing():
    events = analyze_text(
        "Iran's Revolutionary Guards struck Erbil with ballistic missiles on Monday, killing "
        "four civilians. Soleimani, the commander killed by a U.S. drone in Baghdad in 2020, is "
        "buried in Kerman. Baghdad condemned the attack.", published="2024-01-16").events
    condemn = [e for e in events if e.rule == "accuse.condemn"]
    assert [(e.source, e.target) for e in condemn] == [(["iraq"], ["irgc"])]


def test_a_capitals_court_is_its_states_judiciary():
    # the judiciary is a body of its own, not the state (as the gold keeps "A Moscow court",
    # "A Venezuelan court", "Thailand's Constitutional Court" apart from the state)
    assert _coded("A Moscow court on Sunday charged four men from Tajikistan with terrorism.",
                  "2024-03-24") == [("COERCE", "coerce.charge", ["x-rus-judiciary"], [],
                                     "asserted")]


def test_a_headline_act_claimed_by_a_group_is_the_groups_noun_not_a_verb_of_the_subject():
    events = analyze_text(
        "Russia charges four over concert hall massacre claimed by Islamic State; Putin points "
        "to Ukraine\n\nMOSCOW, March 24 - A court charged four men.",
        published="2024-03-24").events
    massacre = [e for e in events if e.type == "ASSAULT"]
    assert [(e.rule, e.source) for e in massacre] == [
        ("assault.massacre-noun", ["islamic-state"])]


def test_a_toll_in_the_place_of_an_attack_just_told_is_that_attacks():
    events = analyze_text(
        "Iranian missiles struck Erbil late on Monday. Kurdish security officials said four "
        "civilians were killed in Erbil.", published="2024-01-16").events
    assert [(e.rule, e.source, e.place_text, e.date, e.modality) for e in events] == [
        ("assault.strike", ["iranian-armed-forces"], "Erbil", "2024-01-15", "asserted"),
        ("assault.kill", ["iranian-armed-forces"], "Erbil", "2024-01-15", "reported")]


def test_a_running_toll_in_that_place_is_no_new_attack():
    events = analyze_text(
        "Iranian missiles struck Erbil late on Monday. At least 20 people have been killed in "
        "Erbil since the fighting began.", published="2024-01-16").events
    assert "assault.kill" not in [e.rule for e in events]


def test_the_day_after_a_reporting_verb_is_the_reports_not_the_acts_that_has_its_own():
    events = analyze_text(
        "DUBAI, Jan 16 - Iran's Revolutionary Guards said on Tuesday they had fired ballistic "
        "missiles late on Monday at what they called a spy headquarters in Erbil.",
        published="2024-01-16").events
    assert [(e.rule, e.date) for e in events] == [
        ("assault.fire-ballistic-at-place", "2024-01-15")]
