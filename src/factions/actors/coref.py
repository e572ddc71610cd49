"""Within-document coreference for actors.

- Personal pronouns (he/him/his, she/her) go to the salient person: the subject of the nearest
  earlier sentence that has a person subject, else the most-mentioned person so far. An object
  pronoun ("a coup plotter against him") never takes its own clause's subject.
- "it/its" and "they/them/their" go to the most recent group, government, state or organization
  acting in the last two sentences, passing over an actor that only modifies a noun ("the
  Iran-backed group") or sits in a comma aside that closed before the pronoun; a contact
  relative's subject ("a Hamas commander it accuses of ...") is the sentence's first actor, and
  a sentence opening with "It"/"They" continues the previous sentence's subject.
- "it"/"they" right after ", which" is the main subject ("the Wagner Group, which they accuse
  of"), as in a contact relative.
- "the group", "the militia", "the rebels" with several such groups named: of those named in the
  last few sentences, the story's group (named most often), never one inside the phrase.
- Descriptive noun phrases ("the warlord", "the one-time officer in the Gaddafi army", "the
  strongman") go to a person already named whose KB descriptors include the noun, else to the
  salient person; "the government in Tripoli", "the militia", "the junta" go to an actor of that
  kind already named (in that city's country when a city is given); "the government", "the
  junta" with none named go to the story country's (``factions.actors.home``), which also reads
  bare collective nouns ("government forces", "protesters").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from factions.actors.arena import arena_country
from factions.actors.discover import UNNAMED_PERSON_NOUNS, naming_noun
from factions.actors.home import (
    frozen_memo,
    frozen_mentions,
    home_actor,
    home_mentions,
    is_ruling_body,
    junta_of,
    loyalist_mentions,
    mentions_before,
    person_governments,
    state_of,
    story_country,
    supporter_mentions,
)
from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.actors.recognize import (
    agent_noun_at,
    agent_owner,
    ministry_forces,
    possessive_agents,
    sole_office_holder,
)
from factions.actors.unnamed import (
    PEOPLE_NOUNS,
    groups_named_next,
    one_cause_groups,
    persons_named_next,
    story_group_descriptions,
    unnamed_groups,
    victims,
)
from factions.dates.vocab import CALENDAR_WORDS
from factions.events.cues import cues
from factions.kb.entries import KBActor
from factions.model import Actor
from factions.pipeline.state import ActorMention, DocState

REQUIRES = ("doc", "sentences", "mentions", "actors")

# "the country's security forces", "the nation's army": sectors of the state itself.
_STATE_SECTORS = frozenset({"military", "police", "government", "intelligence"})
ASSIGNS = ("mentions", "actors")

_OBJECT = {"him", "her", "them", "himself", "herself", "themselves"}
_POSSESSIVE = {"his", "her", "its", "their"}
# Participles that only qualify a name after them ("self-styled", "exiled", "elected").
_NAME_QUALIFIERS = frozenset({"styled", "proclaimed", "exiled", "elected", "appointed",
                              "jailed", "ousted", "deposed", "detained", "slain", "assassinated",
                              "embattled", "renowned", "acclaimed", "retired", "revered"})
_DESCRIPTOR_MODIFIERS = {
    "one-time", "former", "veteran", "renegade", "ageing", "aging", "elderly", "military",
    "eastern", "western", "powerful", "self-styled", "rogue", "retired", "exiled", "ex", "-",
    "onetime", "long-time", "longtime", "embattled", "beleaguered", "rebel", "militia",
}


def resolve_coreference(state: DocState) -> None:
    """Add pronoun and descriptor mentions resolved to actors of this document."""
    try:
        _resolve_coreference(state)
    finally:
        frozen_mentions(None)


def _resolve_coreference(state: DocState) -> None:
    doc = state.doc
    assert doc is not None
    lex = actor_lexicon()
    types = _actor_types(state)
    lowers, texts = state.tokens.lower, state.tokens.text
    triggers = lex.person_pronouns | lex.group_pronouns | _DESCRIPTOR_MODIFIERS | {"the"}
    by_first = lex.descriptors_by_first
    group_nouns = lex.group_descriptors.keys()
    trigger_at = state.tokens.positions(triggers)
    taken = [False] * len(doc)
    for m in state.mentions:
        for i in range(m.tok_start, m.tok_end):
            taken[i] = True
    # Perpetrators nobody named ("gunmen", "bandits", "the kidnappers"), before the pronouns
    # that may stand for them ("They came on motorcycles").
    unnamed = unnamed_groups(state, taken, state.mentions, types)
    # "Jihadists", "Islamist militants", "terrorists" for the article's one such named group.
    unnamed.extend(story_group_descriptions(state, taken, unnamed))
    # "gunmen loyal to ousted president Bashar al-Assad" (in 2025): the loyalist group.
    unnamed.extend(loyalist_mentions(state, taken))
    # "supporters of former president Rodrigo Duterte", "Duterte supporters": his supporters.
    unnamed.extend(supporter_mentions(state, taken))
    # "the country's security forces", "the nation's army": the state told of just before.
    unnamed.extend(_country_possessive_agents(state, taken))
    # "transferred his powers to a new presidential council": a body of its own.
    unnamed.extend(_new_bodies(state, taken))
    # "Cameroon separatists", "Separatist fighters", "the separatists": one group.
    unnamed.extend(one_cause_groups(state, taken, unnamed))
    # "an armed militia overran ... The White Army, a largely Nuer youth militia, ...".
    unnamed.extend(groups_named_next(state, taken))
    # "A senior Kosovo Serb politician said ... Milan Radoicic, a vice president of ...".
    unnamed.extend(persons_named_next(state, taken))
    if unnamed:
        state.mentions.extend(unnamed)
        state.mentions.sort(key=lambda m: (m.start, -m.end))
        types.update((m.actor_id, state.actors[m.actor_id].type) for m in unnamed
                     if m.actor_id in state.actors)
        types.update((m.actor_id, kb_actor.type) for m in unnamed if m.actor_id not in types
                     and (kb_actor := state.kb.actors.get(m.actor_id)) is not None)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in state.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    counts: Counter[str] = Counter()
    subjects: dict[int, str] = {}  # sentence -> person actor id that is its subject
    recent_groups: list[tuple[int, str, int, int]] = []  # (sentence, actor, start, end)
    possessive_subjects: set[int] = set()  # sentences whose first person is a possessive
    added: list[ActorMention] = []
    # The document's mentions stay as they are until home_mentions is done: what depends on
    # them only (the story country, the actors named) is worked out once.
    frozen_mentions(state)
    for sent in state.sentences:
        own = [m for m in by_sentence.get(sent.index, []) if m.kind != "agent"]
        # "Ethiopia's army said it had driven ...": the possessive stands for the army it names
        # (the army's noun right after it: not "Azerbaijan's lightning military offensive")
        owned = {m.tok_start: m for m in by_sentence.get(sent.index, []) if m.kind == "agent"}
        own = [replace(m, actor_id=owned[m.tok_start].actor_id, attributive=False)
               if m.attributive and m.tok_start in owned
               and owned[m.tok_start].tok_end == m.tok_end + 2
               and types.get(m.actor_id) != "person"
               and types.get(owned[m.tok_start].actor_id) not in (None, "person") else m
               for m in own]
        pending = sorted(own, key=lambda m: m.tok_start)
        k = 0
        i = sent.tok_start
        # A headline drops its articles: "accuse bloc of serving foreign powers" is "the bloc".
        headline = sent.index == 0 and lowers[sent.tok_end - 1] not in (".", "!", "?", '"')
        while i < sent.tok_end:
            while k < len(pending) and pending[k].tok_start <= i:
                m = pending[k]
                _note(m, types, counts, subjects, recent_groups, sent.index, i - sent.tok_start,
                      state, possessive_subjects)
                k += 1
            lower = lowers[i]
            # "Coalition aircraft struck caves": a group noun opening the sentence with an
            # agent noun after it is the description "the coalition" (its capital is the
            # sentence's, not a name's)
            bare = i == sent.tok_start and lower in group_nouns and not taken[i] \
                and i + 1 < sent.tok_end and lowers[i + 1] in state.kb.agent_nouns
            bare = bare or (headline and lower in group_nouns and not taken[i]
                            and i > sent.tok_start and texts[i].islower()
                            and texts[i - 1].isalpha() and texts[i - 1].islower())
            if (taken[i] or (lower not in triggers and not bare)) and headline:
                i += 1  # (a headline is short: every word is looked at)
                continue
            if taken[i] or (lower not in triggers and not bare):
                # Skip to the next trigger word or the next mention, whichever comes first.
                nxt = bisect_right(trigger_at, i)
                i = min(trigger_at[nxt] if nxt < len(trigger_at) else sent.tok_end,
                        pending[k].tok_start if k < len(pending) else sent.tok_end,
                        sent.tok_end)
                continue
            mention: ActorMention | None = None
            if lower in lex.person_pronouns:
                actor_id = _object_owner(own, i, state, types) if lower in _OWNER_PRONOUNS \
                    else None
                actor_id = actor_id or _condition_subject(own, i, lowers, types)
                actor_id = actor_id or _person_antecedent(
                    possessive_subjects, sent.index, lower, subjects, counts, types, own, i, lex,
                    [m.actor_id for m in by_sentence.get(sent.index - 1, ())
                     if types.get(m.actor_id) == "person" and not m.attributive
                     and not m.locative],
                    lower in _OBJECT and _in_relative(lowers, sent.tok_start, i))
                if actor_id:
                    mention = _mention(state, i, i + 1, sent.index, actor_id, "pronoun")
            elif lower in lex.group_pronouns:
                actor_id = _group_antecedent(sent.index, lower, recent_groups, i,
                                             sent.tok_start, state, lex)
                if actor_id:
                    mention = _mention(state, i, i + 1, sent.index, actor_id, "pronoun")
            elif lower == "the" and (i + 1 >= sent.tok_end or (
                    lowers[i + 1] not in _DESCRIPTOR_MODIFIERS and lowers[i + 1] not in by_first
                    and group_nouns.isdisjoint(lowers[i + 1 : min(sent.tok_end, i + 5)]))):
                pass  # most "the"s: no description follows (``_descriptor``'s first test)
            elif lower == "the" or bare or (
                    lower in _DESCRIPTOR_MODIFIERS and i == sent.tok_start):
                found = _descriptor(doc, i, sent.tok_end, state, lex, types, counts, subjects,
                                    sent.index, taken, recent_groups)
                if found is not None:
                    end, actor_id = found
                    kind = "descriptor"
                    if actor_id.startswith("office:"):
                        actor_id, kind = actor_id[len("office:"):], "office"
                    mention = _mention(state, i, end, sent.index, actor_id, kind)
            if mention is not None:
                added.append(mention)
                _note(mention, types, counts, subjects, recent_groups, sent.index,
                      i - sent.tok_start, state, possessive_subjects)
                for j in range(mention.tok_start, mention.tok_end):
                    taken[j] = True
                i = mention.tok_end
                continue
            i += 1
    # Bare collective nouns of the story's own country: "government forces", "protesters".
    homes = home_mentions(state, taken)
    added.extend(homes)
    # (and the groups named by a noun phrase the pronoun loop passes over: "Tuareg rebels
    # said they had killed dozens")
    added.extend(_said_they(state, [*homes, *(m for m in state.mentions
                                              if m.kind == "agent" and not m.locative)], taken,
                            added))
    added.extend(victims(state, taken))
    _and_said_subject(state, added, types)
    frozen_mentions(None)
    # "His forces": an agent mention over the pronoun and the noun.
    agents = []
    for m in added:
        if m.kind == "pronoun" and m.text.lower() in _POSSESSIVE:
            agent = agent_noun_at(state.tokens, m.tok_end, state.kb)
            if agent is None and m.text.lower() in ("his", "their") and \
                    m.tok_end < len(state.tokens) and state.tokens.lower[m.tok_end] == "men" \
                    and types.get(m.actor_id) == "person":
                # "Prigozhin said his men had shot down several aircraft": a commander's men
                # are his fighters (not so "Afghan men", a demonym's).
                agent = (m.tok_end + 1, "militia")
            if agent is not None and sole_office_holder(
                    state.tokens, m.tok_end, m.actor_id, state.kb, actor_lexicon(),
                    state.document.published, agent[0]) is not None:
                agent = None  # "Its prime minister accused": the holder (an office mention)
            if agent is not None:
                tv = state.tokens
                agents.append(ActorMention(
                    start=tv.idx[m.tok_start], end=tv.end_char(agent[0] - 1),
                    tok_start=m.tok_start, tok_end=agent[0], sentence=m.sentence,
                    actor_id=ministry_forces(m.actor_id, agent[1], state.kb), kind="agent",
                    text=tv.span_text(m.tok_start, agent[0], state.text), sector=agent[1]))
    agents.extend(possessive_agents(state.tokens, state.text,
                                    [m for m in added if m.kind != "pronoun"], state.kb,
                                    state.document.published))
    agents.extend(_possessive_offices(state, [*state.mentions, *added], taken))
    agents.extend(_body_offices(state, [*state.mentions, *added]))
    agents.extend(_armed_wings(state, [*state.mentions, *added], taken))
    agents.extend(_named_after(state, [*state.mentions, *added], taken, types))
    state.mentions.extend(added)
    state.mentions.extend(agents)
    person_governments(state, state.mentions)
    state.mentions.sort(key=lambda m: (m.start, -m.end))
    _known_as(state)


# "The insurgents, known locally as al-Shabab although they have no link to the Somali group":
# the name after "known as" is what the text calls the group before it here, whatever else the
# knowledge base knows by that name.
_KNOWN_AS = (("known", "as"), ("known", "locally", "as"), ("locally", "known", "as"),
             ("also", "known", "as"), ("known", "here", "as"))


def _known_as(state: DocState) -> None:
    lowers = state.tokens.lower
    by_end = {m.tok_end: m for m in state.mentions if not m.locative}
    for m in state.mentions:
        if m.kind not in ("name", "alias", "translit"):
            continue
        for words in _KNOWN_AS:
            k = m.tok_start - len(words)
            if k < 1 or tuple(lowers[k : m.tok_start]) != words:
                continue
            head = by_end.get(k - 1 if lowers[k - 1] == "," else k)
            if head is not None and head is not m and head.sentence == m.sentence and \
                    head.actor_id != m.actor_id and head.kind not in ("pronoun",):
                old = m.actor_id
                for other in state.mentions:
                    if other.actor_id == old and other.sentence == m.sentence and \
                            other.tok_start >= m.tok_start:
                        other.actor_id = head.actor_id
            break


_SAID = frozenset({"said", "say", "says", "saying", "told", "added", "claimed", "stated"})


def _said_they(state: DocState, homes: list[ActorMention], taken: list[bool],
               linked: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """"Police said they had arrested hundreds", "Student leaders rejected the offer, saying
    they could not negotiate": "they" right after the report of a crowd or a body that opens its
    sentence is that group (the bare nouns are read after the pronouns, so they are linked
    here, also over a link the pronoun loop made to a group named before: "Police said they
    had seized dozens of assault rifles" after a sentence on the gunmen)."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found = []
    for m in homes:
        k = m.tok_end
        while k + 1 < n and tv.sentence[k] == m.sentence and not taken[k] and \
                lowers[k] not in _SAID:
            k += 1
        if k + 1 >= n or lowers[k] not in _SAID or tv.sentence[k] != m.sentence:
            continue
        k += 2 if lowers[k + 1] == "that" else 1
        if k < n and lowers[k] == "they" and not taken[k] and tv.sentence[k] == m.sentence:
            found.append(_mention(state, k, k + 1, m.sentence, m.actor_id, "pronoun"))
            taken[k] = True
        elif k < n and lowers[k] == "they" and tv.sentence[k] == m.sentence and \
                m.tok_start <= state.sentences[m.sentence].tok_start + 1:
            # "Police said they": the subject opening the sentence, with no other actor before
            # its report ("A dozen officers ... appeared on television and said they had ...")
            for other in linked:
                if other.tok_start == k and other.kind == "pronoun":
                    other.actor_id = m.actor_id
    return found


def _and_said_subject(state: DocState, added: list[ActorMention], types: dict[str, str]
                      ) -> None:
    """"The African Union's Peace and Security Council suspended Gabon from all the activities
    of the bloc on Thursday and said it firmly condemned the seizure of power": "it" right after
    "and said" is the group its sentence opens with, not the one named last."""
    tv = state.tokens
    lowers = tv.lower
    pending = [m for m in added if m.kind == "pronoun" and lowers[m.tok_start] in ("it", "they")
               and m.tok_start >= 2 and lowers[m.tok_start - 1] in _SAID
               and lowers[m.tok_start - 2] == "and"]
    if not pending:
        return
    sentences = {m.sentence for m in pending}
    firsts: dict[int, ActorMention] = {}
    for m in sorted((m for m in (*state.mentions, *added) if m.sentence in sentences),
                    key=lambda m: m.tok_start):
        firsts.setdefault(m.sentence, m)
    for m in pending:
        first = firsts.get(m.sentence)
        if first is None or first is m or first.kind in ("pronoun", "agent") or \
                first.attributive or first.locative or types.get(first.actor_id) == "person" or \
                first.tok_start > state.sentences[m.sentence].tok_start + 1:
            continue
        m.actor_id = first.actor_id


def _actor_types(state: DocState) -> dict[str, str]:
    types = {aid: a.type for aid, a in state.actors.items()}
    for m in state.mentions:
        if m.actor_id not in types:
            kb_actor = state.kb.actors.get(m.actor_id)
            if kb_actor is not None:
                types[m.actor_id] = kb_actor.type
    return types


def _mention(state: DocState, start: int, end: int, sentence: int, actor_id: str, kind: str
             ) -> ActorMention:
    tv = state.tokens
    return ActorMention(start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start,
                        tok_end=end, sentence=sentence, actor_id=actor_id, kind=kind,
                        text=tv.span_text(start, end, state.text))


def _note(m: ActorMention, types: dict[str, str], counts: Counter[str], subjects: dict[int, str],
          recent_groups: list[tuple[int, str, int, int]], sentence: int, position: int,
          state: DocState, possessive_subjects: set[int]) -> None:
    kind = types.get(m.actor_id, "other")
    if m.locative:
        return
    if kind == "person":
        if not m.attributive:
            counts[m.actor_id] += 1
            tv = state.tokens
            before = tv.text[m.tok_start - 1] if position > 0 else ""
            if sentence not in subjects and position <= 8 and m.text.lower() not in _OBJECT \
                    and not (before.islower() and before.endswith("ed")
                             and before not in _NAME_QUALIFIERS) \
                    and not _object_of_preposition(tv.lower, tv.text, m.tok_start,
                                                   m.tok_start - position) \
                    and not (m.kind == "pronoun" and position > 0
                             and m.text.lower() in _POSSESSIVE):
                # ("Masked officers dragged Nika Gvaramia out of his party's office and detained
                # him": the object of a verb in the past, or a possessive after the sentence's
                # first word, is no subject, and "him" may be he)
                subjects[sentence] = m.actor_id
                if m.tok_end < len(tv) and tv.text[m.tok_end] in ("'s", "'"):
                    # "Haftar's latest offensive ...": the topic, but not the clause's subject,
                    # so "a deal between him and ..." may still be Haftar.
                    possessive_subjects.add(sentence)
    else:
        recent_groups.append((sentence, m.actor_id, m.tok_start, m.tok_end))


# The prepositions whose object a person named after them is ("stormed the home *of* President
# Jovenel Moise", "a meeting *with* Prime Minister X"): no subject of the sentence.
_OBJECT_PREPOSITIONS = frozenset({"of", "to", "for", "with", "against", "on", "at", "by", "from",
                                  "into", "near", "outside", "inside", "toward", "towards"})
# What may stand between such a preposition and the name: an article, titles, demonyms.
_BEFORE_NAME = frozenset({"the", "a", "an", "former", "then", "late", "ousted", "interim",
                          "acting", "deputy", "vice", "prime", "foreign", "defence", "defense",
                          "opposition", "leader", "president", "minister", "commander", "chief",
                          "general", "rebel", "militia", "army", "senior", "top", "jailed"})


def _object_of_preposition(lowers: Sequence[str], texts: Sequence[str], start: int,
                           sent_start: int) -> bool:
    """Whether the name starting at token ``start`` is the object of a preposition, past the
    article, titles and demonyms before it ("the hillside home *of* Haitian President Jovenel
    Moise"): then it is not the sentence's subject, and "shot *him* dead" may stand for it."""
    k = start - 1
    # (a capitalised day or month is no title: "*On Tuesday* President X said" is the day's)
    while k >= sent_start and k > start - 6 and lowers[k] not in CALENDAR_WORDS and (
            lowers[k] in _BEFORE_NAME or (texts[k][:1].isupper() and texts[k].isalpha())):
        k -= 1
    return k >= sent_start and lowers[k] in _OBJECT_PREPOSITIONS


_OWNER_PRONOUNS = {"his", "her"}
# Words between a name and a possessive that show the name is no verb's subject there.
_NOT_VERBS = {"of", "and", "or", "to", "in", "for", "with", "on", "at", "by", "from", "as",
              "than", "but", "the", "a", "an", "who", "whom", "whose", "which", "that"}


def _object_owner(own: list[ActorMention], position: int, state: DocState,
                  types: dict[str, str]) -> str | None:
    """"when Haftar ordered his troops", "Salame said his mission": a possessive right after
    a verb (one or two lower-case words) whose subject is the person named just before it is
    that person's."""
    lowers = state.tokens.lower
    texts = state.tokens.text
    for m in own:
        if types.get(m.actor_id) != "person" or m.attributive or m.locative \
                or not 1 <= position - m.tok_end <= 2:
            continue
        if all(texts[k].isalpha() and texts[k].islower() and lowers[k] not in _NOT_VERBS
               for k in range(m.tok_end, position)):
            return m.actor_id
    return None


def _condition_subject(own: list[ActorMention], at: int, lowers: list[str],
                       types: dict[str, str]) -> str | None:
    """"Bahceli suggested that jailed PKK leader Abdullah Ocalan could address parliament *if
    he* declared an end to the insurgency": the subject of a condition set on a that-clause is
    the person that clause is about, not the sentence's speaker."""
    if lowers[at] not in ("he", "she") or at == 0 or lowers[at - 1] not in _CONDITIONS:
        return None
    persons = [m for m in own if m.tok_end <= at and types.get(m.actor_id) == "person"
               and not m.attributive and not m.locative]
    if len(persons) < 2 or persons[-1].actor_id == persons[0].actor_id \
            or "that" not in lowers[persons[-2].tok_end:persons[-1].tok_start]:
        return None
    return persons[-1].actor_id


_CONDITIONS = frozenset({"if", "unless", "once", "provided"})


def _in_relative(lowers: list[str], start: int, at: int) -> bool:
    """Whether token ``at`` stands in a relative clause opened after a comma ("Assad fled to
    Moscow, *where* Russia granted him asylum"): the sentence's subject may be its object."""
    return any(lowers[k] == "," and lowers[k + 1] in _RELATIVE_OPENERS
               for k in range(start, at - 1))


_RELATIVE_OPENERS = frozenset({"where", "when", "who", "which", "whose"})


def _person_antecedent(possessive_subjects: set[int], sentence: int, pronoun: str,
                       subjects: dict[int, str],
                       counts: Counter[str], types: dict[str, str],
                       own: list[ActorMention], position: int, lex: ActorLexicon,
                       previous: Sequence[str] = (), relative: bool = False) -> str | None:
    candidates: list[str] = []
    if sentence in subjects and pronoun not in _OBJECT:
        candidates.append(subjects[sentence])
    if sentence - 1 not in subjects and len(set(previous)) == 1:
        # "... since Captain Ibrahim Traore seized power. His government ...": the one person
        # the sentence before names, though not as its subject.
        candidates.append(previous[0])
    for s in range(sentence - 1, max(-1, sentence - 4), -1):
        if s in subjects:
            candidates.append(subjects[s])
            break
    candidates.extend(a for a, _ in counts.most_common())
    # Persons named earlier in this very sentence, attributive ones included.
    earlier_here = [m.actor_id for m in own
                    if m.tok_start < position and types.get(m.actor_id) == "person"]
    if pronoun in _OBJECT:
        subject = subjects.get(sentence)
        if sentence in possessive_subjects or relative:
            subject = None
        for candidate in [*reversed(earlier_here), *candidates]:
            if candidate != subject:
                return candidate
        return None
    return candidates[0] if candidates else None


# Reporting participles after a comma: their subject is the main clause's ("..., saying they").
_SAYING = frozenset({"saying", "adding", "claiming", "insisting", "arguing", "stressing"})


def _group_antecedent(sentence: int, pronoun: str, recent: list[tuple[int, str, int, int]],
                      at: int = -1, sent_start: int = 0, state: DocState | None = None,
                      lex: ActorLexicon | None = None) -> str | None:
    """The most recent group actor of the last two sentences, passing over (in the pronoun's
    own sentence) an actor that only modifies a noun ("the Iran-backed group", "Hezbollah
    commander it blames": a contact relative's subject is not its head's modifier) and one
    inside an aside that closed before the pronoun ("Al-Shabaab, the group that has been
    fighting Somalia's federal government, said it ...")."""
    if state is not None and pronoun == "them" and at > sent_start \
            and state.tokens.lower[at - 1] in ("between", "among") \
            and pair_named_before(state, sentence, at) is not None:
        return None  # "Haftar and Serraj ...; officials shuttled between them": both, not one
    if state is not None and pronoun == "them" and at > sent_start and \
            cues().collective_sides.any_in(state.tokens.lower, sent_start, at):
        # "spoke to officials of both countries and urged them": the two sides (the events'
        # phrase for them), not one of them
        return None
    if state is not None and pronoun == "them" and at > sent_start and \
            _persons_just_listed(state, sentence, at):
        # "railed against Shoigu and the chief of the general staff, Valery Gerasimov,
        # accusing them of ...": the two men, not a group named before them
        return None
    closed: list[tuple[int, int]] = []
    if state is not None and at > sent_start:
        # Only an aside on a group the pronoun may take instead ("Yahya Saree, a spokesman for
        # the Houthis, said its ...": the person is no antecedent of "its").
        heads = {end for s, _, _, end in recent if s == sentence}
        closed = [(a, b) for a, b in _closed_asides(state.tokens.lower, state.tokens.text,
                                                     sent_start, at) if a in heads] \
            if heads else []
    if state is not None and lex is not None and at > sent_start and pronoun in (
            "it", "they") and (_modifier_only(state, lex, at - 1, at, 1) or (
            state.tokens.lower[at - 1] in ("which", "whom") and at - 1 > sent_start
            and state.tokens.text[at - 2] == ",")):
        # "targeting a senior Hezbollah commander it holds responsible", "the Wagner Group,
        # which they accuse of ...": the subject of a contact or object relative is not its
        # head but the main clause's subject, the sentence's first actor.
        first = next(((a, b) for s, a, b, _ in recent if s == sentence), None)
        agents = [(m.actor_id, m.tok_start) for m in state.mentions if m.sentence == sentence
                  and m.kind == "agent" and not m.locative and m.tok_start < at
                  and (first is None or m.tok_start < first[1])]
        if agents:  # "Western governments say ...", "Egyptian troops ..." (agents of a sector)
            first = min(agents, key=lambda x: x[1])
        if first is not None and first[1] < at - 1:
            return first[0]
    if state is not None and at > sent_start + 2 and pronoun in ("it", "they") and \
            state.tokens.lower[at - 1] in _SAYING and state.tokens.text[at - 2] == ",":
        # "Iran-backed groups have launched 160 attacks on US forces in Iraq and Syria, saying
        # they were retaliating": who says it is the main clause's subject, and so is "they"
        # (not the last country named as a place).
        first = next(((m.actor_id, m.tok_start) for m in sorted(
            state.mentions, key=lambda m: m.tok_start) if m.sentence == sentence
            and not m.locative and not m.attributive and m.tok_start < at - 2
            and m.kind not in ("pronoun", "descriptor")), None)
        if first is not None and first[1] <= sent_start + 2:
            return first[0]
    if state is not None and at > sent_start + 2 and pronoun in ("it", "they") and \
            state.tokens.lower[sent_start] == pronoun and \
            state.tokens.lower[at - 1] == "and" and state.tokens.text[at - 2] == ",":
        # "It says its forces are defending its territory against the FDLR, ..., and it
        # accuses Kinshasa": a coordinated clause's subject pronoun goes on with the sentence's
        # own opening pronoun, not the last group named.
        opening = next((a for s, a, b, _ in recent if s == sentence and b == sent_start), None)
        if opening is not None:
            return opening
    if state is not None and at > sent_start + 2 and pronoun == "it" and \
            state.tokens.lower[at - 1] == "and" and state.tokens.text[at - 2] == "," and \
            state.tokens.lower[sent_start] != "it":
        # "Turkey has close ties to both countries: it runs a military base in Mogadishu and
        # trains Somali troops, and it has sold armed drones to Ethiopia": a coordinated
        # clause's "it" goes on with the state or group the sentence opens with, not the last
        # one named as an object
        texts = state.tokens.text
        opening = next((a for s, a, b, e in recent if s == sentence and b == sent_start
                        and texts[e] not in ("-", "'s", "'")), None)
        if opening is not None:
            return opening
    if state is not None and at > sent_start + 2 and pronoun in ("its", "their") and \
            state.tokens.lower[at - 2] == "and" and state.tokens.lower[at - 1].endswith("ed"):
        # "the State Department criticised China's aggressive military activities ..., and
        # reaffirmed its commitment to its allies": the owner after a verb-first conjunct is
        # the sentence's subject, not the last group named as an object or possessor.
        texts = state.tokens.text
        subject = next(((a, b) for s, a, b, e in recent if s == sentence
                        and texts[e] not in ("-", "'s", "'")), None)
        if subject is not None and subject[1] <= sent_start + 6 and not any(
                texts[x] in ("(", ";") for x in range(sent_start, subject[1])):
            return subject[0]
    if state is not None and sentence > 0 and pronoun in ("it", "they", "its", "their") and (
            at == sent_start or _time_opener(state.tokens.lower, sent_start, at)
            or _event_opener(state, sent_start, at)):
        # "The Houthis, who ..., where Israel is at war with Hamas. They captured ...": a
        # sentence opening with the pronoun (after a time phrase at most: "Jaish al-Adl ...
        # has carried out a string of attacks ... In December it claimed an assault") continues
        # the previous sentence's subject.
        prev_start = state.sentences[sentence - 1].tok_start
        if pronoun == "they" and sides_subject(state.tokens.lower, prev_start,
                                               state.sentences[sentence - 1].tok_end):
            # "... said the two regional powers would respect each other's sovereignty. They
            # also agreed to ...": the two sides again (the events' phrase for them), not the
            # last country named
            return None
        texts = state.tokens.text
        first = next(((a, b) for s, a, b, e in recent if s == sentence - 1
                      and texts[e] not in ("-", "'s", "'")), None)
        owner = next(((b, e) for s, a, b, e in recent if s == sentence - 1), None)
        if owner is not None and owner[0] <= prev_start + 4 and texts[owner[1]] in ("'s", "'"):
            # "Taiwan's defence ministry said it had detected ... It dispatched warships": the
            # possessive phrase the previous sentence opens with is its subject, the body
            # named by the agent noun, not the owner nor the last group named.
            body = next((m.actor_id for m in state.mentions if m.sentence == sentence - 1
                         and m.kind == "agent" and m.tok_start == owner[0]
                         and m.tok_end > owner[1] + 1), None)
            if body is not None:
                return body
        if first is not None and first[1] <= prev_start + 4 and all(
                texts[x] not in (",", "(") for x in range(prev_start, first[1])):
            return first[0]
        after_adjunct = _subject_after_adjunct(state, sentence - 1, recent)
        if after_adjunct is not None:
            return after_adjunct
    for s, actor_id, start, end in reversed(recent):
        if s < sentence - 2:
            break
        if s == sentence and state is not None and lex is not None and (
                _modifier_only(state, lex, end, at)
                or any(a < start < b for a, b in closed)):
            continue
        if state is not None and pronoun in ("them", "their") and not PEOPLE_NOUNS.isdisjoint(
                state.tokens.lower[max(end if s == sentence else 0, sent_start) : at]):
            return None  # "rounded up hundreds of men ... and shot them": the men, no actor
        return actor_id
    return None


# Words of a short time phrase that may open a sentence before its subject pronoun ("In
# December it claimed", "Last week they said"), besides month and weekday names and numbers.
_TIME_OPENER_WORDS = frozenset({"in", "on", "last", "earlier", "later", "early", "late", "this",
                                "that", "the", "same", "previous", "following", "next", "week",
                                "month", "year", "day", "morning", "evening", "night", ","})


def _time_opener(lowers: list[str], start: int, at: int) -> bool:
    """Whether the words [start, at) are a short time phrase naming a month, weekday, year or
    period ("In December", "On Monday,", "Last year")."""
    words = lowers[start:at]
    return 0 < len(words) <= 4 and words[0] != "," and all(
        w in _TIME_OPENER_WORDS or w in CALENDAR_WORDS or w.isdigit() for w in words) and any(
        w in CALENDAR_WORDS or w.isdigit() or w in ("week", "month", "year") for w in words)


# Prepositions of time that open a fronted event phrase with no comma ("After the Niger coup it").
_EVENT_OPENERS = frozenset({"after", "since", "following", "before", "during", "amid"})


def _event_opener(state: DocState, start: int, at: int) -> bool:
    """Whether the words [start, at) are a short time phrase naming an event by a lower-case
    noun, with no comma before the pronoun at ``at``: "After the Niger coup it shut borders"
    (the country only says whose coup it was; the pronoun goes on with the previous subject)."""
    lowers, texts = state.tokens.lower, state.tokens.text
    return 3 <= at - start <= 5 and lowers[start] in _EVENT_OPENERS \
        and lowers[start + 1] == "the" and texts[at - 1].isalpha() \
        and texts[at - 1].islower() and "," not in lowers[start:at]


# Words that open a fronted adjunct ("*Landlocked* since 1993, Ethiopia relies ...", "*After*
# the vote, the party ...") besides participles.
_ADJUNCT_OPENERS = frozenset({"after", "since", "before", "despite", "with", "in", "on", "for",
                              "during", "following", "amid", "once", "as", "unlike", "like"})


def _subject_after_adjunct(state: DocState, sentence: int,
                           recent: list[tuple[int, str, int, int]]) -> str | None:
    """The subject of ``sentence`` when it opens with an adjunct closed by its first comma
    ("Landlocked since Eritrea's independence in 1993, Ethiopia relies on Djibouti ..."):
    the actor right after that comma, not a possessive; None otherwise."""
    span = state.sentences[sentence]
    lowers, texts = state.tokens.lower, state.tokens.text
    opener = lowers[span.tok_start]
    if not (opener in _ADJUNCT_OPENERS or (opener.endswith(("ed", "ing")) and len(opener) > 4)):
        return None
    comma = next((x for x in range(span.tok_start + 1, min(span.tok_end, span.tok_start + 12))
                  if texts[x] == ","), None)
    if comma is None:
        return None
    k = comma + 1
    if k < span.tok_end and lowers[k] == "the":
        k += 1
    return next((a for s, a, b, e in recent if s == sentence and b in (comma + 1, k)
                 and texts[e] not in ("-", "'s", "'")), None)


def _previous_opener(state: DocState, before: int | None,
                     recent: list[tuple[int, str, int, int]] | None) -> str | None:
    """The actor the sentence before opens with (its first mention, at most two tokens in),
    when token ``before`` opens its own sentence; else None."""
    if before is None or not recent:
        return None
    # Only a token that opens its sentence: the sentence just before ``before``'s.
    at = recent[-1][0] if recent else -1
    while at + 1 < len(state.sentences) and state.sentences[at + 1].tok_start <= before:
        at += 1
    if at <= 0 or state.sentences[at].tok_start != before:
        return None
    start = state.sentences[at - 1].tok_start
    return next((a for s, a, b, _ in recent if s == at - 1 and b <= start + 2), None)


def _persons_just_listed(state: DocState, sentence: int, at: int) -> bool:
    """Whether two people joined by "and" end right before token ``at`` (a few tokens between:
    "Shoigu and the chief of the general staff, Valery Gerasimov, accusing them")."""
    people = [m for m in state.mentions if m.sentence == sentence and m.tok_end <= at
              and not m.locative and m.kind != "pronoun"
              and (a := state.kb.actors.get(m.actor_id)) is not None and a.type == "person"]
    if len(people) < 2 or at - people[-1].tok_end > 3 or \
            people[-1].actor_id == people[-2].actor_id:
        return False
    return "and" in state.tokens.lower[people[-2].tok_end : people[-1].tok_start]


def sides_subject(lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether words ``start:end`` (a sentence) name two sides together, as a subject may
    ("the two sides", "the two regional powers", "the neighbours"; not "between the rivals")."""
    phrases = cues().collective_sides
    for j, n in phrases.find(lowers, start, end):
        if lowers[j + n - 1] in SIDES_HEADS and (j == start or lowers[j - 1] not in _SIDE_PREPS):
            return True
    return False


# Heads of a phrase for the two sides that a later "they" may stand for ("each other" is none).
SIDES_HEADS = frozenset({"sides", "parties", "belligerents", "rivals", "camps", "factions",
                         "combatants", "governments", "foes", "adversaries", "countries",
                         "nations", "neighbours", "neighbors", "powers", "capitals"})
_SIDE_PREPS = frozenset({"between", "among", "of", "to", "with", "from", "on", "for", "urged"})


def pair_named_before(state: DocState, sentence: int, at: int,
                      exclude: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
    """The last two actors joined by "and" ("Haftar and the GNA's prime minister, Fayez
    al-Serraj": Haftar and the GNA) before token ``at``, in its sentence or the one before;
    none of them one of ``exclude`` (the pronoun's own clause subjects)."""
    lowers = state.tokens.lower
    first = state.sentences[max(0, sentence - 1)].tok_start
    ends: dict[int, str] = {}
    starts: dict[int, str] = {}
    for m in state.mentions:
        if first <= m.tok_start < at and not m.locative and m.kind != "pronoun":
            ends.setdefault(m.tok_end, m.actor_id)
            starts.setdefault(m.tok_start, m.actor_id)
    found = None
    for end, actor in sorted(ends.items()):
        if end < at and lowers[end] == "and":
            other = starts.get(end + 1) or starts.get(end + 2)  # "and the GNA's ..."
            if other is not None and other != actor and not exclude & {actor, other}:
                found = (actor, other)
    return found


# Words that open an aside set off by commas after a name: a relative clause, an apposition.
_ASIDE_OPENERS = frozenset({"who", "which", "whose", "whom", "the", "a", "an", "once",
                            "formerly", "long", "now"})


def _closed_asides(lowers: list[str], texts: list[str], start: int, before: int
                   ) -> list[tuple[int, int]]:
    """Comma-delimited asides after a capitalized word that closed before token ``before``:
    ", whose air force rescued Assad in 2015,", ", the al Qaeda-linked group that ... years,",
    ", weakened by its war with Israel,", ", Pakistan's closest ally," (token ranges, commas
    included)."""
    found: list[tuple[int, int]] = []
    p = start + 1
    while p < before - 1:
        if texts[p] == "," and texts[p - 1][:1].isupper():
            nxt = lowers[p + 1]
            if nxt in _ASIDE_OPENERS or (nxt.endswith("ed") and p + 2 < before
                                          and lowers[p + 2] == "by") or (
                    # ", Pakistan's closest ally,": a possessive apposition
                    p + 2 < before and lowers[p + 2] in ("'s", "’s")
                    and texts[p + 1][:1].isupper()):
                q = next((k for k in range(p + 1, before) if texts[k] in (",", ";")), None)
                if q is not None and texts[q] == ",":
                    found.append((p, q))
                    p = q
        p += 1
    return found


def _modifier_only(state: DocState, lex: ActorLexicon, end: int, at: int, least: int = 0
                   ) -> bool:
    """The actor ending at ``end`` only qualifies what follows it up to the pronoun at ``at``:
    "the Iran-backed group", "Hezbollah commander it blames"."""
    if at < 0 or end >= at:
        return False
    texts = state.tokens.text
    if texts[end] == "-" and not least:
        return True
    words = state.tokens.lower[end:at]
    return max(1, least) <= len(words) <= 3 and all(
        w.isalpha() and texts[end + k].islower() and (w in lex.role_heads
                                                      or w in state.kb.agent_nouns)
        for k, w in enumerate(words))


# "the 16-member bloc", "the 15-nation bloc": a count of members, not a quantity.
_MEMBERSHIP_WORDS = frozenset({"member", "nation", "state", "country", "party"})


def _descriptor(doc: Doc, i: int, sent_end: int, state: DocState, lex: ActorLexicon,
                types: dict[str, str], counts: Counter[str], subjects: dict[int, str],
                sentence: int, taken: list[bool],
                recent: list[tuple[int, str, int, int]] | None = None) -> tuple[int, str] | None:
    """A definite description starting at token ``i`` and the actor it denotes."""
    lowers = state.tokens.lower
    texts = state.tokens.text
    j = i + 1 if lowers[i] == "the" else i
    first = j
    while j < sent_end and state.tokens.lower[j] in _DESCRIPTOR_MODIFIERS:
        j += 1
    if j > first and lowers[j - 1] in lex.group_descriptors and (
            j >= sent_end or not texts[j][:1].isalnum() or lowers[j] in _CLAUSE_GOES_ON):
        j -= 1  # "The residents blamed the military.": the modifier is the noun itself
    if j >= sent_end:
        return None
    if lowers[j] not in lex.descriptors_by_first and lex.group_descriptors.keys().isdisjoint(
            lowers[j : min(sent_end, j + 4)]):
        return None  # most "the"s: nothing this function could resolve
    # Person descriptors, longest first ("field marshal" before "marshal").
    for words in lex.descriptors_by_first.get(lowers[j], ()):
        if tuple(lowers[j : j + len(words)]) != words:
            continue
        descriptor = " ".join(words)
        end = j + len(words)
        if end < sent_end and (taken[end] or texts[end][:1].isupper()):
            return None  # a title before a name ("the warlord Haftar"): not a coreference
        if end < sent_end and lowers[end] in _COMPOUND_HEADS.get(descriptor, ()):
            return None  # "the chief of the general staff": an adjective, no person
        if end < sent_end and texts[end] == "," and end + 1 < sent_end and taken[end + 1]:
            return None  # apposition: "the strongman, Abdel Fattah al-Sisi"
        # The body named after "of" ("the leader of National Thowheeth Jama'ath"): its actor,
        # or "" when a name the KB does not know stands there.
        of_org: str | None = None
        if end + 1 < sent_end and lowers[end] == "of" and descriptor in lex.person_offices:
            named_at = end + 2 if lowers[end + 1] == "the" and end + 2 < sent_end else end + 1
            if texts[named_at][:1].isupper():
                of_org = _owner(state, named_at) or ""
            # "the Emir of Qatar", "the prime minister of Iraq": who held that office then.
            org = _owner(state, end + 1)
            if org is not None:
                when = state.document.published[:10] if state.document.published else None
                holder = state.kb.office_holder(org, descriptor, when)
                org_end = next((m.tok_end for m in state.mentions
                                if m.tok_start == end + 1 and m.actor_id == org), end + 2)
                if holder is not None:
                    return org_end, "office:" + holder
                office = _state_office(state, org, words, org_end, sent_end, taken)
                if office is not None:
                    return org_end, "office:" + office
        if end < sent_end and lowers[end] in ("of", "in") and end + 1 < sent_end:
            # Keep the prepositional phrase: "the one-time officer in the Gaddafi army".
            k = end + 1
            while k < sent_end and not _is_punct(texts[k]) and lowers[k] not in (
                    "became", "was", "is", "has", "had", "who", "and", "then", "said"):
                k += 1
            end = k
            if end + 1 < sent_end and texts[end] == "," and taken[end + 1]:
                # "Shoigu and the chief of the general staff, Valery Gerasimov": the title of
                # the person named right after it (the list holds him), no one else
                named = _owner(state, end + 1)
                return (end, named) if named and types.get(named) == "person" else None
        actor_id = _person_for_descriptor(descriptor, state, counts, subjects, sentence,
                                          descriptor in lex.person_offices, types, of_org)
        return (end, actor_id) if actor_id else None
    # Group descriptors: "the militia", "the government in Tripoli", "the UN-backed government".
    k = j
    while k < sent_end and k < j + 4 and (not _is_punct(texts[k]) or texts[k] == "-"):
        noun = lowers[k]
        kind = lex.group_descriptors.get(noun)
        if kind is not None and k + 1 < sent_end and texts[k + 1] == "-":
            kind = None  # "the army-aligned government": "army" only modifies the head
        if kind is not None:
            end = k + 1
            if taken[k] and texts[k].islower():
                # "the Lebanese army": the noun ends a name already linked; the description
                # is that name's actor, whichever army was named last.
                named = _owner(state, k, _NAMING_KINDS)
                return (end, named) if named else None
            if taken[k] and texts[k][:1].isupper():
                # The last word of a name: "The outlawed Baloch Liberation Army" is the name's
                # actor with a modifier; "the National Liberation Army" is the name alone.
                named = _owner(state, k)
                return (k + 1, named) if named and not taken[i + 1] else None
            if end < sent_end and (taken[end] or texts[end][:1].isupper()):
                return None
            if any(texts[x][:1].isupper() and not taken[x] and (x != i or lowers[i] == "the")
                   for x in range(j, k + 1)):
                # a proper name ("The Three Brotherhood Alliance"), not a description (a
                # capital opening the sentence is the sentence's: "Coalition aircraft struck")
                return None
            if not _DESCRIPTION_BREAKS.isdisjoint(lowers[j:k]):
                return None  # "The ELN said the dissidents": a clause, not one description
            if k > j and taken[k - 1]:
                named = _owner(state, k - 1)
                if named is not None and types.get(named) == kind:
                    return end, named  # "the Ansaru faction": the group named, with its kind
            country = None
            if end + 1 < sent_end and lowers[end] in ("in", "of"):
                country = _country_of_token(state, end + 1)
                if country is None:
                    country = state.kb.capital_country.get(texts[end + 1])
                if country is not None:
                    end += 2
                elif kind == "government" and lowers[end] == "of":
                    # "the government of President Hadi": the government of his country.
                    country = _person_country(state, end + 1, sent_end)
            # With its modifiers: "the military government" is the junta's descriptor.
            phrase = " ".join(lowers[i + 1 if lowers[i] == "the" else i : k + 1])
            if any(w.isdigit() and not (x + 2 <= k and lowers[x + 1] == "-"
                                         and lowers[x + 2] in _MEMBERSHIP_WORDS)
                   for x, w in enumerate(lowers[j:k + 1], j)) or (
                    end < sent_end and lowers[end] in _NOT_ACTOR_AFTER):
                return None  # "the 10-year government bond yield": no actor (but "the
                # 16-member bloc" is one)
            if noun == "movement" and end < sent_end and lowers[end] == "of":
                return None  # "to halt the movement of his armed men": a motion, no group
            # "the Syrian regime" has an owner; "the government troops" are someone else.
            owned = any(taken[x] for x in range(j, k + 1)) or (
                end < sent_end and lowers[end] in _COMPOUND_AFTER_GOVERNMENT)
            speaker = state.kb.actors.get(subjects.get(sentence, ""))
            actor_id = _group_for_descriptor(kind, noun, phrase, country, state, types, owned,
                                             before=i, recent=recent,
                                             speaker=speaker.country if speaker else None)
            if actor_id is None and recent and noun in _NON_STATE_NOUNS:
                inside = {_owner(state, x) for x in range(j, k + 1) if taken[x]}
                actor_id = _recent_group(kind, sentence, recent, inside, state, types, i)
            return (end, actor_id) if actor_id else None
        k += 1
    return None


def _possessive_offices(state: DocState, mentions: list[ActorMention], taken: list[bool]
                        ) -> list[ActorMention]:
    """"Qatar's emir", "its foreign minister": a state's one-holder office named by the state's
    possessive, with no name after it, is a person (an ``office`` mention over the phrase)."""
    tv = state.tokens
    lex = actor_lexicon()
    found = []
    for m in mentions:
        if m.locative or m.kind == "agent":
            continue
        j = m.tok_end
        if m.kind == "pronoun":
            if m.text.lower() not in ("its", "their"):
                continue
        elif m.kind in ("name", "alias", "translit") and j < len(tv) and tv.text[j] == "'s":
            j += 1
        elif m.kind != "demonym":
            continue
        kb_actor = state.kb.actors.get(m.actor_id)
        if kb_actor is None or kb_actor.type != "state":
            continue
        words = lex.state_office_at(tv.lower, j)
        if words is None or any(taken[j:j + len(words)]):
            continue
        end = j + len(words)
        office = " ".join(words)
        when = state.document.published[:10] if state.document.published else None
        holder = state.kb.office_holder(m.actor_id, office, when)
        if holder is not None and m.kind not in ("pronoun", "demonym"):
            continue  # "Egypt's president": the event coder reads the known holder already
        sent_end = state.sentences[m.sentence].tok_end
        actor_id = holder or _state_office(state, m.actor_id, words, end, sent_end, taken)
        if actor_id is None:
            continue
        found.append(ActorMention(
            start=tv.idx[m.tok_start], end=tv.end_char(end - 1), tok_start=m.tok_start,
            tok_end=end, sentence=m.sentence, actor_id=actor_id, kind="office",
            text=tv.span_text(m.tok_start, end, state.text)))
    return found


# Words before a body's name that make its office no one holder on the day: "a U.N. envoy",
# "the former NATO secretary general".
_NOT_ONE_HOLDER = frozenset({"a", "an", "former", "ex", "late", "then", "future", "next",
                             "previous", "successive", "every", "each", "any", "no", "past",
                             "acting", "deputy", "outgoing", "incoming"})
# Words that end an office's phrase: a verb or clause word after it is no part of the title.
# Last words of a body's offices: "special envoy", "secretary-general", "prosecutor".
_OFFICE_HEADS = frozenset({"envoy", "general", "secretary-general", "director-general",
                           "prosecutor", "president", "coordinator", "representative",
                           "director", "commissioner", "chair", "chairperson", "chairman",
                           "chairwoman", "spokesman", "spokeswoman", "spokesperson",
                           "administrator", "rapporteur", "commander", "commissioner-general",
                           "chief", "head"})
_OFFICE_STOPS = frozenset({",", ";", ":", ".", "and", "or", "who", "which", "that", "said",
                           "says", "told", "in", "at", "on", "with", "'s", "’s", "(", ")", '"'})


def _body_offices(state: DocState, mentions: list[ActorMention]) -> list[ActorMention]:
    """"The U.N. special envoy for Yemen said", "NATO's secretary general", "the ICC prosecutor":
    an international body's office named right after the body, with no name after it, is the
    one person the knowledge base says held it on the publication date (an ``office`` mention
    over the phrase). The office is read word for word in the holders' titles (so "envoy for
    Yemen" is the "UN Special Envoy for Yemen"); the United Nations' offices include those held
    in its missions and agencies whose titles say "UN". Several holders, none, a name after
    the phrase ("NATO Secretary General Mark Rutte", which names who) or "a", "former",
    "deputy" before the body leave it to the rest."""
    published = state.document.published
    if not published:
        return []
    when = published[:10]
    tv, kb = state.tokens, state.kb
    lowers = tv.lower
    found = []
    for m in mentions:
        if m.locative or m.kind not in ("name", "alias"):
            continue
        body = kb.actors.get(m.actor_id)
        if body is None or body.type != "international_org":
            continue
        first = m.tok_start + (1 if lowers[m.tok_start] == "the" else 0)
        before = lowers[m.tok_start - 1] if m.tok_start > 0 else ""
        if lowers[first] in _NOT_ONE_HOLDER or before in _NOT_ONE_HOLDER or before == ",":
            continue  # (after a comma, an apposition: "Obasanjo, the AU's high representative")
        j = m.tok_end
        if j < len(tv) and tv.text[j] in ("'s", "’s"):
            j += 1
        sent_end = state.sentences[m.sentence].tok_end
        stop = j
        while stop < sent_end and stop - j < 8 and lowers[stop] not in _OFFICE_STOPS:
            stop += 1
        for k in range(stop, j, -1):  # the longest office first
            if lowers[k - 1] not in _OFFICE_HEADS and not (
                    k == stop and any(w in ("for", "on") for w in lowers[j:k])):
                continue  # no office ends here ("EU foreign ministers")
            nxt = k + 1 if k + 1 < len(lowers) and lowers[k] == "," else k
            if nxt < len(lowers) and (tv.text[nxt][:1].isupper() or lowers[nxt] in ("'s", "’s")):
                break  # a name follows ("envoy Hans Grundberg"), or the office owns something
            if k == j + 1 and lowers[j] in ("chief", "head") and k < len(lowers) \
                    and lowers[k] in ("of", "for", "to"):
                break  # "the U.N. head of mission": another office, by what it heads
            holder = kb.body_office_holder(m.actor_id, " ".join(lowers[j:k]), when)
            if holder is not None:
                found.append(ActorMention(
                    start=tv.idx[m.tok_start], end=tv.end_char(k - 1), tok_start=m.tok_start,
                    tok_end=k, sentence=m.sentence, actor_id=holder, kind="office",
                    text=tv.span_text(m.tok_start, k, state.text)))
                break
    return found


_WINGS = frozenset({"wing", "wings"})


def _armed_wings(state: DocState, mentions: list[ActorMention], taken: list[bool]
                 ) -> list[ActorMention]:
    """"Hamas's armed wing", "its military wing", "the armed wing of Hezbollah" with no name
    after them: a group of its own (the wing's name, when given, is recognized as a name)."""
    tv = state.tokens
    lowers = tv.lower
    found = []
    for w in tv.positions(_WINGS):
        if w < 2 or lowers[w - 1] not in ("armed", "military") or taken[w]:
            continue
        start = w - 1
        owner: ActorMention | None = None
        end = w + 1
        if lowers[w - 2] in ("'s", "'", "its", "their"):
            k = w - 2 if lowers[w - 2] in ("its", "their") else w - 3
            owner = next((m for m in mentions if m.tok_end == k + 1 and not m.locative
                          and m.kind != "agent"), None)
            start = owner.tok_start if owner is not None else start
        elif lowers[w - 2] == "the" and w + 2 < len(tv) and lowers[w + 1] == "of":
            owner = next((m for m in mentions if m.tok_start == w + 2 and not m.locative
                          and m.kind in ("name", "alias", "translit", "discovered")), None)
            start = w - 2
            end = owner.tok_end if owner is not None else end
        if owner is None or getattr(state.actor_entry(owner.actor_id), "type", None) in (
                None, "person", "state"):
            continue
        nxt = end + 1 if end < len(tv) and tv.text[end] == "," else end
        if nxt > end and nxt < len(tv) and lowers[nxt] == "the":
            nxt += 1
        if nxt < len(tv) and (taken[nxt] or tv.text[nxt][:1].isupper()):
            continue  # "Hamas's armed wing, the Qassam Brigades": the name says who
        owner_name = _actor_name(state, owner.actor_id)
        actor_id = f"x-{lowers[w - 1]}-wing-of-{owner.actor_id}"
        if actor_id not in state.actors:
            state.actors[actor_id] = Actor(id=actor_id, type="armed_group", known=False,
                                           name=f"{lowers[w - 1].capitalize()} wing of "
                                                f"{owner_name}")
        found.append(ActorMention(
            start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start, tok_end=end,
            sentence=tv.sentence[w], actor_id=actor_id, kind="discovered",
            text=tv.span_text(start, end, state.text)))
    return found


_UNNAMED_MODIFIERS = {"senior", "top", "key", "high-ranking", "top-ranking", "prominent",
                      "veteran", "military", "field", "local", "regional", "slain", "dead",
                      "wanted", "suspected", "alleged"}
_TARGET_WORDS = {"targeting", "targeted", "targetting", "targetted", "target", "targets",
                 "against", "killing", "killed"}


def _named_after(state: DocState, mentions: list[ActorMention], taken: list[bool],
                 types: dict[str, str]) -> list[ActorMention]:
    """Naming after the fact: "a senior Hezbollah commander ... A source identified the target
    as Fuad Shukr", "the commander, named as ...", "named the dead man as ...". The unnamed
    person descriptions before the naming ("a senior Hezbollah commander", "the commander")
    are that person: a ``descriptor`` mention over each. With "the target" named, the
    descriptions are those a strike targeted; otherwise those with the naming phrase's noun."""
    tv = state.tokens
    lowers = tv.lower
    found: list[ActorMention] = []
    for person in mentions:
        if person.locative or types.get(person.actor_id) != "person" or person.kind not in (
                "name", "alias", "translit", "discovered"):
            continue
        naming = naming_noun(lowers, person.tok_start,
                             state.sentences[person.sentence].tok_start)
        if naming is None or any(taken[naming[0] + 1 : person.tok_start - 1]):
            continue
        v, noun = naming
        descriptions = _unnamed_descriptions(state, v, taken, types)
        if noun == "target":
            heads = {lowers[h] for s0, h in descriptions
                     if s0 > 0 and lowers[s0 - 1] in _TARGET_WORDS
                     or s0 > 1 and lowers[s0 - 1] in ("a", "an", "the")
                     and lowers[s0 - 2] in _TARGET_WORDS}
        else:
            heads = {noun}
        for s0, h in descriptions:
            if lowers[h] in heads:
                # The group named inside ("Hezbollah commander") keeps its own mention.
                s0 = max([s0, *(x + 1 for x in range(s0, h) if taken[x])])
                found.append(_mention(state, s0, h + 1, tv.sentence[h], person.actor_id,
                                      "descriptor"))
    return found


def _unnamed_descriptions(state: DocState, before: int, taken: list[bool],
                          types: dict[str, str]) -> list[tuple[int, int]]:
    """(start, head) of the person descriptions with no name after them ("a senior Hezbollah
    commander", "the commander") before token ``before``."""
    tv = state.tokens
    lowers = tv.lower
    texts = tv.text
    found = []
    for h in range(before):
        if lowers[h] not in UNNAMED_PERSON_NOUNS or lowers[h] == "target" or taken[h]:
            continue
        if h + 1 < len(tv) and texts[h + 1][:1].isupper():
            continue  # "Hezbollah commander Fuad Shukr": named on the spot
        s0 = h
        while s0 > 0 and (lowers[s0 - 1] in _UNNAMED_MODIFIERS or taken[s0 - 1] and types.get(
                _owner(state, s0 - 1) or "") not in (None, "person")):
            s0 -= 1
        if s0 > 0 and (lowers[s0 - 1] in ("a", "an", "the") or lowers[s0 - 1] in _TARGET_WORDS):
            found.append((s0, h))
    return found


def _actor_name(state: DocState, actor_id: str) -> str:
    kb_actor = state.kb.actors.get(actor_id)
    if kb_actor is not None:
        return kb_actor.name
    actor = state.actors.get(actor_id)
    return actor.name if actor is not None else actor_id


def _state_office(state: DocState, country: str, words: tuple[str, ...], end: int,
                  sent_end: int, taken: list[bool]) -> str | None:
    """The person holding the office ``words`` of the state ``country`` that the knowledge base
    does not name ("Emir of Qatar"), added to the document's actors; None when it is not such
    an office, when the name follows ("Qatar's emir, Sheikh Tamim"; "Jordan's King Abdullah")
    or when ``country`` is no state."""
    tv = state.tokens
    if words not in actor_lexicon().state_offices:
        return None
    kb_actor = state.kb.actors.get(country)
    if kb_actor is None or kb_actor.type != "state":
        return None
    nxt = end + 1 if end < sent_end and tv.text[end] == "," else end
    if nxt < sent_end and (taken[nxt] or tv.text[nxt][:1].isupper()):
        return None
    title = " ".join(w.capitalize() for w in words)
    actor_id = "x-" + "-".join(words) + "-of-" + country
    if actor_id not in state.actors:
        state.actors[actor_id] = Actor(id=actor_id, name=f"{title} of {kb_actor.name}",
                                       type="person", country=kb_actor.country, known=False)
    return actor_id


def _is_punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def _owner(state: DocState, token: int, kinds: frozenset[str] | None = None) -> str | None:
    """The actor of the mention over ``token`` (of one of ``kinds`` when given)."""
    for m in state.mentions:
        if m.tok_start <= token < m.tok_end and (kinds is None or m.kind in kinds):
            return m.actor_id
    return None


# The kinds of mention that name their actor (not an agent phrase or a pronoun over it).
_NAMING_KINDS = frozenset({"name", "alias", "translit", "discovered"})


def _person_country(state: DocState, token: int, sent_end: int) -> str | None:
    """The country of a person named at ``token`` or after up to three title words."""
    for m in state.mentions:
        if token <= m.tok_start <= min(token + 3, sent_end - 1):
            actor = state.kb.actors.get(m.actor_id)
            if actor is not None and actor.type == "person":
                return actor.country
            return None
    return None


def _country_of_token(state: DocState, token: int) -> str | None:
    owner = _owner(state, token)
    if owner is None:
        return None
    actor = state.kb.actors.get(owner)
    if actor is not None:
        return actor.country
    # A city that is a metonym but used as a place ("in Tripoli") is not a mention; look it up.
    return None


def _person_for_descriptor(descriptor: str, state: DocState, counts: Counter[str],
                           subjects: dict[int, str], sentence: int, office: bool,
                           types: dict[str, str] | None = None,
                           of_org: str | None = None) -> str | None:
    """The person a descriptor ("the warlord", "the prime minister") refers to. With ``of_org``
    (the office of a body the text names: "the leader of National Thowheeth Jama'ath"; "" for a
    name the KB does not know) a KB role counts only when held in that body: the leader of a
    party named before is not the leader of another group."""
    types = types or {}
    named = [a for a, _ in counts.most_common()]
    if not named:
        return None
    for actor_id in named:
        kb_actor = state.kb.actors.get(actor_id)
        if kb_actor and descriptor in (d.lower() for d in kb_actor.descriptors) and (
                of_org is None or any(r.org == of_org for r in kb_actor.roles)):
            return actor_id
    if office:
        # "the prime minister": only someone the KB knows to hold such an office, or whom the
        # text introduced by that title ("Home Minister Asaduzzaman Khan ... the home minister").
        for actor_id in named:
            kb_actor = state.kb.actors.get(actor_id)
            if kb_actor and any(descriptor in r.title.lower()
                                and (of_org is None or r.org == of_org) for r in kb_actor.roles):
                return actor_id
        words = descriptor.split()
        lowers = state.tokens.lower
        for actor_id in named:
            first = next((m for m in state.mentions if m.actor_id == actor_id), None)
            if first is not None and first.tok_start >= len(words) and \
                    lowers[first.tok_start - len(words) : first.tok_start] == words and \
                    types.get(actor_id) == "person" and (
                        of_org is None or (first.tok_start > len(words) and of_org == _owner(
                            state, first.tok_start - len(words) - 1))):
                # (with a body named after the office, only if the title named that body:
                # "Hamas leader Ismail Haniyeh" is not "the leader of" another group)
                return actor_id
        return None
    for s in range(sentence, max(-1, sentence - 3), -1):
        if s in subjects:
            return subjects[s]
    return named[0]


_OUTLET_HEADS = ("news agency", "broadcaster", "television", "radio", "newspaper",
                 "media group", "radio station", "channel")


def is_news_outlet(actor: KBActor | None) -> bool:
    """Whether a KB actor is a news outlet (a state news agency, broadcaster or newspaper is a
    ``government`` actor by type): its descriptors say so."""
    return actor is not None and any(d.lower().endswith(_OUTLET_HEADS)
                                     for d in actor.descriptors)


_STATE_FORCE_NOUNS = {"army", "military"}
_HOME_GOVERNMENT_NOUNS = {"government", "junta", "regime", "administration", "cabinet",
                          "authorities"}
# Nouns after "government" that make it a modifier: "the government bond yield".
_COMPOUND_AFTER_GOVERNMENT = {
    "bond", "bonds", "debt", "spokesman", "spokeswoman", "spokesperson", "official",
    "officials", "troops", "forces", "soldiers", "minister", "ministers", "building",
    "buildings", "website", "media", "television", "offices", "office", "employees", "workers",
    "budget", "policy", "statement", "data", "figures", "sources", "source", "critics",
    "critic", "funds", "funding", "contracts", "contract", "positions", "position", "security",
    "services", "service", "delegation", "delegations", "negotiators", "advisers"}
# Nouns after a group noun that make the phrase a thing, not an actor.
# Words after a modifier that end its phrase ("the military had fired", "the military said"):
# the modifier was the noun.
_CLAUSE_GOES_ON = frozenset({"had", "has", "have", "was", "were", "is", "are", "said", "says",
                             "would", "will", "did", "could", "and", "or", "which", "who",
                             "that"})
_NOT_ACTOR_AFTER = {"bond", "bonds", "debt", "budget", "policy", "building", "buildings",
                    "website", "data", "figures", "funds", "funding", "contracts", "contract",
                    "positions", "position", "offices", "office", "employees", "workers",
                    "yield", "yields", "revenue", "spending", "program", "programme"}
# Modifiers of a government description that point away from the story country's own
# government ("the rival government", "the former government"): those need a KB descriptor.
_OTHER_GOVERNMENT = {"rival", "parallel", "shadow", "opposition", "former", "ousted", "exiled",
                     "deposed", "previous", "rebel", "breakaway", "self-declared", "separatist",
                     "regional", "provincial", "local", "state", "foreign", "new", "western",
                     "puppet", "unity", "interim", "transitional", "caretaker", "de", "facto",
                     "other", "two", "both", "national", "host"}


# Words that cannot stand inside one description: "The ELN *said* the dissidents".
_DESCRIPTION_BREAKS = frozenset({"said", "says", "say", "told", "added", "accused",
                                 # two phrases: "The crisis erupted *after* authorities
                                 # said", "kill the hostages *if* the military"
                                 "after", "before", "since", "when", "while", "until", "as",
                                 "because", "than", "following", "amid", "the", "a", "an",
                                 "if", "unless"})
# Nouns for fighters outside the state: never resolved to a state's own forces or government.
_NON_STATE_NOUNS = {"rebels", "insurgents", "militants", "jihadists", "militia", "group",
                    "movement", "faction", "paramilitaries", "paramilitary", "attackers",
                    "assailants", "dissidents", "fighters"}
# Nouns that refer back to the one actor the text called by them: "FARC dissidents of the 33rd
# Front ... the dissidents".
_CALLED_NOUNS = frozenset({"dissidents", "fighters"})
# Nouns a person descriptor only modifies: "the general staff", "the General Assembly".
_COMPOUND_HEADS = {"general": frozenset({
    "staff", "staffs", "assembly", "election", "elections", "strike", "prosecutor",
    "secretary", "amnesty", "mobilisation", "mobilization"})}
# A force's vehicles on the move: "A convoy of Wagner armoured vehicles ... helicopters fired
# on the column" (the group the text called their owner, never by kind alone).
_CONVOY_NOUNS = frozenset({"column", "columns", "convoy", "convoys"})
_CONVOY_WORDS = _CONVOY_NOUNS | {"column", "convoy"}


def _called(state: DocState, noun: str, before: int | None) -> list[str]:
    """The actors the text called by ``noun`` before token ``before``: "Wagner fighters",
    "FARC dissidents" (a mention the noun follows or ends), "a convoy of Wagner armoured
    vehicles" (for a convoy: the actor right after "of")."""
    lowers = state.tokens.lower
    nouns = _CONVOY_WORDS if noun in _CONVOY_NOUNS else {noun}
    found = []
    for m in state.mentions:
        if before is not None and m.tok_start >= before or m.locative:
            continue
        if m.text.lower().endswith(" " + noun) or (
                m.tok_end < len(lowers) and lowers[m.tok_end] in nouns):
            found.append(m.actor_id)
        elif noun in _CONVOY_NOUNS and m.tok_start >= 2 and lowers[m.tok_start - 1] == "of" \
                and lowers[m.tok_start - 2] in nouns:
            found.append(m.actor_id)
    return list(dict.fromkeys(found))


# Nouns that denote a body only as the knowledge base describes it ("the defence ministry",
# "the military leadership"): never by kind alone.
_KB_DESCRIBED_NOUNS = frozenset({"ministry", "leadership"})
# Prepositions that make a ministry a building ("a bombing outside the interior ministry").
_PLACE_PREPOSITIONS = frozenset({"outside", "at", "in", "near", "inside", "into", "to", "from",
                                 "on", "toward", "towards", "of"})


def _recent_group(kind: str, sentence: int, recent: list[tuple[int, str, int, int]],
                  inside: set[str | None], state: DocState, types: dict[str, str],
                  before: int | None = None) -> str | None:
    """"the group", "the Iran-backed group", "the militia" where several groups are named: of
    those of that kind named in this or the three sentences before, the one named most often so
    far (the story's group; the latest on a tie), never one named inside the phrase itself
    ("Iran" in "the Iran-backed group"), nor one named there only as what qualifies another
    ("*Islamic State*-linked insurgents ... the insurgents"), nor a state's own body."""
    kb = state.kb
    texts = state.tokens.text
    opener = _previous_opener(state, before, recent)
    if opener is not None and opener not in inside and types.get(opener) == kind and (
            (entry := kb.actors.get(opener)) is None or entry.represents is None):
        # "Kataib Hezbollah, the most powerful of them, said ... *The group*, which has
        # attacked U.S. bases": a description opening a sentence goes on with the group the
        # sentence before opened with, not the story's group.
        return opener
    named: Counter[str] = Counter(a for _, a, _, _ in recent)
    best: str | None = None
    for s, actor_id, _, end in reversed(recent):
        if s < sentence - 3:
            break
        if actor_id in inside or types.get(actor_id) != kind:
            continue
        if end < len(texts) and texts[end] == "-":
            continue  # "Islamic State-linked insurgents ... the insurgents": not Islamic State
        kb_actor = kb.actors.get(actor_id)
        if kb_actor is not None and kb_actor.represents is not None:
            continue
        if best is None or named[actor_id] > named[best]:
            best = actor_id
    return best


# Nouns that stand only for an actor named before whose KB descriptors hold them ("the
# International Court of Justice ... the court's jurisdiction") or whose name has them for its
# head ("the International Criminal Court ... urged the court", "a new Presidential Leadership
# Council ... urged the council", "the National Security Committee ... The committee said"),
# never for another body of their kind the article names (a domestic court is no
# international organization).
_DESCRIBED_ONLY = frozenset({"court", "tribunal", "council", "committee", "commission"})
# Words after a name's head noun: "Court *of* Justice", "Committee *for* the Transition".
_HEAD_ENDS = frozenset({"of", "for", "on"})


def _name_head(name: str) -> str:
    """The head noun of a body's name, lower-case: its last word, or the word before its first
    "of"/"for"/"on" ("International Court of Justice": "court")."""
    words = name.lower().split()
    at = next((x for x, w in enumerate(words) if w in _HEAD_ENDS and x > 0), len(words))
    return words[at - 1] if at else ""
# A force is the one the article names so, before or after ("the regional force").
_FORCE_NOUNS = frozenset({"force"})

# Head nouns that stand for an actor named with them: "the Multinational Security Support
# Mission ... the mission".
_NAME_HEADS = frozenset({"mission"})


def _group_for_descriptor(kind: str, noun: str, phrase: str, country: str | None,
                          state: DocState, types: dict[str, str], owned: bool = False,
                          before: int | None = None,
                          recent: list[tuple[int, str, int, int]] | None = None,
                          speaker: str | None = None) -> str | None:
    """The actor a group description denotes, or None when it is not clear.

    An actor named earlier whose KB descriptors hold the noun ("junta", "alliance") wins;
    of several, the one of the country of the person the sentence opens with (``speaker``:
    "Lebanon's Prime Minister Najib Mikati ... said the army would reinforce its presence" in a
    story that names the Israeli army more often: the Lebanese army), else the one named most;
    otherwise the description must fit exactly one actor of its kind named so far. A non-state
    description ("the rebels", "the militants") at token ``before`` refers back: a group first
    named after it ("the last stronghold of the rebels ... The most powerful group in the
    province is Hayat Tahrir al-Sham") is not the one it means.
    """
    kb = state.kb
    if noun in _DESCRIBED_ONLY:
        # "the International Court of Justice ... the court's jurisdiction": only a court named
        # before whose KB descriptors hold the noun (not the trial court of a story at home)
        courts = [m.actor_id for m in state.mentions if not m.locative and m.actor_id in types
                  and types[m.actor_id] != "person"
                  and (before is None or m.tok_start < before) and (
                      (entry := kb.actors.get(m.actor_id)) is not None
                      and any(d.lower() == noun for d in entry.descriptors)
                      or _name_head(_actor_name(state, m.actor_id)) == noun)]
        return courts[-1] if courts else None
    if noun in _FORCE_NOUNS:
        # "the multinational force ... the Multinational Joint Task Force (MNJTF)": a joint force
        # of states the article names (the headline and the lede often describe it before
        # naming it); never a force by kind alone ("the force" of a police story), nor one
        # state's ("The combined force" of Rwanda's and Mozambique's troops is no "Rwanda
        # Defence Force").
        forces = list(dict.fromkeys(
            m.actor_id for m in state.mentions if not m.locative and m.actor_id in types
            and (entry := kb.actors.get(m.actor_id)) is not None
            and entry.type == "international_org"
            and (entry.name.lower().endswith(" " + noun)
                 or any(d.lower() in (noun, phrase) for d in entry.descriptors))))
        return forces[0] if len(forces) == 1 else None
    if noun in _CALLED_NOUNS or noun in _CONVOY_NOUNS:
        called = _called(state, noun, before)
        if len(called) == 1:
            return called[0]
        if noun in _CONVOY_NOUNS:
            return None  # "the convoy" of no one named: an aid convoy as well as a column
    memo = frozen_memo(state)
    cached = memo.get("seen") if memo is not None else None
    if isinstance(cached, tuple) and cached[0] is types:
        seen: list[str] = cached[1]
    else:
        seen = list(dict.fromkeys(m.actor_id for m in state.mentions
                                  if not m.locative and m.actor_id in types))
        if memo is not None:
            memo["seen"] = (types, seen)
    if kind == "government":
        # A state news agency or broadcaster is a government body in the KB, but "the
        # government", "the new authorities" are never the outlet the story quotes ("the state
        # news agency SANA reported").
        seen = [a for a in seen if not is_news_outlet(kb.actors.get(a))]
    described = [a for a in seen if kb.actors.get(a) is not None and (any(
        d.lower() in (noun, phrase) or phrase.endswith(d.lower())
        for d in kb.actors[a].descriptors) or (
            noun in _NAME_HEADS and kb.actors[a].name.lower().endswith(" " + noun)))]
    if noun in _KB_DESCRIBED_NOUNS and not described:
        # "The defence ministry denied the claim" in a story from Russia that never named it:
        # the story country's body the KB describes so, when there is exactly one.
        home = country or story_country(state, 1.5)
        ids = [a for a in kb.descriptor_index.get(phrase, ())
               if kb.actors[a].country == home and kb.actors[a].type != "person"] if home else []
        if not ids and home and noun == "ministry" and phrase != "ministry" and (
                before is None or before == 0
                or _PLACE_PREPOSITIONS.isdisjoint(state.tokens.lower[max(0, before - 2):before])):
            # "The defence ministry rushed reinforcements" in a story from Syria, whose
            # ministries the KB does not list: the state, as for "Syrian officials" (an agent
            # of the state's government sector).
            owner = state_of(kb, home)
            return owner.id if owner is not None else None
        return ids[0] if len(ids) == 1 else None
    if before is not None and noun in _NON_STATE_NOUNS and described:
        named_before = {m.actor_id for m in state.mentions if m.tok_start < before}
        described = [a for a in described if a in named_before]
    home = (country or story_country(state, 1.5)) if kind == "government" and not owned \
        else None
    if home is not None:
        # "the government", "the junta": the story's own country's, unless another is named.
        own = [a for a in described if kb.actors[a].country == home]
        if own:
            return own[0]
        if not described and country is None and noun in _HOME_GOVERNMENT_NOUNS and (
                set(phrase.split()) & _OTHER_GOVERNMENT):
            # "the interim authorities", "the new government" in a story from Syria that never
            # names that government: the one body of the story's country the KB describes so.
            ids = [a for a in kb.descriptor_index.get(phrase, ())
                   if kb.actors[a].country == home and kb.actors[a].type != "person"]
            if len(ids) == 1:
                return ids[0]
        if country is None and noun in _HOME_GOVERNMENT_NOUNS and not (
                set(phrase.split()) & _OTHER_GOVERNMENT):
            if noun == "junta":
                return junta_of(state, home)
            # "the military government ... the government": the ruling body a description
            # named earlier in the article.
            ruling = next((a for _, a, _, _ in reversed(recent or ())
                           if (e := kb.actors.get(a)) is not None and e.country == home
                           and is_ruling_body(e)), None)
            if ruling is not None:
                return ruling
            return home_actor(state, phrase.replace(" - ", "-"), "government", home)
    if noun in _STATE_FORCE_NOUNS and speaker is not None and country is None and \
            speaker == story_country(state) and all(
                kb.actors[a].country != speaker for a in described):
        # "WARSAW - Prime Minister Donald Tusk told parliament that the military had recorded
        # 19 violations" in a story that named "Russian military aircraft" before: the forces
        # of the speaker's own country, when the story is set there.
        own_army = kb.state_bodies.get((speaker, "military"))
        if own_army is not None:
            return own_army
    if len(described) > 1:
        own = [a for a in described if kb.actors[a].country == speaker] if speaker else []
        if len(own) == 1:
            return own[0]
        opener = _previous_opener(state, before, recent)
        if opener in described:
            # "Kataib Hezbollah, the most powerful of them, said ... *The group*, which has
            # attacked U.S. bases": a description opening a sentence goes on with the group the
            # sentence before opened with, not the group the story names most.
            return opener
        # "The bloc said" in a story about ECOWAS that names the EU once: the one named most.
        named = Counter(m.actor_id for m in state.mentions if m.actor_id in described)
        return max(described, key=lambda a: named[a])
    if described:
        return described[0]
    if noun in _STATE_FORCE_NOUNS:
        # "the army", "the military": the state's own forces, never a rebel group.
        forces = [a for a in seen if kb.actors.get(a) is not None
                  and (kb.actors[a].represents or {}).get("sector") == "military"
                  and (country is None or kb.actors[a].country == country)]
        arena_id = arena_country(state, min_mentions=1)
        arena = country or (kb.actors[arena_id].country if arena_id else None)
        if arena is None and not forces:
            # "KHARTOUM, June 1 - The army said ..." naming no state: the story country's army
            # (the dateline and the home actors tell it).
            arena = story_country(state, 1.5)
        if len(forces) == 1:
            home_army = kb.state_bodies.get((arena, "military")) if arena else None
            if home_army is not None and home_army != forces[0] and before is not None and \
                    kb.actors[forces[0]].country != arena and \
                    all(m.tok_start > before for m in state.mentions
                        if m.actor_id == forces[0]):
                # "the army" in a story set in Burkina Faso that names "French troops" only
                # later: the arena's own army, not a foreign force named afterwards.
                return home_army
            return forces[0]
        return kb.state_bodies.get((arena, "military")) if arena and not forces else None
    candidates = [a for a in seen if types.get(a) == kind]
    if country:
        candidates = [a for a in candidates
                      if kb.actors.get(a) is not None and kb.actors[a].country == country]
    if noun in _NON_STATE_NOUNS:
        candidates = [a for a in candidates
                      if kb.actors.get(a) is None or kb.actors[a].represents is None]
    if not candidates and country is not None and noun in _HOME_GOVERNMENT_NOUNS - {"junta"}:
        return home_actor(state, "government", "government", country)  # "the government of Hadi"
    return candidates[0] if len(candidates) == 1 else None


def _country_possessive_agents(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"the country's security forces", "the nation's army", "the country's intelligence
    services": the body of the state the text named last (in that sentence or the two before),
    else of the story's country, as its demonym would name it ("Pakistani security forces")."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    kb = state.kb
    lex = actor_lexicon()
    found: list[ActorMention] = []
    for i in tv.positions(("country", "nation")):
        if i < 1 or i + 2 >= n or lowers[i - 1] != "the" or lowers[i + 1] not in ("'s", "’s") \
                or taken[i] or taken[i + 2]:
            continue
        office = lex.state_office_at(lowers, i + 2)
        if office is not None and not any(taken[i + 2:i + 2 + len(office)]):
            # "the country's president fled": its one holder of the office then, as "Qatar's
            # emir" is (a name after the office says who instead: left to the name)
            owner = _state_told(state, i)
            when = state.document.published[:10] if state.document.published else None
            holder = kb.office_holder(owner, " ".join(office), when) if owner else None
            stop = i + 2 + len(office)
            if holder is not None and not (stop < n and tv.text[stop][:1].isupper()):
                for k in range(i - 1, stop):
                    taken[k] = True
                found.append(ActorMention(
                    start=tv.idx[i - 1], end=tv.end_char(stop - 1), tok_start=i - 1,
                    tok_end=stop, sentence=tv.sentence[i], actor_id=holder, kind="office",
                    text=tv.span_text(i - 1, stop, state.text)))
                continue
        agent = agent_noun_at(tv, i + 2, kb)
        if agent is None or agent[1] not in _STATE_SECTORS or any(taken[i + 2:agent[0]]) or \
                not any(" ".join(lowers[i + 2:i + 2 + w]) in kb.agent_nouns for w in (1, 2, 3)):
            continue  # (not "the country's nuclear forces": its arms, with a modifier)
        owner = _state_told(state, i)
        if owner is None:
            continue
        end, sector = agent
        actor_id = agent_owner(owner, sector, kb, lex, " ".join(lowers[i + 2:end]))
        start = i - 1
        for k in range(start, end):
            taken[k] = True
        found.append(ActorMention(
            start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start, tok_end=end,
            sentence=tv.sentence[i], actor_id=actor_id, kind="agent",
            text=tv.span_text(start, end, state.text), sector=sector))
    return found


def _state_told(state: DocState, at: int) -> str | None:
    """The state named last before token ``at`` (in its sentence or the two before), else the
    story country's state."""
    kb = state.kb
    for m in mentions_before(state, at, reach=2):
        entry = kb.actors.get(m.actor_id)
        if entry is not None and entry.type == "state":
            return m.actor_id
    country = story_country(state)
    actor = state_of(kb, country) if country is not None else None
    return actor.id if actor is not None else None


# A body the text creates without naming it: "transferred his powers to a new presidential
# council", "the junta set up a transitional committee", "announced a national commission".
_BODY_HEADS = frozenset({"council", "committee", "commission"})
# Words before "a" / "an" that bring such a body into being or hand it power.
_BODY_MAKERS = frozenset({"to", "formed", "form", "forms", "forming", "created", "create",
                          "creates", "established", "establish", "establishes", "up",
                          "announced", "named", "appointed", "installed", "install", "by"})
# Modifiers between the article and the head ("a new presidential council"); "new" is left out
# of the body's name.
_BODY_MODIFIERS = frozenset({"new", "presidential", "transitional", "military", "ruling",
                             "sovereign", "national", "interim", "leadership", "governing",
                             "security", "executive", "supreme", "revolutionary", "civilian"})


def _new_bodies(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"Hadi transferred his powers to a new presidential council": an unnamed body of the story
    country (``x-<iso3>-<words>``, "Presidential council"), that "the council" then stands for
    (``_DESCRIBED_ONLY``). Only one the text creates or hands power to; not "a council of
    elders" (its head has an "of" after it) nor a known body's name."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found: list[ActorMention] = []
    country = None
    for i in tv.positions(_BODY_HEADS):
        if taken[i] or (i + 1 < n and lowers[i + 1] in ("of", "for")) or \
                not tv.text[i].islower():
            continue
        k = i
        while k > 0 and lowers[k - 1] in _BODY_MODIFIERS or (
                k > 0 and lowers[k - 1].endswith("-member")):
            k -= 1
        if k == i or k < 2 or lowers[k - 1] not in ("a", "an") or \
                lowers[k - 2] not in _BODY_MAKERS or any(taken[k - 1:i + 1]):
            continue
        words = [w for w in lowers[k:i + 1] if w != "new" and not w.endswith("-member")]
        if len(words) < 2:
            continue
        if country is None:
            country = story_country(state) or ""
        actor_id = f"x-{(country or 'xxx').lower()}-" + "-".join(words)
        if actor_id not in state.actors:
            name = " ".join(words)
            state.actors[actor_id] = Actor(id=actor_id, name=name[:1].upper() + name[1:],
                                           type="government", country=country or None,
                                           known=False)
        start = k - 1
        for j in range(start, i + 1):
            taken[j] = True
        found.append(ActorMention(
            start=tv.idx[start], end=tv.end_char(i), tok_start=start, tok_end=i + 1,
            sentence=tv.sentence[i], actor_id=actor_id, kind="discovered",
            text=tv.span_text(start, i + 1, state.text)))
    return found
