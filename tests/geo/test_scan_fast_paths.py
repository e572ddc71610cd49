"""The recognizer's fast paths: words read as columns, and the scan passing over capitalized
words that no name can begin with. Mentions these must not drop: names led by a lowercase
word or a common one, multi-word names, names inside punctuation, hyphens and possessives,
spelling variants, division stems and demonyms."""

from __future__ import annotations

import pytest

from factions.geo import Geoparser
from factions.geo.recognize import Tokens


def phrases(geoparser: Geoparser, text: str) -> list[tuple[str, str, str]]:
    return [(text[t.phrase_start:t.phrase_end], t.place_id, t.kind)
            for t in geoparser.parse(text, demonyms=True)]


CASES = [
    ("Fighting spread to southern Libya and the east of the country on Friday.",
     [("southern Libya", "region:LBY:south", "toponym"),
      ("the east of the country", "region:LBY:east", "directional")]),
    ("The talks moved from The Hague to New York, then to Ras-Lanuf and Ras Lanuf.",
     [("The Hague", "geonames:2747373", "toponym"), ("New York", "geonames:5128581", "toponym"),
      ("Ras-Lanuf", "supp:ras-lanuf-terminal", "toponym"),
      ("Ras Lanuf", "supp:ras-lanuf-terminal", "toponym")]),
    ("Pyongyang, the capital of the Democratic People's Republic of Korea, tested a missile.",
     [("Pyongyang", "geonames:1871859", "toponym"),
      ("Democratic People's Republic of Korea", "country:PRK", "toponym")]),
    ("(Tripoli) -- Shelling hit Misrata; \"Sirte\" was next, [Benghazi] said: 'Derna'.",
     [("Tripoli", "geonames:2210247", "toponym"), ("Misrata", "geonames:2214846", "toponym"),
      ("Sirte", "geonames:2210554", "toponym"), ("Benghazi", "geonames:88319", "toponym"),
      ("Derna", "geonames:87205", "toponym")]),
    ("U.S. troops left al-Tanf for the Tell Abyad area near the Turkish border.",
     [("U.S.", "country:USA", "toponym"), ("al-Tanf", "supp:tanf-base", "toponym"),
      ("Tell Abyad", "geonames:163750", "toponym"), ("Turkish", "country:TUR", "demonym")]),
    ("Airstrikes hit Idlib province and the Donetsk region, while Russian troops advanced.",
     [("Idlib province", "admin1:SYR:idlib-governorate", "toponym"),
      ("Donetsk region", "admin1:UKR:donetsk-oblast", "toponym"),
      ("Russian", "country:RUS", "demonym")]),
    ("In St. Louis, Mo., and Washington, D.C., protesters marched.",
     [("St. Louis", "geonames:4407066", "toponym"), ("Mo.", "geonames:4398678", "toponym"),
      ("Washington, D.C.", "geonames:4140963", "toponym")]),
    ("TRIPOLI (Reuters) - Forces loyal to Khalifa Haftar advanced on Tripoli's southern "
     "outskirts.",
     [("TRIPOLI", "geonames:2210247", "toponym"),
      ("Tripoli's southern outskirts", "near:geonames:2210247", "toponym")]),
    ("Many residents fled Aleppo. Aleppo's old city was shelled, 50 km south of Homs.",
     [("Aleppo", "geonames:170063", "toponym"), ("Aleppo", "geonames:170063", "toponym"),
      ("50 km south of Homs", "near:geonames:169577", "toponym")]),
    # "near" phrases end with a near word or with "of" after a near noun or "town"; "accused
    # Ankara of" is none.
    ("Rebels shelled the outskirts of Aleppo, not far from Idlib, a day after Damascus accused "
     "Ankara of arming them near the town of Saraqeb.",
     [("the outskirts of Aleppo", "near:geonames:170063", "toponym"),
      ("not far from Idlib", "near:geonames:169389", "toponym"),
      ("Damascus", "geonames:170654", "toponym"), ("Ankara", "geonames:323786", "toponym"),
      ("near the town of Saraqeb", "near:geonames:164816", "toponym")]),
    # A capitalized compass word right before a name is part of it.
    ("Storms hit South Florida and West Wales, while in Southern Libya it was calm.",
     [("South Florida", "region:geonames:4155751:south", "toponym"),
      ("West Wales", "region:admin1:GBR:wales:west", "toponym"),
      ("Southern Libya", "region:LBY:south", "toponym")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions_the_scan_keeps(geoparser: Geoparser, text: str,
                                 expected: list[tuple[str, str, str]]) -> None:
    assert phrases(geoparser, text) == expected


def test_words_no_name_begins_with_are_passed_over(geoparser: Geoparser) -> None:
    recognizer = geoparser.recognizer
    assert recognizer.may_start("tripoli") and recognizer.may_start("new")
    assert recognizer.may_start("ras")  # "Ras Lanuf": only the first word of a name
    assert recognizer.may_start("russian")  # a demonym
    assert not recognizer.may_start("witnessed")
    assert not recognizer.may_start("reporters")


def test_tokens_columns() -> None:
    text = "Haftar's men left. \"Sirte\" fell;U.S.-backed forces (in al-Tanf) 2019. Moved"
    tokens = Tokens(text)
    assert tokens.word == ["Haftar", "men", "left", "Sirte", "fell", "U.S.", "backed", "forces",
                           "in", "al", "Tanf", "Moved"]
    assert [text[s:e] for s, e in zip(tokens.start, tokens.end, strict=True)] == tokens.word
    assert tokens.caps[5] and not tokens.caps[0]
    assert [k for k in range(len(tokens)) if tokens.sentence_start(k)] == [0, 11]


def test_country_phrases_need_a_country_word(geoparser: Geoparser) -> None:
    directions = geoparser.directions
    found = directions.country_phrases("Clashes spread across the nation's north on Monday.")
    assert [(p.start, p.end, p.direction) for p in found] == [(22, 40, "north")]
    assert directions.country_phrases("Clashes spread across the north on Monday.") == []
    found = directions.country_phrases("Clashes spread to THE COUNTRY'S EAST.")
    assert [(p.start, p.end, p.direction) for p in found] == [(18, 36, "east")]
    # A country word without "the" before it is no country phrase.
    assert directions.country_phrases(
        "The United Nations said international envoys had reached the north.") == []


def test_variant_first_word_needs_a_skeleton_and_an_initial(geoparser: Geoparser) -> None:
    # "Witnesses" has the skeleton of "Tunis" but begins otherwise: no variant can start there;
    # "Kamishli" (Al Qamishli) and "Misurata" (Misratah) begin as their towns do.
    recognizer = geoparser.recognizer
    assert recognizer.may_start("witnesses") is False
    assert recognizer.may_start("kamishli") is True
    assert recognizer.may_start("misurata") is True
    text = "Witnesses said clashes in Kamishli and Misurata left dozens dead in Syria and Libya."
    assert [(t.text, t.place_id) for t in geoparser.parse(text)] == [
        ("Kamishli", "geonames:173377"), ("Misurata", "geonames:2214846"),
        ("Syria", "country:SYR"), ("Libya", "country:LBY")]


def test_initial_drops_the_article_and_merges_like_letters() -> None:
    from factions.geo.names import initial

    assert [initial(k) for k in ("al qamishli", "kamishli", "idlib", "edlib", "")] == [
        "k", "k", "a", "a", ""]
    assert initial("kamishli") == initial("al qamishli") and initial("witnesses") != \
        initial("tunis")


def test_claimed_names_are_left_out_with_their_phrases(geoparser: Geoparser) -> None:
    text = ("Haftar's forces shelled the southern outskirts of Tripoli, and Misrata sent fighters "
            "near Sirte.")

    def spans(exclude: list[tuple[int, int]]) -> list[tuple[str, str]]:
        return [(text[t.phrase_start:t.phrase_end], t.place_id)
                for t in geoparser.parse(text, exclude=exclude)]

    misrata, sirte = text.index("Misrata"), text.index("Sirte")
    assert spans([(misrata, misrata + 7)]) == [
        ("the southern outskirts of Tripoli", "near:geonames:2210247"),
        ("near Sirte", "near:geonames:2210554")]
    # The name alone is claimed: its whole "near" phrase goes with it.
    assert spans([(sirte, sirte + 5)]) == [
        ("the southern outskirts of Tripoli", "near:geonames:2210247"),
        ("Misrata", "geonames:2214846")]
