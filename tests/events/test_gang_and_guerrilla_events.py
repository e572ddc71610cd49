"""Events of Latin American wire copy: gang massacres, guerrilla offensives, emergency decrees,
ousters, and the statements around them."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def _events(analysis: Analysis) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.type, e.source, e.target, e.modality) for e in analysis.events]


def test_a_massacre_of_people_is_aimed_at_no_side():
    analysis = analyze_text(
        "PORT-AU-PRINCE, Oct 4 - Gunmen from the Gran Grif gang stormed the town of Pont-Sonde "
        "in Haiti's central Artibonite region on Thursday, killing at least 70 people. On "
        "Thursday, gang members in the Cite Soleil district fired on a U.N. helicopter, forcing "
        "it to turn back.", published="2024-10-04")
    assert _events(analysis) == [
        ("ASSAULT", ["x-gran-grif-gang"], [], "asserted"),
        ("ASSAULT", ["x-hti-gangs"], ["united-nations"], "asserted"),
    ]
    assert [e.place_text for e in analysis.events] == ["Pont-Sonde", "Cite Soleil"]


def test_coordinated_attacks_on_police_stations_and_a_forced_resignation():
    analysis = analyze_text(
        "PORT-AU-PRINCE, Oct 4 - Haiti is in crisis. In February, gangs launched coordinated "
        "attacks on police stations and prisons in Port-au-Prince, freeing thousands of inmates "
        "and forcing Prime Minister Ariel Henry to resign.", published="2024-10-04")
    assert [(e.type, e.source, e.target, e.modality, e.rule) for e in analysis.events] == [
        ("ASSAULT", ["x-hti-gangs"], ["haitian-national-police"], "historical", "assault.war-on"),
        ("COERCE", ["x-hti-gangs"], ["ariel-henry"], "historical", "coerce.force-resign"),
    ]


def test_a_participle_after_condemned_and_said_is_the_speakers_request():
    analysis = analyze_text(
        "In Washington, the State Department condemned the attack and said the United States "
        "stood by the MSS mission and the Haitian police, urging other countries to contribute "
        "personnel and money.", published="2024-10-04")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ACCUSE", ["us-state-department"], []),
        ("SUPPORT", ["united-states"], ["multinational-security-support-mission",
                                        "haitian-national-police"]),
        ("REQUEST", ["us-state-department"], []),
    ]


def test_a_state_of_internal_commotion_is_an_emergency():
    analysis = analyze_text(
        "BOGOTA, Jan 21 - Colombian President Gustavo Petro declared a state of internal "
        "commotion on Monday, giving his government emergency powers to respond to an offensive "
        "by ELN guerrillas in the northeastern Catatumbo region.", published="2025-01-21")
    coerce = [e for e in analysis.events if e.type == "COERCE"]
    assert [(e.mode, e.source, e.date) for e in coerce] == [
        ("emergency", ["gustavo-petro"], "2025-01-20")]


def test_what_a_decree_allows_is_no_event():
    analysis = analyze_text(
        "BOGOTA, Jan 21 - The emergency decree allows the government to restrict movement and "
        "raise funds for the military without congressional approval.", published="2025-01-21")
    assert analysis.events == []


def test_a_council_that_took_power_staged_no_coup_but_a_junta_did():
    council = analyze_text(
        "The Transitional Presidential Council, which took power in April, called the killings "
        "a crime against humanity.", published="2024-10-04")
    assert [e.type for e in council.events] == ["ACCUSE"]
    junta = analyze_text(
        "NIAMEY, Aug 2 - The junta, which took power in a coup last week, closed the border.",
        published="2023-08-02")
    assert "coerce.take-power" in [e.rule for e in junta.events]


def test_an_allied_group_is_the_subject_past_a_possessive_apposition():
    analysis = analyze_text(
        "PORT-AU-PRINCE, Oct 4 - Gunmen from the Gran Grif gang stormed the town. Gran Grif, "
        "which operates in Artibonite, Haiti's rice-growing breadbasket, is allied with Viv "
        "Ansanm, the coalition of Port-au-Prince gangs.", published="2024-10-04")
    stated = [(r.source, r.type, r.target) for r in analysis.relations if r.basis == "stated"]
    assert stated == [("x-gran-grif-gang", "allied_with", "viv-ansanm")]


def test_ecuadors_gangs_and_president_are_known_actors():
    analysis = analyze_text(
        "QUITO, Jan 10 - Ecuador's President Daniel Noboa designated Los Choneros and Los Lobos "
        "as terrorist organisations on Tuesday, after gunmen stormed TC Television in Guayaquil.",
        published="2024-01-10")
    assert analysis.key_actor == "daniel-noboa"
    assert ("SANCTION", ["daniel-noboa"], ["los-choneros", "los-lobos-ecuador"], "asserted") in \
        _events(analysis)
    assert {"tc-television", "los-choneros", "los-lobos-ecuador"} <= {a.id for a in analysis.actors}


def test_a_designation_reaches_the_members_a_list_names_after_the_object():
    analysis = analyze_text(
        "QUITO, Jan 10 - In a decree issued on Tuesday, President Daniel Noboa designated the 22 "
        "gangs, among them Los Choneros and Los Lobos, as terrorist organisations.",
        published="2024-01-10")
    assert _events(analysis) == [
        ("SANCTION", ["daniel-noboa"], ["x-ecu-gangs", "los-choneros", "los-lobos-ecuador"],
         "asserted")]


def test_an_order_to_the_armed_forces_is_the_presidents_planned_attack():
    analysis = analyze_text(
        "QUITO, Jan 10 - Ecuador's President Daniel Noboa ordered the armed forces to "
        "neutralise 22 criminal gangs on Tuesday.", published="2024-01-10")
    assert _events(analysis) == [("ASSAULT", ["daniel-noboa"], ["x-ecu-gangs"], "planned")]


def test_a_term_served_for_crimes_is_no_conviction_and_no_murder_told():
    analysis = analyze_text(
        "QUITO, Jan 10 - Authorities said on Sunday that Adolfo Macias, the leader of Los "
        "Choneros, had escaped from a prison in Guayaquil where he was serving a 34-year "
        "sentence for drug trafficking, murder and organised crime.", published="2024-01-10")
    assert _events(analysis) == []


def test_troops_ordered_to_reinforce_a_border_are_a_deployment():
    analysis = analyze_text(
        "LIMA, Jan 10 - Peru declared an emergency along its northern border on Tuesday and "
        "ordered police and troops to reinforce it.", published="2024-01-10")
    assert [(t, s, m) for t, s, _, m in _events(analysis)] == [
        ("COERCE", ["peru"], "asserted"), ("MOBILIZE", ["peru"], "planned")]


def test_hooded_men_who_burst_onto_a_tv_set_raid_the_station():
    analysis = analyze_text(
        "QUITO, Jan 10 - Hours after masked gunmen stormed a television station in Guayaquil on "
        "Tuesday, Noboa spoke. About a dozen hooded men carrying shotguns burst onto the set of "
        "TC Television, forcing presenters to the floor.", published="2024-01-10")
    assert ("ASSAULT", ["x-unnamed-armed-group"], ["tc-television"], "asserted") in \
        _events(analysis)


def test_the_second_gerund_of_an_accusation_is_the_accused_act_too():
    analysis = analyze_text(
        "MAPUTO, Aug 9 - Human rights groups have accused Ansar al-Sunna of beheading civilians "
        "and abducting children.", published="2021-08-09")
    assert [(e.rule, e.source, e.modality) for e in analysis.events if e.type == "ASSAULT"] == [
        ("assault.behead", ["ansar-al-sunna-mozambique"], "reported"),
        ("assault.abduct", ["ansar-al-sunna-mozambique"], "reported")]


def test_a_raid_that_forced_a_company_to_halt_work_coerces_it():
    analysis = analyze_text(
        "MAPUTO, Aug 9 - In March, Ansar al-Sunna fighters stormed the town of Palma, killing "
        "dozens of people and forcing TotalEnergies to halt construction of its gas project.",
        published="2021-08-09")
    assert ("COERCE", ["ansar-al-sunna-mozambique"], ["totalenergies"], "historical") in \
        _events(analysis)


def test_troops_sent_at_a_governments_request_back_it_and_answer_its_request():
    analysis = analyze_text(
        "MAPUTO, Aug 9 - Rwanda sent about 1,000 soldiers and police officers to Cabo Delgado "
        "province in July at the request of Mozambique's government. The bloc says it will help "
        "Mozambique fight terrorism.", published="2021-08-09")
    # the troops are also Rwanda's help to the government it is stated to back
    assert _events(analysis) == [
        ("MOBILIZE", ["rwanda"], [], "asserted"),
        ("AID", ["rwanda"], ["mozambican-government"], "asserted"),
        ("REQUEST", ["mozambican-government"], ["rwanda"], "asserted")]
    assert [(r.source, r.type, r.target) for r in analysis.relations] == [
        ("rwanda", "supports", "mozambican-government")]


def test_thanks_after_a_quote_are_the_speakers():
    analysis = analyze_text(
        "MAPUTO, Aug 9 - \"The terrorists have been weakened, but they have not been "
        "defeated,\" President Filipe Nyusi said in a televised address on Sunday evening, "
        "thanking Rwanda for its help.", published="2021-08-09")
    assert ("SUPPORT", ["filipe-nyusi"], ["rwanda"], "asserted") in _events(analysis)


def test_trade_a_blockade_chokes_is_no_cooperation():
    analysis = analyze_text(
        "YANGON, Nov 9 - The Three Brotherhood Alliance has blocked the main highways linking "
        "Mandalay to the border, choking trade with Myanmar's biggest neighbour.",
        published="2023-11-09")
    assert [e.type for e in analysis.events] == ["COERCE"]
