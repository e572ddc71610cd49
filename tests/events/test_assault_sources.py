"""Who attacked: ASSAULT sources and triggers in real news phrasing (gerunds and nouns, passives,
coordinated clauses, asides)."""

from __future__ import annotations

from functools import partial

from handmade import M, code_handmade

from factions.model import Event

LNA = M("LNA", "libyan-national-army", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")
RSF = M("RSF", "rapid-support-forces", "alias")


coded = partial(code_handmade, published="2024-06-14")


def assaults(events: list[Event]) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in events if e.type == "ASSAULT"]


def test_a_progressive_fighting_is_the_verb_with_its_object():
    events = coded("Turkish-backed factions of the Libyan National Army have been fighting the "
                   "GNA around Tripoli.", [
                       M("Turkish", "turkey", "demonym"),
                       M("Libyan National Army", "libyan-national-army"), GNA])
    assert (["libyan-national-army"], ["government-of-national-accord"]) in assaults(events)


def test_fighting_after_of_or_ending_is_nobodys_attack():
    events = coded("The UN condemned the outbreak of fighting and called on both sides to stop.",
                   [M("UN", "united-nations", "alias")])
    assert assaults(events) == []
    events = coded("Egypt and Turkey signed an agreement aimed at ending fighting in Libya.", [
        M("Egypt", "egypt"), M("Turkey", "turkey"), M("Libya", "libya", locative=True)])
    assert assaults(events) == []


def test_an_assault_after_an_article_and_adjective_is_a_noun():
    events = coded("Sisi restated his concerns about a major assault on Tripoli.", [
        M("Sisi", "abdel-fattah-al-sisi", "alias")])
    assert assaults(events) == []


def test_a_light_verb_before_a_quoted_strike():
    events = coded('The LNA said on Monday that it had conducted a "targeted strike" in Tripoli.',
                   [LNA, M("it", "libyan-national-army", "pronoun")])
    assert [s for s, _ in assaults(events)] == [["libyan-national-army"]]


def test_those_accused_of_killing_did_the_killing():
    events = coded("Rights groups fear a repeat of last year, when the RSF and allied militias "
                   "were accused of killing thousands of civilians in El Geneina.", [RSF])
    assert [s for s, _ in assaults(events)] == [["rapid-support-forces"]]


def test_a_passive_capture_with_an_aside_before_it():
    events = coded("The town of Tarhouna, its main stronghold in the west, was taken by GNA "
                   "forces on June 5.", [GNA])
    assert [s for s, _ in assaults(events)] == [["government-of-national-accord"]]


def test_a_demonym_before_a_gerund_did_it():
    events = coded("The rebels have survived eight years of Egyptian bombing.", [
        M("Egyptian", "egypt", "demonym")])
    assert [s for s, _ in assaults(events)] == [["egypt"]]


def test_whoever_is_behind_attacks_made_them():
    events = coded("Russia is behind nearly 100 attacks on Ukraine, he said.", [
        M("Russia", "russia"), M("Ukraine", "ukraine")])
    assert assaults(events) == [(["russia"], ["ukraine"])]


def test_a_coordinated_clause_opened_by_a_time_phrase_keeps_its_subject():
    events = coded("The RSF took up arms again in 2021, and in recent weeks has captured the "
                   "towns of Mellit and Kutum.", [RSF])
    assert [s for s, _ in assaults(events)] == [["rapid-support-forces"]]


def test_a_participle_after_such_a_clause_s_verb_keeps_the_subject_too():
    events = coded("The RSF took up arms again in 2021, and in recent weeks has captured the "
                   "towns of Mellit and Kutum, cutting the main supply routes into the city.",
                   [RSF])
    cuts = [(e.type, e.source) for e in events if e.rule == "coerce.cut-supply"]
    assert cuts == [("COERCE", ["rapid-support-forces"])]


def test_a_participle_after_a_noun_is_a_passive_with_no_agent():
    events = coded("Units loyal to the GNA, a body formed by lawmakers ousted in the coup, "
                   "captured the town of Gharyan.", [GNA])
    assert not [e for e in events if e.rule == "coerce.topple" and e.source]
    assert [s for s, _ in assaults(events)] == [["government-of-national-accord"]]


def test_doers_named_by_any_are_hypothetical():
    events = coded("The Kremlin has said that any Russians fighting in Libya do not represent "
                   "the state.", [M("Russians", "russia", "demonym"),
                                  M("Libya", "libya", locative=True)])
    assert all(e.modality == "hypothetical" for e in events if e.type == "ASSAULT")


def test_a_transitive_fight_goes_one_way():
    events = coded("The LNA has been fighting the GNA around Tripoli for months.", [LNA, GNA])
    assert assaults(events) == [(["libyan-national-army"], ["government-of-national-accord"])]


def test_a_fight_for_years_is_still_a_fight_and_for_right_after_is_not():
    events = coded("The RSF, which has been fighting the SAF for more than a year, said it "
                   "would not stop.", [RSF, M("SAF", "sudanese-armed-forces", "alias")])
    assert (["rapid-support-forces"], ["sudanese-armed-forces"]) in assaults(events)
    events = coded("The RSF said it was fighting for democracy.", [RSF])
    assert assaults(events) == []


def test_a_relative_clause_after_an_apposition_goes_back_to_its_head():
    events = coded("The RSF, the paramilitary group that has been fighting the SAF since April, "
                   "said it had taken the city.", [RSF, M("SAF", "sudanese-armed-forces",
                                                          "alias")])
    assert (["rapid-support-forces"], ["sudanese-armed-forces"]) in assaults(events)


def test_no_fight_from_a_place_or_before_an_adjective():
    events = coded("At least 226 people have been killed in Tripoli since fighting intensified "
                   "on May 10.", [M("Tripoli", "government-of-national-accord", "metonym",
                                    locative=True)])
    assert [s for s, _ in assaults(events) if s] == []
    events = coded("Tripoli is home to 1.8 million people, many of them displaced by earlier "
                   "fighting.", [M("Tripoli", "government-of-national-accord", "metonym")])
    assert assaults(events) == []


def test_at_war_with_is_a_fight_both_ways():
    events = coded("The Houthis began firing on vessels in November, saying they were acting in "
                   "solidarity with Palestinians in Gaza, where Israel is at war with Hamas.", [
                       M("Houthis", "houthis"), M("Israel", "israel"), M("Hamas", "hamas")])
    pairs = assaults(events)
    assert (["israel"], ["hamas"]) in pairs and (["hamas"], ["israel"]) in pairs


def test_a_possessors_war_with_a_named_enemy():
    events = coded("Hezbollah, weakened by its war with Israel, pulled its fighters out of Syria.",
                   [M("Hezbollah", "hezbollah"), M("its", "hezbollah", "pronoun"),
                    M("Israel", "israel"), M("its", "hezbollah", "pronoun"),
                    M("Syria", "syria", locative=True)])
    pairs = assaults(events)
    assert (["hezbollah"], ["israel"]) in pairs and (["israel"], ["hezbollah"]) in pairs


def test_a_list_of_armed_nouns_is_one_subject():
    events = coded("Turkish warplanes, drones and the army struck dozens of LNA military "
                   "targets across Libya early on Friday.", [
                       M("Turkish warplanes", "turkey", "agent", sector="military"),
                       LNA, M("Libya", "libya", locative=True)])
    assert (["turkey"], ["libyan-national-army"]) in assaults(events)
    # a comma list of victims before a new clause still cuts it
    events = coded("The LNA attacked the soldiers, the police and the GNA retaliated.", [LNA, GNA])
    assert (["government-of-national-accord"], []) not in assaults(events)


def test_a_capital_opening_a_quoted_claim_is_its_government():
    events = coded('"Cairo is behind the attacks on the GNA," he wrote on Twitter late on '
                   'Saturday.', [GNA])
    assert (["egypt"], ["government-of-national-accord"]) in assaults(events)


def test_a_relative_clause_after_a_place_in_a_phrase_is_no_act_of_its_government():
    events = coded("Egypt and Turkey signed an agreement aimed at ending fighting in eastern "
                   "Libya that has killed thousands of people this year.", [
                       M("Egypt", "egypt"), M("Turkey", "turkey"),
                       M("Libya", "libya", locative=True)])
    assert assaults(events) == []
    # after a comma the capital is the relative's antecedent: its government acts
    events = coded("Cairo, which has long backed the LNA, shelled GNA positions on Monday.",
                   [LNA, GNA])
    assert (["egypt"], ["government-of-national-accord"]) in assaults(events)


def test_an_order_to_ones_own_forces_makes_the_attack_the_giver_s_plan():
    events = coded("Haftar ordered his forces to attack the GNA on Thursday.", [
        M("Haftar", "khalifa-haftar", "surname"), GNA])
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("ASSAULT", ["khalifa-haftar"], ["government-of-national-accord"], "planned")]


def test_forces_named_inside_the_order_act_for_its_giver_not_for_another_person():
    # "his" read as Sisi (the main clause's subject) still leaves the march Haftar's.
    events = coded("Sisi was visiting Benghazi when Haftar ordered his troops to march on "
                   "the GNA.", [
                       M("Sisi", "abdel-fattah-al-sisi", "surname"),
                       M("Haftar", "khalifa-haftar", "surname"),
                       M("his troops", "abdel-fattah-al-sisi", "agent"), GNA])
    marches = [(e.source, e.target) for e in events if e.type == "ASSAULT"]
    assert marches == [(["khalifa-haftar"], ["government-of-national-accord"])]


def test_an_accused_terrorist_act_in_scare_quotes_is_the_accused_s_reported_attack():
    events = coded('Moscow accused Kyiv of a "terrorist" act over the blast on the bridge.', [
        M("Moscow", "russia", "metonym"), M("Kyiv", "ukraine", "metonym")])
    acts = [(e.source, e.modality, e.rule) for e in events if e.type == "ASSAULT"]
    assert acts == [(["ukraine"], "reported", "assault.attacks-noun")]
    events = coded("Moscow accused Kyiv of an act of terrorism.", [
        M("Moscow", "russia", "metonym"), M("Kyiv", "ukraine", "metonym")])
    assert [(e.source, e.modality) for e in events if e.type == "ASSAULT"] == [
        (["ukraine"], "reported")]
