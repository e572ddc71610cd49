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


_CLASHES = "DAKAR, June 3 - Senegal deployed troops on Saturday after three days of clashes " \
    "between police and supporters of opposition leader Ousmane Sonko. "


@pytest.mark.parametrize(("text", "published", "source", "target", "modality"), [
    # a bare count of people held in a story of a crowd's protests: the country's police
    # round up that crowd, whoever tells the count
    (_POLICE + "The Interior Ministry said 293 people had been detained since the protests "
     "began.", "2024-12-05", "georgian-police", "x-geo-protesters", "reported"),
    (_POLICE + "More than 1,500 people have been arrested, according to rights groups.",
     "2024-12-05", "georgian-police", "x-geo-protesters", "reported"),
    (_POLICE + "Hundreds were detained overnight, the interior minister said.", "2024-12-05",
     "georgian-police", "x-geo-protesters", "reported"),
    (_POLICE + "Dozens of people were also arrested, a rights group said.", "2024-12-05",
     "georgian-police", "x-geo-protesters", "reported"),
    (_POLICE + "At least 400 people had been rounded up by Sunday evening.", "2024-12-05",
     "georgian-police", "x-geo-protesters", "asserted"),
    # those held are the count, not the forces whose dead the sentence counted before it
    ("ALMATY, Jan 9 - Protesters clashed with Kazakh police in Almaty on Friday. The interior "
     "ministry said 26 armed rioters had been killed and 18 members of the security forces had "
     "died, and that 4,404 people had been detained across the country.", "2022-01-09",
     "x-kaz-police", "x-kaz-protesters", "reported"),
    # the crowd of the clashes the story told, when it names more than one crowd
    (_CLASHES + "The interior ministry said 16 people had been killed since Thursday, and that "
     "hundreds had been arrested.", "2023-06-03", "x-sen-police", "x-sup-ousmane-sonko",
     "reported"),
])
def test_a_count_held_in_a_story_of_protests_is_the_polices_round_up(
        text: str, published: str, source: str, target: str, modality: str) -> None:
    found = [e for e in arrests(text, published) if "water cannon" not in e.evidence.text
             and "DAKAR" not in e.evidence.text and "ALMATY" not in e.evidence.text]
    assert [(e.source, e.target, e.modality) for e in found] == [([source], [target], modality)]


def test_a_count_held_sums_up_arrests_wherever_made() -> None:
    # (no place of its own: not Tbilisi, where the sentence before put the water cannon)
    found = arrests(_POLICE + "More than 1,500 people have been arrested, according to rights "
                    "groups.", "2024-12-05")
    assert [e.place_text for e in found] == [None]


@pytest.mark.parametrize(("text", "published"), [
    # no protest in the story: whose round-up it was is unsaid
    ("KHARTOUM, May 2 - The army and the RSF fought in Khartoum on Tuesday. Dozens of people "
     "were detained, witnesses said.", "2023-05-02"),
    # past, denied, or people told before ("the 293 people"), or a toll, not an arrest
    (_POLICE + "Hundreds had been arrested in 2019, the minister said.", "2024-12-05"),
    (_POLICE + "Hundreds were not arrested, the minister said.", "2024-12-05"),
    (_POLICE + "The 293 people detained last week were released.", "2024-12-05"),
    (_POLICE + "Dozens of people were killed, the ministry said.", "2024-12-05"),
])
def test_no_round_up_without_a_protest_now(text: str, published: str) -> None:
    assert [e for e in arrests(text, published) if "water cannon" not in e.evidence.text] == []
