"""A reported attack as a charge: "Zelenskiy said Russian troops had set off explosives" is the
attack told by Zelenskiy and, where the article shows the attacker's side disputing it, an
accusation of Zelenskiy against the attacker (``coder.said-attacked``); not a report that closes
the sentence, an undisputed one, a fighting force's communique, a clash, or a title before the
speaker's name."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text

RULE = "coder.said-attacked"

DAM = ("KYIV, June 6 - The Kakhovka dam on the Dnipro river burst on Tuesday, flooding dozens "
       "of villages.\n\n{said}\n\n"
       "Kremlin spokesman Dmitry Peskov rejected the charge and accused Ukraine of sabotage.")
OPENING = ("President Volodymyr Zelenskiy said Russian troops had set off explosives inside the "
           "structure shortly before 3 a.m.")
CLOSING = ("Russian troops had set off explosives inside the structure shortly before 3 a.m., "
           "President Volodymyr Zelenskiy said.")


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2023-06-06").events


def charges(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.rule == RULE]


def test_a_disputed_attack_a_leader_reports_is_his_charge_against_the_attacker():
    events = events_of(DAM.format(said=OPENING))
    attack = [e for e in events if e.rule == "assault.detonate"]
    assert [(e.source, e.modality) for e in attack] == [(["russian-armed-forces"], "reported")]
    (charge,) = [e for e in events if e.rule == RULE]
    assert charge.type == "ACCUSE"
    assert charge.source == ["volodymyr-zelensky"]
    assert charge.target == ["russian-armed-forces"]
    assert charge.modality == "asserted"
    assert charge.place is None


def test_a_report_that_closes_the_sentence_only_credits_the_claim():
    assert charges(DAM.format(said=CLOSING)) == []


def test_an_attack_no_one_disputes_is_no_charge():
    text = ("KYIV, June 6 - The Kakhovka dam on the Dnipro river burst on Tuesday, flooding "
            "dozens of villages.\n\n" + OPENING)
    assert charges(text) == []


def test_a_rebutted_attack_reported_by_a_chief_minister():
    text = ("QUETTA, Nov 9 - A suicide bomber killed 26 people at the railway station in Quetta "
            "on Saturday. The Baloch Liberation Army claimed the attack.\n\n"
            "Balochistan's chief minister, Sarfraz Bugti, said the militants were deliberately "
            "killing unarmed civilians and labourers.\n\n"
            "The BLA rejected the charge and accused the government of oppressing the Baloch "
            "people.")
    (charge,) = charges(text)
    assert charge.source == ["sarfraz-bugti"]
    assert charge.target == ["baloch-liberation-army"]


def test_the_name_after_a_title_is_the_one_who_charges():
    text = ("BEIJING, June 17 - Chinese and Indian troops fought on the Himalayan border on "
            "Monday.\n\nChinese foreign ministry spokesman Zhao Lijian said Indian troops had "
            "crossed the border twice on Monday, provoking and attacking Chinese personnel.\n\n"
            "India rejected the account and accused China of trying to change the status quo.")
    (charge,) = charges(text)
    assert charge.source == ["zhao-lijian"]  # not China, whose ministry only titles him
    assert charge.target == ["indian-armed-forces", "india"]


def test_an_army_communique_tells_the_battle_and_charges_no_one():
    text = ("NEW DELHI, May 7 - India fired missiles at sites in Pakistan on Wednesday.\n\n"
            "The Indian army said Pakistani shelling had killed at least 12 civilians in the "
            "Poonch district.\n\n"
            "Pakistan rejected the charge and accused India of attacking mosques.")
    events = events_of(text)
    assert [e.source for e in events if e.rule == "assault.weapon-kills"] == [["pakistan"]]
    assert [e for e in events if e.rule == RULE] == []


def test_soldiers_killed_in_a_clash_charge_no_one():
    text = ("India says 20 soldiers killed in clash with Chinese troops on Himalayan border\n\n"
            "China rejected the account and accused India of crossing the border.")
    events = events_of(text)
    assert [e.rule for e in events if e.type == "ASSAULT"] == ["assault.killed-in-clashes-with"]
    assert [e for e in events if e.rule == RULE] == []
