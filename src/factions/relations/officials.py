"""The level an alignment is stated at: heads of state, of government, of an armed force or of a
group are parties in their own name, as is an international organization's secretary-general; a
lower official (a minister, a spokesman, an envoy) who backs or opposes someone does so for the
body he or she serves ("U.S. Secretary of State Antony Blinken praised the AU panel": the United
States supports the African Union; "Colonel Turki al-Malki, spokesman for the Saudi-led
coalition": the coalition).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factions.actors.roles import extract_roles
from factions.model import Relation, Role
from factions.pipeline.state import DocState
from factions.relations.infer import named_states, role_active

# The alignments a speaker states for his or her body. A mediator works in his or her own name
# (the gold lists envoys and CIA directors as mediators), and a person's own group or allies
# (allied_with, member_of, commands) are the person's.
_SPOKEN = frozenset({"supports", "opposes"})

# A title's own words: what comes before its first preposition ("spokesman for the
# commander-in-chief" is a spokesman), each of the offices joined by "and".
_PREPOSITION = re.compile(r"\b(?:of|for|to|in|at|on|under|with|from)\b")
_CONJUNCTION = re.compile(r"\s*(?:\band\b|&|,|/)\s*")
_NOT_HELD = re.compile(r"\b(?:former|ex|late|then|outgoing|one-time|onetime|erstwhile)\b")
_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|under)\b|\bvice-|\bunder-")
_HEAD_MINISTER = re.compile(r"\b(?:prime minister|premier|first minister|chief minister)\b")
_LOWER = re.compile(
    r"\b(?:minister|secretary|spokes(?:man|woman|person|persons|men|women)|envoy|ambassador|"
    r"advis[eo]r|representative|negotiator|official|diplomat|aide|director|commissioner|"
    r"attach[eé]|emissary|delegate|press officer)\b")
_GENERAL_SECRETARY = re.compile(r"\bsecretary[- ]general\b|\bgeneral secretary\b")
_HEAD = re.compile(
    r"\b(?:president|chancellor|emir|king|queen|sultan|ruler|crown prince|leader|chairman|"
    r"chairwoman|chairperson|chair|commander|commander-in-chief|head|chief|founder|governor|"
    r"premier|prime minister|junta)\b")
# Bodies of a state's government named as such: their officials speak for the state.
_STATE_BODY = re.compile(r"\b(?:ministry|department|office|secretariat|cabinet)\b", re.I)


def officials_as_bodies(state: DocState, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each backing or opposition whose source is a lower official of one
    body the article names restated for that body (``official_body``)."""
    bodies: dict[str, str | None] = {}
    text_roles: list[dict[str, list[Role]]] = []  # read from the text once, when needed
    result = []
    for relation in relations:
        if relation.type in _SPOKEN:
            if relation.source not in bodies:
                bodies[relation.source] = official_body(state, relation.source, text_roles)
            body = bodies[relation.source]
            if body is not None:
                relation = replace(relation, source=body)
        result.append(relation)
    return result


def official_body(state: DocState, actor_id: str,
                  text_roles: list[dict[str, list[Role]]] | None = None) -> str | None:
    """The article's actor a person speaks for when every office he or she holds on the
    article's date is below the head of its body: the state of a minister, of a ministry's or
    department's official, of an armed force's spokesman; the organization of an envoy; the
    coalition or group of its spokesman. None for heads
    (presidents, prime ministers, commanders, a group's leader or secretary-general), for
    anyone with no known office, and when the offices point at more than one body the article
    names. The knowledge base's offices decide; the text's ("Colonel Ali Hassan, a spokesman for
    the Saudi-led coalition") only for a person it knows no office of (``text_roles``: a
    one-item cache of ``extract_roles``)."""
    known = state.kb.get(actor_id)
    found = state.actors.get(actor_id)
    if (known.type if known is not None else found.type if found is not None else None) \
            != "person":
        return None
    day = state.published.isoformat() if state.published else None
    held = [r for r in (known.roles if known is not None else ())
            if role_active(r.start, r.end, day)]
    decided, body = _speaks_for(state, held)
    if decided or (known is not None and known.roles):
        return body  # the knowledge base knows his offices, none held on the day
    if text_roles is None:
        text_roles = []
    if not text_roles:
        text_roles.append(extract_roles(state))
    held = [r for r in text_roles[0].get(actor_id, ()) if not _NOT_HELD.search(r.title.lower())]
    return _speaks_for(state, held)[1]


def _speaks_for(state: DocState, held: list[Role]) -> tuple[bool, str | None]:
    """(whether ``held`` decides, the body): a head office decides for the person himself, the
    lower offices of one body the article names for that body; offices of several bodies, or of
    none it names, leave the person. Only a person with no office at all is undecided."""
    kinds = [(role, _office_kind(state, role)) for role in held]
    if any(kind == "head" for _, kind in kinds):
        return True, None
    found = {body for role, kind in kinds
             if kind == "lower" and (body := _body(state, role.org)) is not None}
    return any(kind == "lower" for _, kind in kinds), found.pop() if len(found) == 1 else None


def _office_kind(state: DocState, role: Role) -> str | None:
    """"head" for a title that heads its body, "lower" for an official's, else None (a rank,
    a description)."""
    title = role.title.lower()
    kinds = set()
    for office in _CONJUNCTION.split(title):
        own = _PREPOSITION.split(office, maxsplit=1)[0]
        if not own.strip():
            continue
        if _GENERAL_SECRETARY.search(own):
            # A secretary-general heads the body: of a party or a movement (Hezbollah), and of
            # an international organization too ("U.N. Secretary-General Antonio Guterres
            # strongly condemned the detentions": Guterres opposes the junta in his own name,
            # as the gold lists him and NATO's Stoltenberg)
            kinds.add("head")
        elif _DEPUTY.search(own):
            kinds.add("lower")
        elif _HEAD_MINISTER.search(own):
            kinds.add("head")
        elif _LOWER.search(own):
            kinds.add("lower")
        elif _HEAD.search(own):
            kinds.add("head")
    if "head" in kinds:
        return "head"
    return "lower" if kinds else None


def _body(state: DocState, org: str | None) -> str | None:
    """The article's actor for the body an office is held in: a state, or a body of a state's
    government (an armed force, a ministry, a department), as the state the article names as an
    actor; any other organization as itself, when the article names it."""
    if not org:
        return None
    actor = state.kb.get(org)
    found = state.actors.get(org)
    if actor is None and found is None:
        return None
    kind = actor.type if actor is not None else found.type if found is not None else None
    country = None
    if actor is not None:
        if actor.type == "state":
            country = actor.country
        elif actor.represents and actor.represents.get("country"):
            country = actor.represents["country"]
        elif actor.type == "government" and _STATE_BODY.search(actor.name):
            country = actor.country
    elif found is not None and kind == "state":
        country = found.country
    if country:
        state_id = named_states(state).get(country)
        if state_id is not None:
            return state_id
    named = {m.actor_id for m in state.mentions if not m.locative}
    return org if org in named else None
