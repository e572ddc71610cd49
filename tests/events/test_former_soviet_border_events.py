"""Events of interstate border clashes in the former Soviet space: what one side says the other
should do, a ceasefire agreed with no "to", a foreign base kept in a country, and the background
of a war dated in a phrase split by "in and around" or followed by a relative clause."""

from __future__ import annotations

from factions.pipeline import analyze_text


def rows(text: str, published: str = "2022-09-16") -> list[tuple]:
    analysis = analyze_text(text, published=published)
    return [(e.type, e.source, e.target, e.modality, e.date, e.place_text)
            for e in analysis.events]


def test_what_a_minister_says_another_state_should_do_is_his_demand_on_it():
    assert rows("Turkish Foreign Minister Mevlut Cavusoglu said Armenia should end its "
                "provocations and concentrate on peace talks with Azerbaijan.") == [
        ("REQUEST", ["mevlut-cavusoglu"], ["armenia"], "asserted", "2022-09-16", None)]
    # a wish with no actor told to act is no demand
    assert rows("Guterres said the fighting must stop.") == []


def test_a_ceasefire_agreed_with_no_to_is_the_deal_and_the_truce():
    assert rows("Kyrgyzstan and Tajikistan agreed a ceasefire on Friday.") == [
        ("AGREE", ["kyrgyzstan"], ["tajikistan"], "asserted", "2022-09-16", None),
        ("AGREE", ["tajikistan"], ["kyrgyzstan"], "asserted", "2022-09-16", None),
        ("RETREAT", ["kyrgyzstan"], ["tajikistan"], "asserted", "2022-09-16", None),
        ("RETREAT", ["tajikistan"], ["kyrgyzstan"], "asserted", "2022-09-16", None)]
    # the headline's "agree ceasefire" names the deal alone
    assert [r[0] for r in rows("Kyrgyzstan and Tajikistan agree ceasefire after deadly border "
                                "fighting")] == ["AGREE", "AGREE"]


def test_a_military_base_kept_in_a_country_is_a_presence():
    assert rows("Russia keeps a military base in Armenia, its ally.") == [
        ("MOBILIZE", ["russia"], [], "asserted", "2022-09-16", "Armenia")]


def test_a_war_dated_after_in_and_around_is_background():
    assert rows("Azerbaijan recaptured large areas in and around the enclave in 2020.") == [
        ("ASSAULT", ["azerbaijan"], [], "historical", "2020", None)]


def test_a_relative_clause_right_after_a_date_tells_of_the_dated_war():
    assert rows("Azerbaijan recaptured large areas in a six-week war in 2020 that ended with a "
                "truce brokered by Moscow.") == [
        ("ASSAULT", ["azerbaijan"], [], "historical", "2020", None),
        ("CONSULT", ["russia"], [], "historical", "2020", None)]
