"""Third parties hyphenated to the deal they brokered ("a Qatar-mediated deal with Israel"),
mediations in another time, and attacks claimed by a group (real wire phrasings through the
whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def triples(analysis: Analysis) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


def test_a_deal_a_third_party_brokered_is_accepted_from_the_counterpart():
    found = triples(analyze_text("Hamas accepted a Qatar-mediated deal with Israel on Monday.",
                                 published="2024-05-07"))
    assert ("AGREE", ("hamas",), ("israel",)) in found
    assert ("CONSULT", ("qatar",), ("hamas", "israel")) in found
    assert not any(t == "AGREE" and "qatar" in g for t, _, g in found)


def test_a_brokered_deal_with_no_counterpart_is_accepted_from_the_broker():
    found = triples(analyze_text("Hamas accepted a Qatar-mediated deal on Monday.",
                                 published="2024-05-07"))
    assert ("AGREE", ("hamas",), ("qatar",)) in found
