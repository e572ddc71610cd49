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

from collections import Counter

from rapidfuzz import fuzz
from spacy.tokens import Doc

from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.actors.matchers import actor_matchers
from factions.kb import KnowledgeBase
from factions.kb.knowledge_base import AliasEntry
from factions.kb.names import translit_key
from factions.pipeline.state import ActorMention, DocState
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
    for match_id, start, end in matchers.lower(doc):
        span_text = doc[start:end].text
        if any(ch.isupper() for ch in span_text):
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

    # Countries of unambiguous matches disambiguate ambiguous forms.
    context = Counter(
        kb.actors[entries[0].actor_id].country
        for _, _, entries in chosen
        if len({e.actor_id for e in entries}) == 1
    )
    mentions: list[ActorMention] = []
    for start, end, entries in chosen:
        entry = _pick(entries, kb, context)
        mention = _read_in_context(doc, start, end, entry, kb, lex, token_sentence)
        if mention is not None:
            mentions.append(mention)
    mentions.extend(_link_unmatched(state, taken, mentions, token_sentence))
    mentions.extend(possessive_agents(doc, mentions, kb))
    mentions.sort(key=lambda m: (m.start, -m.end))
    state.mentions.extend(mentions)


def possessive_agents(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase) -> list[ActorMention]:
    """"Haftar's forces", "His forces": an extra mention of kind ``agent`` over the whole phrase.

    The owner's own mention stays as it is; the agent mention carries the sector.
    """
    result = []
    for m in mentions:
        if m.kind == "agent" or m.locative:
            continue
        j = m.tok_end
        if m.kind != "pronoun":
            if j >= len(doc) or doc[j].text not in ("'s", "'"):
                continue
            j += 1
        agent = agent_noun_at(doc, j, kb)
        if agent is None:
            continue
        span = doc[m.tok_start : agent[0]]
        result.append(
            ActorMention(
                start=span.start_char, end=span.end_char, tok_start=m.tok_start,
                tok_end=agent[0], sentence=m.sentence, actor_id=m.actor_id, kind="agent",
                text=span.text, sector=agent[1],
            )
        )
    return result


def _pick(entries: list[AliasEntry], kb: KnowledgeBase, context: Counter[str | None]) -> AliasEntry:
    if len(entries) == 1:
        return entries[0]
    return min(
        entries,
        key=lambda e: (_KIND_RANK.get(e.kind, 9), -context.get(kb.actors[e.actor_id].country, 0)),
    )


def agent_noun_at(doc: Doc, i: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """If tokens from ``i`` form an agent noun ("troops", "special forces"), its end and sector.

    One modifier may come first ("Egyptian-backed", "elite", "allied" are skipped when the next
    word is an agent noun).
    """
    nouns = kb.agent_nouns
    for skip in (0, 1):
        j = i + skip
        if j >= len(doc):
            return None
        if skip and (doc[j - 1].is_punct or doc[j - 1].text[:1].isupper()):
            return None
        for width in (3, 2, 1):
            if j + width > len(doc):
                continue
            phrase = " ".join(t.lower_ for t in doc[j : j + width])
            sector = nouns.get(phrase)
            if sector:
                return j + width, sector
    return None


def _read_in_context(
    doc: Doc,
    start: int,
    end: int,
    entry: AliasEntry,
    kb: KnowledgeBase,
    lex: ActorLexicon,
    token_sentence: list[int],
) -> ActorMention | None:
    actor = kb.actors[entry.actor_id]
    prev = doc[start - 1].lower_ if start > 0 else ""
    nxt = doc[end].lower_ if end < len(doc) else ""
    kind = entry.kind
    span = doc[start:end]
    sentence = token_sentence[start]

    def make(kind: str, stop: int, sector: str | None = None, **flags: bool) -> ActorMention:
        text_span = doc[start:stop]
        return ActorMention(
            start=text_span.start_char,
            end=text_span.end_char,
            tok_start=start,
            tok_end=stop,
            sentence=sentence,
            actor_id=actor.id,
            kind=kind,
            text=text_span.text,
            sector=sector,
            **flags,
        )

    if kind == "demonym":
        agent = agent_noun_at(doc, end, kb)
        if agent is not None:
            return make("agent", agent[0], agent[1])
        if span.text.endswith("s") and prev == "the":
            return make("demonym", end)  # "the Emiratis"
        return None
    if kind == "metonym":
        if _metonym_is_actor(doc, start, end, lex):
            return make("metonym", end)
        return None
    locative = False
    attributive = False
    if actor.type in ("state",) or kind == "metonym":
        locative = _is_locative(doc, start, end, lex)
    if actor.type == "person":
        attributive = _is_attributive(doc, start, end)
    return make(kind, end, locative=locative, attributive=attributive)


def _is_locative(doc: Doc, start: int, end: int, lex: ActorLexicon) -> bool:
    """True when a country name is used as a place ("in Libya", "southern Libya")."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in lex.direction_adjectives:
        return True
    if prev == "-" and start > 1 and doc[start - 2].lower_ in ("post", "pre"):
        return True
    if prev in ("the",) and start > 1 and doc[start - 2].lower_ in lex.locative_prepositions:
        prev = doc[start - 2].lower_
    if prev in lex.locative_prepositions:
        if prev in ("from", "to", "with", "of", "on", "over"):
            # "support from Moscow", "pressure on Cairo": the name stands for its government.
            window = {t.lower_ for t in doc[max(0, start - 4) : start - 1]}
            if window & lex.actor_after_nouns:
                return False
            if prev in ("with", "of", "on", "over") and not window & lex.motion_words:
                return prev == "of" and _next_is_place_noun(doc, end, lex)
        return True
    if end + 1 < len(doc) and doc[end].text in ("'s", "'"):
        return doc[end + 1].lower_ in lex.place_nouns_after_possessive
    return False


def _next_is_place_noun(doc: Doc, end: int, lex: ActorLexicon) -> bool:
    return end < len(doc) and doc[end].lower_ in lex.place_nouns_after_possessive


def _metonym_is_actor(doc: Doc, start: int, end: int, lex: ActorLexicon) -> bool:
    """A capital stands for its government when it acts, owns or is backed from."""
    nxt = doc[end].lower_ if end < len(doc) else ""
    if nxt in ("'s", "'"):
        after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        return after not in lex.place_nouns_after_possessive
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev == "the" and start > 1:
        prev = doc[start - 2].lower_
    if prev in lex.locative_prepositions or prev in lex.direction_adjectives:
        if prev in ("from", "with", "on", "over", "to"):
            window = {t.lower_ for t in doc[max(0, start - 5) : start - 1]}
            return bool(window & lex.actor_after_nouns) and not window & lex.motion_words
        return False
    if prev in ("-",):
        return False
    # Subject of a verb of saying, deciding or acting.
    j = end
    while j < len(doc) and doc[j].lower_ in ("has", "have", "had", "also", "too", "now", "then"):
        j += 1
    return j < len(doc) and doc[j].lower_ in lex.actor_verbs and doc[j].lower_ not in (
        "is", "was", "has", "have", "had")


def _is_attributive(doc: Doc, start: int, end: int) -> bool:
    """A person's name used as a modifier: "the Gaddafi army", "post-Gaddafi Libya"."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev == "-" and start > 1 and doc[start - 2].lower_ in ("post", "pre", "anti", "pro"):
        return True
    if end < len(doc):
        nxt = doc[end]
        if nxt.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in (
            "era", "backed", "led", "aligned", "allied", "loyal", "style", "linked",
        ):
            return True
        if prev == "the" and nxt.is_alpha and nxt.is_lower:
            return True
    return False


def _link_unmatched(
    state: DocState,
    taken: list[bool],
    found: list[ActorMention],
    token_sentence: list[int],
) -> list[ActorMention]:
    """Surname and transliteration links for capitalized words no form matched."""
    doc = state.doc
    assert doc is not None
    kb = state.kb
    seen_actors = {m.actor_id: m.start for m in found}
    context = _context(found, kb)
    sentence_starts = {s.tok_start for s in state.sentences}
    result: list[ActorMention] = []
    for tok in doc:
        i = tok.i
        if taken[i] or not tok.is_alpha or not tok.text[:1].isupper() or len(tok.text) < 3:
            continue
        if tok.is_upper and len(tok.text) <= 4:
            continue  # acronyms are matched exactly or not at all
        if i in sentence_starts and tok.is_stop:
            continue
        actor_id = None
        kind = "surname"
        for candidate in kb.surnames.get(tok.text, ()):
            first = seen_actors.get(candidate)
            if first is not None and first < tok.idx:
                actor_id = candidate
                break
        if actor_id is None:
            actor_id = _translit_candidate(tok.text, kb, context)
            kind = "translit"
        if actor_id is None:
            continue
        taken[i] = True
        seen_actors.setdefault(actor_id, tok.idx)
        result.append(
            ActorMention(
                start=tok.idx, end=tok.idx + len(tok.text), tok_start=i, tok_end=i + 1,
                sentence=token_sentence[i], actor_id=actor_id, kind=kind, text=tok.text,
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
