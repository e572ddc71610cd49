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

from collections.abc import Callable

from factions.actors.home import CHAMBERS
from factions.events.cues import Cues
from factions.events.ontology import ontology
from factions.model import Event
from factions.pipeline.state import DocState

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

