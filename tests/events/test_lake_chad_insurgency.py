"""The jihadist insurgency around Lake Chad (Chad's Barkaram base attack of October 2024): news
sentences with the exact actors, events, dates and places expected."""

from __future__ import annotations

from factions.model import Analysis, Event
from factions.pipeline import analyze_text

BARKARAM = (
    "Chad's Deby threatens to quit regional force after deadly Boko Haram raid\n\n"
    "N'DJAMENA, Nov 4 - Chad's President Mahamat Idriss Deby has threatened to pull his "
    "country out of the multinational force fighting jihadists around Lake Chad, a week after "
    "Boko Haram fighters overran an army base on the lake's islands and killed about 40 "
    "soldiers.\n\n"
    "The force, the Multinational Joint Task Force (MNJTF), groups troops from Chad, Nigeria, "
    "Niger and Cameroon. It is headquartered in N'Djamena.\n\n"
    "The attack began late on Oct. 27, when dozens of militants arriving in boats stormed the "
    "garrison at Barkaram, in Chad's Lac province near the Nigerian border.\n\n"
    "Deby flew to the area on Oct. 28 and announced a counter-offensive to track the "
    "attackers down to their last hideouts.")

BOHOMA = (
    "In March 2020, militants killed nearly 100 Chadian soldiers in an attack on a base at "
    "Bohoma. Deby's father, the late President Idriss Deby, responded with an offensive that "
    "he said had driven the jihadists out of Chadian territory.")


def by_rule(a: Analysis, rule: str) -> list[Event]:
    return [e for e in a.events if e.rule == rule]


def test_a_headline_surname_the_lede_names_in_full_without_its_accent() -> None:
    # "Deby" in the headline is the lede's "Mahamat Idriss Deby" (the KB spells him "Déby"),
    # not his late father: the headline's subject, so the key actor.
    a = analyze_text(BARKARAM, published="2024-11-04")
    assert a.key_actor == "mahamat-idriss-deby"
    deby = next(x for x in a.actors if x.id == "mahamat-idriss-deby")
    assert "Deby" in deby.aliases


def test_a_threat_to_quit_a_multinational_force_described_before_it_is_named() -> None:
    a = analyze_text(BARKARAM, published="2024-11-04")
    assert [(e.source, e.target, e.mode, e.modality) for e in
            by_rule(a, "threaten.threaten-withdraw")] == [
        (["mahamat-idriss-deby"], ["mnjtf"], "non-force", "asserted"),
        (["mahamat-idriss-deby"], ["mnjtf"], "non-force", "asserted")]
    # the threat to leave the force is no fight with it: the counter-offensive is still aimed
    # at the side that attacked
    assert [(e.source, e.target, e.date) for e in by_rule(a, "assault.offensive")] == [
        (["mahamat-idriss-deby"], ["boko-haram"], "2024-10-28")]


def test_where_the_force_one_threatens_to_quit_fights_is_not_where_the_threat_was_made(
        ) -> None:
    a = analyze_text(BARKARAM, published="2024-11-04")
    # "the multinational force fighting jihadists around Lake Chad": a participle with its
    # object after the force says where the force is, as "operating in" does
    assert [(e.place, e.place_text) for e in by_rule(a, "threaten.threaten-withdraw")] == [
        (None, None), (None, None)]
    # nor is it where the attack the news came after ("a week after Boko Haram fighters
    # overran an army base") took place: that is the place of the attack the body retells
    assert [(e.place, e.place_basis) for e in by_rule(a, "assault.sweep-into")] == [
        ("text:TCD:barkaram", "context")]
    # after "of", the participle is the act spoken of: its place stays that act's (the charge
    # itself is placed nowhere, as gold/dev places "accused X of ...ing in Y": see
    # tests/events/test_event_places.py)
    a = analyze_text("Hamas accused Israel of killing civilians in Gaza on Monday.",
                     published="2024-11-04")
    assert [(e.type, e.place_text) for e in a.events] == [("ACCUSE", None),
                                                          ("ASSAULT", "Gaza")]


def test_an_attack_the_news_came_after_takes_the_day_the_body_gives_it() -> None:
    a = analyze_text(BARKARAM, published="2024-11-04")
    # "a week after Boko Haram fighters overran an army base": the day the fourth sentence
    # after gives the attack, not the day of publication
    assert [(e.source, e.date) for e in by_rule(a, "assault.sweep-into")] == [
        (["boko-haram"], "2024-10-27")]
    assert [(e.source, e.date) for e in by_rule(a, "assault.raid-noun")] == [
        (["boko-haram"], "2024-10-27")]


def test_a_when_clause_tells_where_the_attack_it_dates_took_place() -> None:
    # "The attack began late on Oct. 27, when ... stormed the garrison at Barkaram": a
    # locality the gazetteer lacks, framed by the garrison it holds.
    a = analyze_text(BARKARAM, published="2024-11-04")
    assert [(e.date, e.place) for e in by_rule(a, "assault.attack-noun")] == [
        ("2024-10-27", "text:TCD:barkaram")]
    assert any(p.id == "text:TCD:barkaram" and p.name == "Barkaram" for p in a.places)


def test_the_act_of_a_late_president_is_background_of_the_years_told_before() -> None:
    a = analyze_text(BOHOMA, published="2024-11-04")
    # the person after "Deby's father," is the subject, not the possessor; "the late" says
    # his act is history, dated by the sentence before, not the day of publication
    assert [(e.type, e.source, e.modality, e.date) for e in by_rule(a, "assault.respond-with")
            ] == [("ASSAULT", ["idriss-deby"], "historical", "2020-03")]


CONDOLENCES = (
    "N'DJAMENA, Oct 29 - Boko Haram fighters attacked Chadian troops at Barkaram in Chad's Lac "
    "province on Sunday, killing about 40 soldiers.\n\n"
    "Nigeria's foreign ministry condemned the raid and said it would keep working with Chad to "
    "defeat terrorism in the region, while Cameroon and Niger sent condolences.")


def test_condolences_that_name_no_one_go_to_whom_the_attack_hit() -> None:
    a = analyze_text(CONDOLENCES, published="2024-10-29")
    # (", while Cameroon and Niger sent condolences": the writer's news beside Nigeria's
    # statement, not part of what Nigeria said)
    assert [(e.source, e.target, e.modality) for e in by_rule(a, "support.condolences")] == [
        (["cameroon", "niger"], ["chadian-national-army", "chad"], "asserted")]


def test_the_region_of_a_statement_is_not_the_province_named_before() -> None:
    a = analyze_text(CONDOLENCES, published="2024-10-29")
    assert [(e.type, e.source, e.target, e.place) for e in a.events
            if e.type in ("ACCUSE", "COOPERATE")] == [
        ("ACCUSE", ["nigeria"], ["boko-haram"], None),
        ("COOPERATE", ["nigeria"], ["chad"], None)]


STATEMENT = (
    "Chad's Deby threatens to quit regional force\n\n"
    "N'DJAMENA, Nov 4 - Chad's President Mahamat Idriss Deby has threatened to pull his "
    "country out of the Multinational Joint Task Force (MNJTF) fighting jihadists around Lake "
    "Chad.\n\n"
    "In a statement read on state television on Sunday, Deby said the MNJTF had failed to pool "
    "its efforts against the common enemy.")


def test_a_speaker_saying_a_force_failed_at_its_task_criticizes_it_on_that_day() -> None:
    a = analyze_text(STATEMENT, published="2024-11-04")
    assert [(e.source, e.target, e.mode, e.date) for e in by_rule(a, "accuse.failed-to")] == [
        (["mahamat-idriss-deby"], ["mnjtf"], "criticize", "2024-11-03")]
    # the headline's and the lede's undated threat was made in that statement: its day
    assert [(e.target, e.date) for e in by_rule(a, "threaten.threaten-withdraw")] == [
        (["mnjtf"], "2024-11-03"), (["mnjtf"], "2024-11-03")]


def test_talks_that_failed_are_no_one_criticized() -> None:
    a = analyze_text("DOHA, May 2 - Qatar said the talks had failed to produce a deal between "
                     "Israel and Hamas.", published="2024-05-02")
    assert by_rule(a, "accuse.failed-to") == []


def test_a_kin_apposition_before_the_late_president_is_a_role() -> None:
    a = analyze_text(BOHOMA, published="2024-11-04")
    idriss = next(x for x in a.actors if x.id == "idriss-deby")
    assert [r.title for r in idriss.roles] == ["late President", "Deby's father"]


def test_a_war_waged_since_a_year_long_gone_is_background() -> None:
    def assaults(text: str) -> list[tuple[list[str], str, str | None]]:
        return [(e.source, e.modality, e.date) for e in analyze_text(
            text, published="2024-11-04").events if e.type == "ASSAULT"]
    # "has since" reaches back to the year of the clause before
    assert assaults("Boko Haram launched its insurgency in northeastern Nigeria in 2009 and has "
                    "since spread into Niger and Cameroon, killing tens of thousands of "
                    "people.") == [(["boko-haram"], "historical", "2009")]
    assert assaults("The PKK took up arms against the Turkish state in 1984 and has since "
                    "killed thousands of soldiers.") == [(["pkk"], "historical", "1984")]
    assert assaults("Islamic State seized Mosul in 2014 and has since carried out attacks in "
                    "Iraq and Syria, killing thousands of civilians.") == [
        (["islamic-state"], "historical", "2014")]
    # ... but not from a month of this year: the war goes on
    assert assaults("Israeli troops entered Rafah in May and have since destroyed much of the "
                    "city, killing hundreds of people.") == [
        (["israel-defense-forces"], "asserted", "2024-05")]
