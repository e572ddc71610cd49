"""Parties of Europe and the Americas (parties-europe-americas.yaml): a party links from its
name, its acronym and the forms the press uses; a plain name several countries' parties share
("Labour Party", "Conservative Party") is the party of the country the text names; a form that
is another actor's ("Democratic Party" of South Korea, Mozambique's "Podemos") stays theirs; a
party's leader on a date is its leader, and a leader's party role leaves the state's offices
alone."""

import pytest
from kb_actors import actor_ids as _ids


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        ("CHISINAU - Alexandr Stoianoglo is backed by the pro-Russian Party of Socialists.",
         "2024-10-21", {"party-of-socialists-moldova"}),
        ("BERLIN - The far-right Alternative for Germany (AfD) came second behind Germany's "
         "Christian Democrats.", "2025-02-24", {"alternative-for-germany", "cdu"}),
        ("WARSAW - Law and Justice accused Donald Tusk of betraying Poland.", "2024-03-01",
         {"law-and-justice"}),
        ("MEXICO CITY - Morena won a supermajority in Mexico, while the PAN and the PRI lost "
         "seats.", "2024-06-03", {"morena", "national-action-party", "pri"}),
        ("WASHINGTON - House Republicans blocked the aid package for Ukraine, Democrats said.",
         "2024-02-07", {"republican-party-us", "democratic-party-us"}),
        ("BUDAPEST - Peter Magyar said Fidesz had stolen from Hungarians, as the Tisza party rose "
         "in the polls.", "2024-09-01", {"peter-magyar", "fidesz", "tisza-party"}),
        ("BUCHAREST - George Simion of the far-right AUR said the vote had been stolen in "
         "Romania.", "2024-12-07", {"george-simion", "alliance-for-the-union-of-romanians"}),
        ("PARIS - Jordan Bardella said the National Rally would censure the government.",
         "2024-12-03", {"jordan-bardella", "national-rally"}),
        ("MADRID - Spain's People's Party demanded new elections.", "2023-11-10",
         {"partido-popular"}),
    ],
)
def test_the_party_links(kb, text, published, wanted):
    found = _ids(text, published, kb=kb)
    assert wanted <= found, wanted - found


def test_a_shared_plain_name_is_the_party_of_the_country_named(kb):
    found = _ids("OSLO - Norway's opposition Conservative Party said the Labour Party had failed "
                 "voters in Norway.", "2021-09-14", kb=kb)
    assert {"conservative-party-norway", "labour-party-norway"} <= found
    assert not {"conservative-party-uk", "labour-party-uk"} & found
    found = _ids("LONDON - The Labour Party won a landslide in Britain, ending 14 years of "
                 "Conservative rule.", "2024-07-05", kb=kb)
    assert "labour-party-uk" in found and "labour-party-norway" not in found


def test_near_misses(kb):
    # South Korea's "Democratic Party" is not the American one.
    found = _ids("SEOUL - The main opposition Democratic Party of South Korea voted to impeach "
                 "Yoon.", "2024-12-14", kb=kb)
    assert "democratic-party-us" not in found
    # Mozambique's Podemos is not Spain's.
    found = _ids("MAPUTO - Podemos said the police had killed its supporters in Mozambique.",
                 "2024-11-06", kb=kb)
    assert "podemos-mozambique" in found and "podemos-spain" not in found
    # A river, and plain words, are no party.
    assert "tisza-party" not in _ids("BUDAPEST - The Tisza river flooded villages in Hungary.",
                                     "2024-09-01", kb=kb)
    assert "national-rally" not in _ids("PARIS - Thousands joined a national rally against the "
                                        "pension reform.", "2023-03-07", kb=kb)
    # A plural a party goes by at home is no party elsewhere: "Labour unions" in Nigeria are not
    # Malta's or Norway's Labour, Iran's conservatives not Norway's Conservatives.
    assert not _ids("LAGOS - Labour unions in Nigeria called a general strike.",
                    "2024-06-03", kb=kb) & {"labour-party-malta", "labour-party-norway",
                                            "labour-party-uk"}
    assert not _ids("TEHRAN - Conservatives in Iran criticised the deal.", "2024-06-03", kb=kb) & {
        "conservative-party-norway", "conservative-party-uk", "conservative-party-of-canada"}


def test_a_partys_leader_on_the_day(kb):
    assert kb.office_holder("labour-party-uk", "leader", "2024-01-01") == "keir-starmer"
    assert kb.office_holder("labour-party-uk", "leader", "2019-06-01") == "jeremy-corbyn"
    assert kb.office_holder("conservative-party-uk", "leader", "2022-10-01") == "liz-truss"
    assert kb.office_holder("cdu", "leader", "2021-06-01") == "armin-laschet"
    assert kb.office_holder("national-rally", "leader", "2023-06-01") == "jordan-bardella"


def test_party_roles_leave_the_state_offices_alone(kb):
    assert kb.office_holder("moldova", "president", "2021-06-01") == "maia-sandu"
    assert kb.office_holder("cyprus", "president", "2024-01-01") == "nikos-christodoulides"
    assert kb.office_holder("united-kingdom", "prime minister", "2019-06-01") == "theresa-may"
