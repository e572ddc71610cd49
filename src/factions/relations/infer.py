"""Alignments inferred from coded events (basis ``inferred``): an ASSAULT from X on Y implies X
opposes Y, AID from X to Y that X supports Y, third-party CONSULT that X mediates between its
targets (and that those sides oppose each other). The rules are data (inference.yaml); a pattern's
``implies:`` overrides its type's rule.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import combinations

from factions.events.completion import mediation_sides
from factions.events.cues import cues
from factions.events.patterns import PatternSet
from factions.model import Event, Relation
from factions.pipeline.state import DocState
from factions.relations.patterns import inference_rules


def inferred_relations(state: DocState, patterns: PatternSet,
                       sentence_of: dict[str, int] | None = None) -> list[Relation]:
    """The alignments the events of ``state`` imply (ids left empty). ``sentence_of`` is the
    sentence index of each event (``event_sentences``), computed here when not given."""
    rules = inference_rules()
    if sentence_of is None:
        sentence_of = event_sentences(state)
    result: list[Relation] = []
    for event in state.events:
        if event.modality in rules.skip_modalities:
            continue
        pattern = patterns.by_id(event.rule)
        implies = pattern.implies if pattern is not None else None
        if implies == "none":
            continue
        found = rules.implication(event.type, event.mode)
        if implies is not None:
            relation, base = implies, found.confidence if found else 0.5
        elif found is not None:
            relation, base = found.relation, found.confidence
        else:
            continue
        factor = rules.modality_factors.get(event.modality, 1.0) * (0.5 + 0.5 * event.confidence)
        targets = list(event.target)
        fallback = 1.0
        if relation == "mediates" and not targets:
            targets = sides_for(state, sentence_of.get(event.id, -1), event.source, sentence_of)
            fallback = rules.mediation_fallback_factor
        confidence = base * factor * fallback
        for source in event.source:
            for target in targets:
                if source != target:
                    result.append(_relation(relation, source, target, event, confidence))
        if relation == "mediates":
            for a, b in combinations(targets, 2):
                result.append(_relation("opposes", a, b, event,
                                        rules.sides_oppose * factor * fallback))
    return result


def _relation(kind: str, source: str, target: str, event: Event, confidence: float) -> Relation:
    return Relation(
        id="", type=kind, source=source, target=target, evidence=event.evidence,
        basis="inferred", modality=event.modality, confidence=round(min(1.0, confidence), 3),
        date=event.date, rule=f"{event.rule}>{kind}",
    )


def event_sentences(state: DocState) -> dict[str, int]:
    """Sentence index of each event, from its evidence offsets (original text): one bisect over
    the sentences' original starts per event."""
    if not state.events:
        return {}
    starts = [state.original_span(s.start, s.start)[0] for s in state.sentences]
    result: dict[str, int] = {}
    for e in state.events:
        k = bisect_right(starts, e.evidence.start) - 1
        result[e.id] = state.sentences[k].index if k >= 0 and starts[k] == e.evidence.start \
            else -1
    return result


def sides_for(state: DocState, sentence: int, mediators: list[str],
              sentence_of: dict[str, int] | None = None) -> list[str]:
    """The sides a mediator with none named works between (``mediation_sides``)."""
    if sentence_of is None:
        sentence_of = event_sentences(state)
    located = [(sentence_of.get(e.id, -1), e) for e in state.events]
    return mediation_sides(located, sentence, mediators, cues())
