"""Recognition rules for names that are not places, and for spans that are longer or shorter
than the gazetteer name: news-like sentences with the exact spans and places expected."""

from __future__ import annotations

from factions.geo import Geoparser


def spans(geoparser: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.place_id) for t in geoparser.parse(text)]


# ------------------------------------------------------------------ not places

def test_spelling_variants_of_single_words_need_a_place_cue(geoparser: Geoparser) -> None:
    # "Since" shares a consonant skeleton with a Nigerian village; a one-word variant is only
    # read as a place after a cue, and never when its first letter differs.
    text = ("Since the 2016 election, gunmen have attacked villages in Benue and Plateau states "
            "in Nigeria.")
    assert spans(geoparser, text) == [("Benue", "admin1:NGA:benue"), ("Nigeria", "country:NGA")]


def test_alternate_spelling_of_a_city_is_not_evidence_on_its_own(geoparser: Geoparser) -> None:
    # "Levi" is a GeoNames alternate spelling of Lévis, Quebec: not enough for a lone name.
    text = "Lord and his yellow lab, Levi, moved to the beach last month. Levi is his service dog."
    assert geoparser.find_places(text) == []


def test_surname_after_a_capitalized_word_is_part_of_a_name(geoparser: Geoparser) -> None:
    # "Conor" and "McGregor" both name small towns; next to each other they are one person,
    # and McGregor stays a person later in the document.
    text = ("Ultimate fighting star Conor McGregor is facing criminal charges in New York. "
            "Video showed McGregor with a group of people.")
    assert [p.id for p in geoparser.find_places(text)] == ["geonames:5128581"]


def test_bare_small_town_name_needs_its_state_or_a_cue(geoparser: Geoparser) -> None:
    # Bassett, a village of 1,100 people in the US, is a surname here: no cue, no state.
    text = "Police say Bassett approached the victim in an alley in Chicago before running away."
    assert spans(geoparser, text) == [("Chicago", "geonames:4887398")]


def test_forenames_that_cities_bear(geoparser: Geoparser) -> None:
    assert geoparser.find_places("Russian leader Vladimir Putin spoke by phone with Nigel "
                                 "Farage.") == []


def test_institutions_named_after_places(geoparser: Geoparser) -> None:
    text = "He has been accepted to Colorado State University and the University of California."
    assert geoparser.find_places(text) == []
    text = "The suspect appeared at Belfast Magistrate's Court on Monday."
    assert geoparser.find_places(text) == []


def test_street_named_after_a_town_is_not_the_town(geoparser: Geoparser) -> None:
    text = "The suspects were caught on camera on Hampton Avenue in St. Louis."
    assert spans(geoparser, text) == [("St. Louis", "geonames:4407066")]


def test_square_named_after_a_place_is_not_the_place(geoparser: Geoparser) -> None:
    # "Hundreds of people gathered in Palestine Square in central Tehran" (gold/pending): the
    # square is in Tehran, not in the Palestinian territories
    text = "Hundreds of people gathered in Palestine Square in central Tehran."
    assert spans(geoparser, text) == [("Tehran", "geonames:112931")]
    text = "Supporters of the president rallied in Baghdad Square in Kirkuk on Friday."
    assert [t for t, _ in spans(geoparser, text)] == ["Kirkuk"]
    # a place named before a plain "square" is still the place
    text = "Crowds filled the main square in Kyiv on Sunday."
    assert spans(geoparser, text) == [("Kyiv", "geonames:703448")]


def test_department_of_a_state_names_the_state(geoparser: Geoparser) -> None:
    text = "The Kentucky Department of Education is seeing the same cuts."
    assert spans(geoparser, text) == [("Kentucky", "geonames:6254925")]


def test_building_named_after_a_saint_is_not_a_town(geoparser: Geoparser) -> None:
    text = "She was married at St George's Chapel at Windsor Castle on 19 May."
    assert spans(geoparser, text) == [("Windsor Castle", "geonames:6182962")]


# ------------------------------------------------------------------ span boundaries

def test_building_or_feature_named_after_its_town(geoparser: Geoparser) -> None:
    text = "He was taken to Colchester General Hospital for further care."
    toponym, = geoparser.parse(text)
    assert (toponym.text, toponym.place_id, toponym.precision) == (
        "Colchester General Hospital", "geonames:2652618", 1)
    text = "Sewage from the Tijuana River fouled beaches in Imperial Beach, California."
    assert spans(geoparser, text) == [
        ("Tijuana River", "geonames:3981609"), ("Imperial Beach", "geonames:5359054"),
        ("California", "geonames:5332921")]
    text = "Lake Manassas is a 770-acre public reservoir in Prince William County."
    assert geoparser.parse(text)[0].text == "Lake Manassas"


def test_lowercase_generic_word_is_outside_the_name(geoparser: Geoparser) -> None:
    text = "Officers searched an Aeroflot passenger plane at Heathrow airport on Friday."
    toponym, = geoparser.parse(text)
    assert (toponym.text, toponym.place_id) == ("Heathrow", "supp:heathrow-airport")
    place, = geoparser.find_places(text)
    assert [(m.text, m.kind) for m in place.mentions] == [("Heathrow airport", "name")]
    text = "Airstrikes hit villages in Idlib province."
    assert [t.text for t in geoparser.parse(text)] == ["Idlib"]


def test_capitalized_direction_is_part_of_the_name(geoparser: Geoparser) -> None:
    text = "Two bodies were found on a coastal path in West Wales on Wednesday."
    assert spans(geoparser, text) == [("West Wales", "region:admin1:GBR:wales:west")]
    text = "Diamond mining is planned in South Venezuela, officials said."
    assert spans(geoparser, text) == [("South Venezuela", "region:VEN:south")]
    # Lowercase, the direction frames the name but is not part of it.
    toponym, = geoparser.parse("Fighting resumed in southern Libya.")
    assert (toponym.text, toponym.place_id) == ("Libya", "region:LBY:south")


def test_arabic_article_joined_by_a_hyphen(geoparser: Geoparser) -> None:
    text = "Damascus accused Washington of sending heavy weaponry to al-Tanf in southern Syria."
    assert ("al-Tanf", "supp:tanf-base") in spans(geoparser, text)


def test_washington_dc_is_one_name(geoparser: Geoparser) -> None:
    text = "Tickets are sold in 44 states, Washington, D.C., and the U.S. Virgin Islands."
    assert spans(geoparser, text) == [
        ("Washington, D.C.", "geonames:4140963"), ("U.S. Virgin Islands", "country:VIR")]


def test_name_with_a_possessive_inside(geoparser: Geoparser) -> None:
    text = "Beijing has long faced the threat from the Democratic People's Republic of Korea."
    assert spans(geoparser, text) == [
        ("Beijing", "geonames:1816670"),
        ("Democratic People's Republic of Korea", "country:PRK")]


def test_datelines_with_a_country_or_a_date(geoparser: Geoparser) -> None:
    text = "SEOUL, South Korea (CNN) - A South Korean court sentenced the former president."
    assert spans(geoparser, text) == [("SEOUL", "geonames:1835848"),
                                      ("South Korea", "country:KOR")]
    text = "WASHINGTON, April 5 (Reuters) - A landmark compensation scheme was announced."
    assert spans(geoparser, text) == [("WASHINGTON", "geonames:4140963")]
    text = "HELENA, Mont. (AP) - Montana and CoreCivic are at an impasse."
    assert spans(geoparser, text)[:2] == [("HELENA", "geonames:5656882"),
                                         ("Mont.", "geonames:5667009")]


# ------------------------------------------------------------------ gazetteer data

def test_islands_mountains_and_former_states(geoparser: Geoparser) -> None:
    text = "He hiked across Oahu and Maui before flying to the Appalachians."
    assert spans(geoparser, text) == [("Oahu", "supp:oahu"), ("Maui", "supp:maui"),
                                      ("Appalachians", "supp:appalachian-mountains")]
    text = "The nerve agent was developed by the Soviet Union in the 1970s."
    place, = geoparser.find_places(text)
    assert (place.id, place.precision, place.feature) == (
        "supp:soviet-union", 3, "historic_state")
