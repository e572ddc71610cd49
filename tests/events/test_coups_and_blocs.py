"""Coups and regional blocs in West and Central Africa: who seized power, whom they toppled,
where, on which day, who condemned it, and states that leave a bloc, through the whole pipeline
with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text

GABON = ("LIBREVILLE, Aug 31 - Army officers in Gabon seized power on Wednesday, minutes after "
         "the electoral authority declared President Ali Bongo the winner of a third term.")


def rows(text: str, published: str = "2023-08-31", kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str], str | None]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target, e.date) for e in events
            if kind is None or e.type == kind]


def test_officers_who_seize_power_are_the_junta_and_the_ruler_named_is_whom_they_toppled():
    analysis = analyze_text(GABON, published="2023-08-31")
    places = {p.id: p.name for p in analysis.places}
    assert [(e.type, e.mode, e.source, e.target, e.date, places.get(e.place or ""))
            for e in analysis.events] == [
        ("COERCE", "coup", ["gabon-ctri"], ["ali-bongo-ondimba"], "2023-08-30", "Gabon")]


def test_a_headline_coup_takes_place_in_the_juntas_country():
    text = ("Gabon officers seize power minutes after Bongo declared election winner\n\n" + GABON)
    analysis = analyze_text(text, published="2023-08-31")
    places = {p.id: p.name for p in analysis.places}
    assert [(e.source, e.target, e.date, places.get(e.place or "")) for e in analysis.events] == [
        (["gabon-ctri"], ["ali-bongo-ondimba"], "2023-08-30", "Gabon"),
        (["gabon-ctri"], ["ali-bongo-ondimba"], "2023-08-30", "Gabon")]


def test_a_vote_day_dates_the_vote_and_a_part_of_the_day_goes_on_with_the_day_before():
    text = (GABON + "\n\nA dozen officers in uniform appeared on the television channel Gabon 24 "
            "shortly before dawn and said they had annulled the results of Saturday's vote and "
            "closed the borders until further notice.")
    assert rows(text, kind="COERCE")[1:] == [
        ("COERCE", "shutdown", ["gabon-ctri"], ["ali-bongo-ondimba"], "2023-08-30")]


def test_an_apposition_and_a_relative_clause_leave_the_subject_to_the_verb_after_them():
    assert rows("Albert Ondo Ossa, the main opposition candidate, who says he was robbed of "
                "victory, called for all the ballots to be recounted.") == [
        ("REQUEST", None, ["albert-ondo-ossa"], [], "2023-08-31")]


def test_a_state_that_keeps_soldiers_at_a_base_has_deployed_them_there():
    analysis = analyze_text("France, which keeps about 400 soldiers at a base in Libreville, "
                            "condemned the military takeover.", published="2023-08-31")
    places = {p.id: p.name for p in analysis.places}
    assert [(e.type, e.source, places.get(e.place or "")) for e in analysis.events
            if e.type == "MOBILIZE"] == [("MOBILIZE", ["france"], "Libreville")]


def test_an_emergency_summit_of_a_blocs_own_leaders_is_no_mediation():
    assert rows("The Economic Community of Central African States said it would convene an "
                "emergency summit of its heads of state.") == [
        ("CONSULT", "multilateral", ["eccas"], [], "2023-08-31")]


def test_states_that_quit_a_bloc_break_with_it():
    assert rows("Mali, Burkina Faso and Niger quit ECOWAS", published="2024-01-28") == [
        ("SANCTION", "break-relations", ["mali", "burkina-faso", "niger"], ["ecowas"],
         "2024-01-28")]
    assert rows("The military governments of Mali, Burkina Faso and Niger said on Sunday they "
                "were leaving the Economic Community of West African States with immediate "
                "effect.", published="2024-01-28", kind="SANCTION") == [
        ("SANCTION", "break-relations", ["mali", "burkina-faso", "niger"], ["ecowas"],
         "2024-01-28")]
    # a force that withdraws from a town still retreats
    assert [row[:2] for row in rows("M23 rebels withdrew from the town of Walikale on Saturday.",
                                    published="2025-03-24")] == [("RETREAT", "withdraw")]


def test_plural_references_stand_for_every_member_of_the_list_named_before():
    # "the three governments" and the "They" that goes on with them are the three states;
    # so is "the juntas" after "The military governments of Mali, Burkina Faso and Niger".
    assert rows("Mali, Burkina Faso and Niger quit ECOWAS on Sunday. In September, the three "
                "governments signed a charter creating the Alliance of Sahel States, a mutual "
                "defence pact under which an attack on one member would be treated as an attack "
                "on all. They have expelled French troops.", "2024-01-28") == [
        ("SANCTION", "break-relations", ["mali", "burkina-faso", "niger"], ["ecowas"],
         "2024-01-28"),
        ("AGREE", "sign", ["mali"], ["burkina-faso", "niger"], "2023-09"),
        ("AGREE", "sign", ["burkina-faso"], ["mali", "niger"], "2023-09"),
        ("AGREE", "sign", ["niger"], ["mali", "burkina-faso"], "2023-09"),
        ("SANCTION", "expel", ["mali", "burkina-faso", "niger"], ["french-armed-forces"],
         "2024-01-28")]
    assert rows("The military governments of Mali, Burkina Faso and Niger said on Sunday they "
                "were leaving ECOWAS. In a joint statement, the juntas accused ECOWAS of being "
                "manipulated by foreign powers.", "2024-01-28", kind="ACCUSE") == [
        ("ACCUSE", "allege", ["mali", "burkina-faso", "niger"], ["ecowas"], "2024-01-28")]


def test_a_they_after_a_list_named_as_an_object_is_no_list():
    assert rows("Talks with Mali and Niger failed on Sunday. They have expelled French "
                "troops.", "2024-01-28") == [
        ("SANCTION", "expel", ["mali"], ["french-armed-forces"], "2024-01-28")]

