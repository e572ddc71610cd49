"""Hand-built document states for stage tests: a small knowledge base written here, tokens and
sentences from the tokens stage, and actor mentions placed by hand, so event and alignment tests
do not depend on what the actor stages recognize."""

from __future__ import annotations

from dataclasses import dataclass

from factions.events.coder import code_events
from factions.kb import KnowledgeBase
from factions.kb.entries import Agent, KBActor
from factions.model import Event, Mention, Place, Role
from factions.pipeline import Options
from factions.pipeline.run import make_document
from factions.pipeline.state import ActorMention, DocState
from factions.pipeline.tokens import tokenize
from factions.sources.normalize import normalize

_ACTORS = [
    KBActor("khalifa-haftar", "Khalifa Haftar", "person", "LBY", aliases=["Haftar"],
            descriptors=["strongman", "warlord"],
            roles=[Role("Commander-in-chief", org="libyan-national-army", start="2015-03-02")]),
    KBActor("libyan-national-army", "Libyan National Army", "armed_group", "LBY", aliases=["LNA"]),
    KBActor("government-of-national-accord", "Government of National Accord", "government",
            "LBY", aliases=["GNA"]),
    KBActor("muammar-gaddafi", "Muammar Gaddafi", "person", "LBY", aliases=["Gaddafi"],
            descriptors=["dictator", "strongman"]),
    KBActor("abdel-fattah-al-sisi", "Abdel Fattah al-Sisi", "person", "EGY", aliases=["Sisi"],
            roles=[Role("President", org="egypt", start="2014-06-08")]),
    KBActor("egypt", "Egypt", "state", "EGY", demonyms=["Egyptian"], metonyms=["Cairo"]),
    KBActor("united-arab-emirates", "United Arab Emirates", "state", "ARE", aliases=["UAE"]),
    KBActor("russia", "Russia", "state", "RUS", demonyms=["Russian"], metonyms=["Moscow"]),
    KBActor("turkey", "Turkey", "state", "TUR", demonyms=["Turkish"], metonyms=["Ankara"]),
    KBActor("france", "France", "state", "FRA", demonyms=["French"], metonyms=["Paris"]),
    KBActor("ukraine", "Ukraine", "state", "UKR", demonyms=["Ukrainian"], metonyms=["Kyiv"]),
    KBActor("united-nations", "United Nations", "international_org", None, aliases=["UN"]),
    KBActor("abiy-ahmed", "Abiy Ahmed", "person", "ETH", aliases=["Abiy"]),
    KBActor("tplf", "Tigray People's Liberation Front", "political_party", "ETH",
            aliases=["TPLF"]),
    KBActor("sudanese-armed-forces", "Sudanese Armed Forces", "government", "SDN",
            aliases=["SAF"]),
    KBActor("rapid-support-forces", "Rapid Support Forces", "armed_group", "SDN",
            aliases=["RSF"]),
    KBActor("ecowas", "Economic Community of West African States", "international_org", None,
            aliases=["ECOWAS"]),
    KBActor("niger", "Niger", "state", "NER", metonyms=["Niamey"]),
]
_AGENTS = [
    Agent("military", "military", ["troops", "forces", "army", "soldiers", "warplanes", "drones"]),
    Agent("militia", "militia", ["fighters", "militia", "militias"]),
    Agent("government", "government", ["government", "officials", "ministry"]),
]


def small_kb() -> KnowledgeBase:
    """A knowledge base of the actors these tests name."""
    kb = KnowledgeBase()
    for actor in _ACTORS:
        kb.add_actor(KBActor(**{f: getattr(actor, f) for f in actor.__slots__}))
    for agent in _AGENTS:
        kb.add_agent(agent)
    kb.finish()
    return kb


_KB = small_kb()


@dataclass(frozen=True)
class M:
    """A mention to place: the ``nth`` occurrence of ``text`` stands for ``actor``."""

    text: str
    actor: str
    kind: str = "name"
    sector: str | None = None
    nth: int = 0
    locative: bool = False


@dataclass(frozen=True)
class P:
    """A place mention to place: the ``nth`` occurrence of ``text`` is place ``id``."""

    text: str
    id: str
    nth: int = 0


def _find(text: str, needle: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} (occurrence {nth}) is not in the text")
    return at


def handmade_state(
    text: str,
    mentions: list[M] = (),  # type: ignore[assignment]
    places: list[P] = (),  # type: ignore[assignment]
    published: str | None = "2019-04-07",
) -> DocState:
    """A DocState for ``text`` with tokens, sentences and the given mentions and places."""
    state = DocState(document=make_document(text, published=published), norm=normalize(text),
                     kb=_KB, options=Options())
    tokenize(state)
    tokens = state.tokens
    for spec in mentions:
        start = _find(state.text, spec.text, spec.nth)
        end = start + len(spec.text)
        first = next(i for i in range(len(tokens)) if tokens.idx[i] == start)
        last = next(i for i in range(len(tokens)) if tokens.end_char(i) == end)
        state.mentions.append(ActorMention(
            start=start, end=end, tok_start=first, tok_end=last + 1,
            sentence=state.sentence_at(start), actor_id=spec.actor, kind=spec.kind,
            text=spec.text, sector=spec.sector, locative=spec.locative))
    for spec in places:
        start = _find(text, spec.text, spec.nth)
        sentence = state.sentence_at(next(
            i for i in range(len(state.text)) if state.norm.to_original(i) >= start))
        state.places.append(Place(id=spec.id, name=spec.text, mentions=[
            Mention(start=start, end=start + len(spec.text), text=spec.text,
                    sentence=sentence)]))
    state.mentions.sort(key=lambda m: (m.start, -m.end))
    return state


def code_handmade(
    text: str,
    mentions: list[M] = (),  # type: ignore[assignment]
    places: list[P] = (),  # type: ignore[assignment]
    published: str | None = "2019-04-07",
) -> list[Event]:
    """The events coded from ``handmade_state`` of these arguments."""
    state = handmade_state(text, mentions, places, published)
    code_events(state)
    return state.events


def rows(events: list[Event]) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, rule, sources, targets) of each event, for exact comparison."""
    return [(e.type, e.rule, e.source, e.target) for e in events]
