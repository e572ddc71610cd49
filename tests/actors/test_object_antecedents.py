"""A person named as the object of a preposition ("the home *of* President Jovenel Moise") is
not the sentence's subject, so "shot *him* dead" may stand for him; supporters of a person
named with a demonym and a title are his supporters."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze_text(text, published="2024-06-14")
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Prime Minister Ariel Henry condemned the violence. Gunmen stormed the home of Haitian "
     "President Jovenel Moise and shot him dead.",
     ("ASSAULT", ("x-unnamed-armed-group",), ("jovenel-moise",)),
     ("ASSAULT", ("x-unnamed-armed-group",), ("ariel-henry",))),
    ("DAKAR - President Macky Sall spoke on Monday. Police raided the house of opposition leader "
     "Ousmane Sonko and arrested him.",
     ("COERCE", ("x-sen-police",), ("ousmane-sonko",)),
     ("COERCE", ("x-sen-police",), ("macky-sall",))),
    ("Interior Minister Ahmed Moallim Fiqi visited the front. Militants ambushed the convoy of "
     "Somali President Hassan Sheikh Mohamud on Sunday and wounded him.",
     ("ASSAULT", ("x-unnamed-armed-group",), ("hassan-sheikh-mohamud",)),
     ("ASSAULT", ("x-unnamed-armed-group",), ("x-ahmed-moallim-fiqi",))),
])
def test_him_after_a_person_named_after_a_preposition_is_that_person(
        text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]],
        not_expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    events = _events(text)
    assert expected in events
    assert not_expected not in events


def test_a_name_after_a_day_is_still_the_subject() -> None:
    events = _events("Ukraine's foreign minister spoke on Sunday. On Tuesday President Volodymyr "
                     "Zelensky accused Russia of shelling the plant and urged the IAEA to send "
                     "inspectors.")
    assert ("ACCUSE", ("volodymyr-zelensky",), ("russia",)) in events
    assert ("REQUEST", ("volodymyr-zelensky",), ("iaea",)) in events


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of supporters of former Brazilian President Jair Bolsonaro invaded Congress on "
     "Sunday.", ("PROTEST", ("x-sup-jair-bolsonaro",), ("x-bra-legislature",))),
    ("Hundreds of supporters of jailed Pakistani former Prime Minister Imran Khan attacked the "
     "army headquarters in Rawalpindi.",
     ("ASSAULT", ("x-sup-imran-khan",), ("pakistan-armed-forces",))),
    ("Supporters of ousted Nigerien President Mohamed Bazoum rallied in Niamey.",
     ("PROTEST", ("x-sup-mohamed-bazoum",), ())),
])
def test_supporters_of_a_person_named_with_a_demonym_are_his_supporters(
        text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("DAKAR - Hundreds of supporters of the opposition attacked a police station on Monday.",
     ("ASSAULT", ("x-sen-protesters",), ("x-sen-police",))),
    ("KINSHASA - Supporters of the ruling party ransacked the offices of an opposition "
     "newspaper.", ("PROTEST", ("x-cod-protesters",), ())),
])
def test_supporters_who_attack_or_ransack_are_a_crowd(
        text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _events(text)
