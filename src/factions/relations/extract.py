"""Alignments the text states (basis ``stated``), found with the alignment patterns.

Each pattern trigger is read like an event trigger (``factions.events.arguments``): "He is backed by
... Sisi" gives Sisi supports Haftar; "the UN-backed government" the UN supports it; "an effort by
the UAE to broker a deal between him and the government" the UAE mediates between both. Negated
and hypothetical statements give no alignment; hedges ("seems attracted by") lower confidence.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factions.actors.coref import pair_named_before
from factions.actors.home import country_words
from factions.events.arguments import Arguments, find_arguments
from factions.events.coder import charged, trigger_index
from factions.events.location import Anchors
from factions.events.matcher import Match
from factions.events.modality import read_modality
from factions.events.patterns import GAP, PatternSet
from factions.events.sentence import ActorSpan, DocReading, SentenceView, read_document
from factions.model import Relation
from factions.relations.infer import (
    Sides,
    event_sentences,
    governments_of_states,
    national_governments,
    past_mediation,
    sides_for,
    venues,
)
from factions.relations.patterns import InferenceRules, inference_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factions.pipeline.state import ActorMention, DocState


@dataclass(slots=True)
class _Read:
    """The relations one trigger gives (the first of its patterns that applies); ``mediation``:
    a mediator's sides (or a supported operation's doers) were taken from the coded events, so it
    is read again when they change."""

    view: SentenceView
    match: Match
    relations: list[Relation]
    mediation: bool
    # The arguments of each pattern tried, in the order tried (they do not depend on the
    # events: a read again does not look for them again).
    arguments: list[Arguments]


@dataclass(slots=True)
class StatedReading:
    """The triggers of a document read once (``DocState.stated``): the event coder reads them to
    fill targets, the alignment stage reuses them."""

    reading: weakref.ref[DocReading]
    patterns: PatternSet
    reads: list[_Read]


class WarSides:
    """The sides of the article's war (``Sides``), built once per reading of the triggers (the
    events do not change meanwhile) and only when a mediator asks for them; the alignment stage
    hands them on to the inferences from the same events."""

    def __init__(self, state: DocState, sentence_of: dict[str, int] | None) -> None:
        self.state = state
        self.sentence_of = sentence_of
        self._sides: Sides | None = None

    def built(self) -> Sides | None:
        """The sides if a mediator has asked for them (else None: nothing was spent)."""
        return self._sides

    def sides(self) -> Sides:
        if self._sides is None:
            sentence_of = self.sentence_of if self.sentence_of is not None else \
                event_sentences(self.state)
            self._sides = Sides(self.state, governments_of_states(self.state), sentence_of)
        return self._sides


class _Sides:
    """The sides of a mediator named with none (``sides_for``); notes that they were asked."""

    def __init__(self, war: WarSides) -> None:
        self.state = war.state
        self.sentence_of = war.sentence_of
        self.war = war
        self.asked = False

    def __call__(self, sentence: int, mediators: list[str]) -> list[str]:
        self.asked = True
        if self.sentence_of is None:
            self.sentence_of = event_sentences(self.state)
        located = [(self.sentence_of.get(e.id, -1), e) for e in self.state.events]
        past = past_mediation(located, sentence, mediators)
        found = sides_for(self.state, sentence, mediators, self.sentence_of, historical=past,
                          located=located)
        if found or not self.state.events or past:
            return found
        # "a ceasefire brokered by Angola last year": with no parties in the sentences before,
        # the two sides of the article's war.
        return self.war.sides().main_conflict(mediators)


def stated_relations(state_reading: DocReading, patterns: PatternSet,
                     sentence_of: dict[str, int] | None = None,
                     war: WarSides | None = None) -> list[Relation]:
    """The alignments the text of the document states (ids left empty). ``sentence_of`` is the
    sentence of each event (``event_sentences``), for mediators whose sides are not named;
    ``war``: the article's war for them (made here when not given; the caller may reuse it).

    The triggers are read once per document (kept in ``DocState.stated``); a later call reads
    again only the triggers whose mediator took its sides from the events, which it may now
    see otherwise."""
    reading = state_reading
    state = reading.state
    cached = state.stated
    if cached is None or cached.reading() is not reading or cached.patterns is not patterns:
        reads = _read_triggers(reading, patterns, sentence_of, war)
        state.stated = StatedReading(weakref.ref(reading), patterns, reads)
    else:
        anchors, rules = Anchors.of(reading), inference_rules()
        war = war if war is not None else WarSides(state, sentence_of)
        reads = [_read(reading, r.view, r.match, anchors, rules, war, r.arguments)
                 if r.mediation else r for r in cached.reads]
    return [*_helpers_of_mediators([r for read in reads for r in read.relations]),
            *_wings(reading), *_pro_groups(reading)]


_WING_MARK = "-wing-of-"


# Group nouns a "pro-X" compound qualifies as a party: "pro-Iranian militias", "pro-Russian
# separatists", "armed pro-government groups" (not a person, a party or a stance: "a pro-Western
# diplomat", "pro-Russian sentiment").
_PRO_GROUP_NOUNS = frozenset({
    "militia", "militias", "militiamen", "separatists", "rebels", "fighters", "forces",
    "groups", "group", "factions", "faction", "gunmen", "paramilitaries", "militants",
    "insurgents", "brigades", "units"})


def _pro_groups(reading: DocReading) -> list[Relation]:
    """"pro-Iranian militias", "pro-Russian separatists", "armed pro-government groups": a group
    the actor stage makes of such a description supports the state the demonym names (the one
    national government the article names for "pro-government"), stated where it is named."""
    state = reading.state
    lower = state.tokens.lower
    found: list[Relation] = []
    seen: set[str] = set()
    national: list[str] | None = None
    for m in state.mentions:
        if m.locative or m.actor_id in seen or m.tok_end - m.tok_start < 4 or \
                lower[m.tok_end - 1] not in _PRO_GROUP_NOUNS:
            continue
        p = next((k for k in range(m.tok_start, m.tok_end - 3)
                  if lower[k] == "pro" and lower[k + 1] == "-"), None)
        if p is None or reading.actor_type(m.actor_id) in _STATE_TYPES | {"person"}:
            continue
        word = lower[p + 2]
        if word in _GOVERNMENT_NOUNS:
            if national is None:
                national = sorted(set(national_governments(state).values()))
            patrons = national if len(national) == 1 else []
        else:
            patron = reading.demonym(word)
            patrons = [patron] if patron is not None else []
        patrons = [a for a in patrons if a != m.actor_id and a in reading.present]
        if not patrons:
            continue
        seen.add(m.actor_id)
        found.append(Relation(
            id="", type="supports", source=m.actor_id, target=patrons[0],
            evidence=state.evidence(m.sentence, m.text), basis="stated",
            modality="asserted", confidence=0.6,
            date=Anchors.of(reading).publication()[0], rule="rel.pro-group"))
    return found


def _wings(reading: DocReading) -> list[Relation]:
    """"Hamas's armed wing", "the military wing of Hezbollah": a wing the actor stage makes
    into a group of its own (``x-armed-wing-of-<owner>``) is allied with its movement, stated
    where the text first names it."""
    state = reading.state
    found: list[Relation] = []
    for m in [m for m in state.mentions if _WING_MARK in m.actor_id]:
        if any(r.source == m.actor_id for r in found):
            continue
        owner = m.actor_id.split(_WING_MARK, 1)[1]
        if owner not in reading.present:
            continue
        found.append(Relation(
            id="", type="allied_with", source=m.actor_id, target=owner,
            evidence=state.evidence(m.sentence, m.text), basis="stated",
            modality="asserted", confidence=0.6,
            date=Anchors.of(reading).publication()[0], rule="rel.armed-wing"))
    return found


def _read_triggers(reading: DocReading, patterns: PatternSet,
                   sentence_of: dict[str, int] | None, war: WarSides | None = None
                   ) -> list[_Read]:
    """Every alignment trigger of the document read (those that give nothing left out)."""
    state = reading.state
    index = trigger_index(patterns, "relations")
    anchors = Anchors.of(reading)
    rules = inference_rules()
    war = war if war is not None else WarSides(state, sentence_of)
    result: list[_Read] = []
    words = reading.words
    needed = _needed_words(patterns)
    mediation = _needed_words(patterns, "mediates")
    starts: list[int] | None = None  # where a trigger may start, read once when first needed
    for sent in state.sentences:
        # A trigger needs all its words: a sentence without every word of some trigger form is
        # not scanned.
        window = words[sent.tok_start : sent.tok_end]
        present = needed.keys() & window
        if not present:
            continue
        held = frozenset(window)
        if not any(form <= held for word in present for form in needed[word]):
            continue
        # A relation joins two actors (a mediator may find its sides in earlier sentences): a
        # sentence with no actor is not read, and one with a single actor only for mediation.
        parties = _parties(reading, anchors, sent.index, sent.tok_start, sent.tok_end)
        if not parties or (parties < 2 and not any(
                form <= held for word in mediation.keys() & held for form in mediation[word])):
            continue
        if starts is None:
            starts = index.starts(words)
        matches = index.find(words, sent.tok_start, sent.tok_end, starts=starts)
        if parties < 2:
            matches = [m for m in matches if m.pattern.relation == "mediates"]
        if not matches:
            continue
        view = reading.view(sent.index)
        for match in matches:
            if view.inside_name(match.positions) and not _opens_name(view, match) \
                    and not _patron_in_name(reading, match):
                continue
            if charged(reading, patterns, view, match.start):
                continue  # "accused Islamabad of backing the attackers": no stated alignment
            read = _read(reading, view, match, anchors, rules, war)
            if read.relations or read.mediation:
                result.append(read)
    return result


def _read(reading: DocReading, view: SentenceView, match: Match, anchors: Anchors,
          rules: InferenceRules, war: WarSides, known: Sequence[Arguments] = ()) -> _Read:
    """The relations of the first of the trigger's patterns that applies (``known``: the
    arguments of its patterns read before)."""
    sides = _Sides(war)
    arguments: list[Arguments] = []
    for k, pattern in enumerate((match.pattern, *match.alternatives)):
        m = match if pattern is match.pattern else match.with_pattern(pattern)
        args = known[k] if k < len(known) else find_arguments(reading, view, m)
        arguments.append(args)
        found = _relations(reading, view, m, anchors, rules, sides, args)
        if found is not None:
            return _Read(view, match, found, sides.asked, arguments)
    return _Read(view, match, [], sides.asked, arguments)


def _between_them(reading: DocReading, view: SentenceView, match: Match,
                  mediators: set[str]) -> list[str]:
    """"Haftar and Serraj were both in Berlin ...; German and UN officials shuttled between
    them": the two actors the pronoun stands for, joined by "and" before it."""
    words = reading.words
    for j in (*match.positions, match.end):
        if j + 1 < len(words) and words[j] in ("between", "among") and words[j + 1] == "them":
            pair = pair_named_before(reading.state, view.index, j, mediators)
            return list(pair) if pair else []
    return []


def _helpers_of_mediators(relations: list[Relation]) -> list[Relation]:
    """"The negotiations were led by Obasanjo, with the help of Kenyatta": who helps a mediator
    in the sentence that names the mediation mediates between the same sides."""
    sides: dict[tuple[int, str], list[str]] = {}
    for r in relations:
        if r.type == "mediates":
            sides.setdefault((r.evidence.start, r.source), []).append(r.target)
    if not sides:
        return relations
    out: list[Relation] = []
    for r in relations:
        helped = sides.get((r.evidence.start, r.target)) if r.rule in _HELP_RULES else None
        if not helped:
            out.append(r)
            continue
        out.extend(replace(r, type="mediates", target=t) for t in helped if t != r.source)
    return out


_HELP_RULES = frozenset({"rel.with-help-of"})


def _relations(
    reading: DocReading,
    view: SentenceView,
    match: Match,
    anchors: Anchors,
    rules: InferenceRules,
    sides: _Sides,
    args: Arguments,
) -> list[Relation] | None:
    state = reading.state
    pattern = match.pattern
    assert pattern.relation is not None
    sources, targets = list(args.source), list(args.target)
    if args.target_spans:
        targets = _not_listed_agents(reading, args.target_spans, targets)
    qualified = next((sp for sp in args.target_spans if sp.start >= match.end), None) \
        if pattern.id in _GROUP_COMPOUND_RULES and args.strategy.get("target") == "right" \
        else None
    if qualified is not None and qualified.start <= match.end + 2:
        # "between the Saudi-led coalition and the Iran-aligned Houthi movement": the compound
        # backs the actor it qualifies, not the list that actor stands in.
        targets = [a for a in targets if a in qualified.actors] or targets
    if pattern.id in _TITLE_RULES:
        sources = _title_holder(reading, view, match, args, sources)
        if args.strategy.get("target") == "prep:of" and (
                match.end >= view.end or reading.words[match.end] != "of"):
            # "Interior Minister Ahmad Vahidi accused Israel of backing the attackers": the
            # body a title names is the "of" right after it ("a member of Hamas"), not a
            # later one in the holder's own clause
            targets = []
    if pattern.id in _PREDICATE_RULES and args.strategy.get("source") == "subject" and \
            not _after_copula(reading, view, match):
        sources = []  # "killing thousands of members of the Masalit community"
    if pattern.id in _NOUN_PREDICATE_RULES:
        # "Belarus is Russia's closest ally", "Iran is Israel's sworn enemy": the subject only
        # of a copula ("The Houthis attacked Israel's main backer": no backing)
        if "subject" in (args.strategy.get("source"), args.strategy.get("target")) \
                and not _noun_after_copula(reading, view, match):
            if args.strategy.get("source") == "subject":
                sources = []
            if args.strategy.get("target") == "subject":
                targets = []
    if pattern.id in _KNOWN_AS_RULES and not sources:
        sources = _known_as(reading, view, match)
    if pattern.id in _PARTICIPLE_RULES and args.strategy.get("source") == "left":
        sources = _nearest_list(reading, args.source_spans) or sources
    if pattern.id in _OFFICE_OF_RULES:
        sources, targets = _office_of(reading, view, match, args, sources, targets)
    if _opens_name(view, match):
        # "Congolese soldiers and allied militiamen": the mention the trigger opens.
        span = view.span_at(match.positions[-1])
        sources = list(span.actors) if span is not None else []
    if pattern.id in _BODY_RULES:
        # "Tunisia's electoral commission, now packed with Saied loyalists": the body, not the
        # state it belongs to
        sources = [a for a in sources if reading.actor_type(a) != "state"]
    if not pattern.symmetric and _one_list(view, args):
        return None  # (a symmetric pattern's list is both ends: "Burhan and Dagalo shared power")
    if pattern.id in _COUP_RULES:
        coup = _coup_sides(reading, view, match)
        if coup is not None:
            sources, targets = coup[0] or sources, coup[1]
    if pattern.id in _OUSTED_RULES:
        sources, targets = _ousted_leader(reading, view, match)
    if pattern.kind == "phrase":
        sources, targets = _inside_mention(reading, view, match, sources, targets)
    if pattern.kind == "phrase" and not targets:
        sources, targets = _compound_in_apposition(reading, view, match, sources, targets)
    if pattern.kind == "phrase" and "right" in pattern.target:
        # (the agent phrase the trigger opens is nearer than any actor after it: "partners of
        # Western governments in the fight against jihadist groups")
        targets = _agent_from_trigger(view, match, sources) or targets
    if pattern.kind == "verb" and not args.passive:
        sources = _participle_head(reading, view, match) or sources
    if pattern.id in _GROUP_COMPOUND_RULES and sources:
        # "The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias": the
        # umbrella the apposition names, not the militias it gathers
        targets = _umbrella_head(reading, view, match) or targets
    if pattern.id in _GROUP_COMPOUND_RULES and sources and not targets:
        targets = _described_group(reading, view, match, sources)
    if pattern.relation == "supports" and targets:
        targets = _governments_named(reading, view, args, targets)
    if pattern.id in _GROUP_COMPOUND_RULES and sources and not targets:
        targets = _backed_government(reading, view, match)
    opposed: list[str] = []  # whom the sources oppose besides
    if pattern.id in _OPERATION_RULES and sources and not targets:
        # "The operation has been supported by U.S. air strikes": its enemies, from the coded
        # events (so read again once they are all coded, like a mediator's).
        sides.asked = True
        opposed = _operation_sides(reading, view, match, sources, sides.sentence_of)
    if pattern.id in _SHARED_COMPOUND_RULES and sources:
        sources = [*sources, *(a for a in _shared_compound(reading, view, match)
                               if a not in sources)]
    if pattern.kind == "noun" and len(args.source_spans) == 1:
        sources = [*sources, *_coordinated_demonyms(reading, view, args.source_spans[0], sources)]
    if pattern.id in _MEMBER_LIST_RULES and targets:
        targets = list(dict.fromkeys([*targets, *_members_after(reading, view, match)]))
    if pattern.id in _AT_SIDE_RULES:
        sources, targets = _at_side(reading, view, match)
    governed = _capital_governments(state, args)
    if governed:
        sources = list(dict.fromkeys(governed.get(a, a) for a in sources))
        targets = list(dict.fromkeys(governed.get(a, a) for a in targets))
    factor = 1.0
    if pattern.relation == "mediates" and targets and venues(state, view.index, targets):
        targets = []  # "shuttling between Doha and Cairo": places, not the sides
    if pattern.id in _TOGETHER_RULES and not sources and not targets:
        sources = targets = _two_people(reading, view, match)
    if pattern.id in _PAIR_RULES and len(set(targets) - set(sources)) != 2:
        return None
    if pattern.id in _INVITE_RULES and targets and _SIDE_NOUNS.intersection(
            reading.words[match.positions[0] + 1 : match.positions[1]]):
        targets = []  # "invited Yemen's warring parties to talks": the sides, not the country
    if pattern.id in _INVITE_RULES and targets and len(set(targets) - set(sources)) != 2:
        return None  # "the government invited the rebels to talks": one side asks the other
    if pattern.relation == "mediates" and sources and not targets:
        targets = _between_them(reading, view, match, set(sources))
    if pattern.relation == "mediates" and sources and not targets and \
            "target" not in pattern.require:
        # (a pattern that requires its sides named finds none elsewhere)
        targets = sides(view.index, sources)
        factor = rules.mediation_fallback_factor
    if pattern.id in _CALL_RULES:
        sources = [s for s in sources if not _compatriot(state, s, targets)]
    if pattern.symmetric and "source" in pattern.require and "target" in pattern.require:
        # "tensions between Addis Ababa and the TPLF": both ends may come from one role.
        if len({*sources, *targets}) < 2:
            return None
    elif not opposed and (("source" in pattern.require and not sources) or
                          ("target" in pattern.require and not targets)):
        return None
    if pattern.symmetric:
        named = [*sources, *targets] if pattern.id in _MEMBER_LIST_RULES | _TOGETHER_RULES \
            else [*args.source, *args.target]
        people = list(dict.fromkeys(governed.get(a, a) for a in named))
        pairs = [(a, b) for k, a in enumerate(people) for b in people[k + 1 :]]
    else:
        pairs = [(s, t) for s in sources for t in targets if s != t]
    opposing = [(s, t) for s in sources for t in opposed if s != t]
    if not pairs and not opposing:
        return None
    date = anchors.date_for(view, match)
    modal = read_modality(reading, view, match, sources, date)
    if modal.modality is None or modal.modality in rules.skip_modalities:
        return []
    c = reading.cues.confidence
    confidence = pattern.confidence if pattern.confidence is not None else c["default"]
    confidence *= factor * c.get(modal.modality, 1.0)
    if modal.hedged:
        confidence *= c["hedge"]
    if args.coreferent:
        confidence *= c["pronoun"]
    if args.inherited:
        confidence *= c["inherited_subject"]
    confidence = round(min(1.0, max(c["minimum"], confidence)), 3)
    date_value = date[0] if date else anchors.publication()[0]
    evidence = state.evidence(view.index, _trigger(reading, match))
    relation = pattern.relation
    if pattern.id in _RANK_RULES and _one_of_many(reading, view, match):
        relation = "member_of"  # "a senior Hezbollah commander": one of the group's commanders
    if pattern.id in _GROUP_LINK_RULES and relation == "commands" and \
            reading.words[match.positions[0] - 1] in _COALITION_NOUNS:
        relation = "allied_with"
    if pattern.id == "rel.ally-of-patron" and pairs and reading.words[
            match.positions[-2]] in ("ally", "allies") and all(
            reading.actor_type(s) == reading.actor_type(t) == "person" for s, t in pairs):
        # "Devlet Bahceli, ... and an ally of Erdogan": two politicians are allies; a warlord
        # "an ally of Egypt" is the state's client
        relation = "allied_with"
    if pattern.id in _ALIGNED_RULES and reading.words[match.positions[-1]] in _ALIGNED_WORDS \
            and all(_compatriot(state, s, [t]) for s, t in pairs):
        relation = "allied_with"  # "the army-aligned government" (a foreign patron backs)
    typed = [(_group_link(reading, pattern.id, relation, s, t), s, t) for s, t in pairs]
    typed += [("opposes", s, t) for s, t in opposing]
    return [
        Relation(id="", type=kind, source=s, target=t, evidence=evidence,
                 basis="stated", modality=modal.modality, confidence=confidence,
                 date=date_value, rule=pattern.id)
        for kind, s, t in typed
    ]


# Verbs whose "of"-gerund is a charge: "accused India of supporting Baloch separatists".
def _not_listed_agents(reading: DocReading, spans: list[ActorSpan],
                       actors: list[str]) -> list[str]:
    """"the fight against jihadist groups linked to al Qaeda and Islamic State in the Sahel": an
    agent phrase whose connector governs a list of actors ("linked to A and B") stands for its
    last one only, so it is no actor of its own to oppose or back."""
    words = reading.words
    dropped = {a for span in spans if span.kind == "agent" and len(span.actors) == 1
               and any(words[k] in ("and", "or") for k in range(span.start, span.end))
               for a in span.actors}
    return [a for a in actors if a not in dropped] if dropped else actors


def _capital_governments(state: DocState, args: Arguments) -> dict[str, str]:
    """State -> its government, for the states a capital stands for among the arguments
    ("tensions between Addis Ababa and the TPLF": the Ethiopian government), when the article
    names exactly one national government of that country (``national_governments``)."""
    capitals = [a for span in (*args.source_spans, *args.target_spans)
                if span.kind == "metonym" for a in span.actors]
    if not capitals:
        return {}
    national = national_governments(state)
    found: dict[str, str] = {}
    for actor_id in capitals:
        actor = state.kb.get(actor_id)
        if actor is not None and actor.type == "state" and actor.country in national:
            found[actor_id] = national[actor.country]
    return found


# A call for talks is a mediation only by an outsider: "Washington has urged both sides to return
# to talks" (a foreign state), not "the civilian coalition ... urged both generals to return to
# talks" (a party of the same country as the sides).
_CALL_RULES = frozenset({"rel.urge-talks", "rel.invite-talks"})


def _compatriot(state: DocState, actor_id: str, others: list[str]) -> bool:
    """Whether ``actor_id`` is of the country of one of ``others`` (both known)."""
    kb = state.kb
    actor = kb.get(actor_id)
    country = actor.country if actor is not None else None
    return country is not None and any(
        (other := kb.get(a)) is not None and other.country == country for a in others)


# "The two generals have shared power", "the two leaders are allies": a subject naming two people
# is the two people the sentence before names (the nearest of the two before that names any).
_TOGETHER_RULES = frozenset({"rel.share-power", "rel.are-allies", "rel.are-enemies"})


def _two_people(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """The two people a collective subject before the trigger ("the two generals") stands for:
    those of the nearest earlier sentence naming people, when it names exactly two."""
    words, c = reading.words, reading.cues
    first = match.positions[0]
    clause = view.clause_at(first)
    if any(clause.start <= s.start < first for s in view.spans):
        return []
    for j in range(clause.start, first):
        n = c.collective_sides.match_at(words, j, first)
        if n and words[j + n - 1] in c.collective_people:
            break
    else:
        return []
    for index in range(view.index - 1, max(-1, view.index - 3), -1):
        people = list(dict.fromkeys(
            m.actor_id for m in reading.mentions.get(index, ())
            if reading.actor_type(m.actor_id) == "person"))
        if people:
            return people if len(people) == 2 else []
    return []


# "An initiative unveiled by Sisi, with Haftar and Aguila Saleh at his side": the actors of the
# "with" phrase stand with the person named last before it.
_AT_SIDE_RULES = frozenset({"rel.at-his-side"})
_AT_SIDE_WINDOW = 15


def _at_side(reading: DocReading, view: SentenceView,
             match: Match) -> tuple[list[str], list[str]]:
    """(the actors between "with" and the trigger, the last person named before "with")."""
    words = reading.words
    first = match.positions[0]
    at = next((k for k in range(first - 1, max(view.start, first - _AT_SIDE_WINDOW) - 1, -1)
               if words[k] in ("with", ".", ";")), None)
    if at is None or words[at] != "with":
        return [], []
    companions = list(dict.fromkeys(
        a for span in view.spans if at < span.start and span.end <= first
        and not span.locative for a in span.actors))
    hosts = [a for span in view.spans if span.end <= at and not span.locative
             for a in span.actors if reading.actor_type(a) == "person" and a not in companions]
    return companions, hosts[-1:]


# "Thousands of supporters of the coup gathered": who backs or opposes a coup backs or opposes the
# junta that staged it, the one actor the article calls "the junta".
_COUP_RULES = frozenset({"rel.ally-of", "rel.rival-of"})
_COUP_NOUNS = frozenset({"coup", "putsch", "takeover"})


def _juntas(state: DocState) -> list[str]:
    """The actors the article calls "the junta" / "... junta", in text order."""
    return list(dict.fromkeys(m.actor_id for m in state.mentions
                              if m.text.lower().split()[-1:] == ["junta"]))


def _coup_sides(reading: DocReading, view: SentenceView,
                match: Match) -> tuple[list[str], list[str]] | None:
    """(the actors of the mention the trigger is in, the junta) when a coup noun follows the
    trigger; None when none does."""
    words = reading.words
    at = match.positions[-1] + 1
    while at < view.end and words[at] in reading.cues.determiners:
        at += 1
    if at >= view.end or words[at] not in _COUP_NOUNS:
        return None
    juntas = _juntas(reading.state)
    first = match.positions[0]
    span = next((s for s in view.spans if s.start < first and at < s.end), None)
    return (list(span.actors) if span is not None else [],
            juntas if len(juntas) == 1 else [])


# "Niger's ousted President Mohamed Bazoum", "the deposed leader Aung San Suu Kyi": the one actor
# the article calls the junta opposes the leader it removed. Only the attributive participle
# (a title or a name right after it, no actor or "was" right before): "the army ousted him" is
# an event of its own.
_OUSTED_RULES = frozenset({"rel.ousted"})


def _ousted_leader(reading: DocReading, view: SentenceView,
                   match: Match) -> tuple[list[str], list[str]]:
    """([the junta], [the person the participle qualifies]), or empty lists."""
    words, c = reading.words, reading.cues
    text = reading.state.tokens.text
    first, after = match.positions[0], match.positions[-1] + 1
    if first > view.start and words[first - 1] != "'s" and (
            view.span_at(first - 1) is not None or words[first - 1] in c.be_forms):
        return [], []
    k = after
    while k < view.end and view.span_at(k) is None and (
            words[k] in c.title_words or text[k][:1].isupper()):
        k += 1
    span = view.span_at(k) if k < view.end else None
    if span is None or span.start != k or span.locative:
        return [], []
    leaders = [a for a in span.actors if reading.actor_type(a) == "person"]
    juntas = _juntas(reading.state)
    if len(juntas) != 1 or not leaders or juntas[0] in leaders:
        return [], []
    return juntas, leaders


# "The army-aligned government", "army-allied militias": two bodies of one country aligned are
# allies; "the Iran-aligned group" is backed by a foreign patron.
_ALIGNED_RULES = frozenset({"rel.x-backed"})
_ALIGNED_WORDS = frozenset({"aligned", "allied"})


# A host mediates only between the two guests it brings together ("hosted Tshisekedi and Kagame
# for a surprise meeting"), not a single guest ("hosted Haftar in Athens").
_PAIR_RULES = frozenset({"rel.host-pair"})
# Mediations whose sides are named two, or else the article's two sides, never one.
_INVITE_RULES = frozenset({"rel.invite-talks"})
_SIDE_NOUNS = frozenset({"parties", "sides", "factions", "rivals", "belligerents"})

_OPENING_RULES = frozenset({"rel.and-allied"})


def _patron_in_name(reading: DocReading, match: Match) -> bool:
    """"the US-backed Syrian Democratic Forces": a known name that opens with its patron's
    country ("US-backed", "Turkish-backed") still says who backs it."""
    if match.pattern.id != "rel.x-backed":
        return False
    first = match.positions[0]
    if first == 0:
        return False
    word = reading.state.tokens.text[first - 1]
    return (word,) in country_words(reading.state.kb)


def _opens_name(view: SentenceView, match: Match) -> bool:
    """"Congolese soldiers and allied militiamen": an "and allied" trigger whose last word opens
    the name of the allied actor."""
    if match.pattern.id not in _OPENING_RULES:
        return False
    last = match.positions[-1]
    span = view.span_at(last)
    return span is not None and span.start == last and all(
        p < last for p in match.positions[:-1])


def _one_list(view: SentenceView, args: Arguments) -> bool:
    """"Australia, Bahrain, Canada and the Netherlands provided support": a source found inside
    the list the subject target comes from is one of the givers, not the one given to."""
    if args.strategy.get("target") != "subject" or not args.target_spans:
        return False
    group = view.group(args.target_spans[0])
    return any(span in group for span in args.source_spans)


def _participle_head(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """"Turki al-Malki, spokesman for the Saudi-led coalition fighting the Houthis": a verb
    trigger in -ing right after an actor's name, with no comma between, qualifies that actor,
    which is its source (not the subject of the clause)."""
    first = match.positions[0]
    if not reading.words[first].endswith("ing") or first <= view.start:
        return []
    before = next((s for s in view.spans if s.end == first and not s.locative
                   and not s.nominative and not s.coreferent), None)
    return list(before.actors) if before is not None else []


# "the Iran-backed group began firing": a compound before a bare group noun qualifies the armed
# group the sentence (or the one before) has just named.
_GROUP_COMPOUND_RULES = frozenset({"rel.x-backed"})
_GROUP_NOUNS = frozenset({"group", "militia", "movement", "rebels", "militants", "faction",
                          "insurgents", "organisation", "organization"})
_GROUP_TYPES = frozenset({"armed_group"})


def _described_group(reading: DocReading, view: SentenceView, match: Match,
                     sources: list[str]) -> list[str]:
    """The armed group "the Iran-backed group" stands for: the latest armed group named before
    the trigger in its sentence, else in the sentence before."""
    after = match.positions[-1] + 1
    if after >= view.end or reading.words[after] not in _GROUP_NOUNS:
        return []
    kb = reading.state.kb
    first = match.positions[0]
    for index in (view.index, view.index - 1):
        mentions = [m for m in reading.mentions.get(index, ())
                    if (index < view.index or m.tok_end <= first) and m.actor_id not in sources]
        for m in reversed(mentions):
            actor = kb.get(m.actor_id)
            if actor is not None and actor.type in _GROUP_TYPES:
                return [m.actor_id]
    return []


# Nouns of a body that gathers groups ("an umbrella group of", "an alliance of", "a coalition
# of").
_UMBRELLA_NOUNS = frozenset({"umbrella", "alliance", "coalition", "network", "grouping", "bloc",
                             "federation", "front", "group", "collection", "array"})


def _umbrella_head(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """"The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias", "the
    Popular Mobilisation Forces (PMF), an umbrella of mostly Iran-backed militias": the actor
    an apposition calls a body of such groups is the one the compound's patron backs."""
    words = reading.words
    # (the patron's name may be read inside the members' mention: "group of Iran-aligned
    # militias" as one discovered actor)
    of = next((j for j in range(match.positions[0] - 1, max(view.start, match.positions[0] - 6),
                                -1) if words[j] == "of"), None)
    if of is None or of - 1 <= view.start or words[of - 1] not in _UMBRELLA_NOUNS:
        return []
    patron = {a for s in view.spans if of < s.start < match.positions[0] for a in s.actors}
    k = of - 1
    while k > view.start and words[k - 1] in _UMBRELLA_NOUNS:
        k -= 1
    while k > view.start and words[k - 1] in reading.cues.determiners:
        k -= 1
    if k <= view.start or words[k - 1] != ",":
        return []
    head = next((s for s in view.spans if s.end == k - 1 and not s.locative), None)
    if head is None:
        # "the Popular Mobilisation Forces (PMF), an umbrella of": the name before its acronym
        if k - 2 > view.start and words[k - 2] == ")":
            head = next((s for s in view.spans if s.end < k - 2 and words[s.end] == "("
                         and not s.locative), None)
    return [a for a in head.actors if a not in patron] if head is not None else []


# Title nouns ("official", "spokesman", "minister", "commander"): their holder is the head of
# the apposition ("Getachew Reda, a senior TPLF official") or the person named right after the
# title ("French Foreign Minister Catherine Colonna", "the group's leader, Hassan Nasrallah"),
# never a later actor of the sentence ("an MSF official for Sudan said", "Russian officials
# blamed Ukrainian naval drones").
_TITLE_RULES = frozenset({"rel.official", "rel.x-commander"})


def _title_holder(reading: DocReading, view: SentenceView, match: Match, args: Arguments,
                  sources: list[str]) -> list[str]:
    words, c = reading.words, reading.cues
    titles = c.title_tokens
    after = match.positions[-1] + 1
    if after < view.end and reading.words[after] == ",":
        after += 1
    while after < view.end and words[after] in titles:  # "commander General Dagalo"
        after += 1
    if after < view.end and words[after] == "for":  # "envoy for Sudan Tom Perriello"
        remit = next((s for s in view.spans if s.start == after + 1), None)
        after = remit.end if remit is not None else after
    named = next((s for s in view.spans if s.start == after and not s.locative), None)
    people = [a for a in named.actors if reading.actor_type(a) == "person"] if named else []
    if people:
        return people
    strategy = args.strategy.get("source")
    if strategy != "appositive":
        return [] if strategy == "right" else sources
    # The apposition opens on the title's own phrase ("Getachew Reda, a senior TPLF official";
    # not "Hezbollah, weakened by its war with Israel, pulled its fighters"), and its head is
    # the holder (not a helper named after the title: "with the help of Kenyatta").
    comma = next((p for p in range(match.positions[0] - 1, view.start - 1, -1)
                  if words[p] == ","), None)
    if comma is None or comma + 1 >= match.positions[0]:
        return sources
    opener = words[comma + 1]
    text = reading.state.tokens.text[comma + 1]
    if not (opener in c.determiners or opener in _POSSESSIVES or opener in titles
            or opener in _RANKS or text[:1].isupper()):
        return []
    if text[:1].isupper() and not (opener in titles or opener in _RANKS) and (
            match.positions[0] - comma > 4 or "and" in words[comma + 1 : match.positions[0]]):
        return []  # "Britain, Germany and France summoned Russian envoys": a list that acts,
        # no apposition ("Reda, TPLF spokesman"; "Haniyeh, Hamas's political chief")
    return [a for span in args.source_spans if span.end <= comma for a in span.actors]


# "X is a member of Y", "X, part of Y": membership is predicated of the subject only after a
# copula; "killing thousands of members of the Masalit community" says nothing of the killers.
_PREDICATE_RULES = frozenset({"rel.member-of"})
_COPULAS = frozenset({"become", "becomes", "became", "remain", "remains", "remained"})


def _after_copula(reading: DocReading, view: SentenceView, match: Match) -> bool:
    words, c = reading.words, reading.cues
    p = match.positions[0] - 1
    while p >= view.start and words[p] in c.adverbs:
        p -= 1
    return p >= view.start and (words[p] in c.be_forms or words[p] in _COPULAS)


# Noun triggers whose clause subject is a role only when the noun is its predicate.
_NOUN_PREDICATE_RULES = frozenset({"rel.x-ally", "rel.x-partner", "rel.x-proxy", "rel.critic"})
# Words that end the walk back from such a noun to its copula: a verb, a preposition or a
# conjunction between them ("is said to have met Israel's ally", "is seen as ...").
_NOT_PREDICATE = frozenset({
    "to", "and", "or", "but", "that", "which", "who", "whom", "whose", "as", "with", "by", "for",
    "on", "in", "at", "from", "against", "into", "than", "have", "has", "had", "will", "would",
    "can", "could", "may", "might", "should", "must", "not", "said", "says", "say", "called",
    "calls", "call", "named", "names", "described", "describes", "met", "hit", "struck", "sent",
    "told", "sees", "saw", "see", "seen"})
_PREDICATE_WALK = 10


def _noun_after_copula(reading: DocReading, view: SentenceView, match: Match) -> bool:
    """Whether a noun trigger is the predicate of a copula: "is Russia's closest ally", "remains
    one of Hasina's most important backers" (a possessor, determiners and adjectives between)."""
    words, c = reading.words, reading.cues
    p = match.positions[0] - 1
    for _ in range(_PREDICATE_WALK):
        if p < view.start:
            return False
        w = words[p]
        if w in _COPULAS or (w in c.be_forms and w != "'s"):
            return True
        if view.span_at(p) is None and (
                not w.replace("-", "").replace("'", "").isalpha() or w in _NOT_PREDICATE
                or (w not in c.adverbs and w.endswith(("ed", "ing")) and len(w) > 4)):
            return False
        p -= 1
    return False


# "head of", "member of": the holder named on the left stands right before the office, not
# across a coordination ("told the prime minister of Qatar and the head of Egyptian
# intelligence": the prime minister heads nothing); and the head of a body a country owns
# ("a former head of Congo's electoral commission") does not command the country.
_OFFICE_OF_RULES = frozenset({"rel.commander-of", "rel.member-of"})
_BEFORE_OFFICE = frozenset({",", "a", "an", "the", "as", "former", "now", "then", "senior",
                            "leading", "founding", "top", "deputy", "acting", "interim", "-",
                            "("})
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our"})


def _office_of(reading: DocReading, view: SentenceView, match: Match, args: Arguments,
               sources: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    words = reading.words
    if args.strategy.get("source") == "left" and args.source_spans and \
            not _after_copula(reading, view, match):
        # "help the security forces identify members of the group": no verb between either
        # (but "Its political wing is part of").
        between = words[args.source_spans[-1].end : match.positions[0]]
        if any(w not in _BEFORE_OFFICE and w not in reading.cues.adverbs for w in between):
            sources = []
    if match.pattern.relation == "commands" and args.target_spans:
        end = args.target_spans[0].end
        if end < len(words) and words[end] in ("'s", "'"):
            targets = []
    return sources, targets


# A participle qualifies the noun phrase right before it and the list that phrase closes
# ("US and British troops fighting alongside"), not an actor of an earlier phrase ("Syrians
# brought in by Turkey and Russian contractors of the Wagner Group fighting alongside Haftar").
_PARTICIPLE_RULES = frozenset({"rel.fighting-alongside"})
# Bodies in the hands of someone's loyalists ("run by Maduro loyalists"): a body, not a state.
_BODY_RULES = frozenset({"rel.run-by-loyalists"})


def _nearest_list(reading: DocReading, spans: list[ActorSpan]) -> list[str]:
    if not spans:
        return []
    words = reading.words
    kept = [spans[-1]]
    for span in reversed(spans[:-1]):
        between = words[span.end : kept[-1].start]
        if any(w not in _LIST_GLUE and w not in reading.cues.determiners for w in between):
            break
        kept.append(span)
    return list(dict.fromkeys(a for span in reversed(kept) for a in span.actors))


# "The army and allied armed movements from Darfur, known as the Joint Forces": the allies are
# the name the description is known by, however long the description.
_KNOWN_AS_RULES = frozenset({"rel.and-allied"})
_KNOWN_AS_WINDOW = 12


def _known_as(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    words = reading.words
    end = min(view.end - 1, match.positions[-1] + _KNOWN_AS_WINDOW)
    for p in range(match.positions[-1] + 1, end):
        if words[p] in (".", ";"):
            break
        if words[p] == "known" and words[p + 1] == "as":
            q = p + 2
            while q < view.end and words[q] in reading.cues.determiners:
                q += 1
            named = next((s for s in view.spans if s.start == q and not s.locative), None)
            return list(named.actors) if named is not None else []
    return []


# "a coalition headed by Corneille Nangaa", "an alliance led by": the head of a coalition of
# groups is its ally (the groups' chosen leader), not its commander.
_COALITION_NOUNS = frozenset({"coalition", "alliance", "front", "bloc", "umbrella"})


# "RSF commander Dagalo", "the group's leader" command the group; "a senior Hezbollah
# commander", "a local militia leader" is one of its commanders: a member.
_RANK_RULES = frozenset({"rel.x-commander"})
_RANKS = frozenset({"a", "an", "senior", "top", "deputy", "local", "field", "military",
                    "regional", "veteran", "one"})


def _one_of_many(reading: DocReading, view: SentenceView, match: Match) -> bool:
    words = reading.words
    first = match.positions[0]
    for p in range(first - 1, max(view.start, first - 5) - 1, -1):
        if words[p] in _RANKS:
            return True
        if words[p] in (",", "the", "'s", "its", "their", "his", "her") or \
                words[p] in reading.cues.be_forms:
            return False
    return False


# "Syrian rebels led by the Islamist group HTS", "Its political wing is part of the Congo River
# Alliance": an armed group that leads another or belongs to it is its ally (a coalition and
# its members); a person keeps commands / member_of.
_GROUP_LINK_RULES = frozenset({"rel.led-by", "rel.member-of"})


def _group_link(reading: DocReading, rule: str, relation: str, source: str,
                target: str) -> str:
    if rule in _GROUP_LINK_RULES and reading.actor_type(source) == "armed_group" and \
            reading.actor_type(target) == "armed_group":
        return "allied_with"
    return relation


# Patterns whose target is the list of a grouping's members ("the Three Brotherhood Alliance,
# made up of A (MNDAA), B and C"): a list with brackets and "the" the argument finder's lists
# do not join.
_MEMBER_LIST_RULES = frozenset({"rel.made-up-of"})
_LIST_GLUE = frozenset({",", "and", "the", "(", ")", "as", "well", "also"})


def _members_after(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """The actors listed right after the trigger: spans joined by commas, "and", brackets and
    "the", up to the first other word."""
    words = reading.words
    found: list[str] = []
    at = match.positions[-1] + 1
    for span in view.spans:
        if span.start < at:
            if span.end > at:  # overlapping spans (a name and its acronym): the longer one
                at = span.end
            continue
        if any(words[p] not in _LIST_GLUE for p in range(at, span.start)):
            break
        if not span.locative:
            found.extend(a for a in span.actors if a not in found)
        at = span.end
    return found


# "The operation has been supported by U.S. air strikes and ATMIS troops": who supports an
# operation named by a noun alone opposes the enemy of those who wage it — the target of the
# latest attack coded in the two sentences before. (Whom it supports is left out: the doers are
# often units while the text means their state or government.)
_OPERATION_RULES = frozenset({"rel.backed-by"})
_OPERATION_NOUNS = frozenset({"operation", "offensive", "counteroffensive", "counter-offensive",
                              "campaign", "assault", "advance", "push"})


def _operation_sides(reading: DocReading, view: SentenceView, match: Match, sources: list[str],
                     sentence_of: dict[str, int] | None) -> list[str]:
    """The targets of the operation the subject noun names (none when an actor stands between
    the clause's start and the trigger)."""
    clause = view.clause_at(match.start)
    first = match.positions[0]
    words = reading.words
    if not any(words[p] in _OPERATION_NOUNS for p in range(clause.start, first)) or \
            any(clause.start <= s.start < first for s in view.spans):
        return []
    state = reading.state
    where = sentence_of if sentence_of is not None else event_sentences(state)
    for event in reversed(state.events):
        k = where.get(event.id, -1)
        if event.type == "ASSAULT" and view.index - 2 <= k < view.index and event.target and \
                not set(event.source) & set(sources):
            return [a for a in event.target if a not in sources]
    return []


_GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime"})


def _governments_named(reading: DocReading, view: SentenceView, args: Arguments,
                       targets: list[str]) -> list[str]:
    """"to restore the government of President Hadi": an agent phrase opened by a government the
    article names stands for that government, not for the person after "of"."""
    kb = reading.state.kb
    mentions = reading.mentions.get(view.index, ())
    swap: dict[str, str] = {}
    for span in args.target_spans:
        if span.kind != "agent" or reading.words[span.start] not in _GOVERNMENT_NOUNS:
            continue
        for m in mentions:
            actor = kb.get(m.actor_id)
            if m.tok_start <= span.start < m.tok_end and actor is not None and \
                    actor.type == "government":
                swap.update((a, m.actor_id) for a in span.actors if a != m.actor_id)
    return list(dict.fromkeys(swap.get(a, a) for a in targets)) if swap else targets


def _backed_government(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """"20 years of a Western-backed government": a bare government noun after the compound is
    the one national government the article names."""
    after = match.positions[-1] + 1
    if after >= view.end or reading.words[after] not in _GOVERNMENT_NOUNS:
        return []
    national = set(national_governments(reading.state).values())
    return list(national) if len(national) == 1 else []


# "the U.N.- and Turkish-brokered deal", "Saudi- and Emirati-backed forces": two compounds share
# one participle, and the first, cut at its hyphen, names a source too.
_SHARED_COMPOUND_RULES = frozenset({"rel.x-backed", "rel.x-brokered"})


def _shared_compound(reading: DocReading, view: SentenceView, match: Match) -> list[str]:
    """The actor of the first of two compounds sharing the trigger ("U.N.- and Turkish-")."""
    words = reading.words
    first = match.positions[0]
    named = next((s for s in view.spans if s.end == first and not s.locative), None)
    start = named.start if named is not None else first - 1
    if start - 2 < view.start or words[start - 1] != "and":
        return []
    cut = start - 2
    if words[cut] == "-" and cut > view.start:
        before = next((s for s in view.spans if s.end == cut and not s.locative), None)
        if before is not None:
            return list(before.actors)
        word = words[cut - 1]
    elif len(words[cut]) > 1 and words[cut].endswith("-"):
        word = words[cut][:-1]
    else:
        return []
    demonym = reading.demonym(word)
    if demonym is not None:
        return [demonym]
    key = word.replace(".", "")
    kb = reading.state.kb
    for actor_id in sorted(reading.present):
        actor = kb.get(actor_id)
        if actor is not None and any(n.lower().replace(".", "") == key
                                     for n in actor.all_names()):
            return [actor_id]
    return []


def _inside_mention(reading: DocReading, view: SentenceView, match: Match,
                    sources: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    """A phrase trigger inside an actor's mention. Compound ("the Rwanda-backed rebels",
    "Turkish-backed forces"): the mention is the target, and the name or demonym right before
    the trigger inside it the source. Agent phrase ("an armed group affiliated with al Qaeda",
    "units loyal to the NUG"): the mention stands for the actor named after the trigger, which
    fills the role read on the right."""
    pattern = match.pattern
    first, last = match.positions[0], match.positions[-1]
    span = next((s for s in view.spans if s.start < first and last < s.end - 1), None)
    if span is None:
        return sources, targets
    mentions = reading.mentions.get(view.index, ())
    after = [m.actor_id for m in mentions if m.tok_start > last and m.tok_end <= span.end]
    if any(a in span.actors for a in after):
        # The agent noun is the other party: the actor it stands beside ("the People's Defence
        # Force units loyal to ...", "Katiba Macina, an armed group affiliated with ..."), or
        # none ("jihadist groups linked to al Qaeda" names no group).
        named = list(dict.fromkeys(after))
        other = _beside(reading, view, span)
        if not other and pattern.relation != "commands" and \
                all(reading.state.kb.get(a) is not None for a in named):
            other = _head_group(reading, mentions, first, named)
        if "right" in pattern.target and "right" not in pattern.source:
            return [a for a in other if a not in named], named
        if "right" in pattern.source and "right" not in pattern.target:
            return named, [a for a in other if a not in named]
        return sources, targets
    if "left" not in pattern.source or "right" not in pattern.target:
        return sources, targets
    inner = [m for m in mentions
             if span.start <= m.tok_start and m.tok_end == first and m.actor_id not in span.actors]
    source = inner[-1].actor_id if inner else reading.demonym(reading.words[first - 1]) or \
        _state_force(reading, reading.words[first - 1], span.actors) or \
        _present_state(reading, reading.state.tokens.text[first - 1])
    if source is None:
        return sources, targets
    return [source], [a for a in span.actors if a != source]


def _present_state(reading: DocReading, word: str) -> str | None:
    """"the *US*-backed Syrian Democratic Forces": a state of the article named inside the
    name by one of its names."""
    key = word.replace(".", "")
    kb = reading.state.kb
    for actor_id in sorted(reading.present):
        actor = kb.get(actor_id)
        if actor is not None and actor.type == "state" and any(
                n.replace(".", "") == key for n in actor.all_names()):
            return actor_id
    return None


_FORCE_NOUNS = frozenset({"army", "military"})


def _state_force(reading: DocReading, word: str, actors: tuple[str, ...]) -> str | None:
    """"The army-aligned government": the armed force the article names that officially is the
    state of the described actor's country."""
    kb = reading.state.kb
    countries = {actor.country for a in actors if (actor := kb.get(a)) is not None}
    if word not in _FORCE_NOUNS or len(countries) != 1 or None in countries:
        return None
    forces = [a for a in sorted(reading.present)
              if (actor := kb.get(a)) is not None and actor.represents
              and actor.represents.get("country") in countries
              and actor.represents.get("sector") == "military"]
    return forces[0] if len(forces) == 1 else None


def _compound_in_apposition(reading: DocReading, view: SentenceView, match: Match,
                            sources: list[str], targets: list[str]
                            ) -> tuple[list[str], list[str]]:
    """"Al-Shabaab, the al Qaeda-linked group, ...": a compound with no actor of its own
    qualifies the apposition's head, which is the target; the name before the trigger the
    source."""
    pattern = match.pattern
    if "left" not in pattern.source or "right" not in pattern.target:
        return sources, targets
    words, c = reading.words, reading.cues
    first = match.positions[0]
    named = next((s for s in view.spans if s.end == first and not s.locative), None)
    if named is None:
        return sources, targets
    p = named.start
    while p > view.start and words[p - 1] in c.determiners:
        p -= 1
    if p <= view.start or words[p - 1] != ",":
        return sources, targets
    head = next((s for s in view.spans if s.end == p - 1 and not s.locative), None)
    if head is None:
        return sources, targets
    return list(named.actors), [a for a in head.actors if a not in named.actors]


def _agent_from_trigger(view: SentenceView, match: Match, sources: list[str]) -> list[str]:
    """"Niger had been one of the last close partners of Western governments": the agent
    mention ("partners of Western governments") begins inside the trigger and stands for the
    actor named after it, which is the role read on the right."""
    first, last = match.positions[0], match.positions[-1]
    span = next((s for s in view.spans if first <= s.start <= last < s.end - 1
                 and s.kind == "agent" and not s.locative), None)
    return [a for a in span.actors if a not in sources] if span is not None else []


def _coordinated_demonyms(reading: DocReading, view: SentenceView, span: ActorSpan,
                          sources: list[str]) -> list[str]:
    """"Egyptian and Qatari mediators": the demonyms coordinated with a demonym source."""
    if span.kind != "demonym":
        return []
    words, more = reading.words, []
    p = span.start
    while p - 2 >= view.start and words[p - 1] in ("and", ","):
        actor = reading.demonym(words[p - 2])
        if actor is None:
            break
        if actor not in sources and actor not in more:
            more.append(actor)
        p -= 2
    return more


_STATE_TYPES = frozenset({"state", "government"})


def _head_group(reading: DocReading, mentions: Sequence[ActorMention], first: int,
                named: list[str]) -> list[str]:
    """"jihadist insurgents linked to al Qaeda and Islamic State": with no actor beside the agent
    phrase, the group its head noun describes (a mention ending right at the trigger) is the other
    party, when the stages made one of it and the phrase names known organizations ("Russian
    mercenaries linked to the Wagner Group" are no state's; "gangs allied with Mexican and
    Colombian cartels" names no organization)."""
    return [m.actor_id for m in mentions
            if m.tok_end == first and m.tok_start < first and m.actor_id not in named
            and reading.actor_type(m.actor_id) not in _STATE_TYPES][-1:]


def _beside(reading: DocReading, view: SentenceView, span: ActorSpan) -> list[str]:
    """The actors of the span right before ``span``, across a comma and a determiner."""
    words, c = reading.words, reading.cues
    end = span.start
    while end > view.start and (words[end - 1] == "," or words[end - 1] in c.determiners):
        end -= 1
    before = next((s for s in view.spans if s.end == end and not s.locative), None)
    return list(before.actors) if before is not None else []


def _needed_words(patterns: PatternSet, relation: str | None = None
                  ) -> dict[str, tuple[frozenset[str], ...]]:
    """The words of every alignment trigger form (of ``relation``'s patterns only, when given),
    by one of them, the least common-looking (the longest): a sentence holding none of these
    keys, or no form's words all together, has no trigger (the matcher compares words as they
    are)."""
    key = (id(patterns), relation)
    cached = _NEEDED.get(key)
    if cached is None or cached[0] is not patterns:
        forms: dict[str, set[frozenset[str]]] = {}
        for pattern in patterns.relations:
            if relation is not None and pattern.relation != relation:
                continue
            for form in pattern.forms:
                tokens = [t for t in form.tokens if t != GAP]
                forms.setdefault(max(tokens, key=len), set()).add(frozenset(tokens))
        cached = _NEEDED[key] = (patterns, {w: tuple(f) for w, f in forms.items()})
    return cached[1]


_NEEDED: dict[tuple[int, str | None], tuple[PatternSet, dict[str, tuple[frozenset[str], ...]]]] \
    = {}


def _parties(reading: DocReading, anchors: Anchors, index: int, start: int, end: int) -> int:
    """How many actors sentence ``index`` (tokens [start, end)) may name, up to two: its actor
    mentions (places included: a capital may stand for its government), its places, and
    demonyms ("Turkish-backed") and capitals the argument finder reads as actors."""
    found = {m.actor_id for m in reading.mentions.get(index, ())}
    n = len(found) + len(anchors.places.get(index, ()))
    if n >= 2:
        return 2
    words = reading.words[start:end]
    n += sum(words.count(w) for w in _actor_words(reading).intersection(words))
    return min(n, 2)


def _actor_words(reading: DocReading) -> frozenset[str]:
    """Words the argument finder may read as an actor without a mention: demonyms, the first
    words of capital metonyms and the words of person descriptors ("a military strongman")."""
    key = (id(reading.metonyms), id(reading.cues))
    cached = _ACTOR_WORDS.get(key)
    if cached is None or cached[0] is not reading.metonyms or cached[1] is not reading.cues:
        words = set(reading.demonyms)
        words.update(k[0] for k in reading.metonyms if k)
        for phrase in reading.cues.descriptor_nouns:
            words.update(phrase.split())
        cached = _ACTOR_WORDS[key] = (reading.metonyms, reading.cues, frozenset(words))
    return cached[2]


_ACTOR_WORDS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}


def _trigger(reading: DocReading, match: Match) -> str:
    tokens = reading.state.tokens
    return " ".join(tokens.text[p] for p in match.positions)


__all__ = ["WarSides", "read_document", "stated_relations"]
