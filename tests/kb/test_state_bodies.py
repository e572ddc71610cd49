"""Named state security bodies (state-bodies-2019-2025.yaml): sentences written for these tests,
in the way wire copy names intelligence services, police units, guards, legislatures and
electoral bodies, must link them; generic words ("parliament", "the Department", "U.S. House
Speaker", "Republican Guard" of another country) must not, and an acronym two countries share
goes to the body of the country the story is about."""

import pytest
from kb_actors import actor_ids

from factions.pipeline import analyze_text

NEW_FILE = "state-bodies-2019-2025.yaml"


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        ("DHAKA - The Rapid Action Battalion and the Dhaka Metropolitan Police fired on "
         "students, and the DGFI detained two coordinators, rights groups said.", "2024-07-20",
         {"rapid-action-battalion", "dhaka-metropolitan-police", "dgfi"}),
        ("NEW DELHI - The Enforcement Directorate arrested the chief minister, and the "
         "Election Commission of India said polling in the Lok Sabha election would go ahead.",
         "2024-03-22",
         {"enforcement-directorate-india", "election-commission-of-india", "lok-sabha"}),
        ("ISLAMABAD - The Federal Investigation Agency detained the journalist, and the "
         "Election Commission of Pakistan delayed the results.", "2024-02-09",
         {"federal-investigation-agency-pakistan", "election-commission-of-pakistan"}),
        ("ABUJA - The Economic and Financial Crimes Commission arrested the former governor "
         "after INEC declared the results.", "2023-03-01",
         {"efcc", "inec-nigeria"}),
        ("NAIROBI - The General Service Unit fired tear gas at protesters outside parliament, "
         "and the Independent Policing Oversight Authority opened an inquiry.", "2024-06-25",
         {"kenya-general-service-unit", "ipoa"}),
        ("N'DJAMENA - Chad's Republican Guard surrounded the headquarters of the opposition "
         "party.", "2024-02-28", {"dgssie"}),
        ("LIBREVILLE - Gabon's Republican Guard said on television that it had seized power.",
         "2023-08-30", {"gabon-republican-guard"}),
        ("KYIV - The 3rd Assault Brigade and the Unmanned Systems Forces said they had "
         "repelled an assault, while Ukraine's Foreign Intelligence Service warned of a new "
         "offensive.", "2025-03-01",
         {"third-assault-brigade", "unmanned-systems-forces",
          "foreign-intelligence-service-of-ukraine"}),
        ("MOSCOW - The Federation Council approved the treaty, and Russia's Central Election "
         "Commission said turnout was high.", "2024-03-18",
         {"russian-federation-council", "russian-central-election-commission"}),
        ("GAZA - The Givati Brigade and Shayetet 13 commandos raided the hospital, and Unit "
         "8200 intercepted the calls, the military said.", "2024-03-20",
         {"givati-brigade", "shayetet-13", "unit-8200"}),
        ("DAMASCUS - Prisoners held by the Air Force Intelligence Directorate were freed after "
         "the Syrian Republican Guard abandoned its posts.", "2024-12-08",
         {"syrian-air-force-intelligence", "syrian-republican-guard"}),
        ("SEOUL - The Presidential Security Service blocked investigators of the Corruption "
         "Investigation Office from arresting Yoon Suk Yeol.", "2025-01-03",
         {"korea-presidential-security-service", "korea-corruption-investigation-office",
          "yoon-suk-yeol"}),
        ("LOS ANGELES - Agents of Immigration and Customs Enforcement detained dozens, and "
         "the California National Guard was deployed.", "2025-06-08",
         {"us-immigration-and-customs-enforcement", "us-national-guard"}),
        ("BOGOTA - Riot police of the ESMAD clashed with protesters in Cali.", "2021-05-03",
         {"esmad"}),
        ("CARACAS - Agents of the DGCIM detained the opposition activist, and the Bolivarian "
         "National Guard dispersed the protest.", "2024-08-02",
         {"dgcim", "bolivarian-national-guard"}),
        ("MEXICO CITY - The National Electoral Institute said turnout was 60 percent.",
         "2024-06-03", {"mexico-national-electoral-institute"}),
        ("SANTIAGO - Carabineros fired tear gas at students in the capital.", "2019-10-20",
         {"carabineros"}),
        ("JAKARTA - Densus 88 arrested five suspects, the Indonesian National Police said.",
         "2023-05-10", {"densus-88", "indonesian-national-police"}),
        ("TAIPEI - The Legislative Yuan passed the bill despite protests.", "2024-05-28",
         {"legislative-yuan"}),
        ("PYONGYANG - The Supreme People's Assembly amended the constitution.", "2023-09-28",
         {"supreme-peoples-assembly"}),
        ("LONDON - Scotland Yard said counter-terrorism officers had arrested three men, and "
         "the House of Commons debated the bill.", "2024-05-10",
         {"metropolitan-police", "house-of-commons"}),
        ("STOCKHOLM - The Riksdag approved the NATO bid, and Finland's Eduskunta did the same.",
         "2022-05-17", {"riksdag", "eduskunta"}),
        ("DAKAR - Senegal's National Assembly voted to postpone the election.", "2024-02-05",
         {"senegal-national-assembly"}),
        ("MEXICO CITY - Mexico's Congress approved the judicial overhaul, and the Spanish "
         "Congress of Deputies passed the amnesty law.", "2024-09-11",
         {"mexican-congress", "spanish-congress-of-deputies"}),
    ],
)
def test_named_state_bodies_link(text, published, wanted, kb):
    assert wanted <= actor_ids(text, published, kb=kb)


@pytest.mark.parametrize(
    ("text", "published", "country", "wanted", "unwanted"),
    [
        # NIA: India's investigation agency in an Indian story, Nigeria's intelligence
        # agency in a Nigerian one.
        ("SRINAGAR, India - The NIA raided homes across Kashmir on Tuesday, Indian officials "
         "said.", "2023-10-10", "IND", "national-investigation-agency",
         "nigeria-national-intelligence-agency"),
        ("ABUJA, Nigeria - The NIA said on Tuesday that the Nigerian ambassador had been "
         "recalled.", "2023-10-10", "NGA", "nigeria-national-intelligence-agency",
         "national-investigation-agency"),
        # INEC: Nigeria's and Tanzania's electoral commissions.
        ("DODOMA, Tanzania - INEC declared Samia Suluhu Hassan the winner of Tanzania's "
         "election.", "2025-11-01", "TZA", "tanzania-inec", "inec-nigeria"),
        ("LAGOS, Nigeria - INEC declared Bola Tinubu the winner of Nigeria's election.",
         "2023-03-01", "NGA", "inec-nigeria", "tanzania-inec"),
        # "House of Commons": Canada's in a Canadian story, Britain's in a British one.
        ("OTTAWA, Canada - The House of Commons voted to recognise Palestine, Canadian "
         "officials said.", "2025-07-30", "CAN", "canadian-house-of-commons",
         "house-of-commons"),
        ("LONDON, Britain - The House of Commons voted to recognise Palestine, British "
         "officials said.", "2025-07-30", "GBR", "house-of-commons",
         "canadian-house-of-commons"),
    ],
)
def test_shared_acronyms_follow_the_story_country(text, published, country, wanted, unwanted,
                                                  kb):
    ids = actor_ids(text, published, kb=kb)
    assert wanted in ids
    assert unwanted not in ids


def _new_ids(text: str, kb, published: str = "2025-06-01") -> set[str]:
    actors = analyze_text(text, published=published, kb=kb).actors
    return {a.id for a in actors if a.known and NEW_FILE in kb.actors[a.id].origin}


@pytest.mark.parametrize(
    "text",
    [
        # bare generic bodies in another country's story
        "KAMPALA - Parliament passed the law, and the Senate and the National Assembly met.",
        "BOGOTA - Congress passed the law, and lawmakers in the lower house agreed.",
        "BAGHDAD - The Republican Guard of Saddam Hussein was disbanded in 2003.",
        "MANILA - The Department of Foreign Affairs lodged a diplomatic protest.",
        "YEREVAN - U.S. House Speaker Nancy Pelosi is expected to visit Armenia.",
        "TOKYO - The Tokyo Metropolitan Police said a man had been arrested.",
        "ROME - The electoral commission said turnout was low, and the intelligence agency "
        "declined to comment.",
        "PARIS - Police and gendarmes cleared the camp, and the National Assembly voted.",
        # acronyms that name other things
        "WASHINGTON - Analysts at CSIS said satellite images showed new launchers.",
        "SEOUL - The RGB values of the image were altered, the PST timestamp showed.",
    ],
)
def test_generic_words_link_no_new_body(text, kb):
    assert _new_ids(text, kb) == set()



def test_an_electoral_body_takes_its_countrys_lower_case_description(kb):
    # its descriptors: the home country's body, named in full or not
    assert "iebc" in actor_ids("NAIROBI, Aug 15 - The electoral commission declared William "
                               "Ruto the winner of the August vote.", "2022-08-15", kb=kb)
    ids = actor_ids("NAYPYITAW, Feb 1 - The Union Election Commission rejected the fraud claims. "
                    "The military said the election commission had failed.", "2021-02-01",
                    kb=kb)
    assert "myanmar-union-election-commission" in ids
    # a country with no such body in the file: nothing from it
    assert _new_ids("LUSAKA, Aug 16 - The electoral commission declared Hakainde Hichilema the "
                    "winner of the August vote.", kb, "2021-08-16") == set()
