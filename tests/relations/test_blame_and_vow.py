"""A camp that blames a side for an attack and vows it retribution opposes it, whether or not
the article tells a fight between them."""

from __future__ import annotations

from factions.pipeline import analyze_text

KERMAN = (
    "Twin explosions in Kerman killed about 90 people on Wednesday. In the hours after the "
    "bombings, Iranian officials blamed Israel and the United States. President Ebrahim Raisi "
    "vowed that those responsible would pay a heavy price, and Supreme Leader Ayatollah Ali "
    "Khamenei said the perpetrators would face a harsh response.")


def test_a_blame_and_a_vow_of_force_make_an_opposition():
    relations = {(r.type, r.source, r.target)
                 for r in analyze_text(KERMAN, published="2024-01-04").relations}
    assert ("opposes", "iran", "united-states") in relations
    assert ("opposes", "ebrahim-raisi", "united-states") in relations


def test_a_blame_with_no_vow_makes_none():
    text = ("Twin explosions in Kerman killed about 90 people on Wednesday. In the hours after "
            "the bombings, Iranian officials blamed Israel and the United States.")
    relations = {(r.type, r.source, r.target)
                 for r in analyze_text(text, published="2024-01-04").relations}
    assert ("opposes", "iran", "united-states") not in relations
