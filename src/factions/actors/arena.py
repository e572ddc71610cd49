"""The country a story happens in: the state the article names most, when it is clearly first."""

from __future__ import annotations

from collections import Counter

from factions.pipeline.state import DocState


def arena_country(state: DocState, min_mentions: int = 2) -> str | None:
    """KB id of the state named (by name or alias) most often, at least ``min_mentions`` times
    and strictly more than any other; None when no state stands out."""
    counts: Counter[str] = Counter()
    for m in state.mentions:
        actor = state.kb.actors.get(m.actor_id)
        if actor is not None and actor.type == "state" and m.kind in ("name", "alias"):
            counts[m.actor_id] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    return top if n >= min_mentions and n > rest[0][1] else None
