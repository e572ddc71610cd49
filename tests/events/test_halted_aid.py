"""Aid halted by outsiders with no recipient named was the story country's."""

from __future__ import annotations

from factions.pipeline import analyze, make_document


def coded(text: str) -> set[tuple[str, str | None, tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze(make_document(text, published="2023-08-01", source="test"))
    return {(e.type, e.mode, tuple(e.source), tuple(e.target)) for e in analysis.events}


def test_aid_suspended_by_a_foreign_bloc_is_aimed_at_the_story_country():
    events = coded("NIAMEY, Aug 1 - Soldiers in Niger detained President Mohamed Bazoum last "
                   "week. The European Union has suspended budget support and development aid.")
    assert ("SANCTION", "halt-aid", ("european-union",), ("niger",)) in events


def test_funds_redirected_by_the_countrys_own_lawmakers_stay_without_target():
    events = coded("ADDIS ABABA, Nov 5 - Ethiopia's army fought Tigray forces on Wednesday. "
                   "The Ethiopian government later moved to redirect federal funds.")
    halted = [e for e in events if e[0] == "SANCTION"]
    assert halted and not [e for e in halted if e[3]]
