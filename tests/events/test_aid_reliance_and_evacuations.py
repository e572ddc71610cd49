"""AID phrasing: forces a state relies on, evacuations told in the passive, trainers arriving
in a capital, and backing held since a past year."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze, make_document

MALI = "BAMAKO, Jan 10 - Mali's military government said on Wednesday it had retaken Kidal. "


def events(text: str, published: str = "2024-01-22") -> list[Event]:
    return analyze(make_document(text, published=published, source="test")).events


def aid(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(tuple(e.source), tuple(e.target)) for e in events(text) if e.type == "AID"}


def test_whom_a_state_relies_on_for_fighters_or_arms_aids_it():
    assert aid("Mali has relied on Russia's Wagner Group since 2021.") == {
        (("wagner-group",), ("mali",))}
    assert aid("Mali has relied on Wagner fighters since 2021.") == {
        (("wagner-group",), ("mali",))}
    assert aid("Haftar leaned heavily on Turkish drones during the offensive.") == {
        (("turkish-armed-forces",), ("khalifa-haftar",))}
    assert aid(MALI + "The junta relies on Russian mercenaries to fight the jihadists.") == {
        (("russia",), ("malian-transitional-government",))}
    assert aid(MALI + "The government depends on Rwandan troops to hold the north.") == {
        (("rwanda-defence-force",), ("malian-transitional-government",))}


def test_relying_on_trade_or_routes_is_no_aid():
    assert aid(MALI + "Mali relies on food imports from Senegal.") == set()
    assert aid(MALI + "The rebels rely on smuggling routes through Chad.") == set()
    assert aid(MALI + "The junta relies on Russia for diplomatic cover at the United "
                      "Nations.") == set()


def test_an_evacuation_in_the_passive_is_by_its_agent_or_its_teller():
    assert aid("Kyrgyz emergency officials said tens of thousands of people had been "
               "evacuated from villages near the frontier.") == {(("kyrgyzstan",), ())}
    assert aid("More than 20,000 residents were evacuated from the area, Thai officials "
               "said.") == {(("thailand",), ())}
    assert aid("About 3,000 villagers have been evacuated, the Armenian defence ministry "
               "said.") == {(("armenian-ministry-of-defence",), ())}
    assert aid("Thousands of civilians were evacuated by Ukrainian troops from the border "
               "villages.") == {(("armed-forces-of-ukraine",), ())}


def test_buildings_evacuated_or_people_killed_are_no_evacuation_of_people():
    assert aid("The embassy was evacuated on Monday, officials said.") == set()
    assert aid("Thousands of people were killed, officials said.") == set()
    assert aid("Thousands of people were evacuated from the flooded area.") == set()


def test_trainers_arriving_in_a_capital_aid_its_state():
    lead = "Mali expelled French troops last year. "
    assert aid(lead + "Russian mercenaries arrived in Bamako on Monday.") == {
        (("russia",), ("mali",))}
    assert aid(lead + "Russian military instructors arrived in Bamako in December.") == {
        (("russian-armed-forces",), ("mali",))}
    assert aid(lead + "Russian instructors arrived in Moscow for training.") == set()


def test_backing_held_since_a_past_year_is_dated_then_and_placed_in_its_own_clause():
    [event] = [e for e in events(
        "Mali expelled French troops. Protesters marched in Bamako this week, and Mali has "
        "relied on Russian mercenaries since 2021.") if e.type == "AID"]
    assert (event.source, event.target) == (["russia"], ["mali"])
    assert (event.date, event.modality, event.place_text) == ("2021", "historical", None)
    # a war fought since then too; and no "since" clause of its own dates nothing
    [fight] = [e for e in events(
        "Mali expelled French troops. Protesters marched in Bamako this week, and Mali has "
        "fought jihadist insurgents since 2012.") if e.type == "ASSAULT"]
    assert (fight.date, fight.modality) == ("2012", "historical")
    [recent] = [e for e in events("Russia has supplied weapons to Mali since December.")
                if e.type == "AID"]
    assert recent.modality == "asserted"


def test_a_recipient_named_right_after_give_or_send_gets_the_aid():
    assert aid("Biden said Washington would keep giving Ukraine the support it needs.") == {
        (("united-states",), ("ukraine",))}
    assert aid("The United States will continue to give Ukraine the support it needs.") == {
        (("united-states",), ("ukraine",))}
    # the recipient is no modifier of the aid ("Ukraine military support")
    assert aid("Germany has given Ukraine military support worth billions.") == {
        (("germany",), ("ukraine",))}
    assert aid("The United States sent Ukraine more weapons last month.") == {
        (("united-states",), ("ukraine",))}
    assert aid("Iran gives the Houthis weapons and money, the United States says.") == {
        (("iran",), ("houthis",))}


def test_political_backing_or_support_for_a_plan_is_no_aid():
    assert aid("France gave Ukraine its full political support.") == set()
    assert aid("The European Union gave its support to the peace plan.") == set()
