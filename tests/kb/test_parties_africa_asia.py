"""Political parties of Africa, the Middle East and Asia/Oceania, 2019-2025 (session 27,
parties-africa-asia.yaml): a party links from its name, acronym and the press's qualified forms
("South Africa's ANC", "Japan's Liberal Democratic Party"); its leader's dated role names it; the
acronyms and common words left out on purpose ("NDC" targets, a nuclear plant's "NPP", Britain's
Labour Party) do not link to it."""

import pytest
from kb_actors import actor_ids as _ids

from factions.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()




@pytest.mark.parametrize("text, published, expected", [
    ("South Africa's ANC lost its majority for the first time since 1994, official results "
     "showed.", "2024-06-02", {"african-national-congress"}),
    ("Jacob Zuma's MK Party said it would challenge the election results in court.",
     "2024-06-03", {"jacob-zuma", "mk-party"}),
    ("Zimbabwe's ruling ZANU-PF accused the Citizens Coalition for Change of inciting violence.",
     "2023-08-20", {"zanu-pf", "citizens-coalition-for-change"}),
    ("Angola's ruling MPLA won the election, while UNITA rejected the results.", "2022-08-29",
     {"mpla", "unita"}),
    ("Ghana's National Democratic Congress won the presidential vote, the electoral commission "
     "said.", "2024-12-09", {"national-democratic-congress"}),
    ("The junta dissolved Yelema and the Convergence for the Development of Mali.", "2025-05-14",
     {"yelema", "codem"}),
    ("Pereira's PAI-Terra Ranka coalition won an outright majority.", "2023-06-06",
     {"pai-terra-ranka"}),
    ("Overnight, soldiers arrested the head of Bazoum's ruling party, the party said.",
     "2023-08-01", {"pnds-tarayya"}),
    ("Japan's Liberal Democratic Party lost its majority in the lower house.", "2024-10-28",
     {"liberal-democratic-party-japan"}),
    ("North Korea's Workers' Party of Korea opened a plenary meeting in Pyongyang.",
     "2023-12-27", {"workers-party-of-korea"}),
    ("Malaysia's UMNO agreed to join Anwar Ibrahim's Pakatan Harapan in a unity government.",
     "2022-11-24", {"umno", "pakatan-harapan", "anwar-ibrahim"}),
    ("The Aam Aadmi Party accused the Bharatiya Janata Party of targeting its leaders.",
     "2024-03-22", {"aam-aadmi-party", "bharatiya-janata-party"}),
    ("Turkey's IYI Party refused to back the CHP's candidate.", "2023-03-03",
     {"iyi-party", "chp"}),
    ("Indonesia's Gerindra and Golkar backed Prabowo Subianto.", "2024-02-14",
     {"gerindra", "golkar", "prabowo-subianto"}),
    ("Israel's Ra'am party left the coalition.", "2022-05-05", {"raam"}),
])
def test_a_party_links_from_the_names_the_press_uses(text, published, expected):
    assert expected <= _ids(text, published)


@pytest.mark.parametrize("text", [
    "The NDC targets were missed, the climate report said.",
    "Engineers at the Zaporizhzhia NPP reported shelling.",
    "Labour Party supporters marched in London.",
    "Prices were quoted at PKR 300 a litre in Karachi.",
    "An RPG hit the armoured vehicle near the checkpoint.",
])
def test_near_misses_do_not_link_to_a_party(text):
    found = _ids(text, "2024-06-02")
    assert not found & {"national-democratic-congress", "new-patriotic-party",
                        "labour-party-nigeria", "new-zealand-labour-party",
                        "peoples-justice-party-malaysia", "rally-of-the-guinean-people"}


def test_a_leaders_party_role_is_dated(kb):
    # The LDP's presidents of 2020-2025, one at a time.
    assert kb.office_holder("liberal-democratic-party-japan", "president", "2020-06-01") == \
        "shinzo-abe"
    assert kb.office_holder("liberal-democratic-party-japan", "president", "2022-06-01") == \
        "fumio-kishida"
    assert kb.office_holder("liberal-democratic-party-japan", "president", "2025-06-01") == \
        "shigeru-ishiba"
    assert kb.office_holder("liberal-democratic-party-japan", "president", "2025-11-01") == \
        "sanae-takaichi"
    assert kb.office_holder("chp", "chairman", "2022-06-01") == "kemal-kilicdaroglu"
    assert kb.office_holder("chp", "chairman", "2024-06-01") == "ozgur-ozel"
    assert kb.office_holder("pdci", "president", "2022-06-01") == "henri-konan-bedie"
    assert kb.office_holder("pdci", "president", "2024-06-01") == "tidjane-thiam"
    assert kb.office_holder("all-progressives-congress", "national chairman", "2024-01-01") == \
        "abdullahi-ganduje"
    assert kb.office_holder("liberal-party-of-australia", "leader", "2024-01-01") == \
        "peter-dutton"


def test_a_party_leader_is_no_office_of_the_state(kb):
    # Party titles never end in "of <state>": the LDP's president is not Japan's, nor is the
    # Liberal leader Australia's.
    assert kb.office_holder("japan", "president", "2022-06-01") is None
    assert kb.office_holder("south-africa", "president", "2024-06-01") == "cyril-ramaphosa"
    assert kb.office_holder("ivory-coast", "president", "2024-06-01") == "alassane-ouattara"
