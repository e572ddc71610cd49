"""Actors of ethnic-nationalist flashpoints in Europe (Kosovo, Georgia) as wire copy names them:
the opposition named by common nouns, officers in a police story, "the West", a capital opening
a relative clause, a person the lede describes before the next sentence names him, "they" after
"Police said", and the group a person says he led as his instrument."""

from __future__ import annotations

from factions.pipeline import analyze_text


def mentions(text: str, published: str) -> list[tuple[str, str]]:
    analysis = analyze_text(text, published=published)
    return sorted((m.text, a.id) for a in analysis.actors for m in a.mentions)


def test_opposition_leaders_are_the_countrys_opposition_not_the_party_named_after_it():
    analysis = analyze_text(
        "TBILISI, Dec 5 - Georgian police detained several opposition leaders on Wednesday, a "
        "day after the opposition Coalition for Change called for new elections.",
        published="2024-12-05")
    assert {a.id: a.name for a in analysis.actors} == {
        "georgian-police": "Georgian Police", "coalition-for-change": "Coalition for Change",
        "x-geo-opposition": "Georgian opposition"}
    assert ("several opposition leaders", "x-geo-opposition") in mentions(
        "TBILISI, Dec 5 - Georgian police detained several opposition leaders on Wednesday.",
        "2024-12-05")


def test_an_opposition_stronghold_is_no_actor():
    assert mentions("NAIROBI, June 26 - In Kisumu, an opposition stronghold on Lake Victoria, "
                    "protesters burned tyres.", "2024-06-26") == [
        ("protesters", "x-ken-protesters")]


def test_officers_are_the_police_only_in_a_police_story():
    assert mentions("TBILISI, Dec 5 - Riot police fired tear gas at protesters on Wednesday. "
                    "Masked officers dragged Nika Gvaramia out of his party's office and "
                    "detained him, his party said.", "2024-12-05") == [
        ("Nika Gvaramia", "nika-gvaramia"), ("Riot police", "georgian-police"),
        ("him", "nika-gvaramia"), ("his", "nika-gvaramia"), ("his", "nika-gvaramia"),
        ("officers", "georgian-police"), ("protesters", "x-geo-protesters")]
    assert mentions("KABUL, Aug 16 - Officers of the former army fled to Iran.",
                    "2021-08-16") == [("the former army", "iranian-armed-forces")]


def test_the_west_is_the_bloc_and_the_west_bank_a_place():
    assert ("the West", "x-western-countries") in mentions(
        "MOSCOW, Dec 5 - Moscow has accused the West of trying to stir up a revolution in "
        "Georgia.", "2024-12-05")
    assert mentions("GAZA, May 7 - Israeli troops raided a camp in the West Bank.",
                    "2024-05-07") == [("Israeli troops", "israel-defense-forces")]


def test_a_capital_that_opens_a_relative_clause_before_its_verb_is_its_state():
    assert ("Moscow", "russia") in mentions(
        "TBILISI, Dec 5 - Moscow, which fought a brief war with Georgia in 2008, has accused the "
        "West of trying to stir up a revolution in Georgia.", "2024-12-05")


def test_police_said_they_is_the_police_not_the_gunmen_named_before():
    assert ("they", "kosovo-police") in mentions(
        "PRISTINA, Sept 29 - Gunmen attacked a police patrol near Banjska on Sunday. Police said "
        "they had seized dozens of assault rifles.", "2023-09-29")


def test_the_politician_the_lede_describes_is_the_man_named_next_and_the_key_actor():
    analysis = analyze_text(
        "Kosovo Serb politician says he led Banjska attack\n\nPRISTINA, Sept 29 - A senior "
        "Kosovo Serb politician said on Friday that he had led the armed group that attacked "
        "Kosovo police near the village of Banjska last weekend.\n\nMilan Radoicic, a vice "
        "president of Srpska Lista, took responsibility for the attack in a statement released "
        "by his lawyer. About 30 gunmen in military uniforms opened fire on a police patrol "
        "before dawn on Sunday.", published="2023-09-29")
    radoicic = next(a for a in analysis.actors if a.id == "milan-radoicic")
    assert [m.text for m in radoicic.mentions] == [
        "politician", "he", "politician", "he", "Milan Radoicic", "his"]
    # the group he says he led is his instrument: he, not the gunmen, is the story's key actor
    assert ("commands", "milan-radoicic", "x-unnamed-armed-group") in [
        (r.type, r.source, r.target) for r in analysis.relations]
    assert analysis.key_actor == "milan-radoicic"
