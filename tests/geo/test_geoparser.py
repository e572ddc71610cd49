"""The geoparser on short news-like sentences, with the exact places expected."""

from __future__ import annotations

import pytest

from factions.geo import Geoparser, Toponym
from factions.model import Place


def by_id(places: list[Place]) -> dict[str, Place]:
    return {p.id: p for p in places}


def test_oilfield_and_directional_region(geoparser: Geoparser) -> None:
    text = ("Forces loyal to Khalifa Haftar seized the Sharara oilfield in southern Libya "
            "on Thursday.")
    places = geoparser.find_places(text)
    assert [p.id for p in places] == ["supp:sharara-oilfield", "region:LBY:south"]
    sharara, south = places
    assert (sharara.name, sharara.country, sharara.precision, sharara.feature) == (
        "Sharara oilfield", "LBY", 1, "oilfield")
    assert sharara.mentions[0].text == "Sharara oilfield"
    assert (south.name, south.country, south.precision, south.feature) == (
        "southern Libya", "LBY", 2, "region")
    assert south.mentions[0].text == "southern Libya"
    assert south.mentions[0].kind == "descriptor"
    assert 24.0 < south.lat < 28.5  # a rough centre of the south, not a point in Tripoli


def test_tripoli_in_a_libya_article_is_the_libyan_capital(geoparser: Geoparser) -> None:
    text = ("Clashes erupted in Tripoli on Friday as the UN-backed government in Libya "
            "resisted the offensive.")
    tripoli = by_id(geoparser.find_places(text))["geonames:2210247"]
    assert tripoli.name == "Tripoli"
    assert tripoli.country == "LBY"
    assert tripoli.precision == 1
    assert tripoli.feature == "capital"
    assert tripoli.lat == pytest.approx(32.89, abs=0.01)
    assert tripoli.lon == pytest.approx(13.19, abs=0.01)
    assert tripoli.geonames_id == 2210247


def test_tripoli_in_a_lebanon_article_is_the_lebanese_city(geoparser: Geoparser) -> None:
    text = "Protesters gathered in Tripoli, Lebanon's second city, and in Beirut on Sunday."
    places = by_id(geoparser.find_places(text))
    assert "geonames:266826" in places
    assert places["geonames:266826"].country == "LBN"
    assert "geonames:2210247" not in places


def test_context_hint_from_the_caller_decides_tripoli(geoparser: Geoparser) -> None:
    text = "Gunmen opened fire near a checkpoint in Tripoli overnight."
    assert geoparser.find_places(text)[0].country == "LBY"  # the bigger, the capital
    hinted = geoparser.find_places(text, context_countries=["LBN"])
    assert [(p.id, p.country) for p in hinted] == [("geonames:266826", "LBN")]


def test_near_and_outskirts_phrases_have_precision_two(geoparser: Geoparser) -> None:
    text = "Residents of Tripoli's southern outskirts fled as shells fell near Bakhmut."
    places = geoparser.find_places(text)
    assert [(p.id, p.precision) for p in places] == [
        ("near:geonames:2210247", 2), ("near:geonames:713174", 2)]
    assert places[0].mentions[0].text == "Tripoli's southern outskirts"
    assert places[0].lat == pytest.approx(32.89, abs=0.01)
    assert places[1].country == "UKR"


def test_the_south_of_the_country_is_the_main_countrys_south(geoparser: Geoparser) -> None:
    text = "The Libyan National Army said it now controls the south of the country."
    places = geoparser.find_places(text)
    assert [(p.id, p.precision, p.country) for p in places] == [("region:LBY:south", 2, "LBY")]
    assert places[0].mentions[0].text == "the south of the country"


def test_demonym_is_not_a_place(geoparser: Geoparser) -> None:
    text = "Libyan officials said the talks would resume."
    assert geoparser.find_places(text) == []
    # The GeoWebNews scheme counts adjectival demonyms: available on request.
    places = geoparser.find_places(text, demonyms=True)
    assert [(p.id, p.mentions[0].kind) for p in places] == [("country:LBY", "demonym")]


def test_excluded_metonym_is_not_reported(geoparser: Geoparser) -> None:
    text = "Moscow denied the report on Tuesday."
    assert [p.id for p in geoparser.find_places(text)] == ["geonames:524901"]
    assert geoparser.find_places(text, exclude=[(0, 6)]) == []


def test_us_state_is_an_admin1(geoparser: Geoparser) -> None:
    text = "She grew up in Richmond, Virginia, before moving to Austin, Texas."
    places = by_id(geoparser.find_places(text))
    virginia = places["geonames:6254928"]
    assert (virginia.name, virginia.country, virginia.admin1, virginia.feature,
            virginia.precision) == ("Virginia", "USA", "Virginia", "admin1", 2)
    richmond = places["geonames:4781708"]
    assert (richmond.country, richmond.admin1, richmond.precision) == ("USA", "Virginia", 1)
    assert places["geonames:4671654"].admin1 == "Texas"


def test_state_code_after_a_town_is_a_qualifier(geoparser: Geoparser) -> None:
    places = geoparser.find_places("The company moved its offices to Austin, TX in 2019.")
    assert [(p.name, p.admin1) for p in places] == [("Austin", "Texas"), ("Texas", "Texas")]


def test_jordan_the_person_and_jordan_the_country(geoparser: Geoparser) -> None:
    text = ("Michael Jordan scored 30 points. Jordan said he was tired. "
            "The charity later opened two schools in Jordan.")
    places = geoparser.find_places(text)
    assert [p.id for p in places] == ["country:JOR"]
    assert [m.start for m in places[0].mentions] == [text.rindex("Jordan")]


def test_first_name_homonyms_are_people(geoparser: Geoparser) -> None:
    assert geoparser.find_places("Chad Johnson and Paris Hilton attended the gala.") == []


def test_month_is_not_a_place(geoparser: Geoparser) -> None:
    assert geoparser.find_places("May was the deadliest month of the war.") == []
    assert geoparser.find_places("The ceasefire collapsed in May.") == []


def test_country_name_beats_its_capital(geoparser: Geoparser) -> None:
    places = geoparser.find_places("Migrants crossed from Mexico into the United States.")
    assert [p.id for p in places] == ["country:MEX", "country:USA"]
    assert all(p.precision == 3 for p in places)


def test_georgia_depends_on_context(geoparser: Geoparser) -> None:
    us = geoparser.find_places("Voters in Georgia and Alabama went to the polls in the US.")
    assert us[0].id == "geonames:4197000"
    caucasus = geoparser.find_places("Russian troops remain in Georgia's breakaway regions.")
    assert caucasus[0].id == "country:GEO"


def test_historic_regions_and_supplement_aliases(geoparser: Geoparser) -> None:
    text = ("Eastern Ghouta fell in 2018, while fighters from Cyrenaica massed near Es Sider "
            "and the Watiya air base changed hands.")
    places = by_id(geoparser.find_places(text))
    assert places["supp:eastern-ghouta"].precision == 2
    assert places["supp:cyrenaica"].feature == "historic_region"
    assert places["near:supp:es-sider-terminal"].precision == 2
    assert places["supp:watiya-airbase"].feature == "air_base"


def test_division_with_generic_word(geoparser: Geoparser) -> None:
    places = geoparser.find_places("Airstrikes hit villages in Idlib province and Donetsk Oblast.")
    assert [(p.id, p.precision) for p in places] == [
        ("admin1:SYR:idlib-governorate", 2), ("admin1:UKR:donetsk-oblast", 2)]


def test_mentions_carry_sentence_indexes(geoparser: Geoparser) -> None:
    text = "Fighting resumed in Sirte. Aid reached Misrata. Sirte was calm by evening."
    starts = [0, text.index("Aid"), text.index("Sirte was")]
    places = geoparser.find_places(text, sentence_starts=starts)
    sirte = next(p for p in places if p.name == "Sirte")
    assert [(m.sentence, m.text) for m in sirte.mentions] == [(0, "Sirte"), (2, "Sirte")]
    assert all(m.resolved == sirte.id for m in sirte.mentions)


def test_parse_returns_raw_spans(geoparser: Geoparser) -> None:
    text = "Shelling hit eastern Ukraine."
    spans = geoparser.parse(text)
    assert len(spans) == 1
    span: Toponym = spans[0]
    assert text[span.start:span.end] == "Ukraine"
    assert span.entry is not None and span.entry.id == "country:UKR"
    assert span.place_id == "region:UKR:east"
    assert (span.phrase_start, span.phrase_end) == (text.index("eastern"), len(text) - 1)


def test_dateline_in_capitals(geoparser: Geoparser) -> None:
    places = geoparser.find_places("KHARTOUM (Reuters) - Heavy fighting was reported on Monday.")
    assert [(p.id, p.country) for p in places] == [("geonames:379252", "SDN")]


def test_transliteration_variants_in_the_documents_country(geoparser: Geoparser) -> None:
    text = "Syrian army units shelled Maarat al-Numan while Turkish forces entered Ras al Ain."
    places = geoparser.find_places(text)
    assert [(p.id, p.country) for p in places] == [
        ("geonames:167611", "SYR"), ("geonames:165509", "SYR")]
    assert places[1].mentions[0].text == "Ras al Ain"


def test_spelling_variant_of_an_alternate_name(geoparser: Geoparser) -> None:
    text = "Clashes in Misurata and Ajdabiyah left dozens dead in Libya."
    assert [p.id for p in geoparser.find_places(text)] == [
        "geonames:2214846", "geonames:89113", "country:LBY"]


def test_person_name_particles(geoparser: Geoparser) -> None:
    text = "He is backed by the strongman next door in Egypt, Abdel Fattah al Sisi."
    assert [p.id for p in geoparser.find_places(text)] == ["country:EGY"]


def test_county_names(geoparser: Geoparser) -> None:
    places = geoparser.find_places("Flooding closed roads across Kent and Essex on Monday.")
    assert [(p.id, p.country, p.admin1, p.precision) for p in places] == [
        ("admin2:GBR:kent", "GBR", "England", 2), ("admin2:GBR:essex", "GBR", "England", 2)]
    orange, california = geoparser.find_places("Wildfires spread across Orange County, California.")
    assert (orange.id, orange.country, orange.admin1, orange.precision) == (
        "us-county:06059", "USA", "California", 2)
    assert california.feature == "admin1"


def test_a_kosovo_village_is_not_a_bulgarian_town_of_a_like_name(geoparser: Geoparser) -> None:
    # (Banjska, in northern Kosovo, was read as Bansko, Bulgaria, before the supplement had it)
    text = ("Gunmen attacked police in Banjska, a village in northern Kosovo, and escaped "
            "towards the Jarinje crossing.")
    assert [(p.id, p.country, p.precision) for p in geoparser.find_places(text)] == [
        ("supp:banjska", "XKX", 1), ("region:XKX:north", "XKX", 2),
        ("supp:jarinje-crossing", "XKX", 1)]


def test_bare_congo_is_the_democratic_republic_as_in_wire_style(geoparser: Geoparser) -> None:
    # News copy writes "Congo" for the Democratic Republic of Congo and names the other Congo in
    # full; pycountry's short name "Congo" belongs to Brazzaville's republic and is dropped.
    for text in ("Ugandan troops pursued the rebels into Congo on Friday.",
                 "The ADF has bases in eastern Congo, the army said.",
                 "Congo's foreign minister told the Security Council the border had been crossed."):
        assert [p.country for p in geoparser.find_places(text)] == ["COD"], text
    for text in ("Troops in the Republic of Congo clashed with militiamen, the government said.",
                 "The talks were held in Congo-Brazzaville on Monday."):
        assert [p.country for p in geoparser.find_places(text)] == ["COG"], text
    assert [p.country for p in geoparser.find_places("He flew to Brazzaville.")] == ["COG"]
