"""Armed groups, militias, cartels and gangs of 2019-2025 and their commanders (session 28),
found by the names wire copy uses in real sentences; and near misses that must not be."""

import pytest
from kb_actors import actor_ids as _ids

from factions.pipeline import analyze_text

AFRICA = [
    ("Fighters of the Front for Change and Concord in Chad attacked an army post near Mao, the "
     "army said. FACT rebels had crossed from Libya.", "2021-04-20", {"fact-chad"}),
    ("Rhissa Ag Boula's Council of Resistance for the Republic and Mahmoud Sallah's Patriotic "
     "Liberation Front vowed to fight Niger's junta.", "2023-09-10",
     {"rhissa-ag-boula", "council-of-resistance-for-the-republic", "mahmoud-sallah",
      "patriotic-liberation-front-niger"}),
    ("Bandit leaders Dogo Gide and Ado Aliero were blamed for the raid, while Amotekun "
     "operatives arrested suspects in Oyo.", "2024-03-01",
     {"dogo-gide", "ado-aliero", "amotekun"}),
    ("Mai-Mai militiamen and Nyatura fighters clashed with the M23, and APCLS leader Janvier "
     "Karairi denied taking part.", "2024-02-01",
     {"mai-mai", "nyatura", "m23", "apcls", "janvier-karairi"}),
    ("Twirwaneho commander Michel Rukunda, known as Makanika, was killed in a drone strike.",
     "2025-02-20", {"twirwaneho", "michel-rukunda"}),
    ("Fighters of the Azande Ani Kpi Gbe militia attacked a Wagner base near Zemio, and "
     "Mahamat Al-Khatim's Patriotic Movement for Central Africa denied involvement.",
     "2024-01-15", {"azande-ani-kpi-gbe", "wagner-group", "mahamat-al-khatim", "mpc-car"}),
    ("Mariano Nhongo, leader of the Renamo Military Junta, was killed by police.", "2021-10-12",
     {"mariano-nhongo", "renamo-military-junta"}),
    ("Paul Malong's South Sudan United Front and Johnson Olony's Agwelek forces clashed with "
     "the Kitgwang faction in Upper Nile.", "2022-09-01",
     {"paul-malong-awan", "south-sudan-united-front", "johnson-olony", "agwelek",
      "spla-io-kitgwang"}),
    ("West Darfur governor Khamis Abakar was killed hours after accusing the RSF of genocide.",
     "2023-06-15", {"khamis-abakar", "rapid-support-forces"}),
    ("Army spokesman Nabil Abdallah said troops had retaken the bridge, and Al-Baraa bin Malik "
     "Brigade commander Al-Misbah Abu Zaid Talha was wounded.", "2024-04-01",
     {"nabil-abdallah", "al-misbah-abu-zaid-talha", "al-baraa-bin-malik-brigade"}),
    ("The ICC convicted Ali Kushayb of war crimes in Darfur.", "2025-10-06", {"ali-kushayb"}),
]


@pytest.mark.parametrize("text, published, expected", AFRICA)
def test_african_armed_groups_and_commanders_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


MENA = [
    ("Fighters of the Sham Legion and the Levant Front attacked an army post near Afrin, while "
     "Maghawir al-Thawra patrolled near al-Tanf.", "2021-05-01",
     {"sham-legion", "levant-front", "maghawir-al-thawra"}),
    ("The Asayish arrested 20 people in Hasakah, and the Deir ez-Zor Military Council's "
     "commander Ahmed al-Khabil was detained.", "2023-08-28",
     {"asayish", "deir-ez-zor-military-council", "ahmed-al-khabil"}),
    ("Islamic State named Abu Hafs al-Hashimi al-Qurashi as its new leader, spokesman Abu "
     "Hudhayfah al-Ansari said.", "2023-08-03",
     {"islamic-state", "abu-hafs-al-hashimi-al-qurashi", "abu-hudhayfah-al-ansari"}),
    ("Hezbollah media chief Mohammad Afif was killed in Beirut.", "2024-11-17",
     {"hezbollah", "mohammad-afif"}),
    ("Israel said it killed Haytham Ali Tabatabai, Hezbollah's top military commander.",
     "2025-11-23", {"haytham-ali-tabatabai", "hezbollah"}),
    ("A U.S. strike in Baghdad killed Abu Baqir al-Saadi, a Kataib Hezbollah commander, weeks "
     "after Abu Taqwa al-Saidi of Harakat al-Nujaba was killed.", "2024-02-08",
     {"abu-baqir-al-saadi", "kataib-hezbollah", "abu-taqwa-al-saidi",
      "harakat-hezbollah-al-nujaba"}),
    ("Saraya Awliya al-Dam and Ashab al-Kahf claimed rocket attacks on U.S. convoys.",
     "2021-05-01", {"saraya-awliya-al-dam", "ashab-al-kahf"}),
    ("The Houthis named Yousef al-Madani chief of staff after Mohammed al-Ghamari was killed.",
     "2025-10-16", {"houthis", "yousef-al-madani", "mohammed-al-ghamari"}),
    ("Saudi-backed Homeland Shield Forces deployed in Aden.", "2024-01-01",
     {"homeland-shield-forces"}),
    ("The Mujahideen Brigades and the Abu Ali Mustafa Brigades fired rockets, Hamas spokesman "
     "Hazem Qassem said, and senior official Basem Naim said talks had stalled.", "2024-05-01",
     {"mujahideen-brigades", "abu-ali-mustafa-brigades", "hazem-qassem", "basem-naim"}),
    ("Gunmen of the Tulkarm Brigade clashed with Israeli troops, and Palestinian security "
     "forces spokesman Anwar Rajab said the Jenin operation would go on.", "2025-01-05",
     {"tulkarm-brigade", "anwar-rajab"}),
    ("Hilltop Youth settlers attacked a village near Ramallah.", "2024-04-13", {"hilltop-youth"}),
    ("IRGC spokesman Ali Mohammad Naini said Gholam Ali Rashid had been killed.", "2025-06-14",
     {"ali-mohammad-naini", "gholam-ali-rashid", "irgc"}),
    ("KCK co-chair Bese Hozat and PKK commander Duran Kalkan rejected the call, and the DHKP-C "
     "claimed the attack.", "2024-11-01", {"bese-hozat", "duran-kalkan", "dhkp-c"}),
]


@pytest.mark.parametrize("text, published, expected", MENA)
def test_middle_east_armed_groups_and_commanders_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


ASIA = [
    ("Fighters of the Hafiz Gul Bahadur group attacked an army post near Mir Ali, the army "
     "said, and Tehreek-e-Jihad Pakistan claimed a second raid.", "2023-12-12",
     {"hafiz-gul-bahadur-group", "tehreek-e-jihad-pakistan"}),
    ("BLA spokesman Jeeyand Baloch said the Majeed Brigade carried out the train hijacking.",
     "2025-03-12", {"jeeyand-baloch", "majeed-brigade", "baloch-liberation-army"}),
    ("TTP spokesman Mohammad Khorasani denied the group had a role.", "2023-02-01",
     {"mohammad-khorasani"}),
    ("Maoist commander Madvi Hidma was killed in an encounter, police said, weeks after "
     "Mallojula Venugopal Rao surrendered.", "2025-11-18",
     {"madvi-hidma", "mallojula-venugopal-rao"}),
    ("ULFA-I chief Paresh Baruah claimed the blast, while the NSCN-IM of Thuingaleng Muivah "
     "rejected the talks.", "2024-05-01",
     {"ulfa-i", "paresh-baruah", "nscn-im", "thuingaleng-muivah"}),
    ("The Kuki National Organisation and the United National Liberation Front traded blame "
     "for the killings in Manipur.", "2023-06-01",
     {"kuki-national-organisation", "unlf"}),
    ("The Chinland Defense Force and the Bamar People's Liberation Army captured a town, "
     "Arakan Army spokesman Khine Thu Kha said.", "2024-03-01",
     {"chinland-defense-force", "bamar-peoples-liberation-army", "khine-thu-kha",
      "arakan-army"}),
    ("KNU spokesman Padoh Saw Taw Nee said the Karenni Army had joined the offensive.",
     "2024-01-10", {"saw-taw-nee", "karen-national-union", "karenni-army"}),
    ("MILF chairman Murad Ebrahim and Nur Misuari met in Cotabato.", "2022-05-01",
     {"murad-ebrahim", "nur-misuari", "moro-islamic-liberation-front"}),
    ("Fighters of the West Papua National Liberation Army, led by Egianus Kogoya, released "
     "the pilot, spokesman Sebby Sambom said.", "2024-09-21",
     {"tpnpb", "egianus-kogoya", "sebby-sambom"}),
    ("Police arrested Jemaah Islamiyah and Jamaah Ansharut Daulah suspects in Java.",
     "2023-08-01", {"jemaah-islamiyah", "jamaah-ansharut-daulah"}),
]


@pytest.mark.parametrize("text, published, expected", ASIA)
def test_asian_armed_groups_and_commanders_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


EUROPE = [
    ("Fighters of the International Legion and the 3rd Assault Brigade repelled an assault near "
     "Avdiivka, the army said, and brigade commander Andriy Biletsky posted a video.",
     "2024-02-01", {"international-legion-ukraine", "third-assault-brigade",
                    "andriy-biletsky"}),
    ("Robert Brovdi, commander of the Unmanned Systems Forces, said drones hit the refinery.",
     "2025-08-01", {"robert-brovdi", "unmanned-systems-forces"}),
    ("The Georgian Legion's commander Mamuka Mamulashvili and the Kastus Kalinouski Regiment "
     "said their fighters held the line.", "2022-06-01",
     {"georgian-legion", "mamuka-mamulashvili", "kastus-kalinouski-regiment"}),
    ("Vostok Battalion commander Alexander Khodakovsky criticised the Defence Ministry, while "
     "Storm-Z units and PMC Redut fighters attacked near Bakhmut.", "2023-07-01",
     {"alexander-khodakovsky", "vostok-battalion", "storm-z", "redut"}),
    ("Putin met Andrei Troshev, a former Wagner commander, to discuss volunteer units.",
     "2023-09-29", {"andrei-troshev", "vladimir-putin"}),
    ("Turkey's SADAT trained Syrian fighters sent to Libya, a UN report said, and Erik Prince "
     "was accused of breaching the arms embargo.", "2021-02-20",
     {"sadat-turkey", "erik-prince"}),
]


@pytest.mark.parametrize("text, published, expected", EUROPE)
def test_ukraine_war_units_commanders_and_pmcs_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


AMERICAS = [
    ("Gunmen of La Nueva Familia Michoacana and Los Viagras clashed in Michoacan, and the "
     "Santa Rosa de Lima Cartel's former leader Jose Antonio Yepez was sentenced.",
     "2023-03-01", {"la-nueva-familia-michoacana", "los-viagras", "santa-rosa-de-lima-cartel",
                    "jose-antonio-yepez"}),
    ("Rafael Caro Quintero, Miguel Angel Trevino Morales and members of Los Chapitos were sent "
     "to the United States.", "2025-02-28",
     {"rafael-caro-quintero", "miguel-angel-trevino-morales", "los-chapitos"}),
    ("Fighters of Comuneros del Sur handed in weapons, while Calarcá's faction and Clan del "
     "Golfo leader Chiquito Malo kept talking to the government.", "2025-02-01",
     {"comuneros-del-sur", "calarca", "clan-del-golfo", "chiquito-malo"}),
    ("Los Shottas and Los Espartanos agreed a truce in Buenaventura.", "2022-10-01",
     {"los-shottas", "los-espartanos"}),
    ("Police said Los Chone Killers and Los Lobos, whose leader Wilmer Chavarria was arrested "
     "in Spain, were behind the massacre.", "2024-11-20",
     {"los-chone-killers", "los-lobos-ecuador", "wilmer-chavarria"}),
    ("PCC leader Marcola was moved to another prison, and the Terceiro Comando Puro fought the "
     "Comando Vermelho in Rio.", "2023-03-01",
     {"marcola", "primeiro-comando-da-capital", "terceiro-comando-puro", "comando-vermelho"}),
    ("Tren de Aragua leader Nino Guerrero escaped from Tocoron prison.", "2023-09-21",
     {"nino-guerrero", "tren-de-aragua"}),
    ("Renel Destina, known as Ti Lapli, leads the Grand Ravine gang, and Vectus Global drones "
     "struck gang positions.", "2025-06-01",
     {"renel-destina", "grand-ravine-gang", "vectus-global"}),
]


@pytest.mark.parametrize("text, published, expected", AMERICAS)
def test_americas_cartels_gangs_and_leaders_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


def test_the_gold_sets_missed_groups_are_found():
    # Names the pending gold had and the KB lacked (session 28).
    found = _ids("Bozize was ousted by mostly Muslim Seleka rebels a decade later. Units of the "
                 "Sahrawi People's Liberation Army, the movement's armed wing, struck Moroccan "
                 "positions.", "2020-11-14")
    assert {"seleka", "sahrawi-peoples-liberation-army"} <= found
    found = _ids("He said a local Islamist group, National Thowheeth Jama'ath, and another "
                 "little-known group, Jammiyathul Millathu Ibrahim, were behind the attacks.",
                 "2019-04-22")
    assert {"national-thowheeth-jamaath", "jammiyathul-millathu-ibrahim"} <= found
    found = _ids("The 444 Brigade and the Stabilisation Support Apparatus overran the bases.",
                 "2022-08-28")
    assert "stability-support-apparatus" in found


def test_spokesmen_and_a_francophone_rank_before_a_name():
    # "Colonel-Major" is one rank: no actor "Major" is left over.
    analysis = analyze_text(
        "NIAMEY, May 19 - A junta spokesman, Colonel-Major Amadou Abdramane, said the U.S. "
        "presence was illegal, and army chief of staff Colonel-Major Mamane Sani Kiaou met "
        "the American delegation.", published="2024-05-19")
    ids = {a.id for a in analysis.actors}
    assert {"amadou-abdramane", "mamane-sani-kiaou"} <= ids
    assert not [a for a in analysis.actors if a.name == "Major"]
    found = _ids("Taliban deputy spokesman Hamdullah Fitrat and army chief Qari Fasihuddin Fitrat "
                 "said the border posts were retaken.", "2025-10-12")
    assert {"hamdullah-fitrat", "qari-fasihuddin-fitrat"} <= found
    found = _ids("NUG defence minister Yee Mon and spokesman Kyaw Zaw said resistance forces "
                 "had taken the town.", "2024-01-20")
    assert {"yee-mon", "kyaw-zaw-nug"} <= found


MORE = [
    ("SOCADEF leader Ebenezer Akwanga and Ambazonia Defence Forces spokesman Capo Daniel "
     "called a lockdown.", "2020-10-01",
     {"southern-cameroons-defence-forces", "ebenezer-akwanga", "capo-daniel"}),
    ("The Southern Operations Room entered Damascus, and the Suwayda Military Council took "
     "over government buildings.", "2024-12-08",
     {"southern-operations-room", "suwayda-military-council"}),
    ("Former AUC paramilitaries and their commander Salvatore Mancuso testified before the "
     "JEP; the United Self-Defense Forces of Colombia demobilised in 2006.", "2024-03-01",
     {"auc", "salvatore-mancuso"}),
    ("Right Sector fighters and the Ukrainian Volunteer Army of Dmytro Yarosh fought near "
     "Bakhmut, while the Pyatnashka brigade and the Kadyrovtsy attacked.", "2023-01-10",
     {"right-sector", "ukrainian-volunteer-army", "dmytro-yarosh", "pyatnashka",
      "akhmat-special-forces"}),
    ("Thomas Lubanga's Convention for the Popular Revolution joined the rebels, while Mobondo "
     "militiamen attacked villages near Kwamouth.", "2024-03-01",
     {"thomas-lubanga", "convention-for-the-popular-revolution", "mobondo"}),
    ("Dozo hunters clashed with jihadists in central Mali.", "2022-05-01", {"dozo"}),
    ("Ahrar al-Sharqiya fighters and the Rahman Legion withdrew, and Saraya Ansar al-Sunna "
     "claimed the church bombing.", "2025-06-24",
     {"ahrar-al-sharqiya", "faylaq-al-rahman", "saraya-ansar-al-sunna"}),
    ("The Fajr Forces and the Lebanese Resistance Brigades fired rockets at northern Israel.",
     "2023-11-01", {"fajr-forces", "lebanese-resistance-brigades"}),
    ("Islamic State Pakistan Province claimed the bombing in Bajaur.", "2023-07-31",
     {"islamic-state-pakistan-province"}),
    ("The Khartia Brigade and Madyar's Birds drone unit held the line near Kharkiv.",
     "2025-03-01", {"khartia", "madyars-birds"}),
    ("Gunmen of the Carlos Patiño Front and the Dagoberto Ramos column attacked a police post "
     "in Cauca, while La Piedrita colectivo members patrolled Caracas.", "2024-05-01",
     {"carlos-patino-front", "dagoberto-ramos-column", "la-piedrita"}),
]


@pytest.mark.parametrize("text, published, expected", MORE)
def test_more_armed_groups_are_found(text, published, expected):
    found = _ids(text, published)
    assert expected <= found, expected - found


def test_al_qaedas_leaders_and_branches():
    found = _ids("A U.S. strike in Kabul killed al-Qaeda leader Ayman al-Zawahiri, who succeeded "
                 "Osama bin Laden; Saif al-Adel is seen as his heir, and AQIM leader Abu Ubaida "
                 "Yusuf al-Annabi praised the attack on AQIS's behalf.", "2022-08-02")
    assert {"ayman-al-zawahiri", "osama-bin-laden", "saif-al-adel",
            "abu-ubaida-yusuf-al-annabi", "aqis"} <= found
    # "bin Laden" alone is no alias: Osama and his son Hamza both bear it.
    assert not {"osama-bin-laden", "hamza-bin-laden"} & _ids(
        "The bin Laden family business is based in Jeddah.")


def test_a_groups_descriptor_refers_back_to_it():
    # "The militants" after the group is named are that group (its descriptors).
    analysis = analyze_text(
        "MIRAMSHAH, Pakistan, March 16 - Fighters of the Hafiz Gul Bahadur group attacked an "
        "army post in North Waziristan, the army said. The militants later claimed they had "
        "killed seven soldiers.", published="2024-03-16")
    assert [(e.type, e.source) for e in analysis.events] == [
        ("ASSAULT", ["hafiz-gul-bahadur-group"]), ("ASSAULT", ["hafiz-gul-bahadur-group"])]


def test_a_commanders_title_and_name_give_his_group_role():
    analysis = analyze_text("Renamo Military Junta leader Mariano Nhongo rejected the deal.",
                            published="2020-06-01")
    nhongo = next(a for a in analysis.actors if a.id == "mariano-nhongo")
    assert any(r.org == "renamo-military-junta" for r in nhongo.roles)


def test_near_misses_are_not_armed_groups():
    # A fact-check is not a Chadian rebel group; a monetary policy committee is not a CAR one.
    found = _ids("FACT CHECK: the MPC kept rates on hold, and the maritime police force of "
                 "Kenya patrolled the coast.")
    assert not found & {"fact-chad", "mpc-car", "puntland-maritime-police-force"}
    # Ancient Sparta is not the Donetsk battalion; Anwar Sadat is not the Turkish contractor.
    found = _ids("Tourists visited Sparta, and historians recalled Anwar Sadat's visit.")
    assert not found & {"sparta-battalion", "sadat-turkey"}
    # The U.S. Office of Personnel Management is not the Free Papua Movement; an Omega watch is
    # not an FDLR commander.
    found = _ids("OPM told federal workers to list their accomplishments, and he wore an Omega "
                 "watch.")
    assert not found & {"free-papua-movement", "pacifique-ntawunguka"}
    # La Linea in Spain is a town, not the Juarez cartel's armed wing.
    found = _ids("Police in La Linea de la Concepcion seized hashish near Gibraltar.")
    assert "la-linea" not in found
