"""Breadth of the knowledge base in Asia, Europe and the Americas: sentences written for these
tests, in the way wire copy names these actors, must link them to their KB entries; near misses
(a common phrase, another body's acronym) must not."""

import pytest
from kb_actors import actor_ids as _ids


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        ("ISLAMABAD - Paramilitary Rangers detained two leaders of Pakistan Tehreek-e-Insaf "
         "on Monday, and the PTI called a nationwide protest.", "2023-05-10",
         {"pakistan-rangers", "pakistan-tehreek-e-insaf"}),
        ("KARACHI - Supporters of Tehreek-e-Labbaik Pakistan blocked roads after the "
         "Baloch Yakjehti Committee held a sit-in in Quetta.", "2024-08-01",
         {"tehreek-e-labbaik-pakistan", "baloch-yakjehti-committee"}),
        ("DHAKA - Sheikh Hasina's Awami League accused the Bangladesh Nationalist Party of "
         "violence, while Muhammad Yunus urged calm.", "2024-08-10",
         {"sheikh-hasina", "bangladesh-awami-league", "bangladesh-nationalist-party",
          "muhammad-yunus"}),
        ("COLOMBO - Anura Kumara Dissanayake, whose Janatha Vimukthi Peramuna once led two "
         "uprisings, said the Liberation Tigers of Tamil Eelam were defeated in 2009.",
         "2024-10-01",
         {"anura-kumara-dissanayake", "janatha-vimukthi-peramuna",
          "liberation-tigers-of-tamil-eelam"}),
        ("KATHMANDU - KP Sharma Oli of the CPN-UML resigned as the Nepali Army took to the "
         "streets, and Sushila Karki was sworn in.", "2025-09-12",
         {"kp-sharma-oli", "cpn-uml", "nepal-army", "sushila-karki"}),
        ("SEOUL - Yoon Suk Yeol of the People Power Party was impeached after the "
         "Democratic Party of Korea and the Korean Confederation of Trade Unions demanded "
         "his removal.", "2024-12-14",
         {"yoon-suk-yeol", "people-power-party", "democratic-party-of-korea",
          "korean-confederation-of-trade-unions"}),
        ("MANILA - Soldiers clashed with New People's Army guerrillas, and Abu Sayyaf "
         "militants freed a hostage, Rodrigo Duterte's former aides said.", "2025-03-12",
         {"new-peoples-army", "abu-sayyaf", "rodrigo-duterte"}),
        ("BANGKOK - Thaksin Shinawatra returned as Pheu Thai campaigned against the "
         "Bhumjaithai Party of Anutin Charnvirakul.", "2025-09-01",
         {"thaksin-shinawatra", "pheu-thai-party", "bhumjaithai-party", "anutin-charnvirakul"}),
        ("MOSCOW - Yulia Navalnaya said Russia's Investigative Committee had refused to open a "
         "case into the death of Alexei Navalny.", "2024-02-20",
         {"yulia-navalnaya", "investigative-committee-of-russia", "alexei-navalny"}),
        ("BELGOROD - The Russian Volunteer Corps and the Freedom of Russia Legion said they "
         "had crossed the border.", "2023-05-23",
         {"russian-volunteer-corps", "freedom-of-russia-legion"}),
        ("BANJA LUKA - Milorad Dodik said Republika Srpska would ignore Christian Schmidt, "
         "the international High Representative.", "2025-03-01",
         {"milorad-dodik", "republika-srpska", "christian-schmidt"}),
        ("MEXICO CITY - Omar Garcia Harfuch said marines had clashed with the Gulf Cartel "
         "and La Familia Michoacana.", "2025-02-01",
         {"omar-garcia-harfuch", "gulf-cartel", "la-familia-michoacana"}),
        ("SAN SALVADOR - Nayib Bukele said MS-13 and Barrio 18 had been dismantled.",
         "2024-06-01", {"nayib-bukele", "ms-13", "barrio-18"}),
        ("CARACAS - Pro-government colectivos on motorbikes chased protesters.", "2024-07-30",
         {"colectivos"}),
        ("QUITO - CONAIE called a national strike against the government.", "2025-09-18",
         {"conaie"}),
        ("TAIPEI - The Kuomintang and the Taiwan People's Party accused the Democratic "
         "Progressive Party of stifling dissent.", "2025-01-10",
         {"kuomintang", "taiwan-peoples-party", "democratic-progressive-party"}),
    ],
)
def test_the_press_names_link_to_the_new_entries(kb, text, published, wanted):
    found = _ids(text, published, kb=kb)
    assert wanted <= found, wanted - found


def test_near_misses_do_not_link(kb):
    # A "national conference" is no Kashmiri party; a Hindu nationalist party is not Taiwan's
    # Nationalist Party; the Democratic Party of the United States is not South Korea's.
    found = _ids("The BJP, a Hindu nationalist party, held a national conference in Delhi, "
                 "and the Democratic Party in Washington said it would attend.", kb=kb)
    assert not found & {"jammu-and-kashmir-national-conference", "kuomintang",
                        "democratic-party-of-korea"}
    # The Central African rebels' CPC is not China's Communist Party.
    found = _ids("BANGUI - Rebels of the CPC attacked the capital on Wednesday.",
                 "2021-01-13", kb=kb)
    assert "chinese-communist-party" not in found
    # The Rangers who play football in Glasgow are no Pakistani paramilitary.
    found = _ids("Rangers beat Celtic 2-1 in Glasgow on Sunday.", kb=kb)
    assert "pakistan-rangers" not in found


def test_office_holders_of_the_new_entries(kb):
    # The dated roles make the office resolve on the day of the story.
    nepal = kb.actors["sushila-karki"]
    assert any(r.title == "Prime Minister of Nepal" and r.start for r in nepal.roles)
    lee = kb.actors["lee-jae-myung"]
    assert any(r.title == "President of South Korea" and str(r.start) == "2025-06-04"
               for r in lee.roles)
