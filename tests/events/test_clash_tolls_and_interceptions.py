"""Armed-conflict phrasing told around the fight rather than as a subject and an object: a toll
"in a brawl / firefight / shootout with" the other side, an interception of what an earlier
sentence told launched ("it had intercepted it", "Most were intercepted by ..."), a force that
intervenes in a war, a headline's "X hits Y airport", and the days and places such acts take
(a "since" span dates no later attack; a where-clause happens in the place it follows). Coded
through the whole pipeline with exact expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2024-06-01", kinds: tuple[str, ...] = ("ASSAULT",)
         ) -> list[tuple[str | None, list[str], list[str], str]]:
    events = analyze_text(text, published=published).events
    return [(e.mode, e.source, e.target, e.modality) for e in events if e.type in kinds]


def dated(text: str, published: str) -> list[tuple[str, str | None, str, str | None]]:
    events = analyze_text(text, published=published).events
    return [(e.rule, e.date, e.modality, e.place_text) for e in events if e.type == "ASSAULT"]


# ---------------------------------------------------------------- tolls of a fight with a side


def test_a_toll_in_any_fight_with_a_side_is_that_sides_attack():
    assert rows("Twenty Indian soldiers were killed in a brawl with Chinese troops in the "
                "Galwan Valley.") == [
        ("ground", ["peoples-liberation-army"], ["indian-armed-forces"], "asserted")]
    assert rows("Five Kenyan soldiers died in a firefight with al-Shabaab fighters in Lamu "
                "county.") == [("ground", ["al-shabaab"], ["kenya-defence-forces"], "asserted")]
    assert rows("Three Malian soldiers were killed during heavy fighting with JNIM militants "
                "near Gao on Monday.") == [
        ("ground", ["jnim"], ["malian-armed-forces"], "asserted")]
    assert rows("Four Nigerian soldiers were wounded in a shootout with Boko Haram fighters "
                "near Maiduguri.") == [
        ("ground", ["boko-haram"], ["nigerian-armed-forces"], "asserted")]


def test_a_death_with_no_fight_noun_is_no_clash():
    assert rows("A journalist was killed in Gaza with his family.") == []
    assert rows("Two people were injured in a car crash with a lorry near Kampala.") == []


# ---------------------------------------------------------------- interceptions told by a pronoun


def test_an_interception_of_it_answers_the_launch_just_told():
    assert rows("Houthi rebels fired a ballistic missile at Israel on Tuesday. The Israeli "
                "military said it had intercepted it.") == [
        ("heavy-weapons", ["houthis"], ["israel"], "asserted"),
        ("aerial", ["israel-defense-forces"], ["houthis"], "reported")]
    assert rows("Iran launched dozens of drones at Israel overnight. Most were intercepted by "
                "Israeli and U.S. forces.") == [
        ("heavy-weapons", ["iran"], ["israel"], "asserted"),
        ("aerial", ["israel-defense-forces", "us-armed-forces"], ["iran"], "asserted")]
    assert rows("Israel fired missiles at the Iranian consulate in Damascus. Syria said its air "
                "defences had downed some of them.")[1] == (
        "aerial", ["syria"], ["israel"], "reported")
    assert rows("Russia fired 40 missiles at Kyiv overnight. Ukraine's air force said it had "
                "shot down all of them.")[1] == (
        "aerial", ["ukrainian-air-force"], ["russia"], "reported")


def test_what_is_shot_down_was_launched_not_the_last_attack_named():
    # the Hamas attack is the last one told, but drones and missiles are what flew
    assert rows("The Houthis have fired drones and missiles at Israel since the war in Gaza "
                "began on Oct. 7 with a Hamas attack on southern Israel. Most were intercepted "
                "by Israeli and U.S. forces.", published="2023-11-20")[-1] == (
        "aerial", ["israel-defense-forces", "us-armed-forces"], ["houthis"], "asserted")


def test_a_pronoun_caught_or_a_plane_going_down_is_no_interception():
    assert rows("Police intercepted it before it reached the border, the ministry said.") == []
    assert rows("Crowds ran alongside a U.S. military plane as it taxied down the runway, with "
                "some people clinging to its side.") == []
    assert rows("Russia fired missiles at Kyiv. The shipment was intercepted by customs "
                "officers.") == [("heavy-weapons", ["russia"], [], "asserted")]


# ---------------------------------------------------------------- interventions, sites hit


def test_a_force_intervening_in_a_war_attacks_the_side_it_came_against():
    assert rows("The Saudi-led coalition intervened in Yemen in March 2015 after the Houthis "
                "drove the government out of Sanaa.")[0] == (
        "ground", ["saudi-led-coalition"], ["houthis"], "historical")
    assert rows("Rwandan troops intervened in Mozambique in 2021 against Islamist insurgents of "
                "Ansar al-Sunna.") == [
        ("ground", ["rwanda-defence-force"], ["ansar-al-sunna-mozambique"], "historical")]
    # the country intervened in is where the war is, not the enemy
    assert rows("Russian forces intervened in Syria in 2015, turning the war in Bashar "
                "al-Assad's favour against the rebels.") == [
        ("ground", ["russian-armed-forces"], [], "historical")]


def test_intervening_to_calm_or_in_a_dispute_is_no_attack():
    assert rows("The army intervened to restore order after days of protests in Dhaka.") == []
    assert rows("The Supreme Court intervened in the dispute between the president and "
                "parliament.") == []


def test_a_headline_site_hit_after_a_semicolon_is_the_writers_own():
    assert rows("Oman says U.S. and Houthis agree truce; Israel hits Sanaa airport") == [
        (None, ["israel"], [], "asserted")]
    assert rows("Houthis hit Aramco depot in Jeddah before F1 race") == [
        (None, ["houthis"], ["saudi-aramco"], "asserted")]
    assert rows("Inflation hit a record high in May, the central bank said.") == []


# ---------------------------------------------------------------- days and places


def test_a_span_since_a_day_dates_no_later_attack():
    text = ("MUSCAT, May 6 - Oman said on Tuesday it had brokered a ceasefire between the United "
            "States and the Houthis.\n\nU.S. forces have struck more than 1,000 targets in Yemen "
            "since March 15, when Trump ordered an air campaign against the group.\n\nHours "
            "after the announcement, the Houthis said they had fired a ballistic missile at "
            "Israel. The Israeli military said it had intercepted it.")
    assert dated(text, "2025-05-06")[2:] == [
        ("assault.fire-ballistic", "2025-05-06", "reported", "Israel"),
        ("assault.intercept-them", "2025-05-06", "reported", None)]


def test_a_tally_since_a_day_does_not_redate_the_lede():
    text = ("MAPUTO, Nov 8 - Mozambican police fired tear gas and live ammunition at thousands "
            "of demonstrators in the capital Maputo on Thursday, witnesses said.\n\nA monitoring "
            "group said at least 30 people had been killed by police gunfire since the protests "
            "began on Oct 21.")
    assert dated(text, "2024-11-08")[0][1] == "2024-11-07"


def test_an_act_told_after_a_since_clause_goes_on_that_span():
    # "since the war began on Oct. 7" opens a span: the interception is of the story's time
    assert dated("DUBAI, Nov 20 - The Houthis have fired drones and missiles at Israel since "
                 "the war in Gaza began on Oct. 7. Most were intercepted by Israeli and U.S. "
                 "forces.", "2023-11-20")[1][2] == "asserted"


def test_a_where_clause_happens_in_the_place_it_follows():
    assert dated("The two countries back opposing sides in Yemen, where a Saudi-led coalition "
                 "intervened in 2015 against the Iran-aligned Houthi movement.",
                 "2023-03-11") == [("assault.force-intervenes", "2015", "historical", "Yemen")]
    assert dated("Fighting between the army and the RSF soon spread to Darfur, where RSF "
                 "fighters have repeatedly attacked villages.", "2023-06-15")[-1][3] == "Darfur"
