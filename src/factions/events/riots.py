"""Violence by a crowd is a riot.

Wire copy tells a protest's violence with the verbs of war: "demonstrators clashed with police",
"protesters stormed parliament", "crowds set fire to the headquarters of the state broadcaster".
ACLED codes these as Riots (violent demonstration) and PLOVER as PROTEST (mode riot), not as a
battle or a seizure: an event of a type and mode listed under ``crowd_riots`` in ``cues.yaml``
whose every source is a crowd (a mention of a ``crowd_sectors`` sector: "protesters",
"demonstrators", "the crowds") becomes a PROTEST riot. The other direction of such a clash
("police clashed with the demonstrators", read from the same words: every event of the same
trigger with the crowd among its targets) is the riot itself, told from the other side, and is
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factions.actors.home import CHAMBERS
from factions.events.completion import POLICING_MODES
from factions.events.cues import Cues
from factions.events.ontology import ontology
from factions.model import Event
from factions.pipeline.state import ActorMention, DocState

# Modes of a coercion that, done by a crowd, is its obstruction.
_CROWD_OBSTRUCTIONS = frozenset({"blockade", "shutdown"})


def crowd_riots(events: list[Event], state: DocState, c: Cues) -> list[Event]:
    """``events`` with crowd violence retyped as PROTEST riot (see the module doc)."""
    if not c.crowd_riots:
        return events
    crowds = {m.actor_id for m in state.mentions if m.sector in c.crowd_sectors}
    if not crowds:
        return events
    riots: set[tuple[int, str | None, str]] = set()
    retold: list[tuple[int, str | None, str]] = []
    onto = ontology()
    for event in events:
        if event.type == "COERCE" and event.mode in _CROWD_OBSTRUCTIONS and event.source \
                and all(s in crowds for s in event.source):
            # "Protesters ... stormed airports ..., halting flights", "crowds blockaded the
            # port": a crowd's obstruction is a protest (PROTEST obstruct), not a state's
            # blockade or shutdown
            event.type, event.mode, event.cameo = "PROTEST", "obstruct", "144"
            acled = onto.acled_for("PROTEST", "obstruct")
            event.acled_type, event.acled_sub_type = acled if acled else (None, None)
            continue
        modes = c.crowd_riots.get(event.type)
        if modes is None or event.mode not in modes or not event.source:
            continue
        key = (event.evidence.start, event.evidence.trigger, event.rule)
        if all(s in crowds for s in event.source):
            event.type, event.mode, event.cameo = "PROTEST", "riot", "145"
            acled = onto.acled_for("PROTEST", "riot")
            event.acled_type, event.acled_sub_type = acled if acled else (None, None)
            riots.add(key)
        elif any(t in crowds for t in event.target):
            retold.append(key)
    if not riots or not retold:
        return events
    drop = {key for key in retold if key in riots}
    return [e for e in events
            if not ((e.evidence.start, e.evidence.trigger, e.rule) in drop
                    and e.type != "PROTEST")]


def state_protests(events: list[Event], actor_type: Callable[[str], str | None]) -> list[Event]:
    """A protest made by states is a diplomatic one: "China coast guard rams, boards Philippine
    navy boats; Manila protests" is the Philippines complaining to China (ACCUSE, CAMEO 114
    "complain officially"), not a demonstration in the street. ``events`` with every such
    PROTEST (mode demonstrate) whose sources are all states retyped so."""
    return _retyped(events, actor_type, ("demonstrate", "state"), ("ACCUSE", "criticize", "114"))


def armed_blockades(events: list[Event], actor_type: Callable[[str], str | None]
                    ) -> list[Event]:
    """Roads blocked by armed groups are no protest: "Gunmen set vehicles on fire and blocked
    highways" is a cartel's or militia's blockade (COERCE, as GOLD_FORMAT codes blockades).
    ``events`` with every such PROTEST (mode obstruct) whose sources are all armed groups
    retyped so."""
    return _retyped(events, actor_type, ("obstruct", "armed_group"), ("COERCE", "blockade", "170"))


def _retyped(events: list[Event], actor_type: Callable[[str], str | None],
             protest: tuple[str, str], to: tuple[str, str, str]) -> list[Event]:
    """``events`` with every PROTEST of mode ``protest[0]`` whose sources are all actors of
    type ``protest[1]`` given the type, mode and CAMEO code ``to`` (and its ACLED types)."""
    mode, source_type = protest
    acled = ontology().acled_for(to[0], to[1])
    for event in events:
        if event.type != "PROTEST" or event.mode != mode or not event.source or \
                any(actor_type(s) != source_type for s in event.source):
            continue
        event.type, event.mode, event.cameo = to
        event.acled_type, event.acled_sub_type = acled if acled else (None, None)
    return events


# (What a bare chamber mention the actor stage read as a crowd's object is called:
# ``factions.actors.home.CHAMBERS``.)
_CHAMBER_REACH = 4  # words after the trigger


def stormed_chambers(events: list[Event], state: DocState) -> None:
    """"Protesters stormed parliament", "thousands of students ... marched on parliament": a
    protest with no target whose trigger ends on the country's chamber, or has it within a few
    words after it ("set fire to parliament, the Supreme Court and ..."), is aimed at that
    chamber (the mention the actor stage made of the bare word after such a verb)."""
    chambers = [m for m in state.mentions
                if m.sector == "legislature" and m.text.lower().split()[0] in CHAMBERS]
    if not chambers:
        return
    for event in events:
        trigger = (event.evidence.trigger or "").lower()
        if event.type != "PROTEST" or event.target or not trigger:
            continue
        text = event.evidence.text
        last = trigger.split()[-1]
        at = text.lower().find(trigger.split()[0])
        if at < 0:
            continue
        end = text.lower().find(last, at) + len(last)
        for m in chambers:
            start, _ = state.original_span(m.start, m.end)
            offset = start - event.evidence.start
            if not 0 <= offset < len(text):
                continue
            between = text[end:offset].split()
            if (last in CHAMBERS and offset == end - len(last)) or (
                    offset >= end and len(between) <= _CHAMBER_REACH
                    and not any(w.endswith((".", ";")) for w in between)):
                event.target = [m.actor_id]
                break


# Words that end what a crowd's violence falls on: a clause of time, cause or result, or a
# relative clause ("stormed parliament *as* legislators fled", "*killing* eight people").
_OBJECT_STOPS = frozenset({
    "as", "after", "while", "when", "following", "before", "because", "since", "until", "amid",
    "where", "who", "which", "that", "but", "killing", "leaving", "saying", "forcing", "prompting",
    "in", "near", "outside", "on", "at", "during", "over", "to", "with", "halting", "sending"})
# Words in -ing that open no participle clause ("the Congress building").
_NOT_PARTICIPLES = frozenset({"building", "buildings", "including", "housing", "meeting", "morning",
                              "evening", "ceiling", "railing", "fencing"})
# Words that may follow a thing a crowd storms at the end of a list ("and the army's
# headquarters", "and parliament on Sunday").
_AFTER_OBJECT = frozenset({"of", "in", "on", "at", "and", "as", "after", "while", "before",
                           "building", "buildings", "headquarters", "offices", "office",
                           "compound", "residence", "home", "homes", "palace", "gate"})
# A word after "and X" that makes X the subject of a new clause ("stormed parliament and
# police opened fire"), not one more thing stormed.
_CLAUSE_VERB = re.compile(r"^(?:\w+ed|had|has|have|was|were|is|are|said|says|shot|fled|"
                          r"fought|threw|took|began|hit|ran|left|stood|made|kept)$")


# Homes and offices a person owns: "a crowd broke into his private residence".
_DWELLING = re.compile(r"\s+(?:(?:private|official|family|ancestral|own)\s+)?"
                       r"(?:residence|home|house|office|offices|villa|compound)\b")


def _owned_dwelling(m: ActorMention, lower: str, stop: int,
                    actor_type: Callable[[str], str | None]) -> bool:
    """Whether the pronoun mention ``m`` is a person's "his" or "her" before a home or an office
    of theirs (in the event's ``lower`` text, the mention ending at ``stop``)."""
    return m.text.lower() in ("his", "her") and actor_type(m.actor_id) == "person" \
        and _DWELLING.match(lower, stop) is not None


def riot_objects(events: list[Event], state: DocState, c: Cues,
                 actor_type: Callable[[str], str | None]) -> None:
    """"protesters set fire to parliament, the Supreme Court and the headquarters of several
    parties, and torched the homes of senior politicians, including Oli's private residence",
    "a mob broke into the residence of the army's corps commander", "the rioters broke through
    police barricades": a crowd's riot is aimed at every actor its object names, the owners of
    the buildings it storms or burns among them, up to the end of its clause (not a place, not
    a crowd, not a pronoun, and a state only when nothing else is named)."""
    riots = [e for e in events if e.type == "PROTEST" and e.mode == "riot" and e.source
             and e.evidence.trigger]
    if not riots:
        return
    crowds = {m.actor_id for m in state.mentions if m.sector in c.crowd_sectors}
    starts = {state.original_span(s.start, s.end)[0]: s.index for s in state.sentences}
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in state.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for event in riots:
        k = starts.get(event.evidence.start)
        if k is None or not all(s in crowds for s in event.source):
            continue
        text = event.evidence.text
        lower = text.lower()
        words = (event.evidence.trigger or "").lower().split()
        at = lower.find(words[0]) if words else -1
        if at < 0:
            continue
        # (a trigger with a gap, "stormed ... embassy", has its object in the gap: "stormed
        # the Saudi embassy")
        end = at + len(words[0]) if "..." in words else \
            lower.find(words[-1], at) + len(words[-1])
        found: list[str] = []
        states: list[str] = []
        owners: list[str] = []  # the words of those states
        bodies: list[str] = []  # what it storms that is no force it fights
        for m in by_sentence.get(k, ()):
            start, stop = state.original_span(m.start, m.end)
            offset = start - event.evidence.start
            owned = m.kind == "pronoun" and _owned_dwelling(
                m, lower, stop - event.evidence.start, actor_type)
            if offset < end or offset >= len(text) or (m.kind == "pronoun" and not owned) \
                    or m.locative \
                    or m.actor_id in crowds or m.actor_id in event.source \
                    or (m.kind == "discovered" and m.text.lower() in _AFTER_OBJECT):
                continue  # ("the army's General Headquarters": no actor "Headquarters")
            between = re.findall(r"[\w'-]+|[.;:()]", lower[end:offset])
            if any(w in _OBJECT_STOPS or w in ".;:()" or (w.endswith("ing") and len(w) > 5
                                                           and w not in _NOT_PARTICIPLES)
                   for w in between):
                continue
            if "and" in between and _CLAUSE_VERB.match(between[between.index("and") + 1]
                                                        if between[-1] != "and" else ""):
                continue  # "... and chanted slogans against Ruto": another act's object
            after = re.findall(r"[\w'-]+|[^\w\s]", lower[stop - event.evidence.start:])[:1]
            if between and between[-1] in ("and", "the") and after and \
                    after[0].isalpha() and after[0] not in _AFTER_OBJECT:
                continue  # "stormed parliament and police opened fire"
            if actor_type(m.actor_id) == "state" and lower[stop - event.evidence.start:][
                    :2] == "'s":
                states.append(m.actor_id)  # "stormed Brazil's Congress": the chamber
                owners.append(text[offset:stop - event.evidence.start])
            else:
                found.append(m.actor_id)
                if m.sector not in _FORCES and actor_type(m.actor_id) != "armed_group":
                    bodies.append(m.actor_id)  # (not "clashes between police and students")
        others = [a for a in found if a not in states]
        event.target = [a for a in dict.fromkeys([*event.target, *found])
                        if not (others and a in states)]
        if others and event.place_text in owners:
            # ... and the owner of what was stormed is no place of the storming
            event.place = event.place_text = event.place_basis = None
        if event.place is None and bodies:
            _dateline_scene(event, state, k)


# Rules of weapons turned on crowds ("fired tear gas", "used water cannon").
CROWD_WEAPONS = frozenset({"coerce.tear-gas", "coerce.warning-shots"})
# Sectors of the forces a crowd may clash with.
_FORCES = frozenset({"police", "military", "security", "militia"})


def policed_at_dateline(events: list[Event], state: DocState,
                        actor_type: Callable[[str], str | None]) -> None:
    """"LA PAZ, June 27 - Bolivian police arrested the former army commander ... on Wednesday
    evening", "MAPUTO, Nov 8 - Mozambican police fired tear gas at protesters": an arrest or a
    crackdown the lede tells with no place of its own, by the security forces of the country
    the dateline's city lies in, took place in that city (not a court's warrant: "CARACAS - A
    Venezuelan court has issued an arrest warrant", nor "DUBAI - Iranian police arrested")."""
    policing = [e for e in events if e.type == "COERCE" and e.mode in POLICING_MODES
                and e.place is None and e.source
                and (all(actor_type(a) == "armed_group" for a in e.source)
                     or (e.rule in CROWD_WEAPONS and e.target and all(
                         actor_type(a) in ("armed_group", "government") for a in e.source)))]
    if not policing:
        return
    starts = {state.original_span(s.start, s.end)[0]: s.index for s in state.sentences[:3]}
    body = {state.original_span(s.start, s.end)[0]: s.index for s in state.sentences[3:]}
    for event in policing:
        k = starts.get(event.evidence.start)
        if k is None and event.rule in CROWD_WEAPONS and event.target:
            # "Police fired tear gas and water cannon ... to hold back the crowds" further down
            # a story datelined where the crowd is: there too
            k = body.get(event.evidence.start, 0)
            for lede in range(min(3, k)):  # the dateline opens the headline or the lede
                _dateline_scene(event, state, lede, k)
                if event.place is not None:
                    break
            continue
        if k is not None:
            _dateline_scene(event, state, k)


# The dateline's tail after its city: "BRASILIA, Jan 9 (Reuters) -", "NAIROBI (AP) -".
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*(?:\([^)]{0,40}\)\s*)?"
                            r"[-–—]\s")


def _dateline_scene(event: Event, state: DocState, sentence: int, told: int | None = None
                    ) -> None:
    """"BRASILIA, Jan 9 - Thousands of supporters of former President Jair Bolsonaro invaded
    Congress, the Supreme Court and the presidential palace on Sunday": a crowd's riot on the
    bodies its object names, told by the lede with no place of its own, took place in the
    dateline's city, when that city lies in the crowd's own country (not "DUBAI, Sept 28 - ...
    the protests in Iran")."""
    first = state.sentences[sentence].start
    text = state.norm.text
    if told is not None and any(m.sentence == told for place in state.places
                                for m in place.mentions):
        return  # (a place its own sentence names, even as no act's place, is where it was)
    countries = {actor.country for a in event.source
                 if (actor := state.actor_entry(a)) is not None}
    for place in state.places:
        if place.country is None or place.country not in countries:
            continue
        for m in place.mentions:
            if m.sentence == sentence and m.start == first and m.text.isupper() and \
                    _DATELINE_TAIL.match(text, m.end) is not None:
                event.place, event.place_text, event.place_basis = place.id, m.text, "sentence"
                return


# Nouns of a protest that, as the subject of a toppling, are the crowd's doing.
_PROTEST_NOUNS = frozenset({"protests", "protest", "demonstrations", "uprising", "unrest",
                            "protesters", "demonstrators", "revolt"})
_TOPPLER_REACH = 6  # words before the trigger


def toppled_by_protests(events: list[Event], crowd: list[str]) -> None:
    """"Nepal swears in interim leader after Gen Z protests topple Oli", "weeks of mass
    protests forced the president to resign": a removal from power with no doer named whose
    subject is a protest is the crowd's protest against the one removed (PROTEST, mode
    demonstrate), when the story has one crowd (``crowd``: the story's one crowd actor, or
    none), not a coup."""
    if len(crowd) != 1:
        return
    acled = ontology().acled_for("PROTEST", "demonstrate")
    for event in events:
        trigger = (event.evidence.trigger or "").lower()
        if event.type != "COERCE" or event.mode != "coup" or event.source or not trigger:
            continue
        text = event.evidence.text
        at = text.lower().find(trigger.split()[0])
        before = [w.strip(",;:").lower() for w in text[:at].split()][-_TOPPLER_REACH:]
        if not before or not _PROTEST_NOUNS.intersection(before) or any(
                w in ("by", "after", "since", "before", "amid") for w in before[
                    max(k for k, w in enumerate(before) if w in _PROTEST_NOUNS):]):
            continue
        event.type, event.mode, event.cameo = "PROTEST", "demonstrate", "141"
        event.acled_type, event.acled_sub_type = acled if acled else (None, None)
        event.source = list(crowd)

