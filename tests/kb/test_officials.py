"""Officials below heads of state and ministers, 2019-2025 (session 28, officials-2019-2025.yaml):
governors, chief ministers, mayors, police and intelligence chiefs and spokesmen. The name with
the title the press gives it links to the person; a body's office on a date is its holder that
day; the near misses (a shared surname alone, a date outside the term, another body) do not."""

import pytest
from kb_actors import actor_ids as _ids

from factions.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()




@pytest.mark.parametrize("text, published, expected", [
    ("Zamfara State Governor Dauda Lawal said bandits had abducted 40 villagers.", "2024-03-10",
     "dauda-lawal"),
    ("Kaduna Governor Nasir El-Rufai blamed bandits for the attack on the train.", "2022-03-29",
     "nasir-el-rufai"),
    ("Benue Governor Hyacinth Alia condemned the killings in Yelwata on Saturday.", "2025-06-15",
     "hyacinth-alia"),
    ("Plateau State Governor Caleb Mutfwang said more than 100 people were killed in Bokkos.",
     "2023-12-26", "caleb-mutfwang"),
    ("Kharkiv Mayor Ihor Terekhov said a Russian missile hit a residential building.",
     "2024-05-25", "ihor-terekhov"),
    ("Mykolaiv Governor Vitaliy Kim said two people were killed in the shelling.", "2023-07-01",
     "vitaliy-kim"),
    ("Odesa Mayor Hennadiy Trukhanov said Russian drones struck the port overnight.",
     "2023-07-20", "hennadiy-trukhanov"),
    ("Air Force spokesman Yuriy Ihnat said Ukraine shot down 30 drones.", "2024-01-03",
     "yuriy-ihnat"),
    ("Kursk Governor Alexei Smirnov said Ukrainian troops had crossed the border.", "2024-08-07",
     "alexei-smirnov-kursk"),
    ("Acting Kursk Governor Alexander Khinshtein said two people were killed.", "2025-01-10",
     "alexander-khinshtein"),
    ("IDF spokesman Lt Col Richard Hecht told reporters that Hamas fighters were inside the "
     "hospital.", "2023-11-15", "richard-hecht"),
    ("Israeli government spokesman Eylon Levy accused Hamas of using civilians as human shields.",
     "2023-11-20", "eylon-levy"),
    ("White House Press Secretary Karine Jean-Pierre said the United States did not support an "
     "offensive on Rafah.", "2024-02-12", "karine-jean-pierre"),
    ("Foreign ministry spokesman Nasser Kanaani said Iran had no role in the attack.",
     "2023-10-09", "nasser-kanaani"),
    ("ISPR Director General Major General Babar Iftikhar said 10 soldiers were killed.",
     "2022-02-03", "babar-iftikhar"),
    ("Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur threatened to march on Islamabad.",
     "2024-10-05", "ali-amin-gandapur"),
    ("Chhattisgarh Chief Minister Vishnu Deo Sai said 31 Maoists were killed in Bijapur.",
     "2025-02-09", "vishnu-deo-sai"),
    ("Guerrero Governor Evelyn Salgado said 13 police officers were killed in an ambush.",
     "2023-12-05", "evelyn-salgado"),
    ("Haitian National Police Director General Frantz Elbe said gangs had taken over the fuel "
     "terminal.", "2022-10-01", "frantz-elbe"),
    ("Gaza health ministry spokesman Ashraf al-Qudra said 500 people were killed in the blast.",
     "2023-10-18", "ashraf-al-qudra"),
    ("FBI Director Christopher Wray warned of heightened threats after the Hamas attack.",
     "2023-10-31", "christopher-wray"),
    ("Chinese foreign ministry spokesperson Geng Shuang said Beijing opposed the sanctions.",
     "2019-12-03", "geng-shuang"),
    ("Kirkuk Governor Rebwar Taha met Kurdish leaders in Erbil.", "2024-10-01", "rebwar-taha"),
    ("Jerusalem Mayor Moshe Lion visited the site of the attack.", "2023-11-30", "moshe-lion"),
    ("Police Inspector-General Douglas Kanja said officers would not use live bullets.",
     "2024-08-01", "douglas-kanja"),
    ("Cauca Governor Octavio Guzman condemned the car bomb in Jamundi.", "2025-04-10",
     "octavio-guzman"),
    ("Mogadishu Mayor Abdirahman Omar Osman was wounded in the blast.", "2019-07-25",
     "abdirahman-omar-osman-yarisow"),
])
def test_the_name_with_its_title_links_to_the_official(text, published, expected):
    assert expected in _ids(text, published)


def test_a_bodys_office_is_its_holder_on_the_day(kb):
    assert kb.office_holder("united-states", "press secretary", "2021-06-01") == "jen-psaki"
    assert kb.office_holder("united-states", "press secretary", "2023-06-01") == \
        "karine-jean-pierre"
    assert kb.office_holder("isi", "director general", "2020-06-01") == "faiz-hameed"
    assert kb.office_holder("isi", "director general", "2022-06-01") == "nadeem-anjum"
    assert kb.office_holder("ispr", "director general", "2021-06-01") == "babar-iftikhar"
    assert kb.office_holder("nigeria-police-force", "inspector general", "2022-06-01") == \
        "usman-alkali-baba"
    assert kb.office_holder("nigeria-police-force", "inspector general", "2024-06-01") == \
        "kayode-egbetokun"
    assert kb.office_holder("nigerian-department-of-state-services", "director general",
                            "2025-01-01") == "adeola-ajayi"
    assert kb.office_holder("haitian-national-police", "director general", "2024-06-01") == \
        "rameau-normil"
    assert kb.office_holder("israel-police", "commissioner", "2022-06-01") == "kobi-shabtai"
    assert kb.office_holder("us-state-department", "spokesperson", "2020-06-01") == \
        "morgan-ortagus"


def test_near_misses_are_not_the_officials(kb):
    # Before and after a term: nobody, or the one before.
    assert kb.office_holder("ispr", "director general", "2015-06-01") is None
    assert kb.office_holder("haitian-national-police", "director general", "2022-06-01") == \
        "frantz-elbe"
    # A spokesman's press secretary is not the state's president or foreign minister.
    assert kb.office_holder("united-states", "president", "2023-06-01") == "joe-biden"
    assert kb.office_holder("iran", "foreign minister", "2023-06-01") == \
        "hossein-amir-abdollahian"
    # A regional president is no president of his state.
    assert kb.office_holder("ethiopia", "president", "2024-06-01") == "sahle-work-zewde"
    # A shared surname alone is not the official the KB knows by it.
    found = _ids("Kim Jong Un oversaw a missile launch on Monday, and Kim said the tests would "
                 "continue.", "2023-07-01")
    assert "vitaliy-kim" not in found
    found = _ids("Security Secretary Omar Garcia Harfuch said Garcia had ordered the raid.",
                 "2025-02-01")
    assert "samuel-garcia" not in found
    # Another holder of another office in the same city is not the mayor.
    found = _ids("Kharkiv Governor Oleh Syniehubov said a missile hit the city.", "2024-05-25")
    assert "oleh-syniehubov" in found and "ihor-terekhov" not in found
