"""Alignments stated by the text and inferred from events, with their basis and confidence."""

from __future__ import annotations

from handmade import M, handmade_state

from factions.events import code_events
from factions.model import Relation
from factions.relations import ASSIGNS, REQUIRES, find_relations


def related(text: str, mentions: list[M], published: str | None = "2019-04-07"
            ) -> list[Relation]:
    state = handmade_state(text, mentions, published=published)
    code_events(state)
    find_relations(state)
    return state.relations


def triples(relations: list[Relation], basis: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in relations if basis in (None, r.basis)}


HAFTAR = M("Haftar", "khalifa-haftar", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")


def test_stage_contract_names_what_it_reads_and_fills():
    assert REQUIRES == ("doc", "sentences", "tokens", "mentions", "places", "events")
    assert ASSIGNS == ("relations",)


def test_backed_by_a_named_apposition_and_support_from_a_capital():
    relations = related(
        "He is backed by the military strongman next door in Egypt, Abdel Fattah al Sisi, and "
        "has support from Moscow too in the shape of mercenaries and money.", [
            M("He", "khalifa-haftar", "pronoun"),
            M("the military strongman", "abdel-fattah-al-sisi", "descriptor"),
            M("Egypt", "egypt", locative=True),
            M("Abdel Fattah al Sisi", "abdel-fattah-al-sisi"), M("Moscow", "russia", "metonym")])
    assert triples(relations, "stated") == {
        ("abdel-fattah-al-sisi", "supports", "khalifa-haftar"),
        ("russia", "supports", "khalifa-haftar")}
    # The mercenaries and money are also an AID event; the support it implies is already
    # stated, so it is not listed a second time as inferred.
    assert ("russia", "supports", "khalifa-haftar") not in triples(relations, "inferred")


def test_x_backed_y():
    relations = related("In the west there is the UN-backed GNA in Tripoli.", [
        M("UN", "united-nations", "alias"), GNA])
    assert triples(relations) == {("united-nations", "supports", "government-of-national-accord")}
    assert relations[0].basis == "stated" and relations[0].rule == "rel.x-backed"


def test_y_an_ally_of_x_means_x_supports_y():
    relations = related("Haftar, an ally of Egypt, visited Paris.", [HAFTAR, M("Egypt", "egypt")])
    assert ("egypt", "supports", "khalifa-haftar") in triples(relations)


def test_a_broker_between_two_sides_mediates_with_each_and_the_sides_are_opposed():
    relations = related(
        "The offensive followed an effort by the UAE to broker a deal between him and the "
        "government in Tripoli.", [
            M("UAE", "united-arab-emirates", "alias"), M("him", "khalifa-haftar", "pronoun"),
            M("the government in Tripoli", "government-of-national-accord", "descriptor")])
    assert {("united-arab-emirates", "mediates", "khalifa-haftar"),
            ("united-arab-emirates", "mediates", "government-of-national-accord")} <= \
        triples(relations, "stated")
    assert ("khalifa-haftar", "opposes", "government-of-national-accord") in \
        triples(relations, "inferred")


def test_assault_implies_opposes_and_aid_implies_supports():
    relations = related("The LNA shelled GNA positions. Egypt and the UAE armed Haftar.", [
        M("LNA", "libyan-national-army", "alias"), GNA, M("Egypt", "egypt"),
        M("UAE", "united-arab-emirates", "alias"), HAFTAR])
    assert triples(relations, "inferred") >= {
        ("libyan-national-army", "opposes", "government-of-national-accord")}
    # "armed Haftar" states the support: the inference from the AID event is not repeated.
    assert triples(relations, "stated") >= {
        ("egypt", "supports", "khalifa-haftar"),
        ("united-arab-emirates", "supports", "khalifa-haftar")}
    assert not triples(relations, "stated") & triples(relations, "inferred")
    inferred = [r for r in relations if r.basis == "inferred"]
    assert all(r.rule and ">" in r.rule for r in inferred)


def test_a_hedged_leaning_is_a_weak_support():
    relations = related(
        "Khalifa Haftar is a strongman. France in particular seems attracted by the prospect "
        "of a military strongman emerging as the basis for a new political initiative.", [
            M("Khalifa Haftar", "khalifa-haftar"), M("France", "france")])
    france = [r for r in relations if r.source == "france"]
    assert [(r.type, r.target, r.basis) for r in france] == [
        ("supports", "khalifa-haftar", "stated")]
    assert france[0].confidence < 0.3


def test_negated_and_hypothetical_backing_state_no_alignment():
    assert related("Russia did not back Haftar.", [M("Russia", "russia"), HAFTAR]) == []
    assert related("Turkey could back the GNA.", [M("Turkey", "turkey"), GNA]) == []


def test_coup_plotter_against_him_opposes():
    relations = related(
        "The one-time officer in the Gaddafi army became a coup plotter against him.", [
            M("The one-time officer in the Gaddafi army", "khalifa-haftar", "descriptor"),
            M("him", "muammar-gaddafi", "pronoun")])
    assert triples(relations) == {("khalifa-haftar", "opposes", "muammar-gaddafi")}


def test_opposes_is_kept_once_per_pair_whatever_the_direction():
    relations = related("The SAF fought the RSF. The RSF fought the SAF.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias"),
        M("RSF", "rapid-support-forces", "alias", nth=1),
        M("SAF", "sudanese-armed-forces", "alias", nth=1)])
    stated = [r for r in relations if r.basis == "stated" and r.type == "opposes"]
    assert len(stated) == 1


def test_relations_carry_evidence_date_modality_and_ids_in_text_order():
    relations = related("Egypt armed Haftar. Turkey backs the GNA.", [
        M("Egypt", "egypt"), HAFTAR, M("Turkey", "turkey"), GNA], published="2020-01-20")
    assert [r.id for r in relations] == [f"r{k}" for k in range(1, len(relations) + 1)]
    first = relations[0]
    assert first.evidence.text == "Egypt armed Haftar."
    assert (first.date, first.modality) == ("2020-01-20", "asserted")
    assert all(0.0 <= r.confidence <= 1.0 for r in relations)


def test_triggers_are_read_once_and_a_mediator_without_sides_again_with_the_events(monkeypatch):
    # The event coder reads the alignment triggers (to fill targets) before any event is coded:
    # the mediator then has no sides. The alignment stage reuses that reading and reads again
    # only the mediator's trigger, whose sides now come from the ceasefire.
    import factions.relations.extract as extract

    state = handmade_state(
        "The SAF and the RSF signed a ceasefire in Jeddah on Saturday. "
        "The talks were convened by the United Nations.",
        [M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias"),
         M("United Nations", "united-nations")])
    code_events(state)
    assert state.stated is not None
    assert [(r.mediation, r.relations) for r in state.stated.reads] == [(True, [])]

    def read_again(*args: object) -> None:
        raise AssertionError("the triggers were read twice")

    monkeypatch.setattr(extract, "_read_triggers", read_again)
    find_relations(state)
    assert triples(state.relations, "stated") == {
        ("united-nations", "mediates", "rapid-support-forces"),
        ("united-nations", "mediates", "sudanese-armed-forces")}
