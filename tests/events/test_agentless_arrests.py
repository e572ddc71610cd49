"""Arrests told in the passive with no agent ("X was detained on Thursday, the KNB said"): the
arrester is the speaker when the speaker is a police, security, intelligence, prosecution or
military body or the junta of the story's country, else the country's police or security
forces the story names, else no one; never for a negated, planned, past or foreign arrest."""

from __future__ import annotations

import pytest

from factions.model import Event
from factions.pipeline import analyze_text

_POLICE = "TBILISI, Dec 5 - Georgian police used water cannon on protesters in Tbilisi on " \
    "Wednesday. "
_RALLY = "TBILISI, Dec 5 - Thousands of protesters rallied in Tbilisi on Wednesday. "


def arrests(text: str, published: str) -> list[Event]:
    return [e for e in analyze_text(text, published=published).events if e.mode == "arrest"]


@pytest.mark.parametrize(("text", "published", "source", "target"), [
    # the speaker is a security service, a junta, prosecutors, the police
    ("ALMATY, Jan 8 - Protesters clashed with Kazakh police in Almaty on Friday. The National "
     "Security Committee said its former chairman, Karim Massimov, was detained on Thursday.",
     "2022-01-08", "x-national-security-committee", "x-karim-massimov"),
    ("NIAMEY, July 27 - Soldiers in Niger seized power on Wednesday. The junta said that "
     "Mohamed Bazoum had been detained at the presidential palace.", "2023-07-27",
     "niger-cnsp", "mohamed-bazoum"),
    ("LA PAZ, June 27 - Bolivian police moved into the square on Wednesday. Juan Jose Zuniga "
     "was arrested hours later, prosecutors said.", "2024-06-27", "x-bol-prosecutors",
     "juan-jose-zuniga"),
    (_POLICE + "Nika Gvaramia has been detained, police said.", "2024-12-05",
     "georgian-police", "nika-gvaramia"),
    # a minister is no arrester: the country's police the story names are
    (_POLICE + "Opposition leader Nika Gvaramia was taken into custody overnight, the interior "
     "minister said.", "2024-12-05", "georgian-police", "nika-gvaramia"),
])
def test_an_agentless_arrest_is_the_speakers_or_the_home_police(
        text: str, published: str, source: str, target: str) -> None:
    assert [(e.source, e.target, e.modality) for e in arrests(text, published)] == [
        ([source], [target], "reported")]


@pytest.mark.parametrize("text", [
    # a judge or a foreign leader who tells of it, in a story that names no police
    _RALLY + "Nika Gvaramia has been detained, the chief justice said.",
    _RALLY + "Nika Gvaramia has been detained, French President Emmanuel Macron said.",
    # background, a denial, an arrest abroad
    _POLICE + "Nika Gvaramia was arrested in 2019.",
    _POLICE + "Nika Gvaramia was not arrested, police said.",
    _POLICE + "Nika Gvaramia was detained in Paris on Tuesday, police said.",
])
def test_no_arrester_for_a_judge_a_foreigner_the_past_a_denial_or_abroad(text: str) -> None:
    assert [(e.source, e.target) for e in arrests(text, "2024-12-05")] == [
        ([], ["nika-gvaramia"])]


def test_a_call_for_an_arrest_is_no_arrest() -> None:
    assert arrests(_POLICE + "Protesters called for Bidzina Ivanishvili to be arrested.",
                   "2024-12-05") == []


def test_an_arrest_abroad_stays_the_place_states() -> None:
    # (the speaker, a ministry of the story's country, made no arrest in the United States)
    found = arrests("MEXICO CITY, Aug 10 - Mexican soldiers patrolled Culiacan on Saturday. "
                    "Ismael Zambada was arrested in the United States in July, Mexico's security "
                    "ministry said.", "2024-08-10")
    assert [(e.source, e.target) for e in found] == [(["united-states"], ["ismael-zambada"])]
