"""Armed-conflict phrasing wire copy uses for fighting whose doers are told around the verb rather
than as its subject and object: fire returned, weapons shot down (aimed at whoever launched
them), a fight told again as it goes on, tolls of a named side, suicide bombers told one by one,
an opening "It said", a group's fighters clashing. Coded through the whole pipeline with exact
expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-06-01", kinds: tuple[str, ...] = ("ASSAULT",)
         ) -> list[tuple[str | None, list[str], list[str], str]]:
    events = analyze_text(text, published=published).events
    return [(e.mode, e.source, e.target, e.modality) for e in events if e.type in kinds]


# ---------------------------------------------------------------- fire returned


def test_returned_fire_answers_the_attack_just_told():
    assert rows("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday. Armenian "
                "troops returned fire.") == [
        ("heavy-weapons", ["azerbaijani-armed-forces"], ["armenian-armed-forces"], "asserted"),
        ("firearms", ["armenian-armed-forces"], ["azerbaijani-armed-forces"], "asserted")]
    assert rows("Taliban fighters attacked a Pakistani border post overnight. Pakistani soldiers "
                "fired back, the army said.")[1] == (
        "firearms", ["pakistan-armed-forces"], ["taliban"], "reported")
    assert rows("M23 rebels attacked Congolese army positions near Goma. The army said its "
                "soldiers had returned fire.")[1] == (
        "firearms", ["fardc"], ["m23"], "reported")
    assert rows("Gunmen attacked a police post in Tibu on Monday. Colombian police shot back at "
                "the attackers.")[1] == (
        "firearms", ["colombian-national-police"], ["x-unnamed-armed-group"], "asserted")


def test_an_opening_it_said_reports_a_claim_with_its_own_subject():
    # "It" is the ministry that reports, not the troops that fire
    assert rows("Armenia's defence ministry said Azerbaijani forces had shelled the town of "
                "Jermuk. It said Armenian troops were returning fire.") == [
        ("heavy-weapons", ["azerbaijani-armed-forces"], ["armenian-armed-forces"], "reported"),
        ("firearms", ["armenian-armed-forces"], ["azerbaijani-armed-forces"], "reported")]


def test_fire_returned_on_words_is_no_attack():
    assert rows("The opposition leader returned fire on the criticism in a statement.") == []
    assert rows("Kenyan police returned fire calls from reporters on Monday.") == []


# ---------------------------------------------------------------- interceptions


def test_an_interception_is_aimed_at_who_launched_what_was_downed():
    assert rows("The Israeli military said it had intercepted a missile fired by the Houthis.") \
        == [("aerial", ["israel-defense-forces"], ["houthis"], "reported")]
    assert rows("Pakistan said it had shot down five Indian fighter jets.") == [
        ("aerial", ["pakistan"], ["indian-armed-forces"], "reported")]
    assert rows("Poland shot down drones during a Russian attack on western Ukraine.") == [
        ("aerial", ["poland"], ["russia"], "asserted"), (None, ["russia"], ["ukraine"], "asserted")]


def test_intercepting_no_weapon_is_no_attack():
    assert rows("Customs officers intercepted the shipment at the border.") == []


# ---------------------------------------------------------------- a fight told again


def test_a_fight_that_goes_on_is_the_fight_just_told():
    assert rows("M23 rebels attacked Congolese army positions near Goma on Monday. The fighting "
                "continued into Tuesday.") == [
        (None, ["m23"], ["fardc"], "asserted"),
        ("ground", ["m23"], ["fardc"], "asserted"),
        ("ground", ["fardc"], ["m23"], "asserted")]
    assert sorted(rows("Sudanese army troops and RSF fighters clashed in Omdurman on Sunday. "
                       "The fighting later spread to Bahri.")[2:]) == [
        ("ground", ["rapid-support-forces"], ["sudanese-armed-forces"], "asserted"),
        ("ground", ["sudanese-armed-forces"], ["rapid-support-forces"], "asserted")]
    assert rows("RSF fighters attacked El Fasher on Friday. The fighting intensified on "
                "Saturday, residents said.")[1] == (
        "ground", ["rapid-support-forces"], [], "reported")


def test_what_an_attack_named_by_a_noun_wrecked_tells_that_attack_again():
    assert rows("US warplanes struck militia sites in eastern Syria on Friday. Syria's defence "
                "ministry said the raids had damaged public property.") == [
        ("aerial", ["united-states"], ["syria"], "asserted"),
        (None, ["united-states"], ["syria"], "reported")]
    assert rows("The storm destroyed hundreds of homes.") == []


def test_a_fight_named_in_a_time_clause_is_no_fight_told():
    told = [("ground", ["sudanese-armed-forces"], ["rapid-support-forces"], "asserted"),
            ("ground", ["rapid-support-forces"], ["sudanese-armed-forces"], "asserted")]
    assert rows("Sudanese army troops and RSF fighters clashed in Omdurman on Sunday. Aid "
                "agencies warned of hunger while the fighting continued.") == told
    assert rows("The protests continued on Tuesday.") == []


def test_a_groups_fighters_clashing_is_no_passive():
    assert rows("Israeli troops and Hamas fighters clashed in Rafah.") == [
        ("ground", ["israel-defense-forces"], ["hamas"], "asserted"),
        ("ground", ["hamas"], ["israel-defense-forces"], "asserted")]
    assert rows("Israeli forces and Hamas fighters fought in Rafah.") == [
        ("ground", ["israel-defense-forces"], ["hamas"], "asserted"),
        ("ground", ["hamas"], ["israel-defense-forces"], "asserted")]
    assert rows("Lawmakers ousted in the coup fled to Abuja.") == []


# ---------------------------------------------------------------- tolls of a named side


def test_a_toll_of_a_named_side_is_the_attack_of_whom_it_fights():
    assert rows("Taliban forces attacked Pakistani border posts on Saturday. It said 23 "
                "Pakistani soldiers had been killed.") == [
        (None, ["taliban"], [], "asserted"),
        (None, ["taliban"], ["pakistan-armed-forces"], "reported")]
    assert rows("Taliban forces attacked Pakistani border posts on Saturday. Taliban spokesman "
                "Zabihullah Mujahid said 58 Pakistani soldiers had been killed.")[1] == (
        None, ["taliban"], ["pakistan-armed-forces"], "reported")
    assert rows("Israel struck a building in Doha where Hamas leaders were meeting. Hamas said "
                "five of its members were killed.")[1] == (None, ["israel"], ["hamas"], "reported")


def test_the_toll_falls_where_its_killers_attack_was_told():
    events = analyze_text("Israel struck a building in Doha where Hamas leaders were meeting. "
                          "Hamas said five of its members were killed.",
                          published="2025-09-09").events
    assert [(e.rule, e.place_text) for e in events if e.type == "ASSAULT"] == [
        ("assault.strike", "Doha"), ("assault.kill", "Doha")]


def test_a_toll_with_its_own_cause_or_no_foe_is_no_new_attack():
    assert rows("Russian forces shelled Kharkiv on Monday. Two Ukrainian soldiers were killed by "
                "shrapnel.") == [("heavy-weapons", ["russian-armed-forces"], [], "asserted")]
    # no one the Russian soldiers are seen fighting
    assert rows("Russian forces shelled Kharkiv on Monday, the governor said. Four Russian "
                "soldiers were wounded.") == [
        ("heavy-weapons", ["russian-armed-forces"], [], "reported")]
    assert rows("Three Malian soldiers were killed in the shootout.") == []


def test_an_attack_in_a_when_clause_after_a_toll_hits_the_dead():
    assert rows("Three Nigerian soldiers were killed when Boko Haram fighters attacked their "
                "base.") == [(None, ["boko-haram"], ["nigerian-armed-forces"], "asserted")]
    assert rows("Two Malian soldiers were killed when JNIM militants ambushed their convoy near "
                "Boni, the army said.") == [
        ("firearms", ["jnim"], ["malian-armed-forces"], "reported")]


# ---------------------------------------------------------------- suicide bombers


def test_one_bomber_is_one_of_the_suicide_bombers_told():
    assert rows("Women suicide bombers struck a wedding in Gwoza on Saturday. The first bomber "
                "blew herself up among the guests.") == [
        ("explosives", ["x-unnamed-armed-group"], [], "asserted")]
    assert rows("Suicide bombers struck a market in Maiduguri on Tuesday. Police said the bomber "
                "detonated her explosives near the gate.") == [
        ("explosives", ["x-unnamed-armed-group"], [], "reported")]
    assert rows("A B-52 bomber flew over the Korean peninsula on Monday.") == []


# ---------------------------------------------------------------- a statement's place


def test_a_statement_is_not_placed_where_the_act_coordinated_after_it_happened():
    events = analyze_text("Borno Governor Babagana Zulum condemned the bombings as barbaric and "
                          "visited Gwoza on Sunday.", published="2024-06-30").events
    assert [(e.rule, e.place_text) for e in events] == [
        ("accuse.condemn", None), ("consult.visit", "Gwoza")]
    events = analyze_text("Macron condemned the strikes in Beirut.", published="2024-06-30").events
    assert [(e.rule, e.place_text) for e in events] == [("accuse.condemn", "Beirut")]


def test_a_sides_positions_attacked_with_no_doer_are_attacked_by_whom_it_fights():
    assert rows("M23 rebels have fought Congolese troops near Goma for weeks. Congolese army "
                "positions were attacked overnight, the army said.") == [
        ("ground", ["m23"], ["fardc"], "asserted"), (None, ["m23"], ["fardc"], "reported")]
    assert rows("Azerbaijani forces shelled Armenian positions on Tuesday. Armenian army posts "
                "were shelled again on Wednesday.")[1] == (
        "heavy-weapons", ["azerbaijani-armed-forces"], ["armenian-armed-forces"], "asserted")
    # a side no one is seen fighting
    assert rows("Taliban fighters have attacked Pakistani border posts for days. A Pakistani "
                "military convoy was ambushed in North Waziristan on Monday.") == [
        (None, ["taliban"], [], "asserted")]
