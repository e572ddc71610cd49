"""Stated alignments in wire-copy phrasings: a support promised in a report joined by "and said",
two compounds sharing one "-brokered", a host bringing two leaders together, a mission to find a
peaceful solution (real-style sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def stated(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations if r.basis == "stated"}


def test_a_support_promised_after_and_said_is_planned_not_hypothetical():
    analysis = analyze_text(
        "US President Joe Biden condemned the strikes and said Washington would keep providing "
        "Ukraine with the support it needs.", published="2022-10-11")
    found = [(r.type, r.source, r.target, r.modality) for r in analysis.relations
             if r.basis == "stated"]
    assert found == [("supports", "united-states", "ukraine", "planned")]


def test_two_compounds_sharing_brokered_both_mediate():
    analysis = analyze_text(
        "The United Nations said on Monday that the U.N.- and Turkish-brokered talks between "
        "Russia and Ukraine would resume in Istanbul.", published="2023-07-17")
    assert {t for t in stated(analysis) if t[0] == "mediates"} == {
        ("mediates", "turkey", "russia"), ("mediates", "turkey", "ukraine"),
        ("mediates", "united-nations", "russia"), ("mediates", "united-nations", "ukraine"),
    }


def test_a_host_bringing_two_leaders_together_mediates_between_them():
    analysis = analyze_text(
        "Qatar's emir hosted Congolese President Felix Tshisekedi and Rwandan President Paul "
        "Kagame for a surprise meeting in Doha on Tuesday.", published="2025-03-20")
    assert stated(analysis) == {
        ("mediates", "tamim-bin-hamad-al-thani", "felix-tshisekedi"),
        ("mediates", "tamim-bin-hamad-al-thani", "paul-kagame"),
    }


def test_hosting_one_guest_is_no_mediation():
    analysis = analyze_text(
        "Greece hosted Haftar in Athens on Friday for talks, two days before the Berlin summit.",
        published="2020-01-19")
    assert not [r for r in analysis.relations if r.type == "mediates"]


def test_a_mission_to_help_find_a_peaceful_solution_mediates_between_the_warring_sides():
    analysis = analyze_text(
        "Rwandan troops and Congolese soldiers clashed near Goma on Monday. Rwandan forces "
        "shelled Congolese positions on Tuesday. Angola's President Joao Lourenco flew to "
        "Kinshasa on Wednesday on a mission to help find a peaceful solution.",
        published="2024-03-01")
    assert stated(analysis) == {
        ("mediates", "joao-lourenco", "fardc"),
        ("mediates", "joao-lourenco", "rwanda-defence-force"),
    }


def test_the_government_of_a_president_is_that_government():
    analysis = analyze_text(
        "The Saudi-led coalition intervened in Yemen in March 2015 to restore the government of "
        "President Abd-Rabbu Mansour Hadi, which the Houthis had driven from Sanaa.",
        published="2019-09-16")
    assert stated(analysis) == {("supports", "saudi-led-coalition", "yemeni-government")}


def test_a_backed_bare_government_is_the_national_government_the_article_names():
    analysis = analyze_text(
        "Taliban fighters swept into Kabul on Sunday and President Ashraf Ghani left the country, "
        "bringing an abrupt end to 20 years of a Western-backed government. The Afghan "
        "government had collapsed.", published="2021-08-16")
    assert stated(analysis) == {
        ("supports", "x-western-countries", "islamic-republic-government")}


def test_who_supports_an_operation_opposes_its_target():
    analysis = analyze_text(
        "Since August, Somali government forces have pushed al-Shabaab out of dozens of villages "
        "in the Hiiraan region. The operation has been supported by U.S. air strikes, according "
        "to officials.", published="2022-10-31")
    assert stated(analysis) == {("opposes", "united-states", "al-shabaab")}


def test_an_outsider_urging_both_sides_to_return_to_talks_mediates_between_them():
    analysis = analyze_text(
        "Sudan's army launched air strikes on bases of the Rapid Support Forces on Saturday. "
        "Heavy fighting between the army and the RSF continued in Khartoum on Sunday. "
        "Washington has urged both sides to return to talks in the Saudi city of Jeddah.",
        published="2024-06-10")
    assert {t for t in stated(analysis) if t[0] == "mediates"} == {
        ("mediates", "united-states", "sudanese-armed-forces"),
        ("mediates", "united-states", "rapid-support-forces"),
    }


def test_a_party_of_the_sides_own_country_urging_talks_is_no_mediator():
    analysis = analyze_text(
        "Fighting between Sudan's army and the Rapid Support Forces erupted in April. Sudan's "
        "army launched air strikes on bases of the Rapid Support Forces. The civilian Forces of "
        "Freedom and Change coalition said the fighting would destroy the country and urged both "
        "generals to return to talks.", published="2023-04-16")
    assert not [t for t in stated(analysis) if t[0] == "mediates"]


def test_mediators_shuttling_between_them_mediate_between_the_pair_named_before():
    analysis = analyze_text(
        "Haftar and the GNA's prime minister, Fayez al-Serraj, were both in Berlin but never sat "
        "in the same room; German and UN officials shuttled between them.",
        published="2020-01-20")
    assert {t for t in stated(analysis) if t[0] == "mediates"} == {
        ("mediates", "germany", "khalifa-haftar"),
        ("mediates", "germany", "government-of-national-accord"),
        ("mediates", "united-nations", "khalifa-haftar"),
        ("mediates", "united-nations", "government-of-national-accord")}
    # "them" is both sides, not the last group named before it (the UN)
    assert not any(m.text == "them" for a in analysis.actors for m in a.mentions)

