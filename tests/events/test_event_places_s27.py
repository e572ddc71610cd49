"""Event places read through a possessive (session 27): a city's site named after its
possessive ("Mogadishu's Lido beach", "Damascus's Mezzeh district") is a place, not the city
standing for its government; and a part named after the possessive of a region or division
("northern Iraq's Duhok province", "Balochistan's Bolan Pass") is the event's place, as one
after a country's possessive is."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def places(text: str, kind: str) -> list[str | None]:
    events = analyze_text(text, published="2024-05-01").events
    return [e.place_text for e in events if e.type == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab fighters stormed a hotel on Mogadishu's Lido beach on Friday, killing 32 "
     "people.", "Mogadishu"),
    ("Israeli jets struck a building in Damascus's Mezzeh district, killing seven Iranian "
     "officers.", "Mezzeh district"),
    ("Israeli jets struck Sanaa's international airport on Tuesday.", "Sanaa"),
    ("Turkish drones struck PKK targets in northern Iraq's Duhok province.", "Duhok province"),
    ("Militants attacked a passenger train in Balochistan's Bolan Pass.", "Bolan Pass"),
])
def test_a_site_or_part_after_a_possessive(text: str, expected: str) -> None:
    assert set(places(text, "ASSAULT")) == {expected}


def test_a_capitals_envoy_is_still_its_government() -> None:
    # near miss: "Washington's Middle East envoy" owns no site; Washington is no place
    found = analyze_text("Washington's Middle East envoy met Netanyahu in Jerusalem on Monday.",
                         published="2024-05-01")
    assert "Washington" not in {m.text for p in found.places for m in p.mentions}


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # what a deal or statement is about lies in the place, the deal is not made there
    ("Erdogan signed a security pact with Serraj alongside a disputed accord on maritime "
     "boundaries in the eastern Mediterranean.", "AGREE", None),
    ("Russia and Syria signed a deal to keep Russia's military presence in Syria.", "AGREE",
     None),
    # near miss: where it was signed
    ("Erdogan signed a security pact with Serraj in Istanbul.", "AGREE", "Istanbul"),
])
def test_what_a_deal_is_about_is_not_where_it_was_made(text: str, kind: str,
                                                       expected: str | None) -> None:
    assert set(places(text, kind)) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nancy Pelosi visited Yerevan on Sunday.", "Yerevan"),
    ("U.S. House Speaker Nancy Pelosi is expected to visit Yerevan at the weekend.", "Yerevan"),
    ("Lloyd Austin, visiting Rome, said there was evidence of North Korean soldiers in Russia.",
     "Rome"),
])
def test_a_capital_visited_is_where_the_visit_was(text: str, expected: str) -> None:
    assert places(text, "CONSULT") == [expected]


def test_a_capital_talked_with_is_no_place_of_the_talks() -> None:
    # near miss: the capital stands for its government, the talks are elsewhere
    assert places("Erdogan began talks with Washington on Monday.", "CONSULT") == [None]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a place naming a war or a dispute is what a pledge or deal is about
    ("Venezuela and Guyana pledge not to use force in Essequibo row", "AGREE", None),
    ("Ethiopia and the TPLF agreed to end the Tigray war.", "AGREE", None),
    # near miss: an attack in a war zone is there
    ("Russian troops attacked Ukrainian positions in the Donbas war zone.", "ASSAULT", "Donbas"),
])
def test_a_place_naming_a_war_or_dispute_is_its_topic(text: str, kind: str,
                                                      expected: str | None) -> None:
    assert set(places(text, kind)) == {expected}
