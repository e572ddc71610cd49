"""Alignments the gold codes from an actor's own act against another, war told or not (real
sentences through the whole pipeline): a formal complaint or a legal action, ..."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def opposed(analysis: Analysis) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in analysis.relations if r.type == "opposes"}


def test_states_that_summon_anothers_envoys_oppose_it():
    analysis = analyze_text(
        "Russian opposition leader Alexei Navalny died in an Arctic penal colony on Friday. "
        "Britain, Germany and France summoned Russian envoys over the death.",
        published="2024-02-20")
    assert opposed(analysis) == {("united-kingdom", "russia"), ("germany", "russia"),
                                 ("france", "russia")}


def test_a_state_that_lodges_a_protest_with_another_opposes_it():
    analysis = analyze_text("Bangladesh has lodged a protest with Myanmar over the mines.",
                            published="2017-09-11")
    assert opposed(analysis) == {("bangladesh", "myanmar")}


def test_a_lawsuit_not_filed_is_no_opposition():
    analysis = analyze_text(
        "Mozambican prosecutors have not filed a lawsuit against opposition leader Venancio "
        "Mondlane.", published="2024-11-20")
    assert opposed(analysis) == set()
