"""Alignments that the counting of sides could make but no reader would: with the victims of
the violence, and between a state and its own bodies."""

from __future__ import annotations

from factions.actors.home import home_body
from factions.pipeline.run import analyze_text


def _alignments(text: str, published: str) -> list[tuple[str, str, str]]:
    analysis = analyze_text(text, published=published)
    return [(r.type, r.source, r.target) for r in analysis.relations
            if r.type in ("supports", "opposes", "allied_with", "mediates")]


def test_the_victims_are_no_party_to_an_alignment():
    text = ("ABUJA, March 9 - Gunmen abducted more than 280 pupils from a school in Kuriga on "
            "Thursday. President Bola Tinubu condemned the attack and ordered the security "
            "agencies to ensure the swift rescue of the pupils, his spokesman said in a "
            "statement.")
    assert _alignments(text, "2024-03-09") == [
        ("opposes", "bola-tinubu", "x-unnamed-armed-group")]


def test_a_plural_pronoun_after_people_no_actor_names_is_theirs_not_the_last_group():
    # "them" is the men the troops rounded up, not Human Rights Watch: no attack on the group
    # that reported the killings, and no opposition to it.
    text = ("BAMAKO, April 6 - Malian soldiers executed around 300 civilian men in the town of "
            "Moura last month, Human Rights Watch said in a report on Tuesday. Over the next four "
            "days, troops rounded up hundreds of men, many of them ethnic Peuls, and shot them in "
            "small groups.")
    analysis = analyze_text(text, published="2022-04-06")
    assert all("human-rights-watch" not in e.target for e in analysis.events)
    assert all("human-rights-watch" not in (r.source, r.target) for r in analysis.relations
               if r.type == "opposes")


def test_home_body_reads_the_ids_of_a_states_own_document_groups():
    assert home_body("x-bfa-police") == ("BFA", "police")
    assert home_body("x-bgd-government") == ("BGD", "government")
    assert home_body("x-33rd-front") is None
    assert home_body("burkina-faso") is None


def test_a_state_is_not_opposed_to_its_own_police_or_government():
    from types import SimpleNamespace

    from factions.model import Evidence, Relation
    from factions.pipeline import default_kb
    from factions.relations import _against_own_body

    state = SimpleNamespace(kb=default_kb())
    evidence = Evidence("JNIM has blockaded dozens of towns.", 0, 35)

    def opposes(source: str, target: str, kind: str = "opposes") -> Relation:
        return Relation("r1", kind, source, target, evidence, basis="inferred")

    assert _against_own_body(state, opposes("burkina-faso", "x-bfa-police"))
    assert _against_own_body(state, opposes("x-bfa-government", "burkina-faso"))
    assert not _against_own_body(state, opposes("mali", "x-bfa-police"))
    assert not _against_own_body(state, opposes("jnim", "x-bfa-police"))
    assert not _against_own_body(state, opposes("burkina-faso", "x-bfa-police", "supports"))


def _policed(text: str, published: str) -> set[tuple[str, str, str]]:
    return {a for a in _alignments(text, published) if a[0] == "opposes"}


def test_whoever_polices_a_protest_against_its_own_country_opposes_the_crowd():
    # The crowd names whom it marches on (the parliament), or protests in the country with no
    # one named: the police that fire on, gas, arrest or disperse it oppose it.
    assert _policed(
        "NAIROBI, June 25 - Thousands of protesters marched on parliament in Nairobi on Tuesday "
        "against new taxes. Police fired tear gas and live rounds at the crowds.",
        "2024-06-25") == {("opposes", "kenya-national-police-service", "x-ken-protesters"),
                          ("opposes", "x-ken-protesters", "x-ken-legislature")}
    assert _policed(
        "LIMA, Dec 12 - Protests spread across Peru on Monday. Police fired tear gas at "
        "protesters who blocked the main highway.",
        "2022-12-12") == {("opposes", "peruvian-national-police", "x-per-protesters")}
    assert _policed(
        "TEHRAN, Sept 22 - Protests broke out in Tehran and other cities on Thursday. Security "
        "forces opened fire on demonstrators in the capital.",
        "2022-09-22") == {("opposes", "iranian-law-enforcement-command", "x-irn-protesters")}
    assert _policed(
        "DHAKA, July 18 - Students protested in Dhaka on Thursday, demanding the resignation of "
        "the home minister. Police arrested hundreds of protesters.",
        "2024-07-18") == {("opposes", "x-bgd-police", "x-bgd-protesters")}
    assert ("opposes", "bolivarian-national-police", "x-ven-protesters") in _policed(
        "CARACAS, July 30 - Protests erupted in Caracas on Monday after the election result was "
        "announced. Security forces broke up the demonstrations, and President Nicolas Maduro "
        "called the protesters terrorists.", "2024-07-30")


def test_police_dispersing_a_crowd_that_attacks_foreign_embassies_or_a_curfew_oppose_no_crowd():
    # The crowd stands against foreign capitals and rebels, not the police's own country: the
    # crowd opposes the states whose embassies it attacked, no police opposes the crowd.
    assert _policed(
        "KINSHASA, Jan 28 - Hundreds of protesters attacked the embassies of Rwanda and France "
        "in Kinshasa on Tuesday, accusing Western capitals of backing the rebels. Police fired "
        "tear gas to disperse the crowds.",
        "2025-01-28") == {("opposes", "x-cod-protesters", "x-cod-rebels"),
                          ("opposes", "x-cod-protesters", "rwanda"),
                          ("opposes", "x-cod-protesters", "france")}
    # A curfew is a measure for the whole city, not an act against the crowd.
    assert _policed(
        "NAIROBI, June 25 - Thousands of protesters marched on parliament in Nairobi on Tuesday "
        "against new taxes. The government imposed a curfew on the capital.",
        "2024-06-25") == {("opposes", "x-ken-protesters", "x-ken-legislature")}
