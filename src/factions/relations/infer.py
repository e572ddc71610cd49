"""Alignments inferred from coded events (basis ``inferred``): an ASSAULT from X on Y implies X
opposes Y, AID from X to Y that X supports Y, third-party CONSULT that X mediates between its
targets (and that those sides oppose each other). The rules are data (inference.yaml); a pattern's
``implies:`` overrides its type's rule.
"""

from __future__ import annotations

import re
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
    governments = governments_of_states(state)
    actors_named: dict[int, frozenset[str]] | None = None
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
        sentence = sentence_of.get(event.id, -1)
        # A country an event is aimed at stands for its government when the article names one
        # ("Taliban take control of the Afghan capital": the Afghan government).
        targets = list(dict.fromkeys(governments.get(t, t) for t in event.target))
        fallback = 1.0
        if relation == "mediates" and not targets:
            targets = sides_for(state, sentence, event.source, sentence_of)
            fallback = rules.mediation_fallback_factor
        if relation == "mediates" and len(targets) != 2:
            continue  # a mediator works between two sides, not among a meeting's guests
        confidence = base * factor * fallback
        for source in dict.fromkeys(governments.get(a, a) for a in event.source):
            for target in targets:
                if source != target:
                    result.append(_relation(relation, source, target, event, confidence))
        # "broker a deal between him and the government": two sides the sentence names as
        # actors oppose each other; sides found elsewhere, the many guests of a summit or
        # capitals as venues ("shuttling between Doha and Cairo") say nothing of the kind.
        if relation != "mediates" or rules.sides_oppose is None or fallback != 1.0:
            continue
        if actors_named is None:
            actors_named = named_actors(state)
        named = actors_named.get(sentence, frozenset())
        if all(t in named for t in event.target):
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
    to_original = state.norm.to_original
    starts = [to_original(s.start) for s in state.sentences]
    result: dict[str, int] = {}
    for e in state.events:
        k = bisect_right(starts, e.evidence.start) - 1
        result[e.id] = state.sentences[k].index if k >= 0 and starts[k] == e.evidence.start \
            else -1
    return result


_NATIONAL = re.compile(r"\b(?:government|administration|authorities|junta|regime)\b", re.I)


def governments_of_states(state: DocState) -> dict[str, str]:
    """State id -> the one government of that country the article names: a KB actor of type
    government called a government, administration, authorities, junta or regime (not a
    ministry, parliament or agency)."""
    kb = state.kb
    by_country: dict[str, list[str]] = {}
    for actor_id in {m.actor_id for m in state.mentions if not m.locative}:
        actor = kb.get(actor_id)
        if actor is not None and actor.type == "government" and actor.country and \
                _NATIONAL.search(actor.name) and (
                    not actor.represents or actor.represents.get("sector") == "government"):
            by_country.setdefault(actor.country, []).append(actor_id)
    if not by_country:
        return {}
    found: dict[str, str] = {}
    for event in state.events:
        for actor_id in (*event.source, *event.target):
            actor = kb.get(actor_id)
            if actor is not None and actor.type == "state" and actor.country and \
                    len(by_country.get(actor.country, ())) == 1:
                found[actor_id] = by_country[actor.country][0]
    return found


def named_actors(state: DocState) -> dict[int, frozenset[str]]:
    """The actors each sentence names as actors: mentions that are no place ("in Libya") and
    no modifier ("the Gaddafi army")."""
    found: dict[int, set[str]] = {}
    for m in state.mentions:
        if not m.locative and not m.attributive:
            found.setdefault(m.sentence, set()).add(m.actor_id)
    return {k: frozenset(v) for k, v in found.items()}


def sides_for(state: DocState, sentence: int, mediators: list[str],
              sentence_of: dict[str, int] | None = None) -> list[str]:
    """The sides a mediator with none named works between (``mediation_sides``)."""
    if sentence_of is None:
        sentence_of = event_sentences(state)
    located = [(sentence_of.get(e.id, -1), e) for e in state.events]
    sides = mediation_sides(located, sentence, mediators, cues())
    # A mediator works between two sides: the many guests of a meeting are no sides.
    return sides if len(sides) == 2 else []
