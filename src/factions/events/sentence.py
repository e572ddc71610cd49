"""What the event coder knows about one document and each of its sentences, without a parser.

``DocReading`` is built once per document: lower-cased tokens, the actor mentions of each
sentence, the actors the article names, and demonyms from the knowledge base. ``SentenceView`` is
built for a sentence where a trigger matched: its actor spans (overlapping mentions merged, agents
"His forces" / "forces loyal to X" read as their owner plus the organization a person commands or,
for a head of state, the armed forces of that state), lists of actors ("Egypt, Russia and the
UAE"), and clauses cut at cue words (punctuation, relative pronouns, subordinators, coordinators,
reporting verbs).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factions.actors.home import loyalists_of
from factions.dates.vocab import UNIT_NUMBERS
from factions.events.cues import Cues, cues
from factions.pipeline.state import ActorMention, DocState

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from factions.kb import KnowledgeBase
    from factions.kb.entries import KBActor
    from factions.model import Actor

PRONOUN_KINDS = frozenset({"pronoun", "descriptor"})
# Mentions that are proper names: no trigger inside them ("Government of National Accord").
NAME_KINDS = frozenset({"name", "alias", "surname", "translit", "metonym", "discovered"})


@dataclass(slots=True)
class ActorSpan:
    """Tokens [start, end) that stand for one or more actors."""

    start: int
    end: int
    actors: tuple[str, ...]
    kind: str
    sector: str | None = None
    attributive: bool = False
    locative: bool = False  # a country or city used as a place ("in Libya"): objects only
    nominative: bool = False  # he/she/they/it: can be a subject, never an object
    expanded: bool = False  # an organization was added for a person's agent ("His forces")

    @property
    def coreferent(self) -> bool:
        return self.kind in PRONOUN_KINDS


# Not frozen (building a frozen dataclass costs a setattr call per field), but hashed by value
# as a frozen one would be; nothing changes a clause once it is cut.
@dataclass(slots=True, unsafe_hash=True)
class Clause:
    """Tokens [start, end) of a clause; ``opener`` is the kind of cue that opened it (None for
    the sentence's first clause): hard, report, rel, sub, coord, or resume (the main clause going
    on after ", which ...,"); [opener_start, start) are the opener's own tokens."""

    index: int
    start: int
    end: int
    opener: str | None
    opener_start: int


@dataclass(slots=True, weakref_slot=True)
class DocReading:
    """Per-document lookups shared by every sentence."""

    state: DocState
    words: list[str]
    mentions: dict[int, list[ActorMention]]
    present: frozenset[str]  # actor ids the article mentions
    counts: dict[str, int]  # mentions per actor
    demonyms: dict[str, tuple[str, ...]]  # lower demonym -> actor ids ("egyptian" -> egypt)
    metonyms: dict[tuple[str, ...], tuple[str, ...]]  # capital's tokens -> actor ids
    agent_nouns: dict[str, str]
    commands: dict[str, list[str]]
    cues: Cues
    views: dict[int, SentenceView] = field(default_factory=dict)
    shared: dict[str, object] = field(default_factory=dict)  # per-document caches of stages
    _cut_positions: list[int] | None = None

    def cut_positions(self, start: int, end: int) -> list[int]:
        """Ascending positions in [start, end) of the words that may cut a clause (the
        document's are found once, by a scan in C)."""
        found = self._cut_positions
        if found is None:
            found = self._cut_positions = self.state.tokens.positions(self.cues.clause_cuts)
        return found[bisect_left(found, start) : bisect_left(found, end)]

    def view(self, index: int) -> SentenceView:
        found = self.views.get(index)
        if found is None:
            found = self.views[index] = _build_view(self, index)
        return found

    def demonym(self, word: str) -> str | None:
        """The actor a demonym stands for (one the article names, when several share it)."""
        actors = self.demonyms.get(word)
        return self._pick(actors) if actors else None

    def metonym(self, words: tuple[str, ...]) -> str | None:
        """The government a capital stands for ("moscow" -> russia)."""
        actors = self.metonyms.get(words)
        return self._pick(actors) if actors else None

    def _pick(self, actors: tuple[str, ...] | None) -> str | None:
        if not actors:
            return None
        return next((a for a in actors if a in self.present), actors[0])

    def proper_names(self, index: int) -> frozenset[int]:
        """Capitalized words of a sentence that belong to no actor: place-like names."""
        key = f"proper:{index}"
        cached = self.shared.get(key)
        if isinstance(cached, frozenset):
            return cached
        sent = self.state.sentences[index]
        text = self.state.tokens.text
        taken = {i for m in self.mentions.get(index, ()) if not m.locative
                 for i in range(m.tok_start, m.tok_end)}
        found = frozenset(
            i for i in range(sent.tok_start + 1, sent.tok_end)
            if text[i][:1].isupper() and text[i].isalpha() and i not in taken
        )
        self.shared[key] = found
        return found

    def _actor(self, actor_id: str) -> Actor | KBActor | None:
        """The document's actor of that id, else the knowledge base's."""
        return self.state.actor_entry(actor_id)

    def actor_country(self, actor_id: str) -> str | None:
        actor = self._actor(actor_id)
        return actor.country if actor is not None else None

    def actor_type(self, actor_id: str) -> str | None:
        actor = self._actor(actor_id)
        return actor.type if actor is not None else None


_LAST: list[tuple[weakref.ref[DocState], tuple[int, int, int], DocReading]] = []


def read_document(state: DocState) -> DocReading:
    """The per-document lookups for ``state`` (tokens, mentions, demonyms); the event and the
    alignment stages share one reading of the same state."""
    doc = state.doc
    assert doc is not None, "the event coder needs state.doc (run the tokens stage first)"
    key = (id(doc), len(state.mentions), len(state.sentences))
    if _LAST and _LAST[0][0]() is state and _LAST[0][1] == key:
        return _LAST[0][2]
    tokens = state.tokens
    assert len(tokens) == len(doc), "the event coder needs state.tokens (the tokens stage)"
    words = tokens.lower
    mentions: dict[int, list[ActorMention]] = {}
    counts: dict[str, int] = {}
    for m in state.mentions:
        mentions.setdefault(m.sentence, []).append(m)
        if not m.locative:
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
    demonyms, metonyms = _kb_names(state.kb)
    reading = DocReading(
        state=state, words=words, mentions=mentions, present=frozenset(counts),
        counts=counts, demonyms=demonyms, metonyms=metonyms, agent_nouns=state.kb.agent_nouns,
        commands=state.kb.commands, cues=cues(),
    )
    _LAST[:] = [(weakref.ref(state), key, reading)]
    return reading


_KB_NAMES: list[tuple[weakref.ref[KnowledgeBase], dict[str, tuple[str, ...]],
                      dict[tuple[str, ...], tuple[str, ...]]]] = []


def _kb_names(
    kb: KnowledgeBase,
) -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]:
    """Demonyms and capital metonyms of the knowledge base (built once per KB)."""
    for ref, demonyms, metonyms in _KB_NAMES:
        if ref() is kb:
            return demonyms, metonyms
    dem: dict[str, list[str]] = {}
    met: dict[tuple[str, ...], list[str]] = {}
    for actor in kb.actors.values():
        for demonym in actor.demonyms:
            dem.setdefault(demonym.lower(), []).append(actor.id)
        for metonym in actor.metonyms:
            met.setdefault(tuple(metonym.lower().split()), []).append(actor.id)
    demonyms = {k: tuple(v) for k, v in dem.items()}
    metonyms = {k: tuple(v) for k, v in met.items()}
    _KB_NAMES[:] = [*_KB_NAMES[-3:], (weakref.ref(kb), demonyms, metonyms)]
    return demonyms, metonyms


@dataclass(slots=True)
class SentenceView:
    """One sentence: its token range, actor spans, lists and clauses."""

    index: int
    start: int
    end: int
    spans: list[ActorSpan]
    clauses: list[Clause]
    clause_of: list[int]  # clause index per token (offset from ``start``)
    groups: dict[int, list[ActorSpan]]  # span start -> members of its list ([span] if none)
    name_tokens: frozenset[int]  # tokens inside proper-name mentions
    locatives: list[ActorSpan]  # countries and cities used as places ("in Libya")
    vocab: frozenset[str] = frozenset()  # the sentence's (lower-case) words
    _hedged: bool | None = None
    # Lookups over ``spans``, built with the view: their starts (in list order), whether those
    # starts never decrease (then a bisection finds the first span at or after a token as a
    # scan would), the first span ending at each token, the spans starting at each token.
    starts: list[int] = field(default_factory=list, repr=False)
    ordered: bool = True
    by_end: dict[int, ActorSpan] = field(default_factory=dict, repr=False)
    by_start: dict[int, list[ActorSpan]] = field(default_factory=dict, repr=False)
    # Per-view results asked for by every trigger of the sentence.
    memo: dict[object, object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        starts = self.starts = [s.start for s in self.spans]
        self.ordered = starts == sorted(starts)
        by_end = self.by_end
        by_start = self.by_start
        for span in self.spans:
            if span.end not in by_end:
                by_end[span.end] = span
            found = by_start.get(span.start)
            if found is None:
                by_start[span.start] = [span]
            else:
                found.append(span)

    def first_from(self, i: int) -> int:
        """Index in ``spans`` before which every span starts before token ``i`` (0 when the
        starts are out of order): a scan that skips those spans may begin there."""
        return bisect_left(self.starts, i) if self.ordered else 0

    def first_after(self, i: int) -> int:
        """Index in ``spans`` before which every span starts at or before token ``i`` (0 when
        the starts are out of order)."""
        return bisect_right(self.starts, i) if self.ordered else 0

    def clause_at(self, i: int) -> Clause:
        return self.clauses[self.clause_of[i - self.start]]

    def span_at(self, i: int) -> ActorSpan | None:
        for span in self.spans:
            if span.start <= i < span.end:
                return span
        return None

    def group(self, span: ActorSpan) -> list[ActorSpan]:
        return self.groups.get(span.start, [span])

    def hedged(self, reading: DocReading) -> bool:
        """True when a hedge ("seems", "reportedly") weakens the sentence (read once)."""
        if self._hedged is None:
            self._hedged = reading.cues.hedges.any_in(reading.words, self.start, self.end)
        return self._hedged

    def inside_name(self, positions: tuple[int, ...]) -> bool:
        """True when a trigger's words lie in a proper name ("National Accord")."""
        return not self.name_tokens.isdisjoint(positions)


def _build_view(reading: DocReading, index: int) -> SentenceView:
    sent = reading.state.sentences[index]
    mentions = reading.mentions.get(index, ())
    spans = _actor_spans(reading, mentions, sent.tok_start, sent.tok_end)
    if "men" in reading.words[sent.tok_start:sent.tok_end]:
        spans = _both_men(reading, index, spans)
    spans = _listed(reading, index, spans)
    locatives = [
        ActorSpan(m.tok_start, m.tok_end, (m.actor_id,), m.kind, locative=True)
        for m in mentions if m.locative
    ]
    headline = sent.tok_start if index == 0 and \
        reading.words[sent.tok_end - 1] not in _SENTENCE_ENDS else None
    groups, glue = _groups(reading, spans, headline)
    name_set: set[int] = set()
    for m in mentions:
        # A crowd named by its act ("Protest organisers", "the protest leaders") holds no event.
        if m.kind in NAME_KINDS or (m.kind == "agent" and m.sector == "protesters"
                                    and "protest " in m.text.lower()):
            name_set.update(range(m.tok_start, m.tok_end))
    names = frozenset(name_set)
    clauses, clause_of = _clauses(reading, sent.tok_start, sent.tok_end, glue | name_set)
    return SentenceView(index, sent.tok_start, sent.tok_end, spans, clauses, clause_of, groups,
                        names, locatives, frozenset(reading.words[sent.tok_start:sent.tok_end]))


# ------------------------------------------------------------------ actor spans


# "both men", "the two men": the last two people the sentence or the one before names.
_PAIR_OF_MEN = (("both", "men"), ("the", "two", "men"))


def _both_men(reading: DocReading, index: int, spans: list[ActorSpan]) -> list[ActorSpan]:
    """"he had been kidnapped by Joaquin Guzman Lopez ... where U.S. agents detained both men":
    "both men" stands for the last two people named before it (in its sentence or the one
    before), when there are two."""
    words = reading.words
    sent = reading.state.sentences[index]
    first = reading.state.sentences[max(0, index - 1)].tok_start
    taken = {k for span in spans for k in range(span.start, span.end)}
    added: list[ActorSpan] = []
    for i in range(sent.tok_start, sent.tok_end - 1):
        pair = next((p for p in _PAIR_OF_MEN if tuple(words[i : i + len(p)]) == p), None)
        if pair is None or i in taken:
            continue
        people: list[str] = []
        for m in sorted(reading.state.mentions, key=lambda m: m.tok_start, reverse=True):
            if m.tok_start >= i or m.tok_start < first or m.locative or \
                    words[m.tok_end] in ("'s", "’s", "'"):
                continue  # (", one of Guzman's sons,": whose sons, not one of the men)
            if reading.actor_type(m.actor_id) == "person" and m.actor_id not in people:
                people.append(m.actor_id)
                if len(people) == 2:
                    break
        if len(people) == 2:
            added.append(ActorSpan(i, i + len(pair), (people[1], people[0]), "descriptor"))
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


# Counts before a plural head that stands for a list named before ("all three countries").
_COUNTS = {word: n for word, n in UNIT_NUMBERS.items() if 3 <= n <= 10}
_COUNT_WORDS = frozenset(_COUNTS)


def _listed(reading: DocReading, index: int, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Plural references to the members of a list named before: "the three governments",
    "all three countries" (the latest earlier list of that many actors of one type), "the
    juntas" (a list of the sentence or the three before), and a sentence-opening "They" after a
    sentence whose subject is such a list or reference ("The military governments of Mali,
    Burkina Faso and Niger said ... the juntas accused ECOWAS ... They said the bloc had given
    them no help"): one span standing for every member."""
    words, c = reading.words, reading.cues
    sent = reading.state.sentences[index]
    start, end = sent.tok_start, sent.tok_end
    added: list[ActorSpan] = []
    counted = not _COUNT_WORDS.isdisjoint(words[start:end])
    if not counted and not c.listed_plurals.any_in(words, start, end):
        end = start  # (most sentences: no count, no plural reference to look at)
    taken = {k for span in spans for k in range(span.start, span.end)} if end > start else set()
    for i in range(start, end - 1):
        if i in taken or (added and i < added[-1].end):
            continue
        count, j = 0, i
        if words[j] in ("all", "the"):
            j += 1
            if words[j - 1] == "all" and j < end and words[j] == "the":
                j += 1
        if j < end and words[j] in _COUNTS and j > i:
            count = _COUNTS[words[j]]
            j += 1
            if j < end and words[j] == "member":
                j += 1
            if j >= end or words[j] not in c.listed_heads:
                continue
            j += 1
        elif words[i] == "the" and (n := c.listed_plurals.match_at(words, i, end)):
            j = i + n
        else:
            continue
        if (i > start and words[i - 1] in ("in", "of")) or (j < end and words[j] == "of"):
            continue  # "in the three countries": a place; "the juntas of Mali and ...": a list
        members = _latest_list(reading, index, count)
        if members:
            added.append(ActorSpan(i, j, members, "descriptor"))
    if words[start] == "they" and index > 0:
        opening = next((span for span in spans if span.start == start), None)
        previous = _subject_list(reading, index - 1)
        if opening is not None and opening.kind in PRONOUN_KINDS and previous:
            opening.actors = previous
    return sorted([*spans, *added], key=lambda span: span.start) if added else spans


def _latest_list(reading: DocReading, index: int, count: int) -> tuple[str, ...]:
    """The actors of the latest list named in a sentence before ``index``: of ``count`` actors
    of one type, or of two or more when ``count`` is 0 (then in the three sentences before)."""
    first = 0 if count else max(0, index - 3)
    for s in range(index - 1, first - 1, -1):
        view = reading.view(s)
        found: tuple[str, ...] = ()
        for span in view.spans:
            if span.attributive or span.locative:
                continue
            members = tuple(dict.fromkeys(a for m in view.group(span) for a in m.actors))
            if len(members) < 2 or (count and len(members) != count):
                continue
            if len({reading.actor_type(a) for a in members}) == 1:
                found = members
        if found:
            return found
    return ()


def _subject_list(reading: DocReading, index: int) -> tuple[str, ...]:
    """The actors of sentence ``index``'s subject when it is a list or a reference to one
    (its first span, not the object of a preposition but "of": "The military governments of
    Mali, Burkina Faso and Niger"); () otherwise."""
    view = reading.view(index)
    span = next((s for s in view.spans if not s.attributive and not s.locative), None)
    if span is None:
        return ()
    if span.start > view.start and reading.words[span.start - 1] != "of" and \
            reading.words[span.start - 1] in reading.cues.prepositions:
        return ()
    members = tuple(dict.fromkeys(a for m in view.group(span) for a in m.actors))
    return members if len(members) > 1 else ()


def _actor_spans(
    reading: DocReading, mentions: Sequence[ActorMention], start: int, end: int
) -> list[ActorSpan]:
    """The sentence's actor spans, from its ``mentions``, over tokens [start, end)."""
    words, c = reading.words, reading.cues
    raw = sorted(mentions, key=lambda m: (m.tok_start, -m.tok_end))
    spans: list[ActorSpan] = []
    for m in raw:
        if spans and m.tok_start < spans[-1].end:
            last = spans[-1]
            if m.tok_end <= last.end:
                # Inside a longer mention ("Haftar" inside "Haftar's forces"); a name inside a
                # descriptor ("the Syrian regime") says who the descriptor is.
                if last.coreferent and m.kind in NAME_KINDS and m.tok_end == last.end \
                        and m.tok_start <= last.start + 1:
                    last.actors = (m.actor_id,)
                    last.kind = m.kind
                continue
        nominative = m.tok_end - m.tok_start == 1 and words[m.tok_start] in c.nominative_pronouns
        spans.append(ActorSpan(
            start=m.tok_start, end=m.tok_end, actors=(m.actor_id,), kind=m.kind,
            sector=m.sector, attributive=m.attributive, nominative=nominative,
            locative=m.locative,
        ))
    result: list[ActorSpan] = []
    for span in spans:
        if span.locative:
            continue
        agent = _agent_phrase(reading, span.start, start)
        if agent is not None and result and result[-1].end > agent[0] and \
                result[-1].kind in ("name", "alias", "descriptor") and \
                reading.actor_type(result[-1].actors[0]) == "armed_group":
            # "Islamist militants [JNIM] linked to al Qaeda killed ...": a group named or
            # described by the head is who acts; the phrase only says whom it is tied to.
            agent = None
        known = _known_as_group(reading, spans, span.end) if agent is not None else None
        if agent is not None and known is not None:
            # "gunmen loyal to Ismael "El Mayo" Zambada, known as the "Mayos"": the phrase
            # stands for the group it is known as, not for the man
            while result and result[-1].end > agent[0]:
                result.pop()
            span = ActorSpan(agent[0], span.end, known.actors, "agent", sector=agent[1])
        elif agent is not None:
            # "forces loyal to X": the phrase stands for X as an armed agent.
            # "Russian mercenaries linked to the Wagner Group": a mention the phrase's head
            # noun ends goes too.
            while result and result[-1].end > agent[0]:
                result.pop()
            span = ActorSpan(agent[0], span.end, span.actors, "agent", sector=agent[1])
            loyalists = loyalists_of(reading.state, span.actors[0]) \
                if "loyal" in reading.words[agent[0]:span.start] else None
            if loyalists is not None:
                # "gunmen loyal to ousted president Bashar al-Assad" in 2025: not his forces
                # (he commands none on that day) but the loyalist group the KB knows ("the
                # forces of President Bashar al-Assad" are those he had).
                span.actors = (loyalists,)
        if span.kind == "agent" and (span.sector or "") in c.command_sectors \
                and reading.actor_type(span.actors[0]) == "person":
            owner = span.actors[0]
            extra = [org for org in _commanded(reading, owner) if org in reading.present] \
                or _head_of_state_forces(reading, owner)
            if extra:
                span.actors = (owner, *[o for o in extra if o != owner])
                span.expanded = True
        result.append(span)
    return _office_holders(reading, result, end)


_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "``", "''"})


def _known_as_group(reading: DocReading, spans: list[ActorSpan], end: int
                    ) -> ActorSpan | None:
    """The armed group's span Y of ", known as [the] Y" right after ``end``, or None."""
    words = reading.words
    if words[end : end + 3] != [",", "known", "as"]:
        return None
    q = end + 3
    while q < len(words) and (words[q] in reading.cues.determiners or words[q] in _QUOTES):
        q += 1
    return next((s for s in spans if s.start == q and not s.locative
                 and reading.actor_type(s.actors[0]) == "armed_group"), None)


def _commanded(reading: DocReading, person: str) -> list[str]:
    """The organizations a person leads on the publication date (knowledge-base roles with a
    command title): "his fighters" of a mercenary chief in June 2023 are his group's, though he
    led it only until August 2023."""
    from factions.kb.knowledge_base import _is_command_title
    from factions.relations.infer import role_active

    state = reading.state
    entry = state.kb.actors.get(person)
    if entry is None or not entry.roles:
        return []
    if state.published is None:
        return list(reading.commands.get(person, ()))
    day = state.published.isoformat()
    return [role.org for role in entry.roles
            if role.org and role.org in state.kb.actors and _is_command_title(role.title)
            and role_active(role.start, role.end, day)]


def _head_of_state_forces(reading: DocReading, person: str) -> list[str]:
    """"the forces of Syrian President Bashar al-Assad": the armed forces of the state a
    person leads on the publication date (a knowledge-base role with a command title), when
    the article names them."""
    from factions.kb.knowledge_base import _is_command_title
    from factions.relations.infer import role_active

    state = reading.state
    entry = state.kb.actors.get(person)
    if entry is None:
        return []
    day = state.published.isoformat() if state.published else None
    found = []
    for role in entry.roles:
        org = state.kb.actors.get(role.org) if role.org else None
        if org is None or org.type != "state" or not org.country or \
                not _is_command_title(role.title) or not role_active(role.start, role.end, day):
            continue
        forces = state.kb.state_bodies.get((org.country, "military"))
        if forces is not None and forces in reading.present and forces not in found:
            found.append(forces)
    return found


def _office_holders(reading: DocReading, spans: list[ActorSpan], end: int) -> list[ActorSpan]:
    """"Somalia's president has promised ...": a country's or body's office, with no name
    after it, is whoever the knowledge base says held it on the publication date."""
    words, text = reading.words, reading.state.tokens.text
    starts: set[int] | None = None
    offices = _person_offices()
    out: list[ActorSpan] = []
    for span in spans:
        j = span.end + 1
        if span.end < end and words[span.end] in _BODY_HEADS and span.kind in NAME_KINDS and \
                words[span.end - 2 : span.end - 1] == ["'s"]:
            j = span.end  # "Sudan's army chief": the office of a body named by a possessive
        elif j >= end or span.kind not in NAME_KINDS or not (
                words[span.end] == "'s" or words[span.end] == "'"
                and words[span.end - 1].endswith("s")):
            # ("Seychelles' president": a name ending in "s" takes a bare apostrophe)
            out.append(span)
            continue
        if starts is None:
            starts = {s.start for s in spans}
        for n in (2, 1):
            k = j + n
            office = " ".join(words[j:k])
            if k > end or office not in offices:
                continue
            if k < end and (k in starts or text[k][:1].isupper() or words[k] == "for"):
                break  # "Rwanda's foreign minister Olivier Nduhungirehe": the name says who
                # ("Iran's vice president for legal affairs": one of several, by portfolio)
            published = reading.state.document.published
            holder = reading.state.kb.office_holder(
                span.actors[0], office, published[:10] if published else None)
            if holder is not None:
                span = ActorSpan(span.start, k, (holder,), "office")
            break
        out.append(span)
    return out


# Offices named right after a body ("Sudan's army chief", "Pakistan's army commander").
_BODY_HEADS = frozenset({"chief", "commander"})
_OFFICES: list[frozenset[str]] = []


def _person_offices() -> frozenset[str]:
    if not _OFFICES:
        from factions.actors.lexicon import actor_lexicon

        _OFFICES.append(actor_lexicon().person_offices)
    return _OFFICES[0]


def _agent_phrase(
    reading: DocReading, span_start: int, sent_start: int
) -> tuple[int, str] | None:
    """Start and sector of "<agent noun> loyal to [title words] X" ending at X, or None."""
    words, c = reading.words, reading.cues
    lasts = c.agent_connectors.lasts
    if lasts.isdisjoint(words[max(sent_start + 1, span_start - 4) : span_start]):
        return None  # no connector ends in reach of the name
    text = reading.state.tokens.text
    for skip in range(0, 4):  # title words between the connector and the name
        j = span_start - skip  # the connector ends here
        if skip and not words[j].isalpha():
            return None
        if skip and words[j].endswith("ed") and words[j] not in _BEFORE_TITLE \
                and words[j] not in c.title_tokens and not text[j][:1].isupper():
            # "The Ministry of Justice condemned Ukraine": a verb between is no title word
            # ("forces loyal to eastern commander Khalifa Haftar" has one), and the phrase
            # ("Ministry of ... Ukraine") is no agent of the name after it
            return None
        if j - 1 <= sent_start or words[j - 1] not in lasts:
            continue  # no connector ends here
        for n in (4, 3, 2, 1):
            k = j - n
            if k <= sent_start or c.agent_connectors.match_at(words, k, j) != n:
                continue
            for width in (3, 2, 1):
                a = k - width
                if a < sent_start:
                    continue
                sector = reading.agent_nouns.get(" ".join(words[a:k]))
                if sector is None and width == 1 and words[a] in c.agent_heads:
                    sector = "military"
                if sector is None:
                    continue
                # "forces and tribal groups loyal to him": the phrase starts at the first noun.
                while a - 2 >= sent_start and words[a - 1] == "and" and \
                        words[a - 2] in reading.agent_nouns:
                    a -= 2
                return a, sector
            return None
    return None


# Participles a title may open with after the connector ("loyal to ousted president").
_BEFORE_TITLE = frozenset({"ousted", "deposed", "exiled", "jailed", "detained", "imprisoned",
                           "assassinated", "self-styled", "slain"})


# ------------------------------------------------------------------ lists


# What ends a sentence of running text; a first line without it is a headline.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\"", "'"})


def _headline_list(reading: DocReading, chain: list[ActorSpan]) -> bool:
    """"Mali, Burkina Faso warn ECOWAS": in a headline, names opening it joined by commas alone and
    followed by a lower-case word (the verb, not a title or agent noun as in "Guterres, UN
    chief, says") are a list, not an apposition."""
    words, text = reading.words, reading.state.tokens.text
    after = chain[-1].end
    return after < len(words) and text[after].isalpha() and text[after].islower() \
        and words[after] not in reading.agent_nouns \
        and words[after] not in reading.cues.title_words \
        and all(span.kind in NAME_KINDS and not span.attributive for span in chain)


def _groups(
    reading: DocReading, spans: list[ActorSpan], headline: int | None = None
) -> tuple[dict[int, list[ActorSpan]], set[int]]:
    """Lists of actors joined by commas and conjunctions; the glue tokens they cover."""
    words, c = reading.words, reading.cues
    groups: dict[int, list[ActorSpan]] = {}
    glue: set[int] = set()
    chain: list[ActorSpan] = []
    conj = False
    chain_glue: list[int] = []

    def close() -> None:
        nonlocal chain, conj, chain_glue
        if len(chain) > 1:
            # commas alone: an apposition, but for a headline's list
            members = chain if conj or (chain[0].start == headline
                                        and _headline_list(reading, chain)) \
                else chain[:1]
            for span in chain:
                groups[span.start] = members
            glue.update(chain_glue)
        chain, conj, chain_glue = [], False, []

    last_end = 0
    for span in spans:
        if len(chain) > 1 and _possessed_by(reading, chain[-1], span):
            # "Maduro and Guyana's President Irfaan Ali": the member is the person the
            # possessive introduces, not the country that only says whose president he is.
            chain[-1] = span
            last_end = span.end
            continue
        if chain and _hyphen_qualifies(words, chain[-1], span):
            # "between the Saudi-led coalition and the Iran-aligned Houthi movement": the
            # member is the group the hyphenated patron only qualifies, not the patron.
            chain[-1] = span
            last_end = span.end
            continue
        if chain:
            prev = chain[-1]
            if span.actors == prev.actors and span.start == last_end + 1 and \
                    words[last_end] == "(" and span.end < len(words) and words[span.end] == ")":
                # "the Government of National Accord (GNA) and Haftar's LNA": the bracketed
                # short name goes with its name, and the list goes on after it.
                last_end = span.end + 1
                continue
            gap = list(range(last_end, span.start))
            # "Sudan army and RSF paramilitaries": an agent noun stays with its member;
            # "Erdogan and Russian President Vladimir Putin": so do title words.
            while gap and words[gap[0]] in reading.agent_nouns:
                gap = gap[1:]
            if gap and gap[0] == prev.end:
                # "supported by U.S. air strikes and ATMIS troops": so do the means it lends.
                n = c.list_means.match_at(words, gap[0], span.start)
                if n and gap[n:n + 1] and words[gap[n]] in ("and", ","):
                    gap = gap[n:]
            text = reading.state.tokens.text
            while len(gap) > 1 and (text[gap[-1]][:1].isupper() and text[gap[-1]].isalpha()
                                    or text[gap[-1]] == "-"):
                gap = gap[:-1]
            if words[span.start] in c.list_collectives:
                # "along with the leftist governments of Colombia, Argentina and Bolivia": the
                # adjectives of a plural head that opens the next members.
                for _ in range(2):
                    if len(gap) > 1 and words[gap[-1]].isalpha() and \
                            not c.list_glue.match_at(words, gap[-1], gap[-1] + 1):
                        gap = gap[:-1]
            ok, has_conj = _is_glue(words, gap, chain[0].start, c)
            possessor = span.end < len(words) and words[span.end] in ("'s", "'")
            if gap and ok and not span.nominative and not (possessor and not has_conj):
                chain.append(span)
                conj = conj or has_conj
                chain_glue.extend(gap)
                last_end = span.end
                continue
            close()
        chain = [span]
        last_end = span.end
    close()
    return groups, glue


def _hyphen_qualifies(words: list[str], owner: ActorSpan, span: ActorSpan) -> bool:
    """Whether ``owner`` is hyphenated to a participle that makes it qualify ``span`` alone:
    "the Iran-aligned Houthi movement", "the UN-backed government", "Saudi-led forces"."""
    k = owner.end
    return k + 1 < span.start <= k + 3 and words[k] == "-" and \
        (words[k + 1].endswith("ed") or words[k + 1] in ("led", "run")) and \
        all(words[j].isalpha() for j in range(k + 2, span.start))


def _possessed_by(reading: DocReading, owner: ActorSpan, span: ActorSpan) -> bool:
    """Whether ``span`` is what the possessive ``owner`` introduces through title words alone:
    "Guyana's President Irfaan Ali", "Brazil's foreign minister Mauro Vieira"."""
    words = reading.words
    if owner.end >= span.start:
        return False
    if owner.attributive and words[owner.end] not in ("'s", "'"):
        # "Podemos official Paulo Guambe": a party that only says whose official he is
        between = range(owner.end, span.start)
        return 0 < len(between) <= 3 and all(words[k] in reading.cues.title_tokens
                                             for k in between)
    if words[owner.end] not in ("'s", "'"):
        return False
    between = range(owner.end + 1, span.start)
    return len(between) <= 4 and all(words[k] in reading.cues.title_tokens for k in between)


def _is_glue(words: list[str], gap: list[int], first: int, c: Cues) -> tuple[bool, bool]:
    if not gap:
        return False, False
    lead = first - 1
    if lead > 0 and words[lead] in ("the", "a", "an"):
        lead -= 1  # "by the GNA and by Turkey"
    lead_prep = words[lead] if lead >= 0 and words[lead] in c.prepositions else None
    i, end = gap[0], gap[-1] + 1
    has_conj = False
    while i < end:
        n = c.list_glue.match_at(words, i, end)
        if n:
            has_conj = has_conj or bool(c.list_conjunctions.match_at(words, i, end))
            i += n
        elif lead_prep is not None and words[i] == lead_prep:
            i += 1  # "by the GNA and by Turkey"
        elif has_conj and (words[i] in _LIST_QUANTITIES or words[i].replace(",", "").isdigit()):
            i += 1  # "killed 50 Russian mercenaries and about 10 Malian soldiers"
        elif has_conj and i == end - 1 and words[i] in c.list_modifiers:
            i += 1  # "on Sudan's army and the paramilitary Rapid Support Forces"
        else:
            return False, False
    return True, has_conj


# Words of a number that may open the next member of a list after its conjunction.
_LIST_QUANTITIES = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "over",
                              "at", "least", "more", "than", "two", "three", "four", "five", "six",
                              "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty"})


# ------------------------------------------------------------------ clauses


def _short_quotes(words: list[str], start: int, end: int) -> set[int]:
    """Quote marks around a short quoted name or word ("Volcano of Anger", a "red line"): not
    clause boundaries."""
    if '"' not in words[start:end]:
        return set()
    marks = [i for i in range(start, end) if words[i] == '"']
    result: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inner = words[a + 1 : b]
        if 0 < len(inner) <= 5 and not any(t in (",", ".", "!", "?") for t in inner):
            result.update((a, b))
    return result


def _short_parentheses(words: list[str], start: int, end: int) -> set[int]:
    """Brackets around an acronym or short aside ("the TPLF (Tigray People's ...)", "(GNA)"):
    not clause boundaries."""
    result: set[int] = set()
    if "(" not in words[start:end]:
        return result
    for i in range(start, end):
        if words[i] == "(":
            for j in range(i + 1, min(end, i + 8)):
                if words[j] == ")":
                    result.update((i, j))
                    break
                if words[j] in ("(", ",", ";", "."):
                    break
    return result


def _possessive_apposition(words: Sequence[str], texts: Sequence[str], i: int, end: int
                           ) -> bool:
    """"which operates in Artibonite*,* Haiti's rice-growing breadbasket, is allied": a comma
    that opens an apposition to the relative clause's last noun ("Name's ... ,"), not the
    main clause's return."""
    if i + 3 >= end or words[i + 2] not in ("'s", "’s") or not texts[i + 1][:1].isupper():
        return False
    return any(words[k] == "," for k in range(i + 3, min(end, i + 10)))


# Participles of an attack's toll ("a bombing that hit the market, killing 12"): after a comma
# they go on the relative clause they close.
_TOLL_PARTICIPLES = frozenset({"killing", "wounding", "injuring", "leaving", "maiming",
                               "displacing", "destroying", "damaging"})


def closes_relative(words: Sequence[str], clause: Clause, at: int) -> bool:
    """Whether the -ing word at ``at``, right after a comma in relative clause ``clause``,
    goes on the main clause's act rather than the relative clause's ("struck 85 targets ... in
    retaliation for a drone attack that killed three soldiers ..., *hitting* sites"; a toll,
    "killing 12", stays the relative clause's)."""
    return clause.opener == "rel" and clause.index > 0 and words[at - 1] == "," and \
        words[at].endswith("ing") and words[at] not in _TOLL_PARTICIPLES


def participle_asides(words: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of participle asides set off by commas: ", backed by Russian air power and
    Iranian-backed militias,", ", led by Hayat Tahrir al-Sham," (the comma to the next one)."""
    found: list[tuple[int, int]] = []
    p = start - 1
    # Only a comma can open an aside: jump from comma to comma (the scan runs in C).
    while p + 1 < end - 2:
        try:
            p = words.index(",", p + 1, end - 2)
        except ValueError:
            break
        if (words[p + 1].endswith("ed") and words[p + 2] == "by") or (
                words[p + 1] in _PERSON_ASIDE_OPENERS
                and not _PERSON_ASIDE_NOUNS.isdisjoint(words[p + 2 : p + 5])):
            q = next((k for k in range(p + 3, end) if words[k] in (",", ";", ".")), end)
            if q < end and words[q] == ",":
                q = _aside_goes_on(words, q, end) if words[p + 2] == "by" else q
                found.append((p, q + 1))
    return found


def _aside_goes_on(words: list[str], q: int, end: int) -> int:
    """The comma that closes a "by" aside whose agent has an apposition or a second agent
    (", led by Minni Minawi, the governor of the Darfur region, and Finance Minister Jibril
    Ibrahim,"): each short stretch after ``q`` that opens with a determiner or "and" and ends
    with a comma, no verb of saying or being in it, belongs to the aside."""
    while q + 1 < end and words[q + 1] in _ASIDE_GOES_ON:
        r = next((k for k in range(q + 2, min(end, q + 10)) if words[k] in (",", ";", ".")),
                 None)
        if r is None or words[r] != "," or not _ASIDE_STOPS.isdisjoint(words[q + 1 : r]):
            break
        q = r
    return q


# Words that open a stretch of a "by" aside after its first comma, and words it never holds.
_ASIDE_GOES_ON = frozenset({"the", "a", "an", "and"})
_ASIDE_STOPS = frozenset({"said", "says", "say", "told", "has", "have", "had", "is", "are",
                          "was", "were", "will", "would"})


# ", a man and a woman armed with rifles and explosives,": who the people just named are.
_PERSON_ASIDE_OPENERS = frozenset({"a", "an", "both", "two", "three"})
_PERSON_ASIDE_NOUNS = frozenset({"man", "woman", "men", "women", "teenager", "teenagers",
                                 "boy", "girl", "youth", "youths"})


def _agent_list_and(words: list[str], i: int, start: int, end: int,
                    agent_nouns: Mapping[str, str]) -> bool:
    """The "and" at ``i`` ends a list of three or more armed nouns ("US and British
    warplanes, warships and a submarine struck"): it joins the subject's parts, not clauses."""
    if words[i] != "and" or i - 3 < start or i + 1 >= end or words[i - 2] != ",":
        return False
    if words[i - 1] not in agent_nouns or words[i - 3] not in agent_nouns:
        return False
    j = i + 1
    if words[j] in ("a", "an", "the") and j + 1 < end:
        j += 1
    return words[j] in agent_nouns


def _agent_pair_and(words: list[str], i: int, start: int, end: int,
                    agent_nouns: Mapping[str, str], prepositions: AbstractSet[str]) -> bool:
    """The "and" at ``i`` joins two armed nouns before a preposition or the clause's end
    ("Rwanda sent about 1,000 soldiers *and* police officers to Cabo Delgado", "ordered police
    *and* troops to reinforce it"): one object, not two clauses."""
    if words[i] != "and" or i - 1 <= start or i + 1 >= end or words[i - 1] not in agent_nouns:
        return False
    for width in (2, 1):
        if i + 1 + width <= end and " ".join(words[i + 1 : i + 1 + width]) in agent_nouns:
            k = i + 1 + width
            return k >= end or words[k] in prepositions or words[k] in (",", ".", ";")
    return False


# Parts of a place ("the north and east of Kharkiv") keep their own reading.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "centre", "center", "outskirts"})
_ADJECTIVE_ENDINGS = ("al", "ate", "ent", "ant", "ive", "ous", "ic", "ful", "less", "able",
                      "ible", "ary")


def _adjective_pair_and(texts: Sequence[str], i: int, start: int, end: int) -> bool:
    """"an immediate and unconditional ceasefire": an "and" between two adjectives after an
    article joins them before their noun, "the government and people of Mali" two nouns before
    their owner; it starts no clause (``texts``: the tokens as written)."""
    if i - 2 < start or i + 2 >= end or texts[i - 2].lower() not in ("a", "an", "the"):
        return False
    left, right, noun = texts[i - 1], texts[i + 1], texts[i + 2]
    if not (left.isalpha() and right.isalpha() and left.islower() and right.islower()):
        return False
    if noun == "of":  # "the government and people of Mali": two nouns of one owner
        return left not in _COMPASS and right not in _COMPASS
    return noun.isalpha() and noun.islower() \
        and left.endswith(_ADJECTIVE_ENDINGS) and right.endswith(_ADJECTIVE_ENDINGS)


def _counted_pair_and(words: Sequence[str], i: int, start: int, end: int) -> bool:
    """"killed around 50 Russians and 10 Malian soldiers": an "and" between two counted plural
    nouns joins the counts; it starts no clause."""
    if i - 2 < start or i + 2 >= end:
        return False
    before, after = words[i - 1], words[i + 1].replace(",", "")
    return after.isdigit() and before.isalpha() and before.endswith("s") \
        and words[i - 2].replace(",", "").isdigit()


def _name_pair_and(reading: DocReading, i: int, start: int, end: int) -> bool:
    """The "and" at ``i`` joins two capitalised names with no verb after the second ("The M23
    has captured Minova and Sake.", "took Minova and Sake on Friday"): one object, not two
    clauses. A name followed by anything but the sentence's end, a comma or a preposition may
    be a new subject ("and Rwanda denies it"), so that "and" still cuts."""
    if reading.words[i] != "and" or i - 1 <= start or i + 1 >= end:
        return False
    text = reading.state.tokens.text

    def name(k: int) -> bool:
        return text[k][:1].isupper() and text[k].isalpha()

    if name(i - 1) and reading.words[i + 1] == "the":
        # "railed against Shoigu and the chief of the general staff, Valery Gerasimov,": a
        # second name given by its title first is still one object.
        k = i + 2
        while k < end and text[k].isalpha() and text[k].islower():
            k += 1
        if k > i + 2 and k + 1 < end and text[k] == "," and name(k + 1):
            k += 1
            while k < end and name(k):
                k += 1
            return k == end or text[k] in (".", ",", ";", "!", "?")
        return False
    if not name(i - 1) or not name(i + 1):
        return False
    k = i + 1
    while k < end and name(k):
        k += 1
    return k == end or text[k] in (".", ",", ";", "!", "?") or \
        reading.words[k] in reading.cues.prepositions


# The tokens a short quote or bracket may be made of (see _short_quotes, _short_parentheses).
_QUOTE_MARKS = frozenset({'"', "(", ")"})


# Words after "once" that make it the adverb of a description ("Prigozhin, a former caterer
# once close to Putin,", "once an ally of the president"), not a subordinator ("once the
# troops leave").
_ONCE_ADVERB_NEXT = frozenset({"close", "a", "an", "the", "again", "more", "its", "his", "her",
                               "their", "seen", "considered", "regarded", "known", "part"})
# Words after which "yet" is an adverb, no coordinator: "has not yet deployed". (Not "have yet
# to sign": uncut, "initialled a treaty that the two governments agreed in March but have yet to
# sign" gives the signing to the ministers who initialled it.)
_YET_ADVERB_AFTER = frozenset({"not", "n't"})
# "claimed by Hamas's armed wing", "claimed responsibility for the bombing": a claim of an
# act, not of speech (the words after it are no reported clause).
# Articles before a reporting word make it a noun ("alarmed by the reports and urged").
_ARTICLES = frozenset({"the", "a", "an", "these", "those"})
_CLAIM_FORMS = frozenset({"claimed", "claim", "claims", "claiming"})
# Possessives before a claim word that make it a noun ("his claim to a third term").
_OWNERS = frozenset({"'s", "'", "his", "her", "its", "their", "our", "my", "your"})
_CLAIMED_ACT = frozenset({"by", "responsibility", "credit"})
# Reporting words that are nouns when "of" follows ("alarmed by reports of shelling").
_REPORT_NOUNS = frozenset({"reports", "report", "claims", "claim", "accounts", "account"})
# Nouns after a demonstrative "that" that make it a time phrase, not a relative pronoun.
_TIME_AFTER_THAT = frozenset({"day", "night", "morning", "afternoon", "evening", "week",
                              "weekend", "month", "year"})

# Words after a claim verb that make it a report ("claimed that ...") or the claim of an act
# already told ("claimed the attack").
_CLAIMED_TOLD = frozenset({"that", ",", "the", "this", "these", "those"})
# "the PKK claimed a suicide bombing", "claimed drone attacks on three US bases": a claimed act,
# not a claim that something is so.
_CLAIMED_ATTACKS = frozenset({"bombing", "bombings", "attack", "attacks", "assault", "raid",
                              "raids", "strike", "strikes", "assaults", "ambushes",
                              "ambush", "blast", "killing", "killings", "assassination",
                              "hijacking", "abduction", "kidnapping"})


def _clauses(
    reading: DocReading, start: int, end: int, glue: set[int]
) -> tuple[list[Clause], list[int]]:
    words, c = reading.words, reading.cues
    cuts: list[tuple[int, int, str]] = []  # (opener start, content start, kind)
    quotes: set[int] | None = None  # read when a quote mark or bracket is reached
    # "The Syrian army, backed by Russian air power and Iranian-backed militias, has been
    # advancing": a conjunction inside the aside joins its agents, not clauses (read when a
    # coordinator is reached).
    asides: list[tuple[int, int]] | None = None
    open_relative = False  # after ", which": the next comma resumes the main clause
    firsts = c.boundary_firsts
    hard, relatives = c.hard_boundaries, c.relative_pronouns
    reporting, subordinators = c.reporting.match_at, c.subordinators.match_at
    space = reading.state.tokens.space
    i = start
    # Only cue words and commas can cut a clause: visit those, left to right.
    for p in reading.cut_positions(start, end):
        if p < i:
            continue  # inside the cue just read
        i = p
        w = words[i]
        if w not in firsts and not (w == "," and open_relative):
            continue
        kind = None
        n = 1
        if w in _QUOTE_MARKS:
            if quotes is None:
                quotes = _short_quotes(words, start, end) | _short_parentheses(words, start, end)
            if i in quotes:
                i += 1
                continue
        if i in glue and w != ",":
            i += 1
            continue
        if open_relative and w == "," and i not in glue and not _possessive_apposition(
                words, reading.state.tokens.text, i, end):
            open_relative = False
            cuts.append((i, i + 1, "resume"))
            i += 1
            continue
        if w in hard or (w in ("-", "--") and i > 0 and space[i - 1] and space[i]):
            kind = "hard"  # a spaced dash too
        elif (n := reporting(words, i, end)) and not (
                i > start and words[i - 1] in _ARTICLES and w not in _CLAIM_FORMS) and not (
                # ("His claim to a third term has been rejected": an owned claim is a noun,
                # but "his claims that Russia shelled the plant" report what he says)
                i > start and words[i - 1] in _OWNERS and w in _CLAIM_FORMS
                and i + 1 < end and words[i + 1] != "that") and not (
                # ("concerned by reports of civilian casualties and urged": a noun)
                w in _REPORT_NOUNS and i + 1 < end and words[i + 1] == "of") and not (
                # ("was alarmed by the reports and urged": a noun, no report)
                w in _CLAIM_FORMS and i + 1 < end and (words[i + 1] in _CLAIMED_ACT or (
                    words[i + 1] not in _CLAIMED_TOLD
                    and not _CLAIMED_ATTACKS.isdisjoint(words[i + 1 : i + 4])))):
            kind = "report"
        elif w in relatives and not (w == "that" and i + 1 < end
                                     and words[i + 1] in _TIME_AFTER_THAT):
            # ("attacks on three US bases that day": a time, no relative clause)
            kind, n = "rel", 1
            open_relative = i > start and words[i - 1] == "," and w in ("which", "who", "whose")
        elif (n := subordinators(words, i, end)) and not (
                w == "once" and i + 1 < end and words[i + 1] in _ONCE_ADVERB_NEXT):
            kind = "sub"
        elif i not in glue:
            if asides is None:
                asides = participle_asides(words, start, end)
            if not any(a < i < b for a, b in asides) and \
                    not _agent_list_and(words, i, start, end, reading.agent_nouns) and \
                    not _agent_pair_and(words, i, start, end, reading.agent_nouns,
                                        c.prepositions) and \
                    not _name_pair_and(reading, i, start, end) and \
                    not _adjective_pair_and(reading.state.tokens.text, i, start, end) and \
                    not _counted_pair_and(words, i, start, end) and \
                    not (start < i < end - 1 and words[i - 1] in c.prepositions
                         and words[i + 1] in c.prepositions) and \
                    not (w == "yet" and i > start and words[i - 1] in _YET_ADVERB_AFTER) and \
                    (n := c.coordinators.match_at(words, i, end)):
                # ("recaptured areas in and around the enclave in 2020": two prepositions of
                # one place, no second clause)
                kind = "coord"
        if kind is None:
            i += 1
            continue
        if i > start:
            if cuts and cuts[-1][1] == i:
                # Two cues in a row ("said that"): one opener, the first one's kind.
                cuts[-1] = (cuts[-1][0], i + n, cuts[-1][2])
            else:
                cuts.append((i, i + n, kind))
        i += n
    if not cuts:
        return [Clause(0, start, end, None, start)], [0] * (end - start)
    clauses: list[Clause] = []
    clause_of = [0] * (end - start)
    cuts.sort()
    bounds = [(start, start, None), *cuts]
    stops = [cut[0] for cut in cuts]
    stops.append(end)
    for k, ((opener_start, content, kind), stop) in enumerate(zip(bounds, stops, strict=True)):
        clauses.append(Clause(k, content, stop, kind, opener_start))
        if stop > opener_start:
            clause_of[opener_start - start : stop - start] = [k] * (stop - opener_start)
    return clauses, clause_of
