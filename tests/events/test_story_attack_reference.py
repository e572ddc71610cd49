"""A condemnation of "the attack" that names no one is aimed at who carried out the story's
attack, the first one told, not at a later counter-strike or another front; a noun of a
particular act ("the drone strikes") still finds the latest act of its own kind."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def _accusations(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze_text(text, published="2024-06-14")
    return {(tuple(e.source), tuple(e.target)) for e in analysis.events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas gunmen killed hundreds of Israelis in a surprise assault on Saturday. Israeli jets "
     "pounded Gaza in response. Hezbollah fired rockets at Israeli positions in the Shebaa Farms "
     "on Sunday. U.N. Secretary-General Antonio Guterres condemned the attack.",
     (("antonio-guterres",), ("hamas",))),
    ("Houthi drones struck a Saudi Aramco depot in Jeddah on Friday. The Saudi-led coalition hit "
     "back with air strikes on Sanaa. Saudi air defences destroyed several drones over Jazan on "
     "Saturday. U.S. National Security Adviser Jake Sullivan condemned the attack.",
     (("jake-sullivan",), ("houthis",))),
])
def test_the_attack_condemned_is_the_storys_first(
        text: str, expected: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _accusations(text)


def test_a_named_kind_of_act_is_still_the_latest_of_its_kind() -> None:
    assert _accusations(
        "Russian missiles struck Kyiv on Monday. Ukrainian drones hit an oil depot in Bryansk on "
        "Tuesday. Germany condemned the drone strikes.") == {
            (("germany",), ("armed-forces-of-ukraine", "ukraine"))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran fired missiles at Erbil on Sunday. The Guards cited an Israeli air strike near "
     "Damascus last week that killed two officers, an attack Tehran had promised to avenge. "
     "The United States condemned the attack.", (("united-states",), ("iran",))),
    ("Russian missiles struck Kyiv on Monday. Officials recalled a Ukrainian drone strike on "
     "Belgorod in December, a raid Moscow vowed to answer. Germany condemned the raid.",
     (("germany",), ("russian-armed-forces", "russia"))),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The group had struck a base "
     "of Somali troops last year, an assault it said avenged its dead. Kenya condemned the "
     "assault.", (("kenya",), ("al-shabaab",))),
])
def test_an_act_a_sentence_only_calls_so_in_an_apposition_is_not_the_one_condemned(
        text: str, expected: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _accusations(text)


def test_an_act_told_by_the_noun_itself_is_still_the_one_condemned() -> None:
    assert (("germany",), ("armed-forces-of-ukraine", "ukraine")) in _accusations(
        "Russian missiles struck Kyiv on Monday. Ukrainian forces launched a raid on Belgorod "
        "on Tuesday. Germany condemned the raid.")
