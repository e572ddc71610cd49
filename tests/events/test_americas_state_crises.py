"""State-to-state crises in the Americas (the Essequibo dispute, the U.S. strikes on boats off
Venezuela), in the shapes wire copy gives them, coded through the whole pipeline with exact
expected events."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2023-12-14", kind: str | None = None
         ) -> list[tuple[str, str | None, list[str], list[str]]]:
    events = analyze_text(text, published=published).events
    return [(e.type, e.mode, e.source, e.target) for e in events
            if kind is None or e.type == kind]


def test_a_pledge_not_to_use_force_is_an_agreement_not_a_threat():
    assert rows("Venezuela and Guyana agreed on Thursday not to threaten or use force against "
                "each other.") == [
        ("AGREE", "accept", ["venezuela"], ["guyana"]),
        ("AGREE", "accept", ["guyana"], ["venezuela"])]
    assert rows("Venezuela and Guyana pledge not to use force in Essequibo row") == [
        ("AGREE", "accept", ["venezuela"], ["guyana"]),
        ("AGREE", "accept", ["guyana"], ["venezuela"])]


def test_talks_brokered_by_a_list_whose_first_member_names_no_actor():
    assert rows("Venezuela and Guyana agreed not to use force, after talks brokered by regional "
                "leaders and Brazil.", kind="CONSULT") == [
        ("CONSULT", "third-party", ["brazil"], ["guyana", "venezuela"])]


def test_a_possessive_and_its_titled_person_in_a_list_is_the_person():
    assert rows("Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali shook "
                "hands at the start of the meeting.") == [
        ("CONSULT", "meet", ["nicolas-maduro"], ["irfaan-ali"]),
        ("CONSULT", "meet", ["irfaan-ali"], ["nicolas-maduro"])]


def test_a_three_letter_surname_goes_back_to_the_person_named_in_full():
    # "Ali" alone is no alias of anyone; after "Irfaan Ali" it is him, and so is "He".
    text = ("Guyana's President Irfaan Ali met envoys on Monday.\n\n"
            "Ali called the moves a direct threat to Guyana's territorial integrity and an "
            "attempt at annexation. He put the country's defence force on alert and appealed "
            "to the U.N. Security Council.")
    assert rows(text) == [
        ("ACCUSE", "condemn", ["irfaan-ali"], []),
        ("MOBILIZE", "alert", ["irfaan-ali"], []),
        ("REQUEST", None, ["irfaan-ali"], ["un-security-council"])]


def test_a_denial_told_as_a_clause_and_the_verb_coordinated_after_it():
    assert rows("Venezuela's government denied that the men killed belonged to the gang and "
                "called the strikes an act of aggression.", "2025-09-15") == [
        ("REJECT", "deny", ["venezuelan-government"], []),
        ("ACCUSE", "condemn", ["venezuelan-government"], [])]


def test_denying_a_label_rejects_it():
    assert rows("Georgian Dream, which has governed since 2012, denies being pro-Russian.",
                "2024-12-02", "REJECT") == [("REJECT", "deny", ["georgian-dream"], [])]


def test_condemning_a_strike_as_murder_is_an_accusation():
    assert rows("Colombian President Gustavo Petro condemned the strike as murder.",
                "2025-09-15") == [("ACCUSE", "condemn", ["gustavo-petro"], [])]


def test_joint_air_drills_with_a_partner_are_military_cooperation_both_ways():
    assert rows("The U.S. military held joint air drills with Guyana's armed forces over the "
                "country on Thursday.") == [
        ("COOPERATE", "military", ["us-armed-forces"], ["guyana-defence-force"]),
        ("COOPERATE", "military", ["guyana-defence-force"], ["us-armed-forces"])]


def test_an_order_to_refrain_is_a_demand_on_whom_it_names():
    assert rows("The U.N. Security Council ordered Venezuela to refrain from any action that "
                "would change the situation.") == [
        ("REQUEST", None, ["un-security-council"], ["venezuela"])]


def test_a_body_whose_name_ends_in_a_title_word_acts_as_subject():
    # "Ministry of Justice condemned Ukraine" is no "<agent> of [title words] Ukraine" phrase
    assert rows("The Ministry of Justice condemned Ukraine.") == [
        ("ACCUSE", "condemn", ["x-ministry-of-justice"], ["ukraine"])]
    assert rows("The International Court of Justice condemned Venezuela.") == [
        ("ACCUSE", "condemn", ["icj"], ["venezuela"])]


def places(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze_text(text, published="2023-12-14")
    names = {p.id: p.name for p in analysis.places}
    return [(e.type, names.get(e.place or "")) for e in analysis.events]


def test_troops_sent_to_the_state_of_a_place_are_deployed_there():
    assert places("Brazil, which borders both countries, reinforced its northern border, sending "
                  "armoured vehicles and extra troops to the state of Roraima.") == [
        ("MOBILIZE", "Roraima")]


def test_the_island_of_a_state_is_a_place_not_the_state_acting():
    analysis = analyze_text("Venezuela and Guyana agreed not to use force, after talks on the "
                            "Caribbean island of St Vincent brokered by Brazil.",
                            published="2023-12-14")
    assert "saint-vincent-and-the-grenadines" not in {a.id for a in analysis.actors}
    assert [p.name for p in analysis.places] == ["Saint Vincent and the Grenadines"]


def test_the_host_of_a_meeting_is_none_of_both_sides():
    text = ("Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali shook hands at "
            "the start of the meeting, hosted by St Vincent and the Grenadines Prime Minister "
            "Ralph Gonsalves.\n\nBrazilian President Luiz Inacio Lula da Silva, who had urged "
            "both sides to avoid escalation, sent his chief foreign policy adviser to the talks.")
    assert rows(text, kind="REQUEST") == [
        ("REQUEST", None, ["lula-da-silva"], ["irfaan-ali", "nicolas-maduro"])]
