"""Alignments between actors: supports, opposes, mediates, allied_with, member_of, commands.

Public API::

    find_relations(state, patterns=None)   # the stage: fills state.relations (ids r1, r2, ...)
    REQUIRES, ASSIGNS                       # its contract

Stated alignments come from the alignment patterns (``relations.yaml``, format in
docs/patterns.md); inferred ones from the coded events (``inference.yaml``). Both are kept, apart,
with ``basis`` "stated" or "inferred"; within each basis one relation per actor pair and type
(either direction for opposes and allied_with), the most confident.
"""

from __future__ import annotations

from factions.actors.home import home_body, loyalists_of
from factions.actors.unnamed import VICTIMS
from factions.events.coder import user_pattern_files
from factions.events.patterns import PatternSet, load_patterns
from factions.events.sentence import read_document
from factions.model import Relation
from factions.pipeline.state import ActorMention, DocState
from factions.relations.extract import WarSides, stated_relations
from factions.relations.infer import event_sentences, inferred_relations
from factions.relations.officials import officials_as_bodies
from factions.relations.patterns import inference_rules

REQUIRES = ("doc", "sentences", "tokens", "mentions", "places", "events")
ASSIGNS = ("relations",)


def find_relations(state: DocState, patterns: PatternSet | None = None) -> None:
    """Find the alignments of ``state`` into ``state.relations``."""
    patterns = patterns if patterns is not None else load_patterns(user_pattern_files(state))
    reading = read_document(state)
    sentence_of = event_sentences(state)
    war = WarSides(state, sentence_of)  # the sides of the article's war, built once if asked
    stated = _dedupe(officials_as_bodies(state, [
        *(r for r in stated_relations(reading, patterns, sentence_of, war)
          if not _supporters_noun_read(r)), *_loyalists_back(state), *_supporters_back(state)]))
    # An inference that repeats what the text states adds a row but no information.
    said = {_key(r) for r in stated}
    # A minister's or a spokesman's backing is his body's (relations/officials.py).
    inferred = [r for r in _dedupe(officials_as_bodies(
                    state, inferred_relations(state, patterns, sentence_of, stated,
                                              war.built())))
                if _key(r) not in said]
    # The victims of the violence ("the swift rescue of the pupils") are no party to it: no one
    # backs, fights or allies with them in the sense an alignment records.
    relations = sorted(
        (r for r in _allies_not_backers(stated, [*stated, *inferred], patterns)
         if VICTIMS not in (r.source, r.target) and not _against_own_body(state, r)),
        key=lambda r: (r.evidence.start, r.basis != "stated"),
    )
    for k, relation in enumerate(relations, 1):
        relation.id = f"r{k}"
    state.relations = relations


def _loyalists_back(state: DocState) -> list[Relation]:
    """"gunmen loyal to ousted president Bashar al-Assad": the loyalist group the phrase is
    (``factions.actors.home.loyalist_mentions``) supports the man it is loyal to."""
    found = []
    persons = {(m.sentence, m.end): m.actor_id for m in state.mentions
               if m.kind in ("name", "alias", "surname")}
    for m in state.mentions:
        if m.kind != "agent" or " loyal to " not in m.text:
            continue
        person = persons.get((m.sentence, m.end))
        if person is None or loyalists_of(state, person) != m.actor_id:
            continue
        found.append(_stated_support(state, m, person, "loyal to", "rel.loyal-to"))
    return found


def _stated_support(state: DocState, mention: ActorMention, person: str, trigger: str,
                    rule: str) -> Relation:
    """The support of a group named for the person it backs ("gunmen loyal to ...", "Duterte
    supporters") for that person, stated where the group is named."""
    return Relation(id="", type="supports", source=mention.actor_id, target=person,
                    evidence=state.evidence(mention.sentence, trigger), basis="stated",
                    confidence=0.7, date=state.published.isoformat() if state.published else None,
                    rule=rule)


# Patterns that read "supporters" as a backer noun: inside a crowd of a person's supporters
# ("Duterte's supporters clashed with police") the crowd and its backing are told by
# ``_supporters_back``, not by who stands right of the noun.
_SUPPORTER_NOUN_RULES = frozenset({"rel.x-proxy", "rel.ally-of", "rel.supporters-among"})


def _supporters_noun_read(relation: Relation) -> bool:
    return relation.rule in _SUPPORTER_NOUN_RULES and (
        relation.source.startswith("x-sup-") or relation.target.startswith("x-sup-"))


def _supporters_back(state: DocState) -> list[Relation]:
    """"supporters of former president Rodrigo Duterte", "Duterte supporters": the crowd
    (``factions.actors.home.supporter_mentions``, ``x-sup-<person>``) supports the person."""
    found = []
    seen: set[str] = set()
    for m in state.mentions:
        if not m.actor_id.startswith("x-sup-") or m.actor_id in seen:
            continue
        person = m.actor_id.removeprefix("x-sup-")
        if person not in state.actors and person not in state.kb.actors:
            continue
        seen.add(m.actor_id)
        found.append(_stated_support(state, m, person, "supporters", "rel.supporters-of"))
    return found


def _against_own_body(state: DocState, relation: Relation) -> bool:
    """"Burkina Faso opposes the Burkinabe security forces": an opposition between a state and
    a document group of its own bodies (its police, its government), which only the counting
    of sides could make."""
    if relation.type != "opposes":
        return False
    for a, b in ((relation.source, relation.target), (relation.target, relation.source)):
        home = home_body(b)
        entry = state.kb.actors.get(a)
        if home and entry is not None and entry.type == "state" and entry.country == home[0]:
            return True
    return False


def _key(relation: Relation) -> tuple[str, str, str]:
    """(type, source, target), with the pair sorted for symmetric types."""
    a, b = relation.source, relation.target
    if relation.type in inference_rules().symmetric and b < a:
        a, b = b, a
    return relation.type, a, b


def _allies_not_backers(stated: list[Relation], relations: list[Relation],
                        patterns: PatternSet) -> list[Relation]:
    """"began firing at Israeli positions in support of its ally Hamas": where a sentence states
    two actors allies, the support it also reads or infers between them is that alliance, not
    a patron's backing; but arms, troops or money it says one sent the other ("Cairo signed a
    defence pact with Mogadishu and has since delivered two shipments of weapons") are backing
    the alliance does not say."""
    allies = {(r.evidence.start, frozenset((r.source, r.target))) for r in stated
              if r.type == "allied_with"}
    if not allies:
        return relations
    return [r for r in relations if r.type != "supports" or _aid_row(r, patterns)
            or (r.evidence.start, frozenset((r.source, r.target))) not in allies]


def _aid_row(relation: Relation, patterns: PatternSet) -> bool:
    """Whether ``relation`` is inferred from an AID event (its rule: "<pattern id>><type>")."""
    if relation.basis != "inferred" or not relation.rule:
        return False
    pattern = patterns.by_id(relation.rule.split(">", 1)[0])
    return pattern is not None and pattern.type == "AID"


def _dedupe(relations: list[Relation]) -> list[Relation]:
    best: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        if relation.source == relation.target:
            continue
        key = _key(relation)
        kept = best.get(key)
        if kept is None or relation.confidence > kept.confidence:
            best[key] = relation
    return list(best.values())


__all__ = ["ASSIGNS", "REQUIRES", "find_relations"]
