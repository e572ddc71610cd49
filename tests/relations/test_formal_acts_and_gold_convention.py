"""Alignments the gold codes from an actor's own act against another, war told or not (real
sentences through the whole pipeline): a formal complaint or a legal action; and near misses
that imply nothing."""

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


def test_a_state_that_summons_its_own_ambassador_opposes_no_one():
    analysis = analyze_text("India summoned its own ambassador to Canada for consultations.",
                            published="2024-06-26")
    assert opposed(analysis) == set()


def test_a_condemnation_of_violence_in_general_or_a_call_for_restraint_opposes_no_one():
    analysis = analyze_text(
        "Security forces fired tear gas at protesters in Nairobi on Tuesday. The United Nations "
        "condemned all violence and called on Kenyans to remain calm.", published="2024-06-26")
    assert not [r for r in analysis.relations if "united-nations" in (r.source, r.target)]
    analysis = analyze_text(
        "India and Pakistan exchanged artillery fire across the Line of Control on Wednesday. "
        "The United Nations urged both sides to exercise maximum restraint.",
        published="2024-06-26")
    assert opposed(analysis) == {("india", "pakistan")}
    assert not [r for r in analysis.relations if "united-nations" in (r.source, r.target)]


def test_a_charge_the_accused_denies_is_no_formal_act():
    # An accusation is talk: with no war told between them, prosecutors' charge against an
    # opposition leader implies nothing (a lawsuit filed would).
    analysis = analyze_text(
        "Kenyan prosecutors have accused opposition leader Raila Odinga of inciting violence, a "
        "charge he denies.", published="2024-06-26")
    assert opposed(analysis) == set()


def test_an_official_who_summons_an_envoy_is_no_opponent_of_his_own():
    # the summons is his state's act: the official himself is no side against the envoy's
    analysis = analyze_text(
        "BEIJING, March 22 - China imposed sanctions on ten Europeans. Vice Foreign Minister "
        "Qin Gang summoned the EU ambassador late on Monday to lodge a solemn protest.",
        published="2021-03-22")
    assert not any(source == "qin-gang" for source, _ in opposed(analysis))
