"""A country's new government, its unnamed ministries, its state news agency and the loyalists
of an ousted ruler (actors/coref.py, actors/home.py), on wire sentences from Syria in 2025
through the whole pipeline."""

from __future__ import annotations

from factions.pipeline import analyze_text


def _aliases(text: str, published: str) -> dict[str, list[str]]:
    return {a.id: a.aliases for a in analyze_text(text, published=published).actors}


def test_the_new_government_is_the_kb_transitional_body_and_never_the_state_news_agency():
    aliases = _aliases(
        "DAMASCUS, March 9 - Gunmen ambushed a patrol of the new government's security forces "
        "near Jableh, the interior ministry said. Government forces retook the town, the state "
        "news agency SANA reported, and the authorities imposed a curfew. Germany urged the "
        "interim government to prevent further violence.", "2025-03-09")
    assert aliases["syrian-transitional-government"] == [
        "the new government's security forces", "the new government", "the authorities",
        "the interim government"]
    assert aliases["sana"] == ["SANA"]
    # the KB lists the transitional authorities' interior ministry (a ministry it does not list
    # is its state's: see the next test)
    assert aliases["syrian-interior-ministry"] == ["the interior ministry"]


def test_an_unlisted_ministry_acts_for_its_state_but_a_ministry_bombed_outside_is_a_building():
    analysis = analyze_text(
        "DAMASCUS, March 8 - The defence ministry rushed thousands of reinforcements to the "
        "coast. A bomb exploded outside the defence ministry.", published="2025-03-08")
    assert {a.id: a.aliases for a in analysis.actors} == {"syria": ["The defence ministry"]}
    assert [(e.rule, e.source) for e in analysis.events] == [
        ("mobilize.send-troops", ["syria"])]


def test_gunmen_loyal_to_an_ousted_ruler_are_his_loyalists_and_the_insurgents_later():
    analysis = analyze_text(
        "DAMASCUS, March 7 - Gunmen loyal to ousted president Bashar al-Assad ambushed a patrol "
        "near Jableh. Ahmed al-Sharaa urged the insurgents to hand over their weapons.",
        published="2025-03-07")
    aliases = {a.id: a.aliases for a in analysis.actors}
    assert aliases["assad-loyalists"] == [
        "Gunmen loyal to ousted president Bashar al-Assad", "the insurgents"]
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("assault.ambush", ["assad-loyalists"], []),
        ("request.urge", ["ahmed-al-sharaa"], ["assad-loyalists"])]
    assert [(r.source, r.type, r.target) for r in analysis.relations] == [
        ("assad-loyalists", "supports", "bashar-al-assad")]


def test_gunmen_loyal_to_a_sitting_president_are_still_his_forces():
    analysis = analyze_text(
        "DAMASCUS, March 7, 2014 - Gunmen loyal to President Bashar al-Assad ambushed a patrol "
        "near Jableh.", published="2014-03-07")
    assert [a.id for a in analysis.actors] == ["bashar-al-assad"]
    assert [(e.rule, e.source) for e in analysis.events] == [
        ("assault.ambush", ["bashar-al-assad"])]


def test_security_personnel_and_allied_armed_factions_are_the_home_countrys_forces():
    analysis = analyze_text(
        "DAMASCUS, March 8 - The Syrian Observatory for Human Rights said more than 740 civilians "
        "had been killed, accusing security personnel and allied armed factions of carrying out "
        "massacres.", published="2025-03-08")
    assert {a.id: a.aliases for a in analysis.actors} == {
        "syrian-observatory-for-human-rights": ["Syrian Observatory for Human Rights"],
        "x-syr-police": ["security personnel"],
        "x-syr-militia": ["allied armed factions"]}
    # the massacres' victims are people, not the side the killers fight
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("accuse.accuse", ["syrian-observatory-for-human-rights"],
         ["x-syr-police", "x-syr-militia"]),
        ("assault.massacre", ["x-syr-police", "x-syr-militia"], [])]
