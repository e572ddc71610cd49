"""The two sides a mediator works between when its sentence names none ("the talks convened by
the African Union", "brokered the agreement"): the parties of the latest event with two or more
other actors, in the same sentence or the few before it (the agreement, truce or clash it is
about). Shared by the event coder (targets of third-party CONSULT events) and the alignment
extractor (``mediates`` relations).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factions.model import Event

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
