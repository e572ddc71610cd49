"""Event places from the session-28 round-3 probe set: towns, villages, districts, camps and
sites that 2019-2025 conflict reports named (the Sahel, Nigeria's northwest and middle belt,
Darfur, Kordofan and Gezira, Amhara and Oromia, Somalia, the Kivus and Ituri, Cabo Delgado,
Cameroon's Anglophone and Far North regions, Myanmar, Khyber Pakhtunkhwa and Balochistan,
Afghanistan, Syria, Yemen, south Lebanon, Gaza and the West Bank, the Ukraine-Russia border,
Colombia, Mexico, Haiti and Ecuador) that the gazetteer lacked or filed under a namesake abroad,
written into the supplement from general knowledge. Each case is a wire sentence, bare or after
a sentence naming the country, with the event's exact place text and country; near misses keep
the better-known namesake, a person or a parliament named like a place."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def event_places(text: str) -> list[tuple[str | None, str | None]]:
    analysis = analyze_text(text, published="2024-05-01")
    places = {p.id: p for p in analysis.places}
    return [(e.place_text, places[e.place].country if e.place in places else None)
            for e in analysis.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a checkpoint near Ouatagouna on Tuesday, police said.",
     ("near Ouatagouna", "MLI")),
    ("Violence has flared in Mali. "
     "Gunmen attacked a checkpoint near Ouatagouna on Tuesday, police said.",
     ("near Ouatagouna", "MLI")),
    ("Violence has flared in Mali. "
     "Militants killed 12 soldiers in Talataye on Sunday, the army said.", ("Talataye", "MLI")),
    ("Jihadists attacked an army post in Diabaly on Wednesday.", ("Diabaly", "MLI")),
    ("Violence has flared in Mali. Jihadists attacked an army post in Diabaly on Wednesday.",
     ("Diabaly", "MLI")),
    ("Violence has flared in Mali. "
     "Gunmen attacked a checkpoint near Konna on Tuesday, police said.", ("near Konna", "MLI")),
    ("Militants killed 12 soldiers in Djibasso on Sunday, the army said.", ("Djibasso", "BFA")),
    ("Violence has flared in Burkina Faso. "
     "Militants killed 12 soldiers in Djibasso on Sunday, the army said.", ("Djibasso", "BFA")),
    ("Violence has flared in Burkina Faso. Jihadists attacked an army post in Pensa on Wednesday.",
     ("Pensa", "BFA")),
    ("Gunmen attacked a checkpoint near Nassoumbou on Tuesday, police said.",
     ("near Nassoumbou", "BFA")),
    ("Violence has flared in Burkina Faso. "
     "Gunmen attacked a checkpoint near Nassoumbou on Tuesday, police said.",
     ("near Nassoumbou", "BFA")),
    ("Violence has flared in Burkina Faso. "
     "Militants killed 12 soldiers in Kantchari on Sunday, the army said.", ("Kantchari", "BFA")),
    ("Jihadists attacked an army post in Makalondi on Wednesday.", ("Makalondi", "NER")),
    ("Violence has flared in Niger. Jihadists attacked an army post in Makalondi on Wednesday.",
     ("Makalondi", "NER")),
    ("Violence has flared in Niger. "
     "Gunmen attacked a checkpoint near Tchoma Bangou on Tuesday, police said.",
     ("near Tchoma Bangou", "NER")),
    ("Militants killed 12 soldiers in Chetimari on Sunday, the army said.", ("Chetimari", "NER")),
    ("Violence has flared in Niger. "
     "Militants killed 12 soldiers in Chetimari on Sunday, the army said.", ("Chetimari", "NER")),
    ("Violence has flared in Nigeria. "
     "Jihadists attacked an army post in Kurmin Mashi on Wednesday.", ("Kurmin Mashi", "NGA")),
    ("Gunmen attacked a checkpoint near Shiroro on Tuesday, police said.",
     ("near Shiroro", "NGA")),
    ("Violence has flared in Nigeria. "
     "Gunmen attacked a checkpoint near Shiroro on Tuesday, police said.",
     ("near Shiroro", "NGA")),
    ("Violence has flared in Nigeria. "
     "Militants killed 12 soldiers in Bama on Sunday, the army said.", ("Bama", "NGA")),
    ("Jihadists attacked an army post in Dogo Nahawa on Wednesday.", ("Dogo Nahawa", "NGA")),
    ("Violence has flared in Nigeria. "
     "Jihadists attacked an army post in Dogo Nahawa on Wednesday.", ("Dogo Nahawa", "NGA")),
    ("Violence has flared in Nigeria. "
     "Gunmen attacked a checkpoint near Yelwata on Tuesday, police said.",
     ("near Yelwata", "NGA")),
    ("Militants killed 12 soldiers in Misterei on Sunday, the army said.", ("Misterei", "SDN")),
    ("Violence has flared in Sudan. "
     "Militants killed 12 soldiers in Misterei on Sunday, the army said.", ("Misterei", "SDN")),
    ("Violence has flared in Sudan. Jihadists attacked an army post in Um Kadada on Wednesday.",
     ("Um Kadada", "SDN")),
    ("Gunmen attacked a checkpoint near Al-Managil on Tuesday, police said.",
     ("near Al-Managil", "SDN")),
    ("Violence has flared in Sudan. "
     "Gunmen attacked a checkpoint near Al-Managil on Tuesday, police said.",
     ("near Al-Managil", "SDN")),
    ("Violence has flared in Sudan. "
     "Militants killed 12 soldiers in Kafouri on Sunday, the army said.", ("Kafouri", "SDN")),
    ("Jihadists attacked an army post in Soba on Wednesday.", ("Soba", "SDN")),
    ("Violence has flared in Sudan. Jihadists attacked an army post in Soba on Wednesday.",
     ("Soba", "SDN")),
    ("Violence has flared in Ethiopia. "
     "Gunmen attacked a checkpoint near Shehedi on Tuesday, police said.",
     ("near Shehedi", "ETH")),
    ("Militants killed 12 soldiers in Sululta on Sunday, the army said.", ("Sululta", "ETH")),
    ("Violence has flared in Ethiopia. "
     "Militants killed 12 soldiers in Sululta on Sunday, the army said.", ("Sululta", "ETH")),
    ("Violence has flared in Ethiopia. Jihadists attacked an army post in Guliso on Wednesday.",
     ("Guliso", "ETH")),
    ("Gunmen attacked a checkpoint near Qoryoley on Tuesday, police said.",
     ("near Qoryoley", "SOM")),
    ("Violence has flared in Somalia. "
     "Gunmen attacked a checkpoint near Qoryoley on Tuesday, police said.",
     ("near Qoryoley", "SOM")),
    ("Violence has flared in Somalia. "
     "Militants killed 12 soldiers in Harardhere on Sunday, the army said.",
     ("Harardhere", "SOM")),
    ("Jihadists attacked an army post in Daynile on Wednesday.", ("Daynile", "SOM")),
    ("Violence has flared in Somalia. Jihadists attacked an army post in Daynile on Wednesday.",
     ("Daynile", "SOM")),
    ("Violence has flared in Somalia. "
     "Gunmen attacked a checkpoint near Afmadow on Tuesday, police said.",
     ("near Afmadow", "SOM")),
    ("Militants killed 12 soldiers in Eringeti on Sunday, the army said.", ("Eringeti", "COD")),
    ("Violence has flared in Congo. "
     "Militants killed 12 soldiers in Eringeti on Sunday, the army said.", ("Eringeti", "COD")),
    ("Violence has flared in Congo. Jihadists attacked an army post in Mweso on Wednesday.",
     ("Mweso", "COD")),
    ("Gunmen attacked a checkpoint near Kanyaruchinya on Tuesday, police said.",
     ("near Kanyaruchinya", "COD")),
    ("Violence has flared in Congo. "
     "Gunmen attacked a checkpoint near Kanyaruchinya on Tuesday, police said.",
     ("near Kanyaruchinya", "COD")),
    ("Violence has flared in Congo. "
     "Militants killed 12 soldiers in Kamituga on Sunday, the army said.", ("Kamituga", "COD")),
    ("Jihadists attacked an army post in Drodro on Wednesday.", ("Drodro", "COD")),
    ("Violence has flared in Congo. Jihadists attacked an army post in Drodro on Wednesday.",
     ("Drodro", "COD")),
    ("Violence has flared in Mozambique. "
     "Gunmen attacked a checkpoint near Awasse on Tuesday, police said.", ("near Awasse", "MOZ")),
    ("Militants killed 12 soldiers in Quionga on Sunday, the army said.", ("Quionga", "MOZ")),
    ("Violence has flared in Mozambique. "
     "Militants killed 12 soldiers in Quionga on Sunday, the army said.", ("Quionga", "MOZ")),
    ("Violence has flared in Mozambique. Jihadists attacked an army post in Mecufi on Wednesday.",
     ("Mecufi", "MOZ")),
    ("Gunmen attacked a checkpoint near Ekona on Tuesday, police said.", ("near Ekona", "CMR")),
    ("Violence has flared in Cameroon. "
     "Gunmen attacked a checkpoint near Ekona on Tuesday, police said.", ("near Ekona", "CMR")),
    ("Violence has flared in Cameroon. "
     "Militants killed 12 soldiers in Ngarbuh on Sunday, the army said.", ("Ngarbuh", "CMR")),
    ("Jihadists attacked an army post in Mozogo on Wednesday.", ("Mozogo", "CMR")),
    ("Violence has flared in Cameroon. Jihadists attacked an army post in Mozogo on Wednesday.",
     ("Mozogo", "CMR")),
    ("Violence has flared in Cameroon. "
     "Gunmen attacked a checkpoint near Bambui on Tuesday, police said.", ("near Bambui", "CMR")),
    ("Militants killed 12 soldiers in Budalin on Sunday, the army said.", ("Budalin", "MMR")),
    ("Violence has flared in Myanmar. "
     "Militants killed 12 soldiers in Budalin on Sunday, the army said.", ("Budalin", "MMR")),
    ("Violence has flared in Myanmar. Jihadists attacked an army post in Kunlong on Wednesday.",
     ("Kunlong", "MMR")),
    ("Gunmen attacked a checkpoint near Laiza on Tuesday, police said.", ("near Laiza", "MMR")),
    ("Violence has flared in Myanmar. "
     "Gunmen attacked a checkpoint near Laiza on Tuesday, police said.", ("near Laiza", "MMR")),
    ("Violence has flared in Myanmar. "
     "Militants killed 12 soldiers in Thantlang on Sunday, the army said.", ("Thantlang", "MMR")),
    ("Jihadists attacked an army post in Myebon on Wednesday.", ("Myebon", "MMR")),
    ("Violence has flared in Myanmar. Jihadists attacked an army post in Myebon on Wednesday.",
     ("Myebon", "MMR")),
    ("Violence has flared in Pakistan. "
     "Gunmen attacked a checkpoint near Ladha on Tuesday, police said.", ("near Ladha", "PAK")),
    ("Militants killed 12 soldiers in Hangu on Sunday, the army said.", ("Hangu", "PAK")),
    ("Violence has flared in Pakistan. "
     "Militants killed 12 soldiers in Hangu on Sunday, the army said.", ("Hangu", "PAK")),
    ("Violence has flared in Pakistan. Jihadists attacked an army post in Timergara on Wednesday.",
     ("Timergara", "PAK")),
    ("Gunmen attacked a checkpoint near Sui on Tuesday, police said.", ("near Sui", "PAK")),
    ("Violence has flared in Pakistan. "
     "Gunmen attacked a checkpoint near Sui on Tuesday, police said.", ("near Sui", "PAK")),
    ("Violence has flared in Pakistan. "
     "Militants killed 12 soldiers in Ghulam Khan on Sunday, the army said.",
     ("Ghulam Khan", "PAK")),
    ("Jihadists attacked an army post in Arghandab on Wednesday.", ("Arghandab", "AFG")),
    ("Violence has flared in Afghanistan. "
     "Jihadists attacked an army post in Arghandab on Wednesday.", ("Arghandab", "AFG")),
    ("Violence has flared in Afghanistan. "
     "Gunmen attacked a checkpoint near Balkhab on Tuesday, police said.",
     ("near Balkhab", "AFG")),
    ("Militants killed 12 soldiers in Jaghori on Sunday, the army said.", ("Jaghori", "AFG")),
    ("Violence has flared in Afghanistan. "
     "Militants killed 12 soldiers in Jaghori on Sunday, the army said.", ("Jaghori", "AFG")),
    ("Violence has flared in Syria. Jihadists attacked an army post in Kafr Halab on Wednesday.",
     ("Kafr Halab", "SYR")),
    ("Gunmen attacked a checkpoint near Adra on Tuesday, police said.", ("near Adra", "SYR")),
    ("Violence has flared in Syria. "
     "Gunmen attacked a checkpoint near Adra on Tuesday, police said.", ("near Adra", "SYR")),
    ("Violence has flared in Syria. "
     "Militants killed 12 soldiers in Beit Jinn on Sunday, the army said.", ("Beit Jinn", "SYR")),
    ("Jihadists attacked an army post in Al-Abdiyah on Wednesday.", ("Al-Abdiyah", "YEM")),
    ("Violence has flared in Yemen. Jihadists attacked an army post in Al-Abdiyah on Wednesday.",
     ("Al-Abdiyah", "YEM")),
    ("Violence has flared in Yemen. "
     "Gunmen attacked a checkpoint near Arhab on Tuesday, police said.", ("near Arhab", "YEM")),
    ("Violence has flared in Lebanon. Jihadists attacked an army post in Marwahin on Wednesday.",
     ("Marwahin", "LBN")),
    ("Gunmen attacked a checkpoint near Chebaa on Tuesday, police said.", ("near Chebaa", "LBN")),
    ("Violence has flared in Lebanon. "
     "Gunmen attacked a checkpoint near Chebaa on Tuesday, police said.", ("near Chebaa", "LBN")),
    ("Violence has flared in Lebanon. "
     "Militants killed 12 soldiers in Khaldeh on Sunday, the army said.", ("Khaldeh", "LBN")),
    ("Jihadists attacked an army post in Qlayaa on Wednesday.", ("Qlayaa", "LBN")),
    ("Violence has flared in Lebanon. Jihadists attacked an army post in Qlayaa on Wednesday.",
     ("Qlayaa", "LBN")),
    ("Violence has flared in Israel. "
     "Gunmen attacked a checkpoint near Al-Mughayyir on Tuesday, police said.",
     ("near Al-Mughayyir", "PSE")),
    ("Militants killed 12 soldiers in Burqin on Sunday, the army said.", ("Burqin", "PSE")),
    ("Violence has flared in Israel. "
     "Militants killed 12 soldiers in Burqin on Sunday, the army said.", ("Burqin", "PSE")),
    ("Violence has flared in Israel. Jihadists attacked an army post in Dheisheh on Wednesday.",
     ("Dheisheh", "PSE")),
    ("Gunmen attacked a checkpoint near Shati on Tuesday, police said.", ("near Shati", "PSE")),
    ("Violence has flared in Israel. "
     "Gunmen attacked a checkpoint near Shati on Tuesday, police said.", ("near Shati", "PSE")),
    ("Violence has flared in Israel. "
     "Militants killed 12 soldiers in Avivim on Sunday, the army said.", ("Avivim", "ISR")),
    ("Jihadists attacked an army post in Manara on Wednesday.", ("Manara", "ISR")),
    ("Violence has flared in Israel. Jihadists attacked an army post in Manara on Wednesday.",
     ("Manara", "ISR")),
    ("Violence has flared in Ukraine. "
     "Gunmen attacked a checkpoint near Kotlyne on Tuesday, police said.",
     ("near Kotlyne", "UKR")),
    ("Militants killed 12 soldiers in Nevske on Sunday, the army said.", ("Nevske", "UKR")),
    ("Violence has flared in Ukraine. "
     "Militants killed 12 soldiers in Nevske on Sunday, the army said.", ("Nevske", "UKR")),
    ("Violence has flared in Russia. Jihadists attacked an army post in Kurchatov on Wednesday.",
     ("Kurchatov", "RUS")),
    ("Gunmen attacked a checkpoint near Sverdlikovo on Tuesday, police said.",
     ("near Sverdlikovo", "RUS")),
    ("Violence has flared in Russia. "
     "Gunmen attacked a checkpoint near Sverdlikovo on Tuesday, police said.",
     ("near Sverdlikovo", "RUS")),
    ("Violence has flared in Colombia. "
     "Militants killed 12 soldiers in La Gabarra on Sunday, the army said.",
     ("La Gabarra", "COL")),
    ("Jihadists attacked an army post in Lopez de Micay on Wednesday.", ("Lopez de Micay", "COL")),
    ("Violence has flared in Colombia. "
     "Jihadists attacked an army post in Lopez de Micay on Wednesday.", ("Lopez de Micay", "COL")),
    ("Violence has flared in Mexico. "
     "Gunmen attacked a checkpoint near Tepuche on Tuesday, police said.",
     ("near Tepuche", "MEX")),
    ("Militants killed 12 soldiers in Heliodoro Castillo on Sunday, the army said.",
     ("Heliodoro Castillo", "MEX")),
    ("Violence has flared in Mexico. "
     "Militants killed 12 soldiers in Heliodoro Castillo on Sunday, the army said.",
     ("Heliodoro Castillo", "MEX")),
    ("Violence has flared in Haiti. Jihadists attacked an army post in Simon Pele on Wednesday.",
     ("Simon Pele", "HTI")),
    ("Gunmen attacked a checkpoint near Bel Air on Tuesday, police said.",
     ("near Bel Air", "HTI")),
    ("Violence has flared in Haiti. "
     "Gunmen attacked a checkpoint near Bel Air on Tuesday, police said.",
     ("near Bel Air", "HTI")),
    ("Violence has flared in Haiti. "
     "Militants killed 12 soldiers in Fort National on Sunday, the army said.",
     ("Fort National", "HTI")),
    ("Jihadists attacked an army post in Bas-Delmas on Wednesday.", ("Bas-Delmas", "HTI")),
    ("Violence has flared in Haiti. Jihadists attacked an army post in Bas-Delmas on Wednesday.",
     ("Bas-Delmas", "HTI")),
    ("Violence has flared in Ecuador. "
     "Gunmen attacked a checkpoint near Nobol on Tuesday, police said.", ("near Nobol", "ECU")),
    ("Militants killed 12 soldiers in Socio Vivienda on Sunday, the army said.",
     ("Socio Vivienda", "ECU")),
    ("Violence has flared in Ecuador. "
     "Militants killed 12 soldiers in Socio Vivienda on Sunday, the army said.",
     ("Socio Vivienda", "ECU")),
])
def test_round3_places_resolve_to_their_country(text: str, expected: tuple[str, str]) -> None:
    assert event_places(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a better-known namesake abroad keeps the bare name
    ("Gunmen attacked a checkpoint near Pale on Tuesday, police said.", ("near Pale", "BIH")),
    ("Gunmen attacked a checkpoint near Blida on Tuesday, police said.", ("near Blida", "DZA")),
    ("Militants killed 12 soldiers in Halfaya on Sunday, the army said.", ("Halfaya", "SYR")),
    ("A gunman opened fire at a school in Winder on Wednesday, police said.",
     ("Winder", "USA")),
    ("Gunmen attacked a checkpoint near Nara on Tuesday, police said.", ("near Nara", "JPN")),
    # the same name in two countries follows the story's country
    ("Violence has flared in Pakistan. Militants killed 12 soldiers in Bara on Sunday, the "
     "army said.", ("Bara", "PAK")),
    ("Violence has flared in Sudan. Militants killed 12 soldiers in Bara on Sunday, the army "
     "said.", ("Bara", "SDN")),
])
def test_round3_namesakes(text: str, expected: tuple[str, str]) -> None:
    assert event_places(text) == [expected]


@pytest.mark.parametrize("text", [
    "The Rada voted on Tuesday to extend martial law.",
    "Police arrested Mansouri in Paris on Tuesday.",
])
def test_round3_no_place_from_a_parliament_or_a_person(text: str) -> None:
    analysis = analyze_text(text, published="2024-05-01")
    assert all(p.country in (None, "FRA") for p in analysis.places)
    assert not any(p.country == "YEM" or p.country == "LBN" for p in analysis.places)



@pytest.mark.parametrize(("text", "expected"), [
    ("Violence has flared in Somalia. Militants killed 12 soldiers in Runirgod on Sunday, the "
     "army said.", ("Runirgod", "SOM")),
    ("Violence has flared in Congo. Gunmen attacked a checkpoint near Lusenda on Tuesday, "
     "police said.", ("near Lusenda", "COD")),
    ("Violence has flared in Mozambique. Jihadists attacked an army post in Namacande on "
     "Wednesday.", ("Namacande", "MOZ")),
    ("Violence has flared in Afghanistan. Militants killed 12 soldiers in Warduj on Sunday, "
     "the army said.", ("Warduj", "AFG")),
    ("Gunmen attacked a checkpoint near Bulo Burde on Tuesday, police said.",
     ("near Bulo Burde", "SOM")),
])
def test_round3_second_batch(text: str, expected: tuple[str, str]) -> None:
    assert event_places(text) == [expected]


@pytest.mark.parametrize("text", [
    # a one-word town, district or camp of the supplement next to another proper word, or
    # before "said", is a person's name
    "The journalist Hodan Nalayeh was killed in the attack.",
    "Sui Jingjing won the match on Sunday.",
    "Mansi Joshi said the team was ready.",
    "Mansi said she would appeal.",
    "Esu Daniel told reporters the attack began at night.",
    "Dir Akbar said the group would fight.",
])
def test_round3_a_person_named_like_a_small_place(text: str) -> None:
    analysis = analyze_text(text, published="2024-05-01")
    assert analysis.places == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Violence has flared in Ukraine. "
     "Gunmen attacked a checkpoint near Bila Hora on Tuesday, police said.",
     ("near Bila Hora", "UKR")),
    ("Militants killed 12 soldiers in Stelmakhivka on Sunday, the army said.",
     ("Stelmakhivka", "UKR")),
    ("Violence has flared in Russia. "
     "Jihadists attacked an army post in Nikolaevo-Darino on Wednesday.",
     ("Nikolaevo-Darino", "RUS")),
    ("Gunmen attacked a checkpoint near Spodaryushino on Tuesday, police said.",
     ("near Spodaryushino", "RUS")),
    ("Violence has flared in Sudan. "
     "Militants killed 12 soldiers in Um Baru on Sunday, the army said.", ("Um Baru", "SDN")),
    ("Jihadists attacked an army post in Heiban on Wednesday.", ("Heiban", "SDN")),
    ("Violence has flared in Sudan. "
     "Gunmen attacked a checkpoint near Al-Kadaro on Tuesday, police said.",
     ("near Al-Kadaro", "SDN")),
    ("Militants killed 12 soldiers in Al-Soura al-Kabira on Sunday, the army said.",
     ("Al-Soura al-Kabira", "SYR")),
    ("Violence has flared in Syria. Jihadists attacked an army post in Harf Banmira on Wednesday.",
     ("Harf Banmira", "SYR")),
    ("Gunmen attacked a checkpoint near Bab Amr on Tuesday, police said.",
     ("near Bab Amr", "SYR")),
    ("Violence has flared in Israel. "
     "Militants killed 12 soldiers in Al-Zawayda on Sunday, the army said.",
     ("Al-Zawayda", "PSE")),
    ("Jihadists attacked an army post in Al-Saftawi on Wednesday.", ("Al-Saftawi", "PSE")),
    ("Violence has flared in Israel. "
     "Gunmen attacked a checkpoint near Issawiya on Tuesday, police said.",
     ("near Issawiya", "PSE")),
    ("Militants killed 12 soldiers in Meithaloun on Sunday, the army said.",
     ("Meithaloun", "PSE")),
    ("Violence has flared in Pakistan. Jihadists attacked an army post in Jandola on Wednesday.",
     ("Jandola", "PAK")),
    ("Gunmen attacked a checkpoint near Pehro Kunri on Tuesday, police said.",
     ("near Pehro Kunri", "PAK")),
    ("Violence has flared in Iraq. "
     "Militants killed 12 soldiers in Jalawla on Sunday, the army said.", ("Jalawla", "IRQ")),
    ("Jihadists attacked an army post in Zimpeto on Wednesday.", ("Zimpeto", "MOZ")),
    ("Violence has flared in Ethiopia. "
     "Gunmen attacked a checkpoint near Azezo on Tuesday, police said.", ("near Azezo", "ETH")),
    ("Militants killed 12 soldiers in Pawe on Sunday, the army said.", ("Pawe", "ETH")),
    ("Violence has flared in Somalia. Jihadists attacked an army post in Wajaale on Wednesday.",
     ("Wajaale", "SOM")),
    ("Gunmen attacked a checkpoint near Badhan on Tuesday, police said.", ("near Badhan", "SOM")),
    ("Violence has flared in Myanmar. "
     "Militants killed 12 soldiers in Thazi on Sunday, the army said.", ("Thazi", "MMR")),
    ("Jihadists attacked an army post in Mongnai on Wednesday.", ("Mongnai", "MMR")),
    ("Violence has flared in Myanmar. "
     "Gunmen attacked a checkpoint near Namtu on Tuesday, police said.", ("near Namtu", "MMR")),
    ("Militants killed 12 soldiers in Montrouis on Sunday, the army said.", ("Montrouis", "HTI")),
    ("Violence has flared in Haiti. Jihadists attacked an army post in Torcelle on Wednesday.",
     ("Torcelle", "HTI")),
])
def test_round3_third_batch(text: str, expected: tuple[str, str]) -> None:
    assert event_places(text) == [expected]


def test_round3_a_gaza_quarter_only_under_its_own_name() -> None:
    # "Al-Sabra" is the Gaza City quarter; bare "Sabra" is not given to it (Sabra and Shatila
    # are in Beirut)
    analysis = analyze_text("Gunmen attacked a checkpoint near Al-Sabra on Tuesday, police said.",
                            published="2024-05-01")
    assert [p.country for p in analysis.places] == ["PSE"]
    analysis = analyze_text("Gunmen attacked a checkpoint near Sabra on Tuesday, police said.",
                            published="2024-05-01")
    assert "PSE" not in [p.country for p in analysis.places]
