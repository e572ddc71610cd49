"""Whose act a later verb is: possessives inside an adverbial or an object are no subjects, and
a "that" after where a report was made opens what was said, not a relative clause."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze_text(text, published="2024-06-14")
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive in an adverbial phrase: the conjunct's subject is the main clause's
    ("Haftar visited Moscow after Erdogan's speech and rejected the ceasefire.",
     ("REJECT", ("khalifa-haftar",), ())),
    ("Netanyahu met Biden after Blinken's trip to the region and rejected a ceasefire.",
     ("REJECT", ("benjamin-netanyahu",), ())),
    # ... inside a relative clause: the relative's antecedent
    ("Khalifa Haftar, who flew to Moscow before Erdogan's visit and has rejected the ceasefire, "
     "returned to Benghazi.",
     ("REJECT", ("khalifa-haftar",), ())),
    # a possessive object of a verb in the past
    ("The RSF, which seized Khartoum's airport in April and has since attacked the army in "
     "Darfur, denied the charge.",
     ("ASSAULT", ("rapid-support-forces",), ("sudanese-armed-forces",))),
])
def test_a_possessive_in_an_adverbial_or_object_is_no_subject(
        text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    events = _events(text)
    assert expected in events
    assert not any(e[0] == expected[0] and e[1] != expected[1] for e in events)


def test_a_possessive_that_owns_a_force_is_still_a_subject() -> None:
    # "after Russia's forces shelled": the forces act
    assert ("ASSAULT", ("russian-armed-forces",), ()) in _events(
        "After Russia's forces shelled the town, Ukraine accused Moscow of war crimes.")
    assert ("AID", ("wagner-group",), ("armed-forces-of-belarus",)) in _events(
        "Lukashenko, who brokered Prigozhin's exit, said Wagner fighters would train Belarus's "
        "army.")


@pytest.mark.parametrize("text", [
    "Jair Bolsonaro wrote on Twitter that peaceful protests were part of democracy but that "
    "ransacking and invading public buildings went beyond the limits.",
    "Donald Trump wrote on Truth Social that peaceful protests were fine but that storming and "
    "invading public buildings went too far.",
])
def test_the_medium_a_report_was_made_on_does_nothing_it_reports(text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in _events(text))


def test_a_report_made_on_a_medium_keeps_its_own_subjects() -> None:
    assert _events("Hamas said on Telegram that its fighters had attacked Israeli troops in "
                   "Rafah.") == {("ASSAULT", ("hamas",), ("israel-defense-forces",))}


@pytest.mark.parametrize(("text", "unwanted"), [
    # whom the force was used against is no one who acts in the sentence
    ("TEHRAN - Protests spread on Monday. The European Union condemned the \"widespread and "
     "disproportionate use of force\" against protesters and called on Tehran to ensure a "
     "transparent investigation.", ("REQUEST", ("x-irn-protesters",))),
    ("DHAKA - Students marched on Monday. Amnesty International said the use of lethal force "
     "against protesters was a shocking violation of international law.",
     ("ACCUSE", ("amnesty-international",), ("x-bgd-protesters",))),
    ("NAIROBI - Protests spread on Monday. Human Rights Watch said the \"brutal crackdown\" on "
     "demonstrators was unlawful and urged the government to free those detained.",
     ("ACCUSE", ("human-rights-watch",), ("x-ken-protesters",))),
])
def test_whom_an_act_is_aimed_at_is_no_subject(
        text: str, unwanted: tuple[tuple[str, ...], ...]) -> None:
    events = _events(text)
    assert not any(e[: len(unwanted)] == unwanted for e in events)


def test_an_aimed_at_crowd_leaves_the_other_acts_alone() -> None:
    events = _events("NAIROBI - Protests spread on Monday. Human Rights Watch said the \"brutal "
                     "crackdown\" on demonstrators was unlawful and urged the government to free "
                     "those detained.")
    assert ("REQUEST", ("human-rights-watch",), ("x-ken-government",)) in events


@pytest.mark.parametrize(("text", "expected"), [
    # ", and <verb>" after a "that" clause on a thing goes back to the clause it hangs on, not
    # to the force that clause names as its object
    # (the capital called on is whom the call is made to)
    ("NIAMEY - The junta announced a decree that bars the French army from Niger, and called on "
     "Paris to withdraw.", ("REQUEST", ("niger-cnsp",), ("france",))),
    ("KYIV - Zelensky signed a law that allows the army to call up more men, and urged allies to "
     "send more weapons.", ("REQUEST", ("volodymyr-zelensky",), ())),
    ("NIAMEY - The junta, which seized power in July, announced a decree that bars the French "
     "army from Niger, and called on Paris to withdraw.",
     ("REQUEST", ("niger-cnsp",), ("france",))),
])
def test_a_verb_after_a_that_clause_on_a_thing_goes_back_to_its_clause(
        text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    events = _events(text)
    assert expected in events
    assert not any(e[0] == expected[0] and e[1] != expected[1] for e in events)
