"""Targets an article gives an event outside its own sentence, filled once the whole article is
coded (each with a lower confidence, ``confidence.opponent`` in cues.yaml):

- an attack whose sentence names no target ("M23 captured Goma") is aimed at the side its source
  clearly fights most in the article's other events;
- a third-party consultation whose sentence names no sides ("talks convened by the African
  Union") is between the parties of the latest agreement, truce or clash before it; the alignment
  extractor uses the same ``mediation_sides`` for ``mediates`` relations;
- an event aimed at "both sides", "the warring parties" is aimed at the two actors that oppose
  each other most often in the article;
- an attack still without a target hit the country it names as the place ("fired missiles at
  cities across Ukraine").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factions.events.cues import Cues
from factions.model import Event


@dataclass(slots=True)
class EventNote:
    """What the coder learnt about an event's sentence that completion may need."""

    sentence: int
    collective: bool = False  # aimed at "both sides", "the warring parties"
    place_actor: str | None = None  # the country or capital an attack with no target hit


def complete_targets(events: list[Event], notes: dict[int, EventNote], c: Cues) -> None:
    """Fill the targets above (``notes``: id(event) -> its note)."""
    pairs = _oppositions(events, c)
    _fill_opponents(events, pairs, c)
    _fill_mediation_sides(events, notes, c)
    _fill_collective(events, notes, pairs, c)
    _fill_places(events, notes, c)


def _oppositions(events: list[Event], c: Cues) -> dict[tuple[str, str], int]:
    """How often each (unordered) pair of actors opposes each other in the article's events."""
    kinds = set(c.opponent_evidence)
    pairs: dict[tuple[str, str], int] = {}
    for event in events:
        if event.type not in kinds or event.modality in ("negated", "hypothetical"):
            continue
        for s in event.source:
            for t in event.target:
                if s != t:
                    key = (min(s, t), max(s, t))
                    pairs[key] = pairs.get(key, 0) + 1
    return pairs


def _fill_opponents(events: list[Event], pairs: dict[tuple[str, str], int], c: Cues) -> None:
    """An attack with no target is aimed at the side its source clearly fights most."""
    opponents: dict[str, dict[str, int]] = {}
    for (a, b), n in pairs.items():
        opponents.setdefault(a, {})[b] = n
        opponents.setdefault(b, {})[a] = n
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


def _fill_mediation_sides(events: list[Event], notes: dict[int, EventNote], c: Cues) -> None:
    """A mediation with no sides named is between the parties of the deal it is about."""
    located = [(notes[id(e)].sentence, e) for e in events]
    for at, event in located:
        if event.type != "CONSULT" or event.mode != "third-party" or event.target:
            continue
        sides = mediation_sides(located, at, event.source, c)
        if sides:
            event.target = sides
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _fill_collective(
    events: list[Event], notes: dict[int, EventNote], pairs: dict[tuple[str, str], int], c: Cues
) -> None:
    """"Urged both sides to return to talks": the pair that opposes each other most often."""
    if not pairs:
        return
    sides = max(pairs.items(), key=lambda kv: kv[1])[0]
    for event in events:
        if notes[id(event)].collective and not event.target:
            event.target = [a for a in sides if a not in event.source]
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _fill_places(events: list[Event], notes: dict[int, EventNote], c: Cues) -> None:
    """"Fired missiles at cities across Ukraine": an attack still without a target hit the
    country (or capital's government) it names as the place."""
    for event in events:
        actor = notes[id(event)].place_actor
        if actor and not event.target and event.source and actor not in event.source:
            event.target = [actor]
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def mediation_sides(
    events: Iterable[tuple[int, Event]], sentence: int, mediators: Sequence[str], c: Cues
) -> list[str]:
    """Actors (not ``mediators``) of the latest (sentence index, event) pair of a party type with
    two or more of them, within ``windows.mediation`` sentences before ``sentence`` (the same
    sentence counts)."""
    lookback = c.windows["mediation"]
    best: list[str] = []
    for at, event in events:
        if at > sentence or at < sentence - lookback:
            continue
        if event.type not in c.mediation_parties or event.modality == "negated":
            continue
        if event.type == "CONSULT" and event.mode == "third-party":
            continue
        parties = [a for a in dict.fromkeys([*event.source, *event.target]) if a not in mediators]
        if len(parties) >= 2:
            best = parties
    return best
