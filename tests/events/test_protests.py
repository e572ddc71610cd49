"""Protests, riots and crackdowns as wire copy tells them, coded through the whole pipeline with
exact expected events: crowds and police named by common nouns, crowd violence as a riot, the
police's acts aimed at the crowd they disperse, a withdrawn bill as a concession."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str, kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target) for e in events
            if kind is None or e.type == kind]


def places(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place_text) for e in analyze_text(text, published=published).events]


def test_police_disperse_the_protesters_and_then_open_fire_on_them():
    assert rows("NAIROBI, June 26 - Police fired tear gas to disperse the protesters and then "
                "opened fire with live rounds.", "2024-06-26") == [
        ("COERCE", "repress", ["kenya-national-police-service"], ["x-ken-protesters"]),
        ("ASSAULT", "firearms", ["kenya-national-police-service"], ["x-ken-protesters"])]


def test_demonstrators_who_clash_with_police_riot_and_the_clash_is_not_told_twice():
    text = ("NAIROBI, June 26 - Thousands of protesters marched in Nairobi. In the port city of "
            "Mombasa, demonstrators blocked roads on Tuesday and clashed with police, who fired "
            "tear gas.")
    assert rows(text, "2024-06-26") == [
        ("PROTEST", "demonstrate", ["x-ken-protesters"], []),
        ("PROTEST", "obstruct", ["x-ken-protesters"], []),
        ("PROTEST", "riot", ["x-ken-protesters"], ["kenya-national-police-service"]),
        ("COERCE", "repress", ["kenya-national-police-service"], ["x-ken-protesters"])]
    # the scene the sentence opens on holds the acts of its other clauses
    assert places(text, "2024-06-26") == [
        ("PROTEST", "Nairobi"), ("PROTEST", "Mombasa"), ("PROTEST", "Mombasa"),
        ("COERCE", "Mombasa")]


def test_a_crowds_clash_with_several_parties_is_one_riot():
    assert rows("DHAKA, July 20 - Thousands of students marched through Dhaka on Thursday and "
                "clashed with police and members of the Bangladesh Chhatra League.",
                "2024-07-20") == [
        ("PROTEST", "demonstrate", ["x-bgd-protesters"], []),
        ("PROTEST", "riot", ["x-bgd-protesters"], ["x-bgd-police", "bangladesh-chhatra-league"])]


def test_crowds_storming_a_prison_or_burning_a_building_riot():
    assert rows("DHAKA, July 20 - Students protested in Dhaka. On Friday, crowds stormed a prison "
                "in the central district of Narsingdi.", "2024-07-20") == [
        ("PROTEST", "demonstrate", ["x-bgd-protesters"], []),
        ("PROTEST", "riot", ["x-bgd-protesters"], [])]
    assert rows("DHAKA, July 20 - Protesters set fire to the headquarters of the state "
                "broadcaster in Dhaka on Thursday.", "2024-07-20") == [
        ("PROTEST", "riot", ["x-bgd-protesters"], [])]


def test_withdrawing_a_bill_is_a_concession_not_a_retreat():
    assert rows("NAIROBI, June 26 - Kenyan President William Ruto said on Wednesday he would "
                "withdraw a finance bill that would have raised taxes.", "2024-06-26") == [
        ("CONCEDE", "concession", ["william-ruto"], [])]
    # "tax" in "tax bill" levies nothing
    assert rows("Kenya's Ruto drops tax bill after deadly protests", "2024-06-26") == [
        ("CONCEDE", "concession", ["william-ruto"], [])]


def test_cutting_the_internet_is_a_shutdown():
    assert rows("DHAKA, July 20 - The authorities cut mobile internet and broadband services "
                "across the country.", "2024-07-20") == [
        ("COERCE", "shutdown", ["x-bgd-government"], [])]


def test_shot_dead_is_read_in_the_active_and_in_the_passive():
    assert rows("DHAKA, July 20 - Security forces had shot dead several protesters in Dhaka, "
                "witnesses said.", "2024-07-20") == [
        ("ASSAULT", "firearms", ["x-bgd-police"], ["x-bgd-protesters"])]
    assert rows("DHAKA, July 20 - A student was shot dead by police.", "2024-07-20") == [
        ("ASSAULT", "firearms", ["x-bgd-police"], [])]


def test_police_who_say_they_arrested_opposition_leaders_arrested_them():
    assert rows("DHAKA, July 20 - Police said they had arrested hundreds of people, including "
                "leaders of the opposition Bangladesh Nationalist Party.", "2024-07-20") == [
        ("COERCE", "arrest", ["x-bgd-police"], ["bangladesh-nationalist-party"])]


def test_a_demand_for_the_resignation_of_the_minister_named_by_his_title():
    assert rows("DHAKA, July 20 - Home Minister Asaduzzaman Khan said the government was ready "
                "to talk. Student leaders demanded the resignation of the home minister.",
                "2024-07-20") == [
        ("REQUEST", "concede", ["x-bgd-protesters"], ["x-asaduzzaman-khan"])]


def test_rejecting_the_offer_answers_the_offer_of_talks():
    assert rows("DHAKA, July 20 - Home Minister Asaduzzaman Khan said on Friday that the "
                "government was ready to hold talks with the protest leaders. Student leaders "
                "rejected the offer.", "2024-07-20", "REJECT") == [
        ("REJECT", "refuse", ["x-bgd-protesters"], ["x-bgd-government"])]


def test_the_scene_goes_on_into_the_next_sentence_of_the_paragraph():
    text = ("NAIROBI, June 26 - Protesters stormed the parliament compound in Nairobi on Tuesday. "
            "Police fired tear gas to disperse the crowds.\n\nPolice arrested 50 people.")
    assert places(text, "2024-06-26") == [
        ("PROTEST", "Nairobi"), ("COERCE", "Nairobi"), ("COERCE", None)]


def test_a_sentence_with_a_date_of_its_own_sets_its_own_scene():
    text = ("NAIROBI, June 26 - Protesters stormed the parliament compound in Nairobi on Tuesday. "
            "On Monday, police arrested 50 activists.")
    assert places(text, "2024-06-26") == [("PROTEST", "Nairobi"), ("COERCE", None)]


def test_a_crowd_of_people_that_protests_is_the_protesters():
    assert rows("TBILISI, Nov 29 - Thousands of people protested in Tbilisi on Friday against the "
                "Georgian government.", "2024-11-29") == [
        ("PROTEST", "demonstrate", ["x-geo-protesters"], ["georgian-government"])]
    assert rows("TBILISI, Nov 29 - Thousands protested in Tbilisi on Friday against the "
                "Georgian government.", "2024-11-29") == [
        ("PROTEST", "demonstrate", ["x-geo-protesters"], ["georgian-government"])]
    assert rows("NAIROBI, June 25 - Tens of thousands took to the streets of Nairobi on "
                "Tuesday to protest against tax increases.", "2024-06-25") == [
        ("PROTEST", "demonstrate", ["x-ken-protesters"], [])]


def test_a_crowd_of_people_that_flees_is_no_protester():
    analysis = analyze_text("KHARTOUM, Jan 5 - Thousands of people fled the fighting in Wad "
                            "Madani, the UN said.", published="2024-01-05")
    assert not [a for a in analysis.actors if "protesters" in a.id]


def test_a_participle_after_the_rallys_time_phrase_is_the_rallys():
    text = ("SANAA, Jan 12 - Yemen's Houthis vowed to retaliate. Thousands of protesters rallied "
            "in Sanaa after Friday prayers, chanting against America and Israel.")
    assert rows(text, "2024-01-12", "PROTEST") == [
        ("PROTEST", "demonstrate", ["x-yem-protesters"], ["united-states", "israel"])]
    text = ("SANAA, Jan 12 - Yemen's Houthis vowed to retaliate. Thousands of people rallied in "
            "Sanaa after Friday prayers, waving Yemeni and Palestinian flags and chanting against "
            "America and Israel.")
    assert rows(text, "2024-01-12", "PROTEST") == [
        ("PROTEST", "demonstrate", ["x-yem-protesters"], ["united-states", "israel"])]


def test_workers_blocking_a_highway_and_demanding_wages_are_protesters():
    events = analyze_text("DHAKA (Reuters) - Thousands of garment workers blocked a highway "
                          "near Dhaka on Sunday demanding higher wages, police said.",
                          published="2023-10-29").events
    assert [(e.type, e.mode, e.source) for e in events] == [
        ("PROTEST", "obstruct", ["x-bgd-protesters"])]
    # workers among the dead of an attack are no crowd ("In March" is no march)
    events = analyze_text("MAPUTO - In March, the fighters stormed the town of Palma, killing "
                          "dozens of people, including foreign workers.",
                          published="2021-08-09").events
    assert all("x-moz-protesters" not in e.source for e in events)


def test_live_fire_named_beside_tear_gas_is_an_armed_attack_on_the_crowd():
    assert rows("MAPUTO, Nov 8 - Mozambican police fired tear gas and live ammunition at "
                "thousands of demonstrators in the capital Maputo on Thursday.",
                "2024-11-08") == [
        ("COERCE", "repress", ["mozambican-police"], ["x-moz-protesters"]),
        ("ASSAULT", "firearms", ["mozambican-police"], ["x-moz-protesters"])]
    # one attack for the whole volley, whatever it is loaded with
    assert rows("TEHRAN, Sept 28 - Security forces have fired tear gas, birdshot and live "
                "ammunition to disperse demonstrators.", "2022-09-28") == [
        ("COERCE", "repress", ["iranian-law-enforcement-command"], ["x-irn-protesters"]),
        ("ASSAULT", "firearms", ["iranian-law-enforcement-command"], ["x-irn-protesters"])]


def test_a_crowd_pelting_the_police_with_stones_riots_against_them():
    assert rows("MAPUTO, Nov 8 - Protesters set up burning barricades across the city's main "
                "avenues and pelted police with stones.", "2024-11-08") == [
        ("PROTEST", "obstruct", ["x-moz-protesters"], []),
        ("PROTEST", "riot", ["x-moz-protesters"], ["mozambican-police"])]


def test_a_passive_killings_agent_after_place_and_time_phrases_is_the_attacker():
    # the party named before "official" only says whose official the victim was
    assert rows("MAPUTO, Nov 8 - Police fired tear gas in Maputo. Lawyer Elvino Dias was shot "
                "dead in his car in Maputo on Oct 19 by unidentified gunmen. Unidentified gunmen "
                "later shot dead Podemos official Paulo Guambe.", "2024-11-08", "ASSAULT") == [
        ("ASSAULT", "firearms", ["x-unnamed-armed-group"], ["x-elvino-dias"]),
        ("ASSAULT", "firearms", ["x-unnamed-armed-group"], ["x-paulo-guambe"])]


def test_a_party_named_before_official_is_not_a_member_of_the_victims_list():
    assert rows("MAPUTO, Nov 8 - Police fired tear gas in Maputo. Two aides, lawyer Elvino Dias "
                "and Podemos official Paulo Guambe, were shot dead in their car in Maputo on "
                "Oct 19 by unidentified gunmen.", "2024-11-08", "ASSAULT") == [
        ("ASSAULT", "firearms", ["x-unnamed-armed-group"], ["x-elvino-dias", "x-paulo-guambe"])]


def test_who_calls_a_shutdown_leads_it_and_a_rigged_vote_is_a_charge_against_its_winner():
    assert rows("MAPUTO, Nov 8 - Police fired tear gas at protesters in Maputo. Venancio "
                "Mondlane called the week-long shutdown from abroad, saying the vote had been "
                "rigged in favour of Frelimo, the ruling party.", "2024-11-08") == [
        ("COERCE", "repress", ["mozambican-police"], ["x-moz-protesters"]),
        ("PROTEST", "strike", ["venancio-mondlane"], []),
        ("ACCUSE", "allege", ["venancio-mondlane"], ["frelimo"])]
    assert rows("MAPUTO, Nov 8 - The election was rigged in favour of Frelimo, Venancio "
                "Mondlane said.", "2024-11-08") == [
        ("ACCUSE", "allege", ["venancio-mondlane"], ["frelimo"])]


def test_protests_that_spread_are_the_storys_crowds_protest():
    # a protest noun with no crowd in its clause, the subject of a verb of a protest breaking
    # out or spreading, is the act of the story's one crowd (commas inside its relative clause)
    text = ("NAIROBI, June 26 - Police fired tear gas at demonstrators in Nairobi. Protests that "
            "began in the capital last week over a finance bill, in defiance of a ban, have "
            "since spread to a dozen towns.")
    assert rows(text, "2024-06-26") == [
        ("COERCE", "repress", ["kenya-national-police-service"], ["x-ken-protesters"]),
        ("PROTEST", "demonstrate", ["x-ken-protesters"], [])]
    text = ("NAIROBI, June 26 - Police fired tear gas at demonstrators in Nairobi, where the "
            "nationwide protests that erupted last week have been fiercest.")
    assert rows(text, "2024-06-26", "PROTEST") == [
        ("PROTEST", "demonstrate", ["x-ken-protesters"], [])]


def test_protests_only_recalled_or_used_as_a_pretext_are_no_new_protest():
    text = ("NAIROBI, June 26 - Police fired tear gas at demonstrators in Nairobi. Police have "
            "arrested hundreds of people since the protests began last week.")
    assert rows(text, "2024-06-26", "PROTEST") == []
    text = ("NAIROBI, June 26 - Police fired tear gas at demonstrators in Nairobi. The minister "
            "accused the opposition of exploiting the protests to spread violence.")
    assert rows(text, "2024-06-26", "PROTEST") == []


def test_the_protests_a_charge_presupposes_are_not_placed_at_the_charge():
    # "stoking the nationwide protests that erupted": the crowd's protest, asserted by the
    # writer, and not where the police fired tear gas (a place named before the noun)
    text = ("NAIROBI, June 26 - Kenyan police fired tear gas at demonstrators in Mombasa on "
            "Tuesday, accusing opposition leaders of stoking the nationwide protests that erupted "
            "after parliament passed a finance bill.")
    events = analyze_text(text, published="2024-06-26").events
    assert [(e.type, e.source, e.place_text, e.modality) for e in events] == [
        ("COERCE", ["kenya-national-police-service"], "Mombasa", "asserted"),
        ("ACCUSE", ["kenya-national-police-service"], "Mombasa", "asserted"),
        ("PROTEST", ["x-ken-protesters"], None, "asserted")]


def test_an_impeachment_by_the_legislature_coerces_the_president():
    events = analyze_text("LIMA, Dec 21 - Former Peruvian President Pedro Castillo was "
                          "impeached by Congress last week.", published="2022-12-21").events
    assert [(e.type, e.mode, e.source, e.target) for e in events] == [
        ("COERCE", "restrict", ["congress-of-peru"], ["pedro-castillo"])]
    # an attempt survived is no impeachment
    assert analyze_text("LIMA, Dec 21 - Castillo survived two earlier impeachment attempts.",
                        published="2022-12-21").events == []


def test_a_crowds_riot_is_aimed_at_every_body_its_object_names():
    # the bodies listed after the verb, the owner of the building a crowd breaks into, the
    # state whose embassy it storms, as far as the clause goes
    assert rows("KATHMANDU, Sept 10 - Protesters set fire to parliament, the Supreme Court and "
                "the headquarters of several parties on Tuesday.", "2025-09-10") == [
        ("PROTEST", "riot", ["x-npl-protesters"],
         ["federal-parliament-of-nepal", "x-supreme-court"])]
    assert rows("BRASILIA, Jan 9 - Thousands of supporters of former President Jair Bolsonaro "
                "invaded Congress, the Supreme Court and the presidential palace on Sunday.",
                "2023-01-09") == [
        ("PROTEST", "riot", ["x-sup-jair-bolsonaro"], ["x-bra-legislature", "x-supreme-court"])]
    assert rows("DHAKA, Aug 5 - Protesters stormed and ransacked the residence of Prime Minister "
                "Sheikh Hasina after she fled the country.", "2024-08-05") == [
        ("PROTEST", "riot", ["x-bgd-protesters"], ["sheikh-hasina"])]
    assert rows("LAHORE, May 10 - Hundreds of protesters broke into the residence of the army's "
                "corps commander and set it ablaze.", "2023-05-10") == [
        ("PROTEST", "riot", ["x-pak-protesters"], ["pakistan-armed-forces"])]
    assert rows("RAWALPINDI, May 10 - Demonstrators forced open a gate of the army's "
                "headquarters.", "2023-05-10") == [
        ("PROTEST", "riot", ["x-pak-protesters"], ["pakistan-armed-forces"])]
    assert rows("TEHRAN, Jan 3 - Protesters stormed the Saudi embassy in Tehran, chanting slogans "
                "against the kingdom.", "2016-01-03", "PROTEST")[0] == (
        "PROTEST", "riot", ["x-irn-protesters"], ["saudi-arabia"])


def test_a_riots_object_ends_with_its_clause():
    # not whom a participle after it accuses, not the police of a clause after "as"
    assert rows("KINSHASA, Jan 28 - Hundreds of protesters attacked the embassies of Rwanda, "
                "France and Belgium, accusing Western capitals of doing too little.",
                "2025-01-28") == [
        ("PROTEST", "riot", ["x-cod-protesters"], ["rwanda", "france", "belgium"]),
        ("ACCUSE", "allege", ["x-cod-protesters"], ["x-western-capitals"])]
    assert rows("NAIROBI, June 25 - Protesters stormed parliament as police fired tear gas and "
                "water cannon at them.", "2024-06-25") == [
        ("PROTEST", "riot", ["x-ken-protesters"], ["x-ken-legislature"]),
        ("COERCE", "repress", ["kenya-national-police-service"], ["x-ken-protesters"])]


def test_a_riot_or_an_arrest_the_lede_tells_with_no_place_is_in_the_datelines_city():
    assert places("KATHMANDU, Sept 10 - Protesters set fire to parliament, the Supreme Court and "
                  "the headquarters of several parties on Tuesday.", "2025-09-10") == [
        ("PROTEST", "KATHMANDU")]
    assert places("LA PAZ, June 27 - Bolivian police arrested the former army commander, General "
                  "Juan Jose Zuniga, on Wednesday evening.", "2024-06-27") == [
        ("COERCE", "LA PAZ")]
    assert places("MAPUTO, Nov 8 - Mozambican police fired tear gas at protesters on Thursday.",
                  "2024-11-08") == [("COERCE", "MAPUTO")]
    # not a court's warrant, not a city abroad, not a clash the crowd had with the police only
    assert places("CARACAS, Sept 3 - A Venezuelan court has issued an arrest warrant for "
                  "opposition candidate Edmundo Gonzalez.", "2024-09-03") == [("COERCE", None)]
    assert places("DUBAI, Sept 28 - Iranian police arrested dozens of protesters.",
                  "2022-09-28") == [("COERCE", None)]
    assert places("DHAKA, July 20 - Police clashed with protesters on Saturday.",
                  "2024-07-20") == [("PROTEST", None)]
    # ... though "in the capital" right after the clash names the dateline's capital
    # (events/location.py: a place noun right after the trigger)
    assert places("DHAKA, July 20 - Police clashed with protesters in the capital on Saturday.",
                  "2024-07-20") == [("PROTEST", "DHAKA")]


def test_a_chamber_a_crowd_invades_or_storms_as_its_countrys_is_that_countrys():
    # Brazil's Congress by name: its KB body (state-bodies-2019-2025.yaml)
    assert rows("BRASILIA, Jan 8 - Protesters stormed Brazil's Congress and the Supreme Court on "
                "Sunday.", "2023-01-08") == [
        ("PROTEST", "riot", ["x-bra-protesters"],
         ["brazilian-national-congress", "x-supreme-court"])]
    assert places("COLOMBO, July 9 - Thousands of protesters invaded parliament on Saturday.",
                  "2022-07-09") == [("PROTEST", "COLOMBO")]
    assert rows("COLOMBO, July 9 - Thousands of protesters invaded parliament on Saturday.",
                "2022-07-09") == [("PROTEST", "riot", ["x-lka-protesters"], ["x-lka-legislature"])]
