"""Whom a request is made of, in the shapes wire copy gives it: the one urged in a gapped trigger
("urged Iran to release"), the subject of a demand's that-clause, the one called on right after
"a call for" — never the owner of what is asked ("demanding his release") nor the one whose
release is called for."""

from factions.pipeline import analyze_text


def requests(text: str) -> list[tuple[list[str], list[str]]]:
    analysis = analyze_text("BEIRUT, July 28 (Reuters) - " + text, published="2024-07-28")
    return [(e.source, e.target) for e in analysis.events if e.type == "REQUEST"]


def test_the_one_urged_in_the_gap_of_a_trigger_is_the_target():
    assert requests("France urged Iran to release the prisoners.") == [(["france"], ["iran"])]
    assert requests("The UN urged Israel to open an investigation into the killings.") == [
        (["united-nations"], ["israel"])]


def test_the_one_whose_release_is_asked_is_no_target():
    assert requests("The European Union called for the immediate release of Navalny.") == [
        (["european-union"], [])]
    assert requests("Protesters in Beirut demanded his release on Sunday.")[0][1] == []


def test_a_demand_that_a_state_act_is_made_of_that_state():
    assert requests("The United States repeated its demand that Iran stop arming the "
                    "Houthis.") == [(["united-states"], ["iran"])]
    assert requests("Qatar's demand that Israel withdraw its troops was rejected.") == [
        (["qatar"], ["israel"])]


def test_a_call_for_a_state_to_act_is_made_of_that_state():
    assert requests("Egypt renewed its call for Israel to halt the offensive.") == [
        (["egypt"], ["israel"])]
    assert requests("Egypt issued a call for calm after Israel struck Gaza.") == [
        (["egypt"], [])]
