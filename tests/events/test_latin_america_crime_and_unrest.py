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
