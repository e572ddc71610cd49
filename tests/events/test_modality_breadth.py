"""Modality cues of wire copy written from general knowledge, one family at a time: what a
clause rules out or refrains from is not done, what is believed or thought to have happened is
attributed, what happened years ago is background, and a possible or any attack is none yet.
Each family has near misses that must keep their reading."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def reading(text: str, kind: str, trigger: str) -> set[str]:
    events = analyze_text(text, published="2024-05-01").events
    found = {e.modality for e in events if e.type == kind and e.evidence.trigger == trigger}
    assert found, [(e.type, e.evidence.trigger, e.modality) for e in events]
    return found


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # an act ruled out, refrained from or stopped short of is not done
    ("NATO has ruled out deploying troops in Ukraine.", "MOBILIZE", "deploying", "negated"),
    ("Biden ruled out striking Iran's nuclear sites.", "ASSAULT", "striking", "negated"),
    ("Hezbollah has refrained from attacking Israeli cities.", "ASSAULT", "attacking",
     "negated"),
    # near misses: the act itself, and an appeal to refrain (no act of its own)
    ("NATO is deploying troops in Poland.", "MOBILIZE", "deploying", "asserted"),
    ("Hezbollah attacked Israeli positions on Monday.", "ASSAULT", "attacked", "asserted"),
])
def test_negation(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # a passive of belief before the trigger: what others think happened
    ("Wagner fighters are thought to have killed hundreds of civilians in Moura.", "ASSAULT",
     "killed", "reported"),
    ("Iran is suspected of supplying drones to Russia.", "AID", "supplying", "reported"),
    # near misses: the act told plainly; a belief about something else after the act
    ("Wagner fighters killed hundreds of civilians in Moura.", "ASSAULT", "killed", "asserted"),
    ("Israeli jets struck the building, where Hamas leaders were believed to be meeting.",
     "ASSAULT", "struck", "asserted"),
])
def test_attributed_passives(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # "years ago" after the trigger, with no date to place: background
    ("M23 had seized Goma years ago.", "ASSAULT", "seized", "historical"),
    ("Israel occupied southern Lebanon decades ago.", "ASSAULT", "occupied", "historical"),
    # near miss: an aside after a comma dates something else
    ("Israeli jets struck targets in Lebanon on Monday, a site the group had used years ago.",
     "ASSAULT", "struck", "asserted"),
])
def test_years_ago_after_the_trigger(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # a hypothetical determiner across a name or a modifier of the attack
    ("The U.N. warned of a possible Israeli ground offensive in Rafah.", "ASSAULT",
     "ground offensive", "hypothetical"),
    ("Any Russian advance on Kharkiv would be costly.", "ASSAULT", "advance on", "hypothetical"),
    # near misses: "further" before a verb's form; a determiner that opens no possibility
    ("Israel launched further strikes on Gaza on Monday.", "ASSAULT", "strikes", "asserted"),
    ("Israel launched a major ground offensive in Rafah on Monday.", "ASSAULT",
     "ground offensive", "asserted"),
])
def test_hypothetical_determiners(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # a schedule, a readiness or a plan under consideration
    ("Kenya is scheduled to deploy 1,000 police officers to Haiti.", "MOBILIZE",
     "deploy ... police", "planned"),
    ("Kenya is slated to deploy 1,000 police officers to Haiti.", "MOBILIZE",
     "deploy ... police", "planned"),
    ("Kenya is willing to deploy 1,000 police officers to Haiti.", "MOBILIZE",
     "deploy ... police", "planned"),
    ("Kenya is considering deploying 1,000 police officers to Haiti.", "MOBILIZE",
     "deploying ... police", "planned"),
    # near misses: the deployment done, and one that may happen
    ("Kenya deployed 1,000 police officers to Haiti on Monday.", "MOBILIZE",
     "deployed ... police", "asserted"),
    ("Kenya could deploy 1,000 police officers to Haiti.", "MOBILIZE", "deploy ... police",
     "hypothetical"),
])
def test_schedules_and_plans(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}


@pytest.mark.parametrize(("text", "kind", "trigger", "expected"), [
    # "not yet": "yet" is an adverb there, no coordinator that cuts the negation off
    ("Kenya has not yet deployed police officers to Haiti.", "MOBILIZE", "deployed police",
     "negated"),
    ("Russia has not yet attacked Kharkiv, Ukrainian officials said.", "ASSAULT", "attacked",
     "negated"),
    # near miss: the deployment done
    ("Kenya has deployed police officers to Haiti.", "MOBILIZE", "deployed police", "asserted"),
])
def test_not_yet(text: str, kind: str, trigger: str, expected: str) -> None:
    assert reading(text, kind, trigger) == {expected}
