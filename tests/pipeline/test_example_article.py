"""The article factions began from: who is the man behind the insurgency, and who is around him."""

import json
from importlib import resources

import jsonschema
import pytest

from factions.errors import InputError, PipelineError
from factions.model import Analysis
from factions.pipeline import Options, analyze, make_document
from factions.pipeline.stages import check_order, get_stage


@pytest.fixture(scope="module")
def analysis(example_text: str) -> Analysis:
    return analyze(make_document(example_text, published="2019-04", source="example"))


def test_key_actor_is_khalifa_haftar_with_the_roles_the_text_gives(analysis):
    key = analysis.actor(analysis.key_actor)
    assert key is not None and key.name == "Khalifa Haftar"
    titles = [r.title for r in key.roles if r.source == "text"]
    for expected in ("Field Marshall", "one-time officer in the Gaddafi army", "coup plotter",
                     "exile in Virginia", "warlord in the east of the country",
                     "Libyan strongman"):
        assert expected in titles
    assert all(r.date == "2019-04" and r.evidence for r in key.roles if r.source == "text")


def test_the_actors_around_him_are_linked_to_the_knowledge_base(analysis):
    ids = {a.id for a in analysis.actors}
    assert {"russia", "united-arab-emirates", "france", "government-of-national-accord",
            "fayez-al-sarraj", "muammar-gaddafi", "nato", "united-kingdom",
            "united-nations"} <= ids
    assert all(a.known for a in analysis.actors)
    russia = analysis.actor("russia")
    assert russia is not None and russia.aliases == ["Moscow"]
    gna = analysis.actor("government-of-national-accord")
    assert gna is not None and "the government in Tripoli" in gna.aliases


def test_every_mention_offset_points_at_its_text_in_the_original(analysis, example_text):
    count = 0
    for actor in analysis.actors:
        for m in actor.mentions:
            assert example_text[m.start : m.end] == m.text
            count += 1
    assert count > 40
    haftar = analysis.actor("khalifa-haftar")
    assert haftar is not None
    # "Haftar’s" keeps its curly apostrophe in the original; the mention is the name alone.
    assert any(m.text == "Haftar" and example_text[m.end] == "\u2019" for m in haftar.mentions)


def test_the_analysis_json_validates_against_the_published_schema(analysis):
    schema = json.loads(resources.files("factions").joinpath(
        "schema/analysis.schema.json").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(analysis.as_dict()))
    jsonschema.validate(data, schema)
    assert data["schema"] == "factions.analysis/1"
    assert Analysis.from_dict(data).as_dict() == data


def test_an_empty_article_is_refused_with_its_name():
    with pytest.raises(InputError, match="blank.txt: the article is empty"):
        analyze(make_document("   \n", source="blank.txt"))


def test_a_stage_order_that_needs_what_is_not_made_is_refused():
    with pytest.raises(PipelineError, match="requires doc, sentences"):
        check_order([get_stage("actors.recognize")])
    with pytest.raises(PipelineError, match="unknown stage"):
        analyze(make_document("Text."), options=Options(stages=("nope",)))


def test_places_of_the_example_are_resolved_with_precision_codes(analysis):
    places = {p.name: p for p in analysis.places}
    tripoli = places["Tripoli"]
    assert (tripoli.country, tripoli.precision) == ("LBY", 1)
    assert abs(tripoli.lat - 32.89) < 0.05 and abs(tripoli.lon - 13.19) < 0.05
    assert (places["southern Libya"].country, places["southern Libya"].precision) == ("LBY", 2)
    assert (places["eastern Libya"].country, places["eastern Libya"].precision) == ("LBY", 2)
    assert [m.text for m in places["eastern Libya"].mentions] == ["the east of the country"]
    assert places["Virginia"].country == "USA"
    assert {"Egypt", "Europe"} <= set(places)
    assert "Moscow" not in places and "Marshall" not in places  # an actor and a title


def test_gaddafis_fall_is_dated_2011_with_year_precision(analysis):
    [fall] = [e for e in analysis.events if "toppled in 2011" in e.evidence.text]
    assert (fall.date, fall.date_precision, fall.modality) == ("2011", "year", "historical")
    assert fall.target == ["muammar-gaddafi"]


def test_the_example_alignments_are_found_with_evidence(analysis):
    found = {(r.type, r.source, r.target) for r in analysis.relations}
    assert {("supports", "abdel-fattah-al-sisi", "khalifa-haftar"),
            ("supports", "russia", "khalifa-haftar"),
            ("supports", "united-nations", "government-of-national-accord"),
            ("mediates", "united-arab-emirates", "khalifa-haftar"),
            ("mediates", "united-arab-emirates", "government-of-national-accord"),
            ("opposes", "khalifa-haftar", "government-of-national-accord"),
            ("opposes", "khalifa-haftar", "muammar-gaddafi"),
            ("supports", "france", "khalifa-haftar")} <= found
    france = next(r for r in analysis.relations if r.source == "france")
    assert france.confidence < 0.5


def test_an_actor_entry_is_the_documents_actor_first_then_the_knowledge_bases():
    from factions.kb import load_kb
    from factions.pipeline.run import run_stages

    kb = load_kb()
    state = run_stages(make_document("Khalifa Haftar met Russian officials in Moscow."), kb)
    found = state.actor_entry("khalifa-haftar")
    assert found is state.actors["khalifa-haftar"]
    assert found is not None and found.type == "person"
    egypt = state.actor_entry("egypt")
    assert "egypt" not in state.actors and egypt is kb.actors["egypt"]
    assert egypt is not None and egypt.type == "state"
    assert state.actor_entry("no-such-actor") is None
