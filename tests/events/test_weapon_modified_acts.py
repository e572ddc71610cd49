"""A weapon named in the singular before the act it carries out ("Iran's missile attack",
"Russian drone strikes", "Israeli tank fire") modifies the act: the act is the possessor's or
the demonym's, and no agent mention ("Iran's missile" = Iran's armed forces) swallows its first
word. A condemnation or criticism "from" someone is theirs, even after a light verb whose
subject names other actors ("X's attack on Y drew condemnation from Z")."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def coded(text: str) -> list[tuple[str, list[str], list[str], str]]:
    analysis = analyze_text(text, published="2024-05-01")
    names = {a.id: a.name for a in analysis.actors}
    return [(e.type, [names[s] for s in e.source], [names[t] for t in e.target], e.rule)
            for e in analysis.events]


def test_a_possessors_missile_attack_is_the_possessors_attack_and_condemned_from_elsewhere():
    assert coded("Iran's missile attack on Israel drew condemnation from Germany.") == [
        ("ASSAULT", ["Iran"], ["Israel"], "assault.missile-strike"),
        ("ACCUSE", ["Germany"], ["Iran"], "accuse.condemnation"),
    ]


def test_a_condemned_missile_attack_is_told_too():
    assert coded("Germany condemned Iran's missile attack on Israel.") == [
        ("ACCUSE", ["Germany"], ["Iran"], "accuse.condemn"),
        ("ASSAULT", ["Iran"], ["Israel"], "assault.missile-strike"),
    ]


@pytest.mark.parametrize(("text", "rule"), [
    ("Russia's drone strikes on Kyiv killed five people.", "assault.drone-strike"),
    ("Israeli tank fire killed two men near the border fence.", "assault.artillery-fire"),
])
def test_a_weapon_before_the_act_leaves_the_act_to_its_owner(text: str, rule: str) -> None:
    events = coded(text)
    assert [(e[0], e[1], e[3]) for e in events] == [
        ("ASSAULT", [text.split("'")[0].split()[0] if "'" in text else "Israel"], rule)]


def test_weapons_that_act_themselves_are_still_their_owners_forces():
    # the plural or the weapon as subject of a verb: the forces that fire it
    assert coded("Russian drones attacked Odesa overnight.")[0][1] == [
        "Armed Forces of the Russian Federation"]
    assert coded("A Russian drone hit a bus in Kherson.")[0][1] == [
        "Armed Forces of the Russian Federation"]


def test_an_article_adjective_and_name_before_an_act_make_it_a_noun():
    # "a possible RSF assault": the name modifies the noun; no verb "assault" with the name
    # for subject, and "possible" makes it hypothetical
    analysis = analyze_text("The United Nations warned of a possible Houthi assault on Marib.",
                            published="2024-05-01")
    assaults = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [(e.source, e.rule, e.modality) for e in assaults] == [
        (["houthis"], "assault.assault-noun", "hypothetical")]


@pytest.mark.parametrize("text", [
    "Aid groups fear a new Houthi attack on shipping.",
    "Fears of a Russian invasion of Ukraine grew on Tuesday.",
])
def test_a_feared_act_is_hypothetical(text: str) -> None:
    analysis = analyze_text(text, published="2024-05-01")
    assert [e.modality for e in analysis.events if e.type == "ASSAULT"] == ["hypothetical"]


def test_a_person_feared_dead_after_an_attack_leaves_the_attack_asserted():
    analysis = analyze_text("Gunmen attacked the market on Sunday and at least 20 people were "
                            "feared dead, police said.", published="2024-05-01")
    assert [e.modality for e in analysis.events if e.type == "ASSAULT"] == ["reported"]
