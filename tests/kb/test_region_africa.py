"""Sub-Saharan Africa in the knowledge base (session 26): the parties, armed groups, security
bodies, civil-society groups and leaders wire copy names, found by the names the press uses; and
near misses (an armoured personnel carrier, Spanish wrestling, a son who shares a surname) that
must not be."""

import pytest
from kb_actors import actor_ids as _ids


@pytest.mark.parametrize("text, published, expected", [
    # A name all in lower case is matched only with a capital in it: "Anti-balaka" opens the
    # sentence.
    ("Anti-balaka militias clashed with the army, while fighters of the UPC and the 3R attacked "
     "a village near Bambari. UPC leader Ali Darassa denied the charge.", "2021-03-01",
     {"upc-car", "three-r", "anti-balaka", "ali-darassa"}),
    ("Former president Francois Bozize, whose Kwa Na Kwa party boycotted the vote, was "
     "sentenced in absentia, Prime Minister Felix Moloua said.", "2023-09-01",
     {"francois-bozize", "kwa-na-kwa", "felix-moloua"}),
    ("Chad's National Assembly was dissolved, and the Wakit Tama coalition called for protests "
     "against the ruling Patriotic Salvation Movement.", "2021-04-27",
     {"national-assembly-of-chad", "wakit-tama", "patriotic-salvation-movement"}),
    ("Gunmen attacked a school of the Malian gendarmerie in Bamako, and the M5-RFP condemned "
     "the raid.", "2024-09-17", {"malian-gendarmerie", "m5-rfp"}),
    ("Niger's presidential guard detained Mohamed Bazoum, whose PNDS-Tarayya party called for "
     "his release. General Salifou Mody flew to Bamako.", "2023-08-05",
     {"niger-presidential-guard", "pnds-tarayya", "salifou-mody", "mohamed-bazoum"}),
    ("Police fired tear gas at supporters of Ousmane Sonko and his PASTEF party in Dakar, and "
     "President Macky Sall called for calm.", "2023-06-02",
     {"ousmane-sonko", "pastef", "macky-sall"}),
    ("The Nigeria Labour Congress called a strike, IPOB ordered a sit-at-home in the southeast "
     "and Borno governor Babagana Zulum visited the camp.", "2024-02-10",
     {"nigeria-labour-congress", "ipob", "babagana-zulum"}),
    ("Lakurawa militants killed 15 herders in Kebbi, and bandit leader Bello Turji threatened "
     "more attacks.", "2025-01-20", {"lakurawa", "bello-turji"}),
    ("Cameroon's Rapid Intervention Battalion raided a village, and Maurice Kamto and Issa "
     "Tchiroma Bakary denounced the killings.", "2025-10-30",
     {"rapid-intervention-battalion", "maurice-kamto", "issa-tchiroma-bakary"}),
    ("The Sudan Doctors Network said 30 people were killed in El Fasher, and the Emergency "
     "Response Rooms said kitchens had closed; the Central Reserve Police joined the army.",
     "2025-05-10",
     {"sudan-doctors-network", "emergency-response-rooms", "central-reserve-police-sudan"}),
    ("The Ethiopian Human Rights Commission said civilians were killed, and President Taye "
     "Atske Selassie opened parliament.", "2025-01-15",
     {"ethiopian-human-rights-commission", "taye-atske-selassie"}),
    ("Moise Katumbi and Martin Fayulu joined the Catholic bishops of CENCO, while LUCHA "
     "activists were arrested in Goma.", "2024-01-10",
     {"moise-katumbi", "martin-fayulu", "cenco", "lucha"}),
    ("Burundian President Evariste Ndayishimiye accused Rwanda of backing RED-Tabara, and "
     "Imbonerakure militiamen were seen near the border.", "2024-01-12",
     {"evariste-ndayishimiye", "red-tabara", "imbonerakure"}),
    ("Bobi Wine said National Unity Platform supporters were beaten, and Kizza Besigye "
     "appeared before a military court.", "2025-01-10",
     {"bobi-wine", "national-unity-platform", "kizza-besigye"}),
    ("The Lord's Resistance Army of Joseph Kony once terrorised northern Uganda.", "2024-05-01",
     {"lords-resistance-army", "joseph-kony"}),
    ("CHADEMA leader Tundu Lissu was charged with treason after President Samia Suluhu Hassan's "
     "CCM won the vote.", "2025-11-01",
     {"chadema", "tundu-lissu", "samia-suluhu-hassan", "chama-cha-mapinduzi"}),
    ("ODM and UDA lawmakers voted to impeach Rigathi Gachagua, and the KNCHR reported deaths "
     "among protesters.", "2024-10-08",
     {"orange-democratic-movement", "united-democratic-alliance-kenya", "rigathi-gachagua",
      "knchr"}),
    ("The U.N. peacekeeping mission in the Central African Republic and the UN peacekeeping "
     "mission in South Sudan sent troops.", "2024-01-01", {"minusca", "unmiss"}),
])
def test_african_actors_are_found_by_the_names_the_press_uses(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


def test_near_misses_are_not_african_actors():
    # An armoured personnel carrier is not Nigeria's ruling party; Spanish wrestling is not the
    # Congolese citizens' movement; France's centrist Ensemble is not Katumbi's party.
    found = _ids("Soldiers in an APC drove past a poster for lucha libre as the Ensemble "
                 "coalition lost its majority in Paris.")
    assert not found & {"all-progressives-congress", "lucha", "ensemble-pour-la-republique"}
    # Christian Malanga's son shares his surname: "Marcel Malanga" is not his father.
    found = _ids("Marcel Malanga, an American citizen, was sentenced to death in Kinshasa.",
                 "2024-09-13")
    assert "christian-malanga" not in found
    # A "military council" elsewhere is not Chad's Transitional Military Council.
    assert "chad-transitional-military-council" not in _ids(
        "Myanmar's military council extended the state of emergency.", "2023-02-01")


def test_new_office_holders_hold_their_state_offices():
    from factions.kb import load_kb
    kb = load_kb()
    assert kb.office_holder("senegal", "president", "2024-06-01") == "bassirou-diomaye-faye"
    assert kb.office_holder("senegal", "president", "2020-06-01") == "macky-sall"
    assert kb.office_holder("ethiopia", "president", "2025-01-01") == "taye-atske-selassie"
    assert kb.office_holder("burundi", "president", "2024-01-01") == "evariste-ndayishimiye"
    assert kb.office_holder("central-african-republic", "prime minister", "2020-01-01") \
        == "firmin-ngrebada"
