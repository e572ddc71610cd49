"""An actor after a clause's own verb is that verb's object: a verb coordinated after it ("...
removed Haftar, dissolved the government", "stormed the home of President Sisi and shot him")
does not take it as its subject, whose own subject ("a group of officers", "gunmen") names no
actor."""

from __future__ import annotations

from functools import partial

from handmade import M, code_handmade

from factions.model import Event

coded = partial(code_handmade, published="2024-06-14")

HAFTAR = M("Haftar", "khalifa-haftar", "alias")
SISI = M("Sisi", "abdel-fattah-al-sisi", "alias")
RSF = M("RSF", "rapid-support-forces", "alias")


def sources(events: list[Event], kind: str) -> list[list[str]]:
    return [e.source for e in events if e.type == kind]


def test_a_verb_after_a_comma_does_not_take_the_object_before_it():
    events = coded("A group of officers had removed Haftar, dissolved the government and "
                   "suspended the constitution.", [HAFTAR])
    assert ["khalifa-haftar"] not in sources(events, "COERCE")


def test_a_verb_after_and_does_not_take_the_owner_of_the_object():
    events = coded("A squad of heavily armed gunmen stormed the home of President Sisi before "
                   "dawn on Wednesday and shot him dead.", [SISI])
    assert ["abdel-fattah-al-sisi"] not in sources(events, "ASSAULT")


def test_a_reported_chain_with_a_subject_of_its_own_is_not_the_speakers():
    events = coded("Haftar announced that the mutineers had detained Sisi, dissolved the "
                   "cabinet and closed the borders.", [HAFTAR, SISI])
    assert all(not set(s) & {"khalifa-haftar", "abdel-fattah-al-sisi"}
               for s in sources(events, "COERCE"))


def test_soldiers_who_detain_a_leader_and_dissolve_a_body():
    events = coded("Soldiers detained Sisi at his residence and dissolved the parliament.",
                   [SISI])
    assert ["abdel-fattah-al-sisi"] not in sources(events, "COERCE")


def test_masked_men_dragged_out_a_leader_then_set_fire():
    events = coded("Masked men dragged Sisi from his car, beat him and then set fire to the "
                   "vehicle.", [SISI])
    assert ["abdel-fattah-al-sisi"] not in sources(events, "ASSAULT")


def test_a_named_subject_still_does_every_verb_of_the_chain():
    events = coded("The RSF stormed the palace, detained Sisi and shot his guards.", [RSF, SISI])
    assert ["rapid-support-forces"] in sources(events, "ASSAULT")
    assert ["abdel-fattah-al-sisi"] not in sources(events, "ASSAULT")


def test_whoever_is_accused_still_does_the_act():
    events = coded("Officials accused the RSF of attacking the convoy.", [RSF])
    assert sources(events, "ASSAULT") == [["rapid-support-forces"]]


def test_a_modifier_ending_in_ed_is_no_verb():
    events = coded("Hooded men loyal to Haftar stormed the studio, forcing presenters to the "
                   "floor.", [HAFTAR])
    assert sources(events, "ASSAULT") != []


def test_a_titled_object_is_no_subject_either():
    events = coded("Mutinous soldiers have detained President Sisi, dissolved the government and "
                   "suspended the constitution.", [SISI])
    assert ["abdel-fattah-al-sisi"] not in sources(events, "COERCE")
