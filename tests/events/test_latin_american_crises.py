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
