"""A threat or vow aimed at "those responsible", "those behind it", "the attackers": the doers of
the latest attack the article told before it, when that attack has a known doer and the
speaker's side has blamed no one else."""

from __future__ import annotations

from factions.pipeline import analyze_text


def threats(text: str, published: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(e.rule, e.source, e.target, e.modality)
            for e in analyze_text(text, published=published).events if e.type == "THREATEN"]


PAHALGAM = (
    "NEW DELHI, April 24 - India has put a six-decade-old water-sharing treaty with Pakistan on "
    "hold after gunmen killed 26 people, most of them tourists, in Indian-administered "
    "Kashmir.\n\n"
    "The attackers came out of pine forests on Tuesday afternoon and opened fire on visitors "
    "picnicking and riding ponies in the Baisaran meadow, a few kilometres above the resort town "
    "of Pahalgam. It was the deadliest attack on civilians in the region in more than two "
    "decades. The Resistance Front, a little-known group that Indian security officials regard "
    "as a front for the Pakistan-based Lashkar-e-Taiba, was reported to have claimed "
    "responsibility in a message on social media.\n\n"
    "Addressing a rally in the eastern state of Bihar on Thursday, Modi said India would track "
    "down and punish every one of the attackers and those who backed them.")

KERMAN = (
    "The twin explosions in Kerman tore through crowds of people walking to the cemetery where "
    "Soleimani is buried. Islamic State claimed responsibility for the bombings.\n\n"
    "In the hours after the bombings, Iranian officials blamed Israel and the United States. "
    "President Ebrahim Raisi vowed that those responsible would pay a heavy price.")


def test_a_vow_to_hunt_down_the_attackers_is_aimed_at_the_attacks_doer():
    assert threats(PAHALGAM, "2025-04-24") == [
        ("threaten.hunt-down", ["india", "narendra-modi"], ["lashkar-e-taiba"], "asserted")]


def test_those_responsible_are_whom_the_speakers_side_blamed_not_the_claimant():
    # the speaker's camp blamed Israel and the United States: not aimed at Islamic State
    assert threats(KERMAN, "2024-01-16") == [
        ("threaten.vow-will-pay", ["ebrahim-raisi"], ["israel", "united-states"], "asserted")]


def test_those_responsible_with_no_attack_told_before_stay_unnamed():
    assert threats("Chief Minister N. Biren Singh appealed for calm and said those responsible "
                   "would be punished.", "2023-05-05") == [
        ("threaten.face-justice", ["n-biren-singh"], [], "asserted")]
