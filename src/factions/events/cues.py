"""Cue words of the event coder and the alignment extractor, loaded once from
``data/patterns/cues.yaml``: word classes, clause boundaries, modality cues, argument windows,
word classes for pattern constraints, mode and context cues, confidence factors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

from factions.resources import load_yaml_resource


def tokenize_phrase(phrase: str) -> tuple[str, ...]:
    """Lower-cased spaCy tokens of a cue or trigger phrase (so "cease-fire" -> cease, -, fire)."""
    return _tokenize(phrase.lower())


@lru_cache(maxsize=8192)
def _tokenize(phrase: str) -> tuple[str, ...]:
    from factions.text.sentences import tokenizer_pipeline

    return tuple(t.text for t in tokenizer_pipeline().tokenizer(phrase) if not t.is_space)


class Phrases:
    """A set of token sequences, indexed by first token, matched at a position of a word list."""

    __slots__ = ("_by_first", "_by_length", "_single", "_firsts", "_multi", "lasts")

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            toks = tokenize_phrase(str(phrase))
            if toks:
                by_first.setdefault(toks[0], []).append(toks)
        self._by_first = {k: sorted(set(v), key=len, reverse=True) for k, v in by_first.items()}
        # First token -> (length, the phrases of that length), longest first: ``match_at`` reads
        # one slice per length, not one per phrase ("the" starts 23 collective sides).
        self._by_length: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {
            k: tuple((n, frozenset(t for t in v if len(t) == n))
                     for n in sorted({len(t) for t in v}, reverse=True))
            for k, v in self._by_first.items()}
        # First tokens that are a whole phrase by themselves: a hit needs no further check.
        self._single = frozenset(k for k, v in self._by_first.items() if len(v[-1]) == 1)
        self._firsts = frozenset(self._by_first)
        # First tokens of multi-word phrases only: a hit needs the following words checked.
        self._multi = self._firsts - self._single
        # Last tokens of every phrase: a phrase ending at a position ends with one of them.
        self.lasts = frozenset(t[-1] for v in self._by_first.values() for t in v)

    def match_at(self, words: Sequence[str], i: int, end: int | None = None) -> int:
        """Length of the longest phrase starting at ``words[i]`` (0 when none)."""
        stop = len(words) if end is None else end
        if i >= stop:
            return 0
        lengths = self._by_length.get(words[i])
        if lengths is None:
            return 0
        for n, phrases in lengths:
            if n == 1:
                return 1
            if i + n <= stop and tuple(words[i : i + n]) in phrases:
                return n
        return 0

    def find(self, words: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
        """Every (start, length) occurrence in ``words[start:end]``, left to right."""
        found: list[tuple[int, int]] = []
        window = words[start:end]
        if start >= end or self._firsts.isdisjoint(window):
            return found
        i = start  # where the next phrase may start
        for k in compress(range(start, end), map(self._firsts.__contains__, window)):
            if k >= i:
                n = self.match_at(words, k, end)
                if n:
                    found.append((k, n))
                    i = k + n
        return found

    def starts_in(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the first word of some phrase stands in ``words[start:end]`` (no phrase is
        ``any_in`` a window that holds none)."""
        return not self._firsts.isdisjoint(words[max(0, start) : end])

    def any_in(self, words: Sequence[str], start: int, end: int) -> bool:
        if start < 0:
            start = 0
        if start >= end:
            return False
        window = words[start:end]
        if self._firsts.isdisjoint(window):
            return False  # the common case: no phrase starts in the window
        if not self._single.isdisjoint(window):
            return True  # a one-word phrase: a hit wherever it stands
        multi = self._multi
        match_at = self.match_at
        for i, w in enumerate(window, start):
            if w in multi and match_at(words, i, end):
                return True
        return False


class Labelled:
    """Phrases that each carry a label (a context, a mode), scanned in one pass."""

    __slots__ = ("_phrases", "_labels")

    def __init__(self, groups: Iterable[tuple[str, Iterable[str]]]) -> None:
        labels: dict[tuple[str, ...], str] = {}
        for label, phrases in groups:
            for phrase in phrases:
                labels.setdefault(tokenize_phrase(str(phrase)), label)
        self._labels = labels
        self._phrases = Phrases(" ".join(t) for t in labels)

    def scan(self, words: Sequence[str], start: int, end: int) -> list[tuple[int, str]]:
        """(position, label) of every phrase in ``words[start:end]``, left to right."""
        return [(i, self._labels[tuple(words[i : i + n])])
                for i, n in self._phrases.find(words, start, end)]


@dataclass(frozen=True)
class Cues:
    """Everything in cues.yaml, ready to match."""

    determiners: frozenset[str]
    possessive_pronouns: frozenset[str]
    nominative_pronouns: frozenset[str]
    prepositions: frozenset[str]
    be_forms: frozenset[str]
    adverbs: frozenset[str]
    hard_boundaries: frozenset[str]
    subordinators: Phrases
    relative_pronouns: frozenset[str]
    coordinators: Phrases
    reporting: Phrases
    perpetrators: Phrases
    reported_adverbs: Phrases
    attributed_passives: Phrases
    negators: Phrases
    hypothetical: Phrases
    hypothetical_determiners: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    planned: Phrases
    reported_future: frozenset[str]
    irrealis: Phrases
    historical: Phrases
    historical_after: Phrases
    ended_talks: Phrases  # "talks ... *stalled*": talks (or a truce) told as over are the past
    habitual_adverbs: frozenset[str]  # "has *repeatedly* struck": attacks as a habit
    habitual_counts: Phrases  # "has carried out *a string of* attacks"
    perfect_auxiliaries: frozenset[str]
    recent_periods: frozenset[str]  # "in the past *24 hours*": no background
    hedges: Phrases
    light_verbs: Phrases
    undergoing_verbs: Phrases  # "faces sanctions": its subject undergoes the noun
    agent_connectors: Phrases
    list_glue: Phrases
    list_conjunctions: Phrases
    list_modifiers: frozenset[str]  # "and the *paramilitary* Rapid Support Forces"
    list_openers: Phrases
    list_means: Phrases
    list_collectives: frozenset[str]  # "the leftist governments of" A, B and C
    listed_heads: frozenset[str]  # "the three governments", "all three countries": a list's
    listed_plurals: Phrases  # "the juntas": the members of a list named just before
    command_sectors: frozenset[str]
    agent_heads: frozenset[str]
    descriptor_nouns: frozenset[str]
    gerund_governors: frozenset[str]
    gerund_adjectives: frozenset[str]
    place_object_types: frozenset[str]
    speech_acts: frozenset[str]  # types a statement performs: its own source's is asserted
    threats: frozenset[str]  # types whose modal belongs to what they threaten
    in_force_when_agreed: frozenset[str]  # modes a noun agreed to puts in force (a truce)
    participle_heads: frozenset[str]  # "a truce *agreed* in March": no complement governed
    deal_terms: frozenset[str]  # "Under *the deal*, ...": what the sentence lays down is planned
    given_by_announcing: frozenset[str]  # types an announcement gives, not plans (aid)
    announcements: frozenset[str]  # the announcing words
    title_words: frozenset[str]
    title_tokens: frozenset[str]  # the words of the title words, one by one
    opponent_evidence: tuple[str, ...]
    opponent_not_evidence_rules: frozenset[str]
    opponent_fill: frozenset[str]
    opponent_fill_rules: frozenset[str]  # rules whose events take the foe whatever their type
    not_sides: frozenset[str]  # actor types that are no side of a war (crowds, civilians)
    mediation_parties: frozenset[str]
    introductions: frozenset[str]
    place_target_types: frozenset[str]
    home_target_types: frozenset[str]  # an insurgent's attack at home hits its government
    default_roles: dict[str, dict[str, tuple[str, ...]]]
    target_prepositions: dict[str, tuple[str, ...]]
    windows: dict[str, int]
    class_words: dict[str, tuple[str, ...]]
    mode_cues: dict[str, Labelled]
    context_cues: Labelled
    confidence: dict[str, float]
    historical_days: int
    time_continuers: frozenset[str]  # "in 2012 *before* withdrawing": the date reaches on
    boundary_firsts: frozenset[str]  # first tokens of every clause-boundary cue
    clause_cuts: frozenset[str]  # the boundary_firsts and the comma: what may cut a clause
    date_words: frozenset[str]
    collective_sides: Phrases
    collective_people: frozenset[str]
    addressed_after_talks: frozenset[str]  # statements addressed to whom the speaker just met
    both_ways: frozenset[str]
    crowd_riots: dict[str, frozenset[str]]  # type -> modes a crowd's violence of it is a riot
    crowd_sectors: frozenset[str]  # mention sectors that are crowds
    crowd_outbreaks: frozenset[str]  # "protests *erupted*": verbs of a crowd's protest spreading
    crowd_outbreak_window: int  # how far after its noun such a verb may come
    answer_types: frozenset[str]  # types whose missing target a named earlier event fills
    backed_acts: dict[str, frozenset[str]]  # backing type -> the act nouns it may name
    reference_nouns: dict[str, tuple[str, ...]]  # noun -> the event types it names
    reference_window: int
    reference_modes: dict[str, frozenset[str]]  # noun -> the modes of the act it names
    mediation_deals: dict[str, tuple[str, ...]]  # "brokered *the agreement*": noun -> types
    retaliation: frozenset[str]
    act_pronouns: dict[str, tuple[str, ...]]  # "called *them* a violation": pronoun -> types
    pronoun_answers: frozenset[str]  # the answer types whose object pronoun may be an act


def _set(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _firsts(values: Iterable[Any]) -> set[str]:
    return {t[0] for v in values if (t := tokenize_phrase(str(v)))}


def _reference_nouns(by_type: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for kind, nouns in by_type.items():
        for noun in nouns:
            kinds = found.setdefault(str(noun).lower(), [])
            if kind not in kinds:
                kinds.append(kind)
    return {noun: tuple(kinds) for noun, kinds in found.items()}


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The packaged cue words (cached)."""
    data: dict[str, Any] = load_yaml_resource("patterns/cues.yaml")
    boundary_firsts = frozenset(
        _firsts(data["hard_boundaries"]) | _firsts(data["reporting"])
        | _firsts(data["relative_pronouns"]) | _firsts(data["subordinators"])
        | _firsts(data["coordinators"]) | {"-", "--"}
    )
    return Cues(
        boundary_firsts=boundary_firsts,
        clause_cuts=boundary_firsts | {","},
        date_words=_set(data["date_words"]),
        collective_sides=Phrases(data["collective_sides"]),
        collective_people=_set(data.get("collective_people", ())),
        addressed_after_talks=frozenset(data.get("addressed_after_talks", ())),
        both_ways=frozenset(data["both_ways"]),
        crowd_riots={k: frozenset(v) for k, v in data.get("crowd_riots", {}).items()},
        crowd_sectors=frozenset(data.get("crowd_sectors", ())),
        crowd_outbreaks=_set(data.get("crowd_outbreaks", ())),
        crowd_outbreak_window=int(data.get("crowd_outbreak_window", 0)),
        answer_types=frozenset(data["references"]["answers"]),
        backed_acts={str(k): _set(v) for k, v in
                     data["references"].get("backed", {}).items()},
        reference_nouns=_reference_nouns(data["references"]["nouns"]),
        reference_window=int(data["references"]["window"]),
        reference_modes={str(noun).lower(): frozenset(modes) for noun, modes in
                         data["references"].get("modes", {}).items()},
        mediation_deals=_reference_nouns(data.get("mediation_deals", {})),
        retaliation=_set(data["references"]["retaliation"]),
        act_pronouns={str(w).lower(): tuple(data["references"]["pronouns"]["names"])
                      for w in data["references"].get("pronouns", {}).get("words", ())},
        pronoun_answers=frozenset(data["references"].get("pronouns", {}).get("answers", ())),
        determiners=_set(data["determiners"]),
        possessive_pronouns=_set(data["possessive_pronouns"]),
        nominative_pronouns=_set(data["nominative_pronouns"]),
        prepositions=_set(data["prepositions"]),
        be_forms=_set(data["be_forms"]),
        adverbs=_set(data["adverbs"]),
        hard_boundaries=_set(data["hard_boundaries"]),
        subordinators=Phrases(data["subordinators"]),
        relative_pronouns=_set(data["relative_pronouns"]),
        coordinators=Phrases(data["coordinators"]),
        reporting=Phrases(data["reporting"]),
        perpetrators=Phrases(data["perpetrators"]),
        reported_adverbs=Phrases(data["reported_adverbs"]),
        attributed_passives=Phrases(data["attributed_passives"]),
        negators=Phrases(data["negators"]),
        hypothetical=Phrases(data["hypothetical"]),
        hypothetical_determiners=_set(data["hypothetical_determiners"]),
        hypothetical_modifiers=_set(data["hypothetical_modifiers"]),
        planned=Phrases(data["planned"]),
        reported_future=_set(data["reported_future"]),
        irrealis=Phrases(data["irrealis"]),
        historical=Phrases(data["historical"]),
        historical_after=Phrases(data["historical_after"]),
        ended_talks=Phrases(data.get("ended_talks", ())),
        habitual_adverbs=_set(data["habitual_adverbs"]),
        habitual_counts=Phrases(data["habitual_counts"]),
        perfect_auxiliaries=_set(data["perfect_auxiliaries"]),
        recent_periods=_set(data["recent_periods"]),
        hedges=Phrases(data["hedges"]),
        light_verbs=Phrases(data["light_verbs"]),
        undergoing_verbs=Phrases(data.get("undergoing_verbs", ())),
        agent_connectors=Phrases(data["agent_connectors"]),
        list_glue=Phrases(data["list_glue"]),
        list_conjunctions=Phrases(data["list_conjunctions"]),
        list_modifiers=frozenset(w.lower() for w in data.get("list_modifiers", ())),
        list_openers=Phrases(data["list_openers"]),
        list_means=Phrases(data["list_means"]),
        list_collectives=_set(data.get("list_collectives", ())),
        listed_heads=_set(data.get("listed_heads", ())),
        listed_plurals=Phrases(data.get("listed_plurals", [])),
        command_sectors=_set(data["command_sectors"]),
        agent_heads=_set(data["agent_heads"]),
        descriptor_nouns=_set(data["descriptor_nouns"]),
        gerund_governors=_set(data["gerund_governors"]),
        gerund_adjectives=_set(data.get("gerund_adjectives", [])),
        place_object_types=frozenset(data["place_object_types"]),
        speech_acts=frozenset(data["speech_acts"]),
        threats=frozenset(data["threats"]),
        in_force_when_agreed=frozenset(data["in_force_when_agreed"]),
        participle_heads=_set(data["participle_heads"]),
        deal_terms=_set(data["deal_terms"]),
        given_by_announcing=frozenset(data["given_by_announcing"]),
        announcements=_set(data["announcements"]),
        title_words=_set(data["title_words"]),
        title_tokens=frozenset(t for title in _set(data["title_words"]) for t in title.split()),
        opponent_evidence=tuple(data["opponents"]["evidence"]),
        opponent_not_evidence_rules=frozenset(data["opponents"].get("not_evidence_rules", ())),
        opponent_fill=frozenset(data["opponents"]["fill"]),
        opponent_fill_rules=frozenset(data["opponents"].get("fill_rules", ())),
        not_sides=frozenset(data["opponents"].get("not_sides", ())),
        mediation_parties=frozenset(data["mediation_parties"]),
        introductions=_set(data["introductions"]),
        place_target_types=frozenset(data["opponents"]["place_targets"]),
        home_target_types=frozenset(data["opponents"].get("home_targets", ())),
        default_roles={
            kind: {role: tuple(v) for role, v in roles.items()}
            for kind, roles in data["default_roles"].items()
        },
        target_prepositions={k: tuple(v) for k, v in data["target_prepositions"].items()},
        windows={k: int(v) for k, v in data["windows"].items()},
        class_words={k: tuple(str(w) for w in v) for k, v in data["classes"].items()},
        mode_cues={kind: Labelled(modes.items()) for kind, modes in data["mode_cues"].items()},
        context_cues=Labelled(data["context_cues"].items()),
        confidence={k: float(v) for k, v in data["confidence"].items()},
        historical_days=int(data["historical_days"]),
        time_continuers=_set(data["time_continuers"]),
    )
