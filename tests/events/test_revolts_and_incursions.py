"""An armed revolt and a cross-border incursion told in wire copy (a mercenary march on the
capital halted by a mediated deal; a ground incursion, a state of emergency, Western backing):
the patterns, argument and modality rules they need, with exact events."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def rows(text: str, published: str) -> list[tuple[object, ...]]:
    events: list[Event] = analyze_text(text, published=published).events
    return [(e.type, e.rule, e.source, e.target, e.modality) for e in events]


def test_a_halted_march_on_the_capital_is_a_withdrawal_not_an_attack():
    assert rows("Wagner chief Prigozhin halts march on Moscow after Belarus brokers deal",
                "2023-06-24") == [
        ("RETREAT", "retreat.halt-advance", ["yevgeny-prigozhin"], [], "asserted"),
        ("CONSULT", "consult.broker", ["belarus"], [], "asserted")]


def test_fighters_ordered_to_turn_back_and_return_to_their_camps_withdraw_once():
    assert rows("Yevgeny Prigozhin on Saturday ordered his Wagner fighters to turn back from "
                "their advance on Moscow and return to their field camps. Prigozhin later said "
                "his fighters would turn their columns around.", "2023-06-24") == [
        ("RETREAT", "retreat.halt-advance", ["yevgeny-prigozhin"], [], "planned"),
        ("ASSAULT", "assault.advance-on", ["wagner-group"], [], "planned"),
        ("RETREAT", "retreat.turn-columns-around", ["yevgeny-prigozhin", "wagner-group"], [],
         "planned")]


def test_tanks_taking_up_positions_deploy_rather_than_capture():
    assert rows("Residents watched as Wagner tanks and armoured vehicles took up positions in "
                "the city centre of Rostov-on-Don.", "2023-06-24") == [
        ("MOBILIZE", "mobilize.take-up-positions", ["wagner-group"], [], "asserted")]


def test_a_counter_terrorist_operation_regime_is_a_state_of_emergency():
    events = analyze_text("Russian authorities declared a counter-terrorist operation regime in "
                          "Moscow and the surrounding region.", published="2023-06-24").events
    assert [(e.type, e.mode, e.source, e.place_text) for e in events] == [
        ("COERCE", "emergency", ["russia"], "Moscow")]


def test_troops_crossing_a_border_invade_and_their_push_inward_is_the_same_incursion():
    assert rows("Ukrainian troops crossed the border on Aug. 6 and pushed deep into Russia's "
                "Kursk region. Russian President Vladimir Putin called the incursion a "
                "large-scale provocation and vowed that the enemy would receive a worthy "
                "response.", "2024-08-16") == [
        ("ASSAULT", "assault.cross-border", ["armed-forces-of-ukraine"], ["vladimir-putin"],
         "asserted"),
        ("ACCUSE", "accuse.call-act", ["vladimir-putin"], ["armed-forces-of-ukraine"],
         "asserted"),
        ("THREATEN", "threaten.vow", ["vladimir-putin"], ["armed-forces-of-ukraine"],
         "asserted")]
    # refugees crossing a border invade no one
    assert rows("Refugees crossed the border into Poland on Monday.", "2022-03-01") == []


def test_a_right_to_self_defence_the_speaker_grants_is_backing():
    assert rows("A German government spokesman said Ukraine was exercising its right to "
                "self-defence under international law.", "2024-08-16") == [
        ("SUPPORT", "support.right-to-self-defence", ["x-deu-government"], ["ukraine"],
         "asserted")]


def test_railing_against_someone_condemns_him():
    assert rows("Prigozhin had railed against Shoigu for months.", "2023-06-24") == [
        ("ACCUSE", "accuse.condemn", ["yevgeny-prigozhin"], ["sergei-shoigu"], "asserted")]


def test_a_trailing_report_by_a_long_title_is_still_a_report_and_the_region_its_place():
    events = analyze_text("Ukrainian forces destroyed a bridge over the Seim river in Russia's "
                          "Kursk region on Friday, the commander of Ukraine's air force said.",
                          published="2024-08-16").events
    assert [(e.rule, e.modality, e.place_text) for e in events] == [
        ("assault.blow-up-bridge", "reported", "Kursk region")]


def test_a_report_coordinated_after_an_act_reports_only_its_own_clause():
    assert rows("Russian military helicopters fired on the column, and Prigozhin said his men "
                "had shot down several aircraft.", "2023-06-24") == [
        ("ASSAULT", "assault.fire-on", ["russian-armed-forces"], ["yevgeny-prigozhin"],
         "asserted"),
        ("ASSAULT", "assault.intercept", ["yevgeny-prigozhin"], ["russian-armed-forces"],
         "reported")]


def test_a_vow_after_a_conjunct_noun_phrase_keeps_its_subject_and_saying_reports_nothing():
    assert rows("In a televised address, Putin denounced the uprising as treason and a betrayal "
                "of the country and vowed harsh punishment for those behind it, saying the army "
                "had been ordered to crush the revolt.", "2023-06-24") == [
        ("ACCUSE", "accuse.condemn", ["vladimir-putin"], [], "asserted"),
        ("THREATEN", "threaten.vow-revenge", ["vladimir-putin"], [], "asserted")]


def test_the_toll_of_a_charged_attack_is_that_attack_by_its_doer():
    assert rows("The mutiny began on Friday evening when Prigozhin accused the Russian Defence "
                "Ministry of launching a missile strike on Wagner camps, killing large numbers "
                "of his men.", "2023-06-24") == [
        ("ACCUSE", "accuse.accuse", ["yevgeny-prigozhin"], ["russian-ministry-of-defence"],
         "asserted"),
        ("ASSAULT", "assault.fire-weapons", ["russian-ministry-of-defence"], ["wagner-group"],
         "reported")]


def test_condemning_an_uprising_is_aimed_at_who_rose_up():
    assert rows("Wagner fighters took control of the army headquarters in Rostov-on-Don. In a "
                "televised address, Putin denounced the uprising as treason.", "2023-06-24") == [
        ("ASSAULT", "assault.seize-control", ["wagner-group"], ["russian-armed-forces"],
         "asserted"),
        ("ACCUSE", "accuse.condemn", ["vladimir-putin"], ["wagner-group"], "asserted")]


def test_an_accepted_proposal_plans_what_it_proposes():
    assert rows("Lukashenko said Yevgeny Prigozhin had accepted a proposal to halt the movement "
                "of his armed men.", "2023-06-24") == [
        ("AGREE", "agree.accept-terms", ["yevgeny-prigozhin"], [], "reported"),
        ("RETREAT", "retreat.turn-columns-around", ["yevgeny-prigozhin"], [], "planned")]


def test_what_someone_had_done_for_months_is_background():
    assert rows("Prigozhin had for months accused Shoigu of incompetence.", "2023-06-24") == [
        ("ACCUSE", "accuse.accuse", ["yevgeny-prigozhin"], ["sergei-shoigu"], "historical")]


def test_an_invasion_of_a_country_takes_place_in_it():
    analysis = analyze_text("Fighting raged in eastern Ukraine on Monday. Russia launched its "
                            "full-scale invasion of Ukraine in February 2022.",
                            published="2024-08-16")
    places = {p.id: p.name for p in analysis.places}
    assert [(e.rule, e.target, places.get(e.place or ""), e.modality)
            for e in analysis.events if e.rule == "assault.invasion"] == [
        ("assault.invasion", ["ukraine"], "Ukraine", "historical")]
