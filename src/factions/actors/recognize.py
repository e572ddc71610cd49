"""Recognize knowledge-base actors in text.

Every surface form of the KB is matched (names, aliases and their "al-" variants, demonyms,
capital-city metonyms); then each match is read in its context: a demonym counts only with an
agent noun ("Egyptian troops") or as a plural noun ("the Emiratis"); a capital counts as its
government only where it acts ("Moscow denied", "support from Moscow"), not where it is a place
("in Moscow"); a country used as a place ("in Libya", "southern Libya") is marked ``locative``.
Unmatched capitalized words then link by surname (after a full mention) and by the
transliteration key (Hifter -> Haftar).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from factions.actors.home import ADDRESS_VERBS, state_of, story_country, text_country_counts
from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.actors.matchers import actor_matchers
from factions.dates.vocab import CALENDAR_WORDS
from factions.kb import KnowledgeBase
from factions.kb.entries import KBActor
from factions.kb.knowledge_base import AliasEntry
from factions.kb.names import translit_key
from factions.model import Actor
from factions.pipeline.state import ActorMention, DocState, TokenView
from factions.text.sentences import tokenizer_pipeline

REQUIRES = ("doc", "sentences")
ASSIGNS = ("mentions",)

_KIND_RANK = {"name": 0, "alias": 1, "metonym": 2, "demonym": 3}


def recognize_actors(state: DocState) -> None:
    """Find KB actor mentions in ``state.doc`` and append them to ``state.mentions``."""
    doc = state.doc
    assert doc is not None
    kb = state.kb
    lex = actor_lexicon()
    matchers = actor_matchers(kb, tokenizer_pipeline(state.options.spacy_model))
    token_sentence = state.tokens.sentence

    raw: list[tuple[int, int, list[AliasEntry]]] = []
    for match_id, start, end in matchers.exact(doc):
        raw.append((start, end, matchers.entries[match_id]))
    tv = state.tokens
    for match_id, start, end in matchers.lower(doc):
        if any(map(str.isupper, "".join(tv.text[start:end]))):
            raw.append((start, end, matchers.entries[match_id]))
    # Longest match wins; ties go to the earlier one.
    raw.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken = [False] * len(doc)
    chosen: list[tuple[int, int, list[AliasEntry]]] = []
    for start, end, entries in raw:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        chosen.append((start, end, entries))
    chosen.sort(key=lambda m: m[0])

    # Countries of unambiguous matches disambiguate ambiguous forms, and so do the states,
    # demonyms and capitals the text names and its dateline ("KHARTOUM, June 3 - The RSF said":
    # the Rapid Support Forces, not Reporters Without Borders).
    context = Counter(
        kb.actors[entries[0].actor_id].country
        for _, _, entries in chosen
        if len(entries) == 1 or len({e.actor_id for e in entries}) == 1
    )
    context.update(text_country_counts(state))
    # ... and so do actors the text names unambiguously ("the Rapid Support Forces" before "RSF").
    named = {entries[0].actor_id for _, _, entries in chosen
             if len({e.actor_id for e in entries}) == 1}
    mentions: list[ActorMention] = []
    war: bool | None = None  # whether the text tells of fighting (read when first needed)
    # One-word names joined by a hyphen name two actors ("Israel-Hezbollah ceasefire",
    # "Congo-Rwanda deal"), not one longer name.
    single = {start: entries[0].actor_id for start, end, entries in chosen if end - start == 1}
    for start, end, entries in chosen:
        if end - start == 1 and _inside_longer_name(tv, start, lex, token_sentence, single) or (
                tv.lower[end - 1] in lex.group_heads
                and _tail_of_longer_name(tv, start, lex, taken, token_sentence)):
            for i in range(start, end):
                taken[i] = False
            continue
        if end - start == 1 and all(kb.actors[e.actor_id].type == "person" for e in entries) \
                and _first_of_longer_name(tv, end, taken, token_sentence, single, kb):
            taken[start] = False
            continue  # "Defence Minister Yassin Ibrahim": not Ahmed Yassin
        if _wire_credit(tv, start, end):
            continue  # "KHARTOUM, April 15 (Reuters) -": who filed the story, no actor in it
        if end < len(tv) and tv.text[end].isdigit() and len(tv.text[end]) <= 2 and \
                kb.actors[entries[0].actor_id].type == "state":
            continue  # "the channel Gabon 24", "France 24": a channel's name, not the state
        if start > 0 and (tv.lower[start - 1] in _POSSESSIVE_DETERMINERS
                          or tv.text[start - 1] in ("'s", "’s")) \
                and _generic_org_form(tv, start, end, entries, kb):
            continue  # "his Security Council", "Russia's Security Council": not the UN's
        entry = _pick(_armed_readings(tv, end, entries, kb), kb, context, named,
                      war if war is not None else (war := _tells_war(tv)))
        mention = _read_in_context(tv, state.text, start, end, entry, kb, lex,
                                   state.document.published)
        if mention is not None:
            if end < len(tv) and not taken[end] and tv.lower[end] in lex.group_heads \
                    and tv.text[end].islower() and mention.kind in ("name", "alias") \
                    and tv.lower[end] in kb.actors[mention.actor_id].name.lower().split():
                # "the MSS mission", "the Wagner group": the name's own head noun is part of it
                mention = replace(mention, end=tv.end_char(end), tok_end=end + 1,
                                  text=tv.span_text(start, end + 1, state.text))
                taken[end] = True
            if mention.kind in ("name", "alias") and _spokesperson_named_after(tv, end):
                # "State Department spokesman Ned Price said": the office only says whose
                # spokesman he is; it stands for its state (as "Chinese foreign ministry
                # spokesman" does), no actor of its own
                body = kb.actors[mention.actor_id]
                owner = state_of(kb, body.country) if body.type == "government" \
                    and body.country else None
                if owner is not None:
                    mention = replace(mention, actor_id=owner.id, attributive=True,
                                      locative=False)
            if end - start == 1 and _hyphen_paired(tv, start, single):
                # "in the Congo-Rwanda deal": whose deal (not its subject), never a place
                mention.attributive, mention.locative = True, False
            mentions.append(mention)
    _place_lists(tv, mentions, kb)
    _whose_group(tv, mentions, kb)
    _prefer_named_surnames(mentions, kb)
    mentions.extend(_link_unmatched(state, taken, mentions, token_sentence))
    mentions.extend(possessive_agents(tv, state.text, mentions, kb, state.document.published))
    register_group_actors(state, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    state.mentions.extend(mentions)
    _home_missions(state)


# "The U.N. peacekeeping mission", "a UN peacekeeping force" with no place after them.
_MISSION_NOUNS = (("peacekeeping", "mission"), ("peacekeeping", "force"),
                  ("stabilisation", "mission"), ("stabilization", "mission"))
_MISSION_ALIAS = re.compile(r"^(?:UN|U\.N\.|United Nations) peacekeeping (?:mission|force) in "
                            r"(?:the )?(.+)$")
_HOME_MISSIONS: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}


def _home_missions(state: DocState) -> None:
    """"Mali's junta expelled French forces and the U.N. peacekeeping mission": the UN's
    peacekeeping mission with no place named after it is its mission in the story's country,
    when the knowledge base names one mission so ("UN peacekeeping mission in Mali"); the
    United Nations' mention becomes the mission's over the phrase. Not "U.N. peacekeeping
    missions" (several), nor one with "in", "to" or "for" after it (the alias reads a place
    named), nor in a story with no country of its own."""
    tv, kb = state.tokens, state.kb
    lowers = tv.lower
    country: str | None = None
    looked = False
    for n, m in enumerate(state.mentions):
        if m.actor_id != "united-nations" or m.kind not in ("name", "alias") or m.locative:
            continue
        j = m.tok_end
        if not any(tuple(lowers[j:j + 2]) == words for words in _MISSION_NOUNS):
            continue
        end = j + 2
        if end < len(lowers) and lowers[end] in ("in", "to", "for", "of", "'s", "’s"):
            continue
        if not looked:
            country, looked = story_country(state), True
        mission = _missions_by_country(kb).get(country) if country else None
        if mission is not None:
            state.mentions[n] = replace(m, actor_id=mission, tok_end=end,
                                        end=tv.end_char(end - 1),
                                        text=tv.span_text(m.tok_start, end, state.text))


def _missions_by_country(kb: KnowledgeBase) -> dict[str, str]:
    """Country code -> the one UN peacekeeping mission the KB names "UN peacekeeping mission
    (or force) in <that country>" (cached per knowledge base)."""
    cached = _HOME_MISSIONS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    states = {name.lower(): a.country for a in kb.actors.values()
              if a.type == "state" and a.country for name in a.all_names()}
    found: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        if actor.type != "international_org":
            continue
        for name in actor.all_names():
            match = _MISSION_ALIAS.match(name)
            country = states.get(match.group(1).lower()) if match else None
            if country:
                found.setdefault(country, set()).add(actor.id)
    result = {c: ids.pop() for c, ids in found.items() if len(ids) == 1}
    _HOME_MISSIONS.clear()
    _HOME_MISSIONS[id(kb)] = (kb, result)
    return result


# Kinds of actor a state's possessive only places: "Yemen's Houthis", "Sudan's paramilitary
# Rapid Support Forces".
_PLACED_KINDS = frozenset({"armed_group", "political_party"})


def _whose_group(tv: TokenView, mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """A state named only to place the non-state group named after its possessive ("Yemen's
    Iran-aligned Houthi movement", "Sudan's RSF") is attributive: the group acts, not the
    state (``mentions`` in text order)."""
    lowers = tv.lower
    n = len(lowers)
    for x, m in enumerate(mentions):
        k = m.tok_end
        if k + 1 >= n or lowers[k] not in ("'s", "’s") or m.locative or \
                (a := kb.actors.get(m.actor_id)) is None or a.type != "state":
            continue
        k += 1
        after = next((o for o in mentions[x + 1 : x + 4] if o.tok_start >= k
                      and not (o.tok_end < n and lowers[o.tok_end] == "-")), None)
        if after is None or after.tok_start > k + 4:
            continue
        group = kb.actors.get(after.actor_id)
        if group is None or group.type not in _PLACED_KINDS or group.represents is not None:
            continue
        # only modifiers between: "paramilitary", "Iran-aligned", "main opposition"
        if all(lowers[j].isalpha() and tv.text[j].islower() or lowers[j] == "-"
               or (j + 1 < n and lowers[j + 1] == "-")
               for j in range(k, after.tok_start)):
            m.attributive = True


def _place_lists(tv: TokenView, mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """A country listed after one used as a place is a place too: "25 crew members from
    Bulgaria, the Philippines, Mexico, Ukraine and Romania", "flights to Jordan and Egypt"
    (``mentions`` in text order). The list must close as a place list does ("... and Romania
    on board", not "in Gaza, and Egypt said")."""
    lowers = tv.lower
    n = len(lowers)
    prev: ActorMention | None = None
    for m in mentions:
        p, prev = prev, m
        if p is None or not p.locative or m.locative or m.kind not in ("name", "alias"):
            continue
        k = m.tok_start - 1
        if k >= 0 and lowers[k] == "the":
            k -= 1
        if k != p.tok_end or lowers[k] not in (",", "and") or m.sentence != p.sentence:
            continue
        actor = kb.actors.get(m.actor_id)
        if actor is None or actor.type != "state":
            continue
        if m.tok_end < n and lowers[m.tok_end] not in _PLACE_LIST_ENDS:
            continue  # "in Gaza, and Egypt said": a clause of its own
        m.locative = True


def possessive_agents(tv: TokenView, text: str, mentions: list[ActorMention],
                      kb: KnowledgeBase, published: str | None = None) -> list[ActorMention]:
    """"Haftar's forces", "His forces": an extra mention of kind ``agent`` over the whole phrase.

    The owner's own mention stays as it is; the agent mention carries the sector. A state's
    one-holder office ("Kenya's foreign minister") is no agent when the knowledge base knows its
    one holder on the publication date: the event coder reads that person.
    """
    result = []
    # A headline (a first line with no closing stop) uses a country name as a modifier.
    first_line = text.split("\n", 1)[0].rstrip()
    headline = len(first_line) if "\n" in text and first_line[-1:] not in ".!?\"'" else -1
    for m in mentions:
        if m.kind == "agent" or m.locative:
            continue
        j = m.tok_end
        bare = False
        if m.kind != "pronoun":
            if j < len(tv) and tv.text[j] in ("'s", "'"):
                j += 1
            elif m.end <= headline and m.kind in ("name", "alias") \
                    and (a := kb.actors.get(m.actor_id)) is not None and a.type == "state":
                bare = True  # a headline's "Pakistan forces free train hostages"
            else:
                continue
        agent = agent_noun_at(tv, j, kb)
        if agent is not None and agent[0] < len(tv) and any(
                o.tok_start == agent[0] and o.kind in ("name", "alias")
                and (g := kb.actors.get(o.actor_id)) is not None
                and g.type in _PLACED_KINDS for o in mentions):
            continue  # "Sudan's paramilitary Rapid Support Forces": the noun describes the name
        if agent is None or (bare and (agent[1] not in _ARMED_SECTORS or agent[0] != j + 1
                                       and tv.lower[j] not in kb.agent_nouns)):
            continue
        if sole_office_holder(tv, j, m.actor_id, kb, actor_lexicon(), published,
                              agent[0]) is not None:
            continue  # "Jordan's defence minister met": its holder, not Jordan's government
        if tv.lower[agent[0] - 1] in _SUBDIVISIONS and (
                a := kb.actors.get(m.actor_id)) is not None and a.type == "state":
            continue  # "Ethiopia's regional states": the country's own parts, no other states
        owner = agent_owner(m.actor_id, agent[1], kb, actor_lexicon(),
                            " ".join(tv.lower[j:agent[0]]))
        if owner != m.actor_id:
            m.attributive = True  # "Syria's rebels", "Egypt's army": the country only says whose
        result.append(
            ActorMention(
                start=tv.idx[m.tok_start], end=tv.end_char(agent[0] - 1),
                tok_start=m.tok_start, tok_end=agent[0], sentence=m.sentence,
                actor_id=owner, kind="agent", text=tv.span_text(m.tok_start, agent[0], text),
                sector=agent[1],
            )
        )
    return result


def _prefer_named_surnames(mentions: list[ActorMention], kb: KnowledgeBase) -> None:
    """A one-word person alias that is the surname of someone already named in full goes to
    that person: after "Abdullah Abdullah", "Abdullah" is him, not King Abdullah."""
    named: dict[str, str] = {}  # last word of a full name -> actor id
    for m in sorted(mentions, key=lambda x: x.start):
        actor = kb.actors.get(m.actor_id)
        if actor is None or actor.type != "person":
            continue
        words = m.text.split()
        if len(words) >= 2:
            named[words[-1]] = m.actor_id
        elif m.text in named and named[m.text] != m.actor_id:
            m.actor_id = named[m.text]
            m.kind = "surname"


def _hyphen_paired(tv: TokenView, i: int, single: dict[int, str]) -> bool:
    """Whether the one-word name at ``i`` is hyphened to another actor's ("*Israel*-Hezbollah
    ceasefire", "Israel-*Hezbollah* ceasefire")."""
    if i + 2 < len(tv) and tv.text[i + 1] == "-" and single.get(i + 2) not in (None, single[i]):
        return True
    return i >= 2 and tv.text[i - 1] == "-" and single.get(i - 2) not in (None, single[i])


# Heads of the names of seas named after a country ("the Gulf of Oman", "the Bay of Bengal").
_WATERS = frozenset({"gulf", "sea", "bay", "strait", "straits", "gulfs", "bight"})


_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _spokesperson_named_after(tv: TokenView, end: int) -> bool:
    """Whether a spokesperson noun and a capitalized name follow token ``end``: "State
    Department spokesman Ned Price"."""
    return end + 1 < len(tv) and tv.lower[end] in _SPOKESPERSONS \
        and tv.text[end + 1][:1].isupper() and tv.text[end + 1].isalpha()


def _wire_credit(tv: TokenView, start: int, end: int) -> bool:
    """Whether the tokens [start, end) are the agency credit of a dateline: in brackets before
    its dash, after nothing but the upper-case city, the date and commas ("KHARTOUM, April 15
    (Reuters) -", "WASHINGTON (AP) —")."""
    if start < 2 or end + 1 >= len(tv) or tv.text[start - 1] != "(" or tv.text[end] != ")" \
            or tv.text[end + 1] not in ("-", "—", "–", "--"):
        return False
    first = start - 1
    while first > 0 and tv.sentence[first - 1] == tv.sentence[start] and start - first < 12 \
            and not tv.text[first - 1].isspace():  # a headline or byline above the dateline
        first -= 1
    head = tv.text[first : start - 1]
    return bool(head) and head[0].isupper() and head[0].isalpha() and all(
        w.isupper() or w.isdigit() or w in (",", "/", ".") or w.lower() in CALENDAR_WORDS
        for w in head)


def _inside_longer_name(tv: TokenView, i: int, lex: ActorLexicon, sentence: list[int],
                        single: dict[int, str] | None = None) -> bool:
    """A one-word alias that is only part of a longer name: "Prince Abdulaziz bin Salman",
    "Farida al-Mansour", "Mazar-i-Sharif"; not one hyphened to another actor's one-word name
    (``single``: token -> actor): "Israel-Hezbollah ceasefire"."""
    word = tv.text[i]
    if word.isupper() and 0 < i < len(tv) - 1 and tv.text[i - 1] == tv.text[i + 1] == "-" \
            and not tv.space[i - 1] and not tv.space[i]:
        return True  # "PORT-AU-PRINCE": a syllable of a hyphenated name, not the AU
    if not word[:1].isupper() or word.isupper():
        return False  # acronyms and lower-case forms stand alone
    prev = tv.lower[i - 1] if i > 0 else ""
    if prev in ("bin", "ibn", "bint", "abu", "abd", "al", "el", "ould", "ag", "ben"):
        return True
    if prev == "of" and i > 1 and tv.lower[i - 2] in _WATERS and tv.text[i - 2][:1].isupper():
        return True  # "the Gulf of Oman", "the Gulf of Guinea": a sea, not the country
    other = single or {}
    this = other.get(i)
    if prev == "-" and i > 1 and not tv.space[i - 2]:
        # hyphenated compound, unless it joins two actors' names
        return other.get(i - 2) in (None, this)
    if i + 1 < len(tv) and tv.text[i + 1] == "-" and not tv.space[i] and i + 2 < len(tv) \
            and tv.lower[i + 2] not in lex.agentive_participles and tv.text[i + 2][:1].isupper():
        return other.get(i + 2) in (None, this)
    if i > 0 and sentence[i - 1] == sentence[i] and tv.text[i - 1][:1].isupper() \
            and tv.text[i - 1].isalpha() and prev not in lex.titles_by_last \
            and prev not in STOP_WORDS and prev not in CALENDAR_WORDS \
            and not _sentence_start(tv, i - 1, sentence):
        return True  # "Abdullah" after another capitalized name word ("in October Israeli
        # jets hit ...": a date is no name)
    return False


def _first_of_longer_name(tv: TokenView, end: int, taken: list[bool], sentence: list[int],
                          single: dict[int, str], kb: KnowledgeBase) -> bool:
    """Whether a one-word person alias ending at ``end`` opens a longer name no alias holds:
    the next word of its sentence is a capitalized word matched by nothing else, or by another
    person's one-word alias ("Yassin Ibrahim": neither Ahmed Yassin nor Jibril Ibrahim)."""
    if end >= len(tv) or sentence[end] != sentence[end - 1]:
        return False
    if taken[end] and (end not in single or kb.actors[single[end]].type != "person"):
        return False
    word = tv.text[end]
    return word[:1].isupper() and word.isalpha() and not word.isupper() \
        and tv.lower[end] not in STOP_WORDS and tv.lower[end] not in CALENDAR_WORDS \
        and not _sentence_start(tv, end, sentence)


def _tail_of_longer_name(tv: TokenView, start: int, lex: ActorLexicon, taken: list[bool],
                         sentence: list[int]) -> bool:
    """A body's alias that ends a longer name of another body: "Security Council" in "National
    Defence and Security Council" or "National Security Council", a state's own council and
    not the UN's. The words before must be capitalized name words that no other alias took
    (not "U.N.", a demonym, a title or a group adjective), joined by "and"/"of" at most."""
    i = start - 1
    if i >= 0 and tv.lower[i] in ("and", "of", "for") and i > 0 and sentence[i - 1] == sentence[i]:
        i -= 1
    if i < 0 or sentence[i] != sentence[start] or taken[i] or _sentence_start(tv, i, sentence):
        return False
    word = tv.text[i]
    return word[:1].isupper() and word.isalpha() and not word.isupper() \
        and tv.lower[i] not in STOP_WORDS and tv.lower[i] not in lex.titles_by_last \
        and word not in lex.group_adjectives


_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their"})


def _generic_org_form(tv: TokenView, start: int, end: int, entries: list[AliasEntry],
                      kb: KnowledgeBase) -> bool:
    """Whether an international body is named here by a plain-word alias ("Security Council"),
    which a possessive before it makes someone's own body ("his Security Council", "Russia's
    Security Council"). An acronym or a marked form ("UN Security Council", "NATO") keeps its
    reading."""
    if any(kb.actors[e.actor_id].type != "international_org" for e in entries):
        return False
    return all(w[:1].isupper() and w[1:].islower() for w in tv.text[start:end])


def is_generic_org_alias(state: DocState, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` spell an international body's plain-word alias."""
    matchers = actor_matchers(state.kb, tokenizer_pipeline(state.options.spacy_model))
    key = "L:" + " ".join(state.tokens.lower[start:end])
    strings = tokenizer_pipeline(state.options.spacy_model).vocab.strings
    entries = matchers.entries.get(strings[key]) if key in strings else None
    return bool(entries) and _generic_org_form(state.tokens, start, end, entries or [], state.kb)


def _sentence_start(tv: TokenView, i: int, sentence: list[int]) -> bool:
    return i == 0 or sentence[i - 1] != sentence[i] or tv.text[i - 1] in ('"', "'", "(")


def _pick(entries: list[AliasEntry], kb: KnowledgeBase, context: Counter[str | None],
          named: frozenset[str] | set[str] = frozenset(), war: bool = False) -> AliasEntry:
    """The reading of an ambiguous form: an actor the text names unambiguously elsewhere, else
    by the kind of the form, else (in a text that tells of fighting) one that fields fighters,
    else the actor of the countries the text names most."""
    if len(entries) == 1:
        return entries[0]
    return min(
        entries,
        key=lambda e: (e.actor_id not in named, _KIND_RANK.get(e.kind, 9),
                       war and kb.actors[e.actor_id].type not in _ARMED_TYPES,
                       -context.get(kb.actors[e.actor_id].country or "", 0)),
    )


# Words of a text that tells of fighting ("The RSF ... said it had captured the town": the
# Rapid Support Forces, not Reporters Without Borders).
_WAR_WORDS = frozenset({"war", "fighting", "fighters", "troops", "soldiers", "militia",
                        "militias", "rebels", "captured", "seized", "shelling", "shelled",
                        "airstrike", "airstrikes", "offensive", "clashes", "army", "battle",
                        "paramilitary", "insurgents", "militants", "gunmen", "siege",
                        "besieged", "besieging", "attacked", "attacks", "killed", "drone",
                        "drones", "shells", "bombardment", "bombed", "artillery", "ambushed",
                        "stormed", "looted", "massacre", "combatants", "frontline"})


def _tells_war(tv: TokenView) -> bool:
    return not _WAR_WORDS.isdisjoint(tv.lower)


# Actor types that field fighters ("RSF fighters"); a press-freedom group does not.
_ARMED_TYPES = frozenset({"armed_group", "government", "state"})
# Sectors of fighters: an ambiguous form before one of their nouns is a reading that fields
# them ("RSF fighters"); a bare country name in a headline may take one ("Pakistan forces").
_ARMED_SECTORS = frozenset({"military", "militia", "rebels", "mercenaries", "police"})


def _armed_readings(tv: TokenView, end: int, entries: list[AliasEntry],
                    kb: KnowledgeBase) -> list[AliasEntry]:
    """An ambiguous form followed by an armed agent noun ("RSF fighters", "RSF troops") is one
    of its readings that fields them (the Rapid Support Forces, not Reporters Without
    Borders); else all of them."""
    if len({e.actor_id for e in entries}) < 2:
        return entries
    agent = agent_noun_at(tv, end, kb)
    if agent is None or agent[1] not in _ARMED_SECTORS:
        return entries
    armed = [e for e in entries if kb.actors[e.actor_id].type in _ARMED_TYPES]
    return armed or entries


# What "a NATO member", "an EU member state", "a NATO ally" name: one member, not the body.
_MEMBER_NOUNS = frozenset({"member", "ally", "country", "state", "nation"})
# A weapon's model designation before an agent noun: "Polish *F-16* fighters", "Su-34 jets".
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$")
# A weapon named in the singular before the act it carries out is the act's modifier, not its
# doer: "Iran's *missile* attack on Israel", "Russian *drone* strikes on Kyiv", "Israeli *tank*
# fire" (the act is the possessor's or the demonym's, as "Iran's attack" is Iran's).
_WEAPON_MODIFIERS = frozenset({
    "drone", "missile", "rocket", "artillery", "mortar", "tank", "jet", "aircraft", "helicopter",
    "warplane", "gunship", "bomber", "navy", "naval", "air force", "army", "military"})
_ACT_NOUNS = frozenset({
    "attack", "attacks", "strike", "strikes", "fire", "barrage", "barrages", "salvo", "salvos",
    "raid", "raids", "bombardment", "bombardments", "assault", "assaults", "shelling", "offensive",
    "operation", "operations", "campaign", "blockade", "incursion", "incursions"})


def agent_noun_at(tv: TokenView, i: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """If tokens from ``i`` form an agent noun ("troops", "special forces"), its end and sector.

    One modifier may come first ("elite troops", "allied forces").
    """
    nouns = kb.agent_nouns
    n = len(tv)
    for skip in (0, 1):
        j = i + skip
        if j >= n:
            return None
        if skip and (not tv.text[j - 1][:1].isalpha() or tv.text[j - 1][:1].isupper()) \
                and not _MODEL_NAME.match(tv.text[j - 1]):
            return None
        for width in (3, 2, 1):
            if j + width > n:
                continue
            sector = nouns.get(" ".join(tv.lower[j : j + width]))
            if sector:
                end = j + width
                if end < n and tv.lower[end] in _ACT_NOUNS and \
                        " ".join(tv.lower[j:end]) in _WEAPON_MODIFIERS:
                    return None
                # Chained agent nouns: "opposition fighters", "army officers", "militia leaders".
                for width2 in (2, 1):
                    if end + width2 <= n:
                        chained = nouns.get(" ".join(tv.lower[end : end + width2]))
                        if chained:
                            return end + width2, chained
                if skip and _MODEL_NAME.match(tv.text[j - 1]):
                    return end, "military"  # "F-16 fighters" are warplanes, not militiamen
                return end, sector
    return None


def _shared_agent_noun(tv: TokenView, end: int, kb: KnowledgeBase) -> str | None:
    """The sector of the agent noun a demonym ending at ``end`` shares with the capitalized
    words coordinated after it ("German *and UN officials*", "US, *British and French
    warships*"), or None."""
    n = len(tv)
    if end >= n or tv.lower[end] not in ("and", ","):
        return None
    j, conj = end, False
    while j < n and j < end + 8:
        word = tv.lower[j]
        if word in ("and", ","):
            conj = conj or word == "and"
            j += 1
            continue
        if not tv.text[j][:1].isupper() or j == end:
            break
        k = j
        while k < n and tv.text[k][:1].isupper() and k < j + 4:
            k += 1  # the capitalized name or demonym
        if k >= n or k == j:
            break
        if tv.lower[k] in ("and", ","):
            j = k
            continue
        agent = agent_noun_at(tv, k, kb) if conj else None
        return agent[1] if agent is not None else None
    return None


def _crowd_acts_after(tv: TokenView, end: int, lex: ActorLexicon) -> bool:
    """Whether a crowd's act (``crowd_acts``) follows ``end`` in its sentence."""
    sentence = tv.sentence[end - 1]
    lowers = tv.lower
    for k in range(end, min(end + 12, len(lowers))):
        if tv.sentence[k] != sentence:
            return False
        if lowers[k] in lex.crowd_acts:
            return True
    return False


def _read_in_context(
    tv: TokenView,
    text: str,
    start: int,
    end: int,
    entry: AliasEntry,
    kb: KnowledgeBase,
    lex: ActorLexicon,
    published: str | None = None,
) -> ActorMention | None:
    actor = kb.actors[entry.actor_id]
    kind = entry.kind
    lowers = tv.lower

    def make(kind: str, stop: int, sector: str | None = None, locative: bool = False,
             attributive: bool = False) -> ActorMention:
        first = tv.idx[start]
        last = tv.idx[stop - 1] + len(tv.text[stop - 1])
        return ActorMention(first, last, start, stop, tv.sentence[start], actor.id, kind,
                            text[first:last], sector, locative, attributive)

    if actor.type == "international_org" and start > 0 and lowers[start - 1] in ("a", "an") \
            and end < len(lowers) and lowers[end] in _MEMBER_NOUNS:
        # "the first time a NATO member has fired on Russian aircraft": some member state,
        # not the alliance
        return None
    if kind == "demonym":
        agent = agent_noun_at(tv, end, kb)
        if agent is not None and _office_follows(tv, start, end, lex) and \
                sole_office_holder(tv, end, actor.id, kb, lex, published) is not None:
            # "the Polish prime minister said": the office's holder on the day (coref reads
            # him), not the state's government that the agent noun "minister" would make it
            return make("demonym", end)
        if agent is not None and lowers[agent[0] - 1] == "side" and (
                agent[0] >= len(lowers) or lowers[agent[0]] == "of"
                or start == 0 or lowers[start - 1] != "the"):
            agent = None  # "the Palestinian side of the border": a place, not "the Russian side"
        if agent is not None:
            if agent[1] in lex.no_actor_sectors:
                return None  # "Syrian refugees": people the story is about, not a party
            mention = make("agent", agent[0], agent[1])
            mention.actor_id = agent_owner(actor.id, agent[1], kb, lex,
                                           " ".join(lowers[end:agent[0]]))
            return mention
        shared = _shared_agent_noun(tv, end, kb)
        if shared is not None:
            # "German and UN officials", "German and French troops": the demonym shares the
            # agent noun that ends the list.
            if shared in lex.no_actor_sectors:
                return None
            mention = make("agent", end, shared)
            mention.actor_id = agent_owner(actor.id, shared, kb, lex)
            return mention
        if end + 1 < len(lowers) and lowers[end] == "-" and (
                lowers[end + 1] in lex.agentive_participles):
            return make("demonym", end)  # "British-drafted", "Iranian-backed"
        prev = lowers[start - 1] if start > 0 else ""
        if tv.text[end - 1].endswith("s") and prev == "the":
            return make("demonym", end)  # "the Emiratis"
        if tv.text[end - 1].endswith("s") and prev == "of" and start >= 2 and \
                lowers[start - 2] in lex.crowd_counts and _crowd_acts_after(tv, end, lex):
            # "Thousands of Israelis rallied in Tel Aviv": the country's protesters
            first = start - 2
            mention = ActorMention(tv.idx[first], tv.end_char(end - 1), first, end,
                                   tv.sentence[start], actor.id, "agent",
                                   text[tv.idx[first]:tv.end_char(end - 1)], "protesters")
            mention.actor_id = agent_owner(actor.id, "protesters", kb, lex)
            return mention
        if _office_follows(tv, start, end, lex):
            return make("demonym", end)  # "the Tunisian president": coref reads the holder
        return None
    if kind == "alias" and actor.type == "state" and all(
            t.replace(".", "").isupper() for t in tv.text[start:end]):
        # "US forces", "U.S. troops": a state's acronym before the noun of its soldiers is its
        # army, as a demonym is ("American troops"); "US warplanes struck" stays the state's
        agent = agent_noun_at(tv, end, kb)
        if agent is not None and agent[1] == "military" and agent[0] == end + 1 and \
                lowers[end] in _FORCE_NOUNS:
            mention = make("agent", agent[0], agent[1])
            mention.actor_id = agent_owner(actor.id, agent[1], kb, lex,
                                           " ".join(lowers[end:agent[0]]))
            return mention
    if kind == "metonym":
        agent = agent_noun_at(tv, end, kb)
        if agent is not None and agent[1] == "judiciary" and agent[0] == end + 1:
            # "A Moscow court charged four men", "a Tehran court sentenced": the capital's
            # court is its state's judiciary, as a demonym's is ("a Russian court")
            mention = make("agent", agent[0], agent[1])
            mention.actor_id = agent_owner(actor.id, agent[1], kb, lex, lowers[end])
            return mention
        if _metonym_is_actor(lowers, start, end, lex, tv.space, tv.text) or \
                _capital_in_subject_list(tv, start, end, lex) or \
                _second_capital_object(tv, start, lex):
            return make("metonym", end)
        return None
    locative = actor.type == "state" and _is_locative(lowers, start, end, lex)
    if actor.type == "company" and ((start > 0 and lowers[start - 1] in ("on", "via")) or (
            end < len(lowers) and lowers[end] in _PLATFORM_PARTS)):
        # "said on Twitter", "Telegram channels close to Wagner": the platform, not a party
        locative = True
    attributive = actor.type == "person" and _is_attributive(tv, start, end)
    return make(kind, end, locative=locative, attributive=attributive)


def _office_follows(tv: TokenView, start: int, end: int, lex: ActorLexicon) -> bool:
    """"The Tunisian president dismissed ...", "Iraq's neighbours and the Iranian foreign
    minister": a demonym right before a state's one-holder office with no name after it names
    that office's holder (not "a Tunisian president", "former Tunisian president", "the
    Iranian vice president for legal affairs", one of several, nor "Tunisian President Kais
    Saied", whose name says who)."""
    lowers = tv.lower
    words = lex.state_office_at(lowers, end)
    if words is None or (start > 0 and lowers[start - 1] in _NOT_THE_HOLDER):
        return False
    stop = end + len(words)
    return stop >= len(lowers) or not (tv.text[stop][:1].isupper() or lowers[stop] == "for"
                                       or lowers[stop] in ("'s", "’s")
                                       and stop + 1 < len(lowers)
                                       and tv.text[stop + 1][:1].isupper())


def sole_office_holder(tv: TokenView, j: int, owner: str, kb: KnowledgeBase,
                       lex: ActorLexicon, published: str | None,
                       stop: int | None = None) -> str | None:
    """The one person the knowledge base says held, on the publication date, the state's
    one-holder office named from token ``j`` (and ending at ``stop`` when given): "Kenya's
    *foreign minister* said", "the Polish *prime minister*". None when ``owner`` is no state,
    when no office or another phrase is there ("foreign ministry", "the foreign minister's
    spokesman"), when a name follows ("defence minister Aden Duale", "foreign minister,
    Monica Juma", which names who) or when the office had no or several holders that day."""
    actor = kb.actors.get(owner)
    if actor is None or actor.type != "state":
        return None
    lowers = tv.lower
    words = lex.state_office_at(lowers, j)
    if words is None:
        return None
    end = j + len(words)
    if stop is not None and end != stop:
        return None
    nxt = end + 1 if end + 1 < len(lowers) and lowers[end] == "," else end
    if nxt < len(lowers) and (tv.text[nxt][:1].isupper() or lowers[nxt] in ("'s", "’s", "for")):
        return None  # (nor "vice president for legal affairs": one of several, by portfolio)
    return kb.office_holder(owner, " ".join(words), published[:10] if published else None)


# Words before a demonym and an office that make it no one holder on the day ("a former ...").
_NOT_THE_HOLDER = frozenset({"a", "an", "former", "ex", "late", "then", "future", "next",
                             "previous", "successive", "every", "each", "any", "no", "past"})

# A country's own parts, named by the noun of other states ("Ethiopia's regional states").
_SUBDIVISIONS = frozenset({"states", "state"})
# Nouns of a state's soldiers that turn its acronym into its army ("US forces").
_FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "personnel", "servicemen"})

# What users keep on a platform: "Telegram channels", "Facebook page".
_PLATFORM_PARTS = frozenset({"channel", "channels", "account", "accounts", "page", "pages",
                             "post", "posts", "user", "users", "group", "groups", "feed"})
# "neighbouring" before a country that opens its clause (after these or at the start).
_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
_CLAUSE_JOINS = frozenset({"and", "but", ",", ";", "while", "as", "."})
# Verbs of turning from a partner ("turned away from France").
_TURNED = frozenset({"turn", "turns", "turned", "turning", "pivoted", "drifted", "moved"})
# Kinds of place named before "of" and a name that is also a state's ("the island of St Vincent",
# "the city of Singapore"); not "state", which names the state itself ("the State of Israel").
_PLACE_KINDS = frozenset({"island", "islands", "archipelago", "city", "town", "port", "village"})
# Verbs of a place's neighbours: the countries after them are places.
_BORDERING = frozenset({"borders", "bordering", "bordered", "abuts", "abutting"})


# Adjectives of allegiance whose "to" takes a side, not a place: "forces loyal to Russia",
# "groups sympathetic to North Korea", "a militia beholden to Iran".
_ALLEGIANCE = frozenset({"loyal", "sympathetic", "beholden", "answerable", "subordinate",
                         "affiliated", "aligned", "allied", "faithful", "devoted"})


def _is_locative(lowers: list[str], start: int, end: int, lex: ActorLexicon) -> bool:
    """True when a country name is used as a place ("in Libya", "southern Libya")."""
    prev = lowers[start - 1] if start > 0 else ""
    if prev in _NEIGHBOURING and (start < 2 or lowers[start - 2] in _CLAUSE_JOINS):
        # "and neighbouring Niger followed suit": a neighbour opening its clause acts
        prev = ""
    if prev in lex.direction_adjectives:
        return True
    if prev in _BORDERING or (prev in ("and", ",") and not _BORDERING.isdisjoint(
            lowers[max(0, start - 5) : start - 1])):
        return True  # "Balochistan borders Afghanistan and Iran": a neighbour, not a party
    if prev == "-" and start > 1 and lowers[start - 2] in ("post", "pre"):
        return True
    if prev == "of" and start > 1 and lowers[start - 2] == "out":
        return True  # "pulled its fighters out of Syria"
    if prev == "of" and start > 1 and lowers[start - 2] in _PLACE_KINDS:
        return True  # "talks on the Caribbean island of St Vincent": the island, a place
    if prev == "the" and start > 1 and lowers[start - 2] in lex.locative_prepositions:
        prev = lowers[start - 2]
    if end + 1 < len(lowers) and lowers[end] in ("'s", "'") and \
            lowers[end + 1] in lex.actor_after_nouns:
        return False  # "at Turkey's request", "on Russia's proposal": the state asked
    if prev == "from" and start > 2 and lowers[start - 2] == "away" and \
            lowers[start - 3] in _TURNED:
        return False  # "turned away from France": a partner dropped, not a place left
    if prev == "to" and start > 1 and lowers[start - 2] in _ALLEGIANCE:
        return False  # "forces loyal to Russia", "sympathetic to North Korea": a side
    if prev in lex.locative_prepositions:
        if end < len(lowers) and lowers[end] in lex.actor_after_nouns:
            return False  # "through US mediation", "under US pressure": the state's act
        if _acting_relative(lowers, end):
            return False  # "In Israel, which has sought to normalise relations with Riyadh"
        if prev in ("from", "to", "with", "of", "on", "over"):
            # "support from Moscow", "pressure on Cairo": the name stands for its government.
            window = set(lowers[max(0, start - 4) : start - 1])
            if window & lex.actor_after_nouns:
                return False
            if prev in ("with", "of", "on", "over") and not window & lex.motion_words:
                return prev == "of" and _next_is_place_noun(lowers, end, lex)
        return True
    if end + 1 < len(lowers) and lowers[end] in ("'s", "'"):
        return lowers[end + 1] in lex.place_nouns_after_possessive
    if prev == "and" and start > 2 and lowers[start - 3] == "in" and \
            (end >= len(lowers) or lowers[end] in _PLACE_LIST_ENDS):
        # "targets in Iraq and Syria on Friday": the second country of a place list is a place
        return True
    return False


# Verbs of a state's own will that a relative clause on a country names it an actor by ("In
# Israel, which has sought to normalise relations with Riyadh, ...").
_WILL_VERBS = frozenset({"sought", "seeks", "wants", "wanted", "accused", "accuses", "warned",
                         "warns", "demanded", "demands", "vowed", "vows", "backed", "backs",
                         "opposed", "opposes", "threatened", "threatens", "denied", "denies",
                         "signed", "rejected", "rejects", "pledged", "pledges", "insisted",
                         "insists", "pushed", "pushes", "lobbied", "condemned", "condemns"})


def _acting_relative(lowers: list[str], end: int) -> bool:
    """Whether ", which (has|had) <a verb of will>" follows the name at ``end``."""
    if end + 2 >= len(lowers) or lowers[end] != "," or lowers[end + 1] != "which":
        return False
    k = end + 2
    if lowers[k] in ("has", "had", "have", "also", "long") and k + 1 < len(lowers):
        k += 1
    return lowers[k] in _WILL_VERBS


# What may follow the last name of a place list ("in Iraq and Syria"): its end, not a verb.
_PLACE_LIST_ENDS = frozenset({",", ".", ";", ":", "on", "in", "since", "after", "before", "as",
                              "and", "for", "over", "during", "last", "this", "early", "late",
                              "overnight", "at", "from", "to", "near", "where", "while", "with"})


def _next_is_place_noun(lowers: list[str], end: int, lex: ActorLexicon) -> bool:
    return end < len(lowers) and lowers[end] in lex.place_nouns_after_possessive


# Words that may stand between a city's possessive and the noun of one of its sites ("Sanaa's
# international airport", "Baghdad's heavily fortified Green Zone").
_SITE_QUALIFIERS = frozenset({"main", "international", "old", "historic", "heavily", "fortified",
                              "densely", "populated", "crowded", "busy", "biggest", "largest",
                              "famous", "popular", "central", "twin", "new"})


def _metonym_is_actor(lowers: list[str], start: int, end: int, lex: ActorLexicon,
                      space: Sequence[bool] = (), texts: Sequence[str] = ()) -> bool:
    """A capital stands for its government when it acts, owns or is backed from (``space``:
    whether each token has a space after it; ``texts``: the tokens as written)."""
    n = len(lowers)
    nxt = lowers[end] if end < n else ""
    if nxt in ("'s", "'"):
        k = end + 1
        if k + 1 < n and lowers[k] in lex.direction_adjectives:
            k += 1  # "Beirut's southern suburbs": a part of the city
        after = lowers[k] if k < n else ""
        if after in lex.place_nouns_after_possessive:
            return False
        # "Mogadishu's Lido beach", "Damascus's Mezzeh district", "Baghdad's heavily
        # fortified Green Zone", "Sanaa's international airport": a site of the city, named or
        # qualified before its place noun (not "Washington's Middle East envoy")
        j = k
        while j < min(n, k + 4) and (texts and j < len(texts) and texts[j][:1].isupper()
                                     or lowers[j] in _SITE_QUALIFIERS):
            j += 1
        return not (j > k and j < n and lowers[j] in lex.place_nouns_after_possessive)
    prev = lowers[start - 1] if start > 0 else ""
    at = start - 1
    if prev == "the" and start > 1:
        prev, at = lowers[start - 2], start - 2
    if prev == "-" and space and space[at] and at > 0 and space[at - 1]:
        prev = ""  # "MOSCOW - The Kremlin condemned": a dateline's dash, as at a sentence start
    if prev == "by" or (prev in lex.actor_verbs and prev not in _COPULAS):
        return True  # "backed by Moscow", "accused Washington", "urged Ankara"
    if _addressed(lowers, at):
        return True  # "called on Baghdad to respond", "appealed to Kyiv", "asking Kinshasa to"
    if prev == "for" and at > 0 and lowers[at - 1] in _ADDRESS_PREPOSITIONS["on"] and \
            end + 1 < n and lowers[end] in ("to", "and"):
        return True  # "called for Moscow to withdraw" (not "called for Geneva talks")
    if prev == "between" or (end < len(lowers) and lowers[end] == "and" and start > 0
                             and lowers[start - 1] == "between"):
        return True  # "talks between Moscow and Kyiv"
    if prev == "and" and start > 2 and lowers[start - 3] == "between":
        return True
    if prev == "against" and start > 1 and lowers[start - 2] in _WAR_NOUNS:
        return True  # "resumed their war against Bamako": its government
    if prev in lex.locative_prepositions or prev in lex.direction_adjectives:
        if prev in ("from", "with", "on", "over", "to"):
            window = set(lowers[max(0, start - 5) : start - 1])
            return bool(window & lex.actor_after_nouns) and not window & lex.motion_words
        return False
    if prev == "-":
        return False
    # Subject of a verb of saying, deciding or acting ("Moscow, which fought a brief war with
    # Georgia in 2008, has accused the West": of the relative clause's too).
    starts = [end]
    if end + 1 < n and lowers[end] == "," and lowers[end + 1] == "which":
        close = next((k for k in range(end + 2, min(n, end + 20)) if lowers[k] in (",", ".")),
                     None)
        starts = [end + 2] + ([close + 1] if close is not None and lowers[close] == "," else [])
    for j in starts:
        while j < n and lowers[j] in _BEFORE_VERB:
            j += 1
        if j < n and lowers[j] in lex.actor_verbs and lowers[j] not in (
                "is", "was", "has", "have", "had"):
            return True
    return False


_COPULAS = {"is", "was", "has", "have", "had", "are", "were", "be", "been"}
# Words between a subject and its verb: "Kinshasa has long accused Kigali".
_BEFORE_VERB = frozenset({"has", "have", "had", "also", "too", "now", "then", "long", "already",
                          "again", "repeatedly", "previously", "recently", "often", "publicly",
                          "openly", "swiftly", "quickly", "later", "earlier", "never"})
# A war on a capital is a war on its government ("their war against Bamako").
_WAR_NOUNS = frozenset({"war", "rebellion", "insurgency", "uprising", "campaign", "struggle",
                        "fight", "offensive"})


# Words that make the name after them the one a demand, call or appeal is made to: "called on
# Baghdad", "appealed to Kyiv", "asking Kinshasa to sit down" (the finite forms of urge, ask,
# press are actor verbs already).
# (the address verbs of ``home.ADDRESS_VERBS``: whom "called on", "appealed to"; the gerunds
# of those that take no preposition, and "pressuring")
_ADDRESS_PREPOSITIONS = {prep: frozenset(v for v, p in ADDRESS_VERBS.items() if p == prep)
                         for prep in ("on", "to")}
_ADDRESS_GERUNDS = frozenset(v for v, p in ADDRESS_VERBS.items() if not p and v.endswith("ing")) \
    | {"pressuring"}


def _addressed(lowers: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` (the one before a name) makes the name the addressee of a
    call, appeal or demand: "called *on* Baghdad", "appealed *to* Kyiv", "*urging* Moscow"."""
    if at < 0:
        return False
    word = lowers[at]
    if word in _ADDRESS_GERUNDS:
        return True
    verbs = _ADDRESS_PREPOSITIONS.get(word)
    return verbs is not None and at > 0 and lowers[at - 1] in verbs


def _second_capital_object(tv: TokenView, start: int, lex: ActorLexicon) -> bool:
    """"had warned *Warsaw and Vilnius* about the approaching aircraft", "accused Washington
    and *London*": a capital joined to a one-word name that is the object of a verb of saying
    or acting stands for its government like the first."""
    lowers, text = tv.lower, tv.text
    if start < 3 or lowers[start - 1] != "and" or not text[start - 2][:1].isupper():
        return False
    verb = lowers[start - 3]
    # "called on Moscow and Kyiv to resume talks": the pair a call is made to
    return (verb in lex.actor_verbs and verb not in _COPULAS) or _addressed(lowers, start - 3) \
        or (verb == "for" and start > 3 and lowers[start - 4] in _ADDRESS_PREPOSITIONS["on"])


def _capital_in_subject_list(tv: TokenView, start: int, end: int, lex: ActorLexicon) -> bool:
    """"*Paris* and the European Union have suspended aid", "which *Moscow* and Damascus say":
    a capital first in a list of names that is the subject of a verb of saying, deciding or
    acting stands for its government like the last one."""
    lowers, text = tv.lower, tv.text
    n = len(lowers)
    if end >= n or lowers[end] not in ("and", ","):
        return False
    prev = lowers[start - 1] if start > 0 else ""
    if prev in lex.locative_prepositions or prev in lex.direction_adjectives or prev == "-":
        return False
    j, conj, names = end, False, 0
    while j < n and j < end + 10:
        word = lowers[j]
        if word in ("and", ","):
            conj = conj or word == "and"
        elif word == "the" or text[j][:1].isupper():
            names += word != "the"
        else:
            break
        j += 1
    if not conj or not names:
        return False
    while j < n and lowers[j] in _BEFORE_VERB:
        j += 1
    return j < n and lowers[j] in lex.actor_verbs and lowers[j] not in _COPULAS


def _is_attributive(tv: TokenView, start: int, end: int) -> bool:
    """A person's name used as a modifier: "the Gaddafi army", "post-Gaddafi Libya"."""
    lowers = tv.lower
    prev = lowers[start - 1] if start > 0 else ""
    if prev == "-" and start > 1 and lowers[start - 2] in ("post", "pre", "anti", "pro"):
        return True
    if end < len(lowers):
        nxt = tv.text[end]
        if nxt == "-" and end + 1 < len(lowers) and lowers[end + 1] in (
            "era", "backed", "led", "aligned", "allied", "loyal", "style", "linked",
        ):
            return True
        if prev == "the" and nxt.isalpha() and nxt.islower():
            return True
    return False


def _link_unmatched(
    state: DocState,
    taken: list[bool],
    found: list[ActorMention],
    token_sentence: list[int],
) -> list[ActorMention]:
    """Surname and transliteration links for capitalized words no form matched."""
    kb = state.kb
    tv = state.tokens
    lex = actor_lexicon()
    seen_actors = {m.actor_id: m.start for m in found}
    context = _context(found, kb)
    sentence_starts = {s.tok_start for s in state.sentences}
    result: list[ActorMention] = []
    capitalized = [i for i in tv.capitalized() if not taken[i]]
    # A headline calls a person by the surname the lede then gives in full ("Chad's Deby
    # threatens to quit regional force" / "Chad's President Mahamat Idriss Deby has threatened").
    lede_end = state.sentences[1].end if len(state.sentences) > 1 else -1
    for i in capitalized:
        word = tv.text[i]
        if (len(word) < 3 and word not in kb.surnames) or not word.isalpha() \
                or _inside_longer_name(tv, i, lex, token_sentence):
            continue
        if word.isupper() and len(word) <= 4:
            continue  # acronyms are matched exactly or not at all
        if i in sentence_starts and tv.lower[i] in STOP_WORDS:
            continue
        actor_id = None
        kind = "surname"
        for candidate in kb.surnames.get(word, ()):
            first = seen_actors.get(candidate)
            if first is not None and (first < tv.idx[i]
                                      or (token_sentence[i] == 0 and first < lede_end)):
                actor_id = candidate
                break
        if actor_id is None and not _names_a_city(word):
            actor_id = _translit_candidate(word, kb, context)
            kind = "translit"
        if actor_id is None:
            continue
        taken[i] = True
        seen_actors.setdefault(actor_id, tv.idx[i])
        result.append(
            ActorMention(
                start=tv.idx[i], end=tv.idx[i] + len(word), tok_start=i, tok_end=i + 1,
                sentence=token_sentence[i], actor_id=actor_id, kind=kind, text=word,
            )
        )
    return result


_TRANSLIT_MIN_CONSONANTS = 4
_TRANSLIT_MIN_RATIO = 65


def _context(found: list[ActorMention], kb: KnowledgeBase) -> tuple[set[str], set[str]]:
    """Countries and conflict tags of the KB actors already recognized in the document."""
    countries: set[str] = set()
    conflicts: set[str] = set()
    for m in found:
        actor = kb.actors.get(m.actor_id)
        if actor is None:
            continue
        if actor.country:
            countries.add(actor.country)
        conflicts.update(actor.conflicts)
    return countries, conflicts


def _names_a_city(word: str) -> bool:
    """Whether ``word`` is the very name of a city of 50,000 people or more, of a capital or a
    division's seat, or of a town or district of our supplement: such a word is that place, not
    another spelling of a person's name ("Pskov" is no "Peskov", "Oleshky" no "Oleshchuk")."""
    from factions.geo.gazetteer import ALIAS, PRIMARY, load_gazetteer  # (loaded by the places
    from factions.geo.names import name_key  # stage anyway)

    gazetteer = load_gazetteer()
    return any(kind == PRIMARY and (gazetteer.population(i) >= 50_000 or gazetteer.feature(i)
                                    in ("capital", "admin_seat"))
               or kind in (PRIMARY, ALIAS) and gazetteer.is_supplement(i)
               and gazetteer.feature(i) in ("town", "city", "district")
               for i, kind in gazetteer.lookup(name_key(word)))


def _translit_candidate(word: str, kb: KnowledgeBase,
                        context: tuple[set[str], set[str]]) -> str | None:
    """An actor whose one-word alias is a transliteration variant of ``word`` ("Hifter").

    The skeletons must agree on at least four consonants, the spellings must be close, and the
    actor must belong to the story: its country or conflict is already named in the document.
    """
    key = translit_key(word)
    if len(key) < _TRANSLIT_MIN_CONSONANTS or " " in key:
        return None
    countries, conflicts = context
    best, best_id = 0.0, None
    for candidate in kb.translit.get(key, ()):
        actor = kb.actors[candidate]
        if actor.type not in ("person", "armed_group", "political_party"):
            continue
        if actor.country not in countries and not conflicts.intersection(actor.conflicts):
            continue
        score = max((fuzz.ratio(word.lower(), name.lower()) for name in actor.all_names()
                     if translit_key(name) == key), default=0.0)
        if score >= _TRANSLIT_MIN_RATIO and score > best:
            best, best_id = score, candidate
    return best_id


# Police-sector nouns that name a state's forces at large: where the KB knows no police body of
# the state, its armed forces ("Pakistani security forces freed the hostages").
_SECURITY_NOUNS = ("security forces", "security force", "security personnel")


def agent_owner(owner: str, sector: str, kb: KnowledgeBase, lex: ActorLexicon,
                noun: str = "") -> str:
    """Who a state's agent noun denotes: its official body for that sector when the KB has one
    ("Egyptian troops" -> the Egyptian Armed Forces), a group of its own for non-state sectors
    ("Syrian rebels"), else the state itself ("Egyptian officials" -> Egypt). Security forces of
    a state with no police body in the KB are its armed forces."""
    actor = kb.actors.get(owner)
    if actor is None or actor.type != "state":
        return ministry_forces(owner, sector, kb)
        return owner
    if sector in lex.non_state_sectors:
        return group_actor_id(actor.country, sector)
    country = actor.country or ""
    body = kb.state_bodies.get((country, sector))
    if body is None and sector == "police" and noun.endswith(_SECURITY_NOUNS):
        body = kb.state_bodies.get((country, "military"))
    return body or owner


def ministry_forces(owner: str, sector: str, kb: KnowledgeBase) -> str:
    """The armed forces a defence ministry's military agent noun denotes ("Russia's defence
    ministry said its forces had repelled": Russia's armed forces), else ``owner``."""
    actor = kb.actors.get(owner)
    if sector != "military" or actor is None or actor.type != "government" \
            or not actor.country or not _is_defence_ministry(actor):
        return owner
    return kb.state_bodies.get((actor.country, "military")) or owner


def _is_defence_ministry(actor: KBActor) -> bool:
    """Whether a KB government body is a defence ministry (by its name or descriptors)."""
    names = (actor.name, *actor.descriptors)
    return any(("defence" in n.lower() or "defense" in n.lower()) and "ministry" in n.lower()
               for n in names)


def group_actor_id(country: str | None, sector: str) -> str:
    """Id of the group a country's non-state agents form ("Syrian rebels" -> x-syr-rebels)."""
    return f"x-{(country or 'xxx').lower()}-{sector}"


def register_group_actors(state: DocState, mentions: list[ActorMention]) -> None:
    """Make Actor entries for the non-state groups that demonym agents named."""
    lex = actor_lexicon()
    for m in mentions:
        if not m.actor_id.startswith("x-") or m.actor_id in state.actors or m.sector is None:
            continue
        country = m.actor_id.split("-")[1].upper()
        state.actors[m.actor_id] = Actor(
            id=m.actor_id, name=m.text[:1].upper() + m.text[1:], type=lex.non_state_sectors.get(
                m.sector, "other"), country=country if country != "XXX" else None,
            known=False)
