"""Places of wire copy that the gazetteer or the recognizer missed before session 27: hyphenated
names joined by French articles, supplement sites (reefs, airports, bases, parks, districts,
landmarks, crossings, conflict towns) and names coordinated before a plural place noun. Each
case is a short news sentence with the exact places expected, with near misses."""

from __future__ import annotations

import pytest

from factions.geo import Geoparser


def names(geoparser: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(p.name, p.id) for p in geoparser.find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gangs attacked a police station in Port-au-Prince on Monday.",
     [("Port-au-Prince", "geonames:3718426")]),
    ("Gangs attacked the Cite Soleil neighbourhood of Port-au-Prince.",
     [("Cite Soleil", "supp:cite-soleil"), ("Port-au-Prince", "geonames:3718426")]),
    ("He flew to Aix-en-Provence on Friday.", [("Aix-en-Provence", "geonames:3038354")]),
])
def test_hyphenated_names_joined_by_french_articles(geoparser: Geoparser, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert names(geoparser, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 12 villagers in Kokorou on Sunday.", [("Kokorou", "supp:kokorou")]),
    ("Minova fell to the rebels on Tuesday.", [("Minova", "supp:minova")]),
    ("The army retook Anefis from separatist rebels.", [("Anefis", "supp:anefis")]),
    ("Jihadists attacked an army post in the W National Park on Wednesday.",
     [("W National Park", "supp:w-national-park")]),
    ("Iran fired missiles at the Al Udeid air base in Qatar.",
     [("Iran", "country:IRN"), ("Al Udeid Air Base", "supp:al-udeid-air-base"),
      ("Qatar", "country:QAT")]),
    ("A missile slammed into the grounds of Ben Gurion Airport on Sunday.",
     [("Ben Gurion Airport", "supp:ben-gurion-airport")]),
    ("The talks at the Dolmabahce palace lasted less than two hours.",
     [("Dolmabahce Palace", "supp:dolmabahce-palace")]),
    ("Pakistan closed the Wagah border crossing.",
     [("Pakistan", "country:PAK"), ("Wagah border crossing", "supp:wagah-crossing")]),
    ("Israeli jets hit buildings in the Haret Hreik district.",
     [("Haret Hreik", "supp:haret-hreik")]),
    ("Chinese coast guard ships blocked a resupply mission to Second Thomas Shoal.",
     [("Second Thomas Shoal", "supp:second-thomas-shoal")]),
    ("Clashes erupted at Tayouneh in Beirut.",
     [("Tayouneh", "supp:tayouneh"), ("Beirut", "geonames:276781")]),
    ("Insurgents attacked a checkpoint in Maungdaw on Monday.", [("Maungdaw", "supp:maungdaw")]),
    ("Ukrainian drones struck Olenya air base.", [("Olenya air base", "supp:olenya-air-base")]),
    ("Drones struck Port Sudan airport on Sunday.",
     [("Port Sudan airport", "supp:port-sudan-airport")]),
    ("The political prisoners are held at Evin prison in Tehran.",
     [("Evin prison", "supp:evin-prison"), ("Tehran", "geonames:112931")]),
    # near misses: a person's name holding a site's word is no place
    ("David Ben Gurion proclaimed the state in 1948.", []),
])
def test_supplement_sites_and_towns(geoparser: Geoparser, text: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert names(geoparser, text) == expected


def test_names_coordinated_before_a_plural_place_noun(geoparser: Geoparser) -> None:
    text = ("Baku accused Armenian groups of shelling Azerbaijani positions in the Kalbajar and "
            "Lachin districts.")
    assert [n for n, _ in names(geoparser, text)] == ["Baku", "Kalbajar", "Laçın"]


def test_capitalized_words_coordinated_before_a_common_noun_are_no_places(
        geoparser: Geoparser) -> None:
    # the plural after the list must be a place noun ("officials" is not)
    assert names(geoparser, "The envoy met Kalbajar and Lachin officials on Monday.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The navy moved a carrier group to the eastern Mediterranean on Monday.",
     [("eastern Mediterranean Sea", "region:supp:mediterranean-sea:east")]),
    ("Two destroyers in the eastern Mediterranean shot down drones.",
     [("eastern Mediterranean Sea", "region:supp:mediterranean-sea:east")]),
    ("Warships were sent to the southern Caribbean.",
     [("southern Caribbean", "region:supp:caribbean:south")]),
    ("Warships were sent to the Caribbean on Monday.", [("Caribbean", "supp:caribbean")]),
    # near misses: the adjective before a noun it qualifies, or with no article
    ("The Caribbean nations met on Monday.", []),
    ("A Mediterranean diet is healthy.", []),
])
def test_a_sea_named_by_its_adjective(geoparser: Geoparser, text: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert names(geoparser, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela's army deployed troops to the disputed Essequibo region.",
     [("Venezuela", "country:VEN"), ("Essequibo", "supp:essequibo")]),
    ("Moroccan troops cleared the Guerguerat crossing.", [("Guerguerat", "supp:guerguerat")]),
])
def test_disputed_territories_and_crossings(geoparser: Geoparser, text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert names(geoparser, text) == expected
