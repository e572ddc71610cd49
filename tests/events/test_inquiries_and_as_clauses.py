"""An inquiry set up by a leader, a headline's "as" clause whose subject is no actor, and a verb
after "called for calm and" (events/arguments.py, events/coder.py, accuse.yaml)."""

from __future__ import annotations

from factions.pipeline import analyze_text


def _events(text: str, published: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published=published).events]


def test_a_violence_that_kills_in_an_as_clause_is_no_act_of_the_main_clauses_subject():
    # the headline's "as coastal violence kills" gives Sharaa no killing; the committee set up
    # after "called for calm and" is his inquiry, into the killers' deed, not the victims
    assert _events(
        "Syria's Sharaa orders inquiry as coastal violence kills hundreds of Alawites\n\n"
        "DAMASCUS, March 9 - Syrian President Ahmed al-Sharaa called for calm on Sunday and set "
        "up a committee to investigate the killing of civilians.", "2025-03-09") == [
        ("request.call-for-ceasefire", ["ahmed-al-sharaa"], [], "asserted"),
        ("accuse.investigate", ["ahmed-al-sharaa"], [], "asserted")]


def test_a_verb_after_a_call_to_do_something_stays_inside_the_call():
    # "urged both sides to halt the fighting and set up a committee": what is urged
    assert _events("The UN urged both sides to halt the fighting and set up a committee to "
                   "investigate the killings.", "2025-03-08") == [
        ("request.urge", ["united-nations"], [], "asserted")]


def test_an_actor_after_a_temporal_as_is_still_the_verbs_subject():
    assert _events("DAMASCUS, March 9 - Rebels advanced on the city as government troops "
                   "shelled their positions.",
                   "2025-03-09") == [
        ("assault.advance", ["x-syr-rebels"], ["syrian-arab-army"], "asserted"),
        ("assault.shell", ["syrian-arab-army"], ["x-syr-rebels"], "asserted")]


def test_a_capture_that_ended_a_rule_is_aimed_at_the_ruler():
    analysis = analyze_text(
        "DAMASCUS, March 9 - Assad fled to Russia in December after rebels led by Sharaa's Hayat "
        "Tahrir al-Sham (HTS) seized Damascus, ending more than five decades of his family's "
        "rule.", published="2025-03-09")
    assert [(e.rule, e.source, e.target, e.modality) for e in analysis.events] == [
        ("retreat.flee-abroad", ["bashar-al-assad"], ["hayat-tahrir-al-sham"], "historical"),
        ("assault.seize-territory", ["hayat-tahrir-al-sham"], ["bashar-al-assad"], "historical")]
    assert [(r.source, r.type, r.target) for r in analysis.relations] == [
        ("hayat-tahrir-al-sham", "opposes", "bashar-al-assad")]
