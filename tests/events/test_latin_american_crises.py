"""Latin American political-military crises (coup attempts, disputed elections): coded through
the whole pipeline with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-07-30", kind: str | None = None
         ) -> list[tuple[str, list[str], list[str], str]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.source, e.target, e.modality) for e in events
            if kind is None or e.type == kind]


def test_diplomats_expelled_from_a_list_of_states_sanction_each_state():
    # "diplomats from Argentina": the first state of the list is the diplomats' sender (an
    # actor), not a place; the expulsion, ordered, is done (asserted), not planned
    assert rows("CARACAS - President Nicolas Maduro ordered the expulsion of diplomats from "
                "Argentina, Chile, Costa Rica and Uruguay on Monday.", kind="SANCTION") == [
        ("SANCTION", ["nicolas-maduro"], ["argentina", "chile", "costa-rica", "uruguay"],
         "asserted")]
    assert rows("Venezuela expelled diplomats from Peru and Panama.", kind="SANCTION") == [
        ("SANCTION", ["venezuela"], ["peru", "panama"], "asserted")]
    # an order to act that is not itself a sanction stays planned
    assert rows("Venezuela ordered its troops to withdraw from the border.",
                kind="RETREAT")[0][3] == "planned"


def test_the_former_army_commander_named_after_a_comma_is_the_person():
    assert rows("LA PAZ, June 27 - Bolivian police arrested the former army commander, General "
                "Juan Jose Zuniga, on Wednesday.", "2024-06-27", "COERCE") == [
        ("COERCE", ["bolivian-police"], ["juan-jose-zuniga"], "asserted")]


def test_a_body_accused_of_a_gerund_is_the_body_not_a_possessive_phrase():
    # "the opposition of plotting": what it is charged with, not whose opposition it is
    found = rows("CARACAS, Sept 3 - The opposition says it won the vote.\n\nPresident Nicolas "
                 "Maduro has accused the opposition of plotting a coup.", "2024-09-03",
                 "ACCUSE")
    assert found == [("ACCUSE", ["nicolas-maduro"], ["x-ven-opposition"], "asserted")]


def test_a_demonyms_court_is_a_judiciary_of_its_own_not_the_state():
    # (the warrant a court issues is its coercion, CAMEO 173, as the pending gold codes it)
    found = rows("CARACAS, Sept 3 - A Venezuelan court has issued an arrest warrant for "
                 "opposition presidential candidate Edmundo Gonzalez.", "2024-09-03")
    assert [(t, s) for t, s, _, _ in found] == [("COERCE", ["x-ven-judiciary"])]
    assert found[0][2] == ["edmundo-gonzalez-urrutia"]
