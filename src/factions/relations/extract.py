"""Alignments the text states (basis ``stated``), found with the alignment patterns.

Each pattern trigger is read like an event trigger (``factions.events.arguments``): "He is backed by
... Sisi" gives Sisi supports Haftar; "the UN-backed government" the UN supports it; "an effort by
the UAE to broker a deal between him and the government" the UAE mediates between both. Negated
and hypothetical statements give no alignment; hedges ("seems attracted by") lower confidence.
"""

from __future__ import annotations

from factions.events.arguments import find_arguments
from factions.events.coder import trigger_index
from factions.events.location import Anchors
from factions.events.matcher import Match
from factions.events.modality import read_modality
from factions.events.patterns import PatternSet
from factions.events.sentence import DocReading, SentenceView, read_document
from factions.model import Relation
from factions.relations.infer import sides_for
from factions.relations.patterns import InferenceRules, inference_rules


def stated_relations(state_reading: DocReading, patterns: PatternSet) -> list[Relation]:
    """The alignments the text of the document states (ids left empty)."""
    reading = state_reading
    state = reading.state
    index = trigger_index(patterns, "relations")
    anchors = Anchors.of(reading)
    rules = inference_rules()
    result: list[Relation] = []
    for sent in state.sentences:
        matches = index.find(reading.words, sent.tok_start, sent.tok_end)
        if not matches:
            continue
        view = reading.view(sent.index)
        for match in matches:
            if view.inside_name(match.positions):
                continue
            for pattern in (match.pattern, *match.alternatives):
                m = match if pattern is match.pattern else match.with_pattern(pattern)
                found = _relations(reading, view, m, anchors, rules)
                if found is not None:
                    result.extend(found)
                    break
    return result


def _relations(
    reading: DocReading,
    view: SentenceView,
    match: Match,
    anchors: Anchors,
    rules: InferenceRules,
) -> list[Relation] | None:
    state = reading.state
    pattern = match.pattern
    assert pattern.relation is not None
    args = find_arguments(reading, view, match)
    sources, targets = list(args.source), list(args.target)
    factor = 1.0
    if pattern.relation == "mediates" and sources and not targets:
        targets = sides_for(state, view.index, sources)
        factor = rules.mediation_fallback_factor
    if "source" in pattern.require and not sources:
        return None
    if "target" in pattern.require and not targets:
        return None
    if pattern.symmetric:
        people = list(dict.fromkeys([*args.source, *args.target]))
        pairs = [(a, b) for k, a in enumerate(people) for b in people[k + 1 :]]
    else:
        pairs = [(s, t) for s in sources for t in targets if s != t]
    if not pairs:
        return None
    date = anchors.date_for(view, match)
    modal = read_modality(reading, view, match, sources, None, date)
    if modal.modality is None or modal.modality in rules.skip_modalities:
        return []
    c = reading.cues.confidence
    confidence = pattern.confidence if pattern.confidence is not None else c["default"]
    confidence *= factor * c.get(modal.modality, 1.0)
    if modal.hedged:
        confidence *= c["hedge"]
    if args.coreferent:
        confidence *= c["pronoun"]
    if args.inherited:
        confidence *= c["inherited_subject"]
    confidence = round(min(1.0, max(c["minimum"], confidence)), 3)
    date_value = date[0] if date else anchors.publication()[0]
    evidence = state.evidence(view.index, _trigger(reading, match))
    return [
        Relation(id="", type=pattern.relation, source=s, target=t, evidence=evidence,
                 basis="stated", modality=modal.modality, confidence=confidence,
                 date=date_value, rule=pattern.id)
        for s, t in pairs
    ]


def _trigger(reading: DocReading, match: Match) -> str:
    tokens = reading.state.tokens
    return " ".join(tokens.text[p] for p in match.positions)


__all__ = ["read_document", "stated_relations"]
