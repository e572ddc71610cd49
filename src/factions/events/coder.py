"""The event coder stage: find triggers, read their arguments, modality, place and date, and
code each as a PLOVER event with its CAMEO code and ACLED-style type.

No event is invented to fill a gap: a trigger with no actor, in an ambition ("his ultimate
ambition is presumed to be taking over"), or inside a request's complement ("urged X to halt") is
not an event; one sentence never yields the same (type, sources, targets) twice.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path

from factions.actors.home import home_body, is_ruling_body, state_of, story_country
from factions.actors.unnamed import VICTIMS
from factions.dates.vocab import WEEKDAY_WORDS
from factions.events.arguments import Arguments, find_arguments, reporters, role_strategies
from factions.events.completion import (
    _UNREAL,
    HOSTILE_TYPES,
    POLICING_MODES,
    SPEECH_ACTS,
    EventNote,
    _with_states,
    closed_mediation,
    complete_targets,
    infighting,
)
from factions.events.cues import Cues, Phrases
from factions.events.location import Anchors
from factions.events.matcher import Match, TriggerIndex
from factions.events.modality import ModalityReading, is_historical, read_modality
from factions.events.ontology import ontology
from factions.events.patterns import Pattern, PatternSet, has_form, load_patterns
from factions.events.riots import (
    CROWD_WEAPONS,
    armed_blockades,
    crowd_riots,
    policed_at_dateline,
    riot_objects,
    state_protests,
    stormed_chambers,
    toppled_by_protests,
)
from factions.events.sentence import (
    NAME_KINDS,
    ActorSpan,
    Clause,
    DocReading,
    SentenceView,
    read_document,
)
from factions.kb import KnowledgeBase
from factions.model import Event, Relation
from factions.pipeline.state import DocState
from factions.text.sentences import Sentence

REQUIRES = ("doc", "sentences", "tokens", "mentions", "places")
ASSIGNS = ("events",)

_INDEXES: dict[tuple[int, str], tuple[PatternSet, TriggerIndex]] = {}


def trigger_index(patterns: PatternSet, which: str) -> TriggerIndex:
    """The trigger index of the ``events`` or ``relations`` patterns of a set (built once)."""
    key = (id(patterns), which)
    cached = _INDEXES.get(key)
    if cached is None or cached[0] is not patterns:
        cached = _INDEXES[key] = (patterns, TriggerIndex(getattr(patterns, which)))
    return cached[1]


def _sentence_matches(reading: DocReading, index: TriggerIndex, sentence: int,
                      starts: list[int] | None = None) -> list[Match]:
    """The event triggers of a sentence the coder codes (none inside a name)."""
    sent = reading.state.sentences[sentence]
    matches = index.find(reading.words, sent.tok_start, sent.tok_end,
                         partial(reading.proper_names, sentence), reading.demonyms, starts,
                         reading.state.tokens.text)
    if matches:
        names = reading.view(sentence).name_tokens  # (view.inside_name, without a call each)
        matches = [m for m in matches if names.isdisjoint(m.positions)]
    return matches


def charged(reading: DocReading, patterns: PatternSet, view: SentenceView, token: int) -> bool:
    """Whether the word at ``token`` is in the act a charge names ("accused Kigali [of arming
    and funding the M23]", "blamed Kyiv [for arming ...]"): after the "of" or "for" of the
    complement of a trigger whose pattern makes its complement reported (``complement:
    reported``), as the coder reads the sentence. The accused ("blamed Iran-backed militias
    for ...") is no part of the charge."""
    words = reading.words
    if "of" not in words[view.start : token] and "for" not in words[view.start : token]:
        return False
    key = f"charges:{view.index}"
    spans = reading.shared.get(key)
    if not isinstance(spans, list):
        matches = _sentence_matches(reading, trigger_index(patterns, "events"), view.index)
        spans = _charges(reading.words, _scopes(
            reading, view, matches, lambda m: partial(find_arguments, reading, view, m)))
        reading.shared[key] = spans
    return any(start <= token < end for start, end in spans)


def _charges(words: Sequence[str], scopes: list[_Scope]) -> list[tuple[int, int]]:
    """The spans of ``charged`` acts in the reported complements among ``scopes``."""
    spans = []
    for scope in scopes:
        if scope.effect == "reported":
            at = next((k for k in range(scope.start - 1, scope.end)
                       if words[k] in ("of", "for")), None)  # (the trigger may end in "of")
            if at is not None:
                spans.append((at + 1, scope.end))
    return spans


def user_pattern_files(state: DocState) -> tuple[str, ...]:
    """The user's pattern files named by the run's options (``Options.pattern_files``)."""
    files: Sequence[str | Path] = getattr(state.options, "pattern_files", ()) or ()
    return tuple(str(f) for f in files)


def code_events(state: DocState, patterns: PatternSet | None = None) -> None:
    """Code the events of ``state`` into ``state.events`` (ids e1, e2, ... in text order)."""
    patterns = patterns if patterns is not None else load_patterns(user_pattern_files(state))
    index = trigger_index(patterns, "events")
    reading = read_document(state)
    anchors = Anchors.of(reading)
    events: list[Event] = []
    notes: dict[int, EventNote] = {}  # id(event) -> what completion needs
    starts = index.starts(reading.words)
    for sent in state.sentences:
        matches = _sentence_matches(reading, index, sent.index, starts)
        if matches:
            coded = _code_sentence(reading, reading.view(sent.index), matches, anchors, events,
                                   notes)
            events.extend(coded)
    # The victims of an attack ("killed dozens of civilians") act in no event of their own, and
    # an attack with no target beside one on them in its sentence ("stormed a school and
    # abducted more than 280 pupils") is that attack told twice.
    events = _told_where_blamed(events, notes)
    on_victims = _acts_on_victims(events, notes)
    events = [e for e in events if (not e.source or any(a != VICTIMS for a in e.source))
              and not _told_on_victims(e, on_victims, notes)]
    events = crowd_riots(events, state, reading.cues)
    events = _destruction_in_attack(events)
    events = state_protests(events, reading.actor_type)
    events = armed_blockades(events, reading.actor_type)
    stormed_chambers(events, state)
    riot_objects(events, state, reading.cues, reading.actor_type)
    policed_at_dateline(events, state, reading.actor_type)
    toppled_by_protests(events, _story_crowd(reading))
    # Alignments dated well before publication are background ("a coup plotter against him,
    # then an exile for two decades"): they say nothing of whom today's attacks are aimed at.
    present = [r for r in _stated(reading, patterns)
               if not (r.date and is_historical(reading, str(r.date)))]
    day = state.published.isoformat() if state.published else None
    states_of = _states_of(state)
    # (completion asks for the side and camp of the same few actors again and again)
    side_on_day = cache(partial(_side, state.kb, day=day))
    place_states = _place_states(state)
    _invaded_battleground(events, state, place_states)
    _owned_ground_targets(events, state, place_states)
    complete_targets(events, notes, reading.cues, present, side_on_day, reading.actor_type,
                     cache(partial(_camp, state)), states_of)
    _mediations_in_the_war(events, state, reading.cues)
    _site_users_named_next(events, state)
    _attackers_states(events, state.kb, states_of, place_states)
    _unnamed_ally(events, state, reading)
    _alongside_own_forces(events, state, reading)
    events = _deployments_for_a_backed_side(events, notes, present, state, reading)
    _accused_states(events, states_of)
    _arrests_by_place_state(events, state)
    _fill_halted_aid(events, state, reading.cues)
    _coup_places(events, state)
    _aim_at_home_government(events, state, reading)
    events = _charged_attacks(events, state, reading, notes)
    _retold_targets(events, notes)
    _attack_days(events, notes, partial(_side, state.kb))
    _named_attack_days(events, notes)
    _street_days(events, notes)
    _news_days(events, notes, partial(_side, state.kb))
    _talks_days(events, notes)
    _story_days(events, notes, anchors)
    events = [e for e in events if not _internal_meeting(state, e)]
    # A state's own government or forces do not help it ("The bloc says it will help Mozambique
    # fight terrorism" with "it" read as Mozambique's government): aid to one's own side.
    events = [e for e in events if not (
        e.type == "AID" and e.source and e.target
        and {side_on_day(a) for a in e.target} == {side_on_day(a) for a in e.source})]
    # "The two sides agreed" in an article whose sides completion could not tell: no event.
    events = [e for e in events if e.source or not notes[id(e)].collective_source]
    # Sanctions are aimed at someone: ones whose target neither their sentence nor completion
    # names are a mention of sanctions, no act ("Maduro faces U.S. sanctions", "complained that
    # Western sanctions block its trade", "the bloc froze state assets" with no state named).
    # (Aid halted or ties cut stand alone: "Paris has suspended budget support".)
    events = [e for e in events if e.type != "SANCTION" or e.target or e.mode != "sanctions"]
    # So is a warning: one that names no one warned or threatened, here or by completion, is a
    # comment on the danger ("G7 leaders ... warned that Tehran risked triggering an
    # uncontrollable escalation"), no threat.
    events = [e for e in events if e.target or e.rule != "threaten.warn"]
    _tolls_of_the_attack_before(events, notes, state.kb, reading.cues)
    events = _named_tolls(events, notes)
    _referenced_attack_places(events, notes)
    events = _once_per_sentence(events, notes)
    for k, event in enumerate(events, 1):
        event.id = f"e{k}"
    state.events = events
    if not any(VICTIMS in e.target for e in events):
        # The victims are named for the attacks on them; with none coded they are no actor.
        state.mentions = [m for m in state.mentions if m.actor_id != VICTIMS]


def _destruction_in_attack(events: list[Event]) -> list[Event]:
    """Homes or buildings the attackers burn in the sentence that tells their attack on people
    ("Separatist fighters killed at least seven civilians ... and burned dozens of houses",
    "shooting at spectators with automatic rifles and then setting fire to the building") are
    part of that attack, not a coercion of their own."""
    attackers: dict[int, set[str]] = {}
    for e in events:
        if e.type == "ASSAULT" and e.source:
            attackers.setdefault(e.evidence.start, set()).update(e.source)
    if not attackers:
        return events
    return [e for e in events if not (
        e.type == "COERCE" and e.mode == "destroy" and e.source
        and attackers.get(e.evidence.start, set()).issuperset(e.source))]


def _story_days(events: list[Event], notes: dict[int, EventNote], anchors: Anchors) -> None:
    """"Bolivian police arrested the former army commander ... on Wednesday evening, hours after
    soldiers ... rolled armoured vehicles into the capital's main square" (a story of Thursday)
    ... "The soldiers pulled out of the square within about an hour"; "... signed a peace
    agreement in Washington on Friday" ... "The text was signed at the State Department by
    ...": an act on the ground or at the table (``_SCENE_TYPES``) that the headline or the body
    tells with no day of its own, and that no other rule dated, happened on the day the lede
    tells its news on, not on the day of publication. Statements and reactions keep the day
    of publication ("Beijing accused Manila of deliberately provoking the confrontation"), as
    does background."""
    day = anchors.lede_day()
    if day is None:
        return
    published, _ = anchors.publication()
    for event in events:
        note = notes[id(event)]
        if note.undated and note.sentence != 1 and event.type in _SCENE_TYPES \
                and event.date == published and event.modality in ("asserted", "reported"):
            event.date, event.date_precision = day[0], day[1]


# Acts on the ground and at the table (signings, talks), which happen on the story's day; not
# what is said about them.
_SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "RETREAT", "MOBILIZE", "AGREE",
                          "CONSULT"})


# The verbs of a toll of the dead and wounded (not of an attack told with no doer).
_CASUALTY_VERBS = frozenset({"killed", "wounded", "injured"})


def _tolls_of_the_attack_before(events: list[Event], notes: dict[int, EventNote],
                                kb: KnowledgeBase, c: Cues) -> None:
    """"Israel carried out an air strike on a building in Doha ... Qatar's interior ministry
    said a member of its internal security forces was also killed", "Taliban forces attacked
    Pakistani border posts ... It said 23 Pakistani soldiers had been killed": a toll of a named
    side with no doer (``_named_toll``) for which completion found no foe of the dead is the
    latest attack told in the sentences just before (``windows.antecedent``) by a side other
    than the dead's (neither their side nor their country). Only the dead and wounded: a side's
    convoy "was ambushed" by no one named stays no event."""
    def home(actors: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for a in actors:
            found.add(_side(kb, a))
            entry = kb.actors.get(a)
            if entry is not None and entry.country:
                found.add(entry.country)
        return found

    window = c.windows["antecedent"]
    for k, event in enumerate(events):
        note = notes[id(event)]
        if not note.toll or event.source or not event.target \
                or event.modality in ("negated", "hypothetical", "historical") \
                or (event.evidence.trigger or "").lower() not in _CASUALTY_VERBS:
            continue  # ("a Pakistani convoy was ambushed": no casualty of the attack told)
        dead = home(event.target)
        prior = next((o for o in reversed(events[:k]) if o.type == "ASSAULT" and o.source
                      and o.modality in ("asserted", "reported")
                      and note.sentence - window <= notes[id(o)].sentence < note.sentence
                      and not home(o.source) & dead), None)
        if prior is None or any(o is not event and o.type == "ASSAULT" and o.source
                                and notes[id(o)].sentence == note.sentence for o in events):
            continue  # (an attack of its own sentence with a doer tells the toll: _named_tolls)
        event.source = list(prior.source)
        event.confidence = round(event.confidence * c.confidence["antecedent"], 3)
        if note.undated and prior.date:  # the dead fell on the day of the attack, where it was
            event.date, event.date_precision = prior.date, prior.date_precision
        if event.place_basis in (None, "context"):
            event.place, event.place_text = prior.place, prior.place_text
            event.place_basis = "context" if prior.place else None
        note.toll = False  # (its doer and place are found)


# Nouns that name the story's attack again when made definite ("claimed responsibility for the
# attack", "carried out the raid", "killed in the first minutes of the assault").
_ATTACK_NOUNS = frozenset({"attack", "attacks", "raid", "assault", "bombing", "bombings", "blast",
                           "blasts", "massacre", "siege", "ambush", "strike", "strikes",
                           "explosion", "explosions", "killing", "killings", "rampage"})
# What makes such a noun definite: "the attack", "the deadly attack", "Saturday's bombing".
_DEFINITE_ATTACK = re.compile(r"(?:\b(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?|"
                              r"\b[A-Z][a-z]+day['’]s\s+(?:[a-z-]+\s+)?)$")
_OWN_PLACE_NEXT = re.compile(r",\s+(?:in|at|near|outside)\s")
_NOT_THE_SAME = frozenset({"first", "second", "third", "previous", "last", "next", "earlier",
                           "new", "latest", "other", "another", "further", "future", "same"})


def _referenced_attack_places(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Gunmen stormed a concert hall in Krasnogorsk ... Islamic State claimed responsibility for
    the attack", "Kurti blamed Belgrade for the attack", "the driver was killed in the first
    minutes of the assault": an attack that a definite noun names again, with no place of its
    own, took place where the latest attack told in an earlier sentence did (not "the first
    attack", "the latest strikes": another one)."""
    for k, event in enumerate(events):
        trigger = (event.evidence.trigger or "").lower()
        if event.type != "ASSAULT" or event.place is not None or trigger not in _ATTACK_NOUNS \
                or event.modality in ("hypothetical", "negated", "historical"):
            continue
        text = event.evidence.text
        at = text.lower().find(trigger)
        m = _DEFINITE_ATTACK.search(text, 0, at) if at > 0 else None
        if m is None or any(w in _NOT_THE_SAME for w in m.group(0).lower().split()):
            continue
        if _OWN_PLACE_NEXT.match(text, at + len(trigger)):
            continue  # ("the strike, in international waters": a place of its own)
        sentence = notes[id(event)].sentence
        told = [o for o in events[:k] if o.type == "ASSAULT" and notes[id(o)].sentence < sentence
                and o.modality not in ("hypothetical", "negated", "historical")]
        # the latest attack told by a word of the same stem ("the strikes": the latest strikes,
        # not the bridge blast before them), else the latest one
        stem = trigger[:5]
        prior = next((o for o in reversed(told) if any(
            w.lower().startswith(stem) for w in (o.evidence.trigger or "").split())), None) or (
            told[-1] if told else None)
        if prior is not None and prior.place is not None:
            event.place, event.place_text, event.place_basis = \
                prior.place, prior.place_text, "context"


def _named_tolls(events: list[Event], notes: dict[int, EventNote]) -> list[Event]:
    """A toll of a named side with no doer (``_named_toll``) stands only as the attack of whom
    completion found the dead fighting, told as having happened, and only where no other attack
    of its sentence has a doer (the toll is then that attack's)."""
    def keep(event: Event) -> bool:
        note = notes[id(event)]
        if not note.toll:
            return True
        if not event.source or event.modality in ("negated", "hypothetical", "historical"):
            return False
        return not any(o is not event and o.type == "ASSAULT" and o.source
                       and notes[id(o)].sentence == note.sentence for o in events)
    kept = [e for e in events if keep(e)]
    for k, event in enumerate(kept):
        if not notes[id(event)].toll or event.place is not None:
            continue
        # "Israel struck a building in Doha ... Hamas said five of its members were killed":
        # the dead fell where their killers' latest attack was told to be
        prior = next((o for o in reversed(kept[:k]) if o.type == "ASSAULT" and o.place
                      and set(o.source) & set(event.source)
                      and notes[id(o)].sentence < notes[id(event)].sentence), None)
        if prior is not None:
            event.place, event.place_text, event.place_basis = \
                prior.place, prior.place_text, "context"
    return kept


def _told_where_blamed(events: list[Event], notes: dict[int, EventNote]) -> list[Event]:
    """An attack whose doer a later "blamed" named (``_blamed_after``) is dropped when the
    blaming sentence itself tells a current attack by the accused ("Ankara blamed the forces of
    Syrian President Bashar al-Assad" coded as their attack): one act, told once."""
    blaming = {n.blamed_in for n in notes.values() if n.blamed_in is not None}
    if not blaming:
        return events
    # (a claim of responsibility is the claimant's word on the act told before, not the act
    # told again: "The twin explosions tore through crowds ... Islamic State claimed
    # responsibility" keeps both)
    told = [e for e in events if e.type == "ASSAULT" and e.modality != "historical"
            and notes[id(e)].sentence in blaming and notes[id(e)].blamed_in is None
            and not _CLAIM_OF_ACT.search(e.evidence.text)]
    return [e for e in events if notes[id(e)].blamed_in is None or not any(
        notes[id(t)].sentence == notes[id(e)].blamed_in and set(t.source) & set(e.source)
        for t in told)]


# Acts a state's body does abroad for its state ("US and British warplanes struck Houthi
# targets": Britain struck them).
_STATE_ACT_TYPES = frozenset({"ASSAULT"})


# The pattern of "stood with its NATO ally": an ally the sentence does not name.
_ALLY_RULE = "support.stand-by-ally"


# Sites an attack hits that the next sentence may say whose they were.
_SITES = frozenset({"hideouts", "hideout", "camps", "camp", "bases", "base", "strongholds",
                    "stronghold", "positions", "safe houses", "compounds", "facilities"})
# The words after such a site that name its users: "the hideouts were used by".
_USED_BY = (("used", "by"), ("run", "by"), ("operated", "by"), ("belonged", "to"),
            ("belonging", "to"), ("controlled", "by"), ("held", "by"))


def _site_users_named_next(events: list[Event], state: DocState) -> None:
    """"Pakistani jets and drones struck what the military called terrorist hideouts in Iran's
    Sistan-Baluchestan province. ... Pakistan said the hideouts were used by the separatist
    Baloch Liberation Army and Baloch Liberation Front": an attack on sites, with no target
    named, is aimed at those the next sentence says used them."""
    lowers = state.tokens.lower
    for event in events:
        if event.type != "ASSAULT" or event.target or not event.source or \
                event.modality == "historical":
            continue
        k = state.sentence_at(event.evidence.start)
        here = state.sentences[k]
        sites = _SITES.intersection(lowers[here.tok_start:here.tok_end])
        if not sites:
            continue
        found: list[str] = []
        # (within the next two sentences: the toll may come first)
        for after in state.sentences[k + 1 : k + 3]:
            found = _site_users(state, after, sites, event.source)
            if found:
                break
        if found:
            event.target = list(dict.fromkeys(found))


def _site_users(state: DocState, after: Sentence, sites: frozenset[str], sources: list[str]
                ) -> list[str]:
    """The actors a sentence says used one of ``sites`` ("the hideouts were used by X")."""
    lowers = state.tokens.lower
    for j in range(after.tok_start, after.tok_end - 3):
        if lowers[j] in sites and lowers[j + 1] in ("were", "was", "are", "had") and any(
                tuple(lowers[j + 2 + b : j + 4 + b]) == pair for pair in _USED_BY
                for b in (0, 1)):
            stop = min(after.tok_end, j + 16)
            return [m.actor_id for m in state.mentions
                    if m.sentence == after.index and j + 3 < m.tok_start < stop
                    and not m.locative and m.kind not in ("pronoun", "descriptor")
                    and m.actor_id not in sources]
    return []


def _unnamed_ally(events: list[Event], state: DocState, reading: DocReading) -> None:
    """"The United States and NATO condemned the attack, and Washington said it stood with its
    NATO ally": the ally is the state the article names most often (the first named on a tie),
    other than the speaker's own and those the speaker's country acts against in the article."""
    # (an alliance named in the phrase, "its NATO ally", is where the ally is, not the ally)
    wanted = [e for e in events if e.rule == _ALLY_RULE and e.source and all(
        reading.actor_type(t) == "international_org" for t in e.target)]
    if not wanted:
        return
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in state.mentions:
        if reading.actor_type(m.actor_id) == "state" and not m.locative:
            counts[m.actor_id] += 1
            first.setdefault(m.actor_id, m.tok_start)
    for event in wanted:
        own = {reading.actor_country(a) for a in event.source} - {None}
        foes = {t for e in events if e.type in HOSTILE_TYPES and own & {
            reading.actor_country(a) for a in e.source} for t in e.target}
        allies = [a for a in counts if a not in foes and reading.actor_country(a) not in own]
        if allies:
            event.target = [min(allies, key=lambda a: (-counts[a], first[a]))]


# Troop movements a backer makes for the side it backs.
_DEPLOYMENT_RULES = frozenset({"mobilize.send-troops", "mobilize.deploy", "mobilize.fly-in",
                               "mobilize.flown", "mobilize.reach-front",
                               "mobilize.authorise-troops"})


def _sides_at_war(events: list[Event], types: tuple[str, ...]) -> set[str]:
    """The actors on either side of the article's real acts of the given types (not a threat
    or a denied attack)."""
    return {a for e in events if e.type in types and e.modality not in _UNREAL
            for a in (*e.source, *e.target)}


def _deployments_for_a_backed_side(events: list[Event], notes: dict[int, EventNote],
                                   present: list[Relation], state: DocState,
                                   reading: DocReading) -> list[Event]:
    """"Rwanda sent about 1,000 soldiers ... at the request of Mozambique's government" in an
    article that states Rwanda backs that government: troops a backer (or its state's forces)
    sends into the war are its help to the one side it backs (AID), not a build-up of its own;
    whom they are sent against stays in the alignments the article states."""
    backs: dict[str, set[str]] = {}
    for relation in present:
        if relation.type == "supports":
            backs.setdefault(relation.source, set()).add(relation.target)
    if not backs:
        return events
    # Only a side at war in the article, or one whose country the troops go to, gets them as
    # help ("its allies and partners, including Taiwan": Taiwan's own warships are no aid to
    # the United States).
    fighting = _sides_at_war(events, ("ASSAULT", "COERCE"))
    places = {p.id: p.country for p in state.places}
    result: list[Event] = []
    for event in events:
        result.append(event)
        if event.type != "MOBILIZE" or event.rule not in _DEPLOYMENT_RULES or not event.source \
                or event.modality not in ("asserted", "reported"):
            continue
        helped: set[str] = set()
        for actor_id in event.source:
            helped |= backs.get(actor_id, set())
            entry = state.kb.actors.get(actor_id)
            if entry is not None and entry.represents is not None:
                own_state = state_of(state.kb, entry.represents.get("country", ""))
                if own_state is not None:
                    helped |= backs.get(own_state.id, set())
        helped -= set(event.source)
        if len(helped) != 1 or set(event.target) & helped:
            continue
        (side,) = helped
        country = reading.actor_country(side)
        if side not in fighting and country not in {reading.actor_country(a) for a in fighting} \
                and (event.place is None or places.get(event.place) != country):
            continue  # (its state's forces fighting count: "SADC troops ... for Mozambique")
        homes = {reading.actor_country(a) for a in event.source}
        if reading.actor_country(side) in homes:
            continue  # a state's own army deployed beside its police: no help from abroad
        acled_type, acled_sub_type = _acled_for("AID", "troops", event.source, reading)
        aid = replace(event, type="AID", mode="troops", cameo="072", target=[side],
                      acled_type=acled_type, acled_sub_type=acled_sub_type)
        notes[id(aid)] = notes[id(event)]
        result.append(aid)
    return result


def _acled_for(kind: str, mode: str | None, source: Sequence[str], reading: DocReading
               ) -> tuple[str | None, str | None]:
    """The ACLED-style type and sub-type of an event recoded as ``kind`` / ``mode``."""
    found = ontology().acled_for(kind, mode, [t for a in source if (t := reading.actor_type(a))])
    return found if found else (None, None)


def _alongside_own_forces(events: list[Event], state: DocState, reading: DocReading) -> None:
    """"Troops had been deployed alongside police and local vigilantes": forces sent beside
    their own country's police or militias do not aid them (aid.deployed-alongside is help from
    abroad, "Rwandan soldiers deployed alongside M23"), they work with them: COOPERATE."""
    def country(actor_id: str) -> str | None:
        entry = state.kb.actors.get(actor_id)
        found = entry.country if entry is not None else None
        if found is None and (own := state.actors.get(actor_id)) is not None:
            found = own.country
        return found

    for event in events:
        if event.rule != "aid.deployed-alongside" or not event.source or not event.target:
            continue
        home = {country(a) for a in event.source}
        if len(home) == 1 and None not in home and all(country(t) in home for t in event.target):
            event.type, event.mode, event.cameo = "COOPERATE", "military", "062"
            event.acled_type, event.acled_sub_type = _acled_for("COOPERATE", "military",
                                                                event.source, reading)


def _attackers_states(events: list[Event], kb: KnowledgeBase,
                      states_of: Callable[[str, Sequence[str]], str | None],
                      place_states: dict[str, str] | None = None) -> None:
    """"US and British warplanes struck Houthi targets", "Turkish drones hit LNA positions": a
    body that officially is a state (its armed forces) attacking actors of another country
    attacks for its state, which joins the sources when the article names it (the body stays:
    "the Israeli army" is who did it); so does one striking on another state's soil, whoever
    it hits there ("Pakistani jets and drones struck ... hideouts in Iran's Sistan-Baluchestan
    province": Pakistan; ``place_states``: place id -> the state the article names for its
    country). Only where states' bodies alone attack: "federal troops, backed by soldiers from
    Eritrea and forces from Amhara" are backed, not Eritrea's allies."""
    for event in events:
        if event.type in _STATE_ACT_TYPES and event.source and event.target \
                and all(_is_state_body(kb, a) for a in event.source):
            event.source = _with_states(event.source, event.target, states_of)
            soil = (place_states or {}).get(event.place or "")
            if event.type == "ASSAULT" and soil is not None:
                event.source = _with_states(event.source, [soil], states_of)


def _place_states(state: DocState) -> dict[str, str]:
    """Place id -> the state actor the article names for the place's country."""
    named: dict[str, str] = {}
    for m in state.mentions:
        entry = state.kb.actors.get(m.actor_id)
        if entry is not None and entry.type == "state" and entry.country:
            named.setdefault(entry.country, m.actor_id)
    return {p.id: named[p.country] for p in state.places if p.country in named}


_OWNED_GROUND_END = re.compile(r"\b(?:airspace|territory|soil|territorial waters)$")


def _owned_ground_targets(events: list[Event], state: DocState,
                          place_states: dict[str, str]) -> None:
    """"Russian missiles and drones have strayed into Polish airspace": an attack with no target
    whose place is a state's airspace, territory or soil (``Anchors`` read it so) is aimed at
    that state, when its sources are foreign to it."""
    kb = state.kb
    for event in events:
        if event.type != "ASSAULT" or event.target or not event.source or not event.place \
                or not event.place.startswith("country:") or not event.place_text \
                or _OWNED_GROUND_END.search(event.place_text) is None:
            continue
        owner = place_states.get(event.place)
        if owner is None or owner in event.source or any(
                (e := kb.actors.get(s)) is not None and e.country == kb.actors[owner].country
                for s in event.source):
            continue
        event.target = [owner]


def _invaded_battleground(events: list[Event], state: DocState,
                          place_states: dict[str, str]) -> None:
    """An invasion told as history that names neither the country nor a place ("has been the
    main transit hub for Western weapons sent to Kyiv since Russia launched its full-scale
    invasion in February 2022") was of the country where its sources' attacks in the story take
    place, when one stands out ("struck military-industrial sites in western Ukraine"; not an
    incursion into Poland's airspace), not of whichever side the story shows them fighting
    most."""
    kb = state.kb
    for event in events:
        if event.rule != "assault.invasion" or event.target or not event.source or \
                event.place or event.modality != "historical":
            continue
        own = {e.country for s in event.source
               if (e := kb.actors.get(s)) is not None and e.country}
        counts: Counter[str] = Counter()
        for other in events:
            if other is event or other.type != "ASSAULT" or not other.place or \
                    other.modality in ("negated", "hypothetical") or not own & {
                        e.country for s in other.source if (e := kb.actors.get(s)) is not None} \
                    or (other.place_text or "").endswith("airspace"):
                continue  # (drones straying into a neighbour's airspace fight no war there)
            invaded = place_states.get(other.place)
            if invaded is not None and invaded not in event.source and \
                    kb.actors[invaded].country not in own:
                counts[invaded] += 1
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            event.target = [ranked[0][0]]


def _accused_states(events: list[Event],
                    states_of: Callable[[str, Sequence[str]], str | None]) -> None:
    """"Egypt condemned the Turkish parliament's vote": an accusation from abroad aimed at a body
    that officially is a state is aimed at that state too, when the article names it."""
    for event in events:
        if (event.type == "ACCUSE" or event.rule in _DENIED_PART_EVENTS) \
                and event.source and event.target:
            # (so is a part denied in an attack on one: "the United States had played no part
            # in the strike" that killed Guards officers is aimed at Iran too)
            event.target = _with_states(event.target, event.source, states_of)


def _arrests_by_place_state(events: list[Event], state: DocState) -> None:
    """"after Zambada was arrested in the United States in July": an arrest told with no
    arrester in a country the sentence names as the place is that state's doing."""
    for event in events:
        if event.type != "COERCE" or event.mode != "arrest" or event.source \
                or not event.place_text:
            continue
        ev = event.evidence
        for m in state.mentions:
            if m.locative and ev.start <= m.start < ev.end and m.text == event.place_text \
                    and m.actor_id not in event.target and \
                    (a := state.kb.actors.get(m.actor_id)) is not None and a.type == "state":
                event.source = [m.actor_id]
                break


def _internal_meeting(state: DocState, event: Event) -> bool:
    """"The president told a meeting of the National Defence and Security Council", "Putin
    addressed a session of the Duma": an official at a meeting of his own state's body is no
    exchange between two parties."""
    if event.type != "CONSULT" or event.mode != "multilateral" or not event.source:
        return False
    kb = state.kb
    if not event.target:
        # "Somalia's cabinet met in an emergency session": a government meeting alone
        return all((e := kb.actors.get(a)) is not None and e.type == "government"
                   and not e.represents for a in event.source)
    own = {c for a in event.source if (e := kb.actors.get(a)) is not None
           and e.type in ("person", "government", "state") and (c := e.country)}

    def country(actor_id: str) -> str | None:
        entry = kb.actors.get(actor_id)
        if entry is not None:
            return entry.country if entry.type == "government" else None
        found = state.actors.get(actor_id)
        return found.country if found is not None and found.type == "government" else None

    return bool(own) and all(country(t) in own for t in event.target)


# Interceptions of what an earlier sentence told launched ("it had intercepted it"), and the
# modes of attacks whose weapons fly and can be shot down.
_INTERCEPTIONS = frozenset({"assault.intercept-them", "assault.intercepted-them"})
_LAUNCHED_MODES = frozenset({"aerial", "drone", "heavy-weapons"})


def _attack_days(events: list[Event], notes: dict[int, EventNote],
                 side_of: Callable[[str], str] | None = None) -> None:
    """"Gunmen stormed the village on Thursday ... 'They shot at everyone,' a resident said";
    "the army said troops had repelled the assailants": an attack the text gives no date, told
    after a dated attack by or on one of its actors, is part of that attack and took place on
    its day (not on the day of publication); so is a headline's attack by the source of a dated
    one in the lede."""
    dated: list[Event] = []
    for event in events:
        if event.type != "ASSAULT" or event.modality == "historical":
            continue
        told_after = _told_after(event)
        sentence = notes[id(event)].sentence
        # "Separatist fighters killed seven civilians ..., local officials said on Monday" /
        # "The gunmen stormed the village ... on Saturday night": the day a lede's report was
        # made is not the attack's when the next sentences tell it on an earlier day.
        lede_said = sentence == 1 and event.modality == "reported" and \
            not notes[id(event)].undated
        if not notes[id(event)].undated and not (told_after and event.modality == "reported"):
            retold = _retold_day(event, events, notes, sentence) if lede_said else None
            if event.date_precision == "week" and event.date:
                # "the armed group that attacked Kosovo police ... last weekend" / "About 30
                # gunmen ... opened fire on a police patrol ... on Sunday": the day of that week
                # the story gives the same side's attack
                retold = _day_in_week(event, events, notes, side_of) or retold
            if retold is not None and retold.date and event.date and retold.date < event.date:
                event.date = retold.date
                event.date_precision = retold.date_precision
            elif retold is not None and retold.date and event.date_precision == "week" and \
                    retold.date[:10] >= (event.date or ""):
                event.date, event.date_precision = retold.date, retold.date_precision
            elif event.date_precision == "day" and event.date and not notes[id(event)].span:
                # (not the first day of a span: "U.S. forces have struck more than 1,000
                # targets in Yemen since March 15" dates no later attack on the Houthis)
                dated.append(event)
            continue
        # (A pluperfect act told in a statement of a later day, "JNIM claimed the attack on
        # Sunday, saying its fighters had killed ...", happened before that day too.)
        actors = {*event.source, *event.target}
        # the first day of those acts: a pursuit told on a later day is not the attack retold
        earlier = min((e for e in dated if actors & {*e.source, *e.target}),
                      key=lambda e: e.date or "", default=None) if told_after else None
        if earlier is None and sentence <= 1:
            # "Gunmen abduct more than 280 pupils" over "Gunmen ... on Thursday abducted ...":
            # a headline tells the lede's attack; "days after an armed militia overran an
            # army garrison" over "The White Army ... captured the base ... on Tuesday", "Turkey-
            # backed Syrian rebels captured ... Manbij ...; Factions of the Syrian National Army
            # ... pushed into the city on Monday": a lede's undated attack is the one the next
            # sentences date, by the same side.
            earlier = _retold_day(event, events, notes, sentence, side_of)
        _take_day(event, earlier)
    for event in events:
        # "Israel kills Hezbollah leader Nasrallah in Beirut strike" over "Hezbollah confirmed on
        # Saturday that its leader had been killed in an Israeli air strike" over "... its jets
        # had hit Hezbollah's central headquarters ... on Friday evening": a headline's attack
        # is the lede's, on the day the lede's was dated once the sentences after it dated it
        if notes[id(event)].sentence == 0 and notes[id(event)].undated \
                and event.type == "ASSAULT" and event.modality != "historical" \
                and not _told_after(event):
            _take_day(event, _retold_day(event, events, notes, 0, side_of))


def _take_day(event: Event, earlier: Event | None) -> None:
    """Date ``event`` on the day of ``earlier``, the attack it is part of, when that day comes
    before its own (and place it there when it has no place)."""
    if earlier is not None and earlier.date and event.date and earlier.date < event.date:
        event.date = earlier.date
        if event.place is None and earlier.place is not None:
            # part of that attack, it happened where that attack did
            event.place, event.place_text = earlier.place, earlier.place_text
            event.place_basis = "context"


# Words before a noun that make it name an act the reader knows ("the attack", "that raid",
# "its assault"), besides a name before it ("the Banjska attack", "Friday's bombing").
_KNOWN_ACT = frozenset({"the", "that", "this", "its", "their", "his", "her", "those", "these"})


def _names_known_act(words: Sequence[str], view: SentenceView, match: Match) -> bool:
    """Whether the noun trigger of ``match`` names an act told elsewhere: in a headline
    ("Kosovo Serb politician says he led Banjska attack"), or after a determiner, a possessive
    or a name ("took responsibility for the attack", "Kurti blamed Belgrade for the
    attack")."""
    if view.index == 0:
        return True
    k = match.start - 1
    while k >= view.start and words[k] in ("deadly", "bloody", "suicide", "armed", "twin",
                                          "brazen", "latest", "weekend", "night", "cross-border"):
        k -= 1
    return k >= view.start and (words[k] in _KNOWN_ACT or words[k] == "'s")


def _named_attack_days(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Milan Radoicic ... took responsibility for the attack in a statement"; "Kurti blamed
    Belgrade for the attack" after "About 30 gunmen ... opened fire on a police patrol ... on
    Sunday": an attack a noun names as one already known ("the attack", or a headline's), with
    no date of its own, is the attack the story dates on the same target, and took place on
    its day, not on the day of publication (the first such attack told with a day, before or
    after it)."""
    dated = [e for e in events if e.type == "ASSAULT" and e.date_precision == "day" and e.date
             and not notes[id(e)].undated and not notes[id(e)].named_act
             and not notes[id(e)].span and e.modality in ("asserted", "reported") and e.target]
    if not dated:
        return
    for event in events:
        note = notes[id(event)]
        if event.type != "ASSAULT" or not note.named_act or not note.undated \
                or not event.target or not event.date or event.modality == "historical":
            continue
        told = next((e for e in dated if set(e.target) & set(event.target)), None)
        if told is not None and told.date and told.date < event.date:
            event.date, event.date_precision = told.date, told.date_precision


# Acts of the street: a protest and the police's answer to it.
_STREET_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT"})
_STREET_WINDOW = 2  # sentences


def _street_days(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Police fired tear gas ... at thousands of demonstrators ... on Thursday. Protesters set
    up burning barricades across the city's main avenues and pelted police with stones": a
    protest, or a crackdown on one, the text gives no date, told in the two sentences after a
    dated act of the street by or on the same crowd or force, took place on that act's day,
    not on the day of publication."""
    dated: list[Event] = []
    for event in events:
        if event.type not in _STREET_TYPES or event.modality == "historical":
            continue
        note = notes[id(event)]
        if not note.undated:
            if event.date_precision == "day" and event.date and event.modality in (
                    "asserted", "reported") and (
                    event.type != "COERCE" or event.mode in POLICING_MODES):
                dated.append(event)
            continue
        if event.type == "ASSAULT" or (event.type == "COERCE"
                                       and event.mode not in POLICING_MODES):
            continue
        actors = {*event.source, *event.target}
        earlier = next((e for e in reversed(dated)
                        if 0 < note.sentence - notes[id(e)].sentence <= _STREET_WINDOW
                        and actors & {*e.source, *e.target}), None)
        if earlier is not None and earlier.date and event.date and earlier.date < event.date:
            event.date, event.date_precision = earlier.date, earlier.date_precision



def _news_days(events: list[Event], notes: dict[int, EventNote],
               side_of: Callable[[str], str] | None = None) -> None:
    """"Mali, Niger cut ties with Ukraine" / "Mali's military government has broken off
    diplomatic relations with Ukraine" ... "Government spokesman Colonel Abdoulaye Maiga said on
    Sunday that Mali was cutting ties with Kyiv": an act other than an attack the headline or
    the lede tells with no day, told again later on a day of its own by the same source to the
    same target, took place on that day (attacks: ``_attack_days``); a headline's act told in the
    lede by a body of its source's side ("Georgia detains opposition leaders" / "Georgian police
    detained several opposition leaders on Wednesday") took place on the lede's day. An act the
    lede dates by a day of another clause ("... detained opposition leaders on Wednesday, as
    thousands rallied against the government's decision to suspend talks") and a later sentence
    dates earlier by its own ("announced on Nov. 28 that the government was suspending accession
    talks") is that earlier act."""
    for event in events:
        note = notes[id(event)]
        if event.type == "ASSAULT" or note.sentence > 1 or event.modality == "historical" \
                or not event.date:
            continue
        if note.undated:
            later = next((e for e in events if e.type == event.type
                          and notes[id(e)].sentence > max(1, note.sentence)
                          and not notes[id(e)].undated and e.date_precision == "day" and e.date
                          and set(e.source) & set(event.source)
                          and set(e.target) == set(event.target)), None)
            if later is None and event.type in SPEECH_ACTS:
                # "Deby has threatened to pull his country out of the force" / "In a statement
                # read on Sunday, Deby said the force had failed to pool its efforts": the
                # statement that made the threat, dated
                later = next((e for e in events if e.type in SPEECH_ACTS
                              and notes[id(e)].sentence > max(1, note.sentence)
                              and not notes[id(e)].undated and e.date_precision == "day"
                              and e.date and event.target
                              and set(e.source) == set(event.source)
                              and set(e.target) == set(event.target)), None)
            if later is None and note.sentence == 0:
                later = next((e for e in events if e.type == event.type
                              and notes[id(e)].sentence == 1 and not notes[id(e)].undated
                              and e.date_precision == "day" and e.date
                              and _same_side(event.source, e.source, side_of)
                              and set(e.target) == set(event.target)), None)
        else:
            later = next((e for e in events if e.type == event.type
                          and notes[id(e)].sentence > 1 and not notes[id(e)].undated
                          and e.date_precision == "day" and e.date and event.target
                          and set(e.source) == set(event.source)
                          and set(e.target) == set(event.target)), None)
        if later is not None and later.date is not None and later.date < event.date:
            event.date, event.date_precision = later.date, later.date_precision


def _talks_days(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 prisoners each at
    their first talks ..." then "Umerov told reporters that the two sides had agreed to a
    1,000-for-1,000 prisoner exchange" and "The talks ... were hosted by Turkish Foreign
    Minister Hakan Fidan": a deal or talks the text gives no day, told after a dated deal or
    talks between the same parties (a mediation: between its sides), are those and took place
    on their day, not on the day of publication."""
    dated: list[Event] = []
    for event in events:
        if event.type not in _TALKS_TYPES or event.modality not in ("asserted", "reported"):
            continue
        note = notes[id(event)]
        if not note.undated:
            if event.date_precision == "day" and event.date:
                dated.append(event)
            continue
        parties = set(event.target) if event.mode == "third-party" else \
            {*event.source, *event.target}
        if len(parties) < 2:
            continue
        told = next((e for e in reversed(dated) if e.type == event.type
                     and notes[id(e)].sentence < note.sentence
                     and {*e.source, *e.target} == parties), None)
        if told is not None and told.date and event.date and told.date < event.date:
            event.date, event.date_precision = told.date, told.date_precision


_TALKS_TYPES = frozenset({"AGREE", "CONSULT"})


def _day_in_week(event: Event, events: list[Event], notes: dict[int, EventNote],
                 side_of: Callable[[str], str] | None) -> Event | None:
    """The first attack after ``event`` by its side, dated by its own text to a day of the week
    ``event`` is dated to (its Monday)."""
    monday = datetime.date.fromisoformat((event.date or "")[:10])
    sunday = (monday + datetime.timedelta(days=6)).isoformat()
    at = notes[id(event)].sentence
    return next((e for e in events if e.type == "ASSAULT" and e.date_precision == "day"
                 and e.date and monday.isoformat() <= e.date[:10] <= sunday
                 and not notes[id(e)].undated and notes[id(e)].sentence > at
                 and e.modality != "historical"
                 and _same_side(event.source, e.source, side_of)), None)


def _same_side(one: list[str], other: list[str], side_of: Callable[[str], str] | None) -> bool:
    """Whether two lists of sources share an actor or, with ``side_of``, a side ("Turkey
    strikes ..." in a headline, "Turkish warplanes struck ..." in the lede)."""
    if set(one) & set(other):
        return True
    return side_of is not None and bool({side_of(a) for a in one} & {side_of(a) for a in other})


def _retold_day(event: Event, events: list[Event], notes: dict[int, EventNote],
                sentence: int, side_of: Callable[[str], str] | None = None) -> Event | None:
    """The first attack by one of the event's sources (or, with ``side_of``, its side), dated
    to a day by its own text, that one of the two sentences after the event's tells (four for
    an attack the lede tells as what its news came after: "a week after Boko Haram fighters
    overran an army base", whose story the body tells once the news is told)."""
    reach = 4 if _AFTER_ACT.search(event.evidence.text, 0, max(0, _trigger_at(event))) else 2
    return next((e for e in events if e.type == "ASSAULT" and e.date_precision == "day"
                 and not notes[id(e)].undated and not notes[id(e)].span
                 and not _SINCE_TALLY.search(e.evidence.text)
                 and sentence < notes[id(e)].sentence <= sentence + reach
                 and e.modality != "historical"
                 and _same_side(event.source, e.source, side_of)), None)


_PLUPERFECT = re.compile(r"\bhad\s+(?:[a-z]+\s+){0,2}$")
# A tally since a day ("at least 30 people had been killed by police gunfire since the protests
# began on Oct 21") is no attack of that day alone: it dates no lede's attack.
_SINCE_TALLY = re.compile(r"\bsince\b", re.IGNORECASE)
# "a week after Boko Haram fighters overran", "threatens to quit regional force after deadly Boko
# Haram raid": an act told as what the news came after ("after" a few words before the trigger).
_AFTER_ACT = re.compile(r"\bafter\s+(?:\S+\s+){0,6}$")


def _trigger_at(event: Event) -> int:
    """Where the event's trigger (its first word) stands in its evidence, or -1."""
    trigger = (event.evidence.trigger or "").split(" ... ", 1)[0]
    return event.evidence.text.find(trigger) if trigger else -1


def _told_after(event: Event) -> bool:
    """Whether the event is told as part of an earlier act: a quotation ('"They shot at
    everyone in the trench," one said') or a pluperfect ("the army said troops had repelled
    the assailants"), not a new act of another day ("shelled the positions again")."""
    text = event.evidence.text
    if text.lstrip()[:1] in ('"', "“"):
        return True
    at = _trigger_at(event)  # "had sent ten drones": a gapped trigger's first word
    return at > 0 and _PLUPERFECT.search(text, max(0, at - 30), at) is not None


def _retold_targets(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Rebels swept into Damascus ... The offensive began on November 27": an attack told again
    with no target of its own is aimed where the attack it tells was found to be, once the
    article has been read."""
    for event in events:
        retold = notes[id(event)].retold
        if retold is not None and not event.target and retold.target:
            event.target = [a for a in retold.target if a not in event.source]


# Relief and money sent with no recipient named ("Qatar announced humanitarian assistance" after
# a bombing in Mogadishu) go to the story country as halted aid does.
_RELIEF_MODES = ("humanitarian", "economic")


def _coup_places(events: list[Event], state: DocState) -> None:
    """"Gabon officers seize power minutes after Bongo declared election winner": a coup of the
    story's time whose sentence names no place took place in the country of those who made it
    (else of the ruler they toppled), when the article names that country as a place."""
    countries = {p.country: p for p in state.places if p.feature == "country" and p.country}
    if not countries:
        return
    for event in events:
        if event.type != "COERCE" or event.mode != "coup" or event.place is not None or \
                event.modality in ("historical", "negated", "hypothetical"):
            continue  # (a past or failed coup is background the text may place elsewhere)
        for actor_id in (*event.source, *event.target):
            actor = state.actors.get(actor_id) or state.kb.actors.get(actor_id)
            place = countries.get(actor.country or "") if actor is not None else None
            if place is not None:
                event.place, event.place_text, event.place_basis = place.id, place.name, "context"
                break


def _fill_halted_aid(events: list[Event], state: DocState, c: Cues) -> None:
    """"Paris and the European Union have suspended budget support and development aid" in a
    story of Niger's coup: aid halted by outsiders with no recipient named was the story
    country's (its state, when the article names it as an actor); so is relief or money a
    foreign state or government sends with no recipient named ("Qatar announced humanitarian
    assistance" after a bombing in Mogadishu)."""
    from factions.actors.home import mentioned_ids, state_of, story_country

    pending = [e for e in events if (e.type == "SANCTION" and e.mode == "halt-aid"
               or e.type == "AID" and e.mode in _RELIEF_MODES) and e.source and not e.target]
    if not pending:
        return
    country = story_country(state)
    home = state_of(state.kb, country) if country else None
    if home is None or home.id not in mentioned_ids(state):
        return

    # The sides of the story's fighting: their relief is for their own people ("Thai
    # authorities evacuated tens of thousands of people" in a Thai-Cambodian border war).
    fighting = _sides_at_war(events, ("ASSAULT",))
    for event in pending:
        sources = [state.actor_entry(a) for a in event.source]
        if any(e is not None and e.country == country for e in sources):
            continue  # "lawmakers moved to redirect federal funds": the country's own
        if event.type == "AID" and fighting.intersection(event.source):
            continue
        if event.type == "AID" and any(e is None or e.type not in ("state", "government")
                                       for e in sources):
            continue  # a relief agency or an envoy's pledge helps the needy, not the state
        event.target = [home.id]
        event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _once_per_sentence(events: list[Event], notes: dict[int, EventNote]) -> list[Event]:
    """Completion can give two readings of one act the same targets ("struck Houthi targets"
    read twice): one sentence keeps one event per (type, sources, targets), unless the two
    have modes of their own."""
    seen: dict[tuple[object, ...], set[str | None]] = {}
    kept = [e for e in events if not _repeats(seen, e, notes[id(e)].sentence)]
    with_target = _modes_with_target(kept, notes)
    return [e for e in kept if not _told_with_target(e, with_target, notes)]


def _day_named(words: Sequence[str], at: int) -> bool:
    """Whether a day's possessive follows a trigger ending at ``at`` ("condemned *Saturday's*
    attack", "Friday's strikes")."""
    return any(words[j] in WEEKDAY_WORDS and words[j + 1] in ("'s", "’s")
               for j in range(at, min(at + 3, len(words) - 1)))


# An act as the told-twice checks compare them: (sentence, type, sources).
_ActKey = tuple[int, str, tuple[str, ...]]


def _act_key(event: Event, notes: dict[int, EventNote]) -> _ActKey:
    return notes[id(event)].sentence, event.type, tuple(event.source)


def _acts_on_victims(events: list[Event], notes: dict[int, EventNote]) -> set[_ActKey]:
    """The acts aimed at the document's victims (looked up by ``_told_on_victims`` instead of
    a scan of every event for each one)."""
    return {_act_key(e, notes) for e in events if VICTIMS in e.target}


def _told_on_victims(event: Event, on_victims: set[_ActKey],
                     notes: dict[int, EventNote]) -> bool:
    """Whether ``event`` has no target and its sentence holds an act of the same type and
    sources aimed at the document's victims (``factions.actors.unnamed.victims``;
    ``on_victims``: ``_acts_on_victims``)."""
    if event.target or not event.source:
        return False
    return _act_key(event, notes) in on_victims


def _modes_with_target(events: list[Event], notes: dict[int, EventNote]
                       ) -> dict[_ActKey, set[str | None]]:
    """Act -> the modes of its tellings with a target (looked up by ``_told_with_target``
    instead of a scan of every event for each one)."""
    modes: dict[_ActKey, set[str | None]] = {}
    for e in events:
        if e.target:
            modes.setdefault(_act_key(e, notes), set()).add(e.mode)
    return modes


def _told_with_target(event: Event, with_target: dict[_ActKey, set[str | None]],
                      notes: dict[int, EventNote]) -> bool:
    """"Israel strikes Beirut suburb, targeting Hezbollah commander": an act with no target
    beside the same act (type, sources and mode) with one in its sentence is that act told
    twice (``with_target``: ``_modes_with_target``)."""
    if event.target:
        return False
    modes = with_target.get(_act_key(event, notes))
    return modes is not None and (event.mode is None or event.mode in modes or None in modes)


def _moves_in_attack(event: Event, events: list[Event], starts: dict[int, int],
                     words: Sequence[str]) -> bool:
    """Whether ``event`` is forces moving (``mobilize.forces-moving``) in the course of an
    attack its sentence codes by the same sources: "Thousands of Ukrainian troops crossed the
    border on Aug. 6 and pushed deep into the region" is one incursion, no build-up; or forces
    sent to make that attack ("Thailand sent F-16 fighter jets *to bomb* Cambodian military
    targets"): the attack is what the sentence tells."""
    if event.type != "MOBILIZE":
        return False
    moving = event.rule == "mobilize.forces-moving"
    at = starts.get(id(event), -1)
    return any(e.type == "ASSAULT" and e.source == event.source and (
        moving or (starts.get(id(e), 0) > at >= 0 and words[starts[id(e)] - 1] == "to"
                   and words[starts[id(e)]] != "fight"))  # "sent troops to fight in Syria"
        for e in events)


def _toll_of(earlier: list[Event], event: Event, match: Match, words: Sequence[str]) -> bool:
    """Whether ``event`` only spells out an act just coded in its sentence: a ", killing ..."
    participle with no mode of its own, by the same sources, on some of the same targets
    ("launching a missile strike on Wagner camps, killing large numbers of his men"), or an
    ", accusing them ..." participle (no target of its own, or a pronoun for it) after an
    accusation by the same source."""
    if match.pattern.kind != "verb" or not has_form(match.form, "ing") or match.start < 1 \
            or words[match.start - 1] != ",":
        return False
    if event.type == "ACCUSE" and (not event.target or (
            match.end < len(words) and words[match.end] in ("them", "him", "her", "it"))):
        # "railed against Shoigu and ..., Gerasimov, accusing them of ...": the charge is the
        # accusation just made, spelt out
        return any(e.type == "ACCUSE" and e.source == event.source and e.target
                   for e in earlier)
    if event.type != "ASSAULT" or event.mode is not None:
        return False
    return any(e.type == "ASSAULT" and e.source == event.source
               and set(e.target) & set(event.target) for e in earlier)


def _repeats(seen: dict[tuple[object, ...], set[str | None]], event: Event,
             *scope: object) -> bool:
    """Whether ``event`` repeats one already in ``seen`` (the same type, sources and targets
    within ``scope``, with no mode of its own to tell them apart); records it when it does
    not."""
    key = (*scope, event.type, tuple(sorted(event.source)), tuple(sorted(event.target)))
    modes = seen.setdefault(key, set())
    mode = _ONE_ACT_MODES.get((event.type, event.mode), event.mode)
    if modes and (mode is None or None in modes or mode in modes):
        return True
    modes.add(mode)
    return False


# Modes that tell one act twice when the sides are the same: a trip to meet someone and the
# meeting ("flew to Benghazi to meet him on Friday").
_ONE_ACT_MODES: dict[tuple[str, str | None], str | None] = {("CONSULT", "meet"): "visit"}


def _aim_at_home_government(events: list[Event], state: DocState, reading: DocReading) -> None:
    """"Taliban take control of Afghan capital", "rebels led by HTS swept into Damascus": an
    armed group's attack or coercion (``opponents.home_targets``) aimed at its own country (the
    state as its target, or no target and a place in that country) is aimed at the country's
    government when the article names exactly one (a war inside a country is not waged on the
    country). Groups that represent the state (its army, its police) are the government's own.
    With no government of the country named, the attack is aimed at the state's armed forces
    when the article names them ("M23 rebels captured Goma" in a story of Congolese soldiers
    holding out: the FARDC)."""
    kinds = reading.cues.home_target_types
    if not kinds or not any(e.type in kinds for e in events):
        return
    from factions.relations.infer import home_governments  # the alignment stage builds on us

    governments: dict[str, str] | None = None
    places = {p.id: p for p in state.places}
    for event in events:
        if event.type not in kinds or not event.source:
            continue
        homes = {reading.actor_country(s) for s in event.source
                 if reading.actor_type(s) == "armed_group" and not _is_state_body(state.kb, s)}
        home = homes.pop() if len(homes) == 1 else None
        if home is None or not event.target and infighting(event):
            continue  # (a group's factions fighting each other aim at no government)
        if event.target:
            hit = [t for t in event.target if reading.actor_type(t) == "state"
                   and reading.actor_country(t) == home]
            if not hit or len(hit) != len(event.target):
                continue
        else:
            # (only a place of the trigger's own clause says where the attack was aimed)
            place = places.get(event.place) if event.place and event.place_basis == "clause" \
                else None
            if place is None or place.country != home:
                continue
        if governments is None:
            governments = home_governments(state)
        # (a state the text names as the target, "an insurgency against the Turkish state",
        # stays the state when no government of it is named: its army is not what it says)
        government = governments.get(home) or (
            _named_armed_forces(state, home) if not event.target else None)
        if government is None or government in event.source:
            continue
        if not event.target:
            event.confidence = round(event.confidence * reading.cues.confidence["opponent"], 3)
        event.target = [government]


def _named_armed_forces(state: DocState, country: str) -> str | None:
    """The armed forces of ``country`` (the knowledge base's military body of its state) when
    the article names them, else None."""
    from factions.actors.home import mentioned_ids

    forces = state.kb.state_bodies.get((country, "military"))
    return forces if forces is not None and forces in mentioned_ids(state) else None


def _side(kb: KnowledgeBase, actor: str, day: str | None = None) -> str:
    """The side an actor fights on: its country for a state, the bodies that represent it (armed
    forces, police, intelligence) and its government bodies (ministries), and for a person
    the country of the one state body he or she holds an office in on ``day`` (knowledge-base
    roles: "Putin warned" speaks for Russia's side), else the actor itself. (Completion keeps
    apart any two that the article shows fighting each other.)"""
    entry = kb.actors.get(actor)
    if entry is None:
        # A document group of the story country's own state ("x-bgd-police" for "police",
        # "x-bgd-government" for "the government") is on its country's side.
        home = home_body(actor)
        return home[0] if home else actor
    if entry.represents:
        return entry.represents["country"]
    if entry.type in ("state", "government") and entry.country:
        return entry.country
    if entry.type == "person":
        from factions.relations.infer import role_active  # the alignment stage builds on us

        sides = {_side(kb, r.org) for r in entry.roles
                 if r.org and role_active(r.start, r.end, day) and _is_state_body(kb, r.org)}
        if len(sides) == 1:
            return sides.pop()
    return actor


def _is_state_body(kb: KnowledgeBase, actor: str) -> bool:
    """Whether ``actor`` is a state, its government or a body that represents it."""
    entry = kb.actors.get(actor)
    return entry is not None and bool(
        entry.represents or (entry.type in ("state", "government") and entry.country))


def _states_of(state: DocState) -> Callable[[str, Sequence[str]], str | None]:
    """The state the article names as an actor for a body that officially is it (its armed
    forces, police, intelligence: ``represents`` in the knowledge base) when it is seen from
    actors known to be of other countries ("Israeli tanks" seen from Egypt or Hamas: Israel),
    else None: against rebels of its own country, or of none the knowledge base knows, the body
    stays the party ("the army" fighting the RSF)."""
    from factions.relations.infer import named_states  # the alignment stage builds on us

    kb = state.kb
    named: dict[str, str] | None = None

    def state_of(actor: str, against: Sequence[str]) -> str | None:
        nonlocal named
        entry = kb.actors.get(actor)
        if entry is None:
            return None
        if entry.represents:
            country = entry.represents["country"]
        elif entry.type == "person" and entry.country and any(
                (org := kb.actors.get(role.org or "")) is not None and org.type == "state"
                and org.country == entry.country for role in entry.roles if role.end is None):
            # "condemned the launch" Kim oversaw: the head of a state (his office is the
            # state's own, in the knowledge base) acts for it
            country = entry.country
        else:
            return None
        others = [kb.actors.get(a) for a in against]
        if not others or any(o is None or not o.country or o.country == country
                             for o in others):
            return None
        if named is None:
            named = named_states(state)
        return named.get(country)

    return state_of


def _said_for_source(reading: DocReading, view: SentenceView, match: Match,
                     modal: ModalityReading, sources: Sequence[str], c: Cues) -> bool:
    """Whether a statement or sanction (``speech_acts`` and SANCTION) that a report opens is
    said by a body or an official of its source's camp (``_camp``), who performs it by saying
    it: not a report that closes the sentence (", its foreign ministry spokesman said"),
    which only credits the claim, nor an act the report says was done before it ("The
    Kremlin said Putin had urged both leaders to show restraint")."""
    kind = match.pattern.type
    if kind not in c.speech_acts and kind != "SANCTION" or modal.trailing \
            or not modal.reporters or not sources:
        return False
    said = max((sp.end for sp in view.spans if sp.start < match.start
                and not set(sp.actors).isdisjoint(modal.reporters)), default=match.start)
    if "had" in reading.words[said : match.start]:
        return False  # ("... said Rubio had spoken to Kagame and urged a ceasefire")
    state = reading.state
    camps = set().union(*(_camp(state, a) for a in sources))
    return all(not camps.isdisjoint(_camp(state, r)) for r in modal.reporters)


def _camp(state: DocState, actor: str) -> frozenset[str]:
    """An actor with its side and, for a person, the organizations the knowledge base or the
    text says he or she holds an office in (a spokesman's movement, a president's government)
    and their sides."""
    kb = state.kb
    members = {actor, _side(kb, actor)}
    entry = kb.actors.get(actor)
    found = state.actors.get(actor)
    roles = [*(entry.roles if entry is not None else ()), *(found.roles if found else ())]
    for role in roles:
        if role.org and role.org != actor:
            members.update((role.org, _side(kb, role.org)))
    return frozenset(members)


def _mediations_in_the_war(events: list[Event], state: DocState, c: Cues) -> None:
    """A mediation that names no sides and found none in the sentences before it ("Talks in
    Jeddah sponsored by Saudi Arabia and the United States were suspended this month", told
    paragraphs after the fighting) is between the two sides of the article's war, as the
    alignment stage reads its mediator (``Sides.main_conflict``: the pair of sides with the most
    assaults and coercions, two or more and more than any other pair, never one the mediator is
    on); not a past mediation that ended a war of its own."""
    lonely = [e for e in events if e.type == "CONSULT" and e.mode == "third-party"
              and not e.target and e.source and e.modality != "negated"
              and not closed_mediation(e)]
    if not lonely:
        return
    from factions.relations.infer import Sides, governments_of_states  # builds on our events

    told, state.events = state.events, events
    try:
        sides = Sides(state, governments_of_states(state), {})
    finally:
        state.events = told
    for event in lonely:
        pair = sides.main_conflict(list(event.source))
        if len(pair) == 2:
            event.target = pair
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _stated(reading: DocReading, patterns: PatternSet) -> list[Relation]:
    """The alignments the article states (who fights whom), for filling missing targets."""
    from factions.relations.extract import stated_relations  # the alignment stage builds on us

    return stated_relations(reading, patterns)


@dataclass(slots=True)
class _Scope:
    """The complement of a governing trigger ("urged X [to halt ...]")."""

    start: int
    end: int
    effect: str
    governor: Callable[[], Arguments]  # the governing trigger's arguments (read when needed)
    source_role: str | None
    trigger_start: int = -1  # where the governing trigger starts


def _scopes(reading: DocReading, view: SentenceView, matches: list[Match],
            governor: Callable[[Match], Callable[[], Arguments]]) -> list[_Scope]:
    """The complements the triggers of a sentence govern (``complement`` in their pattern);
    ``governor`` gives the reader of a trigger's own arguments."""
    scopes = []
    w, heads = reading.words, reading.cues.participle_heads
    for m in matches:
        if m.pattern.complement and m.pattern.kind == "verb" and m.start > view.start \
                and w[m.start - 1] in heads and has_form(m.form, "pp") \
                and m.end < view.end and w[m.end] not in ("to", "that"):
            continue  # "a truce agreed in March collapsed": a participle of how it was made
        if m.pattern.complement:
            end = _scope_end(view, m, matches, reading.words)
            for start, stop in ((m.end, end), _resumed(view, end)):
                if start < stop:
                    scopes.append(_Scope(start, stop, m.pattern.complement, governor(m),
                                         m.pattern.complement_source, m.start))
    return scopes


def _code_sentence(
    reading: DocReading,
    view: SentenceView,
    matches: list[Match],
    anchors: Anchors,
    earlier: list[Event],
    notes: dict[int, EventNote],
) -> list[Event]:
    c = reading.cues
    # id(match) -> its arguments under its own pattern, read once when first needed (whole).
    primary: dict[int, Arguments] = {}

    def arguments_of(m: Match) -> Arguments:
        found = primary.get(id(m))
        if found is None:
            found = primary[id(m)] = find_arguments(reading, view, m)
        return found

    scopes = _scopes(reading, view, matches, lambda m: partial(arguments_of, m))
    reading.shared[f"charges:{view.index}"] = _charges(reading.words, scopes)
    result: list[Event] = []
    starts: dict[int, int] = {}  # id(event) -> its trigger's first token
    seen: dict[tuple[object, ...], set[str | None]] = {}
    nouns = [m for m in matches if m.pattern.kind == "noun"]
    heads = {m.start for m in nouns}
    # "car bombs kill at least 100": the noun is the verb's subject, one act of its type, told
    # by the noun; when the noun makes no event, only by a pattern of the verb that goes without
    # a source ("a roadside bomb killed three soldiers": no one named as having laid it)
    noun_ends = {(m.end, m.pattern.type) for m in nouns}
    told_by_noun: set[tuple[int, str | None]] = set()
    # ... but a verb whose actors are not its subject tells the act itself: "The fighting pits
    # the Chapitos against the Mayos" (the noun is only what the verb is about).
    told_by_verb = {(m.start, m.pattern.type) for m in matches if m.pattern.kind == "verb"
                    and m.pattern.source[:1] == ("object",)}
    for match in matches:
        scope = next((s for s in scopes if s.start <= match.start < s.end), None) \
            if scopes else None
        if scope is not None and scope.effect == "suppress":
            continue
        if match.pattern.kind == "noun" and match.end in heads:
            continue  # "truce call": the first noun only qualifies the second
        if match.pattern.kind == "noun" and (match.end, match.pattern.type) in told_by_verb:
            continue
        after_noun = match.pattern.kind == "verb" and (match.start, match.pattern.type) in noun_ends
        if after_noun and (match.start, match.pattern.type) in told_by_noun:
            continue
        if _object_of_same_act(reading.words, match, matches, c):
            continue
        again = _told_again(view, reading.words, match, matches, c.reporting)
        if again:
            # "The strikes targeted facilities of Lashkar-e-Taiba": whom the verb names.
            verb = next((v for v in matches if v.start >= match.end
                         and v.pattern.kind == "verb" and v.pattern.type == "ASSAULT"), None)
            hit = find_arguments(reading, view, verb, False).target if verb is not None else []
        outbreak: tuple[int, bool] | None = None  # (id of the match, presupposed)
        for pattern in (match.pattern, *match.alternatives):
            if after_noun and not pattern.sourceless and \
                    (match.start, pattern.type) not in told_by_verb:
                continue
            m = match if pattern is match.pattern else match.with_pattern(pattern)
            if m is match and id(match) in primary:
                args = primary[id(match)]
            else:
                # Without a source no event can come of a pattern that neither goes without
                # one nor takes it from a governing trigger or an earlier event: then its
                # target is not looked for.
                needs_source = not (pattern.sourceless or pattern.antecedent
                                    or (again and pattern.kind == "noun")
                                    or (scope is not None and scope.source_role)
                                    or (pattern.type == "ASSAULT" and pattern.kind == "verb"))
                args = find_arguments(reading, view, m, needs_source)
                if pattern.type == "PROTEST" and pattern.kind == "noun" and not args.source \
                        and not args.collective_source:
                    crowd, presupposed = _outbreak_crowd(reading, view, m)
                    if crowd:
                        args = replace(args, source=crowd)
                        outbreak = (id(m), presupposed)
                if needs_source and not args.source and not args.collective_source \
                        and not (pattern.type == "ASSAULT" and not again
                                 and (_blamed_here(reading, view, m, c)[0]
                                      or _blamed_after(reading, view, m, c)[0])):
                    continue  # _try_pattern would refuse it: try the next pattern
                if m is match:
                    primary[id(match)] = args
            if again and pattern.kind == "noun" and hit and not args.target:
                args.target = list(hit)
            if pattern.kind == "noun" and not args.target and args.source:
                # ... and whom that verb names is the noun's target ("Israeli strikes killed 20
                # Palestinian civilians")
                verb = next((v for v in matches if v.start == m.end and v.pattern.kind == "verb"
                             and v.pattern.type == pattern.type), None)
                if verb is not None:
                    args = replace(args, target=find_arguments(reading, view, verb,
                                                               False).target)
            events = _try_pattern(reading, view, m, args, anchors, scope, earlier + result, c,
                                  again and pattern.kind == "noun")
            if outbreak is not None and outbreak[0] == id(m):
                _outbreak_scene(reading, view, m, anchors, events or (), args.source, outbreak[1])
            blamed_in = None
            if events is None and pattern.type == "ASSAULT" and not again and not args.source \
                    and not args.collective_source and not args.passive:
                # "Drones struck Port Sudan ... The army blamed the RSF": an attack with no doer
                # named is reported as the act of whom the next sentences blame.
                blamed, hit = _blamed_here(reading, view, m, c)
                if not blamed:
                    blamed, blamed_in = _blamed_after(reading, view, m, c)
                if blamed:
                    args = replace(args, source=blamed,
                                   target=[a for a in args.target or hit if a not in blamed])
                    events = _try_pattern(reading, view, m, args, anchors, scope,
                                          earlier + result, c)
                    # (an attack of the story's background is told with its blame as history)
                    events = [e for e in events or () if e.modality != "historical" and not (
                        e.date and is_historical(reading, str(e.date)))] or None
                    for event in events or ():
                        event.confidence = round(event.confidence * c.confidence["antecedent"], 3)
                        if event.modality == "asserted":
                            event.modality = "reported"
            if events is None:
                continue  # the pattern's requirements fail here: try the next one
            for event in events:
                # The same act twice in a sentence ("fired missiles ..., killing ...") is one
                # event; two acts with their own modes ("an air strike ... and a ground
                # assault") are two.
                if _repeats(seen, event) or _toll_of(result, event, match, reading.words):
                    continue
                result.append(event)
                starts[id(event)] = match.start
                notes[id(event)] = EventNote(view.index, args.collective, args.place_actor,
                                             args.reference, args.reference_word,
                                             args.retaliation, args.collective_source,
                                             args.collective_people, args.deal,
                                             args.truce_told, args.retold)
                notes[id(event)].collective_states = args.collective_states
                notes[id(event)].people_source = args.people_source
                notes[id(event)].place_object = args.place_object
                notes[id(event)].toll = args.toll
                notes[id(event)].tally = args.tally
                notes[id(event)].blamed_in = blamed_in
                if args.reference_word:
                    notes[id(event)].dated_reference = _day_named(reading.words, match.end)
                notes[id(event)].named_act = pattern.kind == "noun" and \
                    _names_known_act(reading.words, view, match)
                told_on = anchors.date_for(view, match)
                notes[id(event)].undated = told_on is None or anchors.carried_through(view.index)
                notes[id(event)].span = told_on is not None and told_on[2]
            if pattern.kind == "noun":
                told_by_noun.add((m.end, pattern.type))
            break
    result = [e for e in result if not _moves_in_attack(e, result, starts, reading.words)]
    _address_after_talks(view, result, starts, c)
    _answer_proposal(result)
    result.extend(_gapped(reading, view, result, starts, notes))
    result.extend(_allies_fight_against(reading, view, result, starts, notes))
    result.extend(_followed_suit(reading, view, result, starts, notes, anchors))
    result.extend(_as_did(reading, view, result, starts, notes))
    result.extend(_charged_aid(reading, view, result, starts, notes))
    _charged_acts(reading, view, result, starts)
    denied, dropped = _denied_part(reading, view, matches, result, starts, notes, earlier)
    if dropped:
        result = [e for e in result if id(e) not in dropped]
    result.extend(denied)
    return result


# Arming and backing told with the giver as its doer (not troops sent or aid delivered, which
# a speaker announces for his own side as often as he charges another with them).
_CHARGED_AID_RULES = frozenset({"aid.is-backed-by", "aid.arm", "aid.supply-weapons"})


def _charged_aid(reading: DocReading, view: SentenceView, events: list[Event],
                 starts: dict[int, int], notes: dict[int, EventNote]) -> list[Event]:
    """"U.N. experts have said the group is backed by Rwanda", "He said the drones used by the
    RSF had been supplied by the Emirates": who reports that a third party arms or backs a side
    charges the giver with it (an ACCUSE of the speaker, told by the writer), unless the
    speaker is of the giver's or the receiver's own camp ("Australia and Canada provided
    support, the White House said"); not twice when the sentence already has that charge."""
    found: list[Event] = []
    state = reading.state
    for event in events:
        if event.type != "AID" or event.modality != "reported" or not event.source \
                or event.rule not in _CHARGED_AID_RULES:
            continue
        speakers = reading.shared.get(f"reporters:{view.index}:{starts.get(id(event), -1)}")
        if not isinstance(speakers, tuple):
            continue
        own = set().union(*(_camp(state, a) for a in (*event.source, *event.target)))
        speakers = tuple(r for r in speakers if own.isdisjoint(_camp(state, r)))
        if not speakers or any(e.type == "ACCUSE" and set(e.target) & set(event.source)
                               for e in (*events, *found)):
            continue
        charge = replace(event, type="ACCUSE", rule="coder.said-aided", mode="allege",
                         cameo="112", acled_type=None, acled_sub_type=None, contexts=[],
                         source=list(speakers), target=list(event.source),
                         modality="asserted", place=None, place_text=None, place_basis=None)
        notes[id(charge)] = EventNote(view.index)
        found.append(charge)
    return found


# Words before a name that make it no speaker: the object of a preposition ("Iran's
# ambassador *to Syria*", "the head *of Russia's Investigative Committee*").
_NOT_SPEAKER_BEFORE = frozenset({"to", "of", "in", "for", "at", "from", "by", "with", "under",
                                 "on", "against", "/"})


# Fighting told as a clash or a battle: both sides fight, and a report of it charges no one
# ("India says 20 soldiers killed in clash with Chinese troops").
_MUTUAL_FIGHT_RULES = frozenset({"assault.armed-clash", "assault.battle-nominal",
                                 "assault.battle-noun", "assault.battle-verb", "assault.clash",
                                 "assault.clashes", "assault.engage-in-fighting", "assault.fight",
                                 "assault.gun-battle", "assault.killed-in-clashes-with"})


def _charged_acts(reading: DocReading, view: SentenceView, events: list[Event],
                  starts: dict[int, int]) -> None:
    """Keep, for ``_charged_attacks``, each attack this sentence reports with the speakers a
    report before it names as its subject ("Zelenskiy said Russian troops had set off
    explosives"): not a report that closes the sentence (", the army said"), nor an act told
    as an aim ("has sent troops to Russia to fight")."""
    held = reading.shared.setdefault("charged-acts", [])
    assert isinstance(held, list)
    w = reading.words
    titles = reading.cues.title_tokens
    for event in events:
        if event.type != "ASSAULT" or event.modality != "reported" or not event.source \
                or event.rule in _MUTUAL_FIGHT_RULES:
            continue
        at = starts.get(id(event), -1)
        key = f"{view.index}:{at}"
        speakers = reading.shared.get(f"reporters:{key}")
        if not isinstance(speakers, tuple) or reading.shared.get(f"trailing:{key}") \
                or (at > 0 and w[at - 1] == "to"):
            continue
        said = [r for r in speakers if any(_speaks(w, view, sp, titles) for sp in view.spans
                                           if r in sp.actors and sp.end <= at)]
        if said:
            held.append((event, tuple(said), view.index))


def _speaks(w: Sequence[str], view: SentenceView, span: ActorSpan,
            titles: frozenset[str]) -> bool:
    """Whether ``span`` can be the subject of a report: not a possessive or a modifier
    ("Iran's ambassador", "the Iran-aligned Houthis"), not the object of a preposition
    ("spokesman for the Houthis"), not a title the name after it in apposition names
    ("Congo's foreign minister, Therese Kayikwamba Wagner, told", "Chinese foreign ministry
    spokesman Zhao Lijian said")."""
    if span.attributive or (span.end < view.end and w[span.end] in ("'s", "’s", "'", "-")):
        return False
    before = span.start - 1
    while before >= view.start and w[before] in ("the", "a", "an"):
        before -= 1
    if before >= view.start and w[before] in _NOT_SPEAKER_BEFORE:
        return False
    name = next((sp for sp in view.spans if sp.start >= span.end and sp.kind == "name"), None)
    return name is None or name.start - span.end > 4 or not all(
        w[i] == "," or w[i] in titles for i in range(span.end, name.start))


_AT_PLACE = frozenset({"in", "at", "near", "outside", "inside"})


def _placed_at(reading: DocReading, sentence: int, place: str | None) -> bool:
    """Whether ``place`` is named in sentence ``sentence`` after a locative preposition ("in
    the regional capital Mekelle"), as where an act happened, not as what it hit."""
    if not place:
        return False
    view = reading.view(sentence)
    w = reading.words
    first = place.lower().split()[0]
    for i in range(view.start + 1, view.end):
        if w[i] == first:
            j = i - 1
            while j > view.start and w[j] not in _AT_PLACE and w[j] not in (",", "and", "had",
                                                                            "has", "said"):
                j -= 1
            if w[j] in _AT_PLACE and i - j <= 4:
                return True
    return False


_DEFENCE_NAME = re.compile(r"\b(?:defen[cs]e|army|armed forces|military|police)\b", re.IGNORECASE)


def _fighting_body(state: DocState, actor: str) -> bool:
    """Whether ``actor`` is a force that fights: an armed group, a state's military, police or
    intelligence, or its defence ministry."""
    entry = state.actor_entry(actor)
    if entry is None:
        return False
    if entry.type == "armed_group" or _security_body(state, actor):
        return True
    return entry.type == "government" and _DEFENCE_NAME.search(entry.name) is not None


def _security_body(state: DocState, actor_id: str) -> bool:
    """Whether ``actor_id`` is a state's security body: a KB body for the military, police or
    intelligence sector, or a country's own police or military read from the text ("Malian
    soldiers")."""
    kb = state.kb.actors.get(actor_id)
    if kb is not None and kb.represents and kb.represents.get("sector") in _ARRESTING_SECTORS:
        return True
    body = home_body(actor_id)
    return body is not None and body[1] in ("police", "military")


def _charged_attacks(events: list[Event], state: DocState, reading: DocReading,
                     notes: dict[int, EventNote]) -> list[Event]:
    """"Zelenskiy said Russian troops had set off explosives inside the dam", "Sarfraz Bugti said
    the militants were deliberately killing unarmed civilians": who reports an attack by
    another side charges the attacker with it (an ACCUSE of the speaker, told by the writer)
    where the charge is disputed in the article, that is where the attacker's side accuses
    or rebuts the speaker's side (or answers no one in particular) -- "Kyiv and Moscow trade
    blame". Not a speaker of the attacker's own camp, nor a fighting force (an army, a
    police, an armed group or a defence ministry), whose communiques tell the battle rather
    than charge anyone ("The Indian army said Pakistani shelling killed 12 civilians"); not
    twice when the sentence already has the charge."""
    held = reading.shared.get("charged-acts")
    if not isinstance(held, list):
        return events
    found: list[Event] = []
    alive = {id(e) for e in events}
    camp = cache(partial(_camp, state))

    def camps(actors: Sequence[str]) -> set[str]:
        return set().union(*(camp(a) for a in actors))

    for event, speakers, sentence in held:
        if id(event) not in alive or not event.source:
            continue
        own = camps(event.source)
        for speaker in speakers:
            mine = camp(speaker)
            if not own.isdisjoint(mine) or any(_fighting_body(state, a) for a in mine):
                continue
            if not any(e.type in ("ACCUSE", "REJECT") and camps(e.source) & own
                       and (not e.target or camps(e.target) & mine) for e in events):
                continue
            if any(e.type == "ACCUSE" and speaker in e.source and set(e.target) & own
                   and notes[id(e)].sentence == sentence for e in (*events, *found)):
                continue
            charge = replace(event, type="ACCUSE", rule="coder.said-attacked", mode="allege",
                             cameo="112", acled_type=None, acled_sub_type=None, contexts=[],
                             source=[speaker], target=list(event.source), modality="asserted")
            if charge.place_basis != "clause" or not _placed_at(reading, sentence,
                                                                charge.place_text):
                # where the charge is made is not told; the act's own place ("had attacked
                # the army's Northern Command in the regional capital Mekelle") is where the
                # charge is about, not a city attacked as such ("had attacked Almaty")
                charge.place = charge.place_text = charge.place_basis = None
            notes[id(charge)] = EventNote(sentence)
            found.append(charge)
    return events + found


# A denial of any part in an act: told as a denial (REJECT) by whoever says it, or only as the
# act denied (``assault.not-involved-in``).
_DENIED_PART_RULES = frozenset({"reject.nothing-to-do-with", "assault.not-involved-in"})
_DENIED_PART_EVENTS = frozenset({"coder.denied-part", "assault.not-involved-in"})
# What a denial of a part names besides the attack nouns of ``references`` ("no connection to
# the incident").
_DENIED_ACTS = frozenset({"incident", "incidents"})


def _denied_part(reading: DocReading, view: SentenceView, matches: list[Match],
                 events: list[Event], starts: dict[int, int], notes: dict[int, EventNote],
                 earlier: list[Event]) -> tuple[list[Event], set[int]]:
    """"White House spokesman John Kirby said the United States had played no part in the
    strike", "Rubio said the United States was not involved in the strikes", "Hezbollah said it
    had no connection to the incident": whoever the clause says took no part in an attack the
    noun after the trigger names is told not to have made it (an ASSAULT, negated: no
    alignment), aimed at whom the latest earlier attack of that word (else the latest one with
    a target) hit, not one the denier is said to have made; the denial itself stays the
    speaker's REJECT. No act noun ("had nothing to do with the decision"), no attack told
    before, or no one taking part named: nothing (and no event of ``assault.not-involved-in``).
    Returns the events it adds and the ids of the events it drops."""
    found: list[Event] = []
    dropped: set[int] = set()
    words, c = reading.words, reading.cues
    for event in events:
        if event.rule not in _DENIED_PART_RULES:
            continue
        if event.type == "ASSAULT":
            dropped.add(id(event))  # (kept below once its act is found)
        if event.modality in ("hypothetical", "planned"):
            continue
        start = starts.get(id(event), -1)
        match = next((m for m in matches if m.start == start and m.pattern.id == event.rule),
                     None)
        if match is None:
            continue
        noun = ""
        for j in range(match.end, min(view.end, match.end + c.reference_window)):
            if words[j] in (",", ";", ".", "and", "but", "which", "that"):
                break
            if "ASSAULT" in c.reference_nouns.get(words[j], ()) or words[j] in _DENIED_ACTS:
                noun = words[j]
                break
        if not noun:
            continue
        if event.type == "REJECT":
            plain = replace(match.pattern, type="ASSAULT", source=("subject",), target=())
            subject = find_arguments(reading, view, match.with_pattern(plain)).source
        else:
            subject = list(event.source)
        if subject and words[max(view.start, match.start - 2):match.start] in (
                ["his", "country"], ["her", "country"], ["its", "country"]):
            # "Defence Minister Khawaja Asif said his country had nothing to do with the
            # attack": the state of the one the pronoun stands for
            states = (state_of(reading.state.kb, code) for code in
                      filter(None, map(reading.actor_country, subject)))
            subject = list(dict.fromkeys(s.id for s in states if s is not None))
        if not subject:
            continue
        acts = [e for e in reversed(earlier) if e.type == "ASSAULT" and e.target
                and e.modality not in ("hypothetical", "planned", "negated")
                and not set(subject) & set(e.source)]
        # (the story's act, not one of its background: "a strike in 2014")
        acts = [e for e in acts if e.modality != "historical"] or acts
        if not acts:
            continue
        # the act of that word, else the first act told in the latest sentence with one
        # ("Israeli jets struck the consulate ..., killing seven officers": the strike)
        stem = noun[:4]
        act = next((e for e in acts if stem in (e.evidence.trigger or "").lower()),
                   [e for e in acts if e.evidence.text == acts[0].evidence.text][-1])
        # (the act denied is dated as told: "the strike" of Monday; the denial names no place)
        when = {"date": act.date, "date_precision": act.date_precision}
        if event.type == "ASSAULT":
            dropped.discard(id(event))
            event.target = [a for a in act.target if a not in subject]
            event.place = event.place_text = event.place_basis = None
            for key, value in when.items():
                setattr(event, key, value)
            continue
        if any(e.type == "ASSAULT" and e.modality == "negated" and set(e.source) & set(subject)
               for e in (*events, *found)):
            continue
        denied = replace(event, type="ASSAULT", rule="coder.denied-part", mode=None,
                         cameo="190", acled_type=None, acled_sub_type=None, contexts=[],
                         source=list(subject),
                         target=[a for a in act.target if a not in subject],
                         modality="negated", place=None, place_text=None, place_basis=None,
                         **when)  # type: ignore[arg-type]
        notes[id(denied)] = EventNote(view.index)
        found.append(denied)
    return found, dropped


# Acts that may cover a whole country ("a nationwide curfew", "protests across the country").
_NATIONWIDE_TYPES = frozenset({"COERCE", "PROTEST"})
_COUNTRY_WIDE = (("across", "the", "country"), ("throughout", "the", "country"),
                 ("across", "the", "nation"), ("all", "over", "the", "country"))


def _nationwide(words: Sequence[str], view: SentenceView, match: Match) -> bool:
    """Whether the trigger of ``match`` is told as covering the whole country: "nationwide"
    right before or after it ("a nationwide curfew", "imposed a curfew nationwide"), or
    "across the country" a few words after it, before any punctuation ("cut mobile internet
    and broadband services across the country")."""
    if "nationwide" in words[max(view.start, match.start - 2) : match.start]:
        return True
    stop = min(view.end, match.end + 6)  # (the "and" of "internet and broadband" may cut)
    for k in range(match.end, stop):
        if words[k] in (",", ";", ".", ":", "\"", "after", "while", "when", "as", "but"):
            return False
        if words[k] == "nationwide" or any(
                tuple(words[k : k + len(p)]) == p for p in _COUNTRY_WIDE):
            return True
    return False


# Words before a protest noun that make it only recalled ("since the protests began").
_RECALLING = frozenset({"since", "until", "after", "before", "if", "when", "while", "once"})
_RELATIVES = frozenset({"that", "which"})


def _story_crowd(reading: DocReading) -> list[str]:
    """The article's one crowd actor (its only actor with mentions of a crowd sector), if any."""
    key = "story_crowd"
    found = reading.shared.get(key)
    if found is None:
        sectors = reading.cues.crowd_sectors
        crowds = list(dict.fromkeys(m.actor_id for m in reading.state.mentions
                                    if m.sector in sectors and m.actor_id))
        found = reading.shared[key] = crowds if len(crowds) == 1 else []
    return list(found)  # type: ignore[call-overload]


def _protesting_crowd(reading: DocReading, story: Sequence[Event]) -> list[str]:
    """The crowd whose protests the story tells up to here: the article's one crowd actor,
    else the crowd that is every source of the latest protest or riot told as done ("clashes
    between police and supporters of opposition leader Ousmane Sonko")."""
    crowd = _story_crowd(reading)
    if crowd:
        return crowd
    sectors = reading.cues.crowd_sectors
    crowds = {m.actor_id for m in reading.state.mentions if m.sector in sectors and m.actor_id}
    for event in reversed(story):
        if event.type in ("PROTEST", "ASSAULT") and event.modality in ("asserted", "reported") \
                and event.source and all(a in crowds for a in event.source):
            return list(event.source)
    return []


def _outbreak_crowd(reading: DocReading, view: SentenceView, match: Match
                    ) -> tuple[list[str], bool]:
    """The crowd whose protest a sourceless protest noun tells when the noun is the subject of
    a verb of a protest breaking out or spreading ("Protests that began at her funeral ...,
    in Kurdistan province, have since spread to dozens of cities", "as protests over woman's
    death spread"): the story's one crowd (``_story_crowd``); none for a protest recalled
    ("since the protests began") or a noun with no such verb. With it, whether the noun's
    relative clause tells the outbreak ("the nationwide protests that erupted after ..."): the
    protest is then presupposed by the writer, whoever's words hold the noun."""
    c = reading.cues
    if not c.crowd_outbreaks:
        return [], False
    words = reading.words
    if any(w in _RECALLING for w in words[max(view.start, match.start - 3) : match.start]):
        return [], False
    relative = match.end < view.end and words[match.end] in _RELATIVES
    for j in range(match.end, min(view.end, match.end + c.crowd_outbreak_window)):
        word = words[j]
        if word in (";", ":", ".") or (word == "," and not relative):
            return [], False
        if word in c.crowd_outbreaks and words[j - 1] != "to" and (
                word != "broke" or (j + 1 < view.end and words[j + 1] == "out")):
            # (not "exploiting the protests to spread violence": an aim, not the protests')
            return _story_crowd(reading), relative and j == match.end + 1
    return [], False


def _outbreak_scene(reading: DocReading, view: SentenceView, match: Match, anchors: Anchors,
                    events: Iterable[Event], crowd: list[str], presupposed: bool) -> None:
    """The place and modality of a crowd's protest told by an outbreak (``_outbreak_crowd``):
    a place named after the noun is its own; one named before it, of another clause, gives way
    to the crowd's country where the article names it as a place (the strikes "in northern
    Iraq" of "... accusing them of stoking the nationwide protests that erupted" are not where
    the protests are); a protest the writer presupposes
    is asserted even inside another's words."""
    country = next((reading.actor_country(a) for a in crowd if reading.actor_country(a)), None)
    country = country or story_country(reading.state)
    tokens = reading.state.tokens
    noun_at = tokens.idx[match.start] - tokens.idx[view.start]
    for event in events:
        if event.place_text and event.evidence.text.find(event.place_text, noun_at) < 0:
            place = anchors.country_place(country)
            event.place, event.place_text = (place.id, place.name) if place else (None, None)
            event.place_basis = "sentence" if place else None
        if presupposed and event.modality == "reported":
            event.modality = "asserted"


# Rules of fighting beside someone: "against" after their allies names whom they all fight.
_ALONGSIDE_RULES = frozenset({"cooperate.fight-alongside"})


def _allies_fight_against(reading: DocReading, view: SentenceView, events: list[Event],
                          starts: dict[int, int], notes: dict[int, EventNote]) -> list[Event]:
    """"Fano ... fought alongside the federal army and Amhara special forces against Tigrayan
    forces": each side of the alliance attacks the actors named right after the "against" that
    closes the allies' list, in the trigger's clause."""
    words = reading.words
    found: list[Event] = []
    for event in events:
        if event.rule not in _ALONGSIDE_RULES or not event.source or not event.target:
            continue
        start = starts[id(event)]
        clause = view.clause_at(start)
        k = next((i for i in range(start + 1, clause.end) if words[i] == "against"), None)
        if k is None or any(words[i] in (",", ";") for i in range(start, k)):
            continue
        j = k + 1
        while j < clause.end and words[j] in reading.cues.determiners and j not in view.by_start:
            j += 1
        span = next((x for x in view.by_start.get(j, ()) if not x.locative), None)
        if span is None:
            continue
        foes = [a for a in span.actors if a not in event.source and a not in event.target]
        acled = _acled_for("ASSAULT", "ground", event.source, reading)
        for side in dict.fromkeys([*event.source, *event.target]):
            if not foes:
                break
            attack = replace(event, type="ASSAULT", mode="ground", rule="assault.fight-against",
                             cameo="190", acled_type=acled[0], acled_sub_type=acled[1],
                             contexts=list(event.contexts), source=[side], target=list(foes))
            found.append(attack)
            starts[id(attack)] = start
            notes[id(attack)] = replace(notes[id(event)])
    return found


# Words that may stand between a gapped subject and its number ("and the United States
# around 1,100").
_GAP_QUANTITY = frozenset({"about", "around", "some", "nearly", "roughly", "almost", "over",
                           "approximately", "an", "estimated", "more", "than", "at", "least"})


def _gapped(reading: DocReading, view: SentenceView, events: list[Event],
            starts: dict[int, int], notes: dict[int, EventNote]) -> list[Event]:
    """"France keeps about 1,500 troops in the country and the United States around 1,100":
    an actor after a closing "and" with only a number after it (the verb and its object left
    out) does what the clause's event did, to the same target."""
    if not events:
        return []  # no event of the clause to repeat
    words = reading.words
    found: list[Event] = []
    for span in view.spans:
        j = span.start - (1 if words[span.start - 1] == "the" else 0)
        if j - 1 <= view.start or words[j - 1] != "and" or span.kind not in NAME_KINDS:
            continue
        k = span.end
        while k < view.end and words[k] in _GAP_QUANTITY:
            k += 1
        if not (k < view.end and words[k].replace(",", "").isdigit()) or \
                (k + 1 < view.end and words[k + 1] not in (".", ";", ",", "\"")):
            continue
        repeated = _done_again(span, events, starts, notes, j)
        if repeated is not None:
            found.append(repeated[1])
    return found


def _done_again(span: ActorSpan, events: list[Event], starts: dict[int, int],
                notes: dict[int, EventNote], before: int,
                first: bool = False) -> tuple[Event, Event] | None:
    """The latest event told before token ``before`` by others than ``span``'s actors (the
    first one, with ``first``), and its copy done by them to the same target (less
    themselves), with the same note; None when the clause told none."""
    told = [e for e in events if starts.get(id(e), before) < before and e.source
            and not set(span.actors) & set(e.source)]
    if not told:
        return None
    model = (min if first else max)(told, key=lambda e: starts[id(e)])
    copy = replace(model, source=list(span.actors),
                   target=[t for t in model.target if t not in span.actors])
    notes[id(copy)] = notes[id(model)]
    return model, copy


# "Niger followed suit", "Burkina Faso did the same": the act of the clause before, again.
_SUIT = (("followed", "suit"), ("follows", "suit"), ("follow", "suit"), ("did", "the", "same"),
         ("did", "likewise"))
_SUIT_FIRSTS = frozenset(p[0] for p in _SUIT)
_SUIT_PATTERN = Pattern(id="coder.followed-suit", kind="verb", triggers=("follow suit",),
                        forms=(), origin="coder.py")
_BEFORE_SUIT = frozenset({"has", "have", "had", "also", "quickly", "soon", "later", "swiftly",
                          "promptly", "then", "would", "will", "to"})


def _followed_suit(reading: DocReading, view: SentenceView, events: list[Event],
                   starts: dict[int, int], notes: dict[int, EventNote],
                   anchors: Anchors) -> list[Event]:
    """"Mali's military government has broken off diplomatic relations with Ukraine ..., and
    neighbouring Niger followed suit on Tuesday": an actor that "followed suit" (or "did the
    same") did the act told before it in its sentence, to the same target, on the day its own
    clause gives."""
    words = reading.words
    if not events or _SUIT_FIRSTS.isdisjoint(words[view.start : view.end]):
        return []
    found: list[Event] = []
    for span in view.spans:
        k = span.end
        while k < view.end and words[k] in _BEFORE_SUIT:
            k += 1
        phrase = next((p for p in _SUIT if tuple(words[k : k + len(p)]) == p), None)
        if phrase is None or span.attributive or span.kind not in NAME_KINDS:
            continue
        # the act of the sentence's first clause, not one told inside it ("has broken off
        # relations with Ukraine over remarks ... that Kyiv had helped rebels inflict heavy
        # losses ..., and neighbouring Niger followed suit")
        repeated = _done_again(span, events, starts, notes, span.start, first=True)
        if repeated is None:
            continue
        model, copy = repeated
        # The day of the actor's own clause ("followed suit on Tuesday"), else none.
        day = anchors.date_for(view, Match(_SUIT_PATTERN, "base", k, k + len(phrase),
                                           tuple(range(k, k + len(phrase)))))
        copy.date, copy.date_precision = (day[0], day[1]) if day else anchors.publication()
        # "cut ties with Ukraine and Burkina Faso did the same": the follower is no target
        model.target = [t for t in model.target if t not in span.actors]
        found.append(copy)
    return found


# ", as did Iraq and Oman", "and so did France": the verbs that stand for the act told before.
_AS_DID = frozenset({("as", "did"), ("as", "have"), ("as", "has"), ("as", "had"),
                     ("so", "did"), ("so", "have"), ("so", "has")})
# What may join the actors after it ("as did Iraq, Oman and the Arab League").
_AS_DID_JOINS = frozenset({",", "and", "the", "also", "neighbouring", "neighboring"})


def _as_did(reading: DocReading, view: SentenceView, events: list[Event],
            starts: dict[int, int], notes: dict[int, EventNote]) -> list[Event]:
    """"The United Arab Emirates welcomed the agreement, as did Iraq and Oman", "Britain
    condemned the attack, and so did France": the actors named right after "as did" (or "so
    did", "as have") did the act told just before it in their sentence, to the same target."""
    words = reading.words
    if not events or ("as" not in words[view.start : view.end]
                      and "so" not in words[view.start : view.end]):
        return []
    found: list[Event] = []
    for k in range(view.start + 1, view.end - 2):
        if (words[k], words[k + 1]) not in _AS_DID or words[k - 1] not in (",", "and"):
            continue
        j = k + 2
        for span in view.spans[view.first_from(j):]:
            if any(w not in _AS_DID_JOINS for w in words[j : span.start]):
                break
            if span.kind in NAME_KINDS and not span.attributive:
                repeated = _done_again(span, events, starts, notes, k)
                if repeated is not None:
                    found.append(repeated[1])
            j = span.end
    return found


# What may stand between an attack noun and the verb it is the subject of ("73 strikes *had*
# killed"), and the verbs that say an attack named by a noun happened ("The offensive *began*").
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "also", "reportedly", "later",
                          "again", "then", "soon"})
_BEGAN = frozenset({"began", "begun", "started"})
# ... and the verbs of a fight going on ("The fighting continued into Tuesday", "The fighting
# later spread to Bahri"): the fight just told, told again.
_GOES_ON = frozenset({"continued", "raged", "intensified", "resumed", "escalated",
                      "erupted", "flared", "spread"})
# ... and what an attack named by a noun does to what it hits ("The strikes destroyed gathering
# places of terrorist groups", "the raids damaged public property").
_WRECKED = frozenset({"destroyed", "damaged", "levelled", "leveled", "flattened", "wrecked",
                      "demolished"})
# ... but a fight going on named in a time clause ("since the clashes broke out", "while the
# fighting continued") only dates something else.
_SINCE = frozenset({"since", "until", "till", "before", "after", "while", "as", "when", "once",
                    "if", "unless", "whether"})
# What may open the clause before such a noun: "*The* strikes", "*73* strikes".
_TOLD_AGAIN_OPENERS = frozenset({"the", "these", "those", "this", "that"})


def _told_again(view: SentenceView, words: Sequence[str], match: Match,
                matches: Sequence[Match], reporting: Phrases) -> bool:
    """"The strikes hit radar installations", "73 strikes had killed five of the group's
    fighters", "The offensive began on November 27": an attack noun opening its clause as the
    subject of an attack verb (or of "began") tells again the attack just told; with no actor of
    its own it takes that attack's actors. (A noun after a reporting verb that does not act —
    "Biden said the strikes were a response" — is only named.)"""
    first_pattern = match.pattern
    if not (first_pattern.kind == "noun" and first_pattern.type == "ASSAULT") and not any(
            p.kind == "noun" and p.type == "ASSAULT" for p in match.alternatives):
        return False
    first = match.start - 1
    if first < view.start or not (words[first] in _TOLD_AGAIN_OPENERS or words[first].isdigit()):
        return False
    # The clause opens there, or a claim does: "Saree said 73 strikes had killed ..."
    if first != view.clause_at(match.start).start and not (
            words[first - 1] == "that" or reporting.match_at(words, first - 1, first) > 0):
        return False
    k = match.end
    if k < view.end and words[k] == ",":
        # "the strikes, code-named Operation Sindoor, targeted ...": past a short aside
        close = next((x for x in range(k + 1, min(view.end, k + 7)) if words[x] == ","), None)
        if close is not None:
            k = close + 1
    while k < view.end and words[k] in _AUXILIARIES:
        k += 1
    if k >= view.end:
        return False
    goes_on = words[k] in _GOES_ON or (words[k] == "broke" and k + 1 < view.end
                                       and words[k + 1] == "out")
    if goes_on and first > view.start and words[first - 1] in _SINCE:
        return False  # "since the clashes broke out", "while the fighting continued"
    return words[k] in _BEGAN or goes_on or words[k] in _WRECKED \
        or _acting_verb(matches, k) is not None


def _acting_verb(matches: Sequence[Match], k: int) -> Match | None:
    """The attack verb trigger starting at token ``k``, if any."""
    return next((v for v in matches if v.start == k and v.pattern.kind == "verb"
                 and v.pattern.type == "ASSAULT"), None)


def _answer_proposal(events: list[Event]) -> None:
    """"Following a UN proposal, both the army and the RSF agreed to a pause": an acceptance
    in the sentence that names whose proposal it was (a proposal or plan, REQUEST of mode
    ceasefire) answers its proposer too."""
    proposers = [a for e in events if e.type == "REQUEST" and e.mode == "ceasefire"
                 and e.rule == "request.initiative" for a in e.source]
    if not proposers:
        return
    for event in events:
        if event.type != "AGREE" or not event.source:
            continue
        extra = [a for a in dict.fromkeys(proposers)
                 if a not in event.source and a not in event.target]
        event.target = [*event.target, *extra]


# Types whose verb trigger and the noun trigger that is its object tell one act ("Serraj signed a
# longer ceasefire document", "which signed the December framework deal").
_ONE_ACT_TYPES = frozenset({"AGREE", "CONSULT", "RETREAT", "COOPERATE", "CONCEDE"})
# Types of what a refusal turns down, named as its object ("rejected calls for a new election",
# "rejected the demands"): someone else's act, not the refuser's.
_REFUSED_TYPES = frozenset({"REQUEST"})


# Acts on a deal that name it by a noun: the deal named is no new agreement.
_DEAL_BREAKING = frozenset({"SANCTION"})


def _object_of_same_act(words: Sequence[str], match: Match, matches: list[Match], c: Cues
                        ) -> bool:
    """A noun trigger that is the object of a verb trigger of the same type (within three
    words, no preposition or comma between) only names what the verb did."""
    if match.pattern.type in _REFUSED_TYPES:
        for verb in matches:
            if verb is not match and verb.pattern.kind == "verb" \
                    and verb.pattern.type == "REJECT" and 0 <= match.start - verb.end <= 2 \
                    and not any(w in c.prepositions or w in (",", "and")
                                for w in words[verb.end:match.start]):
                return True  # "Kobakhidze has rejected calls for a new election": others' calls
    if match.pattern.kind == "phrase" and match.pattern.type == "ACCUSE" and match.start >= 2 \
            and words[match.start - 1] == "as":
        # "an attack Qatar condemned as a flagrant violation": what the condemnation calls the
        # act, not a second accusation
        return any(verb.pattern.kind == "verb" and verb.pattern.type == "ACCUSE"
                   and verb.end == match.start - 1 for verb in matches)
    if match.pattern.kind != "noun":
        return False
    if match.pattern.type == "AGREE":
        for verb in matches:
            if verb.pattern.kind == "verb" and verb.pattern.type in _DEAL_BREAKING \
                    and 0 <= match.start - verb.end <= 6 and "," not in words[verb.end:match.start]:
                return True  # "has suspended its participation in a water-sharing treaty"
    for verb in matches:
        if verb.pattern.kind == "verb" and verb.pattern.reply and \
                verb.pattern.type == match.pattern.type and 0 <= match.start - verb.end <= 3 \
                and "," not in words[verb.end:match.start]:
            return True  # "responded with weeks of air strikes": the answer's own weapon
    if match.pattern.type not in _ONE_ACT_TYPES:
        return False
    for verb in matches:
        if verb.pattern.kind != "verb" or verb.pattern.type != match.pattern.type \
                or not 0 <= match.start - verb.end <= 3:
            continue
        gap = words[verb.end:match.start]
        if not any(w in c.prepositions or w in (",", "and") for w in gap):
            return True
    return False


def _address_after_talks(view: SentenceView, events: list[Event], starts: dict[int, int],
                         c: Cues) -> None:
    """"Rubio had spoken to Kagame and urged an immediate ceasefire", "Biden spoke with
    Netanyahu and restated his concerns": a statement with no addressee, in the clause
    coordinated right after its speaker's talks with someone, is addressed to them."""
    for event in events:
        if event.target or event.type not in c.addressed_after_talks or not event.source:
            continue
        clause = view.clause_at(starts[id(event)])
        if clause.opener != "coord" or clause.index == 0:
            continue
        before = view.clauses[clause.index - 1]
        talks = next((e for e in events if e.type == "CONSULT" and e.target
                      and e.source == event.source
                      and before.start <= starts[id(e)] < before.end), None)
        if talks is not None:
            event.target = list(talks.target)


def _try_pattern(
    reading: DocReading,
    view: SentenceView,
    match: Match,
    args: Arguments,
    anchors: Anchors,
    scope: _Scope | None,
    earlier: list[Event],
    c: Cues,
    again: bool = False,
) -> list[Event] | None:
    """The events of ``match`` read with its pattern, or None when the pattern does not apply
    (``again``: the trigger tells an attack just told, ``_told_again``)."""
    pattern = match.pattern
    if scope is not None and scope.source_role and args.source_spans and all(
            scope.trigger_start <= span.start < scope.start for span in args.source_spans):
        # "Haftar ordered his troops to march on the city": forces named inside the governing
        # trigger act for its giver (and "his" is Haftar's, whoever else the sentence names).
        args.source, args.source_spans = [], []
    if scope is not None and not args.source and scope.source_role:
        governor = scope.governor()
        args.source = list(governor.target if scope.source_role == "object" else governor.source)
        args.target = [a for a in args.target if a not in args.source]
    if pattern.mode == "investigate" and VICTIMS in args.target:
        # "a committee to investigate the killing of civilians": what is investigated is the
        # killers' deed; the victims are not accused of anything
        args.target = [a for a in args.target if a != VICTIMS]
    if pattern.mode == "investigate" and args.target:
        # "ordered an investigation into Amini's death": nor is the one whose death it is
        words = reading.words
        dead = {a for span in args.target_spans if span.end + 1 < len(words)
                and words[span.end] in ("'s", "’s", "'") and words[span.end + 1] in _DEATH_NOUNS
                for a in span.actors}
        args.target = [a for a in args.target if a not in dead]
    if pattern.type == "ASSAULT" and not args.target:
        # "rebels seized Damascus, ending more than five decades of his family's rule": the
        # capture was aimed at the ruler whose rule it ended
        ruler = _ended_rule(reading, view, match, args.source)
        if ruler is not None:
            args.target = [ruler]
    antecedent = False
    toll_of: Event | None = None  # the attack a toll with no doer belongs to
    story = earlier
    kinds = ("ASSAULT",) if again else pattern.antecedent
    if again and not args.source and args.target:
        # "The strikes targeted facilities of Lashkar-e-Taiba": the attack just told, on whom
        # this sentence names.
        prior = None
        for pool in (_recent(reading, view, story, c),
                     [e for e in story if e.modality not in _UNREAL]):
            others = [e for e in pool if not set(e.source) & set(args.target)]
            # "India strikes militant camps ... the strikes": the attack of the same word first
            stem = reading.words[match.end - 1][:4]
            prior = _antecedent([e for e in others if stem in (e.evidence.trigger or "").lower()],
                                kinds) or _antecedent([e for e in others if e.target], kinds) \
                or _antecedent(others, kinds)
            if prior is not None:
                break
        if prior is not None:
            args.source = list(prior.source)
            antecedent = True
    clause = view.clause_at(match.start)
    if not args.source and args.passive and not again and pattern.type == "ASSAULT" \
            and pattern.kind == "verb" and (
                (all(a == VICTIMS for a in args.target)
                 and _in_named_attack(reading.words, match.end, clause.end, c))
                or "no" in reading.words[clause.start:match.start]):
        # "Twenty-six people were killed in the attack", "The train's driver was killed in the
        # first minutes of the assault": a toll with no doer named, in an attack the story
        # just told, is that attack's (a bare toll, "at least 56 civilians had been killed",
        # stays no event); so is a denial that something was hit ("It said no Pakistani military
        # installations had been hit").
        prior = _antecedent([e for e in _recent(reading, view, story, c)
                             if e.modality not in _UNREAL], ("ASSAULT",))
        if prior is not None:
            args.source = list(prior.source)
            antecedent = True
            toll_of = prior
    if not args.source and args.passive and not again and pattern.type == "ASSAULT" \
            and pattern.kind == "verb" and all(a == VICTIMS for a in args.target) \
            and match.start > 0 and reading.words[match.start - 1] in ("was", "were"):
        # "Iranian missiles struck Erbil late on Monday. ... four civilians were killed in
        # Erbil": a toll with no doer named, in the place of an attack just told, is that
        # attack's (not a running toll: "226 people have been killed in El Fasher since").
        prior = _attack_at_place(reading.words, match.end, clause.end, [
            e for e in _recent(reading, view, story, c)
            if e.type == "ASSAULT" and e.modality not in _UNREAL and e.source])
        if prior is not None:
            args.source = list(prior.source)
            antecedent = True
            toll_of = prior
    if not args.source and not args.target and args.passive and not again and not antecedent \
            and pattern.type == "ASSAULT" and pattern.kind == "verb":
        head = _bare_toll(reading.words, view, match)
        if head:
            # "Gunmen stormed a hotel in Mogadishu ... 21 civilians had been killed and 117
            # wounded", "Militants attacked an army base ... Thirty soldiers were killed": a
            # toll of people no actor names, right after an attack the story tells as done, is
            # that attack's; soldiers or police who fell are of the side it hit.
            # (the headline, which only sums the story up, when the body has begun)
            told = [e for e in _recent(reading, view, story, c)
                    if e.type == "ASSAULT" and e.source and e.modality in ("asserted", "reported")
                    and 0 < view.index - _sentence_of(e, reading) <= view.index - (view.index > 1)]
            prior = _antecedent(told, ("ASSAULT",))
            # Only when the attack is the one act of violence just told (not an attack and the
            # riposte to it: whose dead they were is then unsaid), and not in a story of a
            # crowd, whose dead are counted as the protests go on.
            if prior is not None and all(set(e.source) == set(prior.source)
                                         and e.rule not in _RIPOSTES for e in told) \
                    and not _story_crowd(reading) \
                    and (head in _FALLEN_FORCES or VICTIMS in prior.target):
                # (people with no more said of them are the victims of an attack on
                # civilians: of an attack on a side, whose dead they were is unsaid)
                args.source = list(prior.source)
                args.target = [a for a in prior.target if a not in prior.source] \
                    if head in _FALLEN_FORCES else [VICTIMS]
                antecedent = True
                toll_of = prior
    if kinds and not args.source and not args.target:
        earlier = _recent(reading, view, story, c)
        # An attack told again is the latest one told with whom it hit ("struck Houthi targets
        # ..., in retaliation for attacks by the group. The strikes hit ..."), else the latest;
        # "The offensive began on November 27" after a paragraph on other things is still the
        # story's attack.
        prior = (again and _antecedent([e for e in earlier if e.target], kinds)) or \
            _antecedent(earlier, kinds, pattern.symmetric)
        if again and prior is None:
            told = [e for e in story if e.modality not in _UNREAL]
            prior = _antecedent([e for e in told if e.target], kinds) or _antecedent(told, kinds)
        if prior is not None:
            args.source, args.target = list(prior.source), list(prior.target)
            antecedent = True
            if pattern.type == "ASSAULT":
                args.retold = prior  # "Aleppo fell within days": taken in that offensive
    if pattern.reply and args.source and not args.target:
        # "Baku rejects the charge": the reply goes to whoever made it.
        if earlier is story:
            earlier = _recent(reading, view, story, c)
        if pattern.id in _INTERCEPTIONS:
            # "... have fired drones and missiles at Israel since the war in Gaza began with a
            # Hamas attack. Most were intercepted": what is shot down was launched, so the
            # interception answers the latest attack with weapons that fly
            earlier = [e for e in earlier if e.mode in _LAUNCHED_MODES] or earlier
        prior = _replied(earlier, pattern.reply, args.source)
        if prior is not None:
            args.target = [a for a in prior.source if a not in args.source]
            args.target += _accusers_bodies(reading, args.target, args.source)
            antecedent = True
    if args.source and not args.target and pattern.antecedent \
            and "antecedent" in pattern.target:
        # "Australia, Bahrain, Canada and the Netherlands provided support" after the strikes
        # the story told: the help goes to those who carried out the latest act of its kinds
        # told with whom it hit (none of the helpers among them).
        told = [e for e in story if e.target and e.modality not in _UNREAL
                and not set(e.source) & set(args.source)]
        prior = _antecedent(told, pattern.antecedent)
        if prior is not None:
            args.target = [a for a in prior.source if a not in args.source]
            antecedent = bool(args.target)
    if pattern.type == "ASSAULT" and args.source and not args.target:
        args.target = _killed_when(reading, view, match, args.source)
    if not args.source and not antecedent and _named_toll(reading, view, match, args, c):
        args.toll = True  # completion names the doer: the side the dead are seen fighting
    arrester = False
    # an arrest told in the passive with no agent ("was detained", "293 people were arrested")
    agentless_arrest = not args.source and args.passive and pattern.mode == "arrest" \
        and pattern.kind == "verb" and pattern.sourceless
    held_at = _counted_held(reading.words, view, match) if agentless_arrest else -1
    if held_at >= 0 and args.target_spans and all(sp.end <= held_at for sp in args.target_spans):
        # "... 18 members of the security forces had died, and that 4,404 people had been
        # detained": those held are the count, not an actor named before it
        args.target, args.target_spans = [], []
    if agentless_arrest and not again and not antecedent and args.target:
        # (not a bare count, "293 people had been detained": whom completion finds they were
        # is too loose a guess to give it an arrester)
        args.source = [a for a in _agentless_arrester(reading, view, match, clause, story)
                       if a not in args.target]
        arrester = bool(args.source)
    elif held_at >= 0 and not args.target and not again and not antecedent \
            and (crowd := _protesting_crowd(reading, story)):
        # "The Interior Ministry said 293 people had been detained since the protests began",
        # "hundreds had been arrested": a bare count held in a story of a crowd's protests is
        # the round-up of that crowd by the country's arresting body (the speaker's, else the
        # one the story names); no arrester found, no event
        args.source = [a for a in _agentless_arrester(reading, view, match, clause, story)
                       if a not in crowd]
        if not args.source:
            return None
        args.target = crowd
        args.tally = arrester = True
    if args.source and not args.target and pattern.id in CROWD_WEAPONS:
        # "Police fired tear gas to disperse them", "... in a failed attempt to hold back the
        # crowds": tear gas and water cannon are turned on the story's crowd
        args.target = [a for a in _story_crowd(reading) if a not in args.source]
    if pattern.type == "THREATEN" and args.source and not args.target and not again:
        # "condemned the attack and said those responsible would pay a very heavy price",
        # "vowed to hunt down those behind the attack": the threat is aimed at whoever carried
        # out the latest attack the article told before it
        args.target = _perpetrators_told(reading, view, match, story, args.source)
        antecedent = antecedent or bool(args.target)
    pair = pattern.symmetric and len(set(args.source) | set(args.target)) >= 2
    if "source" in pattern.require and not args.source:
        return None
    if "target" in pattern.require and not args.target and not pair and not args.collective \
            and not (pattern.symmetric and args.collective_source):
        return None  # ("spoke to both sides", "the two sides met": filled in by completion)
    if not args.target and not pair and not args.collective and not args.collective_source \
            and _fights_where(reading.words, match):
        return None
    if not args.source and not (pattern.sourceless and args.target) \
            and not args.collective_source and not args.toll:
        return None  # who did it is what an event row is for ("the two sides": completion's)
    made = _events(reading, view, match, args, anchors, scope, antecedent, c)
    if arrester and not _home_arrests(reading.state, made):
        # "was arrested in 2019", "calls for him to be arrested", "was detained in Paris": no
        # arrest by the story's own forces now (and a count of people held then is no event)
        if args.tally:
            return None
        for event in made:
            event.source = []
    if toll_of is not None and toll_of.date and anchors.date_for(view, match) is None:
        for event in made:  # the toll of an attack told before: that attack's day
            event.date, event.date_precision = toll_of.date, toll_of.date_precision
    return made


# Sectors of a state's bodies that arrest people.
_ARRESTING_SECTORS = frozenset({"military", "police", "intelligence"})
# Names of bodies that arrest people (police, security, intelligence, prosecutors, the army, a
# junta), not of a council that only bears the word ("National Security Council").
_ARRESTING_NAME = re.compile(
    r"\b(?:police|policemen|security (?:forces|service|services|committee|agency|agencies)|"
    r"intelligence|prosecutor|prosecutors|prosecution|army|armed forces|military|gendarmerie|"
    r"guard|guards|rangers|junta|fsb|knb)\b", re.IGNORECASE)
# Names of a state's police and security forces, the arresters of a story whose arrests name
# no one ("Haitian National Police", "Kazakh security forces").
_POLICE_NAME = re.compile(r"\b(?:police|security forces|gendarmerie)\b", re.IGNORECASE)


def _arresting(state: DocState, actor_id: str, home: str) -> bool:
    """Whether ``actor_id`` is a body of the story's country that arrests people: its police,
    security, intelligence, prosecution or military, or its junta or ruling government (not a
    person, a ministry or a foreign body)."""
    entry = state.actor_entry(actor_id)
    if entry is None or entry.type in ("person", "international_org", "state") \
            or entry.country != home:
        return False
    if _security_body(state, actor_id):
        return True
    kb = state.kb.actors.get(actor_id)
    if kb is not None and is_ruling_body(kb):
        return True
    names = [entry.name, *(kb.descriptors if kb is not None else ())]
    return any(_ARRESTING_NAME.search(n) is not None for n in names) \
        and "council" not in entry.name.lower()


def _agentless_arrester(reading: DocReading, view: SentenceView, match: Match,
                        clause: Clause, story: Sequence[Event] = ()) -> list[str]:
    """"The KNB said its former chairman ... was detained on Thursday", "Ortiz was arrested
    late on Monday, police said", "Khan was taken into custody, the minister said" (in a story
    that names the country's police): an arrest told in the passive with no
    agent is the speaker's when the speaker is a police, security, intelligence, prosecution or
    military body or the junta or government of the story's country, else that of the
    country's police or security forces the story names, else no one's (a minister, a judge or
    a foreign leader who tells of it made no arrest). In a story of a coup the story tells as
    done now, whoever staged it holds the officials it names in the passive ("Myanmar's
    military seized power ... Several ministers were also detained, party officials said"),
    unless the one held is a crowd (whom the police hold)."""
    w = reading.words
    if any(x in ("not", "never", "n't", "no") for x in w[clause.start:match.start]):
        return []
    state = reading.state
    home = story_country(state)
    if home is None:
        return []
    spans = reporters(reading, view, match) or []
    for span in spans:
        found = [a for a in span.actors if _arresting(state, a, home)]
        if found:
            return found[:1]
    maker = _fellow_arrester(state, story, home) or _coup_maker(state, story, home)
    if maker and not any(m.sector in reading.cues.crowd_sectors
                         for m in state.mentions if m.sentence == view.index
                         and m.tok_start >= clause.start and m.tok_end <= match.start):
        return maker
    for m in state.mentions:
        entry = state.actor_entry(m.actor_id)
        if entry is not None and entry.type != "person" and entry.country == home \
                and _POLICE_NAME.search(entry.name) is not None \
                and _arresting(state, m.actor_id, home):
            return [m.actor_id]
    return []


# Words between a count of people held and the passive verb ("had also been detained").
_HELD_BEFORE_VERB = frozenset({"had", "have", "has", "been", "was", "were", "also", "reportedly",
                               "since", "then", "later", "all"})
_HELD_PEOPLE = frozenset({"people", "persons", "others", "individuals"})
_HELD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores"})


def _counted_held(words: Sequence[str], view: SentenceView, match: Match) -> int:
    """Where the bare count of people that no actor names starts, when the passive arrest
    verb of ``match`` is told of one: "293 people had been detained", "more than 2,000 people
    have been arrested", "hundreds had been arrested", "dozens of people were detained"; -1
    when it is not ("the 293 people", a named crowd, "he was detained")."""
    k = match.start
    while k > view.start and words[k - 1] in _HELD_BEFORE_VERB:
        k -= 1
    if not {"been", "were"} & set(words[k : match.start]) or k <= view.start \
            or view.span_at(k - 1) is not None:
        return -1
    count_at = k - 1
    if words[count_at] in _HELD_PEOPLE:
        count_at -= 1
        if count_at > view.start and words[count_at] == "of" \
                and words[count_at - 1] in _HELD_COUNTS:
            count_at -= 1  # "dozens of people"
    if count_at < view.start or not (words[count_at] in _HELD_COUNTS
                                     or words[count_at].replace(",", "").isdigit()):
        return -1
    before = words[count_at - 1] if count_at > view.start else ""
    return -1 if before in ("the", "these", "those", "its", "their", "his", "her", "of") \
        else count_at


def _fellow_arrester(state: DocState, story: Sequence[Event], home: str) -> list[str]:
    """The arrester of the latest arrest ``story`` tells as done now by one arresting body of
    the story's country: "soldiers detained Prime Minister Abdalla Hamdok ... Several
    ministers ... were also arrested" (the same round-up)."""
    for event in reversed(story):
        if event.type == "COERCE" and event.mode == "arrest" and len(event.source) == 1 \
                and event.modality in ("asserted", "reported") \
                and _arresting(state, event.source[0], home):
            return list(event.source)
    return []


def _coup_maker(state: DocState, story: Sequence[Event], home: str) -> list[str]:
    """The one maker of the latest coup ``story`` tells as done now (not recalled, planned or
    denied) against a ruler of the story's country: an arresting body of that country or a
    person who holds none (the junta's leader)."""
    for event in reversed(story):
        if event.type != "COERCE" or event.mode != "coup" or \
                event.modality not in ("asserted", "reported") or len(event.source) != 1:
            continue
        maker = event.source[0]
        entry = state.actor_entry(maker)
        if entry is None or entry.country != home or maker in event.target:
            continue
        if _arresting(state, maker, home) or entry.type == "person":
            return [maker]
    return []


def _home_arrests(state: DocState, made: list[Event]) -> bool:
    """Whether the arrests ``made`` are told as done now and at home (not negated, planned or
    history, and not in a place of another country)."""
    home = story_country(state)
    for event in made:
        if event.modality not in ("asserted", "reported"):
            return False
        if event.date and (event.date_precision == "year" or (
                state.published is not None
                and event.date < (state.published - datetime.timedelta(days=60)).isoformat())):
            return False  # "was arrested in 2009": background
        if event.place is not None:
            place = next((p for p in state.places if p.id == event.place), None)
            if place is not None and place.country is not None and place.country != home:
                return False
    return True


# Passive verbs of a toll: "had been killed", "were wounded".
_TOLL_VERBS = frozenset({"killed", "wounded", "injured", "attacked", "ambushed", "shelled",
                         "bombed", "targeted"})
_TOLL_AUXILIARIES = frozenset({"was", "were", "been"})
# Acts a toll may be told in that are not attack triggers of their own ("killed in the
# shootout", "died in the crossfire"): the toll is that act's, told before.
_TOLL_ACTS = frozenset({"shootout", "shoot-out", "firefight", "gunfight", "crossfire", "explosion",
                        "explosions", "blast", "blasts", "incident", "violence", "unrest",
                        "stampede", "crash", "fire", "exchange", "fighting", "clashes", "clash",
                        "battle", "battles", "operation", "raid", "attack", "attacks", "strike",
                        "strikes", "bombing", "shelling", "ambush", "assault"})
# Things of a side that are hit for it: "Congolese army positions were attacked".
_TOLL_OWNED = frozenset({"positions", "posts", "bases", "base", "convoy", "convoys", "outposts",
                         "outpost", "checkpoints", "checkpoint", "patrol", "patrols"})
_TOLL_BETWEEN = _TOLL_AUXILIARIES | _TOLL_OWNED | {
    "had", "have", "has", "also", "all", "reportedly", "later", "again", "both", "members",
    "fighters", "soldiers", "military", "army"}


# Heads of a toll of people no actor names ("21 civilians", "at least 12 people", "Thirty
# soldiers"); the forces among them fell on the side the attack hit.
_FALLEN_FORCES = frozenset({"soldiers", "troops", "officers", "policemen", "police", "guards",
                            "peacekeepers", "personnel", "servicemen", "gendarmes", "marines"})
_TOLL_PEOPLE = frozenset({"people", "persons", "civilians", "villagers", "residents", "children",
                          "women", "men", "students", "pupils", "worshippers", "passengers",
                          "bystanders"}) | _FALLEN_FORCES
# Words of a count before them ("at least 21", "more than 100", "dozens of", "Thirty").
_COUNT_WORDS = frozenset({"at", "least", "more", "than", "over", "nearly", "about", "around",
                          "some", "up", "to", "almost", "roughly", "dozens", "hundreds", "scores",
                          "thousands", "of", "several", "two", "three", "four", "five", "six",
                          "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                          "twenty", "thirty", "forty", "fifty", "another", "other", "a", "one"})
# Acts that answer an attack: after them, whose dead a toll counts is unsaid ("troops repelled
# the assailants, killing dozens ... at least 200 people had been killed").
_RIPOSTES = frozenset({"assault.repel-attack", "assault.push-back", "assault.intercept",
                       "assault.shoot-down", "assault.pursue"})
# Words between the dead and the verb of their toll ("had also been killed").
_TOLL_BEFORE_VERB = _TOLL_AUXILIARIES | {"had", "have", "has", "also", "reportedly", "all"}
# What after a toll makes it a running count, not an attack's dead ("since April", "so far").
_RUNNING = frozenset({"since", "overall", "total", "altogether", "cumulative"})
_RUNNING_PAIRS = frozenset({("so", "far"), ("this", "year"), ("last", "year"), ("the", "war"),
                            ("the", "conflict"), ("the", "fighting"), ("the", "insurgency"),
                            ("the", "past"), ("recent", "months"), ("recent", "weeks")})


def _bare_toll(words: Sequence[str], view: SentenceView, match: Match) -> str:
    """The head of a toll of people no actor names, with no doer and no act told after its verb
    ("21 civilians had been killed", "Thirty soldiers were killed and 12 others wounded"), or
    "" when the trigger is none."""
    k = match.start
    if match.end - k != 1 or words[k] not in _TOLL_VERBS or k <= view.start \
            or words[k - 1] not in _TOLL_AUXILIARIES:
        return ""
    while k > view.start and words[k - 1] in _TOLL_BEFORE_VERB:
        k -= 1
    if k <= view.start or words[k - 1] not in _TOLL_PEOPLE or view.span_at(k - 1) is not None:
        return ""
    head = words[k - 1]
    j = k - 2
    while j >= view.start and j > k - 7 and (words[j] in _COUNT_WORDS or words[j][:1].isdigit()):
        j -= 1
    if j == k - 2:
        return ""  # no count: "Civilians were killed" is no toll of this attack
    if j >= view.start and words[j] in ("the", "these", "those", "its", "their", "his", "her"):
        return ""  # "the three soldiers": the dead told before
    clause = view.clause_at(match.start)
    tail = words[match.end:clause.end]
    if any(w in ("when", "as", "after", "during", "while", "in") for w in tail[:2]) \
            or "by" in tail or _RUNNING.intersection(tail) \
            or any(pair in _RUNNING_PAIRS for pair in zip(tail, tail[1:], strict=False)):
        return ""  # the act is told after the verb, or the toll is a running count
    return head


def _sentence_of(event: Event, reading: DocReading) -> int:
    """The index of the sentence ``event`` was told in."""
    return reading.state.sentence_at(event.evidence.start)


def _killed_when(reading: DocReading, view: SentenceView, match: Match, doers: list[str]
                 ) -> list[str]:
    """"Two soldiers and a militiaman were killed when the bomber set off her explosives at
    the gate": an attack told in a "when" clause after a toll is aimed at the dead the toll
    names (not at its own doers)."""
    words = reading.words
    clause = view.clause_at(match.start)
    if clause.index == 0 or clause.opener != "sub" or words[clause.opener_start] != "when":
        return []
    before = view.clauses[clause.index - 1]
    toll = next((k for k in range(before.start + 1, before.end) if words[k] in _TOLL_VERBS
                 and words[k - 1] in _TOLL_AUXILIARIES), None)
    if toll is None:
        return []
    dead = [a for span in view.spans if before.start <= span.start and span.end <= toll
            and not span.locative and not span.attributive for a in span.actors]
    return [a for a in dict.fromkeys(dead) if a not in doers]


def _named_toll(reading: DocReading, view: SentenceView, match: Match, args: Arguments,
                c: Cues) -> bool:
    """"It said 23 Pakistani soldiers had been killed", "Hamas said five of its members were
    killed": a toll of a named side (not of anonymous victims) with no doer named and no attack
    named in its clause is an attack on that side by whom it is seen fighting (completion; with
    no one found, no event). "killed in the clashes" or "killed by gunfire" belong to the
    patterns and references of those words."""
    words = reading.words
    if not (args.passive and match.pattern.type == "ASSAULT" and match.pattern.kind == "verb"
            and match.end - match.start == 1 and words[match.start] in _TOLL_VERBS
            and match.start > view.start and words[match.start - 1] in _TOLL_AUXILIARIES):
        return False
    # The dead are named right before the verb ("Pakistani soldiers had been killed", "a member
    # of its internal security forces was also killed", "five of its members were killed"), not
    # a reporter ("It said ...").
    k = match.start
    span = None
    owned = False  # "Congolese army positions were attacked": the army's, named before them
    while k > view.start and k > match.start - 5 and words[k - 1] in _TOLL_BETWEEN:
        k -= 1
        owned = owned or words[k] in _TOLL_OWNED
        span = view.by_end.get(k)
        if span is not None:
            break
    if span is None or span.locative or (span.attributive and not owned) \
            or VICTIMS in span.actors:
        return False
    if "the" in words[max(view.start, span.start - 3):span.start + 1]:
        return False  # "The three soldiers were killed on Sunday": the dead told before
    dead = [a for member in view.group(span) for a in member.actors]
    clause = view.clause_at(match.start)
    # "killed in an air strike", "killed by a drone", "killed when a mortar hit": the act is
    # named after the verb (its own trigger); a bare toll ends there or gives a time or place.
    tail = words[match.end:clause.end]
    if any(w in ("by", "when", "as", "after", "during", "while") for w in tail[:3]) \
            or any("ASSAULT" in c.reference_nouns.get(w, ()) or w in _TOLL_ACTS for w in tail):
        return False
    args.target = list(dict.fromkeys(dead))
    return True


# Verbs that charge someone with an act: the doer of an attack told without one.
_BLAMING = frozenset({"blame", "blamed", "blames", "blaming"})
# A claim of responsibility in a sentence's words.
_CLAIM_OF_ACT = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b", re.IGNORECASE)
# Sentences after an attack with no doer in which a claim of responsibility names it.
_CLAIM_WINDOW = 5
# Verbs of a claim of responsibility ("Islamic State claimed responsibility").
_CLAIM_VERBS = frozenset({"claimed", "claims", "claiming"})
# Determiners by which a noun names an act already told ("denounced the attack").
_REFERRING = frozenset({"the", "that", "this", "these", "those"})



def _named_at(words: Sequence[str], view: SentenceView, j: int,
              determiners: frozenset[str]) -> ActorSpan | None:
    """The actor named from token ``j`` of ``view`` on, past its determiners ("blamed *the*
    Pakistani Taliban"); no pronoun, no place."""
    while j < view.end and words[j] in determiners and j not in view.by_start:
        j += 1
    return next((s for s in view.by_start.get(j, ()) if not s.locative
                 and s.kind != "pronoun"), None)

def _blamed_here(reading: DocReading, view: SentenceView, match: Match, c: Cues
                 ) -> tuple[list[str], list[str]]:
    """Whom a "blamed on" right after an attack noun charges, and who blames ("in an attack
    the Iran-backed group blamed on Israel", "an attack that Kyiv blamed on Moscow", "a
    bombing blamed on the Pakistani Taliban"): the accused is the doer; the one who blames, the
    subject of that clause, is whom the attack hit (none in the passive). A verb's act ("blew
    up") is charged by a later attack noun's "blamed on" in its sentence."""
    words = reading.words
    noun = match.pattern.kind == "noun"
    for k in range(match.end, min(view.end - 2, match.end + 8) if noun else view.end - 2):
        if noun and words[k] in _CLAUSE_STOPS:
            return [], []
        if words[k] not in _BLAMING or words[k + 1] != "on":
            continue
        if not noun and not any("ASSAULT" in c.reference_nouns.get(x, ())
                                for x in words[max(match.end, k - 5) : k]):
            # "pagers blew up ..., killing 12, in an attack the group blamed on Israel": a
            # verb's act is the one an attack noun before the blame names
            continue
        span = _named_at(words, view, k + 2, c.determiners)
        if span is None:
            return [], []
        blamers = [s for s in view.spans if match.end <= s.start and s.end <= k
                   and not s.locative and not s.attributive and words[s.end] != "-"]
        hit = [a for a in blamers[-1].actors if a not in span.actors] if blamers else []
        return list(span.actors), hit
    return [], []


# Words that end the clause an attack noun's "blamed on" must stand in.
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "and", "but", "after", "when", "as"})


def _blamed_after(reading: DocReading, view: SentenceView, match: Match, c: Cues
                  ) -> tuple[list[str], int | None]:
    """Whom a "blamed" in one of the ``windows.antecedent`` sentences after an attack's
    sentence charges, and that sentence ("In Finote Selam, a drone strike on a busy square
    killed at least 26 people ... The residents blamed the military."): the actors of the actor
    phrase right after the verb, not a place. Not for an attack the trigger names again ("the
    attack", "that attack"), nor when the blame names its act ("blamed Hezbollah for that
    attack": that sentence tells the attack as the accused's)."""
    words = reading.words
    if match.pattern.kind == "noun" and match.start > 0 and words[match.start - 1] in _REFERRING:
        return [], None
    last = min(view.index + c.windows["antecedent"], len(reading.state.sentences) - 1)
    # "The twin explosions tore through crowds ... Iranian officials blamed Israel ...
    # Islamic State claimed responsibility": who claims the act did it, by its own word,
    # whoever was blamed before the claim (a claim may come a few sentences further on).
    further = min(view.index + _CLAIM_WINDOW, len(reading.state.sentences) - 1)
    sentences = reading.state.sentences
    # (the words of a sentence are read from its tokens; its view is built only for a hit)
    for index in range(view.index + 1, further + 1):
        sent = sentences[index]
        if _CLAIM_VERBS.isdisjoint(words[sent.tok_start + 1 : sent.tok_end - 1]):
            continue
        for k in range(sent.tok_start + 1, sent.tok_end - 1):
            if words[k] in _CLAIM_VERBS and words[k + 1] in ("responsibility", "credit"):
                other = reading.view(index)
                span = next((x for spans in other.by_start.values() for x in spans
                             if x.end == k and not x.locative and x.kind != "pronoun"), None)
                if span is not None:
                    return list(span.actors), index
    for index in range(view.index + 1, last + 1):
        sent = sentences[index]
        if _BLAMING.isdisjoint(words[sent.tok_start : sent.tok_end - 1]):
            continue
        for k in range(sent.tok_start, sent.tok_end - 1):
            if words[k] not in _BLAMING:
                continue
            other = reading.view(index)
            span = _named_at(words, other, k + 1, c.determiners)
            if span is None or (span.end < other.end and words[span.end] == "for"):
                return [], None
            return list(span.actors), index
    return [], None


def _attack_at_place(words: Sequence[str], start: int, end: int, attacks: list[Event]
                     ) -> Event | None:
    """The latest of ``attacks`` whose place the words from ``start`` name right after "in"
    ("were killed *in Erbil*" after "missiles struck Erbil")."""
    k = next((k for k in range(start, min(end, start + 3)) if words[k] == "in"), None)
    if k is None:
        return None
    for event in reversed(attacks):
        place = (event.place_text or "").lower().split()
        if place and tuple(words[k + 1 : k + 1 + len(place)]) == tuple(place):
            return event
    return None


def _in_named_attack(words: Sequence[str], start: int, end: int, c: Cues) -> bool:
    """Whether the words from ``start`` to ``end`` place the act in an attack named by a noun
    ("in the attack", "in the first minutes of the assault", "during the raid")."""
    for k in range(start, min(end, start + 4)):
        if words[k] in ("in", "during"):
            return any("ASSAULT" in c.reference_nouns.get(w, ())
                       for w in words[k + 1 : min(end, k + 8)])
    return False


def _recent(reading: DocReading, view: SentenceView, events: list[Event], c: Cues
            ) -> list[Event]:
    """The events of ``events`` told in the ``windows.antecedent`` sentences up to ``view``'s
    (read only for a trigger that looks back)."""
    state = reading.state
    first = state.sentences[max(0, view.index - c.windows["antecedent"])]
    since = state.original_span(first.start, first.end)[0]
    return [e for e in events if e.evidence.start >= since]


# Auxiliaries that open the finite verb of a clause whose subject a participle qualified.
_FINITE_AUXILIARIES = frozenset({"have", "has", "had", "are", "were", "is", "was"})


def _scope_end(view: SentenceView, match: Match, matches: Sequence[Match] = (),
               words: Sequence[str] = ()) -> int:
    clause = view.clause_at(match.start)
    if match.pattern.type == "REQUEST" and match.pattern.kind == "verb" and words and \
            has_form(match.form, "ing") and match.start > view.start and \
            view.span_at(match.start - 1) is not None:
        # "Protesters demanding his release have blocked highways": a participle after its
        # subject qualifies it; the verb after the demand's object is the subject's own act
        aux = next((j for j in range(match.end, clause.end)
                    if words[j] in _FINITE_AUXILIARIES), None)
        if aux is not None:
            return aux
    if match.pattern.type == "AGREE" and words and match.end < clause.end and \
            words[match.end - 1] in ("to", "on") and words[match.end] in ("a", "an", "the"):
        # "agreed to an immediate ceasefire on Sunday at talks in Doha mediated by Qatar and
        # Turkey, ending ... the worst fighting": what is agreed is the noun phrase; the talks
        # it was agreed at and the fighting it ends are told, not planned
        return next((j for j in range(match.end + 1, clause.end)
                     if words[j] in _AGREED_PHRASE_ENDS), clause.end)
    for later in view.clauses[clause.index + 1 :]:
        if later.opener == "rel" and later.opener_start == match.end \
                and match.pattern.kind == "verb" and words[match.end] == "that":
            continue  # "demanded that the RSF end its siege": the that-clause is the content
        if later.opener == "rel" and match.pattern.kind == "verb" and words \
                and words[later.opener_start] == "that" \
                and words[later.opener_start - 1] in _CONTENT_NOUNS \
                and later.opener_start - match.end <= 3:
            continue  # "rejected any suggestion that it was behind the bombings": its content
        if later.opener in ("hard", "sub", "rel", "report", "resume"):
            return later.opener_start
        if later.opener == "coord" and (_finite_verb_at(later.start, matches) or (
                words and "to" not in words[match.start:later.start]
                and _past_or_base_at(later.start, matches)) or (
                words and later.start < later.end and words[later.start] in ("has", "have", "had")
                and any(m.start == later.start + 1 and m.pattern.kind == "verb"
                        and has_form(m.form, "pp") for m in matches))):
            # "called on them to halt the offensive, and offered condolences", "accused Islamabad
            # of backing the attackers and has suspended its part in a treaty": a verb in the
            # past (or perfect) tense after "and" goes on with the subject's own acts
            return later.opener_start
        if later.opener == "coord" and words and any(
                words[j] in _REPORTED_AFTER_AND
                for j in range(later.opener_start, min(later.start + 1, later.end))):
            # "accused Mondlane of inciting violence and said he would be held responsible":
            # the subject's own words after "and said" are no part of the charge
            return later.opener_start
        if later.opener == "coord" and words and words[later.opener_start - 1] == "," \
                and later.start < later.end \
                and _subject_then_finite_verb(later, matches, words):
            # "had given troops 48 hours to lay down their weapons, and hundreds of soldiers
            # surrendered", "denies orchestrating the crisis, and the Kremlin has rejected
            # suggestions ...": a new subject (a named actor too) after ", and" with its own
            # verb is a clause of its own
            return later.opener_start
        if later.opener == "coord" and words and words[later.opener_start - 1] == "," \
                and _subject_before_aside(view, later, matches, words):
            # "called for a halt to the fighting, and Egypt, which has often brokered truces,
            # urged both sides ...": the new subject's verb comes after the aside on it
            return later.opener_start
    return view.end


# What happened to someone whose death or fate an inquiry looks into ("Amini's death").
_DEATH_NOUNS = frozenset({"death", "deaths", "killing", "killings", "murder", "disappearance",
                          "assassination", "detention", "arrest", "abduction"})
# Past reporting verbs that open a coordinated clause of the subject's own ("and said ...").
_REPORTED_AFTER_AND = frozenset({"said", "added", "told", "stated", "insisted", "argued",
                                 "noted", "declared", "announced", "warned"})
# Nouns whose "that" clause is what they say ("the claim that ..."), not a relative clause.
_CONTENT_NOUNS = frozenset({"claim", "claims", "suggestion", "suggestions", "allegation",
                            "allegations", "accusation", "accusations", "charge", "charges",
                            "report", "reports", "assertion", "assertions"})


# Words that end the noun phrase an agreement's complement is ("agreed to a truce *on* Sunday").
_AGREED_PHRASE_ENDS = frozenset({",", ";", "on", "at", "in", "after", "during", "following",
                                 "since", "ending", "which", "that", "under"})


def _resumed(view: SentenceView, end: int) -> tuple[int, int]:
    """"accused neighbouring Eritrea, whose President ... has grown close to Abiy, of massing
    troops": where a relative clause (with the clauses under it) cuts the complement off at
    ``end``, the tokens [start, stop) of the clause that resumes it; else (0, 0)."""
    k = next((c.index for c in view.clauses if c.opener_start == end), None)
    if k is None or view.clauses[k].opener != "rel":
        return 0, 0
    for later in view.clauses[k + 1:]:
        if later.opener == "resume":
            return later.opener_start, later.end
        if later.opener not in ("rel", "sub", "coord"):
            break
    return 0, 0


def _subject_then_finite_verb(clause: Clause, matches: Sequence[Match],
                              words: Sequence[str]) -> bool:
    """A noun phrase (no "to", no verb first) and then a past-tense verb trigger within six
    words: "and hundreds of soldiers surrendered"."""
    if words[clause.start] in ("to", "not") or words[clause.start].endswith("ing"):
        return False
    return any(clause.start < m.start <= clause.start + 6 and m.start < clause.end
               and m.pattern.kind == "verb" and has_form(m.form, "past")
               and not has_form(m.form, "base") for m in matches)


def _subject_before_aside(view: SentenceView, clause: Clause, matches: Sequence[Match],
                          words: Sequence[str]) -> bool:
    """A short noun phrase ending in a comma (", and *Egypt,*"), a relative aside on it
    ("which has often brokered truces") and a past-tense verb trigger opening the clause that
    resumes after the aside ("*urged* both sides")."""
    if clause.end - clause.start > 7 or words[clause.end - 1] != "," \
            or words[clause.start] in ("to", "not") or words[clause.start].endswith("ing"):
        return False
    later = view.clauses[clause.index + 1 :]
    if not later or later[0].opener != "rel":
        return False
    resume = next((c for c in later[1:] if c.opener == "resume"), None)
    return resume is not None and _finite_verb_at(resume.start, matches)


def _finite_verb_at(start: int, matches: Sequence[Match]) -> bool:
    """A verb trigger in the past tense (not also a base form: "put") opens ``start``."""
    return any(m.start == start and m.pattern.kind == "verb" and has_form(m.form, "past")
               and not has_form(m.form, "base") for m in matches)


def _ended_rule(reading: DocReading, view: SentenceView, match: Match,
                sources: Sequence[str]) -> str | None:
    """The actor named between "ending" and "rule" (or "reign") right after an attack's
    trigger: "..., ending more than five decades of his family's rule" (his: the ruler)."""
    words = reading.words
    stop = min(view.end, match.end + 8)
    at = next((j for j in range(match.end, stop) if words[j] in ("ending", "ended", "ends")),
              None)
    if at is None:
        return None
    end = next((j for j in range(at + 1, min(view.end, at + 12))
                if words[j] in ("rule", "reign", "regime")), None)
    if end is None:
        return None
    for span in view.spans[view.first_from(at + 1):]:
        if span.start >= end:
            break
        if span.start > at and not span.locative:
            actor = next((a for a in span.actors if a not in sources), None)
            if actor is not None:
                return actor
    return None


def _past_or_base_at(start: int, matches: Sequence[Match]) -> bool:
    """A verb trigger that is a past and a base form alike ("set up", "put") opens ``start``:
    after "called for calm and", with no "to" that could govern a base form, it is past."""
    return any(m.start == start and m.pattern.kind == "verb" and has_form(m.form, "past")
               for m in matches)


def _perpetrators_told(reading: DocReading, view: SentenceView, match: Match,
                       earlier: list[Event], speakers: list[str]) -> list[str]:
    """The doers of the latest attack told before ``match`` (told as done, with a doer none of
    ``speakers``' side) when words next to the trigger name its doers without naming them ("those
    responsible", "those behind the attack", "the perpetrators"); else none."""
    words = reading.words
    if not reading.cues.perpetrators.any_in(words, max(view.start, match.start - 8),
                                             min(view.end, match.end + 8)):
        return []
    kb = reading.state.kb
    day = reading.state.published.isoformat() if reading.state.published else None
    own = {_side(kb, a, day) for a in speakers}
    # whom the speaker's side has charged ("Iranian officials blamed Israel and the United
    # States. President Ebrahim Raisi vowed that those responsible would pay"; "Putin suggested
    # Ukraine had a hand in the assault ... vowed that everyone behind the attack would be
    # punished"): those responsible are, in the speaker's words, whom his side blames
    blamed = {t for e in earlier if e.type == "ACCUSE"
              and {_side(kb, a, day) for a in e.source} & own for t in e.target}
    for event in reversed(earlier):
        if event.type == "ASSAULT" and event.source \
                and event.modality in ("asserted", "reported"):
            if set(event.source) & set(speakers) \
                    or {_side(kb, a, day) for a in event.source} & own:
                return []  # (the speaker's own side's attack: no threat at the perpetrators)
            if blamed - set(event.source):
                return []
            return list(event.source)
    return []


def _antecedent(events: list[Event], kinds: tuple[str, ...], sides: bool = False
                ) -> Event | None:
    """The latest event of ``kinds`` with a source; with ``sides``, one made between two sides
    (a source and a target) that did happen: "brokered *the truce*" is the truce between the
    two parties named just before, not a pledge of one."""
    for event in reversed(events):
        if event.type in kinds and event.source:
            if sides and (not event.target or event.modality in _UNREAL):
                continue
            return event
    return None


def _accusers_bodies(reading: DocReading, accusers: list[str], repliers: list[str]) -> list[str]:
    """"Pompeo blamed Iran ... Iran dismissed the accusation", "Saree claimed the attack ...
    Pompeo rejected the claim": an official's charge or claim is his state's or movement's
    (knowledge-base offices held on the publication day), so the reply answers the body the
    article names for him too."""
    # The alignment stage builds on us: import at call time.
    from factions.relations.infer import named_states, role_active

    state = reading.state
    kb = state.kb
    day = state.published.isoformat() if state.published else None
    replying = {_side(kb, r, day) for r in repliers}
    found: list[str] = []
    named: dict[str, str] | None = None
    for actor in accusers:
        entry = kb.actors.get(actor)
        if entry is None or entry.type != "person":
            continue
        side = _side(kb, actor, day)
        if side != actor:
            named = named_states(state) if named is None else named
            bodies = [named[side]] if side in named else []
        else:
            bodies = [r.org for r in entry.roles if r.org and r.org in reading.counts
                      and role_active(r.start, r.end, day) and not _is_state_body(kb, r.org)]
        for body in bodies:
            if body not in accusers and body not in repliers and body not in found \
                    and _side(kb, body, day) not in replying:
                found.append(body)
    return found


def _by_participle(words: Sequence[str], match: Match) -> bool:
    """A past participle with its agent after a noun ("a ceasefire *brokered by* the United
    States"): it tells how the noun came about, not what is planned with it."""
    first, last = match.positions[0], match.positions[-1]
    participle = has_form(match.form, "pp") or words[first].endswith(("ed", "en", "wn"))
    return match.pattern.kind in ("verb", "phrase") and participle and first > 0 \
        and (words[last] == "by" or (last + 1 < len(words) and words[last + 1] == "by")) \
        and words[first - 1] not in _NOT_A_NOUN_BEFORE


# Words before a participle that make it a verb of its own ("to be brokered by", "was signed").
_NOT_A_NOUN_BEFORE = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "will",
                                "would", "has", "have", "had", "not", "and", "or", ","})


def _replied(events: list[Event], kinds: tuple[str, ...], repliers: list[str]) -> Event | None:
    """The latest earlier event of ``kinds`` aimed at one of ``repliers`` (else any of them)."""
    recent = [e for e in events if e.type in kinds and e.source]
    for event in reversed(recent):
        if set(event.target) & set(repliers):
            return event
    return recent[-1] if recent else None


def _events(
    reading: DocReading,
    view: SentenceView,
    match: Match,
    args: Arguments,
    anchors: Anchors,
    scope: _Scope | None,
    antecedent: bool,
    c: Cues,
) -> list[Event]:
    state = reading.state
    pattern = match.pattern
    assert pattern.type is not None
    date = anchors.date_for(view, match)
    modal = read_modality(reading, view, match, args.source, date)
    if modal.modality is None:
        return []  # an ambition or presumption, not an event
    modality = pattern.modality or modal.modality
    if modality == "reported" and _said_for_source(reading, view, match, modal, args.source, c):
        # "The US State Department said Washington stood by its NATO ally", "Government
        # spokesman Colonel Abdoulaye Maiga said Mali was cutting ties with Kyiv": a body or an
        # official of the source's side says what the source does by saying it
        modality = "asserted"
    if modality in ("asserted", "reported") and _late_source(reading, view, args.source):
        modality = "historical"  # "the late President Idriss Deby responded with an offensive"
    if scope is not None and scope.effect == "planned" and pattern.kind == "noun" \
            and pattern.mode in c.in_force_when_agreed:
        pass  # "agreed to a permanent cessation of hostilities": the truce is in force
    elif scope is not None and scope.effect == "planned" and _by_participle(reading.words, match):
        pass  # "agreed to a ceasefire brokered by the United States": the brokering was done
    elif scope is not None and modality == "asserted":
        modality = scope.effect
    elif scope is not None and scope.effect == "planned" and modality == "reported":
        modality = "planned"
    elif scope is not None and scope.effect == "planned" and modality == "historical" \
            and pattern.kind == "noun":
        # "Baghdad and Washington agreed a timetable for the coalition's drawdown in
        # September": the date is the agreement's; the drawdown it sets is still ahead
        modality = "planned"
    if args.strategy.get("source") == "apposed_claim" and modality in ("reported", "planned"):
        # "Zuniga said Arce had asked him to stage the uprising, a claim del Castillo dismissed
        # as a lie": the apposed rejection is told by the writer, not inside the report or plan
        modality = "asserted"
    mode = pattern.mode or _mode_from_cues(reading, view, match, pattern.type)
    contexts = _contexts(reading, view, match, pattern)
    acled_type, acled_sub_type = pattern.acled or _acled_for(pattern.type, mode, args.source,
                                                             reading)
    place, place_text, place_basis = anchors.place_for(view, match, pattern.type, args.source)
    if place_basis != "clause" and pattern.type in _NATIONWIDE_TYPES and \
            _nationwide(reading.words, view, match):
        # "Bangladesh imposed a nationwide curfew", "authorities cut mobile internet ... across
        # the country": the whole country of the story, not a city the sentence names elsewhere
        country = anchors.country_place(story_country(reading.state))
        if country is not None:
            place, place_text, place_basis = country.id, country.name, "clause"
    if place is None and mode == "emergency":
        # "Interim Prime Minister Claude Joseph declared a two-week state of siege", "the
        # government declared a 30-day state of emergency": with no place of its own, a state
        # of emergency covers the country of whoever declares it (the story's, for a leader
        # found only in the text)
        country = anchors.country_place(
            next(filter(None, map(reading.actor_country, args.source)), None)
            or story_country(reading.state))
        if country is not None:
            place, place_text, place_basis = country.id, country.name, "clause"
    if args.tally and place_basis != "clause":
        # "Security forces ... broke up the demonstrations, and more than 2,000 people have been
        # arrested": a count of people held sums up arrests wherever they were made
        place, place_text, place_basis = None, None, None
    if pattern.type == "ASSAULT" and pattern.reply and place_basis != "clause":
        # "Iran launched drones at Israel ..., adding that its air force was working to
        # intercept them": an answer to an attack is not where another clause places that attack
        place, place_text, place_basis = None, None, None
    if place_text and args.strategy.get("source") == "apposed_claim" and \
            place_text.lower().split()[0] not in reading.words[match.end:view.end]:
        # "the U.S. embassy in Moscow had warned ..., a warning Putin dismissed": the place
        # before the apposition is the main clause's, not the rejection's
        place = place_text = place_basis = None
    if place_text and pattern.type == "CONSULT" and mode != "visit" and any(
            span.kind == "metonym" and " ".join(reading.words[span.start:span.end])
            in place_text.lower() for span in args.target_spans):
        # "began talks with Washington", "spoke to his counterparts in Islamabad and Kabul":
        # the capitals talked with are no place of the talks (but a capital visited is where
        # the visit was: "Pelosi visited Yerevan")
        place = place_text = place_basis = None
    date_value: str | None
    if date is None and modality == "historical":
        # Background told on from the sentence before ("In March 2020, militants killed nearly
        # 100 soldiers ... Deby's father ... responded with an offensive"): its date, not the
        # day of publication.
        date = anchors.told_before(view.index)
    if date is not None:
        date_value, precision = date[0], date[1]
    else:
        date_value, precision = anchors.publication()
    confidence = _confidence(reading, pattern, args, modality, modal.hedged, antecedent, c)
    evidence = state.evidence(view.index, _trigger_text(reading, match))
    pairs = _directions(pattern, args, c)
    if pattern.type in ("AID", "ASSAULT") and modality == "reported" and modal.reporters:
        reading.shared[f"reporters:{view.index}:{match.start}"] = modal.reporters
        reading.shared[f"trailing:{view.index}:{match.start}"] = modal.trailing
    return [
        Event(
            id="", type=pattern.type, evidence=evidence, rule=pattern.id, mode=mode,
            contexts=list(contexts), cameo=pattern.cameo, acled_type=acled_type,
            acled_sub_type=acled_sub_type, source=source, target=target,
            place=place, place_text=place_text, place_basis=place_basis, date=date_value,
            date_precision=precision,
            modality=modality, confidence=confidence,
        )
        for source, target in pairs
    ]


def _late_source(reading: DocReading, view: SentenceView, sources: list[str]) -> bool:
    """Whether the sentence names a source person as dead ("the late President Idriss
    Deby"): what he did is background."""
    if not sources:
        return False
    words, text = reading.words, reading.state.tokens.text
    kb = reading.state.kb
    for m in reading.state.mentions_in(view.index):
        if m.actor_id not in sources or m.tok_start < 1:
            continue
        actor = kb.actors.get(m.actor_id)
        if actor is None or actor.type != "person":
            continue
        k = m.tok_start - 1
        if text[k][:1].isupper() and k > view.start and words[k - 1] == "late":
            k -= 1  # a title between: "the late *President* Idriss Deby"
        if words[k] == "late" and k > view.start and words[k - 1] in ("the", "'s"):
            return True
    return False


def _fights_where(w: Sequence[str], match: Match) -> bool:
    """"Wagner has also fought *in* Syria", "says it fights *under* the command of Ukraine's
    armed forces": a two-sided fighting verb followed by where or under whom one side fights,
    with no enemy named (not "Israeli forces and Hamas fighters fought in Rafah", two sides; nor
    "fought in Mali against militants", an enemy), tells what a force does, not an attack."""
    pattern = match.pattern
    return pattern.kind == "verb" and pattern.symmetric and pattern.type == "ASSAULT" \
        and match.end < len(w) and w[match.end] in ("in", "under")


def _directions(
    pattern: Pattern, args: Arguments, c: Cues
) -> list[tuple[list[str], list[str]]]:
    """One (sources, targets) pair, or for a symmetric pattern one per participant."""
    named_direction = bool(args.source) and bool(args.target)
    # "X has been fighting Y", "Y, which X say they are fighting": a transitive verb names who
    # fights whom, one way.
    transitive = named_direction and args.strategy.get("target") in ("object", "relative") and \
        pattern.kind == "verb" and not args.passive
    # "X told Y in a phone call that ...": a call, whoever is said to speak, goes both ways.
    call = pattern.symmetric and pattern.mode == "phone"
    if not pattern.symmetric or (not call and (transitive or (
            named_direction and pattern.type not in c.both_ways))):
        return [(list(args.source), list(args.target))]
    people = list(dict.fromkeys([*args.source, *args.target]))
    if len(people) < 2:
        return [(list(args.source), list(args.target))]
    # The named others each deal with the doers, not with one another ("The European Union
    # agreed to open accession talks with Ukraine and Moldova": no agreement between those two).
    doers = set(args.source)
    return [([p], [o for o in people if o != p and (p in doers or o in doers)])
            for p in people]


def _trigger_text(reading: DocReading, match: Match) -> str:
    state = reading.state
    tokens = state.tokens
    pieces: list[str] = []
    run_start = prev = match.positions[0]
    for p in (*match.positions[1:], None):
        if p is not None and p == prev + 1:
            prev = p
            continue
        start, end = state.original_span(tokens.idx[run_start], tokens.end_char(prev))
        pieces.append(state.norm.original[start:end])
        if p is not None:
            run_start = prev = p
    return " ... ".join(pieces)


def _mode_from_cues(
    reading: DocReading, view: SentenceView, match: Match, plover_type: str
) -> str | None:
    """The first mode cue around the trigger (its phrase and the rest of its clause)."""
    cues_of_type = reading.cues.mode_cues.get(plover_type)
    if cues_of_type is None:
        return None
    clause = view.clause_at(match.start)
    found = cues_of_type.scan(reading.words, max(clause.start, match.start - 3), clause.end)
    return found[0][1] if found else None


def _contexts(
    reading: DocReading, view: SentenceView, match: Match, pattern: Pattern
) -> list[str]:
    assert pattern.type is not None
    found = dict.fromkeys(pattern.contexts)
    for ctx in ontology().default_contexts.get(pattern.type, ()):
        found.setdefault(ctx, None)
    clause = view.clause_at(match.start)
    for _, ctx in reading.cues.context_cues.scan(reading.words, clause.start, clause.end):
        found.setdefault(ctx, None)
    return list(found)


def _confidence(
    reading: DocReading,
    pattern: Pattern,
    args: Arguments,
    modality: str,
    hedged: bool,
    antecedent: bool,
    c: Cues,
) -> float:
    factors = c.confidence
    value = pattern.confidence if pattern.confidence is not None else factors["default"]
    if not args.source:
        value *= factors["no_source"]
    if not args.target and pattern.target and role_strategies(reading, pattern, "target"):
        value *= factors["no_target"]
    if args.inherited:
        value *= factors["inherited_subject"]
    if args.coreferent:
        value *= factors["pronoun"]
    if antecedent:
        value *= factors["antecedent"]
    if hedged:
        value *= factors["hedge"]
    value *= factors.get(modality, 1.0)
    return round(min(1.0, max(factors["minimum"], value)), 3)
