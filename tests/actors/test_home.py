"""Collective actors of the story's own country named by common nouns (factions.actors.home)."""

from factions.actors.home import (
    frozen_mentions,
    story_country,
    text_country_counts,
    token_positions,
)
from factions.pipeline import analyze_text, prepare


def _resolved(text: str, kinds: tuple[str, ...] = ("agent", "descriptor", "demonym")
              ) -> list[tuple[str, str]]:
    state = prepare(text)
    return [(m.text, m.actor_id) for m in state.mentions if m.kind in kinds]


def test_the_story_country_comes_from_the_dateline_and_the_countries_named():
    state = prepare("KABUL, Aug 16 - Taliban fighters swept into the Afghan capital as U.S. "
                    "troops guarded the airport.")
    assert story_country(state) == "AFG"
    assert story_country(prepare("The weather was mild on Sunday.")) is None


def test_a_dateline_names_its_country_after_the_city_or_by_a_city_that_is_no_capital():
    for dateline, country in (("QUETTA, Pakistan, March 12 -", "PAK"),
                              ("GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -", "COD"),
                              ("KARACHI -", "PAK"), ("PORT-AU-PRINCE -", "HTI"),
                              ("N'DJAMENA -", "TCD")):
        assert story_country(prepare(f"{dateline} Police arrested 20 men on Monday.")) \
            == country, dateline
    # the police of a story from Port-au-Prince and the station they hold are Haiti's
    analysis = analyze_text("PORT-AU-PRINCE - Gang members torched a police station on Monday.",
                            published="2024-03-04")
    assert [(e.type, e.mode, e.source, e.target) for e in analysis.events] == [
        ("COERCE", "destroy", ["x-hti-gangs"], ["haitian-national-police"])]


def test_a_country_name_of_several_words_counts_for_the_story_country():
    state = prepare("Rebels in the Central African Republic attacked a convoy on Sunday, the "
                    "second attack this month in the Central African Republic.")
    assert story_country(state) == "CAF"


def test_the_story_country_is_reused_only_while_the_mentions_are_frozen():
    state = prepare("KABUL, Aug 16 - Taliban fighters swept into the Afghan capital.")
    frozen_mentions(state)
    try:
        assert story_country(state) == "AFG"
        state.mentions.clear()
        assert story_country(state) == "AFG"  # worked out once while frozen
    finally:
        frozen_mentions(None)
    empty = prepare("The weather was mild on Sunday.")
    assert story_country(empty) is None


def test_token_positions_finds_every_occurrence_in_order():
    state = prepare("Rebels in the Central African Republic attacked a convoy on Sunday, the "
                    "second attack this month.")
    assert token_positions(state.tokens.lower, frozenset({"the", "attack"})) == [2, 12, 14]


def test_government_forces_and_the_government_are_the_story_countrys_government():
    text = ("KABUL, Aug 16 - Taliban fighters swept into the Afghan capital. The city fell "
            "largely without a fight after government forces melted away. Abdullah Abdullah "
            "led the government's delegation in talks with the Taliban.")
    assert _resolved(text) == [
        ("government forces", "afghan-national-defence-and-security-forces"),
        ("the government's delegation", "islamic-republic-government"),
        ("the government", "islamic-republic-government"),
    ]


def test_the_government_is_the_story_countrys_not_the_only_government_named():
    # The Pentagon is a government body too, but "the government" of a Kabul story is Kabul's.
    text = ("KABUL, Aug 16 - The Pentagon said it was sending more troops to Kabul. Abdullah "
            "Abdullah led the government's delegation in talks with the Taliban.")
    assert ("the government", "islamic-republic-government") in _resolved(text)


def test_federal_troops_and_lawmakers_in_the_capital():
    text = ("ADDIS ABABA, Nov 4 - Ethiopian Prime Minister Abiy Ahmed has ordered federal "
            "troops into Tigray. Lawmakers in Addis Ababa declared the vote in Tigray void.")
    assert _resolved(text) == [("federal troops", "endf"),
                               ("Lawmakers in Addis Ababa", "x-eth-legislature")]


def test_bare_lawmakers_name_no_country():
    text = ("ADDIS ABABA, Nov 4 - Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. "
            "Lawmakers voted on Tuesday.")
    assert _resolved(text) == []


def test_the_junta_and_the_officers_who_seized_power_are_the_countrys_junta():
    text = ("NIAMEY, Aug 1 - West African leaders gave the officers who seized power in Niamey a "
            "week to reinstate President Mohamed Bazoum. The junta accused Paris of planning an "
            "intervention.")
    # (the officers alone: their seizure of power, after "who", is an event of its own)
    assert _resolved(text, ("descriptor",)) == [
        ("the officers", "niger-cnsp"),
        ("The junta", "niger-cnsp")]


def test_crowds_are_one_group_of_the_story_country_named_as_the_text_names_them():
    analysis = analyze_text(
        "NIAMEY, Aug 1 - In the Nigerien capital, thousands of supporters of the coup gathered "
        "outside the French embassy. A group of demonstrators tried to break into the compound "
        "before security forces dispersed them.")
    crowd = next(a for a in analysis.actors if a.id == "x-ner-protesters")
    assert crowd.name == "Supporters of the coup"
    assert crowd.aliases == ["thousands of supporters of the coup", "A group of demonstrators"]
    police = next(a for a in analysis.actors if a.id == "x-ner-police")
    assert (police.name, police.aliases) == ("Nigerien security forces", ["security forces"])


def test_protesters_and_allied_militiamen():
    text = ("KINSHASA, Jan 28 - In Kinshasa, hundreds of protesters on Tuesday attacked the "
            "embassies of Rwanda and France. Congolese soldiers and allied militiamen were "
            "holding out in Goma.")
    assert _resolved(text) == [("hundreds of protesters", "x-cod-protesters"),
                               ("Congolese soldiers", "fardc"),
                               ("allied militiamen", "wazalendo")]


def test_armed_groups_from_a_place_make_a_group_of_that_place():
    text = ("The Syrian army has been advancing on Idlib. Rebel groups from the southern "
            "province of Deraa reached Damascus. Armed groups from the port city of Misrata "
            "sent convoys.")
    found = _resolved(text, ("agent",))
    assert ("Rebel groups from the southern province of Deraa", "x-deraa-rebel-groups") in found
    assert ("Armed groups from the port city of Misrata", "x-misrata-armed-groups") in found
    analysis = analyze_text(text)
    assert "Misrata armed groups" in [a.name for a in analysis.actors]


def test_bare_armed_groups_name_nobody():
    assert _resolved("Armed groups roam the region, officials said.", ("agent",)) == []


def test_a_persons_government_is_the_government_of_the_persons_country():
    text = ("Lebanon's caretaker Prime Minister Najib Mikati condemned the strike and said his "
            "government would file a complaint.")
    assert ("his government", "lebanese-government") in _resolved(text, ("agent",))


def test_a_persons_named_government_body_is_that_body_not_the_whole_government():
    text = ("Israeli Prime Minister Benjamin Netanyahu said his security cabinet had approved "
            "the agreement, but warned that Israel would strike Hezbollah if the group violated "
            "it.")
    assert ("his security cabinet", "israeli-security-cabinet") in _resolved(text, ("agent",))


def test_the_named_army_of_a_country_is_that_army_whatever_army_came_before():
    text = ("Under its terms, Israeli troops will withdraw from southern Lebanon over 60 days "
            "while the Lebanese army deploys soldiers south of the Litani river.")
    assert ("the Lebanese army", "lebanese-armed-forces") in _resolved(text, ("descriptor",))


def test_the_army_a_leader_speaks_of_is_his_countrys_army():
    text = ("Under its terms, Israeli troops will withdraw from southern Lebanon while the "
            "Lebanese army deploys soldiers south of the Litani river. Israeli warplanes struck "
            "Beirut and the Israeli military warned residents. Lebanon's caretaker Prime "
            "Minister Najib Mikati welcomed the ceasefire and said the army would reinforce its "
            "presence in the south.")
    assert ("the army", "lebanese-armed-forces") in _resolved(text, ("descriptor",))


def test_the_government_of_a_named_president():
    text = ("The coalition intervened in Yemen in March 2015 to restore the government of "
            "President Abd-Rabbu Mansour Hadi, after the Houthis seized Sanaa.")
    assert ("the government", "yemeni-government") in _resolved(text, ("descriptor",))


def test_a_hyphenated_modifier_is_not_the_head_of_a_description():
    text = ("The RSF besieged El Fasher in Sudan's Darfur region. The army-aligned government, "
            "which is based in Port Sudan, has accused the United Arab Emirates of arming the "
            "RSF.")
    assert ("The army-aligned government", "sudanese-government") in _resolved(
        text, ("descriptor",))


def test_western_sanctions_and_western_supplied_arms_are_the_western_bloc():
    text = ("Moscow has long complained that Western sanctions block its agricultural trade. "
            "Ukraine launched its counteroffensive with Western-supplied tanks.")
    assert _resolved(text, ("demonym",)) == [("Western", "x-western-countries"),
                                             ("Western", "x-western-countries")]


def test_an_ethnic_community_is_a_group():
    text = ("The RSF and allied Arab militias were accused of killing members of the Masalit "
            "community in El Geneina.")
    assert _resolved(text, ("agent",)) == [("Arab militias", "x-arab-militias"),
                                           ("Masalit community", "x-masalit-community")]


def test_owned_and_titled_phrases_are_left_to_their_owner():
    text = ("KABUL, Aug 16 - Taliban fighters entered Kabul. A government spokesman said "
            "Haftar's forces and Somali security forces were not involved.")
    found = _resolved(text, ("agent",))
    assert all(not actor.startswith("x-afg") for _, actor in found)
    assert "government spokesman" not in [t for t, _ in found]


def test_forces_from_a_region_are_that_regions_forces_and_bare_forces_nobody():
    text = ("ADDIS ABABA, Nov 4 - Federal troops, backed by forces from the Amhara region, "
            "advanced on Mekelle in Ethiopia. Forces were seen near the border.")
    assert _resolved(text, ("agent",)) == [
        ("Federal troops", "endf"),
        ("forces from the Amhara region", "x-amhara-forces")]


def test_the_crowds_after_protesters_are_those_protesters():
    text = ("KINSHASA, Jan 28 - In Kinshasa, hundreds of protesters attacked the embassies of "
            "Rwanda and France. Police fired tear gas to disperse the crowds.")
    assert _resolved(text, ("agent", "descriptor")) == [
        ("hundreds of protesters", "x-cod-protesters"), ("Police", "congolese-national-police"),
        ("the crowds", "x-cod-protesters")]


def test_bare_police_is_the_story_countrys_police_but_not_its_lines():
    # A police station set on fire stands for the police it houses (an attack on them, as
    # "gunmen attacked police stations"); the lines the crowd broke through are no actor.
    text = ("NAIROBI, June 26 - Police fired tear gas and water cannon to disperse the crowds. "
            "Some of them broke through police lines and set fire to a police station.")
    assert _resolved(text, ("agent",)) == [("Police", "kenya-national-police-service"),
                                           ("a police station", "kenya-national-police-service")]


def test_students_are_a_crowd_where_they_protest_and_bare_crowds_after_them_too():
    text = ("DHAKA, July 20 - Thousands of students marched through Dhaka on Thursday. Students "
            "say the system is unfair. On Friday, crowds stormed a prison in Narsingdi.")
    assert _resolved(text, ("agent", "descriptor")) == [
        ("Thousands of students", "x-bgd-protesters"), ("Students", "x-bgd-protesters"),
        ("crowds", "x-bgd-protesters")]
    # students named where no one protests are no crowd
    assert _resolved("DHAKA, July 20 - Students sat their exams on Thursday.", ("agent",)) == []


def test_protest_organisers_and_student_leaders_are_the_crowd():
    text = ("DHAKA, July 20 - Student leaders rejected the offer. Protest organisers called for "
            "fresh marches on Sunday.")
    assert _resolved(text, ("agent",)) == [
        ("Student leaders", "x-bgd-protesters"), ("Protest organisers", "x-bgd-protesters")]


def test_a_government_with_an_owner_or_as_a_modifier_is_not_the_story_countrys():
    text = ("TOKYO, March 19 - The Bank of Japan ended negative rates in Japan. The 10-year "
            "government bond yield slipped in Tokyo.")
    assert _resolved(text, ("descriptor",)) == []
    text = ("ANKARA, Feb 28 - Turkey struck targets in Syria. Turkish officials in Ankara said "
            "the Syrian regime was to blame.")
    assert [a for t, a in _resolved(text) if "regime" in t] == ["assad-government"]


def test_every_way_of_naming_a_countrys_government_is_one_actor():
    text = ("KABUL, Aug 16 - The Afghan government collapsed as the Taliban entered Kabul. "
            "Abdullah Abdullah led the government's delegation in talks with the Taliban.")
    governments = {a for t, a in _resolved(text) if "government" in t.lower()}
    assert governments == {"islamic-republic-government"}
    text = ("BAMAKO, April 6 - The junta led by Colonel Assimi Goita denied the accusations, and "
            "the Malian government said the soldiers had killed 203 militants.")
    assert [a for _, a in _resolved(text, ("agent", "descriptor"))] == [
        "malian-transitional-government", "malian-transitional-government",
        "malian-armed-forces"]


def test_soldiers_from_a_neighbouring_country_are_that_states_forces():
    text = ("ADDIS ABABA, Nov 4 - Federal troops, backed by soldiers from neighbouring Eritrea, "
            "captured the town of Shire in Ethiopia. Two soldiers were wounded.")
    assert _resolved(text, ("agent",)) == [
        ("Federal troops", "endf"),
        ("soldiers from neighbouring Eritrea", "eritrean-defence-forces")]


def test_a_month_or_weekday_before_a_bare_phrase_is_not_its_owner():
    text = ("ADDIS ABABA, Nov 4 - A truce collapsed in August, and in October federal troops "
            "captured the town of Shire in Ethiopia. On Monday federal forces shelled Axum.")
    assert _resolved(text, ("agent",)) == [
        ("federal troops", "endf"), ("federal forces", "endf")]


def test_rights_groups_are_a_collective_actor_of_the_story_country():
    state = prepare("MAPUTO, Aug 9 - Human rights groups have accused the insurgents of "
                    "beheading civilians. Rights groups also accused the army of abuses.",
                    published="2021-08-09")
    assert [(m.text, m.actor_id) for m in state.mentions if m.sector == "humanitarian"] == [
        ("Human rights groups", "x-moz-humanitarian"), ("Rights groups", "x-moz-humanitarian")]


def test_a_description_does_not_run_across_a_subordinator():
    state = prepare("QUITO, Jan 10 - The crisis erupted after authorities said on Sunday that "
                    "the gang leader had escaped.", published="2024-01-10")
    assert not any(m.text.startswith("The crisis") for m in state.mentions)


def test_inmates_are_a_crowd_when_they_act_not_when_others_free_them():
    state = prepare("QUITO, Jan 10 - Inmates rioted in at least six prisons and took guards "
                    "hostage. Gangs stormed a jail, freeing thousands of inmates.",
                    published="2024-01-10")
    assert [m.text for m in state.mentions if m.sector == "protesters"] == ["Inmates"]


def test_latin_and_south_america_are_no_mention_of_the_united_states():
    state = prepare("QUITO - Ecuador has become a hub for drug trafficking in Latin America. "
                    "Gangs from South America operate there.", "2024-01-10")
    assert text_country_counts(state) == {"ECU": 4}


def test_a_bare_army_before_its_arms_is_the_home_army():
    analysis = analyze_text("KHARTOUM, June 1 - Residents said army warplanes bombed RSF "
                            "positions in southern Khartoum.", published="2023-06-01")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["sudanese-armed-forces"], ["rapid-support-forces"])]
    # a bare "army" before anything else still needs its article ("army chief" is a person's)
    assert ("army", "sudanese-armed-forces") not in _resolved(
        "KHARTOUM, June 1 - Army chief Abdel Fattah al-Burhan spoke on Monday.")


def test_a_dateline_of_two_cities_is_the_first_citys():
    for dateline, country in (("KHARTOUM/JEDDAH, June 1 -", "SDN"),
                              ("BEIRUT/JERUSALEM, Nov 27 -", "LBN"),
                              ("KYIV/ISTANBUL, July 17 (Reuters) -", "UKR")):
        state = prepare(f"{dateline} Police arrested 20 men on Monday.")
        assert story_country(state) == country, dateline


def test_officers_who_seized_power_are_the_junta_and_so_are_the_officers_after_them():
    text = ("Gabon officers seize power\n\nLIBREVILLE, Aug 31 - Army officers in Gabon seized "
            "power on Wednesday. A dozen officers in uniform appeared on the channel Gabon 24 and "
            "said they had closed the borders. Hours later the officers said the president was "
            "under house arrest.")
    state = prepare(text, "2023-08-31")
    assert [(m.text, m.actor_id) for m in state.mentions
            if m.actor_id in ("gabon-ctri", "gabon")] == [
        ("Gabon officers", "gabon-ctri"),  # (the headline's country stays a mention too)
        ("Gabon", "gabon"),
        ("Army officers", "gabon-ctri"),
        ("Gabon", "gabon"),  # "in Gabon" (the channel "Gabon 24" is no state)
        ("A dozen officers", "gabon-ctri"),
        ("they", "gabon-ctri"),
        ("the officers", "gabon-ctri")]


def test_a_foreign_states_agents_do_not_make_bare_soldiers_anyones():
    # "U.S. agents" are no foreign force: the soldiers after them are still Mexico's army.
    # (the cartel fights "the army": a bare "fought in Culiacan" names no enemy, no attack)
    events = analyze_text("CULIACAN, Sept 16 - Mexico's Sinaloa cartel fought the army in "
                          "Culiacan. "
                          "Zambada said U.S. agents detained both men. Soldiers clashed with "
                          "gunmen on Saturday in the town of Elota.", published="2024-09-16"
                          ).events
    assert [(e.type, e.source, e.target) for e in events if e.type == "ASSAULT"] == [
        ("ASSAULT", ["sinaloa-cartel"], ["mexican-army"]),
        ("ASSAULT", ["mexican-army"], ["sinaloa-cartel"])]


def test_a_bare_chamber_is_the_story_countrys_chamber_the_kb_describes_so():
    text = ("LIMA, Dec 21 - Police detained former Peruvian President Pedro Castillo in Lima. "
            "Congress rejected the plan in a first vote on Friday.")
    assert [(m.text, m.actor_id) for m in prepare(text).mentions] == [
        ("Police", "peruvian-national-police"), ("Pedro Castillo", "pedro-castillo"),
        ("Congress", "congress-of-peru")]
    text = ("TBILISI, Dec 2 - Georgian Prime Minister Irakli Kobakhidze said on Monday that the "
            "parliament would not reconsider the decision.")
    assert _resolved(text) == [("the parliament", "parliament-of-georgia")]


def test_a_bare_chamber_the_kb_does_not_know_names_no_one():
    # (no KB chamber of Kenya is described as "congress": none is made up)
    text = ("NAIROBI, June 26 - Kenyan President William Ruto spoke in Nairobi. Congress "
            "voted on Tuesday.")
    assert _resolved(text) == []
