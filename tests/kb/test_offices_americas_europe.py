"""Office holders of the Americas and Europe (offices-americas-europe.yaml): a state's office
named with no name after it ("the foreign minister of Poland", "Romania's president") is whoever
held it on the publication date; the full names link; a date outside the term, or a namesake in
another country, does not."""

import pytest
from kb_actors import actor_ids as _ids

from factions.kb.knowledge_base import _holds_office
from factions.pipeline import analyze_text


def _sources(text: str, kb, published: str) -> list[list[str]]:
    return [e.source for e in analyze_text(text, published=published, kb=kb).events]




@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        ("WARSAW - The foreign minister of Poland condemned the attack on Tuesday.",
         "2024-03-05", "radoslaw-sikorski"),
        ("WARSAW - The foreign minister of Poland condemned the attack on Tuesday.",
         "2021-03-02", "zbigniew-rau"),
        ("WARSAW - The Polish president condemned the attack on Tuesday.", "2024-03-05",
         "andrzej-duda"),
        ("WARSAW - Poland's president condemned the attack on Tuesday.", "2025-09-10",
         "karol-nawrocki"),
        ("OTTAWA - The defense minister of Canada condemned the attack on Tuesday.",
         "2024-03-05", "bill-blair"),
        ("ATHENS - The prime minister of Greece condemned the attack on Tuesday.",
         "2024-03-05", "kyriakos-mitsotakis"),
        ("BUCHAREST - Romania's president condemned the attack on Tuesday.", "2025-03-04",
         "ilie-bolojan"),
        ("BERN - Switzerland's president condemned the attack on Tuesday.", "2024-03-05",
         "viola-amherd"),
        ("BOGOTA - The defence minister of Colombia condemned the attack on Tuesday.",
         "2023-06-06", "ivan-velasquez"),
        ("KYIV - The foreign minister of Ukraine condemned the attack on Tuesday.",
         "2023-06-06", "dmytro-kuleba"),
    ],
)
def test_an_office_with_no_name_is_its_holder_on_the_day(kb, text, published, holder):
    assert _sources(text, kb, published) == [[holder]]


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        ("OTTAWA - Justin Trudeau and Melanie Joly said Canada would send more aid.",
         "2023-05-10", {"justin-trudeau", "melanie-joly"}),
        ("BRASILIA - Flavio Dino said Anderson Torres had failed to stop the rioters.",
         "2023-01-10", {"flavio-dino", "anderson-torres"}),
        ("MEXICO CITY - Luis Cresencio Sandoval said soldiers had released Ovidio Guzman.",
         "2019-10-18", {"luis-cresencio-sandoval"}),
        ("LA PAZ - Eduardo del Castillo said General Jose Wilson Sanchez now led the army.",
         "2024-06-27", {"eduardo-del-castillo", "jose-wilson-sanchez"}),
        ("BELGRADE - Ivica Dacic said police would not let protesters block the roads.",
         "2025-03-15", {"ivica-dacic"}),
        ("BUDAPEST - Kristof Szalay-Bobrovniczky said Hungarian troops would stay in Kosovo.",
         "2023-05-30", {"kristof-szalay-bobrovniczky"}),
        ("WARSAW - Mateusz Morawiecki and Mariusz Blaszczak visited the border with Belarus.",
         "2021-11-10", {"mateusz-morawiecki", "mariusz-blaszczak"}),
        ("SAN SALVADOR - Gustavo Villatoro said the gangs would be starved in prison.",
         "2022-03-28", {"gustavo-villatoro"}),
    ],
)
def test_the_full_names_link(kb, text, published, wanted):
    found = _ids(text, published, kb=kb)
    assert wanted <= found, wanted - found


def test_near_misses():
    from factions.kb import load_kb

    kb = load_kb()
    # Before and after a term the office is someone else's, or no one's the KB knows.
    assert kb.office_holder("poland", "foreign minister", "2019-06-01") == "jacek-czaputowicz"
    assert kb.office_holder("canada", "prime minister", "2025-06-01") == "mark-carney"
    assert kb.office_holder("canada", "prime minister", "2015-01-01") is None
    assert kb.office_holder("greece", "prime minister", "2023-06-01") is None  # caretaker
    assert kb.office_holder("russia", "defence minister", "2024-06-01") == "andrei-belousov"
    assert kb.office_holder("russia", "defense minister", "2023-06-01") == "sergei-shoigu"


def test_namesakes_are_told_apart_by_the_country_the_text_names(kb):
    # Spain's prime minister and Colombia's defence minister (from 2025) are both Pedro Sánchez.
    assert "pedro-sanchez-colombia" in _ids(
        "BOGOTA - Colombia's defence minister, Pedro Sanchez, condemned the attack by ELN "
        "rebels on Tuesday.", "2025-05-06", kb=kb)
    found = _ids("MADRID - Spanish Prime Minister Pedro Sanchez condemned the attack on "
                 "Tuesday.", "2025-05-06", kb=kb)
    assert "pedro-sanchez" in found and "pedro-sanchez-colombia" not in found


def test_defence_and_defense_are_one_office():
    assert _holds_office("Minister of Defence of Canada", "defense minister")
    assert _holds_office("Minister of Defense", "defence minister")
    assert not _holds_office("Deputy Minister of Defence of Ukraine", "defense minister")
