"""A state's possessive or demonym before its one-holder office with no name after it ("Kenya's
foreign minister", "the Polish prime minister", "Its prime minister") is whoever the knowledge
base says held that office on the publication date, as "Egypt's president" is; with no holder
or several that day, or a name, a portfolio or a possessive after it, it stays what it was (the
state's government, read by the agent noun "minister")."""

import pytest

from factions.pipeline import analyze_text


def coded(text: str, published: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in analyze_text(text, published=published).events]


ACCUSE_KENYA = ("NAIROBI, March 3 (Reuters) - Kenya's foreign minister accused Rwanda of backing "
                "the rebels on Friday.")


def test_a_countrys_minister_is_the_holder_on_the_day():
    assert coded(ACCUSE_KENYA, "2023-03-03") == [
        ("ACCUSE", ["alfred-mutua"], ["rwanda"]), ("AID", ["rwanda"], ["x-ken-rebels"])]
    assert coded(ACCUSE_KENYA, "2021-03-03") == [
        ("ACCUSE", ["raychelle-omamo"], ["rwanda"]), ("AID", ["rwanda"], ["x-ken-rebels"])]


def test_two_holders_on_the_day_leave_the_state():
    # Mutua left the ministry on July 11, 2024; Mudavadi took it in July 2024: no one holder
    assert coded(ACCUSE_KENYA.replace("March 3", "July 5"), "2024-07-05") == [
        ("ACCUSE", ["kenya"], ["rwanda"]), ("AID", ["rwanda"], ["x-ken-rebels"])]


@pytest.mark.parametrize("text", [
    "NAIROBI, March 3 (Reuters) - Kenya's former foreign minister accused Rwanda of backing "
    "the rebels on Friday.",
    "NAIROBI, March 3 (Reuters) - A former Kenyan foreign minister accused Rwanda of backing "
    "the rebels on Friday.",
    "NAIROBI, March 3 (Reuters) - The Kenyan foreign minister's spokesman accused Rwanda of "
    "backing the rebels on Friday.",
])
def test_a_former_minister_or_the_ministers_spokesman_is_not_the_holder(text: str):
    assert coded(text, "2023-03-03") == [
        ("ACCUSE", ["kenya"], ["rwanda"]), ("AID", ["rwanda"], ["x-ken-rebels"])]


def test_a_name_after_the_office_says_who():
    assert coded("NAIROBI, March 3 (Reuters) - Kenya's foreign minister Alfred Mutua accused "
                 "Rwanda of backing the rebels on Friday.", "2023-03-03") == [
        ("ACCUSE", ["alfred-mutua"], ["rwanda"]), ("AID", ["rwanda"], ["x-ken-rebels"])]


def test_a_demonym_and_a_ministers_office_name_the_holder_on_the_day():
    text = ("WARSAW, Nov 16 (Reuters) - The Polish prime minister accused Russia of trying to "
            "destabilise the region on Wednesday.")
    assert coded(text, "2022-11-16") == [("ACCUSE", ["mateusz-morawiecki"], ["russia"])]
    assert coded(text, "2024-03-03") == [("ACCUSE", ["donald-tusk"], ["russia"])]
    assert coded("NEW DELHI, March 3 (Reuters) - The Indian foreign minister condemned the "
                 "attack on Sunday.", "2023-03-03") == [
        ("ACCUSE", ["subrahmanyam-jaishankar"], [])]


def test_an_office_the_knowledge_base_has_no_holder_of_stays_the_state():
    # Jordan's defence portfolio has no holder of its own in the knowledge base
    assert coded("AMMAN, March 3 (Reuters) - Jordan's defence minister met Israeli officials "
                 "on Sunday.", "2023-03-03") == [("CONSULT", ["jordan"], ["israel"])]
    assert coded("AMMAN, March 3 (Reuters) - Jordan's foreign minister met Israeli officials "
                 "on Sunday.", "2023-03-03") == [("CONSULT", ["ayman-safadi"], ["israel"])]


def test_its_prime_minister_is_the_holder():
    assert coded("DOHA, July 31 (Reuters) - Qatar condemned the killing on Wednesday. Its prime "
                 "minister accused Israel of undermining the talks.", "2024-07-31") == [
        ("ACCUSE", ["qatar"], []),
        ("ACCUSE", ["mohammed-bin-abdulrahman-al-thani"], ["israel"]),
        ("CONSULT", ["israel"], [])]


def test_a_bare_apostrophe_after_a_name_in_s():
    assert coded("VICTORIA, March 3 (Reuters) - Seychelles' president condemned the attack on "
                 "Sunday.", "2019-03-03") == [("ACCUSE", ["danny-faure"], [])]


@pytest.mark.parametrize(("text", "published", "holder"), [
    ("LONDON, Aug 1 (Reuters) - Britain's foreign secretary condemned the attack on Thursday.",
     "2024-08-01", "david-lammy"),
    ("LONDON, Aug 1 (Reuters) - Britain's foreign minister condemned the attack on Thursday.",
     "2024-08-01", "david-lammy"),
    ("LONDON, March 1 (Reuters) - The British defence secretary condemned the attack on "
     "Tuesday.", "2022-03-01", "ben-wallace"),
    ("PARIS, March 3 (Reuters) - France's foreign minister condemned the attack on Sunday.",
     "2020-03-03", "jean-yves-le-drian"),
    ("PARIS, March 3 (Reuters) - The French defence minister condemned the attack on Sunday.",
     "2023-03-03", "sebastien-lecornu"),
    ("NEW DELHI, March 3 (Reuters) - India's home minister condemned the attack on Sunday.",
     "2023-03-03", "amit-shah"),
    ("MANILA, March 3 (Reuters) - The Philippine foreign secretary condemned the attack on "
     "Sunday.", "2023-03-03", "enrique-manalo"),
    ("TEHRAN, March 3 (Reuters) - Iran's vice president condemned the attack on Sunday.",
     "2023-03-03", "mohammad-mokhber"),
])
def test_offices_by_their_national_names(text: str, published: str, holder: str):
    assert coded(text, published) == [("ACCUSE", [holder], [])]


def test_a_vice_president_by_portfolio_is_not_the_first_vice_president():
    assert coded("TEHRAN, March 3 (Reuters) - Iran's vice president for legal affairs "
                 "condemned the attack on Sunday.", "2023-03-03") == [("ACCUSE", ["iran"], [])]
