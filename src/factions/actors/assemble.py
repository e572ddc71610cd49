"""Turn mentions into the document's actor list: salience, key actor, aliases, roles.

Salience weighs every mention by how it names the actor (a full name counts more than a
pronoun), where it stands (title and first paragraph count more) and whether it is a sentence
subject. A state used only as a place ("in Egypt") is not listed; the country the story happens
in is listed only where it acts (its troops, its government, a relation or event of its own).
"""

from __future__ import annotations

from collections import Counter

from factions.actors.roles import extract_roles
from factions.model import Actor, Mention, Role
from factions.pipeline.state import ActorMention, DocState

REQUIRES = ("mentions", "actors")
ASSIGNS = ("actors", "key_actor", "roles")

_WEIGHT = {
    "name": 1.0, "alias": 1.0, "discovered": 1.0, "surname": 0.9, "translit": 0.9,
    "descriptor": 0.8, "pronoun": 0.6, "metonym": 0.9, "demonym": 0.7, "agent": 0.5,
}
_SURFACE_KINDS = {"name", "alias", "discovered", "surname", "translit", "metonym", "demonym",
                  "agent"}


def assemble_actors(state: DocState) -> None:
    """Fill ``state.actors`` (known and discovered) and ``state.key_actor``."""
    text_roles = extract_roles(state)
    salience: dict[str, float] = {}
    by_actor: dict[str, list[ActorMention]] = {}
    arena = _arena_country(state)
    n_sent = max(1, len(state.sentences))
    first_in_sentence: dict[int, str] = {}
    for m in state.mentions:
        if not m.locative and not m.attributive and m.kind != "agent":
            first_in_sentence.setdefault(m.sentence, m.actor_id)
    for m in state.mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
        if m.locative:
            continue
        weight = _WEIGHT.get(m.kind, 0.5)
        if m.attributive:
            weight *= 0.5
        if m.sentence == 0:
            weight *= 2.0  # headline (or lead when there is none)
        elif m.sentence == 1:
            weight *= 1.5
        elif m.sentence < n_sent * 0.2:
            weight *= 1.2
        if first_in_sentence.get(m.sentence) == m.actor_id:
            weight *= 1.3  # the sentence's subject, as far as word order tells
        salience[m.actor_id] = salience.get(m.actor_id, 0.0) + weight
    # Who acts counts: each event an actor is the source of adds to its salience.
    for event in state.events:
        for actor_id in event.source:
            salience[actor_id] = salience.get(actor_id, 0.0) + 0.5 * event.confidence
    actors: dict[str, Actor] = {}
    for actor_id, mentions in by_actor.items():
        if not _is_listed(actor_id, mentions, state, arena):
            continue
        actor = _make_actor(actor_id, state)
        actor.mentions = [_to_mention(m, state) for m in mentions]
        # Descriptions name groups ("the government in Tripoli") but only describe people.
        kinds = _SURFACE_KINDS if actor.type == "person" else _SURFACE_KINDS | {"descriptor"}
        actor.aliases = list(dict.fromkeys(
            m.text for m in mentions if m.kind in kinds and not m.locative))
        actor.roles = _kb_roles(actor_id, state) + text_roles.get(actor_id, [])
        actors[actor_id] = actor
    total = sum(salience.get(a, 0.0) for a in actors) or 1.0
    for actor_id, actor in actors.items():
        actor.salience = salience.get(actor_id, 0.0) / total
    state.actors = dict(sorted(actors.items(), key=lambda kv: -kv[1].salience))
    state.key_actor = next(iter(state.actors), None)


def _arena_country(state: DocState) -> str | None:
    """The country the story happens in: the state named most often."""
    counts: Counter[str] = Counter()
    for m in state.mentions:
        actor = state.kb.actors.get(m.actor_id)
        if actor is not None and actor.type == "state" and m.kind in ("name", "alias"):
            counts[m.actor_id] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    return top if n >= 2 and n > rest[0][1] else None


def _is_listed(actor_id: str, mentions: list[ActorMention], state: DocState,
               arena: str | None) -> bool:
    kb_actor = state.kb.actors.get(actor_id)
    is_state = kb_actor is not None and kb_actor.type == "state"
    active = [m for m in mentions if not m.locative and not (is_state and m.attributive)]
    if not active:
        return False
    if kb_actor is None or kb_actor.type != "state" or actor_id != arena:
        return True
    # The arena country counts only where it acts.
    return any(m.kind in ("agent", "metonym", "demonym") for m in active) or any(
        actor_id in e.source or actor_id in e.target for e in state.events
    ) or any(actor_id in (r.source, r.target) for r in state.relations)


def _make_actor(actor_id: str, state: DocState) -> Actor:
    existing = state.actors.get(actor_id)
    if existing is not None:
        return existing
    kb_actor = state.kb.actors[actor_id]
    return Actor(id=kb_actor.id, name=kb_actor.name, type=kb_actor.type,
                 country=kb_actor.country, known=True, cameo=kb_actor.cameo,
                 wikidata=kb_actor.wikidata)


def _kb_roles(actor_id: str, state: DocState) -> list[Role]:
    """KB roles held on the document date (all of them when the date is unknown)."""
    kb_actor = state.kb.actors.get(actor_id)
    if kb_actor is None:
        return []
    when = state.document.published[:10] if state.document.published else None
    roles = []
    for role in kb_actor.roles:
        if when is not None:
            if role.start and role.start[: len(when)] > when:
                continue
            if role.end and role.end < when[: len(role.end)]:
                continue
        roles.append(Role(title=role.title, org=role.org, start=role.start, end=role.end))
    return roles


def _to_mention(m: ActorMention, state: DocState) -> Mention:
    start, end = state.original_span(m.start, m.end)
    return Mention(start=start, end=end, text=state.norm.original[start:end],
                   sentence=m.sentence, kind=m.kind, resolved=m.actor_id)
