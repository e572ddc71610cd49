"""Collective actors of the story's own country, named by common nouns.

Wire copy names the parties of a conflict by common nouns as often as by proper names: "the
government", "government forces", "federal troops", "security forces", "the junta", "the
officers who seized power", "hundreds of protesters", "supporters of the coup", "rebel
fighters", "allied militiamen", "Lawmakers in Addis Ababa", "Armed groups from the port city of
Misrata". With no owner in the phrase they belong to the country the story happens in (its
*home* country): the dateline city and the states, demonyms and capitals the text names most.

Such a phrase goes, in order, to the home country's KB actor whose descriptors hold the phrase
(or its head noun), to the state's official body for the sector, else to a group of the home
country made for the document (``x-afg-government`` "Afghan government", ``x-cod-protesters``
"Congolese protesters"), the same id the sector-group machinery gives "Congolese protesters".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from factions.dates.vocab import CALENDAR_WORDS
from factions.kb import KnowledgeBase
from factions.kb.entries import KBActor
from factions.model import Actor, document_actor_id
from factions.pipeline.state import ActorMention, DocState, TokenView

# How a group looks, which says nothing of whose it is: "Masked officers dragged ...".
_LOOKS = frozenset({"masked", "uniformed", "plainclothes", "armed", "hooded", "helmeted"})
# Quantities and collectives before a group noun belong to the mention: "hundreds of
# protesters", "a group of demonstrators", "tens of thousands of supporters".
_QUANTITIES = {"hundreds", "thousands", "dozens", "dozen", "scores", "tens", "millions", "group",
               "crowd", "crowds", "number", "handful"}
_DETERMINERS = {"the", "a", "an", "some", "many", "several", "other", "more"}
# Modifiers that tie a bare noun to the home state: "government forces", "federal troops",
# "regime forces", "allied militiamen", "loyalist fighters".
_HOME_MODIFIERS = {"government", "federal", "regime", "allied", "loyalist", "security",
                   "pro-government", "government-backed", "state"}
# Bare heads (with no owner) read as the home country's actors, by sector.
_BARE_HEADS = {
    "government": {"government", "authorities", "regime", "administration", "cabinet",
                   "war cabinet", "junta", "state government", "state authorities"},
    "police": {"security forces", "police", "riot police", "police officers", "policemen",
               "state police",
               "police stations", "police station", "police posts", "police post",
               "police reinforcements", "officers", "security personnel"},
    "legislature": {"lawmakers", "legislators", "parliament", "parliamentarians", "mps",
                    "congress", "legislature"},
    "protesters": {"protesters", "protestors", "demonstrators", "supporters", "marchers",
                   "students", "protest organisers", "protest organizers", "protest leaders",
                   "student leaders", "student protesters", "rioters", "inmates",
                   "rioting inmates", "people", "residents", "citizens", "thousands",
                   "hundreds", "dozens", "scores", "millions", "workers"},
    "rebels": {"rebels", "rebel fighters", "rebel groups", "rebel forces", "insurgents"},
    "opposition": {"opposition", "opposition leaders", "opposition parties", "opposition figures",
                   "opposition groups", "opposition politicians", "opposition activists",
                   "opposition candidates"},
    "gangs": {"gangs", "gang members", "armed gangs", "criminal gangs", "gangsters"},
    "humanitarian": {"rights groups", "human rights groups", "rights organisations",
                     "rights organizations", "human rights organisations",
                     "human rights organizations"},
    "militia": {"allied militias", "allied militiamen", "allied militia", "loyalist militias",
                "government-backed militias", "armed groups", "fighters", "militias",
                "militiamen", "gunmen", "vigilantes", "local vigilantes", "vigilante groups",
                "allied factions", "allied armed factions", "armed factions"},
    # "Prosecutors charged 12 people", "A judge ordered him held", "urged the judiciary to":
    # the home state's justice bodies (``_justice_body``)
    "judiciary": {"prosecutors", "public prosecutors", "state prosecutors", "judiciary", "judge",
                  "judges", "constitutional court", "supreme court", "high court"},
    # "The electoral commission said", "detained by the morality police": a body of the home
    # state named by lower-case nouns (``_home_body``)
    "body": {"electoral commission", "election commission", "elections commission",
             "electoral council", "electoral board", "morality police", "religious police"},
    "military": {"government forces", "government troops", "government soldiers",
                 "government personnel", "regime forces", "regime troops", "federal troops",
                 "federal forces",
                 "federal army", "forces", "troops", "regional forces", "soldiers", "army",
                 # "The armed forces said soldiers had been attacked", "the military said"
                 "armed forces", "military"},
}
# Heads that are a crowd of protesters only when a protest verb follows: "Thousands of people
# protested", "Tens of thousands took to the streets" (not "thousands of people fled").
_CROWD_HEADS = frozenset({"people", "residents", "citizens", "thousands", "hundreds", "dozens",
                          "scores", "millions"})
_CROWD_VERBS = frozenset({"protested", "marched", "rallied", "demonstrated", "rioted",
                          "protesting", "marching", "rallying", "demonstrating"})
# Verbs of a crowd's coming out: a protest when the streets follow or the sentence tells one.
_CROWD_OUT = frozenset({"took", "poured", "flooded", "filled", "gathered", "massed", "converged",
                        "assembled", "thronged"})
# Heads that name somebody only with a place: "forces from the Amhara region", "armed groups
# from Misrata"; alone they could be anybody's.
_FROM_ONLY = {"armed groups", "fighters", "militias", "militiamen", "gunmen", "forces", "troops",
              "regional forces", "soldiers"}
# Bare heads that are the home army's when no foreign force was named before them.
_HOME_ARMY_HEADS = {"troops", "soldiers"}
# A country's one legislative chamber, named bare: "impeached by Congress", "Parliament voted".
CHAMBERS = frozenset({"parliament", "congress", "legislature"})
# Words between "from" and a country that only say where it lies: "soldiers from neighbouring
# Eritrea".
_NEIGHBOURING = {"neighbouring", "neighboring", "nearby", "adjacent"}
# Capitalized words before a bare phrase that own nothing: "in October federal troops".
_HEAD_SECTOR = {head: sector for sector, heads in _BARE_HEADS.items() for head in heads}
# Heads that are a party only as a subject ("Inmates rioted in at least six prisons"), not as
# what others act on ("freeing thousands of inmates").
_SUBJECT_ONLY = frozenset({"inmates", "rioting inmates"})
# Government nouns that need "the" (bare "government" is mostly a modifier: "government
# spokesman"); the others stand alone.
_NEEDS_ARTICLE = {"government", "authorities", "regime", "administration", "cabinet", "army",
                  "armed forces", "military",
                  "war cabinet", "junta", "parliament", "opposition"}
# What follows "the military" that acts ("the military said", "the military has"); any
# past form ending in -ed does too ("the military launched").
_MILITARY_ACTS = frozenset({"said", "says", "say", "has", "have", "had", "was", "were", "is",
                            "are", "will", "would", "could", "can", "may", "might", "must",
                            "took", "seized", "began", "struck", "hit", "shot", "fought"})
# Words before a bare lower-case "parliament" that make it the chamber: "set fire to
# parliament", "protesters stormed parliament", "dissolved parliament".
_BARE_CHAMBER_BEFORE = frozenset({"to", "stormed", "storm", "storming", "outside", "into",
                                  "dissolved", "dissolve", "dissolving", "entered", "torched",
                                  "surrounded", "besieged", "attacked", "by", "suspended",
                                  "suspend", "suspends", "suspending"})
# The verbs before a bare "parliament" that say its own head of state closes it.
_CHAMBER_CLOSED = frozenset({"dissolved", "dissolve", "dissolves", "dissolving", "suspended",
                             "suspend", "suspends", "suspending"})
# Justice heads that need a determiner ("a judge ordered", "the judiciary"; not "to judge").
_NEEDS_DETERMINER = frozenset({"judge", "judiciary", "constitutional court", "supreme court",
                               "high court"})
# Words before bare justice heads that make them no body of the state's: "made up of judges",
# "including judges", "military prosecutors".
_NOT_JUSTICE_BODY_BEFORE = frozenset({"of", "including", "among", "military", "former", "like",
                                      "as"})
# Prosecutors are a body of their own, apart from the courts and judges.
_PROSECUTORS = frozenset({"prosecutors", "public prosecutors", "state prosecutors"})
# Forces and arms a bare "army" owns, which act for it: "army warplanes bombed RSF positions",
# "army troops". (Not its posts: "an army base" is a place as often as a target.)
_ARMY_ARMS = frozenset({"warplanes", "planes", "aircraft", "jets", "helicopters", "gunships",
                        "drones", "troops", "soldiers", "units", "tanks", "artillery", "snipers",
                        "patrols", "reinforcements", "forces"})
# Nouns a bare "police" modifies that are no actor: "police lines", "police custody" (a police
# station or post is a head of its own in ``_BARE_HEADS``: attacked, it stands for the police).
_POLICE_THINGS = frozenset({"lines", "line", "cordon", "cordons", "custody", "cell", "cells",
                            "vehicle", "vehicles", "van", "vans", "car", "cars", "barricade",
                            "barricades", "checkpoint", "checkpoints"})
# What a coup's protagonists are called: "the officers who seized power".
_SEIZERS = {"officers", "soldiers", "mutineers", "putschists", "generals", "troops", "men"}
_SEIZE = {"seized", "took", "grabbed", "have", "had"}
_COUP_GROUP = {"coup", "junta", "putsch", "takeover", "military"}
_PLACE_NOUNS = {"city", "town", "province", "region", "district", "state", "area", "village",
                "port", "enclave", "governorate", "county", "stronghold", "capital", "valley"}
# Words a bare phrase can start with (most tokens are skipped on this test alone).
_STARTS = _DETERMINERS | _QUANTITIES | {h.replace("-", " ").split()[0] for h in _HEAD_SECTOR}
# What the first token of a head can be ("pro" of "pro - government", or "pro-government").
_HEAD_FIRSTS = {h[:k] for h in _HEAD_SECTOR for k in range(1, len(h) + 1)
                if k == len(h) or h[k] in " -"}
# What may follow a determiner that opens a bare phrase.
_AFTER_ARTICLE = frozenset(_QUANTITIES | _HEAD_FIRSTS)


_WORDS_CACHE: dict[int, tuple[KnowledgeBase, dict[tuple[str, ...], str]]] = {}


# Country words, their first tokens (-> the widths of the words they start, widest first), the
# state per ISO code, the governments per ISO code, the second tokens of the words of two or
# more tokens per first token.
_Index = tuple[dict[tuple[str, ...], str], dict[str, tuple[int, ...]], dict[str, KBActor],
               dict[str, list[KBActor]], dict[str, frozenset[str]]]


def state_of(kb: KnowledgeBase, country: str) -> KBActor | None:
    """The KB state with ISO code ``country``."""
    return _country_index(kb)[2].get(country)


def _country_index(kb: KnowledgeBase) -> _Index:
    cached = _INDEX_CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    words = _country_words(kb)
    states: dict[str, KBActor] = {}
    governments: dict[str, list[KBActor]] = {}
    for actor in kb.actors.values():
        if actor.type == "state" and actor.country:
            states.setdefault(actor.country, actor)
        elif actor.type == "government" and actor.country:
            governments.setdefault(actor.country, []).append(actor)
    widths: dict[str, set[int]] = {}
    seconds: dict[str, set[str]] = {}
    for key in words:
        widths.setdefault(key[0], set()).add(len(key))
        if len(key) > 1:
            seconds.setdefault(key[0], set()).add(key[1])
    firsts = {first: tuple(sorted(ws, reverse=True)) for first, ws in widths.items()}
    index = (words, firsts, states, governments,
             {first: frozenset(ws) for first, ws in seconds.items()})
    _INDEX_CACHE[id(kb)] = (kb, index)
    return index


_INDEX_CACHE: dict[int, tuple[KnowledgeBase, _Index]] = {}


def country_words(kb: KnowledgeBase) -> dict[tuple[str, ...], str]:
    """Token tuples of state names, aliases, demonyms and capitals -> ISO code."""
    return _country_words(kb)


def _country_words(kb: KnowledgeBase) -> dict[tuple[str, ...], str]:
    """Token tuples of state names, aliases, demonyms and capitals -> ISO code (cached per KB)."""
    cached = _WORDS_CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    words: dict[tuple[str, ...], str] = {}
    for actor in kb.actors.values():
        if actor.type != "state" or not actor.country:
            continue
        for form in (*actor.all_names(), *actor.demonyms, *actor.metonyms):
            key = tuple(re.findall(r"[\w.]+|[^\w\s]", form))
            if key and len(key) <= 3:
                words.setdefault(key, actor.country)
    _WORDS_CACHE[id(kb)] = (kb, words)
    return words


def token_positions(tokens: list[str], words: frozenset[str]) -> list[int]:
    """Ascending indices of the tokens that are one of a few ``words`` (the scan done in C)."""
    found: list[int] = []
    for word in words:
        i = -1
        try:
            while True:
                i = tokens.index(word, i + 1)
                found.append(i)
        except ValueError:
            pass
    if len(words) > 1:
        found.sort()
    return found


class _Frozen:
    """Per-document results that depend only on ``state.mentions``, kept while the caller
    guarantees the mentions do not change (see ``frozen_mentions``)."""

    state: ClassVar[DocState | None] = None
    story: ClassVar[dict[float, str | None]] = {}
    counts: ClassVar[Counter[str] | None] = None  # the story-country counts (one for all margins)
    mentioned: ClassVar[frozenset[str] | None] = None
    memo: ClassVar[dict[object, object]] = {}


def frozen_mentions(state: DocState | None) -> None:
    """Start (``state``) or stop (None) reusing story countries and the set of mentioned actor
    ids for ``state``: call only while its mentions stay as they are."""
    _Frozen.state = state
    _Frozen.story = {}
    _Frozen.counts = None
    _Frozen.mentioned = None
    _Frozen.memo = {}


def frozen_memo(state: DocState) -> dict[object, object] | None:
    """A scratch dict for results that depend only on ``state.mentions`` (None unless they
    are frozen for ``state``)."""
    return _Frozen.memo if _Frozen.state is state else None


def mentioned_ids(state: DocState) -> frozenset[str] | set[str]:
    """The actor ids the document's mentions name."""
    if _Frozen.state is state:
        if _Frozen.mentioned is None:
            _Frozen.mentioned = frozenset(m.actor_id for m in state.mentions)
        return _Frozen.mentioned
    return {m.actor_id for m in state.mentions}


def story_country(state: DocState, margin: float = 1.0) -> str | None:
    if _Frozen.state is state:
        if margin not in _Frozen.story:
            if _Frozen.counts is None:
                _Frozen.counts = _country_counts(state)
            _Frozen.story[margin] = _top_country(_Frozen.counts, margin)
        return _Frozen.story[margin]
    return _story_country(state, margin)


def _story_country(state: DocState, margin: float = 1.0) -> str | None:
    """ISO code of the country the story happens in, or None when none stands out.

    Every name, demonym and capital of a state counts once (mentions used as places too: the
    story happens there), and so does every mention of a known actor of the country (its
    leaders, forces and armed groups); a country named as a place ("in Syria") counts twice
    more, and the dateline city three times. The top country must have more than ``margin``
    times the count of the next.
    """
    return _top_country(_country_counts(state), margin)


def _country_counts(state: DocState) -> Counter[str]:
    """The counts ``_story_country`` weighs (a new Counter)."""
    counts = Counter(text_country_counts(state))
    for m in state.mentions:
        actor = state.kb.actors.get(m.actor_id)
        if actor is None or not actor.country:
            continue
        if actor.type == "state":
            if m.locative:
                counts[actor.country] += 2  # "in Syria", "northwest Syria": where it happens
        elif m.kind not in ("pronoun", "descriptor", "office"):
            counts[actor.country] += 1
    return counts


def _top_country(counts: Counter[str], margin: float) -> str | None:
    """The top country of ``counts`` when it has more than ``margin`` times the next."""
    result: str | None = None
    if counts:
        (top, k), *rest = counts.most_common(2) + [("", 0)]
        if k >= 2 and k > rest[0][1] * margin:
            result = top
    return result


_TEXT_COUNTS: dict[int, tuple[TokenView, Counter[str]]] = {}


_CONTINENT_PARTS = frozenset({"Latin", "South", "Central", "North"})


def text_country_counts(state: DocState) -> Counter[str]:
    """State names, demonyms and capitals in the text, and the dateline three times (read once
    per document; from the tokens alone, so the actor stages may ask before any mention)."""
    tv = state.tokens
    cached = _TEXT_COUNTS.get(id(tv))
    if cached is not None and cached[0] is tv:
        return cached[1]
    words, firsts, _, _, seconds = _country_index(state.kb)
    counts: Counter[str] = Counter()
    texts = tv.text
    n = len(texts)
    nxt = 0  # the first token not yet read as part of a country name
    for i in tv.positions(firsts, lower=False):
        if i < nxt:
            continue
        word = texts[i]
        if i > 0 and texts[i - 1] in _CONTINENT_PARTS and word == "America":
            continue  # "Latin America", "South America": a continent, not the United States
        for width in firsts[word]:  # only the widths of words that start so
            if width > 1 and i + 1 < n and texts[i + 1] not in seconds[word]:
                continue  # no word of this width starts with these two tokens ("the army")
            country = words.get(tuple(texts[i : i + width]))
            if country is not None:
                counts[country] += 1
                nxt = i + width
                break
    dateline = _dateline_country(state)
    if dateline:
        counts[dateline] += 3
    _TEXT_COUNTS.clear()  # one document at a time
    _TEXT_COUNTS[id(tv)] = (tv, counts)
    return counts


def _dateline_country(state: DocState) -> str | None:
    """The country of an upper-case dateline city ("KABUL, Aug 16 -", "KHARTOUM (Reuters) -",
    "GAZA -")."""
    tv = state.tokens
    for sent in state.sentences[:3]:
        j = sent.tok_start
        words: list[str] = []
        while j < sent.tok_end and tv.text[j].isupper() and \
                tv.text[j].replace("'", "").isalpha():
            words.append(tv.text[j].title())
            j += 1
            while j + 1 < sent.tok_end and tv.text[j] in ("-", "'") and not tv.space[j - 1] \
                    and not tv.space[j] and tv.text[j + 1].isupper():
                # "PORT-AU-PRINCE", "N'DJAMENA": one name
                words[-1] += tv.text[j] + tv.text[j + 1].title()
                j += 2
        if words and j + 1 < sent.tok_end and tv.text[j] == "/" and tv.text[j + 1].isupper():
            # "KHARTOUM/JEDDAH, June 1 -", "BEIRUT/JERUSALEM -": the first city is the story's;
            # the others (all capitals) are skipped up to the dateline's end.
            j += 1
            while j < sent.tok_end and (tv.text[j] == "/" or (
                    tv.text[j].isupper() and tv.text[j].replace("'", "").isalpha())):
                j += 1
        if words and j < sent.tok_end and tv.text[j] in (",", "(", "-", "—", "–"):
            name = " ".join(words)
            country = _named_after(state, j, sent.tok_end) if tv.text[j] == "," else None
            if country is None:
                country = _capitals_by_lower(state.kb).get(name.lower())
            if country is None:
                country = _country_words(state.kb).get(tuple(words))
            if country is None:
                country = _big_city_country(name)
            if country is not None:
                return country
    return None


def _named_after(state: DocState, comma: int, end: int) -> str | None:
    """The country a dateline names after its city ("QUETTA, Pakistan, March 12 -", "GOMA,
    Democratic Republic of Congo, Jan 28 (Reuters) -")."""
    words = _country_words(state.kb)
    text = state.tokens.text
    for width in range(min(5, end - comma - 1), 0, -1):
        country = words.get(tuple(text[comma + 1 : comma + 1 + width]))
        if country is not None and comma + 1 + width < end \
                and text[comma + 1 + width] in (",", "(", "-", "—", "–"):
            return country
    return None


def _big_city_country(name: str) -> str | None:
    """The country of a dateline city that is not a capital ("KARACHI -", "GOMA -"): the one
    city of that exact name with 100,000 people or more and ten times the next one's."""
    from factions.geo.gazetteer import load_gazetteer  # (the places stage loads it too)
    from factions.geo.names import name_key

    gazetteer = load_gazetteer()
    found = sorted(((gazetteer.population(i), gazetteer.country_of(i))
                    for i, kind in gazetteer.lookup(name_key(name)) if kind == 0),
                   reverse=True)
    if found and found[0][0] >= 100_000 and (len(found) == 1 or found[0][0] >= 10 * found[1][0]):
        return found[0][1] or None
    return None


def _town_country(state: DocState, i: int, home: str) -> str | None:
    """The country other than ``home`` of the town named at token ``i`` ("the town of Rask",
    "Saravan"), when it is one of the states the article names and the only one of them with a
    place of that name."""
    from factions.geo.gazetteer import load_gazetteer
    from factions.geo.names import name_key

    tv = state.tokens
    lowers, n = tv.lower, len(tv.lower)
    j = i + 1 if i < n and lowers[i] == "the" else i
    if j + 1 < n and lowers[j] in _PLACE_NOUNS and lowers[j + 1] == "of":
        j += 2
    k = j
    while k < n and k < j + 3 and tv.text[k][:1].isupper() and tv.text[k].isalpha():
        k += 1
    if k == j:
        return None
    named = {a.country for m in state.mentions
             if (a := state.kb.actors.get(m.actor_id)) is not None and a.type == "state"
             and a.country and a.country != home}
    if not named:
        return None
    gazetteer = load_gazetteer()
    found = {gazetteer.country_of(x) for x, _ in
             gazetteer.lookup(name_key(" ".join(tv.text[j:k])))}
    if home in found:
        return None
    hits = found & named
    return next(iter(hits)) if len(hits) == 1 else None


_CAPITALS_BY_LOWER: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}


def _capitals_by_lower(kb: KnowledgeBase) -> dict[str, str]:
    """``kb.capital_country`` keyed by lowercase name ("port-au-prince", "dar es salaam")."""
    cached = _CAPITALS_BY_LOWER.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _CAPITALS_BY_LOWER[id(kb)] = (
            kb, {name.lower(): country for name, country in kb.capital_country.items()})
    return cached[1]


def demonym(kb: KnowledgeBase, country: str) -> str:
    """The adjective for a country ("AFG" -> "Afghan"), else its code."""
    actor = state_of(kb, country)
    if actor is None:
        return country
    singular = [d for d in actor.demonyms if not d.endswith("s")]
    return (singular or actor.demonyms or [actor.name])[0]


def home_actor(state: DocState, phrase: str, sector: str, country: str) -> str:
    """The actor id a home-country phrase ("government forces", "the junta") denotes.

    A KB actor of ``country`` described by the phrase or its head noun (one the document names
    first), else the state's official body for the sector, else a group of the country made for
    this document.
    """
    kb = state.kb
    mentioned = mentioned_ids(state)
    words = phrase.split()
    keys = [phrase, words[-1]]
    if sector == "military":
        keys += ["government forces", "army", "troops"]
    elif sector == "government":
        keys += ["government"]
    for key in dict.fromkeys(keys):
        ids = [a for a in kb.descriptor_index.get(key, ())
               if kb.actors[a].country == country and kb.actors[a].type != "person"]
        if ids:
            named = [a for a in ids if a in mentioned]
            return (named or ids)[0]
    if sector == "government":
        # The country's ruling body the text has named ("the junta" before "the Malian
        # government"): the same government.
        for m in state.mentions:
            actor = kb.actors.get(m.actor_id)
            if actor is not None and actor.country == country and is_ruling_body(actor):
                return actor.id
    body = kb.state_bodies.get((country, sector))
    if body is not None:
        return body
    if sector == "government":
        named_as = {f"{d} government".lower() for d in _demonyms(kb, country)}
        for actor in _country_index(kb)[3].get(country, ()):
            if named_as & {x.lower() for x in actor.all_names()}:
                return actor.id  # "Yemeni government"
    return home_group(state, country, sector, phrase)


def is_ruling_body(actor: KBActor) -> bool:
    """Whether the press calls a government body its country's government ("the military
    government", "the junta", "the regime"), not a regional, rival or shadow one."""
    return actor.type == "government" and any(
        "government" in d.lower() or d.lower() in ("junta", "regime")
        for d in actor.descriptors) and not any(
        w in d.lower() for d in actor.descriptors
        for w in ("regional", "rival", "parallel", "shadow", "opposition"))


def _demonyms(kb: KnowledgeBase, country: str) -> list[str]:
    actor = state_of(kb, country)
    return [*actor.demonyms, actor.name] if actor is not None else []


# The id ``home_group`` gives a document group of a state's own bodies.
_HOME_BODY = re.compile(r"x-([a-z]{3})-(government|police|legislature|military)$")


def home_body(actor_id: str) -> tuple[str, str] | None:
    """(ISO3 country, sector) of a document group of a state's own bodies ("x-bgd-police" for
    "police" in a story from Bangladesh), or None for any other actor."""
    found = _HOME_BODY.match(actor_id)
    return (found.group(1).upper(), found.group(2)) if found else None


def home_group(state: DocState, country: str, sector: str, noun: str,
               name: str | None = None) -> str:
    """Register (once) and return the document group of ``country`` for ``sector``."""
    from factions.actors.lexicon import actor_lexicon

    actor_id = f"x-{country.lower()}-{sector}"
    if actor_id not in state.actors:
        lex = actor_lexicon()
        kind = lex.non_state_sectors.get(sector) or (
            "government" if sector in ("government", "legislature", "police") else
            "armed_group" if sector == "military" else "other")
        label = "government" if sector == "government" else noun
        state.actors[actor_id] = Actor(
            id=actor_id, name=name or f"{demonym(state.kb, country)} {label}", type=kind,
            country=country, known=False)
    return actor_id


def junta_of(state: DocState, country: str) -> str:
    """The junta of ``country``: a KB actor described as its junta, else a document group."""
    kb = state.kb
    mentioned = mentioned_ids(state)
    ids = [a for a in kb.descriptor_index.get("junta", ()) if kb.actors[a].country == country]
    if ids:
        return ([a for a in ids if a in mentioned] or ids)[0]
    actor_id = f"x-{country.lower()}-junta"
    if actor_id not in state.actors:
        state.actors[actor_id] = Actor(id=actor_id, name=f"{demonym(kb, country)} junta",
                                       type="government", country=country, known=False)
    return actor_id


def taken_mention(state: DocState, taken: list[bool], start: int, end: int, actor_id: str,
                   kind: str, sector: str | None = None) -> ActorMention:
    """A mention of tokens [start, end), which are marked taken."""
    tv = state.tokens
    for k in range(start, end):
        taken[k] = True
    return ActorMention(start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start,
                        tok_end=end, sentence=tv.sentence[start], actor_id=actor_id, kind=kind,
                        text=tv.span_text(start, end, state.text), sector=sector)


def home_mentions(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """Mentions of home-country groups named by bare common nouns (see the module doc)."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found: list[ActorMention] = []
    country = story_country(state)
    seizers = _power_seizers(state, taken, country)
    found.extend(m for m in seizers if m.kind == "descriptor")
    found.extend(_addressed_forces(state, taken, country, seizers))
    police_abroad: dict[int, str] = {}  # sentence -> the foreign country its police are of
    i = 0
    for cand in tv.positions(_STARTS):
        if cand < i or taken[cand]:
            continue
        if lowers[cand] in _DETERMINERS and (cand + 1 >= n
                                             or lowers[cand + 1] not in _AFTER_ARTICLE):
            continue  # "the", "a" with no quantity or head after it (``_bare_phrase``'s tests)
        i = cand
        hit = _bare_phrase(tv, i, taken)
        if hit is None:
            i += 1
            continue
        start, head_start, end, head = hit
        sector = _HEAD_SECTOR[head]
        if head == "officers" and not _police_told(state, tv.sentence[start]):
            junta = [m.actor_id for m in seizers if m.tok_start < start]
            if junta and lowers[start] in _DETERMINERS | _QUANTITIES:
                # "Hours later the officers said ...": after "Army officers seized power", the
                # officers are the junta.
                found.append(taken_mention(state, taken, start, end, junta[-1], "descriptor"))
            i = end
            continue  # bare "officers" are police only where the police are the story
        if head in _CROWD_HEADS and not _protest_follows(state, end):
            i = end
            continue
        owner_country = country
        # "Lawmakers in Addis Ababa", "protesters in Kinshasa": the capital says whose.
        stop = end
        if end + 1 < n and lowers[end] == "in":
            capital = _capital_at(state, end + 1)
            if capital is not None:
                owner_country, stop = capital
            elif sector == "police" and country is not None:
                # "an assault on a police station in the town of Rask" (in a story datelined
                # in Pakistan): a town of another country the article names says whose police
                owner_country = _town_country(state, end + 1, country) or owner_country
        if sector == "police" and stop == end and owner_country == country:
            # "... in the town of Rask that killed 11 police officers": the police the sentence
            # has just placed in that country
            owner_country = police_abroad.get(tv.sentence[start], owner_country)
        elif sector == "police" and owner_country != country and owner_country is not None:
            police_abroad[tv.sentence[start]] = owner_country
        actor_id: str | None = None
        if sector == "legislature" and stop == end and head in CHAMBERS and \
                owner_country is not None:
            # "was impeached by Congress", "Parliament rejected the plan" in a story at home:
            # the home country's chamber the KB describes so (none made up: "Congress" may
            # be a party's name, and a country's chamber the KB lacks is left unnamed)
            actor_id = next((a for a in state.kb.descriptor_index.get(head, ())
                             if state.kb.actors[a].country == owner_country
                             and state.kb.actors[a].type != "person"), None)
            if actor_id is None and head != "congress" and start > 0 and \
                    lowers[start - 1] in _CHAMBER_CLOSED:
                # "Embalo dissolved parliament", "Saied suspended parliament": what the
                # president dissolves is his own country's chamber, a document group when the
                # KB has none (as a stormed one is, ``_stormed_chambers``)
                actor_id = home_group(state, owner_country, "legislature", head)
            if actor_id is None:
                i = end
                continue
        elif sector == "legislature" and stop == end:
            place = _from_place(state, end, taken)
            if place is None or place[0] in _country_words(state.kb):
                i = end
                continue  # bare "lawmakers" may be any country's; "lawmakers in Addis Ababa" say
            # "Lawmakers from Kaduna": the members a region sends, a group of their own.
            stop = place[1]
            actor_id = _place_group(state, place[0], head, sector)
            state.actors[actor_id].type = "government"
        if sector in ("rebels", "militia", "military") and not head.startswith("allied") \
                and not (start > 0 and lowers[start - 1] in _MOVED_FROM):
            place = _from_place(state, end, taken)
            if place is not None:
                place_name, stop = place
                actor_id = _place_group(state, place_name, tv.span_text(head_start, end,
                                                                        state.text), sector)
        if actor_id is None and head in _HOME_ARMY_HEADS and owner_country is not None and \
                _sole_army(state, owner_country, start):
            # "Troops repelled the attack" in a story that has named no foreign force yet: the
            # home country's own army.
            actor_id = agent_owner_of(state, owner_country, "military")
        if actor_id is None and head in _FROM_ONLY:
            i = end
            continue  # bare "forces", "armed groups": anybody's; only "... from X" say whose
        if actor_id is None and head in ("students", "workers") and \
                not _protest_sentence(state, start, head == "workers") and \
                not any(m.sector == "protesters" and head[:-1] in m.text.lower() for m in found):
            i = end
            continue  # students are a crowd where they protest ("students marched") or did
        if actor_id is None and head == "supporters":
            # "supporters of the coup": the coup's supporters, a crowd of the home country.
            if not (end + 2 < n and lowers[end] == "of" and (
                    lowers[end + 1] in _COUP_GROUP or lowers[end + 2] in _COUP_GROUP)):
                if _supporters_protest(state, end) is None:
                    i = end
                    continue
                # "Hundreds of supporters marched", "supporters of the opposition rallied"
            else:
                stop = end + 2 if lowers[end + 1] in _COUP_GROUP else end + 3
        if actor_id is None:
            if owner_country is None:
                i = end
                continue
            if head == "junta":
                actor_id = junta_of(state, owner_country)
            elif sector == "gangs":  # the country's gangs, not any one the text names
                actor_id = home_group(state, owner_country, sector, "gangs")
            elif head.startswith("state "):
                # "the state government", "the state police" of a federal country's state (the
                # Indian state of Manipur): bodies of their own, not the nation's
                actor_id = f"x-{owner_country.lower()}-state-{sector}"
                if actor_id not in state.actors:
                    state.actors[actor_id] = Actor(
                        id=actor_id, name=f"{demonym(state.kb, owner_country)} {head}",
                        type="government", country=owner_country, known=False)
            elif sector == "judiciary":
                actor_id = _justice_body(state, owner_country, head, start)
            elif sector == "body":
                actor_id = _home_body(state, owner_country, head)
            elif head in _DEFINITE_ARMY and (told := _army_told(state, start)) is not None:
                actor_id = told  # "the Philippine military said ... The armed forces said"
            elif sector == "opposition":
                # "opposition leaders", "opposition parties", "the opposition": one camp, the
                # country's opposition, not any one party the text names.
                actor_id = home_group(state, owner_country, sector, "opposition")
            elif sector in ("protesters", "rebels") and story_country(state, 1.5) is None \
                    and stop == end:
                # Crowds and rebels of a story shared by two countries: whose is not clear.
                bare = _crowd_name(tv, head_start, stop, head, state.text)
                actor_id = f"x-{sector}"
                if actor_id not in state.actors:
                    state.actors[actor_id] = Actor(
                        id=actor_id, name=bare[:1].upper() + bare[1:],
                        type="armed_group" if sector == "rebels" else "other", known=False)
            elif sector in ("protesters", "rebels") or head.startswith(("allied", "loyalist")):
                # A crowd is named by what the text calls it: "Protesters", "Supporters of
                # the coup" (the quantity stays in the mention: "hundreds of protesters").
                bare = _crowd_name(tv, head_start, stop, head, state.text)
                actor_id = _existing_or_group(state, owner_country, sector, head,
                                              bare[:1].upper() + bare[1:]
                                              if sector == "protesters" else None,
                                              before=start)
            else:
                actor_id = home_actor(state, head, sector, owner_country)
        found.append(taken_mention(state, taken, start, stop, actor_id, "agent", sector))
        i = stop
    found.extend(_coup_makers(state, taken, country))
    found.extend(_owned_supporters(state, taken, country))
    found.extend(_stormed_chambers(state, taken, country))
    found.extend(_bloc_mentions(state, taken))
    found.extend(_crowds(state, taken, found))
    return found


# Words that make the students of a sentence a crowd: "Thousands of students marched",
# "clashes between police and students protesting against quotas".
_PROTEST_WORDS = frozenset({
    "protest", "protests", "protesting", "protested", "march", "marched", "marching", "rally",
    "rallied", "rallies", "demonstration", "demonstrations", "demonstrated", "demonstrating",
    "clashed", "clashes", "clashing", "chanted", "chanting", "sit-in", "boycotted", "stormed",
    "demanding", "walkout", "walked"})
_PROTEST_ONLY_WORDS = _PROTEST_WORDS - {"clashed", "clashes", "clashing", "stormed", "walked",
                                         "march"}  # ("In March, ...")


# What may stand between "supporters of" and the protest verb: the one they back ("supporters
# of opposition figure Venancio Mondlane marched"); a clause boundary ends the search.
_SUPPORTERS_WINDOW = 8
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "who", "which", "that", "and", "but", "as",
                           "while", "after", "when", "-", "–", "—"})
# What supporters do in the street (with the crowd verbs): "Supporters of former President Evo
# Morales blocked roads", "his supporters stormed the building", "thousands of supporters of
# former President Jair Bolsonaro invaded Congress", "... ransacked the palace".
_SUPPORTER_ACTS = _CROWD_VERBS | frozenset({"blocked", "stormed", "clashed", "chanted", "staged",
                                            "gathered", "massed", "occupied", "besieged",
                                            "invaded", "ransacked", "torched", "looted",
                                            "attacked", "raided", "vandalised", "vandalized",
                                            "overran", "burned", "burnt", "rioted", "broke"})
# "Western supporters rallied behind Kyiv": support, no protest.
_RALLY_TO = frozenset({"behind", "around", "round", "to"})
_RALLY_AIMS = frozenset({"demand", "protest", "denounce", "contest", "oppose", "reject",
                         "condemn", "press", "call"})


def _supporters_protest(state: DocState, end: int) -> int | None:
    """The protest verb that "supporters" ending at token ``end`` are the subject of, with the
    one they back in between ("supporters of opposition figure Venancio Mondlane marched",
    "Duterte supporters rallied outside"), or None."""
    lowers = state.tokens.lower
    n = len(lowers)
    k = end
    if k < n and lowers[k] == "of":
        k += 1
        while k < n and k < end + _SUPPORTERS_WINDOW and lowers[k] not in _SUPPORTER_ACTS \
                and lowers[k] not in _CLAUSE_STOPS:
            k += 1
    elif k < n and lowers[k] in ("also", "again", "have", "had", "then"):
        k += 1
    if k >= n or lowers[k] not in _SUPPORTER_ACTS or (
            lowers[k].startswith("rall") and k + 1 < n and lowers[k + 1] in _RALLY_TO
            and not (k + 2 < n and lowers[k + 2] in _RALLY_AIMS)):
        return None
    return k


def _owned_supporters(state: DocState, taken: list[bool], country: str | None
                      ) -> list[ActorMention]:
    """Supporters of someone the text names, out in the street: "Hundreds of Duterte
    supporters rallied outside Villamor Air Base", "Mondlane's supporters marched". The word
    "supporters" is a mention of the country's crowd of protesters, named after the phrase
    ("Duterte supporters") when the text has named no crowd before; the name of the one backed
    stays that person's mention."""
    if country is None:
        return []
    tv = state.tokens
    lowers = tv.lower
    found: list[ActorMention] = []
    for p in token_positions(lowers, frozenset({"supporters"})):
        if taken[p] or p == 0 or _supporters_protest(state, p + 1) is None:
            continue
        first = p - 1
        if lowers[first] in ("'s", "'"):
            first -= 1
        if tv.sentence[first] != tv.sentence[p]:
            continue
        if lowers[first] in ("his", "her", "their"):
            name = "Supporters"  # "Thousands of his supporters marched"
        elif taken[first] and tv.text[first][:1].isupper():
            while first > 0 and taken[first - 1] and tv.text[first - 1][:1].isupper() and \
                    tv.sentence[first - 1] == tv.sentence[p]:
                first -= 1
            name = tv.span_text(first, p + 1, state.text)
        else:
            continue  # (bare "supporters" are read as a bare phrase)
        actor_id = _existing_or_group(state, country, "protesters", "supporters", name)
        found.append(taken_mention(state, taken, p, p + 1, actor_id, "agent", "protesters"))
    return found


# The words before a bare chamber that a crowd storms, burns or marches on: "protesters
# stormed parliament", "set fire to parliament, the Supreme Court and ...", "marched on
# parliament", "broke into the parliament building".
_STORMING = frozenset({("stormed",), ("storm",), ("storming",), ("torched",), ("ransacked",),
                       ("besieged",), ("fire", "to"), ("marched", "on"), ("march", "on"),
                       ("marching", "on"), ("marched", "to"), ("broke", "into"),
                       ("break", "into"), ("breaking", "into"), ("invaded",), ("invade",),
                       ("invading",), ("ransack",), ("torch",)})


# What may follow such a chamber: the end of its phrase.
_AFTER_CHAMBER = frozenset({",", ".", ";", ":", "in", "on", "at", "as", "after", "before",
                            "while", "when", "-", "–", "—", "late", "early", "overnight"})


def _stormed_chambers(state: DocState, taken: list[bool], country: str | None
                      ) -> list[ActorMention]:
    """The country's parliament named bare as what a crowd storms, burns or marches on
    ("thousands of students ... marched on parliament", "protesters set fire to parliament"):
    the chamber the KB knows for the story's country, else a document group of its
    legislature. (A bare "parliament" elsewhere may be any country's: it is left alone.)"""
    if country is None:
        return []
    tv = state.tokens
    lowers = tv.lower
    found: list[ActorMention] = []
    for p in token_positions(lowers, CHAMBERS):
        if taken[p]:
            continue
        k = p - 1 if p > 0 and lowers[p - 1] == "the" else p
        if k == p and p > 1 and lowers[p - 1] == "'s" and lowers[p - 2] in _home_names(state,
                                                                                     country):
            k = p - 2  # "protesters stormed Brazil's Congress"
        if not any(tuple(lowers[k - len(w) : k]) == w for w in _STORMING if k >= len(w)):
            continue
        stop = p + 1
        if stop < len(lowers) and lowers[stop] == "building":
            stop += 1  # "broke into the parliament building"
        if stop < len(lowers) and lowers[stop] not in _AFTER_CHAMBER and not (
                lowers[stop] == "and" and lowers[stop + 1 : stop + 2] == ["the"]):
            continue  # "the parliament compound"; "parliament and police" may be a list
            # ("stormed Brazil's Congress and the Supreme Court": the next thing stormed)
        actor_id = next((a for a in state.kb.descriptor_index.get(lowers[p], ())
                         if state.kb.actors[a].country == country
                         and state.kb.actors[a].type != "person"), None)
        if actor_id is None:
            actor_id = home_group(state, country, "legislature", lowers[p])
        found.append(taken_mention(state, taken, p, stop, actor_id, "agent", "legislature"))
    return found


def _home_names(state: DocState, country: str) -> frozenset[str]:
    """The one-word names the knowledge base gives the state of ``country`` ("brazil")."""
    home = state_of(state.kb, country)
    if home is None:
        return frozenset()
    return frozenset(n.lower() for n in (home.name, *home.aliases) if " " not in n)


def _crowd_name(tv: TokenView, start: int, stop: int, head: str, text: str) -> str:
    """The words a crowd is named by: its head ("protesters", "supporters of the coup"), or
    "protesters" for a crowd of people ("thousands of people protested")."""
    return "protesters" if head in _CROWD_HEADS else tv.span_text(start, stop, text)


def _protest_follows(state: DocState, end: int) -> bool:
    """Whether the crowd phrase ending at token ``end`` is the subject of a protest: "thousands
    of people protested", "hundreds also marched", "tens of thousands took to the streets",
    "thousands gathered outside parliament" in a sentence that tells a protest."""
    lowers = state.tokens.lower
    n = len(lowers)
    k = end
    if k < n and lowers[k] in ("also", "again", "have", "had", "were", "then"):
        k += 1
    if k >= n:
        return False
    if lowers[k] in _CROWD_VERBS:
        return True
    if lowers[k] not in _CROWD_OUT:
        return False
    return "streets" in lowers[k + 1 : k + 5] or _protest_sentence(state, k)


def _protest_sentence(state: DocState, at: int, strict: bool = False) -> bool:
    """Whether the sentence of token ``at`` tells a protest (``strict``: by a word that only a
    protest has, not "stormed" or "clashed": "the fighters stormed Palma, killing dozens of
    people, including foreign workers")."""
    sent = state.sentences[state.tokens.sentence[at]]
    words = _PROTEST_ONLY_WORDS if strict else _PROTEST_WORDS
    return not words.isdisjoint(state.tokens.lower[sent.tok_start : sent.tok_end])


def _crowds(state: DocState, taken: list[bool], found: list[ActorMention]
            ) -> list[ActorMention]:
    """"the crowd", "the crowds", bare "crowds", "a crowd", "a mob", "the mob", bare "mobs"
    after protesters were named: those protesters ("Within hours, a crowd broke into his
    private residence", "In Lahore, a mob broke into the residence of the corps commander")."""
    tv = state.tokens
    crowds = [m for m in found if m.sector == "protesters"]
    if not crowds:
        return []
    first = min(m.tok_start for m in crowds)
    result = []
    lowers = tv.lower
    for i in range(first + 1, len(lowers) - 1):
        if lowers[i] == "the" and lowers[i + 1] in ("crowd", "crowds", "mob") and not (
                taken[i] or taken[i + 1]):
            width = 2
        elif lowers[i] in ("a", "an") and lowers[i + 1] in ("crowd", "mob") \
                and not (taken[i] or taken[i + 1]) and (
                    i + 2 >= len(lowers) or lowers[i + 2] != "of"):
            width = 2  # (not "a crowd of onlookers": whose crowd the "of" says)
        elif lowers[i] in ("crowds", "mobs") and not taken[i] \
                and lowers[i - 1] not in ("the", "of") and lowers[i + 1] != "of":
            width = 1  # "police opened fire on crowds", "Crowds also marched through Nakuru"
        else:
            continue
        before = [m for m in crowds if m.tok_start < i]
        actor_id = max(before, key=lambda m: m.tok_start).actor_id
        result.append(ActorMention(
            start=tv.idx[i], end=tv.end_char(i + width - 1), tok_start=i, tok_end=i + width,
            sentence=tv.sentence[i], actor_id=actor_id, kind="descriptor",
            text=tv.span_text(i, i + width, state.text)))
        for k in range(i, i + width):
            taken[k] = True
    return result


# Adjectives that name a bloc of states, and the group they make ("Western sanctions").
_BLOCS = {"Western": "Western countries"}
_BLOC_WORDS = frozenset(_BLOCS)
_THE = frozenset({"the"})
# What a bloc does to or for a party: "Western sanctions", "Western arms", "Western pressure".
_BLOC_ACTS = {"sanctions", "aid", "arms", "weapons", "support", "backing", "pressure",
              "assistance", "funding", "help", "intervention", "condemnation", "criticism",
              "military", "embargo", "embargoes", "mediation", "demands", "warnings"}


def _bloc_mentions(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"Western sanctions", "Western-supplied tanks": the bloc acts; one group per document
    (the bloc's group named elsewhere in the text, as "Western governments", when there is one)."""
    from factions.actors.lexicon import actor_lexicon

    tv = state.tokens
    n = len(tv.text)
    participles = actor_lexicon().agentive_participles
    found = []
    for i in token_positions(tv.text, _BLOC_WORDS):
        word = tv.text[i]
        if taken[i] or i + 1 >= n:
            continue
        nxt = tv.lower[i + 1]
        if not (nxt in _BLOC_ACTS or (nxt == "-" and i + 2 < n and not tv.space[i]
                                      and tv.lower[i + 2] in participles)):
            continue
        prefix = "x-" + word.lower() + "-"
        actor_id = next((a for a in state.actors if a.startswith(prefix)), None)
        if actor_id is None:
            name = _BLOCS[word]
            actor_id = "x-" + name.lower().replace(" ", "-")
            state.actors[actor_id] = Actor(id=actor_id, name=name, type="other", known=False)
        found.append(ActorMention(
            start=tv.idx[i], end=tv.idx[i] + len(word), tok_start=i, tok_end=i + 1,
            sentence=tv.sentence[i], actor_id=actor_id, kind="demonym", text=word))
        taken[i] = True
    # "has accused the West of trying to stir up a revolution": the bloc by its own name (not
    # "the West Bank", "the West African ...").
    for i in token_positions(tv.text, frozenset({"West"})):
        if taken[i] or i == 0 or tv.lower[i - 1] != "the" or (
                i + 1 < n and (tv.text[i + 1][:1].isupper() or tv.lower[i + 1] == "-")):
            continue
        actor_id = next((a for a in state.actors if a.startswith("x-western-")), None)
        if actor_id is None:
            actor_id = "x-western-countries"
            state.actors[actor_id] = Actor(id=actor_id, name=_BLOCS["Western"], type="other",
                                           known=False)
        found.append(ActorMention(
            start=tv.idx[i - 1], end=tv.idx[i] + 4, tok_start=i - 1, tok_end=i + 1,
            sentence=tv.sentence[i], actor_id=actor_id, kind="discovered",
            text=tv.span_text(i - 1, i + 1, state.text)))
        taken[i - 1] = taken[i] = True
    return found


_GOVERNMENT_HEADS = {"government", "administration", "cabinet", "regime"}


def person_governments(state: DocState, mentions: list[ActorMention]) -> None:
    """"his government", "Mikati's government", "the Afghan government", "Kabul's
    government": the government of the person's or the state's country, the same actor as
    "the government" of that country."""
    for m in mentions:
        if m.kind != "agent" or m.sector != "government":
            continue
        if m.text.split()[-1].lower() not in _GOVERNMENT_HEADS:
            continue
        actor = state.kb.actors.get(m.actor_id)
        if actor is None or actor.type not in ("person", "state") or not actor.country:
            continue
        m.actor_id = _named_body(state, m.text, actor.country) or home_actor(
            state, "government", "government", actor.country)


_OWNER_PREFIX = re.compile(r"^(?:his|her|its|their|\S.*?['’]s)\s+", re.I)


def _named_body(state: DocState, text: str, country: str) -> str | None:
    """The country's government body a possessed phrase names by a KB descriptor of more than
    one word: "his security cabinet" (Netanyahu's) is the Israeli security cabinet, not the
    whole government."""
    phrase = _OWNER_PREFIX.sub("", text.lower(), count=1)
    if " " not in phrase:
        return None
    found = [a for a in state.kb.descriptor_index.get(phrase, ())
             if (e := state.kb.actors.get(a)) is not None and e.country == country
             and e.type == "government"]
    return found[0] if len(found) == 1 else None


def _charge_follows(lowers: list[str], end: int) -> bool:
    """Whether "of" + a gerund follows the head at ``end``: "accused the opposition of plotting
    a coup" says what the opposition is charged with, not whose opposition it is."""
    return end + 1 < len(lowers) and lowers[end] == "of" and lowers[end + 1].endswith("ing") \
        and len(lowers[end + 1]) > 5


def _bare_phrase(tv: TokenView, i: int, taken: list[bool]
                 ) -> tuple[int, int, int, str] | None:
    """A bare home phrase starting at ``i``: (start, head start, end, head) or None."""
    lowers = tv.lower
    n = len(lowers)
    # Quantities first: "hundreds of", "a group of", "tens of thousands of".
    j = i
    if lowers[j] in _DETERMINERS:
        j += 1
    while j + 1 < n and lowers[j] in _QUANTITIES and lowers[j + 1] == "of":
        j += 2
    if j < n and lowers[j] == "dozen":
        j += 1  # "a dozen officers"
    if j >= n or taken[j]:
        return None
    if j >= n or lowers[j] not in _HEAD_FIRSTS:
        return None  # no head starts here (the widths below would find none)
    head = None
    for width in (3, 2, 1):
        words = lowers[j : j + width]
        if len(words) < width:
            continue
        joined = " ".join(words).replace(" - ", "-")
        if joined in _HEAD_SECTOR and not any(taken[j : j + width]):
            head, end = joined, j + width
            break
    if head is None:
        return None
    if head in _SUBJECT_ONLY and i > 0 and tv.sentence[i - 1] == tv.sentence[i] and \
            lowers[i - 1].strip() and \
            lowers[i - 1] not in (",", "-", "–", "—", "and", "but", "while", "as", "when", "after"):
        return None  # "freeing thousands of inmates": people set free, no party
    if head == "parliament" and i == j and i > 0 and lowers[i - 1] in _BARE_CHAMBER_BEFORE and \
            not (end < n and lowers[end] in ("of", "speaker", "member", "members")):
        return i, j, end, head  # "set fire to parliament", "stormed parliament", "dissolved
        #                         parliament": the country's chamber (``home_mentions``)
    if head in _NEEDS_ARTICLE and not _bare_authorities(tv, i, end) and (lowers[i] != "the" or (
            end < n and lowers[end] in ("of", "in", "for")
            and not _charge_follows(lowers, end))) and not (
            head == "army" and end < n and lowers[end] in _ARMY_ARMS) and not (
            i == 0 and tv.sentence[i] == 0 and tv.sentence[n - 1] > 0
            and tv.text[i][:1].isupper() and end < n and tv.text[end][:1].islower()
            and lowers[end] not in ("of", "in", "for", "chief", "chiefs")):
        # ("Army moves thousands to safety ...": a headline opens with the bare head, its
        # article dropped)
        return None  # "the government of X" says whose; the descriptor stage reads it
    if head == "military" and end < n and tv.text[end][:1].isalpha() and \
            lowers[end] not in _MILITARY_ACTS and not lowers[end].endswith("ed"):
        return None  # "the military junta", "the military operation": a modifier
    if _HEAD_SECTOR[head] == "body" and (lowers[i] != "the" or (
            end < n and lowers[end] in ("of", "for", "in"))):
        return None  # "an electoral commission of ...", "electoral commission officials"
    if _HEAD_SECTOR[head] == "judiciary" and (
            (head in _NEEDS_DETERMINER and lowers[i] not in ("a", "an", "the"))
            or (end < n and lowers[end] in ("of", "at", "for", "from"))
            or (i > 0 and lowers[i - 1] in _NOT_JUSTICE_BODY_BEFORE)
            or (i > 1 and lowers[i - 2] == "according" and lowers[i - 1] == "to")):
        # "to judge", "prosecutors of the ICC", "judges at the tribunal", "a committee made
        # up of judges" (members of another body), "military prosecutors" (the army's own),
        # "according to prosecutors" (a source of news, no party)
        return None
    if end < n and tv.text[end][:1].isupper() and head in (
            "rebels", "insurgents", "government", "opposition"):
        return None  # "government Minister", "the opposition Coalition for Change": a name follows
    if end < n and head == "opposition" and lowers[end] in ("stronghold", "strongholds",
                                                             "bastion", "camp", "candidate"):
        return None  # "an opposition stronghold": a place or a person, no party
    if end < n and lowers[end] in ("spokesman", "spokeswoman", "official", "officials", "chief",
                                   "minister", "ministers", "leader", "leaders", "commander",
                                   "commanders", "-"):
        return None  # "rebel leaders", "government spokesman": someone else
    if end < n and head == "police" and lowers[end] in _POLICE_THINGS:
        return None  # "broke through police lines": a thing of the police
    start = i
    if start > 0:
        prev = lowers[start - 1]
        if taken[start - 1] or prev in ("'s", "'", "his", "her", "its", "their", "our", "my",
                                        "your", "whose") or (
                tv.text[start - 1][:1].isupper() and tv.sentence[start - 1] == tv.sentence[start]
                and tv.text[start - 1].isalpha() and prev not in ("the", "a", "but", "and")
                and prev not in CALENDAR_WORDS and prev not in _LOOKS):
            return None  # an owner stands before it: "Haftar's forces", "Somali forces"
        if (prev == "-" and not tv.space[start - 1]) or (prev == "of" and head == "government"):
            return None  # "anti-government protesters" is handled as a hyphen group elsewhere
    return start, j, end, head


# Bare army heads that refer back to an army the text has just named.
_DEFINITE_ARMY = frozenset({"armed forces", "military", "army"})


def mentions_before(state: DocState, at: int, reach: int | None = None
                    ) -> Iterator[ActorMention]:
    """The actor mentions before token ``at``, the latest first; with ``reach``, only those in
    its sentence or the ``reach`` sentences before it."""
    first = None if reach is None else state.tokens.sentence[at] - reach
    for m in reversed(state.mentions):
        if m.tok_start >= at:
            continue
        if first is not None and m.sentence < first:
            return
        yield m


def _army_told(state: DocState, start: int) -> str | None:
    """The armed forces of a state named in the sentence of token ``start`` or the two before
    it, the latest first ("the Philippine military said ... The armed forces said")."""
    kb = state.kb
    for m in mentions_before(state, start, reach=2):
        if m.locative or m.attributive:
            continue
        entry = kb.actors.get(m.actor_id)
        if entry is not None and entry.type != "state" and (
                m.sector == "military" or (entry.represents or {}).get("sector") == "military"):
            return m.actor_id
    return None


def _home_body(state: DocState, country: str, head: str) -> str:
    """The body of ``country`` a lower-case name ("the electoral commission", "the morality
    police") denotes: the country's KB body described so, else the body the text has named
    with those words ("the Union Election Commission ... the election commission"), else a
    body made for the document ("x-moz-electoral-commission", "Mozambican electoral
    commission")."""
    kb = state.kb
    known = next((a for a in kb.descriptor_index.get(head, ())
                  if kb.actors[a].country == country and kb.actors[a].type != "person"), None)
    if known is not None:
        return known
    key = head.split()[-1]
    words = {"electoral", "election", "elections"} if head.split()[0] in (
        "electoral", "election", "elections") else {head.split()[0]}
    for actor in state.actors.values():
        name = actor.name.lower().split()
        if actor.type == "government" and key in name and words & set(name):
            return actor.id
    actor_id = f"x-{country.lower()}-{head.replace(' ', '-')}"
    if actor_id not in state.actors:
        state.actors[actor_id] = Actor(id=actor_id, name=f"{demonym(kb, country)} {head}",
                                       type="government", country=country, known=False)
    return actor_id


def _justice_body(state: DocState, country: str, head: str, start: int) -> str:
    """Whom bare "prosecutors", "a judge", "the judiciary" at ``start`` denote: the court the
    text named before them ("the International Criminal Court ... judges"), else the home
    state's prosecutors ("x-<iso3>-prosecutors", "Mozambican prosecutors") or judiciary (the
    KB's body, else "x-<iso3>-judiciary", "Peruvian judge")."""
    kb = state.kb
    for m in mentions_before(state, start):
        if m.locative or m.attributive:
            continue
        entry = kb.actors.get(m.actor_id)
        actor = state.actors.get(m.actor_id)
        name = entry.name if entry is not None else actor.name if actor is not None else ""
        if any(w in name for w in ("Court", "Tribunal")):
            return m.actor_id
    if head in _PROSECUTORS:
        actor_id = f"x-{country.lower()}-prosecutors"
        if actor_id not in state.actors:
            state.actors[actor_id] = Actor(id=actor_id, name=f"{demonym(kb, country)} prosecutors",
                                           type="government", country=country, known=False)
        return actor_id
    body = kb.state_bodies.get((country, "judiciary"))
    if body is not None:
        return body
    actor_id = home_group(state, country, "judiciary", head)
    state.actors[actor_id].type = "government"
    return actor_id


# Words after which a bare "authorities" opens its clause: "Authorities have arrested more
# than 1,200 people", "Soldiers patrolled the streets, and authorities cut mobile internet".
_CLAUSE_OPENERS = frozenset({",", "and", "but", "-", "–", "—", ";", "as", "after", "while",
                             "when", "before", "since", "said", "says", "that"})


def _bare_authorities(tv: TokenView, i: int, end: int) -> bool:
    """Whether "authorities" at ``i`` opens its clause with no article and no owner after it
    (the government of the story, as "the authorities" is); "authorities in Kyiv", "local
    authorities", "health authorities" are not."""
    lowers = tv.lower
    if lowers[i] != "authorities" or (end < len(lowers) and lowers[end] in ("of", "in", "for")):
        return False
    return i == 0 or tv.sentence[i - 1] != tv.sentence[i] or lowers[i - 1] in _CLAUSE_OPENERS


def _police_told(state: DocState, sentence: int) -> bool:
    """Whether ``sentence`` or the one before names the police ("Riot police used water
    cannon ... after demonstrators threw fireworks at officers")."""
    tv = state.tokens
    first = state.sentences[max(0, sentence - 1)].tok_start
    last = state.sentences[sentence].tok_end
    return any(tv.lower[k] in ("police", "policemen", "policeman") for k in range(first, last))


def _capital_at(state: DocState, i: int) -> tuple[str, int] | None:
    """(country, end) when a capital city stands at token ``i``: "in Addis Ababa"."""
    tv = state.tokens
    for width in (2, 1):
        name = " ".join(tv.text[i : i + width])
        country = state.kb.capital_country.get(name)
        if country is not None:
            return country, i + width
    return None


# Verbs that move people out of a place: "trying to evacuate soldiers from Nasir" names where
# they leave, not the place the soldiers come from (no "Nasir soldiers").
_MOVED_FROM = frozenset({"evacuate", "evacuated", "evacuating", "evacuates", "withdraw",
                         "withdrew", "withdrawing", "withdraws", "pull", "pulled", "pulling",
                         "airlift", "airlifted", "airlifting", "rescue", "rescued", "rescuing",
                         "extract", "extracted", "relocate", "relocated", "redeploy",
                         "redeployed", "expel", "expelled", "drive", "drove", "driven"})


def _from_place(state: DocState, end: int, taken: list[bool]) -> tuple[str, int] | None:
    """"from the southern province of Deraa", "from Misrata": the place name and the end."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    if end >= n or lowers[end] != "from":
        return None
    j = end + 1
    if j + 1 < n and lowers[j] in _NEIGHBOURING and tv.text[j + 1][:1].isupper():
        j += 1  # "from neighbouring Eritrea"
    if j + 2 < n and lowers[j] == "the" and tv.text[j + 1][:1].isupper() and (
            lowers[j + 2] in _PLACE_NOUNS):
        return tv.text[j + 1], j + 3  # "from the Amhara region"
    if j < n and lowers[j] == "the":
        j += 1
        k = j
        while k < n and k < j + 4 and tv.text[k].islower() and lowers[k] != "of":
            k += 1
        if k + 1 < n and lowers[k] == "of" and lowers[k - 1] in _PLACE_NOUNS:
            j = k + 1
        else:
            return None
    k = j
    while k < n and tv.text[k][:1].isupper() and tv.text[k].isalpha():
        k += 1
    if k == j:
        return None
    if any(taken[j:k]) and tuple(tv.text[j:k]) not in _country_words(state.kb):
        return None  # "fighters from Islamic State West Africa Province": a group's, not a place's
    return " ".join(tv.text[j:k]), k


def _place_group(state: DocState, place: str, noun: str, sector: str) -> str:
    """The group a place's fighters form ("Misrata armed groups"); a country's own group when
    the place is a state ("rebels from Syria")."""
    country = _country_words(state.kb).get(tuple(place.split()))
    if country is not None:
        if sector == "military":
            return agent_owner_of(state, country, sector)
        return _existing_or_group(state, country, sector, noun)
    noun = noun.lower()
    actor_id = document_actor_id(f"{place} {noun}")
    if actor_id not in state.actors:
        state.actors[actor_id] = Actor(id=actor_id, name=f"{place} {noun}",
                                       type="armed_group", known=False)
    return actor_id


def _sole_army(state: DocState, country: str, before: int) -> bool:
    """Whether no armed force or state other than ``country``'s own has been named before token
    ``before`` (a foreign state's troops may be anyone's "troops" after it), or, once the home
    army has been named, in the sentence of ``before`` or the two before it."""
    kb = state.kb
    lowers = state.tokens.lower
    army = kb.state_bodies.get((country, "military"))
    sentence = state.tokens.sentence[before]
    since = 0
    if army is not None:
        named = next((m.tok_start for m in state.mentions if m.actor_id == army), None)
        if named is not None and named < before:
            since = next((s.tok_start for s in state.sentences if s.index >= sentence - 2), 0)
    for m in state.mentions:
        if m.tok_start >= before:
            break
        if m.tok_start < since:
            continue
        actor = kb.actors.get(m.actor_id)
        if actor is None or m.locative or actor.country == country:
            continue
        if m.sector is None and m.tok_end < len(lowers) and \
                kb.agent_nouns.get(lowers[m.tok_end], "military") != "military":
            continue  # "U.S. agents detained both men": a state's agents, police, envoys
        if m.sector is None and m.tok_end + 1 < len(lowers) and \
                lowers[m.tok_end] in ("'s", "’s") and \
                kb.agent_nouns.get(lowers[m.tok_end + 1], "military") != "military":
            continue  # "ordered Mexico's ambassador to leave": its envoy, no force
        if (actor.type == "state" and m.sector in (None, "military")) or \
                (actor.represents or {}).get("sector") == "military":
            # (a foreign state's ministry, "the Palestinian health ministry", is no force)
            return False
    # "Dozens of soldiers killed as Azerbaijan and Armenia clash": where the same sentence
    # names the home state and a foreign one as the two parties (by name, after the troops),
    # the troops may be either's
    parties = {actor.country for m in state.mentions
               if m.sentence == sentence and m.tok_start >= before and m.kind == "name"
               and not m.locative and not m.attributive
               and (actor := kb.actors.get(m.actor_id)) is not None and actor.type == "state"}
    return not (country in parties and len(parties) > 1)


def agent_owner_of(state: DocState, country: str, sector: str) -> str:
    """A state's official body for the sector ("troops from Rwanda"), else the state."""
    body = state.kb.state_bodies.get((country, sector))
    if body is not None:
        return body
    return next((a.id for a in state.kb.actors.values()
                 if a.type == "state" and a.country == country), country.lower())


def _existing_or_group(state: DocState, country: str, sector: str, head: str,
                       name: str | None = None, before: int | None = None) -> str:
    """A group of the sector already named for ``country`` ("Syrian rebels"), a KB actor of the
    country described by the head noun, else the country's document group. Rebels at token
    ``before`` refer back: a KB group first named after them ("the last stronghold of the rebels
    ... The most powerful group in the province is Hayat Tahrir al-Sham") is not who they are."""
    kb = state.kb
    group = f"x-{country.lower()}-{sector}"
    if group in state.actors:
        return group
    if sector not in ("protesters",):
        mentioned = mentioned_ids(state)
        if before is not None and sector == "rebels":
            mentioned = {m.actor_id for m in state.mentions if m.tok_start < before}
        for key in (head, head.split()[-1]):
            ids = [a for a in kb.descriptor_index.get(key, ())
                   if a in mentioned and kb.actors[a].country == country]
            if ids:
                return ids[0]
        if sector == "militia":
            ids = [a for a in kb.descriptor_index.get("pro-government militias", ())
                   if kb.actors[a].country == country]
            if ids:
                return ids[0]
    return home_group(state, country, sector, head, name)


# Verbs of a call, appeal or demand -> the preposition before whom they address ("": none):
# after them a bare military noun followed by "to" is whom a call is made to ("urged the
# military to respect", "called on the generals to release", "told the soldiers to leave"),
# and a capital the state addressed (``recognize``).
ADDRESS_VERBS = {**dict.fromkeys(("urge", "urges", "urged", "urging", "ask", "asks", "asked",
                                   "asking", "tell", "tells", "told", "telling", "press",
                                   "presses", "pressed", "pressing", "implore", "implores",
                                   "implored", "imploring"), ""),
                  **dict.fromkeys(("call", "calls", "called", "calling"), "on"),
                  **dict.fromkeys(("appeal", "appeals", "appealed", "appealing"), "to")}
# The military nouns such a call names, the last three only in a story of a coup.
_ADDRESSED_FORCES = frozenset({"military", "army", "armed forces", "generals", "soldiers",
                               "troops", "officers", "putschists", "mutineers"})
_COUP_ONLY = frozenset({"officers", "putschists", "mutineers"})


def _addressed_forces(state: DocState, taken: list[bool], country: str | None,
                      seizers: list[ActorMention]) -> list[ActorMention]:
    """"urged the military to respect the constitution", "called on the generals to release
    all detainees", "told the soldiers to leave the building": bare military nouns a call is
    made to (a verb of urging, "to" + a verb after them) are the home country's junta where
    officers have seized power in the text before (or the text has named its junta), else its
    army ("the officers", "the putschists" only in a coup)."""
    if country is None:
        return []
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found: list[ActorMention] = []
    for k in token_positions(lowers, _THE):
        if k < 1 or taken[k]:
            continue
        verb = k - 1
        if lowers[verb] in ("on", "to"):
            verb -= 1
            if verb < 0 or ADDRESS_VERBS.get(lowers[verb]) != lowers[k - 1]:
                continue
        elif ADDRESS_VERBS.get(lowers[verb]) != "":
            continue
        head = " ".join(lowers[k + 1 : k + 3])
        end = k + 3
        if head not in _ADDRESSED_FORCES:
            head, end = lowers[k + 1] if k + 1 < n else "", k + 2
        if head not in _ADDRESSED_FORCES or any(taken[k:end]):
            continue
        after = end + 1 if end < n and lowers[end] == "not" else end
        if after + 1 >= n or lowers[after] != "to" or not tv.text[after + 1][:1].islower():
            continue  # "urged the army chief", "told the troops' families": no call to it
        junta = _story_junta(state, country, seizers, k)
        if junta is not None:
            actor_id = junta
        elif head in _COUP_ONLY:
            continue
        else:
            actor_id = _army_told(state, k) or agent_owner_of(state, country, "military")
        found.append(taken_mention(state, taken, k, end, actor_id, "agent", "military"))
    return found


def _story_junta(state: DocState, country: str, seizers: list[ActorMention],
                 before: int) -> str | None:
    """The junta of ``country`` the text has named before token ``before``: the one of
    officers who seized power, else a KB actor of the country described as its junta."""
    took = [m.actor_id for m in seizers if m.tok_start < before]
    if took:
        return took[-1]
    ids = {a for a in state.kb.descriptor_index.get("junta", ())
           if state.kb.actors[a].country == country}
    ids.add(f"x-{country.lower()}-junta")
    return next((m.actor_id for m in state.mentions
                 if m.tok_start < before and m.actor_id in ids), None)


# "Army officers in Gabon seized power", "mutinous soldiers have seized power": who took power.
_POWER = frozenset({"power"})
_SEIZE_POWER_VERBS = frozenset({"seize", "seized", "seizes", "seizing", "grab", "grabbed", "grabs",
                                "took", "take", "takes", "usurp", "usurped", "usurps"})
_HAVE = frozenset({"have", "has", "had"})
_SUBJECT_SEIZERS = frozenset({"officers", "soldiers", "mutineers", "putschists", "generals"})
_SEIZER_MODIFIERS = frozenset({"army", "military", "mutinous", "renegade", "rogue", "senior",
                               "junior", "disgruntled", "uniformed", "dozen", "of"}) \
    | _DETERMINERS | _QUANTITIES


def _power_seizers(state: DocState, taken: list[bool], country: str | None
                   ) -> list[ActorMention]:
    """The subject of "seized power" named as officers or soldiers ("Army officers in Gabon
    seized power", "Gabon officers seize power", "the officers who seized power"): the junta
    of the country the phrase names, else of the story's. A mention an earlier stage made of
    the phrase ("Gabon officers": the state) is given to the junta; the mentions returned are
    those of the phrase (new ones have the kind "descriptor")."""
    tv = state.tokens
    lowers = tv.lower
    words = _country_words(state.kb)
    found: list[ActorMention] = []
    for p in token_positions(lowers, _POWER):
        k = p - 2
        if k < 1 or lowers[p - 1] not in _SEIZE_POWER_VERBS:
            continue
        if lowers[k] in _HAVE:
            k -= 1
        if k > 0 and lowers[k] in ("who", "that"):
            k -= 1  # "the officers who seized power in Niamey": the relative's antecedent
        first = state.sentences[tv.sentence[p]].tok_start
        owner = None
        head = k
        for width in (1, 2):  # "officers in Gabon", "soldiers in Burkina Faso"
            if head - width - 1 >= first and lowers[head - width] == "in" and \
                    tuple(tv.text[head - width + 1 : head + 1]) in words:
                owner = words[tuple(tv.text[head - width + 1 : head + 1])]
                head -= width + 1
                break
        if lowers[head] not in _SUBJECT_SEIZERS:
            continue
        start = head
        while start > first:
            before = tv.text[start - 1]
            if lowers[start - 1] in _SEIZER_MODIFIERS or before.isdigit():
                start -= 1
            elif (before,) in words:
                owner = owner or words[(before,)]
                start -= 1
            else:
                break
        owner = owner or country
        if owner is None:
            continue
        actor_id = junta_of(state, owner)
        old = [m for m in state.mentions if m.kind == "agent" and m.tok_end == head + 1]
        if old:
            old[0].actor_id = actor_id
            found.append(old[0])
            continue
        if any(taken[start : head + 1]):
            continue
        end = head + 1
        found.append(taken_mention(state, taken, start, end, actor_id, "descriptor"))
    return found


def _coup_makers(state: DocState, taken: list[bool], country: str | None
                 ) -> list[ActorMention]:
    """"the officers who seized power (in Niamey)", "the coup leaders": the junta."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found = []
    for i in token_positions(lowers, _THE):
        if i >= n - 3 or taken[i]:
            continue
        j = i + 1
        if j + 1 < n and lowers[j] == "coup" and lowers[j + 1] in ("leaders", "plotters",
                                                                    "makers", "leaders'"):
            end = j + 2
        elif lowers[j] in _SEIZERS and j + 3 < n and lowers[j + 1] in ("who", "that") and (
                lowers[j + 2] in _SEIZE) and (lowers[j + 3] == "power" or (
                j + 4 < n and lowers[j + 3] in ("seized", "taken") and lowers[j + 4] == "power")):
            end = j + 4 if lowers[j + 3] == "power" else j + 5
        else:
            continue
        owner = country
        if end + 1 < n and lowers[end] == "in":
            capital = _capital_at(state, end + 1)
            if capital is not None:
                owner, end = capital
        if owner is None or any(taken[i:end]):
            continue
        actor_id = junta_of(state, owner)
        found.append(taken_mention(state, taken, i, end, actor_id, "descriptor"))
    return found


_LOYALISTS: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}
# Nouns of fighters that "<noun> loyal to X" gives a loyalist group.
_LOYAL_HEADS = frozenset({"gunmen", "fighters", "forces", "militants", "insurgents", "loyalists",
                          "elements", "officers", "soldiers", "troops", "units", "men", "groups",
                          "militias", "militiamen", "remnants"})
# Words between "loyal to" and the name: "ousted president", "the late".
_LOYAL_TITLE_WORDS = frozenset({"ousted", "deposed", "exiled", "former", "late", "toppled",
                                "president", "leader", "dictator", "the", "strongman",
                                "ruler", "king", "prime", "minister"})


def loyalists_of(state: DocState, person: str) -> str | None:
    """The KB group "<Surname> loyalists" of a person who held offices but holds none on the
    publication date (an ousted or late leader), or None: "fighters loyal to Assad" are his
    army in 2015 and the Assad loyalists' insurgents in 2025."""
    from factions.relations.infer import role_active

    kb = state.kb
    entry = kb.actors.get(person)
    if entry is None or entry.type != "person" or not entry.roles or state.published is None:
        return None
    day = state.published.isoformat()
    if any(role_active(role.start, role.end, day) for role in entry.roles):
        return None
    cached = _LOYALISTS.get(id(kb))
    if cached is None or cached[0] is not kb:
        index = {name.lower(): a.id for a in kb.actors.values() if a.type == "armed_group"
                 for name in a.all_names() if name.lower().endswith(" loyalists")}
        cached = (kb, index)
        _LOYALISTS[id(kb)] = cached
    for name in entry.all_names():
        last = name.split()[-1].lower()
        for prefix in ("al-", "el-"):
            last = last.removeprefix(prefix)
        found = cached[1].get(f"{last} loyalists")
        if found is not None:
            return found
    return None


def loyalist_mentions(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"gunmen loyal to ousted president Bashar al-Assad" in 2025: a mention of the loyalist
    group over the whole phrase (``loyalists_of``), so that "the insurgents" may refer back to
    it."""
    tv = state.tokens
    lowers = tv.lower
    found = []
    for m in state.mentions:
        if m.kind not in ("name", "alias", "surname") or m.tok_start < 3:
            continue
        k = m.tok_start
        while k > 0 and lowers[k - 1] in _LOYAL_TITLE_WORDS and k > m.tok_start - 4:
            k -= 1
        if k < 3 or lowers[k - 1] != "to" or lowers[k - 2] != "loyal" or \
                lowers[k - 3] not in _LOYAL_HEADS or taken[k - 3]:
            continue
        group = loyalists_of(state, m.actor_id)
        if group is None:
            continue
        start = k - 3
        found.append(ActorMention(
            start=tv.idx[start], end=m.end, tok_start=start, tok_end=m.tok_end,
            sentence=m.sentence, actor_id=group, kind="agent",
            text=state.text[tv.idx[start]:m.end], sector="militia"))
        taken[start] = True
    return found


# Nouns of a person's followers: "supporters of Duterte", "Duterte supporters".
_SUPPORTER_NOUNS = frozenset({"supporters", "followers", "partisans"})
# Words between "supporters of" and the name: "supporters of former president Rodrigo Duterte",
# "supporters of jailed opposition leader X".
_SUPPORTED_TITLE_WORDS = frozenset({
    "the", "ousted", "deposed", "exiled", "former", "ex-president", "late", "toppled", "jailed",
    "imprisoned", "detained", "arrested", "impeached", "populist", "opposition", "figure",
    "leader", "candidate", "presidential", "president", "prime", "minister", "premier",
    "cleric", "general", "senator", "governor", "mayor", "party", "incumbent", "defeated",
    "rival", "firebrand", "veteran", "head", "of", "state", "vice"})
# Heads of the crowd a sentence already names: "fired on thousands of demonstrators ... as
# supporters of opposition figure Venancio Mondlane marched": those supporters are that crowd.
_CROWD_NAMED = frozenset({"protesters", "protestors", "demonstrators", "marchers", "rioters"})


def supporter_group(state: DocState, person: str, surname: str) -> str:
    """Register (once) and return the document group of a person's supporters
    ("x-sup-<person id>", named "Duterte supporters")."""
    actor_id = f"x-sup-{person}"
    if actor_id not in state.actors:
        entry = state.kb.actors.get(person)
        known = state.actors.get(person)
        country = entry.country if entry is not None else known.country if known else None
        state.actors[actor_id] = Actor(id=actor_id, name=f"{surname} supporters", type="other",
                                       country=country, known=False)
    return actor_id


def supporter_mentions(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """A person's supporters as a crowd of their own, who back him: "supporters of former
    president Rodrigo Duterte", "Hundreds of Duterte supporters", "Mondlane's supporters"
    (``x-sup-<person>``; the relation is ``relations._supporters_back``). Not where the sentence
    names the crowd by a protest noun ("demonstrators ... as supporters of X marched"): there
    the supporters are that crowd."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found: list[ActorMention] = []
    types = {a.id: a.type for a in state.actors.values()}
    for m in list(state.mentions):
        if m.kind not in ("name", "alias", "surname", "discovered"):
            continue
        kb_actor = state.kb.actors.get(m.actor_id)
        kind = kb_actor.type if kb_actor is not None else types.get(m.actor_id)
        if kind != "person":
            continue
        start = end = -1
        k = m.tok_start
        while k > 0 and k > m.tok_start - 5 and (
                lowers[k - 1] in _SUPPORTED_TITLE_WORDS or (
                    # "supporters of former *Brazilian* President Jair Bolsonaro": the
                    # demonym before a title
                    k < m.tok_start and lowers[k] in _SUPPORTED_TITLE_WORDS
                    and tv.text[k - 1][:1].isupper() and tv.text[k - 1].isalpha()
                    and k >= 2 and lowers[k - 2] in _SUPPORTED_TITLE_WORDS)):
            k -= 1
        while k < m.tok_start and lowers[k] == "of":
            k += 1  # "supporters of the head of state X": not past the "of" after the noun
        if k >= 2 and lowers[k - 1] == "of" and lowers[k - 2] in _SUPPORTER_NOUNS:
            start, end = k - 2, m.tok_end  # "supporters of (former president) X"
        elif m.tok_end < n and lowers[m.tok_end] in _SUPPORTER_NOUNS:
            start, end = m.tok_start, m.tok_end + 1  # "Duterte supporters"
        elif m.tok_end + 1 < n and lowers[m.tok_end] in ("'s", "’s") and \
                lowers[m.tok_end + 1] in _SUPPORTER_NOUNS:
            start, end = m.tok_start, m.tok_end + 2  # "Duterte's supporters"
        if start < 0 or any(taken[i] for i in range(start, end)
                            if not m.tok_start <= i < m.tok_end):
            continue
        sentence = state.sentences[m.sentence]
        if any(lowers[i] in _CROWD_NAMED for i in range(sentence.tok_start, sentence.tok_end)):
            continue
        # "Hundreds of Duterte supporters", "tens of thousands of supporters of X"
        while start >= 2 and lowers[start - 1] == "of" and lowers[start - 2] in _QUANTITIES:
            start -= 2
        if start >= 1 and lowers[start - 1] == "tens":
            start -= 1
        surname = tv.text[m.tok_end - 1]
        actor_id = supporter_group(state, m.actor_id, surname)
        found.append(ActorMention(
            start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start, tok_end=end,
            sentence=m.sentence, actor_id=actor_id, kind="agent",
            text=tv.span_text(start, end, state.text), sector="protesters"))
        for i in range(start, end):
            if not (m.tok_start <= i < m.tok_end):
                taken[i] = True
    return found
