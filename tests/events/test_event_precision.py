"""Event precision: a demand's that-clause is no event of its own; an opening participial
phrase keeps its actors out of the subject; a speech participle after a bare claim is the
speaker's; a reply to an official's charge answers the body he speaks for too."""

from __future__ import annotations

from factions.pipeline import analyze, make_document


def coded(text: str, published: str = "2024-06-15") -> set[tuple[str, tuple[str, ...],
                                                              tuple[str, ...]]]:
    analysis = analyze(make_document(text, published=published, source="test"))
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


def test_a_demands_that_clause_is_its_content_not_an_event():
    events = coded("The UN Security Council has demanded that Sudan's paramilitary Rapid "
                   "Support Forces end their siege of El Fasher.")
    assert events == {("REQUEST", ("un-security-council",), ("rapid-support-forces",))}


def test_a_resolution_demanding_that_they_stop_the_attacks_codes_no_retreat():
    events = coded("The UN Security Council adopted a resolution demanding that the Houthis "
                   "immediately stop the attacks.")
    assert ("REQUEST", ("un-security-council",), ("houthis",)) in events
    assert not {t for t, _, _ in events} & {"RETREAT", "ASSAULT"}
    # nor an agreement: a council adopting a resolution strikes no deal with anyone
    assert not [e for e in events if e[0] == "AGREE"]


def test_an_opening_participial_phrase_is_not_the_subjects_list():
    events = coded("Speaking at a meeting of his Security Council, Mr Putin accused Kyiv of a "
                   "\"terrorist\" act over the blast.", "2022-10-10")
    assert ("ACCUSE", ("vladimir-putin",), ("ukraine",)) in events


def test_a_speech_participle_after_a_bare_claim_is_the_speakers():
    events = coded("Sudan's army said the RSF had shelled El Fasher on Friday, accusing the "
                   "paramilitary group of targeting civilians.")
    assert ("ACCUSE", ("sudanese-armed-forces",), ("rapid-support-forces",)) in events
    assert {s for t, s, _ in events if t == "ASSAULT"} == {("rapid-support-forces",)}


def test_a_speech_participle_after_a_quote_is_the_writers():
    events = coded("US Secretary of State Mike Pompeo flew to Riyadh. \"Tehran is behind nearly "
                   "100 attacks on Saudi Arabia,\" he wrote on Twitter late on Saturday, "
                   "accusing Iran's leaders of only pretending to pursue diplomacy.",
                   "2019-09-15")
    assert ("ACCUSE", ("mike-pompeo",), ("iran",)) in events


def test_a_reply_to_an_officials_charge_answers_his_state():
    events = coded("The United States blamed Iran for the drone attacks. US Secretary of State "
                   "Mike Pompeo accused Iran of launching the attacks. Iran dismissed the "
                   "accusation.", "2019-09-15")
    assert ("REJECT", ("iran",), ("mike-pompeo", "united-states")) in events


def test_a_reply_to_a_spokesmans_claim_answers_his_movement():
    events = coded("The Houthis said they had attacked the plants. Yahya Saree, a military "
                   "spokesman for the Houthis, accused Saudi Arabia of aggression. US Secretary "
                   "of State Mike Pompeo rejected the claim.", "2019-09-15")
    assert ("REJECT", ("mike-pompeo",), ("yahya-saree", "houthis")) in events


def test_a_speech_participle_of_speakers_who_are_no_actors_codes_nothing():
    events = coded("Analysts said the TPLF commands a large and battle-hardened paramilitary "
                   "force, warning that a long war could destabilise the wider Horn of Africa.",
                   "2020-11-05")
    assert not {t for t, _, _ in events} & {"THREATEN"}


def test_a_with_absolute_is_no_subject():
    events = coded("The British-drafted resolution, adopted on Thursday with 14 votes in favour "
                   "and Russia abstaining, calls on the RSF to halt the siege.")
    assert not {s for _, s, _ in events if "russia" in s}


def test_contractors_from_a_group_are_the_groups():
    events = coded("Hundreds of Russian contractors from the Wagner Group were withdrawn from "
                   "the Tripoli front to Jufra and Sirte.", "2020-06-21")
    assert ("RETREAT", ("wagner-group",), ()) in events


def test_a_coordinated_it_goes_on_with_the_sentences_opening_it():
    events = coded("Rwanda denies backing the M23. It says its forces are defending its "
                   "territory against the FDLR, an armed group founded by Hutus who took part in "
                   "the 1994 genocide, and it accuses Kinshasa of fighting alongside that "
                   "militia.", "2025-01-28")
    assert ("ACCUSE", ("rwanda",), ("dr-congo",)) in events


def test_an_order_to_ones_own_troops_is_no_request_and_his_troops_are_the_subjects():
    events = coded("UN Secretary-General Antonio Guterres, who was visiting Tripoli when "
                   "Haftar ordered his troops to march on the city, flew to Benghazi to meet "
                   "him on Friday.", "2019-04-06")
    assert not {e for e in events if e[0] == "REQUEST"}
    assert {(t, s) for t, s, _ in events if t == "ASSAULT"} == {("ASSAULT", ("khalifa-haftar",))}


def test_an_order_to_another_party_stays_a_request():
    events = coded("The Security Council ordered the Rapid Support Forces to lift the siege of El "
                   "Fasher.")
    assert ("REQUEST", ("un-security-council",), ("rapid-support-forces",)) in events


def test_a_by_agent_of_a_passive_whose_subject_holds_the_noun_is_not_the_nouns():
    events = coded("Concern over the military build-up around Sirte was voiced by the UN "
                   "mission in Libya.", "2020-06-22")
    assert not [e for e in events if e[0] == "MOBILIZE"]
    # the noun heading the passive's subject keeps a light verb's agent
    events = coded("The attack on the base was carried out by al-Shabaab, police said.")
    assert ("ASSAULT", ("al-shabaab",), ()) in events


def test_a_verb_coordinated_after_a_complaint_goes_back_to_the_complainer():
    events = coded("Russia has long complained that Western sanctions block its agricultural "
                   "trade, and has demanded that the state farm lender Rosselkhozbank be "
                   "reconnected to the SWIFT international payments system.", "2023-07-17")
    # the complaint names whom it is about in its that-clause
    assert ("ACCUSE", ("russia",), ("x-western-countries",)) in events
    assert {s for t, s, _ in events if t == "REQUEST"} == {("russia",)}


def test_evacuating_diplomats_is_no_retreat_but_withdrawing_them_is():
    events = coded("Commercial flights were suspended and the U.S. military took over air "
                   "traffic control as it raced to evacuate diplomats and Afghan staff.",
                   "2021-08-16")
    assert not [e for e in events if e[0] == "RETREAT"]
    events = coded("Britain withdrew its diplomats from Sudan on Sunday.", "2023-04-23")
    assert [s for t, s, _ in events if t == "RETREAT"] == [("united-kingdom",)]


def test_evacuating_ones_own_nationals_is_no_aid_but_evacuating_the_wounded_is():
    events = coded("France said on Tuesday it would begin evacuating its nationals and other "
                   "Europeans who wished to leave.", "2023-08-01")
    assert not [e for e in events if e[0] == "AID"]
    events = coded("Turkey said it would fly in medical staff and evacuate some of the seriously "
                   "wounded for treatment.", "2022-10-31")
    assert [s for t, s, _ in events if t == "AID"] == [("turkey",)]


def test_an_alliance_named_before_ally_names_a_member_not_the_alliance():
    analysis = analyze(make_document(
        "Turkey struck Syrian government positions on Friday. The US State Department said "
        "Washington stood by its NATO ally.", published="2020-02-28", source="test"))
    assert not [e for e in analysis.events if "nato" in e.target]
    assert not [r for r in analysis.relations if "nato" in (r.source, r.target)]
    assert ("SUPPORT", ("united-states",), ("nato",)) in coded(
        "The United States said it would stand by NATO.", "2020-02-28")


def test_where_an_actor_was_in_a_past_progressive_relative_clause_is_no_event():
    # who was visiting / attending / touring: where the actor was while the story happened
    for text in (
        "Lula, who was visiting a flood-hit town in Bahia state when the riot began, flew "
        "back to the capital.",
        "Putin, who was also attending the summit in Astana, urged both leaders to show "
        "restraint.",
        "Blinken, who was touring Cairo and Amman, said the talks would resume.",
        "The envoys, who were visiting Beirut on Monday, said little.",
    ):
        assert not [e for e in coded(text, "2024-06-15") if e[0] == "CONSULT"], text


def test_a_visit_told_as_the_clause_itself_is_still_an_event():
    # the main verb, a perfect in a relative clause, a participle after the name
    for text in (
        "Egyptian Foreign Minister Sameh Shoukry visited Khartoum on Monday.",
        "Blinken, who visited Cairo on Monday, said the talks would resume.",
        "Secretary of State Antony Blinken, visiting Cairo, said the talks would resume.",
    ):
        assert [e for e in coded(text, "2024-06-15") if e[0] == "CONSULT"], text


def test_where_or_under_whom_a_force_fights_is_no_attack():
    for text in (
        "Wagner has also fought in Syria and several African countries.",
        "The Freedom of Russia Legion says it fights under the command of Ukraine's armed "
        "forces.",
        "Chadian troops have fought in Mali and Niger under French command.",
        "North Korea has sent troops to Russia to fight in the war.",
    ):
        assert not [e for e in coded(text, "2023-06-24") if e[0] == "ASSAULT"], text


def test_a_force_fighting_an_enemy_is_still_an_attack():
    for text in (
        "Wagner fought Ukrainian forces in Bakhmut for months.",
        "Sudan's army has been fighting the RSF in Khartoum since April.",
        "Chadian troops fought Islamist militants in Mali.",
        "Chadian troops fought in Mali against Islamist militants.",
        "Israeli forces and Hamas fighters fought in Rafah.",
    ):
        assert [e for e in coded(text, "2023-06-24") if e[0] == "ASSAULT"], text


def test_sanctions_no_one_is_named_under_are_no_sanction():
    # a mention of sanctions, with no one they are aimed at in the sentence or the story
    for text in (
        "CARACAS - Maduro, who has ruled since 2013, faces U.S. sanctions on the oil sector.",
        "MOSCOW - Moscow has long complained that Western sanctions block its grain trade.",
        "BAMAKO - They said the bloc had punished their peoples with illegal sanctions.",
    ):
        assert not [e for e in coded(text, "2024-06-15") if e[0] == "SANCTION"], text


def test_sanctions_on_a_named_side_are_still_a_sanction():
    assert ("SANCTION", ("european-union",), ("belarus",)) in coded(
        "MINSK - The European Union imposed new sanctions on Belarus on Monday.")
    assert ("SANCTION", ("united-states",), ("russia",)) in coded(
        "WASHINGTON - The United States imposed sanctions on Russia over the invasion.")


def test_sanctions_on_officials_from_both_sides_aim_at_the_two_sides():
    for text in (
        "KHARTOUM - Sudan's army and the RSF have fought since April. The State Department "
        "imposed visa restrictions on officials from both sides.",
        "KHARTOUM - Sudan's army and the RSF have fought since April. The State Department "
        "imposed sanctions on officials of both sides.",
        "KHARTOUM - Sudan's army and the RSF have fought since April. The State Department "
        "imposed visa restrictions on both sides.",
    ):
        sides = ("rapid-support-forces", "sudanese-armed-forces")
        assert ("SANCTION", ("us-state-department",), sides) in coded(text, "2023-06-01"), text


def test_a_warning_that_names_no_one_warned_is_no_threat():
    for text in (
        "BRUSSELS - NATO leaders condemned the attack and warned that the region risked "
        "sliding into a wider war.",
        "BRUSSELS - NATO leaders met on Sunday, condemned the attack and warned that Moscow "
        "risked a wider war.",
    ):
        assert not [e for e in coded(text) if e[0] == "THREATEN"], text


def test_a_warning_to_a_named_side_is_still_a_threat():
    assert ("THREATEN", ("iran",), ("israel",)) in coded(
        "TEHRAN - Iran warned Israel that any attack would bring a crushing response.")


def test_a_process_that_stalls_is_no_ones_refusal():
    for text in (
        "KHARTOUM - Ceasefire talks between the army and the RSF brokered by Saudi Arabia "
        "stalled last month.",
        "DOHA - The peace process between Israel and Hamas has stalled since March.",
        "VIENNA - The U.N. nuclear watchdog had been pressing for access, but talks on the "
        "route stalled.",
    ):
        assert not [e for e in coded(text) if e[0] == "REJECT"], text


def test_stalling_talks_or_an_inquiry_is_still_a_refusal():
    assert ("REJECT", ("russia",), ()) in coded(
        "KYIV - Ukraine accused Russia of stalling the talks on a prisoner exchange.")
    assert ("REJECT", ("sudanese-armed-forces",), ("united-nations",)) in coded(
        "KHARTOUM - The army stalled the UN investigation into the killings, the RSF said.")
