"""Who did what in the shapes wire copy attributes acts: a relative clause after a list, the
agent of an accusation before a gerund's object, claims of responsibility and passive agents of
reported attacks, and states behind hyphenated brokers."""

from __future__ import annotations

from factions.model import Event
from factions.pipeline import analyze_text


def events_of(text: str) -> list[Event]:
    return analyze_text(text, published="2020-06-22").events


def triples(events: list[Event]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(e.source), tuple(e.target)) for e in events}


SIRTE = ("Statements of support for Cairo's position were issued by Saudi Arabia and by the "
         "United Arab Emirates, which has also been accused by UN experts of supplying weapons "
         "to Haftar.")


def test_a_singular_relative_clause_after_a_list_is_the_last_ones():
    found = triples(events_of(SIRTE))
    assert ("AID", ("united-arab-emirates",), ("khalifa-haftar",)) in found
    assert ("ACCUSE", ("united-nations",), ("united-arab-emirates",)) in found
    assert not any(t == "AID" and "saudi-arabia" in s for t, s, _ in found)


def test_the_agent_of_an_accusation_supplies_nothing():
    # "accused by UN experts of supplying weapons": the experts accuse, they do not arm Haftar
    found = triples(events_of(SIRTE))
    assert not any(t == "AID" and "united-nations" in s for t, s, _ in found)
