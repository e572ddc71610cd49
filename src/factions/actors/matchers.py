"""spaCy PhraseMatchers over every surface form of the knowledge base, built once per KB."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.kb import KnowledgeBase
from factions.kb.knowledge_base import AliasEntry


@dataclass
class ActorMatchers:
    """Two matchers: ORTH (case-sensitive) for one-word forms, LOWER for longer names.

    One-word forms are case-sensitive so that "Chad" the country and "chad" the word are told
    apart; multi-word names match in any case but the matched text must hold a capital letter
    ("the government of National Accord" still links; "unity government" as plain words does not).
    """

    exact: PhraseMatcher
    lower: PhraseMatcher
    entries: dict[int, list[AliasEntry]] = field(default_factory=dict)


_CACHE: dict[int, tuple[KnowledgeBase, ActorMatchers]] = {}


def actor_matchers(kb: KnowledgeBase, nlp: Language) -> ActorMatchers:
    """The matchers for ``kb`` (built on first use, then cached for the process)."""
    cached = _CACHE.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    matchers = _build(kb, nlp)
    _CACHE[id(kb)] = (kb, matchers)
    return matchers


def strip_title(name: str, lex: ActorLexicon, nlp: Language) -> str:
    """``name`` without the person titles it starts with ("Prime Minister Abiy" -> "Abiy")."""
    doc = nlp.make_doc(name)
    lowered = [t.lower_ for t in doc]
    pos = 0
    changed = True
    while changed and pos < len(lowered) - 1:
        changed = False
        for title in lex.titles_by_first.get(lowered[pos], ()):
            k = len(title)
            if tuple(lowered[pos : pos + k]) == title and pos + k < len(lowered):
                pos += k
                changed = True
                break
    return name[doc[pos].idx :] if pos else name


def _build(kb: KnowledgeBase, nlp: Language) -> ActorMatchers:
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_key: dict[tuple[str, bool], list[AliasEntry]] = {}
    lex = actor_lexicon()
    for entry in kb.surface_forms:
        text = entry.text
        if entry.kind in ("name", "alias") and kb.actors[entry.actor_id].type == "person":
            # "President Isaias", "Field Marshal Haftar": match the name; the title stays in the
            # text for the roles stage to read.
            text = strip_title(text, lex, nlp)
            if not text:
                continue
            if text != entry.text:
                entry = AliasEntry(text, entry.actor_id, entry.kind)
        single = " " not in text and "-" not in text
        case_sensitive = single or entry.kind in ("demonym", "metonym")
        key = (text if case_sensitive else text.lower(), case_sensitive)
        by_key.setdefault(key, []).append(entry)
    result = ActorMatchers(exact=exact, lower=lower)
    exact_docs: dict[str, Doc] = {}
    lower_docs: dict[str, Doc] = {}
    for (text, case_sensitive), entries in by_key.items():
        match_key = ("E:" if case_sensitive else "L:") + text
        result.entries[nlp.vocab.strings.add(match_key)] = entries
        target = exact_docs if case_sensitive else lower_docs
        target[match_key] = nlp.make_doc(entries[0].text)
    for match_key, doc in exact_docs.items():
        exact.add(match_key, [doc])
    for match_key, doc in lower_docs.items():
        lower.add(match_key, [doc])
    return result
