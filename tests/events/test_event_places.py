"""Where an event happened (events/location.py), on whole articles through the pipeline: the
place of the trigger's clause, a locative elsewhere in its sentence, a definite "the city" read
from the context, and places that are no event's place (a title, a subordinate clause)."""

from __future__ import annotations

from factions.pipeline import analyze_text


def places(text: str, published: str, kind: str) -> list[tuple[str | None, str | None]]:
    """(place text, basis) of the events of type ``kind``, in text order."""
    events = analyze_text(text, published=published).events
    return [(e.place_text, e.place_basis) for e in events if e.type == kind]


def test_the_place_after_the_trigger_in_its_clause():
    assert places("Taliban fighters captured Kabul on Sunday.", "2021-08-16",
                  "ASSAULT") == [("Kabul", "clause")]


def test_a_place_premodifying_the_trigger_noun():
    found = places("The U.S. special envoy for the Horn of Africa, Mike Hammer, attended the "
                   "Pretoria talks as an observer.", "2022-11-03", "CONSULT")
    assert found == [("Pretoria", "clause")]


def test_a_place_in_an_actors_title_is_no_event_place():
    found = places("The U.S. special envoy for the Horn of Africa, Mike Hammer, had attended the "
                   "talks as an observer.", "2022-11-03", "CONSULT")
    assert found == [(None, None)]


def test_a_place_describing_the_person_named_after_it_is_no_event_place():
    # "in Egypt" describes Sisi; the aid comes from Moscow, and where is not said
    text = ("He is backed by the military strongman next door in Egypt, Abdel Fattah al Sisi, "
            "and has support from Moscow too in the shape of mercenaries and money.")
    assert places("Khalifa Haftar ordered an advance on Tripoli. " + text, "2019-04-05",
                  "AID") == [(None, None)]


def test_a_scene_before_the_person_who_acted_places_the_event():
    found = places("Fayez al-Serraj flew to Moscow on Monday. A day later in Moscow, Serraj "
                   "signed a ceasefire agreement with Russia.", "2020-01-14", "AGREE")
    assert found and set(found) == {("Moscow", "clause")}


def test_a_fronted_locative_places_its_main_clause():
    # not Kigali, named later in the clause as what the protesters accused
    found = places("In Kinshasa, hundreds of protesters attacked the embassy of Rwanda, accusing "
                   "Western capitals of ignoring Kigali.", "2025-01-28", "PROTEST")
    assert found == [("Kinshasa", "clause")]


def test_told_reporters_in_a_city_places_what_they_told():
    found = places("Debretsion Gebremichael, the region's president, told reporters in Mekelle "
                   "that federal troops had attacked Tigrayan forces.", "2020-11-05", "ASSAULT")
    assert found == [("Mekelle", "sentence")]


def test_met_in_a_city_places_what_the_meeting_called_for():
    text = ("Foreign ministers of Turkey, Russia and Iran met in Doha on Saturday and called "
            "for a political solution.")
    assert set(places(text, "2024-12-08", "CONSULT")) == {("Doha", "clause")}
    assert places(text, "2024-12-08", "REQUEST") == [("Doha", "sentence")]


def test_a_place_of_a_subordinate_clause_belongs_to_its_own_event():
    text = ("Hezbollah, which is backed by Iran, fired rockets at Israeli positions, a day after "
            "Israeli jets struck targets in southern Lebanon.")
    assert places(text, "2024-07-28", "ASSAULT") == [
        (None, None), ("southern Lebanon", "clause")]


def test_the_city_is_the_city_the_story_named():
    text = ("Fighters of the Rapid Support Forces besieged El Fasher in May. Sudanese army "
            "aircraft have bombed RSF positions in the northern parts of the city, residents "
            "said.")
    assert places(text, "2024-06-14", "ASSAULT") == [
        ("El Fasher", "clause"), ("El Fasher", "context")]


def test_the_capital_is_the_capital_the_story_named():
    text = ("Taliban fighters captured Kabul on Sunday. Taliban fighters set up checkpoints "
            "across the capital on Monday.")
    assert places(text, "2021-08-16", "COERCE") == [("Kabul", "context")]


def test_a_statement_takes_no_place_from_the_context():
    text = ("Taliban fighters captured Kabul on Sunday. The U.N. Secretary-General urged the "
            "Taliban to protect the residents of the capital.")
    assert places(text, "2021-08-16", "REQUEST") == [(None, None)]


def test_the_regions_president_is_no_place_of_the_region():
    text = ("Ethiopian federal troops attacked Tigrayan forces in Tigray on Wednesday. The "
            "region's president said federal troops had shelled Tigrayan positions.")
    assert places(text, "2020-11-05", "ASSAULT") == [("Tigray", "clause"), (None, None)]


def test_a_place_an_accusation_is_about_is_not_where_it_was_made():
    text = ("The army-aligned government has accused the United Arab Emirates of arming the "
            "RSF through Chad.")
    assert places(text, "2024-06-14", "ACCUSE") == [(None, None)]


def test_a_statement_made_at_a_news_conference_is_placed_there():
    text = ("On Thursday, deputy army chief Berhanu Jula told a news conference in Addis Ababa "
            "that the army would not be deterred and warned the TPLF that it would face force.")
    # (two threats since "the army" is read as the home army: both are placed there)
    assert set(places(text, "2020-11-05", "THREATEN")) == {("Addis Ababa", "sentence")}


def test_signed_in_the_south_african_capital_is_the_south_african_capital_named():
    # Addis Ababa is the capital the story names most; the demonym says which capital is meant
    text = ("Talks between Ethiopia and the TPLF opened in Pretoria on October 25. Ethiopian "
            "Prime Minister Abiy Ahmed returned to Addis Ababa on Monday, and crowds gathered in "
            "Addis Ababa to greet him. The agreement was signed by the government and the TPLF "
            "in the South African capital on Wednesday.")
    # (the phrase is a mention of Pretoria itself since session 28: see geo.stage)
    analysis = analyze_text(text, published="2022-11-03")
    names = {p.id: p.name for p in analysis.places}
    assert [(e.place_text, names.get(e.place or ""), e.place_basis) for e in analysis.events
            if e.type == "AGREE"] == [("South African capital", "Pretoria", "clause")] * 2


def test_a_demand_takes_no_place_from_the_capital_of_a_relative_clause():
    text = ("Taliban fighters captured Kabul on Sunday. The U.N. Secretary-General urged the "
            "Taliban, who have set up checkpoints in the capital, to protect civilians.")
    assert places(text, "2021-08-16", "REQUEST") == [(None, None)]
    # the checkpoints themselves, on the ground, are in the capital
    assert places(text, "2021-08-16", "COERCE") == [("Kabul", "context")]


def test_a_country_after_out_of_is_the_place_a_withdrawal_leaves():
    assert places("Russia launched some strikes around Hama, while Hezbollah pulled its "
                  "fighters out of Syria in recent days.", "2024-12-08", "RETREAT") == [
        ("Syria", "clause")]


def test_what_has_happened_since_goes_on_in_no_scene_of_the_sentence_before():
    text = ("The war began on Oct. 7 when Hamas-led fighters stormed southern Israel, killing "
            "some 1,200 people. Israel's air and ground campaign has since killed more than "
            "34,000 Palestinians, the Gaza health ministry says.")
    events = analyze_text(text, published="2024-05-07").events
    toll = next(e for e in events if "34,000" in e.evidence.text)
    assert (toll.source, toll.target, toll.modality, toll.place_text) == (
        ["israel"], ["x-civilian-victims"], "reported", None)
    assert toll.date == "2023-10-07" and toll.date_precision == "day"


def test_a_states_statement_from_its_own_capital_opening_the_sentence_has_no_place():
    assert places("In Washington, the State Department condemned the attack on the town.",
                  "2024-10-04", "ACCUSE") == [(None, None)]
    assert places("In Baghdad, the government of Prime Minister Mohammed Shia al-Sudani "
                  "condemned the strikes as a violation of Iraqi sovereignty.", "2024-02-03",
                  "ACCUSE") == [(None, None)]
    assert places("In Moscow, the Kremlin said the United States was responsible.",
                  "2024-03-23", "ACCUSE") == [(None, None)]
    # A crowd's charge on the scene keeps the scene; a foreign capital is where it was said.
    assert places("In Kinshasa, hundreds of protesters attacked the embassies of Rwanda and "
                  "France, accusing them of backing M23.", "2025-01-28", "ACCUSE") == [
        ("Kinshasa", "clause")]
    assert places("In Brussels, the State Department condemned the attack on the town.",
                  "2024-10-04", "ACCUSE") == [("Brussels", "clause")]


def test_a_body_in_its_seat_gives_its_statement_no_place():
    # gold/dev (Dhaka, Washington, Kabul) and our own sentences: "the <body> in <place>" says
    # where the body sits, not where it spoke, demanded or met
    assert places("The United States embassy in Dhaka urged all sides to show restraint.",
                  "2024-07-20", "REQUEST") == [(None, None)]
    assert places("The National Security Council in Washington called it a flagrant "
                  "provocation.", "2023-09-25", "ACCUSE") == [(None, None)]
    assert places("Foreign Office spokesman Shafqat Ali Khan urged the Taliban government in "
                  "Kabul to stop militants from using Afghan soil.", "2023-09-10",
                  "REQUEST") == [(None, None)]
    assert places("The British embassy in Nairobi condemned the killing of protesters.",
                  "2024-06-26", "ACCUSE") == [(None, None)]
    assert places("European Union officials in Brussels denounced the arrests as politically "
                  "motivated.",
                  "2024-12-05", "ACCUSE") == [(None, None)]
    assert places("Pakistan called on the authorities in Kabul to hand over the militants.",
                  "2023-09-10", "REQUEST") == [(None, None)]


def test_a_body_reached_at_or_acting_elsewhere_keeps_its_place():
    # a locative or destination before the body, or the body the agent of another act the
    # event is about: the place stays (gold/dev "At the UN Security Council in New York",
    # "a video posted by the Ukrainian embassy in Dakar")
    assert places("At the UN Security Council in New York, Russia rejected the draft "
                  "statement.", "2024-02-03", "REJECT") == [("New York", "clause")]
    assert places("Georgian police detained opposition leader Nika Gvaramia as he was heading "
                  "to the Mexican embassy in Tbilisi.", "2024-12-05", "COERCE") == [
        ("Tbilisi", "clause")]
    found = places("Senegal condemned a video posted by the Ukrainian embassy in Dakar.",
                   "2024-08-06", "ACCUSE")
    assert found == [("Dakar", "clause")]
    # and an act on the ground keeps the body's seat as its scene
    assert places("Gunmen attacked officials in Kandahar on Monday.", "2024-06-01",
                  "ASSAULT") == [("Kandahar", "clause")]


def test_a_charge_is_not_placed_where_the_act_charged_happened():
    # gold/dev and gold/pending leave "accused X of <act> in <place>" without a place: the
    # place is the act's, coded as its own event when the act is one
    assert places("Mali's military government accused Ukraine of backing terrorist groups in "
                  "the Sahel.", "2024-08-06", "ACCUSE") == [(None, None)]
    assert places("Moscow has accused the West of trying to stir up a revolution in Georgia.",
                  "2024-12-05", "ACCUSE") == [(None, None)]
    assert places("ICC prosecutors accuse Duterte of the murder of dozens of people by police "
                  "and hit squads in Davao.", "2025-03-12", "ACCUSE") == [(None, None)]
    assert places("Iran accused Israel on Monday of an attack on its consulate in Damascus.",
                  "2024-04-02", "ACCUSE") == [(None, None)]
    found = analyze_text("Hamas accused Israel of killing civilians in Gaza on Monday.",
                         published="2024-11-04").events
    assert [(e.type, e.place_text) for e in found] == [("ACCUSE", None), ("ASSAULT", "Gaza")]


def test_where_a_charge_was_made_still_places_it():
    assert places("Speaking in Geneva, the minister accused Russia of war crimes in Ukraine.",
                  "2024-12-05", "ACCUSE") == [("Geneva", "clause")]
    # not an "of" complement: "blamed ... for the blast" keeps its place (gold/dev places the
    # blame for the Crimean bridge blast at the bridge)
    assert places("Russia blamed Ukraine for the attack on the bridge in Crimea.",
                  "2024-12-05", "ACCUSE") == [("Crimea", "clause")]


def test_a_war_in_a_place_does_not_place_what_is_said_or_done_about_it():
    # gold/pending "help end the war in Yemen", "hosted ... the war in Gaza" and our own
    # sentences: where the war is, not where the statement, demand or meeting was
    assert places("White House spokesman John Kirby said Washington welcomed any effort to help "
                  "end the war in Yemen.", "2023-03-10", "SUPPORT") == [(None, None)]
    assert places("Qatar and Egypt have mediated between Israel and Hamas throughout the war in "
                  "Gaza.", "2025-01-20", "CONSULT") == [(None, None)]
    assert places("Kenya hosted talks on ending the conflict in Sudan.", "2024-12-05",
                  "CONSULT") == [(None, None)]


def test_a_deal_signed_in_a_city_or_troops_sent_to_a_war_keep_their_place():
    assert places("Ethiopia and Eritrea signed a peace deal in Asmara.", "2024-12-05",
                  "AGREE") == [("Asmara", "clause"), ("Asmara", "clause")]
    # an act on the ground is in the war's place
    assert places("Russia sent troops to fight in the war in Syria.", "2024-12-05",
                  "MOBILIZE") == [("Syria", "clause")]


def test_a_part_of_the_place_named_before_places_an_act_on_the_ground():
    # gold/dev "struck SDF positions and vehicles on the city's outskirts" (Manbij), "tore up
    # roads in the camp's narrow alleys" (Jenin camp), gold/pending "set up burning barricades
    # across the city's main avenues" (Maputo), and our own sentences
    found = places("Turkey-backed rebels captured Manbij on Monday. Turkish drones struck SDF "
                   "positions on the city's outskirts.", "2024-12-10", "ASSAULT")
    assert found == [("Manbij", "clause"), ("Manbij", "context")]
    found = places("Sudanese army aircraft bombed El Fasher on Monday. Rapid Support Forces "
                   "shelled camps on the town's outskirts, residents said.", "2024-06-14",
                   "ASSAULT")
    assert found == [("El Fasher", "clause"), ("El Fasher", "context")]


def test_a_possessive_place_noun_without_a_locative_places_nothing_new():
    # "the region's governor" is a person of the region, not a scene
    found = analyze_text("M23 rebels captured Goma on Monday. The region's governor condemned "
                         "the attack.", published="2025-01-28").events
    assert [(e.type, e.place_text) for e in found] == [("ASSAULT", "Goma")]


def test_a_made_up_crowd_in_a_place_places_what_is_done_to_it():
    # "protesters in Nairobi" is one actor span, but the crowd is where it is (gold/dev
    # Nairobi, Maputo; our own sentences)
    found = places("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
                   "2024-06-26", "COERCE")
    assert found == [("Nairobi", "clause")]
    found = places("Georgian riot police used water cannon against demonstrators in Tbilisi.",
                   "2024-12-05", "COERCE")
    assert found == [("Tbilisi", "clause")]
    # and the place is a place of the document again
    a = analyze_text("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
                     published="2024-06-26")
    assert [p.name for p in a.places] == ["Nairobi"]


def test_a_part_a_countrys_possessive_leads_to_is_the_place():
    # "in Cameroon's English-speaking North-West region", "in Pakistan's southwestern province
    # of Balochistan" (gold/dev), and our own sentences: the region, not the whole country
    assert places("Separatist fighters killed seven civilians in a village in Cameroon's "
                  "English-speaking North-West region on Sunday.", "2024-05-20",
                  "ASSAULT") == [("North-West region", "clause")]
    assert places("Iran fired missiles at two militant bases in Pakistan's southwestern "
                  "province of Balochistan.", "2024-01-18", "ASSAULT") == [
        ("Balochistan", "clause")]
    assert places("Militants attacked an army post in Mali's central region of Mopti, killing "
                  "12 soldiers.", "2024-05-01", "ASSAULT") == [("Mopti", "clause")]
    assert places("Gunmen killed 30 people in Nigeria's northwestern Zamfara state on Sunday.",
                  "2024-05-01", "ASSAULT") == [("northwestern Zamfara state", "clause")]
    # a locative before the country places the part after a coordinated act too
    assert places("Separatist fighters killed seven civilians and burned dozens of houses in a "
                  "village in Cameroon's restive North-West region.", "2024-05-20",
                  "ASSAULT") == [("North-West region", "sentence")]
    # ... and the town in that part (the chain "Kuriga in Nigeria's ... state")
    assert places("Gunmen abducted 287 pupils in the town of Kuriga in Nigeria's northwestern "
                  "Kaduna state on Thursday.", "2024-03-08", "ASSAULT") == [("Kuriga", "clause")]


def test_a_country_not_followed_by_a_part_of_its_own_stays_the_place():
    # a preposition, another country or nothing after the possessive
    assert places("Russia's army shelled Kharkiv on Monday.", "2024-05-01",
                  "ASSAULT") == [("Kharkiv", "clause")]
    assert places("Israeli jets struck targets in Lebanon's south on Monday.", "2024-05-01",
                  "ASSAULT") == [("Lebanon's south", "clause")]
    assert places("Israeli jets struck targets in Syria on Monday.", "2024-05-01",
                  "ASSAULT") == [("Syria", "clause")]


def test_an_act_of_a_where_clause_took_place_where_it_stands_for():
    # "in the north-east and south, where Ukrainian forces have recaptured" (gold/dev), "an
    # airstrip near El Paso, Texas, where U.S. agents detained both men" (gold/dev), and ours
    assert places("Fighting spread to Culiacan, where gunmen set vehicles on fire and blocked "
                  "highways on Monday.", "2024-09-16", "COERCE") == [
        ("Culiacan", "clause"), ("Culiacan", "clause")]
    assert places("The army flew reinforcements to Goma, where M23 rebels had shelled the "
                  "airport on Sunday.", "2025-01-28", "ASSAULT") == [("Goma", "clause")]
    found = places("He was flown against his will to an airstrip near El Paso, Texas, where "
                   "U.S. agents detained him.", "2024-09-16", "COERCE")
    assert found == [("near El Paso, Texas", "clause")]
    # not a "where" that names no place before it
    assert places("Sudanese troops shelled the rebels in the hills where they had regrouped.",
                  "2024-05-01", "ASSAULT") == [(None, None)]
    # the main clause keeps its own place
    assert places("Sudanese troops shelled Kadugli on Monday, where rebels had regrouped.",
                  "2024-05-01", "ASSAULT") == [("Kadugli", "clause")]


def test_a_place_inside_a_relative_clause_with_two_acts_places_neither_main_act():
    # "Zelensky, who had travelled to Turkey and met President Tayyip Erdogan in Ankara,
    # accused Putin ..." (gold/pending): the relative runs up to the comma that resumes
    found = analyze_text("Ukrainian President Volodymyr Zelensky, who had travelled to Turkey "
                         "and met President Tayyip Erdogan in Ankara, accused Russian President "
                         "Vladimir Putin of not taking the talks seriously.",
                         published="2025-05-16").events
    assert [(e.type, e.place_text) for e in found if e.type == "ACCUSE"] == [("ACCUSE", None)]
    assert ("CONSULT", "Ankara") in [(e.type, e.place_text) for e in found]
    found = analyze_text("Kenyan President William Ruto, who flew to Addis Ababa and met Prime "
                         "Minister Abiy Ahmed in the capital, condemned the attack on Monday.",
                         published="2024-05-01").events
    assert [(e.type, e.place_text) for e in found if e.type == "ACCUSE"] == [("ACCUSE", None)]


def test_an_attack_a_definite_noun_names_again_took_place_where_it_was_told():
    # "Islamic State claimed responsibility for the attack" (a concert hall in Krasnogorsk),
    # "its fighters had carried out the raid" (the Hayat Hotel in Mogadishu), "Kurti blamed
    # Belgrade for the attack" (Banjska) in gold/pending and gold/dev; our own sentences:
    found = places("Gunmen stormed a school in the town of Mpondwe on Friday night, killing 41 "
                   "people. Islamic State claimed responsibility for the attack on Saturday.",
                   "2024-05-01", "ASSAULT")
    assert found == [("Mpondwe", "clause"), ("Mpondwe", "context")]
    found = places("Al-Shabaab fighters stormed the Hayat Hotel in Mogadishu on Friday. The "
                   "group said its fighters had carried out the raid.", "2024-05-01", "ASSAULT")
    assert found == [("Mogadishu", "clause"), ("Mogadishu", "context")]
    found = analyze_text("Gunmen attacked a police station in Kalat on Monday. Interior "
                         "Minister Ali Khan blamed the Baloch Liberation Army for the deadly "
                         "attack.", published="2024-05-01").events
    assert [(e.type, e.place_text) for e in found] == [
        ("ASSAULT", "Kalat"), ("ACCUSE", None), ("ASSAULT", "Kalat")]


def test_another_attack_named_by_an_indefinite_or_ordinal_noun_is_not_placed_so():
    found = places("Gunmen attacked a police station in Kalat on Monday. On Wednesday "
                   "militants carried out an attack on an army convoy, officials said.",
                   "2024-05-01", "ASSAULT")
    assert found == [("Kalat", "clause"), (None, None)]
    found = places("Gunmen attacked a police station in Kalat on Monday. Militants carried out "
                   "the second attack on an army convoy on Wednesday, officials said.",
                   "2024-05-01", "ASSAULT")
    assert found == [("Kalat", "clause"), (None, None)]


def test_a_place_noun_right_after_the_trigger_is_the_place_its_sentence_named():
    # "taken control of Wad Madani, the capital of Gezira state, after the army withdrew from
    # the city" (gold/pending): the city, not the state of the apposition; our own sentences:
    found = places("Sudan's Rapid Support Forces said they had taken control of Wad Madani, the "
                   "capital of Gezira state, after the army withdrew from the city.",
                   "2023-12-19", "RETREAT")
    assert found == [("Wad Madani", "clause")]
    found = places("Congolese rebels captured Bunia, the capital of Ituri province, after the "
                   "Congolese army pulled out of the town on Monday.", "2024-05-01", "RETREAT")
    assert found == [("Bunia", "clause")]


def test_a_place_noun_of_another_kind_reads_no_place_of_the_sentence():
    # "the capital" is no town named before it: the place stays what the sentence gives
    found = places("Congolese rebels captured the town of Bunia on Monday after the Congolese "
                   "army withdrew to the capital.", "2024-05-01", "RETREAT")
    assert found == [("Bunia", "sentence")]


def test_a_part_of_a_city_after_a_locative_is_a_locative_place():
    # "gathered in Palestine Square in central Tehran, waving flags and chanting slogans"
    # (gold/pending): "in central Tehran" is a locative as "in Tehran" is; our own sentences
    found = places("Hundreds of people gathered in Palestine Square in central Tehran, waving "
                   "flags and chanting slogans against Israel.", "2024-04-14", "PROTEST")
    assert found == [("Tehran", "sentence")]
    found = places("Thousands of Iranians gathered outside the embassy in northern Tehran, "
                   "waving flags and chanting slogans against the United States.", "2024-06-25",
                   "PROTEST")
    assert found == [("Tehran", "sentence")]


def test_a_place_that_qualifies_a_city_of_another_is_not_the_place():
    # "at talks ... in the Jordanian Red Sea city of Aqaba" (gold/pending): Aqaba; our own
    found = places("Israeli and Palestinian officials held talks brokered by Jordan in the "
                   "Jordanian Red Sea city of Aqaba on Sunday.", "2023-02-27", "CONSULT")
    assert found and all(p == "Aqaba" for p, _ in found)
    assert places("Russian missiles struck the Black Sea port of Odesa on Monday.",
                  "2023-07-20", "ASSAULT") == [("Odesa", "clause")]
    # the sea itself when no city of it follows
    assert places("Houthi fighters attacked a cargo ship in the Red Sea on Monday.",
                  "2023-11-20", "ASSAULT") == [("Red Sea", "clause")]
