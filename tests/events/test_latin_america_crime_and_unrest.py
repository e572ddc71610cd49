"""Cartel wars and political unrest in Latin America (the Sinaloa cartel's split in 2024, Peru's
crisis after Castillo's ouster in 2022), in the shapes wire copy gives them, coded through the
whole pipeline with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2022-12-21", kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target) for e in events
            if kind is None or e.type == kind]


def test_ordering_an_ambassador_to_leave_the_country_expels_him():
    # Not a request to withdraw: ordering a state's envoy out is the diplomatic expulsion.
    assert rows("Peru ordered Mexico's ambassador to leave the country on Tuesday, accusing "
                "Mexico of meddling in its internal affairs.") == [
        ("SANCTION", "expel", ["peru"], ["mexico"]),
        ("ACCUSE", "allege", ["peru"], ["mexico"])]


def test_setting_off_unrest_is_no_detonation():
    assert rows("His arrest set off the worst unrest Peru has seen in years.") == []


def test_adjectives_before_a_plural_head_that_opens_the_next_members_of_a_list():
    assert rows("Lopez Obrador, along with the leftist governments of Colombia, Argentina and "
                "Bolivia, has refused to recognise Castillo's removal.") == [
        ("REJECT", "refuse", ["andres-manuel-lopez-obrador", "colombia", "argentina",
                              "bolivia"], [])]


def test_a_fight_that_pits_one_side_against_another():
    assert rows("The war in Sudan pits the army against the RSF.", "2024-09-16") == [
        ("ASSAULT", "ground", ["sudanese-armed-forces"], ["rapid-support-forces"]),
        ("ASSAULT", "ground", ["rapid-support-forces"], ["sudanese-armed-forces"])]


def test_a_reward_offered_for_a_capture_is_no_aid():
    assert rows("The Sinaloa cartel is a major supplier of fentanyl to the United States, which "
                "had offered millions of dollars in rewards for the capture of the Chapitos.",
                "2024-09-16", kind="AID") == []


def test_cartel_factions_and_their_leaders_by_nickname():
    assert rows("The Chapitos clashed with the Mayos in Culiacan.", "2024-09-16") == [
        ("ASSAULT", "ground", ["los-chapitos"], ["los-mayos"]),
        ("ASSAULT", "ground", ["los-mayos"], ["los-chapitos"])]
    assert rows('Ismael "El Mayo" Zambada said he had been kidnapped by Joaquin Guzman Lopez.',
                "2024-09-16") == [
        ("ASSAULT", "abduct", ["joaquin-guzman-lopez"], ["ismael-zambada"])]


def test_a_fight_named_before_the_verb_that_pits_its_sides_and_an_apposition_between():
    # "The fighting" is only what "pits" is about; the sides are the object (past its
    # apposition) and the "against" actor.
    assert rows('The fighting pits the "Chapitos", sons of jailed drug lord Joaquin "El Chapo" '
                'Guzman, against the "Mayos".', "2024-09-16") == [
        ("ASSAULT", "ground", ["los-chapitos"], ["los-mayos"]),
        ("ASSAULT", "ground", ["los-mayos"], ["los-chapitos"])]


def test_an_arrest_with_no_arrester_in_a_named_country_is_that_states():
    assert rows("The war began after Zambada was arrested in the United States in July.",
                "2024-09-16") == [("COERCE", "arrest", ["united-states"], ["ismael-zambada"])]


def test_roads_blocked_by_gunmen_are_a_blockade_not_a_protest():
    assert rows("Gunmen set vehicles on fire and blocked highways in Culiacan.", "2024-09-16") == [
        ("COERCE", "destroy", ["x-unnamed-armed-group"], []),
        ("COERCE", "blockade", ["x-unnamed-armed-group"], [])]


def test_his_extradition_is_what_he_underwent():
    assert rows("Guzman is serving a life sentence in a U.S. prison after his extradition in "
                "2017.", "2024-09-16") == []
    assert rows("Mexico's extradition of Ovidio Guzman Lopez to the United States angered the "
                "cartel.", "2024-09-16") == [
        ("COOPERATE", "judicial", ["mexico"], ["united-states"])]


def test_a_groups_factions_fighting_each_other_aim_at_no_outsider():
    assert rows("CULIACAN, Sept 16 - Gunmen from rival factions of the Sinaloa cartel fought "
                "running battles in Culiacan. Mexican soldiers clashed with cartel gunmen in "
                "Elota on Saturday.", "2024-09-16", kind="ASSAULT") == [
        ("ASSAULT", "ground", ["sinaloa-cartel"], []),
        ("ASSAULT", "firearms", ["sinaloa-cartel"], []),
        ("ASSAULT", "ground", ["mexican-army"], ["sinaloa-cartel"])]


def test_acting_irresponsibly_is_a_charge_and_a_relative_clauses_day_is_not_carried():
    # "on Oct. 1" in a present-tense handover is the coming one, and it dates only its
    # relative clause: the next sentence's charge is of the day of publication.
    events = analyze_text("Lopez Obrador, who hands power to Claudia Sheinbaum on Oct. 1, "
                          "blamed the United States for it. He said Washington had acted "
                          "irresponsibly.", published="2024-09-16").events
    assert [(e.type, e.rule, e.source, e.target, e.date, e.modality) for e in events] == [
        ("ACCUSE", "accuse.blame", ["andres-manuel-lopez-obrador"], ["united-states"],
         "2024-09-16", "asserted"),
        ("ACCUSE", "accuse.acted-wrongly", ["andres-manuel-lopez-obrador"], ["united-states"],
         "2024-09-16", "asserted")]


def test_both_men_are_the_last_two_people_named():
    # (not "Guzman" of "Guzman's sons": a possessive only says whose)
    assert rows("Zambada said he had been kidnapped by Joaquin Guzman Lopez, one of Guzman's "
                "sons, and flown to an airstrip near El Paso, Texas, where U.S. agents detained "
                "both men.", "2024-09-16", kind="COERCE") == [
        ("COERCE", "arrest", ["united-states"], ["ismael-zambada", "joaquin-guzman-lopez"])]


def test_gunmen_loyal_to_a_leader_known_as_a_named_group_are_that_group():
    # The phrase names the faction by its members and their leader; the faction is the side,
    # not Zambada himself.
    assert rows('The fighting pits the "Chapitos", sons of jailed drug lord Joaquin "El Chapo" '
                'Guzman, against gunmen loyal to Ismael "El Mayo" Zambada, known as the '
                '"Mayos", after Zambada was arrested in the United States in July.',
                "2024-09-16", kind="ASSAULT") == [
        ("ASSAULT", "ground", ["los-chapitos"], ["los-mayos"]),
        ("ASSAULT", "ground", ["los-mayos"], ["los-chapitos"])]


def test_troops_sent_where_a_groups_factions_fight_each_other_aim_at_neither():
    assert rows("Sinaloa cartel factions battle in Culiacan as Mexico flies in more troops\n\n"
                "CULIACAN, Sept 16 - Soldiers clashed with gunmen on Saturday in the town of "
                "Elota.", "2024-09-16", kind="MOBILIZE") == [
        ("MOBILIZE", "troops", ["mexico"], [])]
