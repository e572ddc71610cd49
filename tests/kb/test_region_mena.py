"""Middle East and North Africa actors the knowledge base names by the forms wire copy uses
(parties, movements, security bodies, armed groups and their leaders), and near misses that must
not link to them."""

import pytest
from kb_actors import actor_ids


def ids(text: str, published: str = "2025-06-20") -> set[str]:
    return actor_ids(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    ("BEIRUT, June 20 (Reuters) - Lebanese Forces leader Samir Geagea and Free Patriotic Movement "
     "head Gebran Bassil traded accusations, while the Kataeb said it would boycott the session.",
     {"samir-geagea", "free-patriotic-movement", "gebran-bassil", "kataeb-party"}),
    ("BEIRUT, June 20 (Reuters) - Druze leader Walid Jumblatt of the Progressive Socialist Party "
     "met Mohammad Raad, head of Hezbollah's parliamentary bloc, and officials of Amal.",
     {"walid-jumblatt", "progressive-socialist-party", "mohammad-raad", "amal-movement"}),
    ("ANKARA, June 20 (Reuters) - Police detained dozens of CHP supporters protesting the jailing "
     "of Ekrem Imamoglu, while DEM Party co-chair Tuncer Bakirhan urged calm and the AKP "
     "rejected the criticism.",
     {"chp", "ekrem-imamoglu", "dem-party", "tuncer-bakirhan", "akp"}),
    ("ISTANBUL, June 20 (Reuters) - Turkish Gendarmerie units detained 40 suspects linked to FETO, "
     "the network of the late cleric Fethullah Gulen, and two alleged HPG members.",
     {"turkish-gendarmerie", "gulen-movement", "fethullah-gulen", "hpg"}),
    ("DUBAI, June 20 (Reuters) - The Basij and the IRGC Navy held drills as the Guardian Council "
     "approved the bill and judiciary chief Gholamhossein Mohseni-Ejei warned protesters, "
     "Hengaw said.",
     {"basij", "irgc-navy", "iran-guardian-council", "gholam-hossein-mohseni-ejei", "hengaw"}),
    ("PARIS, June 20 (Reuters) - Maryam Rajavi of the National Council of Resistance of Iran "
     "said the MEK would hold a rally; Reza Pahlavi also spoke.",
     {"maryam-rajavi", "ncri", "mek", "reza-pahlavi"}),
    ("BAGHDAD, June 20 (Reuters) - The Independent High Electoral Commission said Ammar al-Hakim's "
     "Hikma movement and the Sovereignty Alliance of Khamis al-Khanjar had registered, and the "
     "Iraqi Federal Police deployed in the Green Zone.",
     {"ihec", "ammar-al-hakim", "national-wisdom-movement", "sovereignty-alliance",
      "khamis-al-khanjar", "iraqi-federal-police"}),
    ("BAGHDAD, June 20 (Reuters) - Rayan al-Kildani's Babylon Brigades clashed with the Sinjar "
     "Resistance Units, and the UN mission in Iraq called for restraint.",
     {"rayan-al-kildani", "babylon-movement", "sinjar-resistance-units", "unami"}),
    ("DAMASCUS, June 20 (Reuters) - Syrian General Security forces deployed in Sweida, Interior "
     "Minister Anas Khattab said, after Ahmed al-Awda's fighters withdrew.",
     {"syrian-general-security", "anas-khattab", "ahmed-al-awda"}),
    ("JERUSALEM, June 20 (Reuters) - Shas and United Torah Judaism threatened to quit the "
     "coalition, Avigdor Lieberman said, as B'Tselem and Peace Now condemned settler attacks and "
     "the Hostages and Missing Families Forum called for a deal.",
     {"shas", "united-torah-judaism", "avigdor-lieberman", "btselem", "peace-now",
      "hostages-and-missing-families-forum"}),
    ("GAZA, June 20 (Reuters) - The Popular Forces of Yasser Abu Shabab clashed with Hamas in "
     "Rafah, while the Jenin Brigade and the Lions' Den fought Israeli Border Police in the West "
     "Bank and the DFLP condemned the raid.",
     {"popular-forces-gaza", "yasser-abu-shabab", "jenin-brigade", "lions-den",
      "israeli-border-police", "dflp"}),
    ("CAIRO, June 20 (Reuters) - Egypt's Interior Ministry said it killed Hasm militants, and "
     "the EIPR said the Muslim Brotherhood was not involved.",
     {"egyptian-ministry-of-interior", "hasm", "eipr", "muslim-brotherhood"}),
    ("TUNIS, June 20 (Reuters) - The UGTT, led by Noureddine Taboubi, called a general strike, "
     "and Ennahda and the Free Destourian Party of Abir Moussi backed it.",
     {"ugtt", "noureddine-taboubi", "ennahda", "free-destourian-party", "abir-moussi"}),
    ("ALGIERS, June 20 (Reuters) - Algeria accused the MAK of Ferhat Mehenni, and the Polisario "
     "Front said Brahim Ghali would attend.",
     {"mak", "ferhat-mehenni", "polisario-front", "brahim-ghali"}),
    ("RABAT, June 20 (Reuters) - GenZ 212 protesters marched as the PJD's Abdelilah Benkirane "
     "and the National Rally of Independents traded blame.",
     {"genz-212", "moroccan-pjd", "abdelilah-benkirane", "national-rally-of-independents"}),
    ("MANAMA, June 20 (Reuters) - King Hamad bin Isa Al Khalifa pardoned prisoners, but jailed "
     "Al-Wefaq leader Sheikh Ali Salman was not among them.",
     {"hamad-bin-isa-al-khalifa", "al-wefaq", "ali-salman"}),
    ("ADEN, June 20 (Reuters) - The Hadramout Tribal Alliance led by Amr bin Habrish seized oil "
     "fields, and Ansarallah said it would respond.",
     {"hadramout-tribal-alliance", "amr-bin-habrish", "houthis"}),
])
def test_the_press_names_link_to_the_actor(text: str, expected: set[str]) -> None:
    found = ids(text)
    assert expected <= found, expected - found


def test_the_ruler_of_kuwait_on_the_day():
    assert "mishal-al-ahmad-al-jaber-al-sabah" in ids(
        "KUWAIT, June 20 (Reuters) - Emir Sheikh Mishal al-Ahmad al-Jaber al-Sabah dissolved "
        "parliament.")


@pytest.mark.parametrize(("text", "absent"), [
    # "Lebanese forces" in lower case are the army, not the Christian party.
    ("BEIRUT, June 20 (Reuters) - Israeli and Lebanese forces exchanged fire near the border.",
     "lebanese-forces"),
    # A Serbian first name is not the Kurdish party Gorran.
    ("BELGRADE, June 20 (Reuters) - Interior Minister Goran Vesic resigned.", "gorran"),
    # An Egyptian governorate is not Islamic State's affiliate.
    ("CAIRO, June 20 (Reuters) - Floods hit North Sinai province on Sunday.",
     "islamic-state-sinai"),
    # Jakarta's mosque is not Morocco's party.
    ("JAKARTA, June 20 (Reuters) - Thousands prayed at the Istiqlal Mosque.", "istiqlal-party"),
    # Brazil's police is not Iraq's.
    ("BRASILIA, June 20 (Reuters) - The Federal Police arrested a former minister.",
     "iraqi-federal-police"),
    # Rami Makhlouf, the Syrian tycoon, is not the Tunisian lawmaker.
    ("DAMASCUS, June 20 (Reuters) - Rami Makhlouf said his companies were seized.",
     "seifeddine-makhlouf"),
])
def test_a_near_miss_does_not_link(text: str, absent: str) -> None:
    assert absent not in ids(text)
