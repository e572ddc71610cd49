"""Places the text marks as places although the gazetteer lacks them ("the towns of Kikuku and
Sake"): news sentences with the exact places expected, and frames that must not make a place."""

from __future__ import annotations

from factions.geo import Geoparser


def places(geoparser: Geoparser, text: str, story: str | None = None,
           ) -> list[tuple[str, str | None, str | None, int, bool, list[str]]]:
    found = geoparser.find_places(text, story_country=lambda: story)
    return [(p.id, p.country, p.feature, p.precision, p.lat is not None,
             [m.text for m in p.mentions]) for p in found]


def test_a_plural_noun_marks_every_name_of_its_list(geoparser: Geoparser) -> None:
    # Kikuku is in no gazetteer; Sake is, and its country stands for the list.
    text = ("It took up arms again in 2021, and in recent weeks has captured the towns of Kikuku "
            "and Sake, cutting the main supply routes into the city.")
    assert places(geoparser, text) == [
        ("text:COD:kikuku", "COD", "town", 3, False, ["Kikuku"]),
        ("supp:sake", "COD", "town", 1, True, ["Sake"]),
    ]


def test_a_place_said_to_be_near_another_takes_its_coordinates_at_precision_2(
        geoparser: Geoparser) -> None:
    text = ("Gunmen on motorbikes attacked Tinzawatene, a village some 80 km north of Gao, on "
            "Sunday.")
    found = geoparser.find_places(text)
    assert [(p.id, p.country, p.feature, p.precision) for p in found] == [
        ("text:MLI:tinzawatene", "MLI", "village", 2),
        ("near:geonames:2457163", "MLI", "admin_seat", 2),
    ]
    assert (found[0].lat, found[0].lon) == (found[1].lat, found[1].lon)


def test_a_region_of_a_country_gives_the_country(geoparser: Geoparser) -> None:
    text = "Jihadists overran an army camp in the town of Hamdallaye in northern Mali on Friday."
    assert places(geoparser, text)[0] == ("text:MLI:hamdallaye", "MLI", "town", 2, True,
                                          ["Hamdallaye"])


def test_a_crossing_on_a_border_takes_the_story_country_and_its_later_mentions(
        geoparser: Geoparser) -> None:
    # "on the border with China" does not put the crossing in China.
    text = ("The alliance has taken control of several towns, including Kyukok, a busy "
            "crossing on the border with China. The junta acknowledged it had lost control of "
            "Kyukok and two other towns.")
    assert places(geoparser, text, story="MMR")[0] == (
        "text:MMR:kyukok", "MMR", "border_crossing", 3, False,
        ["Kyukok", "Kyukok"])


def test_a_list_after_a_plural_and_including(geoparser: Geoparser) -> None:
    text = ("Rebels overran several border villages, including Katale and Kashalira, and the "
            "villages of Nyamitaba, Rubare and Ntamugenga fell a day later.")
    assert [(p.id, p.feature) for p in geoparser.find_places(
        text, story_country=lambda: "COD")] == [
        ("text:COD:katale", "village"), ("text:COD:kashalira", "village"),
        ("text:COD:nyamitaba", "village"), ("text:COD:rubare", "village"),
        ("text:COD:ntamugenga", "village")]


def test_in_the_village_of(geoparser: Geoparser) -> None:
    text = "In the village of Sobane, gunmen killed at least 35 villagers."
    assert places(geoparser, text, story="MLI") == [
        ("text:MLI:sobane", "MLI", "village", 3, False, ["Sobane"])]


def test_a_named_crossing_or_camp(geoparser: Geoparser) -> None:
    text = "Hundreds of trucks were stuck at the Ras Jdeir crossing for a week."
    assert places(geoparser, text, story="LBY") == [
        ("text:LBY:ras-jdeir-crossing", "LBY", "border_crossing", 3, False,
         ["Ras Jdeir crossing"])]


def test_a_named_camp_needs_the_word_that_makes_it_a_site(geoparser: Geoparser) -> None:
    text = ("Shells hit the Hamadiya displacement camp, while the Gbagbo camp and the camp of "
            "Ouattara rejected the count.")
    assert places(geoparser, text, story="SDN") == [
        ("text:SDN:hamadiya-displacement-camp", "SDN", "camp", 3, False,
         ["Hamadiya displacement camp"])]


def test_a_known_place_after_the_noun_stays_the_gazetteer_s(geoparser: Geoparser) -> None:
    text = "Fighting spread to the region of Tigray and the city of Goma."
    assert [p.id for p in geoparser.find_places(text)] == [
        "admin1:ETH:tigray", "geonames:216281"]


def test_no_place_from_a_lowercase_word_a_person_or_a_month(geoparser: Geoparser) -> None:
    assert places(geoparser, "He grew up in the town of about 20,000 people.", "MLI") == []
    assert places(geoparser, "The city of President Keita was calm in the region of May.",
                  "MLI") == []
    # A town official, a village elder: the noun modifies the next word, not the name.
    text = ("Ahmed Traore, a village elder, said the attackers came at dawn. Moussa Diallo, a "
            "district commissioner, confirmed it.")
    assert places(geoparser, text, "MLI") == []


def test_a_cued_place_id_is_the_gazetteers_slug_of_its_name(geoparser: Geoparser) -> None:
    # the same id fragment as gazetteer places: accents transliterated, apostrophes dropped
    text = "Fighters stormed the village of Kérémou on Sunday, residents said."
    assert [p.id for p in geoparser.find_places(text, story_country=lambda: "BEN")] == [
        "text:BEN:keremou"]


def test_a_text_opening_with_a_blank_line_before_its_dateline(geoparser: Geoparser) -> None:
    # Only white space before the first name: no "near" frame to read, and no crash.
    found = geoparser.find_places("\nYAOUNDE, May 20 - Gunmen stormed the village of Guzang.",
                                  story_country=lambda: None)
    assert [(p.id, p.country, [m.text for m in p.mentions]) for p in found] == [
        ("geonames:2220957", "CMR", ["YAOUNDE"]), ("text:CMR:guzang", "CMR", ["Guzang"])]



def test_a_named_quarter_of_a_city(geoparser: Geoparser) -> None:
    # "the X neighbourhood/quarter/district (of Y)": a part of a city named by the words before
    found = geoparser.find_places(
        "Israeli jets bombed the Tuffah neighbourhood of Gaza City on Friday.",
        story_country=lambda: "PSE")
    assert [(p.name, p.id, p.feature) for p in found] == [
        ("Tuffah", "text:PSE:tuffah", "district"), ("Gaza", "geonames:281133", "city")]
    found = geoparser.find_places("Gangs burned houses in the Ti Bois neighborhood.",
                                  story_country=lambda: "HTI")
    assert [(p.name, p.id, p.feature) for p in found] == [
        ("Ti Bois", "text:HTI:ti-bois", "district")]


def test_a_party_or_a_faith_before_a_quarter_is_no_place(geoparser: Geoparser) -> None:
    assert geoparser.find_places("Police raided the Labour district office.") == []
    assert [p.name for p in geoparser.find_places(
        "He lives in the Christian quarter of Jerusalem.")] == ["Jerusalem"]


def test_a_name_after_a_locative_and_before_village_or_town(geoparser: Geoparser) -> None:
    found = geoparser.find_places(
        "The Myanmar army bombed a school in Let Yet Kone village in Sagaing region.",
        story_country=lambda: "MMR")
    assert [(p.name, p.id, p.feature) for p in found] == [
        ("Let Yet Kone", "text:MMR:let-yet-kone", "village"),
        ("Sagaing Region", "admin1:MMR:sagaing-region", "admin1")]
    # near miss: "village" that qualifies the next word says nothing of the name
    assert geoparser.find_places("Gunmen attacked people in Zurak village school.",
                                 story_country=lambda: "NGA") == []
