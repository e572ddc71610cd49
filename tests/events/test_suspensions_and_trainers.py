"""A bloc that suspends a member after a coup, foreign military trainers or hired fighters who
arrive in a country, and what a time phrase naming another act ("after the coups in Mali in
2020") says of the place and the time of the act before it."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text

COUP = "Soldiers in Niger detained President Mohamed Bazoum in July. "


def events(lead: str, text: str, published: str = "2024-01-29") -> list[Event]:
    return [e for e in analyze_text(lead + text, published=published).events
            if text[:30] in e.evidence.text]


def rows(lead: str, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.type, e.rule, e.source, e.target) for e in events(lead, text)]


def test_a_bloc_suspending_a_member_sanctions_it():
    assert rows(COUP, "ECOWAS suspended Niger after the coup.") == [
        ("SANCTION", "sanction.suspend-member", ["ecowas"], ["niger"])]
    assert rows(COUP, "The African Union on Thursday suspended Niger and Gabon.") == [
        ("SANCTION", "sanction.suspend-member", ["african-union"], ["niger", "gabon"])]
    assert rows(COUP, "Niger was suspended by the African Union after the coup.") == [
        ("SANCTION", "sanction.suspend-member", ["african-union"], ["niger"])]
    # suspending a mission, flights or talks is no suspension of a member
    assert rows(COUP, "The AU suspended its mission in Niger.") == []
    assert [r[1] for r in rows(COUP, "The African Union suspended all flights to Niger.")] == [
        "sanction.ban-flights"]
    assert [r[1] for r in rows(COUP, "The African Union suspended the talks with Niger.")] == [
        "sanction.suspend-talks"]
    # nor a body's own staff, with no bloc named
    assert "SANCTION" not in [r[0] for r in rows(COUP, "The police suspended two officers "
                                                       "after the protest.")]


def test_foreign_trainers_or_hired_fighters_arriving_in_a_country_aid_it():
    lead = "Burkina Faso expelled French troops last year. "
    assert rows(lead, "Russian mercenaries arrived in Burkina Faso in December.") == [
        ("AID", "aid.trainers-arrive", ["russia"], ["burkina-faso"])]
    assert rows(lead, "About 100 Russian military advisers have landed in Burkina Faso.") == [
        ("AID", "aid.trainers-arrive", ["russian-armed-forces"], ["burkina-faso"])]
    # at home, or diplomats arriving for talks: no aid
    assert rows(lead, "Russian instructors arrived in Moscow for training.") == []
    assert [r[0] for r in rows(lead, "Russian diplomats arrived in Burkina Faso for talks.")] \
        == ["CONSULT"]


def test_a_time_phrase_after_the_trigger_names_another_acts_place_and_time():
    lead = ("Soldiers seized power in Mali in 2020 and 2021, in Burkina Faso in 2022 and in "
            "Niger last July. ")
    [event] = events(lead, "ECOWAS suspended Niger after the coups in Mali in 2020 and 2021, "
                           "in Burkina Faso in 2022 and in Niger last July.")
    assert (event.type, event.place_text, event.modality) == ("SANCTION", None, "historical")


def test_a_countrys_warring_sides_after_the_trigger_are_the_two_sides():
    lead = "The army and the RSF clashed in Khartoum. "
    sides = ["rapid-support-forces", "sudanese-armed-forces"]
    assert rows(lead, "U.S. sanctions Sudan's warring sides as Jeddah truce unravels.") == [
        ("SANCTION", "sanction.sanction", ["united-states"], sides)]
    assert rows(lead, "The United States urged Sudan's warring parties to return to talks.") \
        == [("REQUEST", "request.urge", ["united-states"], sides)]
    # a body of the country is no side of its war
    assert rows(lead, "The United States sanctioned Sudan's central bank.") == [
        ("SANCTION", "sanction.sanction", ["united-states"], ["central-bank-of-sudan"])]
