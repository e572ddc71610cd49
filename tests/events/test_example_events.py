"""Events on the example article (Sky News, April 2019) through the real pipeline stages."""

from __future__ import annotations

import pytest

from factions.events import code_events
from factions.model import Event
from factions.pipeline import prepare
from factions.pipeline.state import DocState


@pytest.fixture(scope="module")
def state(example_text: str) -> DocState:
    prepared = prepare(example_text, published="2019-04")
    code_events(prepared)
    return prepared


def in_sentence(state: DocState, words: str) -> list[Event]:
    return [e for e in state.events if words in e.evidence.text]


def test_haftar_seizes_the_oilfields_of_southern_libya(state: DocState):
    [e] = in_sentence(state, "seize the oilfields")
    assert (e.type, e.mode, e.source, e.modality) == (
        "ASSAULT", "capture", ["khalifa-haftar"], "asserted")
    assert "natural_resource" in e.contexts
    assert e.place_text == "southern Libya"


def test_the_order_to_advance_west_towards_tripoli_is_planned(state: DocState):
    [e] = in_sentence(state, "order an advance west")
    assert (e.type, e.source, e.modality, e.place_text) == (
        "ASSAULT", ["khalifa-haftar"], "planned", "Tripoli")


def test_stiff_resistance_is_an_assault_on_his_forces(state: DocState):
    [e] = in_sentence(state, "stiff resistance")
    assert (e.type, e.target, e.modality) == ("ASSAULT", ["khalifa-haftar"], "reported")


def test_the_uae_effort_to_broker_a_deal_is_third_party_consultation(state: DocState):
    found = [e for e in in_sentence(state, "broker a deal") if e.type == "CONSULT"]
    assert [(e.mode, e.source, e.cameo) for e in found] == [
        ("third-party", ["united-arab-emirates"], "045")]
    assert "government-of-national-accord" in found[0].target


def test_the_collapse_of_those_efforts_is_coded_from_the_mediation(state: DocState):
    [e] = in_sentence(state, "collapse of those efforts")
    assert (e.type, e.mode, e.source) == (
        "SANCTION", "halt-negotiations", ["united-arab-emirates"])
    assert e.confidence < 0.5


def test_gaddafi_toppled_in_2011_is_historical(state: DocState):
    [e] = in_sentence(state, "toppled in 2011")
    assert (e.type, e.target, e.modality, e.date) == (
        "COERCE", ["muammar-gaddafi"], "historical", "2011")


def test_the_presumed_ultimate_ambition_is_no_event(state: DocState):
    assert in_sentence(state, "ultimate ambition") == []


def test_russian_mercenaries_and_money_are_aid_to_haftar(state: DocState):
    [e] = [x for x in in_sentence(state, "support from Moscow") if x.type == "AID"]
    assert (e.source, e.target, e.mode) == (["russia"], ["khalifa-haftar"], "mercenaries")


def test_ids_are_in_text_order_and_evidence_points_into_the_article(
        state: DocState, example_text: str):
    assert [e.id for e in state.events] == [f"e{k}" for k in range(1, len(state.events) + 1)]
    starts = [e.evidence.start for e in state.events]
    assert starts == sorted(starts)
    for e in state.events:
        assert example_text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.rule and e.evidence.trigger
