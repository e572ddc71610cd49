"""The event coder on news sentences: type, mode, direction, modality, codes, evidence."""

from __future__ import annotations

from handmade import M, P, code_handmade, handmade_state

from factions.events import ASSIGNS, REQUIRES, code_events
from factions.model import Event
from factions.pipeline import analyze_text

coded = code_handmade


def one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.rule, e.source, e.target) for e in events]
    return found[0]


HAFTAR = M("Haftar", "khalifa-haftar", "alias")
LNA = M("LNA", "libyan-national-army", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")


def test_stage_contract_names_what_it_reads_and_fills():
    assert REQUIRES == ("doc", "sentences", "tokens", "mentions", "places")
    assert ASSIGNS == ("events",)


def test_active_shelling_has_source_target_and_heavy_weapons_mode():
    events = coded("The LNA shelled GNA positions south of the capital on Sunday.", [LNA, GNA])
    e = one(events, "ASSAULT")
    assert (e.mode, e.source, e.target, e.modality) == (
        "heavy-weapons", ["libyan-national-army"], ["government-of-national-accord"], "asserted")
    assert e.cameo == "194"
    assert (e.acled_type, e.acled_sub_type) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert e.rule == "assault.shell"


def test_passive_with_by_agent_turns_the_subject_into_the_target():
    events = coded("Tripoli was shelled by Haftar's forces overnight.", [
        M("Tripoli", "government-of-national-accord", "metonym"),
        M("Haftar's forces", "khalifa-haftar", "agent", sector="military"),
        M("Haftar", "khalifa-haftar", "alias"),
    ])
    e = one(events, "ASSAULT")
    assert (e.source, e.target) == (["khalifa-haftar"], ["government-of-national-accord"])


def test_agent_of_a_commander_brings_the_organization_he_commands_when_named():
    events = coded("The LNA is his army. His forces attacked the GNA on Sunday.", [
        LNA, M("his", "khalifa-haftar", "pronoun"),
        M("His forces", "khalifa-haftar", "agent", sector="military"),
        M("His", "khalifa-haftar", "pronoun"), GNA])
    e = one(events, "ASSAULT")
    assert e.source == ["khalifa-haftar", "libyan-national-army"]
    assert e.target == ["government-of-national-accord"]


def test_a_list_of_subjects_gives_one_event_with_two_sources():
    events = coded("Egypt and the UAE armed Haftar.", [
        M("Egypt", "egypt"), M("UAE", "united-arab-emirates", "alias"), HAFTAR])
    e = one(events, "AID")
    assert (e.mode, e.source, e.target) == (
        "weapons", ["egypt", "united-arab-emirates"], ["khalifa-haftar"])


def test_possessive_nominal_event_takes_the_possessor_as_source():
    events = coded("Haftar's offensive on the GNA began in early April.", [HAFTAR, GNA])
    e = one(events, "ASSAULT")
    assert (e.mode, e.source, e.target) == (
        "ground", ["khalifa-haftar"], ["government-of-national-accord"])


def test_effort_by_x_to_broker_between_y_and_z_is_third_party_consultation():
    events = coded(
        "The offensive followed an effort by the UAE to broker a deal between him and the "
        "government in Tripoli.", [
            M("UAE", "united-arab-emirates", "alias"), M("him", "khalifa-haftar", "pronoun"),
            M("the government in Tripoli", "government-of-national-accord", "descriptor")])
    e = one(events, "CONSULT")
    assert (e.mode, e.cameo) == ("third-party", "045")
    assert e.source == ["united-arab-emirates"]
    assert e.target == ["khalifa-haftar", "government-of-national-accord"]
    assert not [x for x in events if x.type == "AGREE"]  # the brokered deal is not an event


def test_negated_attack():
    e = one(coded("Russia did not attack Ukraine on Friday, the Kremlin said.", [
        M("Russia", "russia"), M("Ukraine", "ukraine"), M("Kremlin", "russia", "metonym")]),
        "ASSAULT")
    assert (e.source, e.target, e.modality) == (["russia"], ["ukraine"], "negated")


def test_reported_by_a_trailing_said_and_by_according_to():
    said = one(coded("Haftar's forces attacked the GNA headquarters, the UN said.", [
        M("Haftar's forces", "khalifa-haftar", "agent", sector="military"), HAFTAR, GNA,
        M("UN", "united-nations", "alias")]), "ASSAULT")
    assert said.modality == "reported"
    according = one(coded("The LNA shelled the GNA, according to residents.", [LNA, GNA]),
                    "ASSAULT")
    assert according.modality == "reported"


def test_a_statement_by_its_own_speaker_is_asserted_not_reported():
    e = one(coded("Abiy said he accused the TPLF of treason.", [
        M("Abiy", "abiy-ahmed", "alias"), M("he", "abiy-ahmed", "pronoun"),
        M("TPLF", "tplf", "alias")]), "ACCUSE")
    assert (e.source, e.target, e.modality) == (["abiy-ahmed"], ["tplf"], "asserted")


def test_planned_by_will_vowed_and_ordered():
    will = one(coded("Turkey will deploy troops to Libya next month.", [M("Turkey", "turkey")]),
               "MOBILIZE")
    assert (will.source, will.modality) == (["turkey"], "planned")
    vowed = coded("Haftar vowed to attack the GNA.", [HAFTAR, GNA])
    assault = one(vowed, "ASSAULT")
    assert (assault.source, assault.target, assault.modality) == (
        ["khalifa-haftar"], ["government-of-national-accord"], "planned")
    assert one(vowed, "THREATEN").source == ["khalifa-haftar"]
    ordered = one(coded("Haftar ordered an advance on the GNA.", [HAFTAR, GNA]), "ASSAULT")
    assert (ordered.source, ordered.target, ordered.modality) == (
        ["khalifa-haftar"], ["government-of-national-accord"], "planned")


def test_hypothetical_by_could_and_if():
    could = one(coded("Egypt could intervene militarily against the GNA.", [
        M("Egypt", "egypt"), GNA]), "ASSAULT")
    assert (could.source, could.modality) == (["egypt"], "hypothetical")
    cond = coded("If Haftar attacks the GNA, Turkey will respond.", [
        HAFTAR, GNA, M("Turkey", "turkey")])
    assert one(cond, "ASSAULT").modality == "hypothetical"


def test_an_event_years_before_publication_is_historical_with_its_own_date():
    e = one(coded("Muammar Gaddafi was toppled in 2011", [
        M("Muammar Gaddafi", "muammar-gaddafi")], published="2019-04"), "COERCE")
    assert (e.mode, e.source, e.target) == ("coup", [], ["muammar-gaddafi"])
    assert (e.modality, e.date, e.date_precision) == ("historical", "2011", "year")


def test_a_presumed_ambition_is_no_event_at_all():
    events = coded("The warlord Haftar's ultimate ambition is presumed to be taking over the "
                   "entire country.", [HAFTAR])
    assert events == []


def test_what_is_requested_is_not_an_event_of_its_own():
    events = coded("The UN urged Haftar's forces to halt their advance on Tripoli.", [
        M("UN", "united-nations", "alias"),
        M("Haftar's forces", "khalifa-haftar", "agent", sector="military"), HAFTAR])
    assert [(e.type, e.source, e.target) for e in events] == [
        ("REQUEST", ["united-nations"], ["khalifa-haftar"])]


def test_what_an_actor_is_accused_of_is_a_reported_event_of_the_accused():
    events = coded("Abiy accused the TPLF of attacking an army base.", [
        M("Abiy", "abiy-ahmed", "alias"), M("TPLF", "tplf", "alias")])
    accuse = one(events, "ACCUSE")
    assault = one(events, "ASSAULT")
    assert (accuse.source, accuse.target, accuse.modality) == (
        ["abiy-ahmed"], ["tplf"], "asserted")
    assert (assault.source, assault.modality) == (["tplf"], "reported")


def test_fighting_between_two_sides_is_one_event_each_way():
    events = coded("Heavy fighting broke out between the SAF and the RSF in Khartoum.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias")])
    assert sorted((e.source[0], e.target[0]) for e in events if e.type == "ASSAULT") == [
        ("rapid-support-forces", "sudanese-armed-forces"),
        ("sudanese-armed-forces", "rapid-support-forces")]


def test_air_strike_codes_cameo_and_acled_alongside_plover():
    e = one(coded("Turkish warplanes carried out an air strike on RSF positions.", [
        M("Turkish warplanes", "turkey", "agent", sector="military"),
        M("RSF", "rapid-support-forces", "alias")]), "ASSAULT")
    assert (e.mode, e.cameo, e.acled_type, e.acled_sub_type) == (
        "aerial", "195", "Explosions/Remote violence", "Air/drone strike")
    assert (e.source, e.target) == (["turkey"], ["rapid-support-forces"])


def test_capture_of_territory_by_a_government_is_government_regains_territory():
    e = one(coded("The SAF recaptured the town on Tuesday.", [
        M("SAF", "sudanese-armed-forces", "alias")]), "ASSAULT")
    assert (e.mode, e.acled_sub_type) == ("capture", "Government regains territory")


def test_seizing_oilfields_has_a_natural_resource_context_and_its_place():
    text = "And he has been steadily consolidating his power, most recently pushing south to " \
           "seize the oilfields of southern Libya."
    e = one(coded(text, [M("he", "khalifa-haftar", "pronoun"), M("his", "khalifa-haftar",
                                                                  "pronoun")],
                  [P("southern Libya", "region:LBY:south")]), "ASSAULT")
    assert (e.mode, e.source) == ("capture", ["khalifa-haftar"])
    assert "natural_resource" in e.contexts and "military" in e.contexts
    assert (e.place, e.place_text) == ("region:LBY:south", "southern Libya")


def test_order_to_advance_west_towards_tripoli_is_planned_with_its_place():
    text = "He has been sufficiently emboldened by all this to order an advance west towards " \
           "Tripoli."
    e = one(coded(text, [M("He", "khalifa-haftar", "pronoun")],
                  [P("Tripoli", "geonames:2210247")]), "ASSAULT")
    assert (e.source, e.modality, e.place, e.place_text) == (
        ["khalifa-haftar"], "planned", "geonames:2210247", "Tripoli")


def test_date_from_the_text_else_the_publication_date_at_its_precision():
    dated = one(coded("The LNA captured Gharyan on Thursday.", [LNA],
                      published="2019-04-07"), "ASSAULT")
    assert (dated.date, dated.date_precision) == ("2019-04-04", "day")
    undated = one(coded("The LNA captured Gharyan.", [LNA], published="2019-04"), "ASSAULT")
    assert (undated.date, undated.date_precision) == ("2019-04", "month")


def test_evidence_points_into_the_original_text_with_trigger_and_rule():
    text = "Intro line.\n\nHaftar\u2019s forces shelled the GNA \u201cpositions\u201d on Sunday."
    state = handmade_state(text, [
        M("Haftar's forces", "khalifa-haftar", "agent", sector="military"), HAFTAR, GNA])
    code_events(state)
    e = one(state.events, "ASSAULT")
    ev = e.evidence
    assert text[ev.start:ev.end] == ev.text
    assert ev.text == "Haftar\u2019s forces shelled the GNA \u201cpositions\u201d on Sunday."
    assert (ev.trigger, e.rule) == ("shelled", "assault.shell")
    assert 0.0 <= e.confidence <= 1.0


def test_ids_follow_text_order_and_a_sentence_never_repeats_an_event():
    events = coded("The LNA attacked the GNA and attacked the GNA again. "
                   "The GNA accused the LNA of shelling.", [
                       LNA, GNA, M("GNA", "government-of-national-accord", "alias", nth=1),
                       M("GNA", "government-of-national-accord", "alias", nth=2),
                       M("LNA", "libyan-national-army", "alias", nth=1)])
    assert [e.id for e in events] == [f"e{k}" for k in range(1, len(events) + 1)]
    keys = [(e.evidence.start, e.type, e.mode, tuple(e.source), tuple(e.target)) for e in events]
    assert len(keys) == len(set(keys))
    assert [e.type for e in events] == ["ASSAULT", "ACCUSE", "ASSAULT"]


def test_no_event_without_an_actor_and_none_from_a_name():
    assert coded("Heavy shelling was heard across the city overnight.", []) == []
    # "Accord" inside the name of the Government of National Accord is no agreement.
    assert coded("The Government of National Accord holds Tripoli.", [
        M("Government of National Accord", "government-of-national-accord")]) == []


def test_sanctions_imposed_on_a_country():
    e = one(coded("ECOWAS imposed sweeping sanctions on Niger in January.", [
        M("ECOWAS", "ecowas", "alias"), M("Niger", "niger")], published="2023-08-10"),
        "SANCTION")
    assert (e.mode, e.source, e.target, e.modality) == (
        "sanctions", ["ecowas"], ["niger"], "historical")


def test_arrest_and_protest():
    arrest = one(coded("Russia arrested two French journalists in Moscow.", [
        M("Russia", "russia"), M("French journalists", "france", "agent", sector="media")]),
        "COERCE")
    assert (arrest.mode, arrest.source, arrest.target) == ("arrest", ["russia"], ["france"])
    protest = one(coded("SAF supporters rallied against the RSF in Omdurman.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias")]),
        "PROTEST")
    assert (protest.source, protest.target) == (["sudanese-armed-forces"],
                                                ["rapid-support-forces"])


def test_an_organization_before_a_named_person_only_qualifies_them():
    e = one(coded("UN envoy Ghassan Salame met the GNA leadership in Tripoli.", [
        M("UN", "united-nations", "alias"), M("Ghassan Salame", "ghassan-salame"),
        GNA]), "CONSULT")
    assert (e.source, e.target) == (["ghassan-salame"], ["government-of-national-accord"])


def test_a_capital_opening_a_clause_and_after_with_is_its_government():
    e = one(coded("Moscow severed diplomatic relations with Kyiv on Saturday.", []),
            "SANCTION")
    assert (e.mode, e.source, e.target) == ("break-relations", ["russia"], ["ukraine"])


def test_a_parenthesised_acronym_and_a_name_ending_in_a_verb_do_not_cut_the_clause():
    e = one(coded("The Rapid Support Forces (RSF) attacked SAF positions overnight.", [
        M("Rapid Support Forces", "rapid-support-forces"),
        M("RSF", "rapid-support-forces", "alias"), M("SAF", "sudanese-armed-forces", "alias")]),
        "ASSAULT")
    assert (e.source, e.target) == (["rapid-support-forces"], ["sudanese-armed-forces"])


def test_rejecting_the_charge_answers_whoever_made_it():
    events = coded("Ukraine accused Russia of shelling the plant. Moscow rejected the charge.", [
        M("Ukraine", "ukraine"), M("Russia", "russia"), M("Moscow", "russia", "metonym")])
    reject = one(events, "REJECT")
    assert (reject.source, reject.target) == (["russia"], ["ukraine"])


def test_an_attack_with_no_target_named_is_aimed_at_the_side_its_source_fights():
    events = coded("The RSF shelled SAF positions in Omdurman. Later the RSF captured the "
                   "town of Bara.", [
                       M("RSF", "rapid-support-forces", "alias"),
                       M("SAF", "sudanese-armed-forces", "alias"),
                       M("RSF", "rapid-support-forces", "alias", nth=1)])
    capture = [e for e in events if e.mode == "capture"]
    assert [(e.source, e.target) for e in capture] == [
        (["rapid-support-forces"], ["sudanese-armed-forces"])]


def test_a_mediation_with_no_sides_named_is_between_the_parties_of_the_deal():
    events = coded("The SAF and the RSF agreed to a truce. The talks were convened by the UN.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias"),
        M("UN", "united-nations", "alias")])
    consult = one(events, "CONSULT")
    assert (consult.mode, consult.source) == ("third-party", ["united-nations"])
    assert sorted(consult.target) == ["rapid-support-forces", "sudanese-armed-forces"]


def test_both_sides_are_the_two_actors_that_fight_each_other_in_the_article():
    events = coded("The SAF bombed RSF bases. The UN urged both sides to return to talks.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias"),
        M("UN", "united-nations", "alias")])
    request = one(events, "REQUEST")
    assert sorted(request.target) == ["rapid-support-forces", "sudanese-armed-forces"]


def test_a_named_meeting_keeps_its_direction_a_clash_goes_both_ways():
    met = coded("Abiy met TPLF leaders in Pretoria.", [
        M("Abiy", "abiy-ahmed", "alias"), M("TPLF", "tplf", "alias")])
    assert [(e.source, e.target) for e in met if e.type == "CONSULT"] == [
        (["abiy-ahmed"], ["tplf"])]
    clash = coded("The SAF clashed with the RSF.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias")])
    assert len([e for e in clash if e.type == "ASSAULT"]) == 2


def test_an_attack_on_a_countrys_cities_is_aimed_at_that_country():
    e = one(coded("Russia fired dozens of missiles at cities across Ukraine on Monday.", [
        M("Russia", "russia"), M("Ukraine", "ukraine", locative=True)]), "ASSAULT")
    assert (e.source, e.target, e.mode) == (["russia"], ["ukraine"], "heavy-weapons")


def test_an_act_told_twice_in_a_sentence_keeps_the_telling_with_a_target():
    from factions.pipeline import analyze_text

    events = analyze_text(
        "NIAMEY, July 30 - In the capital, thousands of supporters of the coup gathered outside "
        "the French embassy on Sunday, some waving Russian flags and chanting slogans hostile to "
        "France.", published="2023-07-30").events
    protests = [e for e in events if e.type == "PROTEST"]
    assert [e.target for e in protests] == [["france"]]


def test_a_truce_between_a_bracketed_name_and_another_is_between_both():
    events = coded("Egypt backed a truce between the Government of National Accord (GNA) and "
                   "eastern commander Khalifa Haftar.", [
                       M("Egypt", "egypt"),
                       M("Government of National Accord", "government-of-national-accord"),
                       M("GNA", "government-of-national-accord", "alias"),
                       M("Khalifa Haftar", "khalifa-haftar")])
    truce = [(e.source, e.target) for e in events if e.type == "RETREAT"]
    assert truce == [(["government-of-national-accord"], ["khalifa-haftar"]),
                     (["khalifa-haftar"], ["government-of-national-accord"])]


def test_the_truce_named_again_is_between_the_parties_of_the_latest_truce():
    events = coded("The SAF and the RSF agreed to a truce on Monday. By Friday the truce had "
                   "collapsed.", [
                       M("SAF", "sudanese-armed-forces", "alias"),
                       M("RSF", "rapid-support-forces", "alias")])
    later = [e for e in events if e.type == "RETREAT" and "Friday" in e.evidence.text]
    assert sorted((e.source[0], e.target[0]) for e in later) == [
        ("rapid-support-forces", "sudanese-armed-forces"),
        ("sudanese-armed-forces", "rapid-support-forces")]


def test_a_truce_sought_with_no_parties_is_no_event():
    events = coded("The SAF and the RSF clashed on Monday. The AU envoy will travel to Khartoum "
                   "to seek a ceasefire.", [
                       M("SAF", "sudanese-armed-forces", "alias"),
                       M("RSF", "rapid-support-forces", "alias")])
    assert [e for e in events if e.type == "RETREAT"] == []


def test_the_two_sides_as_subject_are_the_two_sides_of_the_article():
    events = coded("The SAF shelled RSF positions in Omdurman. The two sides also agreed to "
                   "reopen roads, she said.", [
                       M("SAF", "sudanese-armed-forces", "alias"),
                       M("RSF", "rapid-support-forces", "alias")])
    agree = one(events, "AGREE")
    assert sorted(agree.source) == ["rapid-support-forces", "sudanese-armed-forces"]
    # With no fighting to tell the two sides, the phrase gives no event.
    none = coded("The two sides also agreed to reopen roads, she said.", [])
    assert [e for e in none if e.type == "AGREE"] == []


def test_accepting_a_proposal_put_forward_by_two_demonyms_answers_both():
    e = one(coded("Hamas said it had accepted a ceasefire proposal put forward by Egyptian and "
                  "Turkish mediators.", [M("Hamas", "hamas"), M("it", "hamas", "pronoun")]),
            "AGREE")
    assert (e.source, e.target) == (["hamas"], ["egypt", "turkey"])


def test_agreeing_after_a_named_proposal_answers_the_proposer():
    events = coded("Following a UN proposal, the SAF said on Sunday it had agreed to a "
                   "three-hour pause.", [
                       M("UN", "united-nations", "alias"),
                       M("SAF", "sudanese-armed-forces", "alias"),
                       M("it", "sudanese-armed-forces", "pronoun")])
    agree = [(e.source, e.target) for e in events if e.type == "AGREE"]
    assert agree == [(["sudanese-armed-forces"], ["united-nations"])]


def test_a_deal_noun_that_is_the_object_of_signing_is_the_signing_itself():
    events = coded("A day later in Moscow, Haftar signed a longer ceasefire document.", [HAFTAR])
    assert [(e.type, e.rule) for e in events] == [("AGREE", "agree.sign")]


def test_talks_facilitated_by_a_hyphenated_body_are_its_mediation():
    e = one(coded("UN-facilitated political talks are due to open in Tunisia next month.", [
        M("UN", "united-nations", "alias")]), "CONSULT")
    assert (e.source, e.mode) == (["united-nations"], "third-party")



def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.evidence.trigger or "") for e in analyze_text(text).events]


def test_a_verb_form_after_a_preposition_and_a_demonym_is_a_noun():
    # "in Israeli jails" is where prisoners are, not Israel jailing anyone.
    text = "Israel said on Tuesday it would free 50 prisoners held in Israeli jails."
    assert _types(text) == [("RETREAT", "free")]
    # After a name rather than a demonym the word may be the verb of a new clause.
    text = ("The communique adopted in Berlin commits Turkey, Russia and Egypt to respect the "
            "arms embargo.")
    assert ("AGREE", "commits") in _types(text)


def test_the_first_place_after_the_trigger_is_taken_in_text_order():
    # Sirte is named earlier in the article; the withdrawal was from the Tripoli front.
    events = analyze_text(
        "Forces loyal to Khalifa Haftar hold Sirte. Hundreds of Russian contractors from the "
        "Wagner Group were withdrawn from the Tripoli front to Jufra and Sirte, according to "
        "GNA officials.", published="2020-06-01").events
    assert [(e.type, e.source, e.place_text) for e in events] == [
        ("RETREAT", ["wagner-group"], "Tripoli")]
