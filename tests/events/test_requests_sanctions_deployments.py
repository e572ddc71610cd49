"""Requests, sanctions, accusations, aid and deployments in the shapes wire copy gives them,
coded through the whole pipeline (actor stages included) with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text, prepare


def rows(text: str, published: str = "2024-01-15", kind: str | None = None
         ) -> list[tuple[str, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.source, e.target) for e in events if kind is None or e.type == kind]


def test_at_a_states_request_the_body_that_acts_was_asked_by_it():
    assert rows("At Turkey's request, NATO ambassadors held emergency consultations in "
                "Brussels.", "2020-02-28", "REQUEST") == [("REQUEST", ["turkey"], ["nato"])]
    assert rows("NATO ambassadors met at Turkey's request on Friday.", "2020-02-28",
                "REQUEST") == [("REQUEST", ["turkey"], ["nato"])]


def test_a_capital_first_in_a_list_that_suspended_aid_sanctions_with_the_others():
    assert rows("Paris and the European Union have suspended budget support and development "
                "aid.", "2023-08-01") == [
        ("SANCTION", ["france", "european-union"], [])]


def test_a_gapped_clause_with_only_a_subject_and_a_number_repeats_the_event():
    assert rows("France keeps about 1,500 troops in the country and the United States around "
                "1,100.", "2023-08-01") == [
        ("MOBILIZE", ["france"], []), ("MOBILIZE", ["united-states"], [])]
    assert rows("Britain sent 500 troops and France 300.", "2023-08-01") == [
        ("MOBILIZE", ["united-kingdom"], []), ("MOBILIZE", ["france"], [])]
    # a clause with its own verb is no gap
    assert rows("France keeps 1,500 troops in the country and the United States said 1,100 "
                "were in Chad.", "2023-08-01", "MOBILIZE") == [("MOBILIZE", ["france"], [])]


def test_what_an_actor_is_accused_of_after_a_relative_clause_is_its_act():
    found = rows("The TPLF has also accused neighbouring Eritrea, whose President Isaias Afwerki "
                 "has grown close to Abiy, of massing troops along its border with Tigray.",
                 "2020-11-05")
    assert found == [("ACCUSE", ["tplf"], ["eritrea"]), ("MOBILIZE", ["eritrea"], [])]


def test_the_forces_of_a_head_of_state_are_his_states_armed_forces_when_named():
    text = ("The Syrian army advanced on Idlib. Ankara blamed the forces of Syrian President "
            "Bashar al-Assad.")
    assert rows(text, "2020-02-28", "ACCUSE") == [
        ("ACCUSE", ["turkey"], ["bashar-al-assad", "syrian-arab-army"])]
    # after he fell, his forces are only his
    assert rows(text, "2025-02-28", "ACCUSE") == [
        ("ACCUSE", ["turkey"], ["bashar-al-assad"])]


def test_airspace_closed_to_a_state_is_a_sanction_and_to_civilian_flights_none():
    assert rows("Turkey closed its airspace to Russia.", "2022-03-01") == [
        ("SANCTION", ["turkey"], ["russia"])]
    assert rows("Canada closed its airspace to Russian airlines.", "2022-03-01") == [
        ("SANCTION", ["canada"], ["russia"])]
    assert rows("The federal government closed the region's airspace to civilian flights.",
                "2020-11-05", "SANCTION") == []


def test_a_time_phrase_between_subject_and_verb_keeps_the_subject():
    assert rows("The Ethiopian government on Wednesday declared a state of emergency in "
                "Tigray.", "2020-11-05") == [("COERCE", ["ethiopian-government"], [])]
    # a participle right before a preposition after a noun is still a reduced passive
    assert rows("Lawmakers ousted in the coup fled to Chad.", "2020-11-05") == []


def test_warplanes_flown_in_with_no_agent_are_the_deployments_source():
    assert rows("At least 14 Russian warplanes were flown to Jufra in May.", "2020-06-10") == [
        ("MOBILIZE", ["russian-armed-forces"], [])]


def test_pressing_someone_to_act_is_a_request_and_the_act_no_event():
    assert rows("CAIRO - Egypt and Qatar are pressing Israel and Hamas to agree to a ceasefire, "
                "sources said on Tuesday.") == [
        ("REQUEST", ["egypt", "qatar"], ["israel", "hamas"])]
    assert rows("Washington pressured Kyiv to hold back its strikes.") == [
        ("REQUEST", ["united-states"], ["ukraine"])]
    assert rows("The troops pressed on to the town.") == []


def test_who_faces_sanctions_is_their_target_never_their_source():
    # the two sides of the article, named as "both countries", face a third state's tariffs
    events = rows("BANGKOK - Thai and Cambodian troops clashed along the border on Thursday. "
                  "Both countries face steep U.S. tariffs on their exports.", kind="SANCTION")
    assert events == [("SANCTION", ["united-states"],
                       ["royal-cambodian-armed-forces", "royal-thai-armed-forces"])]
    # when the article names the states, "both countries" are they, not their armies too
    events = rows("BANGKOK - Thai and Cambodian troops clashed along the border on Thursday, "
                  "and Thailand expelled Cambodia's ambassador. Both countries face steep U.S. "
                  "tariffs on their exports.", kind="SANCTION")
    assert events[-1] == ("SANCTION", ["united-states"], ["cambodia", "thailand"])
    # with no one named to impose them, no event
    assert rows("WASHINGTON - Russia faces new sanctions over its drone purchases, the White "
                "House said.") == []


def test_arms_purchases_suspended_are_a_sanction_on_the_seller():
    assert rows("Colombia suspended arms purchases from Israel.") == [
        ("SANCTION", ["colombia"], ["israel"])]


def test_a_treaty_put_aside_is_a_sanction_of_today_and_no_new_agreement():
    found = analyze_text("Gunmen killed 26 tourists in Pahalgam. New Delhi has accused Islamabad "
                         "of backing the attackers and has suspended its part in a 1960 treaty "
                         "that governs the sharing of the Indus river waters.",
                         published="2025-05-07").events
    assert [(e.type, e.rule, e.source, e.modality, e.date) for e in found[1:]] == [
        ("ACCUSE", "accuse.accuse", ["india"], "asserted", "2025-05-07"),
        ("AID", "aid.back-armed-group", ["pakistan"], "reported", "2025-05-07"),
        ("SANCTION", "sanction.suspend-treaty", ["india"], "asserted", "2025-05-07")]
    # the charge of backing gives no alignment of its own
    relations = analyze_text("New Delhi has accused Islamabad of backing the attackers.",
                             published="2025-05-07").relations
    assert not [r for r in relations if r.type == "supports"]


def test_who_is_urged_to_hold_talks_is_the_demands_target_before_the_talks_partner():
    assert rows("The United States urged Kyiv to resume talks with Moscow.", "2024-05-01",
                "REQUEST") == [("REQUEST", ["united-states"], ["ukraine"])]
    assert rows("Egypt has urged Hamas to return to negotiations with Israel.", "2024-05-01",
                "REQUEST") == [("REQUEST", ["egypt"], ["hamas"])]
    assert rows("Yemen's President Rashad al-Alimi handed power to a new Presidential "
                "Leadership Council on Thursday. Riyadh also urged the council to open talks "
                "with the Houthis under U.N. supervision.", "2022-04-08", "REQUEST") == [
        ("REQUEST", ["saudi-arabia"], ["presidential-leadership-council"])]
    # No one urged: the talks' partners, as for a call for talks.
    assert rows("China urged talks between Russia and Ukraine.", "2024-05-01", "REQUEST") == [
        ("REQUEST", ["china"], ["russia", "ukraine"])]
    assert rows("Qatar called for talks with the Houthis.", "2024-05-01", "REQUEST") == [
        ("REQUEST", ["qatar"], ["houthis"])]


def test_a_states_warring_parties_or_rival_factions_are_the_two_sides_not_the_state():
    fighting = ("Fighting between the Sudanese army and the Rapid Support Forces continued in "
                "Khartoum. ")
    assert rows(fighting + "The United States imposed sanctions on Sudan's warring parties.",
                "2023-06-01", "SANCTION") == [
        ("SANCTION", ["united-states"], ["rapid-support-forces", "sudanese-armed-forces"])]
    assert rows("Clashes between the Libyan National Army and GNA forces continued. The UN "
                "urged Libya's rival factions to agree a truce.", "2020-06-01", "REQUEST") == [
        ("REQUEST", ["united-nations"], ["government-of-national-accord",
                                         "libyan-national-army"])]
    # A state's own body after its possessive is that body.
    assert rows("Clashes between the Libyan National Army and GNA forces continued. Egypt "
                "urged Libya's government to agree a truce.", "2020-06-01", "REQUEST") == [
        ("REQUEST", ["egypt"], ["government-of-national-accord"])]


def test_an_adjective_before_a_lists_next_name_keeps_the_list():
    assert rows("The United States imposed sanctions on Sudan's army and the paramilitary "
                "Rapid Support Forces.", "2023-06-01", "SANCTION") == [
        ("SANCTION", ["united-states"], ["sudanese-armed-forces", "rapid-support-forces"])]
    assert rows("The European Union sanctioned the Wagner Group and the powerful Rapid "
                "Support Forces.", "2023-06-01", "SANCTION") == [
        ("SANCTION", ["european-union"], ["wagner-group", "rapid-support-forces"])]
    # A time phrase after the conjunction opens a clause of its own.
    assert rows("Russia attacked Ukraine and the next day Poland closed its border.",
                "2023-06-01", "ASSAULT") == [("ASSAULT", ["russia"], ["ukraine"])]


def test_a_country_read_as_a_place_opens_the_list_a_demand_is_addressed_to():
    assert rows("The European Union called for restraint from Israel and Iran.", "2024-04-14",
                "REQUEST") == [("REQUEST", ["european-union"], ["israel", "iran"])]
    assert rows("The EU demanded an explanation from Russia and Belarus.", "2024-04-14",
                "REQUEST") == [("REQUEST", ["european-union"], ["russia", "belarus"])]
    assert rows("Guterres called for maximum military restraint from both India and "
                "Pakistan.", "2025-05-07", "REQUEST") == [
        ("REQUEST", ["antonio-guterres"], ["india", "pakistan"])]


def test_a_group_its_relative_clause_says_a_state_lists_as_terrorist_is_blacklisted():
    assert rows("Hamas, which the United States designates a terrorist organisation, denied the "
                "claim.", "2025-09-03", "SANCTION") == [
        ("SANCTION", ["united-states"], ["hamas"])]
    # "that" with no comma, past an apposition
    assert rows("Tren de Aragua, a Venezuelan gang that the United States has designated a "
                "terrorist organisation, denied the claim.", "2025-09-03", "SANCTION") == [
        ("SANCTION", ["united-states"], ["tren-de-aragua"])]
    assert rows("The PKK, which Turkey and the European Union list as a terrorist organisation, "
                "denied the claim.", "2025-09-03", "SANCTION") == [
        ("SANCTION", ["turkey", "european-union"], ["pkk"])]
    # a "that" clause of another act keeps its own reading
    assert rows("The deal that Russia signed with Ukraine collapsed.", "2025-09-03") == [
        ("AGREE", ["russia"], ["ukraine"]), ("AGREE", ["ukraine"], ["russia"])]


def test_closing_a_border_post_or_crossing_with_a_neighbour_sanctions_it():
    assert rows("South Africa closed its main border post with Mozambique at Lebombo on "
                "Tuesday.", "2024-11-12") == [
        ("SANCTION", ["south-africa"], ["mozambique"])]
    assert rows("Thailand shut its border crossing with Cambodia at Poipet.", "2025-06-24") == [
        ("SANCTION", ["thailand"], ["cambodia"])]
    assert rows("Police closed a border post near the town after the attack.",
                "2024-11-12") == []


def test_a_capital_a_call_or_appeal_is_made_to_is_its_state():
    assert rows("Masrour Barzani called on Baghdad and the international community to "
                "respond.", "2022-03-13", "REQUEST") == [("REQUEST", ["masrour-barzani"], ["iraq"])]
    assert rows("Germany called on Moscow and Kyiv to resume talks.", "2022-03-13",
                "REQUEST") == [("REQUEST", ["germany"], ["russia", "ukraine"])]
    assert rows("The European Union appealed to Kinshasa to hold talks with the rebels.",
                "2022-06-14", "REQUEST") == [
        ("REQUEST", ["european-union"], ["dr-congo"])]
    assert rows("France issued a statement on Monday urging Bamako to set an election date.",
                "2022-06-14", "REQUEST") == [("REQUEST", ["france"], ["mali"])]
    assert rows("Germany called for Moscow to withdraw its troops from the border.",
                "2022-03-01", "REQUEST") == [("REQUEST", ["germany"], ["russia"])]
    # A capital after "on" or "to" with no call before it stays a place, and so does one that
    # names the talks called for.
    assert not [m for m in prepare("The envoy called for Geneva talks to resume.").mentions
                if m.text == "Geneva"]
    assert rows("Russian forces advanced on Kyiv and Egypt sent aid to Khartoum.", "2022-03-01",
                "REQUEST") == []
    assert not [m for m in prepare("The minister flew to Baghdad and called on the families "
                                   "of the victims.").mentions if m.text == "Baghdad"]


def test_the_military_a_call_is_made_to_is_the_home_army_or_the_junta_that_seized_power():
    told = ("YANGON, Feb 1 - Myanmar's military detained Aung San Suu Kyi on Monday. ")
    assert rows(told + "Secretary of State Antony Blinken called on the generals to release "
                "all detainees.", "2021-02-01", "REQUEST") == [
        ("REQUEST", ["antony-blinken"], ["tatmadaw"])]
    assert rows(told + "Britain urged the military not to use force against protesters.",
                "2021-02-01", "REQUEST") == [("REQUEST", ["united-kingdom"], ["tatmadaw"])]
    assert rows(told + "Japan appealed to the soldiers to return to their barracks.",
                "2021-02-01", "REQUEST") == [("REQUEST", ["japan"], ["tatmadaw"])]
    coup = ("NIAMEY, July 27 - Army officers in Niger seized power on Wednesday. ")
    assert rows(coup + "France told the officers to restore President Mohamed Bazoum.",
                "2023-07-27", "REQUEST") == [("REQUEST", ["france"], ["niger-cnsp"])]
    assert rows(coup + "The African Union urged the military to return to barracks.",
                "2023-07-27", "REQUEST") == [("REQUEST", ["african-union"], ["niger-cnsp"])]
    # No call: "the army chief", "the generals' families"; bare officers with no coup.
    assert rows(told + "Britain urged the army chief to step down.", "2021-02-01",
                "REQUEST") == [("REQUEST", ["united-kingdom"], [])]
    assert not [m for m in prepare("LIMA, Dec 12 - Peru's president urged the officers to "
                                   "show restraint.", "2022-12-12").mentions
                if "officers" in m.text]
