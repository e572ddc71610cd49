"""A passive with an adverb of how badly someone was hurt names the victim, not an attacker; and
relief someone feels is no aid."""

from __future__ import annotations

from factions.pipeline import analyze, make_document


def events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze(make_document(text, published="2024-01-12", source="test"))
    return [(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events]


def test_a_person_seriously_wounded_is_no_attacker():
    assert events("First Lady Martine Moise was seriously wounded and was flown to Miami.") == []
    assert events("Opposition leader Ali Haddad was critically wounded in the blast.") == []
    # the active voice keeps its victim as the target
    assert events("Gunmen critically wounded opposition leader Ali Haddad.") == [
        ("ASSAULT", ("x-unnamed-armed-group",), ("x-ali-haddad",))]


def test_relief_someone_feels_is_no_aid():
    assert events("Army chief Ali Haddad said he felt great relief when the hostages were "
                  "freed.") == []
    assert events("Dante Lauretta, the University of Arizona planetary scientist who leads the "
                  "team, said he felt enormous relief as he watched the parachute open.") == []
    assert events("Jordan sent relief to Gaza on Monday.") == [("AID", ("jordan",), ())]
