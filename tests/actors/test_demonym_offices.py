"""A demonym before a state's one-holder office with no name after it ("the Tunisian president")
is whoever the knowledge base says held that office on the publication date."""

from factions.pipeline import analyze_text


def sources(text: str, published: str = "2021-07-26") -> list[tuple[str, list[str]]]:
    return [(e.type, e.source) for e in analyze_text(text, published=published).events]


def test_a_demonym_and_an_office_name_the_holder_on_the_day():
    analysis = analyze_text(
        "Tunisian president sacks PM and freezes parliament\n\n"
        "TUNIS, July 26 (Reuters) - Soldiers surrounded the parliament building on Monday.",
        published="2021-07-26")
    assert analysis.key_actor == "kais-saied"
    assert ("COERCE", ["kais-saied"]) in [(e.type, e.source) for e in analysis.events]
    assert sources("TUNIS, July 26 (Reuters) - The Tunisian president dismissed the prime "
                   "minister on Sunday.") == [("COERCE", ["kais-saied"])]  # a dismissal


def test_the_russian_president_is_putin_in_2022():
    assert sources("MOSCOW, March 3 (Reuters) - The Russian president ordered troops to the "
                   "border on Sunday, the Kremlin said.", "2022-03-03") == [
        ("MOBILIZE", ["vladimir-putin"])]


def test_no_holder_for_a_former_or_an_indefinite_office_nor_before_a_name():
    assert analyze_text("TUNIS, July 26 (Reuters) - A former Tunisian president criticised "
                        "the move on Sunday.", published="2021-07-26").actors == []
    analysis = analyze_text("TUNIS, July 26 (Reuters) - Tunisian President Kais Saied "
                            "dismissed the prime minister on Sunday.", published="2021-07-26")
    assert [a.id for a in analysis.actors] == ["kais-saied"]
