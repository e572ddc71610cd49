"""Targets an article gives an event outside its own sentence, filled once the whole article is
coded (each with a lower confidence, ``confidence.opponent`` in cues.yaml):

- an attack whose sentence names no target ("M23 captured Goma") is aimed at the side its source
  clearly fights most in the article's other events;
- a third-party consultation whose sentence names no sides ("talks convened by the African
  Union") is between the parties of the latest agreement, truce or clash before it; the alignment
  extractor uses the same ``mediation_sides`` for ``mediates`` relations;
- an event aimed at "both sides", "the warring parties" is aimed at the two actors that oppose
  each other most often in the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factions.events.cues import Cues
from factions.model import Event


def complete_targets(
    events: list[Event], sentence_of: dict[int, int], collective: set[int], c: Cues
) -> None:
    """Fill the targets above (``sentence_of``: id(event) -> sentence index; ``collective``:
    id(event) of events aimed at "both sides")."""
    _fill_opponents(events, c)
    _fill_mediation_sides(events, sentence_of, c)
    _fill_collective(events, collective, c)


def _fill_opponents(events: list[Event], c: Cues) -> None:
    """An attack whose text names no target ("M23 captured Goma") is aimed at the side its
    source fights elsewhere in the same article, when one side clearly dominates."""
    kinds = set(c.opponent_evidence)
    opponents: dict[str, dict[str, int]] = {}
    for event in events:
        if event.type not in kinds or event.modality in ("negated", "hypothetical"):
            continue
        for s in event.source:
            for t in event.target:
                per = opponents.setdefault(s, {})
                per[t] = per.get(t, 0) + 1
                back = opponents.setdefault(t, {})
                back[s] = back.get(s, 0) + 1
    for event in events:
        if event.type not in c.opponent_fill or event.target or not event.source:
            continue
        filled: list[str] = []
        for s in event.source:
            ranked = sorted(opponents.get(s, {}).items(), key=lambda kv: -kv[1])
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and \
                    ranked[0][0] not in event.source:
                filled.append(ranked[0][0])
        if filled:
            event.target = list(dict.fromkeys(filled))
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _fill_mediation_sides(events: list[Event], sentence_of: dict[int, int], c: Cues) -> None:
    """A mediation whose sentence names no sides ("talks convened by the AU") is between the
    parties of the agreement, truce or clash it is about (``factions.events.sides``)."""
    pairs = [(sentence_of[id(e)], e) for e in events]
    for at, event in pairs:
        if event.type != "CONSULT" or event.mode != "third-party" or event.target:
            continue
        sides = mediation_sides(pairs, at, event.source, c.windows["mediation"])
        if sides:
            event.target = sides
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _fill_collective(events: list[Event], collective: set[int], c: Cues) -> None:
    """"Urged both sides to return to talks": the two actors that oppose each other most often
    in the article's events."""
    if not collective:
        return
    kinds = set(c.opponent_evidence)
    pairs: dict[tuple[str, str], int] = {}
    for event in events:
        if event.type in kinds and event.modality not in ("negated", "hypothetical"):
            for s in event.source:
                for t in event.target:
                    if s != t:
                        key = (min(s, t), max(s, t))
                        pairs[key] = pairs.get(key, 0) + 1
    if not pairs:
        return
    sides = max(pairs.items(), key=lambda kv: kv[1])[0]
    for event in events:
        if id(event) in collective and not event.target:
            event.target = [a for a in sides if a not in event.source]
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


PARTY_TYPES = ("AGREE", "RETREAT", "CONSULT", "ASSAULT")


def mediation_sides(
    events: Iterable[tuple[int, Event]],
    sentence: int,
    mediators: Sequence[str],
    lookback: int,
) -> list[str]:
    """Actors (not ``mediators``) of the latest (sentence index, event) pair with two or more of
    them, within ``lookback`` sentences before ``sentence`` (the same sentence counts)."""
    best: list[str] = []
    for at, event in events:
        if at > sentence or at < sentence - lookback:
            continue
        if event.type not in PARTY_TYPES or event.modality == "negated":
            continue
        if event.type == "CONSULT" and event.mode == "third-party":
            continue
        parties = [a for a in dict.fromkeys([*event.source, *event.target]) if a not in mediators]
        if len(parties) >= 2:
            best = parties
    return best
