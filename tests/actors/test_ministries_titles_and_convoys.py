"""Coreference of bodies named by common nouns, titles beside names, convoys and a commander's
men (actors/coref.py, actors/recognize.py), on wire sentences through the whole pipeline."""

from __future__ import annotations

from factions.pipeline import analyze_text


def _aliases(text: str, published: str) -> dict[str, list[str]]:
    return {a.id: a.aliases for a in analyze_text(text, published=published).actors}


def test_a_ministry_never_named_in_full_is_the_story_countrys_body_the_kb_describes_so():
    aliases = _aliases(
        "Wagner fighters seized Rostov-on-Don, Yevgeny Prigozhin said, and President Vladimir "
        "Putin called it treason. Prigozhin accused the military leadership of striking his "
        "camps. The defence ministry denied the claim.", "2023-06-24")
    assert aliases["russian-ministry-of-defence"] == ["the military leadership",
                                                      "The defence ministry"]


def test_a_ministry_in_a_story_with_no_country_of_its_own_is_no_one():
    aliases = _aliases("The defence ministry denied the claim on Sunday.", "2023-06-24")
    assert aliases == {}


def test_a_mercenary_chief_described_so_is_the_mercenary_leader_named_before():
    analysis = analyze_text(
        "Yevgeny Prigozhin ordered his Wagner fighters to Moscow. Lukashenko said the mercenary "
        "chief had accepted a proposal to halt the movement of his armed men.",
        published="2023-06-24")
    prigozhin = next(a for a in analysis.actors if a.id == "yevgeny-prigozhin")
    assert [r.title for r in prigozhin.roles if r.source == "text"] == ["mercenary chief"]
    # "the movement of his armed men" is a motion, no armed movement
    assert [(e.rule, e.source) for e in analysis.events] == [
        ("agree.accept-terms", ["yevgeny-prigozhin"]),
        ("retreat.turn-columns-around", ["yevgeny-prigozhin"])]


def test_the_column_is_the_group_whose_convoy_the_text_told():
    analysis = analyze_text("A convoy of Wagner armoured vehicles raced north towards Moscow. "
                            "Russian military helicopters fired on the column.",
                            published="2023-06-24")
    assert {a.id: a.aliases for a in analysis.actors}["wagner-group"] == ["Wagner", "the column"]
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("assault.fire-on", ["russian-armed-forces"], ["wagner-group"])]
    # a convoy of no one named is nobody's: an aid convoy as well as a column
    assert _aliases("Russian military helicopters fired on the convoy.", "2023-06-24") == {
        "russian-armed-forces": ["Russian military"]}


def test_a_title_before_a_name_after_a_comma_is_that_person_and_the_general_staff_no_one():
    analysis = analyze_text(
        "Prigozhin, a former caterer once close to Putin, had for months railed against Shoigu "
        "and the chief of the general staff, Valery Gerasimov, accusing them of starving his "
        "units of ammunition.", published="2023-06-24")
    roles = {a.id: [r.title for r in a.roles if r.source == "text"] for a in analysis.actors}
    assert roles["yevgeny-prigozhin"] == []
    assert roles["valery-gerasimov"] == ["chief of the general staff"]
    # one accusation of the two men ("accusing them" spells it out), background ("for months")
    assert [(e.type, e.source, e.target, e.modality) for e in analysis.events] == [
        ("ACCUSE", ["yevgeny-prigozhin"], ["sergei-shoigu", "valery-gerasimov"], "historical")]


def test_the_forces_of_a_defence_ministry_are_its_countrys_armed_forces():
    analysis = analyze_text("Russia's defence ministry said its forces had repelled attempts "
                            "by Ukrainian units to break through near several villages.",
                            published="2024-08-16")
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("assault.push-back", ["russian-armed-forces"], ["armed-forces-of-ukraine"]),
        ("assault.break-through", ["armed-forces-of-ukraine"], ["russian-armed-forces"])]


def test_a_commanders_men_are_his_group_while_he_leads_it():
    events = analyze_text("Yevgeny Prigozhin, the head of the Wagner Group, said his men had "
                          "shot down several aircraft.", published="2023-06-24").events
    assert [(e.rule, e.source) for e in events] == [
        ("assault.intercept", ["yevgeny-prigozhin", "wagner-group"])]
    # He led it until August 2023 (KB role): in June 2023 "his fighters" are Wagner's too.
    events = analyze_text("Yevgeny Prigozhin, the head of the Wagner Group, said his fighters "
                          "had taken control of the airfield in Rostov-on-Don.",
                          published="2023-06-24").events
    assert [(e.rule, e.source) for e in events] == [
        ("assault.seize-control", ["yevgeny-prigozhin", "wagner-group"])]


def test_ukraines_air_force_commander_in_2024_is_known():
    analysis = analyze_text("Mykola Oleshchuk posted a video on Telegram.", published="2024-08-16")
    assert [(a.id, a.known) for a in analysis.actors] == [("mykola-oleshchuk", True)]
