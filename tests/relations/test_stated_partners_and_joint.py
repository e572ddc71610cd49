"""Alignments added for recall: partners and rescuers stated, allies who act together, and the
sides a mediator works between (real-style sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def triples(analysis: Analysis, basis: str | None = None) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations
            if basis is None or r.basis == basis}


def test_close_partners_of_an_agent_phrase_is_an_alliance():
    analysis = analyze_text(
        "Niger had been one of the last close partners of Western governments in the fight "
        "against jihadist groups in the Sahel.", published="2023-08-01")
    assert ("allied_with", "niger", "x-western-governments") in triples(analysis, "stated")


def test_a_rescuer_supports_whom_it_rescued():
    analysis = analyze_text(
        "Russia, whose air force rescued Assad in 2015, launched some strikes around Hama.",
        published="2024-12-08")
    assert ("supports", "russia", "bashar-al-assad") in triples(analysis, "stated")


def test_an_initiative_designed_to_rescue_someone_is_no_rescuer():
    analysis = analyze_text(
        "The initiative was rejected by Turkey, whose officials said it was designed to rescue "
        "Haftar.", published="2020-06-21")
    assert not [r for r in analysis.relations if r.type == "supports"]


def test_forces_attacking_together_are_allied():
    analysis = analyze_text(
        "US and British warplanes struck dozens of Houthi military targets across Yemen early on "
        "Friday.", published="2024-01-12")
    assert ("allied_with", "united-states", "british-armed-forces") in triples(
        analysis, "inferred")


def test_a_joint_operation_reported_by_one_of_its_sides_is_an_alliance():
    # reported, but by the Polish command itself: no list of others' fighters
    analysis = analyze_text(
        "WARSAW, Sept 10 - Polish F-16 fighters and Dutch F-35 jets took part in the operation, "
        "the Polish operational command said.", published="2025-09-10")
    assert triples(analysis, "inferred") == {
        ("allied_with", "polish-armed-forces", "netherlands-armed-forces")}


def test_a_joint_act_reported_by_a_third_party_is_no_alliance():
    analysis = analyze_text(
        "Turkish-backed Syrian fighters and Wagner contractors took part in the fighting, the "
        "United Nations said.", published="2020-06-01")
    assert not [r for r in analysis.relations if r.type == "allied_with"]


def test_forces_backing_the_attackers_support_them_and_are_not_their_allies():
    analysis = analyze_text(
        "Somali government forces backed by clan militias have pushed al-Shabaab out of dozens "
        "of villages.", published="2022-10-30")
    assert ("supports", "x-clan-militias", "somali-national-army") in triples(analysis)
    assert ("opposes", "x-clan-militias", "al-shabaab") in triples(analysis, "inferred")
    assert not [r for r in analysis.relations if r.type == "allied_with"]


def test_a_broker_with_no_sides_in_the_sentences_before_takes_the_sides_of_the_war():
    analysis = analyze_text(
        "Rwanda denies backing the M23 rebels, who seized Goma in January. Congolese troops "
        "shelled M23 positions near Sake. The M23 attacked army positions in Masisi. Several "
        "earlier agreements between the neighbours, including a ceasefire brokered by Angola "
        "last year, collapsed within weeks.", published="2025-06-27")
    assert {t for t in triples(analysis) if t[0] == "mediates"} == {
        ("mediates", "angola", "m23"), ("mediates", "angola", "fardc")}


def test_capitals_a_mediator_shuttles_between_are_venues_and_the_sides_are_the_wars():
    analysis = analyze_text(
        "Hamas fighters attacked Israeli troops near Rafah. Israeli tanks rolled into Rafah "
        "overnight. CIA Director William Burns, who has been shuttling between Doha and Cairo, "
        "was expected to join the talks on Tuesday.", published="2024-05-07")
    assert {t for t in triples(analysis) if t[0] == "mediates"} == {
        ("mediates", "william-burns", "hamas"),
        ("mediates", "william-burns", "israel-defense-forces")}


def test_the_two_generals_sharing_power_are_the_two_people_named_before_and_allies():
    analysis = analyze_text(
        "Sudan's army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo are "
        "fighting for control. The two generals have shared power since they jointly staged a "
        "coup in October 2021.", published="2023-04-16")
    assert ("allied_with", "abdel-fattah-al-burhan", "hemedti") in triples(analysis, "stated")


def test_a_collective_subject_after_three_people_names_no_pair():
    analysis = analyze_text(
        "Abdel Fattah al-Burhan, Mohamed Hamdan Dagalo and Abdalla Hamdok met on Monday. The two "
        "leaders have shared power since 2021.", published="2023-04-16")
    assert not [r for r in analysis.relations if r.type == "allied_with"]


def test_two_people_coordinated_as_the_subject_are_allies_or_partners_in_power():
    for text in ("Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo are allies.",
                 "Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo shared power.",
                 "Army chief Abdel Fattah al-Burhan shared power with Mohamed Hamdan Dagalo after "
                 "the 2021 coup."):
        analysis = analyze_text(text, published="2023-04-16")
        assert triples(analysis, "stated") == {
            ("allied_with", "abdel-fattah-al-burhan", "hemedti")}, text


def test_people_at_a_leaders_side_are_his_allies():
    analysis = analyze_text(
        "A ceasefire initiative unveiled by Sisi in Cairo on June 6, with Haftar and the "
        "eastern-based parliament speaker Aguila Saleh at his side, was rejected by the GNA and "
        "by Turkey.", published="2020-06-21")
    assert {t for t in triples(analysis, "stated") if t[0] == "allied_with"} == {
        ("allied_with", "khalifa-haftar", "abdel-fattah-al-sisi"),
        ("allied_with", "aguila-saleh", "abdel-fattah-al-sisi"),
    }


def test_at_his_side_with_no_actor_in_the_with_phrase_is_no_alliance():
    analysis = analyze_text(
        "Egyptian President Abdel Fattah al-Sisi, with his wife at his side, met Khalifa Haftar "
        "in Cairo on Saturday.", published="2020-06-21")
    assert not [r for r in analysis.relations if r.type == "allied_with"]


def test_supporters_of_the_coup_support_the_junta_and_opponents_oppose_it():
    lead = ("Soldiers of the presidential guard detained President Mohamed Bazoum in Niamey on "
            "Wednesday. The junta said it had suspended the constitution. ")
    backing = analyze_text(
        lead + "In the capital, thousands of supporters of the coup gathered outside the French "
        "embassy on Sunday.", published="2023-08-01")
    assert {t for t in triples(backing, "stated") if t[0] == "supports"} == {
        ("supports", "x-ner-protesters", "niger-cnsp")}
    opposing = analyze_text(
        lead + "Mohamed Bazoum, an opponent of the coup, was still held on Sunday.",
        published="2023-08-01")
    assert ("opposes", "mohamed-bazoum", "niger-cnsp") in triples(opposing, "stated")


def test_two_brokers_with_no_sides_named_both_take_the_sides_of_the_war():
    analysis = analyze_text(
        "Rwanda denies backing the M23 rebels, who seized Goma in January. Congolese troops "
        "shelled M23 positions near Sake. The M23 attacked army positions in Masisi. Residents "
        "fled towards the city. Aid agencies said camps were overflowing. Several earlier "
        "agreements between the neighbours, including a ceasefire brokered by Angola last year, "
        "collapsed within weeks. A truce brokered by Qatar in March did not hold either.",
        published="2025-06-27")
    assert {t for t in triples(analysis) if t[0] == "mediates"} == {
        ("mediates", "angola", "m23"), ("mediates", "angola", "fardc"),
        ("mediates", "qatar", "m23"), ("mediates", "qatar", "fardc")}


def test_states_that_sign_a_charter_creating_an_alliance_are_allies():
    # "the three governments": the three states of the list named before
    analysis = analyze_text(
        "Mali, Burkina Faso and Niger quit ECOWAS on Sunday. In September, the three "
        "governments signed a charter creating the Alliance of Sahel States, a mutual defence "
        "pact under which an attack on one member would be treated as an attack on all.",
        published="2024-01-28")
    allied = {t for t in triples(analysis, "stated") if t[0] == "allied_with"}
    assert allied == {("allied_with", "mali", "burkina-faso"), ("allied_with", "mali", "niger"),
                      ("allied_with", "burkina-faso", "niger")}


def test_who_is_relied_on_for_fighters_or_turned_to_for_support_backs_the_state():
    analysis = analyze_text("Mali has relied on Russia's Wagner Group since 2021.",
                            published="2024-01-28")
    assert triples(analysis, "stated") == {("supports", "wagner-group", "mali")}
    analysis = analyze_text("Mali has expelled French troops and turned to Russia for military "
                            "support.", published="2024-01-28")
    assert triples(analysis, "stated") == {("supports", "russia", "mali")}


def test_relying_on_a_neighbour_for_trade_is_no_backing():
    analysis = analyze_text("Landlocked since Eritrea's independence in 1993, Ethiopia relies on "
                            "Djibouti for most of its trade.", published="2024-01-02")
    assert triples(analysis, "stated") == set()


def test_a_former_ally_is_no_ally_and_the_prize_of_a_rivalry_is_no_side():
    # "one-time ally": the alliance is over; "rival for control of" the party: the party is
    # what they compete for, not whom Morales opposes
    analysis = analyze_text(
        "LA PAZ, June 27 - President Luis Arce named a new army command on Wednesday.\n\n"
        "Former President Evo Morales, Arce's one-time ally and now his rival for control of "
        "the ruling Movement for Socialism (MAS), denounced the move as a coup in the making.",
        published="2024-06-27")
    assert triples(analysis) == set()
    # a plain rival is still opposed
    analysis = analyze_text("KHARTOUM - Burhan's rival, Mohamed Hamdan Dagalo, rejected the "
                            "talks.", published="2024-06-27")
    assert ("opposes", "abdel-fattah-al-burhan", "hemedti") in triples(analysis)


def test_a_leaders_aides_named_after_him_are_his_allies():
    for text, aides, leader in [
        ("Venancio Mondlane rejected the results. The unrest began after two of Mondlane's "
         "aides, lawyer Elvino Dias and Podemos official Paulo Guambe, were shot dead in their "
         "car in Maputo.", {"x-elvino-dias", "x-paulo-guambe"}, "venancio-mondlane"),
        ("Imran Khan remains in jail. Police arrested Khan's close aide, Shah Mahmood Qureshi, "
         "on Tuesday.", {"shah-mahmood-qureshi"}, "imran-khan"),
        ("Donald Trump spoke on Monday. His aide, Stephen Miller, said the plan would go ahead.",
         {"x-stephen-miller"}, "donald-trump"),
    ]:
        analysis = analyze_text(text, published="2024-11-07")
        found = {(r.source, r.target) for r in analysis.relations
                 if r.type == "allied_with" and r.rule == "rel.x-ally"}
        assert found == {(a, leader) for a in aides}, text


def test_an_aide_of_no_named_leader_is_no_ally():
    analysis = analyze_text(
        "A Kremlin aide, Yuri Ushakov, said the talks would continue.", published="2024-11-07")
    assert not [r for r in analysis.relations if r.type == "allied_with"]


def test_a_bracketed_short_name_closes_the_head_of_an_apposition_with_a_relative_clause():
    # "Name (ACRONYM), a militia that fights alongside X": the relative's antecedent is the
    # bracketed group, past the description.
    for text, group, ally in [
        ("Burkina Faso's army lost men. JNIM said its fighters had killed about 300 members of "
         "the army and of the Volunteers for the Defence of the Homeland (VDP), a civilian "
         "militia that fights alongside the armed forces.", "vdp", "burkina-faso-armed-forces"),
        ("The Volunteers for the Defence of the Homeland (VDP), a civilian militia that fights "
         "alongside the Burkinabe army, lost dozens of men.", "vdp", "burkina-faso-armed-forces"),
        ("The Forces for the Defence of Democracy (FDLR), an armed group that has long been "
         "allied with the Congolese army, denied the charge.", "fdlr",
         "fardc"),
    ]:
        analysis = analyze_text(text, published="2024-08-27")
        assert ("allied_with", group, ally) in triples(analysis, "stated"), text
        # the description is no event of the story
        assert not [e for e in analysis.events if e.type == "COOPERATE"], text


def test_a_body_run_by_someones_loyalists_supports_him():
    for text, body in [
        ("Nicolas Maduro claimed victory. The National Electoral Council, which is run by "
         "Maduro loyalists, declared Maduro the winner.", "x-national-electoral-council"),
        ("Nicolas Maduro claimed victory. The Supreme Court, also dominated by government "
         "allies, certified Maduro's victory last month.", "x-supreme-court"),
    ]:
        analysis = analyze_text(text, published="2024-08-07")
        assert ("supports", body, "nicolas-maduro") in triples(analysis, "stated"), text


def test_a_state_owning_the_packed_body_and_a_leader_of_a_coalition_back_no_one():
    for text in [
        "Kais Saied dissolved parliament. Tunisia's electoral commission, now packed with Saied "
        "loyalists, approved the vote.",
        "Syrian rebels led by Hayat Tahrir al-Sham swept into Damascus.",
    ]:
        analysis = analyze_text(text, published="2024-08-07")
        assert not [r for r in analysis.relations if r.type == "supports"], text


def test_who_puts_means_at_someones_disposal_supports_him():
    for text, pair in [
        ("Turkey said it had placed its drones at the disposal of the Libyan government.",
         ("turkey", "x-lby-government")),
        ("Egypt has put its army at the disposal of Sudan, Sisi said.", ("egypt", "sudan")),
    ]:
        analysis = analyze_text(text, published="2024-08-07")
        assert ("supports", *pair) in triples(analysis, "stated"), text
    for text in ["Bomb disposal experts from the Nigerian army defused two devices.",
                 "The UN said the disposal of Syria's chemical weapons was complete."]:
        analysis = analyze_text(text, published="2024-08-07")
        assert not [r for r in analysis.relations if r.type == "supports"], text
