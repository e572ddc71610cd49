"""Alignments inferred from coded events (basis ``inferred``): an ASSAULT from X on Y implies X
opposes Y, AID from X to Y that X supports Y, third-party CONSULT that X mediates between its
targets (and that those sides oppose each other). The rules are data (inference.yaml); a pattern's
``implies:`` overrides its type's rule.
"""

from __future__ import annotations

import copy
import re
import weakref
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from itertools import combinations

from factions.actors.home import home_body, mentioned_ids, state_of, story_country
from factions.events.completion import HOSTILE_TYPES, closed_mediation, mediation_sides
from factions.events.cues import cues
from factions.events.patterns import PatternSet
from factions.events.sentence import read_document
from factions.kb.entries import KBActor
from factions.model import Event, Relation
from factions.pipeline.state import ActorMention, DocState
from factions.relations.patterns import InferenceRules, inference_rules

# The sectors of a state's own armed and security bodies.
_SECURITY_SECTORS = frozenset({"military", "police"})


def inferred_relations(state: DocState, patterns: PatternSet,
                       sentence_of: dict[str, int] | None = None,
                       stated: Sequence[Relation] = (),
                       known_sides: Sides | None = None) -> list[Relation]:
    """The alignments the events of ``state`` imply (ids left empty). ``sentence_of`` is the
    sentence index of each event (``event_sentences``), computed here when not given;
    ``stated``: the alignments the text states (who backs whom); ``known_sides``: the article's
    ``Sides`` already built for these events (``stated`` is added to them)."""
    rules = inference_rules()
    if sentence_of is None:
        sentence_of = event_sentences(state)
    governments = governments_of_states(state)
    actors_named: dict[int, frozenset[str]] | None = None
    groups_hit = _groups_hit(state, sentence_of)
    crowds = _crowds(state)
    policed = _crowds(state, rules.policed_sectors) if rules.policed_sectors else frozenset()
    where = sentence_of

    # Built on first use, once: many articles need neither.
    @cache
    def sides() -> Sides:
        if known_sides is not None:
            return known_sides.with_stated(stated)
        return Sides(state, governments, where, stated)

    @cache
    def backing() -> dict[int, set[str]]:
        return _backing(state, where)

    def backers_in(sentence: int) -> set[str]:
        return backing().get(sentence, set())

    @cache
    def home() -> str | None:
        country = story_country(state)
        return home_governments(state).get(country) if country else None

    def home_recipient(sources: list[str]) -> list[str]:
        """The government of the story's country, for aid from foreign states or their bodies
        ("with the help of Turkish drones" in Libya) with no camp of theirs hostile to it in the
        article."""
        government = home()
        if government is None:
            return []
        country = sides().country_of_state(government)
        givers = [s for s in sources if (c := sides().country_of_state(s)) and c != country]
        if not givers or len(givers) != len(sources) or \
                any(sides().hostile(s, government) for s in givers):
            return []
        return [government]

    @cache
    def grievances() -> dict[str, set[str]]:
        authorities = {a: c for a, c in sides().country.items()
                       if sides().types.get(a) not in _NOT_AUTHORITIES
                       or sides().country_of_state(a) is not None}
        return _crowd_grievances(state, policed, stated, authorities)

    def home_crowd(crowd: str, sources: list[str]) -> bool:
        """Whether the crowd protests against the sources' own country (its government, its
        leader, its parliament, its police), which their policing then defends: a crowd
        attacking foreign embassies that police disperse ("Police fired tear gas to disperse
        the crowds" in Kinshasa) is no opponent of the police."""
        countries = grievances().get(crowd, set())
        return any(sides().country.get(s) in countries for s in sources)

    def charged(event: Event) -> bool:
        """Whether the aid is what someone is accused of ("accused Qatar of arming its
        rivals")."""
        trigger = event.evidence.trigger
        at = event.evidence.text.find(trigger) if trigger else -1
        return at > 0 and _CHARGE.search(event.evidence.text[max(0, at - 80):at]) is not None

    @cache
    def coup_makers() -> frozenset[str]:
        """Who made a coup of the story's time (not a past one the article recalls) in the
        story's country (not a foreign leader misread as one: "Brazilian President Lula said
        coups had no place in the region")."""
        country = story_country(state)
        return frozenset(a for e in state.events if e.type == "COERCE" and e.mode == "coup"
                         and e.modality not in rules.skip_modalities
                         and e.modality != "historical" for a in e.source
                         if country is None or _country_of(state, a) in (None, country))

    result: list[Relation] = []
    located: list[tuple[int, Event]] | None = None  # (sentence, event), read once if asked
    for event in state.events:
        if event.modality in rules.skip_modalities:
            continue
        if rules.joint_sources is not None and event.type in rules.joint_types and \
                len(event.source) > 1 and (event.modality not in rules.joint_skip or (
                    event.type == "ASSAULT" and _own_report(state, sides(), event))):
            result.extend(_joint(state, sides(), event, rules.joint_sources,
                                 backers_in(sentence_of.get(event.id, -1))))
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
        # ("Taliban take control of the Afghan capital": the Afghan government); help given to
        # a country is the country's ("says it will help Mozambique fight terrorism").
        targets = list(dict.fromkeys(t if relation == "supports" else governments.get(t, t)
                                     for t in event.target
                                     if relation != "opposes" or not (
                                         (t in crowds and not (
                                             t in policed and _policing(rules, event)
                                             and home_crowd(t, event.source)))
                                         or _venue(state, t, event, sentence, groups_hit))))
        fallback = 1.0
        if relation == "opposes" and event.type == "ACCUSE" and coup_makers() and \
                _condemns_coup(event) and not set(event.target) & coup_makers():
            # "The United States also denounced the coup", "Guterres strongly condemned any
            # takeover of government by the force of the gun": what is condemned is the coup,
            # so its makers are the target, whoever the clause names after it (a leader the
            # coup toppled, "armed men", or no one).
            targets = sorted(coup_makers() - set(event.source))
        if relation == "supports" and not targets and event.mode in rules.aid_home_modes and \
                not charged(event):
            targets = home_recipient(event.source)
        if relation == "allied_with" and not targets and event.type == "MOBILIZE" and \
                event.place and implies == "allied_with":
            # "Moscow, which keeps a military base in Armenia": the host is the state whose
            # country the base is in, when the article names it
            targets = _host_state(state, event)
        if relation == "mediates" and targets and venues(state, sentence, targets):
            targets = []  # "shuttling between Doha and Cairo": places, not the sides
        if relation == "mediates" and not targets:
            past = closed_mediation(event)
            if located is None:
                located = [(sentence_of.get(e.id, -1), e) for e in state.events]
            targets = sides_for(state, sentence, event.source, sentence_of, historical=past,
                                located=located)
            fallback = rules.mediation_fallback_factor
            if not targets and not past:
                # "Turkey brokered the deal": with no parties in the sentences before, the two
                # sides of the article's war.
                targets = sides().main_conflict(event.source)
        if relation == "mediates" and len(targets) != 2:
            continue  # a mediator works between two sides, not among a meeting's guests
        confidence = base * factor * fallback
        sources = list(dict.fromkeys(governments.get(a, a) for a in _speakers_apart(
            state, event.source)))
        if relation == "opposes" and (len(sources) > 1 or len(targets) > 1):
            backers = backers_in(sentence)
            sources = sides().allied_states(sources, backers)
            targets = sides().allied_states(targets, backers)
        if relation == "mediates" and event.type == "REQUEST":
            sources = [a for a in sources if _mediating_requester(state, a)]
        if relation == "allied_with" and event.type != "MOBILIZE" and any(
                sides().enemies(a, b) for a in targets for b in targets if a < b):
            # "Washington and Paris would work with Israel and Lebanon to make sure it was
            # implemented": working with both sides of a conflict is no alliance with either
            # (but "Russia has military bases in both countries" is a standing tie with each
            # host, whatever they do to each other).
            continue
        for source in sources:
            for target in targets:
                if source != target and (relation != "opposes"
                                         or sides().may_oppose(source, target, event)) and (
                        relation != "allied_with" or not sides().enemies(source, target)):
                    result.append(_relation(relation, source, target, event, confidence))
        if relation == "opposes" and event.type == "COERCE" and event.mode == "coup" and \
                event.modality != "historical":
            # "Army officers seized power ... The committee named General Brice Oligui Nguema
            # as leader of the transition": the head of the body that made the coup (by the
            # knowledge base, on the article's date) opposes whom it toppled too (a coup of
            # the story's time: those who made an old one may have fallen out since).
            for leader in _coup_leaders(state, sources):
                for target in targets:
                    if leader != target and leader not in sources:
                        result.append(_relation("opposes", leader, target, event,
                                                confidence * _LEADER_FACTOR))
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
    return _without_cross_pairs(state, result)


def _host_state(state: DocState, event: Event) -> list[str]:
    """The state the article names whose whole country is the event's place (a base's host)."""
    place = next((p for p in state.places if p.id == event.place), None)
    if place is None or place.feature != "country" or not place.country:
        return []
    host = state_of(state.kb, place.country)
    return [host.id] if host is not None and host.id in mentioned_ids(state) \
        and host.id not in event.source else []


# How much less sure the opposition of a junta's head to whom the junta toppled is.
_LEADER_FACTOR = 0.8
_LEADER_TITLE = re.compile(r"^(?:president|chairman|chairwoman|head|leader|commander)\b",
                           re.IGNORECASE)


def _coup_leaders(state: DocState, bodies: Sequence[str]) -> list[str]:
    """The people the article names who head one of ``bodies`` on its date (their KB roles)."""
    day = state.published.isoformat() if state.published else None
    wanted = set(bodies)
    found: list[str] = []
    for actor_id in dict.fromkeys(m.actor_id for m in state.mentions):
        actor = state.kb.actors.get(actor_id)
        if actor is None or actor.type != "person":
            continue
        if any(r.org in wanted and _LEADER_TITLE.match(r.title)
               and role_active(r.start, r.end, day) for r in actor.roles):
            found.append(actor_id)
    return found


def _without_cross_pairs(state: DocState, relations: list[Relation]) -> list[Relation]:
    """Drop "A opposes B's army" where A is a state, B's army a body that represents another
    state B, and "A opposes B" is inferred too ("Ukrainian forces crossed into Russia ...
    Russian troops repelled them": Ukraine opposes Russia and the two armies oppose each
    other; the state against the other's army says nothing more)."""
    kb = state.kb

    def country(actor_id: str, body: bool) -> str | None:
        actor = kb.get(actor_id)
        if actor is None:
            return None
        if body:
            return (actor.represents or {}).get("country") if actor.type != "state" else None
        return actor.country if actor.type == "state" else None

    states = {frozenset((a, b)) for r in relations if r.type == "opposes"
              for a, b in ((country(r.source, False), country(r.target, False)),) if a and b}
    if not states:
        return relations
    kept = []
    for r in relations:
        if r.type == "opposes":
            pair = None
            for x, y in ((r.source, r.target), (r.target, r.source)):
                s, t = country(x, False), country(y, True)
                if s and t and s != t:
                    pair = frozenset((s, t))
            if pair is not None and pair in states:
                continue
        kept.append(r)
    return kept


# A report closing its sentence: "..., the Polish operational command said."
_TRAILING_REPORT = re.compile(r",\s+([^,]{2,80}?)\s+(?:said|says|reported|announced)\W*$")


def _own_report(state: DocState, sides: Sides, event: Event) -> bool:
    """Whether a reported joint attack is told by one of its own sides ("Polish F-16 fighters
    and Dutch F-35 jets ... took part in the operation, ..., the Polish operational command
    said"): the side that fought says whom it fought with, which is no list of others' fighters
    (a joint drill reported so stays a show of force, no alliance)."""
    ev = event.evidence
    m = _TRAILING_REPORT.search(ev.text)
    if m is None:
        return False
    lo, hi = ev.start + m.start(1), ev.start + m.end(1)
    acting = {sides.side(a) for a in event.source}
    if any(lo <= x.start < hi and sides.side(x.actor_id) in acting for x in state.mentions):
        return True
    # "the Polish operational command": a body of the acting state the article does not name
    reading = read_document(state)
    return any(sides.side(a) in acting for word in m.group(1).lower().split()
               for a in reading.demonyms.get(word, ()))


def _joint(state: DocState, sides: Sides, event: Event, base: float,
           backers: set[str] | frozenset[str] = frozenset()) -> list[Relation]:
    """"US and British warplanes struck Houthi targets": who act together in an attack or a
    deployment are allied. Two bodies of different states stand for their states ("US and
    British forces": the United States and the United Kingdom), when the article names those
    states. Who the sentence says back the attackers with forces (``backers``: "federal troops,
    backed by soldiers from neighbouring Eritrea and forces from the Amhara region", "Rebel
    fighters, backed by Turkish artillery") support them, which the AID says: they are no
    allies of them or of each other. Nor are two the text says elsewhere one backs the other's
    side ("The Syrian army, backed by Russian air power": "air strikes by the Syrian regime and
    Russia" are Russia's backing, not an alliance)."""
    rules = inference_rules()
    factor = rules.modality_factors.get(event.modality, 1.0) * (0.5 + 0.5 * event.confidence)
    found: list[Relation] = []
    actors = [a for a in dict.fromkeys(event.source) if a not in backers]
    for k, a in enumerate(actors):
        for b in actors[k + 1:]:
            if sides.own_side(a, b) or sides.side(a) == sides.side(b) or \
                    sides.backs(a, b) or sides.backs(b, a):
                continue
            a, b = sides.allied_states([a, b])
            found.append(_relation("allied_with", a, b, event, base * factor))
    return found


def _backing(state: DocState, sentence_of: dict[str, int]) -> dict[int, set[str]]:
    """Sentence -> the sources of its AID events (who back someone there)."""
    found: dict[int, set[str]] = {}
    for event in state.events:
        if event.type == "AID" and event.target:
            found.setdefault(sentence_of.get(event.id, -1), set()).update(event.source)
    return found


def _crowds(state: DocState, sectors: frozenset[str] | None = None) -> frozenset[str]:
    """The crowds and communities of the article (``no_party_sectors``, or ``sectors``): no
    party to the conflict when attacked or policed."""
    if sectors is None:
        sectors = inference_rules().no_party_sectors
    return frozenset(m.actor_id for m in state.mentions if m.sector in sectors)


def _crowd_grievances(state: DocState, crowds: frozenset[str], stated: Sequence[Relation],
                      country: dict[str, str]) -> dict[str, set[str]]:
    """Crowd -> the countries of the authorities (``country``: actor -> its country) it protests
    against, attacks, denounces, defies or makes demands of in the article (its events, and the
    opposition the text states of it). A crowd that names no one it stands against protests
    against the authorities of the country its protests are in ("Protests broke out in Caracas
    and other cities after the result was announced")."""
    skip = inference_rules().skip_modalities
    events = [e for e in state.events if e.type in _GRIEVANCE_TYPES and e.modality not in skip
              and not crowds.isdisjoint(e.source)]
    aimed = [(e.source, e.target) for e in events if e.target]
    aimed += [([r.source], [r.target]) for r in stated if r.type == "opposes"]
    found: dict[str, set[str]] = {}
    for sources, targets in aimed:
        for crowd in sources:
            if crowd in crowds:
                found.setdefault(crowd, set()).update(
                    c for t in targets if (c := country.get(t)) is not None)
    targeted = set(found)
    place_country = {p.id: p.country for p in state.places if p.country}
    for e in events:
        if e.type == "PROTEST" and not e.target and e.place in place_country:
            for crowd in e.source:
                if crowd in crowds and crowd not in targeted:
                    found.setdefault(crowd, set()).add(place_country[e.place])
    return found


# Actors whose country is no authority a crowd of it stands against: rebels, other crowds.
_NOT_AUTHORITIES = frozenset({"armed_group", "other"})
# What a crowd does to whom it stands against.
_GRIEVANCE_TYPES = frozenset({"PROTEST", "ACCUSE", "ASSAULT", "COERCE", "REQUEST", "REJECT",
                              "THREATEN"})


def _policing(rules: InferenceRules, event: Event) -> bool:
    """Whether ``event`` is aimed at a protest crowd as an opponent ("Police fired tear gas and
    live ammunition at the crowds", "Maduro called the protesters terrorists"), not a measure
    for the whole country (a curfew, an internet shutdown) or a deployment."""
    return event.type in rules.policed_types and event.mode not in rules.policed_skip_modes


def venues(state: DocState, sentence: int, targets: list[str]) -> bool:
    """Whether every target is named in the sentence only as a capital (a venue)."""
    kinds: dict[str, set[str]] = {}
    for m in state.mentions:
        if m.sentence == sentence and m.actor_id in targets:
            kinds.setdefault(m.actor_id, set()).add(m.kind)
    return all(kinds.get(t) == {"metonym"} for t in targets)


def _groups_hit(state: DocState, sentence_of: dict[str, int]
                ) -> dict[tuple[int, str], set[str]]:
    """(sentence, source) -> the countries of the armed groups that source's assaults and
    coercions in that sentence are aimed at."""
    hard = inference_rules().conflict_events
    found: dict[tuple[int, str], set[str]] = {}
    for event in state.events:
        if event.type not in hard:
            continue
        for target in event.target:
            actor = state.kb.get(target)
            if actor is not None and actor.type == "armed_group" and actor.country and \
                    not actor.represents:
                for source in event.source:
                    found.setdefault((sentence_of.get(event.id, -1), source), set()).add(
                        actor.country)
    return found


def _venue(state: DocState, target: str, event: Event, sentence: int,
           groups_hit: dict[tuple[int, str], set[str]]) -> bool:
    """A state an assault is aimed at is only where it falls when the same sentence aims the
    same attacker at an armed group of that state ("Israel strikes Beirut suburb, targeting
    Hezbollah commander": Hezbollah is hit, not Lebanon)."""
    if not groups_hit:
        return False
    actor = state.kb.get(target)
    if actor is None or actor.type != "state" or not actor.country:
        return False
    return any(actor.country in groups_hit.get((sentence, s), ()) for s in event.source)


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


# An act named as a charge: "accused X of", "is suspected of", "blamed Y for" (the gerund
# follows, with at most two words between).
# What a condemnation names when it condemns a coup: "condemned the takeover", "denounced the
# coup", "condemned any takeover of government", "condemned the military's seizure of power".
_COUP_CONDEMNED = re.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:coup|putsch|takeover|take-over|seizure\s+of\s+power|power\s+grab|"
    r"overthrow|ouster|ousting|mutiny|coup\s+attempt|attempted\s+coup)s?\b", re.I)
# The condemnation modes a coup's condemner speaks in.
_CONDEMN_MODES = frozenset({"condemn", "criticize"})


def _speakers_apart(state: DocState, sources: list[str]) -> list[str]:
    """``sources`` without the officials named beside their own state or government ("Blinken
    said Washington stood ready to assist Ecuador": the United States and Blinken back Ecuador
    in the event, the alignment is the state's)."""
    if len(sources) < 2:
        return sources
    entries = [state.actor_entry(a) for a in sources]
    states = {e.country for e in entries
              if e is not None and e.type in ("state", "government") and e.country}
    if not states:
        return sources
    return [a for a, e in zip(sources, entries, strict=True)
            if e is None or e.type != "person" or e.country not in states]


def _country_of(state: DocState, actor_id: str) -> str | None:
    actor = state.actor_entry(actor_id)
    return actor.country if actor is not None else None


def _condemns_coup(event: Event) -> bool:
    """Whether the condemnation's trigger is followed (within four words) by the name of a
    coup ("denounced the military takeover", "strongly condemned any takeover")."""
    if event.mode not in _CONDEMN_MODES:
        return False
    text, trigger = event.evidence.text, event.evidence.trigger or ""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    after = at + len(trigger)
    return _COUP_CONDEMNED.match(text[after:after + 60]) is not None


_CHARGE = re.compile(r"\b(?:accus\w*|suspect\w*|blam\w*|charged)\b[^.;:]*\b(?:of|for)\s+"
                     r"(?:\S+\s+){0,2}$", re.I)
_NATIONAL = re.compile(r"\b(?:government|administration|authorities|junta|regime)\b", re.I)
# An alias that calls the body a whole government ("Niger junta", "Niger's military
# government" for the CNSP), not a part of one ("Defence Ministry").
_NATIONAL_ALIAS = re.compile(r"\b(?:government|administration|authorities|junta|regime)$", re.I)


# The last document's answers that depend only on its mentions (``national_governments``,
# ``named_states``: asked a few times per trigger and event), kept while it has the same
# mentions: state, its mentions, name -> answer.
_BY_MENTIONS: list[tuple[weakref.ref[DocState], tuple[ActorMention, ...],
                         dict[str, dict[str, str]]]] = []


def _by_mentions(state: DocState) -> dict[str, dict[str, str]]:
    """The memo of ``state``'s answers over its current mentions (emptied when they change)."""
    mentions = tuple(state.mentions)
    if _BY_MENTIONS:
        ref, known, memo = _BY_MENTIONS[0]
        if ref() is state and known == mentions:
            return memo
    memo = {}
    _BY_MENTIONS[:] = [(weakref.ref(state), mentions, memo)]
    return memo


def _remembered(state: DocState, name: str,
                compute: Callable[[DocState], dict[str, str]]) -> dict[str, str]:
    """``compute(state)``, worked out once while ``state``'s mentions stay the same (a copy)."""
    memo = _by_mentions(state)
    found = memo.get(name)
    if found is None:
        found = memo[name] = compute(state)
    return dict(found)


def national_governments(state: DocState) -> dict[str, str]:
    """Country -> the one government of it the article names: a KB actor of type government
    called a government, administration, authorities, junta or regime by its name or by an alias
    that ends so ("Niger's junta" for the National Council for the Safeguard of the Homeland);
    not a ministry, parliament or agency."""
    return _remembered(state, "national", _national_governments)


def _national_governments(state: DocState) -> dict[str, str]:
    kb = state.kb
    by_country: dict[str, list[str]] = {}
    for actor_id in {m.actor_id for m in state.mentions if not m.locative}:
        actor = kb.get(actor_id)
        if actor is not None and actor.type == "government" and actor.country and (
                _NATIONAL.search(actor.name)
                or any(_NATIONAL_ALIAS.search(a) for a in actor.aliases)) and (
                    not actor.represents or actor.represents.get("sector") == "government") \
                and not _breakaway(actor):
            by_country.setdefault(actor.country, []).append(actor_id)
    return {country: ids[0] for country, ids in by_country.items() if len(ids) == 1}


# Words the knowledge base uses for a government that rules part of a country against its
# national one ("breakaway region", "self-declared republic": Somaliland is no government of
# Somalia's, though its alias "Somaliland government" ends so), or beside it (a region's own
# government: "Iraq's foreign ministry summoned the Iranian ambassador ..., and the Kurdistan
# Regional Government condemned" is Iraq's act, not the KRG's).
_BREAKAWAY_WORDS = ("breakaway", "self-declared", "separatist", "secessionist", "de facto",
                    "regional", "autonomous", "federal member state")


def _breakaway(actor: KBActor) -> bool:
    return any(w in x.lower() for x in (*actor.descriptors, *actor.aliases)
               for w in _BREAKAWAY_WORDS)


def home_governments(state: DocState) -> dict[str, str]:
    """``national_governments``, and for a country with none the one government the document
    made of a phrase that names a whole government ("the government" of the story's country:
    the Syrian government)."""
    found = national_governments(state)
    made: dict[str, list[str]] = {}
    for actor in state.actors.values():
        if actor.id not in state.kb.actors and actor.type == "government" and actor.country \
                and actor.country not in found and _NATIONAL_ALIAS.search(actor.name):
            made.setdefault(actor.country, []).append(actor.id)
    found.update((country, ids[0]) for country, ids in made.items() if len(ids) == 1)
    return found


def governments_of_states(state: DocState) -> dict[str, str]:
    """State id -> the one government of that country the article names
    (``national_governments``), for the states the events involve."""
    national = national_governments(state)
    if not national:
        return {}
    kb = state.kb
    found: dict[str, str] = {}
    for event in state.events:
        for actor_id in (*event.source, *event.target):
            actor = kb.get(actor_id)
            if actor is not None and actor.type == "state" and actor.country and \
                    actor.country in national:
                found[actor_id] = national[actor.country]
    return found


def named_actors(state: DocState) -> dict[int, frozenset[str]]:
    """The actors each sentence names as actors: mentions that are no place ("in Libya"), no
    modifier ("the Gaddafi army") and no capital standing for its country ("shuttling between
    Doha and Cairo" names two venues)."""
    found: dict[int, set[str]] = {}
    for m in state.mentions:
        if not m.locative and not m.attributive and m.kind != "metonym":
            found.setdefault(m.sentence, set()).add(m.actor_id)
    return {k: frozenset(v) for k, v in found.items()}


def sides_for(state: DocState, sentence: int, mediators: list[str],
              sentence_of: dict[str, int] | None = None,
              historical: bool | None = None,
              located: list[tuple[int, Event]] | None = None) -> list[str]:
    """The sides a mediator with none named works between (``mediation_sides``); a
    ``historical`` mediation (None: whether the sentence codes one by these mediators) only
    between the parties of past events. ``located``: (sentence, event) for the document's
    events, when the caller has them."""
    if located is None:
        if sentence_of is None:
            sentence_of = event_sentences(state)
        located = [(sentence_of.get(e.id, -1), e) for e in state.events]
    if historical is None:
        historical = past_mediation(located, sentence, mediators)
    # The two sides the event stage gave the mediation this sentence codes ("China, which has
    # close ties with both neighbours, offered to mediate": the two states), else those of the
    # latest party event before it.
    # (only two at odds in the article's events: "shuttling between Doha and Cairo" names the
    # capitals of two fellow mediators, not the sides)
    coded = [e.target for at, e in located
             if at == sentence and e.type == "CONSULT" and e.mode == "third-party"
             and len(e.target) == 2 and e.modality != "negated"
             and not set(e.source).isdisjoint(mediators)
             and _at_odds(e.target[0], e.target[1], located)]
    sides = list(coded[-1]) if coded else \
        mediation_sides(located, sentence, mediators, cues(), historical=historical)
    # A mediator works between a movement and its enemy, not the movement's armed wing ("a
    # rocket attack claimed by Hamas's armed wing" before "Burns ... shuttling").
    sides = list(dict.fromkeys(_movement_of(a) for a in sides))
    # A mediator works between two sides: the many guests of a meeting are no sides.
    return state_sides(state, sides) if len(sides) == 2 else []


# The last words of the names of communities.
_COMMUNITY_NOUNS = frozenset({"community", "communities", "tribe", "tribes", "clan", "clans",
                              "minority", "people"})


def _at_odds(a: str, b: str, located: list[tuple[int, Event]]) -> bool:
    """Whether an event of the article sets ``a`` and ``b`` against each other."""
    return any(e.type in HOSTILE_TYPES and ((a in e.source and b in e.target)
                                       or (b in e.source and a in e.target))
               for _, e in located)


_WING_MARK = "-wing-of-"


def _movement_of(actor_id: str) -> str:
    """The movement a wing the actor stage made (``x-armed-wing-of-<owner>``) belongs to."""
    return actor_id.split(_WING_MARK, 1)[1] if _WING_MARK in actor_id else actor_id


def past_mediation(located: list[tuple[int, Event]], sentence: int,
                   mediators: list[str]) -> bool:
    """Whether ``sentence`` codes a mediation by one of ``mediators`` that ended a past war
    (``closed_mediation``: "since a Moscow-brokered truce ended a six-week war in 2020") and no
    other one."""
    found = [closed_mediation(e) for at, e in located
             if at == sentence and e.type == "CONSULT" and e.mode == "third-party"
             and not set(e.source).isdisjoint(mediators)]
    return bool(found) and all(found)


def state_sides(state: DocState, sides: list[str]) -> list[str]:
    """Two sides of different countries as their states: a state's forces fighting a foreign
    enemy fight for the state ("Israeli tanks rolled into Rafah ... a ceasefire proposal put
    forward by Egyptian and Qatari mediators": between Israel and Hamas), when the article names
    that state as an actor. Two sides of one country (an army and a rebel force) stay as named."""
    kb = state.kb
    countries = []
    for side in sides:
        actor = kb.get(side)
        countries.append(actor.country if actor is not None else None)
    if len(sides) != 2 or None in countries or countries[0] == countries[1]:
        return sides
    named = named_states(state)
    result = []
    for side in sides:
        actor = kb.get(side)
        country = actor.represents.get("country") if actor is not None and actor.represents \
            else None
        result.append(named.get(country, side) if country else side)
    return result


def named_states(state: DocState) -> dict[str, str]:
    """Country -> the first state actor the article names as an actor (not as a place, not as
    a modifier) for it."""
    return _remembered(state, "states", _named_states)


def _named_states(state: DocState) -> dict[str, str]:
    kb = state.kb
    named: dict[str, str] = {}
    for m in state.mentions:
        actor = kb.get(m.actor_id)
        if actor is not None and actor.type == "state" and actor.country and \
                not m.locative and not m.attributive:
            named.setdefault(actor.country, m.actor_id)
    return named


def _mediating_requester(state: DocState, actor_id: str) -> bool:
    actor = state.kb.get(actor_id)
    return actor is not None and actor.type in inference_rules().requests_mediate_from


def role_active(role_start: str | None, role_end: str | None, day: str | None) -> bool:
    """Whether a role with these ISO bounds (any precision) holds on ``day`` (ISO date); with no
    date, the roles that have not ended."""
    if day is None:
        return role_end is None
    return (role_start is None or role_start <= day[:len(role_start)]) and \
        (role_end is None or role_end >= day[:len(role_end)])


def _clients(stated: Sequence[Relation]) -> dict[str, set[str]]:
    """Patron -> the actors the text says it backs ("the Iran-backed group"), whose wars its
    words take part in."""
    clients: dict[str, set[str]] = {}
    for r in stated:
        if r.type == "supports" and r.modality not in inference_rules().skip_modalities:
            clients.setdefault(r.source, set()).add(r.target)
    return clients


class Sides:
    """Who is on whose side in one article, for the opposition an event may imply.

    An actor's camp is the actor, the organizations a person holds an office in on the article's
    date (knowledge-base roles) and, for a state, the bodies that officially are that state (its
    armed forces, its national government): written ``state:XXX``. Two camps are in conflict when
    an event of a ``conflict_events`` type (an assault, a coercion) runs between them."""

    def __init__(self, state: DocState, governments: dict[str, str],
                 sentence_of: dict[str, int], stated: Sequence[Relation] = ()) -> None:
        self.kb = state.kb
        self.events = [e for e in state.events
                       if e.modality not in inference_rules().skip_modalities]
        self._hostile: set[tuple[str, str]] | None = None
        self._grievances: dict[str, list[tuple[str, str]]] | None = None
        self.clients = _clients(stated)
        self.day = state.published.isoformat() if state.published else None
        self.national = set(national_governments(state).values())
        self._camps: dict[str, frozenset[str]] = {}
        rules = inference_rules()
        self.needs_conflict = rules.needs_conflict
        self.crowds = _crowds(state)
        # Who seized power in a coup the article tells: their condemners oppose them.
        self.coup_makers = {a for e in self.events if e.type == "COERCE" and e.mode == "coup"
                            for a in e.source}
        # States that test or launch weapons in the article ("North Korea test-fired a new
        # solid-fuel intercontinental ballistic missile"): a show of force aimed at all.
        self.weapon_testers = {a for e in self.events if e.type == "MOBILIZE"
                               and e.mode == "weapons" and e.modality not in rules.skip_modalities
                               for a in e.source}
        # Parties and a country's opposition camp: their accusations of each other and of the
        # government are the contest of politics, no war to check.
        named = {m.actor_id for m in state.mentions}
        kinds = {a: (self.kb.get(a) or state.actors.get(a)) for a in named}
        self.parties = frozenset(
            [a for a, actor in kinds.items() if actor is not None
             and actor.type == "political_party"]
            + [m.actor_id for m in state.mentions if m.sector == "opposition"])
        self.country = {a: actor.country for a, actor in kinds.items()
                        if actor is not None and actor.country}
        self.types = {a: actor.type for a, actor in kinds.items() if actor is not None}
        self._armed: set[str] | None = None
        # Communities the knowledge base names as such ("Kuki-Zo tribes", "Meitei community"):
        # like a crowd, no side whose wars could be checked; what they denounce they oppose.
        self.communities = frozenset(
            a for a, actor in kinds.items() if actor is not None and actor.type == "other"
            and actor.name.split()[-1].lower() in _COMMUNITY_NOUNS)
        self.hard = hard = rules.conflict_events
        self.unless_asserted = rules.needs_conflict_unless_asserted
        self.formal_acts = rules.needs_conflict_except_cameo
        self.domestic_modes = rules.domestic_modes
        skip = rules.skip_modalities
        self.conflicts: set[tuple[str, str]] = set()
        place_country = {p.id: p.country for p in state.places if p.country}
        self.states = named_states(state)  # country -> the state actor the article names
        self.fights: Counter[tuple[str, str]] = Counter()  # (side, side), sorted -> events
        self.named: dict[str, Counter[str]] = {}  # side -> the actors named for it
        for event in state.events:
            if event.type not in hard or event.modality in skip:
                continue
            for s in event.source:
                source = governments.get(s, s)
                targets = [governments.get(t, t) for t in event.target]
                # An attack that names no target is on the state whose soil it hits ("car bombs
                # killed 100 people in Mogadishu"), unless the attacker is that state's own.
                country = place_country.get(event.place or "")
                if country and self.country_of_state(source) != country and (
                        not targets or self._foreign_strike(source, country)):
                    # ... and a foreign state's strike on a group there is on that state's soil
                    # too ("Israel carried out an air strike on Beirut's southern suburbs,
                    # targeting a senior Hezbollah commander. Lebanon's government condemned
                    # the attack"), though it fights the group, not the state.
                    for a in self.camp(source):
                        for b in self.camp(f"state:{country}"):
                            if a != b:
                                self.conflicts.add((a, b))
                                self.conflicts.add((b, a))
                    if not targets:
                        targets = [f"state:{country}"]
                for target in targets:
                    if event.mode in self.domestic_modes and self.abroad(source, target):
                        continue
                    self._count_fight(source, target)
                    for a in self.camp(source):
                        for b in self.camp(target):
                            if a != b:
                                self.conflicts.add((a, b))
                                self.conflicts.add((b, a))

    def _foreign_strike(self, source: str, country: str) -> bool:
        """Whether ``source`` is a state (or a state's own body) other than ``country``."""
        own = self.country_of_state(source)
        return own is not None and own != country

    def with_stated(self, stated: Sequence[Relation]) -> Sides:
        """These sides with the backing ``stated`` says (nothing else depends on it)."""
        other = copy.copy(self)
        other.clients = _clients(stated)
        return other

    def side(self, actor_id: str) -> str:
        """The side an actor fights for: its state when it officially is one, else itself."""
        country = self.country_of_state(actor_id)
        return f"state:{country}" if country else actor_id

    def _count_fight(self, source: str, target: str) -> None:
        if source.startswith("state:") or target.startswith("state:"):
            return
        a, b = self.side(source), self.side(target)
        if a == b:
            return
        self.fights[(a, b) if a < b else (b, a)] += 1
        self.named.setdefault(a, Counter())[source] += 1
        self.named.setdefault(b, Counter())[target] += 1

    def main_conflict(self, mediators: list[str]) -> list[str]:
        """The two sides of the article's war: the pair of sides with the most assaults and
        coercions between them, when there are two or more and no other pair has as many, named
        by the actor the article most often names for each (a state before its bodies); none
        when a mediator is on one of them."""
        ranked = self.fights.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        mediating = {self.side(m) for m in mediators}
        pair = ranked[0][0]
        if mediating & set(pair):
            return []
        result = []
        countries = [self._country_of_side(side) for side in pair]
        foreign = None not in countries and countries[0] != countries[1]
        for side in pair:
            named = self.named[side]
            states = [a for a in named if (actor := self.kb.get(a)) and actor.type == "state"]
            if not states and foreign and side.startswith("state:"):
                # Against a foreign enemy a state's forces fight for the state ("Israeli tanks
                # rolled into Rafah": Egypt and Qatar mediate between Israel and Hamas).
                states = [s for s in (self.states.get(side[6:]),) if s]
            result.append(states[0] if states else named.most_common(1)[0][0])
        return result

    def _country_of_side(self, side: str) -> str | None:
        if side.startswith("state:"):
            return side[6:]
        actor = self.kb.get(side)
        return actor.country if actor is not None else None

    def allied_states(self, actors: list[str],
                      backers: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """Actors who act or are hit together, each body of a state as that state when they are
        bodies of two or more states and the article names the state ("US and British forces
        strike Houthi targets": the United States and the United Kingdom). Forces that only back
        the others (``backers``) make no coalition of states."""
        countries = [None if a in backers else self.country_of_state(a) for a in actors]
        if len({c for c in countries if c}) < 2:
            return actors
        return list(dict.fromkeys(self.state_named(c) or a if c else a
                                  for a, c in zip(actors, countries, strict=True)))

    def state_named(self, country: str) -> str | None:
        """The state actor of ``country`` the article names as an actor, if any."""
        return self.states.get(country)

    def country_of_state(self, actor_id: str) -> str | None:
        """The country an actor officially is: a state, a body that represents it, or the
        article's national government of it."""
        actor = self.kb.get(actor_id)
        if actor is None:
            return None
        if actor.type == "state":
            return actor.country
        if actor.represents and actor.represents.get("country"):
            return actor.represents["country"]
        if actor_id in self.national:
            return actor.country
        return None

    def offices(self, actor_id: str) -> list[str]:
        """The organizations a person holds an office in on the article's date."""
        actor = self.kb.get(actor_id)
        if actor is None or actor.type != "person":
            return []
        return [r.org for r in actor.roles if r.org and role_active(r.start, r.end, self.day)]

    def political_rivals(self, source: str, target: str) -> bool:
        """Whether ``source`` is a party, the opposition or a party's office holder, in no
        assault or coercion of the article, and ``target`` another party (or its office holder)
        or the government (or an office holder of it) of the same country."""
        if not self.parties:
            return False
        own = self.camp(source)
        if not own & self.parties:
            return False
        if self._armed is None:
            self._armed = {a for e in self.events if e.type in self.hard
                           for x in (*e.source, *e.target) for a in self.camp(x)}
        if own & self._armed:
            return False  # a party at war (Tigray's TPLF): its charges need the war's camps
        country = self.country.get(source)
        if not country or self.country.get(target) != country:
            return False
        other = self.camp(target)
        return bool(other & self.parties - own) or f"state:{country}" in other

    def camp(self, actor_id: str) -> frozenset[str]:
        found = self._camps.get(actor_id)
        if found is None:
            members = {actor_id}
            for member in (actor_id, *self.offices(actor_id)):
                members.add(member)
                country = self.country_of_state(member)
                if country:
                    members.add(f"state:{country}")
            found = self._camps[actor_id] = frozenset(members)
        return found

    def own_side(self, a: str, b: str) -> bool:
        """A state and one of its own bodies, or a person and the body or state he or she holds
        office in ("President Hassan Sheikh Mohamud" and the Somali government), are one side.
        Two bodies of one state (an army and a government, in a coup) are not."""
        force_a, force_b = self._security_body(a), self._security_body(b)
        if force_a is not None and force_a == force_b:
            # "accused both the separatists and the security forces": a state's army and its
            # police or security forces are one side, whatever an act of both hits
            return True
        for x, y in ((a, b), (b, a)):
            cx, cy = self.country_of_state(x), self.country_of_state(y)
            actor = self.kb.get(x)
            if cx and cx == cy and actor is not None and actor.type == "state":
                return True
            for office in self.offices(x):
                if office == y or (cy and self.country_of_state(office) == cy):
                    return True
        return False

    def _security_body(self, actor_id: str) -> str | None:
        """The country whose army, police or security forces ``actor_id`` is, or None."""
        home = home_body(actor_id)
        if home is not None:
            return home[0] if home[1] in _SECURITY_SECTORS else None
        actor = self.kb.get(actor_id)
        represents = actor.represents if actor is not None else None
        if represents and represents.get("sector") in _SECURITY_SECTORS:
            return represents.get("country")
        return None

    def abroad(self, source: str, target: str) -> bool:
        """Whether ``target`` is a foreign state or state body to ``source`` (both countries
        known and different)."""
        a, b = self.kb.get(source), self.kb.get(target)
        return a is not None and b is not None and bool(a.country) and \
            self.country_of_state(target) is not None and a.country != b.country

    def backs(self, patron: str, client: str) -> bool:
        """Whether the text says ``patron``'s side backs ``client``'s ("Russian air power" for
        Russia's forces, "the Syrian army" for the Syrian government)."""
        ours, theirs = self.side(patron), self.side(client)
        return any(self.side(p) == ours and any(self.side(c) == theirs for c in cs)
                   for p, cs in self.clients.items())

    def hostile(self, a: str, b: str) -> bool:
        """Whether an event of ``aid_home_unless`` runs between the camps of ``a`` and ``b``
        (either way)."""
        if self._hostile is None:
            kinds = inference_rules().aid_home_unless
            self._hostile = {(x, y) for e in self.events if e.type in kinds
                             for s in e.source for t in e.target
                             for x in self.camp(s) for y in self.camp(t)}
        camp_a, camp_b = self.camp(a), self.camp(b)
        return any((x, y) in self._hostile or (y, x) in self._hostile
                   for x in camp_a for y in camp_b)

    def enemies(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` are on opposite sides of a conflict of the article: their
        camps in conflict, with the actors each is said to back taken in ("Syrians brought in by
        Turkey and Russians of Wagner fighting alongside Haftar": Turkey, which backs the GNA,
        is no ally of Haftar, "GNA forces backed by Turkish drones")."""
        ours, theirs = self.backed_camp(a), self.backed_camp(b)
        return any((x, y) in self.conflicts for x in ours for y in theirs)

    def backed_camp(self, actor_id: str) -> set[str]:
        """The camp of ``actor_id`` with the camps of the actors the text says its side backs."""
        camp = set(self.camp(actor_id))
        side = self.side(actor_id)
        for patron, clients in self.clients.items():
            if patron == actor_id or self.side(patron) == side:
                for client in clients:
                    camp |= self.camp(client)
        return camp

    def in_conflict(self, a: str, b: str) -> bool:
        """Whether the camps of ``a`` and ``b`` are in conflict, ``a``'s taken with the actors
        the text says it backs ("Iran's foreign ministry also denounced the attack" on the
        Iran-backed Hezbollah)."""
        camp_b = self.camp(b)
        camp_a = set(self.camp(a))
        for client in self.clients.get(a, ()):
            camp_a |= self.camp(client)
        return any((x, y) in self.conflicts for x in camp_a for y in camp_b)

    def may_oppose(self, source: str, target: str, event: Event) -> bool:
        """Whether ``event`` may imply that ``source`` opposes ``target``."""
        if self.own_side(source, target):
            return False
        if event.type in self.hard and event.mode in self.domestic_modes and \
                self.abroad(source, target):
            return False
        if event.type not in self.needs_conflict or (
                event.type in self.unless_asserted and event.modality == "asserted"):
            return True
        if event.cameo and event.cameo.startswith(self.formal_acts) and \
                self.types.get(source) != "person":
            # "Britain, Germany and France summoned Russian envoys over the death", "Prosecutors
            # have filed a lawsuit against him": a formal complaint or legal action is the
            # actor's own act against the target, war told or not (a state's or a body's: the
            # official who summons an envoy acts for his state, which the alignment is of).
            return True
        if event.type == "ACCUSE" and self.political_rivals(source, target):
            # "Opposition parties accused the Bharatiya Janata Party ... of failing to protect
            # lives", "Kharge ... accused Prime Minister Narendra Modi of staying silent": a
            # party's charge against another party or the government of its own country.
            return True
        if event.type == "ACCUSE" and (source in self.crowds or source in self.communities):
            # "protesters attacked the embassies ..., accusing Western capitals of doing too
            # little": a crowd is no side whose wars could be checked; what it denounces, it
            # opposes.
            return True
        if event.type == "ACCUSE" and target in self.coup_makers:
            # "France ... condemned the military takeover" by the officers who seized power in
            # Gabon: whoever condemns a coup opposes the junta that made it.
            return True
        if event.type == "ACCUSE" and target in self.weapon_testers and \
                self.types.get(source) == "state" and self.types.get(target) == "state":
            # "South Korea, Japan and the United States condemned the launch" of North Korea's
            # missile: a state that denounces another's weapons test opposes it (a weapons
            # test is aimed at no side, so no fight between them is told).
            return True
        if self.blamed_and_threatened(source, target):
            # "Iranian officials blamed Israel and the United States. President Ebrahim Raisi
            # vowed that those responsible would pay a heavy price": a camp that both charges
            # a side with an act and vows it retribution opposes it, war told or not.
            return True
        return self.in_conflict(source, target)

    def blamed_and_threatened(self, source: str, target: str) -> bool:
        """Whether the camp of ``source`` both blames ``target`` (an ACCUSE that alleges) and
        threatens it with force (a THREATEN of mode force, not a mere warning) in the article."""
        if self._grievances is None:
            self._grievances = {}
            for e in self.events:
                kind = "blame" if e.type == "ACCUSE" and e.mode == "allege" else \
                    "threat" if e.type == "THREATEN" and e.mode == "force" else None
                if kind is None:
                    continue
                for t in e.target:
                    self._grievances.setdefault(t, []).extend((s, kind) for s in e.source)
        camp = self.camp(source)
        kinds = {kind for s, kind in self._grievances.get(target, ())
                 if s == source or not camp.isdisjoint(self.camp(s))}
        return len(kinds) == 2
